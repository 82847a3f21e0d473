//! How the atlas cites and is cited: a source's citation line and its date, and the three forms
//! a reader can copy for a model record or a view of the atlas: plain text, BibTeX (`@misc`) and
//! GB/T 7714-2015 (the Chinese standard; `[EB/OL]` marks an online resource). Dates in citations
//! stay ISO (`2025-06-20`) in both languages, as reference managers and style guides expect.

use super::date::PartialDate;
use super::i18n::{fill, Lang, Msg};
use super::model::{Model, Source};

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

/// Where and when the atlas was read, common to every citation of it.
#[derive(Clone, Copy, Debug)]
pub struct Access<'a> {
    /// The data version, if the data has one.
    pub version: Option<PartialDate>,
    /// The address of what is cited (a view, or a model's panel).
    pub url: &'a str,
    /// The reader's date, `YYYY-MM-DD`.
    pub accessed: &'a str,
}

/// The three forms of one citation.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Citations {
    pub plain: String,
    pub bibtex: String,
    pub gbt: String,
}

const ATLAS: &str = "MedLLM Atlas";

/// Text for a BibTeX field: the characters (La)TeX treats specially are escaped, so a name such as
/// "R&D_50% {v2} #1" prints as written; non-ASCII text (Chinese names) is kept as it is.
pub fn bibtex_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\textbackslash{}"),
            '{' | '}' | '%' | '&' | '#' | '_' | '$' => {
                out.push('\\');
                out.push(c);
            }
            '~' => out.push_str("\\textasciitilde{}"),
            '^' => out.push_str("\\textasciicircum{}"),
            _ => out.push(c),
        }
    }
    out
}

/// A BibTeX key from ids: letters, digits and `-` only.
fn bibtex_key(parts: &[&str]) -> String {
    parts
        .iter()
        .map(|p| p.chars().map(|c| if c.is_ascii_alphanumeric() { c.to_ascii_lowercase() } else { '-' }).collect::<String>())
        .collect::<Vec<_>>()
        .join(":")
}

fn version_text(version: Option<PartialDate>, lang: Lang) -> String {
    match version {
        Some(v) => fill(Msg::CiteVersion.text(lang), &[("version", &v.to_string())]),
        None => Msg::UnversionedData.text(lang).to_owned(),
    }
}

/// A model record: the atlas is the author and publisher; the record's own source address and its
/// kind are named, so a reader can check the fact where it was read.
pub fn model(m: &Model, access: &Access<'_>, lang: Lang) -> Citations {
    let title = if m.name_zh.is_empty() || m.name_zh == m.name { m.name.clone() } else { format!("{} ({})", m.name, m.name_zh) };
    let version = version_text(access.version, lang);
    let kind = m.source_kind.label().text(lang);
    let plain = fill(
        Msg::CiteModelPlain.text(lang),
        &[
            ("title", &title),
            ("developer", &m.developer),
            ("version", &version),
            ("id", &m.id),
            ("source", &m.source_url),
            ("kind", kind),
            ("url", access.url),
            ("date", access.accessed),
        ],
    );
    let year = access.version.map_or_else(|| access.accessed.chars().take(4).collect(), |v| v.year.to_string());
    let note = fill(
        Msg::CiteModelNote.text(Lang::En),
        &[("version", &version_text(access.version, Lang::En)), ("id", &m.id), ("source", &m.source_url), ("kind", m.source_kind.id())],
    );
    let bibtex = format!(
        "@misc{{{key},\n  title = {{{title}: a record of {atlas}}},\n  author = {{{{{atlas}}}}},\n  year = {{{year}}},\n  howpublished = {{{atlas}, {version}}},\n  note = {{{note}}},\n  url = {{{url}}},\n  urldate = {{{date}}}\n}}",
        key = bibtex_key(&["medllm-atlas", &m.id, &access.version.map(|v| v.to_string()).unwrap_or_default()]),
        title = bibtex_escape(&title),
        atlas = ATLAS,
        version = bibtex_escape(&version_text(access.version, Lang::En)),
        note = bibtex_escape(&note),
        url = access.url,
        date = access.accessed,
    );
    let gbt = format!(
        "{ATLAS}. {title}: {record}[EB/OL]. ({updated})[{date}]. {url}.",
        title = if m.name_zh.is_empty() { m.name.clone() } else { m.name_zh.clone() },
        record = fill(Msg::CiteGbtRecord.text(lang), &[("version", &version)]),
        updated = access.version.map_or_else(|| access.accessed.to_owned(), |v| v.to_string()),
        date = access.accessed,
        url = access.url,
    );
    Citations { plain, bibtex, gbt }
}

