//! Binary operators by operand type (language.md §2.2), comparisons (with
//! 4D's Real epsilon and loose text rules), and conversions to typed
//! variables.

use std::cmp::Ordering;

use super::date::Date;
use super::error::{RtResult, code, err};
use super::text::{self, Text};
use super::value::{Value, display};
use crate::sema::ir::VarType;
use crate::source::Span;
use crate::syntax::ast::BinOp;

/// 4D's default Real comparison precision.
pub const EPSILON: f64 = 1e-6;

/// The precision `=` uses on Reals, set by `SET REAL COMPARISON LEVEL` (for
/// every process, as in 4D); f64 bits.
static EPSILON_BITS: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0x3EB0_C6F7_A0B5_ED8D);

#[inline]
pub fn epsilon() -> f64 {
    f64::from_bits(EPSILON_BITS.load(std::sync::atomic::Ordering::Relaxed))
}

pub fn set_epsilon(e: f64) {
    EPSILON_BITS.store(e.abs().to_bits(), std::sync::atomic::Ordering::Relaxed);
}

/// Real → Longint conversion: round half to even (`10.5 % 2` is 0 in the docs).
#[inline]
pub fn to_long(r: f64) -> i32 {
    // Below 2^51 in magnitude, adding 1.5 × 2^52 rounds `r` to a whole
    // number (ties to even, the default rounding) held in the low bits of
    // the sum's mantissa, in two's complement: one addition, where a
    // saturating conversion and a whole-number check were a chain of five
    // dependent instructions (fib: a seventh of the time, in each call's
    // Integer parameter). Larger numbers wrap to 32 bits either way.
    const ROUNDER: f64 = 6_755_399_441_055_744.0;
    if r.abs() < 2_251_799_813_685_248.0 {
        return (r + ROUNDER).to_bits() as i32;
    }
    to_long_large(r)
}

/// `to_long` of NaN, the infinities and numbers from 2^51 on.
#[inline(never)]
fn to_long_large(r: f64) -> i32 {
    if r.is_nan() {
        return 0;
    }
    let r = r.round_ties_even();
    if r >= i32::MIN as f64 && r <= i32::MAX as f64 {
        r as i32
    } else {
        (r as i64) as i32
    }
}

fn kind(v: &Value) -> &'static str {
    match v {
        Value::Undefined => "Undefined",
        Value::Null => "Null",
        Value::Bool(_) => "Boolean",
        Value::Real(_) | Value::Int(_) => "Number",
        Value::Text(_) => "Text",
        Value::Date(_) => "Date",
        Value::Time(_) => "Time",
        Value::Object(_) | Value::SharedObject(_) | Value::Function(_) | Value::Class(_) | Value::Store(_) => "Object",
        Value::Collection(_) | Value::SharedCollection(_) => "Collection",
        Value::Pointer(_) => "Pointer",
        Value::Array(_) => "Array",
        Value::Blob(_) => "Blob",
        Value::Picture(_) => "Picture",
    }
}

pub fn type_name_of(v: &Value) -> &'static str {
    kind(v)
}

fn incompatible<T>(op: BinOp, a: &Value, b: &Value, span: Span) -> RtResult<T> {
    err(
        code::TYPE_MISMATCH,
        format!(
            "operator `{}` cannot be applied to {} and {}",
            op.symbol(),
            kind(a),
            kind(b)
        ),
        span,
    )
}

/// An array used as a value is its current element index.
fn num(v: &Value) -> Option<f64> {
    match v {
        Value::Real(r) => Some(*r),
        Value::Int(i) => Some(*i as f64),
        Value::Array(a) => Some(a.borrow().current as f64),
        _ => None,
    }
}

