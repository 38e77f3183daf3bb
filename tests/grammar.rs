//! The editor grammars in `grammar/` stay usable and in step with the front end:
//! the TextMate grammar is well formed, every regex compiles with an engine
//! close to Oniguruma (fancy-regex: look-around, backreferences), a small
//! first-match tokenizer colours `grammar/sample.4dm` and
//! `grammar/sample-class.4dm` with the intended rules, the samples parse
//! without diagnostics, and `grammar/4d.ebnf` names every keyword of the lexer.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

use std::collections::HashMap;
use std::path::PathBuf;

use fancy_regex::Regex;
use serde_json::Value;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn read(rel: &str) -> String {
    std::fs::read_to_string(root().join(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"))
}

fn grammar() -> Value {
    serde_json::from_str(&read("grammar/4d.tmLanguage.json")).expect("grammar/4d.tmLanguage.json is not JSON")
}

// ---------------------------------------------------------------------------
// A small TextMate tokenizer: at each position the rule whose match starts
// first wins (ties go to the earlier rule; a begin/end rule's end pattern
// comes before its inner patterns), as in vscode-textmate. Enough to check
// which rule colours what; scopes are joined with spaces, outermost first.
// ---------------------------------------------------------------------------

struct Engine<'g> {
    g: &'g Value,
    cache: HashMap<String, Regex>,
}

#[derive(Debug, Clone)]
struct Token {
    line: usize,
    text: String,
    scope: String,
}

/// Leaf rules (match or begin/end) after expanding includes and pattern lists.
fn expand<'g>(g: &'g Value, rules: &'g Value, out: &mut Vec<&'g Value>, depth: usize) {
    assert!(depth < 32, "include cycle");
    for r in rules.as_array().expect("patterns must be an array") {
        if let Some(inc) = r.get("include").and_then(Value::as_str) {
            match inc {
                "$self" | "$base" => expand(g, &g["patterns"], out, depth + 1),
                _ => {
                    let name = inc.strip_prefix('#').expect("only local includes");
                    let target = &g["repository"][name];
                    if target.get("match").is_some() || target.get("begin").is_some() {
                        out.push(target);
                    } else {
                        expand(g, &target["patterns"], out, depth + 1);
                    }
                }
            }
        } else if r.get("match").is_some() || r.get("begin").is_some() {
            out.push(r);
        } else {
            expand(g, &r["patterns"], out, depth + 1);
        }
    }
}

enum Found<'g> {
    End,
    Rule(&'g Value, &'static str),
}

