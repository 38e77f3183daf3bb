//! Statements: assignments to every kind of place, declarations, control
//! structures (with 4D's For/For each rules), `Use` (released on every way
//! out), `Try`/`Catch`, and error handling at statement boundaries.

use std::rc::Rc;

use super::access::store_element;
use super::error::{ErrorKind, RtResult, RuntimeError, code, err};
use super::interp::{Flow, Interp};
use super::num::Fast;
use super::ops::{binary, coerce, default_of};
use super::pointer::Pointer;
use super::sendable::{SendOptions, to_sendable};
use super::text::Text;
use super::value::Value;
use crate::sema::ir::{Block, Declaration, Ex, ForEachLoop, ForLoop, Place, SetNum, St, Stmt, VarRef, VarType};
use crate::source::Span;
use crate::syntax::ast::BinOp;

impl Interp {
    /// Runs statements in order; an error goes to `ON ERR CALL` when a
    /// handler applies (then execution resumes with the next statement).
    /// Inlined where blocks run (a loop's body runs with no call); the
    /// branches of an `If` go through `exec_branch`.
    #[inline(always)]
    pub fn exec_block(&mut self, block: &[Stmt]) -> RtResult<Flow> {
        for stmt in block {
            self.line = stmt.line as usize;
            // The hottest statements, when their compiled code applies, run
            // without `exec`'s frame.
            let outcome = match &stmt.kind {
                St::SetNum(s) => {
                    if self.set_num(s) {
                        continue;
                    }
                    self.assign_typed(&s.assign, stmt.span)
                }
                St::If(i) => match self.fast_condition(&i.0) {
                    Some(c) => match if c { Some(&i.1[..]) } else { i.2.as_deref() } {
                        None | Some([]) => continue,
                        // A branch of one statement runs here, as the block
                        // would run it, with no call.
                        Some([one]) => {
                            self.line = one.line as usize;
                            match &one.kind {
                                St::SetNum(s) if self.set_num(s) => continue,
                                St::SetNum(s) => self.assign_typed(&s.assign, one.span),
                                St::AssignTyped(a) => self.assign_typed(a, one.span),
                                _ => self.exec(one),
                            }
                        }
                        Some(branch) => self.exec_branch(branch),
                    },
                    None => self.exec(stmt),
                },
                St::AssignTyped(a) => self.assign_typed(a, stmt.span),
                _ => self.exec(stmt),
            };
            match outcome {
                Ok(Flow::Normal) => {}
                Ok(flow) => return Ok(flow),
                Err(e) => {
                    if e.kind != ErrorKind::Error {
                        return Err(e);
                    }
                    self.handle_error(e)?;
                }
            }
        }
        Ok(Flow::Normal)
    }

    /// A block run from `exec_block` itself (which is inlined).
    #[inline(never)]
    fn exec_branch(&mut self, block: &[Stmt]) -> RtResult<Flow> {
        self.exec_block(block)
    }

    /// `$x:=…` with compiled arithmetic, into a local that holds a number
    /// of its type; false when the code answers None or the local holds
    /// something else (then `assign_typed` runs the assignment).
    #[inline(always)]
    fn set_num(&mut self, s: &SetNum) -> bool {
        let Some(x) = (s.code)(self.locals()) else {
            return false;
        };
        match self.stack.get_mut(self.base + s.slot as usize) {
            Some(Value::Int(slot)) if s.int => *slot = super::ops::to_long(x),
            Some(Value::Real(slot)) if !s.int => *slot = x,
            _ => return false,
        }
        true
    }

    /// A compiled comparison's result; None when there is none, or when
    /// it answers None (then the condition is evaluated the general way).
    #[inline(always)]
    fn fast_condition(&self, e: &Ex) -> Option<bool> {
        let Ex::Bin(_, b) = e else { return None };
        let Fast::Compare(f) = &b.fast else { return None };
        f(self.locals())
    }

