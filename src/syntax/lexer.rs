//! The lexer: logos reads raw tokens; a second step merges names written with
//! spaces (longest match against keywords, the command/constant catalog and the
//! project's method names), binds tokenized names (`Name:C10`, `Name:K8:3`,
//! `Name:P1:2`) by number, reads tables, dates and nested comments, joins
//! continued lines and skips `Begin SQL` blocks.

use logos::Logos;

use super::token::{Kw, LexError, Tok, pack_date};
use crate::catalog::{self, Entry};

/// Names the project adds to the catalog's: its method names (they may
/// contain spaces). Lowercase.
#[derive(Clone, Debug, Default)]
pub struct ProjectNames {
    names: rustc_hash::FxHashSet<String>,
    prefixes: rustc_hash::FxHashSet<String>,
}

impl ProjectNames {
    pub fn new() -> ProjectNames {
        ProjectNames::default()
    }

    pub fn add(&mut self, name: &str) {
        let key = name.to_lowercase();
        if key.contains(' ') {
            let mut words: Vec<&str> = key.split(' ').collect();
            while words.len() > 1 {
                words.pop();
                self.prefixes.insert(words.join(" "));
            }
        }
        self.names.insert(key);
    }

    pub fn contains_lower(&self, key: &str) -> bool {
        self.names.contains(key)
    }

    fn is_prefix_lower(&self, key: &str) -> bool {
        self.prefixes.contains(key)
    }
}

#[derive(Logos, Clone, Copy, Debug, PartialEq)]
#[logos(skip r"[ \t\x0B\x0C\u{00A0}]+")]
enum Raw {
    #[regex(r"\r?\n")]
    Newline,
    #[regex(r"//[^\r\n]*", allow_greedy = true)]
    LineComment,
    #[regex(r"`[^\r\n]*", allow_greedy = true)]
    LegacyComment,
    #[token("/*")]
    BlockComment,
    #[regex(r"\\[ \t]*(//[^\r\n]*)?\r?\n", allow_greedy = true)]
    Continuation,
    #[regex(r#""([^"\\\r\n]|\\[^\r\n])*""#)]
    Str,
    #[regex(r#""([^"\\\r\n]|\\[^\r\n])*\\?"#)]
    UnterminatedStr,
    #[regex(r"[0-9]+(\.[0-9]+)?([eE][+-]?[0-9]+)?", priority = 10)]
    Num,
    #[regex(r"0[xX][0-9a-fA-F]+", priority = 10)]
    Hex,
    #[regex(r"[A-Za-z_\u{A1}-\u{10FFFF}][A-Za-z0-9_\u{A1}-\u{10FFFF}]*")]
    #[regex(r"[0-9]+[A-Za-z_\u{A1}-\u{10FFFF}][A-Za-z0-9_\u{A1}-\u{10FFFF}]*")]
    Word,
    #[regex(r"\$[A-Za-z_\u{A1}-\u{10FFFF}][A-Za-z0-9_\u{A1}-\u{10FFFF}]*")]
    #[regex(r"\$[0-9]+[A-Za-z_\u{A1}-\u{10FFFF}][A-Za-z0-9_\u{A1}-\u{10FFFF}]*")]
    Local,
    #[regex(r"\$[0-9]+")]
    Param,
    #[token("${")]
    ParamOpen,
    #[regex(r"<>[0-9]*[A-Za-z_\u{A1}-\u{10FFFF}][A-Za-z0-9_\u{A1}-\u{10FFFF}]*")]
    #[regex(r"◊[A-Za-z_\u{A1}-\u{10FFFF}][A-Za-z0-9_\u{A1}-\u{10FFFF}]*", priority = 20)]
    Interprocess,
    #[regex(r"#(?i:declare)")]
    Declare,
    #[regex(r":C[0-9]+")]
    CmdSuffix,
    #[regex(r":K[0-9]+:[0-9]+")]
    ConstSuffix,
    #[regex(r":P[0-9]+:[0-9]+")]
    PluginSuffix,
    #[token("!")]
    Bang,
    #[regex(r"\?[0-9]{1,6}:[0-9]{1,2}:[0-9]{1,2}\?")]
    Time,
    #[token(":=")]
    Assign,
    #[token("+=")]
    AddAssign,
    #[token("-=")]
    SubAssign,
    #[token("*=")]
    MulAssign,
    #[token("/=")]
    DivAssign,
    #[token("+")]
    Plus,
    #[token("-")]
    Minus,
    #[token("*")]
    Star,
    #[token("/")]
    Slash,
    #[token("\\")]
    Backslash,
    #[token("%")]
    Percent,
    #[token("^")]
    Caret,
    #[token("=")]
    Eq,
    #[token("#")]
    Hash,
    #[token("<")]
    Lt,
    #[token(">")]
    Gt,
    #[token("<=")]
    Le,
    #[token(">=")]
    Ge,
    #[token("&")]
    Amp,
    #[token("|")]
    Pipe,
    #[token("&&")]
    AmpAmp,
    #[token("||")]
    PipePipe,
    #[token("^|")]
    Xor,
    #[token("<<")]
    Shl,
    #[token(">>")]
    Shr,
    #[token("?+")]
    BitSet,
    #[token("?-")]
    BitClear,
    #[token("??")]
    BitTest,
    #[token("*+")]
    ScaleH,
    #[token("*|")]
    ScaleV,
    #[token("?")]
    Question,
    #[token(":")]
    Colon,
    #[token("->")]
    Arrow,
    #[token(".")]
    Dot,
    #[token("(")]
    LParen,
    #[token(")")]
    RParen,
    #[token("[")]
    LBracket,
    #[token("]")]
    RBracket,
    #[token("{")]
    LBrace,
    #[token("}")]
    RBrace,
    #[token(";")]
    Semi,
    #[token(",")]
    Comma,
}

