//! `models.csv`: one medical large model a row, each with the address it was read from.

use super::fields::{is_slug, list, quoted, RowCheck, UniqueIds};
use super::{read_records_paced, Parsed};
use crate::core::model::Model;
use crate::core::vocab::{DeveloperKind, Modality, OpenWeights, SourceKind};
use serde::Deserialize;

/// The schema of `data/models.csv`, in file order (also the order of CSV downloads).
pub const MODEL_COLUMNS: [&str; 18] = [
    "id",
    "name",
    "name_zh",
    "developer",
    "developer_kind",
    "partners",
    "category",
    "functions",
    "specialty",
    "modality",
    "base_model",
    "params_b",
    "open_weights",
    "released",
    "source_url",
    "source_kind",
    "source_id",
    "notes",
];

#[derive(Deserialize)]
struct RawModel {
    id: String,
    name: String,
    name_zh: String,
    developer: String,
    developer_kind: String,
    partners: String,
    category: String,
    functions: String,
    specialty: String,
    modality: String,
    base_model: String,
    params_b: String,
    open_weights: String,
    released: String,
    source_url: String,
    source_kind: String,
    source_id: String,
    notes: String,
}

/// Parses and validates model rows. `is_category` and `is_source` say which ids exist in the
/// other files. Rows with any problem are left out of `rows` and reported in `errors`.
pub fn parse_models(file: &str, text: &str, is_category: &dyn Fn(&str) -> bool, is_source: &dyn Fn(&str) -> bool) -> Parsed<Model> {
    crate::core::pace::now(parse_models_paced(file, text, is_category, is_source, &mut crate::core::pace::no_wait))
}

/// `parse_models`, calling `pace` with the number of rows done every `PACE_EVERY` rows, twice
/// over (reading, then checking), so a browser can stay responsive on a big file.
pub async fn parse_models_paced(
    file: &str,
    text: &str,
    is_category: &dyn Fn(&str) -> bool,
    is_source: &dyn Fn(&str) -> bool,
    pace: crate::core::pace::Pace<'_>,
) -> Parsed<Model> {
    let raw = read_records_paced::<RawModel>(file, text, &MODEL_COLUMNS, pace).await;
    let mut out = Parsed { rows: Vec::with_capacity(raw.rows.len()), errors: raw.errors, records_seen: raw.records_seen };
    let mut ids = UniqueIds::new();
    for (n, (line, r)) in raw.rows.into_iter().enumerate() {
        if n > 0 && n % crate::core::pace::PACE_EVERY == 0 {
            pace(n).await;
        }
        let mut row = RowCheck::new(file, line);
        let id = row.slug("id", &r.id, '-');
        ids.check(&mut row, "id", &id);
        let name = row.required("name", &r.name);
        let developer = row.required("developer", &r.developer);
        let developer_kind = row.vocab("developer_kind", &r.developer_kind, DeveloperKind::from_id, DeveloperKind::allowed);
        let category = row.required("category", &r.category);
        if !category.is_empty() && !is_category(&category) {
            row.fail("category", format!("{} is not a category id of categories.csv", quoted(&category)));
        }
        let name_zh = row.text("name_zh", &r.name_zh);
        let partners = list(&row.text("partners", &r.partners));
        let base_model = row.text("base_model", &r.base_model);
        let notes = row.text("notes", &r.notes);
        let functions = list(&row.text("functions", &r.functions));
        if functions.is_empty() && list(&r.functions).is_empty() {
            row.fail("functions", "is empty; at least one function is required".into());
        }
        let specialties = list(&r.specialty);
        if specialties.is_empty() {
            row.fail("specialty", "is empty; at least one specialty id is required".into());
        }
        for s in &specialties {
            if !is_slug(s, '-') {
                row.fail("specialty", format!("{} is not a lowercase-hyphenated id", quoted(s)));
            }
        }
        let modality = match r.modality.trim() {
            "" => None,
            m => row.vocab("modality", m, Modality::from_id, Modality::allowed),
        };
        let params_b = match r.params_b.trim() {
            "" => None,
            p => {
                if !p.parse::<f64>().is_ok_and(|v| v.is_finite() && v > 0.0) {
                    row.fail("params_b", format!("{} is not a positive number of billions", quoted(p)));
                }
                Some(p.to_owned())
            }
        };
        let open_weights = row.vocab("open_weights", &r.open_weights, OpenWeights::from_id, OpenWeights::allowed);
        let released = row.date("released", &r.released);
        let source_url = row.url("source_url", &r.source_url);
        let source_kind = row.vocab("source_kind", &r.source_kind, SourceKind::from_id, SourceKind::allowed);
        let source_id = row.reference("source_id", &r.source_id, is_source, "source id of sources.csv");

        match (developer_kind, open_weights, source_kind) {
            (Some(developer_kind), Some(open_weights), Some(source_kind)) if row.errors.is_empty() => {
                out.rows.push(Model {
                    id,
                    name,
                    name_zh,
                    developer,
                    developer_kind,
                    partners,
                    category,
                    functions,
                    specialties,
                    modality,
                    base_model,
                    params_b,
                    open_weights,
                    released,
                    source_url,
                    source_kind,
                    source_id,
                    notes,
                });
            }
            _ => out.errors.append(&mut row.errors),
        }
    }
    out
}
