//! Process communication (theme "Process (Communications)"): `GET PROCESS
//! VARIABLE`, `SET PROCESS VARIABLE`, `VARIABLE TO VARIABLE`.
//!
//! The variables named in the other process are not evaluated here: a
//! process variable `v` (or `v{n}`, or `ptr->` pointing to one) designates
//! that process's own instance, read or written by the target itself at its
//! next loop iteration or wait (runtime/procvars.rs). Interprocess variables
//! are the same for every process and are handled here directly.
//!
//! Documented rules followed: local variables are refused as variables of
//! the other process; pointers cannot travel; `SET PROCESS VARIABLE` takes
//! expressions (so no whole array), `VARIABLE TO VARIABLE` takes variables
//! (arrays as a whole); an unknown destination process is an error for the
//! two writing commands, while `GET PROCESS VARIABLE` then has no effect; an
//! unknown source variable reads as undefined. A process that has ended does
//! not exist any more.

use std::sync::Arc;
use std::sync::atomic::Ordering;

use super::{Builtin, VARIADIC, b, int, set_arg, val};
use crate::runtime::error::{RtResult, RuntimeError, code, err};
use crate::runtime::interp::Interp;
use crate::runtime::pointer::Pointer;
use crate::runtime::process::{ProcessEntry, VarOp, VarPath, VarReply};
use crate::runtime::sendable::{SendOptions, Sendable, from_sendable, to_sendable};
use crate::runtime::value::Value;
use crate::sema::ir::{Arg, Ex};
use crate::source::Span;

pub static BUILTINS: &[Builtin] = &[
    b("GET PROCESS VARIABLE", 3, VARIADIC, get_process_variable),
    b("SET PROCESS VARIABLE", 3, VARIADIC, set_process_variable),
    b("VARIABLE TO VARIABLE", 3, VARIADIC, variable_to_variable),
];

/// A variable of the other process, as an argument names it.
enum Remote {
    Process(VarPath),
    /// An interprocess variable (or one of its elements): the same in every process.
    Inter(u32, Option<i64>),
}

/// The process a command talks to.
enum Target {
    Me,
    Other(Arc<ProcessEntry>),
    Missing,
}