/// A token and its byte range.
pub type Spanned = (Tok, chumsky::span::SimpleSpan);

fn span(start: usize, end: usize) -> chumsky::span::SimpleSpan {
    chumsky::span::SimpleSpan::from(start..end)
}

/// Reads a whole source into tokens (tests, highlighting). Every line of code
/// ends with one `Newline` token; blank and comment lines produce none.
pub fn lex(src: &str, project: &ProjectNames) -> Vec<Spanned> {
    let mut lexer = LineLexer::new(src, project);
    let mut out = Vec::new();
    while let Some(line) = lexer.next_line() {
        out.extend_from_slice(line);
    }
    out
}

/// Reads a source one line of code at a time (the parser never holds more
/// than one line of tokens). Never fails: what cannot be read becomes an
/// `Error` token for the parser to report.
pub struct LineLexer<'s, 'p> {
    lex: logos::Lexer<'s, Raw>,
    src: &'s str,
    project: &'p ProjectNames,
    out: Vec<Spanned>,
    /// The words of the current name run (byte ranges), separated by single spaces.
    run: Vec<(usize, usize)>,
    after_operand: bool,
    after_index_bracket: bool,
    after_dot: bool,
    sql_pending: bool,
    done: bool,
    key: String,
}

impl<'s, 'p> LineLexer<'s, 'p> {
    pub fn new(src: &'s str, project: &'p ProjectNames) -> LineLexer<'s, 'p> {
        LineLexer {
            lex: Raw::lexer(src),
            src,
            project,
            out: Vec::with_capacity(64),
            run: Vec::new(),
            after_operand: false,
            after_index_bracket: false,
            after_dot: false,
            sql_pending: false,
            done: false,
            key: String::new(),
        }
    }

