//! The 4D.File and 4D.Folder classes: properties (Document.md, Directory.md)
//! and functions (FileClass.md, FolderClass.md, Document.md, Directory.md).
//!
//! Decisions where the docs are silent (README, known differences): a name
//! starting with `.` is hidden and has no extension; `.parent` of a
//! filesystem root (`/PACKAGE/`) is the absolute path of the folder above;
//! `.files()`/`.folders()` list names in byte order, a folder's own files
//! before those of its subfolders; `.moveTo()`/`.rename()` onto an existing
//! name is error -48; `.getAppInfo()` gives `{}` and `.setAppInfo()` does
//! nothing (no .exe or .plist support on Linux); `.open()` (4D.FileHandle)
//! is not available.

use std::path::{Path, PathBuf};
use std::rc::Rc;
use std::time::SystemTime;

use super::charset::{self, Charset};
use super::{io_error, new_entry, normalize, os, os_path, path_of, posix_of};
use crate::runtime::blob::{BlobBytes, BlobView, blob_object};
use crate::runtime::class::BuiltinClass;
use crate::runtime::date::Date;
use crate::runtime::error::{RtResult, RuntimeError, code, err};
use crate::runtime::interp::Interp;
use crate::runtime::object::Object;
use crate::runtime::value::Value;
use crate::source::Span;

/// `fk overwrite`
const FK_OVERWRITE: i64 = 4;
/// `fk recursive`
const FK_RECURSIVE: i64 = 1;
/// `fk ignore invisible`
const FK_IGNORE_INVISIBLE: i64 = 8;
/// `Delete with contents`
const DELETE_WITH_CONTENTS: i64 = 1;

/// The last name of a path (the real folder's name for a filesystem root).
fn full_name(p: &Interp, posix: &str) -> String {
    let trimmed = posix.trim_end_matches('/');
    match trimmed.rsplit_once('/') {
        Some(("", first)) if super::filesystem(p, first).is_some() => os_path(p, posix)
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default(),
        Some((_, last)) => last.to_string(),
        None => String::new(),
    }
}

/// `(name, extension)`: the extension starts at the last `.`, unless the
/// name starts with its only `.` (a hidden file has no extension).
pub fn split_name(full: &str) -> (String, String) {
    match full.rfind('.') {
        Some(0) | None => (full.to_string(), String::new()),
        Some(i) => (
            full.get(..i).unwrap_or_default().to_string(),
            full.get(i..).unwrap_or_default().to_string(),
        ),
    }
}

/// Local date and time (seconds since midnight) of a file time.
pub fn date_time(t: SystemTime) -> (Date, i64) {
    use chrono::{Datelike, Timelike};
    let local: chrono::DateTime<chrono::Local> = t.into();
    (
        Date::from_ymd(local.year(), local.month(), local.day()),
        local.num_seconds_from_midnight() as i64,
    )
}

/// The parent folder of a 4D path (None at `/`).
fn parent_of(p: &Interp, posix: &str) -> Option<String> {
    let trimmed = posix.trim_end_matches('/');
    let (head, last) = trimmed.rsplit_once('/')?;
    if last.is_empty() {
        return None;
    }
    if head.is_empty() && super::filesystem(p, last).is_some() {
        // A filesystem root: the folder above it on disk.
        let os = os_path(p, posix);
        return os.parent().map(|d| posix_of(d, true));
    }
    Some(format!("{head}/"))
}

