//! JSON text ⇄ values (`JSON Stringify`, `JSON Parse`, the REPL's display of
//! objects): 4D's compact form, or pretty with tabs and `": "`
//! (json-stringify.md example 3), and a strict parser that can report the
//! line and offset of every property (`JSON Parse(…; *)`, `__symbols`).
//!
//! Rules followed (json-stringify.md, json-parse.md, dt_object.md):
//! - properties keep their definition order; undefined properties are left out;
//! - dates use the "date type" setting of 4D v17+ projects: `"yyyy-mm-dd"`,
//!   and `"yyyy-mm-dd"` strings parse back to dates;
//! - a time value is a number of seconds (objects hold times as milliseconds,
//!   which are plain numbers by then);
//! - pictures become `"[object Picture]"`; pointers are evaluated when a
//!   resolver is given (`JSON Stringify`), else shown as `"->name"`.

use std::fmt::Write as _;
use std::rc::Rc;

use super::access::from_shared;
use super::date::Date;
use super::object::Object;
use super::pointer::Pointer;
use super::text::Text;
use super::value::Value;

/// Significant digits of a JSON number (4D prints reals with 15).
const DIGITS: usize = 15;

/// A number in JSON: integers as integers; other reals with 15 significant
/// digits, trailing zeros removed, in exponent form below 1e-6 or from 1e21
/// (the ECMAScript thresholds); NaN and infinities as `null`.
pub fn number(r: f64) -> String {
    if !r.is_finite() {
        return "null".into();
    }
    if r == 0.0 {
        return "0".into();
    }
    let sci = format!("{:.*e}", DIGITS - 1, r);
    let Some((mant, exp)) = sci.split_once('e') else {
        return sci;
    };
    let exp: i32 = exp.parse().unwrap_or(0);
    let negative = mant.starts_with('-');
    let digits: String = mant.chars().filter(char::is_ascii_digit).collect();
    let digits = digits.trim_end_matches('0');
    let digits = if digits.is_empty() { "0" } else { digits };
    let sign = if negative { "-" } else { "" };
    if !(-6..21).contains(&exp) {
        let (first, rest) = digits.split_at(1);
        let dot = if rest.is_empty() { "" } else { "." };
        let esign = if exp < 0 { "-" } else { "+" };
        return format!("{sign}{first}{dot}{rest}e{esign}{}", exp.abs());
    }
    let n = digits.len() as i32;
    if exp >= n - 1 {
        // An integer: the digits followed by zeros.
        let zeros = "0".repeat((exp - (n - 1)) as usize);
        format!("{sign}{digits}{zeros}")
    } else if exp >= 0 {
        let (int, frac) = digits.split_at((exp + 1) as usize);
        format!("{sign}{int}.{frac}")
    } else {
        let zeros = "0".repeat((-exp - 1) as usize);
        format!("{sign}0.{zeros}{digits}")
    }
}

/// Appends `s` as a JSON string: quotes, backslashes and control characters
/// are escaped; every other character is kept as is.
pub fn quote(s: &str, out: &mut String) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            c if (c as u32) < 0x20 => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

/// Gives the value a pointer points to (None: write `null`).
pub type Resolver<'a> = &'a mut dyn FnMut(&Rc<Pointer>) -> Option<Value>;

/// `JSON Stringify(value {; *})` without pointer evaluation (pointers are
/// written as their `->name` text): the REPL and `String(object)`.
pub fn stringify(v: &Value, pretty: bool) -> String {
    let mut w = Writer {
        pretty,
        out: String::new(),
        resolver: None,
    };
    w.value(v, 0, 0);
    w.out
}

/// `JSON Stringify(value {; *})`: pointers are evaluated by `resolver`.
pub fn stringify_with(v: &Value, pretty: bool, resolver: Resolver<'_>) -> String {
    let mut w = Writer {
        pretty,
        out: String::new(),
        resolver: Some(resolver),
    };
    w.value(v, 0, 0);
    w.out
}

/// Deepest nesting written (deeper values, e.g. a cycle, become `null`).
const MAX_DEPTH: usize = 256;

struct Writer<'a> {
    pretty: bool,
    out: String,
    resolver: Option<Resolver<'a>>,
}

