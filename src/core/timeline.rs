//! Models released per month, from the `released` dates as sources state them. Rows dated only
//! by year are counted per year beside the months (never placed in January), and undated rows
//! are counted, so no row disappears silently.

use super::dataset::Dataset;

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Timeline {
    /// Every month from the first to the last month-dated release, with its count (0 included).
    pub months: Vec<MonthCount>,
    /// Rows whose date is only a year, per year.
    pub year_only: Vec<(u16, usize)>,
    /// Rows without any date.
    pub undated: usize,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MonthCount {
    pub year: u16,
    pub month: u8,
    pub count: usize,
    /// Month-dated rows up to and including this month.
    pub cumulative: usize,
}

impl Timeline {
    /// Rows with a month-precise date.
    pub fn month_dated(&self) -> usize {
        self.months.last().map_or(0, |m| m.cumulative)
    }

    pub fn year_only_total(&self) -> usize {
        self.year_only.iter().map(|(_, n)| n).sum()
    }
}

pub fn timeline(ds: &Dataset, rows: &[usize]) -> Timeline {
    let mut dated: Vec<(u16, u8)> = Vec::new();
    let mut year_only: Vec<(u16, usize)> = Vec::new();
    let mut undated = 0;
    for &i in rows {
        match ds.models.get(i).and_then(|m| m.released) {
            None => undated += 1,
            Some(d) => match d.year_month() {
                Some(ym) => dated.push(ym),
                None => match year_only.iter_mut().find(|(y, _)| *y == d.year) {
                    Some((_, n)) => *n += 1,
                    None => year_only.push((d.year, 1)),
                },
            },
        }
    }
    year_only.sort_unstable();
    dated.sort_unstable();
    let mut months = Vec::new();
    if let (Some(&first), Some(&last)) = (dated.first(), dated.last()) {
        let (mut y, mut m) = first;
        let mut cumulative = 0;
        let mut next = 0;
        loop {
            let mut count = 0;
            while next < dated.len() && dated[next] == (y, m) {
                count += 1;
                next += 1;
            }
            cumulative += count;
            months.push(MonthCount { year: y, month: m, count, cumulative });
            if (y, m) == last {
                break;
            }
            (y, m) = if m == 12 { (y + 1, 1) } else { (y, m + 1) };
        }
    }
    Timeline { months, year_only, undated }
}
