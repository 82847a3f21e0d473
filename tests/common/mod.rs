//! Helpers shared by the native tests that read the SVG the chart draw functions produce.
#![allow(dead_code)]

use medllm_atlas::core::chart::text::text_width;

pub fn attr_str<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
    let start = tag.find(&format!(" {name}=\""))? + name.len() + 3;
    tag[start..].split('"').next()
}

pub fn attr(tag: &str, name: &str) -> f64 {
    attr_str(tag, name).unwrap().parse().unwrap()
}

/// A `<text>` element of the SVG.
#[derive(Debug, Clone)]
pub struct Text {
    pub s: String,
    pub x: f64,
    pub y: f64,
    pub size: f64,
    pub anchor: String,
}

impl Text {
    /// Estimated horizontal extent, as the layout estimates it.
    pub fn extent(&self) -> (f64, f64) {
        let w = text_width(&self.s, self.size);
        match self.anchor.as_str() {
            "middle" => (self.x - w / 2.0, self.x + w / 2.0),
            "end" => (self.x - w, self.x),
            _ => (self.x, self.x + w),
        }
    }
}

/// Text elements in document order, with position, size and anchor.
pub fn texts(svg: &str) -> Vec<Text> {
    let mut out = Vec::new();
    let mut rest = svg;
    while let Some(i) = rest.find("<text") {
        rest = &rest[i..];
        let open_end = rest.find('>').unwrap();
        let close = rest.find("</text>").unwrap();
        let tag = &rest[..open_end];
        let raw = rest[open_end + 1..close].trim();
        out.push(Text {
            s: raw.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'").replace("&amp;", "&"),
            x: attr(tag, "x"),
            y: attr(tag, "y"),
            size: attr(tag, "font-size"),
            anchor: attr_str(tag, "text-anchor").unwrap_or("start").to_owned(),
        });
        rest = &rest[close..];
    }
    out
}
