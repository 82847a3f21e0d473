//! Bar charts of the app: the survey's published split and the atlas's counts by facet.

use super::category_name;
use crate::core::chart::bar::{Bar, BarChart, BarStyle};
use crate::core::cite;
use crate::core::dataset::Dataset;
use crate::core::facet::Facet;
use crate::core::filter::{Filters, Index, Selection};
use crate::core::i18n::{fill, format_int, format_percent, Lang, Msg};
use crate::core::model::Quote;
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
                chosen: false,
            },
            Bar {
                key: "other-categories".into(),
                label: fill(Msg::SurveyOtherTogether.text(lang), &[("n", &n)]),
                value: f64::from(split.rest),
                value_label: format!("{} · {}", format_int(split.rest.into()), format_percent(rest_share)),
                style: BarStyle::Aggregate,
                marker: None,
                detail: String::new(),
                chosen: false,
            },
        ],
        notes: vec![
            fill(Msg::SurveyImageOnly.text(lang), &[("n", &n)]),
            format!("{}: {}", Msg::SourceLabel.text(lang), cite::source_line(split.source)),
        ],
        empty_message: Msg::NoModels.text(lang).to_owned(),
    };
    for bar in &mut chart.bars {
        bar.detail = format!("{}: {}", bar.label, bar.value_label);
    }
    Some(chart)
}

/// The survey card's finding in words: the named category's share of all functions. `None`
/// when the figures are missing.
pub fn survey_finding(ds: &Dataset, lang: Lang) -> Option<String> {
    let split = scenario_split(ds)?;
    let category = ds.category(split.category_id)?;
    Some(fill(
        Msg::SurveyShareFinding.text(lang),
        &[
            ("category", category_name(category, lang)),
            ("part", &format_int(split.part.into())),
            ("total", &format_int(split.total.into())),
            ("share", &format_percent(split.share())),
        ],
    ))
}

/// The result line's two texts: "12 of 193 models" and, when the survey's headline is known,
/// how the atlas's sample compares with the survey's count.
pub fn result_line(ds: &Dataset, shown: usize, lang: Lang) -> (String, Option<String>) {
    let total = format_int(ds.models.len() as u64);
    let count = fill(Msg::ResultCount.text(lang), &[("n", &format_int(shown as u64)), ("total", &total)]);
    let note =
        headline(ds).map(|h| fill(Msg::SurveyCountedNote.text(lang), &[("n", &total), ("total", &format_int(h.models_surveyed.into()))]));
    (count, note)
}

/// Documented models per atlas category (counts given the other filters), largest first, with
/// the reader's chosen categories highlighted. Zero-count categories stay, labelled 0.
pub fn category_chart(ds: &Dataset, selection: &Selection, filters: &Filters, lang: Lang) -> BarChart {
    let mut order: Vec<usize> = (0..ds.categories.len()).collect();
    // Stable sort: ties keep the order of categories.csv.
    order.sort_by_key(|&i| std::cmp::Reverse(selection.counts.value(Facet::Category, i)));
    let total: usize = selection.counts.of(Facet::Category).values.iter().sum();
    let bars = order
        .into_iter()
        .map(|i| {
            let c = &ds.categories[i];
            let n = selection.counts.value(Facet::Category, i);
            Bar {
                key: c.id.clone(),
                label: category_name(c, lang).to_owned(),
                value: n as f64,
                value_label: format_int(n as u64),
                style: if filters.is_chosen(Facet::Category, &c.id) { BarStyle::Highlight } else { BarStyle::Normal },
                chosen: filters.is_chosen(Facet::Category, &c.id),
                marker: None,
                detail: share_detail(category_name(c, lang), n, total, lang),
            }
        })
        .collect();
    let mut bars: Vec<Bar> = bars;
    // The article's argument, as its own words beside the bars it speaks about.
    let argument = category_quotes(ds);
    for bar in &mut bars {
        if let Some((marker, _)) = argument.iter().find(|(_, q)| q.category.as_deref() == Some(bar.key.as_str())) {
            bar.marker = Some(marker.clone());
        }
    }
    let mut notes = vec![super::sample_note(ds, selection.rows.len(), lang), Msg::AtlasClassificationNote.text(lang).to_owned()];
    for (marker, q) in &argument {
        let cited = ds.source(&q.source_id).map(|s| format!(" ({})", cite::publisher_dated(s))).unwrap_or_default();
        notes.push(format!("{marker} “{}”{cited}", q.quote));
    }
    notes.push(Msg::AtlasSource.text(lang).to_owned());
    BarChart { title: Msg::CategoryChartTitle.text(lang).to_owned(), bars, notes, empty_message: Msg::NoModels.text(lang).to_owned() }
}

