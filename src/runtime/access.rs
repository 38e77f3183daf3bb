//! Reading and writing properties, elements and characters of every kind of
//! value, calling member functions, creating class instances, and moving
//! values in and out of shared objects (with 4D's rules and errors).

use std::rc::Rc;
use std::sync::Arc;

use super::class::{BuiltinClass, ClassRef};
use super::error::{RtResult, RuntimeError, code, err};
use super::eval::owner_class;
use super::interp::Interp;
use super::object::{Key, Native, Object};
use super::ops::to_long;
use super::shared::{ShareError, SharedCollection, SharedObject, SharedValue};
use super::text::Text;
use super::value::Value;
use crate::source::Span;

/// A value as stored in an object property or collection element: numbers
/// become Reals, times become their number of seconds (ob-get.md: "stored in
/// seconds by default"; json-stringify.md), scalar BLOBs become `4D.Blob`
/// objects (dt_blob.md, "Automatic conversion of blob type").
#[inline]
pub fn store_value(v: Value) -> Value {
    match v {
        Value::Int(i) => Value::Real(i as f64),
        Value::Time(t) => Value::Real(t as f64),
        Value::Blob(b) => super::blob::boxed(&b),
        v => v,
    }
}

/// A value as a collection element stores it: as `store_value`, and
/// undefined becomes null.
#[inline]
pub fn store_element(v: Value) -> Value {
    if v.is_undefined() { Value::Null } else { store_value(v) }
}

/// Converts a value for a shared object or collection; -10721 when 4D does
/// not allow it there.
pub fn to_shared(v: &Value) -> Result<SharedValue, ShareError> {
    Ok(match v {
        Value::Null | Value::Undefined => SharedValue::Null,
        Value::Bool(b) => SharedValue::Bool(*b),
        Value::Real(r) => SharedValue::Real(*r),
        Value::Int(i) => SharedValue::Real(*i as f64),
        Value::Time(t) => SharedValue::Real(*t as f64),
        Value::Text(t) => SharedValue::Text(t.clone()),
        Value::Date(d) => SharedValue::Date(*d),
        Value::SharedObject(o) => SharedValue::Object(o.clone()),
        Value::SharedCollection(c) => SharedValue::Collection(c.clone()),
        // Blob objects are shareable (dt_blob.md); a scalar BLOB is boxed
        // (blog "Create a BLOB attribute in an object": `New shared object("blob"; $blob)`).
        Value::Blob(b) => SharedValue::Blob(super::blob::BlobBytes::new(b.as_ref().clone())),
        Value::Object(_) => match super::blob::blob_of(v) {
            Some(b) => SharedValue::Blob(b),
            None => return Err(ShareError::NotSupported),
        },
        _ => return Err(ShareError::NotSupported),
    })
}

pub fn from_shared(v: &SharedValue) -> Value {
    match v {
        SharedValue::Null => Value::Null,
        SharedValue::Bool(b) => Value::Bool(*b),
        SharedValue::Real(r) => Value::Real(*r),
        SharedValue::Text(t) => Value::Text(t.clone()),
        SharedValue::Date(d) => Value::Date(*d),
        SharedValue::Object(o) => Value::SharedObject(o.clone()),
        SharedValue::Collection(c) => Value::SharedCollection(c.clone()),
        SharedValue::Blob(b) => super::blob::blob_object(b.clone()),
    }
}

