//! Arrays (theme Arrays): ARRAY TEXT/LONGINT/… (create or resize, two
//! dimensions), APPEND TO ARRAY, INSERT IN ARRAY, DELETE FROM ARRAY, Size of
//! array, Find in array, Find in sorted array, Count in array, SORT ARRAY,
//! MULTI SORT ARRAY, COPY ARRAY, and the conversions ARRAY TO COLLECTION /
//! COLLECTION TO ARRAY. Element 0 is never sorted, searched or copied to a
//! collection.

use std::cell::RefCell;
use std::cmp::Ordering;
use std::rc::Rc;

use super::collections::{Key, items_of, order_indices, permute};
use super::{Builtin, VARIADIC, b, int, present, set_arg, val};
use crate::runtime::access::{share_error, store_value, to_shared};
use crate::runtime::date::{Date, parse_date, parse_time};
use crate::runtime::error::{RtResult, code, err};
use crate::runtime::interp::Interp;
use crate::runtime::object::{Array, ArrayKind, Object};
use crate::runtime::ops::{self, coerce, to_long};
use crate::runtime::pointer::Pointer;
use crate::runtime::shared::{Grouped, SharedObject};
use crate::runtime::text::{Text, text_cmp};
use crate::runtime::value::{Value, display};
use crate::sema::ir::{Arg, Ex, VarType};
use crate::source::Span;

pub static BUILTINS: &[Builtin] = &[
    b("Sum", 1, 2, sum),
    b("Average", 1, 2, average),
    b("Min", 1, 2, min),
    b("Max", 1, 2, max),
    b("ARRAY TEXT", 2, 3, array_text),
    b("_O_ARRAY STRING", 3, 4, array_string),
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
    b("APPEND TO ARRAY", 2, 2, append_to_array),
    b("INSERT IN ARRAY", 2, 3, insert_in_array),
    b("DELETE FROM ARRAY", 2, 3, delete_from_array),
    b("Find in array", 2, 3, find_in_array),
    b("Find in sorted array", 3, 5, find_in_sorted_array),
    b("Count in array", 2, 2, count_in_array),
    b("SORT ARRAY", 1, VARIADIC, sort_array),
    b("MULTI SORT ARRAY", 1, VARIADIC, multi_sort_array),
    b("COPY ARRAY", 2, 2, copy_array),
    b("ARRAY TO COLLECTION", 2, VARIADIC, array_to_collection),
    b("COLLECTION TO ARRAY", 2, VARIADIC, collection_to_array),
];

type ArrayRef = Rc<RefCell<Array>>;

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
pub fn array_arg(p: &mut Interp, args: &[Arg], i: usize) -> RtResult<Option<ArrayRef>> {
    match arg_value(p, args, i)? {
        Value::Array(a) => Ok(Some(a)),
        _ => Ok(None),
    }
}

/// Argument `i` as a value (a variable passed by name included).
fn arg_value(p: &mut Interp, args: &[Arg], i: usize) -> RtResult<Value> {
    match args.get(i) {
        Some(Arg::Place(pl)) => p.eval(&pl.1),
        _ => val(p, args, i),
    }
}

/// The array argument `i` must hold.
fn need_array(p: &mut Interp, args: &[Arg], i: usize, cmd: &str, span: Span) -> RtResult<ArrayRef> {
    match array_arg(p, args, i)? {
        Some(a) => Ok(a),
        None => err(
            code::BAD_ARGUMENT,
            format!("{cmd}: argument {} must be an array", i + 1),
            span,
        ),
    }
}

/// Makes the variable named by argument `i` hold `arr`.
fn put_array(p: &mut Interp, args: &[Arg], i: usize, arr: Array, span: Span) -> RtResult<ArrayRef> {
    let rc = Rc::new(RefCell::new(arr));
    let v = Value::Array(rc.clone());
    match args.get(i) {
        Some(Arg::Ex(Ex::Local(slot))) => *p.local_mut(*slot) = v,
        Some(Arg::Ex(Ex::Process(i))) => *p.pvar(*i) = v,
        Some(Arg::Ex(Ex::Interprocess(i))) => p.assign_inter(*i, v, span)?,
        Some(Arg::Ex(Ex::Deref(d))) => {
            let ptr = p.eval(&d.0)?;
            p.assign_through(&ptr, v, span)?;
        }
        Some(Arg::Place(pl)) => p.assign(&pl.0, v, span)?,
        _ => return err(code::BAD_ARGUMENT, "the argument must be an array variable", span),
    }
    Ok(rc)
}

