//! Process-local objects (ordered, case-sensitive properties, optional class),
//! collections (0-based, growing with nulls) and arrays (typed, 1-based with
//! an element 0 and a current element).

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
    pub native: Native,
}

impl Object {
    pub fn new() -> Object {
        Object::default()
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
#[derive(Clone, Debug, Default)]
pub struct Collection {
    pub items: Vec<Value>,
}

impl From<Vec<Value>> for Collection {
    fn from(items: Vec<Value>) -> Collection {
        Collection { items }
    }
}

impl Collection {
    pub fn len(&self) -> usize {
        self.items.len()
    }

    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    /// Element `i`; undefined past the end or for negative indexes.
    pub fn get(&self, i: i64) -> Value {
        if i < 0 {
            return Value::Undefined;
        }
        self.items.get(i as usize).cloned().unwrap_or(Value::Undefined)
    }

    /// Sets element `i`, growing the collection with nulls.
    #[inline]
    pub fn set(&mut self, i: usize, v: Value) {
        match self.items.get_mut(i) {
            // A plain value is written over: no call to drop it.
            Some(slot) if slot.is_plain() => std::mem::forget(std::mem::replace(slot, v)),
            Some(slot) => *slot = v,
            None => self.grow_and_set(i, v),
        }
    }

    #[cold]
    fn grow_and_set(&mut self, i: usize, v: Value) {
        self.items.resize(i, Value::Null);
        self.items.push(v);
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
