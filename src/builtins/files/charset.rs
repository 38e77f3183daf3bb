//! Character sets and line breaks of text documents (`Document to text`,
//! `TEXT TO DOCUMENT`, `file.getText()`, `file.setText()`).
//!
//! Rules followed (FileClass.md `.setText()`, Document.md `.getText()`,
//! text-to-document.md): a charset is given by name or MIBEnum number; when
//! reading, a Byte Order Mark wins over the given charset; when writing, a
//! BOM is written for charsets that have one unless the name ends with
//! `-no-bom`, and no charset means UTF-8 without BOM; line breaks are
//! converted according to the break mode (1, native, is LF on Linux).

use crate::runtime::value::Value;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Encoding {
    Utf8,
    Utf16Le,
    Utf16Be,
    Latin1,
    Ascii,
    Windows1252,
    /// Any other character set encoding_rs knows (Mac Roman, Shift_JIS…).
    Other(&'static encoding_rs::Encoding),
}

/// A character set and whether a BOM is written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Charset {
    pub encoding: Encoding,
    pub bom: bool,
}

impl Charset {
    /// The default of the document commands: UTF-8 without BOM.
    pub const DEFAULT: Charset = Charset {
        encoding: Encoding::Utf8,
        bom: false,
    };
}

/// A charset from its standard name or MIBEnum number (None: unsupported).
pub fn charset_of(v: &Value) -> Option<Charset> {
    let (encoding, bom) = match v {
        Value::Text(t) => {
            let name = t.as_str().trim().to_ascii_lowercase();
            let (base, bom) = match name.strip_suffix("-no-bom") {
                Some(b) => (b.to_string(), false),
                None => (name, true),
            };
            let e = match base.as_str() {
                "utf-8" | "utf8" => Encoding::Utf8,
                "utf-16" | "utf16" | "utf-16le" | "unicode" => Encoding::Utf16Le,
                "utf-16be" => Encoding::Utf16Be,
                "iso-8859-1" | "iso8859-1" | "latin1" | "iso-latin-1" => Encoding::Latin1,
                "us-ascii" | "ascii" => Encoding::Ascii,
                "windows-1252" | "cp1252" | "ansi" => Encoding::Windows1252,
                "macroman" | "x-mac-roman" | "mac" | "macintosh" | "csmacintosh" => {
                    Encoding::Other(encoding_rs::MACINTOSH)
                }
                "l1" | "cp819" | "iso_8859-1" | "iso-ir-100" | "csisolatin1" | "ibm819" => Encoding::Latin1,
                other => other_encoding(other)?,
            };
            (e, bom)
        }
        other => {
            let n = other.as_num()? as i64;
            let e = match n {
                106 => Encoding::Utf8,
                1015 | 1014 => Encoding::Utf16Le,
                1013 => Encoding::Utf16Be,
                4 => Encoding::Latin1,
                3 => Encoding::Ascii,
                2252 => Encoding::Windows1252,
                2027 => Encoding::Other(encoding_rs::MACINTOSH),
                _ => return None,
            };
            (e, true)
        }
    };
    let bom = bom && matches!(encoding, Encoding::Utf8 | Encoding::Utf16Le | Encoding::Utf16Be);
    Some(Charset { encoding, bom })
}

/// A charset name encoding_rs knows (its WHATWG labels).
fn other_encoding(name: &str) -> Option<Encoding> {
    let e = encoding_rs::Encoding::for_label(name.as_bytes())?;
    Some(if e == encoding_rs::UTF_8 {
        Encoding::Utf8
    } else if e == encoding_rs::UTF_16LE {
        Encoding::Utf16Le
    } else if e == encoding_rs::UTF_16BE {
        Encoding::Utf16Be
    } else if e == encoding_rs::REPLACEMENT {
        return None;
    } else {
        Encoding::Other(e)
    })
}

/// Characters 0x80–0x9F of windows-1252 (0 where the code page has none).
const CP1252: [u16; 32] = [
    0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0, 0,
    0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
];

/// Decodes document bytes: a BOM (UTF-8, UTF-16) overrides `charset`.
pub fn decode(bytes: &[u8], charset: Charset) -> String {
    if let Some(rest) = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]) {
        return String::from_utf8_lossy(rest).into_owned();
    }
    if let Some(rest) = bytes.strip_prefix(&[0xFF, 0xFE]) {
        return utf16(rest, false);
    }
    if let Some(rest) = bytes.strip_prefix(&[0xFE, 0xFF]) {
        return utf16(rest, true);
    }
    match charset.encoding {
        Encoding::Utf8 => String::from_utf8_lossy(bytes).into_owned(),
        Encoding::Utf16Le => utf16(bytes, false),
        Encoding::Utf16Be => utf16(bytes, true),
        Encoding::Latin1 => bytes.iter().map(|&b| b as char).collect(),
        Encoding::Ascii => bytes
            .iter()
            .map(|&b| if b < 0x80 { b as char } else { '\u{FFFD}' })
            .collect(),
        Encoding::Windows1252 => bytes
            .iter()
            .map(|&b| match b {
                0x80..=0x9F => CP1252
                    .get((b - 0x80) as usize)
                    .and_then(|&c| char::from_u32(c as u32))
                    .filter(|&c| c != '\0')
                    .unwrap_or('\u{FFFD}'),
                _ => b as char,
            })
            .collect(),
        Encoding::Other(e) => e.decode_without_bom_handling(bytes).0.into_owned(),
    }
}

