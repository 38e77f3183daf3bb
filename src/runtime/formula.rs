//! `4D.Function` objects: formulas (code with the locals they captured) and
//! formulas that call a project method by name.

use std::sync::Arc;

use super::value::Value;
use crate::sema::ir::{FormulaCode, MethodId};

#[derive(Debug)]
pub enum FormulaKind {
    Code(Arc<FormulaCode>),
    /// `Formula(MyMethod)`: calls the method with the formula's arguments.
    Method(MethodId, String),
    /// A class function read as a value (`$p.hello`, FunctionClass.md):
    /// its code, the class that defines it, and its name.
    ClassFunction(Arc<super::super::sema::ir::Code>, super::class::ClassRef, String),
}

#[derive(Debug)]
pub struct Formula {
    pub kind: FormulaKind,
    /// Captured locals: (slot in the formula's frame, value at creation).
    pub captured: Vec<(u32, Value)>,
}

impl Formula {
    /// `.source`
    pub fn source(&self) -> String {
        match &self.kind {
            FormulaKind::Code(c) => c.text.clone(),
            FormulaKind::Method(_, name) | FormulaKind::ClassFunction(_, _, name) => name.clone(),
        }
    }
}
