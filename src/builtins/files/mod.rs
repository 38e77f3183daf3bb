//! Files and folders: the `File` and `Folder` commands, the 4D.File and
//! 4D.Folder classes (`class.rs`), the document commands of theme System
//! Documents (`documents.rs`), document references (`docref.rs`), text
//! encodings (`charset.rs`) and localized resources (`localized.rs`).
//!
//! Paths (Concepts/paths.md). A File/Folder object keeps its 4D POSIX path
//! in `Native::Path`: either a filesystem path (`/PACKAGE/a.txt`, kept as
//! such by `.path`, file.path: "If the path represents a filesystem, the
//! filesystem is returned") or an absolute path; folders end with `/`.
//! fourd's filesystems, all under the project folder (`Program::root`: the
//! folder holding `Project/`, or the folder of the method file run):
//!
//! | filesystem | folder |
//! |---|---|
//! | `/PACKAGE` | the project folder |
//! | `/PROJECT` | `Project/` |
//! | `/SOURCES` | `Project/Sources/` |
//! | `/RESOURCES` | `Resources/` |
//! | `/DATA` | `Data/` |
//! | `/LOGS` | `Data/Logs/` (paths.md: the Logs folder is in the data folder) |
//!
//! On Linux the platform path syntax is POSIX: `fk platform path` paths and
//! `.platformPath` are absolute POSIX paths. File errors use the OS error
//! codes 4D reports (-43 file not found, -48 duplicate name…).

pub mod charset;
mod class;
pub mod docref;
mod documents;
mod localized;

use std::path::{Path, PathBuf};

use super::{Builtin, b, int, present, val};
use crate::runtime::class::BuiltinClass;
use crate::runtime::error::{RtResult, RuntimeError, code, err};
use crate::runtime::interp::Interp;
use crate::runtime::object::{Native, Object};
use crate::runtime::value::Value;
use crate::sema::ir::Arg;
use crate::source::Span;

pub use class::{call, get_property};

pub static BUILTINS: &[Builtin] = &[
    b("File", 1, 3, file_command),
    b("Folder", 1, 3, folder_command),
    b("Document to text", 1, 3, documents::document_to_text),
    b("TEXT TO DOCUMENT", 2, 4, documents::text_to_document),
    b("Test path name", 1, 1, documents::test_path_name),
    b("CREATE FOLDER", 1, 2, documents::create_folder),
    b("DELETE DOCUMENT", 1, 1, documents::delete_document),
    b("DELETE FOLDER", 1, 2, documents::delete_folder),
    b("COPY DOCUMENT", 2, 4, documents::copy_document),
    b("MOVE DOCUMENT", 2, 2, documents::move_document),
    b("Get document size", 1, 2, documents::get_document_size),
    b("GET DOCUMENT PROPERTIES", 7, 7, documents::get_document_properties),
    b("SET DOCUMENT PROPERTIES", 7, 7, documents::set_document_properties),
    b("DOCUMENT LIST", 2, 3, documents::document_list),
    b("FOLDER LIST", 2, 2, documents::folder_list),
    b(
        "Convert path system to POSIX",
        1,
        2,
        documents::convert_path_system_to_posix,
    ),
    b(
        "Convert path POSIX to system",
        1,
        2,
        documents::convert_path_posix_to_system,
    ),
    b("Path to object", 1, 2, documents::path_to_object),
    b("Object to path", 1, 1, documents::object_to_path),
    b("Temporary folder", 0, 0, documents::temporary_folder),
    b("Select document", 4, 5, documents::select_document),
    b("Select folder", 0, 3, documents::select_folder),
    b("SHOW ON DISK", 1, 2, documents::show_on_disk),
    b("Get 4D folder", 0, 3, documents::get_4d_folder),
    b("Structure file", 0, 1, documents::structure_file),
    b("Application file", 0, 0, documents::application_file),
    b("System folder", 0, 1, documents::system_folder),
    b("Create document", 1, 2, docref::create_document),
    b("Open document", 1, 3, docref::open_document),
    b("Append document", 1, 2, docref::append_document),
    b("CLOSE DOCUMENT", 1, 1, docref::close_document),
    b("SEND PACKET", 1, 2, docref::send_packet),
    b("RECEIVE PACKET", 2, 3, docref::receive_packet),
    b("Get document position", 1, 1, docref::get_document_position),
    b("SET DOCUMENT POSITION", 2, 3, docref::set_document_position),
    b("SET DOCUMENT SIZE", 2, 2, docref::set_document_size),
    b("USE CHARACTER SET", 1, 2, docref::use_character_set),
    b("Localized string", 1, 1, localized::localized_string),
    b("Localized document path", 1, 1, localized::localized_document_path),
    b("Get database localization", 0, 2, localized::get_database_localization),
    b("SET DATABASE LOCALIZATION", 1, 2, localized::set_database_localization),
];