    fn text(&self, start: usize, end: usize) -> &'s str {
        self.src.get(start..end).unwrap_or("")
    }

    fn push(&mut self, tok: Tok, start: usize, end: usize) {
        // `matches!`, not `==`: the derived comparison is a call per token.
        self.after_index_bracket = matches!(tok, Tok::LBracket) && self.after_operand;
        self.after_operand = match tok {
            // `->` after an operand dereferences it (still an operand); before one it
            // makes a pointer.
            Tok::Arrow => self.after_operand,
            _ => tok.ends_operand(),
        };
        self.after_dot = matches!(tok, Tok::Dot);
        self.out.push((tok, span(start, end)));
    }

    /// Ends the current line; true when it holds code.
    fn newline(&mut self, start: usize, end: usize) -> bool {
        self.after_operand = false;
        if self.out.is_empty() {
            return false;
        }
        if matches!(self.out.as_slice(), [(Tok::Kw(Kw::BeginSql), _)]) {
            self.sql_pending = true;
        }
        self.push(Tok::Newline, start, end);
        true
    }

    /// The tokens of the next line of code, ending with `Newline`; `None` at the end.
    pub fn next_line(&mut self) -> Option<&[Spanned]> {
        self.out.clear();
        if self.sql_pending {
            self.sql_pending = false;
            self.skip_sql();
            return Some(&self.out);
        }
        if self.done {
            return None;
        }
        while let Some(item) = self.lex.next() {
            let r = self.lex.span();
            let (start, end) = (r.start, r.end);
            let raw = match item {
                Ok(raw) => raw,
                Err(()) => {
                    self.flush_run(None);
                    self.push(Tok::Error(LexError::Unexpected), start, end);
                    continue;
                }
            };
            // Words accumulate into a run while separated by exactly one space.
            if raw == Raw::Word {
                if self.after_dot && self.run.is_empty() {
                    self.push(Tok::Word, start, end);
                    continue;
                }
                if let Some(&(_, last_end)) = self.run.last()
                    && !(start == last_end + 1 && self.src.as_bytes().get(last_end) == Some(&b' '))
                {
                    self.flush_run(None);
                }
                self.run.push((start, end));
                continue;
            }
            // A number can begin a name (`64 bit version`)…
            if raw == Raw::Num && self.run.is_empty() && self.starts_name(start, end) {
                self.run.push((start, end));
                continue;
            }
            // …or be a word of one (`Date RFC 1123`, `Is integer 64 bits`).
            if raw == Raw::Num
                && let Some(&(_, last_end)) = self.run.last()
                && start == last_end + 1
                && self.src.as_bytes().get(last_end) == Some(&b' ')
                && self.continues_name(start, end)
            {
                self.run.push((start, end));
                continue;
            }
            match raw {
                Raw::CmdSuffix | Raw::ConstSuffix | Raw::PluginSuffix
                    if self.run.last().is_some_and(|&(_, e)| e == start) =>
                {
                    self.flush_run(Some((raw, start, end)));
                    continue;
                }
                _ => self.flush_run(None),
            }
            match raw {
                Raw::Newline => {
                    if self.newline(start, end) {
                        return Some(&self.out);
                    }
                }
                Raw::LineComment | Raw::LegacyComment | Raw::Continuation | Raw::Word => {}
                Raw::BlockComment => {
                    if !skip_block_comment(&mut self.lex) {
                        self.push(Tok::Error(LexError::UnterminatedComment), start, self.src.len());
                    }
                }
                Raw::Str => self.push(Tok::Str, start, end),
                Raw::UnterminatedStr => self.push(Tok::Error(LexError::UnterminatedString), start, end),
                Raw::Num | Raw::Hex => self.push(Tok::Num, start, end),
                Raw::Local => self.push(Tok::Local, start, end),
                Raw::Param => {
                    let n = self.text(start + 1, end).parse::<u32>().unwrap_or(u32::MAX);
                    self.push(Tok::Param(n), start, end)
                }
                Raw::ParamOpen => self.push(Tok::ParamOpen, start, end),
                Raw::Interprocess => self.push(Tok::Interprocess, start, end),
                Raw::Declare => self.push(Tok::Declare, start, end),
                Raw::CmdSuffix | Raw::ConstSuffix | Raw::PluginSuffix => {
                    // A suffix not glued to a name: the `:` is a plain colon.
                    self.push(Tok::Colon, start, start + 1);
                    let rest = self.text(start + 1, end);
                    self.relex_plain(rest, start + 1);
                }
                Raw::Bang => self.date(start),
                Raw::Time => {
                    let t = self.text(start + 1, end - 1);
                    let mut parts = t.split(':').map(|p| p.parse::<u32>().unwrap_or(0));
                    let (h, m, s) = (
                        parts.next().unwrap_or(0),
                        parts.next().unwrap_or(0),
                        parts.next().unwrap_or(0),
                    );
                    let secs = h.saturating_mul(3600).saturating_add(m * 60 + s);
                    self.push(Tok::Time(secs), start, end)
                }
                Raw::LBracket => {
                    if !self.after_operand
                        && !self.after_index_bracket
                        && let Some(len) = table_len(self.lex.remainder())
                    {
                        self.lex.bump(len);
                        self.push(Tok::Table, start, end + len);
                        continue;
                    }
                    self.push(Tok::LBracket, start, end)
                }
                other => {
                    let tok = simple(other);
                    self.push(tok, start, end)
                }
            }
        }
        self.done = true;
        self.flush_run(None);
        let n = self.src.len();
        if self.newline(n, n) { Some(&self.out) } else { None }
    }

    /// Re-reads a short piece of text (digits and letters after a stray `:`).
    fn relex_plain(&mut self, text: &'s str, offset: usize) {
        let mut lex = Raw::lexer(text);
        while let Some(item) = lex.next() {
            let r = lex.span();
            let (s, e) = (offset + r.start, offset + r.end);
            match item {
                Ok(Raw::Word) => self.push(Tok::Word, s, e),
                Ok(Raw::Num) => self.push(Tok::Num, s, e),
                Ok(Raw::Colon) => self.push(Tok::Colon, s, e),
                _ => self.push(Tok::Error(LexError::Unexpected), s, e),
            }
        }
    }

    fn date(&mut self, start: usize) {
        let rest = self.lex.remainder();
        match date_len(rest) {
            Some((len, y, m, d)) => {
                self.lex.bump(len);
                self.push(Tok::Date(pack_date(y, m, d)), start, start + 1 + len)
            }
            None => {
                let looks_like_date = rest.starts_with(|c: char| c.is_ascii_digit());
                let err = if looks_like_date {
                    LexError::BadDate
                } else {
                    LexError::Bang
                };
                self.push(Tok::Error(err), start, start + 1)
            }
        }
    }

    /// Skips the text of a `Begin SQL` block up to its `End SQL` line.
    fn skip_sql(&mut self) {
        let rest = self.lex.remainder();
        let mut offset = 0;
        for line in rest.split_inclusive('\n') {
            let trimmed = line.trim_start();
            if trimmed.len() >= 7 && trimmed.get(..7).is_some_and(|t| t.eq_ignore_ascii_case("end sql")) {
                break;
            }
            offset += line.len();
        }
        let start = self.lex.span().end;
        self.lex.bump(offset);
        self.push(Tok::Sql, start, start + offset);
        self.newline(start + offset, start + offset);
    }

    /// Emits the tokens of the pending word run. `suffix` is a token suffix
    /// (`:C10`, `:K8:3`, `:P1:2`) glued to the last word.
    #[inline]
    fn flush_run(&mut self, suffix: Option<(Raw, usize, usize)>) {
        // Most tokens come with no run pending: no call for them.
        if !self.run.is_empty() {
            self.flush_words(suffix);
        }
    }

    #[inline(never)]
    fn flush_words(&mut self, suffix: Option<(Raw, usize, usize)>) {
        let mut run = std::mem::take(&mut self.run);
        match suffix {
            None => self.merge_words(&run),
            Some((kind, s, e)) => {
                let n = self.suffix_name_words(&run, kind, self.text(s, e));
                let split = run.len().saturating_sub(n.max(1));
                let (head, tail) = run.split_at(split);
                self.merge_words(head);
                let name_start = tail.first().map(|w| w.0).unwrap_or(s);
                let name = self.text(name_start, s);
                let tok = tokenized(kind, self.text(s + 2, e), name);
                self.push(tok, name_start, e);
            }
        }
        run.clear();
        self.run = run;
    }

    /// How many trailing words of `run` are the name of a tokenized item.
    fn suffix_name_words(&mut self, run: &[(usize, usize)], kind: Raw, suffix: &str) -> usize {
        let digits = suffix.get(2..).unwrap_or("");
        let mut known: Vec<&str> = Vec::new();
        if kind == Raw::CmdSuffix {
            if let Some(c) = digits
                .parse()
                .ok()
                .and_then(catalog::command_by_number)
                .and_then(catalog::command)
            {
                known.push(c.name);
                known.extend(c.other_names.iter().copied());
            }
        } else if kind == Raw::ConstSuffix {
            let mut it = digits.split(':').map(|p| p.parse::<u32>().unwrap_or(0));
            let (t, i) = (it.next().unwrap_or(0), it.next().unwrap_or(0));
            if let Some(c) = catalog::constant_by_token(t, i).and_then(catalog::constant) {
                known.push(c.name);
                known.extend(c.other_names.iter().copied());
            }
        }
        if run.len() == 1 {
            return 1;
        }
        let mut best = 0;
        let last_end = run.last().map(|w| w.1).unwrap_or(0);
        // Names have a few words: only the end of a long run can be one.
        for k in 1..=run.len().min(16) {
            let Some(&(s, _)) = run.get(run.len() - k) else { break };
            let written = self.text(s, last_end);
            if known.iter().any(|n| n.to_lowercase() == written.to_lowercase()) {
                best = k;
            }
        }
        if best > 0 {
            return best;
        }
        // Unknown spelling (another language, an old name, a plug-in
        // command): every word of the run, but a keyword that begins the
        // line is one (`return Foo:C99`); a keyword further on, or in a run
        // inside an expression, is a word of the name
        // (`WR SET DOC PROPERTY:P12000:109`, `($k=Return key:K12:27)`).
        if !self.out.is_empty() {
            return run.len();
        }
        self.key.clear();
        for (i, &(s, e)) in run.iter().enumerate().take(2) {
            if i > 0 {
                self.key.push(' ');
            }
            let w = self.text(s, e);
            push_lower(&mut self.key, w);
            if Kw::lookup_lower(&self.key).is_some() {
                return run.len() - i - 1;
            }
        }
        run.len()
    }

    /// Longest-match merging of a run of words into keywords and names.
    fn merge_words(&mut self, run: &[(usize, usize)]) {
        let mut i = 0;
        // Words that match nothing; two or more in a row are one name (a
        // method of a component, `Progress SET TITLE`), see [`Self::unknown_words`].
        let mut unknown: Option<(usize, usize)> = None;
        while let Some(&(s, e)) = run.get(i) {
            self.key.clear();
            let w = self.text(s, e);
            push_lower(&mut self.key, w);
            let mut best: Option<(usize, Tok)> = Kw::lookup_lower(&self.key).map(|k| (i, Tok::Kw(k)));
            let mut j = i;
            while run.len() > j + 1 && self.can_extend() {
                let Some(&(ns, ne)) = run.get(j + 1) else { break };
                j += 1;
                self.key.push(' ');
                let w = self.text(ns, ne);
                push_lower(&mut self.key, w);
                if let Some(k) = Kw::lookup_lower(&self.key) {
                    best = Some((j, Tok::Kw(k)));
                } else if catalog::lookup_lower(&self.key).is_some()
                    || self.project.contains_lower(&self.key)
                    || SYSTEM_VARIABLES.contains(&self.key.as_str())
                {
                    best = Some((j, Tok::Name));
                }
            }
            // A keyword inside a name nothing knows (`WR INSERT BREAK`,
            // `XY Function Call`: plug-in and component commands) is a word of
            // that name, unless the name is made of class-member words
            // (`shared Function`).
            if let (Some((_, Tok::Kw(_))), Some((first, _))) = (best, unknown)
                && !run.get(first).is_some_and(|&(fs, fe)| member_word(self.text(fs, fe)))
            {
                best = None;
            }
            match best {
                Some((last, tok)) => {
                    self.unknown_words(run, unknown.take());
                    let end = run.get(last).map(|w| w.1).unwrap_or(e);
                    self.push(tok, s, end);
                    i = last + 1;
                }
                None => {
                    let digits = self.text(s, e).bytes().all(|b| b.is_ascii_digit());
                    if digits {
                        self.unknown_words(run, unknown.take());
                        self.push(Tok::Num, s, e);
                    } else {
                        unknown = Some(unknown.map_or((i, i), |(first, _)| (first, i)));
                    }
                    i += 1;
                }
            }
        }
        self.unknown_words(run, unknown);
    }

    /// Emits the unmatched words `first..=last` of `run`: one `Name` when
    /// there are several (an unknown method with spaces in its name), unless
    /// they are class-member words (`shared singleton`, `Alias fullName firstName`,
    /// `Function get fullName`), which stay words.
    fn unknown_words(&mut self, run: &[(usize, usize)], range: Option<(usize, usize)>) {
        let Some((first, last)) = range else { return };
        let words = run.get(first..=last).unwrap_or(&[]);
        let member_line = matches!(
            self.out.last(),
            Some((Tok::Kw(Kw::Function | Kw::Property | Kw::ClassExtends | Kw::Var), _))
        );
        let starts_member = words.first().is_some_and(|&(s, e)| member_word(self.text(s, e)));
        let merge = words.len() > 1 && !member_line && !starts_member;
        if merge && let (Some(&(s, _)), Some(&(_, e))) = (words.first(), words.last()) {
            self.push(Tok::Name, s, e);
            return;
        }
        for &(s, e) in words {
            self.push(Tok::Word, s, e);
        }
    }

    /// True when the words of the run so far, then `start..end`, begin or
    /// make a known name.
    fn continues_name(&mut self, start: usize, end: usize) -> bool {
        let _ = start;
        let firsts: Vec<usize> = self.run.iter().rev().take(8).map(|w| w.0).collect();
        for first in firsts {
            self.key.clear();
            let text = self.text(first, end);
            push_lower(&mut self.key, text);
            if catalog::is_prefix_lower(&self.key) || catalog::lookup_lower(&self.key).is_some() {
                return true;
            }
        }
        false
    }

    /// True when the digits `start..end` are the first word of a known name.
    fn starts_name(&mut self, start: usize, end: usize) -> bool {
        let text = self.text(start, end);
        if !text.bytes().all(|b| b.is_ascii_digit()) {
            return false;
        }
        catalog::is_prefix_lower(text)
    }

    fn can_extend(&self) -> bool {
        let k = self.key.as_str();
        Kw::is_prefix_lower(k) || catalog::is_prefix_lower(k) || self.project.is_prefix_lower(k) || k == "error"
    }
}