    fn exec(&mut self, stmt: &Stmt) -> RtResult<Flow> {
        match &stmt.kind {
            St::AssignTyped(a) => self.assign_typed(a, stmt.span),
            St::SetNum(s) => self.assign_typed(&s.assign, stmt.span),
            St::Assign(a) => {
                let v = self.eval(&a.1)?;
                // The frequent `$c[$i]:=v` without a call.
                let v = match self.set_local_element(&a.0, v) {
                    Ok(()) => return Ok(Flow::Normal),
                    Err(v) => v,
                };
                self.assign(&a.0, v, stmt.span)?;
                Ok(Flow::Normal)
            }
            St::Expr(e) => {
                self.eval(e)?;
                Ok(Flow::Normal)
            }
            St::If(i) => {
                if self.condition(&i.0, stmt.span)? {
                    self.exec_block(&i.1)
                } else if let Some(o) = &i.2 {
                    self.exec_block(o)
                } else {
                    Ok(Flow::Normal)
                }
            }
            St::AppendLocal(a) => {
                // `$t:=$t+$piece`, both local texts: the piece is read in place.
                if let [Ex::Local(q)] = &a.1[..]
                    && *q != a.0
                    && let Ok([Value::Text(t), Value::Text(piece)]) = self
                        .stack
                        .get_disjoint_mut([self.base + a.0 as usize, self.base + *q as usize])
                {
                    t.push_str(piece.as_str());
                    return Ok(Flow::Normal);
                }
                if let [piece] = &a.1[..] {
                    let piece = self.eval(piece)?;
                    self.append_local(a.0, piece, stmt.span)?;
                } else {
                    // Every piece is read before the variable changes
                    // (`$t:=$t+"-"+$t`).
                    let mut pieces = Vec::with_capacity(a.1.len());
                    for p in &a.1 {
                        pieces.push(self.eval(p)?);
                    }
                    for piece in pieces {
                        self.append_local(a.0, piece, stmt.span)?;
                    }
                }
                Ok(Flow::Normal)
            }
            St::For(f) => self.exec_for(f, stmt.span),
            St::Break => Ok(Flow::Break),
            St::Continue => Ok(Flow::Continue),
            St::Nop => Ok(Flow::Normal),
            _ => self.exec_other(stmt),
        }
    }

    /// Assignment to a typed local: the value converted to its type.
    fn assign_typed(&mut self, a: &(u32, VarType, Ex), span: Span) -> RtResult<Flow> {
        // `$piece:=a+b` into a Text local: the two texts are written
        // over its characters when nothing else shares them (no
        // allocation, no free).
        if let (VarType::Text, Ex::Bin(BinOp::Add, b)) = (&a.1, &a.2) {
            let l = self.eval(&b.l)?;
            let r = self.eval(&b.r)?;
            if let (Value::Text(x), Value::Text(y)) = (&l, &r)
                && let Value::Text(t) = self.local_mut(a.0)
                && t.set_concat_if_unique(x, y)
            {
                return Ok(Flow::Normal);
            }
            let v = binary(BinOp::Add, &l, &r, b.span)?;
            *self.local_mut(a.0) = coerce(&a.1, v, span)?;
            return Ok(Flow::Normal);
        }
        // Numbers into numeric locals: written in place.
        if let Some(x) = self.num_operand(&a.2) {
            match (&a.1, self.local_mut(a.0)) {
                (VarType::Integer, Value::Int(slot)) => {
                    *slot = super::ops::to_long(x);
                    return Ok(Flow::Normal);
                }
                (VarType::Real, Value::Real(slot)) => {
                    *slot = x;
                    return Ok(Flow::Normal);
                }
                _ => {}
            }
        }
        // Into a numeric local, a Longint and a Real are alike.
        let v = match a.1 {
            VarType::Integer | VarType::Real => self.eval_operand(&a.2)?,
            _ => self.eval(&a.2)?,
        };
        // A number into a numeric local that holds one: in place.
        match (&a.1, &v, self.local_mut(a.0)) {
            (VarType::Integer, Value::Real(r), Value::Int(slot)) => {
                *slot = super::ops::to_long(*r);
                return Ok(Flow::Normal);
            }
            (VarType::Integer, Value::Int(i), Value::Int(slot)) => {
                *slot = *i;
                return Ok(Flow::Normal);
            }
            (VarType::Real, Value::Real(r), Value::Real(slot)) => {
                *slot = *r;
                return Ok(Flow::Normal);
            }
            _ => {}
        }
        // Hot path: values that already have the type, rebuilt from
        // their parts where they go (moved whole, a value just built
        // is copied with a wide load that stalls on the narrow stores
        // that built it).
        let v = match (&a.1, v) {
            (VarType::Integer, Value::Real(r)) => Value::Int(super::ops::to_long(r)),
            (VarType::Integer, Value::Int(i)) => Value::Int(i),
            (VarType::Real, Value::Real(r)) => Value::Real(r),
            (VarType::Text, Value::Text(t)) => Value::Text(t),
            (VarType::Boolean, Value::Bool(b)) => Value::Bool(b),
            (VarType::Object, Value::Object(o)) => Value::Object(o),
            (VarType::Collection, Value::Collection(c)) => Value::Collection(c),
            (ty, v) => coerce(ty, v, span)?,
        };
        *self.local_mut(a.0) = v;
        Ok(Flow::Normal)
    }

