//! The active filters as a list a reader can read and undo one by one ("Category: Pathology ×"),
//! used for the filter chips and for explaining an empty result.

use super::dataset::Dataset;
use super::facet::Facet;
use super::filter::Filters;
use super::i18n::{fill, format_int, Lang, Msg};

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ActiveFilter {
    /// A chosen value of a facet.
    Value(Facet, String),
    Years,
    Query,
    /// Only the models new or updated since `Filters::since`.
    ChangedSince,
}

impl ActiveFilter {
    /// Removes this one constraint from `f`.
    pub fn remove_from(&self, f: &mut Filters) {
        match self {
            ActiveFilter::Value(facet, id) => f.remove(*facet, id),
            ActiveFilter::Years => {
                f.from = None;
                f.to = None;
            }
            ActiveFilter::Query => f.query.clear(),
            ActiveFilter::ChangedSince => f.changed_only = false,
        }
    }
}

/// Every active constraint with its label ("Developer kind: Hospital"), in the panel's order.
pub fn active_filters(f: &Filters, ds: &Dataset, lang: Lang) -> Vec<(ActiveFilter, String)> {
    let mut out = Vec::new();
    for facet in Facet::all() {
        let title = facet.def().title.text(lang);
        let mut ids: Vec<&String> = f.chosen(facet).iter().collect();
        // Closed vocabularies keep their own order, as in the panel.
        ids.sort_by_key(|id| facet.closed_rank(id));
        for id in ids {
            let label = fill(Msg::NamedValue.text(lang), &[("name", title), ("value", &facet.value_label(id, ds, lang))]);
            out.push((ActiveFilter::Value(facet, id.clone()), label));
        }
    }
    if f.from.is_some() || f.to.is_some() {
        let range = format!(
            "{}–{}",
            f.from.map_or_else(|| "…".to_owned(), |y| y.to_string()),
            f.to.map_or_else(|| "…".to_owned(), |y| y.to_string())
        );
        out.push((ActiveFilter::Years, fill(Msg::NamedValue.text(lang), &[("name", Msg::FacetYears.text(lang)), ("value", &range)])));
    }
    if !f.query.trim().is_empty() {
        out.push((ActiveFilter::Query, format!("“{}”", f.query.trim())));
    }
    if let (true, Some(v)) = (f.changed_only, f.since) {
        out.push((ActiveFilter::ChangedSince, fill(Msg::FacetChanged.text(lang), &[("version", &v.to_string())])));
    }
    out
}

/// The filters in words, one clause per facet with its chosen values, then how many models they
/// leave: "Developer kind: Hospital · 36 of 288 models" / "开发方类型：医院 · 288个模型中的36个".
/// The search text is quoted as it was typed. `None` when nothing is filtered.
pub fn statement(f: &Filters, ds: &Dataset, lang: Lang, shown: usize, total: usize) -> Option<String> {
    let mut clauses: Vec<String> = Vec::new();
    for facet in Facet::all() {
        let mut ids: Vec<&String> = f.chosen(facet).iter().collect();
        if ids.is_empty() {
            continue;
        }
        ids.sort_by_key(|id| facet.closed_rank(id));
        let values: Vec<String> = ids.into_iter().map(|id| facet.value_label(id, ds, lang)).collect();
        clauses.push(fill(Msg::NamedValue.text(lang), &[("name", facet.def().title.text(lang)), ("value", &lang.list(&values))]));
    }
    // The years, the search and "changed since" read as their chips do.
    clauses.extend(active_filters(f, ds, lang).into_iter().filter(|(a, _)| !matches!(a, ActiveFilter::Value(..))).map(|(a, label)| {
        if a == ActiveFilter::Query {
            fill(Msg::SearchStatement.text(lang), &[("q", &label)])
        } else {
            label
        }
    }));
    if clauses.is_empty() {
        return None;
    }
    clauses.push(fill(Msg::ResultCount.text(lang), &[("n", &format_int(shown as u64)), ("total", &format_int(total as u64))]));
    Some(clauses.join(" · "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_active_filter_is_listed_and_removable() {
        let ds = crate::core::bundle::bundled().unwrap();
        let mut f = Filters::default().with(Facet::Category, &["pathology"]).with(Facet::Kind, &["hospital"]);
        f.from = Some(2023);
        f.query = "ruijin".into();
        let list = active_filters(&f, &ds, Lang::En);
        let labels: Vec<&str> = list.iter().map(|(_, l)| l.as_str()).collect();
        assert_eq!(labels, vec!["Category (atlas): Pathology", "Developer kind: Hospital", "Released: 2023–…", "“ruijin”"]);
        for (a, _) in &list {
            a.remove_from(&mut f);
        }
        assert!(f.is_empty());
    }

    #[test]
    fn the_statement_says_each_facet_once_with_its_values_then_the_count() {
        let ds = crate::core::bundle::bundled().unwrap();
        assert_eq!(statement(&Filters::default(), &ds, Lang::En, 5, 9), None);
        let mut f = Filters::default().with(Facet::Kind, &["university", "hospital"]);
        assert_eq!(statement(&f, &ds, Lang::En, 36, 288).as_deref(), Some("Developer kind: Hospital, University · 36 of 288 models"));
        assert_eq!(statement(&f, &ds, Lang::Zh, 36, 288).as_deref(), Some("开发方类型：医院、高校 · 288个模型中的36个"));
        f.query = "<b>病理</b>".into();
        f.from = Some(2024);
        assert_eq!(
            statement(&f, &ds, Lang::En, 1, 288).as_deref(),
            Some("Developer kind: Hospital, University · Released: 2024–… · Search: “<b>病理</b>” · 1 of 288 models")
        );
    }
}
