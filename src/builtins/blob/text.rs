//! `TEXT TO BLOB` and `BLOB to text`: the seven text formats of
//! text-to-blob.md. "Mac" formats use the Mac Roman character set
//! (characters it lacks become `?`), "UTF8" ones UTF-8. Lengths are
//! big-endian (`"Café"` → `$00 00 00 05 43 61 66 C3 A9`): 1 byte for a
//! Pascal string, 2 for Mac text, 4 for UTF-8 text; they count bytes. Texts
//! too long for a Mac format are cut (255 bytes for a Pascal string, 32767
//! for Mac text with length: "Mac constants cannot work with texts greater
//! than 32 KB").

use std::sync::LazyLock;

use super::{OUT_OF_RANGE, blob_arg, read_offset, write_value};
use crate::builtins::{int, present, set_arg, text};
use crate::runtime::error::{RtResult, code, err};
use crate::runtime::interp::Interp;
use crate::runtime::value::Value;
use crate::sema::ir::Arg;
use crate::source::Span;

/// The `textFormat` constants.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Format {
    MacCString,
    MacPascal,
    MacWithLength,
    MacWithoutLength,
    Utf8CString,
    Utf8WithLength,
    Utf8WithoutLength,
}

fn format_of(n: i64, cmd: &str, span: Span) -> RtResult<Format> {
    Ok(match n {
        0 => Format::MacCString,
        1 => Format::MacPascal,
        2 => Format::MacWithLength,
        3 => Format::MacWithoutLength,
        4 => Format::Utf8CString,
        5 => Format::Utf8WithLength,
        6 => Format::Utf8WithoutLength,
        _ => return err(code::BAD_ARGUMENT, format!("{cmd}: unknown text format {n}"), span),
    })
}

impl Format {
    fn is_mac(self) -> bool {
        matches!(
            self,
            Format::MacCString | Format::MacPascal | Format::MacWithLength | Format::MacWithoutLength
        )
    }
}

/// Characters 0x80–0xFF of Mac Roman.
static MAC_HIGH: LazyLock<Vec<char>> = LazyLock::new(|| {
    let bytes: Vec<u8> = (0x80..=0xFF).collect();
    let (s, _) = encoding_rs::MACINTOSH.decode_without_bom_handling(&bytes);
    s.chars().collect()
});

pub fn mac_roman_encode(s: &str) -> Vec<u8> {
    s.chars()
        .map(|c| {
            if c.is_ascii() {
                c as u8
            } else {
                MAC_HIGH
                    .iter()
                    .position(|&m| m == c)
                    .map(|i| 0x80 + i as u8)
                    .unwrap_or(b'?')
            }
        })
        .collect()
}

pub fn mac_roman_decode(bytes: &[u8]) -> String {
    bytes
        .iter()
        .map(|&b| {
            if b < 0x80 {
                b as char
            } else {
                MAC_HIGH.get((b - 0x80) as usize).copied().unwrap_or('\u{FFFD}')
            }
        })
        .collect()
}

/// The bytes of `s` in `format`.
fn encode(s: &str, format: Format) -> Vec<u8> {
    let mut chars = if format.is_mac() {
        mac_roman_encode(s)
    } else {
        s.as_bytes().to_vec()
    };
    match format {
        Format::MacCString | Format::Utf8CString => {
            chars.push(0);
            chars
        }
        Format::MacPascal => {
            chars.truncate(255);
            let mut out = vec![chars.len() as u8];
            out.extend(chars);
            out
        }
        Format::MacWithLength => {
            chars.truncate(32767);
            let mut out = (chars.len() as u16).to_be_bytes().to_vec();
            out.extend(chars);
            out
        }
        Format::Utf8WithLength => {
            let mut out = (chars.len() as u32).to_be_bytes().to_vec();
            out.extend(chars);
            out
        }
        Format::MacWithoutLength | Format::Utf8WithoutLength => chars,
    }
}

/// `TEXT TO BLOB(text; blob {; textFormat {; offset | *}})`: Mac C string
/// by default.
pub fn text_to_blob(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    const CMD: &str = "TEXT TO BLOB";
    let t = text(p, args, 0, span)?;
    let format = if present(args, 2) {
        format_of(int(p, args, 2, span)?, CMD, span)?
    } else {
        Format::MacCString
    };
    let data = encode(t.as_str(), format);
    write_value(p, args, 1, 3, &data, CMD, span)?;
    Ok(Value::Undefined)
}

/// The length of the first `count` characters (UTF-16 units, as `Length`
/// counts) of UTF-8 `bytes`, in bytes.
fn utf8_prefix(bytes: &[u8], count: usize) -> usize {
    let s = String::from_utf8_lossy(bytes);
    let mut units = 0;
    let mut len = 0;
    for c in s.chars() {
        if units >= count {
            break;
        }
        units += c.len_utf16();
        len += if c == '\u{FFFD}' { 1 } else { c.len_utf8() };
    }
    len.min(bytes.len())
}

