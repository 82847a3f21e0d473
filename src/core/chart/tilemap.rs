//! A tile map: one equal tile per place on a schematic grid (neighbours kept next to each other,
//! not to scale), each with its short name and count, shaded on a classed sequential scale with
//! a legend; zero tiles are outlined and empty, not the lightest shade. What no tile can hold
//! (the models whose place is unknown) is a bar of its own under the map, never folded in. The
//! legend sits in an empty corner of the grid the chart names, or under the map if it does not fit.
//! One layout and one draw function, generic over the plotters backend, as in `bar`.

use super::frame::{Frame, PAD};
use super::paint::{Align, DrawResult, Label, Painter};
use super::text::text_width;
use super::theme::{contrast, Palette};
use crate::core::i18n::format_int;
use plotters::coord::Shift;
use plotters::prelude::*;

/// Largest tile, so the map stays a map on a wide screen rather than a wall.
const TILE_MAX_W: f64 = 74.0;
/// Tiles are a little wider than tall: names are wider than numbers.
const TILE_ASPECT: f64 = 0.78;
const GAP: f64 = 3.0;
const NAME_PX: f64 = 10.5;
const COUNT_PX: f64 = 13.0;
const LEGEND_PX: f64 = 11.0;
const LEGEND_SWATCH: f64 = 14.0;
const BAR_H: f64 = 16.0;
/// A chosen tile's frame, px: a shape, not only a colour, says it is chosen.
pub const CHOSEN_FRAME: u32 = 3;

#[derive(Clone, Debug, PartialEq)]
pub struct Tile {
    /// What the tile counts (a province id), for hit testing and filtering.
    pub key: String,
    /// The name drawn on the tile when it fits (may break into two lines at a space).
    pub name: String,
    /// Drawn instead of the name when the names do not fit the tiles (an ISO code's letters).
    pub code: String,
    pub col: u16,
    pub row: u16,
    pub value: usize,
    /// The full reading for tooltips and screen readers.
    pub detail: String,
    /// The reader has filtered to it: outlined thick, its count bold.
    pub chosen: bool,
}

/// The bar for what has no place on the map.
#[derive(Clone, Debug, PartialEq)]
pub struct Unplaced {
    pub key: String,
    pub label: String,
    pub value: usize,
    pub detail: String,
    pub chosen: bool,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct TileMapChart {
    pub title: String,
    pub tiles: Vec<Tile>,
    pub unplaced: Option<Unplaced>,
    /// The legend's heading ("Models").
    pub legend_title: String,
    /// An empty block of the grid for the legend: (column, row, columns, rows).
    pub legend_cells: (u16, u16, u16, u16),
    /// How an empty tile reads in the legend ("none").
    pub zero_label: String,
    /// Lines under the chart in downloads.
    pub notes: Vec<String>,
    /// Shown instead of the map when no tile has a value and nothing is unplaced.
    pub empty_message: String,
}

/// One class of the sequential scale: counts `low..=high` (no upper bound when `None`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Class {
    pub low: usize,
    pub high: Option<usize>,
}

impl Class {
    pub fn contains(self, n: usize) -> bool {
        n >= self.low && self.high.is_none_or(|h| n <= h)
    }

    /// "1", "2–4", "50+".
    pub fn label(self) -> String {
        match self.high {
            Some(h) if h == self.low => format_int(h as u64),
            Some(h) => format!("{}–{}", format_int(self.low as u64), format_int(h as u64)),
            None => format!("{}+", format_int(self.low as u64)),
        }
    }
}

/// The classes for counts up to `max`: bounds from the 1-2-5 series (1, 2, 5, 10, 20, 50, …),
/// so the many small counts and the few large ones are all told apart, at most `shades` classes
/// (every other bound dropped until they fit). The last class is open ("50+") unless it holds
/// `max` alone. Empty for `max == 0`.
pub fn classes(max: usize, shades: usize) -> Vec<Class> {
    if max == 0 {
        return Vec::new();
    }
    let mut bounds = vec![1usize];
    for step in 0.. {
        let next = [2, 5, 10][step % 3] * 10usize.pow((step / 3) as u32);
        if next > max {
            break;
        }
        bounds.push(next);
    }
    while bounds.len() > shades.max(1) {
        // Keep the first bound (1) and thin out the rest.
        bounds = bounds.iter().step_by(2).copied().collect();
    }
    let last = bounds.len() - 1;
    bounds
        .iter()
        .enumerate()
        .map(|(i, &low)| match bounds.get(i + 1) {
            Some(next) => Class { low, high: Some(next - 1) },
            None if low == max => Class { low, high: Some(max) },
            None => Class { low, high: None },
        })
        .inspect(|_| debug_assert!(last < shades.max(1)))
        .collect()
}

