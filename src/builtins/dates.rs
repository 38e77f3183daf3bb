//! Date and time commands (theme Date and Time): Current date, Current
//! time, Date, Time, Add to date, Year of, Month of, Day of, Day number,
//! Time string, Timestamp, Milliseconds, Tickcount, SET DEFAULT CENTURY; and
//! the clock, time-zone and two-digit-year rules `String` formats share.

use std::sync::LazyLock;
use std::sync::atomic::{AtomicI32, Ordering};
use std::time::Instant;

use chrono::{Datelike, Local, LocalResult, NaiveDate, Offset, TimeZone, Timelike, Utc};

use super::{Builtin, b, int, present, val};
use crate::runtime::date::{Date, days_in_month, time_text};
use crate::runtime::error::{RtResult, code, err};
use crate::runtime::interp::Interp;
use crate::runtime::ops::{to_long, type_name_of};
use crate::runtime::value::Value;
use crate::sema::ir::Arg;
use crate::source::Span;

pub static BUILTINS: &[Builtin] = &[
    b("Current date", 0, 1, current_date),
    b("Current time", 0, 1, current_time),
    b("Date", 1, 1, date_),
    b("Time", 1, 1, time_),
    b("Add to date", 4, 4, add_to_date),
    b("Year of", 1, 1, year_of),
    b("Month of", 1, 1, month_of),
    b("Day of", 1, 1, day_of),
    b("Day number", 1, 1, day_number),
    b("Time string", 1, 1, time_string),
    b("Timestamp", 0, 0, timestamp),
    b("Milliseconds", 0, 0, milliseconds),
    b("Tickcount", 0, 0, tickcount),
    b("SET DEFAULT CENTURY", 1, 2, set_default_century),
];

// ----- clock and time zone ----------------------------------------------

/// The local date and time of day (seconds) now.
pub fn now_local() -> (Date, i64) {
    let now = Local::now();
    let d = Date::from_ymd(now.year(), now.month(), now.day());
    (d, now.num_seconds_from_midnight() as i64)
}

/// Seconds east of UTC of the local zone at a local date and time.
pub fn local_offset(d: Date, secs: i64) -> i64 {
    let (y, m, dd) = if d.is_null() { (1970, 1, 1) } else { d.ymd() };
    let Some(nd) = NaiveDate::from_ymd_opt(y, m, dd) else {
        return 0;
    };
    let Some(midnight) = nd.and_hms_opt(0, 0, 0) else {
        return 0;
    };
    let ndt = midnight + chrono::TimeDelta::seconds(secs);
    match Local.from_local_datetime(&ndt) {
        LocalResult::Single(t) | LocalResult::Ambiguous(t, _) => t.offset().fix().local_minus_utc() as i64,
        // In a gap (spring forward): the offset after it.
        LocalResult::None => Local.from_utc_datetime(&ndt).offset().fix().local_minus_utc() as i64,
    }
}

/// A local date and time as UTC (date, seconds of day).
pub fn to_utc(d: Date, secs: i64) -> (Date, i64) {
    let total = secs - local_offset(d, secs);
    let days = total.div_euclid(86_400);
    (d.add_days(days), total.rem_euclid(86_400))
}

/// The IANA name of the local zone, when the system tells it.
pub fn zone_id() -> String {
    if let Ok(tz) = std::env::var("TZ")
        && !tz.is_empty()
    {
        return tz.trim_start_matches(':').to_string();
    }
    if let Ok(p) = std::fs::read_link("/etc/localtime") {
        let s = p.to_string_lossy();
        if let Some((_, id)) = s.split_once("zoneinfo/") {
            return id.to_string();
        }
    }
    "Etc/Unknown".into()
}

