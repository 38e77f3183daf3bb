//! Text commands (theme String): String, Num, Length, Substring, Position,
//! Replace/Delete/Insert/Change string, Uppercase, Lowercase, Char,
//! Character code, Split string, Trim, Compare strings, GET TEXT KEYWORDS,
//! Match regex (`regex.rs`), Convert to text and CONVERT FROM TEXT
//! (`charset.rs`). Matching rules are in `search.rs`.

mod charset;
mod regex;
pub mod search;

use unicode_normalization::UnicodeNormalization;

use super::{Builtin, b, has_star, int, num, num_in_place, present, set_arg, text, val};
use crate::runtime::error::{RtResult, code, err};
use crate::runtime::interp::Interp;
use crate::runtime::object::ArrayKind;
use crate::runtime::text::Text;
use crate::runtime::value::{Value, display};
use crate::sema::ir::{Arg, Ex};
use crate::source::Span;
use search::{Mode, Needle};

pub static BUILTINS: &[Builtin] = &[
    b("String", 1, 3, string),
    b("Num", 1, 2, num_),
    b("Length", 1, 1, length),
    b("Substring", 2, 3, substring),
    b("Position", 2, 5, position),
    b("Replace string", 3, 5, replace_string),
    b("Delete string", 3, 3, delete_string),
    b("Insert string", 3, 3, insert_string),
    b("Change string", 3, 3, change_string),
    b("Uppercase", 1, 2, uppercase),
    b("Lowercase", 1, 2, lowercase),
    b("Char", 1, 1, char_),
    b("Character code", 1, 1, character_code),
    b("Split string", 2, 3, split_string),
    b("Trim", 1, 1, trim),
    b("Trim start", 1, 1, trim_start),
    b("Trim end", 1, 1, trim_end),
    b("Compare strings", 2, 3, compare_strings),
    b("GET TEXT KEYWORDS", 2, 3, get_text_keywords),
    b("Match regex", 2, 6, regex::match_regex),
    b("Convert to text", 2, 2, charset::convert_to_text),
    b("CONVERT FROM TEXT", 3, 3, charset::convert_from_text),
];

/// `String(value {; format {; addTime}})` — default forms; formats are in `format/`.
fn string(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    // `String($i%7)`: a number computed in place.
    if !present(args, 1)
        && let Some(x) = num_in_place(p, args, 0)
    {
        return Ok(number_text(x));
    }
    let v = val(p, args, 0)?;
    if present(args, 1) {
        let f = val(p, args, 1)?;
        let add = if present(args, 2) { Some(val(p, args, 2)?) } else { None };
        return super::format_value(p, &v, &f, add.as_ref(), span);
    }
    Ok(Value::text(match &v {
        Value::Text(t) => return Ok(Value::Text(t.clone())),
        // Whole numbers (the usual case) without a formatter or a String.
        Value::Real(r) => return Ok(number_text(*r)),
        Value::Int(i) => return Ok(Value::Text(int_text(i64::from(*i)))),
        other => display(other),
    }))
}

/// `String` of a Real: whole numbers (the usual case) without a formatter.
fn number_text(r: f64) -> Value {
    // `as` truncates: equal again only when whole (`fract` is a libm call).
    if r.abs() < 1e15 && (r as i64) as f64 == r {
        return Value::Text(int_text(r as i64));
    }
    Value::text(display(&Value::Real(r)))
}

/// The decimal digits of `n`, written in a stack buffer.
fn int_text(n: i64) -> Text {
    // At most 19 digits and a sign.
    let mut buf = [0u8; 24];
    let mut i = buf.len();
    let mut m = n.unsigned_abs();
    loop {
        i -= 1;
        if let Some(b) = buf.get_mut(i) {
            *b = b'0' + (m % 10) as u8;
        }
        m /= 10;
        if m == 0 {
            break;
        }
    }
    if n < 0 {
        i -= 1;
        if let Some(b) = buf.get_mut(i) {
            *b = b'-';
        }
    }
    Text::from(std::str::from_utf8(buf.get(i..).unwrap_or_default()).unwrap_or_default())
}

