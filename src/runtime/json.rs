//! JSON text ⇄ values (`JSON Stringify`, `JSON Parse`, the REPL's display of
//! objects): 4D's compact form, or pretty with tabs and `": "`.

use std::fmt::Write as _;

use super::access::from_shared;
use super::object::Object;
use super::pointer::Pointer;
use super::text::Text;
use super::value::Value;

/// Numbers in JSON: integers as integers, others with up to 15 significant digits.
pub fn number(r: f64) -> String {
    if !r.is_finite() {
        return "null".into();
    }
    if r.fract() == 0.0 && r.abs() < 1e15 {
        return format!("{}", r as i64);
    }
    let s = format!("{:.15e}", r);
    let v: f64 = s.parse().unwrap_or(r);
    let mut out = format!("{}", v);
    if out.contains('e') {
        out = out.replace("e", "e+").replace("e+-", "e-");
    }
    out
}

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

/// `JSON Stringify(value {; *})`.
pub fn stringify(v: &Value, pretty: bool) -> String {
    let mut out = String::new();
    write_value(v, pretty, 0, &mut out, 0);
    out
}

fn indent(out: &mut String, level: usize) {
    for _ in 0..level {
        out.push('\t');
    }
}

fn write_value(v: &Value, pretty: bool, level: usize, out: &mut String, depth: usize) {
    if depth > 256 {
        out.push_str("null");
        return;
    }
    match v {
        Value::Undefined | Value::Null => out.push_str("null"),
        Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Value::Real(r) => out.push_str(&number(*r)),
        Value::Int(i) => {
            let _ = write!(out, "{i}");
        }
        Value::Text(t) => quote(t.as_str(), out),
        Value::Date(d) => quote(&d.iso(), out),
        Value::Time(t) => out.push_str(&number(*t as f64 * 1000.0)),
        Value::Object(o) => {
            let o = o.borrow();
            let items: Vec<(Text, Value)> = o.props.iter().map(|(k, v)| (k.clone(), v.clone())).collect();
            drop(o);
            write_object(&items, pretty, level, out, depth);
        }
        Value::SharedObject(o) => {
            let items: Vec<(Text, Value)> = o.entries().iter().map(|(k, v)| (k.clone(), from_shared(v))).collect();
            write_object(&items, pretty, level, out, depth);
        }
        Value::Collection(c) => {
            let items = c.borrow().items.clone();
            write_list(&items, pretty, level, out, depth);
        }
        Value::SharedCollection(c) => {
            let items: Vec<Value> = c.snapshot().iter().map(from_shared).collect();
            write_list(&items, pretty, level, out, depth);
        }
        Value::Pointer(p) => match p.as_ref() {
            Pointer::Nil => out.push_str("null"),
            other => quote(&other.describe(), out),
        },
        Value::Function(_) | Value::Class(_) | Value::Store(_) => out.push_str("{}"),
        Value::Array(a) => {
            let items: Vec<Value> = a.borrow().items.iter().skip(1).cloned().collect();
            write_list(&items, pretty, level, out, depth);
        }
        Value::Picture(_) => quote("[object Picture]", out),
        Value::Blob(_) => quote("[object Blob]", out),
    }
}

fn write_object(items: &[(Text, Value)], pretty: bool, level: usize, out: &mut String, depth: usize) {
    let items: Vec<&(Text, Value)> = items.iter().filter(|(_, v)| !v.is_undefined()).collect();
    if items.is_empty() {
        out.push_str("{}");
        return;
    }
    out.push('{');
    for (i, (k, v)) in items.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        if pretty {
            out.push('\n');
            indent(out, level + 1);
        }
        quote(k.as_str(), out);
        out.push_str(if pretty { ": " } else { ":" });
        write_value(v, pretty, level + 1, out, depth + 1);
    }
    if pretty {
        out.push('\n');
        indent(out, level);
    }
    out.push('}');
}

fn write_list(items: &[Value], pretty: bool, level: usize, out: &mut String, depth: usize) {
    if items.is_empty() {
        out.push_str("[]");
        return;
    }
    out.push('[');
    for (i, v) in items.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        if pretty {
            out.push('\n');
            indent(out, level + 1);
        }
        write_value(v, pretty, level + 1, out, depth + 1);
    }
    if pretty {
        out.push('\n');
        indent(out, level);
    }
    out.push(']');
}

