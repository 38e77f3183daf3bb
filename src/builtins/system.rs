//! Environment and application: Get system info, Application version,
//! Command name, Get 4D folder, Temporary folder…

use super::Builtin;

pub static BUILTINS: &[Builtin] = &[];