impl<'g> Engine<'g> {
    fn new(g: &'g Value) -> Engine<'g> {
        Engine {
            g,
            cache: HashMap::new(),
        }
    }

    fn re(&mut self, src: &str) -> Regex {
        self.cache
            .entry(src.to_string())
            .or_insert_with(|| Regex::new(src).unwrap_or_else(|e| panic!("regex {src:?}: {e}")))
            .clone()
    }

    fn tokenize(&mut self, text: &str) -> Vec<Token> {
        let g = self.g;
        let mut tokens = Vec::new();
        // Open begin/end rules: the rule, its own scope, the scope of its content.
        let mut stack: Vec<(&'g Value, String, String)> = Vec::new();
        for (n, line) in text.lines().enumerate() {
            let line_no = n + 1;
            let mut pos = 0;
            while pos <= line.len() {
                let outer = stack.last().map(|s| s.2.clone()).unwrap_or_default();
                let mut candidates: Vec<(Found<'g>, String)> = Vec::new();
                match stack.last() {
                    Some((rule, _, _)) => {
                        candidates.push((Found::End, rule["end"].as_str().unwrap().to_string()));
                        let mut leaves = Vec::new();
                        if let Some(p) = rule.get("patterns") {
                            expand(g, p, &mut leaves, 0);
                        }
                        for l in leaves {
                            push_candidate(&mut candidates, l);
                        }
                    }
                    None => {
                        let mut leaves = Vec::new();
                        expand(g, &g["patterns"], &mut leaves, 0);
                        for l in leaves {
                            push_candidate(&mut candidates, l);
                        }
                    }
                }
                let mut best: Option<(usize, usize, fancy_regex::Captures<'_, str>, usize)> = None;
                for (i, (_, src)) in candidates.iter().enumerate() {
                    let re = self.re(src);
                    if let Some(c) = re.captures_from_pos(line, pos).unwrap() {
                        let m = c.get(0).unwrap();
                        if best.as_ref().is_none_or(|b| m.start() < b.0) {
                            best = Some((m.start(), m.end(), c, i));
                        }
                    }
                }
                let Some((start, end, caps, i)) = best else {
                    if pos < line.len() {
                        tokens.push(tok(line_no, &line[pos..], &outer, ""));
                    }
                    break;
                };
                if start > pos {
                    tokens.push(tok(line_no, &line[pos..start], &outer, ""));
                }
                match candidates[i].0 {
                    Found::End => {
                        let (rule, scope, _) = stack.pop().unwrap();
                        emit(&mut tokens, line_no, &caps, &scope, rule.get("endCaptures"), &caps[0]);
                    }
                    Found::Rule(rule, "match") => {
                        let scope = join(&outer, str_of(rule, "name"));
                        emit(&mut tokens, line_no, &caps, &scope, rule.get("captures"), &caps[0]);
                    }
                    Found::Rule(rule, _) => {
                        let scope = join(&outer, str_of(rule, "name"));
                        let caps_rule = rule.get("beginCaptures").or(rule.get("captures"));
                        emit(&mut tokens, line_no, &caps, &scope, caps_rule, &caps[0]);
                        let inner = join(&scope, str_of(rule, "contentName"));
                        stack.push((rule, scope, inner));
                    }
                }
                if end == pos && start == pos {
                    // Zero-width match: move on one character.
                    match line[pos..].chars().next() {
                        Some(c) => {
                            tokens.push(tok(line_no, &line[pos..pos + c.len_utf8()], &outer, ""));
                            pos += c.len_utf8();
                        }
                        None => break,
                    }
                } else {
                    pos = end;
                }
                if pos >= line.len() {
                    break;
                }
            }
        }
        tokens
    }
}

fn push_candidate<'g>(c: &mut Vec<(Found<'g>, String)>, rule: &'g Value) {
    if let Some(m) = rule.get("match").and_then(Value::as_str) {
        c.push((Found::Rule(rule, "match"), m.to_string()));
    } else if let Some(b) = rule.get("begin").and_then(Value::as_str) {
        c.push((Found::Rule(rule, "begin"), b.to_string()));
    }
}

fn str_of<'a>(v: &'a Value, key: &str) -> &'a str {
    v.get(key).and_then(Value::as_str).unwrap_or("")
}

fn join(a: &str, b: &str) -> String {
    match (a.is_empty(), b.is_empty()) {
        (true, _) => b.to_string(),
        (_, true) => a.to_string(),
        _ => format!("{a} {b}"),
    }
}

fn tok(line: usize, text: &str, outer: &str, inner: &str) -> Token {
    Token {
        line,
        text: text.to_string(),
        scope: join(outer, inner),
    }
}

/// The whole match as one token, then one token per named capture.
fn emit(
    tokens: &mut Vec<Token>,
    line: usize,
    caps: &fancy_regex::Captures<'_, str>,
    scope: &str,
    captures: Option<&Value>,
    whole: &str,
) {
    tokens.push(tok(line, whole, scope, ""));
    if let Some(map) = captures.and_then(Value::as_object) {
        let mut keys: Vec<(usize, &str)> = map
            .iter()
            .map(|(k, v)| (k.parse().unwrap(), str_of(v, "name")))
            .collect();
        keys.sort();
        for (k, name) in keys {
            if let Some(m) = caps.get(k)
                && !m.as_str().is_empty()
            {
                tokens.push(tok(line, m.as_str(), scope, name));
            }
        }
    }
}

fn tokens_of(text: &str) -> Vec<Token> {
    let g = grammar();
    Engine::new(&g).tokenize(text)
}

/// Asserts that `text` (trimmed) is coloured with a scope containing `scope`.
#[track_caller]
fn expect(tokens: &[Token], text: &str, scope: &str) {
    let found = tokens
        .iter()
        .any(|t| t.text.trim() == text && t.scope.split(' ').any(|s| s == scope));
    if !found {
        let seen: Vec<String> = tokens
            .iter()
            .filter(|t| t.text.trim() == text || t.text.contains(text))
            .map(|t| format!("line {}: {:?} => {}", t.line, t.text, t.scope))
            .collect();
        panic!(
            "{text:?} is not coloured as {scope}; tokens with that text:\n{}",
            seen.join("\n")
        );
    }
}

