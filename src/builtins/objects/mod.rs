//! Object commands (theme Objects (Language)): OB Get, OB SET, OB REMOVE,
//! OB Copy, OB Keys… and, in `json.rs`, the JSON theme. `New object`,
//! `New shared object` and `OB Is shared` live elsewhere.
//!
//! Rules followed (commands/ob-*.md, dt_object.md, shared.md):
//! - property names are case sensitive; `OB SET` on a Null object variable
//!   creates the object (ob-set.md examples declare `var $o : Object` only);
//! - values are stored as object notation stores them (numbers as reals,
//!   times as milliseconds: fourd's rule, see `access::store_value`);
//! - `OB REMOVE` on a shared object takes its group's lock itself (shared.md,
//!   "Automatic Use...End use calls"); other writes need `Use`.

pub mod json;

use std::cell::RefCell;
use std::rc::Rc;
use std::sync::Arc;

use super::{Builtin, b, int, present, set_arg, text, val};
use crate::runtime::access::{from_shared, share_error, store_value, to_shared};
use crate::runtime::class::BuiltinClass;
use crate::runtime::date::Date;
use crate::runtime::error::{RtResult, code, err};
use crate::runtime::interp::Interp;
use crate::runtime::object::{Array, ArrayKind, Object};
use crate::runtime::ops::to_long;
use crate::runtime::pointer::Pointer;
use crate::runtime::shared::{Grouped, SharedCollection, SharedObject, SharedValue, adopt};
use crate::runtime::text::Text;
use crate::runtime::value::{Value, display, ty};
use crate::sema::ir::{Arg, Ex};
use crate::source::Span;

pub static BUILTINS: &[Builtin] = &[
    b("OB Get", 2, 3, ob_get),
    b("OB SET", 3, super::VARIADIC, ob_set),
    b("OB SET NULL", 2, 2, ob_set_null),
    b("OB REMOVE", 2, 2, ob_remove),
    b("OB Copy", 1, 3, ob_copy),
    b("OB Is defined", 1, 2, ob_is_defined),
    b("OB Is empty", 1, 1, ob_is_empty),
    b("OB Keys", 1, 1, ob_keys),
    b("OB Values", 1, 1, ob_values),
    b("OB Entries", 1, 1, ob_entries),
    b("OB Get type", 2, 2, ob_get_type),
    b("OB GET PROPERTY NAMES", 2, 3, ob_get_property_names),
    b("OB GET ARRAY", 3, 3, ob_get_array),
    b("OB SET ARRAY", 3, 3, ob_set_array),
    b("OB Instance of", 2, 2, ob_instance_of),
    b("OB Class", 1, 1, ob_class),
    b("JSON Stringify", 1, 2, json::json_stringify),
    b("JSON Parse", 1, 3, json::json_parse),
    b("JSON PARSE ARRAY", 2, 2, json::json_parse_array),
    b("JSON Stringify array", 1, 2, json::json_stringify_array),
    b("JSON Resolve pointers", 1, 2, json::json_resolve_pointers),
];

/// `OB Instance of` with something that is not a class (ob-instance-of.md).
pub const NOT_A_CLASS: i32 = -10745;

/// `ck resolve pointers` / `ck shared` bits of `OB Copy`'s option (the
/// values of `catalog::CONSTANT_OVERRIDES`).
const CK_RESOLVE_POINTERS: i64 = 1;
const CK_SHARED: i64 = 2;

/// Deepest nesting `OB Copy` follows (a cycle would never end).
const MAX_COPY_DEPTH: usize = 512;

