//! BLOB commands (theme BLOB).

use super::Builtin;

pub static BUILTINS: &[Builtin] = &[];
