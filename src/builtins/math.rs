//! Math commands (theme Math): Abs, Int, Dec, Round, Trunc, Mod, Random,
//! Sin, Cos, Tan, Arctan, Square root, Exp, Log, Euro converter.

use super::{Builtin, b, int, num, text};
use crate::runtime::error::{RtResult, code, err};
use crate::runtime::interp::Interp;
use crate::runtime::value::Value;
use crate::sema::ir::Arg;
use crate::source::Span;

pub static BUILTINS: &[Builtin] = &[
    b("Abs", 1, 1, abs),
    b("Int", 1, 1, int_),
    b("Dec", 1, 1, dec),
    b("Round", 2, 2, round),
    b("Trunc", 2, 2, trunc),
    b("Mod", 2, 2, mod_),
    b("Random", 0, 0, random),
    b("Sin", 1, 1, sin),
    b("Cos", 1, 1, cos),
    b("Tan", 1, 1, tan),
    b("Arctan", 1, 1, arctan),
    b("Square root", 1, 1, square_root),
    b("Exp", 1, 1, exp),
    b("Log", 1, 1, log),
    b("Euro converter", 3, 3, euro_converter),
];

fn unary(p: &mut Interp, args: &[Arg], span: Span, f: fn(f64) -> f64) -> RtResult<Value> {
    Ok(Value::Real(f(num(p, args, 0, span)?)))
}

fn abs(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    unary(p, args, span, f64::abs)
}

/// `Int`: the integer part, negative numbers truncated away from zero (Int(-123.4) is -124).
fn int_(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    unary(p, args, span, f64::floor)
}

/// `Dec`: the decimal part, always positive or zero (Dec(-7.31) is 0.31:
/// the digits after the point, fourd's reading of the docs).
fn dec(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    unary(p, args, span, |x| x.fract().abs())
}

fn sin(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    unary(p, args, span, f64::sin)
}

fn cos(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    unary(p, args, span, f64::cos)
}

fn tan(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    unary(p, args, span, f64::tan)
}

fn arctan(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    unary(p, args, span, f64::atan)
}

/// `Square root`: of a negative number, NaN (shown as "" by `String`).
fn square_root(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    unary(p, args, span, f64::sqrt)
}

fn exp(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    unary(p, args, span, f64::exp)
}

