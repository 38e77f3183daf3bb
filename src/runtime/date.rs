//! Dates (a day number; 0 is the null date `!00-00-00!`) and times (seconds),
//! their calendar arithmetic and their default text forms.

/// Day number of 0001-01-01 is 1; the null date is 0.
const EPOCH_SHIFT: i64 = 719_163;

/// Days since 1970-01-01 of a civil date (proleptic Gregorian).
pub fn days_from_civil(y: i64, m: u32, d: u32) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = if y >= 0 { y } else { y - 399 } / 400;
    let yoe = y - era * 400;
    let m = m as i64;
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + d as i64 - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// Civil date of days since 1970-01-01.
pub fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = if z >= 0 { z } else { z - 146_096 } / 146_097;
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    (if m <= 2 { y + 1 } else { y }, m, d)
}

/// A 4D date value: a day number, 0 for the null date.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Date(pub i32);

impl Date {
    pub const NULL: Date = Date(0);

    pub fn from_ymd(y: i32, m: u32, d: u32) -> Date {
        if y == 0 && m == 0 && d == 0 {
            return Date::NULL;
        }
        // Out-of-range months and days roll over (`Add to date` rule).
        let (y, m) = normalize_month(y as i64, m as i64);
        let days = days_from_civil(y, m, 1) + d as i64 - 1;
        Date::from_epoch_days(days)
    }

    pub fn from_epoch_days(days: i64) -> Date {
        let n = days + EPOCH_SHIFT;
        Date(n.clamp(1, i32::MAX as i64) as i32)
    }

    pub fn is_null(self) -> bool {
        self.0 == 0
    }

    pub fn epoch_days(self) -> i64 {
        self.0 as i64 - EPOCH_SHIFT
    }

    /// (year, month, day); (0, 0, 0) for the null date.
    pub fn ymd(self) -> (i32, u32, u32) {
        if self.is_null() {
            return (0, 0, 0);
        }
        let (y, m, d) = civil_from_days(self.epoch_days());
        (y as i32, m, d)
    }

    pub fn add_days(self, n: i64) -> Date {
        if self.is_null() {
            // 4D treats the null date as day 0 of year 0 in arithmetic; keep it simple.
            return Date::from_epoch_days(n - EPOCH_SHIFT);
        }
        Date::from_epoch_days(self.epoch_days() + n)
    }

    /// `Add to date`: years and months first (day clamped to the month's
    /// end), then days.
    pub fn add(self, years: i64, months: i64, days: i64) -> Date {
        if self.is_null() {
            return self;
        }
        let (y, m, d) = civil_from_days(self.epoch_days());
        let (ny, nm) = normalize_month(y + years, m as i64 + months);
        let dim = days_in_month(ny, nm);
        let nd = d.min(dim);
        Date::from_epoch_days(days_from_civil(ny, nm, nd) + days)
    }

    /// Day of the week, 1 = Sunday … 7 = Saturday (`Day number`).
    pub fn weekday(self) -> u32 {
        // 1970-01-01 was a Thursday (5).
        (((self.epoch_days() % 7) + 7 + 4) % 7) as u32 + 1
    }

    /// ISO `yyyy-mm-dd` (with zeros for the null date).
    pub fn iso(self) -> String {
        let (y, m, d) = self.ymd();
        format!("{y:04}-{m:02}-{d:02}")
    }

    /// The default `String(date)` form: the US system short format
    /// `MM/DD/YYYY`; the null date shows `00/00/00` (string.md).
    pub fn default_text(self) -> String {
        if self.is_null() {
            return "00/00/00".into();
        }
        let (y, m, d) = self.ymd();
        format!("{m:02}/{d:02}/{y:04}")
    }
}

fn normalize_month(y: i64, m: i64) -> (i64, u32) {
    let total = y * 12 + (m - 1);
    (total.div_euclid(12), (total.rem_euclid(12) + 1) as u32)
}

pub fn is_leap(y: i64) -> bool {
    (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
}

pub fn days_in_month(y: i64, m: u32) -> u32 {
    match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        _ if is_leap(y) => 29,
        _ => 28,
    }
}

/// `hh:mm:ss` for a time in seconds (hours may exceed 24; negative allowed).
pub fn time_text(secs: i64) -> String {
    let sign = if secs < 0 { "-" } else { "" };
    let s = secs.unsigned_abs();
    format!("{sign}{:02}:{:02}:{:02}", s / 3600, (s / 60) % 60, s % 60)
}

/// Parses a date from text as `Date("…")` does: ISO `yyyy-mm-dd` (with an
/// optional time part) or the US system short format `mm/dd/yyyy`.
pub fn parse_date(text: &str) -> Option<Date> {
    let t = text.trim();
    if t.is_empty() {
        return None;
    }
    let head: String = t.chars().take_while(|c| !c.is_whitespace() && *c != 'T').collect();
    let parts: Vec<&str> = head.split(['-', '/', '.']).collect();
    if parts.len() != 3 {
        return None;
    }
    let nums: Vec<i64> = parts.iter().map(|p| p.parse::<i64>().ok()).collect::<Option<_>>()?;
    let (a, b, c) = (*nums.first()?, *nums.get(1)?, *nums.get(2)?);
    let (y, m, d) = if parts.first().is_some_and(|p| p.len() == 4) {
        (a, b, c)
    } else {
        let y = if parts.get(2).is_some_and(|p| p.len() <= 2) {
            if c < 30 { 2000 + c } else { 1900 + c }
        } else {
            c
        };
        (y, a, b)
    };
    if a == 0 && b == 0 && c == 0 {
        return Some(Date::NULL);
    }
    if !(1..=12).contains(&m) || d < 1 || d > days_in_month(y, m as u32) as i64 {
        return None;
    }
    Some(Date::from_ymd(y as i32, m as u32, d as u32))
}

/// Parses `hh:mm:ss` (or `hh:mm`) into seconds, as `Time("…")` does.
pub fn parse_time(text: &str) -> Option<i64> {
    let t = text.trim();
    let t = t.split_once('T').map(|(_, b)| b).unwrap_or(t);
    let t = t.trim_end_matches('Z');
    let mut parts = t.split(':');
    let h: i64 = parts.next()?.trim().parse().ok()?;
    let m: i64 = parts.next().map(|p| p.trim().parse().ok()).unwrap_or(Some(0))?;
    let s: f64 = parts.next().map(|p| p.trim().parse().ok()).unwrap_or(Some(0.0))?;
    Some(h * 3600 + m * 60 + s as i64)
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_and_arithmetic() {
        let d = Date::from_ymd(2017, 1, 20);
        assert_eq!(d.ymd(), (2017, 1, 20));
        assert_eq!(d.0 - Date::from_ymd(2017, 1, 1).0, 19);
        assert_eq!(d.add_days(9).ymd(), (2017, 1, 29));
        assert_eq!(Date::from_ymd(2024, 1, 31).add(0, 1, 0).ymd(), (2024, 2, 29));
        assert_eq!(Date::from_ymd(1, 1, 1).0, 1);
        assert_eq!(Date::from_ymd(2024, 11, 24).weekday(), 1);
    }

    #[test]
    fn texts() {
        assert_eq!(time_text(7449), "02:04:09");
        assert_eq!(Date::from_ymd(2023, 11, 27).default_text(), "11/27/2023");
        assert_eq!(parse_date("2024-01-31"), Some(Date::from_ymd(2024, 1, 31)));
        assert_eq!(parse_date("12/25/2023"), Some(Date::from_ymd(2023, 12, 25)));
        assert_eq!(parse_time("12:30:15"), Some(45015));
    }
}
