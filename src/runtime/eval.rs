//! Expressions: `eval` walks the resolved tree. Operands are evaluated left to
//! right; `&&`, `||` and `?:` short-circuit; reads never copy texts,
//! objects or collections (they are reference-counted).

use std::rc::Rc;

use super::error::{RtResult, RuntimeError, code, err};
use super::interp::Interp;
use super::num::{Fast, arith, compare};
use super::object::Object;
use super::ops::binary;
use super::pointer::Pointer;
use super::text::Text;
use super::value::{Store, Value};
use crate::sema::ir::{Arg, Binary, Const, Ex, FailKind, Place, SuperCall};
use crate::source::Span;
use crate::syntax::ast::BinOp;

impl Const {
    pub fn value(&self) -> Value {
        match self {
            Const::Undefined => Value::Undefined,
            Const::Null => Value::Null,
            Const::Bool(b) => Value::Bool(*b),
            Const::Real(r) => Value::Real(*r),
            Const::Text(t) => Value::Text(t.clone()),
            Const::Date(d) => Value::Date(*d),
            Const::Time(t) => Value::Time(*t),
        }
    }
}

impl Interp {
    /// Evaluates an expression. The frequent forms are handled here, in a
    /// small function; the others in `eval_other` (keeps this frame small,
    /// which matters for deep recursion and speed).
    #[inline]
    pub fn eval(&mut self, e: &Ex) -> RtResult<Value> {
        match e {
            Ex::Const(c) => Ok(c.value()),
            Ex::Local(slot) => Ok(self.local(*slot).clone()),
            Ex::Bin(op, b) => self.eval_binary(*op, b),
            Ex::Method(call) => self.eval_method(call, false),
            _ => self.eval_other(e),
        }
    }

    /// A method call's result; with `as_number`, a Longint comes back as a
    /// Real (`Interp::enter_method`).
    fn eval_method(&mut self, call: &crate::sema::ir::MethodCall, as_number: bool) -> RtResult<Value> {
        let code_ptr = self.method_code_ptr(call.method, call.span)?;
        // SAFETY: the method cache keeps the code (see `Frame::code`).
        let nparams = unsafe { code_ptr.as_ref() }.params.len();
        let base = self.stack.len();
        if call.args.len() <= nparams {
            for a in call.args.iter() {
                // Arithmetic is computed in registers and its result
                // written straight into the stack (a value returned in
                // memory would be copied with a wide load that stalls on
                // the narrow stores that built it).
                if let Ex::Bin(..) = a
                    && let Some(x) = self.num_operand(a)
                {
                    self.push_real(x);
                    continue;
                }
                match self.eval(a) {
                    Ok(v) => self.stack.push(v),
                    Err(e) => {
                        self.stack.truncate(base);
                        return Err(e);
                    }
                }
            }
            return self.enter_method(code_ptr, base, call.args.len(), call.span, as_number);
        }
        let mut extra = Vec::new();
        for (i, a) in call.args.iter().enumerate() {
            match self.eval(a) {
                Ok(v) if i < nparams => self.stack.push(v),
                Ok(v) => extra.push(v),
                Err(e) => {
                    self.stack.truncate(base);
                    return Err(e);
                }
            }
        }
        self.enter(
            code_ptr,
            None,
            base,
            call.args.len(),
            extra,
            Value::Null,
            None,
            call.span,
            false,
        )
    }