fn target(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<(i64, Target)> {
    let n = int(p, args, 0, span)?;
    if n == p.entry.number as i64 {
        return Ok((n, Target::Me));
    }
    let t = match i32::try_from(n).ok().and_then(|n| p.rt.processes.by_number(n)) {
        Some(e) if e.alive.load(Ordering::SeqCst) => Target::Other(e),
        _ => Target::Missing,
    };
    Ok((n, t))
}

/// The pairs after the process number.
fn pairs(cmd: &str, args: &[Arg], span: Span) -> RtResult<usize> {
    let n = args.len().saturating_sub(1);
    if n == 0 || !n.is_multiple_of(2) {
        return err(
            code::BAD_ARGUMENT,
            format!("{cmd} takes the process number, then pairs of variables"),
            span,
        );
    }
    Ok(n / 2)
}

fn element_index(p: &mut Interp, e: &Ex) -> RtResult<i64> {
    Ok(p.eval(e)?.as_num().unwrap_or(0.0).trunc() as i64)
}

/// Which variable of the other process argument `i` designates.
fn remote(p: &mut Interp, args: &[Arg], i: usize, cmd: &str, span: Span) -> RtResult<Remote> {
    let bad_local = || {
        err(
            code::BAD_ARGUMENT,
            format!("{cmd} does not accept local variables as variables of the other process"),
            span,
        )
    };
    let Some(Arg::Ex(e)) = args.get(i) else {
        return err(
            code::BAD_ARGUMENT,
            format!("{cmd}: argument {} must be a process or interprocess variable", i + 1),
            span,
        );
    };
    match e {
        Ex::Process(n) => Ok(Remote::Process(VarPath::Var(*n))),
        Ex::Interprocess(n) => Ok(Remote::Inter(*n, None)),
        Ex::Local(_) | Ex::Param(_) | Ex::ParamIndirect(_) => bad_local(),
        Ex::Element(el) => {
            let idx = element_index(p, &el.1)?;
            match &el.0 {
                Ex::Process(n) => Ok(Remote::Process(VarPath::Element(*n, idx))),
                Ex::Interprocess(n) => Ok(Remote::Inter(*n, Some(idx))),
                Ex::Deref(d) => match pointed(p, &d.0, span)? {
                    Remote::Process(VarPath::Var(n)) => Ok(Remote::Process(VarPath::Element(n, idx))),
                    Remote::Inter(n, None) => Ok(Remote::Inter(n, Some(idx))),
                    _ => bad_local(),
                },
                _ => bad_local(),
            }
        }
        Ex::Deref(d) => pointed(p, &d.0, span),
        _ => err(
            code::BAD_ARGUMENT,
            format!("{cmd}: argument {} must be a process or interprocess variable", i + 1),
            span,
        ),
    }
}

/// The variable a pointer points to, when it can name another process's instance.
fn pointed(p: &mut Interp, e: &Ex, span: Span) -> RtResult<Remote> {
    let v = p.eval(e)?;
    let Value::Pointer(ptr) = v else {
        return err(code::TYPE_MISMATCH, "`->` needs a pointer", span);
    };
    match ptr.as_ref() {
        Pointer::Process { index, .. } => Ok(Remote::Process(VarPath::Var(*index))),
        Pointer::Interprocess { index, .. } => Ok(Remote::Inter(*index, None)),
        _ => err(
            code::BAD_ARGUMENT,
            "only process and interprocess variables can be reached in another process",
            span,
        ),
    }
}

fn portable(v: &Value, span: Span) -> RtResult<Sendable> {
    to_sendable(v, &SendOptions { formulas: false }).map_err(|_| {
        RuntimeError::new(
            code::PROCESS_PARAMETER,
            "pointers and formulas cannot be written into another process",
            span,
        )
    })
}

fn read_inter(p: &mut Interp, n: u32, elem: Option<i64>, span: Span) -> RtResult<Value> {
    let v = p.inter_get(n);
    match elem {
        None => Ok(v),
        Some(i) => p.get_element(&v, &Value::Real(i as f64), span),
    }
}

fn write_inter(p: &mut Interp, n: u32, elem: Option<i64>, v: Value, span: Span) -> RtResult<()> {
    match elem {
        None => p.assign_inter(n, v, span),
        Some(i) => {
            // Interprocess arrays are copies when read: store the array back.
            let arr = p.inter_get(n);
            p.set_element(&arr, &Value::Real(i as f64), v, span)?;
            p.assign_inter(n, arr, span)
        }
    }
}

/// Puts a value read from the other process into the variable argument `i`
/// names: an array replaces the variable's array as a whole.
fn receive(p: &mut Interp, args: &[Arg], i: usize, v: Value, span: Span) -> RtResult<()> {
    if !matches!(v, Value::Array(_)) {
        return set_arg(p, args, i, v, span);
    }
    match args.get(i) {
        Some(Arg::Ex(Ex::Local(slot))) => {
            *p.local_mut(*slot) = v;
            Ok(())
        }
        Some(Arg::Ex(Ex::Process(n))) => {
            *p.pvar(*n) = v;
            Ok(())
        }
        Some(Arg::Ex(Ex::Interprocess(n))) => p.assign_inter(*n, v, span),
        Some(Arg::Ex(Ex::Deref(d))) => {
            let ptr = p.eval(&d.0)?;
            match &ptr {
                Value::Pointer(pt) => match pt.as_ref() {
                    Pointer::Process { index, .. } => {
                        *p.pvar(*index) = v;
                        Ok(())
                    }
                    Pointer::Local { frame, slot, .. } => match p.frame_slot(*frame, *slot) {
                        Some(s) => {
                            *s = v;
                            Ok(())
                        }
                        None => p.assign_through(&ptr, v, span),
                    },
                    _ => p.assign_through(&ptr, v, span),
                },
                _ => p.assign_through(&ptr, v, span),
            }
        }
        _ => set_arg(p, args, i, v, span),
    }
}

/// Runs operations on the target process; None when it does not exist.
fn send(p: &mut Interp, t: &Target, ops: Vec<VarOp>, span: Span) -> RtResult<Option<Vec<Sendable>>> {
    if ops.is_empty() {
        return Ok(Some(Vec::new()));
    }
    match t {
        Target::Me => match p.run_var_ops(ops) {
            VarReply::Done(v) => Ok(Some(v)),
            VarReply::Failed(c, m) => err(c, m, span),
            VarReply::Gone => Ok(None),
        },
        Target::Other(e) => p.request_vars(e, ops, span),
        Target::Missing => Ok(None),
    }
}

fn missing_error<T>(cmd: &str, n: i64, span: Span) -> RtResult<T> {
    err(
        code::PROCESS_NOT_FOUND,
        format!("{cmd}: the process {n} does not exist"),
        span,
    )
}

/// `GET PROCESS VARIABLE(process; srcVar; dstVar {; srcVar2; dstVar2…})`
fn get_process_variable(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    const CMD: &str = "GET PROCESS VARIABLE";
    let n = pairs(CMD, args, span)?;
    let (number, t) = target(p, args, span)?;
    let mut sources = Vec::with_capacity(n);
    let mut ops = Vec::new();
    for k in 0..n {
        let r = remote(p, args, 1 + 2 * k, CMD, span)?;
        if let Remote::Process(path) = r {
            ops.push(VarOp::Get(path));
        }
        sources.push(r);
    }
    // "If the source process does not exist, this command has no effect"
    // (unless it names only interprocess variables with a negative number,
    // the docs' way of reaching the server's, which are fourd's own).
    if matches!(t, Target::Missing) && !(ops.is_empty() && number < 0) {
        return Ok(Value::Undefined);
    }
    let Some(values) = send(p, &t, ops, span)? else {
        return Ok(Value::Undefined);
    };
    let mut values = values.into_iter();
    for (k, r) in sources.into_iter().enumerate() {
        let v = match r {
            Remote::Process(_) => values.next().map(|s| from_sendable(&s)).unwrap_or_default(),
            Remote::Inter(i, elem) => read_inter(p, i, elem, span)?,
        };
        receive(p, args, 2 + 2 * k, v, span)?;
    }
    Ok(Value::Undefined)
}

/// `SET PROCESS VARIABLE(process; dstVar; expr {; dstVar2; expr2…})`
fn set_process_variable(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    write_variables(p, args, "SET PROCESS VARIABLE", false, span)
}

/// `VARIABLE TO VARIABLE(process; dstVar; srcVar {; dstVar2; srcVar2…})`
fn variable_to_variable(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    write_variables(p, args, "VARIABLE TO VARIABLE", true, span)
}

fn write_variables(p: &mut Interp, args: &[Arg], cmd: &str, whole: bool, span: Span) -> RtResult<Value> {
    let n = pairs(cmd, args, span)?;
    let (number, t) = target(p, args, span)?;
    let mut ops = Vec::new();
    let mut inter = Vec::new();
    for k in 0..n {
        let dst = remote(p, args, 1 + 2 * k, cmd, span)?;
        let v = val(p, args, 2 + 2 * k)?;
        if let Value::Array(_) = v
            && !whole
        {
            return err(
                code::BAD_ARGUMENT,
                format!("{cmd} cannot write an array as a whole (VARIABLE TO VARIABLE can)"),
                span,
            );
        }
        match dst {
            Remote::Process(path) => {
                if matches!(path, VarPath::Element(..)) && matches!(v, Value::Array(_)) {
                    return err(code::BAD_ARGUMENT, format!("{cmd}: an array is not an element"), span);
                }
                ops.push(VarOp::Set {
                    path,
                    value: portable(&v, span)?,
                    whole,
                });
            }
            Remote::Inter(i, elem) => inter.push((i, elem, v)),
        }
    }
    // Only interprocess variables with a negative number: the docs' way of
    // reaching the server's interprocess variables, which are fourd's own.
    let inter_only = ops.is_empty() && number < 0;
    if matches!(t, Target::Missing) && !inter_only {
        return missing_error(cmd, number, span);
    }
    for (i, elem, v) in inter {
        write_inter(p, i, elem, v, span)?;
    }
    if send(p, &t, ops, span)?.is_none() && !inter_only {
        return missing_error(cmd, number, span);
    }
    Ok(Value::Undefined)
}
