//! BLOB commands (theme BLOB): sizes, copies, insertions and deletions,
//! numbers and texts to and from BLOBs (`text.rs`), VARIABLE TO BLOB and
//! BLOB TO VARIABLE (`variable.rs`, fourd's own format), compression
//! (`compress.rs`), and BLOBs to and from documents.
//!
//! A BLOB variable holds `Value::Blob(Rc<Vec<u8>>)`: the commands that
//! alter a BLOB change a local or process variable in place (copied only
//! when another variable shares the bytes) and write any other place back.
//!
//! Writing commands take an `offset` variable (written at that offset, the
//! BLOB grown with zeros if needed, the variable advanced), or `*` (appended),
//! or neither (the BLOB becomes the value written). Reading commands take an
//! optional `offset` variable, advanced past what was read; reading outside
//! the BLOB is error -111 (blob-to-integer.md).
//!
//! Byte orders: Native is the machine's (little-endian on x86-64 and
//! arm64), Macintosh big-endian, PC little-endian. Real formats: Native and
//! PC double are little-endian doubles, Macintosh double big-endian, Extended
//! the 10-byte 80-bit format, big-endian (the Macintosh SANE layout).

mod compress;
mod text;
mod variable;

use crate::builtins::set_ok;
use std::rc::Rc;

use super::{Builtin, b, int, present, set_arg, val};
use crate::runtime::blob::{BlobBytes, BlobView, blob_like, blob_object};
use crate::runtime::error::{RtResult, RuntimeError, code, err};
use crate::runtime::interp::Interp;
use crate::runtime::value::Value;
use crate::sema::ir::{Arg, Ex};
use crate::source::Span;

pub static BUILTINS: &[Builtin] = &[
    b("BLOB size", 1, 1, blob_size),
    b("SET BLOB SIZE", 2, 3, set_blob_size),
    b("COPY BLOB", 5, 5, copy_blob),
    b("DELETE FROM BLOB", 3, 3, delete_from_blob),
    b("INSERT IN BLOB", 3, 4, insert_in_blob),
    b("INTEGER TO BLOB", 3, 4, integer_to_blob),
    b("LONGINT TO BLOB", 3, 4, longint_to_blob),
    b("REAL TO BLOB", 3, 4, real_to_blob),
    b("TEXT TO BLOB", 2, 4, text::text_to_blob),
    b("BLOB to integer", 2, 3, blob_to_integer),
    b("BLOB to longint", 2, 3, blob_to_longint),
    b("BLOB to real", 2, 3, blob_to_real),
    b("BLOB to text", 2, 4, text::blob_to_text),
    b("VARIABLE TO BLOB", 2, 3, variable::variable_to_blob),
    b("BLOB TO VARIABLE", 2, 3, variable::blob_to_variable),
    b("COMPRESS BLOB", 1, 2, compress::compress_blob),
    b("EXPAND BLOB", 1, 1, compress::expand_blob),
    b("BLOB PROPERTIES", 2, 4, compress::blob_properties),
    b("DOCUMENT TO BLOB", 2, 2, document_to_blob),
    b("BLOB TO DOCUMENT", 2, 2, blob_to_document),
];

/// Reading outside a BLOB (blob-to-integer.md: "an error -111 is generated").
pub const OUT_OF_RANGE: i32 = -111;
/// Not enough memory (set-blob-size.md: "the error -108 is generated").
const NO_MEMORY: i32 = -108;
/// The largest BLOB (dt_blob.md: "up to 2147483647 bytes").
const MAX_SIZE: usize = i32::MAX as usize;

/// Error -108 when a BLOB would grow past 2 GB.
fn check_size(size: usize, cmd: &str, span: Span) -> RtResult<()> {
    if size > MAX_SIZE {
        return err(
            NO_MEMORY,
            format!("{cmd}: a BLOB cannot hold {size} bytes (2147483647 at most)"),
            span,
        );
    }
    Ok(())
}