/// The 4D error for a failed shared operation.
pub fn share_error(e: ShareError, rt: &super::rt::Runtime, span: Span) -> Box<RuntimeError> {
    match e {
        ShareError::NotSupported => RuntimeError::new(
            code::SHARED_VALUE,
            "Not supported value type in a shared object or shared collection",
            span,
        ),
        ShareError::NotLocked => RuntimeError::new(
            code::SHARED_NOT_LOCKED,
            "a shared object or collection can only be modified inside a Use…End use block of its group",
            span,
        ),
        ShareError::OtherGroup => RuntimeError::new(
            code::SHARED_OTHER_GROUP,
            "this shared object or collection already belongs to another shared group",
            span,
        ),
        ShareError::CatalogValue => RuntimeError::new(
            code::SHARED_VALUE,
            "Storage and session storage can only contain shared objects and shared collections",
            span,
        ),
        ShareError::Deadlock(me, other) => RuntimeError::new(
            code::SHARED_DEADLOCK,
            format!(
                "deadlock: process \"{}\" waits for a shared object locked by process \"{}\", which waits for one locked by \"{}\"",
                rt.processes.name_of(me),
                rt.processes.name_of(other),
                rt.processes.name_of(me)
            ),
            span,
        ),
    }
}

/// `$blob[i]`: byte `i` of a `4D.Blob` (dt_blob.md, "Accessing a 4D.Blob's
/// bytes"), 0-based; outside the blob is an error, as for `{i}` on a BLOB.
fn blob_byte(obj: &Value, idx: &Value, span: Span) -> RtResult<Value> {
    let bytes = super::blob::blob_of(obj).unwrap_or_default();
    // Truncated, as a collection index is.
    let i = idx.as_num().map(|n| n as i64).unwrap_or(0);
    match usize::try_from(i).ok().and_then(|i| bytes.get(i)) {
        Some(b) => Ok(Value::Real(f64::from(*b))),
        None => err(
            code::INDEX_RANGE,
            format!("4D.Blob byte {i} is out of range (the blob has {} bytes)", bytes.len()),
            span,
        ),
    }
}

/// The index of a collection element.
fn index_of(idx: &Value, span: Span) -> RtResult<i64> {
    match idx.as_num() {
        Some(n) => Ok(n as i64),
        None => err(code::TYPE_MISMATCH, "a collection index must be a number", span),
    }
}

impl Interp {
    fn shared(&self, e: ShareError, span: Span) -> Box<RuntimeError> {
        share_error(e, &self.rt, span)
    }

    /// `obj.key`
    pub fn get_member(&mut self, obj: &Value, key: &Text, span: Span) -> RtResult<Value> {
        match obj {
            Value::Object(o) => {
                let class = {
                    let b = o.borrow();
                    if let Some(v) = b.props.get(key.as_str()) {
                        return Ok(v.clone());
                    }
                    b.class.clone()
                };
                match class {
                    Some(c) => self.class_property(&c, obj, key, span),
                    None => Ok(Value::Undefined),
                }
            }
            Value::SharedObject(o) => {
                if let Some(v) = o.get(key.as_str()) {
                    return Ok(from_shared(&v));
                }
                match &o.class {
                    Some(c) => {
                        let c = c.clone();
                        self.class_property(&c, obj, key, span)
                    }
                    None => Ok(Value::Undefined),
                }
            }
            Value::Collection(c) => Ok(if key.as_str() == "length" {
                Value::Real(c.borrow().len() as f64)
            } else {
                Value::Undefined
            }),
            Value::SharedCollection(c) => Ok(if key.as_str() == "length" {
                Value::Real(c.len() as f64)
            } else {
                Value::Undefined
            }),
            Value::Store(s) => self.store_member(*s, key, span),
            Value::Class(c) => class_object_property(self, c, key, span),
            Value::Function(f) => Ok(match key.as_str() {
                "source" => Value::text(f.source()),
                _ => Value::Undefined,
            }),
            // Reading a property of undefined (or of Null: runtime.md Q15) gives
            // undefined; the length of an undefined collection is 0 (dt_collection.md).
            Value::Undefined | Value::Null => Ok(if key.as_str() == "length" {
                Value::Real(0.0)
            } else {
                Value::Undefined
            }),
            _ => Ok(Value::Undefined),
        }
    }