/// Interprocess arrays are copies when read: a modified one is stored back.
fn store_back(p: &mut Interp, args: &[Arg], i: usize, arr: &ArrayRef, span: Span) -> RtResult<()> {
    let target = match args.get(i) {
        Some(Arg::Ex(Ex::Interprocess(n))) => Some(Value::Pointer(Rc::new(Pointer::Interprocess {
            index: *n,
            name: Text::default(),
        }))),
        Some(Arg::Ex(Ex::Deref(d))) => Some(p.eval(&d.0)?),
        _ => None,
    };
    if let Some(ptr) = target
        && let Value::Pointer(pt) = &ptr
        && matches!(pt.as_ref(), Pointer::Interprocess { .. })
    {
        p.assign_through(&ptr, Value::Array(arr.clone()), span)?;
    }
    Ok(())
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
        store_back(p, args, 0, &a, span)?;
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
    put_array(p, args, 0, arr, span)?;
    Ok(Value::Undefined)
}

fn array_text(p: &mut Interp, a: &[Arg], s: Span) -> RtResult<Value> {
    declare(p, a, ArrayKind::Text, s)
}
/// `ARRAY STRING(strLen; array; size {; size2})` (obsolete): a Text array,
/// the length is ignored.
fn array_string(p: &mut Interp, a: &[Arg], s: Span) -> RtResult<Value> {
    declare(p, a.get(1..).unwrap_or_default(), ArrayKind::Text, s)
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
    let a = need_array(p, args, 0, "Size of array", span)?;
    Ok(Value::Real(a.borrow().size() as f64))
}

/// The numbers (or dates) of an array, 1D or 2D, for `Sum`, `Average`,
/// `Min` and `Max` (sum.md: "an array (one or two dimensions) … of the
/// Integer, Longint, Real, or Date type"); a field is a table error.
fn series(p: &mut Interp, args: &[Arg], cmd: &str, span: Span) -> RtResult<Vec<Value>> {
    if let Some(Arg::Ex(Ex::Table(t))) = args.first() {
        return err(
            code::NO_DATABASE,
            format!("{cmd}: `{t}` is a field, and fourd has no database"),
            span,
        );
    }
    let a = need_array(p, args, 0, cmd, span)?;
    let a = a.borrow();
    let mut out = Vec::new();
    for v in a.items.iter().skip(1) {
        match v {
            Value::Array(row) => out.extend(row.borrow().items.iter().skip(1).cloned()),
            v => out.push(v.clone()),
        }
    }
    super::set_ok(p, true);
    Ok(out)
}

fn sum(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    let items = series(p, args, "Sum", span)?;
    Ok(Value::Real(items.iter().filter_map(Value::as_num).sum()))
}

/// `Average`: 0 for an empty array.
fn average(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    let items = series(p, args, "Average", span)?;
    let nums: Vec<f64> = items.iter().filter_map(Value::as_num).collect();
    Ok(Value::Real(if nums.is_empty() {
        0.0
    } else {
        nums.iter().sum::<f64>() / nums.len() as f64
    }))
}

fn min(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    extreme(p, args, "Min", std::cmp::Ordering::Less, span)
}

fn max(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    extreme(p, args, "Max", std::cmp::Ordering::Greater, span)
}

/// `Min`/`Max`: a date for a Date array, else a number; 0 when empty.
fn extreme(p: &mut Interp, args: &[Arg], cmd: &str, keep: std::cmp::Ordering, span: Span) -> RtResult<Value> {
    let items = series(p, args, cmd, span)?;
    let mut best: Option<Value> = None;
    for v in items {
        let better = match (&best, &v) {
            (None, _) => true,
            (Some(Value::Date(a)), Value::Date(b)) => b.0.cmp(&a.0) == keep,
            (Some(a), b) => match (a.as_num(), b.as_num()) {
                (Some(x), Some(y)) => y.partial_cmp(&x) == Some(keep),
                _ => false,
            },
        };
        if better {
            best = Some(v);
        }
    }
    Ok(match best {
        Some(Value::Date(d)) => Value::Date(d),
        Some(v) => Value::Real(v.as_num().unwrap_or(0.0)),
        None => Value::Real(0.0),
    })
}