    /// The statements that are not run often enough to be worth their room
    /// in `exec`: every statement pays for `exec`'s frame, so it stays small.
    #[inline(never)]
    fn exec_other(&mut self, stmt: &Stmt) -> RtResult<Flow> {
        match &stmt.kind {
            St::Compound(c) => {
                self.compound(&c.0, c.1, &c.2, stmt.span)?;
                Ok(Flow::Normal)
            }
            St::Declare(d) => {
                self.declare(d, stmt.span)?;
                Ok(Flow::Normal)
            }
            St::Case(c) => {
                for (cond, body) in &c.branches {
                    if self.condition(cond, stmt.span)? {
                        return self.exec_block(body);
                    }
                }
                match &c.otherwise {
                    Some(o) => self.exec_block(o),
                    None => Ok(Flow::Normal),
                }
            }
            St::While(w) => {
                while self.condition(&w.0, stmt.span)? {
                    self.check_interrupt(stmt.span)?;
                    match self.exec_block(&w.1)? {
                        Flow::Break => break,
                        Flow::Return => return Ok(Flow::Return),
                        _ => {}
                    }
                }
                Ok(Flow::Normal)
            }
            St::Repeat(r) => {
                loop {
                    self.check_interrupt(stmt.span)?;
                    match self.exec_block(&r.0)? {
                        Flow::Break => break,
                        Flow::Return => return Ok(Flow::Return),
                        _ => {}
                    }
                    if self.condition(&r.1, stmt.span)? {
                        break;
                    }
                }
                Ok(Flow::Normal)
            }
            St::ForEach(f) => self.exec_for_each(f),
            St::Use(u) => {
                let target = self.eval(&u.0)?;
                let group = self.use_lock(&target, stmt.span)?;
                let depth = self.uses.len();
                if let Some(g) = &group {
                    self.uses.push(g.clone());
                }
                let r = self.exec_block(&u.1);
                // Released on every way out: End use, return, break, error.
                self.release_uses(depth);
                r
            }
            St::Try(t) => self.exec_try(&t.0, t.1.as_ref()),
            St::Return(e) => {
                if let Some(e) = e {
                    let v = self.eval(e)?;
                    let result = self.frame().and_then(|f| f.code().result.clone());
                    match result {
                        Some((slot, ty)) => {
                            let v = coerce(&ty, v, stmt.span)?;
                            *self.local_mut(slot) = v;
                        }
                        None => {
                            return err(
                                code::TYPE_MISMATCH,
                                "`return` with a value in a method that declares no result",
                                stmt.span,
                            );
                        }
                    }
                }
                Ok(Flow::Return)
            }
            St::AssignTyped(_)
            | St::SetNum(_)
            | St::Assign(_)
            | St::Expr(_)
            | St::If(_)
            | St::AppendLocal(_)
            | St::For(_)
            | St::Break
            | St::Continue
            | St::Nop => self.exec(stmt),
        }
    }

    /// Checked at every loop iteration: Ctrl-C, and requests of other
    /// processes for this process's variables (served here, between two
    /// statements; see `procvars.rs`).
    #[inline]
    pub fn check_interrupt(&mut self, span: Span) -> RtResult<()> {
        if self.rt.is_interrupted() {
            return Err(RuntimeError::interrupted(span));
        }
        if self.entry.requests.pending() {
            self.serve_requests();
        }
        if self.entry.paused.load(std::sync::atomic::Ordering::Relaxed) {
            self.wait_while_paused(span)?;
        }
        Ok(())
    }

    /// `PAUSE PROCESS`: waits until `RESUME PROCESS` (or Ctrl-C), still
    /// answering other processes' requests for its variables.
    #[cold]
    pub fn wait_while_paused(&mut self, span: Span) -> RtResult<()> {
        use std::sync::atomic::Ordering::SeqCst;
        while self.entry.paused.load(SeqCst) {
            if self.rt.is_interrupted() {
                return Err(RuntimeError::interrupted(span));
            }
            if self.entry.requests.pending() {
                self.serve_requests();
            }
            std::thread::sleep(std::time::Duration::from_millis(5));
        }
        Ok(())
    }

    /// The condition of If/While/Until/Case: Boolean; undefined counts as False.
    #[inline(always)]
    fn condition(&mut self, e: &crate::sema::ir::Ex, span: Span) -> RtResult<bool> {
        if let Some(b) = self.num_compare(e) {
            return Ok(b);
        }
        self.condition_other(e, span)
    }

    #[inline(never)]
    fn condition_other(&mut self, e: &crate::sema::ir::Ex, span: Span) -> RtResult<bool> {
        if let Some(Some(b)) = self.peek(e, |v| match v {
            Value::Bool(b) => Some(*b),
            _ => None,
        }) {
            return Ok(b);
        }
        match self.eval(e)? {
            Value::Bool(b) => Ok(b),
            Value::Undefined => Ok(false),
            other => err(
                code::TYPE_MISMATCH,
                format!(
                    "a condition must be a Boolean, not {}",
                    super::ops::type_name_of(&other)
                ),
                span,
            ),
        }
    }

    fn exec_try(&mut self, body: &Block, catch: Option<&Block>) -> RtResult<Flow> {
        // As `Try()`: the errors of before are gone (README, known differences).
        self.errors.last.clear();
        self.errors.try_depth += 1;
        let depth = self.uses.len();
        let r = self.exec_block(body);
        self.errors.try_depth -= 1;
        match r {
            Err(e) if e.catchable() => {
                self.release_uses(depth);
                self.record_error(&e);
                match catch {
                    Some(c) => self.exec_block(c),
                    None => Ok(Flow::Normal),
                }
            }
            other => other,
        }
    }