    /// Computed properties (getters) and built-in class properties.
    fn class_property(&mut self, c: &ClassRef, obj: &Value, key: &Text, span: Span) -> RtResult<Value> {
        if let Some(getter) = c.getter(key.as_str()) {
            let owner = Some(c.clone());
            return self.call_code(getter, Vec::new(), obj.clone(), owner, span);
        }
        if let Some(kind) = builtin_kind(c) {
            return crate::builtins::classes::get_property(self, kind, obj, key.as_str(), span);
        }
        // A function of the class, as a value (`$p.hello.call($p; "Hi")`).
        if let (Some(code), Some(owner)) = (c.function(key.as_str()), owner_class(c, key.as_str())) {
            return Ok(Value::Function(std::rc::Rc::new(super::formula::Formula {
                kind: super::formula::FormulaKind::ClassFunction(code, owner, key.to_string()),
                captured: Vec::new(),
            })));
        }
        Ok(Value::Undefined)
    }

    /// `obj.key:=v`
    pub fn set_member(&mut self, obj: &Value, key: &Text, v: Value, span: Span) -> RtResult<()> {
        match obj {
            Value::Object(o) => {
                let class = o.borrow().class.clone();
                if let Some(c) = &class {
                    if let Some(setter) = c.setter(key.as_str()) {
                        self.call_code(setter, vec![v], obj.clone(), Some(c.clone()), span)?;
                        return Ok(());
                    }
                    if c.getter(key.as_str()).is_some() {
                        return err(code::TYPE_MISMATCH, format!("the property `{key}` is read-only"), span);
                    }
                    if let Some(kind) = builtin_kind(c)
                        && crate::builtins::classes::is_read_only(kind, key.as_str())
                    {
                        return err(code::TYPE_MISMATCH, format!("the property `{key}` is read-only"), span);
                    }
                }
                let mut b = o.borrow_mut();
                if v.is_undefined() {
                    // Undefined resets an existing property by type; a missing one stays missing.
                    if let Some(slot) = b.props.get_mut(key.as_str()) {
                        *slot = reset_by_type(slot);
                    }
                    return Ok(());
                }
                b.props.set(key.clone(), store_value(v));
                Ok(())
            }
            Value::SharedObject(o) => {
                if let Some(c) = &o.class
                    && let Some(setter) = c.setter(key.as_str())
                {
                    let c = c.clone();
                    self.call_code(setter, vec![v], obj.clone(), Some(c), span)?;
                    return Ok(());
                }
                if o.as_signal().is_some() && key.as_str() == "signaled" {
                    return err(code::TYPE_MISMATCH, "the property `signaled` is read-only", span);
                }
                if v.is_undefined() {
                    if let Some(old) = o.get(key.as_str()) {
                        let reset = to_shared(&reset_by_type(&from_shared(&old))).unwrap_or(SharedValue::Null);
                        o.set(key.clone(), reset).map_err(|e| self.shared(e, span))?;
                    }
                    return Ok(());
                }
                let sv = to_shared(&v).map_err(|e| self.shared(e, span))?;
                o.set(key.clone(), sv).map_err(|e| self.shared(e, span))
            }
            Value::Null | Value::Undefined => err(
                code::NULL_ACCESS,
                format!("cannot set the property `{key}`: the object is not initialized (Null)"),
                span,
            ),
            Value::Collection(_) | Value::SharedCollection(_) if key.as_str() == "length" => err(
                code::TYPE_MISMATCH,
                "the length of a collection is read-only (use .resize())",
                span,
            ),
            _ => err(
                code::TYPE_MISMATCH,
                format!("cannot set the property `{key}` of a {}", super::ops::type_name_of(obj)),
                span,
            ),
        }
    }