/// Argument `i` as an object (local or shared); None for Null/undefined.
fn object_arg(p: &mut Interp, args: &[Arg], i: usize, command: &str, span: Span) -> RtResult<Option<Value>> {
    match val(p, args, i)? {
        v @ (Value::Object(_) | Value::SharedObject(_)) => Ok(Some(v)),
        // `cs` and `4D`: objects whose properties are the classes (classes.md).
        Value::Store(store) => {
            let names = match store {
                crate::runtime::value::Store::User => p.prog.class_names(),
                crate::runtime::value::Store::FourD => p.prog.builtin_class_names(),
            };
            let mut o = Object::with_capacity(names.len());
            for name in names {
                let key = crate::runtime::text::Text::from(name.as_str());
                let class = p.store_member(store, &key, span)?;
                o.set(key, class);
            }
            Ok(Some(Value::new_object(o)))
        }
        Value::Null | Value::Undefined => Ok(None),
        other => err(
            code::BAD_ARGUMENT,
            format!(
                "{command}: argument {} must be an object, not {}",
                i + 1,
                crate::runtime::ops::type_name_of(&other)
            ),
            span,
        ),
    }
}

/// The object of argument `i`, created (and assigned to the argument) when
/// the variable holds Null: `OB SET($o;…)` on a declared, empty `$o`.
fn object_arg_or_create(p: &mut Interp, args: &[Arg], i: usize, command: &str, span: Span) -> RtResult<Value> {
    match object_arg(p, args, i, command, span)? {
        Some(v) => Ok(v),
        None => {
            let o = Value::new_object(Object::new());
            set_arg(p, args, i, o.clone(), span)?;
            Ok(o)
        }
    }
}

/// Own properties of an object, in definition order (shared values as
/// process values).
pub fn entries_of(v: &Value) -> Vec<(Text, Value)> {
    match v {
        Value::Object(o) => o.borrow().props.iter().map(|(k, v)| (k.clone(), v.clone())).collect(),
        Value::SharedObject(o) => o.entries().iter().map(|(k, v)| (k.clone(), from_shared(v))).collect(),
        _ => Vec::new(),
    }
}

/// A value as a property value: arrays become collections (as `OB SET ARRAY`
/// stores them), everything else as object notation stores it.
fn property_value(v: Value) -> Value {
    match v {
        Value::Array(a) => array_to_collection(&a.borrow()),
        v => v,
    }
}

/// The elements of a 4D array as a collection (element 0 left out).
pub fn array_to_collection(a: &Array) -> Value {
    Value::new_collection(a.items.iter().skip(1).cloned().map(store_value).collect())
}

/// `OB Get(object; property {; type})`
fn ob_get(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    let obj = object_arg(p, args, 0, "OB Get", span)?;
    let key = text(p, args, 1, span)?;
    let v = match obj {
        Some(o) => p.get_member(&o, &key, span)?,
        None => Value::Undefined,
    };
    if !present(args, 2) {
        return Ok(v);
    }
    let t = int(p, args, 2, span)?;
    // Objects hold times as seconds (ob-get.md).
    convert_to(v, t, 1.0, span)
}

