//! State shared by every process of a run: the program, output sinks,
//! interprocess variables, `Storage`, sessions, the process table, and the
//! interrupt flag.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use parking_lot::{Mutex, RwLock};

use super::program::Program;
use super::sendable::Sendable;
use super::session::Sessions;
use super::shared::SharedObject;
use crate::diagnostics::Diagnostic;
use crate::sema::ir::VarType;

/// Where the runtime writes. The runtime never prints by itself.
pub trait Output: Send + Sync {
    fn stdout(&self, text: &str);
    fn stderr(&self, text: &str);
}

/// Writes to the process's stdout/stderr, flushing each write so the two
/// streams interleave in call order.
pub struct StdOutput;

impl Output for StdOutput {
    fn stdout(&self, text: &str) {
        use std::io::Write;
        let mut out = std::io::stdout().lock();
        let _ = out.write_all(text.as_bytes());
        let _ = out.flush();
    }
    fn stderr(&self, text: &str) {
        use std::io::Write;
        let mut err = std::io::stderr().lock();
        let _ = err.write_all(text.as_bytes());
        let _ = err.flush();
    }
}

/// Collects output in memory (tests, the REPL's captures).
#[derive(Default)]
pub struct BufferOutput {
    pub out: Mutex<String>,
    pub err: Mutex<String>,
}

impl Output for BufferOutput {
    fn stdout(&self, text: &str) {
        self.out.lock().push_str(text);
    }
    fn stderr(&self, text: &str) {
        self.err.lock().push_str(text);
    }
}

pub struct Runtime {
    pub prog: Arc<Program>,
    pub out: Arc<dyn Output>,
    /// Interprocess variables: a portable copy of each value, and its type.
    pub inter: RwLock<Vec<(VarType, Sendable)>>,
    pub storage: Arc<SharedObject>,
    pub sessions: Sessions,
    pub processes: super::process::ProcessTable,
    interrupted: AtomicBool,
    shutting_down: AtomicBool,
    /// Errors nobody handled in processes other than the main one.
    pub process_errors: Mutex<Vec<Diagnostic>>,
    /// `ON ERR CALL(…; ek global)`
    pub global_handler: RwLock<Option<String>>,
    pub started: std::time::Instant,
    /// Command-line arguments after the method (`fourd run main.4dm a b`).
    pub user_param: RwLock<String>,
    /// State of the run that command themes keep for themselves (the
    /// pasteboard, hierarchical lists, menus), one value per type.
    pub extensions: Extensions,
}

/// One value of each type, created on first use and shared by every process
/// of the run (each type guards its own data).
#[derive(Default)]
pub struct Extensions {
    map: Mutex<rustc_hash::FxHashMap<std::any::TypeId, Arc<dyn std::any::Any + Send + Sync>>>,
}

impl Extensions {
    pub fn get<T: Default + Send + Sync + 'static>(&self) -> Arc<T> {
        let mut map = self.map.lock();
        let entry = map
            .entry(std::any::TypeId::of::<T>())
            .or_insert_with(|| Arc::new(T::default()));
        match entry.clone().downcast::<T>() {
            Ok(v) => v,
            Err(_) => {
                // Unreachable: the key is the value's type.
                let v = Arc::new(T::default());
                *entry = v.clone();
                v
            }
        }
    }
}

impl Runtime {
    pub fn new(prog: Arc<Program>, out: Arc<dyn Output>) -> Arc<Runtime> {
        Arc::new(Runtime {
            prog,
            out,
            inter: RwLock::new(Vec::new()),
            storage: SharedObject::catalog(),
            sessions: Sessions::new(),
            processes: super::process::ProcessTable::new(),
            interrupted: AtomicBool::new(false),
            shutting_down: AtomicBool::new(false),
            process_errors: Mutex::new(Vec::new()),
            global_handler: RwLock::new(None),
            started: std::time::Instant::now(),
            user_param: RwLock::new(String::new()),
            extensions: Extensions::default(),
        })
    }

    pub fn interrupt(&self) {
        self.interrupted.store(true, Ordering::SeqCst);
    }

    pub fn clear_interrupt(&self) {
        self.interrupted.store(false, Ordering::SeqCst);
    }

    pub fn is_interrupted(&self) -> bool {
        self.interrupted.load(Ordering::Relaxed)
    }

    /// The run is over: idle workers end.
    pub fn shut_down(&self) {
        self.shutting_down.store(true, Ordering::SeqCst);
        self.processes.stop_workers();
    }

    pub fn shutting_down(&self) -> bool {
        self.shutting_down.load(Ordering::Relaxed)
    }
}