/// Milliseconds since the machine started (Linux uptime; elsewhere since
/// fourd started), read once and then followed with a monotonic clock.
fn uptime_ms() -> i64 {
    static BOOT: LazyLock<(Instant, i64)> = LazyLock::new(|| {
        let up = std::fs::read_to_string("/proc/uptime")
            .ok()
            .and_then(|s| s.split_whitespace().next().and_then(|f| f.parse::<f64>().ok()))
            .unwrap_or(0.0);
        (Instant::now(), (up * 1000.0) as i64)
    });
    let (t0, up) = *BOOT;
    up + t0.elapsed().as_millis() as i64
}

// ----- two-digit years ----------------------------------------------------

/// `SET DEFAULT CENTURY`: century (minus one) and pivot year; 19 and 30 by default.
static CENTURY: AtomicI32 = AtomicI32::new(19);
static PIVOT: AtomicI32 = AtomicI32::new(30);

/// The year a two-digit year means: the default century when it is at or
/// past the pivot, the next century below it.
pub fn full_year(yy: i32) -> i32 {
    let c = CENTURY.load(Ordering::Relaxed);
    let pivot = PIVOT.load(Ordering::Relaxed);
    if yy >= pivot { c * 100 + yy } else { (c + 1) * 100 + yy }
}

/// The first year shown with two digits by `Internal date short special`
/// (1930 by default: years 1930–2029 have two digits).
pub fn two_digit_window_start() -> i32 {
    CENTURY.load(Ordering::Relaxed) * 100 + PIVOT.load(Ordering::Relaxed)
}

/// `SET DEFAULT CENTURY(century {; pivotYear})`: with the century alone,
/// every two-digit year belongs to it (pivot 0).
fn set_default_century(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    let c = int(p, args, 0, span)?;
    let pivot = if present(args, 1) { int(p, args, 1, span)? } else { 0 };
    CENTURY.store(c.clamp(0, 99) as i32, Ordering::Relaxed);
    PIVOT.store(pivot.clamp(0, 99) as i32, Ordering::Relaxed);
    Ok(Value::Undefined)
}

// ----- parsing --------------------------------------------------------------

/// Runs of ASCII digits in `s`: (value, number of digits), at most `max`.
fn numbers(s: &str, max: usize) -> Vec<(i64, usize)> {
    let mut out = Vec::new();
    let mut cur: Option<(i64, usize)> = None;
    for c in s.chars() {
        if let Some(d) = c.to_digit(10) {
            let (v, n) = cur.unwrap_or((0, 0));
            cur = Some((v.saturating_mul(10).saturating_add(d as i64), n + 1));
        } else if let Some(x) = cur.take() {
            out.push(x);
            if out.len() == max {
                return out;
            }
        }
    }
    if let Some(x) = cur
        && out.len() < max
    {
        out.push(x);
    }
    out
}

/// `Date(text)`: an ISO date ("YYYY-MM-DD", optionally followed by "T" and a
/// time, which is ignored), else the US system short format: the first three
/// numbers of the text are month, day and year (any other characters
/// separate them, "It was the 6/30, we were in 2016" is 06/30/2016);
/// two-digit years follow `SET DEFAULT CENTURY`. Anything invalid gives the
/// null date.
pub fn parse_date(s: &str) -> Date {
    let t = s.trim();
    if let Some(d) = iso_date(t) {
        return d;
    }
    let nums = numbers(t, 3);
    let [(m, _), (d, _), (y, yd)] = nums.as_slice() else {
        return Date::NULL;
    };
    if *m == 0 && *d == 0 && *y == 0 {
        return Date::NULL;
    }
    let y = if *yd <= 2 { full_year(*y as i32) as i64 } else { *y };
    valid_date(y, *m, *d)
}

fn valid_date(y: i64, m: i64, d: i64) -> Date {
    if !(1..=12).contains(&m) || d < 1 || !(1..=9999).contains(&y) || d > days_in_month(y, m as u32) as i64 {
        return Date::NULL;
    }
    Date::from_ymd(y as i32, m as u32, d as u32)
}