/// Argument `i` as BLOB bytes, read without copying: a scalar BLOB or a
/// `4D.Blob` (dt_blob.md: "You can pass a scalar blob or a 4D.Blob to any 4D
/// command that takes a blob as a parameter"). An undefined variable, or a
/// `4D.Blob` variable never assigned (Null), is an empty BLOB.
pub fn blob_arg(p: &mut Interp, args: &[Arg], i: usize, cmd: &str, span: Span) -> RtResult<BlobView> {
    let v = val(p, args, i)?;
    if let Some(b) = BlobView::of(&v) {
        return Ok(b);
    }
    match v {
        Value::Undefined | Value::Null => Ok(BlobView::default()),
        other => err(
            code::BAD_ARGUMENT,
            format!(
                "{cmd}: argument {} must be a BLOB, not {}",
                i + 1,
                crate::runtime::ops::type_name_of(&other)
            ),
            span,
        ),
    }
}

/// How a command changes the BLOB it is given.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Change {
    /// Alters the BLOB: a `4D.Blob` is refused (dt_blob.md lists DELETE FROM
    /// BLOB, INSERT IN BLOB, INTEGER/LONGINT/REAL/TEXT TO BLOB, SET BLOB
    /// SIZE, VARIABLE TO BLOB: they "alter the original blob, and thus do
    /// not support the 4D.Blob type").
    Alter,
    /// Computes new contents (COPY BLOB's destination, COMPRESS BLOB, EXPAND
    /// BLOB — not in that list): a `4D.Blob` stays unaltered and the
    /// variable receives a new `4D.Blob` with the result.
    Replace,
}

/// Runs `f` on the bytes of the BLOB variable passed as argument `i`:
/// in place for a local or process variable already holding a BLOB, else
/// on a copy written back (as a new `4D.Blob` when `change` allows one).
fn with_blob<R>(
    p: &mut Interp,
    args: &[Arg],
    i: usize,
    cmd: &str,
    change: Change,
    span: Span,
    f: impl FnOnce(&mut Vec<u8>) -> RtResult<R>,
) -> RtResult<R> {
    let slot = match args.get(i) {
        Some(Arg::Ex(Ex::Local(slot))) => Some(p.local_mut(*slot)),
        Some(Arg::Ex(Ex::Process(n))) => Some(p.pvar(*n)),
        _ => None,
    };
    if let Some(Value::Blob(rc)) = slot {
        return f(Rc::make_mut(rc));
    }
    let (mut bytes, boxed) = match blob_arg(p, args, i, cmd, span)? {
        BlobView::Scalar(b) => (Rc::unwrap_or_clone(b), false),
        BlobView::Object(_) if change == Change::Alter => {
            return err(
                code::BAD_ARGUMENT,
                format!(
                    "{cmd}: argument {} is a 4D.Blob, which cannot be altered; use a Blob variable",
                    i + 1
                ),
                span,
            );
        }
        BlobView::Object(b) => (b.as_slice().to_vec(), true),
    };
    let r = f(&mut bytes)?;
    let v = if boxed {
        blob_object(BlobBytes::new(bytes))
    } else {
        Value::Blob(Rc::new(bytes))
    };
    set_arg(p, args, i, v, span)?;
    Ok(r)
}

/// Where a writing command puts its bytes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Pos {
    /// No offset nor `*`: the BLOB becomes the bytes written.
    Replace,
    /// `*`
    Append,
    /// The offset variable's value.
    At(usize),
}

fn out_of_range<T>(cmd: &str, offset: i64, size: usize, span: Span) -> RtResult<T> {
    err(
        OUT_OF_RANGE,
        format!("{cmd}: offset {offset} is outside the BLOB ({size} bytes)"),
        span,
    )
}

/// The write position given by argument `i` (`*`, an offset variable, or none).
fn pos_arg(p: &mut Interp, args: &[Arg], i: usize, cmd: &str, span: Span) -> RtResult<Pos> {
    match args.get(i) {
        Some(Arg::Star) => Ok(Pos::Append),
        Some(Arg::Ex(_)) => {
            let n = int(p, args, i, span)?;
            if n < 0 {
                return out_of_range(cmd, n, 0, span);
            }
            Ok(Pos::At(n as usize))
        }
        _ => Ok(Pos::Replace),
    }
}

