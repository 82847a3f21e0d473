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

use crate::core::i18n::Lang;
use crate::core::model::Category;

/// A category's name in the reader's language.
pub fn category_name(c: &Category, lang: Lang) -> &str {
    match lang {
        Lang::En => &c.name_en,
        Lang::Zh => &c.name_zh,
    }
}
