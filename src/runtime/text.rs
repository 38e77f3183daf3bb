//! 4D Text values: reference-counted, appended in place when unshared
//! (`$t:=$t+$piece` is amortised O(1)), with the data language's loose
//! comparison (case- and accent-insensitive, `@` wildcard) and UTF-16
//! character positions as 4D counts them.

use std::cmp::Ordering;
use std::fmt;
use std::ptr::NonNull;
use std::sync::atomic::{AtomicUsize, Ordering as Atomic, fence};

use unicode_normalization::UnicodeNormalization;

/// The characters, inline up to 24 bytes (one allocation for the usual
/// short texts: the counted box's).
#[derive(Clone, Debug, Default)]
struct Buf {
    s: compact_str::CompactString,
    /// All ASCII: character positions are byte positions.
    ascii: bool,
}

/// A Text value. Cheap to clone (shared), thread-safe (it may live in shared
/// objects and in the resolved code).
#[derive(Clone)]
pub struct Text(Counted);

/// A thread-safe reference-counted `Buf`, like `Arc<Buf>` without weak
/// references, and with immortal values: the built-in one-character texts
/// are copied and dropped without an atomic operation (two per text
/// `Substring($t; $i; 1)` or `Char(…)` makes; strings bench -8 %).
struct Counted(NonNull<Inner>);

struct Inner {
    count: AtomicUsize,
    buf: Buf,
}

/// A count at or above this is immortal: never changed, never freed.
const IMMORTAL: usize = isize::MAX as usize;

// SAFETY: `Buf` is `Send + Sync` and the count is atomic, as in `Arc<Buf>`.
unsafe impl Send for Counted {}
// SAFETY: as above; shared access only reads `buf`.
unsafe impl Sync for Counted {}

impl Counted {
    fn new(buf: Buf) -> Counted {
        Counted::with_count(buf, 1)
    }

    /// Never freed: for values that live as long as the process.
    fn immortal(buf: Buf) -> Counted {
        Counted::with_count(buf, IMMORTAL)
    }

    fn with_count(buf: Buf, count: usize) -> Counted {
        let inner = Box::new(Inner {
            count: AtomicUsize::new(count),
            buf,
        });
        Counted(NonNull::from(Box::leak(inner)))
    }

    fn inner(&self) -> &Inner {
        // SAFETY: the pointer comes from `Box::leak` and stays valid while
        // a `Counted` holds a count on it (or forever when immortal).
        unsafe { self.0.as_ref() }
    }

    fn ptr_eq(a: &Counted, b: &Counted) -> bool {
        a.0 == b.0
    }

    /// The buffer, copied first unless this is its only reference.
    fn make_mut(&mut self) -> &mut Buf {
        // Acquire: the other references' last uses happen before our writes.
        if self.inner().count.load(Atomic::Acquire) != 1 {
            *self = Counted::new(self.inner().buf.clone());
        }
        // SAFETY: the count is 1 and `&mut self` is that one reference: no
        // other thread can reach the buffer.
        unsafe { &mut (*self.0.as_ptr()).buf }
    }
}

impl std::ops::Deref for Counted {
    type Target = Buf;
    fn deref(&self) -> &Buf {
        &self.inner().buf
    }
}

impl Clone for Counted {
    #[inline]
    fn clone(&self) -> Counted {
        let count = &self.inner().count;
        // Immortal counts never change (and a mortal one cannot become
        // immortal: that would take 2^63 references).
        if count.load(Atomic::Relaxed) < IMMORTAL {
            count.fetch_add(1, Atomic::Relaxed);
        }
        Counted(self.0)
    }
}

impl Drop for Counted {
    #[inline]
    fn drop(&mut self) {
        let count = &self.inner().count;
        if count.load(Atomic::Relaxed) >= IMMORTAL {
            return;
        }
        // As `Arc`: Release, then Acquire before freeing.
        if count.fetch_sub(1, Atomic::Release) != 1 {
            return;
        }
        fence(Atomic::Acquire);
        // SAFETY: this was the last reference: nothing else can reach it.
        drop(unsafe { Box::from_raw(self.0.as_ptr()) });
    }
}

impl Default for Text {
    fn default() -> Text {
        Text::from("")
    }
}

/// The empty text and the one-character ASCII texts, built once: the texts
/// `Substring($t; $i; 1)`, `Char(…)` and `""` make most often come without
/// an allocation.
static SMALL: std::sync::LazyLock<Vec<Text>> = std::sync::LazyLock::new(|| {
    let mut v = vec![Text(Counted::immortal(Buf {
        s: compact_str::CompactString::default(),
        ascii: true,
    }))];
    v.extend((0u8..128).map(|b| {
        Text(Counted::immortal(Buf {
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
        Text(Counted::new(Buf {
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
        Text(Counted::new(Buf {
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
        Counted::ptr_eq(&self.0, &other.0) || self.0.s == other.0.s
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
        Text(Counted::new(Buf {
            s,
            ascii: a.0.ascii && b.0.ascii,
        }))
    }

    /// `self:=a+b` written over this text's characters when it is their
    /// only reference (false, and nothing done, when it is shared).
    pub fn set_concat_if_unique(&mut self, a: &Text, b: &Text) -> bool {
        if self.0.inner().count.load(Atomic::Acquire) != 1 {
            return false;
        }
        let buf = self.0.make_mut();
        buf.s.clear();
        buf.s.push_str(a.as_str());
        buf.s.push_str(b.as_str());
        buf.ascii = a.is_ascii() && b.is_ascii();
        true
    }

    pub fn push_str(&mut self, piece: &str) {
        let buf = self.0.make_mut();
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
    fn counted_texts_are_shared_copied_on_write_and_freed() {
        let a = Text::from("hello world");
        let mut b = a.clone();
        assert_eq!(a.0.inner().count.load(Atomic::Relaxed), 2);
        b.push_str("!");
        // The shared buffer was copied before the write.
        assert_eq!((a.as_str(), b.as_str()), ("hello world", "hello world!"));
        assert_eq!(a.0.inner().count.load(Atomic::Relaxed), 1);
        // A unique one is appended in place.
        let before = b.0.0;
        b.push_str("?");
        assert_eq!((b.as_str(), b.0.0), ("hello world!?", before));
        // Across threads.
        let c = a.clone();
        let n = std::thread::spawn(move || c.len16()).join().unwrap();
        assert_eq!((n, a.0.inner().count.load(Atomic::Relaxed)), (11, 1));
    }

    #[test]
    fn one_character_texts_are_immortal() {
        let x = Text::from("x");
        for _ in 0..1000 {
            drop(x.clone());
        }
        assert_eq!(x.0.inner().count.load(Atomic::Relaxed), IMMORTAL);
        assert!(Counted::ptr_eq(&x.0, &Text::from("x").0));
        // Appending to one copies it (the shared one stays as it is).
        let mut y = x.clone();
        y.push_str("y");
        assert_eq!((x.as_str(), y.as_str(), Text::from("x").as_str()), ("x", "xy", "x"));
    }

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