impl Writer<'_> {
    fn indent(&mut self, level: usize) {
        for _ in 0..level {
            self.out.push('\t');
        }
    }

    fn value(&mut self, v: &Value, level: usize, depth: usize) {
        if depth > MAX_DEPTH {
            self.out.push_str("null");
            return;
        }
        match v {
            Value::Undefined | Value::Null => self.out.push_str("null"),
            Value::Bool(b) => self.out.push_str(if *b { "true" } else { "false" }),
            Value::Real(r) => self.out.push_str(&number(*r)),
            Value::Int(i) => {
                let _ = write!(self.out, "{i}");
            }
            Value::Text(t) => quote(t.as_str(), &mut self.out),
            Value::Date(d) => quote(&d.iso(), &mut self.out),
            // "Times: Real type (number of seconds by default)".
            Value::Time(t) => self.out.push_str(&number(*t as f64)),
            Value::Object(o) => {
                let o = o.borrow();
                // A 4D.Blob is written like a picture ("[object Picture]",
                // json-stringify.md); 4D does not document its form.
                if let super::object::Native::Blob(_) = o.native() {
                    return quote("[object Blob]", &mut self.out);
                }
                let items: Vec<(Text, Value)> = o.props.iter().map(|(k, v)| (k.clone(), v.clone())).collect();
                drop(o);
                self.object(&items, level, depth);
            }
            Value::SharedObject(o) => {
                let items: Vec<(Text, Value)> = o.entries().iter().map(|(k, v)| (k.clone(), from_shared(v))).collect();
                self.object(&items, level, depth);
            }
            Value::Collection(c) => {
                let items = c.borrow().to_vec();
                self.list(&items, level, depth);
            }
            Value::SharedCollection(c) => {
                let items: Vec<Value> = c.snapshot().iter().map(from_shared).collect();
                self.list(&items, level, depth);
            }
            Value::Pointer(p) => match p.as_ref() {
                Pointer::Nil => self.out.push_str("null"),
                other => match self.resolver.as_mut() {
                    Some(r) => match r(p) {
                        Some(target) => self.value(&target, level, depth + 1),
                        None => self.out.push_str("null"),
                    },
                    None => quote(&other.describe(), &mut self.out),
                },
            },
            // formula.md, example 6: `calc:"[object Formula]"`.
            Value::Function(_) => quote("[object Formula]", &mut self.out),
            Value::Class(_) | Value::Store(_) => self.out.push_str("{}"),
            Value::Array(a) => {
                let items: Vec<Value> = a.borrow().items.iter().skip(1).cloned().collect();
                self.list(&items, level, depth);
            }
            Value::Picture(_) => quote("[object Picture]", &mut self.out),
            Value::Blob(_) => quote("[object Blob]", &mut self.out),
        }
    }

    fn object(&mut self, items: &[(Text, Value)], level: usize, depth: usize) {
        let items: Vec<&(Text, Value)> = items.iter().filter(|(_, v)| !v.is_undefined()).collect();
        if items.is_empty() {
            self.out.push_str("{}");
            return;
        }
        self.out.push('{');
        for (i, (k, v)) in items.iter().enumerate() {
            if i > 0 {
                self.out.push(',');
            }
            if self.pretty {
                self.out.push('\n');
                self.indent(level + 1);
            }
            quote(k.as_str(), &mut self.out);
            self.out.push_str(if self.pretty { ": " } else { ":" });
            self.value(v, level + 1, depth + 1);
        }
        if self.pretty {
            self.out.push('\n');
            self.indent(level);
        }
        self.out.push('}');
    }

    fn list(&mut self, items: &[Value], level: usize, depth: usize) {
        if items.is_empty() {
            self.out.push_str("[]");
            return;
        }
        self.out.push('[');
        for (i, v) in items.iter().enumerate() {
            if i > 0 {
                self.out.push(',');
            }
            if self.pretty {
                self.out.push('\n');
                self.indent(level + 1);
            }
            self.value(v, level + 1, depth + 1);
        }
        if self.pretty {
            self.out.push('\n');
            self.indent(level);
        }
        self.out.push(']');
    }
}

/// A JSON syntax error: message, 1-based line and 0-based offset in the line.
#[derive(Debug)]
pub struct JsonError {
    pub message: String,
    pub line: usize,
    pub offset: usize,
}

impl std::fmt::Display for JsonError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} (line {}, offset {})", self.message, self.line, self.offset)
    }
}

