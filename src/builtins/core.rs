//! Language, output and error commands: LOG EVENT, Value type, Count
//! parameters, Formula, EXECUTE METHOD, ON ERR CALL, throw, Try, ASSERT,
//! Last errors…

use std::rc::Rc;

use super::{Builtin, VARIADIC, b, boolean, has_star, int, num, opt_text, present, text, val};
use crate::runtime::error::{ErrorKind, RtResult, RuntimeError, code, err};
use crate::runtime::formula::{Formula, FormulaKind};
use crate::runtime::interp::Interp;
use crate::runtime::object::Object;
use crate::runtime::pointer::Pointer;
use crate::runtime::value::{Value, ty};
use crate::sema::ir::Arg;
use crate::source::Span;

pub static BUILTINS: &[Builtin] = &[
    b("LOG EVENT", 1, 3, log_event),
    b("Value type", 1, 1, value_type),
    b("Undefined", 1, 1, undefined),
    b("Count parameters", 0, 0, count_parameters),
    b("Copy parameters", 0, 1, copy_parameters),
    b("Current method name", 0, 0, current_method_name),
    b("ON ERR CALL", 1, 2, on_err_call),
    b("Method called on error", 0, 1, method_called_on_error),
    b("ABORT", 0, 0, abort),
    b("throw", 0, 2, throw),
    b("Last errors", 0, 0, last_errors),
    b("ASSERT", 1, 2, assert),
    b("Asserted", 1, 2, asserted),
    b("SET ASSERT ENABLED", 1, 2, set_assert_enabled),
    b("Get assert enabled", 0, 0, get_assert_enabled),
    b("TRACE", 0, 0, nothing),
    b("EXECUTE METHOD", 1, VARIADIC, execute_method),
    b("Is nil pointer", 1, 1, is_nil_pointer),
    b("Is a variable", 1, 1, is_a_variable),
    b("Not", 1, 1, not),
    b("Bool", 1, 1, bool_),
    b("Choose", 2, VARIADIC, choose),
    b("Is compiled mode", 0, 1, is_compiled_mode),
    b("Application type", 0, 0, application_type),
    b("Is macOS", 0, 0, is_macos),
    b("Is Windows", 0, 0, is_windows),
    b("New object", 0, VARIADIC, new_object),
    b("New collection", 0, VARIADIC, new_collection),
    b("Type", 1, 1, type_),
    b("EXECUTE FORMULA", 1, 1, execute_formula),
    b("Formula from string", 1, 2, formula_from_string),
    b("Get pointer", 1, 1, get_pointer),
    b("CLEAR VARIABLE", 1, 1, clear_variable),
    b("Get call chain", 0, 0, get_call_chain),
    b("SET REAL COMPARISON LEVEL", 1, 1, set_real_comparison_level),
    // Resolved before they run (values, `This`, class stores, declarations,
    // formulas): listed here so that they count as implemented.
    b("True", 0, 0, resolved),
    b("False", 0, 0, resolved),
    b("Null", 0, 0, resolved),
    b("This", 0, 0, resolved),
    b("cs", 0, 0, resolved),
    b("4D", 0, 0, resolved),
    b("Super", 0, VARIADIC, resolved),
    b("Formula", 1, 1, resolved),
    b("C_TEXT", 0, VARIADIC, resolved),
    b("C_LONGINT", 0, VARIADIC, resolved),
    b("C_REAL", 0, VARIADIC, resolved),
    b("C_BOOLEAN", 0, VARIADIC, resolved),
    b("C_DATE", 0, VARIADIC, resolved),
    b("C_TIME", 0, VARIADIC, resolved),
    b("C_OBJECT", 0, VARIADIC, resolved),
    b("C_COLLECTION", 0, VARIADIC, resolved),
    b("C_POINTER", 0, VARIADIC, resolved),
    b("C_PICTURE", 0, VARIADIC, resolved),
    b("C_BLOB", 0, VARIADIC, resolved),
    b("C_VARIANT", 0, VARIADIC, resolved),
    b("_o_C_STRING", 0, VARIADIC, resolved),
    b("_o_C_INTEGER", 0, VARIADIC, resolved),
    b("ds", 0, 1, ds),
    b("Form", 0, 0, form),
    b("Self", 0, 0, self_),
    b("Current user", 0, 1, current_user),
    b("RESOLVE POINTER", 4, 4, resolve_pointer),
];

