//! Date and time commands (theme Date and Time).

use super::Builtin;

pub static BUILTINS: &[Builtin] = &[];
