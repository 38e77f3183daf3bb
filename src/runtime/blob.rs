//! Blob objects (`4D.Blob`, BlobClass.md): immutable bytes, shared between
//! references, processes and shared objects without copying; `.slice()`
//! references a range of the same bytes. Also the automatic conversions
//! between scalar BLOBs and blob objects (dt_blob.md "Automatic conversion
//! of blob type") and the byte view the BLOB commands read either through.

use std::ops::Deref;
use std::rc::Rc;
use std::sync::Arc;

use super::class::{BuiltinClass, builtin_class};
use super::object::{Native, Object};
use super::value::Value;

/// The bytes of a `4D.Blob`: a range of an immutable, thread-safe buffer,
/// behind one pointer so that values holding it stay small.
#[derive(Clone, Debug, Default)]
pub struct BlobBytes(Arc<Range>);

#[derive(Debug, Default)]
struct Range {
    buf: Arc<Vec<u8>>,
    start: usize,
    end: usize,
}

impl BlobBytes {
    pub fn new(bytes: Vec<u8>) -> BlobBytes {
        let end = bytes.len();
        BlobBytes(Arc::new(Range {
            buf: Arc::new(bytes),
            start: 0,
            end,
        }))
    }

    pub fn as_slice(&self) -> &[u8] {
        self.0.buf.get(self.0.start..self.0.end).unwrap_or_default()
    }

    /// `.slice(start; end)` (BlobClass.md): negative indexes count from the
    /// end, both are clamped to the blob, and an empty range gives an empty
    /// blob. The result references the same bytes.
    pub fn slice(&self, start: Option<f64>, end: Option<f64>) -> BlobBytes {
        let len = self.0.end - self.0.start;
        let at = |n: Option<f64>, default: usize| -> usize {
            match n {
                None => default,
                Some(n) if n.is_nan() => 0,
                Some(n) if n < 0.0 => len.saturating_sub((-n.trunc()).min(len as f64) as usize),
                Some(n) => (n.trunc().min(len as f64)) as usize,
            }
        };
        let from = at(start, 0);
        let to = at(end, len).max(from);
        BlobBytes(Arc::new(Range {
            buf: self.0.buf.clone(),
            start: self.0.start + from,
            end: self.0.start + to,
        }))
    }
}

impl Deref for BlobBytes {
    type Target = [u8];

    fn deref(&self) -> &[u8] {
        self.as_slice()
    }
}

/// A new `4D.Blob` object holding `bytes`.
pub fn blob_object(bytes: BlobBytes) -> Value {
    let mut o = Object::with_class(builtin_class(BuiltinClass::Blob));
    o.set_native(Native::Blob(bytes));
    Value::new_object(o)
}

/// The bytes of a `4D.Blob` object (None for any other value).
pub fn blob_of(v: &Value) -> Option<BlobBytes> {
    match v {
        Value::Object(o) => match o.borrow().native() {
            Native::Blob(b) => Some(b.clone()),
            _ => None,
        },
        _ => None,
    }
}

pub fn is_blob_object(v: &Value) -> bool {
    matches!(v, Value::Object(o) if matches!(o.borrow().native(), Native::Blob(_)))
}

/// A scalar BLOB boxed in a new `4D.Blob` (a copy: the scalar BLOB stays alterable).
pub fn boxed(bytes: &[u8]) -> Value {
    blob_object(BlobBytes::new(bytes.to_vec()))
}

/// The largest scalar BLOB (dt_blob.md: "up to 2147483647 bytes").
const MAX_SCALAR: usize = i32::MAX as usize;

/// A `4D.Blob`'s bytes as a new scalar BLOB: empty when the 4D.Blob is
/// larger than a scalar BLOB can be (dt_blob.md, "Automatic conversion of
/// blob type": "the resulting scalar blob is empty").
pub fn unboxed(bytes: &BlobBytes) -> Value {
    if bytes.len() > MAX_SCALAR {
        return Value::Blob(Rc::default());
    }
    Value::Blob(Rc::new(bytes.as_slice().to_vec()))
}

/// The bytes of a scalar BLOB or a `4D.Blob`, read without copying.
#[derive(Clone, Debug)]
pub enum BlobView {
    Scalar(Rc<Vec<u8>>),
    Object(BlobBytes),
}

impl BlobView {
    /// The bytes `v` holds (None: neither kind of blob).
    pub fn of(v: &Value) -> Option<BlobView> {
        match v {
            Value::Blob(b) => Some(BlobView::Scalar(b.clone())),
            _ => blob_of(v).map(BlobView::Object),
        }
    }

    pub fn is_object(&self) -> bool {
        matches!(self, BlobView::Object(_))
    }
}

impl Default for BlobView {
    fn default() -> BlobView {
        BlobView::Scalar(Rc::default())
    }
}

impl Deref for BlobView {
    type Target = [u8];

    fn deref(&self) -> &[u8] {
        match self {
            BlobView::Scalar(b) => b.as_slice(),
            BlobView::Object(b) => b.as_slice(),
        }
    }
}

/// New bytes in the kind of blob `like` holds: a `4D.Blob` for a blob
/// object, else a scalar BLOB. Commands that replace a whole BLOB (CONVERT
/// FROM TEXT, DOCUMENT TO BLOB…) keep a variable holding a `4D.Blob` one.
pub fn blob_like(like: &Value, bytes: Vec<u8>) -> Value {
    if is_blob_object(like) {
        blob_object(BlobBytes::new(bytes))
    } else {
        Value::Blob(Rc::new(bytes))
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]
mod tests {
    use super::*;

    fn bytes(b: &BlobBytes) -> Vec<u8> {
        b.as_slice().to_vec()
    }

    #[test]
    fn slices_follow_blob_class_rules() {
        let b = BlobBytes::new(b"Hello, World!".to_vec());
        assert_eq!(bytes(&b.slice(Some(0.0), Some(5.0))), b"Hello");
        assert_eq!(bytes(&b.slice(None, None)), b"Hello, World!");
        assert_eq!(bytes(&b.slice(Some(-6.0), None)), b"World!");
        assert_eq!(bytes(&b.slice(Some(7.0), Some(-1.0))), b"World");
        assert_eq!(bytes(&b.slice(Some(100.0), None)), b"");
        assert_eq!(bytes(&b.slice(Some(-100.0), Some(2.0))), b"He");
        assert_eq!(bytes(&b.slice(Some(5.0), Some(2.0))), b"");
        assert_eq!(bytes(&b.slice(Some(f64::NAN), Some(f64::INFINITY))), b"Hello, World!");
        // A slice of a slice stays inside its parent's range.
        let s = b.slice(Some(7.0), None);
        assert_eq!(bytes(&s.slice(Some(1.0), Some(3.0))), b"or");
        assert_eq!(bytes(&s.slice(Some(-3.0), Some(100.0))), b"ld!");
    }

    #[test]
    fn values_stay_small() {
        // A blob in a shared value or an object's native data is one pointer.
        assert_eq!(std::mem::size_of::<BlobBytes>(), std::mem::size_of::<usize>());
        assert!(std::mem::size_of::<crate::runtime::shared::SharedValue>() <= 16);
    }
}
