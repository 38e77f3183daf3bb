//! Callbacks of collection functions (CollectionClass.md): a formula
//! (`4D.Function`) or a project method name (Text), called with `$1` = an
//! object holding `value` (and `value2` when sorting, `accumulator` when
//! reducing) and the extra parameters as `$2…`. The callback's result is the
//! value the formula returns, else what it put in `$1.result`; `$1.stop`
//! set to True ends the loop.

use std::rc::Rc;

use crate::runtime::error::{RtResult, code, err};
use crate::runtime::formula::Formula;
use crate::runtime::interp::Interp;
use crate::runtime::object::Object;
use crate::runtime::text::Text;
use crate::runtime::value::{Obj, Value};
use crate::source::Span;

pub enum Callback {
    Formula(Rc<Formula>),
    Method(Text),
}

impl Callback {
    /// The callback passed as argument `v`.
    pub fn from(v: Option<&Value>, fname: &str, span: Span) -> RtResult<Callback> {
        match v {
            Some(Value::Function(f)) => Ok(Callback::Formula(f.clone())),
            Some(Value::Text(t)) => Ok(Callback::Method(t.clone())),
            _ => err(
                code::BAD_ARGUMENT,
                format!("`.{fname}()` needs a formula or a method name"),
                span,
            ),
        }
    }
}

/// What one call of the callback gave.
pub struct Outcome {
    pub result: Value,
    pub stop: bool,
}

/// The `$1` object for an element.
pub fn param_object(value: &Value) -> Obj {
    let mut o = Object::new();
    o.set("value", cb_value(value));
    Rc::new(std::cell::RefCell::new(o))
}

/// An element as the callback sees it (elements are never undefined: null).
fn cb_value(v: &Value) -> Value {
    if v.is_undefined() { Value::Null } else { v.clone() }
}

/// Calls the callback with `$1` = `obj` and the extra parameters.
pub fn invoke(p: &mut Interp, cb: &Callback, obj: Obj, extra: &[Value], span: Span) -> RtResult<Outcome> {
    let mut args = Vec::with_capacity(extra.len() + 1);
    args.push(Value::Object(obj.clone()));
    args.extend(extra.iter().cloned());
    let returned = match cb {
        Callback::Formula(f) => p.call_formula(f, args, Value::Null, span)?,
        Callback::Method(name) => p.call_method_named(name.as_str(), args, span)?,
    };
    let (result, stop) = {
        let b = obj.borrow();
        let result = if returned.is_undefined() {
            b.get("result").cloned().unwrap_or(Value::Undefined)
        } else {
            returned
        };
        (result, matches!(b.get("stop"), Some(Value::Bool(true))))
    };
    Ok(Outcome { result, stop })
}

/// Calls the callback for one element.
pub fn call_for(p: &mut Interp, cb: &Callback, value: &Value, extra: &[Value], span: Span) -> RtResult<Outcome> {
    let obj = param_object(value);
    invoke(p, cb, obj, extra, span)
}

/// Is `a` less than `b` for a sort callback (`$1.value`, `$1.value2`)?
pub fn less(p: &mut Interp, cb: &Callback, a: &Value, b: &Value, extra: &[Value], span: Span) -> RtResult<bool> {
    let obj = param_object(a);
    obj.borrow_mut().set("value2", b.clone());
    let out = invoke(p, cb, obj, extra, span)?;
    Ok(matches!(out.result, Value::Bool(true)))
}
