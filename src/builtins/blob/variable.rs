//! `VARIABLE TO BLOB` and `BLOB TO VARIABLE`, in fourd's own format (4D's
//! internal one is undocumented: only the round trip within fourd works).
//!
//! Each variable stored is the 4 bytes `4DVB`, a format version (1), then
//! one value: a tag byte and its data, numbers little-endian, lengths and
//! counts as u32:
//!
//! | tag | value | data |
//! |---|---|---|
//! | 0 / 1 | undefined / Null | — |
//! | 2 / 3 | False / True | — |
//! | 4 | Real | f64 |
//! | 5 | Longint | i32 |
//! | 6 | Text | length, UTF-8 bytes |
//! | 7 | Date | i32 (fourd's day number) |
//! | 8 | Time | i64 seconds |
//! | 9 | Object | count, then (Text key, value) pairs |
//! | 10 | Collection | count, values |
//! | 11 | Array | kind byte, i32 current element, count (element 0 included), values |
//! | 12 / 13 | BLOB / Picture | length, bytes |
//! | 14 | `4D.Blob` | length, bytes |
//!
//! Objects and collections are stored as copies: shared ones come back
//! not shared, class instances as plain objects, pointers inside them as
//! the values they point to (variable-to-blob.md), formulas as Null.
//! Pointers and pointer arrays cannot be stored (error, OK = 0).

use crate::builtins::set_ok;
use std::cell::RefCell;
use std::rc::Rc;

use super::{Change, Pos, blob_arg, pos_arg, put_checked, with_blob};
use crate::builtins::objects::{deep_copy, entries_of};
use crate::builtins::{present, set_arg};
use crate::runtime::blob::{BlobBytes, blob_object, blob_of};
use crate::runtime::date::Date;
use crate::runtime::error::{RtResult, code, err};
use crate::runtime::interp::Interp;
use crate::runtime::object::{Array, ArrayKind, Object};
use crate::runtime::text::Text;
use crate::runtime::value::Value;
use crate::sema::ir::{Arg, Ex};
use crate::source::Span;

const MAGIC: &[u8; 4] = b"4DVB";
const VERSION: u8 = 1;
/// Deepest nesting read back (a damaged BLOB cannot overflow the stack).
const MAX_DEPTH: usize = 512;

fn kind_code(k: ArrayKind) -> u8 {
    match k {
        ArrayKind::Text => 0,
        ArrayKind::Longint => 1,
        ArrayKind::Integer => 2,
        ArrayKind::Real => 3,
        ArrayKind::Boolean => 4,
        ArrayKind::Date => 5,
        ArrayKind::Time => 6,
        ArrayKind::Object => 7,
        ArrayKind::Pointer => 8,
        ArrayKind::Picture => 9,
        ArrayKind::Blob => 10,
    }
}

fn kind_of(c: u8) -> Option<ArrayKind> {
    Some(match c {
        0 => ArrayKind::Text,
        1 => ArrayKind::Longint,
        2 => ArrayKind::Integer,
        3 => ArrayKind::Real,
        4 => ArrayKind::Boolean,
        5 => ArrayKind::Date,
        6 => ArrayKind::Time,
        7 => ArrayKind::Object,
        9 => ArrayKind::Picture,
        10 => ArrayKind::Blob,
        _ => return None,
    })
}

fn put_len(out: &mut Vec<u8>, n: usize) {
    out.extend_from_slice(&(n as u32).to_le_bytes());
}

fn put_bytes(out: &mut Vec<u8>, b: &[u8]) {
    put_len(out, b.len());
    out.extend_from_slice(b);
}