/// System variables whose names contain spaces (process variables managed by 4D).
const SYSTEM_VARIABLES: &[&str] = &["error method", "error line", "error formula"];

/// Member words begin a class line (`shared singleton Class constructor`,
/// `Alias fullName firstName`); `get`, `set`, `event`… follow `Function`.
fn member_word(w: &str) -> bool {
    const WORDS: &[&str] = &[
        "alias",
        "shared",
        "singleton",
        "session",
        "exposed",
        "local",
        "onhttpget",
    ];
    WORDS.iter().any(|m| m.eq_ignore_ascii_case(w))
}

fn push_lower(buf: &mut String, word: &str) {
    if word.is_ascii() {
        // Copied whole, then lowered in place (not a char at a time).
        let start = buf.len();
        buf.push_str(word);
        if let Some(added) = buf.get_mut(start..) {
            added.make_ascii_lowercase();
        }
    } else {
        buf.push_str(&word.to_lowercase());
    }
}

fn tokenized(kind: Raw, digits: &str, name: &str) -> Tok {
    let mut parts = digits.split(':').map(|p| p.parse::<u32>().unwrap_or(0));
    let a = parts.next().unwrap_or(0);
    let b = parts.next().unwrap_or(0);
    match kind {
        Raw::CmdSuffix => match catalog::command_by_number(a) {
            Some(i) => Tok::Command(i),
            None => Tok::UnknownCommand(a),
        },
        Raw::ConstSuffix => match catalog::constant_by_token(a, b) {
            Some(i) => Tok::Constant(i),
            None => match catalog::lookup(name) {
                Some(Entry::Constant(i)) => Tok::Constant(i),
                _ => Tok::UnknownConstant(a, b),
            },
        },
        _ => Tok::Plugin(a, b),
    }
}

