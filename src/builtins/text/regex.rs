//! `Match regex`: ICU-style regular expressions (run by fancy-regex, which
//! has the look-arounds and back-references ICU patterns use), positions and
//! lengths in UTF-16 units as 4D counts them.

use std::cell::RefCell;
use std::rc::Rc;

use fancy_regex::Regex;
use rustc_hash::FxHashMap;

use super::super::arrays::{array_arg, element_value};
use super::super::{has_star, int, present, set_arg, text};
use crate::runtime::error::{RtResult, code, err};
use crate::runtime::interp::Interp;
use crate::runtime::text::Text;
use crate::runtime::value::Value;
use crate::sema::ir::Arg;
use crate::source::Span;

thread_local! {
    /// Compiled patterns of this process (loops call Match regex with the same pattern).
    static CACHE: RefCell<FxHashMap<String, Rc<Regex>>> = RefCell::new(FxHashMap::default());
}

const CACHE_MAX: usize = 64;

fn compiled(pattern: &str, span: Span) -> RtResult<Rc<Regex>> {
    if let Some(re) = CACHE.with(|c| c.borrow().get(pattern).cloned()) {
        return Ok(re);
    }
    let re = match Regex::new(pattern) {
        Ok(re) => Rc::new(re),
        Err(e) => return err(code::BAD_ARGUMENT, format!("Match regex: invalid pattern: {e}"), span),
    };
    CACHE.with(|c| {
        let mut c = c.borrow_mut();
        if c.len() >= CACHE_MAX {
            c.clear();
        }
        c.insert(pattern.to_string(), re.clone());
    });
    Ok(re)
}

/// `Match regex(pattern; aString)`: does the whole text match?
/// `Match regex(pattern; aString; start {; pos_found; length_found} {; *})`:
/// searches from `start` (only at `start` with `*`); variables get the
/// position and length of the occurrence, arrays get it in element 0 and the
/// capture groups in elements 1…n (a group that did not take part: 0 and 0).
/// When nothing is found the variables get 0 (fourd's choice).
pub fn match_regex(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    let pattern = text(p, args, 0, span)?;
    let s = text(p, args, 1, span)?;
    if !present(args, 2) {
        let full = compiled(&format!(r"\A(?:{})\z", pattern.as_str()), span)?;
        return match full.is_match(s.as_str()) {
            Ok(b) => Ok(Value::Bool(b)),
            Err(e) => err(code::BAD_ARGUMENT, format!("Match regex: {e}"), span),
        };
    }
    let re = compiled(pattern.as_str(), span)?;
    let start = int(p, args, 2, span)?.max(1) as usize;
    let from = s.byte_at(start - 1);
    let anchored = has_star(args);
    let mut spans: Vec<Option<(usize, usize)>> = Vec::new();
    if from <= s.as_str().len() && start - 1 <= s.len16() {
        let caps = match re.captures_from_pos(s.as_str(), from) {
            Ok(c) => c,
            Err(e) => return err(code::BAD_ARGUMENT, format!("Match regex: {e}"), span),
        };
        if let Some(c) = caps
            && c.get(0).is_some_and(|m| !anchored || m.start() == from)
        {
            spans = (0..c.len()).map(|i| c.get(i).map(|m| (m.start(), m.end()))).collect();
        }
    }
    let found = !spans.is_empty();
    let units = |r: Option<(usize, usize)>| -> (f64, f64) {
        match r {
            Some((a, b)) => (pos16(&s, a) as f64 + 1.0, len16(&s, a, b) as f64),
            None => (0.0, 0.0),
        }
    };
    for (arg, want_len) in [(3usize, false), (4usize, true)] {
        if !present(args, arg) {
            continue;
        }
        match array_arg(p, args, arg)? {
            Some(arr) => {
                let mut a = arr.borrow_mut();
                let kind = a.kind;
                let groups = spans.len().saturating_sub(1);
                a.resize(groups);
                for (i, r) in spans.iter().enumerate() {
                    let (ps, ln) = units(*r);
                    let v = element_value(kind, Value::Real(if want_len { ln } else { ps }), span)?;
                    if let Some(slot) = a.items.get_mut(i) {
                        *slot = v;
                    }
                }
                if !found && let Some(slot) = a.items.get_mut(0) {
                    *slot = element_value(kind, Value::Real(0.0), span)?;
                }
            }
            None => {
                let (ps, ln) = units(spans.first().copied().flatten());
                set_arg(p, args, arg, Value::Real(if want_len { ln } else { ps }), span)?;
            }
        }
    }
    Ok(Value::Bool(found))
}

fn pos16(s: &Text, byte: usize) -> usize {
    s.pos16_of(byte)
}

fn len16(s: &Text, a: usize, b: usize) -> usize {
    if s.is_ascii() {
        b - a
    } else {
        s.as_str().get(a..b).map_or(0, |m| m.encode_utf16().count())
    }
}