/// Index conversion shared by array commands.
pub fn index(v: &Value) -> i32 {
    v.as_num().map(to_long).unwrap_or(0)
}

/// The array kind a value would get in a new array (interpreted mode creates
/// the array from the value's type).
fn kind_of_value(v: &Value) -> ArrayKind {
    match v {
        Value::Text(_) => ArrayKind::Text,
        Value::Int(_) => ArrayKind::Longint,
        Value::Bool(_) => ArrayKind::Boolean,
        Value::Date(_) => ArrayKind::Date,
        Value::Time(_) => ArrayKind::Time,
        Value::Object(_) | Value::SharedObject(_) | Value::Null => ArrayKind::Object,
        Value::Pointer(_) => ArrayKind::Pointer,
        Value::Picture(_) => ArrayKind::Picture,
        Value::Blob(_) => ArrayKind::Blob,
        _ => ArrayKind::Real,
    }
}

/// `APPEND TO ARRAY(array; value)`: text arrays accept texts, number arrays
/// any number or time; an array that does not exist is created from the
/// value's type.
fn append_to_array(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    let v = val(p, args, 1)?;
    let arr = match array_arg(p, args, 0)? {
        Some(a) => a,
        None => put_array(p, args, 0, Array::new(kind_of_value(&v), 0), span)?,
    };
    let kind = arr.borrow().kind;
    // append-to-array.md: a value of another type is error 54 "Argument
    // types are incompatible".
    let v = element_value(kind, v, span).map_err(|mut e| {
        e.code = 54;
        e.message = format!("Argument types are incompatible: {}", e.message);
        e
    })?;
    arr.borrow_mut().items.push(v);
    store_back(p, args, 0, &arr, span)?;
    Ok(Value::Undefined)
}

/// `INSERT IN ARRAY(array; where {; howMany})`: empty elements before
/// `where` (at the end when `where` is past it).
fn insert_in_array(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    let arr = need_array(p, args, 0, "INSERT IN ARRAY", span)?;
    let at = int(p, args, 1, span)?;
    let n = if present(args, 2) { int(p, args, 2, span)? } else { 1 };
    {
        let mut a = arr.borrow_mut();
        let size = a.size();
        if at >= 1 && n > 0 {
            let at = (at as usize).min(size + 1);
            let empty = a.kind.default_value();
            a.items.splice(at..at, std::iter::repeat_n(empty, n as usize));
        }
    }
    store_back(p, args, 0, &arr, span)?;
    Ok(Value::Undefined)
}

/// `DELETE FROM ARRAY(array; where {; howMany})`.
fn delete_from_array(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    let arr = need_array(p, args, 0, "DELETE FROM ARRAY", span)?;
    let at = int(p, args, 1, span)?;
    let n = if present(args, 2) { int(p, args, 2, span)? } else { 1 };
    {
        let mut a = arr.borrow_mut();
        let size = a.size();
        if at >= 1 && (at as usize) <= size && n > 0 {
            let end = (at as usize).saturating_add(n as usize).min(size + 1);
            a.items.drain(at as usize..end);
            if a.current as usize > a.size() {
                a.current = 0;
            }
        }
    }
    store_back(p, args, 0, &arr, span)?;
    Ok(Value::Undefined)
}

/// Equality of the `=` operator (wildcards in texts, object references,
/// pointer targets); values of another type never match.
fn matches_value(elem: &Value, v: &Value) -> bool {
    ops::equal(elem, v, Span::default()).unwrap_or(false)
}

/// `Find in array(array; value {; start})`: the first matching element, or -1.
fn find_in_array(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    let arr = need_array(p, args, 0, "Find in array", span)?;
    let v = val(p, args, 1)?;
    let start = if present(args, 2) {
        int(p, args, 2, span)?.max(1)
    } else {
        1
    } as usize;
    let a = arr.borrow();
    let found = a
        .items
        .iter()
        .enumerate()
        .skip(start)
        .find(|(_, e)| matches_value(e, &v))
        .map(|(i, _)| i as f64);
    Ok(Value::Real(found.unwrap_or(-1.0)))
}

