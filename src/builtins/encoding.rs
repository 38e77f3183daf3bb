//! Ids, digests and encodings (theme Tools): Generate UUID, Generate digest,
//! BASE64 ENCODE, BASE64 DECODE.
//!
//! Rules followed (generate-uuid.md, generate-digest.md, base64-encode.md,
//! base64-decode.md): a UUID is 32 hexadecimal characters (upper case, as 4D
//! prints them), version 4 or 7; a digest is computed on the UTF-8 form of a
//! text, in lower-case hexadecimal or, with `*`, Base64URL; Base64URL uses
//! the RFC 4648 §5 alphabet without padding (decoding accepts it with or
//! without); invalid Base64 decodes to an empty value.

use base64::Engine as _;
use base64::engine::{DecodePaddingMode, GeneralPurpose, GeneralPurposeConfig};

use super::{Builtin, b, has_star, int, present, set_arg, val};
use crate::runtime::blob::{BlobView, blob_like};
use crate::runtime::error::{RtResult, code, err};
use crate::runtime::interp::Interp;
use crate::runtime::value::Value;
use crate::sema::ir::Arg;
use crate::source::Span;

pub static BUILTINS: &[Builtin] = &[
    b("Generate UUID", 0, 1, generate_uuid),
    b("Generate digest", 2, 3, generate_digest),
    b("BASE64 ENCODE", 1, 3, base64_encode),
    b("BASE64 DECODE", 1, 3, base64_decode),
];

/// `Generate UUID {(version)}`: 4 (random, the default) or 7 (time-ordered).
fn generate_uuid(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    let version = if present(args, 0) { int(p, args, 0, span)? } else { 4 };
    let mut bytes = *uuid::Uuid::new_v4().as_bytes();
    match version {
        4 => {}
        7 => {
            // RFC 9562 §5.7: 48-bit Unix time in milliseconds, then random bits.
            let ms = std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map(|d| d.as_millis() as u64)
                .unwrap_or(0);
            for (i, byte) in ms.to_be_bytes().iter().skip(2).enumerate() {
                if let Some(slot) = bytes.get_mut(i) {
                    *slot = *byte;
                }
            }
            if let Some(b6) = bytes.get_mut(6) {
                *b6 = (*b6 & 0x0F) | 0x70;
            }
        }
        other => {
            return err(
                code::BAD_ARGUMENT,
                format!("Generate UUID: version {other} is not supported (4 or 7)"),
                span,
            );
        }
    }
    Ok(Value::text(hex(&bytes).to_ascii_uppercase()))
}

fn hex(bytes: &[u8]) -> String {
    let mut s = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        s.push_str(&format!("{b:02x}"));
    }
    s
}

/// The bytes of a text (UTF-8) or BLOB argument.
fn bytes_of(v: &Value) -> Option<Vec<u8>> {
    match v {
        Value::Text(t) => Some(t.as_str().as_bytes().to_vec()),
        Value::Undefined => Some(Vec::new()),
        // A scalar BLOB or a 4D.Blob (dt_blob.md: either can be passed).
        _ => BlobView::of(v).map(|b| b.to_vec()),
    }
}

/// Base64 with padding optional on decoding.
fn engine(url: bool) -> GeneralPurpose {
    let alphabet = if url {
        &base64::alphabet::URL_SAFE
    } else {
        &base64::alphabet::STANDARD
    };
    let config = GeneralPurposeConfig::new()
        .with_encode_padding(!url)
        .with_decode_padding_mode(DecodePaddingMode::Indifferent);
    GeneralPurpose::new(alphabet, config)
}

/// `Generate digest(param; algorithm {; *})`
fn generate_digest(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    use sha2::Digest as _;
    let v = val(p, args, 0)?;
    let Some(data) = bytes_of(&v) else {
        return err(code::BAD_ARGUMENT, "Generate digest needs a text or a BLOB", span);
    };
    let algorithm = int(p, args, 1, span)?;
    let digest: Vec<u8> = match algorithm {
        0 => md5::Md5::digest(&data).to_vec(),
        1 => sha1::Sha1::digest(&data).to_vec(),
        3 => sha2::Sha256::digest(&data).to_vec(),
        4 => sha2::Sha512::digest(&data).to_vec(),
        other => {
            return err(
                code::BAD_ARGUMENT,
                format!("Generate digest: algorithm {other} is not supported (MD5, SHA1, SHA256 or SHA512 digest)"),
                span,
            );
        }
    };
    Ok(Value::text(if has_star(args) {
        engine(true).encode(&digest)
    } else {
        hex(&digest)
    }))
}

/// Where BASE64 ENCODE/DECODE write: `encoded` when passed, else the input.
/// The result is a BLOB when that variable holds a BLOB (a new 4D.Blob when
/// it holds one), else a text.
fn output(p: &mut Interp, args: &[Arg]) -> RtResult<(usize, Option<Value>)> {
    let i = if present(args, 1) { 1 } else { 0 };
    let v = val(p, args, i)?;
    Ok((i, BlobView::of(&v).is_some().then_some(v)))
}

/// `BASE64 ENCODE(toEncode {; encoded} {; *})`
fn base64_encode(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    let v = val(p, args, 0)?;
    let Some(data) = bytes_of(&v) else {
        return err(code::BAD_ARGUMENT, "BASE64 ENCODE needs a text or a BLOB", span);
    };
    let encoded = engine(has_star(args)).encode(&data);
    let (i, blob) = output(p, args)?;
    let out = match blob {
        Some(like) => blob_like(&like, encoded.into_bytes()),
        None => Value::text(encoded),
    };
    set_arg(p, args, i, out, span)?;
    Ok(Value::Undefined)
}

/// `BASE64 DECODE(toDecode {; decoded} {; *})`: text receives the bytes as UTF-8.
fn base64_decode(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    let v = val(p, args, 0)?;
    let Some(data) = bytes_of(&v) else {
        return err(code::BAD_ARGUMENT, "BASE64 DECODE needs a text or a BLOB", span);
    };
    let clean: Vec<u8> = data.into_iter().filter(|b| !b.is_ascii_whitespace()).collect();
    let decoded = engine(has_star(args)).decode(&clean).unwrap_or_default();
    let (i, blob) = output(p, args)?;
    let out = match blob {
        Some(like) => blob_like(&like, decoded),
        None => Value::text(String::from_utf8_lossy(&decoded).into_owned()),
    };
    set_arg(p, args, i, out, span)?;
    Ok(Value::Undefined)
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]
mod tests {
    use super::*;

    #[test]
    fn base64_variants() {
        assert_eq!(engine(false).encode(b"\xfb\xff"), "+/8=");
        assert_eq!(engine(true).encode(b"\xfb\xff"), "-_8");
        assert_eq!(engine(false).decode("+/8").unwrap(), b"\xfb\xff");
        assert_eq!(engine(true).decode("-_8=").unwrap(), b"\xfb\xff");
        assert!(engine(false).decode("!!").is_err());
    }
}
