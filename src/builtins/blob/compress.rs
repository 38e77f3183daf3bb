//! `COMPRESS BLOB`, `EXPAND BLOB` and `BLOB PROPERTIES` (flate2).
//!
//! GZIP modes write a standard gzip stream (its XFL byte tells best, 2, from
//! fast, 4; its trailer gives the expanded size). The compact and fast
//! modes (4D's internal format is undocumented) write fourd's own: the 5
//! bytes `4DZB` and the mode (1 or 2), the expanded size (u32,
//! little-endian), then a zlib stream (level 9 for compact, 1 for fast).
//! BLOBs of fewer than 255 bytes are not compressed (OK = 0, no error); an
//! already compressed BLOB is left as it is (OK = 1).

use crate::builtins::set_ok;
use std::io::{Read, Write};

use flate2::Compression;

use super::{Change, blob_arg, with_blob};
use crate::builtins::{int, present, set_arg};
use crate::runtime::error::{RtResult, err};
use crate::runtime::interp::Interp;
use crate::runtime::value::Value;
use crate::sema::ir::Arg;
use crate::source::Span;

const MAGIC: &[u8; 4] = b"4DZB";
const HEADER: usize = 9;
/// Smallest BLOB compressed (compress-blob.md).
const MIN_SIZE: usize = 255;
/// "the BLOB has not been compressed or is damaged".
const DAMAGED: i32 = -10600;

const COMPACT: i64 = 1;
const FAST: i64 = 2;
const GZIP_BEST: i64 = -1;
const GZIP_FAST: i64 = -2;

/// How `bytes` are compressed (0: not) and their expanded size.
fn properties(bytes: &[u8]) -> (i64, usize) {
    if let Some(rest) = bytes.strip_prefix(MAGIC)
        && let Some(&[mode, a, b, c, d]) = rest.get(..5)
        && matches!(mode, 1 | 2)
    {
        return (mode as i64, u32::from_le_bytes([a, b, c, d]) as usize);
    }
    if bytes.len() >= 18
        && bytes.starts_with(&[0x1F, 0x8B, 0x08])
        && let Some(&[a, b, c, d]) = bytes.get(bytes.len() - 4..)
    {
        let mode = if bytes.get(8) == Some(&4) { GZIP_FAST } else { GZIP_BEST };
        return (mode, u32::from_le_bytes([a, b, c, d]) as usize);
    }
    (0, bytes.len())
}

/// True when `bytes` look compressed by COMPRESS BLOB.
pub fn is_compressed(bytes: &[u8]) -> bool {
    properties(bytes).0 != 0
}

fn compress(bytes: &[u8], mode: i64) -> std::io::Result<Vec<u8>> {
    match mode {
        GZIP_BEST | GZIP_FAST => {
            let level = if mode == GZIP_FAST {
                Compression::fast()
            } else {
                Compression::best()
            };
            let mut e = flate2::write::GzEncoder::new(Vec::new(), level);
            e.write_all(bytes)?;
            e.finish()
        }
        _ => {
            let mut out = MAGIC.to_vec();
            out.push(mode as u8);
            out.extend_from_slice(&(bytes.len() as u32).to_le_bytes());
            let level = if mode == FAST {
                Compression::fast()
            } else {
                Compression::best()
            };
            let mut e = flate2::write::ZlibEncoder::new(out, level);
            e.write_all(bytes)?;
            e.finish()
        }
    }
}

fn expand(bytes: &[u8]) -> Option<Vec<u8>> {
    let (mode, size) = properties(bytes);
    let mut out = Vec::with_capacity(size.min(1 << 30));
    match mode {
        GZIP_BEST | GZIP_FAST => {
            flate2::read::GzDecoder::new(bytes).read_to_end(&mut out).ok()?;
        }
        COMPACT | FAST => {
            flate2::read::ZlibDecoder::new(bytes.get(HEADER..)?)
                .read_to_end(&mut out)
                .ok()?;
        }
        _ => return None,
    }
    (out.len() == size).then_some(out)
}

/// `COMPRESS BLOB(blob {; compression})`: compact compression by default
/// (and for unknown values).
pub fn compress_blob(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    let mode = if present(args, 1) {
        int(p, args, 1, span)?
    } else {
        COMPACT
    };
    let mode = if matches!(mode, FAST | GZIP_BEST | GZIP_FAST) {
        mode
    } else {
        COMPACT
    };
    let ok = with_blob(p, args, 0, "COMPRESS BLOB", Change::Replace, span, |bytes| {
        if is_compressed(bytes) {
            return Ok(true);
        }
        if bytes.len() < MIN_SIZE {
            return Ok(false);
        }
        match compress(bytes, mode) {
            Ok(c) => {
                *bytes = c;
                Ok(true)
            }
            Err(_) => Ok(false),
        }
    })?;
    set_ok(p, ok);
    Ok(Value::Undefined)
}

/// `EXPAND BLOB(blob)`: error -10600 when the BLOB is not compressed or damaged.
pub fn expand_blob(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    let r = with_blob(p, args, 0, "EXPAND BLOB", Change::Replace, span, |bytes| {
        match expand(bytes) {
            Some(out) => {
                *bytes = out;
                Ok(true)
            }
            None => Ok(false),
        }
    })?;
    set_ok(p, r);
    if !r {
        return err(DAMAGED, "EXPAND BLOB: the BLOB is not compressed or is damaged", span);
    }
    Ok(Value::Undefined)
}

/// `BLOB PROPERTIES(blob; compressed {; expandedSize {; currentSize}})`
pub fn blob_properties(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    let blob = blob_arg(p, args, 0, "BLOB PROPERTIES", span)?;
    let (mode, expanded) = properties(&blob);
    set_arg(p, args, 1, Value::Real(mode as f64), span)?;
    set_arg(p, args, 2, Value::Real(expanded as f64), span)?;
    set_arg(p, args, 3, Value::Real(blob.len() as f64), span)?;
    Ok(Value::Undefined)
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]
mod tests {
    use super::*;

    #[test]
    fn every_mode_round_trips() {
        let data: Vec<u8> = (0..1000u32).map(|i| (i % 7) as u8).collect();
        for mode in [COMPACT, FAST, GZIP_BEST, GZIP_FAST] {
            let c = compress(&data, mode).unwrap();
            assert_eq!(properties(&c), (mode, 1000), "mode {mode}");
            assert!(c.len() < data.len());
            assert_eq!(expand(&c).unwrap(), data);
        }
        assert_eq!(properties(&data), (0, 1000));
        assert!(expand(&data).is_none());
    }
}