/// 4D's file manager error codes (the macOS ones 4D reports).
pub mod os {
    /// I/O error.
    pub const IO: i32 = -36;
    /// Bad file or folder name.
    pub const BAD_NAME: i32 = -37;
    /// File not found (`code::FILE`).
    pub const NOT_FOUND: i32 = crate::runtime::error::code::FILE;
    /// File locked (no permission).
    pub const LOCKED: i32 = -45;
    /// Folder not empty (folder.delete(), FolderClass.md).
    pub const BUSY: i32 = -47;
    /// A file or folder with that name already exists.
    pub const DUPLICATE: i32 = -48;
    /// Folder not found (folder.delete(), FolderClass.md).
    pub const DIR_NOT_FOUND: i32 = -120;
}

/// A 4D error for an I/O failure on `what` (a path shown in the message).
pub fn io_error(e: &std::io::Error, what: &Path, span: Span) -> Box<RuntimeError> {
    use std::io::ErrorKind as K;
    let c = match e.kind() {
        K::NotFound => os::NOT_FOUND,
        K::AlreadyExists => os::DUPLICATE,
        K::PermissionDenied => os::LOCKED,
        K::DirectoryNotEmpty => os::BUSY,
        K::InvalidInput | K::InvalidFilename => os::BAD_NAME,
        _ => os::IO,
    };
    RuntimeError::new(c, format!("{}: {e}", what.display()), span)
}

/// The project folder (`/PACKAGE`): the program's root, else the current folder.
pub fn package_folder(p: &Interp) -> PathBuf {
    let cwd = || std::env::current_dir().unwrap_or_else(|_| PathBuf::from("/"));
    let root = match &p.prog.root {
        Some(r) if r.is_absolute() => r.clone(),
        Some(r) => cwd().join(r),
        None => cwd(),
    };
    clean(&root)
}

/// An absolute path without `.` and `..` parts (no disk access).
pub fn clean(path: &Path) -> PathBuf {
    use std::path::Component;
    let mut out = PathBuf::new();
    for c in path.components() {
        match c {
            Component::CurDir => {}
            Component::ParentDir => {
                out.pop();
            }
            other => out.push(other.as_os_str()),
        }
    }
    out
}

/// The OS folder of a filesystem name (`PACKAGE`, `DATA`…; None: not one).
fn filesystem(p: &Interp, name: &str) -> Option<PathBuf> {
    let root = package_folder(p);
    Some(match name {
        "PACKAGE" => root,
        "PROJECT" => root.join("Project"),
        "SOURCES" => root.join("Project").join("Sources"),
        "RESOURCES" => root.join("Resources"),
        "DATA" => root.join("Data"),
        "LOGS" => root.join("Data").join("Logs"),
        _ => return None,
    })
}

/// The OS folder of a filesystem (the project folder for unknown names).
pub fn filesystem_folder(p: &Interp, name: &str) -> PathBuf {
    filesystem(p, name).unwrap_or_else(|| package_folder(p))
}