/// Commands the resolver turns into values, declarations or formulas before
/// they run; reaching this means a declaration was used as a value.
fn resolved(_: &mut Interp, _: &[Arg], _: Span) -> RtResult<Value> {
    Ok(Value::Undefined)
}

/// `ds`: fourd has no database; the datastore is an empty object.
fn ds(_: &mut Interp, _: &[Arg], _: Span) -> RtResult<Value> {
    Ok(Value::new_object(Object::new()))
}

/// `Form`: there are no forms in a headless run; each process has one form
/// data object (so `Form.x:=1` then `Form.x` works in scripts).
fn form(p: &mut Interp, _: &[Arg], _: Span) -> RtResult<Value> {
    if let Some(v) = p.singletons.get("\u{0}Form") {
        return Ok(v.clone());
    }
    let v = Value::new_object(Object::new());
    p.singletons.insert("\u{0}Form".into(), v.clone());
    Ok(v)
}

/// `Self`: the object of the running object method; none without forms.
fn self_(_: &mut Interp, _: &[Arg], _: Span) -> RtResult<Value> {
    Ok(Value::Pointer(Rc::new(Pointer::Nil)))
}

/// `Current user`: a single-user run without passwords is the Designer.
/// `Current user({user})`: the account is "Designer" (no user access
/// system); no alias is ever set, so `4D user alias` (2) gives "".
fn current_user(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    let which = if present(args, 0) { int(p, args, 0, span)? } else { 0 };
    Ok(Value::text(if which == 2 { "" } else { "Designer" }))
}

/// `RESOLVE POINTER(pointer; varName; tableNum; fieldNum)`.
fn resolve_pointer(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    let (name, table, field) = match val(p, args, 0)? {
        Value::Pointer(ptr) => match ptr.as_ref() {
            Pointer::Nil => (String::new(), 0, 0),
            Pointer::Element { index, row: 0, .. } => (ptr.name(), *index, -1),
            Pointer::Element { index, row, .. } => (ptr.name(), *row, *index),
            Pointer::Table(t) => (String::new(), if t.as_str().contains(']') { -1 } else { 0 }, 0),
            other => (other.name(), -1, -1),
        },
        _ => (String::new(), 0, 0),
    };
    super::set_arg(p, args, 1, Value::text(name), span)?;
    super::set_arg(p, args, 2, Value::Real(table as f64), span)?;
    super::set_arg(p, args, 3, Value::Real(field as f64), span)?;
    Ok(Value::Undefined)
}

/// `Try(expression)`: evaluates it; an error is intercepted (no handler,
/// no abort) and the result is undefined; `Last errors` then holds it.
pub static TRY: Builtin = b("Try", 1, 1, try_);

/// `Formula(MyMethod)`: a formula calling a method (not a catalog command).
pub static FORMULA_METHOD: Builtin = b("Formula", 2, 2, formula_method);

fn nothing(_: &mut Interp, _: &[Arg], _: Span) -> RtResult<Value> {
    Ok(Value::Undefined)
}

/// `LOG EVENT({output;} message {; importance})`: with `Into system standard
/// outputs` (6) the text goes as is to stdout (stderr for `Error message`).
fn log_event(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    let (output, msg_i) = if args.len() >= 2 {
        (num(p, args, 0, span)? as i64, 1)
    } else {
        (0, 0)
    };
    let message = match val(p, args, msg_i)? {
        Value::Text(t) => t,
        other => crate::runtime::text::Text::from(crate::runtime::value::display(&other)),
    };
    let importance = if args.len() >= 3 {
        num(p, args, 2, span)? as i64
    } else {
        0
    };
    if output == 6 {
        if importance == 2 {
            p.rt.out.stderr(message.as_str());
        } else {
            p.rt.out.stdout(message.as_str());
        }
    }
    Ok(Value::Undefined)
}

fn value_type(p: &mut Interp, args: &[Arg], _: Span) -> RtResult<Value> {
    let v = val(p, args, 0)?;
    let t = match v {
        // Every number computed in interpreted mode is a Real; Longint only in typed variables.
        Value::Int(_) => match args.first() {
            Some(Arg::Ex(
                crate::sema::ir::Ex::Local(_) | crate::sema::ir::Ex::Process(_) | crate::sema::ir::Ex::Element(_),
            )) => ty::LONGINT,
            _ => ty::REAL,
        },
        other => other.type_code(),
    };
    Ok(Value::Real(t as f64))
}

