//! Processes, workers, shared objects, Storage, signals and sessions
//! (runtime.md): New process, CALL WORKER, KILL WORKER, DELAY PROCESS,
//! New shared object, Storage, New signal, Session, Session storage,
//! Process activity…

use std::sync::Arc;
use std::sync::atomic::Ordering;
use std::time::Duration;

use super::{Builtin, VARIADIC, b, has_star, int, num, present, set_arg, text, val};
use crate::runtime::access::{share_error, to_shared};
use crate::runtime::class::BuiltinClass;
use crate::runtime::error::{RtResult, RuntimeError, code, err};
use crate::runtime::interp::Interp;
use crate::runtime::object::{Native, Object};
use crate::runtime::process::{self as proc, Message, kind, state};
use crate::runtime::sendable::{SendOptions, Sendable, to_sendable};
use crate::runtime::session::Session;
use crate::runtime::shared::SharedObject;
use crate::runtime::text::Text;
use crate::runtime::value::Value;
use crate::sema::ir::Arg;
use crate::source::Span;

pub static BUILTINS: &[Builtin] = &[
    b("New shared object", 0, VARIADIC, new_shared_object),
    b("New shared collection", 0, VARIADIC, new_shared_collection),
    b("Storage", 0, 0, storage),
    b("OB Is shared", 1, 1, ob_is_shared),
    b("Current process", 0, 0, current_process),
    b("Current process name", 0, 0, current_process_name),
    b("Process number", 1, 2, process_number),
    b("Process state", 1, 1, process_state),
    b("Process info", 1, 1, process_info),
    b("PROCESS PROPERTIES", 4, 7, process_properties),
    b("Count tasks", 0, 0, count_tasks),
    b("Count user processes", 0, 0, count_tasks),
    b("Process aborted", 0, 0, process_aborted),
    b("DELAY PROCESS", 2, 2, delay_process),
    b("PAUSE PROCESS", 1, 1, pause_process),
    b("RESUME PROCESS", 1, 1, resume_process),
    b("IDLE", 0, 0, idle),
    b("New process", 2, VARIADIC, new_process),
    // Single-user: the "server" is this application (execute-on-server.md).
    b("Execute on server", 2, VARIADIC, new_process),
    b("CALL WORKER", 2, VARIADIC, call_worker),
    b("KILL WORKER", 0, 1, kill_worker),
    b("New signal", 0, 1, new_signal),
    b("Session", 0, 0, session),
    b("Session storage", 1, 1, session_storage),
    b("Session info", 1, 1, session_info),
    b("Process activity", 0, 2, process_activity),
    b("Semaphore", 1, 2, semaphore),
    b("CLEAR SEMAPHORE", 1, 1, clear_semaphore),
    b("Test semaphore", 1, 1, test_semaphore),
];

/// Semaphores: name → process holding it (shared by every process).
static SEMAPHORES: std::sync::LazyLock<(
    parking_lot::Mutex<rustc_hash::FxHashMap<String, u64>>,
    parking_lot::Condvar,
)> = std::sync::LazyLock::new(|| {
    (
        parking_lot::Mutex::new(rustc_hash::FxHashMap::default()),
        parking_lot::Condvar::new(),
    )
});

/// `Semaphore(name {; tickCount})`: False when this process creates it,
/// True when it already exists (after waiting up to `tickCount` ticks for
/// it to be cleared).
fn semaphore(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    let name = text(p, args, 0, span)?.to_string();
    let ticks = if present(args, 1) {
        num(p, args, 1, span)?.max(0.0)
    } else {
        0.0
    };
    let deadline = std::time::Instant::now() + Duration::from_secs_f64(ticks / 60.0);
    let (lock, cond) = &*SEMAPHORES;
    let mut map = lock.lock();
    loop {
        match map.entry(name.clone()) {
            std::collections::hash_map::Entry::Vacant(slot) => {
                slot.insert(p.entry.id);
                return Ok(Value::Bool(false));
            }
            // semaphore.md: "also FALSE if the semaphore is already set by the
            // same process".
            std::collections::hash_map::Entry::Occupied(o) if *o.get() == p.entry.id => {
                return Ok(Value::Bool(false));
            }
            _ => {}
        }
        let now = std::time::Instant::now();
        if now >= deadline || p.rt.is_interrupted() {
            return Ok(Value::Bool(true));
        }
        cond.wait_for(&mut map, (deadline - now).min(Duration::from_millis(50)));
        if p.entry.requests.pending() {
            drop(map);
            p.serve_requests();
            map = lock.lock();
        }
    }
}

