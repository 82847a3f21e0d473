//! Chart layout and drawing over any plotters backend (canvas on screen, SVG for downloads and
//! tests). Nothing here knows about the DOM.

pub mod bar;
pub mod frame;
pub mod paint;
pub mod svg;
pub mod text;
pub mod theme;
pub mod timeline;

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

/// Any of the atlas's charts: the canvas component is compiled once for this type rather than
/// once per kind of chart.
#[derive(Clone, Debug, PartialEq)]
pub enum AnyChart {
    Bar(bar::BarChart),
    Timeline(timeline::TimelineChart),
}

/// The layout of an `AnyChart`.
#[derive(Clone, Debug, PartialEq)]
pub enum AnyLayout {
    Bar(bar::BarLayout),
    /// Boxed: a timeline's layout is several times a bar chart's.
    Timeline(Box<timeline::TimelineLayout>),
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

impl Chart for AnyChart {
    type Layout = AnyLayout;

    fn title(&self) -> &str {
        match self {
            AnyChart::Bar(c) => c.title(),
            AnyChart::Timeline(c) => c.title(),
        }
    }
    fn layout(&self, width: f64, framed: bool) -> AnyLayout {
        match self {
            AnyChart::Bar(c) => AnyLayout::Bar(c.layout(width, framed)),
            AnyChart::Timeline(c) => AnyLayout::Timeline(Box::new(c.layout(width, framed))),
        }
    }
    fn size(l: &AnyLayout) -> (f64, f64) {
        match l {
            AnyLayout::Bar(l) => bar::BarChart::size(l),
            AnyLayout::Timeline(l) => timeline::TimelineChart::size(l),
        }
    }
    fn hits(&self, l: &AnyLayout) -> Vec<Hit> {
        match (self, l) {
            (AnyChart::Bar(c), AnyLayout::Bar(l)) => c.hits(l),
            (AnyChart::Timeline(c), AnyLayout::Timeline(l)) => c.hits(l),
            // A layout of the other kind (between two updates): nothing to hit yet.
            _ => Vec::new(),
        }
    }
    fn table(&self) -> Vec<(String, String)> {
        match self {
            AnyChart::Bar(c) => c.table(),
            AnyChart::Timeline(c) => c.table(),
        }
    }
    fn notes_mut(&mut self) -> &mut Vec<String> {
        match self {
            AnyChart::Bar(c) => c.notes_mut(),
            AnyChart::Timeline(c) => c.notes_mut(),
        }
    }
    fn notes(&self) -> &[String] {
        match self {
            AnyChart::Bar(c) => c.notes(),
            AnyChart::Timeline(c) => c.notes(),
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
