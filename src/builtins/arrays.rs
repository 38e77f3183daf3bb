//! Arrays: ARRAY TEXT/LONGINT/… (create or resize), Size of array, element
//! conversion to the array's type.

use std::cell::RefCell;
use std::rc::Rc;

use super::{Builtin, b, int, present, val};
use crate::runtime::error::{RtResult, code, err};
use crate::runtime::interp::Interp;
use crate::runtime::object::{Array, ArrayKind};
use crate::runtime::ops::{coerce, to_long};
use crate::runtime::value::Value;
use crate::sema::ir::{Arg, Ex, VarType};
use crate::source::Span;

pub static BUILTINS: &[Builtin] = &[
    b("ARRAY TEXT", 2, 3, array_text),
    b("ARRAY LONGINT", 2, 3, array_longint),
    b("ARRAY INTEGER", 2, 3, array_integer),
    b("ARRAY REAL", 2, 3, array_real),
    b("ARRAY BOOLEAN", 2, 3, array_boolean),
    b("ARRAY DATE", 2, 3, array_date),
    b("ARRAY TIME", 2, 3, array_time),
    b("ARRAY OBJECT", 2, 3, array_object),
    b("ARRAY POINTER", 2, 3, array_pointer),
    b("ARRAY PICTURE", 2, 3, array_picture),
    b("ARRAY BLOB", 2, 3, array_blob),
    b("Size of array", 1, 1, size_of_array),
];

/// A value converted to an array's element type.
pub fn element_value(kind: ArrayKind, v: Value, span: Span) -> RtResult<Value> {
    let ty = match kind {
        ArrayKind::Text => VarType::Text,
        ArrayKind::Longint | ArrayKind::Integer => VarType::Integer,
        ArrayKind::Real => VarType::Real,
        ArrayKind::Boolean => VarType::Boolean,
        ArrayKind::Date => VarType::Date,
        ArrayKind::Time => VarType::Time,
        ArrayKind::Object => VarType::Object,
        ArrayKind::Pointer => VarType::Pointer,
        ArrayKind::Picture => VarType::Picture,
        ArrayKind::Blob => VarType::Blob,
    };
    let v = coerce(&ty, v, span)?;
    Ok(match (kind, v) {
        // ARRAY INTEGER elements are 2-byte integers.
        (ArrayKind::Integer, Value::Int(i)) => Value::Int(i as i16 as i32),
        (_, v) => v,
    })
}

/// The array held by the variable an argument names (None: not an array yet).
pub fn array_arg(p: &mut Interp, args: &[Arg], i: usize) -> RtResult<Option<Rc<RefCell<Array>>>> {
    match val(p, args, i)? {
        Value::Array(a) => Ok(Some(a)),
        _ => Ok(None),
    }
}

fn declare(p: &mut Interp, args: &[Arg], kind: ArrayKind, span: Span) -> RtResult<Value> {
    let size = int(p, args, 1, span)?.max(0) as usize;
    let rows = if present(args, 2) {
        Some(int(p, args, 2, span)?.max(0) as usize)
    } else {
        None
    };
    // Calling again on an existing array of the same kind resizes it.
    if let Some(a) = array_arg(p, args, 0)?
        && a.borrow().kind == kind
        && rows.is_none()
    {
        a.borrow_mut().resize(size);
        return Ok(Value::Undefined);
    }
    let arr = match rows {
        None => Array::new(kind, size),
        Some(cols) => {
            // Two dimensions: each row is itself an array.
            let mut outer = Array::new(kind, size);
            for item in outer.items.iter_mut() {
                *item = Value::Array(Rc::new(RefCell::new(Array::new(kind, cols))));
            }
            outer
        }
    };
    let v = Value::Array(Rc::new(RefCell::new(arr)));
    match args.first() {
        Some(Arg::Ex(Ex::Local(slot))) => {
            *p.local_mut(*slot) = v;
            Ok(Value::Undefined)
        }
        Some(Arg::Ex(Ex::Process(i))) => {
            *p.pvar(*i) = v;
            Ok(Value::Undefined)
        }
        Some(Arg::Ex(Ex::Interprocess(i))) => {
            p.assign_inter(*i, v, span)?;
            Ok(Value::Undefined)
        }
        Some(Arg::Ex(Ex::Deref(d))) => {
            let ptr = p.eval(&d.0)?;
            p.assign_through(&ptr, v, span)?;
            Ok(Value::Undefined)
        }
        _ => err(code::BAD_ARGUMENT, "the first argument must be an array variable", span),
    }
}

fn array_text(p: &mut Interp, a: &[Arg], s: Span) -> RtResult<Value> {
    declare(p, a, ArrayKind::Text, s)
}
fn array_longint(p: &mut Interp, a: &[Arg], s: Span) -> RtResult<Value> {
    declare(p, a, ArrayKind::Longint, s)
}
fn array_integer(p: &mut Interp, a: &[Arg], s: Span) -> RtResult<Value> {
    declare(p, a, ArrayKind::Integer, s)
}
fn array_real(p: &mut Interp, a: &[Arg], s: Span) -> RtResult<Value> {
    declare(p, a, ArrayKind::Real, s)
}
fn array_boolean(p: &mut Interp, a: &[Arg], s: Span) -> RtResult<Value> {
    declare(p, a, ArrayKind::Boolean, s)
}
fn array_date(p: &mut Interp, a: &[Arg], s: Span) -> RtResult<Value> {
    declare(p, a, ArrayKind::Date, s)
}
fn array_time(p: &mut Interp, a: &[Arg], s: Span) -> RtResult<Value> {
    declare(p, a, ArrayKind::Time, s)
}
fn array_object(p: &mut Interp, a: &[Arg], s: Span) -> RtResult<Value> {
    declare(p, a, ArrayKind::Object, s)
}
fn array_pointer(p: &mut Interp, a: &[Arg], s: Span) -> RtResult<Value> {
    declare(p, a, ArrayKind::Pointer, s)
}
fn array_picture(p: &mut Interp, a: &[Arg], s: Span) -> RtResult<Value> {
    declare(p, a, ArrayKind::Picture, s)
}
fn array_blob(p: &mut Interp, a: &[Arg], s: Span) -> RtResult<Value> {
    declare(p, a, ArrayKind::Blob, s)
}

fn size_of_array(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    match array_arg(p, args, 0)? {
        Some(a) => Ok(Value::Real(a.borrow().size() as f64)),
        None => err(code::BAD_ARGUMENT, "Size of array needs an array", span),
    }
}

/// Index conversion shared by array commands.
pub fn index(v: &Value) -> i32 {
    v.as_num().map(to_long).unwrap_or(0)
}
