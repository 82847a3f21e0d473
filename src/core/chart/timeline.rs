//! The release timeline: one column per month on a left scale, the running total as a line on a
//! right scale, and rows dated only by year as a labelled strip under the axis (never as January
//! columns). One layout and one draw function, generic over the plotters backend, as in `bar`.

use super::frame::{Frame, PAD};
use super::paint::{Align, DrawResult, Label, Painter};
use super::text::{text_width, wrap};
use super::theme::Palette;
use crate::core::i18n::format_int;
use plotters::coord::Shift;
use plotters::prelude::*;

pub const LABEL_PX: f64 = 13.0;
/// Axis labels: month and year names, scale values, the year-only strip.
pub const AXIS_PX: f64 = 11.0;
/// Least space between two labels on one row, so neighbours read as separate words.
const LABEL_GAP: f64 = 6.0;
/// Month-label strides tried in turn, widest label set first. Every stride divides 12, so the
/// labelled months are the same in every year (Jan/Apr/Jul/Oct, never drifting).
const MONTH_STRIDES: [usize; 4] = [1, 2, 3, 6];
const LEGEND_SWATCH: f64 = 14.0;

#[derive(Clone, Debug, PartialEq)]
pub struct Column {
    /// "2024-03": for hit testing and tables.
    pub key: String,
    pub year: u16,
    pub month: u8,
    /// The month in full, for tooltips and tables: "Mar 2024", "2024年3月".
    pub label: String,
    /// The month alone, for the axis: "Mar", "3月". Years go on a row of their own.
    pub month_label: String,
    /// "2024", "2024年".
    pub year_label: String,
    pub count: usize,
    /// Month-dated rows up to and including this month.
    pub cumulative: usize,
    /// The full reading for tooltips and screen readers.
    pub detail: String,
}

/// Rows dated only by year: stated per year beside the months, not placed in any month.
#[derive(Clone, Debug, PartialEq)]
pub struct YearOnly {
    pub year: u16,
    pub count: usize,
    /// "2023: 8 dated only by year".
    pub label: String,
}

#[derive(Clone, Debug, PartialEq)]
pub struct TimelineChart {
    pub title: String,
    /// Every month from the first to the last month-dated release, zero months included.
    pub columns: Vec<Column>,
    pub year_only: Vec<YearOnly>,
    /// Legend entries: what the columns count and what the line counts.
    pub column_legend: String,
    pub line_legend: String,
    /// Lines under the chart in downloads: coverage of the dates, and the citation.
    pub notes: Vec<String>,
    /// Shown instead of the plot when there is no month to draw.
    pub empty_message: String,
}

/// Where one month's column landed, in CSS px.
#[derive(Clone, Debug, PartialEq)]
pub struct ColumnBox {
    pub key: String,
    pub x: f64,
    pub y: f64,
    pub w: f64,
    /// 0 for a month without releases: it keeps its slot and its hit area.
    pub h: f64,
    /// The month's whole slot, plot top to axis labels: the hit area for pointer and keyboard,
    /// so thin columns and empty months can still be pointed at.
    pub hit_x: f64,
    pub hit_y: f64,
    pub hit_w: f64,
    pub hit_h: f64,
}

/// A piece of text placed by the layout; `x` is where `align` anchors it, `y` its middle.
#[derive(Clone, Debug, PartialEq)]
pub struct Placed {
    pub text: String,
    pub x: f64,
    pub y: f64,
    pub align: Align,
}

