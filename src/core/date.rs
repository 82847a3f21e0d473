//! Dates as the sources state them: a year, a month or a day. A year-only date stays a year; it is
//! never placed in January, because that would invent a precision no source gave.

use std::fmt;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct PartialDate {
    pub year: u16,
    pub month: Option<u8>,
    pub day: Option<u8>,
}

/// The earliest and latest years a date may carry; anything else is a typo.
pub const MIN_YEAR: u16 = 1990;
pub const MAX_YEAR: u16 = 2100;

impl PartialDate {
    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, checking the month and the day of that month.
    pub fn parse(s: &str) -> Option<PartialDate> {
        let mut parts = s.split('-');
        let year = parse_digits(parts.next()?, 4)? as u16;
        if !(MIN_YEAR..=MAX_YEAR).contains(&year) {
            return None;
        }
        let month = match parts.next() {
            None => return Some(PartialDate { year, month: None, day: None }),
            Some(m) => parse_digits(m, 2)? as u8,
        };
        if !(1..=12).contains(&month) {
            return None;
        }
        let day = match parts.next() {
            None => return Some(PartialDate { year, month: Some(month), day: None }),
            Some(d) => parse_digits(d, 2)? as u8,
        };
        if parts.next().is_some() || day == 0 || day > days_in_month(year, month) {
            return None;
        }
        Some(PartialDate { year, month: Some(month), day: Some(day) })
    }

    /// `(year, month)` when the month is known.
    pub fn year_month(&self) -> Option<(u16, u8)> {
        self.month.map(|m| (self.year, m))
    }
}

impl fmt::Display for PartialDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}", self.year)?;
        if let Some(m) = self.month {
            write!(f, "-{:02}", m)?;
        }
        if let Some(d) = self.day {
            write!(f, "-{:02}", d)?;
        }
        Ok(())
    }
}

fn parse_digits(s: &str, len: usize) -> Option<u32> {
    if s.len() != len || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse().ok()
}

fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        2 if (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(input: &str, expected: Option<&str>) {
        let got = PartialDate::parse(input).map(|d| d.to_string());
        assert_eq!(got.as_deref(), expected, "input {input:?}");
    }

    #[test]
    fn parses_the_three_precisions_and_rejects_everything_else() {
        check("2024", Some("2024"));
        check("2024-03", Some("2024-03"));
        check("2024-02-29", Some("2024-02-29"));
        check("2023-02-29", None);
        check("2100-02-29", None);
        check("2024-13", None);
        check("2024-00", None);
        check("2024-1", None);
        check("24", None);
        check("2024-04-31", None);
        check("2024-03-01-01", None);
        check("", None);
        check("1899", None);
        check("２０２４", None);
        check("2024-03-1x", None);
    }

    #[test]
    fn year_only_dates_have_no_month() {
        assert_eq!(PartialDate::parse("2023").unwrap().year_month(), None);
        assert_eq!(PartialDate::parse("2023-07-01").unwrap().year_month(), Some((2023, 7)));
    }
}
