//! The interpreter of one process: its value stack and call frames, process
//! variables, error state (`ON ERR CALL`, `Try`, `Last errors`), the shared
//! groups it holds, and calls of methods, functions and formulas.

use std::ptr::NonNull;
use std::rc::Rc;
use std::sync::Arc;

use rustc_hash::FxHashMap;

use super::class::ClassRef;
use super::error::{ErrorKind, RtResult, RuntimeError, code, err};
use super::formula::{Formula, FormulaKind};
use super::ops::{coerce, default_of};
use super::process::ProcessEntry;
use super::program::{Program, SYSTEM_VARIABLES, system_variable_start};
use super::rt::Runtime;
use super::session::Session;
use super::shared::Group;
use super::value::Value;
use crate::diagnostics::Frame as ChainFrame;
use crate::sema::ir::{Code, MethodId, VarType};
use crate::source::Span;

/// Deepest call nesting before "stack full".
pub const MAX_DEPTH: usize = 10_000;

/// One running call. Every field is a whole word: a frame is built on the
/// stack and copied into `frames` by words, and a narrower field (a `bool`,
/// a `u32`) would make that copy wait on store forwarding at every call.
#[derive(Debug)]
pub struct Frame {
    pub base: usize,
    /// The code running: kept alive by the context's `owner`, or by the
    /// process's method cache (`Interp::code_cache`), which drops nothing
    /// while frames run.
    code: NonNull<Code>,
    pub nargs: usize,
    pub id: u64,
    /// The caller's line (`Interp::line`) when this call started.
    pub caller_line: usize,
    /// None for a method called with no more arguments than it declares,
    /// the most frequent call: its frame owns nothing.
    ctx: Option<Box<FrameCtx>>,
}

/// What a frame may hold besides its code and its place on the stack.
#[derive(Debug)]
pub struct FrameCtx {
    /// Held, never read: keeps `Frame::code` alive when the method cache
    /// does not (formulas, class functions, the REPL's code).
    #[allow(dead_code)]
    owner: Option<Arc<Code>>,
    /// Arguments beyond the declared parameters (`${n}`, `Copy parameters`).
    extra: Vec<Value>,
    this: Value,
    /// The class whose function or constructor runs (for `Super`).
    class: Option<ClassRef>,
}

impl FrameCtx {
    /// None when there is nothing to hold.
    fn boxed(
        owner: Option<Arc<Code>>,
        extra: Vec<Value>,
        this: Value,
        class: Option<ClassRef>,
    ) -> Option<Box<FrameCtx>> {
        if owner.is_none() && extra.is_empty() && class.is_none() && matches!(this, Value::Null) {
            return None;
        }
        Some(Box::new(FrameCtx {
            owner,
            extra,
            this,
            class,
        }))
    }
}

impl Frame {
    pub fn code(&self) -> &Code {
        // SAFETY: see the `code` field: the code outlives the frame.
        unsafe { self.code.as_ref() }
    }

    /// `This` (Null outside a class function or formula called on an object).
    pub fn this(&self) -> Value {
        self.ctx.as_ref().map(|c| c.this.clone()).unwrap_or(Value::Null)
    }

    pub fn class(&self) -> Option<ClassRef> {
        self.ctx.as_ref().and_then(|c| c.class.clone())
    }

    /// Arguments beyond the declared parameters.
    pub fn extra(&self) -> &[Value] {
        self.ctx.as_ref().map(|c| &c.extra[..]).unwrap_or(&[])
    }

    pub fn extra_mut(&mut self) -> &mut Vec<Value> {
        let ctx = self.ctx.get_or_insert_with(|| {
            Box::new(FrameCtx {
                owner: None,
                extra: Vec::new(),
                this: Value::Null,
                class: None,
            })
        });
        &mut ctx.extra
    }
}

/// How a statement ended (control flow is not an error).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Flow {
    Normal,
    Break,
    Continue,
    Return,
}

/// `ON ERR CALL`, `Try` and `Last errors`.
#[derive(Debug, Default)]
pub struct ErrorState {
    pub handler: Option<String>,
    /// The `Try` depth at which the handler was installed.
    pub handler_depth: u32,
    pub try_depth: u32,
    pub last: Vec<RuntimeError>,
    pub in_handler: bool,
}

