//! The parser's entry point. Lines are parsed one by one: the common forms
//! by a direct hand-written reader (`direct.rs`) that follows the chumsky
//! grammar, the others with chumsky (`stmt.rs`, `expr.rs`, `decl.rs`), which
//! also explains errors; the block builder below nests them with
//! an explicit stack, so deep nesting never recurses, every line's error is
//! reported, and an unfinished block at the end of the text is a structured
//! "incomplete" result (the REPL continues on the next line).
//! Nothing outside this module names a chumsky type.

mod decl;
mod direct;
mod expr;
mod stmt;

use chumsky::error::{Rich, RichPattern, RichReason};
use chumsky::input::Input as _;
use chumsky::prelude::*;

pub use expr::unescape;
use stmt::LineItem;

use super::ast::*;
use super::lexer::{LineLexer, ProjectNames, Spanned};
use super::token::{Kw, Tok};
use crate::diagnostics::Diagnostic;
use crate::source::{SourceId, Span};

/// Rich errors, for the diagnostics of a line that failed.
type RichExtra<'t> = extra::Err<Rich<'t, Tok, SimpleSpan>>;

/// What the sub-parsers need of their error type. Lines are first parsed with
/// chumsky's zero-cost error (fast path); only a line that fails is parsed
/// again with `Rich` errors to explain why.
pub(crate) trait Ex<'t, I: chumsky::input::Input<'t>>:
    chumsky::extra::ParserExtra<'t, I, Error: chumsky::label::LabelError<'t, I, &'static str>> + 't
{
}

impl<'t, I: chumsky::input::Input<'t>, E> Ex<'t, I> for E where
    E: chumsky::extra::ParserExtra<'t, I, Error: chumsky::label::LabelError<'t, I, &'static str>> + 't
{
}

/// What every sub-parser needs to build spans and read names.
#[derive(Clone, Copy)]
pub(crate) struct Ctx<'s> {
    pub sid: SourceId,
    pub src: &'s str,
}

impl<'s> Ctx<'s> {
    pub fn span(&self, s: SimpleSpan) -> Span {
        Span::new(self.sid, s.start as u32, s.end as u32)
    }
    pub fn text(&self, s: SimpleSpan) -> &'s str {
        self.src.get(s.start..s.end).unwrap_or("")
    }
}

/// How to read a file's top level.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FileKind {
    Method,
    Class,
    /// A class when a top-level line is a class member header.
    Auto,
}

/// The result of parsing one source.
#[derive(Debug)]
pub struct Parsed {
    pub unit: Unit,
    pub diagnostics: Vec<Diagnostic>,
    /// True when the text ends inside an open block or a continued line: more
    /// input could complete it (the REPL asks for another line).
    pub incomplete: bool,
}

impl Parsed {
    pub fn has_errors(&self) -> bool {
        self.diagnostics.iter().any(Diagnostic::is_error)
    }
}

/// 4D's documented limit on nested control structures.
pub const MAX_BLOCK_DEPTH: usize = 512;
/// Nesting of parentheses, brackets and braces in one line.
pub const MAX_EXPR_DEPTH: usize = 256;
/// Operators in one line (each one can nest the expression tree one level).
pub const MAX_LINE_OPERATORS: usize = 2000;

/// Parses a whole method or class file.
pub fn parse(src: &str, sid: SourceId, kind: FileKind, project: &ProjectNames) -> Parsed {
    if kind == FileKind::Auto {
        // Decide from the lines whether this is a class file.
        let mut items: Vec<(LineItem, Span)> = Vec::new();
        let mut diagnostics = parse_items(src, sid, project, &mut |item, span| items.push((item, span)));
        let kind = if items.iter().any(|(i, _)| is_member(i)) {
            FileKind::Class
        } else {
            FileKind::Method
        };
        let mut builder = Builder::new(kind, src, sid, None);
        for (item, span) in items {
            builder.add(item, span);
            if builder.too_deep {
                break;
            }
        }
        return builder.finish(src, &mut diagnostics);
    }
    let mut builder = Builder::new(kind, src, sid, None);
    let mut diagnostics = parse_items(src, sid, project, &mut |item, span| {
        if !builder.too_deep {
            builder.add(item, span);
        }
    });
    builder.finish(src, &mut diagnostics)
}

/// A completed top-level piece of a method, handed over while parsing.
pub enum TopLevel {
    Declare(Signature, Span),
    Stmt(Stmt),
}

