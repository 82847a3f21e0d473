//! `models.csv`: one medical large model a row, each with the address it was read from.

use super::error::{DataError, ErrorKind, IdList};
use super::fields::{is_slug, list, RowCheck, UniqueIds};
use super::{read_records_paced, Parsed, Record};
use crate::core::model::Model;
use crate::core::vocab::{DeveloperKind, Modality, OpenWeights, SourceKind};

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

/// Positions in `MODEL_COLUMNS`, the order `Record::get` reads them in.
const ID: usize = 0;
const NAME: usize = 1;
const NAME_ZH: usize = 2;
const DEVELOPER: usize = 3;
const DEVELOPER_KIND: usize = 4;
const PARTNERS: usize = 5;
const CATEGORY: usize = 6;
const FUNCTIONS: usize = 7;
const SPECIALTY: usize = 8;
const MODALITY: usize = 9;
const BASE_MODEL: usize = 10;
const PARAMS_B: usize = 11;
const OPEN_WEIGHTS: usize = 12;
const RELEASED: usize = 13;
const SOURCE_URL: usize = 14;
const SOURCE_KIND: usize = 15;
const SOURCE_ID: usize = 16;
const NOTES: usize = 17;

/// Parses and validates model rows. `is_category` and `is_source` say which ids exist in the
/// other files. Rows with any problem are left out of `rows` and reported in `errors`.
pub fn parse_models(file: &str, text: &str, is_category: &dyn Fn(&str) -> bool, is_source: &dyn Fn(&str) -> bool) -> Parsed<Model> {
    crate::core::pace::now(parse_models_paced(file, text, is_category, is_source, &mut crate::core::pace::no_wait))
}

/// `parse_models`, calling `pace` with the number of rows read every `PACE_EVERY` rows, so a
/// browser can stay responsive on a big file.
pub async fn parse_models_paced(
    file: &str,
    text: &str,
    is_category: &dyn Fn(&str) -> bool,
    is_source: &dyn Fn(&str) -> bool,
    pace: crate::core::pace::Pace<'_>,
) -> Parsed<Model> {
    let (mut rows, mut lines, mut errors) = (Vec::new(), Vec::new(), Vec::new());
    let mut ids = UniqueIds::new();
    let stats = read_records_paced(
        file,
        text,
        &MODEL_COLUMNS,
        &mut |r| match check_model(file, &r, &mut ids, is_category, is_source) {
            Ok(m) => {
                rows.push(m);
                lines.push(r.line);
            }
            Err(mut e) => errors.append(&mut e),
        },
        pace,
    )
    .await;
    let mut parsed = Parsed::from_stats(stats, rows, errors);
    parsed.lines = lines;
    parsed
}

fn check_model(
    file: &str,
    r: &Record<'_>,
    ids: &mut UniqueIds,
    is_category: &dyn Fn(&str) -> bool,
    is_source: &dyn Fn(&str) -> bool,
) -> Result<Model, Vec<DataError>> {
    let mut row = RowCheck::new(file, r.line);
    let id = row.slug("id", r.get(ID), '-');
    ids.check(&mut row, "id", &id);
    let name = row.required("name", r.get(NAME));
    let developer = row.required("developer", r.get(DEVELOPER));
    let developer_kind = row.vocab("developer_kind", r.get(DEVELOPER_KIND), DeveloperKind::from_id, DeveloperKind::allowed);
    let category = row.required("category", r.get(CATEGORY));
    if !category.is_empty() && !is_category(&category) {
        row.fail("category", ErrorKind::UnknownId { value: category.clone(), list: IdList::Categories });
    }
    let name_zh = row.text("name_zh", r.get(NAME_ZH));
    let partners = list(&row.text("partners", r.get(PARTNERS)));
    let base_model = row.text("base_model", r.get(BASE_MODEL));
    let notes = row.text("notes", r.get(NOTES));
    let functions = list(&row.text("functions", r.get(FUNCTIONS)));
    if functions.is_empty() && list(r.get(FUNCTIONS)).is_empty() {
        row.fail("functions", ErrorKind::NoFunctions);
    }
    let specialties = list(r.get(SPECIALTY));
    if specialties.is_empty() {
        row.fail("specialty", ErrorKind::NoSpecialty);
    }
    for s in &specialties {
        if !is_slug(s, '-') {
            row.fail("specialty", ErrorKind::NotId { value: s.clone(), sep: '-' });
        }
    }
    let modality = match r.get(MODALITY).trim() {
        "" => None,
        m => row.vocab("modality", m, Modality::from_id, Modality::allowed),
    };
    let params_b = match r.get(PARAMS_B).trim() {
        "" => None,
        p => {
            if !is_positive_decimal(p) {
                row.fail("params_b", ErrorKind::NotPositiveBillions { value: p.to_owned() });
            }
            Some(p.to_owned())
        }
    };
    let open_weights = row.vocab("open_weights", r.get(OPEN_WEIGHTS), OpenWeights::from_id, OpenWeights::allowed);
    let released = row.date("released", r.get(RELEASED));
    let source_url = row.url("source_url", r.get(SOURCE_URL));
    let source_kind = row.vocab("source_kind", r.get(SOURCE_KIND), SourceKind::from_id, SourceKind::allowed);
    let source_id = row.reference("source_id", r.get(SOURCE_ID), is_source, IdList::Sources);
    match (developer_kind, open_weights, source_kind) {
        (Some(developer_kind), Some(open_weights), Some(source_kind)) if row.errors.is_empty() => Ok(Model {
            id,
            name,
            name_zh,
            developer,
            developer_kind,
            partners,
            category,
            functions,
            function_categories: Vec::new(),
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
        }),
        _ => Err(row.errors),
    }
}

/// A positive decimal number as people write parameter counts ("7", "0.447", "1.5"), read without
/// the float parser (which would cost the WASM its decimal-parsing tables for this one check).
fn is_positive_decimal(s: &str) -> bool {
    let (whole, fraction) = s.split_once('.').unwrap_or((s, ""));
    let digits = |p: &str| p.bytes().all(|b| b.is_ascii_digit());
    !(whole.is_empty() && fraction.is_empty()) && digits(whole) && digits(fraction) && s.bytes().any(|b| (b'1'..=b'9').contains(&b))
}

#[cfg(test)]
mod tests {
    use super::is_positive_decimal;

    #[test]
    fn parameter_counts_are_positive_decimals() {
        for good in ["7", "0.447", "1.5", "175", ".5", "1.", "007"] {
            assert!(is_positive_decimal(good), "{good}");
        }
        for bad in ["", "0", "0.0", ".", "-1", "1e3", "1.2.3", "NaN", "inf", "1,5", " 1"] {
            assert!(!is_positive_decimal(bad), "{bad}");
        }
    }
}