    /// `obj[idx]`
    pub fn get_index(&mut self, obj: &Value, idx: &Value, span: Span) -> RtResult<Value> {
        match obj {
            Value::Collection(c) => Ok(c.borrow().get(index_of(idx, span)?)),
            Value::SharedCollection(c) => Ok(c
                .get(index_of(idx, span)?)
                .map(|v| from_shared(&v))
                .unwrap_or(Value::Undefined)),
            Value::Object(o) if idx.as_num().is_some() && matches!(o.borrow().native(), Native::Blob(_)) => {
                blob_byte(obj, idx, span)
            }
            Value::Object(_) | Value::SharedObject(_) | Value::Class(_) | Value::Store(_) | Value::Function(_) => {
                let key = match idx {
                    Value::Text(t) => t.clone(),
                    other => Text::from(super::value::display(other)),
                };
                self.get_member(obj, &key, span)
            }
            Value::Undefined | Value::Null => Ok(Value::Undefined),
            _ => err(
                code::TYPE_MISMATCH,
                format!("`[…]` cannot be applied to a {}", super::ops::type_name_of(obj)),
                span,
            ),
        }
    }

    /// `obj[idx]:=v`
    pub fn set_index(&mut self, obj: &Value, idx: &Value, v: Value, span: Span) -> RtResult<()> {
        match obj {
            Value::Collection(c) => {
                let i = index_of(idx, span)?;
                if i < 0 {
                    return err(code::INDEX_RANGE, format!("collection index {i} is out of range"), span);
                }
                c.borrow_mut().set(i as usize, store_element(v));
                Ok(())
            }
            Value::SharedCollection(c) => {
                let i = index_of(idx, span)?;
                if i < 0 {
                    return err(code::INDEX_RANGE, format!("collection index {i} is out of range"), span);
                }
                let sv = to_shared(&v).map_err(|e| self.shared(e, span))?;
                c.set(i as usize, sv).map_err(|e| self.shared(e, span))
            }
            Value::Object(o) if idx.as_num().is_some() && matches!(o.borrow().native(), Native::Blob(_)) => err(
                code::TYPE_MISMATCH,
                "the bytes of a 4D.Blob are read-only (dt_blob.md: a 4D.Blob cannot be altered)",
                span,
            ),
            Value::Object(_) | Value::SharedObject(_) => {
                let key = match idx {
                    Value::Text(t) => t.clone(),
                    other => Text::from(super::value::display(other)),
                };
                self.set_member(obj, &key, v, span)
            }
            Value::Null | Value::Undefined => err(
                code::NULL_ACCESS,
                "the object or collection is not initialized (Null)",
                span,
            ),
            _ => err(
                code::TYPE_MISMATCH,
                format!("`[…]` cannot be applied to a {}", super::ops::type_name_of(obj)),
                span,
            ),
        }
    }

    /// `arr{i}`
    pub fn get_element(&mut self, arr: &Value, idx: &Value, span: Span) -> RtResult<Value> {
        if let Value::Blob(bytes) = arr {
            let i = idx.as_num().map(to_long).unwrap_or(0);
            return match usize::try_from(i).ok().and_then(|i| bytes.get(i)) {
                Some(b) => Ok(Value::Int(i32::from(*b))),
                None => err(
                    code::INDEX_RANGE,
                    format!("BLOB byte {i} is out of range (the BLOB has {} bytes)", bytes.len()),
                    span,
                ),
            };
        }
        let Value::Array(a) = arr else {
            return err(code::TYPE_MISMATCH, "`{…}` needs an array", span);
        };
        let i = idx.as_num().map(to_long).unwrap_or(0);
        let a = a.borrow();
        if i < 0 || i as usize > a.size() {
            return err(
                code::INDEX_RANGE,
                format!("array index {i} is out of range (the array has {} elements)", a.size()),
                span,
            );
        }
        Ok(a.items.get(i as usize).cloned().unwrap_or(Value::Undefined))
    }

    /// `arr{i}:=v` (converted to the array's element type).
    pub fn set_element(&mut self, arr: &Value, idx: &Value, v: Value, span: Span) -> RtResult<()> {
        let Value::Array(a) = arr else {
            return err(code::TYPE_MISMATCH, "`{…}` needs an array", span);
        };
        let i = idx.as_num().map(to_long).unwrap_or(0);
        let kind = a.borrow().kind;
        let v = crate::builtins::arrays::element_value(kind, v, span)?;
        let mut a = a.borrow_mut();
        if i < 0 || i as usize > a.size() {
            return err(
                code::INDEX_RANGE,
                format!("array index {i} is out of range (the array has {} elements)", a.size()),
                span,
            );
        }
        if let Some(slot) = a.items.get_mut(i as usize) {
            *slot = v;
        }
        Ok(())
    }