/// Parsing options.
#[derive(Clone, Copy, Debug, Default)]
pub struct ParseOptions {
    /// `"yyyy-mm-dd"` strings become dates (the "date type" setting).
    pub dates: bool,
    /// Adds `__symbols` (line and offset of each property) to a top object.
    pub symbols: bool,
}

/// `JSON Parse(text)` with the options of a 4D v17+ project (dates on).
pub fn parse(text: &str) -> Result<Value, JsonError> {
    parse_with(
        text,
        ParseOptions {
            dates: true,
            symbols: false,
        },
    )
}

/// `JSON Parse(text {; type} {; *})`.
pub fn parse_with(text: &str, options: ParseOptions) -> Result<Value, JsonError> {
    let mut p = Parser {
        s: text.as_bytes(),
        i: 0,
        options,
        symbols: Vec::new(),
    };
    p.ws();
    let v = p.value(0, "")?;
    p.ws();
    if p.i < p.s.len() {
        return Err(p.error("unexpected characters after the JSON value"));
    }
    if options.symbols
        && let Value::Object(o) = &v
    {
        let mut symbols = Object::new();
        for (path, line, offset) in p.symbols {
            let mut at = Object::new();
            at.set("line", Value::Real(line as f64));
            at.set("offset", Value::Real(offset as f64));
            symbols.set(path, Value::new_object(at));
        }
        o.borrow_mut().set("__symbols", Value::new_object(symbols));
    }
    Ok(v)
}

/// `"yyyy-mm-dd"` as a date (None: not exactly that form, or not a real day).
pub fn iso_day(s: &str) -> Option<Date> {
    let b = s.as_bytes();
    if b.len() != 10 || b.get(4) != Some(&b'-') || b.get(7) != Some(&b'-') {
        return None;
    }
    let y: i32 = s.get(0..4)?.parse().ok()?;
    let m: u32 = s.get(5..7)?.parse().ok()?;
    let d: u32 = s.get(8..10)?.parse().ok()?;
    if !s.get(0..4)?.bytes().all(|c| c.is_ascii_digit())
        || !s.get(5..7)?.bytes().all(|c| c.is_ascii_digit())
        || !s.get(8..10)?.bytes().all(|c| c.is_ascii_digit())
    {
        return None;
    }
    if y == 0 && m == 0 && d == 0 {
        return Some(Date::NULL);
    }
    if !(1..=12).contains(&m) || d < 1 || d > super::date::days_in_month(y as i64, m) {
        return None;
    }
    Some(Date::from_ymd(y, m, d))
}

/// Nesting deeper than this is refused (protects the stack).
const MAX_PARSE_DEPTH: usize = 512;

struct Parser<'a> {
    s: &'a [u8],
    i: usize,
    options: ParseOptions,
    /// `(path, line, offset)` of each property, in reading order.
    symbols: Vec<(String, usize, usize)>,
}