/// A property of a `4D.File` / `4D.Folder` object.
pub fn get_property(p: &mut Interp, kind: BuiltinClass, obj: &Value, key: &str, _span: Span) -> RtResult<Value> {
    let Some(posix) = path_of(obj) else {
        return Ok(Value::Undefined);
    };
    let folder = kind == BuiltinClass::Folder;
    let os = os_path(p, &posix);
    let meta = std::fs::metadata(&os).ok().filter(|m| m.is_dir() == folder);
    Ok(match key {
        "path" => Value::text(posix),
        "platformPath" => Value::text(posix_of(&os, folder)),
        "fullName" => Value::text(full_name(p, &posix)),
        "name" => Value::text(split_name(&full_name(p, &posix)).0),
        "extension" => Value::text(split_name(&full_name(p, &posix)).1),
        "exists" => Value::Bool(meta.is_some()),
        "isFile" => Value::Bool(!folder),
        "isFolder" => Value::Bool(folder),
        "isPackage" if folder => Value::Bool(false),
        "isAlias" => Value::Bool(
            !folder
                && std::fs::symlink_metadata(&os)
                    .map(|m| m.file_type().is_symlink())
                    .unwrap_or(false),
        ),
        "hidden" => Value::Bool(full_name(p, &posix).starts_with('.')),
        "isWritable" => Value::Bool(meta.as_ref().is_some_and(|m| !m.permissions().readonly())),
        "size" if !folder => Value::Real(meta.as_ref().map(|m| m.len() as f64).unwrap_or(0.0)),
        "creationDate" | "creationTime" | "modificationDate" | "modificationTime" => {
            let t = meta.as_ref().and_then(|m| {
                if key.starts_with("creation") {
                    m.created().or_else(|_| m.modified()).ok()
                } else {
                    m.modified().ok()
                }
            });
            let (d, s) = t.map(date_time).unwrap_or((Date::NULL, 0));
            if key.ends_with("Date") {
                Value::Date(d)
            } else {
                Value::Time(s)
            }
        }
        "parent" => match parent_of(p, &posix) {
            Some(parent) => new_entry(p, parent, true),
            None => Value::Null,
        },
        "original" => {
            if !folder
                && let Ok(target) = std::fs::canonicalize(&os)
                && std::fs::symlink_metadata(&os).is_ok_and(|m| m.file_type().is_symlink())
            {
                let is_dir = target.is_dir();
                new_entry(p, posix_of(&target, is_dir), is_dir)
            } else {
                obj.clone()
            }
        }
        _ => Value::Undefined,
    })
}

/// A member function of a `4D.File` / `4D.Folder` object (None: not one).
pub fn call(
    p: &mut Interp,
    kind: BuiltinClass,
    recv: &Value,
    name: &str,
    args: &[Value],
    span: Span,
) -> Option<RtResult<Value>> {
    let posix = path_of(recv)?;
    let folder = kind == BuiltinClass::Folder;
    let r = match (folder, name) {
        (_, "copyTo") => copy_to(p, &posix, folder, args, span),
        (_, "moveTo") => move_to(p, &posix, folder, args, span),
        (_, "rename") => rename(p, &posix, folder, args, span),
        (_, "create") => Ok(Value::Bool(create(p, &posix, folder))),
        (_, "createAlias") => create_alias(p, &posix, args, span),
        (_, "getIcon") => Ok(Value::Picture(Rc::default())),
        (false, "delete") => delete_file(p, &posix, span),
        (true, "delete") => delete_folder(p, &posix, args, span),
        (false, "getText") => get_text(p, &posix, args, span),
        (false, "setText") => set_text(p, &posix, args, span),
        (false, "getContent") => get_content(p, &posix, span),
        (false, "setContent") => set_content(p, &posix, args, span),
        (false, "getAppInfo") => Ok(Value::new_object(Object::new())),
        (false, "setAppInfo") => Ok(Value::Undefined),
        (false, "open") => err(
            code::NOT_IMPLEMENTED,
            "file.open() (4D.FileHandle) is not available in fourd",
            span,
        ),
        (true, "file") => Ok(child(p, &posix, args, false)),
        (true, "folder") => Ok(child(p, &posix, args, true)),
        (true, "files") => list(p, &posix, args, false, span),
        (true, "folders") => list(p, &posix, args, true, span),
        _ => return None,
    };
    Some(r)
}

fn arg_text(args: &[Value], i: usize) -> Option<String> {
    args.get(i).and_then(|v| v.as_text().map(|t| t.to_string()))
}

fn arg_num(args: &[Value], i: usize) -> Option<i64> {
    args.get(i).and_then(Value::as_num).map(|n| n as i64)
}

/// A name for a file or folder: not empty, no `/` or `:` (naming rules).
fn check_name(name: &str, span: Span) -> RtResult<()> {
    if name.is_empty() || name.contains(['/', ':', '\0']) || name == "." || name == ".." {
        return err(
            os::BAD_NAME,
            format!("\"{name}\" is not a valid file or folder name"),
            span,
        );
    }
    Ok(())
}

/// The destination folder argument: an existing `4D.Folder`.
fn destination(p: &Interp, args: &[Value], span: Span) -> RtResult<(String, PathBuf)> {
    let dest = args.first().and_then(path_of).filter(|s| s.ends_with('/'));
    let Some(dest) = dest else {
        return err(code::BAD_ARGUMENT, "the destination must be a 4D.Folder object", span);
    };
    let os = os_path(p, &dest);
    if !os.is_dir() {
        return err(
            os::DIR_NOT_FOUND,
            format!("the destination folder {} does not exist", os.display()),
            span,
        );
    }
    Ok((dest, os))
}

