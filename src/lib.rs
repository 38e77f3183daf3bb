//! fourd — an interpreter for the 4D language.
//!
//! Pipeline: text ─lex─▶ tokens ─parse─▶ AST ─resolve─▶ resolved method ─run─▶ effects.
//!
//! | module | owns |
//! |---|---|
//! | `source` | source files, byte spans, line numbers |
//! | `catalog` | every documented 4D command and constant (generated from `data/`) |
//! | `diagnostics` | the one diagnostic type and its rendering (ariadne) |
//! | `syntax` | tokens, lexer (logos), AST, parser (chumsky) |

pub mod catalog;
pub mod diagnostics;
pub mod source;
pub mod syntax;
