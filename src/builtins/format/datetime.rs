//! Date and time display formats: the `Date Display Formats` and `Time
//! Display Formats` constants, and the ICU patterns of the "Date and Time
//! Formats" page ("yyyy-MM-dd", "hh:mm aa O"…), in English (US system).

use crate::builtins::dates::{local_offset, now_local, to_utc, two_digit_window_start, zone_id};
use crate::runtime::date::{Date, is_leap, time_text};

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
/// Sunday first, as `Day number` counts.
const DAYS: [&str; 7] = [
    "Sunday",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
];

fn month_name(m: u32) -> &'static str {
    MONTHS.get((m as usize).wrapping_sub(1)).copied().unwrap_or("")
}

fn abbr(s: &str, n: usize) -> &str {
    s.get(..n).unwrap_or(s)
}

fn day_name(d: Date) -> &'static str {
    DAYS.get((d.weekday() as usize).wrapping_sub(1)).copied().unwrap_or("")
}

/// `String(date; constant {; addTime})`. `Blank if null date` (100) added to
/// a constant gives "" for the null date. Otherwise a null date shows zeros
/// in the numeric formats ("00/00/00", as the docs show it) and "" in the
/// ones naming months or days, and in the GMT ones (fourd's choice).
pub fn date_constant(d: Date, n: i64, add: Option<i64>) -> String {
    let blank = n >= 100;
    let code = n % 100;
    if d.is_null() {
        if blank {
            return String::new();
        }
        return match code {
            1 | 4 | 7 => "00/00/00".into(),
            8 => "0000-00-00T00:00:00".into(),
            2 | 3 | 5 | 6 | 9 | 10 => String::new(),
            _ => d.default_text(),
        };
    }
    let (y, m, day) = d.ymd();
    let secs = add.unwrap_or(0);
    match code {
        // System date short, Internal date short: 12/29/2006.
        1 | 7 => format!("{m:02}/{day:02}/{y:04}"),
        // System date abbreviated: Fri, Dec 29, 2006.
        2 => format!("{}, {} {day}, {y}", abbr(day_name(d), 3), abbr(month_name(m), 3)),
        // System date long: Friday, December 29, 2006.
        3 => format!("{}, {} {day}, {y}", day_name(d), month_name(m)),
        // Internal date short special: 12/29/06, but 12/29/1896 outside 1930–2029.
        4 => {
            let start = two_digit_window_start();
            if (start..start + 100).contains(&y) {
                format!("{m:02}/{day:02}/{:02}", y.rem_euclid(100))
            } else {
                format!("{m:02}/{day:02}/{y:04}")
            }
        }
        // Internal date long: December 29, 2006.
        5 => format!("{} {day}, {y}", month_name(m)),
        // Internal date abbreviated: Dec 29, 2006.
        6 => format!("{} {day}, {y}", abbr(month_name(m), 3)),
        // ISO Date: 2006-12-29T00:00:00, local time.
        8 => {
            let (dd, s) = roll(d, secs);
            format!("{}T{}", dd.iso(), clock(s))
        }
        // ISO Date GMT: the local date and time in UTC.
        9 => {
            let (dd, s) = to_utc(d, secs);
            format!("{}T{}Z", dd.iso(), clock(s))
        }
        // Date RFC 1123: Fri, 10 Sep 2010 13:07:20 GMT.
        10 => {
            let (dd, s) = to_utc(d, secs);
            let (uy, um, ud) = dd.ymd();
            format!(
                "{}, {ud:02} {} {uy:04} {} GMT",
                abbr(day_name(dd), 3),
                abbr(month_name(um), 3),
                clock(s)
            )
        }
        _ => d.default_text(),
    }
}

/// A date and a time that may pass midnight.
fn roll(d: Date, secs: i64) -> (Date, i64) {
    (d.add_days(secs.div_euclid(86_400)), secs.rem_euclid(86_400))
}

fn clock(s: i64) -> String {
    format!("{:02}:{:02}:{:02}", s / 3600, (s / 60) % 60, s % 60)
}

