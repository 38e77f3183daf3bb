//! The one diagnostic type (syntax, resolve and runtime errors) and its
//! rendering. This is the only module that calls ariadne.

use std::io::Write;

use ariadne::{Color, Config, IndexType, Label, Report, ReportKind};

use crate::source::{SourceId, SourceMap, Span};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Severity {
    Error,
    Warning,
}

/// One frame of a 4D call chain (outermost first when rendered).
#[derive(Clone, Debug, PartialEq)]
pub struct Frame {
    pub method: String,
    pub line: u32,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Diagnostic {
    pub severity: Severity,
    /// 4D's error code, when there is one.
    pub code: Option<i32>,
    pub message: String,
    pub span: Span,
    /// Text for the main label (defaults to the message).
    pub label: Option<String>,
    /// Secondary spans with their text.
    pub extra: Vec<(Span, String)>,
    pub notes: Vec<String>,
    /// The 4D call chain, innermost first.
    pub chain: Vec<Frame>,
    /// Name of the process the error happened in (runtime errors of other processes).
    pub process: Option<String>,
}

impl Diagnostic {
    pub fn error(span: Span, message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            severity: Severity::Error,
            code: None,
            message: message.into(),
            span,
            label: None,
            extra: Vec::new(),
            notes: Vec::new(),
            chain: Vec::new(),
            process: None,
        }
    }

    pub fn warning(span: Span, message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            severity: Severity::Warning,
            ..Diagnostic::error(span, message)
        }
    }

    pub fn with_label(mut self, label: impl Into<String>) -> Diagnostic {
        self.label = Some(label.into());
        self
    }

    pub fn with_extra(mut self, span: Span, text: impl Into<String>) -> Diagnostic {
        self.extra.push((span, text.into()));
        self
    }

    pub fn with_note(mut self, note: impl Into<String>) -> Diagnostic {
        self.notes.push(note.into());
        self
    }

    pub fn with_code(mut self, code: i32) -> Diagnostic {
        self.code = Some(code);
        self
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

/// Colour or not: only on a terminal, never with `NO_COLOR`. Decided by the caller (cli).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ColorChoice {
    Always,
    Never,
}

struct Cache<'a> {
    map: &'a SourceMap,
    sources: Vec<(SourceId, ariadne::Source<String>, String)>,
    /// How far into each source the rendered diagnostics reach: ariadne is
    /// given only the text up to the line after that (it indexes every line
    /// it is given, and a generated file can have hundreds of thousands).
    reach: Vec<(SourceId, usize)>,
}

impl Cache<'_> {
    fn load(&mut self, id: SourceId) {
        if self.sources.iter().any(|(i, _, _)| *i == id) {
            return;
        }
        let reach = self.reach.iter().find(|(i, _)| *i == id).map_or(usize::MAX, |r| r.1);
        let (text, name) = match self.map.get(id) {
            Some(f) => (prefix_lines(&f.text, reach).to_string(), f.name.clone()),
            None => (String::new(), "<unknown>".to_string()),
        };
        self.sources.push((id, ariadne::Source::from(text), name));
    }
}

impl ariadne::Cache<SourceId> for Cache<'_> {
    type Storage = String;

    fn fetch(&mut self, id: &SourceId) -> Result<&ariadne::Source<String>, impl std::fmt::Debug> {
        self.load(*id);
        self.sources
            .iter()
            .find(|(i, _, _)| i == id)
            .map(|(_, s, _)| s)
            .ok_or("no such source")
    }

    fn display<'b>(&self, id: &'b SourceId) -> Option<impl std::fmt::Display + 'b> {
        self.sources.iter().find(|(i, _, _)| i == id).map(|(_, _, n)| n.clone())
    }
}

struct AriadneSpan(Span);

impl ariadne::Span for AriadneSpan {
    type SourceId = SourceId;
    fn source(&self) -> &SourceId {
        &self.0.source
    }
    fn start(&self) -> usize {
        self.0.start as usize
    }
    fn end(&self) -> usize {
        self.0.end as usize
    }
}