    /// Writes a value into a place.
    pub fn assign(&mut self, place: &Place, v: Value, span: Span) -> RtResult<()> {
        match place {
            Place::Local(slot) => {
                *self.local_mut(*slot) = v;
                Ok(())
            }
            Place::Process(i) => self.assign_pvar(*i, v, span),
            Place::Interprocess(i) => self.assign_inter(*i, v, span),
            Place::Param(n) => {
                self.set_param(*n, v);
                Ok(())
            }
            Place::ParamIndirect(e) => {
                let n = self.eval(e)?.as_num().unwrap_or(0.0) as u32;
                self.set_param(n, v);
                Ok(())
            }
            Place::Member(p) => {
                let obj = self.eval(&p.0)?;
                self.set_member(&obj, &p.1, v, span)
            }
            Place::Index(p) => {
                let v = match self.set_local_element(place, v) {
                    Ok(()) => return Ok(()),
                    Err(v) => v,
                };
                let obj = self.eval(&p.0)?;
                let idx = self.eval(&p.1)?;
                self.set_index(&obj, &idx, v, span)
            }
            Place::Element(p) => {
                let arr = self.eval(&p.0)?;
                let idx = self.eval(&p.1)?;
                self.assign_element(&p.0, &arr, &idx, v, span)
            }
            Place::Char(p) => {
                let cur = self.read_place(&p.0, span)?;
                let i = self.eval(&p.1)?.as_num().unwrap_or(0.0) as i64;
                let (Value::Text(t), Value::Text(c)) = (&cur, &v) else {
                    return err(code::TYPE_MISMATCH, "`[[…]]:=` needs a text and a character", span);
                };
                let len = t.len16() as i64;
                if i < 1 || i > len {
                    // Out of range in interpreted mode: not an error, nothing changes.
                    return Ok(());
                }
                let s = t.as_str();
                let a = t.byte_at(i as usize - 1);
                let b = t.byte_at(i as usize);
                let mut out = String::with_capacity(s.len());
                out.push_str(s.get(..a).unwrap_or(""));
                out.push_str(c.as_str());
                out.push_str(s.get(b..).unwrap_or(""));
                self.assign(&p.0, Value::text(out), span)
            }
            Place::Deref(p) => {
                let ptr = self.eval(p)?;
                self.assign_through(&ptr, v, span)
            }
            Place::Table(t) => err(code::NO_DATABASE, format!("`{t}`: no database"), span),
        }
    }

    /// `$c[$i]:=v`: an element of a local collection with a numeric index,
    /// written in place; `v` is given back when the place is not of that
    /// form (or the collection is borrowed).
    #[inline(always)]
    fn set_local_element(&mut self, place: &Place, v: Value) -> Result<(), Value> {
        if let Place::Index(p) = place
            && let Ex::Local(slot) = &p.0
            && let Some(i) = self.num_operand(&p.1)
            && i >= 0.0
            && let Value::Collection(c) = self.local(*slot)
            && let Ok(mut c) = c.try_borrow_mut()
        {
            // `as` truncates toward zero, like 4D's index.
            let i = i as usize;
            // Booleans and Reals are stored as they are (rebuilt from their
            // parts: see `exec`'s typed assignment).
            match v {
                Value::Bool(b) => c.set(i, Value::Bool(b)),
                Value::Real(r) => c.set(i, Value::Real(r)),
                v => c.set(i, store_element(v)),
            }
            return Ok(());
        }
        Err(v)
    }

    /// `$t:=$t+piece`: in place when both are texts.
    fn append_local(&mut self, slot: u32, piece: Value, span: Span) -> RtResult<()> {
        match (self.local_mut(slot), &piece) {
            (Value::Text(t), Value::Text(p)) => {
                t.push_str(p.as_str());
                Ok(())
            }
            (cur, _) => {
                let v = binary(crate::syntax::ast::BinOp::Add, cur, &piece, span)?;
                *self.local_mut(slot) = v;
                Ok(())
            }
        }
    }