/// `Num(expression {; separator})`: texts are read by [`parse_num`]; a
/// Boolean gives 1 or 0; a number is returned as is; undefined gives 0.
fn num_(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    let v = val(p, args, 0)?;
    let r = match &v {
        Value::Text(t) => {
            let sep = if present(args, 1) {
                text(p, args, 1, span)?
            } else {
                Text::from(".")
            };
            parse_num(t.as_str(), sep.as_str())
        }
        Value::Bool(b) => *b as i32 as f64,
        Value::Real(r) => *r,
        Value::Int(i) => *i as f64,
        Value::Time(t) => *t as f64,
        Value::Undefined | Value::Null => 0.0,
        other => {
            return err(
                code::BAD_ARGUMENT,
                format!(
                    "Num: a {} cannot be converted to a number",
                    crate::runtime::ops::type_name_of(other)
                ),
                span,
            );
        }
    };
    Ok(Value::Real(r))
}

/// Num's reading of a text: letters and other characters are ignored
/// ("A1B2C3" → 123); the decimal separator must be embedded in the number; a
/// hyphen before the digits makes it negative, a hyphen after them ends it
/// ("123-456" → 123); "e"/"E" after digits starts an exponent ("123e-2" → 1.23).
/// A second decimal separator ends the number (fourd's choice).
pub fn parse_num(s: &str, sep: &str) -> f64 {
    let mut mant = String::new();
    let mut digits = false;
    let mut negative = false;
    let mut seen_sep = false;
    let mut exp: Option<String> = None;
    let mut exp_neg = false;
    let mut i = 0;
    let bytes_len = s.len();
    while i < bytes_len {
        let Some(rest) = s.get(i..) else { break };
        let Some(c) = rest.chars().next() else { break };
        let w = c.len_utf8();
        if c.is_ascii_digit() {
            match exp.as_mut() {
                Some(e) => e.push(c),
                None => {
                    mant.push(c);
                    digits = true;
                }
            }
        } else if exp.is_none() && !sep.is_empty() && rest.starts_with(sep) {
            if seen_sep {
                break;
            }
            seen_sep = true;
            mant.push('.');
            i += sep.len();
            continue;
        } else if c == '-' {
            match &exp {
                Some(e) if e.is_empty() && !exp_neg => exp_neg = true,
                Some(_) => break,
                None if !digits => negative = true,
                None => break,
            }
        } else if (c == 'e' || c == 'E') && digits && exp.is_none() {
            exp = Some(String::new());
        }
        i += w;
    }
    if !digits {
        return 0.0;
    }
    let mut lit = mant;
    if let Some(e) = exp.filter(|e| !e.is_empty()) {
        lit.push('e');
        if exp_neg {
            lit.push('-');
        }
        lit.push_str(&e);
    }
    let v: f64 = lit.trim_end_matches('.').parse().unwrap_or(0.0);
    if negative { -v } else { v }
}

fn length(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    // `Length($t)`, `Length($o.name)`: the text is read in place.
    if let Some(Arg::Ex(e)) = args.first() {
        let len = |v: &Value| match v {
            Value::Text(t) => Some(t.len16()),
            _ => None,
        };
        let n = match e {
            Ex::Local(slot) => len(p.local(*slot)),
            _ => p.peek(e, len).flatten(),
        };
        if let Some(n) = n {
            return Ok(Value::Real(n as f64));
        }
    }
    let t = text(p, args, 0, span)?;
    Ok(Value::Real(t.len16() as f64))
}

