//! Document commands (theme System Documents) and folder locations:
//! Document to text, TEXT TO DOCUMENT, Test path name, CREATE FOLDER,
//! DELETE DOCUMENT/FOLDER, COPY/MOVE DOCUMENT, DOCUMENT/FOLDER LIST,
//! Get document size, path conversions, Path to object, Object to path,
//! Temporary folder, Get 4D folder.
//!
//! These commands take system paths: on Linux an absolute POSIX path, or a
//! path relative to the project folder ("next to the structure file",
//! document-to-text.md). Decisions where the docs are silent or describe
//! another OS: without BOM nor charset, documents are read as UTF-8 (4D:
//! ANSI on Windows, MacRoman on macOS); native line breaks are LF; lists are
//! sorted by name.

use crate::builtins::{set_ok, with_ok};
use std::path::{Path, PathBuf};

use super::charset::{self, Charset};
use super::class::{date_time, split_name};
use super::{active_4d_folder, io_error, os, package_folder, posix_of, system_path};
use crate::builtins::objects::put_array;
use crate::builtins::{has_star, int, present, set_arg, text, val};
use crate::runtime::date::Date;
use crate::runtime::error::{RtResult, RuntimeError, code, err};
use crate::runtime::interp::Interp;
use crate::runtime::object::{ArrayKind, Object};
use crate::runtime::value::Value;
use crate::sema::ir::Arg;
use crate::source::Span;

/// `Is a document` / `Is a folder`
const IS_A_DOCUMENT: f64 = 1.0;
const IS_A_FOLDER: f64 = 0.0;

/// The charset argument `i` of a document command (default UTF-8, no BOM).
fn charset_arg(p: &mut Interp, args: &[Arg], i: usize, span: Span) -> RtResult<Charset> {
    if !present(args, i) {
        return Ok(Charset::DEFAULT);
    }
    let v = val(p, args, i)?;
    charset::charset_of(&v).ok_or_else(|| {
        RuntimeError::new(
            code::BAD_ARGUMENT,
            format!("unknown character set: {}", crate::runtime::value::display(&v)),
            span,
        )
    })
}

fn break_mode(p: &mut Interp, args: &[Arg], i: usize, span: Span) -> RtResult<i64> {
    if present(args, i) { int(p, args, i, span) } else { Ok(1) }
}

/// `Document to text(fileName {; charSet {; breakMode}})`
pub fn document_to_text(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    let name = text(p, args, 0, span)?;
    let path = system_path(p, name.as_str());
    let cs = charset_arg(p, args, 1, span)?;
    let mode = break_mode(p, args, 2, span)?;
    let bytes = std::fs::read(&path).map_err(|e| io_error(&e, &path, span))?;
    Ok(Value::text(charset::convert_breaks(&charset::decode(&bytes, cs), mode)))
}

/// `TEXT TO DOCUMENT(fileName; text {; charSet {; breakMode}})`
pub fn text_to_document(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    let name = text(p, args, 0, span)?;
    let content = text(p, args, 1, span)?;
    let path = system_path(p, name.as_str());
    let cs = charset_arg(p, args, 2, span)?;
    let mode = break_mode(p, args, 3, span)?;
    let bytes = charset::encode(&charset::convert_breaks(content.as_str(), mode), cs);
    if path.parent().is_some_and(|d| !d.is_dir()) {
        return err(
            os::DIR_NOT_FOUND,
            format!("the folder of {} does not exist", path.display()),
            span,
        );
    }
    std::fs::write(&path, bytes).map_err(|e| io_error(&e, &path, span))?;
    Ok(Value::Undefined)
}

/// `Test path name(pathname)`: 1 document, 0 folder, -43 not found.
pub fn test_path_name(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    let name = text(p, args, 0, span)?;
    if name.is_empty() {
        return Ok(Value::Real(os::NOT_FOUND as f64));
    }
    let path = system_path(p, name.as_str());
    Ok(Value::Real(match std::fs::metadata(&path) {
        Ok(m) if m.is_dir() => IS_A_FOLDER,
        Ok(_) if name.as_str().ends_with('/') => os::NOT_FOUND as f64,
        Ok(_) => IS_A_DOCUMENT,
        Err(_) => os::NOT_FOUND as f64,
    }))
}

