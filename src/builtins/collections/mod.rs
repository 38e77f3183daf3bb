//! The Collection class (CollectionClass.md): member functions on local
//! collections; on shared ones the same code runs on a snapshot, and the
//! functions that modify take the group's lock themselves (runtime.md §1.7.1).
//! Functions returning a new collection return a shared one when called on
//! a shared collection (filter, orderBy, orderByMethod, query, slice, reverse).

mod callback;
mod copy;
mod iterate;
mod order;
mod query;
mod sorting;

use std::cell::RefCell;
use std::rc::Rc;
use std::sync::Arc;

use super::Builtin;
use crate::runtime::access::{from_shared, share_error, store_element, to_shared};
use crate::runtime::error::{RtResult, code, err};
use crate::runtime::interp::Interp;
use crate::runtime::object::{Collection, Object};
use crate::runtime::ops;
use crate::runtime::shared::{Grouped, SharedCollection, SharedValue, adopt};
use crate::runtime::text::{Text, fold};
use crate::runtime::value::{Coll, Value, display};
use crate::source::Span;

pub use order::{Key, cmp_values, order_indices, permute, rank};

pub static BUILTINS: &[Builtin] = &[];

// Option constants of the "Objects and collections" theme. `ck diacritical`,
// `ck count values`, `ck ascending` and `ck descending` are documented; the
// others are the values fourd gives them (src/catalog.rs CONSTANT_OVERRIDES).
const CK_RESOLVE_POINTERS: i64 = 1;
const CK_SHARED: i64 = 2;
const CK_IGNORE_NULL_OR_EMPTY: i64 = 4;
const CK_DIACRITICAL: i64 = 8;
const CK_COUNT_VALUES: i64 = 32;
const CK_DESCENDING: i64 = 1;

/// Functions that modify the collection they are called on.
const MODIFYING: &[&str] = &[
    "clear",
    "combine",
    "fill",
    "insert",
    "multiSort",
    "pop",
    "push",
    "remove",
    "resize",
    "shift",
    "sort",
    "unshift",
];

/// Functions whose new collection is shared when called on a shared one.
const SHARED_RESULT: &[&str] = &["filter", "orderBy", "orderByMethod", "query", "slice", "reverse"];

/// `recv.name(args)` on a collection.
pub fn call(p: &mut Interp, recv: &Value, name: &str, args: Vec<Value>, span: Span) -> RtResult<Value> {
    match recv {
        Value::Collection(c) => local(p, c, name, args, span),
        Value::SharedCollection(c) => shared(p, c, name, args, span),
        _ => err(code::NO_SUCH_FUNCTION, format!("`.{name}()` needs a collection"), span),
    }
}

fn shared(p: &mut Interp, c: &Arc<SharedCollection>, name: &str, args: Vec<Value>, span: Span) -> RtResult<Value> {
    let modifies = MODIFYING.contains(&name);
    let group = c.group();
    if modifies {
        group.lock().map_err(|e| share_error(e, &p.rt, span))?;
    }
    let r = shared_inner(p, c, name, args, span, modifies);
    if modifies {
        group.unlock();
    }
    r
}

fn shared_inner(
    p: &mut Interp,
    c: &Arc<SharedCollection>,
    name: &str,
    args: Vec<Value>,
    span: Span,
    modifies: bool,
) -> RtResult<Value> {
    if name == "push" {
        for a in &args {
            let sv = to_shared(a).map_err(|e| share_error(e, &p.rt, span))?;
            c.push(sv).map_err(|e| share_error(e, &p.rt, span))?;
        }
        return Ok(Value::SharedCollection(c.clone()));
    }
    let tmp: Coll = Rc::new(RefCell::new(Collection::from(
        c.snapshot().iter().map(from_shared).collect::<Vec<_>>(),
    )));
    let r = local(p, &tmp, name, args, span)?;
    if modifies {
        let mut items = Vec::with_capacity(tmp.borrow().len());
        for v in tmp.borrow().values().iter() {
            items.push(to_shared(v).map_err(|e| share_error(e, &p.rt, span))?);
        }
        c.replace_all(items).map_err(|e| share_error(e, &p.rt, span))?;
    }
    // A function returning its collection returns the shared one.
    if let Value::Collection(rc) = &r {
        if Rc::ptr_eq(rc, &tmp) {
            return Ok(Value::SharedCollection(c.clone()));
        }
        if name == "reverse" {
            // A deep copy: new shared objects, in a new group.
            let items = rc.borrow().to_vec();
            return copy::new_shared(p, &items, None, false, span);
        }
        if SHARED_RESULT.contains(&name) {
            let values = rc.borrow().to_vec();
            return shallow_shared(p, c, &values, span);
        }
    }
    Ok(r)
}