/// Normalizes an absolute 4D POSIX path: `.` and empty parts removed, `..`
/// applied (never above `/` or above a filesystem's root), a trailing `/`
/// for folders. None for a relative or escaping path.
pub fn normalize(p: &Interp, posix: &str, folder: bool) -> Option<String> {
    let rest = posix.strip_prefix('/')?;
    let mut parts: Vec<&str> = Vec::new();
    let mut floor = 0;
    for (i, part) in rest.split('/').enumerate() {
        match part {
            "" | "." => {}
            ".." => {
                if parts.len() <= floor {
                    return None;
                }
                parts.pop();
            }
            name => {
                if i == 0 && filesystem(p, name).is_some() {
                    floor = 1;
                }
                parts.push(name);
            }
        }
    }
    if !folder && parts.len() <= floor {
        return None;
    }
    let mut s = String::from("/");
    s.push_str(&parts.join("/"));
    if folder && !parts.is_empty() {
        s.push('/');
    }
    Some(s)
}

/// The OS path of a 4D POSIX path (filesystems resolved).
pub fn os_path(p: &Interp, posix: &str) -> PathBuf {
    let trimmed = posix.trim_start_matches('/');
    let (first, rest) = trimmed.split_once('/').unwrap_or((trimmed, ""));
    match filesystem(p, first) {
        Some(root) if !first.is_empty() => {
            if rest.is_empty() {
                root
            } else {
                root.join(rest.trim_end_matches('/'))
            }
        }
        _ => PathBuf::from(if posix.len() > 1 {
            posix.trim_end_matches('/')
        } else {
            posix
        }),
    }
}

/// A new `4D.File` (`folder` false) or `4D.Folder` object for a normalized path.
pub fn new_entry(p: &Interp, posix: String, folder: bool) -> Value {
    let kind = if folder {
        BuiltinClass::Folder
    } else {
        BuiltinClass::File
    };
    let mut o = Object::with_class(p.prog.builtin(kind));
    o.set_native(Native::Path(Box::new(PathBuf::from(posix))));
    Value::new_object(o)
}

/// The 4D POSIX path kept in a File/Folder object.
pub fn path_of(v: &Value) -> Option<String> {
    match v {
        Value::Object(o) => match o.borrow().native() {
            Native::Path(p) => Some(p.to_string_lossy().into_owned()),
            _ => None,
        },
        _ => None,
    }
}

/// The 4D POSIX form of an OS path (absolute; a folder ends with `/`).
pub fn posix_of(path: &Path, folder: bool) -> String {
    let mut s = path.to_string_lossy().into_owned();
    if folder && !s.ends_with('/') {
        s.push('/');
    }
    s
}

/// `fk posix path` / `fk platform path`
const FK_PLATFORM_PATH: i64 = 1;

/// `File(…)`/`Folder(…)`: from a path text or a 4D constant (the `*` of
/// components is accepted and ignored: fourd has no components).
fn entry_command(p: &mut Interp, args: &[Arg], folder: bool, span: Span) -> RtResult<Value> {
    let mut values = vec![val(p, args, 0)?];
    if present(args, 1) {
        values.push(Value::Real(int(p, args, 1, span)? as f64));
    }
    let kind = if folder {
        BuiltinClass::Folder
    } else {
        BuiltinClass::File
    };
    new_instance(p, kind, &values, span)
}

/// An absolute OS path, normalized (`..` applied, never above `/`).
fn normalize_os(raw: &str, folder: bool) -> Option<String> {
    let mut parts: Vec<&str> = Vec::new();
    for part in raw.strip_prefix('/')?.split('/') {
        match part {
            "" | "." => {}
            ".." => {
                parts.pop()?;
            }
            name => parts.push(name),
        }
    }
    if !folder && parts.is_empty() {
        return None;
    }
    let mut s = format!("/{}", parts.join("/"));
    if folder && !parts.is_empty() {
        s.push('/');
    }
    Some(s)
}

/// The user's home folder.
pub fn home() -> PathBuf {
    std::env::var_os("HOME")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("/"))
}

