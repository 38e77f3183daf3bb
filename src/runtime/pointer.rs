//! Pointers: to local, process and interprocess variables, array elements,
//! tables and fields. Equality compares targets.

use std::cell::RefCell;
use std::rc::Rc;

use super::object::Array;
use super::text::Text;

#[derive(Debug)]
pub enum Pointer {
    /// A nil pointer (a declared, unassigned Pointer).
    Nil,
    /// A local variable of one call (`frame` is the call's unique id).
    Local {
        frame: u64,
        slot: u32,
        name: Text,
    },
    Process {
        index: u32,
        name: Text,
    },
    Interprocess {
        index: u32,
        name: Text,
    },
    /// An array element (`->arr{2}`); in a 2D array (`->arr{1}{5}`),
    /// `array` is the row and `row` its number (0 for a 1D array).
    Element {
        array: Rc<RefCell<Array>>,
        index: i32,
        name: Text,
        row: i32,
    },
    /// `->[Table]` / `->[Table]Field` (no database: dereferencing is an error).
    Table(Text),
}

impl Pointer {
    pub fn is_nil(&self) -> bool {
        matches!(self, Pointer::Nil)
    }

    /// `RESOLVE POINTER` name of the target.
    pub fn name(&self) -> String {
        match self {
            Pointer::Nil => String::new(),
            Pointer::Local { name, .. } => format!("${name}"),
            Pointer::Process { name, .. } => name.to_string(),
            Pointer::Interprocess { name, .. } => format!("<>{name}"),
            Pointer::Element { name, .. } => name.to_string(),
            Pointer::Table(t) => t.to_string(),
        }
    }

    pub fn describe(&self) -> String {
        match self {
            Pointer::Nil => "->nil".into(),
            Pointer::Element { index, row: 0, .. } => format!("->{}{{{index}}}", self.name()),
            Pointer::Element { index, row, .. } => format!("->{}{{{row}}}{{{index}}}", self.name()),
            _ => format!("->{}", self.name()),
        }
    }

    pub fn same_target(&self, other: &Pointer) -> bool {
        match (self, other) {
            (Pointer::Nil, Pointer::Nil) => true,
            (Pointer::Local { frame: a, slot: b, .. }, Pointer::Local { frame: c, slot: d, .. }) => a == c && b == d,
            (Pointer::Process { index: a, .. }, Pointer::Process { index: b, .. }) => a == b,
            (Pointer::Interprocess { index: a, .. }, Pointer::Interprocess { index: b, .. }) => a == b,
            (Pointer::Element { array: a, index: i, .. }, Pointer::Element { array: b, index: j, .. }) => {
                Rc::ptr_eq(a, b) && i == j
            }
            (Pointer::Table(a), Pointer::Table(b)) => a.as_str().eq_ignore_ascii_case(b.as_str()),
            _ => false,
        }
    }
}
