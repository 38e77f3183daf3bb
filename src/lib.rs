//! fourd — an interpreter for the 4D language.
//!
//! Pipeline: text ─lex─▶ tokens ─parse─▶ AST ─resolve─▶ resolved code ─run─▶
//! effects. The lexer (logos) merges names written with spaces and binds
//! tokenized names; the parser (chumsky) reads one line at a time and a block
//! builder nests them; the resolver gives locals slots and binds commands,
//! constants and methods once; the evaluator walks the resolved tree, one
//! interpreter per process (OS thread), sharing the program and the runtime.
//!
//! | module | owns |
//! |---|---|
//! | `source` | source files, byte spans, line numbers |
//! | `catalog` | every documented 4D command and constant (generated from `data/`) |
//! | `diagnostics` | the one diagnostic type and its rendering (ariadne) |
//! | `syntax` | tokens, lexer, AST, parser |
//! | `sema` | the resolver and the resolved tree (`ir`) |
//! | `runtime` | values, objects, shared objects, interpreter, processes, sessions |
//! | `builtins` | the 4D commands and class functions, one file per theme |
//! | `runner` | loading a file or project and running it as tool4d would |
//! | `check` | `fourd check` |
//! | `cli`, `repl` | the `fourd` command (the only modules touching the terminal) |

pub mod builtins;
pub mod catalog;
pub mod check;
pub mod cli;
pub mod diagnostics;
pub mod repl;
pub mod runner;
pub mod runtime;
pub mod sema;
pub mod source;
pub mod syntax;
