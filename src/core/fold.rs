//! Text folding for matching: case- and width-insensitive comparison of Latin and Chinese text,
//! shared by search, sorting and the base-family rule (which all compare what readers and
//! sources write in different widths and cases). Hand-written rather than full NFKC
//! (`unicode-normalization`): width folding is the only compatibility mapping readers type in
//! practice (Ｌｌａｍａ, ＧＰＴ), and the tables cost WASM size. It depends on nothing in the core.

/// Folds fullwidth ASCII to ASCII, the ideographic space to a space, lowercases, and collapses
/// runs of whitespace to one space.
pub fn normalize(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut last_space = true;
    for c in s.chars() {
        let c = match c {
            '\u{ff01}'..='\u{ff5e}' => char::from_u32(c as u32 - 0xfee0).unwrap_or(c),
            '\u{3000}' => ' ',
            _ => c,
        };
        if c.is_whitespace() {
            if !last_space {
                out.push(' ');
            }
            last_space = true;
            continue;
        }
        last_space = false;
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
        } else {
            out.extend(c.to_lowercase());
        }
    }
    if out.ends_with(' ') {
        out.pop();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalize_collapses_whitespace() {
        assert_eq!(normalize("  A\u{3000}B \t c "), "a b c");
        assert!(normalize("   ").is_empty());
    }
}
