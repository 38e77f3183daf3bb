//! Files and folders: File, Folder, the 4D.File / 4D.Folder classes, and the
//! document commands (themes File and Folder, System Documents).

use super::Builtin;
use crate::runtime::class::BuiltinClass;
use crate::runtime::error::RtResult;
use crate::runtime::interp::Interp;
use crate::runtime::value::Value;
use crate::source::Span;

pub static BUILTINS: &[Builtin] = &[];

/// A property of a `4D.File` / `4D.Folder` object.
pub fn get_property(p: &mut Interp, kind: BuiltinClass, obj: &Value, key: &str, span: Span) -> RtResult<Value> {
    let _ = (p, kind, obj, key, span);
    Ok(Value::Undefined)
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
    let _ = (p, kind, recv, name, args, span);
    None
}