/// `Substring(text; first {; count})`: 1-based; out of range gives "".
fn substring(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    // `Substring($t; $i; 1)`: a local text is read in place (no copy of its
    // reference, two atomic operations per call) when the numbers are read
    // without side effects, so reading them first changes nothing.
    let in_place = match args.first() {
        Some(Arg::Ex(Ex::Local(slot)))
            if args
                .iter()
                .skip(1)
                .all(|a| matches!(a, Arg::Ex(e) if e.num_candidate())) =>
        {
            Some(*slot)
        }
        _ => None,
    };
    let copy = match in_place {
        Some(_) => None,
        None => Some(text(p, args, 0, span)?),
    };
    let first = int(p, args, 1, span)?;
    let count = if present(args, 2) {
        Some(int(p, args, 2, span)?)
    } else {
        None
    };
    if let Some(s) = &copy {
        return Ok(cut(s, first, count));
    }
    if let Some(slot) = in_place
        && let Value::Text(s) = p.local(slot)
    {
        return Ok(cut(s, first, count));
    }
    // A local that holds no text: read the general way (conversion, error).
    let s = text(p, args, 0, span)?;
    Ok(cut(&s, first, count))
}

/// `Substring`'s characters `first…` (1-based), `count` of them (all the
/// rest when None).
fn cut(s: &Text, first: i64, count: Option<i64>) -> Value {
    let len = s.len16() as i64;
    let count = count.unwrap_or(len);
    let first = first.max(1);
    if first > len || count <= 0 {
        return Value::Text(Text::default());
    }
    Value::text(s.substring16((first - 1) as usize, count as usize))
}

/// `Position(find; text {; start {; lengthFound}} {; *})` or
/// `Position(find; text; start; lengthFound; options)`: 1-based position of
/// the first occurrence of `find` from `start`, 0 if absent.
fn position(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    let mode = if has_star(args) {
        Mode::EXACT
    } else if present(args, 4) {
        Mode::from_options(int(p, args, 4, span)?)
    } else {
        Mode::DEFAULT
    };
    let find = text(p, args, 0, span)?;
    let hay = text(p, args, 1, span)?;
    let start = if present(args, 2) {
        int(p, args, 2, span)?.max(1) as usize
    } else {
        1
    };
    let (pos, found_len) = position_in(&hay, find.as_str(), start, mode);
    if present(args, 3) {
        set_arg(p, args, 3, Value::Real(found_len as f64), span)?;
    }
    Ok(Value::Real(pos as f64))
}

/// 1-based UTF-16 position of `find` in `hay` from the 1-based `start` (0
/// when absent), and the UTF-16 length of the text found.
pub fn position_in(hay: &Text, find: &str, start: usize, mode: Mode) -> (usize, usize) {
    if find.is_empty() || start == 0 {
        return (0, 0);
    }
    let from = hay.byte_at(start - 1);
    if from >= hay.as_str().len() {
        return (0, 0);
    }
    let needle = Needle::new(find, mode);
    match needle.find(hay.as_str(), from, hay.is_ascii()) {
        Some((s, e)) => {
            let p = hay.pos16_of(s);
            let len = if hay.is_ascii() {
                e - s
            } else {
                hay.as_str().get(s..e).map_or(0, |m| m.encode_utf16().count())
            };
            (p + 1, len)
        }
        None => (0, 0),
    }
}

/// `Replace string(source; oldString; newString {; howMany} {; *})`.
fn replace_string(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    let mode = if has_star(args) { Mode::EXACT } else { Mode::DEFAULT };
    let source = text(p, args, 0, span)?;
    let old = text(p, args, 1, span)?;
    let new = text(p, args, 2, span)?;
    let limit = if present(args, 3) {
        Some(int(p, args, 3, span)?.max(0) as usize)
    } else {
        None
    };
    let needle = Needle::new(old.as_str(), mode);
    Ok(match search::replace(source.as_str(), &needle, new.as_str(), limit) {
        Some(s) => Value::text(s),
        None => Value::Text(source),
    })
}