    /// `recv.name(args)`
    pub fn call_member(&mut self, recv: Value, name: &Text, args: Vec<Value>, span: Span) -> RtResult<Value> {
        match &recv {
            Value::Object(o) => {
                let (class, prop) = {
                    let b = o.borrow();
                    (b.class.clone(), b.props.get(name.as_str()).cloned())
                };
                if let Some(Value::Function(f)) = prop {
                    return self.call_formula(&f, args, recv.clone(), span);
                }
                if let Some(c) = class {
                    if let Some(code) = c.function(name.as_str()) {
                        let owner = owner_class(&c, name.as_str());
                        return self.call_code(code, args, recv.clone(), owner, span);
                    }
                    if let Some(kind) = builtin_kind(&c)
                        && let Some(r) = crate::builtins::classes::call(self, kind, &recv, name.as_str(), &args, span)
                    {
                        return r;
                    }
                }
                if let Some(r) = crate::builtins::classes::object_function(self, &recv, name.as_str(), &args, span) {
                    return r;
                }
                no_function(&recv, name, span)
            }
            Value::SharedObject(o) => {
                if let Some(SharedValue::Object(_)) = o.get(name.as_str()) {
                    return no_function(&recv, name, span);
                }
                if let Some(c) = o.class.clone() {
                    if let Some(code) = c.function(name.as_str()) {
                        let owner = owner_class(&c, name.as_str());
                        // `shared Function`: runs inside `Use(This)`.
                        if c.is_shared_function(name.as_str()) {
                            let g = super::shared::Grouped::group(o.as_ref());
                            g.lock().map_err(|e| self.shared(e, span))?;
                            let r = self.call_code(code, args, recv.clone(), owner, span);
                            g.unlock();
                            return r;
                        }
                        return self.call_code(code, args, recv.clone(), owner, span);
                    }
                    if let Some(kind) = builtin_kind(&c)
                        && let Some(r) = crate::builtins::classes::call(self, kind, &recv, name.as_str(), &args, span)
                    {
                        return r;
                    }
                }
                no_function(&recv, name, span)
            }
            Value::Collection(_) | Value::SharedCollection(_) => {
                crate::builtins::collections::call(self, &recv, name.as_str(), args, span)
            }
            Value::Function(f) => {
                let f = f.clone();
                match name.as_str() {
                    "call" => {
                        let mut args = args.into_iter();
                        let this = args.next().unwrap_or(Value::Null);
                        self.call_formula(&f, args.collect(), this, span)
                    }
                    "apply" => {
                        let mut it = args.into_iter();
                        let this = it.next().unwrap_or(Value::Null);
                        let list = match it.next() {
                            Some(Value::Collection(c)) => c.borrow().to_vec(),
                            Some(Value::SharedCollection(c)) => c.snapshot().iter().map(from_shared).collect(),
                            _ => Vec::new(),
                        };
                        self.call_formula(&f, list, this, span)
                    }
                    _ => no_function(&recv, name, span),
                }
            }
            Value::Class(c) => {
                let c = c.clone();
                match name.as_str() {
                    "new" => self.new_instance(&c, args, span),
                    _ => no_function(&recv, name, span),
                }
            }
            Value::Null | Value::Undefined => err(
                code::NULL_ACCESS,
                format!("cannot call `.{name}()`: the object is Null or undefined"),
                span,
            ),
            _ => no_function(&recv, name, span),
        }
    }

