//! The builtin registry: every implemented 4D command is one entry (name,
//! argument count range, function), grouped by theme in the files below and
//! bound to the catalog by name. Argument counts are checked when code is
//! resolved; argument types by the helpers here. Member functions of 4D's
//! classes (Collection, File, Signal…) live in `collections.rs` and `classes.rs`.

pub mod arrays;
pub mod blob;
pub mod classes;
pub mod collections;
pub mod core;
pub mod dates;
pub mod encoding;
pub mod files;
pub mod format;
pub mod lists;
pub mod math;
pub mod menus;
pub mod objects;
pub mod pasteboard;
pub mod process;
pub mod process_comm;
pub mod screen;
pub mod system;
pub mod text;
pub mod xml;

use std::sync::LazyLock;

use crate::catalog;
use crate::runtime::error::{RtResult, code, err};
use crate::runtime::interp::Interp;
use crate::runtime::text::Text;
use crate::runtime::value::Value;
use crate::sema::ir::{Arg, Ex};
use crate::source::Span;

/// `max` of a command taking any number of arguments.
pub const VARIADIC: u8 = 255;

pub type BuiltinFn = fn(&mut Interp, &[Arg], Span) -> RtResult<Value>;

pub struct Builtin {
    /// The command's current English name (as in the catalog).
    pub name: &'static str,
    pub min: u8,
    pub max: u8,
    pub f: BuiltinFn,
}

impl std::fmt::Debug for Builtin {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Builtin({})", self.name)
    }
}

pub const fn b(name: &'static str, min: u8, max: u8, f: BuiltinFn) -> Builtin {
    Builtin { name, min, max, f }
}

/// Every theme's table.
fn tables() -> [&'static [Builtin]; 19] {
    [
        blob::BUILTINS,
        core::BUILTINS,
        process::BUILTINS,
        process_comm::BUILTINS,
        arrays::BUILTINS,
        collections::BUILTINS,
        text::BUILTINS,
        math::BUILTINS,
        dates::BUILTINS,
        objects::BUILTINS,
        files::BUILTINS,
        encoding::BUILTINS,
        system::BUILTINS,
        format::BUILTINS,
        screen::BUILTINS,
        pasteboard::BUILTINS,
        lists::BUILTINS,
        menus::BUILTINS,
        xml::BUILTINS,
    ]
}

static REGISTRY: LazyLock<Vec<Option<&'static Builtin>>> = LazyLock::new(|| {
    let mut reg: Vec<Option<&'static Builtin>> = vec![None; catalog::COMMANDS.len()];
    for table in tables() {
        for b in table {
            if let Some(i) = catalog::command_by_name(b.name)
                && let Some(slot) = reg.get_mut(i as usize)
            {
                *slot = Some(b);
            }
        }
    }
    reg
});

/// The builtin of a catalog command, if fourd implements it.
pub fn lookup(catalog_index: u16) -> Option<&'static Builtin> {
    REGISTRY.get(catalog_index as usize).copied().flatten()
}

/// `(number, name)` of every implemented command, sorted by number (`fourd commands`).
pub fn implemented() -> Vec<(u32, &'static str)> {
    let mut v: Vec<(u32, &'static str)> = REGISTRY
        .iter()
        .enumerate()
        .filter(|(_, b)| b.is_some())
        .filter_map(|(i, _)| catalog::command(i as u16).map(|c| (c.number, c.name)))
        .collect();
    v.sort();
    v
}

/// Builtins not tied to a catalog entry.
pub fn formula_method() -> &'static Builtin {
    &core::FORMULA_METHOD
}

/// The shared copy of a shared class's initialized property.
pub fn shared_init() -> &'static Builtin {
    &objects::SHARED_INIT
}

/// `Try(expression)`.
pub fn try_builtin() -> &'static Builtin {
    &core::TRY
}

// ----- argument helpers ---------------------------------------------------

/// Argument `i` as a value (undefined when absent or skipped).
pub fn val(p: &mut Interp, args: &[Arg], i: usize) -> RtResult<Value> {
    match args.get(i) {
        Some(a) => p.arg(a),
        None => Ok(Value::Undefined),
    }
}

/// Argument `i` when it is a number computed in place (a numeric local,
/// literal, arithmetic on them, a property or element of a local), without
/// building a value; None for the others (and when absent).
#[inline(always)]
pub fn num_in_place(p: &Interp, args: &[Arg], i: usize) -> Option<f64> {
    match args.get(i) {
        Some(Arg::Ex(e)) => p.num_operand(e),
        _ => None,
    }
}

/// Argument `i` as an object property or collection element stores it
/// (`access::store_value`: numbers as Reals); a number is computed in place.
pub fn stored_val(p: &mut Interp, args: &[Arg], i: usize) -> RtResult<Value> {
    if let Some(x) = num_in_place(p, args, i) {
        return Ok(Value::Real(x));
    }
    val(p, args, i).map(crate::runtime::access::store_value)
}

/// The `OK` system variable: 1 after success, 0 after a failure.
pub fn set_ok(p: &mut Interp, ok: bool) {
    p.set_system_var("OK", Value::Real(if ok { 1.0 } else { 0.0 }));
}

/// Runs a command that sets OK: 1 when it succeeds, 0 when it fails.
pub fn with_ok(p: &mut Interp, args: &[Arg], span: Span, f: BuiltinFn) -> RtResult<Value> {
    let r = f(p, args, span);
    set_ok(p, r.is_ok());
    r
}

pub fn present(args: &[Arg], i: usize) -> bool {
    matches!(args.get(i), Some(Arg::Ex(_)))
}