/// A shallow shared copy of elements of `source`: the shared objects it
/// holds stay in `source`'s group, so the new collection joins that group.
fn shallow_shared(p: &Interp, source: &Arc<SharedCollection>, values: &[Value], span: Span) -> RtResult<Value> {
    let nc = SharedCollection::new();
    if values
        .iter()
        .any(|v| matches!(v, Value::SharedObject(_) | Value::SharedCollection(_)))
    {
        adopt(&SharedValue::Collection(nc.clone()), &source.group(), false).map_err(|e| share_error(e, &p.rt, span))?;
    }
    for v in values {
        let sv = to_shared(v).map_err(|e| share_error(e, &p.rt, span))?;
        nc.push_unchecked(sv).map_err(|e| share_error(e, &p.rt, span))?;
    }
    Ok(Value::SharedCollection(nc))
}

// ----- argument helpers -------------------------------------------------

fn num_at(args: &[Value], i: usize) -> Option<f64> {
    args.get(i).and_then(Value::as_num)
}

/// An integer argument (`default` when absent or not a number).
fn int_at(args: &[Value], i: usize, default: i64) -> i64 {
    num_at(args, i).map(|n| n.trunc() as i64).unwrap_or(default)
}

fn text_at(args: &[Value], i: usize) -> Option<Text> {
    match args.get(i) {
        Some(Value::Text(t)) => Some(t.clone()),
        _ => None,
    }
}

/// The elements of a collection value (local or shared).
pub fn items_of(v: &Value) -> Option<Vec<Value>> {
    match v {
        Value::Collection(c) => Some(c.borrow().to_vec()),
        Value::SharedCollection(c) => Some(c.snapshot().iter().map(from_shared).collect()),
        _ => None,
    }
}

fn need_collection(v: Option<&Value>, fname: &str, span: Span) -> RtResult<Vec<Value>> {
    match v.and_then(items_of) {
        Some(items) => Ok(items),
        None => err(
            code::BAD_ARGUMENT,
            format!("`.{fname}()` needs a collection parameter"),
            span,
        ),
    }
}

/// A start index: negative counts from the end; clamped to `0..=len`.
fn start_index(i: i64, len: usize) -> usize {
    let len = len as i64;
    let i = if i < 0 { i + len } else { i };
    i.clamp(0, len) as usize
}

/// A property path (`"phones.p1"`) split into names.
pub fn split_path(path: &str) -> Vec<Text> {
    path.split('.').filter(|s| !s.is_empty()).map(Text::from).collect()
}

/// The value a property path reaches from `v` (undefined when it does not exist).
pub fn get_path(p: &mut Interp, v: &Value, path: &[Text], span: Span) -> RtResult<Value> {
    let mut cur = v.clone();
    for seg in path {
        if !cur.is_object_like() {
            return Ok(Value::Undefined);
        }
        cur = p.get_member(&cur, seg, span)?;
    }
    Ok(cur)
}

/// The values to work on: the elements, or their `propertyPath` values.
fn values_at(p: &mut Interp, items: Vec<Value>, path: Option<&Text>, span: Span) -> RtResult<Vec<Value>> {
    match path {
        None => Ok(items),
        Some(path) => {
            let segs = split_path(path.as_str());
            let mut out = Vec::with_capacity(items.len());
            for v in &items {
                out.push(get_path(p, v, &segs, span)?);
            }
            Ok(out)
        }
    }
}

// ----- equality ----------------------------------------------------------