/// `CREATE FOLDER(folderPath {; *})`: with `*` the whole hierarchy (a
/// final document name is ignored).
pub fn create_folder(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    with_ok(p, args, span, create_folder_)
}

fn create_folder_(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    let name = text(p, args, 0, span)?;
    let raw = name.as_str();
    if raw.is_empty() {
        return err(os::BAD_NAME, "CREATE FOLDER needs a folder path", span);
    }
    if has_star(args) {
        let dir = if raw.ends_with('/') {
            system_path(p, raw)
        } else {
            match raw.rsplit_once('/') {
                Some((head, _)) if !head.is_empty() => system_path(p, head),
                Some(_) => return Ok(Value::Undefined),
                None => package_folder(p),
            }
        };
        std::fs::create_dir_all(&dir).map_err(|e| io_error(&e, &dir, span))?;
        return Ok(Value::Undefined);
    }
    let dir = system_path(p, raw.trim_end_matches('/'));
    if dir.parent().is_some_and(|d| !d.is_dir()) {
        return err(
            os::DIR_NOT_FOUND,
            format!("the folder above {} does not exist", dir.display()),
            span,
        );
    }
    std::fs::create_dir(&dir).map_err(|e| io_error(&e, &dir, span))?;
    Ok(Value::Undefined)
}

/// `DELETE DOCUMENT(document)`: OK is 1 on success, else 0 and an error.
pub fn delete_document(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    let name = text(p, args, 0, span)?;
    if name.is_empty() {
        set_ok(p, false);
        return err(os::BAD_NAME, "DELETE DOCUMENT needs a document name", span);
    }
    let path = system_path(p, name.as_str());
    if path.is_dir() {
        set_ok(p, false);
        return err(
            os::NOT_FOUND,
            format!("{} is a folder, not a document", path.display()),
            span,
        );
    }
    match std::fs::remove_file(&path) {
        Ok(()) => {
            set_ok(p, true);
            Ok(Value::Undefined)
        }
        Err(e) => {
            set_ok(p, false);
            Err(io_error(&e, &path, span))
        }
    }
}

/// `DELETE FOLDER(folder {; deleteOption})`: like `folder.delete()`.
pub fn delete_folder(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    with_ok(p, args, span, delete_folder_)
}

fn delete_folder_(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    let name = text(p, args, 0, span)?;
    let path = system_path(p, name.as_str().trim_end_matches('/'));
    let with_contents = present(args, 1) && int(p, args, 1, span)? == 1;
    if !path.is_dir() {
        if with_contents {
            return Ok(Value::Undefined);
        }
        return err(
            os::DIR_NOT_FOUND,
            format!("the folder {} does not exist", path.display()),
            span,
        );
    }
    if with_contents {
        std::fs::remove_dir_all(&path).map_err(|e| io_error(&e, &path, span))?;
    } else {
        let empty = std::fs::read_dir(&path)
            .map(|mut d| d.next().is_none())
            .unwrap_or(false);
        if !empty {
            return err(os::BUSY, format!("the folder {} is not empty", path.display()), span);
        }
        std::fs::remove_dir(&path).map_err(|e| io_error(&e, &path, span))?;
    }
    Ok(Value::Undefined)
}

fn copy_tree(from: &Path, to: &Path, overwrite: bool, span: Span) -> RtResult<()> {
    if !to.is_dir() {
        std::fs::create_dir(to).map_err(|e| io_error(&e, to, span))?;
    }
    let entries = std::fs::read_dir(from).map_err(|e| io_error(&e, from, span))?;
    for entry in entries.flatten() {
        let src = entry.path();
        let dst = to.join(entry.file_name());
        if src.is_dir() {
            copy_tree(&src, &dst, overwrite, span)?;
        } else {
            if dst.exists() && !overwrite {
                return err(os::DUPLICATE, format!("{} already exists", dst.display()), span);
            }
            std::fs::copy(&src, &dst).map_err(|e| io_error(&e, &dst, span))?;
        }
    }
    Ok(())
}

/// `COPY DOCUMENT(sourceName; destinationName {; newName} {; *})`
pub fn copy_document(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    with_ok(p, args, span, copy_document_)
}

