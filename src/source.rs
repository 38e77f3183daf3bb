//! Source files and byte spans: `SourceId`, `Span` and the `SourceMap` that
//! owns every text a run has loaded (files, REPL lines, EXECUTE FORMULA text).

use std::path::{Path, PathBuf};
use std::sync::Arc;

use parking_lot::RwLock;

/// Index of a source in its [`SourceMap`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub struct SourceId(pub u32);

/// A byte range in one source. Line and column are computed only when a
/// diagnostic is shown. The default span points nowhere.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Span {
    pub source: SourceId,
    pub start: u32,
    pub end: u32,
}

impl Default for Span {
    fn default() -> Span {
        Span::NONE
    }
}

impl Span {
    /// No location (errors of code that has no source).
    pub const NONE: Span = Span {
        source: SourceId(u32::MAX),
        start: 0,
        end: 0,
    };

    pub fn is_none(self) -> bool {
        self.source.0 == u32::MAX
    }

    pub fn new(source: SourceId, start: u32, end: u32) -> Span {
        Span { source, start, end }
    }
    pub fn to(self, other: Span) -> Span {
        Span {
            source: self.source,
            start: self.start.min(other.start),
            end: self.end.max(other.end),
        }
    }
    pub fn range(self) -> std::ops::Range<usize> {
        self.start as usize..self.end as usize
    }
}

/// One loaded text: its display name (usually a path), the method name it
/// defines, and the text itself (BOM removed, lone CR turned into LF so that
/// byte offsets stay the same and every tool agrees on line numbers).
#[derive(Debug)]
pub struct SourceFile {
    pub name: String,
    pub path: Option<PathBuf>,
    pub text: Arc<str>,
    line_starts: Vec<u32>,
}

impl SourceFile {
    pub fn new(name: impl Into<String>, path: Option<PathBuf>, text: &str) -> SourceFile {
        let text: Arc<str> = match normalize(text) {
            std::borrow::Cow::Borrowed(t) => Arc::from(t),
            std::borrow::Cow::Owned(t) => Arc::from(t),
        };
        let line_starts = std::iter::once(0)
            .chain(memchr::memchr_iter(b'\n', text.as_bytes()).map(|i| i as u32 + 1))
            .collect();
        SourceFile {
            name: name.into(),
            path,
            text,
            line_starts,
        }
    }

    /// 1-based line number of a byte offset.
    pub fn line_of(&self, offset: u32) -> u32 {
        match self.line_starts.binary_search(&offset) {
            Ok(i) => i as u32 + 1,
            Err(i) => i as u32,
        }
    }

    /// 1-based column (in characters) of a byte offset.
    pub fn column_of(&self, offset: u32) -> u32 {
        let line = self.line_of(offset) as usize;
        let start = self.line_starts.get(line.saturating_sub(1)).copied().unwrap_or(0) as usize;
        let end = (offset as usize).min(self.text.len());
        self.text.get(start..end).map(|s| s.chars().count()).unwrap_or(0) as u32 + 1
    }

    /// The text of 1-based line `line`, without its line break.
    pub fn line_text(&self, line: u32) -> Option<&str> {
        let start = *self.line_starts.get((line as usize).checked_sub(1)?)? as usize;
        let rest = self.text.get(start..)?;
        Some(rest.split('\n').next().unwrap_or(rest).trim_end_matches('\r'))
    }

    pub fn line_count(&self) -> usize {
        self.line_starts.len()
    }
}

/// The text of a source file's bytes: UTF-8, with invalid bytes as U+FFFD.
/// Valid files (all of them, nearly) are checked with `from_utf8`, several
/// times faster than the lossy decoder, and not copied.
pub fn text_of(bytes: Vec<u8>) -> String {
    String::from_utf8(bytes).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
}

/// Removes a leading BOM and turns lone CRs into LFs (same byte length).
fn normalize(text: &str) -> std::borrow::Cow<'_, str> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if !text.contains('\r') {
        return text.into();
    }
    let bytes = text.as_bytes();
    let mut out = String::with_capacity(text.len());
    for (i, c) in text.char_indices() {
        if c == '\r' && bytes.get(i + 1) != Some(&b'\n') {
            out.push('\n');
        } else {
            out.push(c);
        }
    }
    out.into()
}

/// Every source of a run. Shared by all processes (read-mostly).
#[derive(Debug, Default)]
pub struct SourceMap {
    files: RwLock<Vec<Arc<SourceFile>>>,
}

impl SourceMap {
    pub fn new() -> SourceMap {
        SourceMap::default()
    }

    pub fn add(&self, name: impl Into<String>, path: Option<&Path>, text: &str) -> SourceId {
        let file = SourceFile::new(name, path.map(Path::to_path_buf), text);
        let mut files = self.files.write();
        files.push(Arc::new(file));
        SourceId(files.len() as u32 - 1)
    }

    pub fn get(&self, id: SourceId) -> Option<Arc<SourceFile>> {
        self.files.read().get(id.0 as usize).cloned()
    }

    /// The code of 1-based line `line` of a source, as written (trimmed):
    /// `Error formula`, the `formula` of `Get call chain`; "" when absent.
    pub fn formula(&self, source: SourceId, line: u32) -> String {
        self.get(source)
            .and_then(|f| f.line_text(line).map(|t| t.trim().to_string()))
            .unwrap_or_default()
    }

    /// "name, line n" for messages.
    pub fn line_of(&self, span: Span) -> u32 {
        self.get(span.source).map(|f| f.line_of(span.start)).unwrap_or(0)
    }
}