    #[inline(never)]
    fn eval_other(&mut self, e: &Ex) -> RtResult<Value> {
        match e {
            Ex::Const(_) | Ex::Local(_) | Ex::Bin(..) | Ex::Method(_) => self.eval(e),
            Ex::Param(n) => Ok(self.param(*n)),
            Ex::ParamIndirect(p) => {
                let n = self.eval(&p.0)?;
                let n = n.as_num().unwrap_or(0.0) as i64;
                if n < 0 {
                    return err(code::INDEX_RANGE, format!("no parameter ${{{n}}}"), p.1);
                }
                Ok(self.param_any(n as u32))
            }
            Ex::Process(i) => Ok(self.pvar(*i).clone()),
            Ex::Interprocess(i) => Ok(self.inter_get(*i)),
            Ex::Neg(p) => match self.eval(&p.0)? {
                Value::Real(r) => Ok(Value::Real(-r)),
                Value::Int(i) => Ok(Value::Real(-(i as f64))),
                Value::Time(t) => Ok(Value::Time(-t)),
                other => err(
                    code::TYPE_MISMATCH,
                    format!("`-` cannot be applied to {}", super::ops::type_name_of(&other)),
                    p.1,
                ),
            },
            Ex::Ternary(p) => {
                if self.eval(&p.0)?.truthy() {
                    self.eval(&p.1)
                } else {
                    self.eval(&p.2)
                }
            }
            Ex::Member(p) => {
                let obj = self.eval(&p.0)?;
                self.get_member(&obj, &p.1, p.2)
            }
            Ex::Index(p) => {
                let obj = self.eval(&p.0)?;
                let idx = self.eval(&p.1)?;
                self.get_index(&obj, &idx, p.2)
            }
            Ex::Element(p) => {
                let arr = self.eval(&p.0)?;
                let idx = self.eval(&p.1)?;
                self.get_element(&arr, &idx, p.2)
            }
            Ex::Char(p) => {
                let t = self.eval(&p.0)?;
                let i = self.eval(&p.1)?;
                let Value::Text(t) = t else {
                    return err(code::TYPE_MISMATCH, "`[[…]]` needs a text", p.2);
                };
                let i = i.as_num().unwrap_or(0.0) as i64;
                if i < 1 {
                    return Ok(Value::text(""));
                }
                Ok(Value::text(t.substring16(i as usize - 1, 1)))
            }
            Ex::Deref(p) => {
                let v = self.eval(&p.0)?;
                self.deref(&v, p.1)
            }
            Ex::AddressOf(p) => self.address_of(&p.0, p.1),
            Ex::Object(pairs) => {
                let mut o = Object::with_capacity(pairs.len());
                for (k, v) in pairs.iter() {
                    let v = self.eval(v)?;
                    o.set(k.clone(), super::access::store_value(v));
                }
                Ok(Value::new_object(o))
            }
            Ex::Collection(items) => {
                let mut out = Vec::with_capacity(items.len());
                for i in items.iter() {
                    let v = self.eval(i)?;
                    out.push(super::access::store_element(v));
                }
                Ok(Value::new_collection(out))
            }
            Ex::Builtin(call) => {
                let r = (call.builtin.f)(self, &call.args, call.span);
                match r {
                    Ok(v) => Ok(v),
                    Err(mut e) => {
                        if e.span.is_none() {
                            e.span = call.span;
                        }
                        if e.at.is_none() {
                            e.at = call.span;
                        }
                        // Under `ON ERR CALL` the handler runs and the command
                        // gives an empty result: the statement goes on
                        // (`$r:=Asserted(False)` assigns). Undefined here; a
                        // typed target turns it into its type's empty value.
                        self.handle_error(e)?;
                        Ok(Value::Undefined)
                    }
                }
            }
            Ex::MemberCall(call) => {
                let recv = self.eval(&call.recv)?;
                // `$c.push(v)` on a local collection: pushed without a
                // vector of arguments.
                if let (None, [a], Value::Collection(c)) = (&call.key, &call.args[..], &recv)
                    && call.name.as_str() == "push"
                {
                    let v = super::access::store_element(self.eval(a)?);
                    c.borrow_mut().values_mut().push(v);
                    return Ok(recv);
                }
                let key = match &call.key {
                    Some(k) => Some(self.eval(k)?),
                    None => None,
                };
                let mut args = Vec::with_capacity(call.args.len());
                for a in call.args.iter() {
                    args.push(self.eval(a)?);
                }
                match key {
                    None => self.call_member(recv, &call.name, args, call.span),
                    // `$c[0](…)`: the element is called as a formula.
                    Some(k) if k.as_num().is_some() => match self.get_index(&recv, &k, call.span)? {
                        Value::Function(f) => self.call_formula(&f, args, Value::Null, call.span),
                        other => self.call_member(other, &Text::from("call"), args, call.span),
                    },
                    Some(k) => self.call_member(recv, &super::access::key_of(&k), args, call.span),
                }
            }
            Ex::Formula(code, captures) => {
                let mut captured = Vec::with_capacity(captures.len());
                for (outer, inner) in captures.iter() {
                    captured.push((*inner, self.local(*outer).clone()));
                }
                Ok(Value::Function(Rc::new(super::formula::Formula {
                    kind: super::formula::FormulaKind::Code(code.clone()),
                    captured,
                })))
            }
            Ex::This => {
                if !self.supers_pending.is_empty() && self.supers_pending.contains(&self.frame_id()) {
                    return err(
                        code::THIS_BEFORE_SUPER,
                        "`This` is used before `Super()` has constructed the superclass",
                        Span::default(),
                    );
                }
                Ok(self.frame().map(|f| f.this()).unwrap_or(Value::Null))
            }
            Ex::Super(call) => self.eval_super(call),
            Ex::Store(s) => Ok(Value::Store(*s)),
            Ex::Table(t) => err(
                code::NO_DATABASE,
                format!("`{t}`: tables and fields need the 4D database engine, which fourd does not have"),
                Span::default(),
            ),
            Ex::Fail(f) => Err(self.fail(&f.0, f.1)),
        }
    }