/// The active 4D folder of fourd on Linux: `$XDG_CONFIG_HOME/4D` (or `~/.config/4D`).
pub fn active_4d_folder() -> PathBuf {
    std::env::var_os("XDG_CONFIG_HOME")
        .map(PathBuf::from)
        .filter(|p| p.is_absolute())
        .unwrap_or_else(|| home().join(".config"))
        .join("4D")
}

/// The path of a `Folder(fk …)` / `File(…)` constant (None: not available).
fn constant_path(p: &Interp, n: i64, folder: bool) -> Option<String> {
    if folder {
        return Some(match n {
            4 | 3 => "/PACKAGE/".into(),
            9 => "/DATA/".into(),
            7 => "/LOGS/".into(),
            6 => "/RESOURCES/".into(),
            10 => "/DATA/MobileApps/".into(),
            8 => "/PACKAGE/WebFolder/".into(),
            0 => posix_of(&active_4d_folder(), true),
            1 => posix_of(&active_4d_folder().join("Licenses"), true),
            100 => "/etc/".into(),
            115 => posix_of(&home().join("Desktop"), true),
            116 => "/usr/share/applications/".into(),
            117 => posix_of(&home().join("Documents"), true),
            118 => posix_of(&home(), true),
            _ => return None,
        });
    }
    // File constants: only the settings files fourd knows, when they exist.
    let s = match n {
        1 => "/PACKAGE/Settings/backup.4DSettings",
        3 => "/PACKAGE/Settings/settings.4DSettings",
        16 => "/PACKAGE/Settings/directory.json",
        20 => "/PACKAGE/Settings/buildApp.4DSettings",
        _ => return None,
    };
    os_path(p, s).is_file().then(|| s.to_string())
}

/// `File(path {; pathType} {; *})` / `File(fileConstant {; *})`
fn file_command(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    entry_command(p, args, false, span)
}

/// `Folder(path {; pathType} {; *})` / `Folder(folderConstant {; *})`
fn folder_command(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    entry_command(p, args, true, span)
}

/// `4D.File.new(…)` / `4D.Folder.new(…)`: identical to the `File` and
/// `Folder` commands (FileClass.md, FolderClass.md), for the class layer.
pub fn new_instance(p: &mut Interp, kind: BuiltinClass, args: &[Value], span: Span) -> RtResult<Value> {
    let folder = kind == BuiltinClass::Folder;
    let what = if folder { "Folder" } else { "File" };
    match args.first() {
        Some(Value::Text(t)) => {
            let platform = args
                .get(1)
                .and_then(Value::as_num)
                .is_some_and(|k| k as i64 == FK_PLATFORM_PATH);
            let raw = t.as_str();
            let posix = if platform {
                normalize_os(raw, folder)
            } else {
                normalize(p, raw, folder)
            };
            match posix {
                Some(s) => Ok(new_entry(p, s, folder)),
                None => err(
                    os::BAD_NAME,
                    format!("{what}: \"{raw}\" is not a valid absolute path (relative paths are not supported)"),
                    span,
                ),
            }
        }
        Some(v) if v.as_num().is_some() => Ok(match v.as_num().and_then(|n| constant_path(p, n as i64, folder)) {
            Some(s) => new_entry(p, s, folder),
            None => Value::Null,
        }),
        _ => err(
            code::BAD_ARGUMENT,
            format!("4D.{what}.new() needs a path (text) or a constant"),
            span,
        ),
    }
}

/// A classic (system syntax) path: absolute, or relative to the project folder.
pub fn system_path(p: &Interp, raw: &str) -> PathBuf {
    if raw.starts_with('/') {
        PathBuf::from(raw)
    } else {
        package_folder(p).join(raw)
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]
mod tests {
    use super::*;

    #[test]
    fn os_paths_normalize() {
        assert_eq!(normalize_os("/a/./b/../c", false).unwrap(), "/a/c");
        assert_eq!(normalize_os("/a/b/", true).unwrap(), "/a/b/");
        assert_eq!(normalize_os("/", true).unwrap(), "/");
        assert!(normalize_os("/..", true).is_none());
        assert!(normalize_os("a/b", true).is_none());
    }
}