fn simple(raw: Raw) -> Tok {
    match raw {
        Raw::Assign => Tok::Assign,
        Raw::AddAssign => Tok::AddAssign,
        Raw::SubAssign => Tok::SubAssign,
        Raw::MulAssign => Tok::MulAssign,
        Raw::DivAssign => Tok::DivAssign,
        Raw::Plus => Tok::Plus,
        Raw::Minus => Tok::Minus,
        Raw::Star => Tok::Star,
        Raw::Slash => Tok::Slash,
        Raw::Backslash => Tok::Backslash,
        Raw::Percent => Tok::Percent,
        Raw::Caret => Tok::Caret,
        Raw::Eq => Tok::Eq,
        Raw::Hash => Tok::Hash,
        Raw::Lt => Tok::Lt,
        Raw::Gt => Tok::Gt,
        Raw::Le => Tok::Le,
        Raw::Ge => Tok::Ge,
        Raw::Amp => Tok::Amp,
        Raw::Pipe => Tok::Pipe,
        Raw::AmpAmp => Tok::AmpAmp,
        Raw::PipePipe => Tok::PipePipe,
        Raw::Xor => Tok::Xor,
        Raw::Shl => Tok::Shl,
        Raw::Shr => Tok::Shr,
        Raw::BitSet => Tok::BitSet,
        Raw::BitClear => Tok::BitClear,
        Raw::BitTest => Tok::BitTest,
        Raw::ScaleH => Tok::ScaleH,
        Raw::ScaleV => Tok::ScaleV,
        Raw::Question => Tok::Question,
        Raw::Colon => Tok::Colon,
        Raw::Arrow => Tok::Arrow,
        Raw::Dot => Tok::Dot,
        Raw::LParen => Tok::LParen,
        Raw::RParen => Tok::RParen,
        Raw::RBracket => Tok::RBracket,
        Raw::LBrace => Tok::LBrace,
        Raw::RBrace => Tok::RBrace,
        Raw::Semi => Tok::Semi,
        Raw::Comma => Tok::Comma,
        _ => Tok::Error(LexError::Unexpected),
    }
}