    /// `cs.Name.new(args)` (singletons return their instance).
    pub fn new_instance(&mut self, c: &ClassRef, args: Vec<Value>, span: Span) -> RtResult<Value> {
        if let Some(kind) = builtin_kind(c) {
            return crate::builtins::classes::new(self, kind, args, span);
        }
        let mut ancestor = Some(c);
        while let Some(a) = ancestor {
            if let Some(missing) = &a.missing_superclass {
                return err(
                    code::METHOD_NOT_FOUND,
                    format!("class `{}` extends `{missing}`, which does not exist", a.name),
                    span,
                );
            }
            ancestor = a.superclass.as_ref();
        }
        if c.singleton {
            if c.shared || c.session_singleton {
                if let Some(v) = c.shared_instance.lock().as_ref() {
                    return Ok(from_shared(v));
                }
            } else if let Some(v) = self.singletons.get(&c.name) {
                return Ok(v.clone());
            }
        }
        let instance = if c.shared {
            Value::SharedObject(SharedObject::new(Some(c.clone())))
        } else {
            Value::new_object(Object::with_class(c.clone()))
        };
        self.construct(c, instance.clone(), args, span)?;
        if c.singleton {
            if c.shared || c.session_singleton {
                let mut slot = c.shared_instance.lock();
                if let Some(existing) = slot.as_ref() {
                    return Ok(from_shared(existing));
                }
                *slot = to_shared(&instance).ok();
            } else {
                self.singletons.insert(c.name.clone(), instance.clone());
            }
        }
        Ok(instance)
    }

    /// Runs property initializers (superclass first) and the constructor on `this`.
    pub fn construct(&mut self, c: &ClassRef, this: Value, args: Vec<Value>, span: Span) -> RtResult<()> {
        // Shared instances are written without `Use` while they are built.
        let group = match &this {
            Value::SharedObject(o) => Some(super::shared::Grouped::group(o.as_ref())),
            _ => None,
        };
        if let Some(g) = &group {
            g.lock().map_err(|e| self.shared(e, span))?;
        }
        let r = self.construct_inner(c, &this, args, span);
        if let Some(g) = &group {
            g.unlock();
        }
        r
    }

    fn construct_inner(&mut self, c: &ClassRef, this: &Value, args: Vec<Value>, span: Span) -> RtResult<()> {
        if c.builtin.is_some() {
            return Ok(());
        }
        match &c.constructor {
            Some(ctor) => {
                // Parent initializers run before this class's (Super() runs the parent constructor).
                self.run_initializers(c, this, span, c.superclass.as_ref().is_none_or(|s| !has_constructor(s)))?;
                // The superclass has a constructor: this one must call Super().
                let needs_super = c.superclass.as_ref().is_some_and(has_constructor);
                let id = self.next_frame_id;
                if needs_super {
                    self.supers_pending.push(id);
                }
                let r = self.call_code(ctor.clone(), args, this.clone(), Some(c.clone()), span);
                let missed = needs_super && self.supers_pending.contains(&id);
                self.supers_pending.retain(|&f| f != id);
                r?;
                if missed {
                    return err(
                        code::SUPER_NOT_CALLED,
                        format!("the constructor of `{}` did not call `Super()`", c.name),
                        span,
                    );
                }
                Ok(())
            }
            None => {
                // No constructor: the superclass's runs with the same arguments.
                if let Some(sup) = &c.superclass
                    && has_constructor(sup)
                {
                    self.construct_inner(sup, this, args, span)?;
                    self.run_own_initializer(c, this, span)
                } else {
                    self.run_initializers(c, this, span, true)
                }
            }
        }
    }

    /// Initializers of `c` (and, when `chain`, of its superclasses first).
    fn run_initializers(&mut self, c: &ClassRef, this: &Value, span: Span, chain: bool) -> RtResult<()> {
        if chain && let Some(sup) = &c.superclass {
            self.run_initializers(sup, this, span, true)?;
        }
        self.run_own_initializer(c, this, span)
    }