/// Asserts that no token with exactly this text carries a scope starting with `prefix`.
#[track_caller]
fn expect_not(tokens: &[Token], text: &str, prefix: &str) {
    for t in tokens {
        if t.text.trim() == text && t.scope.split(' ').any(|s| s.starts_with(prefix)) {
            panic!("{text:?} is coloured as {} (line {})", t.scope, t.line);
        }
    }
}

// ---------------------------------------------------------------------------
// Structure
// ---------------------------------------------------------------------------

fn walk<'a>(v: &'a Value, path: &str, f: &mut dyn FnMut(&str, &'a Value)) {
    f(path, v);
    match v {
        Value::Object(m) => {
            for (k, x) in m {
                walk(x, &format!("{path}/{k}"), f);
            }
        }
        Value::Array(a) => {
            for (i, x) in a.iter().enumerate() {
                walk(x, &format!("{path}/{i}"), f);
            }
        }
        _ => {}
    }
}

/// Every rule object (in a patterns list or the repository).
fn rules(g: &Value) -> Vec<(String, &Value)> {
    let mut out = Vec::new();
    walk(g, "", &mut |path, v| {
        let parent_is_list = path
            .rsplit_once('/')
            .is_some_and(|(p, last)| last.parse::<usize>().is_ok() && (p.ends_with("/patterns") || p.is_empty()));
        let in_repo = path.rsplit_once('/').is_some_and(|(p, _)| p == "/repository");
        if v.is_object() && (parent_is_list || in_repo) {
            out.push((path.to_string(), v));
        }
    });
    out
}

#[test]
fn tmlanguage_structure() {
    let g = grammar();
    assert_eq!(g["scopeName"], "source.4dm");
    assert!(g["fileTypes"].as_array().unwrap().iter().any(|t| t == "4dm"));
    assert!(!g["name"].as_str().unwrap().is_empty());
    let top = g["patterns"].as_array().expect("top-level patterns");
    assert!(!top.is_empty());
    let repo = g["repository"].as_object().expect("repository");
    let rs = rules(&g);
    assert!(rs.len() > repo.len(), "rules found: {}", rs.len());
    for (path, r) in rs {
        let kinds = ["match", "begin", "include"]
            .iter()
            .filter(|k| r.get(**k).is_some())
            .count();
        let list = r.get("patterns").is_some();
        assert!(
            kinds == 1 && (!list || r.get("begin").is_some()) || kinds == 0 && list,
            "{path}: a rule is a match, a begin/end (with optional patterns), an include or a list of patterns"
        );
        if r.get("begin").is_some() {
            assert!(r["end"].is_string(), "{path}: begin without end");
        }
        if let Some(inc) = r.get("include") {
            let inc = inc.as_str().unwrap();
            if inc != "$self" && inc != "$base" {
                let name = inc
                    .strip_prefix('#')
                    .unwrap_or_else(|| panic!("{path}: external include {inc}"));
                assert!(repo.contains_key(name), "{path}: include {inc} does not resolve");
            }
        }
    }
    // Every repository entry is used.
    let text = serde_json::to_string(&g).unwrap();
    for name in repo.keys() {
        assert!(
            text.contains(&format!("\"#{name}\"")),
            "repository entry {name} is never included"
        );
    }
    // Scope names: dotted words; ours end with .4dm (SQL inside Begin SQL: .sql).
    walk(&g, "", &mut |path, v| {
        if (path.ends_with("/name") || path.ends_with("/contentName"))
            && path != "/name"
            && let Some(s) = v.as_str()
        {
            for scope in s.split(' ') {
                assert!(
                    scope.ends_with(".4dm") || scope.ends_with(".sql"),
                    "{path}: scope {scope} should end with .4dm"
                );
                assert!(scope.split('.').all(|w| !w.is_empty()), "{path}: bad scope {scope}");
            }
        }
    });
}