/// "YYYY-MM-DD" at the start of the text, followed by nothing, "T" or a space.
fn iso_date(t: &str) -> Option<Date> {
    let b = t.as_bytes();
    let digits = |r: std::ops::Range<usize>| b.get(r).is_some_and(|s| s.iter().all(u8::is_ascii_digit));
    if !(digits(0..4) && b.get(4) == Some(&b'-') && digits(5..7) && b.get(7) == Some(&b'-') && digits(8..10)) {
        return None;
    }
    if !matches!(b.get(10), None | Some(b'T' | b't' | b' ')) {
        return None;
    }
    let n = |r: std::ops::Range<usize>| t.get(r).and_then(|s| s.parse::<i64>().ok()).unwrap_or(0);
    let (y, m, d) = (n(0..4), n(5..7), n(8..10));
    if y == 0 && m == 0 && d == 0 {
        return Some(Date::NULL);
    }
    Some(valid_date(y, m, d))
}

/// `Time(text)`: "HH:MM:SS" (or "HH:MM", with an optional AM/PM, or the ISO
/// time "0000-00-00T01:02:03"); hours may exceed 23; a leading "-" makes
/// it negative. No number gives 00:00:00.
pub fn parse_time(s: &str) -> i64 {
    let mut t = s.trim();
    if let Some((date, time)) = t.split_once('T')
        && date.bytes().all(|c| c.is_ascii_digit() || c == b'-')
    {
        t = time;
    }
    let negative = t.starts_with('-');
    let nums = numbers(t, 3);
    let get = |i: usize| nums.get(i).map_or(0, |&(v, _)| v);
    let mut h = get(0);
    let lower = t.to_ascii_lowercase();
    let pm = lower.contains("pm") || lower.contains("p.m.");
    let am = lower.contains("am") || lower.contains("a.m.");
    if pm && h < 12 {
        h += 12;
    } else if am && h == 12 {
        h = 0;
    }
    let secs = h * 3600 + get(1) * 60 + get(2);
    if negative { -secs } else { secs }
}

// ----- argument helpers -------------------------------------------------

fn date_arg(p: &mut Interp, args: &[Arg], i: usize, span: Span) -> RtResult<Date> {
    match val(p, args, i)? {
        Value::Date(d) => Ok(d),
        Value::Undefined | Value::Null => Ok(Date::NULL),
        other => err(
            code::BAD_ARGUMENT,
            format!("argument {} must be a date, not {}", i + 1, type_name_of(&other)),
            span,
        ),
    }
}

/// A number of seconds: a time, or a number (Real → Longint rounding).
fn seconds_arg(p: &mut Interp, args: &[Arg], i: usize, span: Span) -> RtResult<i64> {
    match val(p, args, i)? {
        Value::Time(t) => Ok(t),
        Value::Int(n) => Ok(n as i64),
        Value::Real(r) => Ok(to_long(r) as i64),
        Value::Undefined | Value::Null => Ok(0),
        other => err(
            code::BAD_ARGUMENT,
            format!(
                "argument {} must be a time or a number, not {}",
                i + 1,
                type_name_of(&other)
            ),
            span,
        ),
    }
}

// ----- commands ---------------------------------------------------------

/// `Current date {(*)}`: the local date (`*`, the server's date, is the same here).
fn current_date(_: &mut Interp, _: &[Arg], _: Span) -> RtResult<Value> {
    Ok(Value::Date(now_local().0))
}

/// `Current time {(*)}`: the local time, 00:00:00 to 23:59:59.
fn current_time(_: &mut Interp, _: &[Arg], _: Span) -> RtResult<Value> {
    Ok(Value::Time(now_local().1))
}

/// `Date(expression)`: a text is read by [`parse_date`]; a date is returned as is.
fn date_(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    Ok(Value::Date(match val(p, args, 0)? {
        Value::Text(t) => parse_date(t.as_str()),
        Value::Date(d) => d,
        Value::Undefined | Value::Null => Date::NULL,
        other => {
            return err(
                code::BAD_ARGUMENT,
                format!("Date: a {} cannot be converted to a date", type_name_of(&other)),
                span,
            );
        }
    }))
}

