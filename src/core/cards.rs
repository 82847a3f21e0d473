//! The chart cards of the views, each defined once in `CARDS`: its `chart=` id (links and
//! one-chart embeds), the view it belongs to, the facet a click on it filters by, and what it
//! shows for a selection — the chart, the lines to read it by (finding, caveats) and the lines
//! under it. The app's cards, the build-time first screens and the embeds all take their content
//! from `card()`, so they cannot drift apart.
//!
//! It must not know about the browser: the app turns a `Card` into DOM and a canvas.

use super::chart::AnyChart;
use super::dataset::Dataset;
use super::facet::Facet;
use super::figures::{
    category_chart, facet_chart, function_chart, function_comparison, function_counts, largest_finding, lineage_chart, lineage_counts,
    lineage_finding, province_finding, province_map, sample_caveat, survey_chart, survey_finding, timeline_chart, ProvinceCounts,
};
use super::filter::{Filters, Index, Selection};
use super::i18n::{fill, format_int, Lang, Msg};
use super::model::Source;
use super::survey::scenario_split;
use super::timeline::timeline;
use super::views::View;

/// Every chart card of the atlas.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CardId {
    Survey,
    Functions,
    Category,
    Province,
    Base,
    Kind,
    Specialty,
    Modality,
    Timeline,
    PathologyKind,
    PathologySpecialty,
    HospitalsKind,
    HospitalsSpecialty,
}

/// One card, whole.
pub struct CardDef {
    pub id: CardId,
    /// The value of `chart=`; also names the card's test ids (`{testid}-card`, `{testid}-chart`).
    pub param: &'static str,
    /// The view the card is shown in.
    pub view: View,
    /// The card's and the chart's test ids (the chart's also names its downloads).
    pub card_testid: &'static str,
    pub chart_testid: &'static str,
    /// The test id of the lines under the chart, for the cards whose notes specs read.
    pub caption_testid: Option<&'static str>,
    /// What a click (or Enter) on a bar filters by; `None` for charts that only show.
    pub filters: Option<Facet>,
    /// Spans the whole row of the grid.
    pub wide: bool,
}

pub const CARDS: [CardDef; 13] = [
    CardDef {
        id: CardId::Survey,
        param: "survey",
        view: View::Overview,
        card_testid: "survey-card",
        chart_testid: "survey-chart",
        caption_testid: None,
        filters: None,
        wide: false,
    },
    CardDef {
        id: CardId::Functions,
        param: "functions",
        view: View::Overview,
        card_testid: "function-card",
        chart_testid: "function-chart",
        caption_testid: None,
        filters: Some(Facet::FunctionCategory),
        wide: false,
    },
    CardDef {
        id: CardId::Category,
        param: "category",
        view: View::Overview,
        card_testid: "category-card",
        chart_testid: "category-chart",
        caption_testid: Some("category-notes"),
        filters: Some(Facet::Category),
        wide: true,
    },
    CardDef {
        id: CardId::Province,
        param: "province",
        view: View::Overview,
        card_testid: "province-card",
        chart_testid: "province-chart",
        caption_testid: None,
        filters: Some(Facet::Province),
        wide: true,
    },
    CardDef {
        id: CardId::Base,
        param: "base",
        view: View::Overview,
        card_testid: "lineage-card",
        chart_testid: "lineage-chart",
        caption_testid: None,
        filters: Some(Facet::BuiltOn),
        wide: false,
    },
    CardDef {
        id: CardId::Kind,
        param: "kind",
        view: View::Overview,
        card_testid: "kind-chart-card",
        chart_testid: "kind-chart",
        caption_testid: None,
        filters: Some(Facet::Kind),
        wide: false,
    },
    CardDef {
        id: CardId::Specialty,
        param: "specialty",
        view: View::Overview,
        card_testid: "specialty-chart-card",
        chart_testid: "specialty-chart",
        caption_testid: None,
        filters: Some(Facet::Specialty),
        wide: false,
    },
    CardDef {
        id: CardId::Modality,
        param: "modality",
        view: View::Overview,
        card_testid: "modality-chart-card",
        chart_testid: "modality-chart",
        caption_testid: None,
        filters: Some(Facet::Modality),
        wide: false,
    },
    CardDef {
        id: CardId::Timeline,
        param: "timeline",
        view: View::Timeline,
        card_testid: "timeline-card",
        chart_testid: "timeline-chart",
        caption_testid: Some("timeline-notes"),
        filters: None,
        wide: false,
    },
    CardDef {
        id: CardId::PathologyKind,
        param: "pathology-kind",
        view: View::StoryPathology,
        card_testid: "story-kind-card",
        chart_testid: "story-kind-chart",
        caption_testid: None,
        filters: Some(Facet::Kind),
        wide: false,
    },
    CardDef {
        id: CardId::PathologySpecialty,
        param: "pathology-specialty",
        view: View::StoryPathology,
        card_testid: "story-specialty-card",
        chart_testid: "story-specialty-chart",
        caption_testid: None,
        filters: Some(Facet::Specialty),
        wide: false,
    },
    CardDef {
        id: CardId::HospitalsKind,
        param: "hospitals-kind",
        view: View::StoryHospitals,
        card_testid: "story-kind-card",
        chart_testid: "story-kind-chart",
        caption_testid: None,
        filters: Some(Facet::Kind),
        wide: false,
    },
    CardDef {
        id: CardId::HospitalsSpecialty,
        param: "hospitals-specialty",
        view: View::StoryHospitals,
        card_testid: "story-specialty-card",
        chart_testid: "story-specialty-chart",
        caption_testid: None,
        filters: Some(Facet::Specialty),
        wide: false,
    },
];