/// Parses a method file handing each top-level statement to `sink` as soon
/// as it is complete, without keeping it: memory stays proportional to the
/// largest statement, not to the file (`fourd check`).
pub fn parse_streaming(src: &str, sid: SourceId, project: &ProjectNames, sink: &mut dyn FnMut(TopLevel)) -> Parsed {
    let mut builder = Builder::new(FileKind::Method, src, sid, Some(sink));
    let mut diagnostics = parse_items(src, sid, project, &mut |item, span| {
        if !builder.too_deep {
            builder.add(item, span);
        }
    });
    builder.finish(src, &mut diagnostics)
}

/// Lexes and parses every line, handing each line item over in order.
fn parse_items(
    src: &str,
    sid: SourceId,
    project: &ProjectNames,
    on: &mut dyn FnMut(LineItem, Span),
) -> Vec<Diagnostic> {
    parse_items_in(src, sid, project, on, src.len() >= LARGE_FILE)
}

/// `parse_items`, with the lexer in a thread of its own or not: the items
/// and diagnostics are the same either way.
fn parse_items_in(
    src: &str,
    sid: SourceId,
    project: &ProjectNames,
    on: &mut dyn FnMut(LineItem, Span),
    lex_thread: bool,
) -> Vec<Diagnostic> {
    let ctx = Ctx { sid, src };
    let mut diagnostics = Vec::new();
    // Lines are lexed in chunks: the token buffer stays small whatever the
    // file's size, and the chumsky parsers (tied to their input's lifetime)
    // are built once per chunk.
    if !lex_thread {
        let mut lexer = LineLexer::new(src, project);
        let mut chunk = Chunk::default();
        while chunk.lex(&mut lexer) {
            parse_chunk(&chunk.tokens, &chunk.ends, ctx, on, &mut diagnostics);
        }
        return diagnostics;
    }
    // A large file is lexed by a second thread, a chunk or two ahead of the
    // parser (the lexer needs nothing from it); the chunks go back to be
    // filled again.
    let (tx, rx) = std::sync::mpsc::sync_channel::<Chunk>(2);
    let (back_tx, back_rx) = std::sync::mpsc::channel::<Chunk>();
    std::thread::scope(|s| {
        s.spawn(move || {
            let mut lexer = LineLexer::new(src, project);
            loop {
                let mut chunk = back_rx.try_recv().unwrap_or_default();
                // A send fails only when the parser has stopped (panicked).
                if !chunk.lex(&mut lexer) || tx.send(chunk).is_err() {
                    break;
                }
            }
        });
        for chunk in rx {
            parse_chunk(&chunk.tokens, &chunk.ends, ctx, on, &mut diagnostics);
            let _ = back_tx.send(chunk);
        }
    });
    diagnostics
}

/// Files from this size on are read by more than one thread: lexed by a
/// thread of their own here, and resolved by another in `fourd check`
/// (`sema::check_method`). The 5 MiB parse benchmark: 0.16 s -> 0.11 s on
/// two cores.
pub const LARGE_FILE: usize = 64 * 1024;

/// Up to `CHUNK_LINES` lexed lines: their tokens, and where each line ends.
#[derive(Default)]
struct Chunk {
    tokens: Vec<Spanned>,
    ends: Vec<usize>,
}

impl Chunk {
    /// Fills the chunk with the next lines; false at the end of the text.
    fn lex(&mut self, lexer: &mut LineLexer) -> bool {
        self.tokens.clear();
        self.ends.clear();
        while self.ends.len() < CHUNK_LINES {
            let Some(line) = lexer.next_line() else { break };
            self.tokens.extend_from_slice(line);
            self.ends.push(self.tokens.len());
        }
        !self.ends.is_empty()
    }
}

/// Parses a formula's text (`Formula from string`, `EXECUTE FORMULA`): an
/// expression or one assignment, on one (possibly continued) line.
pub fn parse_formula(src: &str, sid: SourceId, project: &ProjectNames) -> Result<Arg, Vec<Diagnostic>> {
    let tokens = super::lexer::lex(src, project);
    let ctx = Ctx { sid, src };
    let line: Vec<Spanned> = tokens.into_iter().filter(|(t, _)| *t != Tok::Newline).collect();
    if let Some(d) = line_problem(&line, ctx) {
        return Err(vec![d]);
    }
    let end = line.last().map(|l| l.1.end).unwrap_or(0);
    let eoi = SimpleSpan::from(end..end);
    let parser = stmt::formula::<_, RichExtra>(ctx);
    let (out, errs) = parser.parse(line.as_slice().split_token_span(eoi)).into_output_errors();
    match out {
        Some(arg) if errs.is_empty() => Ok(arg),
        _ => {
            let mut d: Vec<Diagnostic> = errs.into_iter().map(|e| rich_to_diagnostic(e, ctx)).collect();
            if d.is_empty() {
                d.push(Diagnostic::error(
                    Span::new(sid, 0, src.len() as u32),
                    "expected a formula",
                ));
            }
            Err(d)
        }
    }
}

