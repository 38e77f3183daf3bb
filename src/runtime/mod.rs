//! Running resolved code: values, objects, shared objects, the interpreter
//! of each process, processes and workers (and reading/writing each other's
//! process variables), sessions.

pub mod access;
pub mod blob;
pub mod class;
pub mod date;
pub mod error;
pub mod eval;
pub mod exec;
pub mod formula;
pub mod interp;
pub mod json;
pub mod num;
pub mod object;
pub mod ops;
pub mod pointer;
pub mod process;
pub mod procvars;
pub mod program;
pub mod report;
pub mod rt;
pub mod sendable;
pub mod session;
pub mod shared;
pub mod text;
pub mod value;