    /// `base{idx}:=v`: an array element, or a byte of a BLOB (a value, so
    /// the changed BLOB is written back to `base`).
    fn assign_element(&mut self, base: &Ex, arr: &Value, idx: &Value, v: Value, span: Span) -> RtResult<()> {
        // An interprocess array is read as this process's copy: the element
        // is set in it, then the array is stored back.
        if let (Ex::Interprocess(i), Value::Array(_)) = (base, arr) {
            self.set_element(arr, idx, v, span)?;
            return self.assign(&Place::Interprocess(*i), arr.clone(), span);
        }
        let Value::Blob(bytes) = arr else {
            return self.set_element(arr, idx, v, span);
        };
        let i = idx.as_num().map(super::ops::to_long).unwrap_or(0);
        let byte = v.as_num().map(super::ops::to_long).unwrap_or(0) as u8;
        let mut bytes = bytes.clone();
        match usize::try_from(i)
            .ok()
            .and_then(|i| std::rc::Rc::make_mut(&mut bytes).get_mut(i))
        {
            Some(slot) => *slot = byte,
            None => {
                return err(
                    code::INDEX_RANGE,
                    format!("BLOB byte {i} is out of range (the BLOB has {} bytes)", bytes.len()),
                    span,
                );
            }
        }
        let new = Value::Blob(bytes);
        match base {
            Ex::Local(s) => self.assign(&Place::Local(*s), new, span),
            Ex::Param(n) => self.assign(&Place::Param(*n), new, span),
            Ex::Process(i) => self.assign(&Place::Process(*i), new, span),
            Ex::Interprocess(i) => self.assign(&Place::Interprocess(*i), new, span),
            Ex::Member(m) => {
                let obj = self.eval(&m.0)?;
                self.set_member(&obj, &m.1, new, span)
            }
            Ex::Index(m) => {
                let obj = self.eval(&m.0)?;
                let key = self.eval(&m.1)?;
                self.set_index(&obj, &key, new, span)
            }
            Ex::Deref(p) => {
                let ptr = self.eval(&p.0)?;
                self.assign_through(&ptr, new, span)
            }
            _ => err(code::TYPE_MISMATCH, "`{…}:=` needs a BLOB variable", span),
        }
    }

    /// The current value of a place.
    pub fn read_place(&mut self, place: &Place, span: Span) -> RtResult<Value> {
        Ok(match place {
            Place::Local(s) => self.local(*s).clone(),
            Place::Process(i) => self.pvar(*i).clone(),
            Place::Interprocess(i) => self.inter_get(*i),
            Place::Param(n) => self.param_any(*n),
            Place::ParamIndirect(e) => {
                let n = self.eval(e)?.as_num().unwrap_or(0.0) as u32;
                self.param_any(n)
            }
            Place::Member(p) => {
                let obj = self.eval(&p.0)?;
                self.get_member(&obj, &p.1, span)?
            }
            Place::Index(p) => {
                let obj = self.eval(&p.0)?;
                let idx = self.eval(&p.1)?;
                self.get_index(&obj, &idx, span)?
            }
            Place::Element(p) => {
                let arr = self.eval(&p.0)?;
                let idx = self.eval(&p.1)?;
                self.get_element(&arr, &idx, span)?
            }
            Place::Char(p) => {
                let t = self.read_place(&p.0, span)?;
                let i = self.eval(&p.1)?.as_num().unwrap_or(0.0) as i64;
                match t {
                    Value::Text(t) if i >= 1 => Value::text(t.substring16(i as usize - 1, 1)),
                    _ => Value::text(""),
                }
            }
            Place::Deref(p) => {
                let ptr = self.eval(p)?;
                self.deref(&ptr, span)?
            }
            Place::Table(t) => return err(code::NO_DATABASE, format!("`{t}`: no database"), span),
        })
    }

    fn set_param(&mut self, n: u32, v: Value) {
        let Some(f) = self.frames.last_mut() else { return };
        let np = f.code().params.len() as u32;
        if n == 0 {
            if let Some((slot, _)) = f.code().result.clone() {
                *self.local_mut(slot) = v;
            }
            return;
        }
        if n <= np {
            *self.local_mut(n - 1) = v;
            return;
        }
        let i = (n - np - 1) as usize;
        let extra = f.extra_mut();
        if i >= extra.len() {
            extra.resize(i + 1, Value::Undefined);
        }
        if let Some(slot) = extra.get_mut(i) {
            *slot = v;
        }
    }

    pub fn assign_pvar(&mut self, i: u32, v: Value, span: Span) -> RtResult<()> {
        let ty = self.pvar_type(i);
        let v = coerce(&ty, v, span)?;
        if let Value::Array(_) = self.pvar(i) {
            // An array used as a value is its current element: assigning selects.
            if let (Value::Array(a), Some(n)) = (self.pvar(i).clone(), v.as_num()) {
                a.borrow_mut().current = n as i32;
                return Ok(());
            }
        }
        *self.pvar(i) = v;
        Ok(())
    }

    pub fn assign_inter(&mut self, i: u32, v: Value, span: Span) -> RtResult<()> {
        let mut inter = self.rt.inter.write();
        if inter.len() <= i as usize {
            inter.resize(i as usize + 1, (VarType::Variant, Default::default()));
        }
        let ty = inter.get(i as usize).map(|x| x.0.clone()).unwrap_or(VarType::Variant);
        drop(inter);
        let v = coerce(&ty, v, span)?;
        let s = to_sendable(&v, &SendOptions { formulas: true }).map_err(|_| {
            RuntimeError::new(
                code::PROCESS_PARAMETER,
                "a pointer to a local variable cannot be stored in an interprocess variable",
                span,
            )
        })?;
        if let Some(slot) = self.rt.inter.write().get_mut(i as usize) {
            slot.1 = s;
        }
        Ok(())
    }