/// Copies a folder's contents recursively.
fn copy_dir(from: &Path, to: &Path, overwrite: bool, span: Span) -> RtResult<()> {
    std::fs::create_dir_all(to).map_err(|e| io_error(&e, to, span))?;
    let entries = std::fs::read_dir(from).map_err(|e| io_error(&e, from, span))?;
    for entry in entries.flatten() {
        let src = entry.path();
        let dst = to.join(entry.file_name());
        if src.is_dir() {
            copy_dir(&src, &dst, overwrite, span)?;
        } else {
            if dst.exists() && !overwrite {
                return err(os::DUPLICATE, format!("{} already exists", dst.display()), span);
            }
            std::fs::copy(&src, &dst).map_err(|e| io_error(&e, &dst, span))?;
        }
    }
    Ok(())
}

/// `.copyTo(destinationFolder {; newName} {; overwrite})`
fn copy_to(p: &mut Interp, posix: &str, folder: bool, args: &[Value], span: Span) -> RtResult<Value> {
    let (dest, dest_os) = destination(p, args, span)?;
    let (new_name, overwrite) = match (args.get(1), args.get(2)) {
        (Some(Value::Text(t)), o) => (Some(t.to_string()), o.and_then(Value::as_num).map(|n| n as i64)),
        (Some(o), _) => (None, o.as_num().map(|n| n as i64)),
        (None, _) => (None, None),
    };
    let overwrite = overwrite.is_some_and(|o| o & FK_OVERWRITE != 0);
    let name = new_name.unwrap_or_else(|| full_name(p, posix));
    check_name(&name, span)?;
    let src = os_path(p, posix);
    let exists = if folder { src.is_dir() } else { src.is_file() };
    if !exists {
        let c = if folder { os::DIR_NOT_FOUND } else { os::NOT_FOUND };
        return err(c, format!("{} does not exist", src.display()), span);
    }
    let target = dest_os.join(&name);
    if folder {
        if target.exists() && !overwrite {
            return err(os::DUPLICATE, format!("{} already exists", target.display()), span);
        }
        copy_dir(&src, &target, overwrite, span)?;
    } else {
        if target.exists() && !overwrite {
            return err(os::DUPLICATE, format!("{} already exists", target.display()), span);
        }
        std::fs::copy(&src, &target).map_err(|e| io_error(&e, &target, span))?;
    }
    Ok(new_entry(p, joined(&dest, &name, folder), folder))
}

/// `folder posix` + `name` (+ `/` for a folder).
fn joined(dest: &str, name: &str, folder: bool) -> String {
    let mut s = format!("{dest}{name}");
    if folder {
        s.push('/');
    }
    s
}

/// Renames `src` to `target` (copy and delete across devices).
fn move_path(src: &Path, target: &Path, folder: bool, span: Span) -> RtResult<()> {
    if target.exists() {
        return err(os::DUPLICATE, format!("{} already exists", target.display()), span);
    }
    let exists = if folder { src.is_dir() } else { src.is_file() };
    if !exists {
        let c = if folder { os::DIR_NOT_FOUND } else { os::NOT_FOUND };
        return err(c, format!("{} does not exist", src.display()), span);
    }
    if std::fs::rename(src, target).is_ok() {
        return Ok(());
    }
    if folder {
        copy_dir(src, target, false, span)?;
        std::fs::remove_dir_all(src).map_err(|e| io_error(&e, src, span))
    } else {
        std::fs::copy(src, target).map_err(|e| io_error(&e, target, span))?;
        std::fs::remove_file(src).map_err(|e| io_error(&e, src, span))
    }
}

/// `.moveTo(destinationFolder {; newName})`
fn move_to(p: &mut Interp, posix: &str, folder: bool, args: &[Value], span: Span) -> RtResult<Value> {
    let (dest, dest_os) = destination(p, args, span)?;
    let name = arg_text(args, 1).unwrap_or_else(|| full_name(p, posix));
    check_name(&name, span)?;
    let src = os_path(p, posix);
    move_path(&src, &dest_os.join(&name), folder, span)?;
    Ok(new_entry(p, joined(&dest, &name, folder), folder))
}

/// `.rename(newName)`: in the same folder.
fn rename(p: &mut Interp, posix: &str, folder: bool, args: &[Value], span: Span) -> RtResult<Value> {
    let name = arg_text(args, 0).unwrap_or_default();
    check_name(&name, span)?;
    let Some(parent) = parent_of(p, posix) else {
        return err(os::BAD_NAME, "the root folder cannot be renamed", span);
    };
    let src = os_path(p, posix);
    let target = src.with_file_name(&name);
    move_path(&src, &target, folder, span)?;
    Ok(new_entry(p, joined(&parent, &name, folder), folder))
}