/// `Count in array(array; value)`.
fn count_in_array(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    let arr = need_array(p, args, 0, "Count in array", span)?;
    let v = val(p, args, 1)?;
    let a = arr.borrow();
    let n = a.items.iter().skip(1).filter(|e| matches_value(e, &v)).count();
    Ok(Value::Real(n as f64))
}

/// Ordering of two elements of a sorted array.
fn elem_cmp(elem: &Value, v: &Value) -> Ordering {
    match (elem, v) {
        (Value::Text(a), Value::Text(b)) => text_cmp(a.as_str(), b.as_str()),
        _ => match ops::compare(elem, v, Span::default()) {
            Ok(Some(o)) => o,
            _ => Ordering::Equal,
        },
    }
}

/// `Find in sorted array(array; value; >|< {; posFirst {; posLast}})`: a
/// binary search; when not found, posFirst is where to insert the value.
/// Pointer, Boolean, Object, Picture and Blob arrays, and texts with a `@`
/// before their end, are searched sequentially (-1 when not found).
fn find_in_sorted_array(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    let arr = need_array(p, args, 0, "Find in sorted array", span)?;
    let v = val(p, args, 1)?;
    let desc = match args.get(2) {
        Some(Arg::Gt) => false,
        Some(Arg::Lt) => true,
        _ => return err(code::BAD_ARGUMENT, "Find in sorted array needs > or <", span),
    };
    let (found, first, last) = {
        let a = arr.borrow();
        let n = a.size();
        let elems = a.items.get(1..).unwrap_or(&[]);
        let inner_wildcard = matches!(&v, Value::Text(t) if t.as_str().trim_end_matches('@').contains('@'));
        let sequential = inner_wildcard
            || matches!(
                a.kind,
                ArrayKind::Pointer | ArrayKind::Boolean | ArrayKind::Object | ArrayKind::Picture | ArrayKind::Blob
            );
        if sequential {
            let hits: Vec<usize> = (0..n)
                .filter(|&i| elems.get(i).is_some_and(|e| matches_value(e, &v)))
                .collect();
            match (hits.first(), hits.last()) {
                (Some(&f), Some(&l)) => (true, f as i64 + 1, l as i64 + 1),
                _ => (false, -1, -1),
            }
        } else {
            let before = |e: &Value| {
                let o = elem_cmp(e, &v);
                if desc {
                    o == Ordering::Greater
                } else {
                    o == Ordering::Less
                }
            };
            let not_after = |e: &Value| {
                let o = elem_cmp(e, &v);
                if desc {
                    o != Ordering::Less
                } else {
                    o != Ordering::Greater
                }
            };
            let lo = elems.partition_point(before);
            let hi = elems.partition_point(not_after);
            if hi > lo {
                (true, lo as i64 + 1, hi as i64)
            } else {
                (false, lo as i64 + 1, lo as i64 + 1)
            }
        }
    };
    if present(args, 3) {
        set_arg(p, args, 3, Value::Real(first as f64), span)?;
    }
    if present(args, 4) {
        set_arg(p, args, 4, Value::Real(last as f64), span)?;
    }
    Ok(Value::Bool(found))
}

/// Sort keys of an array's elements (element 0 excluded).
fn keys_of(a: &Array) -> Vec<Key> {
    a.items.iter().skip(1).map(|v| Key::of(v, false)).collect()
}

fn check_sortable(a: &Array, cmd: &str, span: Span) -> RtResult<()> {
    if matches!(a.kind, ArrayKind::Pointer | ArrayKind::Picture | ArrayKind::Blob) {
        return err(
            code::BAD_ARGUMENT,
            format!(
                "{cmd}: {} arrays cannot be sorted",
                a.kind.name().trim_start_matches("ARRAY ")
            ),
            span,
        );
    }
    if a.items.iter().skip(1).any(|v| matches!(v, Value::Array(_))) {
        return err(
            code::BAD_ARGUMENT,
            format!("{cmd}: a two-dimensional array cannot be sorted (sort its rows)"),
            span,
        );
    }
    Ok(())
}

