//! Bar charts of the app: the survey's published split and the atlas's counts by facet.

use super::{category_name, citation};
use crate::core::chart::bar::{Bar, BarChart, BarStyle};
use crate::core::dataset::Dataset;
use crate::core::filter::{Filters, Selection};
use crate::core::i18n::{fill, format_int, format_percent, Lang, Msg};
use crate::core::survey::{headline, scenario_split};

/// The survey's functions by scenario as far as its text goes: the one named category against
/// the other categories together. `None` when the figures are missing.
pub fn survey_chart(ds: &Dataset, lang: Lang) -> Option<BarChart> {
    let split = scenario_split(ds)?;
    let category = ds.category(split.category_id)?;
    let n = split.other_categories.to_string();
    let rest_share = 1.0 - split.share();
    let mut chart = BarChart {
        title: Msg::SurveyChartTitle.text(lang).to_owned(),
        bars: vec![
            Bar {
                key: split.category_id.to_owned(),
                label: category_name(category, lang).to_owned(),
                value: f64::from(split.part),
                value_label: format!("{} · {}", format_int(split.part.into()), format_percent(split.share())),
                style: BarStyle::Highlight,
                marker: None,
                detail: String::new(),
            },
            Bar {
                key: "other-categories".into(),
                label: fill(Msg::SurveyOtherTogether.text(lang), &[("n", &n)]),
                value: f64::from(split.rest),
                value_label: format!("{} · {}", format_int(split.rest.into()), format_percent(rest_share)),
                style: BarStyle::Aggregate,
                marker: None,
                detail: String::new(),
            },
        ],
        notes: vec![fill(Msg::SurveyImageOnly.text(lang), &[("n", &n)]), format!("{}: {}", Msg::SourceLabel.text(lang), citation(split.source))],
        empty_message: Msg::NoModels.text(lang).to_owned(),
    };
    for bar in &mut chart.bars {
        bar.detail = format!("{}: {}", bar.label, bar.value_label);
    }
    Some(chart)
}

/// Documented models per atlas category (counts given the other filters), largest first, with
/// the reader's chosen categories highlighted. Zero-count categories stay, labelled 0.
pub fn category_chart(ds: &Dataset, selection: &Selection, filters: &Filters, lang: Lang) -> BarChart {
    let mut order: Vec<usize> = (0..ds.categories.len()).collect();
    // Stable sort: ties keep the order of categories.csv.
    order.sort_by_key(|&i| std::cmp::Reverse(selection.counts.category.get(i).copied().unwrap_or(0)));
    let total: usize = selection.counts.category.iter().sum();
    let bars = order
        .into_iter()
        .map(|i| {
            let c = &ds.categories[i];
            let n = selection.counts.category.get(i).copied().unwrap_or(0);
            Bar {
                key: c.id.clone(),
                label: category_name(c, lang).to_owned(),
                value: n as f64,
                value_label: format_int(n as u64),
                style: if filters.categories.contains(&c.id) { BarStyle::Highlight } else { BarStyle::Normal },
                marker: None,
                detail: share_detail(category_name(c, lang), n, total, lang),
            }
        })
        .collect();
    let surveyed = headline(ds).map_or_else(|| "?".to_owned(), |h| format_int(h.models_surveyed.into()));
    BarChart {
        title: Msg::CategoryChartTitle.text(lang).to_owned(),
        bars,
        notes: vec![
            fill(Msg::AtlasSampleNote.text(lang), &[("n", &format_int(selection.rows.len() as u64)), ("total", &surveyed)]),
            Msg::AtlasClassificationNote.text(lang).to_owned(),
            Msg::AtlasSource.text(lang).to_owned(),
        ],
        empty_message: Msg::NoModels.text(lang).to_owned(),
    }
}

/// "Pathology: 10 models (5.2% of 193)".
pub fn share_detail(label: &str, n: usize, total: usize, lang: Lang) -> String {
    let share = if total == 0 { 0.0 } else { n as f64 / total as f64 };
    fill(
        Msg::BarDetail.text(lang),
        &[("label", label), ("n", &format_int(n as u64)), ("share", &format_percent(share)), ("total", &format_int(total as u64))],
    )
}