/// Converts a value read from an object or from JSON to the type `t` (an
/// `Is …` constant). `ms_per_unit` is what a number means for `Is time`
/// (1: seconds, in objects and in JSON).
pub fn convert_to(v: Value, t: i64, per_second: f64, span: Span) -> RtResult<Value> {
    let t = t as i32;
    Ok(match t {
        ty::REAL => Value::Real(number_of(&v)),
        ty::LONGINT | ty::INTEGER => Value::Int(to_long(number_of(&v))),
        ty::TEXT => Value::text(match &v {
            Value::Text(t) => t.as_str().to_string(),
            Value::Null | Value::Undefined => String::new(),
            Value::Date(d) => d.iso(),
            Value::Bool(b) => if *b { "true" } else { "false" }.to_string(),
            Value::Object(_) | Value::SharedObject(_) | Value::Collection(_) | Value::SharedCollection(_) => {
                crate::runtime::json::stringify(&v, false)
            }
            other => display(other),
        }),
        ty::BOOLEAN => Value::Bool(match &v {
            Value::Bool(b) => *b,
            Value::Real(_) | Value::Int(_) | Value::Time(_) => number_of(&v) != 0.0,
            Value::Text(t) => t.as_str().eq_ignore_ascii_case("true"),
            Value::Null | Value::Undefined => false,
            other => other.truthy(),
        }),
        ty::DATE => Value::Date(match &v {
            Value::Date(d) => *d,
            Value::Text(t) => date_of_text(t.as_str()).unwrap_or(Date::NULL),
            _ => Date::NULL,
        }),
        ty::TIME => Value::Time(match &v {
            Value::Time(t) => *t,
            Value::Text(t) => match crate::runtime::date::parse_time(t.as_str()) {
                Some(s) if t.as_str().contains(':') => s,
                _ => (number_of(&v) / per_second).round() as i64,
            },
            _ => (number_of(&v) / per_second).round() as i64,
        }),
        ty::OBJECT => match v {
            Value::Object(_) | Value::SharedObject(_) => v,
            _ => Value::Null,
        },
        ty::COLLECTION => match v {
            Value::Collection(_) | Value::SharedCollection(_) => v,
            Value::Array(a) => array_to_collection(&a.borrow()),
            _ => Value::Null,
        },
        ty::NULL => Value::Null,
        ty::POINTER => match v {
            Value::Pointer(_) => v,
            _ => Value::Pointer(Rc::new(Pointer::Nil)),
        },
        ty::PICTURE => match v {
            Value::Picture(_) => v,
            _ => Value::Picture(Rc::default()),
        },
        ty::BLOB => match v {
            Value::Blob(_) => v,
            // A 4D.Blob read as a BLOB is converted (dt_blob.md).
            _ => match crate::runtime::blob::blob_of(&v) {
                Some(b) => crate::runtime::blob::unboxed(&b),
                None => Value::Blob(Rc::default()),
            },
        },
        ty::VARIANT => v,
        _ => {
            return err(
                code::BAD_ARGUMENT,
                format!("{t} is not a type a value can be converted to"),
                span,
            );
        }
    })
}

/// The number a value stands for (text is read as a number; dates give 0).
fn number_of(v: &Value) -> f64 {
    match v {
        Value::Real(r) => *r,
        Value::Int(i) => *i as f64,
        Value::Time(t) => *t as f64,
        Value::Bool(b) => *b as i32 as f64,
        Value::Text(t) => {
            let s = t.as_str().trim();
            s.parse::<f64>().unwrap_or_else(|_| {
                let end = s
                    .char_indices()
                    .find(|&(i, c)| !(c.is_ascii_digit() || c == '.' || (i == 0 && (c == '-' || c == '+'))))
                    .map(|(i, _)| i)
                    .unwrap_or(s.len());
                s.get(..end).and_then(|n| n.parse().ok()).unwrap_or(0.0)
            })
        }
        _ => 0.0,
    }
}

/// A date from text: `yyyy-mm-dd`, or an ISO date-time; a UTC time (`Z`)
/// is converted to the local date (json-parse.md example 2).
pub fn date_of_text(s: &str) -> Option<Date> {
    let s = s.trim();
    if let Some(d) = crate::runtime::json::iso_day(s) {
        return Some(d);
    }
    if s.contains('T')
        && let Ok(dt) = chrono::DateTime::parse_from_rfc3339(s)
    {
        use chrono::Datelike;
        let local = dt.with_timezone(&chrono::Local).date_naive();
        return Some(Date::from_ymd(local.year(), local.month(), local.day()));
    }
    crate::runtime::date::parse_date(s)
}

/// `OB SET(object; property; value {; property2; value2…})`
fn ob_set(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    if args.len().is_multiple_of(2) {
        return err(
            code::BAD_ARGUMENT,
            "OB SET takes property names and values in pairs",
            span,
        );
    }
    let obj = object_arg_or_create(p, args, 0, "OB SET", span)?;
    let mut i = 1;
    while i + 1 < args.len() {
        let key = text(p, args, i, span)?;
        let v = property_value(val(p, args, i + 1)?);
        p.set_member(&obj, &key, v, span)?;
        i += 2;
    }
    Ok(Value::Undefined)
}

