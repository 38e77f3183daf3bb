//! The Collection class (CollectionClass.md): member functions on local
//! collections; on shared ones the same code runs on a snapshot, and the
//! functions that modify take the group's lock themselves (runtime.md §1.7.1).

use std::cell::RefCell;
use std::cmp::Ordering;
use std::rc::Rc;
use std::sync::Arc;

use super::Builtin;
use crate::runtime::access::{from_shared, share_error, store_value, to_shared};
use crate::runtime::error::{RtResult, code, err};
use crate::runtime::interp::Interp;
use crate::runtime::object::Collection;
use crate::runtime::ops;
use crate::runtime::shared::{Grouped, SharedCollection};
use crate::runtime::value::{Coll, Value};
use crate::source::Span;

pub static BUILTINS: &[Builtin] = &[];

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
        for v in tmp.borrow().items.iter() {
            items.push(to_shared(v).map_err(|e| share_error(e, &p.rt, span))?);
        }
        c.replace_all(items).map_err(|e| share_error(e, &p.rt, span))?;
    }
    // A function returning its collection returns the shared one.
    if let Value::Collection(rc) = &r {
        if Rc::ptr_eq(rc, &tmp) {
            return Ok(Value::SharedCollection(c.clone()));
        }
        if SHARED_RESULT.contains(&name) {
            let values = rc.borrow().items.clone();
            return p.new_shared_collection(&values, span);
        }
    }
    Ok(r)
}

/// Ordering of values in collection sorts: by type (null, booleans, numbers,
/// texts, dates, objects, collections), then by value.
pub fn sort_cmp(a: &Value, b: &Value) -> Ordering {
    fn rank(v: &Value) -> u8 {
        match v {
            Value::Undefined | Value::Null => 0,
            Value::Bool(_) => 1,
            Value::Real(_) | Value::Int(_) | Value::Time(_) => 2,
            Value::Text(_) => 3,
            Value::Date(_) => 4,
            Value::Object(_) | Value::SharedObject(_) => 5,
            Value::Collection(_) | Value::SharedCollection(_) => 6,
            _ => 7,
        }
    }
    let (ra, rb) = (rank(a), rank(b));
    if ra != rb {
        return ra.cmp(&rb);
    }
    match (a, b) {
        (Value::Bool(x), Value::Bool(y)) => x.cmp(y),
        _ => match ops::compare(a, b, Span::default()) {
            Ok(Some(o)) => o,
            _ => Ordering::Equal,
        },
    }
}

fn local(p: &mut Interp, c: &Coll, name: &str, args: Vec<Value>, span: Span) -> RtResult<Value> {
    let recv = Value::Collection(c.clone());
    match name {
        "push" => {
            let mut b = c.borrow_mut();
            for a in args {
                b.items
                    .push(if a.is_undefined() { Value::Null } else { store_value(a) });
            }
            drop(b);
            Ok(recv)
        }
        "pop" => Ok(c.borrow_mut().items.pop().unwrap_or(Value::Undefined)),
        "resize" => {
            let size = args.first().and_then(Value::as_num).unwrap_or(0.0).max(0.0) as usize;
            let fill = match args.get(1) {
                Some(v) => store_value(v.clone()),
                None => Value::Null,
            };
            c.borrow_mut().items.resize(size, fill);
            Ok(recv)
        }
        "orderBy" => {
            let descending = args.first().and_then(Value::as_num).is_some_and(|n| n == 1.0);
            let mut items = c.borrow().items.clone();
            items.sort_by(|a, b| {
                let o = sort_cmp(a, b);
                if descending { o.reverse() } else { o }
            });
            Ok(Value::new_collection(items))
        }
        "copy" => Ok(Value::new_collection(c.borrow().items.clone())),
        _ => {
            let _ = p;
            err(
                code::NO_SUCH_FUNCTION,
                format!("`.{name}()` is not a function of Collection"),
                span,
            )
        }
    }
}