/// The semaphores of a process that ends go with it (clear-semaphore.md).
pub fn release_semaphores(process: u64) {
    let (lock, cond) = &*SEMAPHORES;
    let mut map = lock.lock();
    let before = map.len();
    map.retain(|_, owner| *owner != process);
    if map.len() != before {
        cond.notify_all();
    }
}

/// `CLEAR SEMAPHORE(name)`: only the process that created it can clear it.
fn clear_semaphore(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    let name = text(p, args, 0, span)?.to_string();
    let (lock, cond) = &*SEMAPHORES;
    let mut map = lock.lock();
    if map.get(&name) == Some(&p.entry.id) {
        map.remove(&name);
        cond.notify_all();
    }
    Ok(Value::Undefined)
}

/// `Test semaphore(name)`: True when it exists (without creating it).
fn test_semaphore(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    let name = text(p, args, 0, span)?.to_string();
    Ok(Value::Bool(SEMAPHORES.0.lock().contains_key(&name)))
}

/// Values from the arguments, converted for a shared object/collection.
fn new_shared_object(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    if !args.len().is_multiple_of(2) {
        return err(
            code::BAD_ARGUMENT,
            "New shared object takes property names and values in pairs",
            span,
        );
    }
    let o = SharedObject::new(None);
    let mut i = 0;
    while i < args.len() {
        let k = text(p, args, i, span)?;
        let v = val(p, args, i + 1)?;
        if !v.is_undefined() {
            let sv = to_shared(&v).map_err(|e| share_error(e, &p.rt, span))?;
            o.set_unchecked(k, sv).map_err(|e| share_error(e, &p.rt, span))?;
        }
        i += 2;
    }
    Ok(Value::SharedObject(o))
}

fn new_shared_collection(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    let mut values = Vec::with_capacity(args.len());
    for i in 0..args.len() {
        values.push(val(p, args, i)?);
    }
    p.new_shared_collection(&values, span)
}

fn storage(p: &mut Interp, _: &[Arg], _: Span) -> RtResult<Value> {
    Ok(Value::SharedObject(p.rt.storage.clone()))
}

fn ob_is_shared(p: &mut Interp, args: &[Arg], _: Span) -> RtResult<Value> {
    Ok(Value::Bool(matches!(
        val(p, args, 0)?,
        Value::SharedObject(_) | Value::SharedCollection(_)
    )))
}

fn current_process(p: &mut Interp, _: &[Arg], _: Span) -> RtResult<Value> {
    Ok(Value::Real(p.entry.number as f64))
}

fn current_process_name(p: &mut Interp, _: &[Arg], _: Span) -> RtResult<Value> {
    Ok(Value::text(p.entry.name.as_str()))
}

fn process_number(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    let name = text(p, args, 0, span)?;
    Ok(Value::Real(
        p.rt.processes.by_name(name.as_str()).map(|e| e.number).unwrap_or(0) as f64,
    ))
}

fn process_state(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    let n = int(p, args, 0, span)? as i32;
    Ok(Value::Real(match p.rt.processes.by_number(n) {
        Some(e) if e.alive.load(Ordering::SeqCst) => e.state.load(Ordering::SeqCst),
        Some(_) => state::ABORTED,
        None => state::DOES_NOT_EXIST,
    } as f64))
}

