//! Text to syntax tree: tokens, lexer, AST and parser.

pub mod ast;
pub mod lexer;
pub mod parser;
pub mod token;

pub use lexer::ProjectNames;
pub use parser::{FileKind, Parsed, parse, parse_formula};

/// Calls `f` with `name` in lowercase (4D names are case-insensitive),
/// without allocating for a name already in lowercase or a short ASCII one:
/// name lookups run for every name the resolver meets.
pub fn with_lowercase<R>(name: &str, f: impl FnOnce(&str) -> R) -> R {
    if !name.bytes().any(|b| b.is_ascii_uppercase() || !b.is_ascii()) {
        return f(name);
    }
    let mut buf = [0u8; 64];
    if name.is_ascii()
        && let Some(lower) = buf.get_mut(..name.len())
    {
        lower.copy_from_slice(name.as_bytes());
        lower.make_ascii_lowercase();
        if let Ok(lower) = std::str::from_utf8(lower) {
            return f(lower);
        }
    }
    f(&name.to_lowercase())
}

#[cfg(test)]
mod tests {
    #[test]
    fn with_lowercase_agrees_with_to_lowercase() {
        let long = "A".repeat(100);
        for name in ["item", "$myVar", "ÉTÉ", "$café", "x", "", long.as_str()] {
            super::with_lowercase(name, |l| assert_eq!(l, name.to_lowercase(), "{name}"));
        }
    }
}
