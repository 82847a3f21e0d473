//! A few drawing primitives over any plotters backend, in CSS pixels with f64 coordinates, so
//! chart code reads as layout rather than as backend calls.

use super::text::FONT_STACK;
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

pub type DrawResult<DB> = Result<(), DrawingAreaErrorKind<<DB as DrawingBackend>::ErrorType>>;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Align {
    Left,
    Center,
    Right,
}

/// How a piece of text is drawn: its size in CSS px, colour, horizontal alignment and weight.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Label {
    pub size: f64,
    pub color: RGBColor,
    pub align: Align,
    pub bold: bool,
}

impl Label {
    /// Left-aligned, normal weight.
    pub fn new(size: f64, color: RGBColor) -> Label {
        Label { size, color, align: Align::Left, bold: false }
    }

    pub fn align(self, align: Align) -> Label {
        Label { align, ..self }
    }

    pub fn bold(self) -> Label {
        Label { bold: true, ..self }
    }

    /// Bold when `bold`, as a highlighted value is.
    pub fn bold_if(self, bold: bool) -> Label {
        Label { bold, ..self }
    }
}

pub struct Painter<'a, DB: DrawingBackend> {
    pub area: &'a DrawingArea<DB, Shift>,
    /// plotters' SVG backend writes `font-size = size / 1.24`; the SVG renderer passes 1.24 here
    /// so text has the same size in the SVG as on the canvas.
    pub text_scale: f64,
}

fn px(v: f64) -> i32 {
    v.round() as i32
}

impl<DB: DrawingBackend> Painter<'_, DB> {
    pub fn fill(&self, color: RGBColor) -> DrawResult<DB> {
        self.area.fill(&color)
    }

    pub fn rect(&self, x: f64, y: f64, w: f64, h: f64, color: RGBColor) -> DrawResult<DB> {
        self.area.draw(&Rectangle::new([(px(x), px(y)), (px(x + w), px(y + h))], color.filled()))
    }

    pub fn outline(&self, x: f64, y: f64, w: f64, h: f64, color: RGBColor, stroke: u32) -> DrawResult<DB> {
        self.area.draw(&Rectangle::new([(px(x), px(y)), (px(x + w), px(y + h))], color.stroke_width(stroke)))
    }

    /// A frame `thickness` px thick around the box (outside it), drawn as nested 1 px outlines:
    /// plotters' SVG backend ignores a rectangle's stroke width.
    pub fn frame(&self, x: f64, y: f64, w: f64, h: f64, color: RGBColor, thickness: u32) -> DrawResult<DB> {
        for i in 1..=thickness {
            let d = f64::from(i);
            self.outline(x - d, y - d, w + 2.0 * d, h + 2.0 * d, color, 1)?;
        }
        Ok(())
    }

    pub fn line(&self, points: &[(f64, f64)], color: RGBColor, stroke: u32) -> DrawResult<DB> {
        let pts: Vec<(i32, i32)> = points.iter().map(|&(x, y)| (px(x), px(y))).collect();
        self.area.draw(&PathElement::new(pts, color.stroke_width(stroke)))
    }

    pub fn circle(&self, x: f64, y: f64, r: f64, color: RGBColor) -> DrawResult<DB> {
        self.area.draw(&Circle::new((px(x), px(y)), px(r), color.filled()))
    }

    /// Text vertically centred on `y`.
    pub fn text(&self, s: &str, x: f64, y: f64, look: Label) -> DrawResult<DB> {
        let Label { size, color, align, bold } = look;
        let h = match align {
            Align::Left => HPos::Left,
            Align::Center => HPos::Center,
            Align::Right => HPos::Right,
        };
        let font =
            FontDesc::new(FontFamily::Name(FONT_STACK), size * self.text_scale, if bold { FontStyle::Bold } else { FontStyle::Normal });
        let style = TextStyle::from(font).color(&color).pos(Pos::new(h, VPos::Center));
        self.area.draw_text(s, &style, (px(x), px(y)))
    }
}
