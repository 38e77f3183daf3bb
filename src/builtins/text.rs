//! Text commands (theme String): String, Num, Length, Substring, Position,
//! Char, Character code…

use super::{Builtin, b, has_star, int, num, present, text, val};
use crate::runtime::error::{RtResult, code, err};
use crate::runtime::interp::Interp;
use crate::runtime::text::{self as t, Text};
use crate::runtime::value::{Value, display};
use crate::sema::ir::Arg;
use crate::source::Span;

pub static BUILTINS: &[Builtin] = &[
    b("String", 1, 3, string),
    b("Length", 1, 1, length),
    b("Substring", 2, 3, substring),
    b("Position", 2, 5, position),
    b("Char", 1, 1, char_),
    b("Character code", 1, 1, character_code),
];

/// `String(value {; format {; addTime}})` — default forms; formats are in `format.rs`.
fn string(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    let v = val(p, args, 0)?;
    if present(args, 1) {
        let f = val(p, args, 1)?;
        let add = if present(args, 2) { Some(val(p, args, 2)?) } else { None };
        return super::format_value(p, &v, &f, add.as_ref(), span);
    }
    Ok(Value::text(match &v {
        Value::Text(t) => return Ok(Value::Text(t.clone())),
        other => display(other),
    }))
}

fn length(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    let t = text(p, args, 0, span)?;
    Ok(Value::Real(t.len16() as f64))
}

/// `Substring(text; first {; count})`: 1-based; out of range gives "".
fn substring(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    let s = text(p, args, 0, span)?;
    let first = int(p, args, 1, span)?;
    let len = s.len16() as i64;
    let count = if present(args, 2) { int(p, args, 2, span)? } else { len };
    let first = first.max(1);
    if first > len || count <= 0 {
        return Ok(Value::Text(Text::default()));
    }
    Ok(Value::text(s.substring16((first - 1) as usize, count as usize)))
}

/// `Position(find; text {; start {; lengthFound}} {; *})`: 1-based position
/// of `find` from `start`, 0 if absent; case- and accent-insensitive unless `*`.
fn position(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    let star = has_star(args);
    let find = text(p, args, 0, span)?;
    let hay = text(p, args, 1, span)?;
    let start = match args.get(2) {
        Some(Arg::Ex(_)) => int(p, args, 2, span)?.max(1) as usize,
        _ => 1,
    };
    let (pos, found_len) = position_in(&hay, find.as_str(), start, star);
    if let Some(Arg::Ex(_)) = args.get(3) {
        super::set_arg(p, args, 3, Value::Real(found_len as f64), span)?;
    }
    Ok(Value::Real(pos as f64))
}

/// 1-based UTF-16 position of `find` in `hay` from `start` (0 when absent),
/// and the length found.
pub fn position_in(hay: &Text, find: &str, start: usize, exact: bool) -> (usize, usize) {
    if find.is_empty() {
        return (0, 0);
    }
    let from = hay.byte_at(start - 1);
    let s = hay.as_str();
    let rest = s.get(from..).unwrap_or("");
    if exact || (find.is_ascii() && rest.is_ascii() && !find.bytes().any(|b| b.is_ascii_alphabetic())) {
        return match memfind(rest, find) {
            Some(i) => (hay.pos16_of(from + i) + 1, find.encode_utf16().count()),
            None => (0, 0),
        };
    }
    if find.is_ascii() && rest.is_ascii() {
        let hb = rest.as_bytes();
        let nb = find.as_bytes();
        if nb.len() > hb.len() {
            return (0, 0);
        }
        for i in 0..=hb.len() - nb.len() {
            if hb.get(i..i + nb.len()).is_some_and(|w| w.eq_ignore_ascii_case(nb)) {
                return (from + i + 1, nb.len());
            }
        }
        return (0, 0);
    }
    // General case: compare folded characters at each position.
    let target = t::fold(find);
    for (i, _) in rest.char_indices() {
        let tail = rest.get(i..).unwrap_or("");
        let mut folded = String::new();
        for (j, c) in tail.char_indices() {
            folded.push_str(&t::fold(&c.to_string()));
            if folded.len() >= target.len() {
                if folded == target {
                    let matched = tail.get(..j + c.len_utf8()).unwrap_or("");
                    return (hay.pos16_of(from + i) + 1, matched.encode_utf16().count());
                }
                break;
            }
        }
    }
    (0, 0)
}

fn memfind(hay: &str, needle: &str) -> Option<usize> {
    memchr::memmem::find(hay.as_bytes(), needle.as_bytes())
}

fn char_(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    let n = num(p, args, 0, span)? as i64;
    let c = u32::try_from(n).ok().and_then(char::from_u32);
    match c {
        Some(c) => Ok(Value::text(c.to_string())),
        None => err(code::BAD_ARGUMENT, format!("Char: {n} is not a character code"), span),
    }
}

fn character_code(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    let s = text(p, args, 0, span)?;
    Ok(Value::Real(
        s.as_str().encode_utf16().next().map(|u| u as f64).unwrap_or(0.0),
    ))
}