fn process_object(p: &Interp, e: &proc::ProcessEntry) -> Value {
    let mut o = Object::new();
    o.set("number", Value::Real(e.number as f64));
    o.set("name", Value::text(e.name.as_str()));
    o.set("ID", Value::Real(e.id as f64));
    o.set("sessionID", Value::Text(p.session.id.clone()));
    o.set("type", Value::Real(e.kind as f64));
    let st = if e.alive.load(Ordering::SeqCst) {
        e.state.load(Ordering::SeqCst)
    } else {
        state::ABORTED
    };
    o.set("state", Value::Real(st as f64));
    o.set("preemptive", Value::Bool(true));
    o.set("visible", Value::Bool(e.kind != kind::WORKER));
    o.set("systemID", Value::text(format!("{}", e.id)));
    o.set("creationDateTime", Value::text(e.created.as_str()));
    o.set("cpuTime", Value::Real(e.run_time().as_secs_f64()));
    o.set("cpuUsage", Value::Real(0.0));
    Value::new_object(o)
}

fn process_info(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    let n = int(p, args, 0, span)? as i32;
    Ok(match p.rt.processes.by_number(n) {
        Some(e) => process_object(p, &e),
        None => Value::Null,
    })
}

/// `PROCESS PROPERTIES(process; procName; procState; procTime {; procMode
/// {; uniqueID {; origin}}})` (process-properties.md). The same facts as
/// `Process info`: a process that ended keeps its name and reports state
/// `Aborted`; a number outside 1…`Count tasks` leaves the variables unchanged.
fn process_properties(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    let n = int(p, args, 0, span)? as i32;
    let Some(e) = p.rt.processes.by_number(n) else {
        return Ok(Value::Undefined);
    };
    let st = if e.alive.load(Ordering::SeqCst) {
        e.state.load(Ordering::SeqCst)
    } else {
        state::ABORTED
    };
    set_arg(p, args, 1, Value::text(e.name.as_str()), span)?;
    set_arg(p, args, 2, Value::Real(st as f64), span)?;
    // Cumulative time in ticks (1/60 s): fourd counts the time since the
    // process started (until it ended), not CPU time.
    let ticks = (e.run_time().as_secs_f64() * 60.0).floor();
    set_arg(p, args, 3, Value::Real(ticks), span)?;
    if present(args, 4) {
        // Same answers as `Process info`: workers are hidden, every process
        // runs on its own thread (preemptive).
        let visible = e.kind != kind::WORKER;
        let mode = if boolean_out(p, args, 4) {
            Value::Bool(visible)
        } else {
            Value::Real((visible as i32 | 2) as f64)
        };
        set_arg(p, args, 4, mode, span)?;
    }
    if present(args, 5) {
        set_arg(p, args, 5, Value::Real(e.id as f64), span)?;
    }
    if present(args, 6) {
        set_arg(p, args, 6, Value::Real(e.kind as f64), span)?;
    }
    Ok(Value::Undefined)
}

/// Whether output argument `i` is a Boolean variable (declared Boolean, or
/// untyped and holding a Boolean or nothing yet): `procMode` is then the
/// visibility flag, otherwise the bit field.
fn boolean_out(p: &mut Interp, args: &[Arg], i: usize) -> bool {
    use crate::sema::ir::{Ex, VarType};
    let declared = match args.get(i) {
        Some(Arg::Ex(Ex::Local(slot))) => p.frame().and_then(|f| f.code().slot_types.get(*slot as usize).cloned()),
        Some(Arg::Ex(Ex::Process(n))) => Some(p.pvar_type(*n)),
        _ => None,
    };
    match declared {
        Some(VarType::Boolean) => true,
        Some(VarType::Variant) | None => {
            matches!(val(p, args, i), Ok(Value::Bool(_) | Value::Undefined))
        }
        Some(_) => false,
    }
}