#[test]
fn every_regex_compiles() {
    let g = grammar();
    let mut count = 0;
    walk(&g, "", &mut |path, v| {
        let key = path.rsplit('/').next().unwrap_or("");
        if matches!(key, "match" | "begin" | "end")
            && let Some(src) = v.as_str()
        {
            Regex::new(src).unwrap_or_else(|e| panic!("{path}: {src:?}: {e}"));
            count += 1;
        }
    });
    assert!(count > 40, "only {count} regexes");
}

#[test]
fn language_configuration() {
    let c: Value = serde_json::from_str(&read("grammar/language-configuration.json")).unwrap();
    assert_eq!(c["comments"]["lineComment"], "//");
    assert_eq!(c["comments"]["blockComment"], serde_json::json!(["/*", "*/"]));
    for pair in ["()", "[]", "{}"] {
        let (o, cl) = pair.split_at(1);
        assert!(c["brackets"].as_array().unwrap().contains(&serde_json::json!([o, cl])));
        assert!(
            c["autoClosingPairs"]
                .as_array()
                .unwrap()
                .iter()
                .any(|p| p["open"] == o && p["close"] == cl)
        );
    }
    // The indentation rules are JavaScript regexes with the `i` flag; these
    // ones use only syntax that fancy-regex reads the same way.
    let rule = |k: &str| {
        let r = &c["indentationRules"][k];
        assert_eq!(r["flags"], "i");
        Regex::new(&format!("(?i){}", r["pattern"].as_str().unwrap())).unwrap()
    };
    let (inc, dec) = (rule("increaseIndentPattern"), rule("decreaseIndentPattern"));
    let indent = |l: &str| (inc.is_match(l).unwrap(), dec.is_match(l).unwrap());
    for l in [
        "If ($a=1)",
        "Case of",
        "While (True)",
        "Repeat",
        "For ($i; 1; 10)",
        "For each ($x; $c)",
        "Use (Storage)",
        "Try",
        "Begin SQL",
    ] {
        assert_eq!(indent(l), (true, false), "{l}");
    }
    for l in [
        "Else",
        "\t: ($x=1)",
        "Catch",
        "Function f()",
        "shared Class constructor($a)",
    ] {
        assert_eq!(indent(l), (true, true), "{l}");
    }
    for l in [
        "End if",
        "end IF ",
        "End case",
        "End while",
        "Until ($i=0)",
        "End for",
        "End for each",
        "End use",
        "End try",
        "End SQL",
    ] {
        assert_eq!(indent(l), (false, true), "{l}");
    }
    for l in ["$a:=1", "Try($o.f())", "USE SET(\"s\")", "Format:=1", "IfX:=1"] {
        assert_eq!(indent(l), (false, false), "{l}");
    }
}

// ---------------------------------------------------------------------------
// Colouring
// ---------------------------------------------------------------------------

