//! Number display formats (`String(number; format)`), as the "Number
//! format" section of the form object docs describes them: placeholders `#`
//! `0` `^` `*`, the `,` thousands separator and `.` decimal point, the
//! `positive;negative;zero` sections, `&n` scientific notation, `&x` / `&$`
//! hexadecimal, `&xml`, `&/n` time formats; and `String(number; base)`.

use crate::runtime::ops::to_long;
use crate::runtime::value::real_text;

/// `String(number; format)` with a text format.
pub fn format_number(x: f64, format: &str) -> String {
    if format.is_empty() {
        return real_text(x);
    }
    if let Some(rest) = format.strip_prefix('&')
        && let Some(special) = ampersand(x, rest)
    {
        return special;
    }
    if x.is_nan() {
        return String::new();
    }
    if x.is_infinite() {
        return real_text(x);
    }
    let sections: Vec<&str> = format.split(';').collect();
    match sections.as_slice() {
        [one] => section(x, one, true),
        [pos, neg] => {
            if x < 0.0 {
                section(-x, neg, false)
            } else {
                section(x, pos, false)
            }
        }
        [pos, neg, zero, ..] => {
            // The zero part is shown as typed (not interpreted).
            if x == 0.0 {
                (*zero).to_string()
            } else if x < 0.0 {
                section(-x, neg, false)
            } else {
                section(x, pos, false)
            }
        }
        [] => real_text(x),
    }
}

/// `&…` formats; None when `rest` is not one of them.
fn ampersand(x: f64, rest: &str) -> Option<String> {
    match rest {
        "x" => {
            let n = to_long(x) as u32;
            Some(if n <= 0xFFFF {
                format!("0x{n:04X}")
            } else {
                format!("0x{n:08X}")
            })
        }
        "$" => Some(format!("${:X}", to_long(x) as u32)),
        "xml" => Some(real_text(x)),
        _ => {
            if let Some(t) = rest.strip_prefix('/') {
                let n: i64 = t.trim().parse().ok()?;
                return Some(super::datetime::time_constant(to_long(x) as i64, n));
            }
            let digits: usize = rest.trim().parse().ok()?;
            Some(scientific(x, digits.max(1)))
        }
    }
}

/// `&n`: `n` significant digits, "7.60e+2" (the only format that rounds,
/// say the docs; fourd's other formats round too, see [`section`]).
fn scientific(x: f64, digits: usize) -> String {
    if x.is_nan() {
        return String::new();
    }
    if x.is_infinite() {
        return real_text(x);
    }
    let s = format!("{:.*e}", digits - 1, x);
    match s.split_once('e') {
        Some((mant, exp)) => {
            let e: i32 = exp.parse().unwrap_or(0);
            format!("{mant}e{}{}", if e < 0 { '-' } else { '+' }, e.abs())
        }
        None => s,
    }
}

fn is_placeholder(c: char) -> bool {
    matches!(c, '#' | '0' | '^' | '*')
}

/// What an unused placeholder shows: `#` nothing, `0` a zero, `^` a space,
/// `*` an asterisk.
fn fill(c: char) -> Option<char> {
    match c {
        '0' => Some('0'),
        '^' => Some(' '),
        '*' => Some('*'),
        _ => None,
    }
}

