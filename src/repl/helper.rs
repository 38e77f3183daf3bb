//! The rustyline helper: multi-line input decided by the parser, colouring
//! from fourd's own lexer, completion (commands with spaces, constants,
//! variables, properties of an object, methods, `cs.` classes) and a hint of
//! a command's arguments.

use std::borrow::Cow;
use std::cell::RefCell;
use std::rc::Rc;

use rustyline::Context;
use rustyline::completion::{Completer, Pair};
use rustyline::highlight::{CmdKind, Highlighter};
use rustyline::hint::Hinter;
use rustyline::validate::{ValidationContext, ValidationResult, Validator};

use super::session::ReplSession;
use crate::catalog;
use crate::runtime::value::Value;
use crate::syntax::lexer::{ProjectNames, lex};
use crate::syntax::token::Tok;

pub struct ReplHelper {
    pub session: Rc<RefCell<ReplSession>>,
    pub color: bool,
}

impl rustyline::Helper for ReplHelper {}

impl Validator for ReplHelper {
    fn validate(&self, ctx: &mut ValidationContext<'_>) -> rustyline::Result<ValidationResult> {
        let complete = self
            .session
            .try_borrow()
            .map(|s| s.is_complete(ctx.input()))
            .unwrap_or(true);
        Ok(if complete {
            ValidationResult::Valid(None)
        } else {
            ValidationResult::Incomplete
        })
    }
}

const RESET: &str = "\x1b[0m";

/// The colour of a token kind.
fn style(tok: Tok) -> Option<&'static str> {
    Some(match tok {
        Tok::Kw(_) | Tok::Declare => "\x1b[35m",
        Tok::Str => "\x1b[32m",
        Tok::Num | Tok::Date(_) | Tok::Time(_) => "\x1b[33m",
        Tok::Command(_) | Tok::Name | Tok::UnknownCommand(_) | Tok::Plugin(..) => "\x1b[36m",
        Tok::Constant(_) | Tok::UnknownConstant(..) => "\x1b[34m",
        Tok::Local | Tok::Param(_) | Tok::Interprocess => "\x1b[37;1m",
        Tok::Error(_) => "\x1b[31m",
        _ => return None,
    })
}

/// Colours a line with fourd's lexer (comments stay plain).
pub fn colour(line: &str) -> String {
    let tokens = lex(line, &ProjectNames::new());
    let mut out = String::with_capacity(line.len() + 32);
    let mut at = 0;
    for (tok, span) in tokens {
        let (s, e) = (span.start, span.end);
        if s < at || e > line.len() {
            continue;
        }
        out.push_str(line.get(at..s).unwrap_or(""));
        let text = line.get(s..e).unwrap_or("");
        // A single word that is a command is coloured as one.
        let tok = match tok {
            Tok::Word if matches!(catalog::lookup(text), Some(catalog::Entry::Command(_))) => Tok::Name,
            Tok::Word if matches!(catalog::lookup(text), Some(catalog::Entry::Constant(_))) => Tok::Constant(0),
            t => t,
        };
        match style(tok) {
            Some(c) => {
                out.push_str(c);
                out.push_str(text);
                out.push_str(RESET);
            }
            None => out.push_str(text),
        }
        at = e;
    }
    out.push_str(line.get(at..).unwrap_or(""));
    out
}

impl Highlighter for ReplHelper {
    fn highlight<'l>(&self, line: &'l str, _pos: usize) -> Cow<'l, str> {
        if !self.color {
            return Cow::Borrowed(line);
        }
        Cow::Owned(colour(line))
    }

    fn highlight_hint<'h>(&self, hint: &'h str) -> Cow<'h, str> {
        if !self.color {
            return Cow::Borrowed(hint);
        }
        Cow::Owned(format!("\x1b[2m{hint}{RESET}"))
    }

    fn highlight_char(&self, _line: &str, _pos: usize, _kind: CmdKind) -> bool {
        self.color
    }
}

/// The start of the word being completed: names may contain spaces, so
/// the word extends back over letters, digits, `_`, `$`, `<>`, `.` and spaces.
fn word_start(line: &str, pos: usize) -> usize {
    let head = line.get(..pos).unwrap_or("");
    let mut start = pos;
    for (i, c) in head.char_indices().rev() {
        if c.is_alphanumeric() || matches!(c, '_' | '$' | '.' | ' ' | '<' | '>') {
            start = i;
        } else {
            break;
        }
    }
    // Leading spaces are not part of the word.
    while line.get(start..pos).is_some_and(|w| w.starts_with(' ')) {
        start += 1;
    }
    start
}