/// `Log`: natural logarithm; Log(-1) is NaN (`String` shows ""), Log(0) is -INF.
fn log(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    unary(p, args, span, f64::ln)
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Rounding {
    /// Digits 5–9 round away from zero, 0–4 toward zero (`Round`).
    HalfAway,
    /// Toward negative infinity (`Trunc`).
    Floor,
}

/// `x` rounded at `places` decimals (negative: left of the point), on its
/// 15-significant-digit decimal form, so that Round(29.8725;3) is 29.873
/// although 29.8725 is stored as 29.87249999….
fn decimal_round(x: f64, places: i64, mode: Rounding) -> f64 {
    if !x.is_finite() || x == 0.0 {
        return x;
    }
    let negative = x < 0.0;
    let s = format!("{:.14e}", x.abs());
    let Some((mant, exp)) = s.split_once('e') else { return x };
    let e: i64 = exp.parse().unwrap_or(0);
    let digits: Vec<u8> = mant.bytes().filter(u8::is_ascii_digit).map(|b| b - b'0').collect();
    let keep = e + 1 + places;
    if keep >= digits.len() as i64 {
        return x;
    }
    let keep_n = keep.max(0) as usize;
    let mut kept: i64 = 0;
    for d in digits.iter().take(keep_n) {
        kept = kept * 10 + *d as i64;
    }
    let dropped = digits.get(keep_n..).unwrap_or(&[]);
    let bump = match mode {
        Rounding::HalfAway => keep >= 0 && dropped.first().is_some_and(|&d| d >= 5),
        Rounding::Floor => negative && dropped.iter().any(|&d| d != 0),
    };
    if bump {
        kept += 1;
    }
    let v: f64 = format!("{kept}e{}", -places).parse().unwrap_or(0.0);
    if negative { -v } else { v }
}

/// `Round(number; places)`: 5 to 9 round away from zero (Round(-1.5;0) is -2).
fn round(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    let x = num(p, args, 0, span)?;
    let places = int(p, args, 1, span)?;
    Ok(Value::Real(decimal_round(x, places, Rounding::HalfAway)))
}

/// `Trunc(number; places)`: always toward negative infinity (Trunc(-216.897;1) is -216.9).
fn trunc(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    let x = num(p, args, 0, span)?;
    let places = int(p, args, 1, span)?;
    Ok(Value::Real(decimal_round(x, places, Rounding::Floor)))
}

/// `Mod(number1; number2)`: reals are first rounded (as `Round` does), then
/// the remainder has the sign of `number1`; modulo 0 is an error.
fn mod_(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    let a = num(p, args, 0, span)?.round() as i64;
    let m = num(p, args, 1, span)?.round() as i64;
    if m == 0 {
        return err(code::DIVISION_BY_ZERO, "Mod: modulo by zero", span);
    }
    Ok(Value::Real(a.wrapping_rem(m) as f64))
}

/// `Random`: an integer from 0 to 32,767.
fn random(p: &mut Interp, _: &[Arg], _: Span) -> RtResult<Value> {
    Ok(Value::Real(((p.next_random() >> 33) % 32_768) as f64))
}

/// Units of a currency for one euro (fixed rates).
const EURO_RATES: &[(&str, f64)] = &[
    ("EUR", 1.0),
    ("ATS", 13.7603),
    ("BEF", 40.3399),
    ("DEM", 1.95583),
    ("FIM", 5.94573),
    ("FRF", 6.55957),
    ("GRD", 340.750),
    ("IEP", 0.787564),
    ("ITL", 1936.27),
    ("LUF", 40.3399),
    ("NLG", 2.20371),
    ("PTE", 200.482),
    ("ESP", 166.386),
];

/// `Euro converter(value; fromCurrency; toCurrency)`: through the euro;
/// the result keeps 2 decimals, none for lire, Belgian and Luxembourg
/// francs and pesetas.
fn euro_converter(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    let x = num(p, args, 0, span)?;
    let from = text(p, args, 1, span)?;
    let to = text(p, args, 2, span)?;
    let rate = |c: &str| {
        EURO_RATES
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(c.trim()))
            .map(|&(_, r)| r)
    };
    let (Some(rf), Some(rt)) = (rate(from.as_str()), rate(to.as_str())) else {
        return err(
            code::BAD_ARGUMENT,
            format!(
                "Euro converter: unknown currency code {:?} or {:?}",
                from.as_str(),
                to.as_str()
            ),
            span,
        );
    };
    let v = x / rf * rt;
    let places = if ["ITL", "BEF", "LUF", "ESP"]
        .iter()
        .any(|c| c.eq_ignore_ascii_case(to.as_str().trim()))
    {
        0
    } else {
        2
    };
    Ok(Value::Real(decimal_round(v, places, Rounding::HalfAway)))
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]
mod tests {
    use super::*;

    #[test]
    fn round_and_trunc_as_documented() {
        let r = |x, n| decimal_round(x, n, Rounding::HalfAway);
        let t = |x, n| decimal_round(x, n, Rounding::Floor);
        assert_eq!(r(16.857, 2), 16.86);
        assert_eq!(r(32345.67, -3), 32000.0);
        assert_eq!(r(29.8725, 3), 29.873);
        assert_eq!(r(-1.5, 0), -2.0);
        assert_eq!(r(0.4, -1), 0.0);
        assert_eq!(r(5.0, -1), 10.0);
        assert_eq!(t(216.897, 1), 216.8);
        assert_eq!(t(216.897, -1), 210.0);
        assert_eq!(t(-216.897, 1), -216.9);
        assert_eq!(t(-216.897, -1), -220.0);
        assert_eq!(t(0.3, 1), 0.3);
        assert_eq!(t(-0.5, -1), -10.0);
    }
}