/// `Count tasks` and `Count user processes`: every process fourd runs is a
/// user process (it has no 4D kernel processes).
fn count_tasks(p: &mut Interp, _: &[Arg], _: Span) -> RtResult<Value> {
    Ok(Value::Real(p.rt.processes.count() as f64))
}

/// `Process aborted`: True only while a process is being stopped; fourd
/// stops a process at once, so its code never sees True.
fn process_aborted(_: &mut Interp, _: &[Arg], _: Span) -> RtResult<Value> {
    Ok(Value::Bool(false))
}

/// Sleeps `secs`, waking early when the run is interrupted; answers
/// requests for this process's variables meanwhile.
pub fn sleep(p: &mut Interp, secs: f64, span: Span) -> RtResult<()> {
    let end = std::time::Instant::now() + Duration::from_secs_f64(secs.max(0.0));
    loop {
        p.check_interrupt(span)?;
        let now = std::time::Instant::now();
        if now >= end || p.entry.wake.swap(false, Ordering::SeqCst) {
            return Ok(());
        }
        // An idle main process runs the messages sent to it.
        if p.entry.kind == kind::MAIN {
            crate::runtime::process::run_main_messages(p);
        }
        std::thread::sleep((end - now).min(Duration::from_millis(20)));
    }
}

/// `DELAY PROCESS(process; ticks)` (1 tick = 1/60 s). Only the current
/// process can be delayed in fourd; other numbers are ignored.
fn delay_process(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    let n = int(p, args, 0, span)? as i32;
    let ticks = num(p, args, 1, span)?;
    if n == p.entry.number {
        p.entry.state.store(state::DELAYED, Ordering::SeqCst);
        let r = sleep(p, ticks / 60.0, span);
        p.entry.state.store(state::EXECUTING, Ordering::SeqCst);
        r?;
    }
    Ok(Value::Undefined)
}

/// `PAUSE PROCESS(process)`: the process stops at its next loop check or
/// wait until `RESUME PROCESS`; pausing the current process waits now.
fn pause_process(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    let n = int(p, args, 0, span)? as i32;
    if let Some(entry) = p.rt.processes.by_number(n)
        && entry.alive.load(Ordering::SeqCst)
        && !entry.paused.swap(true, Ordering::SeqCst)
    {
        // Paused at once for `Process state`; it stops at its next check.
        let before = entry.state.swap(state::PAUSED, Ordering::SeqCst);
        entry.paused_from.store(before, Ordering::SeqCst);
        if n == p.entry.number {
            p.wait_while_paused(span)?;
        }
    }
    Ok(Value::Undefined)
}

/// `RESUME PROCESS(process)`: a paused process goes on; a delayed one
/// wakes up.
fn resume_process(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    let n = int(p, args, 0, span)? as i32;
    if let Some(entry) = p.rt.processes.by_number(n) {
        if entry.paused.swap(false, Ordering::SeqCst) {
            let before = entry.paused_from.load(Ordering::SeqCst);
            let _ = entry
                .state
                .compare_exchange(state::PAUSED, before, Ordering::SeqCst, Ordering::SeqCst);
            return Ok(Value::Undefined);
        }
        if entry.state.load(Ordering::SeqCst) == state::DELAYED {
            entry.wake.store(true, Ordering::SeqCst);
        }
    }
    Ok(Value::Undefined)
}

fn idle(_: &mut Interp, _: &[Arg], _: Span) -> RtResult<Value> {
    std::thread::yield_now();
    Ok(Value::Undefined)
}