    /// The error of a name that cannot run.
    pub fn fail(&self, kind: &FailKind, span: Span) -> Box<RuntimeError> {
        match kind {
            FailKind::NotImplemented(idx) => {
                let (name, number) = crate::catalog::command(*idx)
                    .map(|c| (c.name, c.number))
                    .unwrap_or(("?", 0));
                RuntimeError::new(
                    code::NOT_IMPLEMENTED,
                    format!("the 4D command `{name}` (command {number}) is not available in fourd"),
                    span,
                )
            }
            FailKind::Plugin(a, b, name) => RuntimeError::new(
                code::NOT_IMPLEMENTED,
                format!("plug-in not available: `{name}` (plug-in {a}, command {b})"),
                span,
            ),
            FailKind::UnknownCommand(n, name) => RuntimeError::new(
                code::NOT_IMPLEMENTED,
                format!("unknown command `{name}` (number {n})"),
                span,
            ),
            FailKind::UnknownMethod(name) => RuntimeError::new(
                code::METHOD_NOT_FOUND,
                format!("the method `{name}` does not exist"),
                span,
            ),
            FailKind::UnknownConstant(name) => {
                RuntimeError::new(code::NOT_IMPLEMENTED, format!("unknown constant `{name}`"), span)
            }
            FailKind::ConstantWithoutValue(idx) => {
                let name = crate::catalog::constant(*idx).map(|c| c.name).unwrap_or("?");
                RuntimeError::new(
                    code::NOT_IMPLEMENTED,
                    format!("the value of the constant `{name}` is not known to fourd"),
                    span,
                )
            }
        }
    }

