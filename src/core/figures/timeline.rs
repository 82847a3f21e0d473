//! The release timeline as data: a column per month, the year-only rows per year, and notes that
//! account for every row of the selection, dated or not.

use crate::core::chart::timeline::{Column, TimelineChart, YearOnly};
use crate::core::i18n::{fill, format_int, format_year, format_year_month, month_name, Lang, Msg};
use crate::core::timeline::Timeline;

/// Models released per month in `t` (a timeline of the reader's selection), with the running total.
/// `ds` is the dataset `t` was counted from; the chart reads nothing else from it today.
pub fn timeline_chart(t: &Timeline, lang: Lang) -> TimelineChart {
    let columns = t
        .months
        .iter()
        .map(|m| {
            let label = format_year_month(m.year, m.month, lang);
            let total = format_int(m.cumulative as u64);
            let detail = if m.count == 1 {
                fill(Msg::TimelineMonthDetailOne.text(lang), &[("month", &label), ("total", &total)])
            } else {
                fill(Msg::TimelineMonthDetail.text(lang), &[("month", &label), ("n", &format_int(m.count as u64)), ("total", &total)])
            };
            Column {
                key: format!("{:04}-{:02}", m.year, m.month),
                year: m.year,
                month: m.month,
                month_label: month_name(m.month, lang),
                year_label: format_year(m.year, lang),
                label,
                count: m.count,
                cumulative: m.cumulative,
                detail,
            }
        })
        .collect();
    let year_only = t
        .year_only
        .iter()
        .map(|&(year, count)| YearOnly {
            year,
            count,
            label: fill(Msg::TimelineYearOnly.text(lang), &[("year", &year.to_string()), ("n", &format_int(count as u64))]),
        })
        .collect();
    let rows = t.month_dated() + t.year_only_total() + t.undated;
    let empty_message = if rows == 0 { Msg::NoModels } else { Msg::TimelineNoMonths };
    TimelineChart {
        title: Msg::TimelineTitle.text(lang).to_owned(),
        columns,
        year_only,
        column_legend: Msg::TimelineColumnLegend.text(lang).to_owned(),
        line_legend: Msg::TimelineLineLegend.text(lang).to_owned(),
        notes: vec![
            fill(
                Msg::TimelineCoverage.text(lang),
                &[
                    ("month", &format_int(t.month_dated() as u64)),
                    ("year", &format_int(t.year_only_total() as u64)),
                    ("undated", &format_int(t.undated as u64)),
                ],
            ),
            Msg::AtlasSource.text(lang).to_owned(),
        ],
        empty_message: empty_message.text(lang).to_owned(),
    }
}
