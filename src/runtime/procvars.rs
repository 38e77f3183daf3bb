//! Reading and writing another process's process variables (`GET PROCESS
//! VARIABLE`, `SET PROCESS VARIABLE`, `VARIABLE TO VARIABLE`).
//!
//! Process variables are values owned by their process's thread (they hold
//! `Rc` objects), so they never cross threads as they are. A caller sends a
//! list of operations to the target's `RequestBox` (process.rs) with the
//! values in portable form (`Sendable`: objects deep-copied, shared ones by
//! reference), and waits. The target runs the operations itself between two
//! statements — `check_interrupt`, at each loop iteration — or wherever it
//! waits (idle worker, `DELAY PROCESS`, signal, semaphore, its own request,
//! the end of the run), and replies with the values read. So the hot path
//! pays one relaxed atomic load per loop iteration and takes no lock.
//!
//! Never waiting forever: a process that ends answers "gone" to all its
//! pending requests; a caller interrupted by Ctrl-C stops waiting; two
//! processes asking each other are both served (a waiting caller serves its
//! own requests); a target blocked in `Use` on a shared group the caller
//! holds is reported as a deadlock instead of waited for.

use std::sync::Arc;
use std::time::Duration;

use super::error::{RtResult, RuntimeError, code, err};
use super::interp::Interp;
use super::process::{ProcessEntry, ReplySlot, VarOp, VarPath, VarReply, VarRequest};
use super::sendable::{SendOptions, Sendable, from_sendable, to_sendable};
use super::value::Value;
use crate::source::Span;

impl Interp {
    /// Runs the requests other processes posted for this process's variables.
    #[cold]
    #[inline(never)]
    pub fn serve_requests(&mut self) {
        let entry = self.entry.clone();
        for req in entry.requests.take() {
            let reply = self.run_var_ops(req.ops);
            req.reply.put(reply);
        }
    }

    /// Runs operations on this process's variables (for another process, or
    /// for this one when it names itself); stops at the first failure.
    pub fn run_var_ops(&mut self, ops: Vec<VarOp>) -> VarReply {
        let mut read = Vec::new();
        for op in ops {
            let r = match op {
                VarOp::Get(path) => self.read_var(path).map(|v| read.push(v)),
                VarOp::Set { path, value, whole } => self.write_var(path, from_sendable(&value), whole),
            };
            if let Err(e) = r {
                return VarReply::Failed(e.code, e.message);
            }
        }
        VarReply::Done(read)
    }

    fn read_var(&mut self, path: VarPath) -> RtResult<Sendable> {
        let v = match path {
            VarPath::Var(i) => self.pvar(i).clone(),
            VarPath::Element(i, n) => {
                let arr = self.pvar(i).clone();
                if !matches!(arr, Value::Array(_)) {
                    return err(code::BAD_ARGUMENT, "the source variable is not an array", Span::NONE);
                }
                self.get_element(&arr, &Value::Real(n as f64), Span::NONE)?
            }
        };
        to_sendable(&v, &SendOptions { formulas: false }).map_err(|_| {
            RuntimeError::new(
                code::PROCESS_PARAMETER,
                "pointers and formulas cannot be read from another process",
                Span::NONE,
            )
        })
    }

    fn write_var(&mut self, path: VarPath, v: Value, whole: bool) -> RtResult<()> {
        match path {
            VarPath::Var(i) => {
                if whole && matches!(v, Value::Array(_)) {
                    *self.pvar(i) = v;
                    Ok(())
                } else {
                    self.assign_pvar(i, v, Span::NONE)
                }
            }
            VarPath::Element(i, n) => {
                let arr = self.pvar(i).clone();
                if !matches!(arr, Value::Array(_)) {
                    return err(
                        code::BAD_ARGUMENT,
                        "the destination variable is not an array",
                        Span::NONE,
                    );
                }
                self.set_element(&arr, &Value::Real(n as f64), v, Span::NONE)
            }
        }
    }

    /// Sends `ops` to process `target` and waits for the reply: the values
    /// read, or None when the process has ended. Errors of the target come
    /// back as errors of this call.
    pub fn request_vars(
        &mut self,
        target: &Arc<ProcessEntry>,
        ops: Vec<VarOp>,
        span: Span,
    ) -> RtResult<Option<Vec<Sendable>>> {
        let slot = Arc::new(ReplySlot::default());
        if target
            .requests
            .post(VarRequest {
                ops,
                reply: slot.clone(),
            })
            .is_err()
        {
            return Ok(None);
        }
        // Wake the target if it waits for a message or for other processes.
        if let Some(m) = &target.mailbox {
            m.wake();
        }
        self.rt.processes.notify();
        loop {
            if let Some(r) = slot.wait(Duration::from_millis(10)) {
                return match r {
                    VarReply::Done(values) => Ok(Some(values)),
                    VarReply::Gone => Ok(None),
                    VarReply::Failed(c, m) => err(c, m, span),
                };
            }
            if self.rt.is_interrupted() {
                return Err(RuntimeError::interrupted(span));
            }
            // The target may be asking this process too.
            self.serve_requests();
            if !target.alive.load(std::sync::atomic::Ordering::SeqCst) {
                return match slot.wait(Duration::ZERO) {
                    Some(VarReply::Done(values)) => Ok(Some(values)),
                    Some(VarReply::Failed(c, m)) => err(c, m, span),
                    _ => Ok(None),
                };
            }
            if super::shared::lock_awaited_by(target.id) == Some(self.entry.id) {
                return err(
                    code::SHARED_DEADLOCK,
                    format!(
                        "process \"{}\" waits in Use for a shared object that process \"{}\" holds: \
                         its variables cannot be reached",
                        target.name, self.entry.name
                    ),
                    span,
                );
            }
        }
    }
}
