//! `Sendable`: a value in a form that can cross to another process (thread).
//! Local objects and collections are deep-copied into it; shared ones keep
//! their reference (runtime.md §1.10, §3.2); pointers to locals cannot cross.

use std::cell::RefCell;
use std::rc::Rc;
use std::sync::Arc;

use super::class::ClassRef;
use super::date::Date;
use super::formula::{Formula, FormulaKind};
use super::object::{Array, ArrayKind, Collection, Key, Native, Object};
use super::pointer::Pointer;
use super::shared::{SharedCollection, SharedObject};
use super::text::Text;
use super::value::{Store, Value};
use crate::sema::ir::{FormulaCode, MethodId};

#[derive(Clone, Debug, Default)]
pub enum Sendable {
    #[default]
    Undefined,
    Null,
    Bool(bool),
    Real(f64),
    Int(i32),
    Text(Text),
    Date(Date),
    Time(i64),
    Object(Option<ClassRef>, Vec<(Key, Sendable)>, NativeSend),
    Collection(Vec<Sendable>),
    SharedObject(Arc<SharedObject>),
    SharedCollection(Arc<SharedCollection>),
    Class(ClassRef),
    Store(Store),
    Blob(Arc<Vec<u8>>),
    Picture(Arc<Vec<u8>>),
    Array(ArrayKind, Vec<Sendable>, i32),
    Formula(Arc<FormulaCode>, Vec<(u32, Sendable)>),
    FormulaMethod(MethodId, String),
    PointerProcess(u32, Text),
    PointerInter(u32, Text),
    PointerNil,
}

#[derive(Clone, Debug, Default)]
pub enum NativeSend {
    #[default]
    None,
    Path(std::path::PathBuf),
    Session(Text),
    /// A `4D.Blob`'s bytes: immutable, so they cross without a copy.
    Blob(super::blob::BlobBytes),
}

/// What cannot cross to another process.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NotSendable {
    Pointer,
    Formula,
}

pub struct SendOptions {
    /// Formulas may cross (CALL WORKER's formula argument, interprocess variables).
    pub formulas: bool,
}

pub fn to_sendable(v: &Value, opts: &SendOptions) -> Result<Sendable, NotSendable> {
    Ok(match v {
        Value::Undefined => Sendable::Undefined,
        Value::Null => Sendable::Null,
        Value::Bool(b) => Sendable::Bool(*b),
        Value::Real(r) => Sendable::Real(*r),
        Value::Int(i) => Sendable::Int(*i),
        Value::Text(t) => Sendable::Text(t.clone()),
        Value::Date(d) => Sendable::Date(*d),
        Value::Time(t) => Sendable::Time(*t),
        Value::Object(o) => {
            let o = o.borrow();
            let mut props = Vec::with_capacity(o.props.len());
            for (k, v) in o.props.iter() {
                props.push((k.clone(), to_sendable(v, opts)?));
            }
            let native = match o.native() {
                Native::None => NativeSend::None,
                Native::Path(p) => NativeSend::Path(p.as_ref().clone()),
                Native::Session(s) => NativeSend::Session(s.clone()),
                Native::Blob(b) => NativeSend::Blob(b.clone()),
            };
            Sendable::Object(o.class.clone(), props, native)
        }
        Value::Collection(c) => {
            let c = c.borrow();
            let mut items = Vec::with_capacity(c.len());
            for v in c.values() {
                items.push(to_sendable(v, opts)?);
            }
            Sendable::Collection(items)
        }
        Value::SharedObject(o) => Sendable::SharedObject(o.clone()),
        Value::SharedCollection(c) => Sendable::SharedCollection(c.clone()),
        Value::Class(c) => Sendable::Class(c.clone()),
        Value::Store(s) => Sendable::Store(*s),
        Value::Blob(b) => Sendable::Blob(Arc::new(b.as_ref().clone())),
        Value::Picture(b) => Sendable::Picture(Arc::new(b.as_ref().clone())),
        Value::Array(a) => {
            let a = a.borrow();
            let mut items = Vec::with_capacity(a.items.len());
            for v in &a.items {
                items.push(to_sendable(v, opts)?);
            }
            Sendable::Array(a.kind, items, a.current)
        }
        Value::Function(f) => {
            if !opts.formulas {
                return Err(NotSendable::Formula);
            }
            match &f.kind {
                FormulaKind::Code(code) => {
                    let mut captured = Vec::new();
                    for (slot, v) in &f.captured {
                        captured.push((*slot, to_sendable(v, opts)?));
                    }
                    Sendable::Formula(code.clone(), captured)
                }
                FormulaKind::Method(id, name) => Sendable::FormulaMethod(*id, name.clone()),
                FormulaKind::ClassFunction(..) => return Err(NotSendable::Formula),
            }
        }
        Value::Pointer(p) => match p.as_ref() {
            Pointer::Nil => Sendable::PointerNil,
            Pointer::Process { index, name } if opts.formulas => Sendable::PointerProcess(*index, name.clone()),
            Pointer::Interprocess { index, name } => Sendable::PointerInter(*index, name.clone()),
            _ => return Err(NotSendable::Pointer),
        },
    })
}