/// "1 hour", "2 hours", "0 minute": plural above one, as the docs' examples
/// ("1 hour 2 minutes", "13 hours 0 minute").
fn unit(n: i64, word: &str) -> String {
    format!("{n} {word}{}", if n > 1 { "s" } else { "" })
}

fn am_pm(secs: i64, with_seconds: bool) -> String {
    let day = secs.rem_euclid(86_400);
    let h = day / 3600;
    let h12 = if h % 12 == 0 { 12 } else { h % 12 };
    let suffix = if h < 12 { "AM" } else { "PM" };
    if with_seconds {
        format!("{h12}:{:02}:{:02} {suffix}", (day / 60) % 60, day % 60)
    } else {
        format!("{h12}:{:02} {suffix}", (day / 60) % 60)
    }
}

/// `String(time; constant)`. `Blank if null time` (100) added to a
/// constant gives "" for 00:00:00. The "System time long" forms show
/// "1:02:03 AM" (without a zone name).
pub fn time_constant(secs: i64, n: i64) -> String {
    let blank = n >= 100;
    let code = n % 100;
    if blank && secs == 0 {
        return String::new();
    }
    let sign = if secs < 0 { "-" } else { "" };
    let a = secs.abs();
    let (h, m, s) = (a / 3600, (a / 60) % 60, a % 60);
    match code {
        2 => format!("{sign}{h:02}:{m:02}"),
        3 => format!("{sign}{} {} {}", unit(h, "hour"), unit(m, "minute"), unit(s, "second")),
        4 => format!("{sign}{} {}", unit(h, "hour"), unit(m, "minute")),
        5 => am_pm(secs, false),
        6 => format!("{sign}{:02}:{s:02}", a / 60),
        7 => format!("{sign}{} {}", unit(a / 60, "minute"), unit(s, "second")),
        8 => format!("0000-00-00T{sign}{h:02}:{m:02}:{s:02}"),
        10 | 11 => am_pm(secs, true),
        _ => time_text(secs),
    }
}

// ----- ICU patterns -------------------------------------------------------

enum Tok {
    Lit(String, bool),
    Field(char, usize),
}

fn tokens(pattern: &str) -> Vec<Tok> {
    let chars: Vec<char> = pattern.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while let Some(&c) = chars.get(i) {
        if c == '\'' {
            if chars.get(i + 1) == Some(&'\'') {
                out.push(Tok::Lit("'".into(), true));
                i += 2;
                continue;
            }
            // Quoted text up to the closing quote ('' inside is a quote).
            let mut lit = String::new();
            i += 1;
            while let Some(&q) = chars.get(i) {
                if q == '\'' {
                    if chars.get(i + 1) == Some(&'\'') {
                        lit.push('\'');
                        i += 2;
                        continue;
                    }
                    i += 1;
                    break;
                }
                lit.push(q);
                i += 1;
            }
            out.push(Tok::Lit(lit, true));
        } else if c.is_ascii_alphabetic() {
            let mut n = 1;
            while chars.get(i + n) == Some(&c) {
                n += 1;
            }
            out.push(Tok::Field(c, n));
            i += n;
        } else {
            out.push(Tok::Lit(c.to_string(), false));
            i += 1;
        }
    }
    // Spaces at the start and end of a pattern are trimmed unless quoted.
    while matches!(out.first(), Some(Tok::Lit(s, false)) if s == " ") {
        out.remove(0);
    }
    while matches!(out.last(), Some(Tok::Lit(s, false)) if s == " ") {
        out.pop();
    }
    out
}

fn pad(v: i64, n: usize) -> String {
    if v < 0 {
        format!("-{:0n$}", -v)
    } else {
        format!("{v:0n$}")
    }
}

/// Monday = 1 … Sunday = 7.
fn iso_weekday(d: Date) -> i64 {
    ((d.weekday() as i64 + 5) % 7) + 1
}

fn day_of_year(d: Date) -> i64 {
    let (y, _, _) = d.ymd();
    (d.0 - Date::from_ymd(y, 1, 1).0) as i64 + 1
}

fn weeks_in_year(y: i32) -> i64 {
    let jan1 = iso_weekday(Date::from_ymd(y, 1, 1));
    if jan1 == 4 || (jan1 == 3 && is_leap(y as i64)) {
        53
    } else {
        52
    }
}