/// Evaluates `a op b` for every operator except `&&` and `||` (short-circuit,
/// handled by the evaluator).
pub fn binary(op: BinOp, a: &Value, b: &Value, span: Span) -> RtResult<Value> {
    use BinOp::*;
    // Numbers first: the hot path.
    if let (Some(x), Some(y)) = (num(a), num(b)) {
        return numeric(op, x, y, a, b, span);
    }
    match op {
        Eq => return equal(a, b, span).map(Value::Bool),
        Ne => return equal(a, b, span).map(|e| Value::Bool(!e)),
        Lt | Gt | Le | Ge => {
            return compare(a, b, span).map(|o| {
                Value::Bool(match o {
                    None => false,
                    Some(o) => match op {
                        Lt => o == Ordering::Less,
                        Gt => o == Ordering::Greater,
                        Le => o != Ordering::Greater,
                        _ => o != Ordering::Less,
                    },
                })
            });
        }
        _ => {}
    }
    match (a, b) {
        (Value::Text(x), Value::Text(y)) => match op {
            Add => Ok(Value::Text(Text::concat(x, y))),
            Mod => Ok(Value::Bool(text::keyword_match(x.as_str(), y.as_str()))),
            _ => incompatible(op, a, b, span),
        },
        (Value::Text(x), _) if op == Mul => match num(b) {
            Some(n) if n >= 1.0 => Ok(Value::Text(Text::from(x.as_str().repeat(n as usize)))),
            Some(_) => Ok(Value::Text(Text::default())),
            None => incompatible(op, a, b, span),
        },
        (Value::Bool(x), Value::Bool(y)) => match op {
            And => Ok(Value::Bool(*x & *y)),
            Or => Ok(Value::Bool(*x | *y)),
            _ => incompatible(op, a, b, span),
        },
        (Value::Date(d), Value::Date(e)) if op == Sub => Ok(Value::Real((d.0 - e.0) as f64)),
        (Value::Date(d), _) if matches!(op, Add | Sub) => match num(b) {
            Some(n) => {
                let n = n as i64;
                Ok(Value::Date(d.add_days(if op == Add { n } else { -n })))
            }
            None => incompatible(op, a, b, span),
        },
        (Value::Time(x), Value::Time(y)) => match op {
            Add => Ok(Value::Time(x + y)),
            Sub => Ok(Value::Time(x - y)),
            Mod if *y != 0 => Ok(Value::Time(x.rem_euclid(*y))),
            Mul => Ok(Value::Time(x * y)),
            Div if *y != 0 => Ok(Value::Time(x / y)),
            _ => numeric(op, *x as f64, *y as f64, a, b, span),
        },
        // Time with a number: a number (seconds).
        (Value::Time(x), _) => match num(b) {
            Some(y) => numeric(op, *x as f64, y, a, b, span),
            None => incompatible(op, a, b, span),
        },
        (_, Value::Time(y)) => match num(a) {
            Some(x) => numeric(op, x, *y as f64, a, b, span),
            None => incompatible(op, a, b, span),
        },
        _ => incompatible(op, a, b, span),
    }
}

fn numeric(op: BinOp, x: f64, y: f64, a: &Value, b: &Value, span: Span) -> RtResult<Value> {
    use BinOp::*;
    Ok(match op {
        Add => Value::Real(x + y),
        Sub => Value::Real(x - y),
        Mul => Value::Real(x * y),
        Div => Value::Real(x / y),
        IntDiv => {
            if y == 0.0 {
                return err(code::DIVISION_BY_ZERO, "division by zero", span);
            }
            Value::Real((x / y).floor())
        }
        Mod => {
            let (l, r) = (to_long(x), to_long(y));
            if r == 0 {
                return err(code::DIVISION_BY_ZERO, "modulo by zero", span);
            }
            Value::Real(l.wrapping_rem(r) as f64)
        }
        Pow => Value::Real(x.powf(y)),
        Eq => Value::Bool(num_eq(x, y, a, b)),
        Ne => Value::Bool(!num_eq(x, y, a, b)),
        Lt => Value::Bool(x < y),
        Gt => Value::Bool(x > y),
        Le => Value::Bool(x <= y),
        Ge => Value::Bool(x >= y),
        And => Value::Real((to_long(x) & to_long(y)) as f64),
        Or => Value::Real((to_long(x) | to_long(y)) as f64),
        Xor => Value::Real((to_long(x) ^ to_long(y)) as f64),
        Shl => {
            let n = to_long(y);
            Value::Real(if (0..32).contains(&n) {
                (to_long(x) as u32).wrapping_shl(n as u32) as i32
            } else {
                0
            } as f64)
        }
        Shr => {
            let n = to_long(y);
            Value::Real(if (0..32).contains(&n) {
                ((to_long(x) as u32) >> n) as i32
            } else {
                0
            } as f64)
        }
        BitSet => Value::Real((to_long(x) | (1i32.wrapping_shl(to_long(y) as u32))) as f64),
        BitClear => Value::Real((to_long(x) & !(1i32.wrapping_shl(to_long(y) as u32))) as f64),
        BitTest => Value::Bool(to_long(x) & (1i32.wrapping_shl(to_long(y) as u32)) != 0),
        AndAnd | OrOr | ScaleH | ScaleV => return incompatible(op, a, b, span),
    })
}

fn num_eq(x: f64, y: f64, a: &Value, b: &Value) -> bool {
    if let (Value::Int(i), Value::Int(j)) = (a, b) {
        return i == j;
    }
    x == y || (x - y).abs() <= epsilon()
}