/// One section applied to `x`. With `auto_minus` (a one-part format) a
/// negative number takes a minus sign in the placeholder left of its
/// digits; otherwise `x` is already the absolute value. Digits beyond the
/// placeholders give `<` for every character of the section. The fraction
/// is rounded to the number of decimal placeholders as `printf` does (ties
/// of exactly representable values to even: 1234.5 with "#####0" shows
/// 1234, as in the docs' table).
fn section(x: f64, fmt: &str, auto_minus: bool) -> String {
    let chars: Vec<char> = fmt.chars().collect();
    let Some(first_ph) = chars.iter().position(|&c| is_placeholder(c)) else {
        // No placeholder: the section is shown as typed ("True;;False").
        return fmt.to_string();
    };
    let last_ph = chars.iter().rposition(|&c| is_placeholder(c)).unwrap_or(first_ph);
    let prefix: String = chars.get(..first_ph).unwrap_or(&[]).iter().collect();
    let suffix: String = chars.get(last_ph + 1..).unwrap_or(&[]).iter().collect();
    let body = chars.get(first_ph..=last_ph).unwrap_or(&[]);
    let point = body.iter().position(|&c| c == '.');
    let (int_t, frac_t) = match point {
        Some(i) => (body.get(..i).unwrap_or(&[]), body.get(i + 1..).unwrap_or(&[])),
        None => (body, &[][..]),
    };
    let decimals = frac_t.iter().filter(|&&c| is_placeholder(c)).count();
    let negative = auto_minus && x < 0.0;
    let text = format!("{:.*}", decimals, x.abs());
    let (int_digits, frac_digits) = match text.split_once('.') {
        Some((a, b)) => (a.to_string(), b.to_string()),
        None => (text, String::new()),
    };
    let int_digits = if int_digits == "0" { String::new() } else { int_digits };
    let negative = negative && (int_digits.chars().chain(frac_digits.chars()).any(|c| c != '0'));

    // Integer part, right to left.
    let mut digits: Vec<char> = int_digits.chars().collect();
    let mut minus = negative;
    let mut out_rev: Vec<char> = Vec::with_capacity(int_t.len() + 4);
    for (k, &c) in int_t.iter().enumerate().rev() {
        if is_placeholder(c) {
            if let Some(d) = digits.pop() {
                out_rev.push(d);
            } else if minus {
                out_rev.push('-');
                minus = false;
            } else if let Some(f) = fill(c) {
                out_rev.push(f);
            }
        } else if !digits.is_empty() {
            // A separator (or other character) between digits.
            out_rev.push(c);
        } else if minus {
            out_rev.push('-');
            minus = false;
        } else {
            // No digit on its left: it takes the look of the placeholder there.
            let left = int_t
                .get(..k)
                .and_then(|l| l.iter().rev().find(|&&c| is_placeholder(c)));
            match left.and_then(|&l| fill(l)) {
                Some('0') => out_rev.push(c),
                Some(f) => out_rev.push(f),
                None => {}
            }
        }
    }
    if !digits.is_empty() || minus {
        return "<".repeat(chars.len());
    }
    let int_part: String = out_rev.iter().rev().collect();

    // Fraction, left to right; trailing zeros follow their placeholder's rule.
    let fd: Vec<char> = frac_digits.chars().collect();
    let last_nonzero = fd.iter().rposition(|&c| c != '0');
    let mut frac = String::new();
    let mut shown_digit = false;
    let mut di = 0;
    for &c in frac_t {
        if is_placeholder(c) {
            let d = fd.get(di).copied().unwrap_or('0');
            let significant = last_nonzero.is_some_and(|l| di <= l);
            di += 1;
            if significant {
                frac.push(d);
                shown_digit = true;
            } else if let Some(f) = fill(c) {
                frac.push(f);
                shown_digit |= f == '0';
            }
        } else {
            frac.push(c);
        }
    }
    let mut out = prefix;
    out.push_str(&int_part);
    if point.is_some() && shown_digit {
        out.push('.');
        out.push_str(&frac);
    } else if point.is_some() {
        out.push_str(frac.trim_end_matches([' ', '*']));
    }
    out.push_str(&suffix);
    out
}

