//! Search normalisation: case- and width-insensitive matching for Latin and Chinese text.
//! Hand-written rather than full NFKC (`unicode-normalization`): width folding is the only
//! compatibility mapping readers type in practice (Ｌｌａｍａ, ＧＰＴ), and the tables cost WASM size.

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

/// A normalised query: every term must occur in the normalised text.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Query {
    terms: Vec<String>,
}

impl Query {
    pub fn new(raw: &str) -> Query {
        Query { terms: normalize(raw).split(' ').filter(|t| !t.is_empty()).map(str::to_owned).collect() }
    }

    pub fn is_empty(&self) -> bool {
        self.terms.is_empty()
    }

    /// `haystack` must already be normalised.
    pub fn matches(&self, haystack: &str) -> bool {
        self.terms.iter().all(|t| haystack.contains(t.as_str()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(query: &str, text: &str, expected: bool) {
        assert_eq!(Query::new(query).matches(&normalize(text)), expected, "{query:?} in {text:?}");
    }

    #[test]
    fn matching_ignores_case_width_and_spacing() {
        check("gpt", "AierGPT", true);
        check("ＧＰＴ", "AierGPT", true);
        check("aiergpt", "ＡｉｅｒＧＰＴ", true);
        check("病理", "瑞金病理大模型", true);
        check("病理  大模型", "病理 AI 大模型", true);
        check("pathology huawei", "RuiPath by Ruijin Hospital and Huawei; pathology", true);
        check("pathology google", "RuiPath by Ruijin Hospital and Huawei; pathology", false);
        check("", "anything", true);
        check("Ä", "ärzte", true);
    }

    #[test]
    fn normalize_collapses_whitespace() {
        assert_eq!(normalize("  A\u{3000}B \t c "), "a b c");
        assert!(Query::new("   ").is_empty());
    }
}