/// `=` (language.md §2.2): numbers with epsilon, loose text with `@`, dates,
/// times, booleans, identity for objects and collections, targets for
/// pointers, Null/undefined rules.
pub fn equal(a: &Value, b: &Value, span: Span) -> RtResult<bool> {
    if let (Some(x), Some(y)) = (num(a), num(b)) {
        return Ok(num_eq(x, y, a, b));
    }
    Ok(match (a, b) {
        (Value::Undefined | Value::Null, Value::Undefined | Value::Null) => true,
        (Value::Undefined | Value::Null, Value::Object(_) | Value::Collection(_)) => false,
        (Value::Object(_) | Value::Collection(_), Value::Undefined | Value::Null) => false,
        (Value::Pointer(p), Value::Null) | (Value::Null, Value::Pointer(p)) => p.is_nil(),
        (Value::Undefined | Value::Null, _) | (_, Value::Undefined | Value::Null) => false,
        (Value::Text(x), Value::Text(y)) => text::text_eq(x.as_str(), y.as_str()),
        (Value::Bool(x), Value::Bool(y)) => x == y,
        (Value::Date(x), Value::Date(y)) => x == y,
        (Value::Time(x), Value::Time(y)) => x == y,
        (Value::Time(x), _) => match num(b) {
            Some(y) => (*x as f64 - y).abs() <= epsilon(),
            None => false,
        },
        (_, Value::Time(y)) => match num(a) {
            Some(x) => (x - *y as f64).abs() <= epsilon(),
            None => false,
        },
        (Value::Pointer(p), Value::Pointer(q)) => p.same_target(q),
        _ => match (a.ref_id(), b.ref_id()) {
            (Some(x), Some(y)) => x == y,
            _ => {
                if std::mem::discriminant(a) == std::mem::discriminant(b) {
                    false
                } else {
                    return err(
                        code::TYPE_MISMATCH,
                        format!("cannot compare {} with {}", kind(a), kind(b)),
                        span,
                    );
                }
            }
        },
    })
}

/// Ordering for `<`, `>`, `<=`, `>=`. `None`: undefined against text, dates,
/// times and numbers, where every ordering test is False.
pub fn compare(a: &Value, b: &Value, span: Span) -> RtResult<Option<Ordering>> {
    if let (Some(x), Some(y)) = (num(a), num(b)) {
        return Ok(x.partial_cmp(&y));
    }
    match (a, b) {
        (Value::Text(x), Value::Text(y)) => Ok(Some(text::text_cmp(x.as_str(), y.as_str()))),
        (Value::Date(x), Value::Date(y)) => Ok(Some(x.cmp(y))),
        (Value::Time(x), Value::Time(y)) => Ok(Some(x.cmp(y))),
        (Value::Time(x), _) if num(b).is_some() => Ok((*x as f64).partial_cmp(&num(b).unwrap_or(0.0))),
        (_, Value::Time(y)) if num(a).is_some() => Ok(num(a).unwrap_or(0.0).partial_cmp(&(*y as f64))),
        (Value::Undefined, Value::Text(_) | Value::Date(_) | Value::Time(_) | Value::Real(_) | Value::Int(_))
        | (Value::Text(_) | Value::Date(_) | Value::Time(_) | Value::Real(_) | Value::Int(_), Value::Undefined) => {
            Ok(None)
        }
        _ => err(
            code::TYPE_MISMATCH,
            format!("cannot order {} and {}", kind(a), kind(b)),
            span,
        ),
    }
}

/// The empty value of a type.
pub fn default_of(ty: &VarType) -> Value {
    match ty {
        VarType::Variant => Value::Undefined,
        VarType::Text => Value::Text(Text::default()),
        VarType::Real => Value::Real(0.0),
        VarType::Integer => Value::Int(0),
        VarType::Boolean => Value::Bool(false),
        VarType::Date => Value::Date(Date::NULL),
        VarType::Time => Value::Time(0),
        VarType::Object | VarType::Collection | VarType::Class(..) => Value::Null,
        VarType::Pointer => Value::Pointer(std::rc::Rc::new(super::pointer::Pointer::Nil)),
        VarType::Picture => Value::Picture(Default::default()),
        VarType::Blob => Value::Blob(Default::default()),
    }
}