pub fn from_sendable(s: &Sendable) -> Value {
    match s {
        Sendable::Undefined => Value::Undefined,
        Sendable::Null => Value::Null,
        Sendable::Bool(b) => Value::Bool(*b),
        Sendable::Real(r) => Value::Real(*r),
        Sendable::Int(i) => Value::Int(*i),
        Sendable::Text(t) => Value::Text(t.clone()),
        Sendable::Date(d) => Value::Date(*d),
        Sendable::Time(t) => Value::Time(*t),
        Sendable::Object(class, props, native) => {
            let mut o = Object::default();
            o.class = class.clone();
            for (k, v) in props {
                o.props.set(k.clone(), from_sendable(v));
            }
            o.set_native(match native {
                NativeSend::None => Native::None,
                NativeSend::Path(p) => Native::Path(Box::new(p.clone())),
                NativeSend::Session(s) => Native::Session(s.clone()),
                NativeSend::Blob(b) => Native::Blob(b.clone()),
            });
            Value::new_object(o)
        }
        Sendable::Collection(items) => Value::Collection(Rc::new(RefCell::new(Collection::from(
            items.iter().map(from_sendable).collect::<Vec<_>>(),
        )))),
        Sendable::SharedObject(o) => Value::SharedObject(o.clone()),
        Sendable::SharedCollection(c) => Value::SharedCollection(c.clone()),
        Sendable::Class(c) => Value::Class(c.clone()),
        Sendable::Store(s) => Value::Store(*s),
        Sendable::Blob(b) => Value::Blob(Rc::new(b.as_ref().clone())),
        Sendable::Picture(b) => Value::Picture(Rc::new(b.as_ref().clone())),
        Sendable::Array(kind, items, current) => Value::Array(Rc::new(RefCell::new(Array {
            kind: *kind,
            items: items.iter().map(from_sendable).collect(),
            current: *current,
        }))),
        Sendable::Formula(code, captured) => Value::Function(Rc::new(Formula {
            kind: FormulaKind::Code(code.clone()),
            captured: captured.iter().map(|(s, v)| (*s, from_sendable(v))).collect(),
        })),
        Sendable::FormulaMethod(id, name) => Value::Function(Rc::new(Formula {
            kind: FormulaKind::Method(*id, name.clone()),
            captured: Vec::new(),
        })),
        Sendable::PointerProcess(index, name) => Value::Pointer(Rc::new(Pointer::Process {
            index: *index,
            name: name.clone(),
        })),
        Sendable::PointerInter(index, name) => Value::Pointer(Rc::new(Pointer::Interprocess {
            index: *index,
            name: name.clone(),
        })),
        Sendable::PointerNil => Value::Pointer(Rc::new(Pointer::Nil)),
    }
}