impl Parser<'_> {
    /// Line (1-based) and offset in characters (0-based) of byte `at`.
    fn position(&self, at: usize) -> (usize, usize) {
        let before = self.s.get(..at).unwrap_or(self.s);
        let line = before.iter().filter(|&&c| c == b'\n').count() + 1;
        let start = before.iter().rposition(|&c| c == b'\n').map(|i| i + 1).unwrap_or(0);
        let col = String::from_utf8_lossy(before.get(start..).unwrap_or_default())
            .encode_utf16()
            .count();
        (line, col)
    }

    fn error(&self, m: &str) -> JsonError {
        let (line, offset) = self.position(self.i);
        JsonError {
            message: m.to_string(),
            line,
            offset,
        }
    }

    fn ws(&mut self) {
        while let Some(c) = self.s.get(self.i) {
            if matches!(c, b' ' | b'\t' | b'\n' | b'\r') {
                self.i += 1;
            } else {
                break;
            }
        }
    }

    fn peek(&self) -> Option<u8> {
        self.s.get(self.i).copied()
    }

    fn eat(&mut self, word: &str) -> bool {
        if self.s.get(self.i..self.i + word.len()) == Some(word.as_bytes()) {
            self.i += word.len();
            true
        } else {
            false
        }
    }

    fn value(&mut self, depth: usize, path: &str) -> Result<Value, JsonError> {
        if depth > MAX_PARSE_DEPTH {
            return Err(self.error("JSON nested too deeply"));
        }
        self.ws();
        match self.peek() {
            Some(b'{') => self.object(depth, path),
            Some(b'[') => self.array(depth, path),
            Some(b'"') => {
                let s = self.string()?;
                if self.options.dates
                    && let Some(d) = iso_day(&s)
                {
                    return Ok(Value::Date(d));
                }
                Ok(Value::text(s))
            }
            Some(b't') if self.eat("true") => Ok(Value::Bool(true)),
            Some(b'f') if self.eat("false") => Ok(Value::Bool(false)),
            Some(b'n') if self.eat("null") => Ok(Value::Null),
            Some(c) if c == b'-' || c.is_ascii_digit() => self.number(),
            Some(_) => Err(self.error("unexpected character, a JSON value was expected")),
            None => Err(self.error("unexpected end of text, a JSON value was expected")),
        }
    }

    fn object(&mut self, depth: usize, path: &str) -> Result<Value, JsonError> {
        self.i += 1;
        let mut o = Object::new();
        self.ws();
        if self.peek() == Some(b'}') {
            self.i += 1;
            return Ok(Value::new_object(o));
        }
        loop {
            self.ws();
            let key_at = self.i;
            if self.peek() != Some(b'"') {
                return Err(self.error("a property name in double quotes was expected"));
            }
            let k = self.string()?;
            let child = if path.is_empty() {
                k.clone()
            } else {
                format!("{path}.{k}")
            };
            if self.options.symbols {
                let (line, offset) = self.position(key_at);
                self.symbols.push((child.clone(), line, offset));
            }
            self.ws();
            if self.peek() != Some(b':') {
                return Err(self.error("`:` was expected after the property name"));
            }
            self.i += 1;
            let v = self.value(depth + 1, &child)?;
            o.set(Text::from(k), v);
            self.ws();
            match self.peek() {
                Some(b',') => self.i += 1,
                Some(b'}') => {
                    self.i += 1;
                    return Ok(Value::new_object(o));
                }
                _ => return Err(self.error("`,` or `}` was expected")),
            }
        }
    }

    fn array(&mut self, depth: usize, path: &str) -> Result<Value, JsonError> {
        self.i += 1;
        let mut items = Vec::new();
        self.ws();
        if self.peek() == Some(b']') {
            self.i += 1;
            return Ok(Value::new_collection(items));
        }
        loop {
            let child = format!("{path}[{}]", items.len());
            items.push(self.value(depth + 1, &child)?);
            self.ws();
            match self.peek() {
                Some(b',') => self.i += 1,
                Some(b']') => {
                    self.i += 1;
                    return Ok(Value::new_collection(items));
                }
                _ => return Err(self.error("`,` or `]` was expected")),
            }
        }
    }

    /// `-?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?`
    fn number(&mut self) -> Result<Value, JsonError> {
        let start = self.i;
        let digits = |p: &mut Self| {
            let from = p.i;
            while p.peek().is_some_and(|c| c.is_ascii_digit()) {
                p.i += 1;
            }
            p.i - from
        };
        if self.peek() == Some(b'-') {
            self.i += 1;
        }
        match self.peek() {
            Some(b'0') => self.i += 1,
            Some(c) if c.is_ascii_digit() => {
                digits(self);
            }
            _ => return Err(self.error("invalid number")),
        }
        if self.peek() == Some(b'.') {
            self.i += 1;
            if digits(self) == 0 {
                return Err(self.error("invalid number"));
            }
        }
        if matches!(self.peek(), Some(b'e' | b'E')) {
            self.i += 1;
            if matches!(self.peek(), Some(b'+' | b'-')) {
                self.i += 1;
            }
            if digits(self) == 0 {
                return Err(self.error("invalid number"));
            }
        }
        let t = std::str::from_utf8(self.s.get(start..self.i).unwrap_or_default()).unwrap_or("");
        t.parse::<f64>()
            .map(Value::Real)
            .map_err(|_| self.error("invalid number"))
    }

    fn string(&mut self) -> Result<String, JsonError> {
        if self.peek() != Some(b'"') {
            return Err(self.error("a string was expected"));
        }
        self.i += 1;
        let mut out: Vec<u8> = Vec::new();
        loop {
            match self.peek() {
                None => return Err(self.error("unterminated string")),
                Some(b'"') => {
                    self.i += 1;
                    return Ok(String::from_utf8_lossy(&out).into_owned());
                }
                Some(b'\\') => {
                    self.i += 1;
                    let c = self.peek().ok_or_else(|| self.error("unterminated escape sequence"))?;
                    self.i += 1;
                    match c {
                        b'n' => out.push(b'\n'),
                        b'r' => out.push(b'\r'),
                        b't' => out.push(b'\t'),
                        b'b' => out.push(8),
                        b'f' => out.push(12),
                        b'/' => out.push(b'/'),
                        b'\\' => out.push(b'\\'),
                        b'"' => out.push(b'"'),
                        b'u' => {
                            let mut code = self.hex4()?;
                            if (0xD800..0xDC00).contains(&code) {
                                let save = self.i;
                                if self.eat("\\u") {
                                    let low = self.hex4()?;
                                    if (0xDC00..0xE000).contains(&low) {
                                        code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00);
                                    } else {
                                        self.i = save;
                                    }
                                }
                            }
                            let ch = char::from_u32(code).unwrap_or('\u{FFFD}');
                            let mut buf = [0u8; 4];
                            out.extend_from_slice(ch.encode_utf8(&mut buf).as_bytes());
                        }
                        _ => {
                            self.i -= 1;
                            return Err(self.error("invalid escape sequence"));
                        }
                    }
                }
                Some(c) => {
                    out.push(c);
                    self.i += 1;
                }
            }
        }
    }

    fn hex4(&mut self) -> Result<u32, JsonError> {
        let t = self
            .s
            .get(self.i..self.i + 4)
            .ok_or_else(|| self.error("invalid \\u escape sequence"))?;
        let v = std::str::from_utf8(t)
            .ok()
            .filter(|h| h.bytes().all(|c| c.is_ascii_hexdigit()))
            .and_then(|h| u32::from_str_radix(h, 16).ok())
            .ok_or_else(|| self.error("invalid \\u escape sequence"))?;
        self.i += 4;
        Ok(v)
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]
mod tests {
    use super::*;

