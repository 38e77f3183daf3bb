//! Math commands (theme Math).

use super::Builtin;

pub static BUILTINS: &[Builtin] = &[];
