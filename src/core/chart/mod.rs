//! Chart layout and drawing over any plotters backend (canvas on screen, SVG for downloads and
//! tests). Nothing here knows about the DOM.

pub mod bar;
pub mod frame;
pub mod paint;
pub mod svg;
pub mod text;
pub mod theme;
pub mod tilemap;
pub mod timeline;

use crate::core::i18n::format_int;
use plotters::coord::Shift;
use plotters::prelude::{DrawingArea, DrawingBackend};

/// A focusable, clickable region of a drawn chart (a bar's row, a month's column), in CSS px.
#[derive(Clone, Debug, PartialEq)]
pub struct Hit {
    pub key: String,
    /// The reading for tooltips and screen readers.
    pub detail: String,
    pub x: f64,
    pub y: f64,
    pub w: f64,
    pub h: f64,
    /// The reader has filtered to this item.
    pub chosen: bool,
    /// Its (column, row) on a grid, for charts whose items sit in two dimensions (the tile map):
    /// the arrow keys then move across the grid.
    pub cell: Option<(u16, u16)>,
}

/// Where an arrow, Home or End key moves the keyboard cursor from item `at` of `hits` (in reading
/// order): Left/Right (and Up/Down in a list) to the previous/next item; on a grid, Up/Down to the
/// nearest item in the nearest row above/below (the items off the grid, after it, come after its
/// last row). `None` for other keys.
pub fn step(hits: &[Hit], at: usize, key: &str) -> Option<usize> {
    let last = hits.len().checked_sub(1)?;
    let at = at.min(last);
    let vertical = |down: bool| -> usize {
        let Some((col, row)) = hits[at].cell else {
            // Off the grid (after it): Up goes back to the grid's last row, Down onwards.
            return if down { (at + 1).min(last) } else { at.saturating_sub(1) };
        };
        let rows = hits.iter().filter_map(|h| h.cell.map(|c| c.1));
        let target = if down { rows.filter(|r| *r > row).min() } else { rows.filter(|r| *r < row).max() };
        match target {
            Some(r) => hits
                .iter()
                .enumerate()
                .filter(|(_, h)| h.cell.is_some_and(|c| c.1 == r))
                .min_by_key(|(_, h)| (h.cell.map_or(u16::MAX, |c| c.0.abs_diff(col)), h.cell.map_or(0, |c| c.0)))
                .map_or(at, |(i, _)| i),
            // Below the last row: the first item off the grid, if any.
            None if down => hits.iter().position(|h| h.cell.is_none()).unwrap_or(at),
            None => at,
        }
    };
    let grid = hits.iter().any(|h| h.cell.is_some());
    Some(match key {
        "ArrowRight" => (at + 1).min(last),
        "ArrowLeft" => at.saturating_sub(1),
        "ArrowDown" if grid => vertical(true),
        "ArrowUp" if grid => vertical(false),
        "ArrowDown" => (at + 1).min(last),
        "ArrowUp" => at.saturating_sub(1),
        "Home" => 0,
        "End" => last,
        _ => return None,
    })
}

/// What the canvas component and the SVG renderer need from any chart: a layout at a width, the
/// hit regions of that layout, a title, a data table for screen readers, and drawing over any
/// plotters backend (the same function for canvas, SVG download and native tests).
pub trait Chart: Clone + PartialEq + Send + Sync + 'static {
    type Layout: Clone + PartialEq + Send + Sync + 'static;

    fn title(&self) -> &str;
    fn layout(&self, width: f64, framed: bool) -> Self::Layout;
    fn size(layout: &Self::Layout) -> (f64, f64);
    fn hits(&self, layout: &Self::Layout) -> Vec<Hit>;
    /// (label, value) rows of the accessible data table.
    fn table(&self) -> Vec<(String, String)>;
    /// The lines under the chart in downloads (what it shows, what it cannot, the citation).
    fn notes_mut(&mut self) -> &mut Vec<String>;
    fn notes(&self) -> &[String];
    fn draw<DB: DrawingBackend>(
        &self,
        area: &DrawingArea<DB, Shift>,
        layout: &Self::Layout,
        palette: &theme::Palette,
        text_scale: f64,
    ) -> paint::DrawResult<DB>;
}

impl Chart for bar::BarChart {
    type Layout = bar::BarLayout;

