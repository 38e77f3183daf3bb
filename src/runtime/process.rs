//! Processes and workers (runtime.md §3): every process is an OS thread with
//! its own interpreter (process variables, error handler); workers have a
//! mailbox whose messages run one at a time in posting order.
//!
//! Process communication (`GET PROCESS VARIABLE`, `SET PROCESS VARIABLE`,
//! `VARIABLE TO VARIABLE`): a process's variables are plain values owned by
//! its thread, so no other thread touches them. A caller posts a request in
//! the target's `RequestBox` and waits for the reply; the target runs the
//! request itself between two statements (at the interrupt check of each
//! loop iteration, see `procvars.rs`) or while it waits (idle worker,
//! `DELAY PROCESS`, signal, semaphore, another request, end of the run). The
//! evaluator's only cost is one relaxed atomic load per loop iteration. A
//! process that ends answers every pending request "gone", so nobody waits
//! for a process that no longer exists.

use std::collections::VecDeque;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicI32, AtomicU64, Ordering};
use std::time::Duration;

use parking_lot::{Condvar, Mutex};

use super::sendable::Sendable;

/// Where a request reads or writes in the target process.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum VarPath {
    /// A process variable (its index in the program's process variable table).
    Var(u32),
    /// Element `n` of a process array.
    Element(u32, i64),
}

/// One operation of a request for another process's variables.
#[derive(Debug)]
pub enum VarOp {
    /// Reads a variable or an element: its value is part of the reply.
    Get(VarPath),
    /// Writes a value; `whole` replaces an array as a whole (`VARIABLE TO
    /// VARIABLE`), else the value is assigned as `:=` would.
    Set {
        path: VarPath,
        value: Sendable,
        whole: bool,
    },
}

/// The answer to a request.
#[derive(Debug)]
pub enum VarReply {
    /// Every operation ran; the values read, in order.
    Done(Vec<Sendable>),
    /// An operation failed (4D error code, message); the ones before it ran.
    Failed(i32, String),
    /// The process ended before running the request.
    Gone,
}

/// Where the reply to one request arrives.
#[derive(Debug, Default)]
pub struct ReplySlot {
    value: Mutex<Option<VarReply>>,
    cond: Condvar,
}

impl ReplySlot {
    pub fn put(&self, r: VarReply) {
        let mut v = self.value.lock();
        if v.is_none() {
            *v = Some(r);
        }
        self.cond.notify_all();
    }

    /// The reply, waiting at most `d` for it.
    pub fn wait(&self, d: Duration) -> Option<VarReply> {
        let mut v = self.value.lock();
        if v.is_none() {
            self.cond.wait_for(&mut v, d);
        }
        v.take()
    }
}

#[derive(Debug)]
pub struct VarRequest {
    pub ops: Vec<VarOp>,
    pub reply: Arc<ReplySlot>,
}

#[derive(Debug, Default)]
struct RequestQueue {
    items: Vec<VarRequest>,
    /// The process ended: requests are answered `Gone` at once.
    closed: bool,
}

/// Requests other processes posted for this process's variables.
#[derive(Debug, Default)]
pub struct RequestBox {
    queue: Mutex<RequestQueue>,
    /// Set while the queue is not empty: the only thing the running process
    /// checks (one relaxed load per loop iteration).
    pending: AtomicBool,
}

impl RequestBox {
    #[inline]
    pub fn pending(&self) -> bool {
        self.pending.load(Ordering::Relaxed)
    }

    /// Queues a request; gives it back when the process has ended.
    pub fn post(&self, r: VarRequest) -> Result<(), VarRequest> {
        let mut q = self.queue.lock();
        if q.closed {
            return Err(r);
        }
        q.items.push(r);
        self.pending.store(true, Ordering::Release);
        Ok(())
    }

    /// Every queued request, in posting order.
    pub fn take(&self) -> Vec<VarRequest> {
        let mut q = self.queue.lock();
        self.pending.store(false, Ordering::Release);
        std::mem::take(&mut q.items)
    }

    /// The process ends: pending and later requests are answered `Gone`.
    pub fn close(&self) {
        let items = {
            let mut q = self.queue.lock();
            q.closed = true;
            self.pending.store(false, Ordering::Release);
            std::mem::take(&mut q.items)
        };
        for r in items {
            r.reply.put(VarReply::Gone);
        }
    }
}

/// `Process state` values.
pub mod state {
    pub const DOES_NOT_EXIST: i32 = -100;
    pub const ABORTED: i32 = -1;
    pub const EXECUTING: i32 = 0;
    pub const DELAYED: i32 = 1;
    pub const WAITING_FOR_INTERNAL_FLAG: i32 = 4;
    pub const PAUSED: i32 = 5;
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

    /// The next message; `Stop` when killed or the run is ending,
    /// `Attention` when `attention()` says the idle worker has something
    /// else to do first (requests for its variables).
    pub fn next(&self, stop: &dyn Fn() -> bool, attention: &dyn Fn() -> bool) -> Next {
        let mut q = self.queue.lock();
        loop {
            if self.killed.load(Ordering::SeqCst) || stop() {
                q.clear();
                return Next::Stop;
            }
            if attention() {
                return Next::Attention;
            }
            if let Some(m) = q.pop_front() {
                self.busy.store(true, Ordering::SeqCst);
                return Next::Message(m);
            }
            self.cond.wait_for(&mut q, Duration::from_millis(50));
        }
    }

    pub fn is_empty(&self) -> bool {
        self.queue.lock().is_empty()
    }

