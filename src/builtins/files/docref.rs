//! Document references (theme System Documents): Create document, Open
//! document, Append document, CLOSE DOCUMENT, SEND PACKET, RECEIVE PACKET,
//! Get document position, SET DOCUMENT POSITION, SET DOCUMENT SIZE, and
//! the character sets of USE CHARACTER SET.
//!
//! A DocRef is a Time value (`var vhDoc : Time`, create-document.md):
//! 1, 2, 3… in each process; ?00:00:00? is the null DocRef. Each process
//! (one OS thread) keeps its open documents in a thread-local table, keyed
//! by process id; documents are read and written at their position, without
//! buffering, so nothing waits for CLOSE DOCUMENT.
//!
//! Decisions where the docs are silent or describe a dialog:
//! - an empty document name would show a file dialog: headless, it is
//!   answered Cancel (null DocRef, OK = 0) and logged on stderr;
//! - a name without extension gets the first `fileType` that is an
//!   extension (`.txt`); Mac types (`TEXT`) and `*` are ignored;
//! - opening with write access a document this process has open with write
//!   access, or creating one it has open, is error -43 (open-document.md);
//! - an unknown DocRef is error -51 (bad file reference);
//! - a position before the start of a document is error -40;
//! - texts are written without BOM in the output character set (UTF-8 by
//!   default); RECEIVE PACKET counts characters (UTF-16 units for UTF-8 and
//!   UTF-16, bytes for other sets) and, at the start of a document, honors
//!   a BOM when the input set is Unicode (receive-packet.md);
//! - SEND PACKET and RECEIVE PACKET without DocRef need SET CHANNEL, which
//!   fourd does not provide: error.

use crate::builtins::set_ok;
use std::cell::RefCell;
use std::fs::{File, OpenOptions};
use std::io::{Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};
use std::rc::Rc;

use rustc_hash::FxHashMap;

use super::charset::{self, Charset, Encoding};
use super::{clean, io_error, os, system_path};
use crate::builtins::{has_star, int, present, set_arg, text, val};
use crate::runtime::blob::{BlobView, blob_like};
use crate::runtime::error::{RtResult, code, err};
use crate::runtime::interp::Interp;
use crate::runtime::value::Value;
use crate::sema::ir::Arg;
use crate::source::Span;

/// Bad file reference number.
const BAD_REF: i32 = -51;
/// Position before the start of the file.
const BAD_POSITION: i32 = -40;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Mode {
    ReadWrite,
    Write,
    Read,
}

impl Mode {
    fn writes(self) -> bool {
        self != Mode::Read
    }
}

struct OpenDoc {
    file: File,
    path: PathBuf,
    mode: Mode,
}

#[derive(Default)]
struct Table {
    last: i64,
    docs: FxHashMap<i64, OpenDoc>,
    /// USE CHARACTER SET: output (0) and input (1) maps; None is UTF-8.
    output: Option<Charset>,
    input: Option<Charset>,
}

thread_local! {
    static TABLES: RefCell<FxHashMap<u64, Table>> = RefCell::new(FxHashMap::default());
}

fn with_table<R>(p: &Interp, f: impl FnOnce(&mut Table) -> R) -> R {
    let id = p.entry.id;
    TABLES.with(|t| f(t.borrow_mut().entry(id).or_default()))
}

/// True when this process has the document open.
pub fn is_open(p: &Interp, path: &Path) -> bool {
    let path = clean(path);
    with_table(p, |t| t.docs.values().any(|d| d.path == path))
}

/// True when this process has the document open with write access.
pub fn open_for_writing(p: &Interp, path: &Path) -> bool {
    let path = clean(path);
    with_table(p, |t| t.docs.values().any(|d| d.path == path && d.mode.writes()))
}

/// The DocRef number of argument `i`.
fn docref_arg(p: &mut Interp, args: &[Arg], i: usize, cmd: &str, span: Span) -> RtResult<i64> {
    match val(p, args, i)? {
        Value::Time(t) => Ok(t),
        v => match v.as_num() {
            Some(n) => Ok(n as i64),
            None => err(
                code::BAD_ARGUMENT,
                format!("{cmd}: argument {} must be a document reference (Time)", i + 1),
                span,
            ),
        },
    }
}