/// Reads a text in `format` from `bytes`; returns it and the bytes read.
/// Lengths past the end are cut at the end of the BLOB (blob-to-text.md:
/// the result of such a read is "unpredictable").
fn decode(bytes: &[u8], format: Format, count: Option<usize>) -> (String, usize) {
    let text_of = |b: &[u8]| {
        if format.is_mac() {
            mac_roman_decode(b)
        } else {
            String::from_utf8_lossy(b).into_owned()
        }
    };
    let be = |n: usize| -> usize {
        bytes
            .get(..n)
            .map(|h| h.iter().fold(0usize, |acc, &b| (acc << 8) | b as usize))
            .unwrap_or(0)
    };
    let with_header = |header: usize| {
        let len = be(header);
        let body = bytes.get(header..).unwrap_or_default();
        let body = body.get(..len).unwrap_or(body);
        (text_of(body), (header + body.len()).min(bytes.len()))
    };
    match format {
        Format::MacCString | Format::Utf8CString => match memchr::memchr(0, bytes) {
            Some(nul) => (text_of(bytes.get(..nul).unwrap_or_default()), nul + 1),
            None => (text_of(bytes), bytes.len()),
        },
        Format::MacPascal => with_header(1),
        Format::MacWithLength => with_header(2),
        Format::Utf8WithLength => with_header(4),
        Format::MacWithoutLength => {
            let n = count.unwrap_or(bytes.len()).min(bytes.len());
            (text_of(bytes.get(..n).unwrap_or_default()), n)
        }
        Format::Utf8WithoutLength => {
            let n = count.map(|c| utf8_prefix(bytes, c)).unwrap_or(bytes.len());
            (text_of(bytes.get(..n).unwrap_or_default()), n)
        }
    }
}

/// `BLOB to text(blob; textFormat {; offset {; textLength}})`: without
/// `textLength`, a text without length is read to the end of the BLOB.
pub fn blob_to_text(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    const CMD: &str = "BLOB to text";
    let blob = blob_arg(p, args, 0, CMD, span)?;
    let format = format_of(int(p, args, 1, span)?, CMD, span)?;
    let offset = read_offset(p, args, 2, span)?;
    let count = if present(args, 3) {
        Some(int(p, args, 3, span)?.max(0) as usize)
    } else {
        None
    };
    let Some(rest) = usize::try_from(offset).ok().and_then(|o| blob.get(o..)) else {
        return err(
            OUT_OF_RANGE,
            format!("{CMD}: offset {offset} is outside the BLOB ({} bytes)", blob.len()),
            span,
        );
    };
    let (s, read) = decode(rest, format, count);
    if present(args, 2) {
        set_arg(p, args, 2, Value::Real((offset as usize + read) as f64), span)?;
    }
    Ok(Value::text(s))
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]
mod tests {
    use super::*;

    #[test]
    fn documented_encodings() {
        // text-to-blob.md's table.
        assert_eq!(encode("Café", Format::Utf8CString), b"Caf\xC3\xA9\0");
        assert_eq!(encode("Café", Format::MacCString), b"Caf\x8E\0");
        assert_eq!(encode("", Format::MacPascal), b"\0");
        assert_eq!(encode("Café", Format::MacPascal), b"\x04Caf\x8E");
        assert_eq!(encode("", Format::Utf8WithLength), b"\0\0\0\0");
        assert_eq!(encode("Café", Format::Utf8WithLength), b"\0\0\0\x05Caf\xC3\xA9");
        assert_eq!(encode("Café", Format::MacWithLength), b"\0\x04Caf\x8E");
        assert_eq!(encode("Café", Format::MacWithoutLength), b"Caf\x8E");
        assert_eq!(encode("", Format::Utf8WithoutLength), b"");
        assert_eq!(encode("€→", Format::MacWithoutLength), b"\xDB?");
    }

    #[test]
    fn decoding() {
        assert_eq!(decode(b"Caf\x8E\0rest", Format::MacCString, None), ("Café".into(), 5));
        assert_eq!(
            decode(b"\0\0\0\x05Caf\xC3\xA9", Format::Utf8WithLength, None),
            ("Café".into(), 9)
        );
        assert_eq!(
            decode("éa😀b".as_bytes(), Format::Utf8WithoutLength, Some(2)),
            ("éa".into(), 3)
        );
        assert_eq!(
            decode("😀b".as_bytes(), Format::Utf8WithoutLength, Some(2)),
            ("😀".into(), 4)
        );
        assert_eq!(decode(b"\x09ab", Format::MacPascal, None), ("ab".into(), 3));
    }
}