/// A view of the atlas: its name and the filters that shape it.
pub fn view(view_name: &str, filters: &str, access: &Access<'_>, lang: Lang) -> Citations {
    let version = version_text(access.version, lang);
    let plain = fill(
        Msg::CiteAtlasText.text(lang),
        &[("view", view_name), ("filters", filters), ("version", &version), ("url", access.url), ("date", access.accessed)],
    );
    let year = access.version.map_or_else(|| access.accessed.chars().take(4).collect(), |v| v.year.to_string());
    let title = if filters.is_empty() { view_name.to_owned() } else { format!("{view_name}{filters}") };
    let bibtex = format!(
        "@misc{{{key},\n  title = {{{title}}},\n  author = {{{{{atlas}}}}},\n  year = {{{year}}},\n  howpublished = {{{atlas}, {version}}},\n  url = {{{url}}},\n  urldate = {{{date}}}\n}}",
        key = bibtex_key(&["medllm-atlas", &access.version.map(|v| v.to_string()).unwrap_or_default()]),
        title = bibtex_escape(&title),
        atlas = ATLAS,
        version = bibtex_escape(&version_text(access.version, Lang::En)),
        url = access.url,
        date = access.accessed,
    );
    let gbt = format!(
        "{ATLAS}. {title}[EB/OL]. ({updated})[{date}]. {url}.",
        updated = access.version.map_or_else(|| access.accessed.to_owned(), |v| v.to_string()),
        date = access.accessed,
        url = access.url,
    );
    Citations { plain, bibtex, gbt }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn awkward() -> Model {
        let mut m = crate::core::bundle::bundled().unwrap().models[0].clone();
        m.id = "r-d-50".into();
        m.name = "R&D_50% {v2} #1 $x ~y ^z \\w".into();
        m.name_zh = "病理大模型".into();
        m.developer = "Ruijin Hospital & Huawei".into();
        m.source_url = "https://example.org/a_b?c=1&d=50%25#x".into();
        m
    }

    #[test]
    fn bibtex_escapes_what_tex_treats_specially_and_keeps_chinese() {
        assert_eq!(bibtex_escape("R&D_50% {v2} #1 $x"), "R\\&D\\_50\\% \\{v2\\} \\#1 \\$x");
        assert_eq!(bibtex_escape("~^\\"), "\\textasciitilde{}\\textasciicircum{}\\textbackslash{}");
        assert_eq!(bibtex_escape("病理大模型"), "病理大模型");
    }

    #[test]
    fn a_model_record_is_cited_in_three_forms() {
        let access =
            Access { version: PartialDate::parse("2026-12-01"), url: "https://atlas.example/?model=r-d-50", accessed: "2026-12-02" };
        let c = model(&awkward(), &access, Lang::En);
        assert_eq!(
            c.plain,
            "MedLLM Atlas, “R&D_50% {v2} #1 $x ~y ^z \\w (病理大模型)” (Ruijin Hospital & Huawei), data version 2026-12-01, record r-d-50, \
             read from https://example.org/a_b?c=1&d=50%25#x (Secondary (repost, aggregator)). https://atlas.example/?model=r-d-50 (accessed 2026-12-02)."
        );
        assert_eq!(
            c.bibtex,
            "@misc{medllm-atlas:r-d-50:2026-12-01,\n  title = {R\\&D\\_50\\% \\{v2\\} \\#1 \\$x \\textasciitilde{}y \\textasciicircum{}z \\textbackslash{}w (病理大模型): a record of MedLLM Atlas},\n  \
             author = {{MedLLM Atlas}},\n  year = {2026},\n  howpublished = {MedLLM Atlas, data version 2026-12-01},\n  \
             note = {Record r-d-50 (data version 2026-12-01), read from https://example.org/a\\_b?c=1\\&d=50\\%25\\#x (secondary source)},\n  \
             url = {https://atlas.example/?model=r-d-50},\n  urldate = {2026-12-02}\n}"
        );
        // Braces balance, so a reference manager reads the entry whole.
        let depth = c.bibtex.chars().try_fold(0i32, |d, ch| {
            let d = d + i32::from(ch == '{') - i32::from(ch == '}');
            (d >= 0).then_some(d)
        });
        let escaped = c.bibtex.matches("\\{").count() as i32 - c.bibtex.matches("\\}").count() as i32;
        assert_eq!(depth, Some(escaped), "unbalanced braces in {}", c.bibtex);
        assert_eq!(c.gbt, "MedLLM Atlas. 病理大模型: record, data version 2026-12-01[EB/OL]. (2026-12-01)[2026-12-02]. https://atlas.example/?model=r-d-50.");
        let zh = model(&awkward(), &access, Lang::Zh);
        assert_eq!(zh.gbt, "MedLLM Atlas. 病理大模型: 模型记录，数据版本 2026-12-01[EB/OL]. (2026-12-01)[2026-12-02]. https://atlas.example/?model=r-d-50.");
        assert!(zh.plain.contains("访问于2026-12-02"), "{}", zh.plain);
    }

    #[test]
    fn a_view_is_cited_with_its_filters_and_the_data_version() {
        let access =
            Access { version: PartialDate::parse("2026-12-01"), url: "https://atlas.example/?category=pathology", accessed: "2026-12-02" };
        let c = view("Overview", " (Category (atlas): Pathology)", &access, Lang::En);
        assert_eq!(c.plain, "MedLLM Atlas, “Overview” (Category (atlas): Pathology), data version 2026-12-01. https://atlas.example/?category=pathology (accessed 2026-12-02).");
        assert!(
            c.bibtex.starts_with("@misc{medllm-atlas:2026-12-01,\n  title = {Overview (Category (atlas): Pathology)},"),
            "{}",
            c.bibtex
        );
        assert_eq!(c.gbt, "MedLLM Atlas. Overview (Category (atlas): Pathology)[EB/OL]. (2026-12-01)[2026-12-02]. https://atlas.example/?category=pathology.");
        let unversioned = Access { version: None, ..access };
        assert!(view("Overview", "", &unversioned, Lang::En).plain.contains("your own data"));
    }

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
