//! Text matching for `Position`, `Replace string` and `Compare strings`: the
//! comparison modes 4D documents (default linguistic case- and
//! accent-insensitive search where æ = ae and "ignorable" control characters
//! are skipped; `*` or `sk char codes` for character codes; the `sk` options).

use std::borrow::Cow;
use std::cmp::Ordering;

use unicode_normalization::UnicodeNormalization;

/// How two texts are compared.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Mode {
    /// Compare character codes: no ligature expansion, no ignorable characters.
    pub codes: bool,
    /// Case-insensitive (with `codes`: only for a-z / A-Z, as `sk char codes + sk case insensitive`).
    pub no_case: bool,
    /// Diacritic-insensitive (a = à).
    pub no_accents: bool,
    /// `sk whole word`: only occurrences that are complete words (Position).
    pub whole_word: bool,
}

impl Mode {
    /// 4D's default: linguistic, case- and accent-insensitive.
    pub const DEFAULT: Mode = Mode {
        codes: false,
        no_case: true,
        no_accents: true,
        whole_word: false,
    };
    /// `*`: character codes.
    pub const EXACT: Mode = Mode {
        codes: true,
        no_case: false,
        no_accents: false,
        whole_word: false,
    };

    /// The mode of an `options` value built from the `sk` constants: `sk char
    /// codes` 1, `sk case insensitive` 2, `sk diacritic insensitive` 4, `sk
    /// kana insensitive` 8 and `sk width insensitive` 16 (both ignored outside
    /// a Japanese data language, as the docs say), `sk whole word` 32;
    /// `sk strict` 0 is case- and accent-sensitive.
    pub fn from_options(opts: i64) -> Mode {
        let codes = opts & 1 != 0;
        Mode {
            codes,
            no_case: opts & 2 != 0,
            no_accents: !codes && opts & 4 != 0,
            whole_word: opts & 32 != 0,
        }
    }

    /// Ligatures (æ, œ, ß) compare equal to their letters only when the
    /// comparison is not strict (ICU: a tertiary difference).
    fn expands(self) -> bool {
        !self.codes && (self.no_case || self.no_accents)
    }
}

/// "Ignorable" characters (Unicode C0 controls except TAB, LF, VT, FF, CR):
/// skipped by linguistic comparisons.
#[inline]
pub fn ignorable(c: char) -> bool {
    matches!(c as u32, 0..=8 | 0x0E..=0x1F)
}

#[inline]
fn ignorable_byte(b: u8) -> bool {
    matches!(b, 0..=8 | 0x0E..=0x1F)
}

fn is_combining(c: char) -> bool {
    matches!(c as u32, 0x0300..=0x036F | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF | 0xFE20..=0xFE2F)
}

/// Appends the comparison form of `c` under `mode` to `out`.
pub fn fold_char_into(c: char, mode: Mode, out: &mut Vec<char>) {
    if mode.codes {
        out.push(if mode.no_case { c.to_ascii_lowercase() } else { c });
        return;
    }
    if c.is_ascii() {
        if !ignorable(c) {
            out.push(if mode.no_case { c.to_ascii_lowercase() } else { c });
        }
        return;
    }
    if mode.expands() {
        let exp: Option<&str> = match c {
            'æ' => Some("ae"),
            'Æ' => Some(if mode.no_case { "ae" } else { "AE" }),
            'œ' => Some("oe"),
            'Œ' => Some(if mode.no_case { "oe" } else { "OE" }),
            'ß' => Some("ss"),
            _ => None,
        };
        if let Some(e) = exp {
            out.extend(e.chars());
            return;
        }
    }
    let mut push = |d: char| {
        if mode.no_accents {
            for n in std::iter::once(d).nfd() {
                if !is_combining(n) {
                    out.push(n);
                }
            }
        } else {
            out.push(d);
        }
    };
    if mode.no_case {
        for d in c.to_lowercase() {
            push(d);
        }
    } else {
        push(c);
    }
}