/// Reorders elements 1…n of every array by `order` (positions from 0).
fn apply_order(arrays: &[ArrayRef], order: &[usize]) {
    for arr in arrays {
        let mut a = arr.borrow_mut();
        let elems: Vec<Value> = if a.items.len() > 1 {
            a.items.drain(1..).collect()
        } else {
            Vec::new()
        };
        let sorted = permute(elems, order);
        a.items.extend(sorted);
    }
}

/// Every array must have `n` elements.
fn same_sizes(arrays: &[ArrayRef], n: usize, cmd: &str, span: Span) -> RtResult<()> {
    for a in arrays {
        let size = a.borrow().size();
        if size != n {
            return err(
                code::BAD_ARGUMENT,
                format!("{cmd}: every array must have {n} elements (one has {size})"),
                span,
            );
        }
    }
    Ok(())
}

/// The distinct arrays among `arrays` (the same array passed twice is sorted once).
fn distinct_arrays(arrays: Vec<ArrayRef>) -> Vec<ArrayRef> {
    let mut out: Vec<ArrayRef> = Vec::new();
    for a in arrays {
        if !out.iter().any(|b| Rc::ptr_eq(&a, b)) {
            out.push(a);
        }
    }
    out
}

/// `SORT ARRAY(array {; array2…} {; >|<})`: the other arrays follow the
/// order of the first (no multi-level sort); the sort is stable.
fn sort_array(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    let mut desc = false;
    let mut arrays = Vec::new();
    let mut positions = Vec::new();
    for (i, a) in args.iter().enumerate() {
        match a {
            Arg::Gt => desc = false,
            Arg::Lt => desc = true,
            _ => {
                arrays.push(need_array(p, args, i, "SORT ARRAY", span)?);
                positions.push(i);
            }
        }
    }
    let Some(first) = arrays.first().cloned() else {
        return err(code::BAD_ARGUMENT, "SORT ARRAY needs an array", span);
    };
    check_sortable(&first.borrow(), "SORT ARRAY", span)?;
    let n = first.borrow().size();
    same_sizes(&arrays, n, "SORT ARRAY", span)?;
    let keys: Vec<Vec<Key>> = keys_of(&first.borrow()).into_iter().map(|k| vec![k]).collect();
    let order = order_indices(&keys, &[desc]);
    apply_order(&distinct_arrays(arrays.clone()), &order);
    for (a, i) in arrays.iter().zip(positions) {
        store_back(p, args, i, a, span)?;
    }
    Ok(Value::Undefined)
}