/// `String(number; base)` (4D 21): the radix conversion of ECMAScript's
/// `Number.prototype.toString(radix)`; "NaN" for non-finite numbers.
pub fn to_radix(x: f64, base: u32) -> String {
    if !x.is_finite() {
        return "NaN".into();
    }
    if base == 10 {
        return ecma_decimal(x);
    }
    const CHARS: &[u8] = b"0123456789abcdefghijklmnopqrstuvwxyz";
    let digit = |d: u32| CHARS.get(d as usize).map_or('?', |&b| b as char);
    let negative = x < 0.0;
    let value = x.abs();
    let mut integer = value.floor();
    let mut fraction = value - integer;
    // Digits after the point until the value is exact (V8's DoubleToRadixCString).
    let next_up = f64::from_bits(value.to_bits() + 1);
    let mut delta = (0.5 * (next_up - value)).max(f64::from_bits(1));
    let mut frac_digits: Vec<u32> = Vec::new();
    if fraction >= delta {
        loop {
            fraction *= base as f64;
            delta *= base as f64;
            let d = fraction.floor() as u32;
            frac_digits.push(d);
            fraction -= d as f64;
            if (fraction > 0.5 || (fraction == 0.5 && d & 1 == 1)) && fraction + delta > 1.0 {
                // Round up, carrying into the integer part when needed.
                loop {
                    match frac_digits.pop() {
                        None => {
                            integer += 1.0;
                            break;
                        }
                        Some(d) if d + 1 < base => {
                            frac_digits.push(d + 1);
                            break;
                        }
                        Some(_) => {}
                    }
                }
                break;
            }
            if fraction < delta {
                break;
            }
        }
    }
    let mut int_digits: Vec<char> = Vec::new();
    // Beyond 2^53 the low digits are not significant: zeros.
    while integer / (base as f64) >= 9_007_199_254_740_992.0 {
        integer = (integer / base as f64).floor();
        int_digits.push('0');
    }
    loop {
        let r = integer % base as f64;
        int_digits.push(digit(r as u32));
        integer = (integer - r) / base as f64;
        if integer < 1.0 {
            break;
        }
    }
    let mut out = String::new();
    if negative {
        out.push('-');
    }
    out.extend(int_digits.iter().rev());
    if !frac_digits.is_empty() {
        out.push('.');
        out.extend(frac_digits.iter().map(|&d| digit(d)));
    }
    out
}

/// ECMAScript `Number::toString` in base 10 (shortest round-trip digits).
fn ecma_decimal(x: f64) -> String {
    if x == 0.0 {
        return "0".into();
    }
    let s = format!("{:e}", x);
    let Some((mant, exp)) = s.split_once('e') else { return s };
    let e: i32 = exp.parse().unwrap_or(0);
    let (neg, mant) = match mant.strip_prefix('-') {
        Some(m) => (true, m),
        None => (false, mant),
    };
    let digits: String = mant.chars().filter(|c| c.is_ascii_digit()).collect();
    let k = digits.len() as i32;
    let n = e + 1;
    let body = if k <= n && n <= 21 {
        format!("{digits}{}", "0".repeat((n - k) as usize))
    } else if 0 < n && n <= 21 {
        format!(
            "{}.{}",
            digits.get(..n as usize).unwrap_or(""),
            digits.get(n as usize..).unwrap_or("")
        )
    } else if -6 < n && n <= 0 {
        format!("0.{}{digits}", "0".repeat((-n) as usize))
    } else {
        let (first, rest) = digits.split_at(1);
        let rest = if rest.is_empty() {
            String::new()
        } else {
            format!(".{rest}")
        };
        format!("{first}{rest}e{}{}", if n - 1 < 0 { '-' } else { '+' }, (n - 1).abs())
    };
    if neg { format!("-{body}") } else { body }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]
mod tests {
    use super::*;

    #[test]
    fn string_examples() {
        assert_eq!(format_number(32768.0, "###,##0 Inhabitants"), "32,768 Inhabitants");
        assert_eq!(format_number(1.0 / 3.0, "##0.00000"), "0.33333");
        assert_eq!(format_number(std::f64::consts::PI, "##0.00"), "3.14");
        assert_eq!(format_number(-1.0, "&x"), "0xFFFFFFFF");
        assert_eq!(format_number(-1.0, "&$"), "$FFFFFFFF");
        assert_eq!(format_number(128.0, "&x"), "0x0080");
        assert_eq!(format_number(128.0, "&$"), "$80");
        assert_eq!(format_number(16384.0, "&x"), "0x4000");
        assert_eq!(format_number(50.3, "&xml"), "50.3");
        assert_eq!(format_number(1.0, "True;;False"), "True");
        assert_eq!(format_number(0.0, "True;;False"), "False");
    }