const CHUNK_LINES: usize = 1024;

fn parse_chunk(
    chunk: &[Spanned],
    ends: &[usize],
    ctx: Ctx<'_>,
    items: &mut dyn FnMut(LineItem, Span),
    diagnostics: &mut Vec<Diagnostic>,
) {
    let fast = stmt::line::<_, extra::Default>(ctx);
    let rich = stmt::line::<_, RichExtra>(ctx);
    let mut start = 0;
    for &end in ends {
        // The line without its Newline token.
        let line = chunk.get(start..end.saturating_sub(1)).unwrap_or(&[]);
        start = end;
        let (Some(first), Some(last)) = (line.first(), line.last()) else {
            continue;
        };
        let span = Span::new(ctx.sid, first.1.start as u32, last.1.end as u32);
        let eoi = SimpleSpan::from(last.1.end..last.1.end);
        // The direct parser accepts no line that `line_problem` would refuse
        // (it rejects lexer errors, long lines and deep nesting).
        if let Some(item) = direct::line(line, ctx) {
            debug_assert!(line_problem(line, ctx).is_none());
            debug_assert_eq!(
                Some(&item),
                fast.parse(line.split_token_span(eoi)).into_result().ok().as_ref(),
                "the direct parser and chumsky disagree on {:?}",
                ctx.text(SimpleSpan::from(first.1.start..last.1.end))
            );
            items(item, span);
            continue;
        }
        if let Some(d) = line_problem(line, ctx) {
            diagnostics.push(d);
            if let Some(item) = placeholder(line, span) {
                items(item, span);
            }
            continue;
        }
        if let Ok(item) = fast.parse(line.split_token_span(eoi)).into_result() {
            items(item, span);
            continue;
        }
        let (out, errs) = rich.parse(line.split_token_span(eoi)).into_output_errors();
        match out {
            Some(item) if errs.is_empty() => items(item, span),
            _ => {
                diagnostics.extend(errs.into_iter().take(1).map(|e| rich_to_diagnostic(e, ctx)));
                if let Some(item) = placeholder(line, span) {
                    items(item, span);
                }
            }
        }
    }
}

fn is_member(item: &LineItem) -> bool {
    matches!(
        item,
        LineItem::Function { .. }
            | LineItem::Constructor { .. }
            | LineItem::Extends(..)
            | LineItem::Property { .. }
            | LineItem::Alias
    )
}