/// `MULTI SORT ARRAY(array {; >|<} {; array2 {; >|<}…})` and
/// `MULTI SORT ARRAY(ptrArrayName; sortArrayName)` (1 ascending, -1
/// descending, 0 synchronized only). At least one criterion is needed.
fn multi_sort_array(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    const CMD: &str = "MULTI SORT ARRAY";
    // (array, criterion: None = synchronized, Some(desc)), argument position.
    let mut entries: Vec<(ArrayRef, Option<bool>, Option<usize>)> = Vec::new();
    let pointer_syntax = args.len() == 2
        && matches!(args.get(1), Some(Arg::Ex(_)))
        && array_arg(p, args, 0)?.is_some_and(|a| a.borrow().kind == ArrayKind::Pointer);
    if pointer_syntax {
        let ptrs = need_array(p, args, 0, CMD, span)?;
        let orders = need_array(p, args, 1, CMD, span)?;
        let ptrs: Vec<Value> = ptrs.borrow().items.iter().skip(1).cloned().collect();
        let orders: Vec<Value> = orders.borrow().items.iter().skip(1).cloned().collect();
        if ptrs.len() != orders.len() {
            return err(
                code::BAD_ARGUMENT,
                format!("{CMD}: the pointer array and the sort order array must have the same size"),
                span,
            );
        }
        for (ptr, o) in ptrs.iter().zip(orders.iter()) {
            let Value::Array(a) = p.deref(ptr, span)? else {
                return err(
                    code::BAD_ARGUMENT,
                    format!("{CMD}: every pointer must point to an array"),
                    span,
                );
            };
            let crit = match o.as_num().map(to_long).unwrap_or(0) {
                0 => None,
                n => Some(n < 0),
            };
            entries.push((a, crit, None));
        }
    } else {
        for (i, a) in args.iter().enumerate() {
            match a {
                Arg::Gt | Arg::Lt => match entries.last_mut() {
                    Some(last) if last.1.is_none() => last.1 = Some(matches!(a, Arg::Lt)),
                    _ => return err(code::BAD_ARGUMENT, format!("{CMD}: > or < must follow an array"), span),
                },
                _ => entries.push((need_array(p, args, i, CMD, span)?, None, Some(i))),
            }
        }
    }
    if entries.iter().all(|e| e.1.is_none()) {
        return err(
            code::BAD_ARGUMENT,
            format!("{CMD}: at least one sort criterion (> or <) is needed"),
            span,
        );
    }
    let arrays: Vec<ArrayRef> = entries.iter().map(|e| e.0.clone()).collect();
    let n = arrays.first().map(|a| a.borrow().size()).unwrap_or(0);
    same_sizes(&arrays, n, CMD, span)?;
    let mut levels: Vec<Vec<Key>> = Vec::new();
    let mut desc = Vec::new();
    for (a, crit, _) in &entries {
        if let Some(d) = crit {
            check_sortable(&a.borrow(), CMD, span)?;
            levels.push(keys_of(&a.borrow()));
            desc.push(*d);
        }
    }
    // Keys per element: one per level.
    let keys: Vec<Vec<Key>> = (0..n)
        .map(|i| {
            levels
                .iter_mut()
                .map(|l| std::mem::replace(l.get_mut(i).unwrap_or(&mut Key::Group(0)), Key::Group(0)))
                .collect()
        })
        .collect();
    let order = order_indices(&keys, &desc);
    apply_order(&distinct_arrays(arrays), &order);
    for (a, _, pos) in &entries {
        if let Some(i) = pos {
            store_back(p, args, *i, a, span)?;
        }
    }
    Ok(Value::Undefined)
}

fn is_numeric(k: ArrayKind) -> bool {
    matches!(k, ArrayKind::Longint | ArrayKind::Integer | ArrayKind::Real)
}

/// A copy of an array (rows of a two-dimensional array copied too).
fn clone_array(a: &Array) -> Array {
    Array {
        kind: a.kind,
        items: a
            .items
            .iter()
            .map(|v| match v {
                Value::Array(row) => Value::Array(Rc::new(RefCell::new(clone_array(&row.borrow())))),
                v => v.clone(),
            })
            .collect(),
        current: a.current,
    }
}

/// `COPY ARRAY(source; destination)`: the destination gets the contents,
/// size and type of the source; between numeric arrays the destination keeps
/// its type. Object arrays copy references.
fn copy_array(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    let src = need_array(p, args, 0, "COPY ARRAY", span)?;
    let copy = clone_array(&src.borrow());
    match array_arg(p, args, 1)? {
        Some(dst) if Rc::ptr_eq(&dst, &src) => {}
        Some(dst) => {
            let dkind = dst.borrow().kind;
            let new = if is_numeric(dkind) && is_numeric(copy.kind) && dkind != copy.kind {
                let mut items = Vec::with_capacity(copy.items.len());
                for v in copy.items {
                    items.push(element_value(dkind, v, span)?);
                }
                Array {
                    kind: dkind,
                    items,
                    current: copy.current,
                }
            } else {
                copy
            };
            *dst.borrow_mut() = new;
            store_back(p, args, 1, &dst, span)?;
        }
        None => {
            put_array(p, args, 1, copy, span)?;
        }
    }
    Ok(Value::Undefined)
}

/// The (array, property name) pairs after the collection argument.
fn array_pairs(p: &mut Interp, args: &[Arg], cmd: &str, span: Span) -> RtResult<Vec<(usize, Option<Text>)>> {
    let mut pairs = Vec::new();
    let mut i = 1;
    while i < args.len() {
        let name = match val(p, args, i + 1)? {
            Value::Text(t) if present(args, i + 1) => Some(t),
            _ => None,
        };
        if name.is_none() && i + 1 < args.len() {
            return err(
                code::BAD_ARGUMENT,
                format!("{cmd}: with several arrays, each needs a property name"),
                span,
            );
        }
        pairs.push((i, name));
        i += 2;
    }
    Ok(pairs)
}