/// Week of year and its year, weeks starting on Monday, the first week
/// holding at least 4 days (ISO 8601, as the docs' examples: 03/17/1954 is
/// in week 11).
fn iso_week(d: Date) -> (i32, i64) {
    let (y, _, _) = d.ymd();
    let w = (day_of_year(d) - iso_weekday(d) + 10) / 7;
    if w < 1 {
        (y - 1, weeks_in_year(y - 1))
    } else if w > weeks_in_year(y) {
        (y + 1, 1)
    } else {
        (y, w)
    }
}

fn week_of_month(d: Date) -> i64 {
    let (y, m, day) = d.ymd();
    let first = iso_weekday(Date::from_ymd(y, m, 1));
    let row = (day as i64 - 1 + first - 1) / 7;
    if 8 - first >= 4 { row + 1 } else { row }
}

fn quarter(m: u32, n: usize) -> String {
    let q = (m as i64 - 1) / 3 + 1;
    match n {
        1 | 2 => pad(q, n),
        3 => format!("Q{q}"),
        4 => format!(
            "{q}{} quarter",
            ["st", "nd", "rd", "th"].get((q - 1) as usize).unwrap_or(&"th")
        ),
        _ => q.to_string(),
    }
}

fn month_field(m: u32, n: usize) -> String {
    match n {
        1 | 2 => pad(m as i64, n),
        3 => abbr(month_name(m), 3).into(),
        5 => abbr(month_name(m), 1).into(),
        _ => month_name(m).into(),
    }
}

fn weekday_field(d: Date, n: usize) -> String {
    let name = day_name(d);
    match n {
        1..=3 => abbr(name, 3).into(),
        5 => abbr(name, 1).into(),
        6 => abbr(name, 2).into(),
        _ => name.into(),
    }
}

/// Zone offsets: "GMT+1", "GMT+5:30" (short) or "GMT+01:00" (long), "GMT" at 0.
fn gmt(off: i64, long: bool) -> String {
    if off == 0 {
        return "GMT".into();
    }
    let sign = if off < 0 { '-' } else { '+' };
    let a = off.abs();
    let (h, m, s) = (a / 3600, (a / 60) % 60, a % 60);
    let mut out = if long {
        format!("GMT{sign}{h:02}:{m:02}")
    } else if m != 0 {
        format!("GMT{sign}{h}:{m:02}")
    } else {
        format!("GMT{sign}{h}")
    };
    if s != 0 {
        out.push_str(&format!(":{s:02}"));
    }
    out
}

/// ISO 8601 offsets (`X`, `x`): `n` selects the form, `z` writes "Z" for 0.
fn iso_offset(off: i64, n: usize, z: bool) -> String {
    if off == 0 && z {
        return "Z".into();
    }
    let sign = if off < 0 { '-' } else { '+' };
    let a = off.abs();
    let (h, m, s) = (a / 3600, (a / 60) % 60, a % 60);
    match n {
        1 if m == 0 => format!("{sign}{h:02}"),
        1 | 2 => format!("{sign}{h:02}{m:02}"),
        3 => format!("{sign}{h:02}:{m:02}"),
        4 if s != 0 => format!("{sign}{h:02}{m:02}{s:02}"),
        4 => format!("{sign}{h:02}{m:02}"),
        _ if s != 0 => format!("{sign}{h:02}:{m:02}:{s:02}"),
        _ => format!("{sign}{h:02}:{m:02}"),
    }
}