    #[inline]
    fn eval_binary(&mut self, op: BinOp, b: &Binary) -> RtResult<Value> {
        // Hot path: numeric locals and literals, read in place.
        match &b.fast {
            Fast::Arith(f) => {
                if let Some(x) = f(self.locals()) {
                    return Ok(Value::Real(x));
                }
            }
            Fast::Compare(f) => {
                if let Some(x) = f(self.locals()) {
                    return Ok(Value::Bool(x));
                }
            }
            Fast::Pure => {
                if let Some(x) = self.num_operand(&b.l)
                    && let Some(y) = self.num_operand(&b.r)
                    && let Some(v) = fast_num(op, x, y)
                {
                    return Ok(v);
                }
            }
            Fast::No => {}
        }
        let (l, r, span) = (&b.l, &b.r, b.span);
        match op {
            BinOp::AndAnd => {
                let a = self.eval(l)?;
                if !a.truthy() {
                    return Ok(a);
                }
                self.eval(r)
            }
            BinOp::OrOr => {
                let a = self.eval(l)?;
                if a.truthy() {
                    return Ok(a);
                }
                self.eval(r)
            }
            _ => {
                let a = self.eval_operand(l)?;
                // `x="3"`: a text compared with a literal text, read in place.
                if let (BinOp::Eq | BinOp::Ne, Ex::Const(Const::Text(t)), Value::Text(x)) = (op, r, &a) {
                    let same = super::text::text_eq(x.as_str(), t.as_str());
                    return Ok(Value::Bool(same == (op == BinOp::Eq)));
                }
                let b = self.eval_operand(r)?;
                // Numbers read in place (a tuple of the two values would
                // copy each with a wide load that stalls on the narrow stores
                // that have just built it); Int only in typed variables.
                let (x, y) = match (&a, &b) {
                    (Value::Real(x), Value::Real(y)) => (*x, *y),
                    (Value::Int(x), Value::Real(y)) => (f64::from(*x), *y),
                    (Value::Real(x), Value::Int(y)) => (*x, f64::from(*y)),
                    (Value::Int(x), Value::Int(y)) if !matches!(op, BinOp::Eq | BinOp::Ne) => {
                        (f64::from(*x), f64::from(*y))
                    }
                    _ => return binary(op, &a, &b, span),
                };
                // Numbers own nothing: no call to their destructor.
                std::mem::forget(a);
                std::mem::forget(b);
                match fast_num(op, x, y) {
                    Some(v) => Ok(v),
                    None => binary(op, &Value::Real(x), &Value::Real(y), span),
                }
            }
        }
    }

    /// An operand of an operator other than `&&` and `||`, which treat a
    /// Longint and a Real alike (`ops::binary`), or a value for a numeric
    /// local: a method's Longint result may come back as a Real.
    #[inline(always)]
    pub(super) fn eval_operand(&mut self, e: &Ex) -> RtResult<Value> {
        match e {
            Ex::Method(call) => self.eval_method(call, true),
            _ => self.eval(e),
        }
    }

    /// The number a local or a literal holds, read without copying; None for
    /// anything else (evaluated the general way).
    #[inline(always)]
    pub(crate) fn num_operand(&self, e: &Ex) -> Option<f64> {
        match e {
            Ex::Local(slot) => match self.local(*slot) {
                Value::Real(x) => Some(*x),
                Value::Int(i) => Some(*i as f64),
                _ => None,
            },
            Ex::Const(Const::Real(x)) => Some(*x),
            Ex::Bin(op, b) => match &b.fast {
                Fast::Arith(f) => f(self.locals()),
                Fast::Pure => self.num_arith(*op, &b.l, &b.r),
                _ => None,
            },
            Ex::Member(_) | Ex::Index(_) => self.peek(e, |v| match v {
                Value::Real(x) => Some(*x),
                Value::Int(i) => Some(*i as f64),
                _ => None,
            })?,
            _ => None,
        }
    }