#[test]
fn sample_method_is_coloured_by_the_intended_rules() {
    let t = tokens_of(&read("grammar/sample.4dm"));
    assert!(
        !t.iter().any(|x| x.scope.contains("invalid")),
        "{:?}",
        t.iter().filter(|x| x.scope.contains("invalid")).collect::<Vec<_>>()
    );
    // Keywords, any case, multi-word, with trailing spaces.
    for k in [
        "If",
        "Else",
        "End if",
        "Case of",
        "End case",
        "For",
        "End for",
        "For each",
        "Until",
        "End for each",
        "While",
        "End while",
        "Repeat",
        "Use",
        "End use",
        "Try",
        "Catch",
        "End try",
        "return",
    ] {
        expect(&t, k, "keyword.control.4dm");
    }
    expect(&t, "Begin SQL", "keyword.control.sql.4dm");
    expect(&t, "End SQL", "keyword.control.sql.4dm");
    expect(&t, "SELECT name FROM Customers WHERE id =", "source.sql");
    expect(&t, ":", "keyword.control.case-branch.4dm");
    expect(&t, "#DECLARE", "keyword.other.declare.4dm");
    expect(&t, "var", "storage.type.var.4dm");
    for ty in ["Integer", "Object", "Text", "Date", "Time", "4D.File", "cs.Person"] {
        expect(&t, ty, "storage.type.4dm");
    }
    // Tokenized commands, constants, plug-in commands.
    for c in [
        "C_TEXT",
        "New object",
        "String",
        "Char",
        "Count parameters",
        "Records in selection",
        "Form event code",
        "Size of array",
        "APPEND TO ARRAY",
        "Current time",
        "Add to date",
        "Current date",
        "SORT ARRAY",
        "Formula",
        "File",
        "ALERT",
        "New shared object",
    ] {
        expect(&t, c, "support.function.4dm");
    }
    expect(&t, "New object:C1471", "meta.command.tokenized.4dm");
    expect(&t, ":C1471", "constant.other.token-number.4dm");
    expect(&t, "Carriage return", "support.constant.4dm");
    expect(&t, "On Load", "support.constant.4dm");
    expect(&t, ":K2:1", "constant.other.token-number.4dm");
    expect(&t, "PV PRINT", "support.function.plugin.4dm");
    // Plain (untokenized) commands among the most used.
    for c in [
        "ARRAY LONGINT",
        "SELECTION TO ARRAY",
        "OBJECT SET VISIBLE",
        "Size of array",
        "New collection",
        "Storage",
    ] {
        expect(&t, c, "support.function.4dm");
    }
    // Plain constants among the most used; keys of object literals; `*` and
    // `>` arguments.
    expect(&t, "On Clicked", "support.constant.4dm");
    expect(&t, "verbose", "variable.other.property.key.4dm");
    expect(&t, "limit", "variable.other.property.key.4dm");
    expect(&t, "*", "keyword.operator.argument.4dm");
    expect(&t, ">", "keyword.operator.argument.4dm");
    // Language words.
    expect(&t, "True", "constant.language.4dm");
    expect(&t, "False", "constant.language.4dm");
    expect(&t, "Null", "constant.language.4dm");
    expect(&t, "This", "variable.language.4dm");
    expect(&t, "ds", "support.class.4dm");
    // Strings and escapes.
    expect(&t, "id", "string.quoted.double.4dm");
    expect(&t, "\"", "punctuation.definition.string.begin.4dm");
    expect(&t, "\\\"", "constant.character.escape.4dm");
    expect(&t, "\\t", "constant.character.escape.4dm");
    expect(&t, "\\d", "string.quoted.double.4dm");
    // Comments: line, nested block (the text after the inner `*/` is still
    // a comment), legacy backtick.
    expect(
        &t,
        "//%attributes = {\"lang\":\"en\",\"invisible\":true}",
        "comment.line.double-slash.4dm",
    );
    expect(&t, "// hex and exponent", "comment.line.double-slash.4dm");
    expect(
        &t,
        "Mixed plain and tokenized style, as found in exported projects.",
        "comment.block.4dm",
    );
    let inner = t
        .iter()
        .find(|x| x.text.trim() == "Block comments nest in 4D.")
        .unwrap();
    assert_eq!(inner.scope.matches("comment.block.4dm").count(), 2, "{inner:?}");
    expect(
        &t,
        "`legacy comment from an old 4D version",
        "comment.line.backtick.4dm",
    );
    // Dates and times; the ternary `?` is an operator.
    expect(&t, "!2024-01-31!", "constant.other.date.4dm");
    expect(&t, "?12:30:00?", "constant.other.time.4dm");
    expect(&t, "?", "keyword.operator.ternary.4dm");
    expect(&t, "?+", "keyword.operator.logical.4dm");
    // Numbers.
    expect(&t, "0x00FF", "constant.numeric.hex.4dm");
    expect(&t, "1.5e3", "constant.numeric.decimal.4dm");
    // Variables, tables, members, operators.
    expect(&t, "$customerID", "variable.other.local.4dm");
    expect(&t, "<>gLog", "variable.other.interprocess.4dm");
    expect(&t, "Customers", "entity.name.type.table.4dm");
    expect(&t, "Name", "variable.other.field.4dm");
    expect(&t, "getText", "entity.name.function.member.4dm");
    expect(&t, "limit", "variable.other.property.4dm");
    expect(&t, ":=", "keyword.operator.assignment.4dm");
    expect(&t, "+=", "keyword.operator.assignment.4dm");
    expect(&t, "->", "keyword.operator.pointer.4dm");
    expect(&t, "\\", "punctuation.separator.continuation.line.4dm");
    // Property names are never commands or keywords.
    expect_not(&t, "path", "support.function");
}

