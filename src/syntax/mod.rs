//! Text to syntax tree: tokens, lexer, AST and parser.

pub mod ast;
pub mod lexer;
pub mod parser;
pub mod token;

pub use lexer::ProjectNames;
pub use parser::{FileKind, Parsed, parse, parse_formula};
