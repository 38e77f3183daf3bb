//! 4D values to XML text and back: the attribute and element values of
//! DOM SET XML ATTRIBUTE / DOM SET XML ELEMENT VALUE (4D to XML), of the
//! DOM GET… commands and XML DECODE (XML to the type of the receiving
//! variable).
//!
//! 4D to XML (dom-set-xml-attribute.md): Boolean "true"/"false", numbers
//! with a "." decimal separator, a date "2006-12-04T00:00:00Z", a time its
//! number of seconds "5233", a BLOB in Base64 (dom-set-xml-element-value.md;
//! with the "data:;base64," header under XML data URI scheme); the other
//! date and time encodings of XML SET OPTIONS change the date and time
//! forms. fourd's choices: a picture is its data in Base64 (no conversion
//! to PNG), an object or collection its JSON text, undefined and null "".
//!
//! XML to 4D (xml-decode.md): a number accepts "." or "," as decimal
//! separator; a Boolean is true for "true" or "1"; a date keeps the date of
//! an ISO date-time; a time keeps its time of day (the time zone is
//! ignored: fourd's choice), or takes a number of seconds or an XML
//! duration (`PT02H00M46S`); BLOB and picture are decoded from Base64.

use base64::Engine as _;

use super::options::{self, Options};
use crate::runtime::date::{Date, parse_date, parse_time};
use crate::runtime::value::{Value, real_text};

fn b64() -> base64::engine::GeneralPurpose {
    let config = base64::engine::GeneralPurposeConfig::new()
        .with_decode_padding_mode(base64::engine::DecodePaddingMode::Indifferent);
    base64::engine::GeneralPurpose::new(&base64::alphabet::STANDARD, config)
}

/// The local time zone offset `+hh:mm` (for the "local" encodings).
fn local_offset() -> String {
    let secs = chrono::Local::now().offset().local_minus_utc();
    let sign = if secs < 0 { '-' } else { '+' };
    let s = secs.unsigned_abs();
    format!("{sign}{:02}:{:02}", s / 3600, (s / 60) % 60)
}

fn local_offset_secs() -> i64 {
    i64::from(chrono::Local::now().offset().local_minus_utc())
}

/// A date as text under an `XML date encoding` value.
fn date_text(d: Date, encoding: i64) -> String {
    let day = d.iso();
    match encoding {
        2 => format!("{day} {}", local_offset()),
        3 => format!("{day}T00:00:00 {}", local_offset()),
        4 => format!("{day}Z"),
        // XML ISO (the default) and XML datetime UTC: the form
        // dom-set-xml-attribute.md shows.
        _ => format!("{day}T00:00:00Z"),
    }
}

fn hms(secs: i64) -> String {
    let s = secs.rem_euclid(86_400);
    format!("{:02}:{:02}:{:02}", s / 3600, (s / 60) % 60, s % 60)
}

/// A time as text under an `XML time encoding` value.
fn time_text(t: i64, encoding: i64) -> String {
    match encoding {
        5 => format!("0000-00-00T{}Z", hms(t - local_offset_secs())),
        3 => format!("0000-00-00T{}{}", hms(t), local_offset()),
        8 => format!("PT{:02}H{:02}M{:02}S", t / 3600, (t / 60) % 60, t % 60),
        // XML seconds, and the form dom-set-xml-attribute.md shows by default.
        _ => t.to_string(),
    }
}

/// The text a 4D value is written as; None for the types the DOM cannot
/// write (arrays, pointers…).
pub fn to_xml(v: &Value, opts: &Options) -> Option<String> {
    let date_enc = opts.get(options::DATE_ENCODING).unwrap_or(options::XML_ISO);
    let time_enc = opts.get(options::TIME_ENCODING).unwrap_or(0);
    Some(match v {
        Value::Undefined | Value::Null => String::new(),
        Value::Text(t) => t.as_str().to_string(),
        Value::Bool(b) => if *b { "true" } else { "false" }.to_string(),
        Value::Int(i) => i.to_string(),
        Value::Real(r) => real_text(*r),
        Value::Date(d) => date_text(*d, date_enc),
        Value::Time(t) => time_text(*t, time_enc),
        Value::Blob(b) | Value::Picture(b) => {
            let data = b64().encode(b.as_slice());
            if opts.data_uri() {
                format!("data:;base64,{data}")
            } else {
                data
            }
        }
        Value::Object(_) | Value::SharedObject(_) | Value::Collection(_) | Value::SharedCollection(_) => {
            crate::runtime::json::stringify(v, false)
        }
        _ => return None,
    })
}

fn number(s: &str) -> f64 {
    let t = s.trim();
    let t = if t.contains(',') && !t.contains('.') {
        t.replace(',', ".")
    } else {
        t.to_string()
    };
    t.parse::<f64>()
        .unwrap_or_else(|_| crate::builtins::text::parse_num(&t, "."))
}