/// `put`, refusing a BLOB larger than 2 GB.
fn put_checked(bytes: &mut Vec<u8>, pos: Pos, data: &[u8], cmd: &str, span: Span) -> RtResult<usize> {
    let size = match pos {
        Pos::Replace => data.len(),
        Pos::Append => bytes.len().saturating_add(data.len()),
        Pos::At(o) => bytes.len().max(o.saturating_add(data.len())),
    };
    check_size(size, cmd, span)?;
    Ok(put(bytes, pos, data))
}

/// Writes `data` into `bytes` at `pos`; returns the offset after it.
fn put(bytes: &mut Vec<u8>, pos: Pos, data: &[u8]) -> usize {
    match pos {
        Pos::Replace => {
            bytes.clear();
            bytes.extend_from_slice(data);
            data.len()
        }
        Pos::Append => {
            bytes.extend_from_slice(data);
            bytes.len()
        }
        Pos::At(o) => {
            let end = o + data.len();
            if bytes.len() < end {
                bytes.resize(end, 0);
            }
            if let Some(dst) = bytes.get_mut(o..end) {
                dst.copy_from_slice(data);
            }
            end
        }
    }
}

/// Writes `data` into the BLOB argument `blob_i` at the position argument
/// `pos_i` gives, and advances an offset variable.
fn write_value(
    p: &mut Interp,
    args: &[Arg],
    blob_i: usize,
    pos_i: usize,
    data: &[u8],
    cmd: &str,
    span: Span,
) -> RtResult<()> {
    let pos = pos_arg(p, args, pos_i, cmd, span)?;
    let end = with_blob(p, args, blob_i, cmd, Change::Alter, span, |bytes| {
        put_checked(bytes, pos, data, cmd, span)
    })?;
    if let Pos::At(_) = pos {
        set_arg(p, args, pos_i, Value::Real(end as f64), span)?;
    }
    Ok(())
}

/// The read offset given by argument `i` (0 when absent).
fn read_offset(p: &mut Interp, args: &[Arg], i: usize, span: Span) -> RtResult<i64> {
    if present(args, i) { int(p, args, i, span) } else { Ok(0) }
}

/// `len` bytes of BLOB argument 0 at the offset variable `off_i` (advanced).
fn read_bytes<const N: usize>(p: &mut Interp, args: &[Arg], off_i: usize, cmd: &str, span: Span) -> RtResult<[u8; N]> {
    let blob = blob_arg(p, args, 0, cmd, span)?;
    let offset = read_offset(p, args, off_i, span)?;
    let start = usize::try_from(offset).ok();
    let Some(chunk) = start.and_then(|s| blob.get(s..s + N)) else {
        return out_of_range(cmd, offset, blob.len(), span);
    };
    let mut out = [0u8; N];
    out.copy_from_slice(chunk);
    if present(args, off_i) {
        set_arg(p, args, off_i, Value::Real((offset + N as i64) as f64), span)?;
    }
    Ok(out)
}

/// Byte orders (the `… byte ordering` constants).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Order {
    Big,
    Little,
}

/// `Native byte ordering` (0, and any unknown value), `Macintosh byte
/// ordering` (1), `PC byte ordering` (2).
fn order_of(n: i64) -> Order {
    match n {
        1 => Order::Big,
        2 => Order::Little,
        _ if cfg!(target_endian = "big") => Order::Big,
        _ => Order::Little,
    }
}

fn order_arg(p: &mut Interp, args: &[Arg], i: usize, span: Span) -> RtResult<Order> {
    Ok(order_of(int(p, args, i, span)?))
}

/// A number argument as a 4D integer of `bits` bits (wrapping, as 4D
/// stores an out-of-range value into an Integer).
fn wrapped(p: &mut Interp, args: &[Arg], i: usize, span: Span) -> RtResult<i64> {
    let n = super::num(p, args, i, span)?;
    Ok(if n.is_finite() { n.trunc() as i64 } else { 0 })
}

// ----- sizes, copies, insertions, deletions ----------------------------------

/// `BLOB size(blob)`
fn blob_size(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    Ok(Value::Real(blob_arg(p, args, 0, "BLOB size", span)?.len() as f64))
}

/// The byte value of a filler argument (modulo 256).
fn filler(p: &mut Interp, args: &[Arg], i: usize, span: Span) -> RtResult<u8> {
    Ok(if present(args, i) {
        wrapped(p, args, i, span)?.rem_euclid(256) as u8
    } else {
        0
    })
}