/// `OB SET NULL(object; property)`
fn ob_set_null(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    let obj = object_arg_or_create(p, args, 0, "OB SET NULL", span)?;
    let key = text(p, args, 1, span)?;
    p.set_member(&obj, &key, Value::Null, span)?;
    Ok(Value::Undefined)
}

/// `OB REMOVE(object; property)`
fn ob_remove(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    let Some(obj) = object_arg(p, args, 0, "OB REMOVE", span)? else {
        return Ok(Value::Undefined);
    };
    let key = text(p, args, 1, span)?;
    match obj {
        Value::Object(o) => {
            o.borrow_mut().props.remove(key.as_str());
        }
        Value::SharedObject(o) => {
            // shared.md: OB REMOVE triggers an internal Use/End use.
            let g = o.group();
            g.lock().map_err(|e| share_error(e, &p.rt, span))?;
            let r = o.remove(key.as_str());
            g.unlock();
            r.map_err(|e| share_error(e, &p.rt, span))?;
        }
        _ => {}
    }
    Ok(Value::Undefined)
}

/// `OB Copy(object {; resolvePtrs})` / `OB Copy(object {; option {; groupWith}})`
fn ob_copy(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    let src = val(p, args, 0)?;
    let (resolve, shared) = match val(p, args, 1)? {
        Value::Bool(b) => (b, false),
        Value::Undefined => (false, false),
        other => match other.as_num() {
            Some(n) => {
                let n = n as i64;
                (n & CK_RESOLVE_POINTERS != 0, n & CK_SHARED != 0)
            }
            None => {
                return err(
                    code::BAD_ARGUMENT,
                    "OB Copy: the second argument must be a Boolean or an option (ck resolve pointers, ck shared)",
                    span,
                );
            }
        },
    };
    if !shared {
        if present(args, 2) {
            return err(
                code::BAD_ARGUMENT,
                "OB Copy: groupWith can only be used with ck shared",
                span,
            );
        }
        return match src {
            Value::Object(_) | Value::SharedObject(_) | Value::Collection(_) | Value::SharedCollection(_) => {
                deep_copy(p, &src, resolve, 0, span)
            }
            Value::Null | Value::Undefined => Ok(Value::Null),
            other => err(
                code::BAD_ARGUMENT,
                format!(
                    "OB Copy needs an object, not {}",
                    crate::runtime::ops::type_name_of(&other)
                ),
                span,
            ),
        };
    }
    let group = match val(p, args, 2)? {
        Value::SharedObject(o) => Some(o.group()),
        Value::SharedCollection(c) => Some(c.group()),
        Value::Undefined | Value::Null => None,
        _ => {
            return err(
                code::BAD_ARGUMENT,
                "OB Copy: groupWith must be a shared object or a shared collection",
                span,
            );
        }
    };
    let src = if resolve { resolve_pointer(p, src, span)? } else { src };
    shared_copy(p, src, group, resolve, span)
}

/// The value of a property initialized in a shared class's declaration
/// line: an object or a collection becomes a shared copy (classes.md,
/// "Initializing the property in the declaration line"); others unchanged.
pub static SHARED_INIT: Builtin = b("property", 1, 1, shared_init);

fn shared_init(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    match val(p, args, 0)? {
        v @ (Value::Object(_) | Value::Collection(_)) => shared_copy(p, v, None, false, span),
        v => Ok(v),
    }
}