    /// `p->:=v`
    pub fn assign_through(&mut self, ptr: &Value, v: Value, span: Span) -> RtResult<()> {
        let Value::Pointer(p) = ptr else {
            return err(code::TYPE_MISMATCH, "`->` needs a pointer", span);
        };
        match p.as_ref() {
            Pointer::Nil => err(code::NULL_ACCESS, "the pointer is nil (it points to nothing)", span),
            Pointer::Local { frame, slot, name } => {
                let (frame, slot) = (*frame, *slot);
                match self.frame_slot(frame, slot) {
                    Some(s) => {
                        *s = v;
                        Ok(())
                    }
                    None => err(
                        code::NULL_ACCESS,
                        format!("the pointer to ${name} is no longer valid"),
                        span,
                    ),
                }
            }
            Pointer::Process { index, .. } => self.assign_pvar(*index, v, span),
            Pointer::Interprocess { index, .. } => self.assign_inter(*index, v, span),
            Pointer::Element { array, index, .. } => {
                let arr = Value::Array(array.clone());
                self.set_element(&arr, &Value::Real(*index as f64), v, span)
            }
            Pointer::Table(t) => err(code::NO_DATABASE, format!("`{t}`: no database"), span),
        }
    }

    /// `x op= v`: the place is evaluated once.
    fn compound(
        &mut self,
        place: &Place,
        op: crate::syntax::ast::BinOp,
        value: &crate::sema::ir::Ex,
        span: Span,
    ) -> RtResult<()> {
        match place {
            Place::Member(p) => {
                let obj = self.eval(&p.0)?;
                let cur = self.get_member(&obj, &p.1, span)?;
                let rhs = self.eval(value)?;
                let new = binary(op, &cur, &rhs, span)?;
                self.set_member(&obj, &p.1, new, span)
            }
            Place::Index(p) => {
                let obj = self.eval(&p.0)?;
                let idx = self.eval(&p.1)?;
                let cur = self.get_index(&obj, &idx, span)?;
                let rhs = self.eval(value)?;
                let new = binary(op, &cur, &rhs, span)?;
                self.set_index(&obj, &idx, new, span)
            }
            Place::Element(p) => {
                let arr = self.eval(&p.0)?;
                let idx = self.eval(&p.1)?;
                let cur = self.get_element(&arr, &idx, span)?;
                let rhs = self.eval(value)?;
                let new = binary(op, &cur, &rhs, span)?;
                self.assign_element(&p.0, &arr, &idx, new, span)
            }
            Place::Deref(p) => {
                let ptr = self.eval(p)?;
                let cur = self.deref(&ptr, span)?;
                let rhs = self.eval(value)?;
                let new = binary(op, &cur, &rhs, span)?;
                self.assign_through(&ptr, new, span)
            }
            Place::Char(_) => err(
                code::TYPE_MISMATCH,
                "compound assignment is not supported on characters",
                span,
            ),
            Place::Local(slot) => {
                let rhs = self.eval(value)?;
                if op == crate::syntax::ast::BinOp::Add
                    && let (Value::Text(t), Value::Text(p)) = (self.local_mut(*slot), &rhs)
                {
                    t.push_str(p.as_str());
                    return Ok(());
                }
                let cur = self.local(*slot).clone();
                let new = binary(op, &cur, &rhs, span)?;
                let ty = self
                    .frame()
                    .and_then(|f| f.code().slot_types.get(*slot as usize).cloned())
                    .unwrap_or(VarType::Variant);
                let new = coerce(&ty, new, span)?;
                *self.local_mut(*slot) = new;
                Ok(())
            }
            _ => {
                let cur = self.read_place(place, span)?;
                let rhs = self.eval(value)?;
                let new = binary(op, &cur, &rhs, span)?;
                self.assign(place, new, span)
            }
        }
    }

