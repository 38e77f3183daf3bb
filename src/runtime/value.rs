//! The process-local `Value`: every 4D value a variable, property or
//! expression can hold. Objects and collections are shared references (local
//! ones are single-process cells; shared ones are thread-safe handles).

use std::cell::RefCell;
use std::fmt::Write as _;
use std::rc::Rc;
use std::sync::Arc;

use super::class::ClassRef;
use super::date::{Date, time_text};
use super::formula::Formula;
use super::object::{Array, Collection, Object};
use super::pointer::Pointer;
use super::shared::{SharedCollection, SharedObject};
use super::text::Text;

pub type Obj = Rc<RefCell<Object>>;
pub type Coll = Rc<RefCell<Collection>>;

/// The tag is a whole word: a value then moves as two aligned words (with a
/// one-byte tag the compiler copies the payload at odd offsets, which stalls
/// store forwarding on every call and return).
#[derive(Clone, Debug, Default)]
#[repr(u64)]
pub enum Value {
    #[default]
    Undefined,
    Null,
    Bool(bool),
    Real(f64),
    /// Longint (typed variables and arrays only: computed numbers are Real).
    Int(i32),
    Text(Text),
    Date(Date),
    /// Seconds (may exceed 24 hours, may be negative).
    Time(i64),
    Object(Obj),
    Collection(Coll),
    SharedObject(Arc<SharedObject>),
    SharedCollection(Arc<SharedCollection>),
    Pointer(Rc<Pointer>),
    /// A `4D.Function` (formula) object.
    Function(Rc<Formula>),
    /// A class object (`cs.Person`, `4D.File`).
    Class(ClassRef),
    /// A class store: `cs` (user classes) or `4D` (built-in classes).
    Store(Store),
    /// A variable holding an array (only through variables and pointers).
    Array(Rc<RefCell<Array>>),
    Blob(Rc<Vec<u8>>),
    Picture(Rc<Vec<u8>>),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Store {
    User,
    FourD,
}

/// `Value type` / `Type` numbers (the `Is …` constants).
pub mod ty {
    pub const REAL: i32 = 1;
    pub const TEXT: i32 = 2;
    pub const PICTURE: i32 = 3;
    pub const DATE: i32 = 4;
    pub const UNDEFINED: i32 = 5;
    pub const BOOLEAN: i32 = 6;
    pub const INTEGER: i32 = 8;
    pub const LONGINT: i32 = 9;
    pub const TIME: i32 = 11;
    pub const VARIANT: i32 = 12;
    pub const ARRAY_REAL: i32 = 14;
    pub const ARRAY_INTEGER: i32 = 15;
    pub const ARRAY_LONGINT: i32 = 16;
    pub const ARRAY_DATE: i32 = 17;
    pub const ARRAY_TEXT: i32 = 18;
    /// `Array 2D` (type.md).
    pub const ARRAY_2D: i32 = 13;
    pub const ARRAY_PICTURE: i32 = 19;
    pub const ARRAY_POINTER: i32 = 20;
    pub const ARRAY_BOOLEAN: i32 = 22;
    pub const POINTER: i32 = 23;
    pub const STRING_VAR: i32 = 24;
    pub const BLOB: i32 = 30;
    pub const ARRAY_BLOB: i32 = 31;
    pub const ARRAY_TIME: i32 = 32;
    pub const OBJECT: i32 = 38;
    pub const ARRAY_OBJECT: i32 = 39;
    pub const COLLECTION: i32 = 42;
    pub const NULL: i32 = 255;
}

impl Value {
    pub fn text(s: impl Into<Text>) -> Value {
        Value::Text(s.into())
    }

    pub fn new_object(obj: Object) -> Value {
        Value::Object(Rc::new(RefCell::new(obj)))
    }

    pub fn new_collection(items: Vec<Value>) -> Value {
        Value::Collection(Rc::new(RefCell::new(Collection::from(items))))
    }

    pub fn is_undefined(&self) -> bool {
        matches!(self, Value::Undefined)
    }

    /// Owns nothing (no destructor to run).
    #[inline]
    pub fn is_plain(&self) -> bool {
        matches!(
            self,
            Value::Undefined
                | Value::Null
                | Value::Bool(_)
                | Value::Real(_)
                | Value::Int(_)
                | Value::Date(_)
                | Value::Time(_)
                | Value::Store(_)
        )
    }

    /// Null or undefined (`= Null` is True for both).
    pub fn is_nullish(&self) -> bool {
        matches!(self, Value::Undefined | Value::Null)
    }

    pub fn is_object_like(&self) -> bool {
        matches!(
            self,
            Value::Object(_) | Value::SharedObject(_) | Value::Function(_) | Value::Class(_) | Value::Store(_)
        )
    }

    pub fn is_collection(&self) -> bool {
        matches!(self, Value::Collection(_) | Value::SharedCollection(_))
    }

    /// `Value type` of this value.
    pub fn type_code(&self) -> i32 {
        match self {
            Value::Undefined => ty::UNDEFINED,
            Value::Null => ty::NULL,
            Value::Bool(_) => ty::BOOLEAN,
            Value::Real(_) => ty::REAL,
            Value::Int(_) => ty::LONGINT,
            Value::Text(_) => ty::TEXT,
            Value::Date(_) => ty::DATE,
            Value::Time(_) => ty::TIME,
            Value::Object(_) | Value::SharedObject(_) | Value::Function(_) | Value::Class(_) | Value::Store(_) => {
                ty::OBJECT
            }
            Value::Collection(_) | Value::SharedCollection(_) => ty::COLLECTION,
            Value::Pointer(_) => ty::POINTER,
            Value::Array(a) => a.borrow().type_code(),
            Value::Blob(_) => ty::BLOB,
            Value::Picture(_) => ty::PICTURE,
        }
    }