/// Appends the encoding of `v` (already a deep copy without pointers).
fn encode(v: &Value, out: &mut Vec<u8>, span: Span) -> RtResult<()> {
    match v {
        Value::Undefined => out.push(0),
        Value::Null | Value::Function(_) | Value::Class(_) | Value::Store(_) => out.push(1),
        Value::Bool(b) => out.push(if *b { 3 } else { 2 }),
        Value::Real(r) => {
            out.push(4);
            out.extend_from_slice(&r.to_le_bytes());
        }
        Value::Int(i) => {
            out.push(5);
            out.extend_from_slice(&i.to_le_bytes());
        }
        Value::Text(t) => {
            out.push(6);
            put_bytes(out, t.as_str().as_bytes());
        }
        Value::Date(d) => {
            out.push(7);
            out.extend_from_slice(&d.0.to_le_bytes());
        }
        Value::Time(t) => {
            out.push(8);
            out.extend_from_slice(&t.to_le_bytes());
        }
        // A 4D.Blob keeps its bytes (it is a class instance with no properties).
        Value::Object(_) if blob_of(v).is_some() => {
            out.push(14);
            put_bytes(out, &blob_of(v).unwrap_or_default());
        }
        Value::Object(_) | Value::SharedObject(_) => {
            let entries = entries_of(v);
            out.push(9);
            put_len(out, entries.len());
            for (k, item) in &entries {
                put_bytes(out, k.as_str().as_bytes());
                encode(item, out, span)?;
            }
        }
        Value::Collection(c) => {
            let items = c.borrow().to_vec();
            out.push(10);
            put_len(out, items.len());
            for item in &items {
                encode(item, out, span)?;
            }
        }
        Value::SharedCollection(c) => {
            let items = c.snapshot();
            out.push(10);
            put_len(out, items.len());
            for item in &items {
                encode(&crate::runtime::access::from_shared(item), out, span)?;
            }
        }
        Value::Array(a) => {
            let a = a.borrow();
            if a.kind == ArrayKind::Pointer {
                return err(
                    code::BAD_ARGUMENT,
                    "VARIABLE TO BLOB: pointer arrays cannot be stored in a BLOB",
                    span,
                );
            }
            out.push(11);
            out.push(kind_code(a.kind));
            out.extend_from_slice(&a.current.to_le_bytes());
            put_len(out, a.items.len());
            for item in &a.items {
                encode(item, out, span)?;
            }
        }
        Value::Blob(b) => {
            out.push(12);
            put_bytes(out, b);
        }
        Value::Picture(b) => {
            out.push(13);
            put_bytes(out, b);
        }
        Value::Pointer(_) => {
            return err(
                code::BAD_ARGUMENT,
                "VARIABLE TO BLOB: pointers cannot be stored in a BLOB",
                span,
            );
        }
    }
    Ok(())
}

/// A reader over stored bytes (None: damaged data).
struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl Reader<'_> {
    fn take(&mut self, n: usize) -> Option<&[u8]> {
        let s = self.bytes.get(self.at..self.at.checked_add(n)?)?;
        self.at += n;
        Some(s)
    }

    fn array<const N: usize>(&mut self) -> Option<[u8; N]> {
        let mut out = [0u8; N];
        out.copy_from_slice(self.take(N)?);
        Some(out)
    }

    fn byte(&mut self) -> Option<u8> {
        Some(self.array::<1>()?[0])
    }

    fn len(&mut self) -> Option<usize> {
        Some(u32::from_le_bytes(self.array()?) as usize)
    }

    fn text(&mut self) -> Option<Text> {
        let n = self.len()?;
        let s = std::str::from_utf8(self.take(n)?).ok()?;
        Some(Text::from(s))
    }

    fn value(&mut self, depth: usize) -> Option<Value> {
        if depth > MAX_DEPTH {
            return None;
        }
        Some(match self.byte()? {
            0 => Value::Undefined,
            1 => Value::Null,
            2 => Value::Bool(false),
            3 => Value::Bool(true),
            4 => Value::Real(f64::from_le_bytes(self.array()?)),
            5 => Value::Int(i32::from_le_bytes(self.array()?)),
            6 => Value::Text(self.text()?),
            7 => Value::Date(Date(i32::from_le_bytes(self.array()?))),
            8 => Value::Time(i64::from_le_bytes(self.array()?)),
            9 => {
                let n = self.len()?;
                let mut o = Object::new();
                for _ in 0..n {
                    let k = self.text()?;
                    let v = self.value(depth + 1)?;
                    o.set(k, v);
                }
                Value::new_object(o)
            }
            10 => {
                let n = self.len()?;
                let mut items = Vec::with_capacity(n.min(self.bytes.len()));
                for _ in 0..n {
                    items.push(self.value(depth + 1)?);
                }
                Value::new_collection(items)
            }
            11 => {
                let kind = kind_of(self.byte()?)?;
                let current = i32::from_le_bytes(self.array()?);
                let n = self.len()?;
                let mut items = Vec::with_capacity(n.min(self.bytes.len()));
                for _ in 0..n {
                    items.push(self.value(depth + 1)?);
                }
                if items.is_empty() {
                    items.push(kind.default_value());
                }
                Value::Array(Rc::new(RefCell::new(Array { kind, items, current })))
            }
            12 => Value::Blob(Rc::new(self.take_len()?)),
            13 => Value::Picture(Rc::new(self.take_len()?)),
            14 => blob_object(BlobBytes::new(self.take_len()?)),
            _ => return None,
        })
    }

    fn take_len(&mut self) -> Option<Vec<u8>> {
        let n = self.len()?;
        Some(self.take(n)?.to_vec())
    }

    /// One stored variable: the header, then its value.
    fn record(&mut self) -> Option<Value> {
        if self.take(4)? != MAGIC || self.byte()? != VERSION {
            return None;
        }
        self.value(0)
    }
}