    /// `var` / `C_xxx`: variables get their type, and their empty value unless
    /// they already hold one (or the initial value, when given).
    fn declare(&mut self, d: &Declaration, span: Span) -> RtResult<()> {
        let init = match &d.init {
            Some(e) => Some(coerce(&d.ty, self.eval(e)?, span)?),
            None => None,
        };
        for (var, _) in &d.vars {
            match var {
                VarRef::Local(slot) => {
                    let cur = self.local(*slot);
                    if let Some(v) = &init {
                        *self.local_mut(*slot) = v.clone();
                    } else if cur.is_undefined() {
                        *self.local_mut(*slot) = default_of(&d.ty);
                    } else if d.ty != VarType::Variant {
                        let v = std::mem::take(self.local_mut(*slot));
                        let v = coerce(&d.ty, v, span).unwrap_or_else(|_| default_of(&d.ty));
                        *self.local_mut(*slot) = v;
                    }
                }
                VarRef::Process(i) => {
                    self.set_pvar_type(*i, d.ty.clone());
                    if let Some(v) = &init {
                        *self.pvar(*i) = v.clone();
                    } else if self.pvar(*i).is_undefined() {
                        *self.pvar(*i) = default_of(&d.ty);
                    } else {
                        let v = std::mem::take(self.pvar(*i));
                        *self.pvar(*i) = coerce(&d.ty, v, span).unwrap_or_else(|_| default_of(&d.ty));
                    }
                }
                VarRef::Interprocess(i) => {
                    let mut inter = self.rt.inter.write();
                    if inter.len() <= *i as usize {
                        inter.resize(*i as usize + 1, (VarType::Variant, Default::default()));
                    }
                    if let Some(slot) = inter.get_mut(*i as usize) {
                        if matches!(slot.1, super::sendable::Sendable::Undefined) {
                            slot.1 =
                                to_sendable(&default_of(&d.ty), &SendOptions { formulas: true }).unwrap_or_default();
                        }
                        slot.0 = d.ty.clone();
                    }
                }
                VarRef::Param(n) => {
                    // `C_TEXT($1)` in legacy code: the parameter is converted.
                    let v = self.param_any(*n);
                    let v = coerce(&d.ty, v, span).unwrap_or_else(|_| default_of(&d.ty));
                    self.set_param(*n, v);
                }
            }
        }
        Ok(())
    }

    /// `For`: start, end and step evaluated once; the counter ends one step past `end`.
    fn exec_for(&mut self, f: &ForLoop, span: Span) -> RtResult<Flow> {
        let start = self.eval(&f.start)?.as_num();
        let end = self.eval(&f.end)?.as_num();
        let step = match &f.step {
            Some(s) => self.eval(s)?.as_num(),
            None => Some(1.0),
        };
        let (Some(start), Some(end), Some(step)) = (start, end, step) else {
            return err(
                code::TYPE_MISMATCH,
                "For needs numeric start, end and step values",
                span,
            );
        };
        if step == 0.0 {
            return err(code::BAD_ARGUMENT, "the step of a For loop cannot be 0", span);
        }
        // Fastest path: a Longint local counter counting by whole steps,
        // in integer arithmetic.
        if let Some((slot, VarType::Integer)) = &f.local
            && start.fract() == 0.0
            && step.fract() == 0.0
            && start.abs() < 2f64.powi(52)
            && step.abs() < 2f64.powi(31)
        {
            return self.exec_int_for(*slot, start as i64, end, step as i64, &f.body, span);
        }
        // Fast path: a local counter.
        if let Some((slot, ty)) = &f.local {
            let int = *ty == VarType::Integer;
            let set = |me: &mut Interp, n: f64| match me.local_mut(*slot) {
                // In place when the counter still holds a number of its type.
                Value::Int(i) if int => *i = super::ops::to_long(n),
                Value::Real(r) if !int => *r = n,
                other => {
                    *other = if int {
                        Value::Int(super::ops::to_long(n))
                    } else {
                        Value::Real(n)
                    }
                }
            };
            set(self, start);
            loop {
                let i = match self.local(*slot) {
                    Value::Int(i) => *i as f64,
                    Value::Real(r) => *r,
                    other => other.as_num().unwrap_or(0.0),
                };
                if (step > 0.0 && i > end) || (step < 0.0 && i < end) {
                    break;
                }
                self.check_interrupt(span)?;
                match self.exec_block(&f.body)? {
                    Flow::Break => break,
                    Flow::Return => return Ok(Flow::Return),
                    _ => {}
                }
                let i = match self.local(*slot) {
                    Value::Int(i) => *i as f64,
                    Value::Real(r) => *r,
                    other => other.as_num().unwrap_or(0.0),
                };
                set(self, i + step);
            }
            return Ok(Flow::Normal);
        }
        self.assign(&f.var, Value::Real(start), span)?;
        loop {
            let i = self.read_place(&f.var, span)?.as_num().unwrap_or(0.0);
            if (step > 0.0 && i > end) || (step < 0.0 && i < end) {
                break;
            }
            self.check_interrupt(span)?;
            match self.exec_block(&f.body)? {
                Flow::Break => break,
                Flow::Return => return Ok(Flow::Return),
                _ => {}
            }
            let i = self.read_place(&f.var, span)?.as_num().unwrap_or(0.0);
            self.assign(&f.var, Value::Real(i + step), span)?;
        }
        Ok(Flow::Normal)
    }