/// A time of day or duration read from XML text, in seconds.
fn time_of(s: &str) -> i64 {
    let t = s.trim();
    if let Some(d) = t.strip_prefix("PT").or_else(|| t.strip_prefix("-PT")) {
        let mut total = 0.0;
        let mut num = String::new();
        for c in d.chars() {
            match c {
                'H' => total += number(&std::mem::take(&mut num)) * 3600.0,
                'M' => total += number(&std::mem::take(&mut num)) * 60.0,
                'S' => total += number(&std::mem::take(&mut num)),
                c => num.push(c),
            }
        }
        let total = total as i64;
        return if t.starts_with('-') { -total } else { total };
    }
    if !t.contains(':') {
        return number(t) as i64;
    }
    let clock = t.split_once('T').map(|(_, b)| b).unwrap_or(t);
    // Drop the time zone (`Z`, `+01:00`, `-05:00`).
    let clock = clock.trim_end_matches('Z');
    let clock = match clock.find(['+', '-']) {
        Some(i) if i > 0 => clock.get(..i).unwrap_or(clock),
        _ => clock,
    };
    parse_time(clock.trim()).unwrap_or(0)
}

fn bytes_of(s: &str) -> Vec<u8> {
    let t = s.trim();
    let data = match t.find(";base64,") {
        Some(i) if t.starts_with("data:") => t.get(i + ";base64,".len()..).unwrap_or_default(),
        _ => t,
    };
    let clean: String = data.chars().filter(|c| !c.is_whitespace()).collect();
    b64().decode(clean).unwrap_or_default()
}

/// XML text converted to the type of `like` (the current value of the
/// receiving variable); text when that type is not defined.
pub fn from_xml(text: &str, like: &Value) -> Value {
    match like {
        Value::Real(_) => Value::Real(number(text)),
        Value::Int(_) => Value::Int(crate::runtime::ops::to_long(number(text))),
        Value::Bool(_) => {
            let t = text.trim();
            Value::Bool(t.eq_ignore_ascii_case("true") || t == "1")
        }
        Value::Date(_) => Value::Date(parse_date(text).unwrap_or(Date::NULL)),
        Value::Time(_) => Value::Time(time_of(text)),
        Value::Blob(_) => Value::Blob(std::rc::Rc::new(bytes_of(text))),
        Value::Picture(_) => Value::Picture(std::rc::Rc::new(bytes_of(text))),
        Value::Object(_) | Value::Collection(_) => crate::runtime::json::parse(text).unwrap_or(Value::Null),
        _ => Value::text(text),
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]
mod tests {
    use super::*;

    #[test]
    fn to_text() {
        let o = Options::default();
        // dom-set-xml-attribute.md's table.
        assert_eq!(to_xml(&Value::Bool(true), &o).unwrap(), "true");
        assert_eq!(to_xml(&Value::Int(123456), &o).unwrap(), "123456");
        assert_eq!(to_xml(&Value::Real(12.34), &o).unwrap(), "12.34");
        assert_eq!(
            to_xml(&Value::Date(Date::from_ymd(2006, 12, 4)), &o).unwrap(),
            "2006-12-04T00:00:00Z"
        );
        assert_eq!(to_xml(&Value::Time(5233), &o).unwrap(), "5233");
        assert_eq!(
            to_xml(&Value::Blob(std::rc::Rc::new(b"4D".to_vec())), &o).unwrap(),
            "NEQ="
        );
        assert_eq!(to_xml(&Value::Undefined, &o).unwrap(), "");
        assert_eq!(time_text(7246, 8), "PT02H00M46S");
    }

    fn d(v: Value) -> String {
        format!("{v:?}")
    }

    #[test]
    fn from_text() {
        // xml-decode.md's table.
        let cases: [(&str, Value, Value); 11] = [
            ("8,5", Value::Real(0.0), Value::Real(8.5)),
            ("8.5", Value::Real(0.0), Value::Real(8.5)),
            ("1", Value::Bool(false), Value::Bool(true)),
            ("false", Value::Bool(true), Value::Bool(false)),
            (
                "2009-10-25T01:03:20+01:00",
                Value::Date(Date::NULL),
                Value::Date(Date::from_ymd(2009, 10, 25)),
            ),
            ("2009-10-25T01:03:20+01:00", Value::Time(0), Value::Time(3800)),
            ("PT02H00M46S", Value::Time(0), Value::Time(7246)),
            ("5233", Value::Time(0), Value::Time(5233)),
            ("12", Value::Int(0), Value::Int(12)),
            ("x", Value::Undefined, Value::text("x")),
            (
                "data:;base64,NEQ=",
                Value::Blob(Default::default()),
                Value::Blob(std::rc::Rc::new(b"4D".to_vec())),
            ),
        ];
        for (text, like, expected) in cases {
            assert_eq!(d(from_xml(text, &like)), d(expected), "{text}");
        }
    }
}