/// The stored form of one variable.
fn record(v: &Value, span: Span) -> RtResult<Vec<u8>> {
    let mut out = MAGIC.to_vec();
    out.push(VERSION);
    encode(v, &mut out, span)?;
    Ok(out)
}

/// `VARIABLE TO BLOB(variable; blob {; offset | *})`
pub fn variable_to_blob(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    const CMD: &str = "VARIABLE TO BLOB";
    let v = crate::builtins::val(p, args, 0)?;
    if matches!(v, Value::Pointer(_)) {
        set_ok(p, false);
        return err(
            code::BAD_ARGUMENT,
            "VARIABLE TO BLOB: pointers cannot be stored in a BLOB",
            span,
        );
    }
    let copy = deep_copy(p, &v, true, 0, span)?;
    let data = match record(&copy, span) {
        Ok(d) => d,
        Err(e) => {
            set_ok(p, false);
            return Err(e);
        }
    };
    let pos = pos_arg(p, args, 2, CMD, span)?;
    let end = with_blob(p, args, 1, CMD, Change::Alter, span, |bytes| {
        put_checked(bytes, pos, &data, CMD, span)
    })?;
    if let Pos::At(_) = pos {
        set_arg(p, args, 2, Value::Real(end as f64), span)?;
    }
    set_ok(p, true);
    Ok(Value::Undefined)
}

/// Makes the variable passed as argument `i` hold `v`: an array variable
/// takes the stored array's type and elements; other values are assigned.
fn store(p: &mut Interp, args: &[Arg], i: usize, v: Value, span: Span) -> RtResult<()> {
    let Value::Array(stored) = v else {
        return set_arg(p, args, i, v, span);
    };
    if let Value::Array(existing) = crate::builtins::val(p, args, i)? {
        let stored = stored.borrow().clone();
        *existing.borrow_mut() = stored;
        return Ok(());
    }
    match args.get(i) {
        Some(Arg::Ex(Ex::Local(slot))) => *p.local_mut(*slot) = Value::Array(stored),
        Some(Arg::Ex(Ex::Process(n))) => *p.pvar(*n) = Value::Array(stored),
        _ => set_arg(p, args, i, Value::Array(stored), span)?,
    }
    Ok(())
}

/// `BLOB TO VARIABLE(blob; variable {; offset})`: OK is 0 (and the
/// variable unchanged) when the BLOB holds no variable stored by fourd at
/// that offset.
pub fn blob_to_variable(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    const CMD: &str = "BLOB TO VARIABLE";
    let blob = blob_arg(p, args, 0, CMD, span)?;
    let offset = if present(args, 2) {
        crate::builtins::int(p, args, 2, span)?
    } else {
        0
    };
    let decoded = usize::try_from(offset).ok().and_then(|at| {
        let mut r = Reader { bytes: &blob, at };
        r.record().map(|v| (v, r.at))
    });
    let Some((v, end)) = decoded else {
        set_ok(p, false);
        return Ok(Value::Undefined);
    };
    store(p, args, 1, v, span)?;
    if present(args, 2) {
        set_arg(p, args, 2, Value::Real(end as f64), span)?;
    }
    set_ok(p, true);
    Ok(Value::Undefined)
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]
mod tests {
    use super::*;

    fn round(v: &Value) -> Value {
        let bytes = record(v, Span::default()).unwrap();
        let mut r = Reader { bytes: &bytes, at: 0 };
        let out = r.record().unwrap();
        assert_eq!(r.at, bytes.len());
        out
    }

    #[test]
    fn scalars_round_trip() {
        let s = |v: &Value| crate::runtime::value::display(v);
        for v in [
            Value::Real(1.5),
            Value::Int(-7),
            Value::text("héllo"),
            Value::Bool(true),
            Value::Time(3600),
            Value::Date(Date::from_ymd(2024, 2, 29)),
        ] {
            assert_eq!(s(&round(&v)), s(&v));
        }
    }

    #[test]
    fn blob_objects_round_trip() {
        let v = blob_object(BlobBytes::new(b"Hello".to_vec()).slice(Some(1.0), None));
        let back = round(&v);
        assert_eq!(blob_of(&back).unwrap().as_slice(), b"ello");
    }

    #[test]
    fn damaged_data_is_refused() {
        let bytes = record(&Value::text("abc"), Span::default()).unwrap();
        for cut in 0..bytes.len() {
            let mut r = Reader {
                bytes: &bytes[..cut],
                at: 0,
            };
            assert!(r.record().is_none());
        }
    }
}