    /// Looks at the value of a property or element of a local object or
    /// collection in place (`$o.value`, `$c[$i]`, `$c.length`), without
    /// copying it; None when the expression is not of that form or needs the
    /// general path (a class getter, a shared object, a text key…).
    #[inline(never)]
    pub(crate) fn peek<R>(&self, e: &Ex, f: impl FnOnce(&Value) -> R) -> Option<R> {
        match e {
            Ex::Member(m) => {
                let Ex::Local(slot) = &m.0 else { return None };
                match self.local(*slot) {
                    // Stored properties come before class getters (`get_member`).
                    Value::Object(o) => {
                        let o = o.try_borrow().ok()?;
                        Some(f(o.props.get(m.1.as_str())?))
                    }
                    Value::Collection(c) if m.1.as_str() == "length" => {
                        let n = c.try_borrow().ok()?.len();
                        Some(f(&Value::Real(n as f64)))
                    }
                    _ => None,
                }
            }
            Ex::Index(ix) => {
                let Ex::Local(slot) = &ix.0 else { return None };
                let Value::Collection(c) = self.local(*slot) else {
                    return None;
                };
                // Truncated toward zero: -0.5 is element 0.
                let i = self.num_operand(&ix.1)?;
                let c = c.try_borrow().ok()?;
                c.with_element(i as usize, |v| match v {
                    Some(v) if i > -1.0 => Some(f(v)),
                    _ => Some(f(&Value::Undefined)),
                })
            }
            _ => None,
        }
    }

    /// Arithmetic on numeric locals and literals, computed without building
    /// values. These operands have no side effects: when one is not a
    /// number (None), the general path evaluates the expression again.
    #[inline(never)]
    fn num_arith(&self, op: BinOp, l: &Ex, r: &Ex) -> Option<f64> {
        if !matches!(
            op,
            BinOp::Add | BinOp::Sub | BinOp::Mul | BinOp::Div | BinOp::IntDiv | BinOp::Mod
        ) {
            return None;
        }
        let x = self.num_operand(l)?;
        let y = self.num_operand(r)?;
        arith(op, x, y)
    }

    /// A comparison of numeric locals and literals (`$n<2`, `($x%5)=0`),
    /// decided without building values; None when an operand is not one.
    #[inline]
    pub(super) fn num_compare(&self, e: &Ex) -> Option<bool> {
        let Ex::Bin(op, b) = e else { return None };
        match &b.fast {
            Fast::Compare(f) => return f(self.locals()),
            Fast::Pure => {}
            _ => return None,
        }
        if !matches!(
            op,
            BinOp::Lt | BinOp::Gt | BinOp::Le | BinOp::Ge | BinOp::Eq | BinOp::Ne
        ) {
            return None;
        }
        let x = self.num_operand(&b.l)?;
        let y = self.num_operand(&b.r)?;
        compare(*op, x, y)
    }

    /// `$n` of the current call.
    pub fn param(&self, n: u32) -> Value {
        self.param_any(n)
    }

    /// `${n}`: declared parameters first, then the extra arguments.
    pub fn param_any(&self, n: u32) -> Value {
        let Some(f) = self.frames.last() else {
            return Value::Undefined;
        };
        if n == 0 {
            return match &f.code().result {
                Some((slot, _)) => self.local(*slot).clone(),
                None => Value::Undefined,
            };
        }
        let np = f.code().params.len() as u32;
        if n <= np {
            return self.local(n - 1).clone();
        }
        f.extra()
            .get((n - np - 1) as usize)
            .cloned()
            .unwrap_or(Value::Undefined)
    }

    pub fn inter_get(&self, i: u32) -> Value {
        match self.rt.inter.read().get(i as usize) {
            Some((_, s)) => super::sendable::from_sendable(s),
            None => Value::Undefined,
        }
    }

    /// `p->`
    pub fn deref(&mut self, v: &Value, span: Span) -> RtResult<Value> {
        let Value::Pointer(p) = v else {
            return err(code::TYPE_MISMATCH, "`->` needs a pointer", span);
        };
        match p.as_ref() {
            Pointer::Nil => err(code::NULL_ACCESS, "the pointer is nil (it points to nothing)", span),
            Pointer::Local { frame, slot, name } => match self.frame_slot(*frame, *slot) {
                Some(v) => Ok(v.clone()),
                None => err(
                    code::NULL_ACCESS,
                    format!("the pointer to ${name} is no longer valid (its method has returned)"),
                    span,
                ),
            },
            Pointer::Process { index, .. } => Ok(self.pvar(*index).clone()),
            Pointer::Interprocess { index, .. } => Ok(self.inter_get(*index)),
            Pointer::Element { array, index, .. } => Ok(array
                .borrow()
                .items
                .get(*index as usize)
                .cloned()
                .unwrap_or(Value::Undefined)),
            Pointer::Table(t) => err(code::NO_DATABASE, format!("`{t}`: no database"), span),
        }
    }

