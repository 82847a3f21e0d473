//! Text measurement for layout. Layout must come out the same natively (SVG in tests) and in the
//! browser (canvas), so it cannot ask a font: it estimates widths from character classes, erring
//! wide so labels are never clipped.

/// Fonts the charts ask for: the system UI face with CJK fallbacks, never a downloaded web font.
/// The same stack goes into canvas `font` strings and SVG `font-family` attributes.
pub const FONT_STACK: &str = "system-ui, -apple-system, \"Segoe UI\", Roboto, \"Noto Sans\", \"PingFang SC\", \"Hiragino Sans GB\", \"Microsoft YaHei\", \"Noto Sans CJK SC\", \"Source Han Sans SC\", sans-serif";

/// Width in px of `s` at font size `px`.
pub fn text_width(s: &str, px: f64) -> f64 {
    s.chars().map(|c| char_em(c) * px).sum()
}

fn char_em(c: char) -> f64 {
    match c {
        // CJK ideographs, kana, hangul, fullwidth forms and CJK punctuation are square.
        '\u{1100}'..='\u{115f}'
        | '\u{2e80}'..='\u{a4cf}'
        | '\u{ac00}'..='\u{d7a3}'
        | '\u{f900}'..='\u{faff}'
        | '\u{fe30}'..='\u{fe4f}'
        | '\u{ff00}'..='\u{ff60}'
        | '\u{ffe0}'..='\u{ffe6}' => 1.0,
        ' ' => 0.3,
        'i' | 'l' | 'j' | '.' | ',' | ':' | ';' | '\'' | '|' | '!' | '(' | ')' | '[' | ']' => 0.32,
        'f' | 't' | 'r' | '-' | '/' => 0.42,
        'm' | 'w' | 'M' | 'W' | '@' | '%' => 0.9,
        'A'..='Z' | '&' | '#' => 0.68,
        '0'..='9' => 0.58,
        '·' | '…' => 0.6,
        _ => 0.58,
    }
}

/// Breaks `s` into lines no wider than `max_px`, at spaces for Latin text and between any two
/// characters for CJK text. A single word longer than a line is broken where it overflows.
pub fn wrap(s: &str, px: f64, max_px: f64) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    let mut width = 0.0;
    for token in tokens(s) {
        let w = text_width(&token, px);
        if width + w > max_px && !line.trim().is_empty() {
            lines.push(line.trim_end().to_owned());
            line.clear();
            width = 0.0;
        }
        let token = if line.is_empty() { token.trim_start().to_owned() } else { token };
        if text_width(&token, px) > max_px {
            for c in token.chars() {
                let cw = char_em(c) * px;
                if width + cw > max_px && !line.is_empty() {
                    lines.push(std::mem::take(&mut line));
                    width = 0.0;
                }
                line.push(c);
                width += cw;
            }
        } else {
            width += text_width(&token, px);
            line.push_str(&token);
        }
    }
    if !line.trim().is_empty() {
        lines.push(line.trim_end().to_owned());
    }
    lines
}

/// Words with their leading space; each CJK character is a token of its own.
fn tokens(s: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut cur = String::new();
    for c in s.chars() {
        if c == ' ' {
            if !cur.is_empty() {
                out.push(std::mem::take(&mut cur));
            }
            cur.push(c);
        } else if char_em(c) >= 1.0 {
            if !cur.trim().is_empty() || cur == " " {
                out.push(std::mem::take(&mut cur));
            }
            out.push(c.to_string());
        } else {
            cur.push(c);
        }
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cjk_is_wider_than_latin() {
        assert_eq!(text_width("病理", 10.0), 20.0);
        assert!(text_width("Pathology", 10.0) < 60.0);
    }

    #[test]
    fn wrapping_keeps_every_character_and_respects_the_width() {
        let s = "VCBeat (vcbeathealth.com), Who Can Break Through the Homogenization Bottleneck? 2025-06-20";
        let lines = wrap(s, 12.0, 200.0);
        assert!(lines.len() > 1);
        assert_eq!(lines.join(" "), s);
        for l in &lines {
            assert!(text_width(l, 12.0) <= 200.0, "{l}");
        }
        let zh = "医疗服务占全部功能的一半以上";
        let lines = wrap(zh, 12.0, 60.0);
        assert_eq!(lines.concat(), zh);
        assert!(lines.iter().all(|l| text_width(l, 12.0) <= 60.0));
    }
}