/// Skips a (nestable) block comment whose `/*` was just read. False when it
/// never ends (the lexer is then at the end of the text).
fn skip_block_comment(lex: &mut logos::Lexer<'_, Raw>) -> bool {
    let rest = lex.remainder().as_bytes();
    let mut depth = 1usize;
    let mut i = 0;
    while i < rest.len() {
        match (rest.get(i), rest.get(i + 1)) {
            (Some(b'/'), Some(b'*')) => {
                depth += 1;
                i += 2;
            }
            (Some(b'*'), Some(b'/')) => {
                depth -= 1;
                i += 2;
                if depth == 0 {
                    lex.bump(i);
                    return true;
                }
            }
            _ => i += 1,
        }
    }
    lex.bump(rest.len());
    false
}

fn is_name_start(c: char) -> bool {
    c.is_alphabetic() || c == '_' || (c as u32) >= 0x80
}

fn is_name_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_' || (c as u32) >= 0x80
}

/// Length of a table or field reference after its `[`: `Table]`,
/// `Table:3]`, `Table]Field`, `Table:3]Field:2`, names with single spaces.
fn table_len(rest: &str) -> Option<usize> {
    let mut chars = rest.char_indices().peekable();
    let (_, first) = chars.next()?;
    if !is_name_start(first) {
        return None;
    }
    let mut close = None;
    let mut prev_space = false;
    for (i, c) in chars {
        if c == ']' {
            if prev_space {
                return None;
            }
            close = Some(i);
            break;
        }
        if c == ':' {
            let digits: usize = rest.get(i + 1..)?.bytes().take_while(u8::is_ascii_digit).count();
            if digits == 0 || rest.as_bytes().get(i + 1 + digits) != Some(&b']') {
                return None;
            }
            close = Some(i + 1 + digits);
            break;
        }
        if c == ' ' {
            if prev_space {
                return None;
            }
            prev_space = true;
            continue;
        }
        if !is_name_char(c) {
            return None;
        }
        prev_space = false;
    }
    let close = close?;
    let mut end = close + 1;
    // Optional field name: words separated by single spaces, not a keyword.
    let after = rest.get(end..)?;
    let field = field_len(after);
    end += field;
    if field > 0 {
        let tail = rest.get(end..).unwrap_or("");
        if let Some(d) = tail.strip_prefix(':') {
            let digits = d.bytes().take_while(u8::is_ascii_digit).count();
            if digits > 0 {
                end += 1 + digits;
            }
        }
    }
    Some(end)
}