    /// `->place`
    fn address_of(&mut self, p: &Place, span: Span) -> RtResult<Value> {
        let ptr = match p {
            Place::Local(slot) => {
                let name = self
                    .frame()
                    .and_then(|f| f.code().slot_names.get(*slot as usize).cloned())
                    .unwrap_or_default();
                Pointer::Local {
                    frame: self.frame_id(),
                    slot: *slot,
                    name: Text::from(name),
                }
            }
            Place::Param(n) => {
                let np = self.frame().map(|f| f.code().params.len() as u32).unwrap_or(0);
                if *n >= 1 && *n <= np {
                    Pointer::Local {
                        frame: self.frame_id(),
                        slot: n - 1,
                        name: Text::from(n.to_string()),
                    }
                } else {
                    return err(code::TYPE_MISMATCH, "cannot point to this parameter", span);
                }
            }
            Place::Process(i) => {
                let name = self
                    .prog
                    .process_vars
                    .read()
                    .names
                    .get(*i as usize)
                    .cloned()
                    .unwrap_or_default();
                Pointer::Process {
                    index: *i,
                    name: Text::from(name),
                }
            }
            Place::Interprocess(i) => {
                let name = self
                    .prog
                    .inter_vars
                    .read()
                    .names
                    .get(*i as usize)
                    .cloned()
                    .unwrap_or_default();
                Pointer::Interprocess {
                    index: *i,
                    name: Text::from(name),
                }
            }
            Place::Element(p) => {
                // `->arr{i}`, or `->arr{row}{i}` in a 2D array.
                let (arr, name, row) = match &p.0 {
                    Ex::Element(inner) => {
                        let outer = self.eval(&inner.0)?;
                        let row = self.eval(&inner.1)?;
                        let arr = self.get_element(&outer, &row, span)?;
                        (arr, self.variable_name(&inner.0), row.as_num().unwrap_or(0.0) as i32)
                    }
                    e => (self.eval(e)?, self.variable_name(e), 0),
                };
                let idx = self.eval(&p.1)?.as_num().unwrap_or(0.0) as i32;
                match arr {
                    Value::Array(a) => Pointer::Element {
                        array: a,
                        index: idx,
                        name,
                        row,
                    },
                    _ => return err(code::TYPE_MISMATCH, "`{…}` needs an array", span),
                }
            }
            Place::Deref(inner) => {
                // `->$p->` is `$p` itself.
                return self.eval(inner);
            }
            Place::Table(t) => Pointer::Table(t.clone()),
            _ => {
                return err(
                    code::TYPE_MISMATCH,
                    "a pointer can only point to a variable, an array element or a field",
                    span,
                );
            }
        };
        Ok(Value::Pointer(Rc::new(ptr)))
    }

    /// The name of the variable `e` is, as `RESOLVE POINTER` gives it ("" for
    /// anything else).
    fn variable_name(&self, e: &Ex) -> Text {
        let name = match e {
            Ex::Local(slot) => self
                .frame()
                .and_then(|f| f.code().slot_names.get(*slot as usize).cloned()),
            Ex::Process(i) => self.prog.process_vars.read().names.get(*i as usize).cloned(),
            Ex::Interprocess(i) => self
                .prog
                .inter_vars
                .read()
                .names
                .get(*i as usize)
                .map(|n| format!("<>{n}")),
            _ => None,
        };
        Text::from(name.unwrap_or_default())
    }