#[derive(Clone, Debug, PartialEq)]
pub struct TimelineLayout {
    pub width: f64,
    pub height: f64,
    /// The plot: columns stand on `plot_y + plot_h`; the largest month and the final total both
    /// reach `plot_y`.
    pub plot_x: f64,
    pub plot_y: f64,
    pub plot_w: f64,
    pub plot_h: f64,
    pub columns: Vec<ColumnBox>,
    /// The cumulative line, one point per month at the column's centre.
    pub line: Vec<(f64, f64)>,
    /// Every how many months a month name is written under the axis; 0 when none fits.
    pub month_stride: usize,
    frame: Frame,
    legend: Vec<(LegendKind, String, f64, f64)>,
    left_ticks: Vec<(String, f64)>,
    right_ticks: Vec<(String, f64)>,
    x_labels: Vec<Placed>,
    year_labels: Vec<Placed>,
    /// x of each year boundary, with the y range of the separator.
    year_marks: Vec<f64>,
    marks_y: (f64, f64),
    empty_y: Option<f64>,
    year_only_lines: Vec<(String, f64, f64)>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum LegendKind {
    Column,
    Line,
}

/// Lays the chart out at `width` CSS px. `framed` adds the title above and the notes below (for
/// downloads); on screen the page shows them as HTML.
pub fn layout(chart: &TimelineChart, width: f64, framed: bool) -> TimelineLayout {
    let width = width.max(160.0);
    let inner = width - 2.0 * PAD;
    let (mut frame, mut y) = Frame::top(&chart.title, width, framed);

    let has_plot = !chart.columns.is_empty();
    let mut legend = Vec::new();
    if has_plot {
        let items = [(LegendKind::Column, &chart.column_legend), (LegendKind::Line, &chart.line_legend)];
        let widths: Vec<f64> = items.iter().map(|(_, s)| LEGEND_SWATCH + 5.0 + text_width(s, AXIS_PX)).collect();
        for ((kind, text), (x, row)) in items.iter().zip(flow(&widths, PAD, inner, 14.0)) {
            legend.push((*kind, (*text).clone(), x, y + row as f64 * AXIS_PX * 1.5 + AXIS_PX * 0.7));
        }
        let rows = legend.iter().map(|l| l.3).fold(y, f64::max);
        y = rows + AXIS_PX * 0.8 + 6.0;
    }

    // Scales. Counts run to the largest month, the line to the final total: both reach the top,
    // each labelled with its own maximum on its own side.
    let max_count = chart.columns.iter().map(|c| c.count).max().unwrap_or(0);
    let total = chart.columns.last().map_or(0, |c| c.cumulative);
    let max_label = format_int(max_count as u64);
    let total_label = format_int(total as u64);
    let plot_x = PAD + text_width(&max_label, AXIS_PX) + 6.0;
    let plot_right = width - PAD - text_width(&total_label, AXIS_PX) - 6.0;
    let plot_w = (plot_right - plot_x).max(20.0);
    // A little above the plot so the top scale labels (centred on plot_y) are not clipped.
    let plot_y = y + AXIS_PX * 0.6;
    let plot_h = if has_plot { (width * 0.42).clamp(130.0, 240.0) } else { 0.0 };
    let base = plot_y + plot_h;

    let n = chart.columns.len();
    let slot = if n > 0 { plot_w / n as f64 } else { 0.0 };
    // Columns fill most of their slot; below 3 px a gap would leave nothing to see.
    let col_w = if slot >= 3.0 { slot * 0.72 } else { slot };
    let month_row = base + 5.0 + AXIS_PX * 0.7;
    let (x_labels, month_stride) = if has_plot { month_labels(chart, plot_x, slot, width, month_row) } else { (Vec::new(), 0) };
    let year_row = if month_stride > 0 { month_row + AXIS_PX * 1.4 } else { month_row };
    let year_labels = if has_plot { year_labels(chart, plot_x, slot, width, year_row) } else { Vec::new() };
    let marks_y = (base, year_row + AXIS_PX * 0.7);
    let year_marks =
        chart.columns.iter().enumerate().filter(|(i, c)| *i > 0 && c.month == 1).map(|(i, _)| plot_x + i as f64 * slot).collect();

    let mut columns = Vec::with_capacity(n);
    let mut line = Vec::with_capacity(n);
    for (i, c) in chart.columns.iter().enumerate() {
        let slot_x = plot_x + i as f64 * slot;
        let h = if max_count > 0 { c.count as f64 / max_count as f64 * plot_h } else { 0.0 };
        columns.push(ColumnBox {
            key: c.key.clone(),
            x: slot_x + (slot - col_w) / 2.0,
            y: base - h,
            w: col_w,
            h,
            hit_x: slot_x,
            hit_y: plot_y,
            hit_w: slot,
            hit_h: marks_y.1 - plot_y,
        });
        if total > 0 {
            line.push((slot_x + slot / 2.0, base - c.cumulative as f64 / total as f64 * plot_h));
        }
    }

    let mut left_ticks = Vec::new();
    let mut right_ticks = Vec::new();
    let mut empty_y = None;
    if has_plot {
        left_ticks = count_ticks(max_count)
            .into_iter()
            .map(|v| (format_int(v as u64), base - v as f64 / max_count.max(1) as f64 * plot_h))
            .collect();
        right_ticks = vec![("0".to_owned(), base), (total_label, plot_y)];
        y = marks_y.1 + 8.0;
    } else {
        empty_y = Some(y + 20.0);
        y += 40.0;
    }

    // Year-only counts: one labelled item per year, flowed into rows under the axis.
    let mut year_only_lines = Vec::new();
    if !chart.year_only.is_empty() {
        let mut pieces: Vec<String> = Vec::new();
        for item in &chart.year_only {
            // An item wider than the chart (long words, huge text) is wrapped on its own.
            pieces.extend(wrap(&item.label, AXIS_PX, inner));
        }
        let widths: Vec<f64> = pieces.iter().map(|s| text_width(s, AXIS_PX)).collect();
        let mut last_row = 0;
        for (text, (x, row)) in pieces.into_iter().zip(flow(&widths, PAD, inner, 18.0)) {
            year_only_lines.push((text, x, y + row as f64 * AXIS_PX * 1.45 + AXIS_PX * 0.7));
            last_row = row;
        }
        y += (last_row + 1) as f64 * AXIS_PX * 1.45 + 4.0;
    }

    let height = frame.bottom(&chart.notes, width, y, framed);

    TimelineLayout {
        width,
        height,
        plot_x,
        plot_y,
        plot_w,
        plot_h,
        columns,
        line,
        month_stride,
        frame,
        legend,
        left_ticks,
        right_ticks,
        x_labels,
        year_labels,
        year_marks,
        marks_y,
        empty_y,
        year_only_lines,
    }
}

/// Left-to-right placement of items of the given widths within `max_w` from `x0`, starting a new
/// row when the next one would not fit: (x, row) per item.
fn flow(widths: &[f64], x0: f64, max_w: f64, gap: f64) -> Vec<(f64, usize)> {
    let mut out = Vec::with_capacity(widths.len());
    let (mut x, mut row) = (x0, 0);
    for &w in widths {
        if x > x0 && x + w > x0 + max_w {
            x = x0;
            row += 1;
        }
        out.push((x, row));
        x += w + gap;
    }
    out
}

/// A centred label's x, moved inward just enough to stay on the canvas.
fn clamp_centre(x: f64, w: f64, width: f64) -> f64 {
    x.max(PAD + w / 2.0).min(width - PAD - w / 2.0)
}

/// Whether centred labels (x, width), in order, leave `LABEL_GAP` between neighbours.
fn no_overlap(labels: &[(f64, f64)]) -> bool {
    labels.windows(2).all(|p| p[0].0 + p[0].1 / 2.0 + LABEL_GAP <= p[1].0 - p[1].1 / 2.0)
}

/// Month names under the axis: every month if they fit, else every 2nd, 3rd or 6th month
/// (months 1, 1+k, ...), else none — the year row still says where each year starts.
fn month_labels(chart: &TimelineChart, plot_x: f64, slot: f64, width: f64, y: f64) -> (Vec<Placed>, usize) {
    for stride in MONTH_STRIDES {
        let chosen: Vec<(&Column, f64, f64)> = chart
            .columns
            .iter()
            .enumerate()
            .filter(|(_, c)| (usize::from(c.month).saturating_sub(1)) % stride == 0)
            .map(|(i, c)| {
                let w = text_width(&c.month_label, AXIS_PX);
                (c, clamp_centre(plot_x + (i as f64 + 0.5) * slot, w, width), w)
            })
            .collect();
        let extents: Vec<(f64, f64)> = chosen.iter().map(|&(_, x, w)| (x, w)).collect();
        if no_overlap(&extents) {
            let placed = chosen.into_iter().map(|(c, x, _)| Placed { text: c.month_label.clone(), x, y, align: Align::Center }).collect();
            return (placed, stride);
        }
    }
    (Vec::new(), 0)
}

/// Year names, each centred under its months. Where two names would touch, the year with fewer
/// months goes unnamed (its boundary mark still shows) rather than overprinted: a range that
/// starts in December names the next full year, not the one month.
fn year_labels(chart: &TimelineChart, plot_x: f64, slot: f64, width: f64, y: f64) -> Vec<Placed> {
    let mut spans: Vec<(&str, usize, usize)> = Vec::new();
    for (i, c) in chart.columns.iter().enumerate() {
        match spans.last_mut() {
            Some((label, _, end)) if *label == c.year_label => *end = i,
            _ => spans.push((&c.year_label, i, i)),
        }
    }
    // (left, right, label) of the names placed so far.
    let mut placed: Vec<(f64, f64, Placed)> = Vec::new();
    let mut by_length: Vec<&(&str, usize, usize)> = spans.iter().collect();
    by_length.sort_by_key(|(_, first, last)| std::cmp::Reverse(last - first));
    for (label, first, last) in by_length {
        let w = text_width(label, AXIS_PX);
        let centre = plot_x + (first + last + 1) as f64 / 2.0 * slot;
        let x = clamp_centre(centre, w, width);
        let (left, right) = (x - w / 2.0, x + w / 2.0);
        if placed.iter().all(|(l, r, _)| right + LABEL_GAP <= *l || left >= *r + LABEL_GAP) {
            placed.push((left, right, Placed { text: (*label).to_owned(), x, y, align: Align::Center }));
        }
    }
    placed.sort_by(|a, b| a.0.total_cmp(&b.0));
    placed.into_iter().map(|(_, _, p)| p).collect()
}

/// Scale values for counts up to `max`: 0, a round step (1, 2, 5, 10...) giving at most four
/// intervals, and `max` itself at the top; a step value too close under `max` is dropped.
fn count_ticks(max: usize) -> Vec<usize> {
    if max == 0 {
        return vec![0];
    }
    let mut step = 1;
    'outer: for mag in [1, 10, 100, 1000, 10_000, 100_000] {
        for m in [1, 2, 5] {
            if max <= 4 * m * mag {
                step = m * mag;
                break 'outer;
            }
        }
        step = 10 * mag;
    }
    let mut ticks: Vec<usize> = (0..).map(|k| k * step).take_while(|&v| v < max).collect();
    // Closer than half a step to the top label, a step label would crowd it.
    if ticks.len() > 1 && (max - ticks[ticks.len() - 1]) * 2 < step {
        ticks.pop();
    }
    ticks.push(max);
    ticks
}