/// The comparison form of a whole text.
pub fn fold_text(s: &str, mode: Mode) -> Vec<char> {
    let mut out = Vec::with_capacity(s.len());
    for c in s.chars() {
        fold_char_into(c, mode, &mut out);
    }
    out
}

/// A prepared search string.
pub struct Needle<'a> {
    raw: &'a str,
    /// The folded needle when it is ASCII (borrowed when folding changes
    /// nothing: no allocation for the common `Position(",";$t;$i)`).
    ascii: Option<Cow<'a, [u8]>>,
    /// The folded needle otherwise.
    folded: Vec<char>,
    mode: Mode,
}

impl<'a> Needle<'a> {
    pub fn new(raw: &'a str, mode: Mode) -> Needle<'a> {
        if mode.codes && !mode.no_case {
            return Needle {
                raw,
                ascii: None,
                folded: Vec::new(),
                mode,
            };
        }
        if raw.is_ascii() {
            let b = raw.as_bytes();
            let changes = b
                .iter()
                .any(|&c| (mode.no_case && c.is_ascii_uppercase()) || (!mode.codes && ignorable_byte(c)));
            let ascii = if changes {
                Cow::Owned(
                    b.iter()
                        .filter(|&&c| mode.codes || !ignorable_byte(c))
                        .map(|&c| if mode.no_case { c.to_ascii_lowercase() } else { c })
                        .collect(),
                )
            } else {
                Cow::Borrowed(b)
            };
            return Needle {
                raw,
                ascii: Some(ascii),
                folded: Vec::new(),
                mode,
            };
        }
        let folded = fold_text(raw, mode);
        let ascii = folded
            .iter()
            .all(char::is_ascii)
            .then(|| Cow::Owned(folded.iter().map(|&c| c as u8).collect()));
        Needle {
            raw,
            ascii,
            folded,
            mode,
        }
    }

    /// Nothing to look for (empty, or only ignorable characters).
    pub fn is_empty(&self) -> bool {
        if self.mode.codes && !self.mode.no_case {
            self.raw.is_empty()
        } else if let Some(a) = &self.ascii {
            a.is_empty()
        } else {
            self.folded.is_empty()
        }
    }

    /// The first occurrence in `hay` at or after byte `from`: its byte range.
    /// `hay_ascii` (when known) spares a scan of the text.
    pub fn find(&self, hay: &str, from: usize, hay_ascii: bool) -> Option<(usize, usize)> {
        if self.is_empty() {
            return None;
        }
        let mut from = from;
        loop {
            let (s, e) = self.find_raw(hay, from, hay_ascii)?;
            if !self.mode.whole_word || whole_word_at(hay, s, e) {
                return Some((s, e));
            }
            from = s + hay.get(s..)?.chars().next().map_or(1, char::len_utf8);
        }
    }

    fn find_raw(&self, hay: &str, from: usize, hay_ascii: bool) -> Option<(usize, usize)> {
        let rest = hay.get(from..)?;
        if self.mode.codes && !self.mode.no_case {
            return memchr::memmem::find(rest.as_bytes(), self.raw.as_bytes())
                .map(|i| (from + i, from + i + self.raw.len()));
        }
        if let Some(a) = &self.ascii
            && (hay_ascii || rest.is_ascii())
        {
            return find_ascii(rest, a, self.mode).map(|(s, e)| (from + s, from + e));
        }
        if self.folded.is_empty() {
            let target: Vec<char> = self
                .ascii
                .as_deref()
                .unwrap_or(&[])
                .iter()
                .map(|&b| b as char)
                .collect();
            return find_general(rest, &target, self.mode).map(|(s, e)| (from + s, from + e));
        }
        find_general(rest, &self.folded, self.mode).map(|(s, e)| (from + s, from + e))
    }
}

/// ASCII haystack: case folding is `to_ascii_lowercase`; ignorable bytes
/// inside an occurrence are skipped (not in `codes` mode).
fn find_ascii(rest: &str, needle: &[u8], mode: Mode) -> Option<(usize, usize)> {
    let hb = rest.as_bytes();
    let first = *needle.first()?;
    let skip = !mode.codes;
    let lower = mode.no_case;
    let (f1, f2) = if lower {
        (first.to_ascii_lowercase(), first.to_ascii_uppercase())
    } else {
        (first, first)
    };
    let mut pos = 0;
    while pos < hb.len() {
        let i = pos + memchr::memchr2(f1, f2, hb.get(pos..)?)?;
        // Try an occurrence starting at i.
        let mut j = i;
        let mut k = 0;
        let mut ok = true;
        while let Some(&want) = needle.get(k) {
            let Some(&b) = hb.get(j) else {
                ok = false;
                break;
            };
            if skip && k > 0 && ignorable_byte(b) {
                j += 1;
                continue;
            }
            let b = if lower { b.to_ascii_lowercase() } else { b };
            if b == want {
                j += 1;
                k += 1;
            } else {
                ok = false;
                break;
            }
        }
        if ok {
            return Some((i, j));
        }
        pos = i + 1;
    }
    None
}

/// Any text: each candidate start folds characters one by one; an
/// occurrence must end on a character boundary (œ does not match "o").
fn find_general(rest: &str, target: &[char], mode: Mode) -> Option<(usize, usize)> {
    let mut piece = Vec::with_capacity(4);
    for (i, c) in rest.char_indices() {
        if !mode.codes && ignorable(c) {
            continue;
        }
        let mut k = 0;
        let tail = rest.get(i..)?;
        for (j, d) in tail.char_indices() {
            piece.clear();
            fold_char_into(d, mode, &mut piece);
            if piece.is_empty() && j > 0 {
                continue;
            }
            let mut ok = true;
            for f in &piece {
                if target.get(k) == Some(f) {
                    k += 1;
                } else {
                    ok = false;
                    break;
                }
            }
            if !ok {
                break;
            }
            if k == target.len() {
                return Some((i, i + j + d.len_utf8()));
            }
        }
    }
    None
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// `sk whole word`: the occurrence is not preceded or followed by a letter or digit.
fn whole_word_at(hay: &str, s: usize, e: usize) -> bool {
    let before = hay.get(..s).and_then(|h| h.chars().next_back());
    let after = hay.get(e..).and_then(|h| h.chars().next());
    !before.is_some_and(is_word_char) && !after.is_some_and(is_word_char)
}

/// `Replace string`: replaces up to `limit` occurrences (all when None).
pub fn replace(source: &str, needle: &Needle, with: &str, limit: Option<usize>) -> Option<String> {
    if needle.is_empty() || limit == Some(0) {
        return None;
    }
    let mut out = String::new();
    let mut last = 0;
    let mut from = 0;
    let mut n = 0;
    let ascii = source.is_ascii();
    while let Some((s, e)) = needle.find(source, from, ascii) {
        out.push_str(source.get(last..s).unwrap_or(""));
        out.push_str(with);
        last = e;
        n += 1;
        if limit.is_some_and(|l| n >= l) {
            break;
        }
        if e == s {
            // Never loop on an empty occurrence.
            let step = source.get(e..).and_then(|r| r.chars().next()).map_or(1, char::len_utf8);
            out.push_str(source.get(e..e + step).unwrap_or(""));
            last = e + step;
            from = e + step;
            if from > source.len() {
                break;
            }
        } else {
            from = e;
        }
    }
    if n == 0 {
        return None;
    }
    out.push_str(source.get(last..).unwrap_or(""));
    Some(out)
}

/// `Compare strings`: -1, 0 or 1 under `mode`.
pub fn compare(a: &str, b: &str, mode: Mode) -> Ordering {
    if mode.codes {
        // Character codes (UTF-16 units); `sk case insensitive` folds a-z only.
        let fold = |u: u16| {
            if mode.no_case && (b'A' as u16..=b'Z' as u16).contains(&u) {
                u + 32
            } else {
                u
            }
        };
        return a.encode_utf16().map(fold).cmp(b.encode_utf16().map(fold));
    }
    // Linguistic: letters first (primary), then accents (secondary), then
    // case (tertiary, lowercase first), each level only when it counts.
    let primary = Mode {
        no_case: true,
        no_accents: true,
        ..mode
    };
    let ord = fold_text(a, primary).cmp(&fold_text(b, primary));
    if ord != Ordering::Equal {
        return ord;
    }
    if !mode.no_accents {
        let secondary = Mode {
            no_case: true,
            no_accents: false,
            ..mode
        };
        let ord = fold_text(a, secondary).cmp(&fold_text(b, secondary));
        if ord != Ordering::Equal {
            return ord;
        }
    }
    if !mode.no_case {
        let tertiary = Mode {
            no_case: false,
            no_accents: true,
            ..mode
        };
        let (x, y) = (fold_text(a, tertiary), fold_text(b, tertiary));
        for (c, d) in x.iter().zip(y.iter()) {
            if c != d {
                // Same letter in another case: lowercase sorts first.
                return if c.is_lowercase() && !d.is_lowercase() {
                    Ordering::Less
                } else if d.is_lowercase() && !c.is_lowercase() {
                    Ordering::Greater
                } else {
                    c.cmp(d)
                };
            }
        }
        return x.len().cmp(&y.len());
    }
    Ordering::Equal
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]
mod tests {
    use super::*;

    fn pos(find: &str, hay: &str, mode: Mode) -> Option<(usize, usize)> {
        Needle::new(find, mode).find(hay, 0, hay.is_ascii())
    }

    #[test]
    fn default_is_case_and_accent_insensitive_with_ligatures() {
        assert_eq!(pos("ll", "Willow", Mode::DEFAULT), Some((2, 4)));
        assert_eq!(pos("DAY", "Today", Mode::DEFAULT), Some((2, 5)));
        assert_eq!(pos("DAY", "Today", Mode::EXACT), None);
        assert_eq!(pos("œ", "Bœuf", Mode::DEFAULT), Some((1, 3)));
        assert_eq!(pos("oe", "Bœuf", Mode::DEFAULT), Some((1, 3)));
        assert_eq!(pos("o", "Bœuf", Mode::DEFAULT), None);
        assert_eq!(pos("brulee", "Crème brûlée", Mode::DEFAULT), Some((7, 15)));
        assert_eq!(pos("ab", "a\u{1}b", Mode::DEFAULT), Some((0, 3)));
    }

    #[test]
    fn options() {
        let ci = Mode::from_options(2);
        assert_eq!(pos("JOEL", "joël", ci), None);
        let di = Mode::from_options(4);
        assert_eq!(pos("joel", "joël", di), Some((0, 5)));
        assert_eq!(pos("Joel", "joël", di), None);
        let ww = Mode::from_options(32 + 2 + 4);
        assert_eq!(pos("where", "somewhere where", ww), Some((10, 15)));
    }

    #[test]
    fn comparisons() {
        let a = "alpha Bravo charlie Delta Echo Fox-Trot";
        let b = "Alpha Bravo Charlie Delta Echo Fox-Trot";
        assert_eq!(compare(a, b, Mode::from_options(1)), Ordering::Greater);
        assert_eq!(compare(a, b, Mode::from_options(3)), Ordering::Equal);
        assert_eq!(compare("ete", "été", Mode::DEFAULT), Ordering::Equal);
        assert_eq!(compare("a", "A", Mode::from_options(0)), Ordering::Less);
        assert_eq!(compare("a", "B", Mode::from_options(0)), Ordering::Less);
        assert_eq!(compare("B", "a", Mode::from_options(1)), Ordering::Less);
    }
}