/// `SET BLOB SIZE(blob; size {; filler})`: new bytes are the filler (0).
fn set_blob_size(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    let size = int(p, args, 1, span)?;
    if size < 0 {
        return err(
            code::BAD_ARGUMENT,
            format!("SET BLOB SIZE: the size ({size}) cannot be negative"),
            span,
        );
    }
    let fill = filler(p, args, 2, span)?;
    check_size(size as usize, "SET BLOB SIZE", span)?;
    with_blob(p, args, 0, "SET BLOB SIZE", Change::Alter, span, |bytes| {
        bytes.resize(size as usize, fill);
        Ok(())
    })?;
    Ok(Value::Undefined)
}

/// A non-negative offset or length argument.
fn count_arg(p: &mut Interp, args: &[Arg], i: usize, cmd: &str, span: Span) -> RtResult<usize> {
    let n = int(p, args, i, span)?;
    usize::try_from(n).or_else(|_| out_of_range(cmd, n, 0, span))
}

/// `COPY BLOB(srcBLOB; dstBLOB; srcOffset; dstOffset; len)`: the
/// destination grows (with zeros) as needed.
fn copy_blob(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    const CMD: &str = "COPY BLOB";
    let src = blob_arg(p, args, 0, CMD, span)?;
    let src_off = count_arg(p, args, 2, CMD, span)?;
    let dst_off = count_arg(p, args, 3, CMD, span)?;
    let len = count_arg(p, args, 4, CMD, span)?;
    let Some(chunk) = src.get(src_off..src_off.saturating_add(len)) else {
        return out_of_range(CMD, (src_off + len) as i64, src.len(), span);
    };
    let chunk = chunk.to_vec();
    with_blob(p, args, 1, CMD, Change::Replace, span, |bytes| {
        put_checked(bytes, Pos::At(dst_off), &chunk, CMD, span).map(|_| ())
    })?;
    Ok(Value::Undefined)
}

/// `DELETE FROM BLOB(blob; offset; len)`: bytes past the end are ignored.
fn delete_from_blob(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    const CMD: &str = "DELETE FROM BLOB";
    let offset = count_arg(p, args, 1, CMD, span)?;
    let len = count_arg(p, args, 2, CMD, span)?;
    with_blob(p, args, 0, CMD, Change::Alter, span, |bytes| {
        if offset > bytes.len() {
            return out_of_range(CMD, offset as i64, bytes.len(), span);
        }
        let end = offset.saturating_add(len).min(bytes.len());
        bytes.drain(offset..end);
        Ok(())
    })?;
    Ok(Value::Undefined)
}

/// `INSERT IN BLOB(blob; offset; len {; filler})`
fn insert_in_blob(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    const CMD: &str = "INSERT IN BLOB";
    let offset = count_arg(p, args, 1, CMD, span)?;
    let len = count_arg(p, args, 2, CMD, span)?;
    let fill = filler(p, args, 3, span)?;
    with_blob(p, args, 0, CMD, Change::Alter, span, |bytes| {
        if offset > bytes.len() {
            return out_of_range(CMD, offset as i64, bytes.len(), span);
        }
        check_size(bytes.len().saturating_add(len), CMD, span)?;
        bytes.splice(offset..offset, std::iter::repeat_n(fill, len));
        Ok(())
    })?;
    Ok(Value::Undefined)
}

// ----- numbers -----------------------------------------------------------------

/// `INTEGER TO BLOB(integer; blob; byteOrder {; offset | *})`
fn integer_to_blob(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    let n = wrapped(p, args, 0, span)? as i16;
    let data = match order_arg(p, args, 2, span)? {
        Order::Big => n.to_be_bytes(),
        Order::Little => n.to_le_bytes(),
    };
    write_value(p, args, 1, 3, &data, "INTEGER TO BLOB", span)?;
    Ok(Value::Undefined)
}

/// `LONGINT TO BLOB(longint; blob; byteOrder {; offset | *})`
fn longint_to_blob(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    let n = wrapped(p, args, 0, span)? as i32;
    let data = match order_arg(p, args, 2, span)? {
        Order::Big => n.to_be_bytes(),
        Order::Little => n.to_le_bytes(),
    };
    write_value(p, args, 1, 3, &data, "LONGINT TO BLOB", span)?;
    Ok(Value::Undefined)
}