    /// The next message if there is one, without waiting (the main process
    /// takes its messages when it is idle).
    pub fn try_take(&self) -> Option<Message> {
        let m = self.queue.lock().pop_front();
        if m.is_some() {
            self.busy.store(true, Ordering::SeqCst);
        }
        m
    }

    pub fn kill(&self) {
        self.killed.store(true, Ordering::SeqCst);
        self.queue.lock().clear();
        self.cond.notify_all();
    }

    pub fn wake(&self) {
        // Under the queue lock, so a worker about to wait cannot miss it.
        let _q = self.queue.lock();
        self.cond.notify_all();
    }
}

/// What an idle worker does next.
#[derive(Debug)]
pub enum Next {
    Message(Message),
    Attention,
    Stop,
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
    /// How long the process ran, in ms, once it has ended (0 while it runs).
    pub ran_ms: AtomicU64,
    /// Requests from other processes for this process's variables.
    pub requests: RequestBox,
    /// `PAUSE PROCESS`: the process waits at its next check until resumed.
    pub paused: AtomicBool,
    /// The state it had when paused (given back on resume).
    pub paused_from: AtomicI32,
    /// `RESUME PROCESS` of a delayed process: it wakes up at once.
    pub wake: AtomicBool,
}

impl ProcessEntry {
    /// Time since the process started, or how long it ran once ended.
    pub fn run_time(&self) -> Duration {
        match self.ran_ms.load(Ordering::SeqCst) {
            0 => self.started.elapsed(),
            ms => Duration::from_millis(ms),
        }
    }
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
            ran_ms: AtomicU64::new(0),
            requests: RequestBox::default(),
            paused: AtomicBool::new(false),
            paused_from: AtomicI32::new(state::EXECUTING),
            wake: AtomicBool::new(false),
        });
        entries.push(e.clone());
        e
    }

    pub fn finished(&self, e: &ProcessEntry) {
        e.requests.close();
        crate::builtins::process::release_semaphores(e.id);
        let ms = e.started.elapsed().as_millis().max(1);
        e.ran_ms.store(u64::try_from(ms).unwrap_or(u64::MAX), Ordering::SeqCst);
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
    /// counting as finished when idle with an empty mailbox. `stop` runs
    /// between checks, without the table locked (the waiting process serves
    /// requests for its variables there).
    pub fn wait_all(&self, except: u64, stop: &mut dyn FnMut() -> bool) {
        loop {
            if stop() {
                return;
            }
            let mut entries = self.entries.lock();
            let busy = entries.iter().any(|e| {
                e.id != except
                    && e.alive.load(Ordering::SeqCst)
                    && match &e.mailbox {
                        Some(m) => m.busy.load(Ordering::SeqCst) || !m.is_empty(),
                        None => true,
                    }
            });
            if !busy {
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
            // Requests posted while the method ran its last statements.
            interp.serve_requests();
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
            let attention = || e2.requests.pending();
            loop {
                let msg = match mailbox.next(&stop, &attention) {
                    Next::Message(m) => m,
                    Next::Attention => {
                        interp.serve_requests();
                        continue;
                    }
                    Next::Stop => break,
                };
                e2.state.store(state::EXECUTING, Ordering::SeqCst);
                run_message(&mut interp, msg);
                e2.state.store(state::WAITING_FOR_INTERNAL_FLAG, Ordering::SeqCst);
                mailbox.busy.store(false, Ordering::SeqCst);
                rt2.processes.notify();
            }
            rt2.processes.finished(&e2);
        })?;
    Ok(entry)
}

static WORKER_START: Mutex<()> = Mutex::new(());

/// Runs one `CALL WORKER` message in the process of `interp`; its error is
/// reported as the process's.
pub fn run_message(interp: &mut super::interp::Interp, msg: Message) {
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
        let (rt, entry) = (interp.rt.clone(), interp.entry.clone());
        report_process_error(&rt, &entry, &e);
    }
    interp.release_uses(0);
}

/// Runs the messages waiting for the main process (`CALL WORKER(1; …)`,
/// call-worker.md: the main process is a worker too); true when it ran one.
pub fn run_main_messages(interp: &mut super::interp::Interp) -> bool {
    let Some(mailbox) = interp.entry.mailbox.clone() else {
        return false;
    };
    let mut ran = false;
    while let Some(msg) = mailbox.try_take() {
        run_message(interp, msg);
        mailbox.busy.store(false, Ordering::SeqCst);
        ran = true;
    }
    if ran {
        interp.rt.processes.notify();
    }
    ran
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]
mod tests {
    use super::*;

    fn request() -> (VarRequest, Arc<ReplySlot>) {
        let reply = Arc::new(ReplySlot::default());
        (
            VarRequest {
                ops: vec![VarOp::Get(VarPath::Var(0))],
                reply: reply.clone(),
            },
            reply,
        )
    }

    #[test]
    fn a_closed_box_answers_gone() {
        let b = RequestBox::default();
        let (r, reply) = request();
        assert!(b.post(r).is_ok());
        assert!(b.pending());
        b.close();
        assert!(!b.pending());
        assert!(matches!(reply.wait(Duration::ZERO), Some(VarReply::Gone)));
        let (r, _) = request();
        assert!(b.post(r).is_err());
    }

    #[test]
    fn take_empties_the_box() {
        let b = RequestBox::default();
        let (r, _) = request();
        b.post(r).unwrap();
        assert_eq!(b.take().len(), 1);
        assert!(!b.pending());
        assert!(b.take().is_empty());
    }
}