/// An array element as a collection stores it (numbers as Reals, times in
/// seconds, as `New collection` does).
fn to_collection_value(v: &Value) -> Value {
    store_value(v.clone())
}

/// `ARRAY TO COLLECTION(collection; array {; propertyName} {; array2; propertyName2…})`.
/// Without property names the elements replace the collection's; with them,
/// each element becomes an object with one property per array, and the
/// collection takes the size of the largest array.
fn array_to_collection(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    const CMD: &str = "ARRAY TO COLLECTION";
    let coll = val(p, args, 0)?;
    if !coll.is_collection() {
        return err(
            code::BAD_ARGUMENT,
            format!("{CMD}: argument 1 must be a collection"),
            span,
        );
    }
    let pairs = array_pairs(p, args, CMD, span)?;
    let mut columns = Vec::new();
    for (i, name) in pairs {
        let a = need_array(p, args, i, CMD, span)?;
        let elems: Vec<Value> = a.borrow().items.iter().skip(1).map(to_collection_value).collect();
        columns.push((elems, name));
    }
    let shared = matches!(coll, Value::SharedCollection(_));
    let items: Vec<Value> = match columns.first() {
        Some((elems, None)) => elems.clone(),
        _ => {
            let n = columns.iter().map(|(e, _)| e.len()).max().unwrap_or(0);
            let mut out = Vec::with_capacity(n);
            for row in 0..n {
                let fields: Vec<(Text, Value)> = columns
                    .iter()
                    .filter_map(|(e, name)| Some((name.clone()?, e.get(row)?.clone())))
                    .collect();
                if shared {
                    let o = SharedObject::new(None);
                    for (k, v) in fields {
                        let sv = to_shared(&v).map_err(|e| share_error(e, &p.rt, span))?;
                        o.set_unchecked(k, sv).map_err(|e| share_error(e, &p.rt, span))?;
                    }
                    out.push(Value::SharedObject(o));
                } else {
                    let mut o = Object::new();
                    for (k, v) in fields {
                        o.set(k, v);
                    }
                    out.push(Value::new_object(o));
                }
            }
            out
        }
    };
    match &coll {
        Value::Collection(c) => c.borrow_mut().set_values(items),
        Value::SharedCollection(c) => {
            let mut sv = Vec::with_capacity(items.len());
            for v in &items {
                sv.push(to_shared(v).map_err(|e| share_error(e, &p.rt, span))?);
            }
            // The command runs its own Use…End use (shared.md, "Automatic Use…End use calls").
            let g = c.group();
            g.lock().map_err(|e| share_error(e, &p.rt, span))?;
            let r = c.replace_all(sv);
            g.unlock();
            r.map_err(|e| share_error(e, &p.rt, span))?;
        }
        _ => {}
    }
    Ok(Value::Undefined)
}

/// A collection value converted to an array's element type (COLLECTION TO
/// ARRAY): null gives the empty value; numbers, texts, booleans and dates
/// convert between each other where a reading exists; times are numbers of
/// seconds in collections.
fn from_collection_value(kind: ArrayKind, v: &Value) -> Value {
    if v.is_nullish() {
        return kind.default_value();
    }
    match kind {
        ArrayKind::Text => match v {
            Value::Text(_) => v.clone(),
            other => Value::text(display(other)),
        },
        ArrayKind::Longint | ArrayKind::Integer | ArrayKind::Real => {
            let n = match v {
                Value::Bool(b) => *b as i32 as f64,
                Value::Text(t) => leading_number(t.as_str()),
                other => other.as_num().unwrap_or(0.0),
            };
            match kind {
                ArrayKind::Real => Value::Real(n),
                ArrayKind::Integer => Value::Int(to_long(n) as i16 as i32),
                _ => Value::Int(to_long(n)),
            }
        }
        ArrayKind::Boolean => Value::Bool(match v {
            Value::Bool(b) => *b,
            Value::Text(t) => t.as_str().eq_ignore_ascii_case("true"),
            other => other.as_num().is_some_and(|n| n != 0.0),
        }),
        ArrayKind::Date => match v {
            Value::Date(_) => v.clone(),
            Value::Text(t) => Value::Date(parse_date(t.as_str()).unwrap_or(Date::NULL)),
            _ => Value::Date(Date::NULL),
        },
        ArrayKind::Time => match v {
            Value::Text(t) => Value::Time(parse_time(t.as_str()).unwrap_or(0)),
            // Collections hold times as numbers of seconds.
            other => Value::Time(other.as_num().unwrap_or(0.0).round() as i64),
        },
        ArrayKind::Object => match v {
            Value::Object(_) | Value::SharedObject(_) => v.clone(),
            _ => Value::Null,
        },
        ArrayKind::Pointer => match v {
            Value::Pointer(_) => v.clone(),
            _ => kind.default_value(),
        },
        ArrayKind::Picture => match v {
            Value::Picture(_) => v.clone(),
            _ => kind.default_value(),
        },
        ArrayKind::Blob => match v {
            Value::Blob(_) => v.clone(),
            // A 4D.Blob put in a BLOB array is converted (dt_blob.md).
            _ => match crate::runtime::blob::blob_of(v) {
                Some(b) => crate::runtime::blob::unboxed(&b),
                None => kind.default_value(),
            },
        },
    }
}