    fn title(&self) -> &str {
        &self.title
    }
    fn layout(&self, width: f64, framed: bool) -> bar::BarLayout {
        bar::layout(self, width, framed)
    }
    fn size(l: &bar::BarLayout) -> (f64, f64) {
        (l.width, l.height)
    }
    fn hits(&self, l: &bar::BarLayout) -> Vec<Hit> {
        self.bars
            .iter()
            .zip(&l.bars)
            .map(|(b, g)| Hit {
                key: b.key.clone(),
                detail: b.detail.clone(),
                x: 0.0,
                y: g.row_y,
                w: l.width,
                h: g.row_h,
                chosen: b.chosen,
                cell: None,
            })
            .collect()
    }
    fn table(&self) -> Vec<(String, String)> {
        self.bars.iter().map(|b| (b.label.clone(), b.value_label.clone())).collect()
    }
    fn notes_mut(&mut self) -> &mut Vec<String> {
        &mut self.notes
    }
    fn notes(&self) -> &[String] {
        &self.notes
    }
    fn draw<DB: DrawingBackend>(
        &self,
        area: &DrawingArea<DB, Shift>,
        l: &bar::BarLayout,
        p: &theme::Palette,
        text_scale: f64,
    ) -> paint::DrawResult<DB> {
        bar::draw(area, self, l, p, text_scale)
    }
}

impl Chart for timeline::TimelineChart {
    type Layout = timeline::TimelineLayout;

    fn title(&self) -> &str {
        &self.title
    }
    fn layout(&self, width: f64, framed: bool) -> timeline::TimelineLayout {
        timeline::layout(self, width, framed)
    }
    fn size(l: &timeline::TimelineLayout) -> (f64, f64) {
        (l.width, l.height)
    }
    fn hits(&self, l: &timeline::TimelineLayout) -> Vec<Hit> {
        self.columns
            .iter()
            .zip(&l.columns)
            .map(|(c, g)| Hit {
                key: c.key.clone(),
                detail: c.detail.clone(),
                x: g.hit_x,
                y: g.hit_y,
                w: g.hit_w,
                h: g.hit_h,
                chosen: false,
                cell: None,
            })
            .collect()
    }
    fn table(&self) -> Vec<(String, String)> {
        let mut rows: Vec<(String, String)> =
            self.columns.iter().filter(|c| c.count > 0).map(|c| (c.label.clone(), format!("{} ({})", c.count, c.cumulative))).collect();
        rows.extend(self.year_only.iter().map(|y| (y.year.to_string(), y.label.clone())));
        rows
    }
    fn notes_mut(&mut self) -> &mut Vec<String> {
        &mut self.notes
    }
    fn notes(&self) -> &[String] {
        &self.notes
    }
    fn draw<DB: DrawingBackend>(
        &self,
        area: &DrawingArea<DB, Shift>,
        l: &timeline::TimelineLayout,
        p: &theme::Palette,
        text_scale: f64,
    ) -> paint::DrawResult<DB> {
        timeline::draw(area, self, l, p, text_scale)
    }
}

impl Chart for tilemap::TileMapChart {
    type Layout = tilemap::TileMapLayout;

    fn title(&self) -> &str {
        &self.title
    }
    fn layout(&self, width: f64, framed: bool) -> tilemap::TileMapLayout {
        tilemap::layout(self, width, framed)
    }
    fn size(l: &tilemap::TileMapLayout) -> (f64, f64) {
        (l.width, l.height)
    }
    /// The tiles in reading order (row by row), then the unplaced bar's row.
    fn hits(&self, l: &tilemap::TileMapLayout) -> Vec<Hit> {
        let mut tiles: Vec<(&tilemap::Tile, &tilemap::TileBox)> = self.tiles.iter().zip(&l.tiles).collect();
        tiles.sort_by_key(|(t, _)| (t.row, t.col));
        let mut hits: Vec<Hit> = tiles
            .into_iter()
            .map(|(t, b)| Hit {
                key: t.key.clone(),
                detail: t.detail.clone(),
                x: b.x,
                y: b.y,
                w: b.w,
                h: b.h,
                chosen: t.chosen,
                cell: Some((t.col, t.row)),
            })
            .collect();
        if let (Some(u), Some((x, y, w, h))) = (&self.unplaced, l.unplaced_row) {
            hits.push(Hit { key: u.key.clone(), detail: u.detail.clone(), x, y, w, h, chosen: u.chosen, cell: None });
        }
        hits
    }
    fn table(&self) -> Vec<(String, String)> {
        let mut rows: Vec<(String, String)> = self.tiles.iter().map(|t| (t.name.clone(), format_int(t.value as u64))).collect();
        rows.extend(self.unplaced.iter().map(|u| (u.label.clone(), format_int(u.value as u64))));
        rows
    }
    fn notes_mut(&mut self) -> &mut Vec<String> {
        &mut self.notes
    }
    fn notes(&self) -> &[String] {
        &self.notes
    }
    fn draw<DB: DrawingBackend>(
        &self,
        area: &DrawingArea<DB, Shift>,
        l: &tilemap::TileMapLayout,
        p: &theme::Palette,
        text_scale: f64,
    ) -> paint::DrawResult<DB> {
        tilemap::draw(area, self, l, p, text_scale)
    }
}