fn field_len(text: &str) -> usize {
    let mut end = 0;
    let mut pos = 0;
    loop {
        let rest = text.get(pos..).unwrap_or("");
        let mut chars = rest.char_indices();
        // Words after the first may start with a digit (`[Bridge]Item 13A`):
        // identifiers.md only requires the first character to be a letter.
        match chars.next() {
            Some((_, c)) if is_name_start(c) || (pos > 0 && c.is_ascii_digit()) => {}
            _ => break,
        }
        let len = rest.find(|c: char| !is_name_char(c)).unwrap_or(rest.len());
        let word = rest.get(..len).unwrap_or("");
        if pos > 0 && Kw::lookup_lower(&word.to_lowercase()).is_some() {
            break;
        }
        end = pos + len;
        if rest.as_bytes().get(len) == Some(&b' ') {
            pos += len + 1;
        } else {
            break;
        }
    }
    end
}

/// Length and value of a date literal after its `!`.
fn date_len(rest: &str) -> Option<(usize, i32, u32, u32)> {
    let b = rest.as_bytes();
    let mut parts = [0u32; 3];
    let mut widths = [0usize; 3];
    let mut i = 0;
    for (k, part) in parts.iter_mut().enumerate() {
        let n = b.get(i..)?.iter().take_while(|c| c.is_ascii_digit()).count();
        if n == 0 || n > 4 {
            return None;
        }
        *part = rest.get(i..i + n)?.parse().ok()?;
        *widths.get_mut(k)? = n;
        i += n;
        if k < 2 {
            if !matches!(b.get(i), Some(b'-' | b'/' | b'.')) {
                return None;
            }
            i += 1;
        }
    }
    if b.get(i) != Some(&b'!') {
        return None;
    }
    let [a, m2, c] = parts;
    let (y, m, d) = if widths[0] == 4 || a > 31 {
        (a as i32, m2, c)
    } else {
        // Legacy month/day/year with a two-digit year (century pivot 30).
        let y = if widths[2] <= 2 {
            if c == 0 && a == 0 && m2 == 0 {
                0
            } else if c < 30 {
                2000 + c as i32
            } else {
                1900 + c as i32
            }
        } else {
            c as i32
        };
        (y, a, m2)
    };
    Some((i + 1, y, m, d))
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]
mod tests {
    use super::*;

    fn toks(src: &str) -> Vec<(Tok, &str)> {
        lex(src, &ProjectNames::new())
            .into_iter()
            .map(|(t, s)| (t, src.get(s.start..s.end).unwrap_or("")))
            .collect()
    }

    fn kinds(src: &str) -> Vec<Tok> {
        toks(src).into_iter().map(|(t, _)| t).collect()
    }