/// Equality of the `=` operator, never an error (different types differ):
/// `indexOf`, `includes`, `countValues` (wildcards apply to texts).
pub fn loose_eq(a: &Value, b: &Value) -> bool {
    ops::equal(a, b, Span::default()).unwrap_or(false)
}

/// `.equal()`: deep comparison; texts ignore case and accents unless
/// `diacritical`; null differs from undefined.
fn deep_equal(a: &Value, b: &Value, diacritical: bool) -> bool {
    match (a, b) {
        (Value::Text(x), Value::Text(y)) => {
            if diacritical {
                x.as_str() == y.as_str()
            } else {
                x.as_str() == y.as_str() || fold(x.as_str()) == fold(y.as_str())
            }
        }
        (Value::Undefined, Value::Undefined) | (Value::Null, Value::Null) => true,
        (Value::Undefined, _) | (_, Value::Undefined) | (Value::Null, _) | (_, Value::Null) => false,
        _ if a.is_collection() && b.is_collection() => {
            let (Some(x), Some(y)) = (items_of(a), items_of(b)) else {
                return false;
            };
            x.len() == y.len() && x.iter().zip(y.iter()).all(|(u, v)| deep_equal(u, v, diacritical))
        }
        (Value::Object(_) | Value::SharedObject(_), Value::Object(_) | Value::SharedObject(_)) => {
            let (x, y) = (copy::entries(a), copy::entries(b));
            x.len() == y.len()
                && x.iter().all(|(k, v)| {
                    y.iter()
                        .find(|(k2, _)| k2.as_str() == k.as_str())
                        .is_some_and(|(_, w)| deep_equal(v, w, diacritical))
                })
        }
        _ => match (a.as_num(), b.as_num()) {
            (Some(x), Some(y)) => x == y || (x - y).abs() <= ops::epsilon(),
            _ => std::mem::discriminant(a) == std::mem::discriminant(b) && loose_eq(a, b),
        },
    }
}

// ----- dispatch ------------------------------------------------------------