/// Formats a local date and time of day with an ICU pattern. None when the
/// pattern has a letter ICU does not know (4D then returns "").
pub fn pattern(pat: &str, d: Date, secs: i64) -> Option<String> {
    let (d, secs) = roll(d, secs);
    let (y, m, day) = d.ymd();
    let (h, mi, s) = (secs / 3600, (secs / 60) % 60, secs % 60);
    let mut offset: Option<i64> = None;
    let mut off = || *offset.get_or_insert_with(|| local_offset(d, secs));
    let mut out = String::new();
    for tok in tokens(pat) {
        let (c, n) = match tok {
            Tok::Lit(s, _) => {
                out.push_str(&s);
                continue;
            }
            Tok::Field(c, n) => (c, n),
        };
        let y64 = y as i64;
        let piece = match c {
            'G' => match n {
                1..=3 => if y > 0 { "AD" } else { "BC" }.into(),
                4 => if y > 0 { "Anno Domini" } else { "Before Christ" }.into(),
                _ => if y > 0 { "A" } else { "B" }.into(),
            },
            'y' | 'Y' => {
                let yy = if c == 'Y' { iso_week(d).0 as i64 } else { y64 };
                if n == 2 { pad(yy.rem_euclid(100), 2) } else { pad(yy, n) }
            }
            'u' | 'r' => pad(y64, n),
            'Q' | 'q' => quarter(m, n),
            'M' | 'L' => month_field(m, n),
            'w' => pad(iso_week(d).1, n),
            'W' => pad(week_of_month(d), n),
            'd' => pad(day as i64, n),
            'D' => pad(day_of_year(d), n),
            'F' => pad((day as i64 - 1) / 7 + 1, n),
            'g' => pad(d.epoch_days() + 2_440_588, n),
            'E' => weekday_field(d, n),
            'e' | 'c' => {
                if n <= 2 {
                    pad(iso_weekday(d), if c == 'c' { 1 } else { n })
                } else {
                    weekday_field(d, n)
                }
            }
            'a' => match (n, h < 12) {
                (5, true) => "a".into(),
                (5, false) => "p".into(),
                (_, true) => "AM".into(),
                (_, false) => "PM".into(),
            },
            'b' => match (secs, n) {
                (0, 4) => "midnight".into(),
                (0, 5) => "md".into(),
                (0, _) => "mid.".into(),
                (43_200, 5) => "n".into(),
                (43_200, _) => "noon".into(),
                (_, 5) => if h < 12 { "a" } else { "p" }.into(),
                _ => if h < 12 { "AM" } else { "PM" }.into(),
            },
            'B' => match h {
                12 if mi == 0 && s == 0 => "noon".into(),
                6..=11 => "in the morning".into(),
                12..=17 => "in the afternoon".into(),
                18..=20 => "in the evening".into(),
                _ => "at night".into(),
            },
            'h' => pad(if h % 12 == 0 { 12 } else { h % 12 }, n),
            'H' => pad(h, n),
            'K' => pad(h % 12, n),
            'k' => pad(if h == 0 { 24 } else { h }, n),
            'm' => pad(mi, n),
            's' => pad(s, n),
            'S' => "0".repeat(n),
            'A' => pad(secs * 1000, n),
            'z' => gmt(off(), n >= 4),
            'Z' => match n {
                1..=3 => iso_offset(off(), 2, false),
                4 => gmt(off(), true),
                _ => iso_offset(off(), 5, true),
            },
            'O' => gmt(off(), n >= 4),
            'v' => gmt(off(), n >= 4),
            'V' => match n {
                1 => "unk".into(),
                2 => zone_id(),
                3 => zone_id().rsplit('/').next().unwrap_or("Unknown City").replace('_', " "),
                _ => gmt(off(), true),
            },
            'X' => iso_offset(off(), n, true),
            'x' => iso_offset(off(), n, false),
            _ => return None,
        };
        out.push_str(&piece);
    }
    Some(out)
}

/// `String(date; pattern {; addTime})`: "" for the null date.
pub fn date_pattern(d: Date, pat: &str, add: Option<i64>) -> String {
    if d.is_null() {
        return String::new();
    }
    pattern(pat, d, add.unwrap_or(0)).unwrap_or_default()
}

/// `String(time; pattern)`: the date fields are today's.
pub fn time_pattern(secs: i64, pat: &str) -> String {
    pattern(pat, now_local().0, secs).unwrap_or_default()
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]
mod tests {
    use super::*;

    fn p(pat: &str, d: Date, secs: i64) -> String {
        pattern(pat, d, secs).unwrap()
    }