/// Circled-number markers for quotations tied to a category, in the order of quotes.csv.
pub fn category_quotes(ds: &Dataset) -> Vec<(String, &Quote)> {
    const MARKERS: [&str; 10] = ["①", "②", "③", "④", "⑤", "⑥", "⑦", "⑧", "⑨", "⑩"];
    ds.quotes.iter().filter(|q| q.category.is_some()).zip(MARKERS).map(|(q, m)| (m.to_owned(), q)).collect()
}

/// "Pathology: 10 models (5.2% of 193)".
pub fn share_detail(label: &str, n: usize, total: usize, lang: Lang) -> String {
    let share = if total == 0 { 0.0 } else { n as f64 / total as f64 };
    fill(
        if n == 1 { Msg::BarDetailOne } else { Msg::BarDetail }.text(lang),
        &[("label", label), ("n", &format_int(n as u64)), ("share", &format_percent(share)), ("total", &format_int(total as u64))],
    )
}

/// One bar per value of a facet, counts given the other filters, largest first (ties keep the
/// facet's order), chosen values highlighted.
fn facet_bars(items: Vec<(String, String, usize, bool)>, total: usize, lang: Lang) -> Vec<Bar> {
    let mut items = items;
    items.sort_by_key(|i| std::cmp::Reverse(i.2));
    items
        .into_iter()
        .map(|(key, label, n, chosen)| Bar {
            detail: share_detail(&label, n, total, lang),
            key,
            label,
            value: n as f64,
            value_label: format_int(n as u64),
            style: if chosen { BarStyle::Highlight } else { BarStyle::Normal },
            marker: None,
            chosen,
        })
        .collect()
}

fn atlas_notes(ds: &Dataset, selection: &Selection, lang: Lang) -> Vec<String> {
    vec![super::sample_note(ds, selection.rows.len(), lang), Msg::AtlasSource.text(lang).to_owned()]
}

/// The chart of one facet as its `FacetChart` describes it: models per value under the other
/// filters; with `top`, only the most frequent values, plus any chosen one so a chosen bar never
/// disappears. `None` for a facet without a chart.
pub fn facet_chart(ds: &Dataset, index: &Index, selection: &Selection, filters: &Filters, facet: Facet, lang: Lang) -> Option<BarChart> {
    let spec = facet.def().chart?;
    let counts = selection.counts.of(facet);
    let items: Vec<(String, String, usize, bool)> = index
        .values(facet)
        .iter()
        .zip(&counts.values)
        .map(|(id, &n)| (id.clone(), facet.value_label(id, ds, lang), n, filters.is_chosen(facet, id)))
        .collect();
    let mut bars = facet_bars(items, counts.population, lang);
    if let Some(top) = spec.top {
        let mut rank = 0;
        bars.retain(|b| {
            rank += 1;
            (rank <= top && b.value > 0.0) || b.chosen
        });
    }
    let mut notes = atlas_notes(ds, selection, lang);
    if let (Some(msg), true) = (spec.unstated, counts.unstated > 0) {
        notes.insert(0, fill(msg.text(lang), &[("n", &format_int(counts.unstated as u64))]));
    }
    let n = spec.top.map(|t| t.to_string()).unwrap_or_default();
    Some(BarChart { title: fill(spec.title.text(lang), &[("n", &n)]), bars, notes, empty_message: Msg::NoModels.text(lang).to_owned() })
}

/// The chart's main finding in words, for its caption: the largest bar and its share.
/// `population` is the number of models the bars are counted over (bars may overlap, as
/// specialties do); `None` means the bars partition it.
pub fn largest_finding(chart: &BarChart, population: Option<usize>, lang: Lang) -> Option<String> {
    let total: f64 = population.map_or_else(|| chart.bars.iter().map(|b| b.value).sum(), |p| p as f64);
    let top = chart.bars.iter().max_by(|a, b| a.value.total_cmp(&b.value))?;
    (total > 0.0).then(|| {
        fill(
            Msg::LargestFinding.text(lang),
            &[
                ("label", &top.label),
                ("n", &top.value_label),
                ("total", &format_int(total as u64)),
                ("share", &format_percent(top.value / total)),
            ],
        )
    })
}
