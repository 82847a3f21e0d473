//! Files the reader can download: the selected models in the schema of `data/models.csv` (every
//! row with its source address) and the survey figures. Cells that a spreadsheet would run as a
//! formula are neutralised with a leading apostrophe.

use super::dataset::Dataset;
use super::formula::neutralise;
use super::parse::MODEL_COLUMNS;
use super::versions;

fn write_csv(header: &[&str], rows: impl Iterator<Item = Vec<String>>) -> String {
    let mut w = csv::WriterBuilder::new().terminator(csv::Terminator::CRLF).from_writer(Vec::new());
    // Writing to memory cannot fail.
    let _ = w.write_record(header);
    for row in rows {
        let _ = w.write_record(row.iter().map(|c| neutralise(c)));
    }
    String::from_utf8(w.into_inner().unwrap_or_default()).unwrap_or_default()
}

/// The column a download adds after the schema: the data version each row is from (empty for
/// a reader's own file). The loader ignores it, so a downloaded file loads again as it is.
pub const VERSION_COLUMN: &str = "data_version";

/// The models at `rows` (indices into `ds.models`), in the schema of `data/models.csv`, each
/// with the data version.
pub fn models_csv(ds: &Dataset, rows: &[usize]) -> String {
    let version = versions::current(ds).map(|v| v.to_string()).unwrap_or_default();
    let header: Vec<&str> = MODEL_COLUMNS.iter().copied().chain([VERSION_COLUMN]).collect();
    write_csv(
        &header,
        rows.iter().filter_map(|&i| ds.models.get(i)).map(|m| {
            vec![
                m.id.clone(),
                m.name.clone(),
                m.name_zh.clone(),
                m.developer.clone(),
                m.developer_kind.id().to_owned(),
                m.partners.join(";"),
                m.category.clone(),
                m.functions.join(";"),
                m.specialties.join(";"),
                m.modality.map(|x| x.id().to_owned()).unwrap_or_default(),
                m.base_model.clone(),
                m.params_b.clone().unwrap_or_default(),
                m.open_weights.id().to_owned(),
                m.released.map(|d| d.to_string()).unwrap_or_default(),
                m.source_url.clone(),
                m.source_kind.id().to_owned(),
                m.source_id.clone().unwrap_or_default(),
                m.notes.clone(),
                version.clone(),
            ]
        }),
    )
}

/// The survey figures with their source's citation columns and the data version.
pub fn survey_csv(ds: &Dataset) -> String {
    let version = versions::current(ds).map(|v| v.to_string()).unwrap_or_default();
    write_csv(
        &[
            "metric",
            "value",
            "unit",
            "scope",
            "source_id",
            "quote",
            "source_title",
            "source_publisher",
            "source_published",
            "source_url",
            VERSION_COLUMN,
        ],
        ds.figures.iter().map(|f| {
            let s = ds.source(&f.source_id);
            vec![
                f.metric.clone(),
                f.value.to_string(),
                f.unit.clone(),
                f.scope.clone(),
                f.source_id.clone(),
                f.quote.clone(),
                s.map(|s| s.title.clone()).unwrap_or_default(),
                s.map(|s| s.publisher.clone()).unwrap_or_default(),
                s.and_then(|s| s.published).map(|d| d.to_string()).unwrap_or_default(),
                s.map(|s| s.url.clone()).unwrap_or_default(),
                version.clone(),
            ]
        }),
    )
}

/// `medllm-atlas-models-2026-11-25.csv`: what, which view, and the day it was made.
pub fn file_name(what: &str, view: &str, today: &str, ext: &str) -> String {
    let mut name = format!("medllm-atlas-{what}");
    if !view.is_empty() && view != what {
        name.push('-');
        name.push_str(view);
    }
    format!("{name}-{today}.{ext}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exported_models_parse_back_to_the_same_rows() {
        let ds = crate::core::bundle::bundled().unwrap();
        let rows: Vec<usize> = (0..ds.models.len()).collect();
        let text = models_csv(&ds, &rows);
        let cats = |id: &str| ds.category(id).is_some();
        let srcs = |id: &str| ds.source(id).is_some();
        let back = crate::core::parse::parse_models("export.csv", &text, &cats, &srcs);
        assert!(back.errors.is_empty(), "{:?}", back.errors.first());
        // The download has the schema of models.csv: the classification of functions is in
        // functions.csv, not in it.
        let unclassified: Vec<_> = ds
            .models
            .iter()
            .cloned()
            .map(|mut m| {
                m.function_categories.clear();
                m
            })
            .collect();
        assert_eq!(back.rows, unclassified);
        assert!(text.lines().next().unwrap().starts_with("id,name,name_zh,"));
        let version = versions::current(&ds).unwrap().to_string();
        assert!(text.lines().next().unwrap().ends_with(",notes,data_version"));
        assert!(text.lines().nth(1).unwrap().ends_with(&format!(",{version}")));
    }

    #[test]
    fn file_names_carry_view_and_date() {
        assert_eq!(file_name("models", "story-pathology", "2026-11-25", "csv"), "medllm-atlas-models-story-pathology-2026-11-25.csv");
        assert_eq!(file_name("survey", "", "2026-11-25", "csv"), "medllm-atlas-survey-2026-11-25.csv");
    }
}
