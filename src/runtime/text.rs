//! 4D Text values: reference-counted, appended in place when unshared
//! (`$t:=$t+$piece` is amortised O(1)), with the data language's loose
//! comparison (case- and accent-insensitive, `@` wildcard) and UTF-16
//! character positions as 4D counts them.

use std::cmp::Ordering;
use std::fmt;
use std::sync::Arc;

use unicode_normalization::UnicodeNormalization;

/// The characters, inline up to 24 bytes (one allocation for the usual
/// short texts: the `Arc`'s).
#[derive(Clone, Debug, Default)]
struct Buf {
    s: compact_str::CompactString,
    /// All ASCII: character positions are byte positions.
    ascii: bool,
}

/// A Text value. Cheap to clone (shared), thread-safe (it may live in shared
/// objects and in the resolved code).
#[derive(Clone)]
pub struct Text(Arc<Buf>);

impl Default for Text {
    fn default() -> Text {
        Text::from("")
    }
}

/// The empty text and the one-character ASCII texts, built once: the texts
/// `Substring($t; $i; 1)`, `Char(…)` and `""` make most often come without
/// an allocation.
static SMALL: std::sync::LazyLock<Vec<Text>> = std::sync::LazyLock::new(|| {
    let mut v = vec![Text(Arc::new(Buf {
        s: compact_str::CompactString::default(),
        ascii: true,
    }))];
    v.extend((0u8..128).map(|b| {
        Text(Arc::new(Buf {
            s: compact_str::CompactString::from(char::from(b).to_string()),
            ascii: true,
        }))
    }));
    v
});

/// The shared copy of `s` when it is empty or one ASCII character.
fn small(s: &str) -> Option<Text> {
    match s.as_bytes() {
        [] => SMALL.first().cloned(),
        [b] if b.is_ascii() => SMALL.get(usize::from(*b) + 1).cloned(),
        _ => None,
    }
}

impl From<&str> for Text {
    fn from(s: &str) -> Text {
        if let Some(t) = small(s) {
            return t;
        }
        Text(Arc::new(Buf {
            ascii: s.is_ascii(),
            s: compact_str::CompactString::from(s),
        }))
    }
}

impl From<String> for Text {
    fn from(s: String) -> Text {
        if let Some(t) = small(&s) {
            return t;
        }
        Text(Arc::new(Buf {
            ascii: s.is_ascii(),
            s: compact_str::CompactString::from(s),
        }))
    }
}

impl fmt::Debug for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:?}", self.as_str())
    }
}

impl fmt::Display for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl PartialEq for Text {
    /// Exact (character code) equality; use [`text_eq`] for 4D's `=`.
    fn eq(&self, other: &Text) -> bool {
        Arc::ptr_eq(&self.0, &other.0) || self.0.s == other.0.s
    }
}

impl Text {
    pub fn as_str(&self) -> &str {
        &self.0.s
    }

    pub fn is_ascii(&self) -> bool {
        self.0.ascii
    }

    pub fn is_empty(&self) -> bool {
        self.0.s.is_empty()
    }

    /// Appends in place when this is the only reference, else copies once.
    /// `a+b`: built in place (inline up to 24 bytes, no intermediate
    /// `String`), ASCII when both are.
    pub fn concat(a: &Text, b: &Text) -> Text {
        let (x, y) = (a.0.s.as_str(), b.0.s.as_str());
        if x.is_empty() {
            return b.clone();
        }
        if y.is_empty() {
            return a.clone();
        }
        let mut s = compact_str::CompactString::with_capacity(x.len() + y.len());
        s.push_str(x);
        s.push_str(y);
        Text(Arc::new(Buf {
            s,
            ascii: a.0.ascii && b.0.ascii,
        }))
    }

    pub fn push_str(&mut self, piece: &str) {
        let buf = Arc::make_mut(&mut self.0);
        buf.ascii &= piece.is_ascii();
        buf.s.push_str(piece);
    }

    /// Length in UTF-16 code units (4D's `Length`).
    pub fn len16(&self) -> usize {
        if self.0.ascii {
            self.0.s.len()
        } else {
            self.0.s.chars().map(char::len_utf16).sum()
        }
    }

    /// Byte offset of the UTF-16 position `pos` (0-based); the text's length when past the end.
    pub fn byte_at(&self, pos: usize) -> usize {
        if self.0.ascii {
            return pos.min(self.0.s.len());
        }
        byte_at16(&self.0.s, pos)
    }

    /// The characters from 0-based UTF-16 position `start`, `count` of them.
    pub fn substring16(&self, start: usize, count: usize) -> &str {
        let s = &self.0.s;
        if self.0.ascii {
            let a = start.min(s.len());
            let b = start.saturating_add(count).min(s.len());
            return s.get(a..b).unwrap_or("");
        }
        let a = byte_at16(s, start);
        let b = a + byte_at16(s.get(a..).unwrap_or(""), count);
        s.get(a..b).unwrap_or("")
    }

    /// UTF-16 position (0-based) of byte offset `byte`.
    pub fn pos16_of(&self, byte: usize) -> usize {
        if self.0.ascii {
            return byte;
        }
        self.0
            .s
            .get(..byte)
            .map(|p| p.chars().map(char::len_utf16).sum())
            .unwrap_or(0)
    }
}

