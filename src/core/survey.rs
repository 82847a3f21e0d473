//! What the survey published, read from the data (never typed into a view): the headline figures
//! and the one split of functions by scenario that its text gives.

use super::dataset::Dataset;
use super::model::Source;

/// The survey article's headline, with the source every figure cites.
#[derive(Clone, Debug, PartialEq)]
pub struct Headline<'a> {
    pub models_surveyed: u32,
    pub functions_total: u32,
    pub categories: u32,
    pub source: &'a Source,
}

/// "Medical services" against the other categories together: all the survey published in text.
#[derive(Clone, Debug, PartialEq)]
pub struct ScenarioSplit<'a> {
    pub category_id: &'a str,
    pub part: u32,
    pub rest: u32,
    pub total: u32,
    /// How many categories the rest stands for (12 − 1).
    pub other_categories: u32,
    pub source: &'a Source,
}

impl ScenarioSplit<'_> {
    /// The part's share of the total, 0..=1.
    pub fn share(&self) -> f64 {
        if self.total == 0 {
            0.0
        } else {
            f64::from(self.part) / f64::from(self.total)
        }
    }
}

fn whole(ds: &Dataset, metric: &str) -> Option<u32> {
    ds.figure(metric).map(|f| f.value).filter(|v| v.fract() == 0.0 && *v >= 0.0 && *v <= f64::from(u32::MAX)).map(|v| v as u32)
}

/// The headline, or `None` when the figures or their source are missing.
pub fn headline(ds: &Dataset) -> Option<Headline<'_>> {
    let figure = ds.figure("models_surveyed")?;
    Some(Headline {
        models_surveyed: whole(ds, "models_surveyed")?,
        functions_total: whole(ds, "functionalities_total")?,
        categories: whole(ds, "application_categories")?,
        source: ds.source(&figure.source_id)?,
    })
}

/// The published split, from the one category that carries a survey count.
pub fn scenario_split(ds: &Dataset) -> Option<ScenarioSplit<'_>> {
    let category = ds.categories.iter().find(|c| c.functions_count.is_some())?;
    let part = category.functions_count?;
    let total = whole(ds, "functionalities_total")?;
    let n = whole(ds, "application_categories")?;
    let source = ds.source(category.source_id.as_deref()?)?;
    Some(ScenarioSplit {
        category_id: &category.id,
        part,
        rest: total.checked_sub(part)?,
        total,
        other_categories: n.checked_sub(1)?,
        source,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headline_and_split_come_from_the_bundled_figures() {
        let ds = crate::core::bundle::bundled().unwrap();
        let h = headline(&ds).unwrap();
        assert_eq!((h.models_surveyed, h.functions_total, h.categories), (288, 814, 12));
        assert_eq!(h.source.id, "vcbeat-2025-06-homogenization");
        let s = scenario_split(&ds).unwrap();
        assert_eq!((s.category_id, s.part, s.rest, s.total, s.other_categories), ("medical-services", 430, 384, 814, 11));
        assert_eq!(format!("{:.1}", s.share() * 100.0), "52.8");
    }
}