pub struct Interp {
    pub rt: Arc<Runtime>,
    pub prog: Arc<Program>,
    pub stack: Vec<Value>,
    pub frames: Vec<Frame>,
    pub base: usize,
    /// Line of the statement running in the innermost frame (call chains,
    /// `Get call chain`); the callers' lines are kept in their callees' frames.
    pub line: usize,
    pub pvars: Vec<Value>,
    pub ptypes: Vec<VarType>,
    pub(crate) next_frame_id: u64,
    pub errors: ErrorState,
    /// Groups locked by the `Use` blocks being run (innermost last).
    pub uses: Vec<Arc<Group>>,
    pub entry: Arc<ProcessEntry>,
    pub session: Arc<Session>,
    /// Process singletons by class name.
    pub singletons: FxHashMap<String, Value>,
    /// Frames (ids) of the constructors running whose `Super()` has run.
    pub supers_called: Vec<u64>,
    /// Constructors (frame ids) that must call `Super()` and have not yet:
    /// `This` there is error -10743, returning is -10748 (super.md).
    pub supers_pending: Vec<u64>,
    /// Errors thrown with `deferred: True`, by the frame (id) that threw
    /// them: raised when that call returns (throw.md).
    pub deferred_errors: Vec<(u64, Box<RuntimeError>)>,
    code_cache: Vec<Option<Arc<Code>>>,
    /// Cached code replaced while frames may still run it.
    retired: Vec<Arc<Code>>,
    /// Random generator state (`Random`).
    pub rng: u64,
}