fn copy_document_(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    let source = text(p, args, 0, span)?;
    let dest = text(p, args, 1, span)?;
    let new_name = if present(args, 2) {
        Some(text(p, args, 2, span)?.to_string()).filter(|n| !n.is_empty())
    } else {
        None
    };
    let overwrite = has_star(args);
    let src_folder = source.as_str().ends_with('/');
    let src = system_path(p, source.as_str().trim_end_matches('/'));
    let src_name = src.file_name().map(|n| n.to_os_string()).unwrap_or_default();
    if src_folder {
        if !src.is_dir() {
            return err(
                os::DIR_NOT_FOUND,
                format!("the folder {} does not exist", src.display()),
                span,
            );
        }
        let dest_dir = system_path(p, dest.as_str());
        if !dest_dir.is_dir() {
            return err(
                os::DIR_NOT_FOUND,
                format!("the folder {} does not exist", dest_dir.display()),
                span,
            );
        }
        let target = match &new_name {
            Some(n) => dest_dir.join(n),
            None => dest_dir.join(&src_name),
        };
        return copy_tree(&src, &target, overwrite, span).map(|_| Value::Undefined);
    }
    if !src.is_file() {
        return err(
            os::NOT_FOUND,
            format!("the document {} does not exist", src.display()),
            span,
        );
    }
    let target = if dest.as_str().ends_with('/') {
        let dir = system_path(p, dest.as_str());
        dir.join(new_name.as_deref().map(std::ffi::OsStr::new).unwrap_or(&src_name))
    } else {
        let t = system_path(p, dest.as_str());
        match &new_name {
            Some(n) => t.with_file_name(n),
            None => t,
        }
    };
    if target.parent().is_some_and(|d| !d.is_dir()) {
        return err(
            os::DIR_NOT_FOUND,
            format!("the folder of {} does not exist", target.display()),
            span,
        );
    }
    if target.exists() && !overwrite {
        return err(os::DUPLICATE, format!("{} already exists", target.display()), span);
    }
    std::fs::copy(&src, &target).map_err(|e| io_error(&e, &target, span))?;
    Ok(Value::Undefined)
}

/// `MOVE DOCUMENT(srcPathname; dstPathname)`
pub fn move_document(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    with_ok(p, args, span, move_document_)
}

fn move_document_(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    let source = text(p, args, 0, span)?;
    let dest = text(p, args, 1, span)?;
    let src = system_path(p, source.as_str());
    let target = system_path(p, dest.as_str());
    if !src.is_file() {
        return err(
            os::NOT_FOUND,
            format!("the document {} does not exist", src.display()),
            span,
        );
    }
    if target.exists() {
        return err(os::DUPLICATE, format!("{} already exists", target.display()), span);
    }
    std::fs::rename(&src, &target).map_err(|e| io_error(&e, &target, span))?;
    Ok(Value::Undefined)
}

/// `Get document size(document {; *})`: the data fork only (no resource
/// fork on Linux); `document` is a name or the DocRef of an open document.
pub fn get_document_size(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    let name = match val(p, args, 0)? {
        Value::Text(t) => t,
        Value::Undefined => Default::default(),
        v => match v.as_num() {
            Some(r) => return super::docref::size_of(p, r as i64, span).map(Value::Real),
            None => return text(p, args, 0, span).map(|_| Value::Undefined),
        },
    };
    if has_star(args) {
        return Ok(Value::Real(0.0));
    }
    let path = system_path(p, name.as_str());
    let m = std::fs::metadata(&path).map_err(|e| io_error(&e, &path, span))?;
    Ok(Value::Real(m.len() as f64))
}

/// `GET DOCUMENT PROPERTIES(document; locked; invisible; created on;
/// created at; modified on; modified at)`: invisible means a name starting
/// with `.`; the creation date is the modification date where the file
/// system keeps none.
pub fn get_document_properties(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    let name = text(p, args, 0, span)?;
    let path = system_path(p, name.as_str());
    let m = std::fs::metadata(&path).map_err(|e| io_error(&e, &path, span))?;
    let hidden = path.file_name().is_some_and(|n| n.to_string_lossy().starts_with('.'));
    let modified = m.modified().ok().map(date_time).unwrap_or((Date::NULL, 0));
    let created = m.created().ok().map(date_time).unwrap_or(modified);
    set_arg(p, args, 1, Value::Bool(m.permissions().readonly()), span)?;
    set_arg(p, args, 2, Value::Bool(hidden), span)?;
    set_arg(p, args, 3, Value::Date(created.0), span)?;
    set_arg(p, args, 4, Value::Time(created.1), span)?;
    set_arg(p, args, 5, Value::Date(modified.0), span)?;
    set_arg(p, args, 6, Value::Time(modified.1), span)?;
    Ok(Value::Undefined)
}