    /// `For` with a Longint local counter and whole start and step. The
    /// body may change the counter: each round goes on from its value.
    fn exec_int_for(&mut self, slot: u32, start: i64, end: f64, step: i64, body: &Block, span: Span) -> RtResult<Flow> {
        // Whole numbers convert to Longint by wrapping (`ops::to_long`).
        let set = |me: &mut Interp, n: i64| match me.local_mut(slot) {
            Value::Int(i) => *i = n as i32,
            other => *other = Value::Int(n as i32),
        };
        // The counter as stored: a Longint.
        let mut i = i64::from(start as i32);
        set(self, i);
        let up = step > 0;
        loop {
            if (up && i as f64 > end) || (!up && (i as f64) < end) {
                break;
            }
            self.check_interrupt(span)?;
            match self.exec_block(body)? {
                Flow::Break => break,
                Flow::Return => return Ok(Flow::Return),
                _ => {}
            }
            let cur = match self.local(slot) {
                Value::Int(v) => i64::from(*v),
                other => super::ops::to_long(other.as_num().unwrap_or(0.0)).into(),
            };
            i = i64::from((cur + step) as i32);
            set(self, i);
        }
        Ok(Flow::Normal)
    }

    /// `For each`: collections (elements), objects (property names), arrays
    /// (elements); begin/end bounds; `While` before and `Until` after each iteration.
    fn exec_for_each(&mut self, f: &ForEachLoop) -> RtResult<Flow> {
        let span = f.span;
        let source = self.eval(&f.source)?;
        enum Items {
            /// A collection, read in place at each round: the number of
            /// rounds is fixed at the start (cf_looping.md), the elements are
            /// the collection's as they are then.
            Live(super::value::Coll),
            List(Vec<Value>),
            Keys(Vec<Text>),
        }
        let items = match &source {
            Value::Collection(c) => Items::Live(c.clone()),
            Value::SharedCollection(c) => Items::List(c.snapshot().iter().map(super::access::from_shared).collect()),
            Value::Object(o) => Items::Keys(o.borrow().props.keys().cloned().collect()),
            Value::SharedObject(o) => Items::Keys(o.keys()),
            Value::Array(a) => Items::List(a.borrow().items.iter().skip(1).cloned().collect()),
            Value::Null | Value::Undefined => return Ok(Flow::Normal),
            other => {
                return err(
                    code::TYPE_MISMATCH,
                    format!(
                        "For each needs a collection, an object or an array, not {}",
                        super::ops::type_name_of(other)
                    ),
                    span,
                );
            }
        };
        let len = match &items {
            Items::Live(c) => c.borrow().len(),
            Items::List(l) => l.len(),
            Items::Keys(k) => k.len(),
        };
        let (mut from, mut to) = (0i64, len as i64);
        if let Items::List(_) | Items::Live(_) = items {
            if let Some(b) = &f.begin {
                let b = self.eval(b)?.as_num().unwrap_or(0.0) as i64;
                from = if b < 0 { (b + len as i64).max(0) } else { b };
            }
            if let Some(e) = &f.end {
                let e = self.eval(e)?.as_num().unwrap_or(len as f64) as i64;
                to = if e < 0 { e + len as i64 } else { e.min(len as i64) };
            }
        }
        let ty = match &f.var {
            Place::Local(slot) => self
                .frame()
                .and_then(|fr| fr.code().slot_types.get(*slot as usize).cloned())
                .unwrap_or(VarType::Variant),
            _ => VarType::Variant,
        };
        let mut i = from;
        while i < to {
            if let Some(w) = &f.while_
                && !self.condition(w, span)?
            {
                break;
            }
            self.check_interrupt(span)?;
            let item = match &items {
                Items::Live(c) => match c.borrow().element(i as usize) {
                    Some(v) => v,
                    // Elements removed meanwhile: the loop ends there.
                    None => break,
                },
                Items::List(l) => l.get(i as usize).cloned().unwrap_or(Value::Undefined),
                Items::Keys(k) => k
                    .get(i as usize)
                    .map(|t| Value::Text(t.clone()))
                    .unwrap_or(Value::Undefined),
            };
            match &f.var {
                Place::Local(slot) => {
                    let v = if ty == VarType::Variant {
                        item
                    } else {
                        coerce(&ty, item, span)?
                    };
                    *self.local_mut(*slot) = v;
                }
                other => self.assign(other, item, span)?,
            }
            match self.exec_block(&f.body)? {
                Flow::Break => break,
                Flow::Return => return Ok(Flow::Return),
                _ => {}
            }
            if let Some(u) = &f.until
                && self.condition(u, span)?
            {
                break;
            }
            i += 1;
        }
        Ok(Flow::Normal)
    }
}

/// A pointer to a local of the current frame (for builtins taking `$var`).
pub fn local_pointer(interp: &Interp, slot: u32) -> Value {
    let name = interp
        .frame()
        .and_then(|f| f.code().slot_names.get(slot as usize).cloned())
        .unwrap_or_default();
    Value::Pointer(Rc::new(Pointer::Local {
        frame: interp.frame_id(),
        slot,
        name: Text::from(name),
    }))
}
