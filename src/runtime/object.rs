//! Process-local objects (ordered, case-sensitive properties, optional class),
//! collections (0-based, growing with nulls) and arrays (typed, 1-based with
//! an element 0 and a current element).

use std::cell::OnceCell;
use std::path::PathBuf;

use rustc_hash::FxHashMap;

use super::class::ClassRef;
use super::text::Text;
use super::value::{Value, ty};

/// Property names: case-sensitive text.
pub type Key = Text;

/// Objects with more properties than this get a hash index.
const INDEX_AFTER: usize = 12;

/// An ordered property map: linear search for small objects (most of them),
/// with a hash index for large ones. `V` is `Value` for local objects and
/// `SharedValue` for shared ones.
#[derive(Clone, Debug)]
pub struct Props<V = Value> {
    items: Vec<(Key, V)>,
    index: Option<Box<FxHashMap<Key, usize>>>,
}

impl<V> Default for Props<V> {
    fn default() -> Props<V> {
        Props {
            items: Vec::new(),
            index: None,
        }
    }
}

impl std::hash::Hash for Text {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.as_str().hash(state)
    }
}

impl Eq for Text {}

/// Index lookups by `&str` (the hash of a `Text` is the hash of its `str`).
impl std::borrow::Borrow<str> for Text {
    fn borrow(&self) -> &str {
        self.as_str()
    }
}

impl<V> Props<V> {
    pub fn with_capacity(n: usize) -> Props<V> {
        Props {
            items: Vec::with_capacity(n),
            index: None,
        }
    }

    pub fn len(&self) -> usize {
        self.items.len()
    }

    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    fn position(&self, key: &str) -> Option<usize> {
        if let Some(index) = &self.index {
            return index.get(key).copied();
        }
        self.items.iter().position(|(k, _)| k.as_str() == key)
    }

    pub fn get(&self, key: &str) -> Option<&V> {
        self.position(key).and_then(|i| self.items.get(i)).map(|(_, v)| v)
    }

    pub fn get_mut(&mut self, key: &str) -> Option<&mut V> {
        let i = self.position(key)?;
        self.items.get_mut(i).map(|(_, v)| v)
    }

    pub fn contains(&self, key: &str) -> bool {
        self.position(key).is_some()
    }

    /// Sets a property: in place when it exists, else added last. Inlined
    /// so that a value built by the caller is written straight into its
    /// place (moved through a call, a value just built is copied with a wide
    /// load that stalls on the narrow stores that built it).
    #[inline]
    pub fn set(&mut self, key: Key, value: V) {
        if let Some(i) = self.position(key.as_str())
            && let Some(slot) = self.items.get_mut(i)
        {
            slot.1 = value;
            return;
        }
        if self.index.is_some() || self.items.len() >= INDEX_AFTER || self.items.len() == self.items.capacity() {
            return self.add_slow(key, value);
        }
        self.items.push((key, value));
    }

    /// Adds a property when the vector grows or the index is involved.
    #[inline(never)]
    fn add_slow(&mut self, key: Key, value: V) {
        if let Some(index) = &mut self.index {
            index.insert(key.clone(), self.items.len());
        }
        self.items.push((key, value));
        if self.index.is_none() && self.items.len() > INDEX_AFTER {
            self.index = Some(Box::new(
                self.items
                    .iter()
                    .enumerate()
                    .map(|(i, (k, _))| (k.clone(), i))
                    .collect(),
            ));
        }
    }

    pub fn remove(&mut self, key: &str) -> Option<V> {
        let i = self.position(key)?;
        if i >= self.items.len() {
            return None;
        }
        let (_, v) = self.items.remove(i);
        if self.index.is_some() {
            self.index = Some(Box::new(
                self.items
                    .iter()
                    .enumerate()
                    .map(|(i, (k, _))| (k.clone(), i))
                    .collect(),
            ));
        }
        Some(v)
    }

    pub fn iter(&self) -> impl Iterator<Item = (&Key, &V)> {
        self.items.iter().map(|(k, v)| (k, v))
    }

    pub fn keys(&self) -> impl Iterator<Item = &Key> {
        self.items.iter().map(|(k, _)| k)
    }

