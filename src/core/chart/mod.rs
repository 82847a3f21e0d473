//! Chart layout and drawing over any plotters backend (canvas on screen, SVG for downloads and
//! tests). Nothing here knows about the DOM.

pub mod bar;
pub mod paint;
pub mod svg;
pub mod text;
pub mod theme;
pub mod timeline;