    #[test]
    fn numbers() {
        assert_eq!(number(120.0), "120");
        assert_eq!(number(-3.0), "-3");
        assert_eq!(number(42.17), "42.17");
        assert_eq!(number(0.1 + 0.2), "0.3");
        assert_eq!(number(1.0 / 3.0), "0.333333333333333");
        assert_eq!(number(2.0 / 3.0), "0.666666666666667");
        assert_eq!(number(1e20), "100000000000000000000");
        assert_eq!(number(1e21), "1e+21");
        assert_eq!(number(1.5e-7), "1.5e-7");
        assert_eq!(number(0.000001), "0.000001");
        assert_eq!(number(-0.0), "0");
        assert_eq!(number(f64::NAN), "null");
        assert_eq!(number(123456789012345.0), "123456789012345");
    }

    #[test]
    fn round_trip() {
        let v = parse("{\"a\":[1,2.5,\"x\\n\"],\"b\":{\"c\":null,\"d\":true}}").unwrap();
        assert_eq!(
            stringify(&v, false),
            "{\"a\":[1,2.5,\"x\\n\"],\"b\":{\"c\":null,\"d\":true}}"
        );
        assert_eq!(
            stringify(&v, true),
            "{\n\t\"a\": [\n\t\t1,\n\t\t2.5,\n\t\t\"x\\n\"\n\t],\n\t\"b\": {\n\t\t\"c\": null,\n\t\t\"d\": true\n\t}\n}"
        );
    }

    #[test]
    fn strictness() {
        assert!(parse("01").is_err());
        assert!(parse("[1,]").is_err());
        assert!(parse("{a:1}").is_err());
        assert!(parse("1 2").is_err());
        assert!(parse("").is_err());
        let e = parse("{\n  \"a\": x}").unwrap_err();
        assert_eq!((e.line, e.offset), (2, 7));
    }

    #[test]
    fn dates_and_surrogates() {
        assert!(matches!(parse("\"2017-10-16\"").unwrap(), Value::Date(_)));
        assert!(matches!(parse("\"2017-13-16\"").unwrap(), Value::Text(_)));
        let v = parse("\"\\ud83d\\ude00\"").unwrap();
        assert_eq!(v.as_text().unwrap().as_str(), "😀");
    }
}