/// Real formats (the `… real format` constants).
const EXTENDED_REAL: i64 = 1;
const MAC_DOUBLE: i64 = 2;
const PC_DOUBLE: i64 = 3;

/// `REAL TO BLOB(real; blob; realFormat {; offset | *})`
fn real_to_blob(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    let r = super::num(p, args, 0, span)?;
    let data: Vec<u8> = match int(p, args, 2, span)? {
        EXTENDED_REAL => to_extended(r).to_vec(),
        MAC_DOUBLE => r.to_be_bytes().to_vec(),
        PC_DOUBLE => r.to_le_bytes().to_vec(),
        _ => r.to_ne_bytes().to_vec(),
    };
    write_value(p, args, 1, 3, &data, "REAL TO BLOB", span)?;
    Ok(Value::Undefined)
}

/// `BLOB to integer(blob; byteOrder {; offset})`
fn blob_to_integer(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    let order = order_arg(p, args, 1, span)?;
    let b = read_bytes::<2>(p, args, 2, "BLOB to integer", span)?;
    Ok(Value::Real(match order {
        Order::Big => i16::from_be_bytes(b),
        Order::Little => i16::from_le_bytes(b),
    } as f64))
}

/// `BLOB to longint(blob; byteOrder {; offset})`
fn blob_to_longint(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    let order = order_arg(p, args, 1, span)?;
    let b = read_bytes::<4>(p, args, 2, "BLOB to longint", span)?;
    Ok(Value::Real(match order {
        Order::Big => i32::from_be_bytes(b),
        Order::Little => i32::from_le_bytes(b),
    } as f64))
}

/// `BLOB to real(blob; realFormat {; offset})`
fn blob_to_real(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    const CMD: &str = "BLOB to real";
    Ok(Value::Real(match int(p, args, 1, span)? {
        EXTENDED_REAL => from_extended(read_bytes::<10>(p, args, 2, CMD, span)?),
        MAC_DOUBLE => f64::from_be_bytes(read_bytes::<8>(p, args, 2, CMD, span)?),
        PC_DOUBLE => f64::from_le_bytes(read_bytes::<8>(p, args, 2, CMD, span)?),
        _ => f64::from_ne_bytes(read_bytes::<8>(p, args, 2, CMD, span)?),
    }))
}

/// A double as an 80-bit extended real (sign and 15-bit exponent, then a
/// 64-bit mantissa with an explicit integer bit), big-endian.
fn to_extended(r: f64) -> [u8; 10] {
    let bits = r.to_bits();
    let sign = ((bits >> 63) as u16) << 15;
    let exp = ((bits >> 52) & 0x7FF) as i32;
    let frac = bits & 0x000F_FFFF_FFFF_FFFF;
    let (e, m): (u16, u64) = if exp == 0 && frac == 0 {
        (0, 0)
    } else if exp == 0x7FF {
        // Infinity or NaN.
        (0x7FFF, (1 << 63) | (frac << 11))
    } else if exp == 0 {
        // Subnormal double: normalize.
        let shift = frac.leading_zeros() - 11;
        let m = frac << (11 + shift);
        ((-1022 - shift as i32 + 16383) as u16, m)
    } else {
        ((exp - 1023 + 16383) as u16, (1 << 63) | (frac << 11))
    };
    let mut out = [0u8; 10];
    let head = (sign | e).to_be_bytes();
    out[..2].copy_from_slice(&head);
    out[2..].copy_from_slice(&m.to_be_bytes());
    out
}

/// `x` × 2^`exp`, in steps that neither overflow nor underflow too early.
fn ldexp(mut x: f64, mut exp: i32) -> f64 {
    while exp > 1000 {
        x *= 2f64.powi(1000);
        exp -= 1000;
    }
    while exp < -1000 {
        x *= 2f64.powi(-1000);
        exp += 1000;
    }
    x * 2f64.powi(exp)
}

