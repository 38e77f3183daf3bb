//! Object and JSON commands (themes Objects (Language), JSON).

use super::Builtin;

pub static BUILTINS: &[Builtin] = &[];