/// Where one tile landed, in CSS px.
#[derive(Clone, Debug, PartialEq)]
pub struct TileBox {
    pub key: String,
    pub x: f64,
    pub y: f64,
    pub w: f64,
    pub h: f64,
    /// The lines drawn on it (the name in one or two lines, or the code).
    pub lines: Vec<String>,
}

/// One entry of the legend: a swatch (`None`: the empty zero swatch) and its label, placed.
#[derive(Clone, Debug, PartialEq)]
pub struct LegendEntry {
    pub class: Option<Class>,
    pub label: String,
    pub x: f64,
    pub y: f64,
}

#[derive(Clone, Debug, PartialEq)]
pub struct TileMapLayout {
    pub width: f64,
    pub height: f64,
    pub tiles: Vec<TileBox>,
    /// Names on the tiles (else codes).
    pub names: bool,
    pub classes: Vec<Class>,
    /// The legend's heading position, and its entries.
    pub legend_title: (f64, f64),
    pub legend: Vec<LegendEntry>,
    /// The unplaced bar's row: (x, y, width, height).
    pub unplaced_row: Option<(f64, f64, f64, f64)>,
    frame: Frame,
}

/// How many shades the palette's ramp has.
pub fn shades(palette: &Palette) -> usize {
    palette.ramp.len()
}

/// Lays the map out at `width` CSS px. `framed` adds the title above and the notes below (for
/// downloads); on screen the page shows them as HTML.
pub fn layout(chart: &TileMapChart, width: f64, framed: bool) -> TileMapLayout {
    let width = width.max(160.0);
    let (mut frame, top) = Frame::top(&chart.title, width, framed);
    let cols = f64::from(chart.tiles.iter().map(|t| t.col + 1).max().unwrap_or(1));
    let rows = f64::from(chart.tiles.iter().map(|t| t.row + 1).max().unwrap_or(1));
    let inner = width - 2.0 * PAD;
    let tile_w = ((inner - (cols - 1.0) * GAP) / cols).min(TILE_MAX_W);
    let tile_h = (tile_w * TILE_ASPECT).max(COUNT_PX + 8.0);
    let names = chart.tiles.iter().all(|t| name_lines(&t.name, tile_w).is_some());
    let map_w = tile_w * cols + (cols - 1.0) * GAP;
    let map_h = tile_h * rows + (rows - 1.0) * GAP;
    let tiles = chart
        .tiles
        .iter()
        .map(|t| TileBox {
            key: t.key.clone(),
            x: PAD + f64::from(t.col) * (tile_w + GAP),
            y: top + f64::from(t.row) * (tile_h + GAP),
            w: tile_w,
            h: tile_h,
            lines: if names { name_lines(&t.name, tile_w).unwrap_or_default() } else { vec![t.code.clone()] },
        })
        .collect();
    let max = chart.tiles.iter().map(|t| t.value).max().unwrap_or(0);
    let classes = classes(max, RAMP_SHADES);
    let mut entries: Vec<(Option<Class>, String)> = vec![(None, chart.zero_label.clone())];
    entries.extend(classes.iter().map(|c| (Some(*c), c.label())));
    // In the grid's empty corner if the legend fits there, else under the map.
    let (lc, lr, lcols, lrows) = chart.legend_cells;
    let corner = (
        PAD + f64::from(lc) * (tile_w + GAP),
        top + f64::from(lr) * (tile_h + GAP),
        f64::from(lcols) * (tile_w + GAP) - GAP,
        f64::from(lrows) * (tile_h + GAP) - GAP,
    );
    let (legend_title, legend, legend_bottom) = match flow_legend(&entries, corner.0, corner.1, corner.2) {
        (title, placed, bottom) if bottom <= corner.1 + corner.3 && lcols > 0 => (title, placed, top + map_h),
        _ => {
            let (title, placed, bottom) = flow_legend(&entries, PAD, top + map_h + 12.0, map_w.max(inner.min(320.0)));
            (title, placed, bottom)
        }
    };
    let unplaced_row = chart.unplaced.as_ref().map(|_| (PAD, legend_bottom + 12.0, map_w, LEGEND_PX * 1.5 + BAR_H + 4.0));
    let mut bottom = unplaced_row.map_or(legend_bottom, |(_, y, _, h)| y + h);
    if chart.tiles.is_empty() && chart.unplaced.is_none() {
        bottom = top + 40.0;
    }
    let height = frame.bottom(&chart.notes, width, bottom + 4.0, framed);
    TileMapLayout { width, height, tiles, names, classes, legend_title, legend, unplaced_row, frame }
}

