//! Generates the command and constant catalogs (`$OUT_DIR/catalog.rs`) from
//! `data/commands.tsv` and `data/constants.tsv`, copies of the project's shared
//! data tables. The tables list every documented 4D command and constant,
//! implemented or not, so the lexer and resolver know every name.

use std::fmt::Write as _;
use std::path::Path;

fn main() {
    println!("cargo:rerun-if-changed=data/commands.tsv");
    println!("cargo:rerun-if-changed=data/constants.tsv");
    println!("cargo:rerun-if-changed=data/constants_extra.tsv");
    println!("cargo:rerun-if-changed=build.rs");
    let mut out = String::new();
    commands(&mut out);
    constants(&mut out);
    let dir = std::env::var("OUT_DIR").unwrap_or_else(|_| ".".into());
    if let Err(e) = std::fs::write(Path::new(&dir).join("catalog.rs"), out) {
        panic!("cannot write catalog.rs: {e}");
    }
}

fn read(path: &str) -> String {
    match std::fs::read_to_string(path) {
        Ok(s) => s,
        Err(e) => panic!("cannot read {path}: {e}"),
    }
}

fn names(list: &str) -> String {
    let items: Vec<String> = list
        .split('|')
        .filter(|s| !s.is_empty())
        .map(|s| format!("{s:?}"))
        .collect();
    format!("&[{}]", items.join(", "))
}

fn commands(out: &mut String) {
    out.push_str("/// Every documented 4D command, sorted by number (unnumbered ones last).\npub static COMMANDS: &[CommandInfo] = &[\n");
    for line in read("data/commands.tsv").lines().skip(1) {
        let f: Vec<&str> = line.split('\t').collect();
        let get = |i: usize| f.get(i).copied().unwrap_or("");
        let number: u32 = get(0).parse().unwrap_or(0);
        let thread_safe = match get(3) {
            "yes" => "ThreadSafe::Yes",
            "no" => "ThreadSafe::No",
            _ => "ThreadSafe::Unknown",
        };
        let calls: u32 = get(4).parse().unwrap_or(0);
        let _ = writeln!(
            out,
            "    CommandInfo {{ number: {number}, name: {:?}, theme: {:?}, thread_safe: {thread_safe}, corpus_calls: {calls}, other_names: {} }},",
            get(1),
            get(2),
            names(get(5))
        );
    }
    out.push_str("];\n");
}

fn constants(out: &mut String) {
    out.push_str("/// Every documented 4D constant (value `Unknown` where the docs give none).\npub static CONSTANTS: &[ConstantInfo] = &[\n");
    // `constants_extra.tsv` corrects and completes the shared table from the
    // docs: a row with the token of a shared row replaces it, others are added.
    let shared = read("data/constants.tsv");
    let extra = read("data/constants_extra.tsv");
    let token = |line: &str| {
        let f: Vec<&str> = line.split('\t').collect();
        let theme = f.get(1).copied().unwrap_or("");
        let id = f.get(2).copied().unwrap_or("");
        (theme != "K0" && !theme.is_empty()).then(|| format!("{theme}:{id}"))
    };
    let extra_rows: Vec<&str> = extra.lines().skip(1).filter(|l| !l.trim().is_empty()).collect();
    let replaced: std::collections::HashSet<String> = extra_rows.iter().filter_map(|l| token(l)).collect();
    let rows = shared
        .lines()
        .skip(1)
        .filter(|l| token(l).is_none_or(|t| !replaced.contains(&t)))
        .chain(extra_rows.iter().copied());
    for line in rows {
        let f: Vec<&str> = line.split('\t').collect();
        let get = |i: usize| f.get(i).copied().unwrap_or("");
        let theme: u32 = get(1).trim_start_matches('K').parse().unwrap_or(0);
        let id: u32 = get(2).parse().unwrap_or(0);
        let value = const_value(get(3), get(4), get(8));
        let _ = writeln!(
            out,
            "    ConstantInfo {{ name: {:?}, theme: {theme}, id: {id}, value: {value}, other_names: {} }},",
            get(0),
            names(get(6))
        );
    }
    out.push_str("];\n");
}

fn const_value(value: &str, ty: &str, guess: &str) -> String {
    if value != "?" {
        return match ty {
            "Integer" => match value.parse::<i64>() {
                Ok(v) => format!("ConstValue::Int({v})"),
                Err(_) => format!("ConstValue::Text({value:?})"),
            },
            "Real" => match value.parse::<f64>() {
                Ok(v) => format!("ConstValue::Real({v:?})"),
                Err(_) => format!("ConstValue::Text({value:?})"),
            },
            _ => format!("ConstValue::Text({value:?})"),
        };
    }
    // The `guess` column is not confirmed by the docs: kept apart so that the
    // resolver can tell (and README lists these as unconfirmed).
    match guess.parse::<i64>() {
        Ok(v) => format!("ConstValue::Guess({v})"),
        Err(_) => "ConstValue::Unknown".to_string(),
    }
}