/// `Delete string(source; where; numChars)`: `where` < 1 deletes from the
/// start; past the end (or 0 characters) returns `source`.
fn delete_string(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    let source = text(p, args, 0, span)?;
    let at = int(p, args, 1, span)?.max(1) as usize;
    let n = int(p, args, 2, span)?;
    let len = source.len16();
    if n <= 0 || at > len {
        return Ok(Value::Text(source));
    }
    let a = source.byte_at(at - 1);
    let s = source.as_str();
    let b = a + crate::runtime::text::byte_at16(s.get(a..).unwrap_or(""), n as usize);
    let mut out = String::with_capacity(s.len());
    out.push_str(s.get(..a).unwrap_or(""));
    out.push_str(s.get(b..).unwrap_or(""));
    Ok(Value::text(out))
}

/// `Insert string(source; what; where)`: before the character at `where`;
/// appended past the end, prepended below 1.
fn insert_string(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    let source = text(p, args, 0, span)?;
    let what = text(p, args, 1, span)?;
    let at = int(p, args, 2, span)?.max(1) as usize;
    if what.is_empty() {
        return Ok(Value::Text(source));
    }
    let a = source.byte_at(at - 1);
    let s = source.as_str();
    let mut out = String::with_capacity(s.len() + what.as_str().len());
    out.push_str(s.get(..a).unwrap_or(""));
    out.push_str(what.as_str());
    out.push_str(s.get(a..).unwrap_or(""));
    Ok(Value::text(out))
}

/// `Change string(source; newChars; where)`: overwrites from `where`; the
/// result keeps the length of `source`; `where` out of range returns `source`.
fn change_string(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    let source = text(p, args, 0, span)?;
    let new = text(p, args, 1, span)?;
    let at = int(p, args, 2, span)?;
    let len = source.len16();
    if new.is_empty() || at < 1 || at as usize > len {
        return Ok(Value::Text(source));
    }
    let at = at as usize;
    let room = len - (at - 1);
    let new16: Vec<u16> = new.as_str().encode_utf16().take(room).collect();
    let src16: Vec<u16> = source.as_str().encode_utf16().collect();
    let mut out16 = Vec::with_capacity(src16.len());
    out16.extend_from_slice(src16.get(..at - 1).unwrap_or(&[]));
    out16.extend_from_slice(&new16);
    out16.extend_from_slice(src16.get(at - 1 + new16.len()..).unwrap_or(&[]));
    Ok(Value::text(String::from_utf16_lossy(&out16)))
}

/// `Uppercase(text {; *})` / `Lowercase(text {; *})`: accented letters lose
/// their accents unless `*` is passed.
fn uppercase(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    let s = text(p, args, 0, span)?;
    Ok(Value::text(change_case(s.as_str(), true, has_star(args))))
}

fn lowercase(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    let s = text(p, args, 0, span)?;
    Ok(Value::text(change_case(s.as_str(), false, has_star(args))))
}

pub fn change_case(s: &str, upper: bool, keep_accents: bool) -> String {
    if s.is_ascii() {
        return if upper {
            s.to_ascii_uppercase()
        } else {
            s.to_ascii_lowercase()
        };
    }
    let cased = if upper { s.to_uppercase() } else { s.to_lowercase() };
    if keep_accents {
        return cased;
    }
    cased
        .nfd()
        .filter(|c| !matches!(*c as u32, 0x0300..=0x036F | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF | 0xFE20..=0xFE2F))
        .nfc()
        .collect()
}

/// `Char(code)`: the character of a UTF-16 code. A lone surrogate code
/// (0xD800–0xDFFF) cannot be held alone by fourd's texts and gives U+FFFD.
fn char_(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    let n = num(p, args, 0, span)? as i64;
    if (0xD800..=0xDFFF).contains(&n) {
        return Ok(Value::text("\u{FFFD}"));
    }
    let c = u32::try_from(n).ok().and_then(char::from_u32);
    match c {
        Some(c) => {
            let mut buf = [0u8; 4];
            Ok(Value::text(&*c.encode_utf8(&mut buf)))
        }
        None => err(code::BAD_ARGUMENT, format!("Char: {n} is not a character code"), span),
    }
}

/// `Character code(text)`: the UTF-16 code of the first character (0 for "").
fn character_code(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    let s = text(p, args, 0, span)?;
    Ok(Value::Real(
        s.as_str().encode_utf16().next().map(|u| u as f64).unwrap_or(0.0),
    ))
}