    /// Evaluates an argument as a value (`*`, `>`, `<` are not values).
    pub fn arg(&mut self, a: &Arg) -> RtResult<Value> {
        match a {
            Arg::Ex(e) => self.eval(e),
            Arg::Empty => Ok(Value::Undefined),
            _ => Ok(Value::Undefined),
        }
    }

    fn eval_super(&mut self, call: &SuperCall) -> RtResult<Value> {
        match call {
            SuperCall::Value(span) => {
                let class = self.frame().and_then(|f| f.class());
                match class.and_then(|c| c.superclass.clone()) {
                    Some(sup) => Ok(Value::Class(sup)),
                    None => err(code::SUPER_MISUSE, "`Super` can only be used in a class", *span),
                }
            }
            SuperCall::Constructor(args, span) => {
                let (class, this, id) = match self.frame() {
                    Some(f) => (f.class(), f.this(), f.id),
                    None => (None, Value::Null, 0),
                };
                let called = self.supers_called.contains(&id);
                let Some(class) = class else {
                    return err(
                        code::SUPER_MISUSE,
                        "`Super()` can only be called in a class constructor",
                        *span,
                    );
                };
                if called {
                    return err(
                        code::SUPER_MISUSE,
                        "the superclass constructor was already called",
                        *span,
                    );
                }
                let mut vals = Vec::with_capacity(args.len());
                for a in args.iter() {
                    vals.push(self.eval(a)?);
                }
                self.supers_called.push(id);
                self.supers_pending.retain(|&f| f != id);
                if let Some(sup) = class.superclass.clone() {
                    self.construct(&sup, this, vals, *span)?;
                }
                Ok(Value::Undefined)
            }
            SuperCall::Function(name, args, span) => {
                let (class, this) = match self.frame() {
                    Some(f) => (f.class(), f.this()),
                    None => (None, Value::Null),
                };
                let Some(sup) = class.and_then(|c| c.superclass.clone()) else {
                    return err(code::SUPER_MISUSE, "`Super` can only be used in a class", *span);
                };
                let mut vals = Vec::with_capacity(args.len());
                for a in args.iter() {
                    vals.push(self.eval(a)?);
                }
                match sup.function(name.as_str()) {
                    Some(code) => {
                        let owner = owner_class(&sup, name.as_str());
                        self.call_code(code, vals, this, owner, *span)
                    }
                    None => self.call_member(this, name, vals, *span),
                }
            }
        }
    }

    /// The store object `cs` / `4D`: `cs.Name`.
    pub fn store_member(&mut self, store: Store, name: &Text, span: Span) -> RtResult<Value> {
        match store {
            Store::User => match self.prog.class(name.as_str()) {
                Some(Ok(c)) => Ok(Value::Class(c)),
                Some(Err(diags)) => {
                    let first = diags.first().map(|d| d.message.clone()).unwrap_or_default();
                    err(code::SYNTAX, format!("class `{name}` cannot be loaded: {first}"), span)
                }
                None => Ok(Value::Undefined),
            },
            Store::FourD => Ok(self
                .prog
                .builtin_class(name.as_str())
                .map(Value::Class)
                .unwrap_or(Value::Undefined)),
        }
    }
}

/// The class (in `class`'s chain) that defines function `name`.
pub fn owner_class(class: &super::class::ClassRef, name: &str) -> Option<super::class::ClassRef> {
    let mut c = Some(class.clone());
    while let Some(k) = c {
        if k.functions.contains_key(name) {
            return Some(k);
        }
        c = k.superclass.clone();
    }
    None
}

/// Arithmetic and comparison of two numbers; None for the operators (and
/// the cases, like division by zero) that `ops::binary` handles.
#[inline(always)]
fn fast_num(op: BinOp, x: f64, y: f64) -> Option<Value> {
    Some(match op {
        BinOp::Add | BinOp::Sub | BinOp::Mul | BinOp::Div | BinOp::IntDiv | BinOp::Mod => Value::Real(arith(op, x, y)?),
        _ => Value::Bool(compare(op, x, y)?),
    })
}
