//! The active filters as a list a reader can read and undo one by one ("Category: Pathology ×"),
//! used for the filter chips and for explaining an empty result.

use super::dataset::Dataset;
use super::figures::category_name;
use super::filter::Filters;
use super::i18n::{Lang, Msg};
use super::labels;
use super::vocab::{DeveloperKind, Modality, OpenWeights, SourceKind};

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ActiveFilter {
    Category(String),
    Kind(DeveloperKind),
    Specialty(String),
    Modality(Modality),
    Open(OpenWeights),
    Source(SourceKind),
    Years,
    Query,
}

impl ActiveFilter {
    /// Removes this one constraint from `f`.
    pub fn remove_from(&self, f: &mut Filters) {
        match self {
            ActiveFilter::Category(c) => {
                f.categories.remove(c);
            }
            ActiveFilter::Kind(k) => {
                f.kinds.remove(k);
            }
            ActiveFilter::Specialty(s) => {
                f.specialties.remove(s);
            }
            ActiveFilter::Modality(m) => {
                f.modalities.remove(m);
            }
            ActiveFilter::Open(o) => {
                f.open.remove(o);
            }
            ActiveFilter::Source(s) => {
                f.sources.remove(s);
            }
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
    let facet = |m: Msg, value: &str| format!("{}: {value}", m.text(lang));
    let mut out = Vec::new();
    for c in &f.categories {
        let name = ds.category(c).map_or(c.as_str(), |cat| category_name(cat, lang));
        out.push((ActiveFilter::Category(c.clone()), facet(Msg::FacetCategory, name)));
    }
    for k in &f.kinds {
        out.push((ActiveFilter::Kind(*k), facet(Msg::FacetKind, labels::kind(*k).text(lang))));
    }
    for s in &f.specialties {
        out.push((ActiveFilter::Specialty(s.clone()), facet(Msg::FacetSpecialty, &labels::specialty(s))));
    }
    for m in &f.modalities {
        out.push((ActiveFilter::Modality(*m), facet(Msg::FacetModality, labels::modality(*m).text(lang))));
    }
    for o in &f.open {
        out.push((ActiveFilter::Open(*o), facet(Msg::FacetOpen, labels::open(*o).text(lang))));
    }
    for s in &f.sources {
        out.push((ActiveFilter::Source(*s), facet(Msg::FacetSource, labels::source_kind(*s).text(lang))));
    }
    if f.from.is_some() || f.to.is_some() {
        let range = format!(
            "{}–{}",
            f.from.map_or_else(|| "…".to_owned(), |y| y.to_string()),
            f.to.map_or_else(|| "…".to_owned(), |y| y.to_string())
        );
        out.push((ActiveFilter::Years, facet(Msg::FacetYears, &range)));
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
        let mut f = Filters {
            categories: ["pathology".to_owned()].into(),
            kinds: [DeveloperKind::Hospital].into(),
            from: Some(2023),
            query: "ruijin".into(),
            ..Filters::default()
        };
        let list = active_filters(&f, &ds, Lang::En);
        let labels: Vec<&str> = list.iter().map(|(_, l)| l.as_str()).collect();
        assert_eq!(labels, vec!["Category (atlas): Pathology", "Developer kind: Hospital", "Released: 2023–…", "“ruijin”"]);
        for (a, _) in &list {
            a.remove_from(&mut f);
        }
        assert!(f.is_empty());
    }
}