    #[test]
    fn names_with_spaces_merge_by_longest_match() {
        let t = toks("$o:=New shared object(\"a\"; 1)\n");
        assert_eq!(t.get(2), Some(&(Tok::Name, "New shared object")));
        let t = toks("LOG EVENT(Into system standard outputs; \"x\")");
        assert_eq!(t.first(), Some(&(Tok::Name, "LOG EVENT")));
        assert_eq!(t.get(2), Some(&(Tok::Name, "Into system standard outputs")));
        let mut project = ProjectNames::new();
        project.add("My Great Method");
        let t: Vec<Tok> = lex("My Great Method(1)", &project).into_iter().map(|x| x.0).collect();
        assert_eq!(t.first(), Some(&Tok::Name));
    }

    #[test]
    fn keywords_case_insensitive_with_trailing_space() {
        let t = kinds("If (True)\nend IF \nFor each ($x; $c)\nEnd for each\n");
        assert!(t.contains(&Tok::Kw(Kw::EndIf)));
        assert!(t.contains(&Tok::Kw(Kw::ForEach)));
        assert!(t.contains(&Tok::Kw(Kw::EndForEach)));
    }

    #[test]
    fn tokenized_names_resolve_by_number() {
        let t = toks("$t:=String:C10($n)+Char:C90(Carriage return:K15:38)");
        assert!(matches!(t.get(2), Some((Tok::Command(_), "String:C10"))));
        assert!(
            t.iter()
                .any(|x| matches!(x, (Tok::Constant(_), "Carriage return:K15:38")))
        );
        let t = toks("return Current date:C33");
        assert_eq!(t.first().map(|x| x.0), Some(Tok::Kw(Kw::Return)));
        assert!(matches!(t.get(1), Some((Tok::Command(_), "Current date:C33"))));
        let t = toks("$x:=Créer objet:C1471()");
        assert!(matches!(t.get(2), Some((Tok::Command(_), "Créer objet:C1471"))));
        let t = kinds("PV PRINT:P13000:229($x)");
        assert_eq!(t.first(), Some(&Tok::Plugin(13000, 229)));
    }

    #[test]
    fn dates_times_and_ternary() {
        let t = kinds("$d:=!2024-01-31!\n$t:=?12:30:00?\n$x:=$a ? 1 : 2\n");
        assert!(t.contains(&Tok::Date(pack_date(2024, 1, 31))));
        assert!(t.contains(&Tok::Time(45000)));
        assert!(t.contains(&Tok::Question));
        assert!(kinds("!00-00-00!").contains(&Tok::Date(0)));
    }

    #[test]
    fn tables_fields_and_indexes() {
        let t = toks("[Customers:3]Name:2:=\"x\"");
        assert_eq!(t.first(), Some(&(Tok::Table, "[Customers:3]Name:2")));
        assert_eq!(t.get(1).map(|x| x.0), Some(Tok::Assign));
        let t = kinds("$c[vIndex]:=1");
        assert_eq!(t.get(1), Some(&Tok::LBracket));
        let t = kinds("$t[[vI]]");
        assert_eq!(t.get(2), Some(&Tok::LBracket));
        let t = toks("$p:=->[Order Lines]Unit Price");
        assert_eq!(t.get(3), Some(&(Tok::Table, "[Order Lines]Unit Price")));
    }

    #[test]
    fn comments_continuations_and_line_endings() {
        let t = kinds("$a:=1 /* x /* nested */ y */ +\\\r\n 2 // end\r\n\r\n$b:=2");
        let newlines = t.iter().filter(|x| **x == Tok::Newline).count();
        assert_eq!(newlines, 2);
        assert!(t.contains(&Tok::Plus));
    }

    #[test]
    fn sql_blocks_are_skipped() {
        let t = kinds("Begin SQL\n SELECT 'a' FROM t INTO :$x;\nEnd SQL\n$a:=1");
        assert_eq!(t.first(), Some(&Tok::Kw(Kw::BeginSql)));
        assert!(t.contains(&Tok::Sql));
        assert!(t.contains(&Tok::Kw(Kw::EndSql)));
        assert!(!t.iter().any(|x| matches!(x, Tok::Error(_))));
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]
mod prefix_tests {
    use super::*;

    #[test]
    fn every_prefix_of_typed_lines_lexes() {
        for line in [
            "var $x : Integer",
            "$x:=41+1",
            "For ($i; 1; 3)",
            "$o:={name: \"Ann\"; tags: [\"a\"; \"b\"]}",
            "!2024-01-31!+1",
            "?12:00",
        ] {
            for end in 0..=line.len() {
                if line.is_char_boundary(end) {
                    let _ = lex(&line[..end], &ProjectNames::new());
                }
            }
        }
    }
}