/// Lexer errors and excessive nesting in a line, reported before parsing it.
fn line_problem(line: &[Spanned], ctx: Ctx<'_>) -> Option<Diagnostic> {
    let mut depth = 0usize;
    // Operators chain left to right into a tree as deep as the chain is long.
    let mut operators = 0usize;
    for (tok, s) in line {
        if !matches!(tok, Tok::Semi | Tok::Newline) && !tok.ends_operand() {
            operators += 1;
            if operators > MAX_LINE_OPERATORS {
                return Some(Diagnostic::error(
                    ctx.span(*s),
                    format!(
                        "line too complex (more than {MAX_LINE_OPERATORS} operators): split it into several statements"
                    ),
                ));
            }
        }
        match tok {
            Tok::Error(e) => {
                return Some(Diagnostic::error(ctx.span(*s), e.message()));
            }
            Tok::LParen | Tok::LBracket | Tok::LBrace | Tok::ParamOpen => {
                depth += 1;
                if depth > MAX_EXPR_DEPTH {
                    return Some(Diagnostic::error(
                        ctx.span(*s),
                        format!("expression nested too deeply (more than {MAX_EXPR_DEPTH} levels)"),
                    ));
                }
            }
            Tok::RParen | Tok::RBracket | Tok::RBrace => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    None
}

/// After a syntax error in a line, what the line still says about blocks (so
/// that one bad `If` condition does not also unbalance every `End if`).
fn placeholder(line: &[Spanned], span: Span) -> Option<LineItem> {
    let dummy = || Expr {
        kind: ExprKind::Num(0.0),
        span,
    };
    let first = line.first().map(|(t, _)| *t)?;
    Some(match first {
        Tok::Kw(Kw::If) => LineItem::If(dummy()),
        Tok::Kw(Kw::Else) => LineItem::Else,
        Tok::Kw(Kw::EndIf) => LineItem::EndIf,
        Tok::Kw(Kw::CaseOf) => LineItem::CaseOf,
        Tok::Colon => LineItem::Branch(dummy()),
        Tok::Kw(Kw::EndCase) => LineItem::EndCase,
        Tok::Kw(Kw::While) => LineItem::While(dummy()),
        Tok::Kw(Kw::EndWhile) => LineItem::EndWhile,
        Tok::Kw(Kw::Repeat) => LineItem::Repeat,
        Tok::Kw(Kw::Until) => LineItem::Until(dummy()),
        Tok::Kw(Kw::For) => LineItem::For(dummy(), dummy(), dummy(), None),
        Tok::Kw(Kw::EndFor) => LineItem::EndFor,
        Tok::Kw(Kw::ForEach) => LineItem::ForEach {
            var: dummy(),
            source: dummy(),
            begin: None,
            end: None,
            until: None,
            while_: None,
        },
        Tok::Kw(Kw::EndForEach) => LineItem::EndForEach,
        Tok::Kw(Kw::Use) => LineItem::Use(dummy()),
        Tok::Kw(Kw::EndUse) => LineItem::EndUse,
        Tok::Kw(Kw::Try) if line.len() == 1 => LineItem::Try,
        Tok::Kw(Kw::Catch) => LineItem::Catch,
        Tok::Kw(Kw::EndTry) => LineItem::EndTry,
        Tok::Kw(Kw::Function) => LineItem::Function {
            modifiers: Modifiers::default(),
            accessor: Accessor::Plain,
            name: String::new(),
            sig: Signature::default(),
        },
        Tok::Kw(Kw::ClassConstructor) => LineItem::Constructor {
            modifiers: Modifiers::default(),
            sig: Signature::default(),
        },
        _ => return None,
    })
}

fn pattern_text(p: &RichPattern<'_, Tok>) -> String {
    match p {
        RichPattern::Token(t) => format!("{}", &**t),
        RichPattern::Label(l) => l.to_string(),
        RichPattern::Identifier(i) => format!("`{i}`"),
        RichPattern::Any => "something".to_string(),
        RichPattern::SomethingElse => "something else".to_string(),
        RichPattern::EndOfInput => "end of line".to_string(),
        _ => "something else".to_string(),
    }
}

fn rich_to_diagnostic(e: Rich<'_, Tok, SimpleSpan>, ctx: Ctx<'_>) -> Diagnostic {
    let span = ctx.span(*e.span());
    let message = match e.reason() {
        RichReason::Custom(msg) => msg.to_string(),
        RichReason::ExpectedFound { expected, found } => {
            let mut list: Vec<String> = expected.iter().map(pattern_text).collect();
            list.sort();
            list.dedup();
            let found = match found {
                Some(t) => match **t {
                    Tok::Error(e) => e.message().to_string(),
                    _ => format!("`{}`", ctx.text(*e.span())),
                },
                None => "end of line".to_string(),
            };
            let expected = match list.len() {
                0 => "something else".to_string(),
                1 => list.remove(0),
                _ => {
                    let last = list.pop().unwrap_or_default();
                    format!("{} or {}", list.join(", "), last)
                }
            };
            format!("expected {expected}, found {found}")
        }
    };
    let mut d = Diagnostic::error(span, message);
    for (label, s) in e.contexts() {
        d = d.with_extra(ctx.span(*s), format!("in this {}", pattern_text(label)));
    }
    d
}

/// An open block while building.
enum Frame {
    If {
        cond: Expr,
        then: Vec<Stmt>,
        otherwise: Option<Vec<Stmt>>,
    },
    Case {
        branches: Vec<(Expr, Vec<Stmt>)>,
        otherwise: Option<Vec<Stmt>>,
        stray: Vec<Stmt>,
    },
    While {
        cond: Expr,
        body: Vec<Stmt>,
    },
    Repeat {
        body: Vec<Stmt>,
    },
    For {
        var: Expr,
        start: Expr,
        end: Expr,
        step: Option<Expr>,
        body: Vec<Stmt>,
    },
    ForEach {
        head: Box<LineItem>,
        body: Vec<Stmt>,
    },
    Use {
        target: Expr,
        body: Vec<Stmt>,
    },
    Try {
        body: Vec<Stmt>,
        catch: Option<Vec<Stmt>>,
    },
    /// Nothing is collected inside SQL (the lexer skips its text).
    Sql {
        ignored: Vec<Stmt>,
    },
}

impl Frame {
    fn opener(&self) -> &'static str {
        match self {
            Frame::If { .. } => "If",
            Frame::Case { .. } => "Case of",
            Frame::While { .. } => "While",
            Frame::Repeat { .. } => "Repeat",
            Frame::For { .. } => "For",
            Frame::ForEach { .. } => "For each",
            Frame::Use { .. } => "Use",
            Frame::Try { .. } => "Try",
            Frame::Sql { .. } => "Begin SQL",
        }
    }

    fn closer(&self) -> &'static str {
        match self {
            Frame::If { .. } => "End if",
            Frame::Case { .. } => "End case",
            Frame::While { .. } => "End while",
            Frame::Repeat { .. } => "Until",
            Frame::For { .. } => "End for",
            Frame::ForEach { .. } => "End for each",
            Frame::Use { .. } => "End use",
            Frame::Try { .. } => "End try",
            Frame::Sql { .. } => "End SQL",
        }
    }

    fn body(&mut self) -> &mut Vec<Stmt> {
        match self {
            Frame::If { then, otherwise, .. } => otherwise.as_mut().unwrap_or(then),
            Frame::Case {
                branches,
                otherwise,
                stray,
            } => match otherwise {
                Some(o) => o,
                None => match branches.last_mut() {
                    Some((_, b)) => b,
                    None => stray,
                },
            },
            Frame::While { body, .. }
            | Frame::Repeat { body }
            | Frame::For { body, .. }
            | Frame::ForEach { body, .. }
            | Frame::Use { body, .. } => body,
            Frame::Try { body, catch } => catch.as_mut().unwrap_or(body),
            Frame::Sql { ignored } => ignored,
        }
    }

    /// The statement this frame becomes when closed (`until` for Repeat).
    fn close(self, until: Option<Expr>, span: Span) -> Stmt {
        let kind = match self {
            Frame::If { cond, then, otherwise } => StmtKind::If(Box::new(IfStmt { cond, then, otherwise })),
            Frame::Case {
                branches, otherwise, ..
            } => StmtKind::Case(Box::new(CaseStmt { branches, otherwise })),
            Frame::While { cond, body } => StmtKind::While(Box::new((cond, body))),
            Frame::Repeat { body } => {
                let cond = until.unwrap_or(Expr {
                    kind: ExprKind::Num(0.0),
                    span,
                });
                StmtKind::Repeat(Box::new((body, cond)))
            }
            Frame::For {
                var,
                start,
                end,
                step,
                body,
            } => StmtKind::For(Box::new(ForStmt {
                var,
                start,
                end,
                step,
                body,
            })),
            Frame::ForEach { head, body } => match *head {
                LineItem::ForEach {
                    var,
                    source,
                    begin,
                    end,
                    until,
                    while_,
                } => StmtKind::ForEach(Box::new(ForEachStmt {
                    var,
                    source,
                    begin,
                    end,
                    until,
                    while_,
                    body,
                })),
                _ => StmtKind::Sql,
            },
            Frame::Use { target, body } => StmtKind::Use(Box::new((target, body))),
            Frame::Try { body, catch } => StmtKind::Try(Box::new(TryStmt { body, catch })),
            Frame::Sql { .. } => StmtKind::Sql,
        };
        Stmt { kind, span }
    }
}

