//! Copies of collection elements: deep copies (`.copy()`, `.reverse()`),
//! with pointers resolved on request (`ck resolve pointers`), and shared
//! deep copies (`ck shared`), optionally grouped with another shared object
//! or collection (`groupWith`).

use std::sync::Arc;

use crate::runtime::access::{from_shared, share_error, store_value, to_shared};
use crate::runtime::error::RtResult;
use crate::runtime::interp::Interp;
use crate::runtime::object::{Key, Object};
use crate::runtime::shared::{Group, ShareError, SharedCollection, SharedObject, SharedValue, adopt};
use crate::runtime::value::Value;
use crate::source::Span;

use super::items_of;

/// The properties of a local or shared object.
pub fn entries(v: &Value) -> Vec<(Key, Value)> {
    match v {
        Value::Object(o) => o.borrow().props.iter().map(|(k, v)| (k.clone(), v.clone())).collect(),
        Value::SharedObject(o) => o.entries().into_iter().map(|(k, v)| (k, from_shared(&v))).collect(),
        _ => Vec::new(),
    }
}

fn class_of(v: &Value) -> Option<crate::runtime::class::ClassRef> {
    match v {
        Value::Object(o) => o.borrow().class.clone(),
        Value::SharedObject(o) => o.class.clone(),
        _ => None,
    }
}

/// A pointer replaced by the value it points to (`ck resolve pointers`).
fn resolved(p: &mut Interp, v: &Value, resolve: bool, span: Span) -> RtResult<Value> {
    if resolve && matches!(v, Value::Pointer(_)) {
        return Ok(store_value(p.deref(v, span)?));
    }
    Ok(v.clone())
}

/// A deep copy as a local value: objects and collections (shared ones
/// included) are duplicated; other values are kept.
pub fn deep_copy(p: &mut Interp, v: &Value, resolve: bool, span: Span) -> RtResult<Value> {
    let v = resolved(p, v, resolve, span)?;
    match &v {
        Value::Object(_) | Value::SharedObject(_) => {
            let mut o = Object::new();
            o.class = class_of(&v);
            if let Value::Object(src) = &v {
                o.set_native(src.borrow().native().clone());
            }
            for (k, x) in entries(&v) {
                let x = deep_copy(p, &x, resolve, span)?;
                o.set(k, x);
            }
            Ok(Value::new_object(o))
        }
        Value::Collection(_) | Value::SharedCollection(_) => {
            let items = items_of(&v).unwrap_or_default();
            let mut out = Vec::with_capacity(items.len());
            for x in &items {
                out.push(deep_copy(p, x, resolve, span)?);
            }
            Ok(Value::new_collection(out))
        }
        _ => Ok(v),
    }
}

/// A new shared collection holding shared deep copies of `items`, in its own
/// group or in `group`.
pub fn new_shared(
    p: &mut Interp,
    items: &[Value],
    group: Option<Arc<Group>>,
    resolve: bool,
    span: Span,
) -> RtResult<Value> {
    let c = SharedCollection::new();
    if let Some(g) = group {
        adopt(&SharedValue::Collection(c.clone()), &g, false).map_err(|e| share_error(e, &p.rt, span))?;
    }
    for v in items {
        put_shared(p, v, resolve, span, &mut |sv| c.push_unchecked(sv))?;
    }
    Ok(Value::SharedCollection(c))
}

/// Stores a shared deep copy of `v` with `put`. Containers are stored
/// before they are filled, so that everything they hold joins the group of
/// the final container.
fn put_shared(
    p: &mut Interp,
    v: &Value,
    resolve: bool,
    span: Span,
    put: &mut dyn FnMut(SharedValue) -> Result<(), ShareError>,
) -> RtResult<()> {
    let v = resolved(p, v, resolve, span)?;
    match &v {
        // A 4D.Blob is shared as it is (immutable bytes).
        Value::Object(_) if crate::runtime::blob::is_blob_object(&v) => {
            let sv = to_shared(&v).map_err(|e| share_error(e, &p.rt, span))?;
            put(sv).map_err(|e| share_error(e, &p.rt, span))?;
        }
        Value::Object(_) | Value::SharedObject(_) => {
            let o = SharedObject::new(class_of(&v));
            put(SharedValue::Object(o.clone())).map_err(|e| share_error(e, &p.rt, span))?;
            for (k, x) in entries(&v) {
                put_shared(p, &x, resolve, span, &mut |sv| o.set_unchecked(k.clone(), sv))?;
            }
        }
        Value::Collection(_) | Value::SharedCollection(_) => {
            let c = SharedCollection::new();
            put(SharedValue::Collection(c.clone())).map_err(|e| share_error(e, &p.rt, span))?;
            for x in items_of(&v).unwrap_or_default() {
                put_shared(p, &x, resolve, span, &mut |sv| c.push_unchecked(sv))?;
            }
        }
        _ => {
            let sv = to_shared(&v).map_err(|e| share_error(e, &p.rt, span))?;
            put(sv).map_err(|e| share_error(e, &p.rt, span))?;
        }
    }
    Ok(())
}
