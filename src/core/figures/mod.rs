//! The app's charts as data: which bars, labels and notes each chart has for a dataset, the
//! reader's selection and a language. Drawing is `chart::*`'s business; this decides content.

mod bars;
mod homogenization;
mod map;
mod timeline;

pub use bars::{category_chart, category_quotes, facet_chart, largest_finding, result_line, share_detail, survey_chart, survey_finding};
pub use homogenization::{
    function_chart, function_comparison, function_counts, lineage_chart, lineage_counts, lineage_finding, sample_caveat, FunctionCounts,
    LineageCounts,
};
pub use map::{grid_cell, province_finding, province_map, ProvinceCounts, TILE_GRID};
pub use timeline::timeline_chart;

use crate::core::dataset::Dataset;
use crate::core::i18n::{fill, format_int, Lang, Msg};
use crate::core::model::Category;
use crate::core::survey::headline;

/// A category's name in the reader's language.
pub fn category_name(c: &Category, lang: Lang) -> &str {
    match lang {
        Lang::En => &c.name_en,
        Lang::Zh => &c.name_zh,
    }
}

/// The note under a chart of the atlas's own records: how many models it shows (of how many,
/// when the reader's filters leave some out) against the survey's count, which is another list.
pub fn sample_note(ds: &Dataset, shown: usize, lang: Lang) -> String {
    let surveyed = headline(ds).map_or_else(|| "?".to_owned(), |h| format_int(h.models_surveyed.into()));
    let (n, all) = (format_int(shown as u64), format_int(ds.models.len() as u64));
    let message = if shown < ds.models.len() { Msg::AtlasSampleNoteFiltered } else { Msg::AtlasSampleNote };
    fill(message.text(lang), &[("n", &n), ("all", &all), ("total", &surveyed)])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::bundle::bundled;

    #[test]
    fn the_sample_note_says_when_filters_leave_models_out() {
        let ds = bundled().unwrap();
        let (all, surveyed) = (ds.models.len(), headline(&ds).unwrap().models_surveyed);
        let whole = sample_note(&ds, all, Lang::En);
        assert_eq!(
            whole,
            format!(
                "{} models documented in this atlas; the survey counted {}, not the same list.",
                format_int(all as u64),
                format_int(surveyed.into())
            )
        );
        let part = sample_note(&ds, 24, Lang::En);
        assert!(
            part.starts_with(&format!("24 of the {} models documented in this atlas (your filters)", format_int(all as u64))),
            "{part}"
        );
        assert!(sample_note(&ds, 24, Lang::Zh).contains("（按你的筛选）"));
        assert!(!sample_note(&ds, all, Lang::Zh).contains("筛选"));
    }
}
