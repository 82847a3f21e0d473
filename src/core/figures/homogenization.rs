//! The survey's own measure on the documented models, and what they are built on: functions by
//! application scenario (the atlas's classification of each function, held against the survey's
//! one published share), and models per foundation-model family (the atlas's reading of each
//! published base). Every number comes from the data; nothing about the survey is drawn that its
//! text does not give.

use super::{category_name, share_detail};
use crate::core::chart::bar::{Bar, BarChart, BarStyle};
use crate::core::dataset::Dataset;
use crate::core::facet::Facet;
use crate::core::filter::{Filters, Index};
use crate::core::i18n::{fill, format_int, format_percent, Lang, Msg};
use crate::core::lineage::{NOT_STATED, OTHER};
use crate::core::survey::{headline, scenario_split};
use crate::core::vocab::DeveloperKind;

/// The functions of some models, counted per category of `categories.csv`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FunctionCounts {
    /// Indexed like `Dataset::categories`.
    pub per_category: Vec<usize>,
    /// Classified functions in all.
    pub total: usize,
    /// The models they belong to.
    pub models: usize,
    /// Whether the data classifies functions at all (a reader's own file does not).
    pub classified: bool,
}

/// Counts the classified functions of the models at `rows`.
pub fn function_counts(ds: &Dataset, rows: &[usize]) -> FunctionCounts {
    let mut per_category = vec![0; ds.categories.len()];
    let mut total = 0;
    for m in rows.iter().filter_map(|&r| ds.models.get(r)) {
        for c in &m.function_categories {
            if let Some(i) = ds.categories.iter().position(|x| &x.id == c) {
                per_category[i] += 1;
                total += 1;
            }
        }
    }
    let classified = ds.models.iter().any(|m| !m.function_categories.is_empty());
    FunctionCounts { per_category, total, models: rows.len(), classified }
}

fn share(part: usize, total: usize) -> f64 {
    if total == 0 {
        0.0
    } else {
        part as f64 / total as f64
    }
}

/// Functions per category, largest first (ties keep `categories.csv`'s order), the survey's own
/// category in the survey chart's colour, the reader's chosen function categories pressed.
pub fn function_chart(ds: &Dataset, counts: &FunctionCounts, filters: &Filters, lang: Lang) -> BarChart {
    let survey_category = scenario_split(ds).map(|s| s.category_id);
    let mut order: Vec<usize> = (0..ds.categories.len()).collect();
    order.sort_by_key(|&i| std::cmp::Reverse(counts.per_category[i]));
    let bars = if counts.classified {
        order
            .into_iter()
            .map(|i| {
                let c = &ds.categories[i];
                let n = counts.per_category[i];
                let label = category_name(c, lang).to_owned();
                Bar {
                    key: c.id.clone(),
                    value: n as f64,
                    value_label: format!("{} · {}", format_int(n as u64), format_percent(share(n, counts.total))),
                    style: if survey_category == Some(c.id.as_str()) { BarStyle::Highlight } else { BarStyle::Normal },
                    marker: None,
                    detail: fill(
                        Msg::FunctionBarDetail.text(lang),
                        &[
                            ("label", &label),
                            ("n", &format_int(n as u64)),
                            ("total", &format_int(counts.total as u64)),
                            ("share", &format_percent(share(n, counts.total))),
                        ],
                    ),
                    chosen: filters.is_chosen(Facet::FunctionCategory, &c.id),
                    label,
                }
            })
            .collect()
    } else {
        Vec::new()
    };
    let other = scenario_split(ds).map_or(0, |s| s.other_categories);
    let survey_name = survey_category.and_then(|id| ds.category(id)).map_or("", |c| category_name(c, lang));
    let notes = vec![
        fill(Msg::FunctionsClassificationNote.text(lang), &[("category", survey_name), ("n", &other.to_string())]),
        Msg::AtlasSource.text(lang).to_owned(),
    ];
    let empty = if counts.classified { Msg::NoModels } else { Msg::FunctionsNotClassified };
    BarChart { title: Msg::FunctionChartTitle.text(lang).to_owned(), bars, notes, empty_message: empty.text(lang).to_owned() }
}

/// The survey's share held against the documented one, with both denominators, in one line.
/// `None` without the survey's figures or without classified functions.
pub fn function_comparison(ds: &Dataset, counts: &FunctionCounts, lang: Lang) -> Option<String> {
    let split = scenario_split(ds)?;
    let surveyed = headline(ds)?.models_surveyed;
    let i = ds.categories.iter().position(|c| c.id == split.category_id)?;
    if !counts.classified {
        return None;
    }
    let n = counts.per_category[i];
    Some(fill(
        Msg::FunctionsComparison.text(lang),
        &[
            ("category", category_name(&ds.categories[i], lang)),
            ("part", &format_int(split.part.into())),
            ("total", &format_int(split.total.into())),
            ("models", &format_int(surveyed.into())),
            ("share", &format_percent(split.share())),
            ("n", &format_int(n as u64)),
            ("m", &format_int(counts.total as u64)),
            ("k", &format_int(counts.models as u64)),
            ("dshare", &format_percent(share(n, counts.total))),
        ],
    ))
}