impl CardId {
    pub fn def(self) -> &'static CardDef {
        &CARDS[self as usize]
    }

    /// The card whose `chart=` value is `param`.
    pub fn from_param(param: &str) -> Option<CardId> {
        CARDS.iter().find(|d| d.param == param).map(|d| d.id)
    }

    /// The cards of `view`, in the order the view shows them (the lineage story shows the
    /// overview's base and function cards).
    pub fn of_view(view: View) -> Vec<CardId> {
        match view {
            View::StoryLineage => vec![CardId::Base, CardId::Functions],
            _ => CARDS.iter().filter(|d| d.view == view).map(|d| d.id).collect(),
        }
    }
}

/// A line of a card, above or under its chart.
#[derive(Clone, Debug, PartialEq)]
pub enum Line {
    /// A paragraph with a class (`finding`, `note`, `hint`) and maybe a test id.
    Text { class: &'static str, testid: Option<&'static str>, text: String },
    /// A citation of a source, linking to it.
    Cite(Source),
}

impl Line {
    pub fn finding(text: impl Into<String>, testid: Option<&'static str>) -> Line {
        Line::Text { class: "finding", testid, text: text.into() }
    }

    pub fn note(text: impl Into<String>, testid: Option<&'static str>) -> Line {
        Line::Text { class: "note", testid, text: text.into() }
    }
}

/// What a card shows.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Card {
    pub chart: AnyChart,
    /// Between the title and the chart.
    pub above: Vec<Line>,
    /// Under the chart: its notes (unless the card says the same otherwise), then these.
    pub below: Vec<Line>,
}

impl Default for AnyChart {
    fn default() -> AnyChart {
        AnyChart::Bar(Default::default())
    }
}

/// Everything a card is computed from.
pub struct Context<'a> {
    pub ds: &'a Dataset,
    pub index: &'a Index,
    /// The rows of the card's view (a story's selection carries its preset).
    pub selection: &'a Selection,
    pub filters: &'a Filters,
    pub lang: Lang,
}

/// The card `id` for `cx`; `None` when the data cannot give it (the survey card without the
/// survey's split).
pub fn card(id: CardId, cx: &Context<'_>) -> Option<Card> {
    let Context { ds, index, selection, filters, lang } = *cx;
    let notes_below = |chart: AnyChart, above: Vec<Line>| {
        let below = chart_notes(&chart);
        Card { chart, above, below }
    };
    Some(match id {
        CardId::Survey => {
            let split = scenario_split(ds)?;
            let chart = survey_chart(ds, lang)?;
            let note = fill(Msg::SurveyImageOnly.text(lang), &[("n", &split.other_categories.to_string())]);
            Card {
                chart: chart.into(),
                above: vec![Line::finding(survey_finding(ds, lang).unwrap_or_default(), None)],
                // The image-only note and the citation (a link) stand in for the chart's own notes.
                below: vec![Line::note(note, Some("image-only-note")), Line::Cite(split.source.clone())],
            }
        }
        CardId::Functions => {
            let rows = selection.rows_without(Facet::FunctionCategory);
            let counts = function_counts(ds, rows);
            let chart = function_chart(ds, &counts, filters, lang);
            let caveat = counts.classified.then(|| sample_caveat(ds, rows, lang));
            let above = vec![
                Line::finding(function_comparison(ds, &counts, lang).unwrap_or_default(), Some("function-comparison")),
                Line::note(caveat.unwrap_or_default(), Some("function-caveat")),
            ];
            notes_below(chart.into(), above)
        }
        CardId::Category => {
            let chart = category_chart(ds, selection, filters, lang);
            let finding = largest_finding(&chart, Some(selection.counts.of(Facet::Category).population), lang);
            let above = vec![
                Line::finding(finding.unwrap_or_default(), None),
                Line::Text { class: "hint", testid: None, text: Msg::ChartClickHint.text(lang).to_owned() },
            ];
            notes_below(chart.into(), above)
        }
        CardId::Province => {
            let counts = ProvinceCounts::of(index, selection);
            let chart = province_map(ds, &counts, filters, lang);
            let above = vec![Line::finding(province_finding(ds, &counts, lang).unwrap_or_default(), Some("province-finding"))];
            notes_below(chart.into(), above)
        }
        CardId::Base => {
            let counts = lineage_counts(index, selection.rows_without(Facet::BuiltOn));
            let chart = lineage_chart(ds, index, &counts, filters, lang);
            let caveat = fill(
                Msg::NotStatedCaveat.text(lang),
                &[("n", &format_int(counts.not_stated as u64)), ("total", &format_int((counts.stated + counts.not_stated) as u64))],
            );
            let above = vec![
                Line::finding(lineage_finding(ds, index, &counts, lang).unwrap_or_default(), Some("lineage-finding")),
                Line::note(caveat, Some("lineage-unstated")),
            ];
            notes_below(chart.into(), above)
        }
        CardId::Kind | CardId::Specialty | CardId::Modality => {
            let facet = id.def().filters?;
            let chart = facet_chart(ds, index, selection, filters, facet, lang).unwrap_or_default();
            let finding = largest_finding(&chart, Some(selection.counts.of(facet).population), lang);
            notes_below(chart.into(), vec![Line::finding(finding.unwrap_or_default(), None)])
        }
        CardId::Timeline => notes_below(timeline_chart(&timeline(ds, &selection.rows), lang).into(), Vec::new()),
        CardId::PathologyKind | CardId::PathologySpecialty | CardId::HospitalsKind | CardId::HospitalsSpecialty => {
            let facet = id.def().filters?;
            let mut chart = facet_chart(ds, index, selection, filters, facet, lang).unwrap_or_default();
            // The story's charts are the overview's, titled for the story; the story says the rest.
            chart.title = if facet == Facet::Kind { Msg::StoryByKind } else { Msg::StoryBySpecialty }.text(lang).to_owned();
            Card { chart: chart.into(), above: Vec::new(), below: Vec::new() }
        }
    })
}