    fn run_own_initializer(&mut self, c: &ClassRef, this: &Value, span: Span) -> RtResult<()> {
        if let Some(init) = &c.initializer {
            self.call_code(init.clone(), Vec::new(), this.clone(), Some(c.clone()), span)?;
        }
        Ok(())
    }

    /// `Use (x)`: locks x's group (nothing for a non-shared object).
    pub fn use_lock(&mut self, v: &Value, span: Span) -> RtResult<Option<Arc<super::shared::Group>>> {
        let g = match v {
            Value::SharedObject(o) => super::shared::Grouped::group(o.as_ref()),
            Value::SharedCollection(c) => super::shared::Grouped::group(c.as_ref()),
            Value::Object(_) | Value::Collection(_) => return Ok(None),
            other => {
                return err(
                    code::USE_NOT_SHARED,
                    format!(
                        "Use needs a shared object or collection, not {}",
                        super::ops::type_name_of(other)
                    ),
                    span,
                );
            }
        };
        g.lock().map_err(|e| self.shared(e, span))?;
        Ok(Some(g))
    }

    /// A new shared collection filled with `values`.
    pub fn new_shared_collection(&self, values: &[Value], span: Span) -> RtResult<Value> {
        let c = SharedCollection::new();
        for v in values {
            let sv = to_shared(v).map_err(|e| self.shared(e, span))?;
            c.push_unchecked(sv).map_err(|e| self.shared(e, span))?;
        }
        Ok(Value::SharedCollection(c))
    }
}

fn has_constructor(c: &ClassRef) -> bool {
    let mut k = Some(c.clone());
    while let Some(class) = k {
        if class.constructor.is_some() {
            return true;
        }
        k = class.superclass.clone();
    }
    false
}

fn no_function<T>(recv: &Value, name: &Text, span: Span) -> RtResult<T> {
    err(
        code::NO_SUCH_FUNCTION,
        format!(
            "`.{name}()` is not a function of this {}",
            super::ops::type_name_of(recv)
        ),
        span,
    )
}

pub fn builtin_kind(c: &ClassRef) -> Option<BuiltinClass> {
    let mut k = Some(c.clone());
    while let Some(class) = k {
        if let Some(b) = class.builtin {
            if b != BuiltinClass::Object {
                return Some(b);
            }
            return None;
        }
        k = class.superclass.clone();
    }
    None
}

/// Assigning undefined to an existing property resets it by type (dt_null_undefined.md).
fn reset_by_type(v: &Value) -> Value {
    match v {
        Value::Object(_)
        | Value::Collection(_)
        | Value::SharedObject(_)
        | Value::SharedCollection(_)
        | Value::Pointer(_) => Value::Null,
        Value::Bool(_) => Value::Bool(false),
        Value::Text(_) => Value::text(""),
        Value::Real(_) | Value::Int(_) | Value::Time(_) => Value::Real(0.0),
        Value::Date(_) => Value::Date(super::date::Date::NULL),
        Value::Picture(_) => Value::Picture(Rc::default()),
        other => other.clone(),
    }
}

/// Properties of a class object (`cs.Person.name`…).
fn class_object_property(interp: &mut Interp, c: &ClassRef, key: &Text, span: Span) -> RtResult<Value> {
    Ok(match key.as_str() {
        "name" => Value::text(c.name.as_str()),
        "superclass" => c.superclass.clone().map(Value::Class).unwrap_or(Value::Null),
        "isShared" => Value::Bool(c.shared),
        "isSingleton" => Value::Bool(c.singleton),
        "isSessionSingleton" => Value::Bool(c.session_singleton),
        // The first `.me` runs the constructor: its errors are the caller's.
        "me" if c.singleton => interp.new_instance(c, Vec::new(), span)?,
        "new" => Value::Undefined,
        _ => Value::Undefined,
    })
}

/// The key under which an object keeps a property named by any value.
pub fn key_of(v: &Value) -> Key {
    match v {
        Value::Text(t) => t.clone(),
        other => Text::from(super::value::display(other)),
    }
}