/// `.create()`: False when it exists already or cannot be created.
fn create(p: &Interp, posix: &str, folder: bool) -> bool {
    let os = os_path(p, posix);
    if os.exists() {
        return false;
    }
    if folder {
        return std::fs::create_dir_all(&os).is_ok();
    }
    if let Some(dir) = os.parent()
        && std::fs::create_dir_all(dir).is_err()
    {
        return false;
    }
    std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&os)
        .is_ok()
}

/// `.createAlias(destinationFolder; aliasName {; aliasType})`: a symbolic link.
fn create_alias(p: &mut Interp, posix: &str, args: &[Value], span: Span) -> RtResult<Value> {
    let (dest, dest_os) = destination(p, args, span)?;
    let name = arg_text(args, 1).unwrap_or_default();
    check_name(&name, span)?;
    let target = os_path(p, posix);
    let link = dest_os.join(&name);
    #[cfg(unix)]
    std::os::unix::fs::symlink(&target, &link).map_err(|e| io_error(&e, &link, span))?;
    #[cfg(not(unix))]
    {
        let _ = target;
        return err(code::NOT_IMPLEMENTED, "aliases are not supported on this system", span);
    }
    Ok(new_entry(p, joined(&dest, &name, false), false))
}

/// `file.delete()`: nothing when the file does not exist.
fn delete_file(p: &Interp, posix: &str, span: Span) -> RtResult<Value> {
    let os = os_path(p, posix);
    if os.is_file() || std::fs::symlink_metadata(&os).is_ok_and(|m| m.file_type().is_symlink()) {
        std::fs::remove_file(&os).map_err(|e| io_error(&e, &os, span))?;
    }
    Ok(Value::Undefined)
}

/// `folder.delete({option})`: errors -120 (missing) and -47 (not empty)
/// unless `Delete with contents`.
fn delete_folder(p: &Interp, posix: &str, args: &[Value], span: Span) -> RtResult<Value> {
    let os = os_path(p, posix);
    let with_contents = arg_num(args, 0).is_some_and(|o| o == DELETE_WITH_CONTENTS);
    if !os.is_dir() {
        if with_contents {
            return Ok(Value::Undefined);
        }
        return err(
            os::DIR_NOT_FOUND,
            format!("the folder {} does not exist", os.display()),
            span,
        );
    }
    if with_contents {
        std::fs::remove_dir_all(&os).map_err(|e| io_error(&e, &os, span))?;
        return Ok(Value::Undefined);
    }
    let empty = std::fs::read_dir(&os).map(|mut d| d.next().is_none()).unwrap_or(false);
    if !empty {
        return err(os::BUSY, format!("the folder {} is not empty", os.display()), span);
    }
    std::fs::remove_dir(&os).map_err(|e| io_error(&e, &os, span))?;
    Ok(Value::Undefined)
}

/// The charset argument `i` (default UTF-8 without BOM).
fn charset_arg(args: &[Value], i: usize, span: Span) -> RtResult<Charset> {
    match args.get(i) {
        None | Some(Value::Undefined) => Ok(Charset::DEFAULT),
        Some(v) => charset::charset_of(v).ok_or_else(|| {
            RuntimeError::new(
                code::BAD_ARGUMENT,
                format!("unknown character set: {}", crate::runtime::value::display(v)),
                span,
            )
        }),
    }
}

/// `.getText({charSet {; breakMode}})`
fn get_text(p: &Interp, posix: &str, args: &[Value], span: Span) -> RtResult<Value> {
    let os = os_path(p, posix);
    let bytes = std::fs::read(&os).map_err(|e| io_error(&e, &os, span))?;
    let cs = charset_arg(args, 0, span)?;
    let mode = arg_num(args, 1).unwrap_or(1);
    Ok(Value::text(charset::convert_breaks(&charset::decode(&bytes, cs), mode)))
}

/// `.setText(text {; charSet {; breakMode}})`: creates the file (and its folders).
fn set_text(p: &Interp, posix: &str, args: &[Value], span: Span) -> RtResult<Value> {
    let text = match args.first() {
        Some(Value::Text(t)) => t.to_string(),
        Some(v) => crate::runtime::value::display(v),
        None => String::new(),
    };
    let cs = charset_arg(args, 1, span)?;
    let mode = arg_num(args, 2).unwrap_or(1);
    let bytes = charset::encode(&charset::convert_breaks(&text, mode), cs);
    write_file(&os_path(p, posix), &bytes, span)?;
    Ok(Value::Undefined)
}