/// A chart's own notes as lines under it.
fn chart_notes(chart: &AnyChart) -> Vec<Line> {
    use super::chart::Chart;
    chart.notes().iter().map(|n| Line::note(n.clone(), None)).collect()
}

/// The card's title in `lang` without computing the card (the embed dialog lists the cards of a
/// view by title); a test holds it equal to the title the card's chart carries.
pub fn heading(id: CardId, lang: Lang) -> String {
    let msg = match id {
        CardId::Survey => Msg::SurveyChartTitle,
        CardId::Functions => Msg::FunctionChartTitle,
        CardId::Category => Msg::CategoryChartTitle,
        CardId::Province => Msg::MapTitle,
        CardId::Base => Msg::LineageChartTitle,
        CardId::Timeline => Msg::TimelineTitle,
        CardId::PathologyKind | CardId::HospitalsKind => Msg::StoryByKind,
        CardId::PathologySpecialty | CardId::HospitalsSpecialty => Msg::StoryBySpecialty,
        CardId::Kind | CardId::Specialty | CardId::Modality => {
            let Some(spec) = id.def().filters.and_then(|f| f.def().chart) else { return String::new() };
            return fill(spec.title.text(lang), &[("n", &spec.top.map(|t| t.to_string()).unwrap_or_default())]);
        }
    };
    msg.text(lang).to_owned()
}

/// The card's chart as the page draws it: the card's content for `cx`, or an empty chart.
pub fn chart_of(id: CardId, cx: &Context<'_>) -> AnyChart {
    card(id, cx).map(|c| c.chart).unwrap_or_default()
}

/// The card's title, in `lang` (the chart's title).
pub fn title(id: CardId, cx: &Context<'_>) -> String {
    use super::chart::Chart;
    chart_of(id, cx).title().to_owned()
}

/// What the README's parameter table says of `chart=`.
pub fn doc_values() -> String {
    CARDS.iter().map(|d| format!("`{}`", d.param)).collect::<Vec<_>>().join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::filter::select;

    #[test]
    fn the_table_is_in_enum_order_with_unique_parameters() {
        for (i, d) in CARDS.iter().enumerate() {
            assert_eq!(d.id as usize, i, "{:?} out of order", d.id);
            assert_eq!(CardId::from_param(d.param), Some(d.id));
        }
        let mut params: Vec<&str> = CARDS.iter().map(|d| d.param).collect();
        params.sort_unstable();
        params.dedup();
        assert_eq!(params.len(), CARDS.len());
        assert_eq!(CardId::from_param("nope"), None);
    }

    #[test]
    fn every_card_has_content_on_the_bundled_data_in_both_languages() {
        let ds = crate::core::bundle::bundled().unwrap();
        let index = Index::new(&ds);
        for d in &CARDS {
            let filters = Filters::default();
            let selection = select(&index, &filters, d.view.preset());
            for lang in [Lang::En, Lang::Zh] {
                let cx = Context { ds: &ds, index: &index, selection: &selection, filters: &filters, lang };
                let c = card(d.id, &cx).unwrap_or_else(|| panic!("{} has no content", d.param));
                assert!(!title(d.id, &cx).is_empty(), "{}", d.param);
                assert_eq!(heading(d.id, lang), title(d.id, &cx), "{}: the dialog names the card as its chart does", d.param);
                use crate::core::chart::Chart;
                assert!(!c.chart.table().is_empty(), "{} draws something", d.param);
            }
        }
    }
}