struct Member {
    func: FunctionAst,
    is_constructor: bool,
}

/// Nests line items into statements.
struct Builder<'s, 'k> {
    kind: FileKind,
    src: &'s str,
    /// Streaming: completed top-level statements go here instead of the AST.
    sink: Option<&'k mut dyn FnMut(TopLevel)>,
    end: Span,
    stack: Vec<(Frame, Span)>,
    /// Byte offsets of line starts (computed once, for messages).
    line_starts: Vec<usize>,
    root: Vec<Stmt>,
    declare: Option<(Signature, Span)>,
    class: ClassAst,
    member: Option<Member>,
    diags: Vec<Diagnostic>,
    too_deep: bool,
}

impl<'s, 'k> Builder<'s, 'k> {
    fn new(kind: FileKind, src: &'s str, sid: SourceId, sink: Option<&'k mut dyn FnMut(TopLevel)>) -> Builder<'s, 'k> {
        let end = Span::new(sid, src.len() as u32, src.len() as u32);
        Builder {
            kind,
            src,
            sink,
            end,
            stack: Vec::new(),
            line_starts: Vec::new(),
            root: Vec::new(),
            declare: None,
            class: ClassAst::default(),
            member: None,
            diags: Vec::new(),
            too_deep: false,
        }
    }