/// Byte offset of UTF-16 position `pos` in `s` (clamped to the end).
pub fn byte_at16(s: &str, pos: usize) -> usize {
    let mut units = 0;
    for (i, c) in s.char_indices() {
        if units >= pos {
            return i;
        }
        units += c.len_utf16();
    }
    s.len()
}

/// Control characters are ignorable in comparisons (`Char(1)=""` is True, length.md).
fn ignorable(c: char) -> bool {
    matches!(c as u32, 0x00..=0x08 | 0x0E..=0x1F | 0x7F)
}

/// One character folded for comparison: lowercase, without diacritics.
fn fold_char(c: char, out: &mut String) {
    if ignorable(c) {
        return;
    }
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
        return;
    }
    for d in c.to_lowercase() {
        for n in std::iter::once(d).nfd() {
            if !is_combining(n) {
                out.push(n);
            }
        }
    }
}

fn is_combining(c: char) -> bool {
    matches!(c as u32, 0x0300..=0x036F | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF | 0xFE20..=0xFE2F)
}

/// The comparison key of a text: case folded, diacritics removed
/// (`"Été"` → `"ete"`), ligatures expanded.
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            'ß' => out.push_str("ss"),
            'æ' | 'Æ' => out.push_str("ae"),
            'œ' | 'Œ' => out.push_str("oe"),
            _ => fold_char(c, &mut out),
        }
    }
    out
}

/// 4D's `=` on texts: case- and accent-insensitive; `@` in `pattern` (the
/// right operand) matches any run of characters; `@@` never matches.
pub fn text_eq(left: &str, pattern: &str) -> bool {
    if !pattern.contains('@') {
        if left.is_ascii() && pattern.is_ascii() {
            if left.eq_ignore_ascii_case(pattern) {
                return true;
            }
            // Different, unless ignorable characters make the difference.
            if !left.bytes().chain(pattern.bytes()).any(|b| ignorable(b as char)) {
                return false;
            }
        }
        return fold(left) == fold(pattern);
    }
    if pattern.contains("@@") {
        return false;
    }
    let l = fold(left);
    let p = fold(pattern);
    wildcard(l.as_bytes(), p.as_bytes())
}

/// Glob match where `@` is the only wildcard (byte-wise on folded text).
fn wildcard(text: &[u8], pat: &[u8]) -> bool {
    let (mut t, mut p) = (0usize, 0usize);
    let mut star: Option<(usize, usize)> = None;
    while t < text.len() {
        match pat.get(p) {
            Some(b'@') => {
                star = Some((p, t));
                p += 1;
            }
            Some(&c) if Some(&c) == text.get(t) => {
                t += 1;
                p += 1;
            }
            _ => match star {
                Some((sp, st)) => {
                    p = sp + 1;
                    t = st + 1;
                    star = Some((sp, st + 1));
                }
                None => return false,
            },
        }
    }
    while pat.get(p) == Some(&b'@') {
        p += 1;
    }
    p == pat.len()
}

/// 4D's ordering of texts (`<`, `>`…): folded comparison; a single trailing
/// `@` in the right operand compares only the prefix.
pub fn text_cmp(left: &str, right: &str) -> Ordering {
    let (right, prefix) = match right.strip_suffix('@') {
        Some(r) if !r.contains('@') => (r, true),
        _ => (right, false),
    };
    let (l, r) = if left.is_ascii() && right.is_ascii() {
        (left.to_ascii_lowercase(), right.to_ascii_lowercase())
    } else {
        (fold(left), fold(right))
    };
    if prefix && l.starts_with(&r) {
        return Ordering::Equal;
    }
    l.cmp(&r)
}

/// The `%` keyword operator: is `word` a whole word of `text`?
pub fn keyword_match(text: &str, word: &str) -> bool {
    if word.is_empty() || word.contains(char::is_whitespace) {
        return false;
    }
    text.split(|c: char| !c.is_alphanumeric() && c != '@' && c != '_')
        .filter(|w| !w.is_empty())
        .any(|w| text_eq(w, word))
}

/// Exact, case-sensitive comparison by character codes (`sk char codes`, `*` options).
pub fn exact_eq(a: &str, b: &str) -> bool {
    a == b
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]
mod tests {
    use super::*;

    #[test]
    fn loose_equality_and_wildcards() {
        assert!(text_eq("abc", "ABC"));
        assert!(text_eq("été", "ETE"));
        assert!(text_eq("abcdefghij", "abc@"));
        assert!(text_eq("abcdefghij", "@ghij"));
        assert!(text_eq("abcdefghij", "abcd@efghij"));
        assert!(text_eq("abcdefghij", "@abcde@fghij@"));
        assert!(!text_eq("abc@", "abcdefghij"));
        assert!(!text_eq("abcdefghij", "abc@@fg"));
        assert!(text_eq("Hello", "h@"));
    }

    #[test]
    fn keyword_operator() {
        assert!(keyword_match("Alpha Bravo", "Bravo"));
        assert!(!keyword_match("Alpha Bravo", "ravo"));
    }

    #[test]
    fn in_place_append_and_utf16_positions() {
        let mut t = Text::from("ab");
        t.push_str("cé");
        assert_eq!(t.as_str(), "abcé");
        assert_eq!(t.len16(), 4);
        assert_eq!(t.substring16(2, 2), "cé");
        let emoji = Text::from("a😀b");
        assert_eq!(emoji.len16(), 4);
        assert_eq!(emoji.substring16(3, 1), "b");
    }
}