    /// The number a numeric value holds (Real, Longint, or a Time's seconds).
    pub fn as_num(&self) -> Option<f64> {
        match self {
            Value::Real(r) => Some(*r),
            Value::Int(i) => Some(*i as f64),
            Value::Time(t) => Some(*t as f64),
            _ => None,
        }
    }

    pub fn as_text(&self) -> Option<&Text> {
        match self {
            Value::Text(t) => Some(t),
            _ => None,
        }
    }

    /// Truthiness for `&&`, `||` and `?:` (language.md §2.3): falsy are False,
    /// Null, undefined, null date, "", empty collections and objects. 0 is truthy.
    pub fn truthy(&self) -> bool {
        match self {
            Value::Undefined | Value::Null => false,
            Value::Bool(b) => *b,
            Value::Text(t) => !t.is_empty(),
            Value::Date(d) => !d.is_null(),
            Value::Object(o) => !o.borrow().is_empty(),
            Value::SharedObject(o) => !o.is_empty(),
            Value::Collection(c) => !c.borrow().is_empty(),
            Value::SharedCollection(c) => !c.is_empty(),
            Value::Pointer(p) => !p.is_nil(),
            _ => true,
        }
    }

    /// Identity of a reference value (for `=` on objects and collections).
    pub fn ref_id(&self) -> Option<usize> {
        Some(match self {
            Value::Object(o) => Rc::as_ptr(o) as *const u8 as usize,
            Value::Collection(c) => Rc::as_ptr(c) as *const u8 as usize,
            Value::SharedObject(o) => Arc::as_ptr(o) as *const u8 as usize,
            Value::SharedCollection(c) => Arc::as_ptr(c) as *const u8 as usize,
            Value::Function(f) => Rc::as_ptr(f) as *const u8 as usize,
            Value::Class(c) => Arc::as_ptr(c) as *const u8 as usize,
            Value::Array(a) => Rc::as_ptr(a) as *const u8 as usize,
            _ => return None,
        })
    }
}

/// The text form of a real number: 13 significant digits, trailing zeros
/// removed (`String(1/3)` is `0.3333333333333`, `String(Arctan(1)*4)` is
/// `3.14159265359`); `INF`, `-INF`; NaN gives "".
pub fn real_text(r: f64) -> String {
    if r.is_nan() {
        return String::new();
    }
    if r.is_infinite() {
        return if r > 0.0 { "INF".into() } else { "-INF".into() };
    }
    if r == 0.0 {
        return "0".into();
    }
    if r.fract() == 0.0 && r.abs() < 1e15 {
        return format!("{}", r as i64);
    }
    let exp = r.abs().log10().floor() as i32;
    if !(-5..15).contains(&exp) {
        let mut s = format!("{:.12e}", r);
        // "1.234500000000e20" → "1.2345e+20"
        if let Some((mant, e)) = s.clone().split_once('e') {
            let mant = trim_zeros(mant);
            let e: i32 = e.parse().unwrap_or(0);
            s = format!("{mant}e{}{}", if e < 0 { "-" } else { "+" }, e.abs());
        }
        return s;
    }
    let decimals = (12 - exp).max(0) as usize;
    let s = format!("{:.*}", decimals, r);
    let t = trim_zeros(&s);
    if t == "-0" { "0".into() } else { t.to_string() }
}

fn trim_zeros(s: &str) -> &str {
    if s.contains('.') {
        s.trim_end_matches('0').trim_end_matches('.')
    } else {
        s
    }
}

/// `String(value)` with no format, as 4D shows values in text.
pub fn display(v: &Value) -> String {
    match v {
        Value::Undefined => String::new(),
        Value::Null => "null".into(),
        Value::Bool(b) => if *b { "True" } else { "False" }.into(),
        Value::Real(r) => real_text(*r),
        Value::Int(i) => i.to_string(),
        Value::Text(t) => t.as_str().to_string(),
        Value::Date(d) => d.default_text(),
        Value::Time(t) => time_text(*t),
        Value::Pointer(p) => p.describe(),
        Value::Array(a) => a.borrow().current.to_string(),
        _ => {
            let mut s = String::new();
            let _ = write!(s, "{}", super::json::stringify(v, false));
            s
        }
    }
}

/// Makes room for `len` elements in `v` (a `resize` to come), asking the
/// kernel to back a large vector with huge pages (2 MiB instead of 4 KiB:
/// 40 page faults instead of 20,000 for 80 MB of values).
pub fn reserve_on_huge_pages<T>(v: &mut Vec<T>, len: usize) {
    let Some(more) = len.checked_sub(v.len()).filter(|&n| n > 0) else {
        return;
    };
    v.reserve_exact(more);
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    {
        const HUGE: usize = 2 << 20;
        let start = v.as_ptr() as usize;
        let end = start + v.capacity() * std::mem::size_of::<T>();
        let (a, b) = (start.div_ceil(HUGE) * HUGE, end / HUGE * HUGE);
        if b > a {
            // SAFETY: the range lies inside the vector's allocation; the
            // advice changes how pages are backed, never their contents.
            unsafe {
                libc::madvise(a as *mut libc::c_void, b - a, libc::MADV_HUGEPAGE);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The evaluator returns `RtResult<Value>` from every node: both must
    /// stay two machine words so that they travel in registers.
    #[test]
    fn values_and_results_are_two_words() {
        assert_eq!(std::mem::size_of::<Value>(), 16);
        assert_eq!(std::mem::size_of::<super::super::error::RtResult<Value>>(), 16);
    }
}