fn local(p: &mut Interp, c: &Coll, name: &str, args: Vec<Value>, span: Span) -> RtResult<Value> {
    let recv = Value::Collection(c.clone());
    let len = c.borrow().len();
    match name {
        "push" => {
            let mut b = c.borrow_mut();
            for a in args {
                b.values_mut().push(store_element(a));
            }
            drop(b);
            Ok(recv)
        }
        "pop" => Ok(c.borrow_mut().values_mut().pop().unwrap_or(Value::Undefined)),
        "shift" => {
            let mut b = c.borrow_mut();
            if b.is_empty() {
                return Ok(Value::Undefined);
            }
            Ok(b.values_mut().remove(0))
        }
        "unshift" => {
            let mut b = c.borrow_mut();
            let new: Vec<Value> = args.into_iter().map(store_element).collect();
            b.values_mut().splice(0..0, new);
            drop(b);
            Ok(recv)
        }
        "resize" => {
            let size = num_at(&args, 0).unwrap_or(0.0).max(0.0) as usize;
            let fill = match args.get(1) {
                Some(v) => store_element(v.clone()),
                None => Value::Null,
            };
            c.borrow_mut().resize(size, fill);
            Ok(recv)
        }
        "clear" => {
            c.borrow_mut().set_values(Vec::new());
            Ok(recv)
        }
        "at" => {
            let i = int_at(&args, 0, 0);
            let i = if i < 0 { i + len as i64 } else { i };
            Ok(c.borrow().get(i))
        }
        "first" => Ok(c.borrow().get(0)),
        "last" => Ok(c.borrow().get(len as i64 - 1)),
        "insert" => {
            // Index beyond the length: at the end; negative: from the end, then 0.
            let i = start_index(int_at(&args, 0, 0), len);
            let v = store_element(args.get(1).cloned().unwrap_or(Value::Undefined));
            c.borrow_mut().values_mut().insert(i, v);
            Ok(recv)
        }
        "remove" => {
            if len == 0 {
                return Ok(recv);
            }
            let i = start_index(int_at(&args, 0, 0), len);
            let n = int_at(&args, 1, 1).max(0) as usize;
            let end = i.saturating_add(n).min(len);
            c.borrow_mut().values_mut().drain(i..end);
            Ok(recv)
        }
        "combine" => {
            let new = need_collection(args.first(), name, span)?;
            let i = if args.len() > 1 {
                start_index(int_at(&args, 1, len as i64), len)
            } else {
                len
            };
            c.borrow_mut().values_mut().splice(i..i, new);
            Ok(recv)
        }
        "concat" => {
            let mut items = c.borrow().to_vec();
            for a in args {
                match items_of(&a) {
                    Some(more) => items.extend(more),
                    None => items.push(store_element(a)),
                }
            }
            Ok(Value::new_collection(items))
        }
        "fill" => {
            let v = store_element(args.first().cloned().unwrap_or(Value::Undefined));
            let start = start_index(int_at(&args, 1, 0), len);
            let end = int_at(&args, 2, len as i64);
            let end = (if end < 0 { end + len as i64 } else { end }).clamp(0, len as i64) as usize;
            if end > start {
                let mut b = c.borrow_mut();
                for slot in b.values_mut().get_mut(start..end).unwrap_or(&mut []) {
                    *slot = v.clone();
                }
            }
            Ok(recv)
        }
        "slice" => {
            let start = start_index(int_at(&args, 0, 0), len);
            let end = int_at(&args, 1, len as i64);
            let end = (if end < 0 { end + len as i64 } else { end }).clamp(0, len as i64) as usize;
            let items = if end > start {
                c.borrow().values().get(start..end).unwrap_or(&[]).to_vec()
            } else {
                Vec::new()
            };
            Ok(Value::new_collection(items))
        }
        "reverse" => {
            let items = c.borrow().to_vec();
            let mut out = Vec::with_capacity(items.len());
            for v in items.iter().rev() {
                out.push(copy::deep_copy(p, v, false, span)?);
            }
            Ok(Value::new_collection(out))
        }
        "copy" => {
            let opt = int_at(&args, 0, 0);
            let resolve = opt & CK_RESOLVE_POINTERS != 0;
            let items = c.borrow().to_vec();
            if opt & CK_SHARED != 0 {
                let group = match args.get(1) {
                    None | Some(Value::Undefined) => None,
                    Some(Value::SharedObject(o)) => Some(o.group()),
                    Some(Value::SharedCollection(g)) => Some(g.group()),
                    Some(_) => {
                        return err(
                            code::BAD_ARGUMENT,
                            "`.copy()`: groupWith must be a shared object or a shared collection",
                            span,
                        );
                    }
                };
                return copy::new_shared(p, &items, group, resolve, span);
            }
            let mut out = Vec::with_capacity(items.len());
            for v in &items {
                out.push(copy::deep_copy(p, v, resolve, span)?);
            }
            Ok(Value::new_collection(out))
        }
        "flat" => {
            let depth = int_at(&args, 0, 1);
            let mut out = Vec::new();
            flatten(c.borrow().values(), depth, &mut out);
            Ok(Value::new_collection(out))
        }
        "includes" | "indexOf" => {
            let target = args.first().cloned().unwrap_or(Value::Undefined);
            let start = int_at(&args, 1, 0);
            let found = if start >= len as i64 {
                None
            } else {
                let start = start_index(start, len);
                let items = c.borrow();
                items
                    .values()
                    .get(start..)
                    .and_then(|rest| rest.iter().position(|v| loose_eq(v, &target)))
                    .map(|i| i + start)
            };
            Ok(if name == "includes" {
                Value::Bool(found.is_some())
            } else {
                Value::Real(found.map(|i| i as f64).unwrap_or(-1.0))
            })
        }
        "lastIndexOf" => {
            let target = args.first().cloned().unwrap_or(Value::Undefined);
            let last = len as i64 - 1;
            let given = int_at(&args, 1, last);
            // startFrom >= length-1: whole collection; negative: from the end
            // (still negative: not searched); 0: not searched.
            let start = if given >= last {
                last
            } else if given < 0 {
                given + len as i64
            } else {
                given
            };
            if (args.len() > 1 && given == 0) || start < 0 {
                return Ok(Value::Real(-1.0));
            }
            let items = c.borrow();
            let found = (0..=start as usize)
                .rev()
                .find(|&i| items.values().get(i).is_some_and(|v| loose_eq(v, &target)));
            Ok(Value::Real(found.map(|i| i as f64).unwrap_or(-1.0)))
        }
        "join" => {
            let delim = text_at(&args, 0).unwrap_or_default();
            let ignore = int_at(&args, 1, 0) & CK_IGNORE_NULL_OR_EMPTY != 0;
            let mut out = String::new();
            let mut first = true;
            for v in c.borrow().values().iter() {
                if ignore && (v.is_nullish() || matches!(v, Value::Text(t) if t.is_empty())) {
                    continue;
                }
                if !first {
                    out.push_str(delim.as_str());
                }
                first = false;
                out.push_str(&display(v));
            }
            Ok(Value::text(out))
        }
        "count" => {
            let items = c.borrow().to_vec();
            let vals = values_at(p, items, text_at(&args, 0).as_ref(), span)?;
            Ok(Value::Real(vals.iter().filter(|v| !v.is_nullish()).count() as f64))
        }
        "countValues" => {
            let target = args.first().cloned().unwrap_or(Value::Undefined);
            let items = c.borrow().to_vec();
            let vals = values_at(p, items, text_at(&args, 1).as_ref(), span)?;
            Ok(Value::Real(vals.iter().filter(|v| loose_eq(v, &target)).count() as f64))
        }
        "sum" | "average" => {
            let items = c.borrow().to_vec();
            let vals = values_at(p, items, text_at(&args, 0).as_ref(), span)?;
            let nums: Vec<f64> = vals
                .iter()
                .filter(|v| matches!(v, Value::Real(_) | Value::Int(_)))
                .filter_map(Value::as_num)
                .collect();
            let sum: f64 = nums.iter().sum();
            if name == "sum" {
                Ok(Value::Real(sum))
            } else if nums.is_empty() {
                Ok(Value::Undefined)
            } else {
                Ok(Value::Real(sum / nums.len() as f64))
            }
        }
        "min" | "max" => {
            let items = c.borrow().to_vec();
            let vals = values_at(p, items, text_at(&args, 0).as_ref(), span)?;
            // The first (min) or last (max) element as `.sort()` would order them;
            // null and undefined values are not taken into account.
            let mut best: Option<Value> = None;
            for v in vals.into_iter().filter(|v| !v.is_nullish()) {
                best = Some(match best {
                    None => v,
                    Some(b) => {
                        let o = cmp_values(&v, &b, false);
                        let better = if name == "min" { o.is_lt() } else { o.is_ge() };
                        if better { v } else { b }
                    }
                });
            }
            Ok(best.unwrap_or(Value::Undefined))
        }
        "extract" => extract(p, c, &args, span),
        "equal" => {
            let other = match args.first() {
                Some(v) if v.is_collection() => v.clone(),
                _ => return err(code::BAD_ARGUMENT, "`.equal()` needs a collection parameter", span),
            };
            let diacritical = int_at(&args, 1, 0) & CK_DIACRITICAL != 0;
            Ok(Value::Bool(deep_equal(&recv, &other, diacritical)))
        }
        "query" | "indices" => query(p, c, name, &args, span),
        "distinct" => sorting::distinct(p, c, &args, span),
        "sort" => sorting::sort(p, c, &args, span),
        "orderBy" => sorting::order_by(p, c, &args, span),
        "orderByMethod" => sorting::order_by_method(p, c, &args, span),
        "multiSort" => sorting::multi_sort(p, c, &args, span),
        "every" | "some" | "find" | "findIndex" | "filter" | "map" | "flatMap" | "reduce" | "reduceRight" => {
            iterate::call(p, c, name, &args, span)
        }
        _ => err(
            code::NO_SUCH_FUNCTION,
            format!("`.{name}()` is not a function of Collection"),
            span,
        ),
    }
}