    fn line_no(&mut self, span: Span) -> usize {
        if self.line_starts.is_empty() {
            self.line_starts.push(0);
            self.line_starts.extend(
                self.src
                    .bytes()
                    .enumerate()
                    .filter(|(_, b)| *b == b'\n')
                    .map(|(i, _)| i + 1),
            );
        }
        match self.line_starts.binary_search(&(span.start as usize)) {
            Ok(i) => i + 1,
            Err(i) => i,
        }
    }

    fn current(&mut self) -> &mut Vec<Stmt> {
        if let Some((frame, _)) = self.stack.last_mut() {
            return frame.body();
        }
        match &mut self.member {
            Some(m) => &mut m.func.body,
            None if self.kind == FileKind::Class => &mut self.class.preamble,
            None => &mut self.root,
        }
    }

    fn push_stmt(&mut self, kind: StmtKind, span: Span) {
        self.emit(Stmt { kind, span });
    }

    /// Adds a completed statement to the block being built (or, at the top
    /// level of a streamed method, hands it over).
    fn emit(&mut self, stmt: Stmt) {
        if self.stack.is_empty()
            && self.member.is_none()
            && self.kind == FileKind::Method
            && let Some(sink) = self.sink.as_mut()
        {
            sink(TopLevel::Stmt(stmt));
            return;
        }
        self.current().push(stmt);
    }

    fn open(&mut self, frame: Frame, span: Span) {
        if self.stack.len() >= MAX_BLOCK_DEPTH {
            self.diags.push(Diagnostic::error(
                span,
                format!("too many nested blocks: 4D allows {MAX_BLOCK_DEPTH} levels of control structures"),
            ));
            self.too_deep = true;
            return;
        }
        self.stack.push((frame, span));
    }

    fn unclosed(&mut self, frame: &Frame, open: Span, at: Span, found: Option<&str>) {
        let line = self.line_no(open);
        let msg = match found {
            Some(f) => format!(
                "expected `{}` to close the `{}` opened at line {line}, found `{f}`",
                frame.closer(),
                frame.opener()
            ),
            None => format!(
                "expected `{}` to close the `{}` opened at line {line}",
                frame.closer(),
                frame.opener()
            ),
        };
        let label = format!("this `{}` is never closed", frame.opener());
        let d = Diagnostic::error(at, msg).with_extra(open, label);
        self.diags.push(d);
    }

    /// Closes the innermost frame of the kind `matches` accepts.
    fn close(&mut self, matches: fn(&Frame) -> bool, closer: &str, span: Span, until: Option<Expr>) {
        let Some(pos) = self.stack.iter().rposition(|(f, _)| matches(f)) else {
            let opener = match closer {
                "Until" => "Repeat",
                "End if" => "If",
                "End case" => "Case of",
                "End while" => "While",
                "End for" => "For",
                "End for each" => "For each",
                "End use" => "Use",
                "End try" => "Try",
                "End SQL" => "Begin SQL",
                _ => "block",
            };
            self.diags.push(Diagnostic::error(
                span,
                format!("`{closer}` without a matching `{opener}`"),
            ));
            return;
        };
        while self.stack.len() > pos + 1 {
            if let Some((frame, open)) = self.stack.pop() {
                self.unclosed(&frame, open, span, Some(closer));
                let stmt = frame.close(None, open);
                self.emit(stmt);
            }
        }
        if let Some((frame, open)) = self.stack.pop() {
            let stmt = frame.close(until, open.to(span));
            self.emit(stmt);
        }
    }

    fn middle(&mut self, span: Span, what: &str) -> Option<&mut Frame> {
        let _ = (span, what);
        self.stack.last_mut().map(|(f, _)| f)
    }