/// `SET DOCUMENT PROPERTIES(document; locked; invisible; created on;
/// created at; modified on; modified at)`: sets the lock (read-only) and
/// the modification date and time; Linux keeps no settable creation date
/// and no invisible flag, so those are ignored.
pub fn set_document_properties(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    let name = text(p, args, 0, span)?;
    let path = system_path(p, name.as_str());
    let locked = matches!(val(p, args, 1)?, Value::Bool(true));
    let day = match val(p, args, 5)? {
        Value::Date(d) => d,
        _ => Date::NULL,
    };
    let secs = val(p, args, 6)?.as_num().unwrap_or(0.0) as i64;
    let file = std::fs::OpenOptions::new()
        .write(true)
        .open(&path)
        .or_else(|_| std::fs::File::open(&path))
        .map_err(|e| io_error(&e, &path, span))?;
    if !day.is_null()
        && let Some(t) = system_time(day, secs)
    {
        file.set_modified(t).map_err(|e| io_error(&e, &path, span))?;
    }
    let mut perms = file.metadata().map_err(|e| io_error(&e, &path, span))?.permissions();
    #[allow(clippy::permissions_set_readonly_false)]
    perms.set_readonly(locked);
    std::fs::set_permissions(&path, perms).map_err(|e| io_error(&e, &path, span))?;
    Ok(Value::Undefined)
}

/// A local date and time of day as a system time.
fn system_time(day: Date, secs: i64) -> Option<std::time::SystemTime> {
    use chrono::TimeZone;
    let (y, m, d) = day.ymd();
    let naive = chrono::NaiveDate::from_ymd_opt(y, m, d)?.and_hms_opt(0, 0, 0)? + chrono::Duration::seconds(secs);
    let local = chrono::Local.from_local_datetime(&naive).earliest()?;
    Some(local.into())
}

/// Sorted `(name, is_folder)` of a folder's entries.
fn entries(dir: &Path, no_hidden: bool, span: Span) -> RtResult<Vec<(String, bool)>> {
    let list = std::fs::read_dir(dir).map_err(|e| io_error(&e, dir, span))?;
    let mut out: Vec<(String, bool)> = list
        .flatten()
        .map(|e| (e.file_name().to_string_lossy().into_owned(), e.path().is_dir()))
        .filter(|(n, _)| !(no_hidden && n.starts_with('.')))
        .collect();
    out.sort();
    Ok(out)
}

/// `DOCUMENT LIST(pathname; documents {; options})`
pub fn document_list(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    let name = text(p, args, 0, span)?;
    let options = if present(args, 2) { int(p, args, 2, span)? } else { 0 };
    let (recursive, absolute, no_hidden) = (options & 1 != 0, options & 2 != 0, options & 8 != 0);
    let posix = options & 4 != 0;
    let dir = system_path(p, name.as_str());
    if !dir.is_dir() {
        return err(
            os::DIR_NOT_FOUND,
            format!("the folder {} does not exist", dir.display()),
            span,
        );
    }
    let mut found = Vec::new();
    let mut stack = vec![(dir.clone(), String::new())];
    while let Some((folder, rel)) = stack.pop() {
        let list = entries(&folder, no_hidden, span)?;
        for (n, is_dir) in &list {
            if !is_dir {
                found.push(format!("{rel}{n}"));
            }
        }
        if recursive {
            for (n, is_dir) in list.iter().rev() {
                if *is_dir {
                    stack.push((folder.join(n), format!("{rel}{n}/")));
                }
            }
        }
    }
    let base = posix_of(&dir, true);
    let values = found
        .into_iter()
        .map(|rel| {
            Value::text(if absolute {
                format!("{base}{rel}")
            } else if !posix && rel.contains('/') {
                // Relative system paths of subfolder documents start with a separator.
                format!("/{rel}")
            } else {
                rel
            })
        })
        .collect();
    put_array(p, args, 1, ArrayKind::Text, values, span)?;
    Ok(Value::Undefined)
}