/// Parameters for another process: local objects and collections are copied,
/// shared ones passed by reference; pointers and formulas are refused.
fn portable(p: &mut Interp, args: &[Arg], from: usize, span: Span) -> RtResult<Vec<Sendable>> {
    let mut out = Vec::new();
    for i in from..args.len() {
        if matches!(args.get(i), Some(Arg::Star)) {
            continue;
        }
        let v = val(p, args, i)?;
        let s = to_sendable(&v, &SendOptions { formulas: false }).map_err(|e| {
            RuntimeError::new(
                code::PROCESS_PARAMETER,
                match e {
                    crate::runtime::sendable::NotSendable::Pointer => {
                        format!(
                            "parameter {} is a pointer: pointers cannot be passed to another process",
                            i + 1
                        )
                    }
                    crate::runtime::sendable::NotSendable::Formula => {
                        format!(
                            "parameter {} is a formula: formulas cannot be passed to another process",
                            i + 1
                        )
                    }
                },
                span,
            )
        })?;
        out.push(s);
    }
    Ok(out)
}

/// `New process(method; stack {; name {; param…}} {; *})`
fn new_process(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    let method = text(p, args, 0, span)?.to_string();
    let name = if present(args, 2) {
        text(p, args, 2, span)?.to_string()
    } else {
        method.clone()
    };
    if has_star(args)
        && let Some(e) = p.rt.processes.by_name(&name)
    {
        return Ok(Value::Real(e.number as f64));
    }
    if p.prog.method_id(&method).is_none() {
        return err(
            code::METHOD_NOT_FOUND,
            format!("the method `{method}` does not exist"),
            span,
        );
    }
    let params = portable(p, args, 3, span)?;
    match proc::spawn_process(&p.rt, &name, method, params) {
        Ok(e) => Ok(Value::Real(e.number as f64)),
        Err(e) => err(code::BAD_ARGUMENT, format!("cannot start process: {e}"), span),
    }
}

/// `CALL WORKER(process; formula {; param…})`
fn call_worker(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    let target = val(p, args, 0)?;
    let formula = val(p, args, 1)?;
    let entry = match &target {
        Value::Text(name) => {
            if name.is_empty() {
                return Ok(Value::Undefined);
            }
            match proc::worker(&p.rt, name.as_str()) {
                Ok(e) => e,
                Err(e) => return err(code::BAD_ARGUMENT, format!("cannot start worker: {e}"), span),
            }
        }
        other => {
            let n = other.as_num().unwrap_or(0.0) as i32;
            match p.rt.processes.by_number(n) {
                Some(e) if matches!(e.kind, kind::WORKER | kind::MAIN) && e.alive.load(Ordering::SeqCst) => e,
                _ => return Ok(Value::Undefined),
            }
        }
    };
    let Some(mailbox) = entry.mailbox.clone() else {
        return Ok(Value::Undefined);
    };
    // A worker calling itself passes its objects by reference: same process.
    let same = entry.id == p.entry.id;
    let params = if same {
        let mut v = Vec::new();
        for i in 2..args.len() {
            let x = val(p, args, i)?;
            v.push(to_sendable(&x, &SendOptions { formulas: true }).unwrap_or_default());
        }
        v
    } else {
        portable(p, args, 2, span)?
    };
    let msg = match formula {
        Value::Text(t) => {
            if t.is_empty() {
                return Ok(Value::Undefined);
            }
            Message::Method(t.to_string(), params)
        }
        Value::Function(_) => {
            let f = to_sendable(&formula, &SendOptions { formulas: true }).unwrap_or_default();
            Message::Formula(f, params)
        }
        _ => return err(code::BAD_ARGUMENT, "CALL WORKER needs a method name or a formula", span),
    };
    mailbox.post(msg);
    Ok(Value::Undefined)
}

/// `KILL WORKER {(process)}`
fn kill_worker(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    let entry = if present(args, 0) {
        match val(p, args, 0)? {
            Value::Text(name) => p.rt.processes.worker(name.as_str()),
            other => p.rt.processes.by_number(other.as_num().unwrap_or(0.0) as i32),
        }
    } else {
        Some(p.entry.clone())
    };
    let _ = span;
    if let Some(e) = entry
        && let Some(m) = &e.mailbox
    {
        m.kill();
    }
    Ok(Value::Undefined)
}