/// A shared copy of an object or collection, joining `group` when given.
fn shared_copy(
    p: &mut Interp,
    src: Value,
    group: Option<std::sync::Arc<crate::runtime::shared::Group>>,
    resolve: bool,
    span: Span,
) -> RtResult<Value> {
    let copy = match &src {
        // A 4D.Blob is shareable as it is (dt_blob.md): its copy is a blob object too.
        Value::Object(_) if crate::runtime::blob::is_blob_object(&src) => {
            return Ok(from_shared(&to_shared(&src).map_err(|e| share_error(e, &p.rt, span))?));
        }
        Value::Object(_) | Value::SharedObject(_) => {
            let class = match &src {
                Value::SharedObject(o) => o.class.clone(),
                Value::Object(o) => o.borrow().class.clone().filter(|c| c.shared),
                _ => None,
            };
            SharedValue::Object(SharedObject::new(class))
        }
        Value::Collection(_) | Value::SharedCollection(_) => SharedValue::Collection(SharedCollection::new()),
        Value::Null | Value::Undefined => return Ok(Value::Null),
        other => {
            return err(
                code::BAD_ARGUMENT,
                format!(
                    "OB Copy needs an object, not {}",
                    crate::runtime::ops::type_name_of(other)
                ),
                span,
            );
        }
    };
    // Join the group first, while the copy is alone; its contents then join
    // the same group as they are attached.
    if let Some(g) = &group {
        adopt(&copy, g, false).map_err(|e| share_error(e, &p.rt, span))?;
    }
    fill_shared(p, &copy, &src, resolve, 0, span)?;
    Ok(from_shared(&copy))
}

/// The value a pointer points to (other values unchanged).
fn resolve_pointer(p: &mut Interp, v: Value, span: Span) -> RtResult<Value> {
    match &v {
        Value::Pointer(ptr) if !ptr.is_nil() => {
            let target = p.deref(&v, span)?;
            Ok(match target {
                Value::Array(a) => array_to_collection(&a.borrow()),
                other => store_value(other),
            })
        }
        Value::Pointer(_) => Ok(Value::Null),
        _ => Ok(v),
    }
}

/// A deep, non-shared copy (shared objects and collections become regular
/// ones, shared.md "Duplication"); pointers resolved when `resolve`.
pub fn deep_copy(p: &mut Interp, v: &Value, resolve: bool, depth: usize, span: Span) -> RtResult<Value> {
    if depth > MAX_COPY_DEPTH {
        return err(
            code::BAD_ARGUMENT,
            "OB Copy: the object is nested too deeply (circular reference?)",
            span,
        );
    }
    Ok(match v {
        Value::Object(o) => {
            let (class, native, items) = {
                let b = o.borrow();
                let items: Vec<(Text, Value)> = b.props.iter().map(|(k, v)| (k.clone(), v.clone())).collect();
                (b.class.clone(), b.native().clone(), items)
            };
            let mut copy = Object::new();
            copy.class = class;
            copy.set_native(native);
            for (k, item) in items {
                let item = deep_copy(p, &item, resolve, depth + 1, span)?;
                copy.set(k, item);
            }
            Value::new_object(copy)
        }
        Value::SharedObject(o) => {
            let mut copy = Object::new();
            for (k, item) in o.entries() {
                let item = deep_copy(p, &from_shared(&item), resolve, depth + 1, span)?;
                copy.set(k, item);
            }
            Value::new_object(copy)
        }
        Value::Collection(c) => {
            let items = c.borrow().to_vec();
            let mut out = Vec::with_capacity(items.len());
            for item in &items {
                out.push(deep_copy(p, item, resolve, depth + 1, span)?);
            }
            Value::new_collection(out)
        }
        Value::SharedCollection(c) => {
            let mut out = Vec::new();
            for item in c.snapshot() {
                out.push(deep_copy(p, &from_shared(&item), resolve, depth + 1, span)?);
            }
            Value::new_collection(out)
        }
        Value::Pointer(_) if resolve => {
            let target = resolve_pointer(p, v.clone(), span)?;
            deep_copy(p, &target, false, depth + 1, span)?
        }
        Value::Array(a) => Value::Array(Rc::new(RefCell::new(a.borrow().clone()))),
        other => other.clone(),
    })
}

