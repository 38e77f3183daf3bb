//! Classes: user classes (`cs.Name`, from `Classes/Name.4dm`) and the
//! built-in ones (`4D.File`, `4D.Signal`…): their functions, computed
//! properties, superclass chain, and singleton instances.

use std::sync::Arc;

use parking_lot::Mutex;
use rustc_hash::FxHashMap;

use super::shared::SharedValue;
use crate::sema::ir::{Code, VarType};

pub type ClassRef = Arc<ClassDef>;

/// The built-in classes fourd knows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BuiltinClass {
    Object,
    Collection,
    Function,
    File,
    Folder,
    Signal,
    Session,
    Class,
    Blob,
}

impl BuiltinClass {
    pub fn name(self) -> &'static str {
        match self {
            BuiltinClass::Object => "Object",
            BuiltinClass::Collection => "Collection",
            BuiltinClass::Function => "Function",
            BuiltinClass::File => "File",
            BuiltinClass::Folder => "Folder",
            BuiltinClass::Signal => "Signal",
            BuiltinClass::Session => "Session",
            BuiltinClass::Class => "Class",
            BuiltinClass::Blob => "Blob",
        }
    }

    pub const ALL: &'static [BuiltinClass] = &[
        BuiltinClass::Object,
        BuiltinClass::Collection,
        BuiltinClass::Function,
        BuiltinClass::File,
        BuiltinClass::Folder,
        BuiltinClass::Signal,
        BuiltinClass::Session,
        BuiltinClass::Class,
        BuiltinClass::Blob,
    ];
}

/// The built-in class objects, one set for the whole process (they hold
/// nothing program-specific): values such as blob objects can then be made
/// where no program is at hand, e.g. when a scalar BLOB is stored in an object.
static BUILTIN_CLASSES: std::sync::LazyLock<Vec<ClassRef>> = std::sync::LazyLock::new(|| {
    let object = Arc::new(ClassDef::builtin(BuiltinClass::Object, None));
    BuiltinClass::ALL
        .iter()
        .map(|kind| {
            if *kind == BuiltinClass::Object {
                object.clone()
            } else {
                Arc::new(ClassDef::builtin(*kind, Some(object.clone())))
            }
        })
        .collect()
});

/// The class object of a built-in class (`4D.Blob`…).
pub fn builtin_class(kind: BuiltinClass) -> ClassRef {
    match BUILTIN_CLASSES.iter().find(|c| c.builtin == Some(kind)) {
        Some(c) => c.clone(),
        None => Arc::new(ClassDef::builtin(kind, None)),
    }
}

/// A declared property (`property name : Type := value`).
#[derive(Debug)]
pub struct PropertyDecl {
    pub name: String,
    pub ty: Option<VarType>,
}

#[derive(Debug, Default)]
pub struct ClassDef {
    pub name: String,
    pub superclass: Option<ClassRef>,
    /// The superclass `Class extends` names when the project has no such
    /// class (a component's): instantiating the class is an error.
    pub missing_superclass: Option<String>,
    pub builtin: Option<BuiltinClass>,
    pub constructor: Option<Arc<Code>>,
    pub functions: FxHashMap<String, Arc<Code>>,
    pub getters: FxHashMap<String, Arc<Code>>,
    pub setters: FxHashMap<String, Arc<Code>>,
    /// Functions declared `shared` (run inside `Use(This)`).
    pub shared_functions: Vec<String>,
    pub properties: Vec<PropertyDecl>,
    /// Initializes declared properties with values (`This` is the new instance).
    pub initializer: Option<Arc<Code>>,
    pub shared: bool,
    pub singleton: bool,
    pub session_singleton: bool,
    /// The instance of a shared or session singleton.
    pub shared_instance: Mutex<Option<SharedValue>>,
}

impl ClassDef {
    pub fn builtin(kind: BuiltinClass, superclass: Option<ClassRef>) -> ClassDef {
        ClassDef {
            name: kind.name().to_string(),
            builtin: Some(kind),
            superclass,
            ..ClassDef::default()
        }
    }

    pub fn is_four_d(&self) -> bool {
        self.builtin.is_some()
    }

    /// A function, searched up the superclass chain.
    pub fn function(&self, name: &str) -> Option<Arc<Code>> {
        let mut c = Some(self);
        while let Some(class) = c {
            if let Some(f) = class.functions.get(name) {
                return Some(f.clone());
            }
            c = class.superclass.as_deref();
        }
        None
    }

    pub fn getter(&self, name: &str) -> Option<Arc<Code>> {
        let mut c = Some(self);
        while let Some(class) = c {
            if let Some(f) = class.getters.get(name) {
                return Some(f.clone());
            }
            c = class.superclass.as_deref();
        }
        None
    }

    pub fn setter(&self, name: &str) -> Option<Arc<Code>> {
        let mut c = Some(self);
        while let Some(class) = c {
            if let Some(f) = class.setters.get(name) {
                return Some(f.clone());
            }
            c = class.superclass.as_deref();
        }
        None
    }

    pub fn has_accessor(&self, name: &str) -> bool {
        self.getter(name).is_some() || self.setter(name).is_some()
    }

    pub fn is_shared_function(&self, name: &str) -> bool {
        let mut c = Some(self);
        while let Some(class) = c {
            if class.functions.contains_key(name) {
                return class.shared_functions.iter().any(|f| f == name);
            }
            c = class.superclass.as_deref();
        }
        false
    }

    /// True when this class is `other` or inherits from it.
    pub fn inherits(&self, other: &ClassDef) -> bool {
        let mut c = Some(self);
        while let Some(class) = c {
            if std::ptr::eq(class, other) || (class.name == other.name && class.builtin == other.builtin) {
                return true;
            }
            c = class.superclass.as_deref();
        }
        false
    }
}