#[test]
fn sample_class_is_coloured_by_the_intended_rules() {
    let t = tokens_of(&read("grammar/sample-class.4dm"));
    assert!(!t.iter().any(|x| x.scope.contains("invalid")));
    expect(&t, "Class extends", "storage.type.class.4dm");
    expect(&t, "Shape", "entity.other.inherited-class.4dm");
    expect(&t, "property", "storage.type.property.4dm");
    expect(&t, "Real", "storage.type.4dm");
    expect(&t, "shared singleton", "storage.modifier.4dm");
    expect(&t, "Class constructor", "storage.type.class.4dm");
    expect(&t, "Function", "storage.type.function.4dm");
    expect(&t, "area", "entity.name.function.4dm");
    expect(&t, "get", "storage.modifier.accessor.4dm");
    expect(&t, "label", "entity.name.function.4dm");
    expect(&t, "exposed", "storage.modifier.4dm");
    expect(&t, "Super", "variable.language.4dm");
    expect(&t, "cs.Rectangle", "storage.type.4dm");
    expect(&t, "...", "keyword.operator.variadic.4dm");
    expect(&t, "return", "keyword.control.4dm");
}

#[test]
fn tricky_lines() {
    let t = tokens_of(
        "USE SET(\"s\")\nUse (Storage)\nBREAK LEVEL(1)\nbreak\n$o.if:=$o.length\n$x:=$c ? 1 : 2\n\
         $0:=$1+${2}\n$t[[1]]:=\"a\"\n$a{2}:=[Orders]Unit Price*2\nreturn Current date:C33\n\
         END IF\nend  if\nIf (Application type=4D Server)\n$o:={a: 1; \\\n  b: {c: True}}\nQUERY([T]; | ; [T]F=1)\n$s:=\"never closed\n$e:=\"ok\"+\"C:\\\\dir\"\n$x:=10\\3\n",
    );
    expect(&t, "USE SET", "support.function.4dm");
    expect_not(&t, "USE", "keyword");
    expect(&t, "Use", "keyword.control.4dm");
    expect_not(&t, "BREAK", "keyword");
    expect(&t, "break", "keyword.control.4dm");
    expect(&t, "if", "variable.other.property.4dm");
    expect(&t, "length", "variable.other.property.4dm");
    expect_not(&t, "length", "support.function");
    expect(&t, "?", "keyword.operator.ternary.4dm");
    expect(&t, "$0", "variable.parameter.4dm");
    expect(&t, "${", "variable.parameter.indirect.4dm");
    expect(&t, "Orders", "entity.name.type.table.4dm");
    expect(&t, "Unit Price", "variable.other.field.4dm");
    expect(&t, "return", "keyword.control.4dm");
    expect(&t, "Current date", "support.function.4dm");
    expect(&t, "END IF", "keyword.control.4dm");
    // Two spaces: not a keyword for the lexer, so not one here either.
    expect_not(&t, "end", "keyword");
    expect(&t, "\"never closed", "invalid.illegal.unterminated-string.4dm");
    expect(&t, "\\\\", "constant.character.escape.4dm");
    expect(&t, "\\", "keyword.operator.arithmetic.4dm");
    expect(&t, "4D Server", "support.constant.4dm");
    for key in ["a", "b", "c"] {
        expect(&t, key, "variable.other.property.key.4dm");
    }
    expect(&t, "|", "keyword.operator.argument.4dm");
    // `[` after a value indexes: no table there.
    expect_not(&t, "1", "entity.name.type.table");
}

/// Every keyword the lexer knows is coloured as a keyword (or a declaration).
#[test]
fn every_lexer_keyword_is_coloured() {
    for (k, _) in fourd::syntax::token::Kw::ALL {
        let mut titled = k.to_string();
        titled[..1].make_ascii_uppercase();
        for spelling in [k.to_string(), titled, k.to_uppercase()] {
            let t = tokens_of(&format!("{spelling}\n"));
            let first = t.first().unwrap_or_else(|| panic!("{spelling}: no token"));
            let ok = t.iter().any(|x| {
                x.text.trim() == spelling
                    && x.scope
                        .split(' ')
                        .any(|s| s.starts_with("keyword.") || s.starts_with("storage.type."))
            });
            assert!(ok, "{spelling:?} is coloured as {:?}", first.scope);
        }
    }
}