    fn add(&mut self, item: LineItem, span: Span) {
        match item {
            LineItem::Assign(target, op, value) => {
                self.push_stmt(StmtKind::Assign(Box::new(Assign { target, op, value })), span)
            }
            LineItem::Expr(e) => self.push_stmt(StmtKind::Expr(e), span),
            LineItem::Var { names, ty, init } => {
                if init.is_some() && names.len() > 1 {
                    self.diags.push(Diagnostic::error(
                        span,
                        "an initial value (`:=`) is allowed only when one variable is declared",
                    ));
                }
                self.push_stmt(StmtKind::Var(Box::new(VarDecl { names, ty, init })), span)
            }
            LineItem::Declare(sig) => {
                let first = self.kind == FileKind::Method && self.root.is_empty() && self.stack.is_empty();
                if !first || self.declare.is_some() {
                    self.diags.push(Diagnostic::error(
                        span,
                        "`#DECLARE` must be the first line of the method (only comments may precede it)",
                    ));
                } else if let Some(sink) = self.sink.as_mut() {
                    self.declare = Some((Signature::default(), span));
                    sink(TopLevel::Declare(sig, span));
                } else {
                    self.declare = Some((sig, span));
                }
            }
            LineItem::If(cond) => self.open(
                Frame::If {
                    cond,
                    then: Vec::new(),
                    otherwise: None,
                },
                span,
            ),
            LineItem::Else => match self.middle(span, "Else") {
                Some(Frame::If { otherwise, .. }) if otherwise.is_none() => *otherwise = Some(Vec::new()),
                Some(Frame::Case { otherwise, .. }) if otherwise.is_none() => *otherwise = Some(Vec::new()),
                Some(Frame::If { .. }) | Some(Frame::Case { .. }) => self
                    .diags
                    .push(Diagnostic::error(span, "a second `Else` in the same block")),
                _ => self
                    .diags
                    .push(Diagnostic::error(span, "`Else` outside an `If` or `Case of` block")),
            },
            LineItem::EndIf => self.close(|f| matches!(f, Frame::If { .. }), "End if", span, None),
            LineItem::CaseOf => self.open(
                Frame::Case {
                    branches: Vec::new(),
                    otherwise: None,
                    stray: Vec::new(),
                },
                span,
            ),
            LineItem::Branch(cond) => match self.middle(span, ":") {
                Some(Frame::Case {
                    branches,
                    otherwise: None,
                    ..
                }) => branches.push((cond, Vec::new())),
                Some(Frame::Case { .. }) => self
                    .diags
                    .push(Diagnostic::error(span, "a `:` branch after the `Else` of a `Case of`")),
                _ => self.diags.push(Diagnostic::error(
                    span,
                    "a `:` branch outside a `Case of` block (expected `Case of` before it)",
                )),
            },
            LineItem::EndCase => self.close(|f| matches!(f, Frame::Case { .. }), "End case", span, None),
            LineItem::While(cond) => self.open(Frame::While { cond, body: Vec::new() }, span),
            LineItem::EndWhile => self.close(|f| matches!(f, Frame::While { .. }), "End while", span, None),
            LineItem::Repeat => self.open(Frame::Repeat { body: Vec::new() }, span),
            LineItem::Until(cond) => self.close(|f| matches!(f, Frame::Repeat { .. }), "Until", span, Some(cond)),
            LineItem::For(var, start, end, step) => self.open(
                Frame::For {
                    var,
                    start,
                    end,
                    step,
                    body: Vec::new(),
                },
                span,
            ),
            LineItem::EndFor => self.close(|f| matches!(f, Frame::For { .. }), "End for", span, None),
            head @ LineItem::ForEach { .. } => self.open(
                Frame::ForEach {
                    head: Box::new(head),
                    body: Vec::new(),
                },
                span,
            ),
            LineItem::EndForEach => self.close(|f| matches!(f, Frame::ForEach { .. }), "End for each", span, None),
            LineItem::Use(target) => self.open(
                Frame::Use {
                    target,
                    body: Vec::new(),
                },
                span,
            ),
            LineItem::EndUse => self.close(|f| matches!(f, Frame::Use { .. }), "End use", span, None),
            LineItem::Try => self.open(
                Frame::Try {
                    body: Vec::new(),
                    catch: None,
                },
                span,
            ),
            LineItem::Catch => match self.middle(span, "Catch") {
                Some(Frame::Try { catch, .. }) if catch.is_none() => *catch = Some(Vec::new()),
                Some(Frame::Try { .. }) => self
                    .diags
                    .push(Diagnostic::error(span, "a second `Catch` in the same `Try`")),
                // Outside `Try`, a line `Catch` calls a project method named
                // so (written before 4D had the keyword).
                _ => self.push_stmt(
                    StmtKind::Expr(Expr {
                        kind: ExprKind::Name(NameRef::Plain),
                        span,
                    }),
                    span,
                ),
            },
            LineItem::EndTry => self.close(|f| matches!(f, Frame::Try { .. }), "End try", span, None),
            LineItem::BeginSql => self.open(Frame::Sql { ignored: Vec::new() }, span),
            LineItem::Sql => {}
            LineItem::EndSql => self.close(|f| matches!(f, Frame::Sql { .. }), "End SQL", span, None),
            LineItem::Break => self.push_stmt(StmtKind::Break, span),
            LineItem::Continue => self.push_stmt(StmtKind::Continue, span),
            LineItem::Return(e) => self.push_stmt(StmtKind::Return(e.map(Box::new)), span),
            LineItem::Function {
                modifiers,
                accessor,
                name,
                sig,
            } => {
                let func = FunctionAst {
                    name,
                    accessor,
                    modifiers,
                    sig,
                    body: Vec::new(),
                    span,
                };
                self.start_member(
                    Member {
                        func,
                        is_constructor: false,
                    },
                    span,
                );
            }
            LineItem::Constructor { modifiers, sig } => {
                let func = FunctionAst {
                    name: "constructor".to_string(),
                    accessor: Accessor::Plain,
                    modifiers,
                    sig,
                    body: Vec::new(),
                    span,
                };
                self.start_member(
                    Member {
                        func,
                        is_constructor: true,
                    },
                    span,
                );
            }
            LineItem::Extends(names, s) => {
                if !self.class_top(span, "Class extends") {
                    return;
                }
                if self.member.is_some() || self.class.extends.is_some() {
                    self.diags.push(Diagnostic::error(
                        span,
                        "`Class extends` must come before the class's functions, once",
                    ));
                }
                self.class.extends = Some((names, s));
            }
            LineItem::Alias => {
                self.class_top(span, "Alias");
            }
            LineItem::Property { names, ty, init } => {
                if !self.class_top(span, "property") {
                    return;
                }
                if init.is_some() && names.len() > 1 {
                    self.diags.push(Diagnostic::error(
                        span,
                        "an initial value (`:=`) is allowed only when one property is declared",
                    ));
                }
                self.class.properties.push(PropertyAst { names, ty, init, span });
            }
        }
    }

