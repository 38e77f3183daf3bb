//! The catalog of every documented 4D command and constant (generated at build
//! time from `data/*.tsv`), with case-insensitive name lookup. The lexer uses it
//! to read names with spaces; the resolver binds names and tokens to entries.

use std::sync::LazyLock;

use rustc_hash::FxHashMap;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ThreadSafe {
    Yes,
    No,
    Unknown,
}

#[derive(Debug)]
pub struct CommandInfo {
    /// The `nnn` of `Name:Cnnn`; 0 when no number is known.
    pub number: u32,
    pub name: &'static str,
    pub theme: &'static str,
    pub thread_safe: ThreadSafe,
    pub corpus_calls: u32,
    /// French, obsolete (`_O_`) and former names.
    pub other_names: &'static [&'static str],
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum ConstValue {
    Int(i64),
    Real(f64),
    Text(&'static str),
    /// A likely value the docs do not confirm (listed in the README).
    Guess(i64),
    Unknown,
}

#[derive(Debug)]
pub struct ConstantInfo {
    pub name: &'static str,
    /// `xx` of `Name:Kxx:yy`.
    pub theme: u32,
    /// `yy` of `Name:Kxx:yy` (not the value).
    pub id: u32,
    pub value: ConstValue,
    pub other_names: &'static [&'static str],
}

// The data tables quote values as the docs give them (Pi included).
#[allow(clippy::approx_constant)]
mod generated {
    use super::*;
    include!(concat!(env!("OUT_DIR"), "/catalog.rs"));
}
pub use generated::{COMMANDS, CONSTANTS};

/// Values the docs do not give but the interpreter needs. Each is an
/// unconfirmed decision, listed in the README's known differences; change them
/// here only.
pub const CONSTANT_OVERRIDES: &[(&str, ConstValue)] = &[
    ("ck resolve pointers", ConstValue::Int(1)),
    ("ck shared", ConstValue::Int(2)),
    ("ck keep null", ConstValue::Int(0)),
    ("ck ignore null or empty", ConstValue::Int(4)),
    ("ek local", ConstValue::Int(0)),
    ("ek global", ConstValue::Int(1)),
    ("ek errors from components", ConstValue::Int(2)),
    ("Processes and sessions", ConstValue::Int(0)),
    ("Processes only", ConstValue::Int(1)),
    ("Sessions only", ConstValue::Int(2)),
    ("sk diacritical", ConstValue::Int(0)),
    ("Folder separator", ConstValue::Text("/")),
    ("Tab", ConstValue::Int(9)),
    ("Carriage return", ConstValue::Int(13)),
    ("Line feed", ConstValue::Int(10)),
];

/// What a name in the catalog is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Entry {
    Command(u16),
    Constant(u16),
}

pub fn command(index: u16) -> Option<&'static CommandInfo> {
    COMMANDS.get(index as usize)
}

pub fn constant(index: u16) -> Option<&'static ConstantInfo> {
    CONSTANTS.get(index as usize)
}

/// The value of a constant, with the overrides applied.
pub fn constant_value(index: u16) -> ConstValue {
    let Some(info) = constant(index) else {
        return ConstValue::Unknown;
    };
    for (name, v) in CONSTANT_OVERRIDES {
        if name.eq_ignore_ascii_case(info.name) {
            return *v;
        }
    }
    info.value
}

struct Index {
    by_name: FxHashMap<String, Entry>,
    by_number: FxHashMap<u32, u16>,
    by_token: FxHashMap<(u32, u32), u16>,
    /// Lowercase word prefixes of multi-word names ("new", "new shared").
    prefixes: rustc_hash::FxHashSet<String>,
}

static INDEX: LazyLock<Index> = LazyLock::new(build_index);

fn build_index() -> Index {
    let mut by_name = FxHashMap::default();
    let mut by_number = FxHashMap::default();
    let mut by_token = FxHashMap::default();
    let mut prefixes = rustc_hash::FxHashSet::default();
    let mut add = |name: &str, entry: Entry, exact_first: bool| {
        let key = name.to_lowercase();
        let mut words: Vec<&str> = key.split(' ').collect();
        while words.len() > 1 {
            words.pop();
            prefixes.insert(words.join(" "));
        }
        if exact_first {
            by_name.insert(key, entry);
        } else {
            by_name.entry(key).or_insert(entry);
        }
    };
    // Current names first and win; other names (French, old) only fill gaps.
    for (i, c) in COMMANDS.iter().enumerate() {
        add(c.name, Entry::Command(i as u16), false);
        if c.number != 0 {
            by_number.entry(c.number).or_insert(i as u16);
        }
    }
    for (i, c) in CONSTANTS.iter().enumerate() {
        add(c.name, Entry::Constant(i as u16), false);
        if c.theme != 0 {
            by_token.entry((c.theme, c.id)).or_insert(i as u16);
        }
    }
    for (i, c) in COMMANDS.iter().enumerate() {
        for n in c.other_names {
            add(n, Entry::Command(i as u16), false);
        }
    }
    for (i, c) in CONSTANTS.iter().enumerate() {
        for n in c.other_names {
            add(n, Entry::Constant(i as u16), false);
        }
    }
    Index {
        by_name,
        by_number,
        by_token,
        prefixes,
    }
}

/// Looks a name up case-insensitively (`key` must already be lowercase).
pub fn lookup_lower(key: &str) -> Option<Entry> {
    INDEX.by_name.get(key).copied()
}

/// Looks a name up case-insensitively.
pub fn lookup(name: &str) -> Option<Entry> {
    lookup_lower(&name.to_lowercase())
}

/// True when `key` (lowercase) is the beginning, in whole words, of a longer name.
pub fn is_prefix_lower(key: &str) -> bool {
    INDEX.prefixes.contains(key)
}

/// The command with this number (`Name:Cnnn`).
pub fn command_by_number(number: u32) -> Option<u16> {
    INDEX.by_number.get(&number).copied()
}

/// The constant with this token (`Name:Kxx:yy`).
pub fn constant_by_token(theme: u32, id: u32) -> Option<u16> {
    INDEX.by_token.get(&(theme, id)).copied()
}

/// Index of a command by its exact current name (used by the builtin registry).
pub fn command_by_name(name: &str) -> Option<u16> {
    match lookup(name) {
        Some(Entry::Command(i)) => Some(i),
        _ => None,
    }
}

/// Index of a constant by name.
pub fn constant_by_name(name: &str) -> Option<u16> {
    match lookup(name) {
        Some(Entry::Constant(i)) => Some(i),
        _ => None,
    }
}
