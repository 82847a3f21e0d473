//! The active filters as a list a reader can read and undo one by one ("Category: Pathology ×"),
//! used for the filter chips and for explaining an empty result.

use super::dataset::Dataset;
use super::facet::Facet;
use super::filter::Filters;
use super::i18n::{Lang, Msg};

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ActiveFilter {
    /// A chosen value of a facet.
    Value(Facet, String),
    Years,
    Query,
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
            out.push((ActiveFilter::Value(facet, id.clone()), format!("{title}: {}", facet.value_label(id, ds, lang))));
        }
    }
    if f.from.is_some() || f.to.is_some() {
        let range = format!(
            "{}–{}",
            f.from.map_or_else(|| "…".to_owned(), |y| y.to_string()),
            f.to.map_or_else(|| "…".to_owned(), |y| y.to_string())
        );
        out.push((ActiveFilter::Years, format!("{}: {range}", Msg::FacetYears.text(lang))));
    }
    if !f.query.trim().is_empty() {
        out.push((ActiveFilter::Query, format!("“{}”", f.query.trim())));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_active_filter_is_listed_and_removable() {
        let ds = Dataset::bundled().unwrap();
        let mut f = Filters { from: Some(2023), query: "ruijin".into(), ..Filters::default() }
            .with(Facet::Category, &["pathology"])
            .with(Facet::Kind, &["hospital"]);
        let list = active_filters(&f, &ds, Lang::En);
        let labels: Vec<&str> = list.iter().map(|(_, l)| l.as_str()).collect();
        assert_eq!(labels, vec!["Category (atlas): Pathology", "Developer kind: Hospital", "Released: 2023–…", "“ruijin”"]);
        for (a, _) in &list {
            a.remove_from(&mut f);
        }
        assert!(f.is_empty());
    }
}