    /// The table of the "Number format" docs (1234.50, -1234.50, 0).
    #[test]
    fn display_format_table() {
        let rows: &[(&str, &str, &str, &str)] = &[
            ("###", "<<<", "<<<", ""),
            ("####", "1234", "<<<<", ""),
            ("#######", "1234", "-1234", ""),
            ("#####.##", "1234.5", "-1234.5", ""),
            ("####0.00", "1234.50", "-1234.50", "0.00"),
            ("#####0", "1234", "-1234", "0"),
            ("+#####0;–#####0;0", "+1234", "–1234", "0"),
            ("#####0DB;#####0CR;0", "1234DB", "1234CR", "0"),
            ("#####0;(#####0)", "1234", "(1234)", "0"),
            ("###,##0", "1,234", "-1,234", "0"),
            ("##,##0.00", "1,234.50", "-1,234.50", "0.00"),
            ("^^^^^^^", "   1234", "  -1234", "       "),
            ("^^^^^^0", "   1234", "  -1234", "      0"),
            ("^^^,^^0", "  1,234", " -1,234", "      0"),
            ("^^,^^0.00", " 1,234.50", "-1,234.50", "     0.00"),
            ("*******", "***1234", "**-1234", "*******"),
            ("******0", "***1234", "**-1234", "******0"),
            ("***,**0", "**1,234", "*-1,234", "******0"),
            ("**,**0.00", "*1,234.50", "-1,234.50", "*****0.00"),
            ("$*,**0.00;–$*,**0.00", "$1,234.50", "–$1,234.50", "$****0.00"),
            ("$^^^^0", "$ 1234", "$-1234", "$    0"),
            ("$^^^0;–$^^^0", "$1234", "–$1234", "$   0"),
            ("$^^^0 ;($^^^0)", "$1234 ", "($1234)", "$   0 "),
            ("$^,^^0.00 ;($^,^^0.00)", "$1,234.50 ", "($1,234.50)", "$    0.00 "),
            ("&2", "1.2e+3", "-1.2e+3", "0.0e+0"),
            ("&xml", "1234.5", "-1234.5", "0"),
        ];
        for (f, p, n, z) in rows {
            assert_eq!(format_number(1234.5, f), *p, "{f} positive");
            assert_eq!(format_number(-1234.5, f), *n, "{f} negative");
            assert_eq!(format_number(0.0, f), *z, "{f} zero");
        }
        assert_eq!(format_number(759.62, "&3"), "7.60e+2");
        assert_eq!(format_number(25000.0, "&/5"), "6:56 AM");
        assert_eq!(format_number(-26.0, "##0"), "-26");
        assert_eq!(format_number(-260.0, "##0"), "<<<");
    }

    #[test]
    fn radix() {
        assert_eq!(to_radix(10.0, 2), "1010");
        assert_eq!(to_radix(-10.0, 2), "-1010");
        assert_eq!(to_radix(254.0, 16), "fe");
        assert_eq!(to_radix(-16523461.0, 16), "-fc20c5");
        assert_eq!(to_radix(f64::NAN, 10), "NaN");
        assert_eq!(to_radix(f64::INFINITY, 10), "NaN");
        assert_eq!(to_radix(0.5, 2), "0.1");
        assert_eq!(to_radix(255.5, 16), "ff.8");
        assert_eq!(to_radix(0.1, 10), "0.1");
        assert_eq!(to_radix(1e21, 10), "1e+21");
        assert_eq!(to_radix(35.0, 36), "z");
    }
}