impl ReplHelper {
    pub fn candidates(&self, line: &str, pos: usize) -> (usize, Vec<String>) {
        let start = word_start(line, pos);
        let word = line.get(start..pos).unwrap_or("");
        // `$o.pa` / `cs.Pe`: members.
        if let Some((base, partial)) = word.rsplit_once('.') {
            let base = base.trim();
            let member_start = pos - partial.len();
            let mut names: Vec<String> = Vec::new();
            if base == "cs" {
                if let Ok(s) = self.session.try_borrow() {
                    names = s.rt.prog.class_names();
                }
            } else if base == "4D" {
                names = crate::runtime::class::BuiltinClass::ALL
                    .iter()
                    .map(|c| c.name().to_string())
                    .collect();
            } else if let Ok(mut s) = self.session.try_borrow_mut()
                && let Some(v) = s.variable_value(base)
            {
                names = member_names(&v);
            }
            let mut out: Vec<String> = names.into_iter().filter(|n| n.starts_with(partial)).collect();
            out.sort();
            out.dedup();
            return (member_start, out);
        }
        let lower = word.to_lowercase();
        let mut out: Vec<String> = Vec::new();
        if word.starts_with('$') {
            if let Ok(s) = self.session.try_borrow() {
                out.extend(
                    s.local_names()
                        .into_iter()
                        .filter(|n| n.to_lowercase().starts_with(&lower)),
                );
            }
        } else if !word.is_empty() {
            for c in catalog::COMMANDS {
                if c.name.to_lowercase().starts_with(&lower) {
                    out.push(c.name.to_string());
                }
            }
            for c in catalog::CONSTANTS {
                if c.name.to_lowercase().starts_with(&lower) {
                    out.push(c.name.to_string());
                }
            }
            for kw in crate::syntax::token::Kw::ALL {
                if kw.0.starts_with(&lower) {
                    out.push(kw.1.text().to_string());
                }
            }
            if let Ok(s) = self.session.try_borrow() {
                for m in s.rt.prog.method_names() {
                    if m.to_lowercase().starts_with(&lower) {
                        out.push(m);
                    }
                }
                for v in s.process_var_names() {
                    if v.to_lowercase().starts_with(&lower) {
                        out.push(v);
                    }
                }
            }
        }
        out.sort();
        out.dedup();
        (start, out)
    }
}

/// Property and function names of a value.
fn member_names(v: &Value) -> Vec<String> {
    match v {
        Value::Object(o) => {
            let o = o.borrow();
            let mut names: Vec<String> = o.props.keys().map(|k| k.to_string()).collect();
            if let Some(c) = &o.class {
                let mut k = Some(c.clone());
                while let Some(class) = k {
                    names.extend(class.functions.keys().cloned());
                    names.extend(class.getters.keys().cloned());
                    k = class.superclass.clone();
                }
            }
            names
        }
        Value::SharedObject(o) => o.keys().iter().map(|k| k.to_string()).collect(),
        Value::Collection(_) | Value::SharedCollection(_) => {
            COLLECTION_FUNCTIONS.iter().map(|s| s.to_string()).collect()
        }
        Value::Function(_) => vec!["call".into(), "apply".into(), "source".into()],
        _ => Vec::new(),
    }
}

const COLLECTION_FUNCTIONS: &[&str] = &[
    "length",
    "at",
    "average",
    "clear",
    "combine",
    "concat",
    "copy",
    "count",
    "countValues",
    "distinct",
    "equal",
    "every",
    "extract",
    "fill",
    "filter",
    "find",
    "findIndex",
    "first",
    "flat",
    "flatMap",
    "includes",
    "indexOf",
    "indices",
    "insert",
    "join",
    "last",
    "lastIndexOf",
    "map",
    "max",
    "min",
    "multiSort",
    "orderBy",
    "orderByMethod",
    "pop",
    "push",
    "query",
    "reduce",
    "reduceRight",
    "remove",
    "resize",
    "reverse",
    "shift",
    "slice",
    "some",
    "sort",
    "sum",
    "unshift",
];

impl Completer for ReplHelper {
    type Candidate = Pair;

    fn complete(&self, line: &str, pos: usize, _ctx: &Context<'_>) -> rustyline::Result<(usize, Vec<Pair>)> {
        let (start, names) = self.candidates(line, pos);
        Ok((
            start,
            names
                .into_iter()
                .map(|n| Pair {
                    display: n.clone(),
                    replacement: n,
                })
                .collect(),
        ))
    }
}

impl Hinter for ReplHelper {
    type Hint = String;

    /// After `Command(`: how many arguments it takes and its theme.
    fn hint(&self, line: &str, pos: usize, _ctx: &Context<'_>) -> Option<String> {
        if pos != line.len() || !line.ends_with('(') {
            return None;
        }
        let head = line.get(..pos - 1)?;
        let start = word_start(head, head.len());
        let name = head.get(start..)?.trim();
        let name = crate::syntax::token::tokenized_name(name);
        let idx = catalog::command_by_name(name)?;
        let info = catalog::command(idx)?;
        let args = match crate::builtins::lookup(idx) {
            Some(b) if b.max == crate::builtins::VARIADIC => format!("{} or more arguments", b.min),
            Some(b) if b.min == b.max => format!("{} argument(s)", b.min),
            Some(b) => format!("{} to {} arguments", b.min, b.max),
            None => "not available in fourd".into(),
        };
        let theme = if info.theme.is_empty() {
            String::new()
        } else {
            format!(", {}", info.theme)
        };
        Some(format!("  — {}: {args}{theme}", info.name))
    }
}