/// `.flat(depth)`: sub-collections are spread, `depth` levels deep.
fn flatten(items: &[Value], depth: i64, out: &mut Vec<Value>) {
    for v in items {
        match items_of(v) {
            Some(inner) if depth > 0 => flatten(&inner, depth - 1, out),
            _ => out.push(v.clone()),
        }
    }
}

/// `.extract(path {; option})` and `.extract(path; target {; path2; target2…})`.
fn extract(p: &mut Interp, c: &Coll, args: &[Value], span: Span) -> RtResult<Value> {
    let items = c.borrow().to_vec();
    let Some(path) = text_at(args, 0) else {
        return err(code::BAD_ARGUMENT, "`.extract()` needs a property path", span);
    };
    if text_at(args, 1).is_none() {
        // `ck keep null` is the only option: any option keeps null values.
        let keep_null = args.get(1).is_some_and(|v| v.as_num().is_some());
        let segs = split_path(path.as_str());
        let mut out = Vec::new();
        for v in &items {
            let x = get_path(p, v, &segs, span)?;
            if !x.is_nullish() {
                out.push(x);
            } else if keep_null {
                out.push(Value::Null);
            }
        }
        return Ok(Value::new_collection(out));
    }
    // Pairs of (source path, target path): each element becomes an object;
    // null values are kept, undefined ones are not set, and elements where
    // no path exists are left out (example 2 of the documentation).
    let mut pairs = Vec::new();
    let mut i = 0;
    while let Some(src) = text_at(args, i) {
        let Some(dst) = text_at(args, i + 1) else {
            return err(code::BAD_ARGUMENT, "`.extract()`: a target path is missing", span);
        };
        pairs.push((split_path(src.as_str()), split_path(dst.as_str())));
        i += 2;
    }
    let mut out = Vec::with_capacity(items.len());
    for v in &items {
        let obj = Value::new_object(Object::new());
        let mut any = false;
        for (src, dst) in &pairs {
            let x = get_path(p, v, src, span)?;
            if x.is_undefined() {
                continue;
            }
            any = true;
            set_path(p, &obj, dst, x, span)?;
        }
        if any {
            out.push(obj);
        }
    }
    Ok(Value::new_collection(out))
}

