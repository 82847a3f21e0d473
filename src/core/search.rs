//! Search: each model's searched text and the reader's query, matched case- and
//! width-insensitively through `fold::normalize`.

use super::dataset::Dataset;
use super::fold::normalize;
use super::lineage::families_of;
use super::model::Model;

/// The normalised text a model is searched in: its names (Latin and Chinese), developer,
/// partners, functions and published base, its developer's city, and in both languages the names
/// of its families, its category, its functions' categories, its specialties and its developer's
/// province, so that a reader's word for what they mean finds it (`病理`, `pathology`, `Qwen`,
/// `通义千问`, `Hangzhou`, `浙江`).
pub fn haystack(m: &Model, ds: &Dataset) -> String {
    let mut parts: Vec<&str> = vec![&m.name, &m.name_zh, &m.developer, &m.base_model];
    parts.extend(m.partners.iter().map(String::as_str));
    parts.extend(m.functions.iter().map(String::as_str));
    let mut categories: Vec<&str> = vec![&m.category];
    categories.extend(m.function_categories.iter().map(String::as_str));
    categories.sort_unstable();
    categories.dedup();
    for c in categories.iter().filter_map(|id| ds.category(id)) {
        parts.extend([c.name_en.as_str(), &c.name_zh]);
    }
    // A specialty without names (a reader's own id) is searched as it is shown: its id with spaces.
    let unnamed: Vec<String> = m.specialties.iter().filter(|id| ds.specialty(id).is_none()).map(|id| id.replace('-', " ")).collect();
    parts.extend(unnamed.iter().map(String::as_str));
    for s in m.specialties.iter().filter_map(|id| ds.specialty(id)) {
        parts.extend([s.name_en.as_str(), &s.name_zh]);
    }
    for id in families_of(&m.base_model, &ds.base_families) {
        if let Some(f) = ds.base_families.iter().find(|f| f.id == id) {
            parts.extend([f.name_en.as_str(), &f.name_zh]);
        }
    }
    // Where the developer is based: the city as the page says it, the province in both languages.
    if let Some(l) = ds.location_of(&m.developer) {
        parts.push(&l.city);
        if let Some(p) = ds.province(&l.province) {
            parts.extend([p.name_en.as_str(), &p.name_zh]);
        }
    }
    // A separator no query contains, so no term matches across two fields.
    normalize(&parts.join(" \u{1f} "))
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
}
