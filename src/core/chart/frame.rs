//! The frame every chart shares: the padding, and in downloads the wrapped title above the body
//! and the wrapped notes below it (on screen the page shows title and notes as HTML). Laid out
//! once here, so the bar chart and the timeline cannot drift apart.

use super::paint::{Align, DrawResult, Label, Painter};
use super::text::wrap;
use super::theme::Palette;
use plotters::prelude::DrawingBackend;

/// Space around everything, in CSS px.
pub const PAD: f64 = 8.0;
pub const TITLE_PX: f64 = 15.0;
pub const NOTE_PX: f64 = 11.0;

/// Where the title and note lines of a chart landed (baselines, CSS px).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Frame {
    title_lines: Vec<(String, f64)>,
    note_lines: Vec<(String, f64)>,
}

impl Frame {
    /// The title wrapped into the width when `framed`; returns the frame and the y at which the
    /// chart's body starts.
    pub fn top(title: &str, width: f64, framed: bool) -> (Frame, f64) {
        let mut frame = Frame::default();
        let mut y = PAD;
        if framed {
            for line in wrap(title, TITLE_PX, width - 2.0 * PAD) {
                frame.title_lines.push((line, y + TITLE_PX * 0.7));
                y += TITLE_PX * 1.4;
            }
            y += 6.0;
        }
        (frame, y)
    }

    /// The notes wrapped under a body ending at `y` when `framed`; returns the chart's height.
    pub fn bottom(&mut self, notes: &[String], width: f64, mut y: f64, framed: bool) -> f64 {
        if framed && !notes.is_empty() {
            y += 6.0;
            for note in notes {
                for line in wrap(note, NOTE_PX, width - 2.0 * PAD) {
                    self.note_lines.push((line, y + NOTE_PX * 0.7));
                    y += NOTE_PX * 1.45;
                }
            }
        }
        (y + PAD).ceil()
    }

    /// The baseline of the last title line, if the title is drawn.
    pub fn title_bottom(&self) -> Option<f64> {
        self.title_lines.last().map(|l| l.1)
    }

    pub fn draw_title<DB: DrawingBackend>(&self, p: &Painter<'_, DB>, palette: &Palette) -> DrawResult<DB> {
        for (line, y) in &self.title_lines {
            p.text(line, PAD, *y, Label::new(TITLE_PX, palette.text).bold())?;
        }
        Ok(())
    }

    pub fn draw_notes<DB: DrawingBackend>(&self, p: &Painter<'_, DB>, palette: &Palette) -> DrawResult<DB> {
        for (line, y) in &self.note_lines {
            p.text(line, PAD, *y, Label::new(NOTE_PX, palette.muted).align(Align::Left))?;
        }
        Ok(())
    }
}
