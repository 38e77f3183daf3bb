//! Processes and workers (runtime.md §3): every process is an OS thread with
//! its own interpreter (process variables, error handler); workers have a
//! mailbox whose messages run one at a time in posting order.

use std::collections::VecDeque;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicI32, AtomicU64, Ordering};
use std::time::Duration;

use parking_lot::{Condvar, Mutex};

use super::sendable::Sendable;

/// `Process state` values.
pub mod state {
    pub const DOES_NOT_EXIST: i32 = -100;
    pub const ABORTED: i32 = -1;
    pub const EXECUTING: i32 = 0;
    pub const DELAYED: i32 = 1;
    pub const WAITING_FOR_INTERNAL_FLAG: i32 = 4;
}

/// `Process info().type` values.
pub mod kind {
    pub const MAIN: i32 = -1;
    pub const OTHER_USER: i32 = 4;
    pub const WORKER: i32 = 5;
}

/// What a worker is asked to run.
#[derive(Debug)]
pub enum Message {
    /// A project method by name, with its parameters.
    Method(String, Vec<Sendable>),
    /// A formula object (already portable), with its parameters.
    Formula(Sendable, Vec<Sendable>),
}

#[derive(Debug, Default)]
pub struct Mailbox {
    queue: Mutex<VecDeque<Message>>,
    cond: Condvar,
    /// The worker is running a message (not idle).
    pub busy: AtomicBool,
    /// `KILL WORKER`: drop pending messages and end after the current one.
    pub killed: AtomicBool,
}

impl Mailbox {
    pub fn post(&self, m: Message) {
        self.queue.lock().push_back(m);
        self.cond.notify_all();
    }

    /// The next message; None when killed or the run is ending.
    pub fn next(&self, stop: &dyn Fn() -> bool) -> Option<Message> {
        let mut q = self.queue.lock();
        loop {
            if self.killed.load(Ordering::SeqCst) || stop() {
                q.clear();
                return None;
            }
            if let Some(m) = q.pop_front() {
                self.busy.store(true, Ordering::SeqCst);
                return Some(m);
            }
            self.cond.wait_for(&mut q, Duration::from_millis(50));
        }
    }

    pub fn is_empty(&self) -> bool {
        self.queue.lock().is_empty()
    }

    pub fn kill(&self) {
        self.killed.store(true, Ordering::SeqCst);
        self.queue.lock().clear();
        self.cond.notify_all();
    }

    pub fn wake(&self) {
        self.cond.notify_all();
    }
}

#[derive(Debug)]
pub struct ProcessEntry {
    pub number: i32,
    pub id: u64,
    pub name: String,
    pub kind: i32,
    pub state: AtomicI32,
    pub alive: AtomicBool,
    pub mailbox: Option<Arc<Mailbox>>,
    /// `DELAY PROCESS`: wake-up time in ms since the run started (0: none).
    pub delay_until: AtomicU64,
    pub created: String,
    pub started: std::time::Instant,
}

#[derive(Debug, Default)]
pub struct ProcessTable {
    entries: Mutex<Vec<Arc<ProcessEntry>>>,
    ended: Condvar,
    next_id: AtomicU64,
}

impl ProcessTable {
    pub fn new() -> ProcessTable {
        ProcessTable {
            next_id: AtomicU64::new(1),
            ..ProcessTable::default()
        }
    }

    /// Registers a process; numbers start at 1 (the main process) and are never reused.
    pub fn register(&self, name: &str, kind: i32, mailbox: Option<Arc<Mailbox>>) -> Arc<ProcessEntry> {
        let mut entries = self.entries.lock();
        let number = entries.len() as i32 + 1;
        let e = Arc::new(ProcessEntry {
            number,
            id: self.next_id.fetch_add(1, Ordering::SeqCst),
            name: name.to_string(),
            kind,
            state: AtomicI32::new(state::EXECUTING),
            alive: AtomicBool::new(true),
            mailbox,
            delay_until: AtomicU64::new(0),
            created: super::session::now_iso(),
            started: std::time::Instant::now(),
        });
        entries.push(e.clone());
        e
    }

    pub fn finished(&self, e: &ProcessEntry) {
        e.alive.store(false, Ordering::SeqCst);
        e.state.store(state::ABORTED, Ordering::SeqCst);
        let _g = self.entries.lock();
        self.ended.notify_all();
    }

    pub fn by_number(&self, n: i32) -> Option<Arc<ProcessEntry>> {
        if n < 1 {
            return None;
        }
        self.entries.lock().get(n as usize - 1).cloned()
    }

    pub fn by_id(&self, id: u64) -> Option<Arc<ProcessEntry>> {
        self.entries.lock().iter().find(|e| e.id == id).cloned()
    }

    /// The live process with this name (case-insensitive), latest first.
    pub fn by_name(&self, name: &str) -> Option<Arc<ProcessEntry>> {
        self.entries
            .lock()
            .iter()
            .rev()
            .find(|e| e.alive.load(Ordering::SeqCst) && e.name.eq_ignore_ascii_case(name))
            .cloned()
    }

    /// The live worker with this name (names are case-sensitive for workers).
    pub fn worker(&self, name: &str) -> Option<Arc<ProcessEntry>> {
        self.entries
            .lock()
            .iter()
            .rev()
            .find(|e| e.kind == kind::WORKER && e.alive.load(Ordering::SeqCst) && e.name == name)
            .cloned()
    }

