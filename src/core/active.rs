//! The active filters as a list a reader can read and undo one by one ("Category: Pathology ×"),
//! used for the filter chips and for explaining an empty result.

use super::dataset::Dataset;
use super::facet::Facet;
use super::filter::Filters;
use super::i18n::{fill, Lang, Msg};

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
}