fn type_(p: &mut Interp, args: &[Arg], _: Span) -> RtResult<Value> {
    // The declared type of a variable (local or process).
    let declared = match args.first() {
        Some(Arg::Ex(crate::sema::ir::Ex::Local(slot))) => {
            p.frame().and_then(|f| f.code().slot_types.get(*slot as usize).cloned())
        }
        // A process variable typed by its first assignment (Variant here)
        // has the type of its value.
        Some(Arg::Ex(crate::sema::ir::Ex::Process(i))) => p
            .ptypes
            .get(*i as usize)
            .filter(|t| !matches!(t, crate::sema::ir::VarType::Variant))
            .cloned(),
        _ => None,
    };
    {
        if let Some(t) = declared {
            use crate::sema::ir::VarType as V;
            let code = match t {
                V::Text => ty::TEXT,
                V::Real => ty::REAL,
                V::Integer => ty::LONGINT,
                V::Boolean => ty::BOOLEAN,
                V::Date => ty::DATE,
                V::Time => ty::TIME,
                V::Object | V::Class(..) => ty::OBJECT,
                V::Collection => ty::COLLECTION,
                V::Pointer => ty::POINTER,
                V::Picture => ty::PICTURE,
                V::Blob => ty::BLOB,
                V::Variant => {
                    let v = val(p, args, 0)?;
                    if matches!(v, Value::Array(_)) {
                        v.type_code()
                    } else {
                        ty::VARIANT
                    }
                }
            };
            return Ok(Value::Real(code as f64));
        }
    }
    let v = val(p, args, 0)?;
    Ok(Value::Real(v.type_code() as f64))
}

fn undefined(p: &mut Interp, args: &[Arg], _: Span) -> RtResult<Value> {
    Ok(Value::Bool(val(p, args, 0)?.is_undefined()))
}

fn count_parameters(p: &mut Interp, _: &[Arg], _: Span) -> RtResult<Value> {
    Ok(Value::Real(p.frame().map(|f| f.nargs).unwrap_or(0) as f64))
}

fn copy_parameters(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    let start = if present(args, 0) {
        int(p, args, 0, span)?.max(1) as u32
    } else {
        1
    };
    let n = p.frame().map(|f| f.nargs).unwrap_or(0) as u32;
    let mut out = Vec::new();
    for i in start..=n {
        out.push(crate::runtime::access::store_value(p.param_any(i)));
    }
    Ok(Value::new_collection(out))
}

fn current_method_name(p: &mut Interp, _: &[Arg], _: Span) -> RtResult<Value> {
    Ok(Value::text(p.method_name()))
}

fn on_err_call(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    if p.errors.in_handler {
        return err(
            code::BAD_ARGUMENT,
            "ON ERR CALL cannot be called inside an error handler",
            span,
        );
    }
    let method = text(p, args, 0, span)?.to_string();
    let scope = if present(args, 1) { int(p, args, 1, span)? } else { 0 };
    let handler = if method.is_empty() { None } else { Some(method) };
    if scope == 1 {
        *p.rt.global_handler.write() = handler;
    } else {
        p.errors.handler = handler;
        p.errors.handler_depth = p.errors.try_depth;
    }
    Ok(Value::Undefined)
}

fn method_called_on_error(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    let scope = if present(args, 0) { int(p, args, 0, span)? } else { 0 };
    let h = if scope == 1 {
        p.rt.global_handler.read().clone()
    } else {
        p.errors.handler.clone()
    };
    Ok(Value::text(h.unwrap_or_default()))
}

fn abort(_: &mut Interp, _: &[Arg], span: Span) -> RtResult<Value> {
    Err(RuntimeError::abort(span))
}