/// Any of the atlas's charts: the canvas component is compiled once for this type rather than
/// once per kind of chart.
#[derive(Clone, Debug, PartialEq)]
pub enum AnyChart {
    Bar(bar::BarChart),
    Timeline(timeline::TimelineChart),
    TileMap(tilemap::TileMapChart),
}

/// The layout of an `AnyChart`.
#[derive(Clone, Debug, PartialEq)]
pub enum AnyLayout {
    Bar(bar::BarLayout),
    /// Boxed: a timeline's layout is several times a bar chart's.
    Timeline(Box<timeline::TimelineLayout>),
    TileMap(Box<tilemap::TileMapLayout>),
}

impl From<bar::BarChart> for AnyChart {
    fn from(c: bar::BarChart) -> AnyChart {
        AnyChart::Bar(c)
    }
}

impl From<timeline::TimelineChart> for AnyChart {
    fn from(c: timeline::TimelineChart) -> AnyChart {
        AnyChart::Timeline(c)
    }
}

impl From<tilemap::TileMapChart> for AnyChart {
    fn from(c: tilemap::TileMapChart) -> AnyChart {
        AnyChart::TileMap(c)
    }
}

impl Chart for AnyChart {
    type Layout = AnyLayout;

    fn title(&self) -> &str {
        match self {
            AnyChart::Bar(c) => c.title(),
            AnyChart::Timeline(c) => c.title(),
            AnyChart::TileMap(c) => c.title(),
        }
    }
    fn layout(&self, width: f64, framed: bool) -> AnyLayout {
        match self {
            AnyChart::Bar(c) => AnyLayout::Bar(c.layout(width, framed)),
            AnyChart::Timeline(c) => AnyLayout::Timeline(Box::new(c.layout(width, framed))),
            AnyChart::TileMap(c) => AnyLayout::TileMap(Box::new(c.layout(width, framed))),
        }
    }
    fn size(l: &AnyLayout) -> (f64, f64) {
        match l {
            AnyLayout::Bar(l) => bar::BarChart::size(l),
            AnyLayout::Timeline(l) => timeline::TimelineChart::size(l),
            AnyLayout::TileMap(l) => tilemap::TileMapChart::size(l),
        }
    }
    fn hits(&self, l: &AnyLayout) -> Vec<Hit> {
        match (self, l) {
            (AnyChart::Bar(c), AnyLayout::Bar(l)) => c.hits(l),
            (AnyChart::Timeline(c), AnyLayout::Timeline(l)) => c.hits(l),
            (AnyChart::TileMap(c), AnyLayout::TileMap(l)) => c.hits(l),
            // A layout of the other kind (between two updates): nothing to hit yet.
            _ => Vec::new(),
        }
    }
    fn table(&self) -> Vec<(String, String)> {
        match self {
            AnyChart::Bar(c) => c.table(),
            AnyChart::Timeline(c) => c.table(),
            AnyChart::TileMap(c) => c.table(),
        }
    }
    fn notes_mut(&mut self) -> &mut Vec<String> {
        match self {
            AnyChart::Bar(c) => c.notes_mut(),
            AnyChart::Timeline(c) => c.notes_mut(),
            AnyChart::TileMap(c) => c.notes_mut(),
        }
    }
    fn notes(&self) -> &[String] {
        match self {
            AnyChart::Bar(c) => c.notes(),
            AnyChart::Timeline(c) => c.notes(),
            AnyChart::TileMap(c) => c.notes(),
        }
    }
    fn draw<DB: DrawingBackend>(
        &self,
        area: &DrawingArea<DB, Shift>,
        l: &AnyLayout,
        p: &theme::Palette,
        text_scale: f64,
    ) -> paint::DrawResult<DB> {
        match (self, l) {
            (AnyChart::Bar(c), AnyLayout::Bar(l)) => c.draw(area, l, p, text_scale),
            (AnyChart::Timeline(c), AnyLayout::Timeline(l)) => c.draw(area, l, p, text_scale),
            (AnyChart::TileMap(c), AnyLayout::TileMap(l)) => c.draw(area, l, p, text_scale),
            _ => Ok(()),
        }
    }
}