    /// Class members must be at the top level of a class file.
    fn class_top(&mut self, span: Span, what: &str) -> bool {
        if self.kind != FileKind::Class {
            self.diags.push(Diagnostic::error(
                span,
                format!("`{what}` is only allowed in a class file (Project/Sources/Classes/)"),
            ));
            return false;
        }
        self.close_all(span);
        true
    }

    /// Reports and closes every open block (at a member header or the end).
    fn close_all(&mut self, at: Span) {
        while let Some((frame, open)) = self.stack.pop() {
            self.unclosed(&frame, open, at, None);
            let stmt = frame.close(None, open);
            self.emit(stmt);
        }
    }

    fn start_member(&mut self, member: Member, span: Span) {
        let what = if member.is_constructor {
            "Class constructor"
        } else {
            "Function"
        };
        if !self.class_top(span, what) {
            return;
        }
        self.end_member();
        self.member = Some(member);
    }

    fn end_member(&mut self) {
        if let Some(m) = self.member.take() {
            if m.is_constructor {
                if self.class.constructor.is_some() {
                    self.diags.push(Diagnostic::error(
                        m.func.span,
                        "a class has at most one `Class constructor`",
                    ));
                }
                self.class.modifiers = m.func.modifiers.clone();
                self.class.constructor = Some(m.func);
            } else {
                self.class.functions.push(m.func);
            }
        }
    }

    fn finish(self, src: &str, diagnostics: &mut Vec<Diagnostic>) -> Parsed {
        let (unit, mut diags, incomplete) = self.build();
        diagnostics.append(&mut diags);
        diagnostics.sort_by_key(|d| d.span.start);
        let continued = src.trim_end().ends_with('\\');
        Parsed {
            unit,
            diagnostics: std::mem::take(diagnostics),
            incomplete: incomplete || continued,
        }
    }

    fn build(mut self) -> (Unit, Vec<Diagnostic>, bool) {
        let incomplete = !self.stack.is_empty();
        let end = self.end;
        self.close_all(end);
        let unit = match self.kind {
            FileKind::Class => {
                self.end_member();
                Unit::Class(self.class)
            }
            _ => Unit::Method(MethodAst {
                declare: self.declare,
                body: self.root,
            }),
        };
        (unit, self.diags, incomplete)
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]
mod tests;
