//! Properties and member functions of 4D's built-in classes: `4D.Signal`,
//! `4D.Session`, `4D.Blob`, and (through `files.rs` when present)
//! `4D.File`/`4D.Folder`.

use std::time::Duration;

use crate::runtime::blob::{BlobBytes, BlobView, blob_object, blob_of, boxed};
use crate::runtime::class::BuiltinClass;
use crate::runtime::error::{RtResult, code, err};
use crate::runtime::interp::Interp;
use crate::runtime::object::Native;
use crate::runtime::value::Value;
use crate::source::Span;

fn native_of(v: &Value) -> Native {
    match v {
        Value::Object(o) => o.borrow().native().clone(),
        _ => Native::None,
    }
}

/// A computed property of a built-in class instance.
pub fn get_property(p: &mut Interp, kind: BuiltinClass, obj: &Value, key: &str, span: Span) -> RtResult<Value> {
    match kind {
        BuiltinClass::Signal => Ok(match (obj, key) {
            (Value::SharedObject(o), "signaled") => Value::Bool(o.as_signal().is_some_and(|s| s.is_signaled())),
            _ => Value::Undefined,
        }),
        BuiltinClass::Session => {
            let Native::Session(id) = native_of(obj) else {
                return Ok(Value::Undefined);
            };
            let Some(s) = p.rt.sessions.get(id.as_str()) else {
                return Ok(Value::Undefined);
            };
            Ok(match key {
                "id" => Value::Text(s.id.clone()),
                "storage" => Value::SharedObject(s.storage.clone()),
                "userName" => Value::text(s.user_name.read().as_str()),
                "info" => super::process::session_info_object(&s),
                _ => Value::Undefined,
            })
        }
        BuiltinClass::File | BuiltinClass::Folder => super::classes_files(p, kind, obj, key, span),
        BuiltinClass::Blob => Ok(match (blob_of(obj), key) {
            (Some(b), "size") => Value::Real(b.len() as f64),
            _ => Value::Undefined,
        }),
        _ => Ok(Value::Undefined),
    }
}

/// Properties that cannot be assigned.
pub fn is_read_only(kind: BuiltinClass, key: &str) -> bool {
    match kind {
        BuiltinClass::Session => matches!(key, "id" | "storage" | "userName" | "info"),
        // A 4D.Blob is not alterable (dt_blob.md).
        BuiltinClass::File | BuiltinClass::Folder | BuiltinClass::Blob => true,
        _ => false,
    }
}

/// A member function of a built-in class instance (None: not one of them).
pub fn call(
    p: &mut Interp,
    kind: BuiltinClass,
    recv: &Value,
    name: &str,
    args: &[Value],
    span: Span,
) -> Option<RtResult<Value>> {
    match kind {
        BuiltinClass::Signal => {
            let Value::SharedObject(o) = recv else { return None };
            let s = o.as_signal()?;
            match name {
                "trigger" => {
                    s.trigger();
                    Some(Ok(Value::Undefined))
                }
                "wait" => {
                    let timeout = args
                        .first()
                        .and_then(Value::as_num)
                        .map(|t| Duration::from_secs_f64(t.max(0.0)));
                    let rt = p.rt.clone();
                    let entry = p.entry.clone();
                    let prev = p.entry.state.swap(
                        crate::runtime::process::state::WAITING_FOR_INTERNAL_FLAG,
                        std::sync::atomic::Ordering::SeqCst,
                    );
                    // Waits in slices, answering requests for this process's
                    // variables (GET PROCESS VARIABLE…) between them.
                    let deadline = timeout.map(|t| std::time::Instant::now() + t);
                    let r = loop {
                        let left = deadline.map(|d| d.saturating_duration_since(std::time::Instant::now()));
                        if s.wait(left, &|| rt.is_interrupted() || entry.requests.pending()) {
                            break true;
                        }
                        if rt.is_interrupted() || left.is_some_and(|l| l.is_zero()) {
                            break false;
                        }
                        p.serve_requests();
                    };
                    p.entry.state.store(prev, std::sync::atomic::Ordering::SeqCst);
                    if p.rt.is_interrupted() {
                        return Some(Err(crate::runtime::error::RuntimeError::interrupted(span)));
                    }
                    Some(Ok(Value::Bool(r)))
                }
                _ => None,
            }
        }
        BuiltinClass::Session => Some(Ok(match name {
            "hasPrivilege" => Value::Bool(true),
            "getPrivileges" => Value::new_collection(vec![Value::text("WebAdmin")]),
            "setPrivileges" => Value::Bool(false),
            "clearPrivileges" => Value::Bool(true),
            "isGuest" => Value::Bool(false),
            "createOTP" => Value::text(""),
            "restore" => Value::Bool(false),
            "promote" => Value::Real(0.0),
            "demote" => Value::Undefined,
            _ => return None,
        })),
        BuiltinClass::File | BuiltinClass::Folder => super::classes_files_call(p, kind, recv, name, args, span),
        BuiltinClass::Blob => match name {
            // `.slice({start {; end}})` (BlobClass.md): a new 4D.Blob over the same bytes.
            "slice" => {
                let bytes = blob_of(recv)?;
                let start = args.first().filter(|v| !v.is_undefined());
                let end = args.get(1).filter(|v| !v.is_undefined());
                for v in start.iter().chain(end.iter()) {
                    if v.as_num().is_none() {
                        return Some(err(
                            code::BAD_ARGUMENT,
                            format!(".slice() needs numbers, not {}", crate::runtime::ops::type_name_of(v)),
                            span,
                        ));
                    }
                }
                let sliced = bytes.slice(start.and_then(|v| v.as_num()), end.and_then(|v| v.as_num()));
                Some(Ok(blob_object(sliced)))
            }
            _ => None,
        },
        _ => None,
    }
}

/// `4D.Name.new(…)`
pub fn new(p: &mut Interp, kind: BuiltinClass, args: Vec<Value>, span: Span) -> RtResult<Value> {
    match kind {
        BuiltinClass::File | BuiltinClass::Folder => super::files::new_instance(p, kind, &args, span),
        BuiltinClass::Blob => new_blob(&args, span),
        _ => err(
            code::NO_SUCH_FUNCTION,
            format!("`4D.{}.new()` is not available in fourd", kind.name()),
            span,
        ),
    }
}

/// `4D.Blob.new({blob})` (BlobClass.md): a new 4D.Blob holding a copy of a
/// scalar BLOB's bytes, or the bytes of another 4D.Blob (immutable, so the
/// "copy" shares them); empty without a parameter (or with a `4D.Blob`
/// variable never assigned: Null).
fn new_blob(args: &[Value], span: Span) -> RtResult<Value> {
    match args.first() {
        None | Some(Value::Undefined | Value::Null) => Ok(blob_object(BlobBytes::default())),
        Some(v) => match BlobView::of(v) {
            Some(BlobView::Scalar(b)) => Ok(boxed(&b)),
            Some(BlobView::Object(b)) => Ok(blob_object(b)),
            None => err(
                code::BAD_ARGUMENT,
                format!(
                    "4D.Blob.new() needs a Blob or a 4D.Blob, not {}",
                    crate::runtime::ops::type_name_of(v)
                ),
                span,
            ),
        },
    }
}

/// Functions every object answers to (none beyond its class's in 4D).
pub fn object_function(_: &mut Interp, _: &Value, _: &str, _: &[Value], _: Span) -> Option<RtResult<Value>> {
    None
}