impl Interp {
    pub fn new(rt: Arc<Runtime>, entry: Arc<ProcessEntry>) -> Interp {
        super::shared::set_current_process(entry.id);
        let prog = rt.prog.clone();
        let session = rt.sessions.standalone();
        let seed = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_nanos() as u64)
            .unwrap_or(0x9E37_79B9)
            ^ entry.id.wrapping_mul(0x9E37_79B9_7F4A_7C15);
        Interp {
            rt,
            prog,
            stack: Vec::with_capacity(1024),
            frames: Vec::with_capacity(64),
            base: 0,
            line: 0,
            pvars: SYSTEM_VARIABLES
                .iter()
                .map(|(name, ty)| system_variable_start(name, ty))
                .collect(),
            ptypes: SYSTEM_VARIABLES.iter().map(|(_, ty)| ty.clone()).collect(),
            next_frame_id: 1,
            errors: ErrorState::default(),
            uses: Vec::new(),
            entry,
            session,
            singletons: FxHashMap::default(),
            supers_called: Vec::new(),
            supers_pending: Vec::new(),
            deferred_errors: Vec::new(),
            code_cache: Vec::new(),
            retired: Vec::new(),
            rng: seed | 1,
        }
    }

    // ----- variables ----------------------------------------------------

    #[inline]
    pub fn local(&self, slot: u32) -> &Value {
        self.stack.get(self.base + slot as usize).unwrap_or(&Value::Undefined)
    }

    /// The current frame's locals (and what is above them on the stack).
    #[inline]
    pub fn locals(&self) -> &[Value] {
        self.stack.get(self.base..).unwrap_or(&[])
    }

    #[inline]
    pub fn local_mut(&mut self, slot: u32) -> &mut Value {
        let i = self.base + slot as usize;
        if i >= self.stack.len() {
            self.stack.resize(i + 1, Value::Undefined);
        }
        // The index was just made valid.
        #[allow(clippy::indexing_slicing)]
        &mut self.stack[i]
    }

    /// Pushes a Real on the value stack, written in place (`Vec::push`
    /// builds the value in a temporary and copies it with one wide load,
    /// which stalls on the two narrow stores that have just built it).
    #[inline]
    pub fn push_real(&mut self, x: f64) {
        // Built after `reserve`: a value built before it would be kept in a
        // temporary across the call and copied the wide way.
        self.stack.reserve(1);
        if let Some(slot) = self.stack.spare_capacity_mut().first_mut() {
            slot.write(Value::Real(x));
            let len = self.stack.len() + 1;
            // SAFETY: the element at `len - 1` was just initialized, within
            // the capacity reserved above.
            unsafe { self.stack.set_len(len) };
        }
    }

    pub fn pvar(&mut self, index: u32) -> &mut Value {
        let i = index as usize;
        if i >= self.pvars.len() {
            self.pvars.resize(i + 1, Value::Undefined);
            self.ptypes.resize(i + 1, VarType::Variant);
        }
        #[allow(clippy::indexing_slicing)]
        &mut self.pvars[i]
    }

    pub fn pvar_type(&self, index: u32) -> VarType {
        self.ptypes.get(index as usize).cloned().unwrap_or(VarType::Variant)
    }

    pub fn set_pvar_type(&mut self, index: u32, ty: VarType) {
        let _ = self.pvar(index);
        if let Some(t) = self.ptypes.get_mut(index as usize) {
            *t = ty;
        }
    }

    /// A process variable by name (system variables: `OK`, `Error`…).
    pub fn set_system_var(&mut self, name: &str, v: Value) {
        let i = self.prog.process_var(name);
        let ty = self.pvar_type(i);
        let v = match ty {
            VarType::Variant => v,
            _ => coerce(&ty, v.clone(), Span::NONE).unwrap_or(v),
        };
        *self.pvar(i) = v;
    }

    pub fn system_var(&mut self, name: &str) -> Value {
        let i = self.prog.process_var(name);
        self.pvar(i).clone()
    }

    pub fn frame(&self) -> Option<&Frame> {
        self.frames.last()
    }

    pub fn frame_mut(&mut self) -> Option<&mut Frame> {
        self.frames.last_mut()
    }

    /// The name of the running method or function (`Current method name`).
    pub fn method_name(&self) -> String {
        self.frames.last().map(|f| f.code().name.clone()).unwrap_or_default()
    }

    /// The value stack slot of a local of a given frame (pointers to locals).
    pub fn frame_slot(&mut self, frame_id: u64, slot: u32) -> Option<&mut Value> {
        let base = self.frames.iter().rev().find(|f| f.id == frame_id)?.base;
        self.stack.get_mut(base + slot as usize)
    }

    pub fn frame_id(&self) -> u64 {
        self.frames.last().map(|f| f.id).unwrap_or(0)
    }

    // ----- calls --------------------------------------------------------

    /// The resolved code of a method, cached per process.
    pub fn method_code(&mut self, id: MethodId, span: Span) -> RtResult<Arc<Code>> {
        if let Some(Some(c)) = self.code_cache.get(id as usize) {
            return Ok(c.clone());
        }
        match self.prog.method_code(id) {
            Ok(c) => {
                let i = id as usize;
                if i >= self.code_cache.len() {
                    self.code_cache.resize(i + 1, None);
                }
                if let Some(slot) = self.code_cache.get_mut(i) {
                    *slot = Some(c.clone());
                }
                Ok(c)
            }
            Err(diags) => {
                let name = self.prog.method_entry(id).map(|e| e.name.clone()).unwrap_or_default();
                let first = diags.first().map(|d| d.message.clone()).unwrap_or_default();
                let mut e = RuntimeError::new(
                    code::SYNTAX,
                    format!("method `{name}` cannot run: it has errors ({first})"),
                    span,
                );
                e.component = "lscm".into();
                Err(e)
            }
        }
    }

    /// Forgets cached method code (after methods are replaced).
    pub fn clear_code_cache(&mut self) {
        let old = std::mem::take(&mut self.code_cache);
        if self.frames.is_empty() {
            self.retired.clear();
        } else {
            // Running frames may point into it (see `Frame::code`).
            self.retired.extend(old.into_iter().flatten());
        }
    }

    /// The code of a method, borrowed from the cache (see `Frame::code`).
    #[inline]
    pub(super) fn method_code_ptr(&mut self, id: MethodId, span: Span) -> RtResult<NonNull<Code>> {
        if let Some(Some(c)) = self.code_cache.get(id as usize) {
            return Ok(NonNull::from(&**c));
        }
        let c = self.method_code(id, span)?;
        Ok(NonNull::from(&*c))
    }

    /// Calls a project method by id.
    pub fn call_method(&mut self, id: MethodId, args: Vec<Value>, span: Span) -> RtResult<Value> {
        let code = self.method_code(id, span)?;
        self.call_code(code, args, Value::Null, None, span)
    }

    /// Calls a method by name (`EXECUTE METHOD`, `ON ERR CALL`, workers).
    pub fn call_method_named(&mut self, name: &str, args: Vec<Value>, span: Span) -> RtResult<Value> {
        match self.prog.method_id(name) {
            Some(id) => self.call_method(id, args, span),
            None => err(
                code::METHOD_NOT_FOUND,
                format!("the method `{name}` does not exist"),
                span,
            ),
        }
    }

    /// Runs `code` in a new frame with `args`; returns its result.
    pub fn call_code(
        &mut self,
        code: Arc<Code>,
        args: Vec<Value>,
        this: Value,
        class: Option<ClassRef>,
        span: Span,
    ) -> RtResult<Value> {
        let base = self.stack.len();
        let nargs = args.len();
        let nparams = code.params.len();
        let mut extra = Vec::new();
        let mut args = args.into_iter();
        self.stack.extend(args.by_ref().take(nparams));
        extra.extend(args);
        self.enter(
            NonNull::from(&*code),
            Some(code),
            base,
            nargs,
            extra,
            this,
            class,
            span,
            false,
        )
    }

    /// Calls with arguments already pushed on the stack at `base` (or, when
    /// `prepared`, with every slot of the frame already laid out). `code` is
    /// kept alive by `owner`, or else by the method cache (`Frame::code`).
    #[allow(clippy::too_many_arguments)]
    pub fn enter(
        &mut self,
        code: NonNull<Code>,
        owner: Option<Arc<Code>>,
        base: usize,
        nargs: usize,
        mut extra: Vec<Value>,
        this: Value,
        class: Option<ClassRef>,
        span: Span,
        prepared: bool,
    ) -> RtResult<Value> {
        // SAFETY: `code` outlives this call: `owner` (moved into the frame
        // below) or the method cache keeps it, and frames are popped only by
        // the call that pushed them (see `Frame::code`).
        let code_ref: &Code = unsafe { code.as_ref() };
        self.may_call(base, span)?;
        if !prepared {
            self.bind_params(code_ref, base, &mut extra, span)?;
        }
        let ctx = FrameCtx::boxed(owner, extra, this, class);
        self.run_frame(code_ref, ctx, base, nargs, span, false)
    }

    /// `enter` for a project method called with no more arguments than it
    /// declares, pushed at `base`: its frame owns nothing, and the method
    /// cache keeps `code` alive.
    ///
    /// With `as_number`, a Longint result comes back as a Real (for a
    /// caller that computes with it, where the two are the same).
    pub fn enter_method(
        &mut self,
        code: NonNull<Code>,
        base: usize,
        nargs: usize,
        span: Span,
        as_number: bool,
    ) -> RtResult<Value> {
        // SAFETY: as in `enter`.
        let code: &Code = unsafe { code.as_ref() };
        self.may_call(base, span)?;
        // At most one argument per parameter: none goes into `extra`, which
        // allocates nothing while empty.
        self.bind_params(code, base, &mut Vec::new(), span)?;
        self.run_frame(code, None, base, nargs, span, as_number)
    }

    /// Pushes the frame, runs the code, pops the frame and the locals, and
    /// gives the result.
    #[inline(always)]
    fn run_frame(
        &mut self,
        code: &Code,
        ctx: Option<Box<FrameCtx>>,
        base: usize,
        nargs: usize,
        span: Span,
        as_number: bool,
    ) -> RtResult<Value> {
        let id = self.next_frame_id;
        self.next_frame_id += 1;
        let saved_base = self.base;
        self.frames.push(Frame {
            base,
            code: NonNull::from(code),
            nargs,
            id,
            caller_line: self.line,
            ctx,
        });
        self.base = base;
        let mut outcome = self.exec_block(&code.body);
        if !self.deferred_errors.is_empty() {
            self.raise_deferred(id, &mut outcome);
        }
        if !self.supers_called.is_empty() {
            self.supers_called.retain(|&f| f != id);
        }
        self.pop_frame();
        self.base = saved_base;
        match outcome {
            Ok(_) => {
                let slot = match &code.result {
                    Some((slot, _)) => self.stack.get_mut(base + *slot as usize),
                    None => None,
                };
                // Numbers are read as numbers, and each result is built in
                // the return place: a value built in a temporary is copied
                // with one wide load, which stalls on the narrow stores that
                // have just built it (fib: -8 % time).
                match slot {
                    Some(Value::Int(i)) => {
                        let i = *i;
                        self.pop_locals(base);
                        // A Longint's 4-byte store is not forwarded to the
                        // caller's 8-byte load of the value: a stall at each
                        // return (fib: 5 % of the time). A Real is written
                        // whole.
                        Ok(if as_number {
                            Value::Real(f64::from(i))
                        } else {
                            Value::Int(i)
                        })
                    }
                    Some(Value::Real(r)) => {
                        let r = *r;
                        self.pop_locals(base);
                        Ok(Value::Real(r))
                    }
                    Some(v) => {
                        let v = std::mem::take(v);
                        self.pop_locals(base);
                        Ok(v)
                    }
                    None => {
                        self.pop_locals(base);
                        Ok(Value::Undefined)
                    }
                }
            }
            Err(e) => {
                self.pop_locals(base);
                Err(self.chain_error(e, code, span))
            }
        }
    }

    /// Pops the frame of the call that ends, back to its caller's line.
    #[inline]
    fn pop_frame(&mut self) {
        if let Some(f) = self.frames.pop() {
            self.line = f.caller_line;
        }
    }

    /// Refuses a call too deep, or in an interrupted process.
    #[inline(always)]
    fn may_call(&mut self, base: usize, span: Span) -> RtResult<()> {
        if self.frames.len() >= MAX_DEPTH || self.rt.is_interrupted() {
            return Err(self.refuse_call(base, span));
        }
        Ok(())
    }

    /// The error of a call that cannot start: too deep, or interrupted.
    #[cold]
    #[inline(never)]
    fn refuse_call(&mut self, base: usize, span: Span) -> Box<RuntimeError> {
        self.stack.truncate(base);
        if self.rt.is_interrupted() {
            return RuntimeError::interrupted(span);
        }
        RuntimeError::new(
            code::STACK_FULL,
            format!("stack full: more than {MAX_DEPTH} nested calls (runaway recursion?)"),
            span,
        )
    }

    /// An error deferred in call `id` is raised now that it ends (the
    /// first one; one raised meanwhile wins).
    #[cold]
    #[inline(never)]
    fn raise_deferred(&mut self, id: u64, outcome: &mut RtResult<Flow>) {
        let (mine, others): (Vec<_>, Vec<_>) = std::mem::take(&mut self.deferred_errors)
            .into_iter()
            .partition(|(frame, _)| *frame == id);
        self.deferred_errors = others;
        if outcome.is_ok()
            && let Some((_, e)) = mine.into_iter().next()
        {
            *outcome = Err(e);
        }
    }

    /// Adds the call that failed to its error's chain: this call's frame, at
    /// the line the error is at in it; the caller's frame will be at the
    /// call site.
    #[cold]
    #[inline(never)]
    fn chain_error(&self, mut e: Box<RuntimeError>, code: &Code, span: Span) -> Box<RuntimeError> {
        if e.at.is_none() {
            e.at = e.span;
        }
        let line = self.prog.sources.line_of(e.at);
        e.chain.push(ChainFrame {
            method: code.name.clone(),
            line,
        });
        e.at = span;
        e
    }

    /// Drops the stack down to `base`. Numbers and other plain values need
    /// no destructor: only the others go through `drop` (a call per value
    /// otherwise, the most frequent cost of returning from a method). The
    /// values are looked at in place: moving one out loads its 16 bytes at
    /// once, which stalls on the narrower stores that have just written it.
    #[inline]
    fn pop_locals(&mut self, base: usize) {
        let mut len = self.stack.len();
        while len > base && self.stack.get(len - 1).is_some_and(Value::is_plain) {
            len -= 1;
        }
        // SAFETY: shortening a vector is sound, and the values given up are
        // plain (they own nothing): nothing leaks (fib: -4 % instructions).
        unsafe { self.stack.set_len(len) };
        self.stack.truncate(base);
    }

    /// Puts the arguments pushed at `base` into the parameter slots: extra
    /// ones aside, each converted to its declared type, missing ones empty;
    /// then makes room for the locals.
    #[inline(always)]
    fn bind_params(&mut self, code: &Code, base: usize, extra: &mut Vec<Value>, span: Span) -> RtResult<()> {
        if self.stack.len() - base != code.params.len() || !self.params_fit(code, base) {
            self.bind_params_slow(code, base, extra, span)?;
        } else if code.variadic.is_some() && !extra.is_empty() {
            self.bind_variadic(code, base, extra, span)?;
        }
        // Locals start undefined; a typed result starts with its empty value.
        let top = base + code.slot_types.len();
        // Written where they go, after the room is made (a value built
        // before is copied with a wide load that stalls on the narrow store
        // that built it), by code inlined here (`Vec::resize_with` is a
        // call).
        let missing = top.saturating_sub(self.stack.len());
        if missing > 0 {
            self.stack
                .extend(std::iter::repeat_with(|| Value::Undefined).take(missing));
        }
        if let Some((slot, ty)) = &code.result
            && let Some(s) = self.stack.get_mut(base + *slot as usize)
            && s.is_undefined()
        {
            // `s` is undefined: nothing to drop, so each value is written
            // straight into the slot (no temporary kept across a drop call).
            let old = match ty {
                VarType::Integer => std::mem::replace(s, Value::Int(0)),
                VarType::Real => std::mem::replace(s, Value::Real(0.0)),
                ty => std::mem::replace(s, default_of(ty)),
            };
            std::mem::forget(old);
        }
        Ok(())
    }

    /// One argument pushed for each parameter, each of the parameter's type
    /// or a number for an Integer (converted here, in place); false when
    /// one needs the general conversion.
    #[inline]
    fn params_fit(&mut self, code: &Code, base: usize) -> bool {
        let Some(args) = self.stack.get_mut(base..) else {
            return false;
        };
        for (p, slot) in code.params.iter().zip(args.iter_mut()) {
            match (&p.ty, &*slot) {
                (VarType::Variant, _)
                | (VarType::Integer, Value::Int(_))
                | (VarType::Real, Value::Real(_))
                | (VarType::Text, Value::Text(_))
                | (VarType::Boolean, Value::Bool(_))
                | (VarType::Object, Value::Object(_))
                | (VarType::Collection, Value::Collection(_)) => {}
                (VarType::Integer, Value::Real(r)) => {
                    // A Real has nothing to drop: written over in place.
                    let old = std::mem::replace(slot, Value::Int(super::ops::to_long(*r)));
                    std::mem::forget(old);
                }
                _ => return false,
            }
        }
        true
    }

    /// The general case of `bind_params`: extra arguments pushed, missing
    /// ones, conversions that may fail.
    #[inline(never)]
    fn bind_params_slow(&mut self, code: &Code, base: usize, extra: &mut Vec<Value>, span: Span) -> RtResult<()> {
        let nparams = code.params.len();
        let pushed = self.stack.len() - base;
        if pushed > nparams {
            // Extra arguments pushed directly: keep them aside.
            let mut tail: Vec<Value> = self.stack.drain(base + nparams..).collect();
            tail.append(extra);
            *extra = tail;
        }
        // Parameters: converted to their declared type; missing ones get the
        // type's empty value.
        for (i, p) in code.params.iter().enumerate() {
            let idx = base + i;
            if let Some(slot) = self.stack.get_mut(idx) {
                let v = std::mem::take(slot);
                let v = match check_param(&p.ty, v, code.declared, span) {
                    Ok(v) => v,
                    Err(mut e) => {
                        self.stack.truncate(base);
                        e.message = format!("parameter ${} of `{}`: {}", p.name, code.name, e.message);
                        return Err(e);
                    }
                };
                if let Some(s) = self.stack.get_mut(idx) {
                    *s = v;
                }
            } else {
                self.stack.push(default_of(&p.ty));
            }
        }
        self.bind_variadic(code, base, extra, span)
    }

    /// `... : Type`: the extra arguments converted to it.
    fn bind_variadic(&mut self, code: &Code, base: usize, extra: &mut [Value], span: Span) -> RtResult<()> {
        if let Some(vt) = &code.variadic {
            for v in extra.iter_mut() {
                let x = std::mem::take(v);
                match check_param(vt, x, true, span) {
                    Ok(x) => *v = x,
                    Err(e) => {
                        self.stack.truncate(base);
                        return Err(e);
                    }
                }
            }
        }
        Ok(())
    }

    /// Calls a formula object with `args` (its `$1…`) and `This`.
    pub fn call_formula(&mut self, f: &Rc<Formula>, args: Vec<Value>, this: Value, span: Span) -> RtResult<Value> {
        match &f.kind {
            FormulaKind::Method(id, _) => {
                let code = self.method_code(*id, span)?;
                self.call_code(code, args, this, None, span)
            }
            FormulaKind::ClassFunction(code, owner, _) => {
                self.call_code(code.clone(), args, this, Some(owner.clone()), span)
            }
            FormulaKind::Code(fc) => {
                let code = fc.code.clone();
                let base = self.stack.len();
                // The formula's locals, with the captured ones copied in.
                self.stack.resize(base + code.slot_types.len(), Value::Undefined);
                for (slot, v) in &f.captured {
                    if let Some(s) = self.stack.get_mut(base + *slot as usize) {
                        *s = v.clone();
                    }
                }
                let nargs = args.len();
                self.enter(
                    NonNull::from(&*code),
                    Some(code),
                    base,
                    nargs,
                    args,
                    this,
                    None,
                    span,
                    true,
                )
            }
        }
    }

    // ----- errors -------------------------------------------------------

    /// Records an error in `Last errors` and the system variables.
    pub fn record_error(&mut self, e: &RuntimeError) {
        self.errors.last.clear();
        for s in &e.stack {
            self.errors.last.push(s.clone());
        }
        self.errors.last.push(e.clone());
        self.set_system_var("Error", Value::Real(e.code as f64));
        let method = e
            .chain
            .first()
            .map(|f| f.method.clone())
            .unwrap_or_else(|| self.method_name());
        self.set_system_var("Error method", Value::text(method));
        let line = self.prog.sources.line_of(e.span);
        self.set_system_var("Error line", Value::Real(line as f64));
        // The code at the origin of the error, as written: its line.
        let formula = self.prog.sources.formula(e.span.source, line);
        self.set_system_var("Error formula", Value::text(formula));
    }

    /// A statement failed: runs the `ON ERR CALL` handler when one applies
    /// (execution then resumes with the next statement), else propagates.
    pub fn handle_error(&mut self, e: Box<RuntimeError>) -> RtResult<()> {
        if e.kind != ErrorKind::Error || self.errors.in_handler {
            return Err(e);
        }
        let local = self
            .errors
            .handler
            .clone()
            .filter(|_| self.errors.handler_depth >= self.errors.try_depth);
        let handler = match local {
            Some(h) => Some(h),
            None if self.errors.try_depth == 0 => self.rt.global_handler.read().clone(),
            None => None,
        };
        let Some(handler) = handler.filter(|h| !h.is_empty()) else {
            return Err(e);
        };
        self.record_error(&e);
        self.errors.in_handler = true;
        let r = self.call_method_named(&handler, Vec::new(), e.span);
        self.errors.in_handler = false;
        match r {
            Ok(_) => Ok(()),
            Err(inner) if inner.kind == ErrorKind::Abort => Err(inner),
            Err(inner) => Err(inner),
        }
    }

    /// Releases every `Use` lock taken since `depth` (leaving blocks by error).
    pub fn release_uses(&mut self, depth: usize) {
        while self.uses.len() > depth {
            if let Some(g) = self.uses.pop() {
                g.unlock();
            }
        }
    }

    /// Pseudo-random numbers (xorshift), per process.
    pub fn next_random(&mut self) -> u64 {
        let mut x = self.rng;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.rng = x;
        x
    }
}

/// Converts an argument for a typed parameter. With `#DECLARE` a wrong type
/// is an error; legacy `C_xxx` parameters silently get the empty value.
fn check_param(ty: &VarType, v: Value, declared: bool, span: Span) -> RtResult<Value> {
    match coerce(ty, v, span) {
        Ok(v) => Ok(v),
        Err(e) if declared => Err(e),
        Err(_) => Ok(default_of(ty)),
    }
}

impl Interp {
    /// Runs REPL code in the session's persistent frame (slots 0… of the
    /// stack stay between inputs, so variables persist).
    pub fn run_persistent(&mut self, code: Arc<Code>, frame_id: u64) -> RtResult<Flow> {
        let n = code.slot_types.len();
        if self.stack.len() < n {
            self.stack.resize(n, Value::Undefined);
        }
        self.frames.push(Frame {
            base: 0,
            code: NonNull::from(&*code),
            nargs: 0,
            id: frame_id,
            caller_line: self.line,
            ctx: FrameCtx::boxed(Some(code.clone()), Vec::new(), Value::Null, None),
        });
        self.base = 0;
        let r = self.exec_block(&code.body);
        self.pop_frame();
        self.release_uses(0);
        r
    }
}
