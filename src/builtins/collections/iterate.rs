//! Collection functions that call a callback for each element
//! (CollectionClass.md): every, some, find, findIndex, filter, map, flatMap,
//! reduce, reduceRight. Elements are read from a snapshot taken before the
//! first call, so a callback may modify the collection safely.

use super::callback::{Callback, call_for, invoke};
use super::{Coll, items_of, start_index};
use crate::runtime::access::store_element;
use crate::runtime::error::RtResult;
use crate::runtime::interp::Interp;
use crate::runtime::object::Object;
use crate::runtime::value::Value;
use crate::source::Span;

pub fn call(p: &mut Interp, c: &Coll, name: &str, args: &[Value], span: Span) -> RtResult<Value> {
    let items = c.borrow().to_vec();
    match name {
        "every" | "some" | "find" | "findIndex" => search(p, &items, name, args, span),
        "filter" | "map" | "flatMap" => transform(p, &items, name, args, span),
        _ => reduce(p, &items, name == "reduceRight", args, span),
    }
}

/// The result when nothing was found (or the collection was not searched).
fn not_found(name: &str) -> Value {
    match name {
        "every" | "some" => Value::Bool(false),
        "findIndex" => Value::Real(-1.0),
        _ => Value::Undefined,
    }
}

/// every, some, find, findIndex: `{startFrom;} callback {; param…}`.
/// startFrom >= length: not searched; negative: from the end (still
/// searched left to right).
fn search(p: &mut Interp, items: &[Value], name: &str, args: &[Value], span: Span) -> RtResult<Value> {
    let (start, at) = match args.first().and_then(Value::as_num) {
        Some(n) => (n.trunc() as i64, 1),
        None => (0, 0),
    };
    let cb = Callback::from(args.get(at), name, span)?;
    let extra = args.get(at + 1..).unwrap_or(&[]);
    if start >= items.len() as i64 {
        return Ok(not_found(name));
    }
    let start = start_index(start, items.len());
    for (i, v) in items.iter().enumerate().skip(start) {
        let out = call_for(p, &cb, v, extra, span)?;
        let ok = matches!(out.result, Value::Bool(true));
        match name {
            // `.every()` stops at the first element that fails.
            "every" if !ok => return Ok(Value::Bool(false)),
            "some" if ok => return Ok(Value::Bool(true)),
            "find" if ok => return Ok(v.clone()),
            "findIndex" if ok => return Ok(Value::Real(i as f64)),
            _ => {}
        }
        if out.stop {
            // "The returned value is the last calculated."
            return Ok(match name {
                "every" => Value::Bool(ok),
                _ => not_found(name),
            });
        }
    }
    Ok(match name {
        "every" => Value::Bool(true),
        _ => not_found(name),
    })
}

/// filter, map, flatMap: `callback {; param…}`; `$1.stop` ends the loop
/// after the current element.
fn transform(p: &mut Interp, items: &[Value], name: &str, args: &[Value], span: Span) -> RtResult<Value> {
    let cb = Callback::from(args.first(), name, span)?;
    let extra = args.get(1..).unwrap_or(&[]);
    let mut out = Vec::with_capacity(items.len());
    for v in items {
        let o = call_for(p, &cb, v, extra, span)?;
        match name {
            "filter" => {
                if matches!(o.result, Value::Bool(true)) {
                    out.push(v.clone());
                }
            }
            "map" => out.push(store_element(o.result)),
            // A map followed by a flat of depth 1.
            _ => match items_of(&o.result) {
                Some(inner) => out.extend(inner),
                None => out.push(store_element(o.result)),
            },
        }
        if o.stop {
            break;
        }
    }
    Ok(Value::new_collection(out))
}

/// reduce, reduceRight: `callback {; initValue {; param…}}`. The callback
/// updates `$1.accumulator` (undefined unless initValue is passed).
fn reduce(p: &mut Interp, items: &[Value], right: bool, args: &[Value], span: Span) -> RtResult<Value> {
    let fname = if right { "reduceRight" } else { "reduce" };
    let cb = Callback::from(args.first(), fname, span)?;
    let extra = args.get(2..).unwrap_or(&[]);
    let obj = std::rc::Rc::new(std::cell::RefCell::new(Object::new()));
    if let Some(init) = args.get(1)
        && !init.is_undefined()
    {
        obj.borrow_mut().set("accumulator", init.clone());
    }
    let order: Box<dyn Iterator<Item = &Value>> = if right {
        Box::new(items.iter().rev())
    } else {
        Box::new(items.iter())
    };
    for v in order {
        obj.borrow_mut()
            .set("value", if v.is_undefined() { Value::Null } else { v.clone() });
        let o = invoke(p, &cb, obj.clone(), extra, span)?;
        if o.stop {
            break;
        }
    }
    let acc = obj.borrow().get("accumulator").cloned().unwrap_or(Value::Undefined);
    Ok(acc)
}