    #[test]
    fn constants() {
        let d = Date::from_ymd(2023, 11, 27);
        assert_eq!(date_constant(d, 5, None), "November 27, 2023");
        assert_eq!(date_constant(d, 6, None), "Nov 27, 2023");
        assert_eq!(date_constant(d, 2, None), "Mon, Nov 27, 2023");
        assert_eq!(date_constant(d, 3, None), "Monday, November 27, 2023");
        assert_eq!(date_constant(d, 7, None), "11/27/2023");
        assert_eq!(date_constant(d, 4, None), "11/27/23");
        assert_eq!(date_constant(Date::from_ymd(1896, 12, 29), 4, None), "12/29/1896");
        assert_eq!(date_constant(d, 8, None), "2023-11-27T00:00:00");
        assert_eq!(date_constant(d, 8, Some(66_713)), "2023-11-27T18:31:53");
        assert_eq!(date_constant(Date::NULL, 107, None), "");
        assert_eq!(time_constant(3723, 1), "01:02:03");
        assert_eq!(time_constant(3723, 2), "01:02");
        assert_eq!(time_constant(3723, 3), "1 hour 2 minutes 3 seconds");
        assert_eq!(time_constant(3723, 4), "1 hour 2 minutes");
        assert_eq!(time_constant(3723, 5), "1:02 AM");
        assert_eq!(time_constant(3723, 6), "62:03");
        assert_eq!(time_constant(3723, 7), "62 minutes 3 seconds");
        assert_eq!(time_constant(3723, 8), "0000-00-00T01:02:03");
        assert_eq!(time_constant(63_045, 5), "5:30 PM");
        assert_eq!(time_constant(63_045, 3), "17 hours 30 minutes 45 seconds");
        assert_eq!(time_constant(46_800, 4), "13 hours 0 minute");
        assert_eq!(time_constant(0, 101), "");
    }

    #[test]
    fn patterns() {
        let d = Date::from_ymd(2023, 11, 27);
        assert_eq!(p("EEEE d MMMM y GGGG", d, 0), "Monday 27 November 2023 Anno Domini");
        assert_eq!(p("QQQQ", Date::from_ymd(2000, 6, 15), 0), "2nd quarter");
        assert_eq!(p("D", Date::from_ymd(2001, 3, 17), 0), "76");
        assert_eq!(p("w", Date::from_ymd(1954, 3, 17), 0), "11");
        assert_eq!(p("eeee", Date::from_ymd(1954, 3, 17), 0), "Wednesday");
        assert_eq!(p("a", d, 15 * 3600), "PM");
        assert_eq!(p("K a", d, 18 * 3600), "6 PM");
        assert_eq!(
            p("HH 'hours and' mm 'minutes'", d, 15 * 3600 + 1800),
            "15 hours and 30 minutes"
        );
        assert_eq!(p(" HH : mm : ss ", d, 9 * 3600 + 625), "09 : 10 : 25");
        assert_eq!(p("' 'HH : mm : ss' '", d, 9 * 3600 + 625), " 09 : 10 : 25 ");
        assert_eq!(p("yyyyyy", Date::from_ymd(1996, 1, 1), 0), "001996");
        assert_eq!(p("yy", Date::from_ymd(1996, 1, 1), 0), "96");
        assert_eq!(p("'It is' K a", d, 63_045), "It is 5 PM");
        assert_eq!(p("B", d, 13 * 3600 + 25 * 60 + 34), "in the afternoon");
        assert_eq!(
            p("h:mm a ''x''", d, 0),
            "12:00 AM 'x'".replace('x', &iso_offset(local_offset(d, 0), 1, false))
        );
        assert!(pattern("yyyy-MM-dd J", d, 0).is_none());
    }

    #[test]
    fn zones() {
        assert_eq!(gmt(3600, false), "GMT+1");
        assert_eq!(gmt(3600, true), "GMT+01:00");
        assert_eq!(gmt(-8 * 3600, false), "GMT-8");
        assert_eq!(gmt(19_800, false), "GMT+5:30");
        assert_eq!(gmt(0, true), "GMT");
        assert_eq!(iso_offset(-8 * 3600, 1, true), "-08");
        assert_eq!(iso_offset(19_800, 1, true), "+0530");
        assert_eq!(iso_offset(0, 1, true), "Z");
        assert_eq!(iso_offset(-8 * 3600, 3, true), "-08:00");
        assert_eq!(iso_offset(0, 3, false), "+00:00");
    }
}