/// Sets a property path, creating the intermediate objects.
fn set_path(p: &mut Interp, obj: &Value, path: &[Text], v: Value, span: Span) -> RtResult<()> {
    let Some((last, parents)) = path.split_last() else {
        return Ok(());
    };
    let mut cur = obj.clone();
    for seg in parents {
        let next = p.get_member(&cur, seg, span)?;
        let next = if next.is_object_like() {
            next
        } else {
            let o = Value::new_object(Object::new());
            p.set_member(&cur, seg, o.clone(), span)?;
            o
        };
        cur = next;
    }
    p.set_member(&cur, last, v, span)
}

/// `.query(queryString {; value…} {; querySettings})` and `.indices(…)`.
fn query(p: &mut Interp, c: &Coll, name: &str, args: &[Value], span: Span) -> RtResult<Value> {
    let Some(qs) = text_at(args, 0) else {
        return err(code::BAD_ARGUMENT, format!("`.{name}()` needs a query string"), span);
    };
    let mut values = args.get(1..).unwrap_or(&[]);
    let mut settings = Value::Undefined;
    if let Some((last, rest)) = values.split_last()
        && matches!(last, Value::Object(_) | Value::SharedObject(_))
    {
        settings = last.clone();
        values = rest;
    }
    let parameters = p.get_member(&settings, &Text::from("parameters"), span)?;
    let attributes = p.get_member(&settings, &Text::from("attributes"), span)?;
    let params = query::Params {
        indexed: values,
        parameters,
        attributes,
    };
    let q = query::parse(p, qs.as_str(), &params, span)?;
    let items = c.borrow().to_vec();
    let mut found = Vec::new();
    for (i, v) in items.iter().enumerate() {
        if q.matches(p, v, span)? {
            found.push(i);
        }
    }
    if name == "indices" {
        return Ok(Value::new_collection(
            found.into_iter().map(|i| Value::Real(i as f64)).collect(),
        ));
    }
    let mut out: Vec<Value> = found.into_iter().filter_map(|i| items.get(i).cloned()).collect();
    if !q.order.is_empty() {
        out = sorting::order_by_segs(p, out, &q.order, span)?;
    }
    Ok(Value::new_collection(out))
}