/// `Split string(text; separator {; options})`: a collection of texts.
/// `sk ignore empty strings` (1) drops empty parts, `sk trim spaces` (2)
/// trims each part (trimmed first, so parts of spaces only are dropped too).
/// The separator is matched by character codes (fourd's choice).
fn split_string(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    let s = text(p, args, 0, span)?;
    let sep = text(p, args, 1, span)?;
    let opts = if present(args, 2) { int(p, args, 2, span)? } else { 0 };
    let (ignore_empty, trim_spaces) = (opts & 1 != 0, opts & 2 != 0);
    // An empty text has no parts (CollectionClass.md, `.flatMap()` example 2).
    let parts: Vec<&str> = if s.is_empty() {
        Vec::new()
    } else if sep.is_empty() {
        s.as_str()
            .char_indices()
            .map(|(i, c)| s.as_str().get(i..i + c.len_utf8()).unwrap_or(""))
            .collect()
    } else {
        s.as_str().split(sep.as_str()).collect()
    };
    let mut out = Vec::with_capacity(parts.len());
    for part in parts {
        let part = if trim_spaces {
            part.trim_matches(is_js_space)
        } else {
            part
        };
        if ignore_empty && part.is_empty() {
            continue;
        }
        out.push(Value::text(part));
    }
    Ok(Value::new_collection(out))
}

/// ECMAScript white space and line terminators (`Trim` follows TrimString).
pub fn is_js_space(c: char) -> bool {
    matches!(
        c,
        '\u{9}' | '\u{A}' | '\u{B}' | '\u{C}' | '\u{D}' | ' ' | '\u{A0}' | '\u{1680}' | '\u{2000}'
            ..='\u{200A}' | '\u{2028}' | '\u{2029}' | '\u{202F}' | '\u{205F}' | '\u{3000}' | '\u{FEFF}'
    )
}

fn trim(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    let s = text(p, args, 0, span)?;
    Ok(keep_or_new(&s, s.as_str().trim_matches(is_js_space)))
}

fn trim_start(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    let s = text(p, args, 0, span)?;
    Ok(keep_or_new(&s, s.as_str().trim_start_matches(is_js_space)))
}

fn trim_end(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    let s = text(p, args, 0, span)?;
    Ok(keep_or_new(&s, s.as_str().trim_end_matches(is_js_space)))
}

fn keep_or_new(orig: &Text, part: &str) -> Value {
    if part.len() == orig.as_str().len() {
        Value::Text(orig.clone())
    } else {
        Value::text(part)
    }
}

/// `Compare strings(a; b {; options})`: -1, 0 or 1; by default as the `<`
/// operator compares (case- and accent-insensitive, no `@` wildcard).
fn compare_strings(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    let a = text(p, args, 0, span)?;
    let b = text(p, args, 1, span)?;
    let mode = if present(args, 2) {
        Mode::from_options(int(p, args, 2, span)?)
    } else {
        Mode::DEFAULT
    };
    let r = match search::compare(a.as_str(), b.as_str(), mode) {
        std::cmp::Ordering::Less => -1.0,
        std::cmp::Ordering::Equal => 0.0,
        std::cmp::Ordering::Greater => 1.0,
    };
    Ok(Value::Real(r))
}

/// `GET TEXT KEYWORDS(text; arrKeywords {; *})`: the words of `text` (see
/// [`keywords`]) into a text array; with `*` each word once (compared as 4D
/// compares texts).
fn get_text_keywords(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    let s = text(p, args, 0, span)?;
    let unique = has_star(args);
    let Some(arr) = super::arrays::array_arg(p, args, 1)? else {
        return err(
            code::BAD_ARGUMENT,
            "GET TEXT KEYWORDS: argument 2 must be a text array",
            span,
        );
    };
    let mut words: Vec<&str> = Vec::new();
    for w in keywords(s.as_str()) {
        if unique && words.iter().any(|x| crate::runtime::text::text_eq(x, w)) {
            continue;
        }
        words.push(w);
    }
    let mut a = arr.borrow_mut();
    if a.kind != ArrayKind::Text {
        return err(
            code::BAD_ARGUMENT,
            "GET TEXT KEYWORDS: argument 2 must be a text array",
            span,
        );
    }
    a.resize(0);
    for w in words {
        a.items.push(Value::text(w));
    }
    Ok(Value::Undefined)
}