/// Converts a value for a variable of type `ty` (typed variables keep their
/// type): numbers convert between Real and Integer, undefined gives the
/// type's empty value, anything else incompatible is an error.
pub fn coerce(ty: &VarType, v: Value, span: Span) -> RtResult<Value> {
    let bad = |v: &Value| {
        err(
            code::WRONG_TYPE,
            format!("a {} value cannot be assigned to a {} variable", kind(v), ty.name()),
            span,
        )
    };
    match ty {
        VarType::Variant => Ok(v),
        _ if v.is_undefined() => Ok(default_of(ty)),
        VarType::Integer => match v {
            Value::Int(_) => Ok(v),
            Value::Real(r) => Ok(Value::Int(to_long(r))),
            Value::Time(t) => Ok(Value::Int(t as i32)),
            Value::Bool(b) => Ok(Value::Int(b as i32)),
            _ => bad(&v),
        },
        VarType::Real => match v {
            Value::Real(_) => Ok(v),
            Value::Int(i) => Ok(Value::Real(i as f64)),
            Value::Time(t) => Ok(Value::Real(t as f64)),
            _ => bad(&v),
        },
        VarType::Text => match v {
            Value::Text(_) => Ok(v),
            _ => bad(&v),
        },
        VarType::Boolean => match v {
            Value::Bool(_) => Ok(v),
            _ => bad(&v),
        },
        VarType::Date => match v {
            Value::Date(_) => Ok(v),
            _ => bad(&v),
        },
        VarType::Time => match v {
            Value::Time(_) => Ok(v),
            Value::Real(r) => Ok(Value::Time(r.round() as i64)),
            Value::Int(i) => Ok(Value::Time(i as i64)),
            _ => bad(&v),
        },
        // A scalar BLOB assigned to an object variable becomes a 4D.Blob
        // (dt_blob.md, "Automatic conversion of blob type").
        VarType::Object | VarType::Class(..) => match v {
            Value::Blob(b) if blob_class_ok(ty) => Ok(super::blob::boxed(&b)),
            Value::Object(_)
            | Value::SharedObject(_)
            | Value::Null
            | Value::Function(_)
            | Value::Class(_)
            | Value::Store(_) => Ok(v),
            _ => bad(&v),
        },
        VarType::Collection => match v {
            Value::Collection(_) | Value::SharedCollection(_) | Value::Null => Ok(v),
            _ => bad(&v),
        },
        VarType::Pointer => match v {
            Value::Pointer(_) => Ok(v),
            Value::Null => Ok(default_of(ty)),
            _ => bad(&v),
        },
        VarType::Picture => match v {
            Value::Picture(_) | Value::Null => Ok(v),
            _ => bad(&v),
        },
        // …and a 4D.Blob assigned to a Blob variable becomes a scalar BLOB.
        VarType::Blob => match v {
            Value::Blob(_) => Ok(v),
            _ => match super::blob::blob_of(&v) {
                Some(b) => Ok(super::blob::unboxed(&b)),
                None => bad(&v),
            },
        },
    }
}

/// Whether a variable of type `ty` (Object or a class) may hold a 4D.Blob:
/// `Object` and `4D.Blob` can.
fn blob_class_ok(ty: &VarType) -> bool {
    match ty {
        VarType::Object => true,
        VarType::Class(path, true) => matches!(&path[..], [name] if name == "Blob"),
        _ => false,
    }
}

/// `String(value)` for the values the evaluator converts implicitly in messages.
pub fn to_display(v: &Value) -> String {
    display(v)
}

#[cfg(test)]
mod long_tests {
    use super::{to_long, to_long_large};

    #[test]
    fn to_long_rounds_half_to_even_and_wraps() {
        let mut cases = vec![
            0.0,
            -0.0,
            0.5,
            1.5,
            2.5,
            -0.5,
            -1.5,
            -2.5,
            3.25,
            -3.75,
            10.5,
            0.49999999999999994,
            2147483647.0,
            2147483647.4,
            2147483647.5,
            -2147483648.0,
            -2147483648.5,
            -2147483649.0,
            4294967296.0,
            1e15 + 0.5,
            2f64.powi(51) - 0.5,
            -(2f64.powi(51)) + 0.5,
            2f64.powi(51),
            2f64.powi(52) + 2.0,
            1e300,
            -1e300,
            f64::INFINITY,
            f64::NEG_INFINITY,
            f64::NAN,
        ];
        let mut x = 0.37_f64;
        for _ in 0..10_000 {
            x = (x * 7919.3 + 0.25) % 6e9 - 3e9;
            cases.push(x);
            cases.push(x.trunc() + 0.5);
        }
        // `to_long_large` is the rule itself (round half to even, then
        // wrap), for every number.
        for r in cases {
            assert_eq!(to_long(r), to_long_large(r), "to_long({r})");
        }
        assert_eq!(to_long_large(f64::NAN), 0);
        assert_eq!(to_long(10.5), 10);
        assert_eq!(to_long(-7.5), -8);
    }
}