/// Renders diagnostics as text (ariadne), for stderr.
pub fn render(map: &SourceMap, diags: &[Diagnostic], color: ColorChoice) -> String {
    let mut out = Vec::new();
    // One cache for all: each source is prepared for ariadne once.
    let mut reach: Vec<(SourceId, usize)> = Vec::new();
    for d in diags {
        let end = d.span.end as usize;
        match reach.iter_mut().find(|(i, _)| *i == d.span.source) {
            Some(r) => r.1 = r.1.max(end),
            None => reach.push((d.span.source, end)),
        }
    }
    let mut cache = Cache {
        map,
        sources: Vec::new(),
        reach,
    };
    for d in diags {
        write_one(map, d, color, &mut out, &mut cache);
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// `text` up to the end of the line after the one holding byte `reach`.
fn prefix_lines(text: &str, reach: usize) -> &str {
    let mut end = reach.min(text.len());
    for _ in 0..2 {
        end = match text.get(end..).and_then(|rest| rest.find('\n')) {
            Some(i) => end + i + 1,
            None => return text,
        };
    }
    text.get(..end).unwrap_or(text)
}

fn clamp(map: &SourceMap, span: Span) -> Span {
    let len = map.get(span.source).map(|f| f.text.len() as u32).unwrap_or(0);
    let start = span.start.min(len);
    let end = span.end.clamp(start, len);
    Span { start, end, ..span }
}

fn write_one(map: &SourceMap, d: &Diagnostic, color: ColorChoice, out: &mut Vec<u8>, cache: &mut Cache<'_>) {
    let colored = color == ColorChoice::Always;
    if d.span.is_none() || map.get(d.span.source).is_none() {
        let sev = match d.severity {
            Severity::Error => "Error",
            Severity::Warning => "Warning",
        };
        let code = d.code.map(|c| format!(" (error {c})")).unwrap_or_default();
        let process = d
            .process
            .as_ref()
            .map(|p| format!("in process \"{p}\": "))
            .unwrap_or_default();
        let _ = writeln!(out, "{sev}: {process}{}{code}", d.message);
        if !d.chain.is_empty() {
            let _ = writeln!(out, "  call chain: {}", chain_text(&d.chain));
        }
        return;
    }
    let kind = match d.severity {
        Severity::Error => ReportKind::Error,
        Severity::Warning => ReportKind::Warning,
    };
    let span = clamp(map, d.span);
    let mut message = match d.code {
        Some(code) => format!("{} (error {code})", d.message),
        None => d.message.clone(),
    };
    if let Some(p) = &d.process {
        message = format!("in process \"{p}\": {message}");
    }
    let config = Config::new().with_index_type(IndexType::Byte).with_color(colored);
    let mut report = Report::build(kind, AriadneSpan(span))
        .with_config(config)
        .with_message(message)
        .with_label(
            Label::new(AriadneSpan(span))
                .with_message(d.label.clone().unwrap_or_else(|| d.message.clone()))
                .with_color(Color::Red),
        );
    for (s, text) in &d.extra {
        report = report.with_label(
            Label::new(AriadneSpan(clamp(map, *s)))
                .with_message(text)
                .with_color(Color::Yellow),
        );
    }
    let mut notes = d.notes.clone();
    if !d.chain.is_empty() {
        notes.push(format!("call chain: {}", chain_text(&d.chain)));
    }
    if !notes.is_empty() {
        report = report.with_note(notes.join("\n"));
    }
    if report.finish().write(&mut *cache, &mut *out).is_err() {
        let _ = writeln!(out, "error: {}", d.message);
    }
}

/// One-line form: `name:line:col: error: message`.
pub fn short(map: &SourceMap, d: &Diagnostic) -> String {
    let (name, line, col) = match map.get(d.span.source) {
        Some(f) => (f.name.clone(), f.line_of(d.span.start), f.column_of(d.span.start)),
        None => ("<unknown>".to_string(), 0, 0),
    };
    let sev = match d.severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
    };
    format!("{name}:{line}:{col}: {sev}: {}", d.message)
}

/// `method (line n) <- caller (line m) <- …`, innermost first; a level
/// repeated in a row (runaway recursion: 10,000 levels) is written once with
/// its count.
fn chain_text(chain: &[Frame]) -> String {
    let mut parts: Vec<String> = Vec::new();
    let mut i = 0;
    while let Some(f) = chain.get(i) {
        let same = chain
            .get(i..)
            .unwrap_or_default()
            .iter()
            .take_while(|g| g.method == f.method && g.line == f.line)
            .count();
        let text = format!("{} (line {})", f.method, f.line);
        parts.push(if same > 2 {
            format!("{text} ×{same}")
        } else {
            text.clone()
        });
        if same == 2 {
            parts.push(text);
        }
        i += same.max(1);
    }
    parts.join(" <- ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ariadne_gets_the_text_up_to_the_line_after_the_last_diagnostic() {
        let text = "a\nbb\nccc\ndddd\n";
        assert_eq!(prefix_lines(text, 0), "a\nbb\n");
        assert_eq!(prefix_lines(text, 3), "a\nbb\nccc\n");
        assert_eq!(prefix_lines(text, 10), text);
        assert_eq!(prefix_lines("no newline", 2), "no newline");
        assert_eq!(prefix_lines(text, usize::MAX), text);

        // A diagnostic near the start of a long text still renders its line.
        let map = SourceMap::new();
        let long: String = (0..1000).map(|i| format!("line{i}\n")).collect();
        let id = map.add("big.4dm", None, &long);
        let d = Diagnostic::error(Span::new(id, 6, 11), "here");
        let out = render(&map, &[d], ColorChoice::Never);
        assert!(out.contains("line1") && out.contains("big.4dm:2:1"), "{out}");
    }
}