/// `FOLDER LIST(pathname; directories)`
pub fn folder_list(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    let name = text(p, args, 0, span)?;
    let dir = system_path(p, name.as_str());
    if !dir.is_dir() {
        return err(
            os::DIR_NOT_FOUND,
            format!("the folder {} does not exist", dir.display()),
            span,
        );
    }
    let values = entries(&dir, false, span)?
        .into_iter()
        .filter(|(_, d)| *d)
        .map(|(n, _)| Value::text(n))
        .collect();
    put_array(p, args, 1, ArrayKind::Text, values, span)?;
    Ok(Value::Undefined)
}

/// Percent-encodes what is not unreserved in a URL path.
fn percent_encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'/' | b'-' | b'_' | b'.' | b'~') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        if b == b'%'
            && let Some(h) = bytes.get(i + 1..i + 3)
            && let Ok(v) = u8::from_str_radix(std::str::from_utf8(h).unwrap_or("zz"), 16)
        {
            out.push(v);
            i += 3;
        } else {
            out.push(b);
            i += 1;
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// `Convert path system to POSIX(systemPath {; *})`: always absolute.
pub fn convert_path_system_to_posix(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    let raw = text(p, args, 0, span)?;
    let mut s = system_path(p, raw.as_str()).to_string_lossy().into_owned();
    if raw.as_str().ends_with('/') && !s.ends_with('/') {
        s.push('/');
    }
    Ok(Value::text(if has_star(args) { percent_encode(&s) } else { s }))
}

/// `Convert path POSIX to system(posixPath {; *})`: `*` when the path is encoded.
pub fn convert_path_posix_to_system(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    let raw = text(p, args, 0, span)?;
    let s = raw.to_string();
    Ok(Value::text(if has_star(args) { percent_decode(&s) } else { s }))
}

/// `Path to object(path {; pathType})`: a string analysis only; on Linux the
/// system and POSIX separators are both `/`.
pub fn path_to_object(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    let raw = text(p, args, 0, span)?;
    let raw = raw.as_str();
    // The root folder has no parent (path-to-object.md, example 3 walks up
    // until parentFolder is "").
    let root = raw == "/";
    let raw = if root { "" } else { raw };
    let is_folder = raw.ends_with('/') && raw.len() > 1;
    let trimmed = if is_folder { raw.trim_end_matches('/') } else { raw };
    let (parent, last) = match trimmed.rfind('/') {
        Some(i) => (
            trimmed.get(..=i).unwrap_or_default(),
            trimmed.get(i + 1..).unwrap_or_default(),
        ),
        None => ("", trimmed),
    };
    let (name, ext) = split_name(last);
    let mut o = Object::new();
    o.set("parentFolder", Value::text(parent));
    o.set("name", Value::text(name));
    o.set("extension", Value::text(ext));
    o.set("isFolder", Value::Bool(is_folder || root));
    Ok(Value::new_object(o))
}

/// `Object to path(pathObject)`
pub fn object_to_path(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    let Value::Object(o) = val(p, args, 0)? else {
        return err(code::BAD_ARGUMENT, "Object to path needs an object", span);
    };
    let o = o.borrow();
    let get = |k: &str| {
        o.get(k)
            .and_then(|v| v.as_text().map(|t| t.to_string()))
            .unwrap_or_default()
    };
    let parent = get("parentFolder");
    let name = get("name");
    let mut ext = get("extension");
    if !ext.is_empty() && !ext.starts_with('.') {
        ext.insert(0, '.');
    }
    let folder = matches!(o.get("isFolder"), Some(Value::Bool(true)));
    // The separator is the last character of parentFolder (POSIX or system).
    let sep = parent
        .chars()
        .last()
        .filter(|c| matches!(c, '/' | '\\' | ':'))
        .unwrap_or('/');
    let mut s = format!("{parent}{name}{ext}");
    if folder {
        s.push(sep);
    }
    Ok(Value::text(s))
}

/// `Select document(directory; fileTypes; title; options {; selected})`:
/// a dialog, intercepted as in headless mode (Admin/cli.md) and answered
/// Cancel (nothing can be chosen): "" and OK = 0.
pub fn select_document(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    let title = text(p, args, 2, span)?;
    crate::builtins::system::headless_log(p, "Select document", title.as_str());
    if present(args, 4) {
        put_array(p, args, 4, ArrayKind::Text, Vec::new(), span)?;
    }
    set_ok(p, false);
    Ok(Value::text(""))
}

/// `Select folder({message {; defaultPath {; options}}})`: answered Cancel
/// like `Select document`.
pub fn select_folder(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    let message = if present(args, 0) {
        text(p, args, 0, span)?
    } else {
        Default::default()
    };
    crate::builtins::system::headless_log(p, "Select folder", message.as_str());
    set_ok(p, false);
    Ok(Value::text(""))
}

/// `SHOW ON DISK(pathname {; *})`: no file browser without an interface;
/// a missing item is still an error.
pub fn show_on_disk(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    let name = text(p, args, 0, span)?;
    let path = system_path(p, name.as_str());
    std::fs::metadata(&path).map_err(|e| io_error(&e, &path, span))?;
    Ok(Value::Undefined)
}

/// `Temporary folder`: the system's temporary folder, with a final separator.
pub fn temporary_folder(_: &mut Interp, _: &[Arg], _: Span) -> RtResult<Value> {
    Ok(Value::text(posix_of(&std::env::temp_dir(), true)))
}

/// `Get 4D folder({folder {; options} {; *}})`: folders of the project
/// (see the table in `files/mod.rs`); the Active 4D Folder is
/// `~/.config/4D/`. `Current resources folder` and `Logs folder` are
/// created when missing (get-4d-folder.md). OK is 0 for an unknown folder.
pub fn get_4d_folder(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    let which = if present(args, 0) { int(p, args, 0, span)? } else { 0 };
    let root = package_folder(p);
    let dir = match which {
        0 => active_4d_folder(),
        1 => active_4d_folder().join("Licenses"),
        3..=5 => root,
        6 => root.join("Resources"),
        7 => root.join("Data").join("Logs"),
        8 => root.join("WebFolder"),
        9 => root.join("Data"),
        10 => root.join("Data").join("MobileApps"),
        _ => {
            set_ok(p, false);
            return Ok(Value::text(""));
        }
    };
    if matches!(which, 6 | 7) && !dir.is_dir() {
        let _ = std::fs::create_dir_all(&dir);
    }
    set_ok(p, true);
    Ok(Value::text(posix_of(&dir, true)))
}

/// `Structure file({*})`: the project's `.4DProject` file (in
/// `Project/`, named after the project folder when there is none).
pub fn structure_file(p: &mut Interp, _: &[Arg], _: Span) -> RtResult<Value> {
    let root = package_folder(p);
    let project = root.join("Project");
    let found = std::fs::read_dir(&project).ok().and_then(|entries| {
        entries
            .filter_map(Result::ok)
            .map(|e| e.path())
            .find(|path| path.extension().is_some_and(|x| x == "4DProject"))
    });
    let file = found.unwrap_or_else(|| {
        let name = root
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        project.join(format!("{name}.4DProject"))
    });
    Ok(Value::text(posix_of(&file, false)))
}

/// `Application file`: the running application, the `fourd` executable.
pub fn application_file(_: &mut Interp, _: &[Arg], _: Span) -> RtResult<Value> {
    let exe = std::env::current_exe().unwrap_or_default();
    Ok(Value::text(posix_of(&exe, false)))
}

/// `System folder({type})`: the folders of the system, as a Linux system
/// has them (the Windows-only ones are ""). Without a type: the system
/// folder, `/`.
pub fn system_folder(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    let which = if present(args, 0) { int(p, args, 0, span)? } else { 0 };
    let home = std::env::var_os("HOME")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("/"));
    let dir = match which {
        0 => PathBuf::from("/"),
        1 => PathBuf::from("/usr/share/fonts"),
        2 => PathBuf::from("/etc"),
        3 => home.join(".config"),
        15 => home.join("Desktop"),
        16 => PathBuf::from("/usr/bin"),
        17 => home.join("Documents"),
        _ => return Ok(Value::text("")),
    };
    Ok(Value::text(posix_of(&dir, true)))
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]
mod tests {
    use super::*;

    #[test]
    fn percent() {
        assert_eq!(percent_encode("/file 2.txt"), "/file%202.txt");
        assert_eq!(percent_decode("/file%202.txt"), "/file 2.txt");
        assert_eq!(percent_decode("%zz"), "%zz");
    }
}