/// Draws the chart as laid out. The backend's area must be at least `layout.width` × `layout.height`.
pub fn draw<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    chart: &TimelineChart,
    layout: &TimelineLayout,
    palette: &Palette,
    text_scale: f64,
) -> DrawResult<DB> {
    let p = Painter { area, text_scale };
    p.fill(palette.background)?;
    layout.frame.draw_title(&p, palette)?;
    for (kind, text, x, y) in &layout.legend {
        // Swatches are strokes, not rectangles, so every filled rectangle in the image is a month.
        match kind {
            LegendKind::Column => p.line(&[(*x, *y), (x + LEGEND_SWATCH, *y)], palette.bar, 8)?,
            LegendKind::Line => {
                p.line(&[(*x, *y), (x + LEGEND_SWATCH, *y)], palette.highlight, 2)?;
                p.circle(x + LEGEND_SWATCH / 2.0, *y, 2.5, palette.highlight)?;
            }
        }
        p.text(text, x + LEGEND_SWATCH + 5.0, *y, Label::new(AXIS_PX, palette.text))?;
    }
    if let Some(y) = layout.empty_y {
        p.text(&chart.empty_message, layout.width / 2.0, y, Label::new(LABEL_PX, palette.muted).align(Align::Center))?;
    }
    if !layout.columns.is_empty() {
        let base = layout.plot_y + layout.plot_h;
        let right = layout.plot_x + layout.plot_w;
        for (label, y) in &layout.left_ticks {
            if *y < base - 0.5 {
                p.line(&[(layout.plot_x, *y), (right, *y)], palette.rule, 1)?;
            }
            p.text(label, layout.plot_x - 5.0, *y, Label::new(AXIS_PX, palette.muted).align(Align::Right))?;
        }
        for (label, y) in &layout.right_ticks {
            p.text(label, right + 5.0, *y, Label::new(AXIS_PX, palette.text))?;
        }
        for col in &layout.columns {
            if col.h > 0.0 {
                // At least a pixel high, so a month with one release among hundreds still shows.
                let h = col.h.max(1.0);
                p.rect(col.x, base - h, col.w.max(1.0), h, palette.bar)?;
            }
        }
        p.line(&[(layout.plot_x, base), (right, base)], palette.muted, 1)?;
        for x in &layout.year_marks {
            p.line(&[(*x, layout.marks_y.0), (*x, layout.marks_y.1)], palette.rule, 1)?;
        }
        if layout.line.len() > 1 {
            p.line(&layout.line, palette.highlight, 2)?;
        }
        if let Some(&(x, y)) = layout.line.last() {
            p.circle(x, y, 3.0, palette.highlight)?;
        }
        for l in &layout.x_labels {
            p.text(&l.text, l.x, l.y, Label::new(AXIS_PX, palette.muted).align(l.align))?;
        }
        for l in &layout.year_labels {
            p.text(&l.text, l.x, l.y, Label::new(AXIS_PX, palette.text).align(l.align))?;
        }
    }
    for (text, x, y) in &layout.year_only_lines {
        p.text(text, *x, *y, Label::new(AXIS_PX, palette.text))?;
    }
    layout.frame.draw_notes(&p, palette)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::count_ticks;

    #[test]
    fn count_ticks_are_round_and_end_at_the_maximum() {
        assert_eq!(count_ticks(0), vec![0]);
        assert_eq!(count_ticks(1), vec![0, 1]);
        assert_eq!(count_ticks(4), vec![0, 1, 2, 3, 4]);
        assert_eq!(count_ticks(9), vec![0, 5, 9]);
        assert_eq!(count_ticks(10), vec![0, 5, 10]);
        assert_eq!(count_ticks(11), vec![0, 5, 11]);
        assert_eq!(count_ticks(21), vec![0, 10, 21]);
        assert_eq!(count_ticks(57), vec![0, 20, 40, 57]);
        assert_eq!(count_ticks(13), vec![0, 5, 10, 13]);
    }
}