/// Splits a text into words as a keyword index does (Unicode word
/// boundaries, simplified): runs of letters and digits; `.` `,` between
/// digits and `'` `’` `.` `:` between letters stay inside a word ("10,000",
/// "don't"); an apostrophe followed by a vowel or "h" ends the word after it
/// ("L'homme" → "L'", "homme"), the French and Italian exception.
pub fn keywords(s: &str) -> Vec<&str> {
    let chars: Vec<(usize, char)> = s.char_indices().collect();
    let at = |i: usize| chars.get(i).map(|&(_, c)| c);
    let is_w = |c: char| c.is_alphanumeric() || c == '_';
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if !at(i).is_some_and(is_w) {
            i += 1;
            continue;
        }
        let start = i;
        i += 1;
        loop {
            match at(i) {
                Some(c) if is_w(c) => i += 1,
                Some(c) => {
                    let prev = at(i - 1);
                    let next = at(i + 1);
                    let digits = prev.is_some_and(|p| p.is_numeric()) && next.is_some_and(|n| n.is_numeric());
                    let letters = prev.is_some_and(char::is_alphabetic) && next.is_some_and(char::is_alphabetic);
                    let mid = match c {
                        ',' | ';' => digits,
                        '.' => digits || letters,
                        '\'' | '’' => letters,
                        ':' | '·' => letters,
                        _ => false,
                    };
                    if !mid {
                        break;
                    }
                    if matches!(c, '\'' | '’')
                        && next.is_some_and(|n| "aeiouyhAEIOUYHàâäéèêëîïôöùûüÀÂÄÉÈÊËÎÏÔÖÙÛÜ".contains(n))
                    {
                        // French/Italian elision: the apostrophe ends the word.
                        i += 1;
                        break;
                    }
                    i += 2;
                }
                None => break,
            }
        }
        let a = chars.get(start).map_or(s.len(), |&(b, _)| b);
        let e = chars.get(i).map_or(s.len(), |&(b, _)| b);
        if let Some(w) = s.get(a..e) {
            out.push(w);
        }
    }
    out
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]
mod tests {
    use super::*;

    #[test]
    fn num_reads_texts_as_documented() {
        assert_eq!(parse_num("ABCD", "."), 0.0);
        assert_eq!(parse_num("A1B2C3", "."), 123.0);
        assert_eq!(parse_num("123.4", "."), 123.4);
        assert_eq!(parse_num("-123", "."), -123.0);
        assert_eq!(parse_num("-123e2", "."), -12300.0);
        assert_eq!(parse_num("123e-2", "."), 1.23);
        assert_eq!(parse_num("123-456", "."), 123.0);
        assert_eq!(parse_num("33,333.33", "."), 33333.33);
        assert_eq!(parse_num("33 333,33", ","), 33333.33);
    }

    #[test]
    fn keywords_split_like_the_docs() {
        assert_eq!(
            keywords("10,000 Jean-Pierre BC45"),
            vec!["10,000", "Jean", "Pierre", "BC45"]
        );
        assert_eq!(
            keywords("L'homme l'arbre don't"),
            vec!["L'", "homme", "l'", "arbre", "don't"]
        );
    }

    #[test]
    fn case_changes() {
        assert_eq!(change_case("DÉJÀ VU", false, false), "deja vu");
        assert_eq!(change_case("DÉJÀ VU", false, true), "déjà vu");
        assert_eq!(change_case("hélène", true, false), "HELENE");
        assert_eq!(change_case("hélène", true, true), "HÉLÈNE");
    }
}
