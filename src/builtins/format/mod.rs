//! `String(value; format {; addTime})` and `String(number; base)`: number
//! formats (`number.rs`), date and time formats (`datetime.rs`).

pub mod datetime;
pub mod number;

use super::Builtin;
use crate::runtime::error::{RtResult, code, err};
use crate::runtime::interp::Interp;
use crate::runtime::ops::to_long;
use crate::runtime::value::{Value, display};
use crate::source::Span;

/// `String(value; format {; addTime})`. Texts and Booleans ignore the
/// format; undefined gives "" and Null "null". A number with a numeric
/// second argument is `String(number; base)`. An empty format gives the
/// default form.
pub fn format_value(
    p: &mut Interp,
    v: &Value,
    format: &Value,
    add_time: Option<&Value>,
    span: Span,
) -> RtResult<Value> {
    let _ = p;
    let s = match v {
        Value::Text(t) => return Ok(Value::Text(t.clone())),
        Value::Real(_) | Value::Int(_) => {
            let x = v.as_num().unwrap_or(0.0);
            match format {
                Value::Text(f) => number::format_number(x, f.as_str()),
                Value::Undefined | Value::Null => display(v),
                other => match other.as_num() {
                    Some(b) => radix(x, b, span)?,
                    None => display(v),
                },
            }
        }
        Value::Date(d) => {
            let add = match add_time {
                None | Some(Value::Undefined) => None,
                Some(Value::Time(t)) => Some(*t),
                Some(other) => match other.as_num() {
                    Some(n) => Some(to_long(n) as i64),
                    None => return err(code::BAD_ARGUMENT, "String: addTime must be a time", span),
                },
            };
            match format {
                Value::Text(f) if f.is_empty() => display(v),
                Value::Text(f) => datetime::date_pattern(*d, f.as_str(), add),
                other => match other.as_num() {
                    Some(n) => datetime::date_constant(*d, to_long(n) as i64, add),
                    None => display(v),
                },
            }
        }
        Value::Time(t) => match format {
            Value::Text(f) if f.is_empty() => display(v),
            Value::Text(f) => datetime::time_pattern(*t, f.as_str()),
            other => match other.as_num() {
                Some(n) => datetime::time_constant(*t, to_long(n) as i64),
                None => display(v),
            },
        },
        other => display(other),
    };
    Ok(Value::text(s))
}

/// `String(number; base)`: bases 2 to 36; 0 means 10 (a number never
/// starts with "0x"). Other bases are an error, as in ECMAScript.
fn radix(x: f64, base: f64, span: Span) -> RtResult<String> {
    let b = base.trunc() as i64;
    match b {
        0 => Ok(number::to_radix(x, 10)),
        2..=36 => Ok(number::to_radix(x, b as u32)),
        _ => err(
            code::BAD_ARGUMENT,
            format!("String: base {b} is not between 2 and 36"),
            span,
        ),
    }
}

/// (No commands of its own: `String` calls `format_value`.)
pub static BUILTINS: &[Builtin] = &[];
