//! `Convert to text` and `CONVERT FROM TEXT`: texts to and from BLOBs in the
//! character sets the docs list (by IANA name, alias or MIBEnum). Unicode
//! forms and ISO-8859-1/US-ASCII are done here, the others by encoding_rs.
//! UTF-7, IBM437, EBCDIC (cp037) and the x-mac-* sets other than Roman and
//! Cyrillic are not supported: the commands then set OK to 0.

use encoding_rs::Encoding;

use super::super::{set_arg, text, val};
use crate::runtime::blob::{BlobView, blob_like};
use crate::runtime::error::{RtResult, code, err};
use crate::runtime::interp::Interp;
use crate::runtime::value::Value;
use crate::sema::ir::Arg;
use crate::source::Span;

/// The charsets of the CONVERT FROM TEXT table: (MIBEnum, names).
const NAMES: &[(i64, &[&str])] = &[
    (1017, &["UTF-32"]),
    (1018, &["UTF-32BE"]),
    (1019, &["UTF-32LE"]),
    (1015, &["UTF-16"]),
    (1013, &["UTF-16BE"]),
    (1014, &["UTF-16LE"]),
    (106, &["UTF-8"]),
    (1012, &["UTF-7"]),
    (
        3,
        &[
            "US-ASCII",
            "ANSI_X3.4-1968",
            "ANSI_X3.4-1986",
            "ASCII",
            "cp367",
            "csASCII",
            "IBM367",
            "iso-ir-6",
            "ISO_646.irv:1991",
            "ISO646-US",
            "us",
        ],
    ),
    (2011, &["IBM437", "cp437", "437", "csPC8CodePage437"]),
    (
        2028,
        &[
            "ebcdic-cp-us",
            "cp037",
            "csIBM037",
            "ebcdic-cp-ca",
            "ebcdic-cp-n",
            "ebcdic-cp-wt",
            "IBM037",
        ],
    ),
    (2027, &["MacRoman", "x-mac-roman", "mac", "macintosh", "csMacintosh"]),
    (2252, &["windows-1252"]),
    (1250, &["MacCE", "x-mac-ce"]),
    (2250, &["windows-1250"]),
    (1251, &["x-mac-cyrillic"]),
    (2251, &["windows-1251"]),
    (1253, &["x-mac-greek"]),
    (2253, &["windows-1253"]),
    (1254, &["x-mac-turkish"]),
    (2254, &["windows-1254"]),
    (1256, &["x-mac-arabic"]),
    (2256, &["windows-1256"]),
    (1255, &["x-mac-hebrew"]),
    (2255, &["windows-1255"]),
    (2257, &["windows-1257"]),
    (17, &["Shift_JIS", "csShiftJIS", "MS_Kanji", "Shift-JIS"]),
    (39, &["ISO-2022-JP", "csISO2022JP"]),
    (2026, &["Big5", "csBig5"]),
    (38, &["EUC-KR", "csEUCKR"]),
    (2084, &["KOI8-R", "csKOI8R"]),
    (
        4,
        &[
            "ISO-8859-1",
            "CP819",
            "csISOLatin1",
            "IBM819",
            "iso-ir-100",
            "ISO_8859-1",
            "ISO_8859-1:1987",
            "l1",
            "latin1",
        ],
    ),
    (
        5,
        &[
            "ISO-8859-2",
            "csISOLatin2",
            "iso-ir-101",
            "ISO_8859-2",
            "ISO_8859-2:1987",
            "l2",
            "latin2",
        ],
    ),
    (
        6,
        &[
            "ISO-8859-3",
            "csISOLatin3",
            "ISO-8859-3:1988",
            "iso-ir-109",
            "ISO_8859-3",
            "l3",
            "latin3",
        ],
    ),
    (
        7,
        &[
            "ISO-8859-4",
            "csISOLatin4",
            "ISO-8859-4:1988",
            "iso-ir-110",
            "ISO_8859-4",
            "l4",
            "latin4",
        ],
    ),
    (
        8,
        &[
            "ISO-8859-5",
            "csISOLatinCyrillic",
            "cyrillic",
            "ISO-8859-5:1988",
            "iso-ir-144",
            "ISO_8859-5",
        ],
    ),
    (
        9,
        &[
            "ISO-8859-6",
            "arabic",
            "ASMO-708",
            "csISOLatinArabic",
            "ECMA-114",
            "ISO-8859-6:1987",
            "iso-ir-127",
            "ISO_8859-6",
        ],
    ),
    (
        10,
        &[
            "ISO-8859-7",
            "csISOLatinGreek",
            "ECMA-118",
            "ELOT_928",
            "greek",
            "greek8",
            "iso-ir-126",
            "ISO_8859-7",
            "ISO_8859-7:1987",
        ],
    ),
    (
        11,
        &[
            "ISO-8859-8",
            "csISOLatinHebrew",
            "hebrew",
            "iso-ir-138",
            "ISO_8859-8",
            "ISO_8859-8:1988",
        ],
    ),
    (
        12,
        &[
            "ISO-8859-9",
            "csISOLatin5",
            "iso-ir-148",
            "ISO_8859-9",
            "ISO_8859-9:1989",
            "l5",
            "latin5",
        ],
    ),
    (
        13,
        &[
            "ISO-8859-10",
            "csISOLatin6",
            "iso-ir-157",
            "ISO_8859-10",
            "ISO_8859-10:1992",
            "l6",
            "latin6",
        ],
    ),
    (109, &["ISO-8859-13"]),
    (111, &["ISO-8859-15", "Latin-9"]),
    (113, &["GBK"]),
    (2025, &["GB2312", "csGB2312", "x-mac-chinesesimp"]),
    (2024, &["Windows-31J"]),
    (57, &["GB_2312-80", "csISO58GB231280"]),
];

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Charset {
    Utf8,
    Utf16 { be: bool, bom: bool },
    Utf32 { be: bool, bom: bool },
    Ascii,
    Latin1,
    Other(&'static Encoding),
}

fn by_mib(mib: i64) -> Option<Charset> {
    use encoding_rs as e;
    Some(match mib {
        106 => Charset::Utf8,
        1015 => Charset::Utf16 { be: true, bom: true },
        1013 => Charset::Utf16 { be: true, bom: false },
        1014 => Charset::Utf16 { be: false, bom: false },
        1017 => Charset::Utf32 { be: true, bom: true },
        1018 => Charset::Utf32 { be: true, bom: false },
        1019 => Charset::Utf32 { be: false, bom: false },
        3 => Charset::Ascii,
        4 => Charset::Latin1,
        2027 => Charset::Other(e::MACINTOSH),
        1251 => Charset::Other(e::X_MAC_CYRILLIC),
        2250 => Charset::Other(e::WINDOWS_1250),
        2251 => Charset::Other(e::WINDOWS_1251),
        2252 => Charset::Other(e::WINDOWS_1252),
        2253 => Charset::Other(e::WINDOWS_1253),
        2254 => Charset::Other(e::WINDOWS_1254),
        2255 => Charset::Other(e::WINDOWS_1255),
        2256 => Charset::Other(e::WINDOWS_1256),
        2257 => Charset::Other(e::WINDOWS_1257),
        17 | 2024 => Charset::Other(e::SHIFT_JIS),
        39 => Charset::Other(e::ISO_2022_JP),
        2026 => Charset::Other(e::BIG5),
        38 => Charset::Other(e::EUC_KR),
        2084 => Charset::Other(e::KOI8_R),
        5 => Charset::Other(e::ISO_8859_2),
        6 => Charset::Other(e::ISO_8859_3),
        7 => Charset::Other(e::ISO_8859_4),
        8 => Charset::Other(e::ISO_8859_5),
        9 => Charset::Other(e::ISO_8859_6),
        10 => Charset::Other(e::ISO_8859_7),
        11 => Charset::Other(e::ISO_8859_8),
        // encoding_rs reads ISO-8859-9 as its superset windows-1254.
        12 => Charset::Other(e::WINDOWS_1254),
        13 => Charset::Other(e::ISO_8859_10),
        109 => Charset::Other(e::ISO_8859_13),
        111 => Charset::Other(e::ISO_8859_15),
        113 | 2025 | 57 => Charset::Other(e::GBK),
        _ => return None,
    })
}

fn charset_of(v: &Value) -> Option<Charset> {
    match v {
        Value::Text(t) => {
            let name = t.as_str().trim();
            for (mib, names) in NAMES {
                if names.iter().any(|n| n.eq_ignore_ascii_case(name)) {
                    return by_mib(*mib);
                }
            }
            // Other labels encoding_rs knows ("utf8", "sjis"…).
            Encoding::for_label(name.as_bytes()).map(|e| {
                if e == encoding_rs::UTF_8 {
                    Charset::Utf8
                } else if e == encoding_rs::UTF_16LE {
                    Charset::Utf16 { be: false, bom: false }
                } else if e == encoding_rs::UTF_16BE {
                    Charset::Utf16 { be: true, bom: false }
                } else {
                    Charset::Other(e)
                }
            })
        }
        other => other.as_num().and_then(|n| by_mib(n as i64)),
    }
}

/// `Convert to text(blob; charSet)`: a BOM at the start of a Unicode text
/// wins over the charset passed, and is dropped. OK is 1, or 0 for an
/// unknown charset (the result is then "").
pub fn convert_to_text(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    let v = val(p, args, 0)?;
    let blob = match BlobView::of(&v) {
        Some(b) => b,
        None if v.is_nullish() => BlobView::default(),
        None => {
            return err(
                code::BAD_ARGUMENT,
                format!(
                    "Convert to text: argument 1 must be a BLOB, not {}",
                    crate::runtime::ops::type_name_of(&v)
                ),
                span,
            );
        }
    };
    let cs = val(p, args, 1)?;
    let Some(cs) = charset_of(&cs) else {
        p.set_system_var("OK", Value::Real(0.0));
        return Ok(Value::text(""));
    };
    p.set_system_var("OK", Value::Real(1.0));
    Ok(Value::text(decode(&blob, cs)))
}

/// `CONVERT FROM TEXT(text; charSet; blob)`: "UTF-16" and "UTF-32" are
/// written big-endian with a BOM (as ICU does); characters the charset
/// cannot hold become "?". OK is 1, or 0 for an unknown charset.
pub fn convert_from_text(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    let t = text(p, args, 0, span)?;
    let cs = val(p, args, 1)?;
    let Some(cs) = charset_of(&cs) else {
        p.set_system_var("OK", Value::Real(0.0));
        return Ok(Value::Undefined);
    };
    let bytes = encode(t.as_str(), cs);
    // A variable holding a 4D.Blob receives a new one (dt_blob.md: `var
    // $myBlob: 4D.Blob` then `CONVERT FROM TEXT(…; $myBlob)`).
    let old = val(p, args, 2)?;
    set_arg(p, args, 2, blob_like(&old, bytes), span)?;
    p.set_system_var("OK", Value::Real(1.0));
    Ok(Value::Undefined)
}

fn is_unicode(cs: Charset) -> bool {
    matches!(cs, Charset::Utf8 | Charset::Utf16 { .. } | Charset::Utf32 { .. })
}

fn decode(bytes: &[u8], cs: Charset) -> String {
    let mut cs = cs;
    let mut body = bytes;
    if is_unicode(cs) {
        let boms: [(&[u8], Charset); 5] = [
            (&[0xFF, 0xFE, 0, 0], Charset::Utf32 { be: false, bom: false }),
            (&[0, 0, 0xFE, 0xFF], Charset::Utf32 { be: true, bom: false }),
            (&[0xEF, 0xBB, 0xBF], Charset::Utf8),
            (&[0xFF, 0xFE], Charset::Utf16 { be: false, bom: false }),
            (&[0xFE, 0xFF], Charset::Utf16 { be: true, bom: false }),
        ];
        for (bom, c) in boms {
            // FF FE 00 00 is UTF-32LE only when UTF-32 was asked for.
            if (bom.len() != 4 || matches!(cs, Charset::Utf32 { .. })) && bytes.starts_with(bom) {
                cs = c;
                body = bytes.get(bom.len()..).unwrap_or(&[]);
                break;
            }
        }
    }
    match cs {
        Charset::Utf8 => String::from_utf8_lossy(body).into_owned(),
        Charset::Utf16 { be, .. } => {
            let units: Vec<u16> = body
                .chunks_exact(2)
                .map(|c| {
                    let a = [c.first().copied().unwrap_or(0), c.get(1).copied().unwrap_or(0)];
                    if be {
                        u16::from_be_bytes(a)
                    } else {
                        u16::from_le_bytes(a)
                    }
                })
                .collect();
            String::from_utf16_lossy(&units)
        }
        Charset::Utf32 { be, .. } => body
            .chunks_exact(4)
            .map(|c| {
                let mut a = [0u8; 4];
                for (d, s) in a.iter_mut().zip(c) {
                    *d = *s;
                }
                let u = if be {
                    u32::from_be_bytes(a)
                } else {
                    u32::from_le_bytes(a)
                };
                char::from_u32(u).unwrap_or('\u{FFFD}')
            })
            .collect(),
        Charset::Ascii => body
            .iter()
            .map(|&b| if b < 0x80 { b as char } else { '\u{FFFD}' })
            .collect(),
        Charset::Latin1 => body.iter().map(|&b| b as char).collect(),
        Charset::Other(e) => e.decode_without_bom_handling(body).0.into_owned(),
    }
}

fn encode(s: &str, cs: Charset) -> Vec<u8> {
    match cs {
        Charset::Utf8 => s.as_bytes().to_vec(),
        Charset::Utf16 { be, bom } => {
            let mut out = Vec::with_capacity(s.len() * 2 + 2);
            if bom {
                out.extend_from_slice(if be { &[0xFE, 0xFF] } else { &[0xFF, 0xFE] });
            }
            for u in s.encode_utf16() {
                out.extend_from_slice(&if be { u.to_be_bytes() } else { u.to_le_bytes() });
            }
            out
        }
        Charset::Utf32 { be, bom } => {
            let mut out = Vec::with_capacity(s.len() * 4 + 4);
            if bom {
                out.extend_from_slice(if be { &[0, 0, 0xFE, 0xFF] } else { &[0xFF, 0xFE, 0, 0] });
            }
            for c in s.chars() {
                let u = c as u32;
                out.extend_from_slice(&if be { u.to_be_bytes() } else { u.to_le_bytes() });
            }
            out
        }
        Charset::Ascii => s.chars().map(|c| if c.is_ascii() { c as u8 } else { b'?' }).collect(),
        Charset::Latin1 => s.chars().map(|c| u8::try_from(c as u32).unwrap_or(b'?')).collect(),
        Charset::Other(e) => {
            let mut enc = e.new_encoder();
            let mut out = Vec::with_capacity(s.len() + 16);
            let mut rest = s;
            loop {
                out.reserve(rest.len() * 2 + 16);
                let (res, read) = enc.encode_from_utf8_to_vec_without_replacement(rest, &mut out, true);
                rest = rest.get(read..).unwrap_or("");
                match res {
                    encoding_rs::EncoderResult::InputEmpty => break,
                    encoding_rs::EncoderResult::OutputFull => continue,
                    encoding_rs::EncoderResult::Unmappable(_) => out.push(b'?'),
                }
            }
            out
        }
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]
mod tests {
    use super::*;

    #[test]
    fn round_trips() {
        let s = "Crème brûlée €";
        for mib in [106, 1013, 1014, 1015, 1017, 1018, 1019, 2252, 2027] {
            let cs = by_mib(mib).unwrap();
            assert_eq!(decode(&encode(s, cs), cs), s, "{mib}");
        }
        assert_eq!(encode("é€", by_mib(4).unwrap()), vec![0xE9, b'?']);
        assert_eq!(encode("é", by_mib(3).unwrap()), vec![b'?']);
        assert_eq!(encode("a", by_mib(1015).unwrap()), vec![0xFE, 0xFF, 0, b'a']);
        assert_eq!(decode(&[0xFF, 0xFE, b'a', 0], Charset::Utf8), "a");
        assert_eq!(charset_of(&Value::text("latin1")), Some(Charset::Latin1));
        assert_eq!(charset_of(&Value::Real(106.0)), Some(Charset::Utf8));
    }
}
