//! Ids, digests and encodings: Generate UUID, Generate digest, BASE64
//! ENCODE/DECODE, Get environment variable…

use super::Builtin;

pub static BUILTINS: &[Builtin] = &[];