/// Fills the new shared object or collection `dst` with a deep copy of
/// `src`. Children are attached to `dst` before being filled, so the whole
/// copy is one shared group (that of `dst`).
fn fill_shared(
    p: &mut Interp,
    dst: &SharedValue,
    src: &Value,
    resolve: bool,
    depth: usize,
    span: Span,
) -> RtResult<()> {
    if depth > MAX_COPY_DEPTH {
        return err(
            code::BAD_ARGUMENT,
            "OB Copy: the object is nested too deeply (circular reference?)",
            span,
        );
    }
    let items: Vec<(Option<Text>, Value)> = match src {
        Value::Object(_) | Value::SharedObject(_) => entries_of(src).into_iter().map(|(k, v)| (Some(k), v)).collect(),
        Value::Collection(c) => c.borrow().values().iter().map(|v| (None, v.clone())).collect(),
        Value::SharedCollection(c) => c.snapshot().iter().map(|v| (None, from_shared(v))).collect(),
        _ => Vec::new(),
    };
    for (key, item) in items {
        let item = if resolve { resolve_pointer(p, item, span)? } else { item };
        let child = match &item {
            // A 4D.Blob is shared as it is (immutable bytes).
            Value::Object(_) if crate::runtime::blob::is_blob_object(&item) => None,
            Value::Object(_) | Value::SharedObject(_) => {
                let class = match &item {
                    Value::SharedObject(o) => o.class.clone(),
                    _ => None,
                };
                Some(SharedValue::Object(SharedObject::new(class)))
            }
            Value::Collection(_) | Value::SharedCollection(_) => Some(SharedValue::Collection(SharedCollection::new())),
            _ => None,
        };
        let sv = match &child {
            Some(c) => c.clone(),
            None => to_shared(&store_value(item.clone())).map_err(|e| share_error(e, &p.rt, span))?,
        };
        let r = match (dst, key) {
            (SharedValue::Object(o), Some(k)) => o.set_unchecked(k, sv),
            (SharedValue::Collection(c), None) => c.push_unchecked(sv),
            _ => Ok(()),
        };
        r.map_err(|e| share_error(e, &p.rt, span))?;
        if let Some(c) = &child {
            fill_shared(p, c, &item, resolve, depth + 1, span)?;
        }
    }
    Ok(())
}

/// `OB Is defined(object {; property})`
fn ob_is_defined(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    let obj = object_arg(p, args, 0, "OB Is defined", span)?;
    if !present(args, 1) {
        return Ok(Value::Bool(obj.is_some()));
    }
    let key = text(p, args, 1, span)?;
    Ok(Value::Bool(match obj {
        Some(Value::Object(o)) => o.borrow().props.contains(key.as_str()),
        Some(Value::SharedObject(o)) => o.contains(key.as_str()),
        _ => false,
    }))
}

/// `OB Is empty(object)`: True when undefined or without properties.
fn ob_is_empty(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    let obj = object_arg(p, args, 0, "OB Is empty", span)?;
    Ok(Value::Bool(match obj {
        Some(Value::Object(o)) => o.borrow().is_empty(),
        Some(Value::SharedObject(o)) => o.is_empty(),
        _ => true,
    }))
}

fn ob_keys(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    let obj = object_arg(p, args, 0, "OB Keys", span)?;
    let items = obj.map(|o| entries_of(&o)).unwrap_or_default();
    Ok(Value::new_collection(
        items.into_iter().map(|(k, _)| Value::Text(k)).collect(),
    ))
}

fn ob_values(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    let obj = object_arg(p, args, 0, "OB Values", span)?;
    let items = obj.map(|o| entries_of(&o)).unwrap_or_default();
    Ok(Value::new_collection(items.into_iter().map(|(_, v)| v).collect()))
}

/// `OB Entries(object)`: `[{key; value}…]`.
fn ob_entries(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    let obj = object_arg(p, args, 0, "OB Entries", span)?;
    let items = obj.map(|o| entries_of(&o)).unwrap_or_default();
    Ok(Value::new_collection(
        items
            .into_iter()
            .map(|(k, v)| {
                let mut e = Object::new();
                e.set("key", Value::Text(k));
                e.set("value", v);
                Value::new_object(e)
            })
            .collect(),
    ))
}

/// The `OB Get type` of a property value (pictures report `Is object`,
/// ob-get-type.md).
fn property_type(v: &Value) -> i32 {
    match v {
        Value::Picture(_) => ty::OBJECT,
        Value::Int(_) | Value::Time(_) => ty::REAL,
        Value::Array(_) => ty::COLLECTION,
        other => other.type_code(),
    }
}