/// The number a text starts with ("12.5 kg" → 12.5; none → 0).
fn leading_number(s: &str) -> f64 {
    let s = s.trim_start();
    let mut end = 0;
    for (i, c) in s.char_indices() {
        let ok = c.is_ascii_digit() || c == '.' || ((c == '-' || c == '+') && i == 0);
        if !ok {
            break;
        }
        end = i + c.len_utf8();
    }
    s.get(..end).and_then(|n| n.parse().ok()).unwrap_or(0.0)
}

/// `COLLECTION TO ARRAY(collection; array {; propertyName} {; array2; propertyName2…})`.
/// Each array gets the collection's length; with a property name, the
/// values of that property of the object elements ("" for the elements
/// themselves). An array that does not exist yet takes the type of the
/// first non-null value (Text when there is none).
fn collection_to_array(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    const CMD: &str = "COLLECTION TO ARRAY";
    let coll = val(p, args, 0)?;
    let Some(items) = items_of(&coll) else {
        return err(
            code::BAD_ARGUMENT,
            format!("{CMD}: argument 1 must be a collection"),
            span,
        );
    };
    let pairs = array_pairs(p, args, CMD, span)?;
    for (i, name) in pairs {
        let values: Vec<Value> = match &name {
            Some(n) if !n.is_empty() => {
                let mut out = Vec::with_capacity(items.len());
                for v in &items {
                    out.push(match v {
                        Value::Object(_) | Value::SharedObject(_) => p.get_member(v, n, span)?,
                        _ => Value::Undefined,
                    });
                }
                out
            }
            _ => items.clone(),
        };
        let arr = match array_arg(p, args, i)? {
            Some(a) => a,
            None => {
                let kind = values
                    .iter()
                    .find(|v| !v.is_nullish())
                    .map(|v| match v {
                        Value::Real(_) => ArrayKind::Real,
                        other => kind_of_value(other),
                    })
                    .unwrap_or(ArrayKind::Text);
                put_array(p, args, i, Array::new(kind, 0), span)?
            }
        };
        {
            let mut a = arr.borrow_mut();
            let kind = a.kind;
            a.items.truncate(1);
            if a.items.is_empty() {
                a.items.push(kind.default_value());
            }
            a.items.extend(values.iter().map(|v| from_collection_value(kind, v)));
            if a.current as usize > a.size() {
                a.current = 0;
            }
        }
        store_back(p, args, i, &arr, span)?;
    }
    Ok(Value::Undefined)
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]
mod tests {
    use super::*;

    #[test]
    fn conversions_from_collections() {
        assert_eq!(leading_number("12.5 kg"), 12.5);
        assert_eq!(leading_number("x"), 0.0);
        assert!(matches!(
            from_collection_value(ArrayKind::Longint, &Value::Real(3.6)),
            Value::Int(4)
        ));
        assert!(matches!(
            from_collection_value(ArrayKind::Time, &Value::Real(3_600.0)),
            Value::Time(3600)
        ));
        assert!(matches!(from_collection_value(ArrayKind::Text, &Value::Null), Value::Text(t) if t.is_empty()));
    }
}