/// An 80-bit extended real (big-endian) as a double.
fn from_extended(b: [u8; 10]) -> f64 {
    let head = u16::from_be_bytes([b[0], b[1]]);
    let mut m = [0u8; 8];
    m.copy_from_slice(&b[2..]);
    let mant = u64::from_be_bytes(m);
    let negative = head & 0x8000 != 0;
    let e = (head & 0x7FFF) as i32;
    let v = if e == 0x7FFF {
        if mant << 1 == 0 { f64::INFINITY } else { f64::NAN }
    } else if mant == 0 {
        0.0
    } else {
        ldexp(mant as f64 / 2f64.powi(63), e - 16383)
    };
    if negative { -v } else { v }
}

// ----- documents -----------------------------------------------------------------

/// The system path of a document argument (an empty name is error -37).
fn document_path(p: &mut Interp, args: &[Arg], cmd: &str, span: Span) -> RtResult<std::path::PathBuf> {
    let name = super::text(p, args, 0, span)?;
    if name.is_empty() {
        set_ok(p, false);
        return err(super::files::os::BAD_NAME, format!("{cmd} needs a document name"), span);
    }
    Ok(super::files::system_path(p, name.as_str()))
}

/// The error for a document open with write access in this process.
fn already_open(p: &mut Interp, path: &std::path::Path, cmd: &str, span: Span) -> Box<RuntimeError> {
    set_ok(p, false);
    RuntimeError::new(
        super::files::os::NOT_FOUND,
        format!("{cmd}: the document {} is already open", path.display()),
        span,
    )
}

/// `DOCUMENT TO BLOB(document; blob)`: OK is 1, or 0 with an error.
fn document_to_blob(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    const CMD: &str = "DOCUMENT TO BLOB";
    let path = document_path(p, args, CMD, span)?;
    if super::files::docref::open_for_writing(p, &path) {
        return Err(already_open(p, &path, CMD, span));
    }
    match std::fs::read(&path) {
        Ok(bytes) => {
            let old = val(p, args, 1)?;
            set_arg(p, args, 1, blob_like(&old, bytes), span)?;
            set_ok(p, true);
            Ok(Value::Undefined)
        }
        Err(e) => {
            set_ok(p, false);
            Err(super::files::io_error(&e, &path, span))
        }
    }
}

/// `BLOB TO DOCUMENT(document; blob)`: creates or rewrites the document.
fn blob_to_document(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    const CMD: &str = "BLOB TO DOCUMENT";
    let path = document_path(p, args, CMD, span)?;
    let bytes = blob_arg(p, args, 1, CMD, span)?;
    if super::files::docref::is_open(p, &path) {
        return Err(already_open(p, &path, CMD, span));
    }
    if path.parent().is_some_and(|d| !d.is_dir()) {
        set_ok(p, false);
        return err(
            super::files::os::DIR_NOT_FOUND,
            format!("{CMD}: the folder of {} does not exist", path.display()),
            span,
        );
    }
    match std::fs::write(&path, &*bytes) {
        Ok(()) => {
            set_ok(p, true);
            Ok(Value::Undefined)
        }
        Err(e) => {
            set_ok(p, false);
            Err(super::files::io_error(&e, &path, span))
        }
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]
mod tests {
    use super::*;

    #[test]
    fn extended_round_trip() {
        for r in [
            0.0,
            1.0,
            -2.5,
            1e300,
            -1e-300,
            5e-324,
            std::f64::consts::PI,
            0.1,
            f64::MAX,
            f64::INFINITY,
        ] {
            assert_eq!(from_extended(to_extended(r)), r, "{r}");
        }
        assert!(from_extended(to_extended(f64::NAN)).is_nan());
        // 1.0: exponent 16383 (0x3FFF), mantissa with the integer bit set.
        assert_eq!(to_extended(1.0), [0x3F, 0xFF, 0x80, 0, 0, 0, 0, 0, 0, 0]);
    }

    #[test]
    fn put_positions() {
        let mut b = vec![1, 2, 3];
        assert_eq!(put(&mut b, Pos::At(5), &[9]), 6);
        assert_eq!(b, vec![1, 2, 3, 0, 0, 9]);
        assert_eq!(put(&mut b, Pos::Append, &[7]), 7);
        assert_eq!(put(&mut b, Pos::Replace, &[4, 4]), 2);
        assert_eq!(b, vec![4, 4]);
    }
}
