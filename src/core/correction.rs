//! "Report a correction": the text a reader sends about one record, naming the record and the data
//! version, and, when the build was given a destination (`ATLAS_CORRECTIONS_URL`, such as an issue
//! tracker's new-issue address), the address that opens it pre-filled. The page itself sends
//! nothing.

use super::date::PartialDate;
use super::i18n::{fill, Lang, Msg};
use super::model::Model;
use super::parse::is_http_url;

/// Where corrections go, if this build was given an http(s) address for them.
pub fn destination() -> Option<&'static str> {
    option_env!("ATLAS_CORRECTIONS_URL").filter(|u| is_http_url(u))
}

/// The report's subject and body.
pub fn report(m: &Model, version: Option<PartialDate>, field: &str, wrong: &str, source: &str, lang: Lang) -> (String, String) {
    let version = version
        .map_or_else(|| Msg::UnversionedData.text(lang).to_owned(), |v| fill(Msg::CiteVersion.text(lang), &[("version", &v.to_string())]));
    let subject = fill(Msg::CorrectionSubject.text(lang), &[("id", &m.id)]);
    let body = fill(
        Msg::CorrectionBody.text(lang),
        &[
            ("id", &m.id),
            ("version", &version),
            ("field", field),
            ("wrong", wrong.trim()),
            ("source", source.trim()),
            ("current", &m.source_url),
        ],
    );
    (subject, body)
}

/// `base` with the subject and body as `title` and `body` query parameters (what GitHub's and
/// GitLab's new-issue pages read), percent-encoded.
pub fn prefilled_link(base: &str, subject: &str, body: &str) -> String {
    let sep = if base.contains('?') { '&' } else { '?' };
    let enc = |s: &str| form_urlencoded::byte_serialize(s.as_bytes()).collect::<String>();
    format!("{base}{sep}title={}&body={}", enc(subject), enc(body))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_report_names_the_record_and_the_version_and_encodes_into_a_link() {
        let m = crate::core::bundle::bundled().unwrap().models[0].clone();
        let (subject, body) =
            report(&m, PartialDate::parse("2026-12-01"), "released", " 2024 & not 2023 ", "https://example.org/a?b=1", Lang::En);
        assert_eq!(subject, format!("Correction: {}", m.id));
        assert!(
            body.starts_with(&format!(
                "Correction for MedLLM Atlas record {} (data version 2026-12-01)\nField: released\nWhat is wrong: 2024 & not 2023\n",
                m.id
            )),
            "{body}"
        );
        assert!(body.ends_with(&format!("Record's current source: {}", m.source_url)));
        let link = prefilled_link("https://github.com/o/r/issues/new", &subject, &body);
        assert!(link.starts_with("https://github.com/o/r/issues/new?title=Correction%3A+"), "{link}");
        assert!(link.contains("2024+%26+not+2023") && !link.contains(' ') && !link.contains('\n'), "{link}");
        assert!(prefilled_link("https://x.org/new?labels=data", "s", "b").starts_with("https://x.org/new?labels=data&title=s"));
        let (_, zh) = report(&m, None, "released", "x", "y", Lang::Zh);
        assert!(zh.contains("你自己的数据"), "{zh}");
    }
}