/// Why the two shares differ: the documented sample is not the survey's, with the developer
/// kinds of the models counted.
pub fn sample_caveat(ds: &Dataset, rows: &[usize], lang: Lang) -> String {
    let mut kinds = [0usize; DeveloperKind::ALL.len()];
    for m in rows.iter().filter_map(|&r| ds.models.get(r)) {
        kinds[m.developer_kind.index()] += 1;
    }
    let mut order: Vec<usize> = (0..kinds.len()).collect();
    order.sort_by_key(|&i| std::cmp::Reverse(kinds[i]));
    let split: Vec<String> = order
        .into_iter()
        .filter(|&i| kinds[i] > 0)
        .map(|i| format!("{} {}", DeveloperKind::ALL[i].label().text(lang), format_int(kinds[i] as u64)))
        .collect();
    fill(Msg::FunctionsSampleCaveat.text(lang), &[("k", &format_int(rows.len() as u64)), ("split", &split.join(" · "))])
}

/// The models counted by family, over the rows at `rows` (every filter but `base`'s).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct LineageCounts {
    /// Models per value of the built-on facet, indexed like `Index::values(Facet::BuiltOn)`.
    pub per_value: Vec<usize>,
    /// Models whose sources state a base.
    pub stated: usize,
    /// Models whose sources state none.
    pub not_stated: usize,
    /// The largest families (at most four) and how many stated models are in any of them.
    pub top: Vec<usize>,
    pub in_top: usize,
}

/// How many of the largest families the finding names.
const TOP_FAMILIES: usize = 4;

pub fn lineage_counts(index: &Index, rows: &[usize]) -> LineageCounts {
    let values = index.values(Facet::BuiltOn);
    let not_stated = values.iter().position(|v| v == NOT_STATED);
    let other = values.iter().position(|v| v == OTHER);
    let mut per_value = vec![0; values.len()];
    for &r in rows {
        for &v in index.row_values(Facet::BuiltOn, r) {
            per_value[v as usize] += 1;
        }
    }
    let not_stated_n = not_stated.map_or(0, |i| per_value[i]);
    let mut families: Vec<usize> = (0..values.len()).filter(|&i| Some(i) != not_stated && Some(i) != other && per_value[i] > 0).collect();
    families.sort_by_key(|&i| std::cmp::Reverse(per_value[i]));
    families.truncate(TOP_FAMILIES);
    let in_top = rows.iter().filter(|&&r| index.row_values(Facet::BuiltOn, r).iter().any(|v| families.contains(&(*v as usize)))).count();
    LineageCounts { per_value, stated: rows.len() - not_stated_n, not_stated: not_stated_n, top: families, in_top }
}

/// Models per family (families with none left out unless chosen), then "other", then "not
/// stated" drawn hatched and always shown: what the sources do not say stays in view.
pub fn lineage_chart(ds: &Dataset, index: &Index, counts: &LineageCounts, filters: &Filters, lang: Lang) -> BarChart {
    let values = index.values(Facet::BuiltOn);
    let mut order: Vec<usize> = (0..values.len()).filter(|&i| values[i] != OTHER && values[i] != NOT_STATED).collect();
    order.sort_by_key(|&i| std::cmp::Reverse(counts.per_value[i]));
    order.extend((0..values.len()).filter(|&i| values[i] == OTHER));
    order.extend((0..values.len()).filter(|&i| values[i] == NOT_STATED));
    let bars = order
        .into_iter()
        .filter_map(|i| {
            let id = &values[i];
            let n = counts.per_value[i];
            let chosen = filters.is_chosen(Facet::BuiltOn, id);
            let is_not_stated = id == NOT_STATED;
            if n == 0 && !chosen && !is_not_stated && id != OTHER {
                return None;
            }
            let label = Facet::BuiltOn.value_label(id, ds, lang);
            let detail = if is_not_stated {
                fill(
                    Msg::LineageNotStatedDetail.text(lang),
                    &[("n", &format_int(n as u64)), ("total", &format_int((counts.stated + n) as u64))],
                )
            } else {
                let maker = ds.base_families.iter().find(|f| &f.id == id).map(|f| f.developer.as_str());
                let reading = share_detail(&label, n, counts.stated, lang);
                match maker {
                    Some(m) => fill(Msg::LineageMakerDetail.text(lang), &[("reading", &reading), ("maker", m)]),
                    None => reading,
                }
            };
            Some(Bar {
                key: id.clone(),
                label,
                value: n as f64,
                value_label: format_int(n as u64),
                style: if is_not_stated {
                    BarStyle::Aggregate
                } else if chosen {
                    BarStyle::Highlight
                } else {
                    BarStyle::Normal
                },
                marker: None,
                detail,
                chosen,
            })
        })
        .collect();
    let notes = vec![Msg::LineageNote.text(lang).to_owned(), Msg::AtlasSource.text(lang).to_owned()];
    BarChart { title: Msg::LineageChartTitle.text(lang).to_owned(), bars, notes, empty_message: Msg::NoModels.text(lang).to_owned() }
}

/// The finding: the share of the stated bases that the largest families hold, and how many models
/// state none. `None` when no model states a base.
pub fn lineage_finding(ds: &Dataset, index: &Index, counts: &LineageCounts, lang: Lang) -> Option<String> {
    (counts.stated > 0 && !counts.top.is_empty()).then(|| {
        let values = index.values(Facet::BuiltOn);
        let names: Vec<String> = counts.top.iter().map(|&i| Facet::BuiltOn.value_label(&values[i], ds, lang)).collect();
        fill(
            Msg::LineageFinding.text(lang),
            &[
                ("count", &counts.top.len().to_string()),
                ("families", &lang.list(&names)),
                ("n", &format_int(counts.in_top as u64)),
                ("total", &format_int(counts.stated as u64)),
                ("share", &format_percent(share(counts.in_top, counts.stated))),
                ("unstated", &format_int(counts.not_stated as u64)),
                ("all", &format_int((counts.stated + counts.not_stated) as u64)),
            ],
        )
    })
}
