//! Chart palettes for the light and dark themes. Colours are from the Okabe–Ito set, which stays
//! distinguishable with the common colour-vision deficiencies; text colours keep at least 4.5:1
//! contrast on their background (checked in the tests below).

use plotters::style::RGBColor;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Theme {
    Light,
    Dark,
}

impl Theme {
    pub fn id(self) -> &'static str {
        match self {
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }
    pub fn from_id(s: &str) -> Option<Theme> {
        match s {
            "light" => Some(Theme::Light),
            "dark" => Some(Theme::Dark),
            _ => None,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Palette {
    pub background: RGBColor,
    pub text: RGBColor,
    pub muted: RGBColor,
    pub bar: RGBColor,
    /// A bar the reader filtered to, or the survey's own category.
    pub highlight: RGBColor,
    pub rule: RGBColor,
    /// A sequential scale, lightest to darkest against the background (the tile map's classes).
    pub ramp: [RGBColor; 6],
}

pub fn palette(theme: Theme) -> Palette {
    match theme {
        Theme::Light => Palette {
            background: RGBColor(0xff, 0xff, 0xff),
            text: RGBColor(0x1b, 0x1f, 0x24),
            muted: RGBColor(0x55, 0x5b, 0x63),
            bar: RGBColor(0x00, 0x72, 0xb2),
            highlight: RGBColor(0xd5, 0x5e, 0x00),
            rule: RGBColor(0xc8, 0xcc, 0xd1),
            // ColorBrewer's Blues (sequential, print and colour-vision friendly), from its third step.
            ramp: [
                RGBColor(0xc6, 0xdb, 0xef),
                RGBColor(0x9e, 0xca, 0xe1),
                RGBColor(0x6b, 0xae, 0xd6),
                RGBColor(0x42, 0x92, 0xc6),
                RGBColor(0x21, 0x71, 0xb5),
                RGBColor(0x08, 0x45, 0x94),
            ],
        },
        Theme::Dark => Palette {
            background: RGBColor(0x16, 0x19, 0x1d),
            text: RGBColor(0xec, 0xee, 0xf0),
            muted: RGBColor(0xb0, 0xb6, 0xbd),
            bar: RGBColor(0x56, 0xb4, 0xe9),
            highlight: RGBColor(0xe6, 0x9f, 0x00),
            rule: RGBColor(0x4a, 0x50, 0x57),
            // The same hue growing lighter against the dark background: more is brighter.
            ramp: [
                RGBColor(0x1e, 0x3a, 0x5a),
                RGBColor(0x1f, 0x4f, 0x7f),
                RGBColor(0x24, 0x66, 0x9f),
                RGBColor(0x5a, 0xa2, 0xdc),
                RGBColor(0x8c, 0xc4, 0xec),
                RGBColor(0xc4, 0xe3, 0xf8),
            ],
        },
    }
}

/// `#RRGGBB` of a colour, spelled as plotters writes it into SVG.
pub fn hex(c: RGBColor) -> String {
    format!("#{:02X}{:02X}{:02X}", c.0, c.1, c.2)
}

/// WCAG relative-luminance contrast ratio of two colours.
pub fn contrast(a: RGBColor, b: RGBColor) -> f64 {
    fn lum(c: RGBColor) -> f64 {
        let ch = |v: u8| {
            let s = f64::from(v) / 255.0;
            if s <= 0.03928 {
                s / 12.92
            } else {
                ((s + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * ch(c.0) + 0.7152 * ch(c.1) + 0.0722 * ch(c.2)
    }
    let (x, y) = (lum(a), lum(b));
    (x.max(y) + 0.05) / (x.min(y) + 0.05)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_keeps_aa_contrast_and_bars_stand_out_in_both_themes() {
        for theme in [Theme::Light, Theme::Dark] {
            let p = palette(theme);
            assert!(contrast(p.text, p.background) >= 4.5, "{theme:?} text");
            assert!(contrast(p.muted, p.background) >= 4.5, "{theme:?} muted");
            // Non-text graphics need 3:1 (WCAG 1.4.11).
            assert!(contrast(p.bar, p.background) >= 3.0, "{theme:?} bar");
            assert!(contrast(p.highlight, p.background) >= 3.0, "{theme:?} highlight");
            // A shade scale: each step further from the background than the last, and the text
            // on every shade (dark or light, whichever reads better) keeps 4.5:1.
            let distance: Vec<f64> = p.ramp.iter().map(|c| contrast(*c, p.background)).collect();
            assert!(distance.windows(2).all(|w| w[0] < w[1]), "{theme:?} ramp {distance:?}");
            for shade in p.ramp {
                assert!(contrast(p.text, shade).max(contrast(p.background, shade)) >= 4.5, "{theme:?} text on {shade:?}");
            }
        }
    }
}