    pub fn clear(&mut self) {
        self.items.clear();
        self.index = None;
    }
}

/// Data a built-in class keeps in its instances.
#[derive(Clone, Debug, Default)]
pub enum Native {
    #[default]
    None,
    /// `4D.File` / `4D.Folder`: the POSIX path (folders end with `/`).
    Path(Box<PathBuf>),
    /// `4D.Session`: its id.
    Session(Text),
    /// `4D.Blob`: its bytes.
    Blob(super::blob::BlobBytes),
}

/// A local (non-shared) object.
#[derive(Clone, Debug, Default)]
pub struct Object {
    pub class: Option<ClassRef>,
    pub props: Props,
    /// Boxed: most objects have none, and an object stays 48 bytes.
    native: Option<Box<Native>>,
}

impl Object {
    pub fn new() -> Object {
        Object::default()
    }

    /// What a 4D.File, 4D.Folder, 4D.Session or 4D.Blob holds; `None` for
    /// other objects.
    pub fn native(&self) -> &Native {
        self.native.as_deref().unwrap_or(&Native::None)
    }

    pub fn set_native(&mut self, native: Native) {
        self.native = match native {
            Native::None => None,
            n => Some(Box::new(n)),
        };
    }

    /// An object with room for `n` properties.
    pub fn with_capacity(n: usize) -> Object {
        Object {
            props: Props::with_capacity(n),
            ..Object::default()
        }
    }

    pub fn with_class(class: ClassRef) -> Object {
        Object {
            class: Some(class),
            ..Object::default()
        }
    }

    pub fn is_empty(&self) -> bool {
        self.props.is_empty()
    }

    pub fn get(&self, key: &str) -> Option<&Value> {
        self.props.get(key)
    }

    pub fn set(&mut self, key: impl Into<Key>, value: Value) {
        self.props.set(key.into(), value);
    }
}

/// A local collection.
///
/// Its elements are values, except in a collection sized by `resize` with a
/// Boolean or a number and since given only values of that type: it keeps
/// them packed, one byte a Boolean and eight bytes a number instead of a
/// 16-byte value (a 5-million-element sieve takes 5 MB, not 80). Elements
/// are read and written packed; code that needs the values as a slice
/// (`values`) gets a copy built once, and code that changes them otherwise
/// (`values_mut`) unpacks the collection for good. So does any change once
/// that copy exists: it becomes the elements (a loop that changes an element
/// then calls `indexOf` does not build a copy of the whole each round).
#[derive(Clone, Debug)]
pub struct Collection {
    repr: Repr,
}

#[derive(Clone, Debug)]
enum Repr {
    Values(Vec<Value>),
    /// The packed elements and, once read as a slice, their values (which
    /// become the elements at the next change). Boxed: a collection stays
    /// 24 bytes.
    Packed(Box<(Packed, OnceCell<Vec<Value>>)>),
}

#[derive(Clone, Debug)]
enum Packed {
    Bools(Vec<bool>),
    Reals(Vec<f64>),
}

impl Packed {
    fn len(&self) -> usize {
        match self {
            Packed::Bools(v) => v.len(),
            Packed::Reals(v) => v.len(),
        }
    }

    fn get(&self, i: usize) -> Option<Value> {
        match self {
            Packed::Bools(v) => v.get(i).map(|&b| Value::Bool(b)),
            Packed::Reals(v) => v.get(i).map(|&r| Value::Real(r)),
        }
    }

    /// Writes `v` at `i` when it is an element of the packed type; false
    /// otherwise (another type, or past the end).
    fn set(&mut self, i: usize, v: &Value) -> bool {
        match (self, v) {
            (Packed::Bools(items), Value::Bool(b)) => items.get_mut(i).map(|slot| *slot = *b).is_some(),
            (Packed::Reals(items), Value::Real(r)) => items.get_mut(i).map(|slot| *slot = *r).is_some(),
            _ => false,
        }
    }

