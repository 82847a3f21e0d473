//! Horizontal bar charts: one layout function and one draw function, generic over the plotters
//! backend, used for the canvas on screen, the SVG download and the native tests alike.

use super::frame::{Frame, PAD, TITLE_PX};
use super::paint::{Align, DrawResult, Label, Painter};
use super::text::text_width;
use super::theme::Palette;
use plotters::coord::Shift;
use plotters::prelude::*;

pub const LABEL_PX: f64 = 13.0;
/// Beyond this share of the width, labels go on their own line above each bar (narrow screens,
/// long Chinese names) instead of being cut.
const MAX_LABEL_SHARE: f64 = 0.42;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BarStyle {
    Normal,
    /// Filtered to, or the survey's own category.
    Highlight,
    /// Several categories counted together: drawn hatched, so it does not pass for one category.
    Aggregate,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Bar {
    /// Id of what the bar counts (a category id, a kind id...), for hit testing and filtering.
    pub key: String,
    pub label: String,
    pub value: f64,
    pub value_label: String,
    pub style: BarStyle,
    /// A short marker after the value, pointing to a note (e.g. "①" for a quotation).
    pub marker: Option<String>,
    /// The full reading for tooltips and screen readers: "Pathology: 10 models (5.2% of 193)".
    pub detail: String,
    /// The reader has filtered to it (its hit area is pressed, its value bold).
    pub chosen: bool,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct BarChart {
    pub title: String,
    pub bars: Vec<Bar>,
    /// Lines under the chart in downloads: what it shows and what it cannot, and the citation.
    pub notes: Vec<String>,
    /// Shown instead of bars when there are none.
    pub empty_message: String,
}

/// Where one bar and its row landed, in CSS px.
#[derive(Clone, Debug, PartialEq)]
pub struct BarBox {
    pub key: String,
    pub x: f64,
    pub y: f64,
    pub w: f64,
    pub h: f64,
    /// The whole row (label and bar): the hit area for pointer and keyboard.
    pub row_y: f64,
    pub row_h: f64,
}

#[derive(Clone, Debug, PartialEq)]
pub struct BarLayout {
    pub width: f64,
    pub height: f64,
    /// Labels above bars rather than beside them.
    pub stacked: bool,
    pub plot_x: f64,
    pub bars: Vec<BarBox>,
    frame: Frame,
}

/// Lays the chart out at `width` CSS px. `framed` adds the title above and the notes below (for
/// downloads); on screen the page shows them as HTML.
pub fn layout(chart: &BarChart, width: f64, framed: bool) -> BarLayout {
    let width = width.max(120.0);
    let (mut frame, mut y) = Frame::top(&chart.title, width, framed);
    let label_w = chart.bars.iter().map(|b| text_width(&b.label, LABEL_PX)).fold(0.0, f64::max) + 10.0;
    let value_w = chart
        .bars
        .iter()
        .map(|b| text_width(&b.value_label, LABEL_PX) + b.marker.as_deref().map_or(0.0, |m| text_width(m, LABEL_PX) + 4.0))
        .fold(0.0, f64::max)
        + 10.0;
    let stacked = label_w > width * MAX_LABEL_SHARE;
    let plot_x = if stacked { PAD } else { PAD + label_w };
    let plot_w = (width - PAD - plot_x - value_w).max(20.0);
    let max_value = chart.bars.iter().map(|b| b.value).fold(0.0, f64::max);
    let (label_h, bar_h, gap) = if stacked { (LABEL_PX * 1.35, 16.0, 9.0) } else { (0.0, 18.0, 8.0) };
    let mut bars = Vec::with_capacity(chart.bars.len());
    for b in &chart.bars {
        let row_y = y;
        let bar_y = y + label_h;
        let w = if max_value > 0.0 { (b.value.max(0.0) / max_value) * plot_w } else { 0.0 };
        bars.push(BarBox { key: b.key.clone(), x: plot_x, y: bar_y, w, h: bar_h, row_y, row_h: label_h + bar_h + gap });
        y += label_h + bar_h + gap;
    }
    if chart.bars.is_empty() {
        y += 40.0;
    }
    let height = frame.bottom(&chart.notes, width, y, framed);
    BarLayout { width, height, stacked, plot_x, bars, frame }
}

/// Draws the chart as laid out. The backend's area must be at least `layout.width` × `layout.height`.
pub fn draw<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    chart: &BarChart,
    layout: &BarLayout,
    palette: &Palette,
    text_scale: f64,
) -> DrawResult<DB> {
    let p = Painter { area, text_scale };
    p.fill(palette.background)?;
    layout.frame.draw_title(&p, palette)?;
    if chart.bars.is_empty() {
        let y = layout.frame.title_bottom().map_or(PAD, |b| b + TITLE_PX) + 20.0;
        p.text(&chart.empty_message, layout.width / 2.0, y, Label::new(LABEL_PX, palette.muted).align(Align::Center))?;
    }
    for (bar, geom) in chart.bars.iter().zip(&layout.bars) {
        if layout.stacked {
            p.text(&bar.label, geom.x, geom.row_y + LABEL_PX * 0.6, Label::new(LABEL_PX, palette.text))?;
        } else {
            p.text(&bar.label, geom.x - 8.0, geom.y + geom.h / 2.0, Label::new(LABEL_PX, palette.text).align(Align::Right))?;
        }
        let color = if bar.style == BarStyle::Highlight { palette.highlight } else { palette.bar };
        if bar.style == BarStyle::Aggregate {
            draw_hatched(&p, geom, color)?;
        } else if geom.w > 0.0 {
            p.rect(geom.x, geom.y, geom.w.max(1.0), geom.h, color)?;
        }
        let value_x = geom.x + geom.w + 6.0;
        p.text(
            &bar.value_label,
            value_x,
            geom.y + geom.h / 2.0,
            Label::new(LABEL_PX, palette.text).bold_if(bar.chosen || bar.style == BarStyle::Highlight),
        )?;
        if let Some(m) = &bar.marker {
            let mx = value_x + super::text::text_width(&bar.value_label, LABEL_PX) + 4.0;
            p.text(m, mx, geom.y + geom.h / 2.0, Label::new(LABEL_PX, palette.highlight).bold())?;
        }
    }
    if let (Some(first), Some(last)) = (layout.bars.first(), layout.bars.last()) {
        p.line(&[(layout.plot_x, first.y - 3.0), (layout.plot_x, last.y + last.h + 3.0)], palette.rule, 1)?;
    }
    layout.frame.draw_notes(&p, palette)?;
    Ok(())
}

/// An outlined bar filled with diagonal hatching.
fn draw_hatched<DB: DrawingBackend>(p: &Painter<'_, DB>, g: &BarBox, color: RGBColor) -> DrawResult<DB> {
    if g.w <= 0.0 {
        return Ok(());
    }
    p.outline(g.x, g.y, g.w, g.h, color, 1)?;
    let step = 6.0;
    let mut offset = 0.0;
    while offset < g.w + g.h {
        // A 45° segment from the bar's bottom edge (or left edge) to its top edge (or right edge).
        let (x0, y0) = if offset < g.w { (g.x + offset, g.y + g.h) } else { (g.x + g.w, g.y + g.h - (offset - g.w)) };
        let (x1, y1) = if offset < g.h { (g.x, g.y + g.h - offset) } else { (g.x + offset - g.h, g.y) };
        p.line(&[(x0.min(g.x + g.w), y0), (x1, y1.max(g.y))], color, 1)?;
        offset += step;
    }
    Ok(())
}