fn bad_ref<T>(cmd: &str, r: i64, span: Span) -> RtResult<T> {
    err(BAD_REF, format!("{cmd}: {r} is not an open document reference"), span)
}

/// Runs `f` on the open document `r` of this process.
fn with_doc<R>(p: &Interp, r: i64, cmd: &str, span: Span, f: impl FnOnce(&mut OpenDoc) -> RtResult<R>) -> RtResult<R> {
    with_table(p, |t| match t.docs.get_mut(&r) {
        Some(d) => f(d),
        None => bad_ref(cmd, r, span),
    })
}

/// `Get document size(docRef)`
pub fn size_of(p: &Interp, r: i64, span: Span) -> RtResult<f64> {
    with_doc(p, r, "Get document size", span, |d| {
        let m = d.file.metadata().map_err(|e| io_error(&e, &d.path, span))?;
        Ok(m.len() as f64)
    })
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Opening {
    Create,
    Open,
    Append,
}

/// Open document modes (Read and Write, Write Mode, Read Mode, Get Pathname).
const GET_PATHNAME: i64 = 3;

/// The first extension among `fileType` (`"txt;.4dm"` → `.txt`), if the
/// types are extensions.
fn extension_of(file_type: &str) -> Option<String> {
    let first = file_type.split(';').next()?.trim();
    let ext = first.strip_prefix('.').unwrap_or(first);
    let is_ext = first.starts_with('.') || (ext.len() <= 3 && ext.chars().all(|c| c.is_ascii_lowercase()));
    (is_ext && !ext.is_empty() && ext != "*" && ext.chars().all(|c| c.is_ascii_alphanumeric()))
        .then(|| format!(".{ext}"))
}

fn open_command(p: &mut Interp, args: &[Arg], how: Opening, cmd: &str, span: Span) -> RtResult<Value> {
    let name = text(p, args, 0, span)?;
    let mut file_type = String::new();
    let mut mode_n = 0;
    if present(args, 1) {
        match val(p, args, 1)? {
            Value::Text(t) => file_type = t.to_string(),
            v => mode_n = v.as_num().unwrap_or(0.0) as i64,
        }
    }
    if present(args, 2) {
        mode_n = int(p, args, 2, span)?;
    }
    if name.is_empty() {
        let message = if file_type.is_empty() {
            "file dialog".to_string()
        } else {
            format!("file dialog ({file_type})")
        };
        crate::builtins::system::headless_log(p, cmd, &message);
        set_ok(p, false);
        return Ok(Value::Time(0));
    }
    let mut path = clean(&system_path(p, name.as_str()));
    let has_ext = path.file_name().is_some_and(|n| n.to_string_lossy().contains('.'));
    if !has_ext && let Some(ext) = extension_of(&file_type) {
        let mut s = path.into_os_string();
        s.push(ext);
        path = PathBuf::from(s);
    }
    let mode = match (how, mode_n) {
        (Opening::Open, 1) => Mode::Write,
        (Opening::Open, 2) => Mode::Read,
        _ => Mode::ReadWrite,
    };
    let fail = |p: &mut Interp, code: i32, msg: String| -> RtResult<Value> {
        set_ok(p, false);
        err(code, msg, span)
    };
    if how == Opening::Open && mode_n == GET_PATHNAME {
        if !path.is_file() {
            return fail(p, os::NOT_FOUND, format!("{cmd}: {} does not exist", path.display()));
        }
        p.set_system_var("Document", Value::text(path.to_string_lossy().into_owned()));
        set_ok(p, true);
        return Ok(Value::Time(0));
    }
    let conflict = if how == Opening::Create {
        is_open(p, &path)
    } else {
        mode.writes() && open_for_writing(p, &path)
    };
    if conflict {
        return fail(
            p,
            os::NOT_FOUND,
            format!("{cmd}: the document {} is already open", path.display()),
        );
    }
    if path.is_dir() {
        return fail(p, os::NOT_FOUND, format!("{cmd}: {} is a folder", path.display()));
    }
    if how == Opening::Create && path.parent().is_some_and(|d| !d.is_dir()) {
        return fail(
            p,
            os::DIR_NOT_FOUND,
            format!("{cmd}: the folder of {} does not exist", path.display()),
        );
    }
    let mut options = OpenOptions::new();
    match (how, mode) {
        (Opening::Create, _) => options.read(true).write(true).create(true).truncate(true),
        (_, Mode::ReadWrite) => options.read(true).write(true),
        (_, Mode::Write) => options.write(true),
        (_, Mode::Read) => options.read(true),
    };
    let mut file = match options.open(&path) {
        Ok(f) => f,
        Err(e) => {
            set_ok(p, false);
            return Err(io_error(&e, &path, span));
        }
    };
    if how == Opening::Append
        && let Err(e) = file.seek(SeekFrom::End(0))
    {
        set_ok(p, false);
        return Err(io_error(&e, &path, span));
    }
    let shown = path.to_string_lossy().into_owned();
    let r = with_table(p, |t| {
        t.last += 1;
        t.docs.insert(t.last, OpenDoc { file, path, mode });
        t.last
    });
    p.set_system_var("Document", Value::text(shown));
    set_ok(p, true);
    Ok(Value::Time(r))
}

/// `Create document(document {; fileType})`: an existing document is emptied.
pub fn create_document(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    open_command(p, args, Opening::Create, "Create document", span)
}

/// `Open document(document {; fileType} {; mode})`: at the beginning.
pub fn open_document(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    open_command(p, args, Opening::Open, "Open document", span)
}

/// `Append document(document {; fileType})`: at the end.
pub fn append_document(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    open_command(p, args, Opening::Append, "Append document", span)
}

/// `CLOSE DOCUMENT(docRef)`
pub fn close_document(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    const CMD: &str = "CLOSE DOCUMENT";
    let r = docref_arg(p, args, 0, CMD, span)?;
    match with_table(p, |t| t.docs.remove(&r)) {
        Some(_) => Ok(Value::Undefined),
        None => bad_ref(CMD, r, span),
    }
}

fn no_channel<T>(cmd: &str, span: Span) -> RtResult<T> {
    err(
        code::NOT_IMPLEMENTED,
        format!("{cmd} without a document reference needs SET CHANNEL, which fourd does not provide"),
        span,
    )
}

/// The output (`input` false) or input character set of this process.
fn current_charset(p: &Interp, input: bool) -> Charset {
    with_table(p, |t| if input { t.input } else { t.output }).unwrap_or(Charset::DEFAULT)
}

/// `SEND PACKET({docRef ;} packet)`: a text in the output character set
/// (no BOM), a BLOB as it is, at the document's position.
pub fn send_packet(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    const CMD: &str = "SEND PACKET";
    if args.len() < 2 {
        return no_channel(CMD, span);
    }
    let r = docref_arg(p, args, 0, CMD, span)?;
    let packet = val(p, args, 1)?;
    // A scalar BLOB or a 4D.Blob (dt_blob.md), or a text.
    let bytes: BlobView = match BlobView::of(&packet) {
        Some(b) => b,
        None => match packet {
            Value::Text(t) => {
                let cs = Charset {
                    bom: false,
                    ..current_charset(p, false)
                };
                BlobView::Scalar(Rc::new(charset::encode(t.as_str(), cs)))
            }
            Value::Undefined => BlobView::default(),
            other => {
                return err(
                    code::BAD_ARGUMENT,
                    format!(
                        "{CMD}: the packet must be a text or a BLOB, not {}",
                        crate::runtime::ops::type_name_of(&other)
                    ),
                    span,
                );
            }
        },
    };
    with_doc(p, r, CMD, span, |d| {
        d.file.write_all(&bytes).map_err(|e| io_error(&e, &d.path, span))
    })?;
    Ok(Value::Undefined)
}

/// What RECEIVE PACKET reads up to.
enum Until {
    Count(usize),
    Stop(Vec<u8>),
}

/// Reads from the document's position: `count` units of `unit_bytes`
/// (`max_unit` bytes at most for UTF-8) or up to a delimiter (skipped).
fn read_packet(d: &mut OpenDoc, until: &Until, utf8: bool, span: Span) -> RtResult<Vec<u8>> {
    let start = d.file.stream_position().map_err(|e| io_error(&e, &d.path, span))?;
    let io = |e: std::io::Error| io_error(&e, &d.path, span);
    let (data, consumed) = match until {
        Until::Count(n) => {
            let max = if utf8 { n.saturating_mul(4) } else { *n };
            let mut buf = Vec::new();
            (&d.file).take(max as u64).read_to_end(&mut buf).map_err(io)?;
            let used = if utf8 { utf8_prefix(&buf, *n) } else { buf.len() };
            buf.truncate(used);
            (buf, used)
        }
        Until::Stop(delim) => {
            let mut buf = Vec::new();
            let mut chunk = vec![0u8; 64 * 1024];
            let mut found = None;
            loop {
                let got = d.file.read(&mut chunk).map_err(io)?;
                if got == 0 {
                    break;
                }
                let from = buf.len().saturating_sub(delim.len());
                buf.extend_from_slice(chunk.get(..got).unwrap_or_default());
                if !delim.is_empty()
                    && let Some(at) = buf.get(from..).and_then(|tail| memchr::memmem::find(tail, delim))
                {
                    found = Some(from + at);
                    break;
                }
            }
            match found {
                Some(at) => {
                    buf.truncate(at);
                    (buf, at + delim.len())
                }
                None => {
                    let n = buf.len();
                    (buf, n)
                }
            }
        }
    };
    d.file
        .seek(SeekFrom::Start(start + consumed as u64))
        .map_err(|e| io_error(&e, &d.path, span))?;
    Ok(data)
}

/// The bytes of the first `count` characters (UTF-16 units) of UTF-8 `bytes`.
fn utf8_prefix(bytes: &[u8], count: usize) -> usize {
    let mut units = 0;
    let mut at = 0;
    while units < count && at < bytes.len() {
        let lead = bytes.get(at).copied().unwrap_or(0);
        let (len, u) = match lead {
            0xF0..=0xF7 => (4, 2),
            0xE0..=0xEF => (3, 1),
            0xC0..=0xDF => (2, 1),
            _ => (1, 1),
        };
        at = (at + len).min(bytes.len());
        units += u;
    }
    at
}

/// `RECEIVE PACKET({docRef ;} receiveVar ; stopChar | numBytes)`: OK is 0
/// (and the variable empty) when nothing is left to read.
pub fn receive_packet(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    const CMD: &str = "RECEIVE PACKET";
    if args.len() < 3 {
        return no_channel(CMD, span);
    }
    let r = docref_arg(p, args, 0, CMD, span)?;
    let target = val(p, args, 1)?;
    let blob = BlobView::of(&target).is_some();
    let mut cs = Charset {
        bom: false,
        ..current_charset(p, true)
    };
    let unicode = matches!(cs.encoding, Encoding::Utf8 | Encoding::Utf16Le | Encoding::Utf16Be);
    let limit = val(p, args, 2)?;
    let (data, at_end) = with_doc(p, r, CMD, span, |d| {
        let start = d.file.stream_position().map_err(|e| io_error(&e, &d.path, span))?;
        let size = d.file.metadata().map_err(|e| io_error(&e, &d.path, span))?.len();
        if start >= size {
            return Ok((Vec::new(), true));
        }
        if !blob && unicode && start == 0 {
            let mut head = [0u8; 3];
            let got = (&d.file)
                .take(3)
                .read(&mut head)
                .map_err(|e| io_error(&e, &d.path, span))?;
            let (skip, enc) = match head.get(..got).unwrap_or_default() {
                [0xEF, 0xBB, 0xBF] => (3, Some(Encoding::Utf8)),
                [0xFF, 0xFE, ..] => (2, Some(Encoding::Utf16Le)),
                [0xFE, 0xFF, ..] => (2, Some(Encoding::Utf16Be)),
                _ => (0, None),
            };
            if let Some(e) = enc {
                cs.encoding = e;
            }
            d.file
                .seek(SeekFrom::Start(skip))
                .map_err(|e| io_error(&e, &d.path, span))?;
        }
        let until = match &limit {
            Value::Text(t) if blob => Until::Stop(t.as_str().as_bytes().to_vec()),
            Value::Text(t) => Until::Stop(charset::encode(t.as_str(), cs)),
            v => {
                let n = v.as_num().unwrap_or(0.0).max(0.0) as usize;
                Until::Count(match cs.encoding {
                    Encoding::Utf16Le | Encoding::Utf16Be if !blob => n.saturating_mul(2),
                    _ => n,
                })
            }
        };
        let utf8 = !blob && cs.encoding == Encoding::Utf8 && matches!(until, Until::Count(_));
        Ok((read_packet(d, &until, utf8, span)?, false))
    })?;
    let v = if blob {
        blob_like(&target, data)
    } else {
        Value::text(charset::decode(&data, cs))
    };
    set_arg(p, args, 1, v, span)?;
    set_ok(p, !at_end);
    Ok(Value::Undefined)
}

/// `Get document position(docRef)`
pub fn get_document_position(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    const CMD: &str = "Get document position";
    let r = docref_arg(p, args, 0, CMD, span)?;
    let pos = with_doc(p, r, CMD, span, |d| {
        d.file.stream_position().map_err(|e| io_error(&e, &d.path, span))
    })?;
    Ok(Value::Real(pos as f64))
}

/// `SET DOCUMENT POSITION(docRef; offset {; anchor})`: from the start (1,
/// default), the end (2) or the current position (3).
pub fn set_document_position(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    const CMD: &str = "SET DOCUMENT POSITION";
    let r = docref_arg(p, args, 0, CMD, span)?;
    let offset = int(p, args, 1, span)?;
    let anchor = if present(args, 2) { int(p, args, 2, span)? } else { 1 };
    with_doc(p, r, CMD, span, |d| {
        let io = |e: std::io::Error| io_error(&e, &d.path, span);
        let base = match anchor {
            2 => d.file.metadata().map_err(io)?.len() as i64,
            3 => d.file.stream_position().map_err(io)? as i64,
            _ => 0,
        };
        let target = base + offset;
        if target < 0 {
            return err(
                BAD_POSITION,
                format!("{CMD}: position {target} is before the start of the document"),
                span,
            );
        }
        d.file.seek(SeekFrom::Start(target as u64)).map_err(io)?;
        Ok(())
    })?;
    Ok(Value::Undefined)
}

/// `SET DOCUMENT SIZE(docRef; size)`
pub fn set_document_size(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    const CMD: &str = "SET DOCUMENT SIZE";
    let r = docref_arg(p, args, 0, CMD, span)?;
    let size = int(p, args, 1, span)?.max(0) as u64;
    with_doc(p, r, CMD, span, |d| {
        d.file.set_len(size).map_err(|e| io_error(&e, &d.path, span))
    })?;
    Ok(Value::Undefined)
}

/// `USE CHARACTER SET(map | * {; mapInOut})`: OK is 0 for an unknown set.
pub fn use_character_set(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    let input = present(args, 1) && int(p, args, 1, span)? == 1;
    let cs = if has_star(args) {
        None
    } else {
        let name = val(p, args, 0)?;
        match charset::charset_of(&name) {
            Some(c) => Some(Charset { bom: false, ..c }),
            None => {
                set_ok(p, false);
                return Ok(Value::Undefined);
            }
        }
    };
    with_table(p, |t| {
        if input {
            t.input = cs;
        } else {
            t.output = cs;
        }
    });
    set_ok(p, true);
    Ok(Value::Undefined)
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]
mod tests {
    use super::*;

    #[test]
    fn extensions() {
        assert_eq!(extension_of(".txt").as_deref(), Some(".txt"));
        assert_eq!(extension_of("txt;4dm").as_deref(), Some(".txt"));
        assert_eq!(extension_of("TEXT"), None);
        assert_eq!(extension_of("*"), None);
        assert_eq!(extension_of(".*"), None);
        assert_eq!(extension_of(""), None);
    }

    #[test]
    fn utf8_prefixes() {
        assert_eq!(utf8_prefix("aé😀b".as_bytes(), 2), 3);
        assert_eq!(utf8_prefix("aé😀b".as_bytes(), 4), 7);
        assert_eq!(utf8_prefix(b"ab", 5), 2);
    }
}