/// Places the legend's heading and entries left to right from (`x`, `y`), wrapping at `width`;
/// returns the heading's position, the entries and the bottom of the block.
fn flow_legend(entries: &[(Option<Class>, String)], x: f64, y: f64, width: f64) -> ((f64, f64), Vec<LegendEntry>, f64) {
    let row = LEGEND_SWATCH + 5.0;
    let title = (x, y + LEGEND_SWATCH / 2.0);
    let (mut cx, mut cy) = (x, y + row);
    let mut placed = Vec::new();
    for (class, label) in entries {
        let w = LEGEND_SWATCH + 4.0 + text_width(label, LEGEND_PX) + 10.0;
        if cx > x && cx + w > x + width {
            cx = x;
            cy += row;
        }
        placed.push(LegendEntry { class: *class, label: label.clone(), x: cx, y: cy });
        cx += w;
    }
    (title, placed, cy + LEGEND_SWATCH)
}

/// Ramp shades the scale uses (the palette has this many).
pub const RAMP_SHADES: usize = 6;

/// `name` in at most two lines that fit a tile `tile_w` wide, or `None`.
fn name_lines(name: &str, tile_w: f64) -> Option<Vec<String>> {
    let room = tile_w - 6.0;
    if text_width(name, NAME_PX) <= room {
        return Some(vec![name.to_owned()]);
    }
    // Two lines, broken at the space that balances them best.
    name.match_indices(' ')
        .map(|(i, _)| (name[..i].to_owned(), name[i + 1..].to_owned()))
        .filter(|(a, b)| text_width(a, NAME_PX) <= room && text_width(b, NAME_PX) <= room)
        .min_by(|x, y| {
            let spread = |(a, b): &(String, String)| (text_width(a, NAME_PX) - text_width(b, NAME_PX)).abs();
            spread(x).total_cmp(&spread(y))
        })
        .map(|(a, b)| vec![a, b])
}

/// The class shade of `n` (`None` for zero: drawn empty).
fn shade(n: usize, classes: &[Class], palette: &Palette) -> Option<RGBColor> {
    let i = classes.iter().position(|c| c.contains(n))?;
    // Fewer classes than shades: spread them over the ramp, keeping the darkest for the top.
    let span = palette.ramp.len() - 1;
    let at = if classes.len() <= 1 { span } else { i * span / (classes.len() - 1) };
    palette.ramp.get(at).copied()
}

/// The text colour that reads best on `fill`.
fn ink(fill: RGBColor, palette: &Palette) -> RGBColor {
    if contrast(palette.text, fill) >= contrast(palette.background, fill) {
        palette.text
    } else {
        palette.background
    }
}

