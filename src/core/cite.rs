//! How the atlas cites its sources: one formatter for a source's citation line and for the date
//! it carries. Dates in citations stay ISO (`2025-06-20`) in both languages, as reference
//! managers and style guides expect.

use super::date::PartialDate;
use super::model::Source;

/// ", 2025-06-20" — a citation's date as it follows the publisher or title; "" without a date.
pub fn date_suffix(published: Option<PartialDate>) -> String {
    published.map(|d| format!(", {d}")).unwrap_or_default()
}

/// "Publisher, “Title”, 2025-06-20. URL" — how every chart and download cites its source.
pub fn source_line(source: &Source) -> String {
    format!("{}, “{}”{}. {}", source.publisher, source.title, date_suffix(source.published), source.url)
}

/// "Publisher, 2025-06-20" — the short form after a quotation.
pub fn publisher_dated(source: &Source) -> String {
    format!("{}{}", source.publisher, date_suffix(source.published))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn citations_keep_the_date_at_its_precision() {
        let mut s = Source {
            id: "x".into(),
            title: "Homogenization".into(),
            publisher: "VCBeat".into(),
            published: PartialDate::parse("2025-06-20"),
            url: "https://example.org/a".into(),
        };
        assert_eq!(source_line(&s), "VCBeat, “Homogenization”, 2025-06-20. https://example.org/a");
        assert_eq!(publisher_dated(&s), "VCBeat, 2025-06-20");
        s.published = PartialDate::parse("2025");
        assert_eq!(publisher_dated(&s), "VCBeat, 2025");
        s.published = None;
        assert_eq!(source_line(&s), "VCBeat, “Homogenization”. https://example.org/a");
    }
}