/// `throw(code {; description})`, `throw(errorObject)`, `throw` (rethrow).
fn throw(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    if args.is_empty() {
        let last = p.errors.last.last().cloned();
        // The current errors, raised when the current method returns (throw.md).
        if let Some(e) = last {
            let frame = p.frame_id();
            p.deferred_errors.push((frame, Box::new(e)));
        }
        return Ok(Value::Undefined);
    }
    let first = val(p, args, 0)?;
    let mut e = match first {
        Value::Object(o) => {
            let o = o.borrow();
            let code = o.get("errCode").and_then(Value::as_num).unwrap_or(-1.0) as i32;
            let template = o
                .get("message")
                .and_then(|v| v.as_text().map(|t| t.to_string()))
                .unwrap_or_default();
            // `{prop}` placeholders are filled from the object's other properties.
            let mut message = template.clone();
            for (k, v) in o.props.iter() {
                message = message.replace(&format!("{{{k}}}"), &crate::runtime::value::display(v));
            }
            if message.is_empty() {
                message = format!("Error code: {code} (host)");
            }
            let mut e = RuntimeError::new(code, message, span);
            e.component = o
                .get("componentSignature")
                .and_then(|v| v.as_text().map(|t| t.to_string()))
                .unwrap_or_else(|| "host".into());
            e.deferred = matches!(o.get("deferred"), Some(Value::Bool(true)));
            for (k, v) in o.props.iter() {
                if !matches!(k.as_str(), "errCode" | "message" | "componentSignature" | "deferred") {
                    e.extra.push((k.to_string(), crate::runtime::value::display(v)));
                }
            }
            e
        }
        other => {
            let code = other.as_num().unwrap_or(-1.0) as i32;
            let message = match opt_text(p, args, 1, span)? {
                Some(t) => t.to_string(),
                None => format!("Error code: {code} (host)"),
            };
            let mut e = RuntimeError::new(code, message, span);
            e.component = "host".into();
            e
        }
    };
    e.kind = ErrorKind::Error;
    if e.deferred {
        // Raised when the current method returns (throw.md); meanwhile it
        // runs on, even inside `Try`.
        e.deferred = false;
        let frame = p.frame_id();
        p.deferred_errors.push((frame, e));
        return Ok(Value::Undefined);
    }
    Err(e)
}

/// `Last errors`: the errors of the last failure, or Null.
fn last_errors(p: &mut Interp, _: &[Arg], _: Span) -> RtResult<Value> {
    if p.errors.last.is_empty() {
        return Ok(Value::Null);
    }
    let items = p.errors.last.iter().map(error_object).collect();
    Ok(Value::new_collection(items))
}

/// `{errCode, message, componentSignature}` of an error.
pub fn error_object(e: &RuntimeError) -> Value {
    let mut o = Object::new();
    o.set("errCode", Value::Real(e.code as f64));
    o.set("message", Value::text(e.message.as_str()));
    o.set("componentSignature", Value::text(e.component.as_str()));
    for (k, v) in &e.extra {
        o.set(k.as_str(), Value::text(v.as_str()));
    }
    Value::new_object(o)
}

fn assert(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    check_assertion(p, args, span)?;
    Ok(Value::Undefined)
}

/// `Asserted(boolean {; message})`: the Boolean, after the check.
fn asserted(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    Ok(Value::Bool(check_assertion(p, args, span)?))
}

/// Assertions are on unless `SET ASSERT ENABLED(False)`.
#[derive(Default)]
struct AssertsOff(std::sync::atomic::AtomicBool);

fn asserts_enabled(p: &Interp) -> bool {
    !p.rt
        .extensions
        .get::<AssertsOff>()
        .0
        .load(std::sync::atomic::Ordering::Relaxed)
}