/// Draws the map as laid out.
pub fn draw<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    chart: &TileMapChart,
    layout: &TileMapLayout,
    palette: &Palette,
    text_scale: f64,
) -> DrawResult<DB> {
    let p = Painter { area, text_scale };
    p.fill(palette.background)?;
    layout.frame.draw_title(&p, palette)?;
    if chart.tiles.is_empty() && chart.unplaced.is_none() {
        let y = layout.legend_title.1 + 20.0;
        p.text(&chart.empty_message, layout.width / 2.0, y, Label::new(LEGEND_PX, palette.muted).align(Align::Center))?;
    }
    for (tile, b) in chart.tiles.iter().zip(&layout.tiles) {
        let fill = shade(tile.value, &layout.classes, palette);
        let text = match fill {
            Some(f) => {
                p.rect(b.x, b.y, b.w, b.h, f)?;
                ink(f, palette)
            }
            None => {
                // Zero: an empty outlined tile with muted text, never a pale shade.
                p.outline(b.x, b.y, b.w, b.h, palette.rule, 1)?;
                palette.muted
            }
        };
        if tile.chosen {
            p.frame(b.x, b.y, b.w, b.h, palette.highlight, CHOSEN_FRAME)?;
        }
        let cx = b.x + b.w / 2.0;
        let lines = b.lines.len() as f64;
        let block = lines * NAME_PX * 1.1 + COUNT_PX;
        let mut y = b.y + (b.h - block) / 2.0 + NAME_PX * 0.55;
        for line in &b.lines {
            p.text(line, cx, y, Label::new(NAME_PX, text).align(Align::Center))?;
            y += NAME_PX * 1.1;
        }
        let count = Label::new(COUNT_PX, text).align(Align::Center).bold_if(tile.chosen || tile.value > 0);
        p.text(&format_int(tile.value as u64), cx, y + COUNT_PX * 0.45, count)?;
    }
    draw_legend(&p, chart, layout, palette)?;
    if let (Some(u), Some((x, y, w, _))) = (&chart.unplaced, layout.unplaced_row) {
        p.text(&u.label, x, y + LEGEND_PX * 0.6, Label::new(LEGEND_PX, palette.text).bold_if(u.chosen))?;
        let max = chart.tiles.iter().map(|t| t.value).max().unwrap_or(0).max(u.value).max(1);
        let value_label = format_int(u.value as u64);
        let room = (w - text_width(&value_label, LEGEND_PX) - 8.0).max(10.0);
        let bar_w = room * u.value as f64 / max as f64;
        let bar_y = y + LEGEND_PX * 1.5;
        // The same colour as the atlas's bars: a count, not a class of the map's scale.
        if bar_w > 0.0 {
            p.rect(x, bar_y, bar_w.max(1.0), BAR_H, palette.bar)?;
        }
        if u.chosen {
            p.frame(x, bar_y, bar_w.max(1.0), BAR_H, palette.highlight, CHOSEN_FRAME)?;
        }
        p.text(&value_label, x + bar_w + 6.0, bar_y + BAR_H / 2.0, Label::new(LEGEND_PX, palette.text).bold())?;
    }
    layout.frame.draw_notes(&p, palette)?;
    Ok(())
}

fn draw_legend<DB: DrawingBackend>(p: &Painter<'_, DB>, chart: &TileMapChart, l: &TileMapLayout, palette: &Palette) -> DrawResult<DB> {
    if l.tiles.is_empty() {
        return Ok(());
    }
    let (tx, ty) = l.legend_title;
    p.text(&chart.legend_title, tx, ty, Label::new(LEGEND_PX, palette.text).bold())?;
    for e in &l.legend {
        match e.class.and_then(|c| shade(c.low, &l.classes, palette)) {
            Some(fill) => p.rect(e.x, e.y, LEGEND_SWATCH, LEGEND_SWATCH, fill)?,
            None => p.outline(e.x, e.y, LEGEND_SWATCH, LEGEND_SWATCH, palette.rule, 1)?,
        }
        p.text(&e.label, e.x + LEGEND_SWATCH + 4.0, e.y + LEGEND_SWATCH / 2.0, Label::new(LEGEND_PX, palette.text))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classes_follow_the_1_2_5_series_and_cover_every_count() {
        assert_eq!(classes(0, 6), Vec::new());
        assert_eq!(classes(1, 6), vec![Class { low: 1, high: Some(1) }]);
        let c = classes(70, 6);
        let labels: Vec<String> = c.iter().map(|c| c.label()).collect();
        assert_eq!(labels, ["1", "2–4", "5–9", "10–19", "20–49", "50+"]);
        for max in [1, 2, 3, 9, 10, 49, 50, 51, 999, 5_000] {
            let c = classes(max, 6);
            assert!(c.len() <= 6, "{max}: {c:?}");
            for n in 1..=max {
                assert_eq!(c.iter().filter(|k| k.contains(n)).count(), 1, "{n} of {max}: {c:?}");
            }
            assert!(!c.iter().any(|k| k.contains(0)), "zero is no class");
        }
    }

    #[test]
    fn names_break_in_two_lines_or_give_way_to_codes() {
        assert_eq!(name_lines("Zhejiang", 70.0), Some(vec!["Zhejiang".to_owned()]));
        assert_eq!(name_lines("Inner Mongolia", 60.0), Some(vec!["Inner".to_owned(), "Mongolia".to_owned()]));
        assert_eq!(name_lines("Heilongjiang", 30.0), None);
        assert_eq!(name_lines("内蒙古", 44.0), Some(vec!["内蒙古".to_owned()]));
    }
}