fn ob_get_type(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    let obj = object_arg(p, args, 0, "OB Get type", span)?;
    let key = text(p, args, 1, span)?;
    let v = match obj {
        Some(o) => entries_of(&o)
            .into_iter()
            .find(|(k, _)| k.as_str() == key.as_str())
            .map(|(_, v)| v)
            .unwrap_or(Value::Undefined),
        None => Value::Undefined,
    };
    Ok(Value::Real(property_type(&v) as f64))
}

/// `OB GET PROPERTY NAMES(object; arrProperties {; arrTypes})`
fn ob_get_property_names(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    let obj = object_arg(p, args, 0, "OB GET PROPERTY NAMES", span)?;
    let items = obj.map(|o| entries_of(&o)).unwrap_or_default();
    let names: Vec<Value> = items.iter().map(|(k, _)| Value::Text(k.clone())).collect();
    put_array(p, args, 1, ArrayKind::Text, names, span)?;
    if present(args, 2) {
        let types: Vec<Value> = items.iter().map(|(_, v)| Value::Int(property_type(v))).collect();
        put_array(p, args, 2, ArrayKind::Longint, types, span)?;
    }
    Ok(Value::Undefined)
}

/// The element type an array gets when a command creates it from values.
fn kind_for(values: &[Value]) -> ArrayKind {
    match values.iter().find(|v| !matches!(v, Value::Null | Value::Undefined)) {
        Some(Value::Real(_) | Value::Int(_)) => ArrayKind::Real,
        Some(Value::Bool(_)) => ArrayKind::Boolean,
        Some(Value::Date(_)) => ArrayKind::Date,
        Some(Value::Time(_)) => ArrayKind::Time,
        Some(Value::Pointer(_)) => ArrayKind::Pointer,
        Some(Value::Picture(_)) => ArrayKind::Picture,
        Some(Value::Blob(_)) => ArrayKind::Blob,
        Some(Value::Object(_) | Value::SharedObject(_) | Value::Collection(_) | Value::SharedCollection(_)) => {
            ArrayKind::Object
        }
        _ => ArrayKind::Text,
    }
}

/// The `Is …` type an array element is converted to.
fn kind_type(kind: ArrayKind) -> i64 {
    (match kind {
        ArrayKind::Text => ty::TEXT,
        ArrayKind::Longint | ArrayKind::Integer => ty::LONGINT,
        ArrayKind::Real => ty::REAL,
        ArrayKind::Boolean => ty::BOOLEAN,
        ArrayKind::Date => ty::DATE,
        ArrayKind::Time => ty::TIME,
        ArrayKind::Object => ty::VARIANT,
        ArrayKind::Pointer => ty::POINTER,
        ArrayKind::Picture => ty::PICTURE,
        ArrayKind::Blob => ty::BLOB,
    }) as i64
}

/// Fills the array passed as argument `i` with `values` (converted to its
/// element type), creating an array of `default` kind when the variable is
/// not an array yet.
pub fn put_array(
    p: &mut Interp,
    args: &[Arg],
    i: usize,
    default: ArrayKind,
    values: Vec<Value>,
    span: Span,
) -> RtResult<()> {
    let existing = match val(p, args, i)? {
        Value::Array(a) => Some(a),
        _ => None,
    };
    let kind = existing.as_ref().map(|a| a.borrow().kind).unwrap_or(default);
    let mut items = Vec::with_capacity(values.len() + 1);
    items.push(kind.default_value());
    for v in values {
        let v = match (kind, v) {
            (_, Value::Null | Value::Undefined) => kind.default_value(),
            (ArrayKind::Object, v @ (Value::Object(_) | Value::SharedObject(_))) => v,
            (ArrayKind::Object, _) => Value::Null,
            (_, v) => convert_to(v, kind_type(kind), 1.0, span)?,
        };
        items.push(super::arrays::element_value(kind, v, span)?);
    }
    if let Some(a) = existing {
        let mut a = a.borrow_mut();
        a.items = items;
        if a.current as usize > a.size() {
            a.current = 0;
        }
        return Ok(());
    }
    let arr = Value::Array(Rc::new(RefCell::new(Array {
        kind,
        items,
        current: 0,
    })));
    match args.get(i) {
        Some(Arg::Ex(Ex::Local(slot))) => {
            *p.local_mut(*slot) = arr;
            Ok(())
        }
        Some(Arg::Ex(Ex::Process(n))) => {
            *p.pvar(*n) = arr;
            Ok(())
        }
        _ => set_arg(p, args, i, arr, span),
    }
}

