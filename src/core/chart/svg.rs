//! Renders a chart to an SVG string with plotters' SVG backend: the download format, and what the
//! native tests inspect.

use plotters::coord::Shift;
use plotters::prelude::*;

/// plotters' SVG backend divides font sizes by this; `Painter` multiplies them back.
pub const SVG_TEXT_SCALE: f64 = 1.24;

/// Runs `draw` on an SVG canvas of `width` × `height` CSS px and returns the document. `title`
/// becomes the SVG's accessible name.
pub fn render<F>(width: f64, height: f64, title: &str, draw: F) -> String
where
    F: FnOnce(&DrawingArea<SVGBackend<'_>, Shift>) -> Result<(), DrawingAreaErrorKind<std::io::Error>>,
{
    let mut out = String::new();
    {
        let backend = SVGBackend::with_string(&mut out, (width.ceil() as u32, height.ceil() as u32));
        let area = backend.into_drawing_area();
        // Drawing into a String cannot fail for I/O reasons; an error would be a layout bug and
        // leaves a partial (still well-formed after `present`) image rather than a panic.
        let _ = draw(&area);
        let _ = area.present();
    }
    // Give the image an accessible name and an explicit role.
    if let Some(end) = out.find('>') {
        out.insert_str(end + 1, &format!("\n<title>{}</title>", crate::core::html::escape(title)));
        out.insert_str(end, " role=\"img\"");
    }
    out
}