fn new_signal(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    let class = p.prog.builtin(BuiltinClass::Signal);
    let s = SharedObject::signal(Some(class));
    let desc = if present(args, 0) {
        text(p, args, 0, span)?
    } else {
        Text::default()
    };
    s.set_unchecked(
        Text::from("description"),
        crate::runtime::shared::SharedValue::Text(desc),
    )
    .map_err(|e| share_error(e, &p.rt, span))?;
    Ok(Value::SharedObject(s))
}

/// The `4D.Session` object of a session.
pub fn session_object(p: &Interp, s: &Arc<Session>) -> Value {
    let mut o = Object::with_class(p.prog.builtin(BuiltinClass::Session));
    o.set_native(Native::Session(s.id.clone()));
    Value::new_object(o)
}

fn session(p: &mut Interp, _: &[Arg], _: Span) -> RtResult<Value> {
    let s = p.session.clone();
    Ok(session_object(p, &s))
}

fn session_storage(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    let id = text(p, args, 0, span)?;
    Ok(match p.rt.sessions.get(id.as_str()) {
        Some(s) => Value::SharedObject(s.storage.clone()),
        None => Value::Null,
    })
}

/// The session description object (runtime.md §2.4).
pub fn session_info_object(s: &Session) -> Value {
    let mut o = Object::new();
    o.set("type", Value::text(s.kind));
    o.set("userName", Value::text(s.user_name.read().as_str()));
    o.set("machineName", Value::text(host_name()));
    o.set("systemUserName", Value::text(std::env::var("USER").unwrap_or_default()));
    o.set("IPAddress", Value::text("localhost"));
    o.set("hostType", Value::text(if cfg!(windows) { "windows" } else { "mac" }));
    o.set("creationDateTime", Value::text(s.created.as_str()));
    o.set("state", Value::text("active"));
    o.set("ID", Value::Text(s.id.clone()));
    Value::new_object(o)
}

pub fn host_name() -> String {
    std::fs::read_to_string("/etc/hostname")
        .map(|s| s.trim().to_string())
        .ok()
        .filter(|s| !s.is_empty())
        .or_else(|| std::env::var("HOSTNAME").ok())
        .unwrap_or_else(|| "localhost".into())
}

fn session_info(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    let id = text(p, args, 0, span)?;
    Ok(match p.rt.sessions.get(id.as_str()) {
        Some(s) => session_info_object(&s),
        None => Value::Null,
    })
}

/// `Process activity({sessionID}{; options})`: `processes` and `sessions`.
fn process_activity(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    let mut session_id: Option<Text> = None;
    let mut options = 0;
    for i in 0..args.len().min(2) {
        match val(p, args, i)? {
            Value::Text(t) => session_id = Some(t),
            other => options = other.as_num().unwrap_or(0.0) as i64,
        }
    }
    let _ = span;
    let sessions: Vec<Arc<Session>> = match &session_id {
        Some(id) => match p.rt.sessions.get(id.as_str()) {
            Some(s) => vec![s],
            None => return Ok(Value::Null),
        },
        None => p.rt.sessions.all(),
    };
    let mut out = Object::new();
    if options != 2 {
        let mut procs = Vec::new();
        for e in p.rt.processes.all() {
            if !e.alive.load(Ordering::SeqCst) {
                continue;
            }
            // Every process of the run belongs to the standalone session.
            if let Some(id) = &session_id
                && id.as_str() != p.session.id.as_str()
            {
                continue;
            }
            let v = process_object(p, &e);
            if options != 1
                && let Value::Object(o) = &v
            {
                o.borrow_mut().set("session", session_info_object(&p.session));
            }
            procs.push(v);
        }
        out.set("processes", Value::new_collection(procs));
    }
    if options != 1 {
        let list = sessions.iter().map(|s| session_info_object(s)).collect();
        out.set("sessions", Value::new_collection(list));
    }
    Ok(Value::new_object(out))
}