    pub fn all(&self) -> Vec<Arc<ProcessEntry>> {
        self.entries.lock().clone()
    }

    pub fn count(&self) -> usize {
        self.entries.lock().len()
    }

    pub fn name_of(&self, id: u64) -> String {
        self.by_id(id)
            .map(|e| e.name.clone())
            .unwrap_or_else(|| format!("process {id}"))
    }

    /// Waits until every process except `except` has finished, workers
    /// counting as finished when idle with an empty mailbox.
    pub fn wait_all(&self, except: u64, stop: &dyn Fn() -> bool) {
        let mut entries = self.entries.lock();
        loop {
            let busy = entries.iter().any(|e| {
                e.id != except
                    && e.alive.load(Ordering::SeqCst)
                    && match &e.mailbox {
                        Some(m) => m.busy.load(Ordering::SeqCst) || !m.is_empty(),
                        None => true,
                    }
            });
            if !busy || stop() {
                return;
            }
            self.ended.wait_for(&mut entries, Duration::from_millis(20));
        }
    }

    /// Ends every worker (end of the run).
    pub fn stop_workers(&self) {
        for e in self.entries.lock().iter() {
            if let Some(m) = &e.mailbox {
                m.kill();
            }
        }
    }

    pub fn notify(&self) {
        let _g = self.entries.lock();
        self.ended.notify_all();
    }
}

/// Stack size of a process thread: deep 4D recursion runs on it.
pub const STACK_SIZE: usize = 512 * 1024 * 1024;

/// Reports an error nobody handled in a process other than the main one.
pub fn report_process_error(rt: &super::rt::Runtime, entry: &ProcessEntry, e: &super::error::RuntimeError) {
    if e.kind == super::error::ErrorKind::Interrupted {
        return;
    }
    let d = super::report::diagnostic(e, Some(&entry.name));
    let text = crate::diagnostics::render(
        &rt.prog.sources,
        std::slice::from_ref(&d),
        crate::diagnostics::ColorChoice::Never,
    );
    rt.out.stderr(&text);
    rt.process_errors.lock().push(d);
}

/// Starts a process running `method` once (`New process`).
pub fn spawn_process(
    rt: &Arc<super::rt::Runtime>,
    name: &str,
    method: String,
    params: Vec<Sendable>,
) -> std::io::Result<Arc<ProcessEntry>> {
    let entry = rt.processes.register(name, kind::OTHER_USER, None);
    let rt2 = rt.clone();
    let e2 = entry.clone();
    std::thread::Builder::new()
        .name(format!("4d:{name}"))
        .stack_size(STACK_SIZE)
        .spawn(move || {
            let mut interp = super::interp::Interp::new(rt2.clone(), e2.clone());
            let args = params.iter().map(super::sendable::from_sendable).collect();
            if let Err(e) = interp.call_method_named(&method, args, Default::default()) {
                report_process_error(&rt2, &e2, &e);
            }
            interp.release_uses(0);
            rt2.processes.finished(&e2);
        })?;
    Ok(entry)
}

/// The worker named `name`, started when it does not exist (`CALL WORKER`).
pub fn worker(rt: &Arc<super::rt::Runtime>, name: &str) -> std::io::Result<Arc<ProcessEntry>> {
    let _guard = WORKER_START.lock();
    if let Some(e) = rt.processes.worker(name)
        && !e.mailbox.as_ref().is_some_and(|m| m.killed.load(Ordering::SeqCst))
    {
        return Ok(e);
    }
    let mailbox = Arc::new(Mailbox::default());
    let entry = rt.processes.register(name, kind::WORKER, Some(mailbox.clone()));
    let rt2 = rt.clone();
    let e2 = entry.clone();
    std::thread::Builder::new()
        .name(format!("4d:{name}"))
        .stack_size(STACK_SIZE)
        .spawn(move || {
            let mut interp = super::interp::Interp::new(rt2.clone(), e2.clone());
            let stop = || rt2.is_interrupted() || rt2.shutting_down();
            while let Some(msg) = mailbox.next(&stop) {
                e2.state.store(state::EXECUTING, Ordering::SeqCst);
                let r = match msg {
                    Message::Method(method, params) => {
                        let args = params.iter().map(super::sendable::from_sendable).collect();
                        interp.call_method_named(&method, args, Default::default())
                    }
                    Message::Formula(f, params) => {
                        let args = params.iter().map(super::sendable::from_sendable).collect();
                        match super::sendable::from_sendable(&f) {
                            super::value::Value::Function(f) => {
                                interp.call_formula(&f, args, super::value::Value::Null, Default::default())
                            }
                            _ => Ok(super::value::Value::Undefined),
                        }
                    }
                };
                if let Err(e) = r {
                    report_process_error(&rt2, &e2, &e);
                }
                interp.release_uses(0);
                e2.state.store(state::WAITING_FOR_INTERNAL_FLAG, Ordering::SeqCst);
                mailbox.busy.store(false, Ordering::SeqCst);
                rt2.processes.notify();
            }
            rt2.processes.finished(&e2);
        })?;
    Ok(entry)
}

static WORKER_START: Mutex<()> = Mutex::new(());