/// The chart as a download carries it: its notes, then the data version it was drawn from.
pub fn for_download<C: Chart>(chart: &C, data_line: &str) -> C {
    let mut c = chart.clone();
    if !data_line.is_empty() {
        c.notes_mut().push(data_line.to_owned());
    }
    c
}

/// The chart as an SVG document, with its title and notes inside (for downloads and tests).
pub fn to_svg<C: Chart>(chart: &C, width: f64, palette: &theme::Palette) -> String {
    let layout = chart.layout(width, true);
    let (w, h) = C::size(&layout);
    svg::render(w, h, chart.title(), |area| chart.draw(area, &layout, palette, svg::SVG_TEXT_SCALE))
}

/// The chart as SVG drawn the way the page's canvas draws it (title and notes stay outside, in
/// the card): the build-time first screen (`core::first_screen`).
pub fn to_inline_svg<C: Chart>(chart: &C, width: f64, palette: &theme::Palette) -> String {
    let layout = chart.layout(width, false);
    let (w, h) = C::size(&layout);
    svg::render(w, h, chart.title(), |area| chart.draw(area, &layout, palette, svg::SVG_TEXT_SCALE))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hit(key: &str, cell: Option<(u16, u16)>) -> Hit {
        Hit { key: key.into(), detail: String::new(), x: 0.0, y: 0.0, w: 1.0, h: 1.0, chosen: false, cell }
    }

    #[track_caller]
    fn check(hits: &[Hit], from: &str, key: &str, to: &str) {
        let at = hits.iter().position(|h| h.key == from).unwrap();
        assert_eq!(step(hits, at, key).map(|i| hits[i].key.as_str()), Some(to), "{key} from {from}");
    }

    #[test]
    fn arrows_follow_a_list_in_order() {
        let list = [hit("a", None), hit("b", None), hit("c", None)];
        check(&list, "a", "ArrowDown", "b");
        check(&list, "b", "ArrowRight", "c");
        check(&list, "c", "ArrowDown", "c");
        check(&list, "b", "ArrowUp", "a");
        check(&list, "a", "ArrowLeft", "a");
        check(&list, "a", "End", "c");
        check(&list, "c", "Home", "a");
        assert_eq!(step(&list, 0, "Enter"), None);
        assert_eq!(step(&[], 0, "ArrowDown"), None);
    }

    #[test]
    fn arrows_cross_a_grid_to_the_nearest_item_of_the_next_row() {
        //     0   1   2   3
        // 0           hl
        // 1   xj      ln
        // 2       sc      sh
        // then "unplaced", off the grid.
        let grid = [
            hit("hl", Some((2, 0))),
            hit("xj", Some((0, 1))),
            hit("ln", Some((2, 1))),
            hit("sc", Some((1, 2))),
            hit("sh", Some((3, 2))),
            hit("unplaced", None),
        ];
        check(&grid, "hl", "ArrowDown", "ln");
        check(&grid, "xj", "ArrowDown", "sc");
        // Equally near on both sides: the one to the left.
        check(&grid, "ln", "ArrowDown", "sc");
        check(&grid, "sc", "ArrowUp", "xj");
        check(&grid, "sh", "ArrowUp", "ln");
        check(&grid, "xj", "ArrowUp", "hl");
        check(&grid, "hl", "ArrowUp", "hl");
        check(&grid, "sh", "ArrowDown", "unplaced");
        check(&grid, "unplaced", "ArrowUp", "sh");
        check(&grid, "xj", "ArrowRight", "ln");
        check(&grid, "ln", "ArrowLeft", "xj");
    }
}