/// `OB GET ARRAY(object; property; array)`
fn ob_get_array(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    let obj = object_arg(p, args, 0, "OB GET ARRAY", span)?;
    let key = text(p, args, 1, span)?;
    let v = match obj {
        Some(o) => p.get_member(&o, &key, span)?,
        None => Value::Undefined,
    };
    let values: Vec<Value> = match v {
        Value::Collection(c) => c.borrow().to_vec(),
        Value::SharedCollection(c) => c.snapshot().iter().map(from_shared).collect(),
        Value::Null | Value::Undefined => Vec::new(),
        other => vec![other],
    };
    let kind = kind_for(&values);
    put_array(p, args, 2, kind, values, span)?;
    Ok(Value::Undefined)
}

/// `OB SET ARRAY(object; property; array)`: a simple variable gives a
/// one-element array (ob-set-array.md notes).
fn ob_set_array(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    let obj = object_arg_or_create(p, args, 0, "OB SET ARRAY", span)?;
    let key = text(p, args, 1, span)?;
    let v = match val(p, args, 2)? {
        Value::Array(a) => array_to_collection(&a.borrow()),
        Value::Undefined => Value::new_collection(Vec::new()),
        other => Value::new_collection(vec![store_value(other)]),
    };
    let v = match (&obj, v) {
        // A shared object holds a shared collection.
        (Value::SharedObject(_), Value::Collection(c)) => {
            let items = c.borrow().to_vec();
            p.new_shared_collection(&items, span)?
        }
        (_, v) => v,
    };
    p.set_member(&obj, &key, v, span)?;
    Ok(Value::Undefined)
}

/// `OB Instance of(object; class)`
fn ob_instance_of(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    let obj = val(p, args, 0)?;
    let Value::Class(class) = val(p, args, 1)? else {
        return err(
            NOT_A_CLASS,
            "OB Instance of: the class parameter is not a valid class object",
            span,
        );
    };
    if let Some(own) = class_of(p, &obj) {
        return Ok(Value::Bool(
            own.inherits(&class) || class.builtin == Some(BuiltinClass::Object),
        ));
    }
    Ok(Value::Bool(false))
}

/// The class of a value as `OB Class` reports it (every object is at least
/// a `4D.Object`); None for values that are not objects.
fn class_of(p: &Interp, v: &Value) -> Option<Arc<crate::runtime::class::ClassDef>> {
    Some(match v {
        Value::Object(o) => o
            .borrow()
            .class
            .clone()
            .unwrap_or_else(|| p.prog.builtin(BuiltinClass::Object)),
        Value::SharedObject(o) => o.class.clone().unwrap_or_else(|| p.prog.builtin(BuiltinClass::Object)),
        Value::Collection(_) | Value::SharedCollection(_) => p.prog.builtin(BuiltinClass::Collection),
        Value::Function(_) => p.prog.builtin(BuiltinClass::Function),
        Value::Class(_) => p.prog.builtin(BuiltinClass::Class),
        _ => return None,
    })
}

/// `OB Class(object)`: the class, or Null when `object` is not an object.
fn ob_class(p: &mut Interp, args: &[Arg], _: Span) -> RtResult<Value> {
    let obj = val(p, args, 0)?;
    Ok(class_of(p, &obj).map(Value::Class).unwrap_or(Value::Null))
}