/// The names of a catalog table, most used first (`uses`: column index of the count).
fn most_used(file: &str, name: usize, uses: usize) -> Vec<String> {
    let tsv = read(file);
    let mut rows: Vec<(u64, String)> = tsv
        .lines()
        .skip(1)
        .filter_map(|l| {
            let cols: Vec<&str> = l.split('\t').collect();
            Some((cols.get(uses)?.parse().ok()?, cols.get(name)?.to_string()))
        })
        .filter(|(_, n)| !["True", "False", "This", "Null", "cs", "4D", "ds", "Super"].contains(&n.as_str()))
        .collect();
    rows.sort_by_key(|r| std::cmp::Reverse(r.0));
    rows.into_iter().map(|r| r.1).collect()
}

/// The 100 most used commands of the corpus (data/commands.tsv) and the 50
/// most used constants (data/constants.tsv) are coloured by name, plain, in
/// any case; the language words have rules of their own.
#[test]
fn most_used_commands_and_constants_are_coloured() {
    let g = grammar();
    let constants = Regex::new(g["repository"]["constants"]["match"].as_str().unwrap()).unwrap();
    for name in most_used("data/constants.tsv", 0, 5).iter().take(50) {
        let line = format!("$x:={name}");
        let m = constants.find(&line).unwrap();
        assert_eq!(m.map(|m| m.as_str()), Some(name.as_str()), "{name}");
    }
    let re = Regex::new(g["repository"]["commands"]["match"].as_str().unwrap()).unwrap();
    for name in most_used("data/commands.tsv", 1, 4).iter().take(100) {
        for spelling in [name.clone(), name.to_lowercase()] {
            let line = format!("{spelling}(1)");
            let m = re.find(&line).unwrap();
            assert_eq!(m.map(|m| m.as_str()), Some(spelling.as_str()), "{spelling}");
        }
    }
}

// ---------------------------------------------------------------------------
// In step with the front end
// ---------------------------------------------------------------------------

#[test]
fn ebnf_names_every_keyword() {
    let ebnf = read("grammar/4d.ebnf").to_lowercase();
    let token_rs = read("src/syntax/token.rs");
    let start = token_rs.find("pub const ALL").expect("Kw::ALL in token.rs");
    let end = start + token_rs[start..].find("];").expect("end of Kw::ALL");
    let re = Regex::new(r#"\("([^"]+)",\s*Kw::"#).unwrap();
    let keywords: Vec<String> = re
        .captures_iter(&token_rs[start..end])
        .map(|c| c.unwrap()[1].to_string())
        .collect();
    assert_eq!(
        keywords.len(),
        fourd::syntax::token::Kw::ALL.len(),
        "read Kw::ALL from token.rs"
    );
    for k in &keywords {
        assert!(
            ebnf.contains(&format!("\"{k}\"")),
            "grammar/4d.ebnf does not mention \"{k}\""
        );
    }
}

#[test]
fn samples_parse_without_diagnostics() {
    use fourd::syntax::{FileKind, parse};
    for (file, kind) in [
        ("grammar/sample.4dm", FileKind::Method),
        ("grammar/sample-class.4dm", FileKind::Class),
    ] {
        let src = read(file);
        for k in [kind, FileKind::Auto] {
            let p = parse(&src, fourd::source::SourceId(0), k, &Default::default());
            assert!(p.diagnostics.is_empty(), "{file}: {:#?}", p.diagnostics);
            assert!(!p.incomplete, "{file}");
        }
    }
}

/// Prints the scopes of a file, for whoever edits the grammar:
/// `GRAMMAR_DUMP=grammar/sample.4dm cargo test --test grammar dump -- --ignored --nocapture`
#[test]
#[ignore]
fn dump() {
    let file = std::env::var("GRAMMAR_DUMP").unwrap_or_else(|_| "grammar/sample.4dm".to_string());
    for t in tokens_of(&read(&file)) {
        if !t.text.trim().is_empty() {
            println!("{:>3} {:<40} {}", t.line, format!("{:?}", t.text), t.scope);
        }
    }
}