/// Writes a whole file, creating its folder when needed.
pub fn write_file(os: &Path, bytes: &[u8], span: Span) -> RtResult<()> {
    if let Some(dir) = os.parent()
        && !dir.as_os_str().is_empty()
        && !dir.exists()
    {
        std::fs::create_dir_all(dir).map_err(|e| io_error(&e, dir, span))?;
    }
    std::fs::write(os, bytes).map_err(|e| io_error(&e, os, span))
}

/// `.getContent()`: the file's bytes as a `4D.Blob` (FileClass.md, "returns
/// a 4D.Blob object containing the entire content of a file", since 19 R2).
fn get_content(p: &Interp, posix: &str, span: Span) -> RtResult<Value> {
    let os = os_path(p, posix);
    let bytes = std::fs::read(&os).map_err(|e| io_error(&e, &os, span))?;
    Ok(blob_object(BlobBytes::new(bytes)))
}

/// `.setContent(blob)`: a scalar BLOB or a `4D.Blob` (dt_blob.md: both
/// kinds of blob can be passed where a blob is expected).
fn set_content(p: &Interp, posix: &str, args: &[Value], span: Span) -> RtResult<Value> {
    let first = args.first().unwrap_or(&Value::Undefined);
    let bytes = match (first, BlobView::of(first)) {
        (_, Some(b)) => b,
        (Value::Text(t), None) => BlobView::Scalar(Rc::new(t.as_str().as_bytes().to_vec())),
        (Value::Undefined | Value::Null, None) => BlobView::default(),
        _ => return err(code::BAD_ARGUMENT, "setContent() needs a BLOB", span),
    };
    write_file(&os_path(p, posix), &bytes, span)?;
    Ok(Value::Undefined)
}

/// `.file(path)` / `.folder(path)`: a relative POSIX path (Null if invalid).
fn child(p: &Interp, posix: &str, args: &[Value], folder: bool) -> Value {
    let Some(rel) = arg_text(args, 0) else {
        return Value::Null;
    };
    if rel.starts_with('/') || rel.is_empty() {
        return Value::Null;
    }
    match normalize(p, &format!("{posix}{rel}"), folder) {
        Some(s) => new_entry(p, s, folder),
        None => Value::Null,
    }
}

/// `.files({options})` / `.folders({options})`
fn list(p: &Interp, posix: &str, args: &[Value], folders: bool, span: Span) -> RtResult<Value> {
    let options = arg_num(args, 0).unwrap_or(0);
    let os = os_path(p, posix);
    if !os.is_dir() {
        return err(
            os::DIR_NOT_FOUND,
            format!("the folder {} does not exist", os.display()),
            span,
        );
    }
    let mut out = Vec::new();
    collect(
        p,
        &os,
        posix,
        folders,
        options & FK_RECURSIVE != 0,
        options & FK_IGNORE_INVISIBLE != 0,
        &mut out,
    );
    Ok(Value::new_collection(out))
}

fn collect(p: &Interp, os: &Path, posix: &str, folders: bool, recursive: bool, no_hidden: bool, out: &mut Vec<Value>) {
    let Ok(entries) = std::fs::read_dir(os) else { return };
    let mut names: Vec<(String, bool)> = entries
        .flatten()
        .map(|e| {
            let is_dir = e.path().is_dir();
            (e.file_name().to_string_lossy().into_owned(), is_dir)
        })
        .filter(|(n, _)| !(no_hidden && n.starts_with('.')))
        .collect();
    names.sort();
    for (name, is_dir) in &names {
        if *is_dir == folders {
            out.push(new_entry(p, joined(posix, name, *is_dir), *is_dir));
            if folders && recursive {
                collect(
                    p,
                    &os.join(name),
                    &joined(posix, name, true),
                    folders,
                    recursive,
                    no_hidden,
                    out,
                );
            }
        }
    }
    if recursive && !folders {
        for (name, is_dir) in &names {
            if *is_dir {
                collect(
                    p,
                    &os.join(name),
                    &joined(posix, name, true),
                    folders,
                    recursive,
                    no_hidden,
                    out,
                );
            }
        }
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]
mod tests {
    use super::*;

    #[test]
    fn names_split() {
        assert_eq!(split_name("a.txt"), ("a".into(), ".txt".into()));
        assert_eq!(split_name("a.tar.gz"), ("a.tar".into(), ".gz".into()));
        assert_eq!(split_name(".hidden"), (".hidden".into(), String::new()));
        assert_eq!(split_name("README"), ("README".into(), String::new()));
    }
}