    /// Resizes with `fill` when it is of the packed type; false otherwise.
    fn resize(&mut self, size: usize, fill: &Value) -> bool {
        use super::value::reserve_on_huge_pages;
        match (self, fill) {
            (Packed::Bools(items), Value::Bool(b)) => {
                reserve_on_huge_pages(items, size);
                items.resize(size, *b);
            }
            (Packed::Reals(items), Value::Real(r)) => {
                reserve_on_huge_pages(items, size);
                items.resize(size, *r);
            }
            _ => return false,
        }
        true
    }

    fn values(&self) -> Vec<Value> {
        match self {
            Packed::Bools(v) => v.iter().map(|&b| Value::Bool(b)).collect(),
            Packed::Reals(v) => v.iter().map(|&r| Value::Real(r)).collect(),
        }
    }
}

impl Default for Collection {
    fn default() -> Collection {
        Collection::from(Vec::new())
    }
}

impl From<Vec<Value>> for Collection {
    fn from(items: Vec<Value>) -> Collection {
        Collection {
            repr: Repr::Values(items),
        }
    }
}

impl Collection {
    pub fn len(&self) -> usize {
        match &self.repr {
            Repr::Values(v) => v.len(),
            Repr::Packed(b) => b.0.len(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The elements as values.
    pub fn values(&self) -> &Vec<Value> {
        match &self.repr {
            Repr::Values(v) => v,
            Repr::Packed(b) => b.1.get_or_init(|| b.0.values()),
        }
    }

    /// A copy of the elements as values. A packed collection builds it
    /// without keeping a copy of its own (as `values` would).
    pub fn to_vec(&self) -> Vec<Value> {
        match &self.repr {
            Repr::Values(v) => v.clone(),
            Repr::Packed(b) => b.1.get().cloned().unwrap_or_else(|| b.0.values()),
        }
    }

    /// Replaces every element; a packed collection is not unpacked first.
    pub fn set_values(&mut self, items: Vec<Value>) {
        self.repr = Repr::Values(items);
    }

    /// The elements as values, to change: a packed collection is unpacked.
    #[inline]
    pub fn values_mut(&mut self) -> &mut Vec<Value> {
        if let Repr::Packed(..) = self.repr {
            self.unpack();
        }
        match &mut self.repr {
            Repr::Values(v) => v,
            Repr::Packed(..) => unreachable!("unpacked above"),
        }
    }

    #[cold]
    fn unpack(&mut self) {
        if let Repr::Packed(b) = &mut self.repr {
            let (p, view) = &mut **b;
            let items = view.take().unwrap_or_else(|| p.values());
            self.repr = Repr::Values(items);
        }
    }

    /// Element `i`, or None past the end.
    #[inline]
    pub fn element(&self, i: usize) -> Option<Value> {
        match &self.repr {
            Repr::Values(v) => v.get(i).cloned(),
            Repr::Packed(b) => b.0.get(i),
        }
    }

    /// Calls `f` with element `i` (None past the end), read in place.
    #[inline]
    pub fn with_element<R>(&self, i: usize, f: impl FnOnce(Option<&Value>) -> R) -> R {
        match &self.repr {
            Repr::Values(v) => f(v.get(i)),
            Repr::Packed(b) => f(b.0.get(i).as_ref()),
        }
    }

    /// Element `i`; undefined past the end or for negative indexes.
    pub fn get(&self, i: i64) -> Value {
        if i < 0 {
            return Value::Undefined;
        }
        self.element(i as usize).unwrap_or(Value::Undefined)
    }

    /// Sets element `i`, growing the collection with nulls.
    #[inline]
    pub fn set(&mut self, i: usize, v: Value) {
        if let Repr::Values(items) = &mut self.repr
            && let Some(slot) = items.get_mut(i)
        {
            if slot.is_plain() {
                // A plain value is written over: no call to drop it.
                std::mem::forget(std::mem::replace(slot, v));
            } else {
                *slot = v;
            }
            return;
        }
        self.set_other(i, v)
    }

    /// `set` into a packed collection, or past the end.
    #[inline(never)]
    fn set_other(&mut self, i: usize, v: Value) {
        if let Repr::Packed(b) = &mut self.repr
            && b.1.get().is_none()
            && b.0.set(i, &v)
        {
            // Stored packed: a Boolean or a Real owns nothing to drop.
            std::mem::forget(v);
            return;
        }
        self.grow_and_set(i, v)
    }

    #[cold]
    fn grow_and_set(&mut self, i: usize, v: Value) {
        let items = self.values_mut();
        match items.get_mut(i) {
            Some(slot) => *slot = v,
            None => {
                items.resize(i, Value::Null);
                items.push(v);
            }
        }
    }

    /// `resize`: a collection sized with a Boolean or a number from empty
    /// (or packed with the same type) is packed.
    pub fn resize(&mut self, size: usize, fill: Value) {
        if let Repr::Packed(b) = &mut self.repr
            && b.1.get().is_none()
            && b.0.resize(size, &fill)
        {
            return;
        }
        if matches!(&self.repr, Repr::Values(v) if v.is_empty()) {
            let packed = match fill {
                Value::Bool(_) => Some(Packed::Bools(Vec::new())),
                Value::Real(_) => Some(Packed::Reals(Vec::new())),
                _ => None,
            };
            if let Some(mut p) = packed {
                p.resize(size, &fill);
                self.repr = Repr::Packed(Box::new((p, OnceCell::new())));
                return;
            }
        }
        let items = self.values_mut();
        super::value::reserve_on_huge_pages(items, size);
        items.resize(size, fill);
    }
}

/// The element type of an array.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ArrayKind {
    Text,
    Longint,
    Integer,
    Real,
    Boolean,
    Date,
    Time,
    Object,
    Pointer,
    Picture,
    Blob,
}

impl ArrayKind {
    /// The empty value of an element.
    pub fn default_value(self) -> Value {
        match self {
            ArrayKind::Text => Value::Text(Text::default()),
            ArrayKind::Longint | ArrayKind::Integer => Value::Int(0),
            ArrayKind::Real => Value::Real(0.0),
            ArrayKind::Boolean => Value::Bool(false),
            ArrayKind::Date => Value::Date(super::date::Date::NULL),
            ArrayKind::Time => Value::Time(0),
            ArrayKind::Object => Value::Null,
            ArrayKind::Pointer => Value::Pointer(std::rc::Rc::new(super::pointer::Pointer::Nil)),
            ArrayKind::Picture => Value::Picture(Default::default()),
            ArrayKind::Blob => Value::Blob(Default::default()),
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            ArrayKind::Text => "ARRAY TEXT",
            ArrayKind::Longint => "ARRAY LONGINT",
            ArrayKind::Integer => "ARRAY INTEGER",
            ArrayKind::Real => "ARRAY REAL",
            ArrayKind::Boolean => "ARRAY BOOLEAN",
            ArrayKind::Date => "ARRAY DATE",
            ArrayKind::Time => "ARRAY TIME",
            ArrayKind::Object => "ARRAY OBJECT",
            ArrayKind::Pointer => "ARRAY POINTER",
            ArrayKind::Picture => "ARRAY PICTURE",
            ArrayKind::Blob => "ARRAY BLOB",
        }
    }
}

/// A 4D array: `items[0]` is element 0; `current` is the selected element.
#[derive(Clone, Debug)]
pub struct Array {
    pub kind: ArrayKind,
    pub items: Vec<Value>,
    pub current: i32,
}

impl Array {
    pub fn new(kind: ArrayKind, size: usize) -> Array {
        Array {
            kind,
            items: vec![kind.default_value(); size + 1],
            current: 0,
        }
    }

    /// Number of elements (element 0 not counted).
    pub fn size(&self) -> usize {
        self.items.len().saturating_sub(1)
    }

    pub fn resize(&mut self, size: usize) {
        let kind = self.kind;
        super::value::reserve_on_huge_pages(&mut self.items, size + 1);
        self.items.resize(size + 1, kind.default_value());
        if self.current as usize > size {
            self.current = 0;
        }
    }

    pub fn type_code(&self) -> i32 {
        // A 2D array: its elements (after element zero) are arrays.
        if matches!(self.items.get(1), Some(Value::Array(_))) {
            return ty::ARRAY_2D;
        }
        match self.kind {
            ArrayKind::Text => ty::ARRAY_TEXT,
            ArrayKind::Longint => ty::ARRAY_LONGINT,
            ArrayKind::Integer => ty::ARRAY_INTEGER,
            ArrayKind::Real => ty::ARRAY_REAL,
            ArrayKind::Boolean => ty::ARRAY_BOOLEAN,
            ArrayKind::Date => ty::ARRAY_DATE,
            ArrayKind::Time => ty::ARRAY_TIME,
            ArrayKind::Object => ty::ARRAY_OBJECT,
            ArrayKind::Pointer => ty::ARRAY_POINTER,
            ArrayKind::Picture => ty::ARRAY_PICTURE,
            ArrayKind::Blob => ty::ARRAY_BLOB,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn packed(c: &Collection) -> bool {
        matches!(c.repr, Repr::Packed(..))
    }

    #[test]
    fn resize_with_a_boolean_or_a_number_packs_until_another_type_comes() {
        let mut c = Collection::default();
        c.resize(1000, Value::Bool(true));
        assert!(packed(&c));
        c.set(3, Value::Bool(false));
        assert!(packed(&c));
        assert!(matches!(c.get(3), Value::Bool(false)));
        assert!(matches!(c.get(1000), Value::Undefined));
        c.set(4, Value::Real(1.0));
        assert!(!packed(&c));
        assert_eq!(c.len(), 1000);
        assert!(matches!(c.get(3), Value::Bool(false)));
        assert!(matches!(c.get(4), Value::Real(r) if r == 1.0));

        let mut n = Collection::default();
        n.resize(10, Value::Real(0.5));
        assert!(packed(&n));
        n.set(12, Value::Real(2.0));
        assert!(!packed(&n), "past the end grows with nulls");
        assert!(matches!(n.get(11), Value::Null));
    }

    /// Packing costs nothing to the collections that are not packed.
    #[test]
    fn a_collection_is_the_size_of_its_vector() {
        assert_eq!(std::mem::size_of::<Collection>(), std::mem::size_of::<Vec<Value>>());
    }

    /// A native part (file, session, blob) costs nothing to other objects.
    #[test]
    fn an_object_is_its_class_its_properties_and_one_pointer() {
        let parts = std::mem::size_of::<Option<ClassRef>>() + std::mem::size_of::<Props>() + 8;
        assert_eq!(std::mem::size_of::<Object>(), parts);
        let mut o = Object::new();
        assert!(matches!(o.native(), Native::None));
        o.set_native(Native::Session(Text::from("id")));
        assert!(matches!(o.native(), Native::Session(s) if s.as_str() == "id"));
        o.set_native(Native::None);
        assert!(o.native.is_none());
    }

    /// A copy taken or every element replaced: no unpacking on the way.
    #[test]
    fn copies_and_replacements_of_a_packed_collection_keep_no_copy() {
        let mut c = Collection::default();
        c.resize(3, Value::Real(1.5));
        let copy = c.to_vec();
        assert!(matches!(copy.get(2), Some(Value::Real(r)) if *r == 1.5));
        c.set(0, Value::Real(2.0));
        assert!(packed(&c), "to_vec keeps no copy that a change would adopt");
        c.set_values(vec![Value::Null]);
        assert!(!packed(&c));
        assert_eq!(c.len(), 1);
    }

    /// Read whole, then changed: the copy read becomes the elements.
    #[test]
    fn a_packed_collection_read_whole_then_changed_is_unpacked() {
        let mut c = Collection::default();
        c.resize(3, Value::Bool(false));
        c.set(0, Value::Bool(true));
        assert!(packed(&c), "changed before any reading: still packed");
        assert!(matches!(c.values().get(1), Some(Value::Bool(false))));
        c.set(1, Value::Bool(true));
        assert!(!packed(&c));
        assert!(matches!(c.values().get(1), Some(Value::Bool(true))));
        assert!(matches!(c.get(0), Value::Bool(true)));

        let mut d = Collection::default();
        d.resize(2, Value::Real(1.0));
        assert_eq!(d.values().len(), 2);
        d.resize(4, Value::Real(2.0));
        assert!(!packed(&d));
        assert!(matches!(d.get(3), Value::Real(r) if r == 2.0));
        d.values_mut().push(Value::Null);
        assert_eq!(d.len(), 5);
    }
}
