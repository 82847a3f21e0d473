//! About the data (`view=about`): what the survey published and did not, what a row is, how rows
//! are sourced, the atlas's own classifications, the counts now, the audits and the plain notice
//! that the atlas endorses no model for clinical use, and the data as files to download (also
//! linked from the page footer). Every number is computed from the data.

use super::markup::{el, live, El, Node};
use super::state::AppState;
use crate::core::dataset::Dataset;
use crate::core::figures::category_name;
use crate::core::i18n::{fill, format_int, Lang, Msg};
use crate::core::package::{self, DESCRIPTOR};
use crate::core::survey::{headline, scenario_split};
use crate::core::versions;
use leptos::prelude::*;

/// The sections' titles and texts, in the reader's language.
fn sections(ds: &Dataset, lang: Lang) -> Vec<(Msg, String)> {
    let mut out = Vec::new();
    let survey_category =
        scenario_split(ds).and_then(|s| ds.category(s.category_id)).map_or(String::new(), |c| category_name(c, lang).to_owned());
    if let (Some(h), Some(split)) = (headline(ds), scenario_split(ds)) {
        out.push((
            Msg::AboutSurveyTitle,
            fill(
                Msg::AboutSurvey.text(lang),
                &[
                    ("models", &format_int(h.models_surveyed.into())),
                    ("functions", &format_int(h.functions_total.into())),
                    ("categories", &format_int(h.categories.into())),
                    ("part", &format_int(split.part.into())),
                    ("category", &survey_category),
                    ("other", &split.other_categories.to_string()),
                ],
            ),
        ));
    }
    out.push((Msg::AboutRowTitle, Msg::AboutRow.text(lang).to_owned()));
    out.push((Msg::AboutSourcingTitle, Msg::AboutSourcing.text(lang).to_owned()));
    out.push((Msg::AboutClassesTitle, fill(Msg::AboutClasses.text(lang), &[("category", &survey_category)])));
    let undated = ds.models.iter().filter(|m| m.released.is_none()).count();
    let unstated = ds.models.iter().filter(|m| m.base_model.trim().is_empty()).count();
    out.push((
        Msg::AboutCountsTitle,
        fill(
            Msg::AboutCounts.text(lang),
            &[
                ("summary", &versions::summary(ds, lang)),
                ("undated", &format_int(undated as u64)),
                ("unstated", &format_int(unstated as u64)),
            ],
        ),
    ));
    let located = ds.models.iter().filter(|m| ds.province_of(m).is_some()).count();
    out.push((
        Msg::AboutLocationsTitle,
        fill(
            Msg::AboutLocations.text(lang),
            &[
                ("located", &format_int(located as u64)),
                ("total", &format_int(ds.models.len() as u64)),
                ("unlocated", &format_int((ds.models.len() - located) as u64)),
            ],
        ),
    ));
    out.push((Msg::AboutAuditsTitle, Msg::AboutAudits.text(lang).to_owned()));
    out.push((Msg::AboutNoticeTitle, Msg::AboutNotice.text(lang).to_owned()));
    out
}

fn about(ds: &Dataset, lang: Lang) -> Node {
    el("article")
        .class("about-view card")
        .testid("about-view")
        .child(el("p").class("lead").child(Msg::AboutIntro.text(lang)))
        .children(
            sections(ds, lang).into_iter().map(|(title, text)| {
                el("section").class("about-section").child(el("h2").child(title.text(lang))).child(el("p").child(text))
            }),
        )
        .child(data_files(lang))
        .into()
}

/// The data as files: a heading that links the package, then their licence (the credit line is
/// in datapackage.json and the README).
fn data_files(lang: Lang) -> El {
    el("section").class("about-section").child(el("h2").child(data_link(lang))).child(el("p").child(Msg::DataLicence.text(lang)))
}

/// "The data (CSV files and datapackage.json)", a link to the package beside the page (the
/// About view and the page footer). In the one-file offline copy it links the public address
/// (`ATLAS_PUBLIC_URL`) or, without one, says where the data lives: an `<a>` without `href` is
/// plain text. A link opened in a new tab (the atlas stays where it was), not a `download`:
/// Chromium fetches a download past the service worker, so offline it fails, where a followed
/// link is answered from the worker's cache.
pub fn data_link(lang: Lang) -> Node {
    let href = package::data_href(DESCRIPTOR, super::browser::is_offline_copy());
    let label = if href.is_some() { Msg::DataFilesLink } else { Msg::DataOffline };
    el("a").attr_if("href", href).attr("target", "_blank").testid("data-link").child(label.text(lang)).into()
}

/// The view, rebuilt whole when the data or the language changes. A plain function, not a
/// `#[component]`: it has no props and reads no signal while it is built, and the component's
/// wrapper cost 80 bytes of the gzipped WASM.
pub fn about_view(state: AppState) -> impl IntoView {
    live(state, about)
}