/// `ASSERT`/`Asserted`: error -10518 when the Boolean is False, with the
/// message given, else "Assert failed: " and the text of the assertion
/// (assert.md).
fn check_assertion(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<bool> {
    let value = boolean(p, args, 0, span)?;
    if value || !asserts_enabled(p) {
        return Ok(value);
    }
    let msg = match opt_text(p, args, 1, span)? {
        Some(t) if !t.is_empty() => format!("Assert failed: {t}"),
        _ => match assertion_text(p, span) {
            Some(t) => format!("Assert failed: {t}"),
            None => "Assert failed".to_string(),
        },
    };
    err(code::ASSERTION, msg, span)
}

/// The text of the first argument of the call at `span`, as written.
fn assertion_text(p: &Interp, span: Span) -> Option<String> {
    let file = p.prog.sources.get(span.source)?;
    let call = file.text.get(span.range())?;
    let inner = call.get(call.find('(')? + 1..call.rfind(')')?)?;
    let mut depth = 0i32;
    let mut in_text = false;
    for (i, c) in inner.char_indices() {
        match c {
            '"' => in_text = !in_text,
            '(' | '[' | '{' if !in_text => depth += 1,
            ')' | ']' | '}' if !in_text => depth -= 1,
            ';' if !in_text && depth == 0 => return Some(inner.get(..i)?.trim().to_string()),
            _ => {}
        }
    }
    Some(inner.trim().to_string())
}

/// `SET ASSERT ENABLED(enabled {; *})`: for the whole application.
fn set_assert_enabled(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    let on = boolean(p, args, 0, span)?;
    p.rt.extensions
        .get::<AssertsOff>()
        .0
        .store(!on, std::sync::atomic::Ordering::Relaxed);
    Ok(Value::Undefined)
}

fn get_assert_enabled(p: &mut Interp, _: &[Arg], _: Span) -> RtResult<Value> {
    Ok(Value::Bool(asserts_enabled(p)))
}

/// `EXECUTE METHOD(name {; result {; param…}})`.
fn execute_method(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    let name = text(p, args, 0, span)?.to_string();
    let mut params = Vec::new();
    for i in 2..args.len() {
        params.push(val(p, args, i)?);
    }
    // OK is 1 when the method ran, else 0 (execute-method.md).
    let r = p.call_method_named(&name, params, span);
    super::set_ok(p, r.is_ok());
    let r = r?;
    if present(args, 1) && !matches!(args.get(1), Some(Arg::Star)) {
        super::set_arg(p, args, 1, r, span)?;
    }
    Ok(Value::Undefined)
}

fn is_nil_pointer(p: &mut Interp, args: &[Arg], _: Span) -> RtResult<Value> {
    Ok(Value::Bool(match val(p, args, 0)? {
        Value::Pointer(ptr) => matches!(ptr.as_ref(), Pointer::Nil),
        _ => true,
    }))
}

/// `Is a variable(pointer)`: True when the pointer points to a variable (or
/// an element of an array variable), False for a table, a field or nil.
fn is_a_variable(p: &mut Interp, args: &[Arg], _: Span) -> RtResult<Value> {
    Ok(Value::Bool(match val(p, args, 0)? {
        Value::Pointer(ptr) => !matches!(ptr.as_ref(), Pointer::Nil | Pointer::Table(_)),
        _ => false,
    }))
}

fn not(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    Ok(Value::Bool(!boolean(p, args, 0, span)?))
}

/// `Bool(expr)`: False for undefined, else the Boolean (numbers: # 0).
fn bool_(p: &mut Interp, args: &[Arg], _: Span) -> RtResult<Value> {
    Ok(Value::Bool(match val(p, args, 0)? {
        Value::Bool(b) => b,
        Value::Real(r) => r != 0.0,
        Value::Int(i) => i != 0,
        _ => false,
    }))
}

/// `Choose(criterion; value0; value1…)`: by Boolean (False/True) or index.
fn choose(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    let c = val(p, args, 0)?;
    // A Boolean chooses value1 when True, value2 when False.
    let i = match c {
        Value::Bool(b) => f64::from(!b as u8),
        other => match other.as_num() {
            Some(n) => n.trunc(),
            None => return err(code::BAD_ARGUMENT, "Choose needs a Boolean or a number", span),
        },
    };
    // Every value is evaluated, whichever is returned (choose.md: side
    // effects happen and errors are raised in all cases).
    let mut values = Vec::with_capacity(args.len().saturating_sub(1));
    for k in 1..args.len() {
        values.push(val(p, args, k)?);
    }
    if i >= 0.0
        && let Some(v) = values.get_mut(i as usize)
    {
        return Ok(std::mem::take(v));
    }
    // No value for the criterion: the empty value of the values' type.
    Ok(match values.first() {
        Some(v) => empty_like(v),
        None => Value::Undefined,
    })
}

/// The empty value of `v`'s type ("" for a text, 0 for a number…).
fn empty_like(v: &Value) -> Value {
    match v {
        Value::Text(_) => Value::Text(crate::runtime::text::Text::default()),
        Value::Real(_) => Value::Real(0.0),
        Value::Int(_) => Value::Int(0),
        Value::Bool(_) => Value::Bool(false),
        Value::Date(_) => Value::Date(crate::runtime::date::Date::NULL),
        Value::Time(_) => Value::Time(0),
        Value::Object(_) | Value::SharedObject(_) | Value::Collection(_) | Value::SharedCollection(_) => Value::Null,
        _ => Value::Undefined,
    }
}

fn is_compiled_mode(_: &mut Interp, _: &[Arg], _: Span) -> RtResult<Value> {
    Ok(Value::Bool(false))
}

/// `Application type`: 6 (tool4d), the headless runtime fourd stands in for.
fn application_type(_: &mut Interp, _: &[Arg], _: Span) -> RtResult<Value> {
    Ok(Value::Real(6.0))
}

fn is_macos(_: &mut Interp, _: &[Arg], _: Span) -> RtResult<Value> {
    Ok(Value::Bool(cfg!(target_os = "macos")))
}

fn is_windows(_: &mut Interp, _: &[Arg], _: Span) -> RtResult<Value> {
    Ok(Value::Bool(cfg!(windows)))
}

/// `New object({name; value; …})`.
fn new_object(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    if !args.len().is_multiple_of(2) {
        return err(
            code::BAD_ARGUMENT,
            "New object takes property names and values in pairs",
            span,
        );
    }
    let mut o = Object::with_capacity(args.len() / 2);
    let mut i = 0;
    while i < args.len() {
        let k = text(p, args, i, span)?;
        let v = super::stored_val(p, args, i + 1)?;
        if !v.is_undefined() {
            o.set(k, v);
        }
        i += 2;
    }
    Ok(Value::new_object(o))
}

/// `New collection({value; …})`: undefined values become null.
fn new_collection(p: &mut Interp, args: &[Arg], _: Span) -> RtResult<Value> {
    let mut items = Vec::with_capacity(args.len());
    for i in 0..args.len() {
        items.push(crate::runtime::access::store_element(super::stored_val(p, args, i)?));
    }
    Ok(Value::new_collection(items))
}

fn formula_method(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    let id = num(p, args, 0, span)? as u32;
    let name = text(p, args, 1, span)?.to_string();
    Ok(Value::Function(Rc::new(Formula {
        kind: FormulaKind::Method(id, name),
        captured: Vec::new(),
    })))
}

pub fn star(args: &[Arg]) -> bool {
    has_star(args)
}

fn try_(p: &mut Interp, args: &[Arg], _: Span) -> RtResult<Value> {
    p.errors.last.clear();
    p.errors.try_depth += 1;
    let depth = p.uses.len();
    let r = val(p, args, 0);
    p.errors.try_depth -= 1;
    match r {
        Ok(v) => Ok(v),
        Err(e) if e.catchable() => {
            p.release_uses(depth);
            p.record_error(&e);
            Ok(Value::Undefined)
        }
        Err(e) => Err(e),
    }
}

/// Resolves the text of a formula given at run time.
fn formula_code(p: &mut Interp, source: &str, span: Span) -> RtResult<std::sync::Arc<crate::sema::ir::FormulaCode>> {
    let sid = p.prog.sources.add("Formula", None, source);
    crate::sema::resolve_formula_text(&p.prog, sid).map_err(|d| {
        let first = d.first().map(|d| d.message.clone()).unwrap_or_default();
        RuntimeError::new(
            code::SYNTAX,
            format!("syntax error in the formula `{source}`: {first}"),
            span,
        )
    })
}

/// `EXECUTE FORMULA(statement)`: runs one line of code given as text.
fn execute_formula(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    let source = text(p, args, 0, span)?;
    if source.is_empty() {
        return Ok(Value::Undefined);
    }
    let code = formula_code(p, source.as_str(), span)?;
    let f = Rc::new(Formula {
        kind: FormulaKind::Code(code),
        captured: Vec::new(),
    });
    let this = p.frame().map(|f| f.this()).unwrap_or(Value::Null);
    p.call_formula(&f, Vec::new(), this, span)?;
    Ok(Value::Undefined)
}

/// `Formula from string(text {; context})`.
fn formula_from_string(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    let source = text(p, args, 0, span)?;
    let code = formula_code(p, source.as_str(), span)?;
    Ok(Value::Function(Rc::new(Formula {
        kind: FormulaKind::Code(code),
        captured: Vec::new(),
    })))
}

/// `Get pointer(varName)`: a pointer to a process or interprocess variable
/// (or an element: `arr{3}`).
fn get_pointer(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    let name = text(p, args, 0, span)?.to_string();
    let name = name.trim();
    // `arr{3}`, `arr{2}{6}` (a 2D array's element).
    let (base, indexes) = match name.split_once('{') {
        Some((b, rest)) => (
            b.trim(),
            rest.trim_end_matches('}')
                .split("}{")
                .map(|i| i.trim().parse::<i32>().ok())
                .collect::<Option<Vec<i32>>>(),
        ),
        None => (name, None),
    };
    let ptr = if let Some(n) = base.strip_prefix("<>") {
        let index = p.prog.inter_var(n);
        Pointer::Interprocess { index, name: n.into() }
    } else if base.starts_with('$') {
        return err(code::BAD_ARGUMENT, "Get pointer cannot point to a local variable", span);
    } else {
        let index = p.prog.process_var(base);
        Pointer::Process {
            index,
            name: base.into(),
        }
    };
    if let Some(indexes) = indexes {
        let mut target = match &ptr {
            Pointer::Process { index, .. } => p.pvar(*index).clone(),
            _ => p.inter_get(match &ptr {
                Pointer::Interprocess { index, .. } => *index,
                _ => 0,
            }),
        };
        let (row, index) = match indexes.as_slice() {
            [i] => (0, *i),
            [r, i] => {
                target = p.get_element(&target, &Value::Real(f64::from(*r)), span)?;
                (*r, *i)
            }
            _ => {
                return err(
                    code::BAD_ARGUMENT,
                    format!("Get pointer: `{name}` is not a variable"),
                    span,
                );
            }
        };
        if let Value::Array(a) = target {
            return Ok(Value::Pointer(Rc::new(Pointer::Element {
                array: a,
                index,
                name: base.into(),
                row,
            })));
        }
    }
    Ok(Value::Pointer(Rc::new(ptr)))
}

/// `CLEAR VARIABLE(var)`: back to its type's empty value (arrays: no elements).
fn clear_variable(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    let cur = val(p, args, 0)?;
    let empty = match &cur {
        Value::Array(a) => {
            a.borrow_mut().resize(0);
            return Ok(Value::Undefined);
        }
        Value::Text(_) => Value::text(""),
        Value::Real(_) => Value::Real(0.0),
        Value::Int(_) => Value::Int(0),
        Value::Bool(_) => Value::Bool(false),
        Value::Date(_) => Value::Date(crate::runtime::date::Date::NULL),
        Value::Time(_) => Value::Time(0),
        Value::Pointer(_) => Value::Pointer(Rc::new(Pointer::Nil)),
        Value::Object(_) | Value::Collection(_) | Value::SharedObject(_) | Value::SharedCollection(_) => Value::Null,
        _ => Value::Undefined,
    };
    super::set_arg(p, args, 0, empty, span)?;
    Ok(Value::Undefined)
}

/// `Get call chain`: the calls running, innermost first.
fn get_call_chain(p: &mut Interp, _: &[Arg], _: Span) -> RtResult<Value> {
    let mut out = Vec::new();
    // The innermost frame is at the current line, each caller at the line
    // its callee's frame recorded.
    let mut line = p.line;
    for f in p.frames.iter().rev() {
        let code = f.code();
        let mut o = Object::new();
        // `Class.function`, `Class:constructor`.
        let is_fn = code.name.contains(['.', ':']);
        o.set(
            "type",
            Value::text(if is_fn { "classFunction" } else { "projectMethod" }),
        );
        o.set("name", Value::text(code.name.as_str()));
        o.set("line", Value::Real(line as f64));
        o.set("database", Value::text("host"));
        // The line running at this level, as written (20 R9).
        o.set("formula", Value::text(p.prog.sources.formula(code.source, line as u32)));
        out.push(Value::new_object(o));
        line = f.caller_line;
    }
    Ok(Value::new_collection(out))
}

/// `SET REAL COMPARISON LEVEL(epsilon)`: the precision of `=` on Reals.
fn set_real_comparison_level(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    let e = num(p, args, 0, span)?;
    crate::runtime::ops::set_epsilon(e);
    Ok(Value::Undefined)
}