/// Encodes with an encoding_rs encoding; characters it lacks become `?`.
fn encode_other(e: &'static encoding_rs::Encoding, text: &str, out: &mut Vec<u8>) {
    let mut encoder = e.new_encoder();
    let mut buf = vec![0u8; 4096];
    let mut src = text;
    loop {
        let (r, read, written) = encoder.encode_from_utf8_without_replacement(src, &mut buf, true);
        out.extend_from_slice(buf.get(..written).unwrap_or_default());
        src = src.get(read..).unwrap_or_default();
        match r {
            encoding_rs::EncoderResult::InputEmpty => break,
            encoding_rs::EncoderResult::OutputFull => {}
            encoding_rs::EncoderResult::Unmappable(_) => out.push(b'?'),
        }
    }
}

fn utf16(bytes: &[u8], big_endian: bool) -> String {
    let units: Vec<u16> = bytes
        .chunks(2)
        .map(|c| {
            let a = c.first().copied().unwrap_or(0);
            let b = c.get(1).copied().unwrap_or(0);
            if big_endian {
                u16::from_be_bytes([a, b])
            } else {
                u16::from_le_bytes([a, b])
            }
        })
        .collect();
    String::from_utf16_lossy(&units)
}

/// Encodes text for a document (with the BOM when the charset has one).
pub fn encode(text: &str, charset: Charset) -> Vec<u8> {
    let mut out = Vec::with_capacity(text.len() + 3);
    match charset.encoding {
        Encoding::Utf8 => {
            if charset.bom {
                out.extend_from_slice(&[0xEF, 0xBB, 0xBF]);
            }
            out.extend_from_slice(text.as_bytes());
        }
        Encoding::Utf16Le | Encoding::Utf16Be => {
            let be = charset.encoding == Encoding::Utf16Be;
            if charset.bom {
                out.extend_from_slice(if be { &[0xFE, 0xFF] } else { &[0xFF, 0xFE] });
            }
            for u in text.encode_utf16() {
                out.extend_from_slice(&if be { u.to_be_bytes() } else { u.to_le_bytes() });
            }
        }
        Encoding::Latin1 => out.extend(text.chars().map(|c| if (c as u32) < 0x100 { c as u8 } else { b'?' })),
        Encoding::Ascii => out.extend(text.chars().map(|c| if c.is_ascii() { c as u8 } else { b'?' })),
        Encoding::Windows1252 => out.extend(text.chars().map(|c| {
            let u = c as u32;
            if u < 0x80 || (0xA0..0x100).contains(&u) {
                u as u8
            } else {
                CP1252
                    .iter()
                    .position(|&x| x as u32 == u && x != 0)
                    .map(|i| 0x80 + i as u8)
                    .unwrap_or(b'?')
            }
        })),
        Encoding::Other(e) => encode_other(e, text, &mut out),
    }
    out
}

/// Converts every line break (CRLF, CR, LF) to the break mode's form:
/// 0 unchanged, 1 native (LF), 2 CRLF, 3 CR, 4 LF.
pub fn convert_breaks(text: &str, mode: i64) -> String {
    let eol = match mode {
        2 => "\r\n",
        3 => "\r",
        1 | 4 => "\n",
        _ => return text.to_string(),
    };
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\r' => {
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
                out.push_str(eol);
            }
            '\n' => out.push_str(eol),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]
mod tests {
    use super::*;

    #[test]
    fn round_trips() {
        for name in ["UTF-8", "UTF-16", "UTF-16BE", "ISO-8859-1", "windows-1252"] {
            let cs = charset_of(&Value::text(name)).unwrap();
            let bytes = encode("café €", cs);
            let back = decode(&bytes, cs);
            if name == "ISO-8859-1" {
                assert_eq!(back, "café ?");
            } else {
                assert_eq!(back, "café €", "{name}");
            }
        }
        let cs = charset_of(&Value::text("UTF-8-no-bom")).unwrap();
        assert_eq!(encode("a", cs), b"a");
        assert_eq!(encode("a", charset_of(&Value::Real(106.0)).unwrap()), b"\xEF\xBB\xBFa");
        assert!(charset_of(&Value::text("klingon")).is_none());
    }

    #[test]
    fn breaks() {
        assert_eq!(convert_breaks("a\r\nb\rc\nd", 2), "a\r\nb\r\nc\r\nd");
        assert_eq!(convert_breaks("a\r\nb\rc\nd", 1), "a\nb\nc\nd");
        assert_eq!(convert_breaks("a\r\nb", 0), "a\r\nb");
        assert_eq!(convert_breaks("a\nb", 3), "a\rb");
    }
}