/// A JSON syntax error: message and byte offset.
#[derive(Debug)]
pub struct JsonError {
    pub message: String,
    pub offset: usize,
}

/// `JSON Parse(text)`.
pub fn parse(text: &str) -> Result<Value, JsonError> {
    let mut p = Parser {
        s: text.as_bytes(),
        i: 0,
    };
    p.ws();
    let v = p.value(0)?;
    p.ws();
    if p.i < p.s.len() {
        return Err(p.error("unexpected characters after the JSON value"));
    }
    Ok(v)
}

struct Parser<'a> {
    s: &'a [u8],
    i: usize,
}

impl Parser<'_> {
    fn error(&self, m: &str) -> JsonError {
        JsonError {
            message: m.to_string(),
            offset: self.i,
        }
    }

    fn ws(&mut self) {
        while let Some(c) = self.s.get(self.i) {
            if c.is_ascii_whitespace() {
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

    fn value(&mut self, depth: usize) -> Result<Value, JsonError> {
        if depth > 512 {
            return Err(self.error("JSON nested too deeply"));
        }
        self.ws();
        match self.peek() {
            Some(b'{') => {
                self.i += 1;
                let mut o = Object::new();
                self.ws();
                if self.peek() == Some(b'}') {
                    self.i += 1;
                    return Ok(Value::new_object(o));
                }
                loop {
                    self.ws();
                    let k = self.string()?;
                    self.ws();
                    if self.peek() != Some(b':') {
                        return Err(self.error("expected `:`"));
                    }
                    self.i += 1;
                    let v = self.value(depth + 1)?;
                    o.set(Text::from(k), v);
                    self.ws();
                    match self.peek() {
                        Some(b',') => self.i += 1,
                        Some(b'}') => {
                            self.i += 1;
                            return Ok(Value::new_object(o));
                        }
                        _ => return Err(self.error("expected `,` or `}`")),
                    }
                }
            }
            Some(b'[') => {
                self.i += 1;
                let mut items = Vec::new();
                self.ws();
                if self.peek() == Some(b']') {
                    self.i += 1;
                    return Ok(Value::new_collection(items));
                }
                loop {
                    items.push(self.value(depth + 1)?);
                    self.ws();
                    match self.peek() {
                        Some(b',') => self.i += 1,
                        Some(b']') => {
                            self.i += 1;
                            return Ok(Value::new_collection(items));
                        }
                        _ => return Err(self.error("expected `,` or `]`")),
                    }
                }
            }
            Some(b'"') => Ok(Value::text(self.string()?)),
            Some(b't') if self.eat("true") => Ok(Value::Bool(true)),
            Some(b'f') if self.eat("false") => Ok(Value::Bool(false)),
            Some(b'n') if self.eat("null") => Ok(Value::Null),
            Some(c) if c == b'-' || c.is_ascii_digit() => {
                let start = self.i;
                self.i += 1;
                while let Some(c) = self.peek() {
                    if c.is_ascii_digit() || matches!(c, b'.' | b'e' | b'E' | b'+' | b'-') {
                        self.i += 1;
                    } else {
                        break;
                    }
                }
                let t = std::str::from_utf8(self.s.get(start..self.i).unwrap_or(b"")).unwrap_or("");
                t.parse::<f64>()
                    .map(Value::Real)
                    .map_err(|_| self.error("invalid number"))
            }
            _ => Err(self.error("expected a JSON value")),
        }
    }

    fn string(&mut self) -> Result<String, JsonError> {
        if self.peek() != Some(b'"') {
            return Err(self.error("expected a string"));
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
                    let c = self.peek().ok_or_else(|| self.error("unterminated escape"))?;
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
                            if (0xD800..0xDC00).contains(&code) && self.eat("\\u") {
                                let low = self.hex4()?;
                                code = 0x10000 + ((code - 0xD800) << 10) + (low.wrapping_sub(0xDC00) & 0x3FF);
                            }
                            let ch = char::from_u32(code).unwrap_or('\u{FFFD}');
                            let mut buf = [0u8; 4];
                            out.extend_from_slice(ch.encode_utf8(&mut buf).as_bytes());
                        }
                        _ => return Err(self.error("invalid escape")),
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
            .ok_or_else(|| self.error("invalid \\u escape"))?;
        let v = u32::from_str_radix(std::str::from_utf8(t).unwrap_or(""), 16)
            .map_err(|_| self.error("invalid \\u escape"))?;
        self.i += 4;
        Ok(v)
    }
}