/// A `*` among the arguments.
pub fn has_star(args: &[Arg]) -> bool {
    args.iter().any(|a| matches!(a, Arg::Star))
}

fn type_err<T>(what: &str, i: usize, got: &Value, span: Span) -> RtResult<T> {
    err(
        code::BAD_ARGUMENT,
        format!(
            "argument {} must be {what}, not {}",
            i + 1,
            crate::runtime::ops::type_name_of(got)
        ),
        span,
    )
}

pub fn text(p: &mut Interp, args: &[Arg], i: usize, span: Span) -> RtResult<Text> {
    match val(p, args, i)? {
        Value::Text(t) => Ok(t),
        Value::Undefined => Ok(Text::default()),
        other => type_err("a text", i, &other, span),
    }
}

pub fn opt_text(p: &mut Interp, args: &[Arg], i: usize, span: Span) -> RtResult<Option<Text>> {
    if !present(args, i) {
        return Ok(None);
    }
    text(p, args, i, span).map(Some)
}

pub fn num(p: &mut Interp, args: &[Arg], i: usize, span: Span) -> RtResult<f64> {
    if let Some(x) = num_in_place(p, args, i) {
        return Ok(x);
    }
    let v = val(p, args, i)?;
    match v {
        Value::Real(r) => Ok(r),
        Value::Int(n) => Ok(n as f64),
        Value::Time(t) => Ok(t as f64),
        Value::Bool(b) => Ok(b as i32 as f64),
        Value::Undefined => Ok(0.0),
        Value::Array(a) => Ok(a.borrow().current as f64),
        other => type_err("a number", i, &other, span),
    }
}

pub fn opt_num(p: &mut Interp, args: &[Arg], i: usize, span: Span) -> RtResult<Option<f64>> {
    if !present(args, i) {
        return Ok(None);
    }
    num(p, args, i, span).map(Some)
}

pub fn int(p: &mut Interp, args: &[Arg], i: usize, span: Span) -> RtResult<i64> {
    // `as` truncates toward zero.
    num(p, args, i, span).map(|n| n as i64)
}

pub fn boolean(p: &mut Interp, args: &[Arg], i: usize, span: Span) -> RtResult<bool> {
    match val(p, args, i)? {
        Value::Bool(b) => Ok(b),
        Value::Undefined => Ok(false),
        other => type_err("a Boolean", i, &other, span),
    }
}

/// Writes a command's output into the variable (or property, element,
/// dereferenced pointer) passed as argument `i`.
pub fn set_arg(p: &mut Interp, args: &[Arg], i: usize, v: Value, span: Span) -> RtResult<()> {
    let Some(Arg::Ex(e)) = args.get(i) else {
        return Ok(());
    };
    assign_ex(p, e, v, span)
}

/// Assigns to the place an expression names.
pub fn assign_ex(p: &mut Interp, e: &Ex, v: Value, span: Span) -> RtResult<()> {
    match e {
        Ex::Local(slot) => {
            let ty = p.frame().and_then(|f| f.code().slot_types.get(*slot as usize).cloned());
            let v = match ty {
                Some(t) => crate::runtime::ops::coerce(&t, v, span)?,
                None => v,
            };
            *p.local_mut(*slot) = v;
            Ok(())
        }
        Ex::Process(i) => p.assign_pvar(*i, v, span),
        Ex::Interprocess(i) => p.assign_inter(*i, v, span),
        Ex::Param(n) => p.assign(&crate::sema::ir::Place::Param(*n), v, span),
        Ex::Member(m) => {
            let obj = p.eval(&m.0)?;
            p.set_member(&obj, &m.1, v, span)
        }
        Ex::Index(m) => {
            let obj = p.eval(&m.0)?;
            let idx = p.eval(&m.1)?;
            p.set_index(&obj, &idx, v, span)
        }
        Ex::Element(m) => {
            let arr = p.eval(&m.0)?;
            let idx = p.eval(&m.1)?;
            p.set_element(&arr, &idx, v, span)
        }
        Ex::Deref(d) => {
            let ptr = p.eval(&d.0)?;
            p.assign_through(&ptr, v, span)
        }
        _ => err(code::BAD_ARGUMENT, "this argument must be a variable", span),
    }
}

/// `4D.File`/`4D.Folder` properties (the files theme provides them).
pub fn classes_files(
    p: &mut Interp,
    kind: crate::runtime::class::BuiltinClass,
    obj: &Value,
    key: &str,
    span: Span,
) -> RtResult<Value> {
    files::get_property(p, kind, obj, key, span)
}

/// `4D.File`/`4D.Folder` member functions (the files theme provides them).
pub fn classes_files_call(
    p: &mut Interp,
    kind: crate::runtime::class::BuiltinClass,
    recv: &Value,
    name: &str,
    args: &[Value],
    span: Span,
) -> Option<RtResult<Value>> {
    files::call(p, kind, recv, name, args, span)
}

/// `String(value; format {; addTime})` (number, date and time formats).
pub fn format_value(
    p: &mut Interp,
    v: &Value,
    format: &Value,
    add_time: Option<&Value>,
    span: Span,
) -> RtResult<Value> {
    format::format_value(p, v, format, add_time, span)
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]
mod tests {
    use super::*;

    #[test]
    fn every_builtin_is_a_documented_command() {
        for table in tables() {
            for b in table {
                assert!(
                    catalog::command_by_name(b.name).is_some(),
                    "{} is not in the catalog",
                    b.name
                );
            }
        }
    }
}