/// `Time(timeValue)`: a text read by [`parse_time`], or a number of seconds.
fn time_(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    Ok(Value::Time(match val(p, args, 0)? {
        Value::Text(t) => parse_time(t.as_str()),
        Value::Time(t) => t,
        Value::Int(n) => n as i64,
        Value::Real(r) => to_long(r) as i64,
        Value::Undefined | Value::Null => 0,
        other => {
            return err(
                code::BAD_ARGUMENT,
                format!("Time: a {} cannot be converted to a time", type_name_of(&other)),
                span,
            );
        }
    }))
}

/// `Add to date(date; years; months; days)`: years and months first (the
/// day kept, or the month's last day: 01/31/2000 + 1 month is 02/29/2000),
/// then days. The null date stays null.
fn add_to_date(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    let d = date_arg(p, args, 0, span)?;
    let y = int(p, args, 1, span)?;
    let m = int(p, args, 2, span)?;
    let days = int(p, args, 3, span)?;
    Ok(Value::Date(d.add(y, m, days)))
}

fn year_of(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    Ok(Value::Real(date_arg(p, args, 0, span)?.ymd().0 as f64))
}

fn month_of(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    Ok(Value::Real(date_arg(p, args, 0, span)?.ymd().1 as f64))
}

fn day_of(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    Ok(Value::Real(date_arg(p, args, 0, span)?.ymd().2 as f64))
}

/// `Day number(date)`: 1 (Sunday) to 7 (Saturday); 2 for the null date.
fn day_number(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    let d = date_arg(p, args, 0, span)?;
    Ok(Value::Real(if d.is_null() { 2.0 } else { d.weekday() as f64 }))
}

/// `Time string(seconds)`: "HH:MM:SS", hours going past 24.
fn time_string(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    Ok(Value::text(time_text(seconds_arg(p, args, 0, span)?)))
}

/// `Timestamp`: the current UTC time, "yyyy-MM-ddTHH:mm:ss.SSSZ".
fn timestamp(_: &mut Interp, _: &[Arg], _: Span) -> RtResult<Value> {
    Ok(Value::text(Utc::now().format("%Y-%m-%dT%H:%M:%S%.3fZ").to_string()))
}

/// `Milliseconds`: since the machine started, a Longint that wraps to
/// negative after about 24 days.
fn milliseconds(_: &mut Interp, _: &[Arg], _: Span) -> RtResult<Value> {
    Ok(Value::Real(uptime_ms() as u32 as i32 as f64))
}

/// `Tickcount`: ticks (1/60 s) since the machine started.
fn tickcount(_: &mut Interp, _: &[Arg], _: Span) -> RtResult<Value> {
    Ok(Value::Real((uptime_ms() * 60 / 1000) as u32 as i32 as f64))
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]
mod tests {
    use super::*;

    #[test]
    fn dates_from_text() {
        assert_eq!(parse_date("12/25/94"), Date::from_ymd(1994, 12, 25));
        assert_eq!(parse_date("40/40/94"), Date::NULL);
        assert_eq!(parse_date("aa/12/94"), Date::NULL);
        assert_eq!(
            parse_date("It was the 6/30, we were in 2016"),
            Date::from_ymd(2016, 6, 30)
        );
        assert_eq!(parse_date("2020-11-17T00:00:00.0000"), Date::from_ymd(2020, 11, 17));
        assert_eq!(parse_date("2013-06-05T20:00:00"), Date::from_ymd(2013, 6, 5));
        assert_eq!(parse_date("01/25/29"), Date::from_ymd(2029, 1, 25));
        assert_eq!(parse_date("01/25/30"), Date::from_ymd(1930, 1, 25));
    }

    #[test]
    fn times_from_text() {
        assert_eq!(parse_time("13:00:00"), 46800);
        assert_eq!(parse_time("1:02 PM"), 13 * 3600 + 120);
        assert_eq!(parse_time("12:30 AM"), 1800);
        assert_eq!(parse_time("0000-00-00T01:02:03"), 3723);
        assert_eq!(parse_time("abc"), 0);
    }
}
