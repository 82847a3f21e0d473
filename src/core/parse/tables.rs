//! The smaller files: categories, sources, survey figures, quotes, specialties, base families,
//! the classification of functions, the data versions, provinces and the developers' locations. Each checks its own rows; what needs
//! several files (a function row against its model's phrases, versions against `models.csv`) is
//! checked by `Dataset::from_csv`.

use super::error::{ErrorKind, IdList};
use super::fields::{list, RowCheck, UniqueIds};
use super::models::MODEL_COLUMNS;
use super::{read_records, Parsed, Record};
use crate::core::date::PartialDate;
use crate::core::model::{BaseFamily, Category, Change, Location, Province, Quote, Source, Specialty, SurveyFigure};
use crate::core::vocab::{ChangeKind, FamilyKind};

// Each file's columns, defined once: its parser reads the header through this list, and the
// published data package (`core::package`) describes exactly these columns.
/// The columns of `categories.csv`, in file order.
pub const CATEGORY_COLUMNS: [&str; 6] = ["id", "name_en", "name_zh", "description", "functions_count", "source_id"];
/// The columns of `sources.csv`, in file order.
pub const SOURCE_COLUMNS: [&str; 5] = ["id", "title", "publisher", "published", "url"];
/// The columns of `survey_figures.csv`, in file order.
pub const SURVEY_FIGURE_COLUMNS: [&str; 6] = ["metric", "value", "unit", "scope", "source_id", "quote"];
/// The columns of `quotes.csv`, in file order.
pub const QUOTE_COLUMNS: [&str; 4] = ["id", "category", "quote", "source_id"];
/// The columns of `specialties.csv`, in file order.
pub const SPECIALTY_COLUMNS: [&str; 3] = ["id", "name_en", "name_zh"];
/// The columns of `base_families.csv`, in file order.
pub const BASE_FAMILY_COLUMNS: [&str; 6] = ["id", "name_en", "name_zh", "match", "kind", "family_developer"];
/// The columns of `functions.csv`, in file order.
pub const FUNCTION_COLUMNS: [&str; 3] = ["model_id", "function", "category"];
/// The columns of `changes.csv`, in file order.
pub const CHANGE_COLUMNS: [&str; 4] = ["version", "model_id", "change", "fields"];
/// The columns of `provinces.csv`, in file order.
pub const PROVINCE_COLUMNS: [&str; 3] = ["id", "name_en", "name_zh"];
/// The columns of `locations.csv`, in file order.
pub const LOCATION_COLUMNS: [&str; 5] = ["developer", "city", "province", "source_url", "evidence"];

/// Reads `text` with `columns`, giving each record to `check`, which returns the row or its
/// problems. Rows keep their line for cross-file checks.
fn parse_table<T>(
    file: &str,
    text: &str,
    columns: &'static [&'static str],
    check: &mut dyn FnMut(&mut RowCheck<'_>, &Record<'_>) -> Option<T>,
) -> Parsed<T> {
    let (mut rows, mut lines, mut errors) = (Vec::new(), Vec::new(), Vec::new());
    let stats = read_records(file, text, columns, &mut |r| {
        let mut row = RowCheck::new(file, r.line);
        match check(&mut row, &r) {
            Some(t) if row.errors.is_empty() => {
                rows.push(t);
                lines.push(r.line);
            }
            _ => errors.append(&mut row.errors),
        }
    });
    let mut parsed = Parsed::from_stats(stats, rows, errors);
    parsed.lines = lines;
    parsed
}

pub fn parse_categories(file: &str, text: &str, is_source: &dyn Fn(&str) -> bool) -> Parsed<Category> {
    let mut ids = UniqueIds::new();
    parse_table(file, text, &CATEGORY_COLUMNS, &mut |row, r| {
        let id = row.slug("id", r.get(0), '-');
        ids.check(row, "id", &id);
        let name_en = row.required("name_en", r.get(1));
        let name_zh = row.required("name_zh", r.get(2));
        let description = row.text("description", r.get(3));
        let functions_count = match r.get(4).trim() {
            "" => None,
            n => {
                let parsed = parse_whole(n);
                if parsed.is_none() {
                    row.fail("functions_count", ErrorKind::NotWholeNumber { value: n.to_owned() });
                }
                parsed
            }
        };
        let source_id = row.reference("source_id", r.get(5), is_source, IdList::Sources);
        if functions_count.is_some() && source_id.is_none() {
            row.fail("source_id", ErrorKind::CountWithoutSource);
        }
        Some(Category { id, name_en, name_zh, description, functions_count, source_id })
    })
}

/// A whole number of at most nine digits, read without the integer parser's overflow paths.
fn parse_whole(s: &str) -> Option<u32> {
    (!s.is_empty() && s.len() <= 9 && s.bytes().all(|b| b.is_ascii_digit())).then(|| s.bytes().fold(0, |n, b| n * 10 + u32::from(b - b'0')))
}

pub fn parse_sources(file: &str, text: &str) -> Parsed<Source> {
    let mut ids = UniqueIds::new();
    parse_table(file, text, &SOURCE_COLUMNS, &mut |row, r| {
        let id = row.slug("id", r.get(0), '-');
        ids.check(row, "id", &id);
        let title = row.required("title", r.get(1));
        let publisher = row.required("publisher", r.get(2));
        let published = row.date("published", r.get(3));
        let url = row.url("url", r.get(4));
        Some(Source { id, title, publisher, published, url })
    })
}

pub fn parse_survey_figures(file: &str, text: &str, is_source: &dyn Fn(&str) -> bool) -> Parsed<SurveyFigure> {
    let mut ids = UniqueIds::new();
    parse_table(file, text, &SURVEY_FIGURE_COLUMNS, &mut |row, r| {
        let metric = row.slug("metric", r.get(0), '_');
        ids.check(row, "metric", &metric);
        let raw_value = r.get(1).trim();
        let value = raw_value.parse::<f64>().ok().filter(|v| v.is_finite() && *v >= 0.0);
        if value.is_none() {
            row.fail("value", ErrorKind::NotNonNegative { value: raw_value.to_owned() });
        }
        let unit = row.required("unit", r.get(2));
        let scope = row.required("scope", r.get(3));
        let source_id = row.required("source_id", r.get(4));
        row.reference("source_id", &source_id, is_source, IdList::Sources);
        let quote = row.required("quote", r.get(5));
        Some(SurveyFigure { metric, value: value?, unit, scope, source_id, quote })
    })
}

pub fn parse_quotes(file: &str, text: &str, is_category: &dyn Fn(&str) -> bool, is_source: &dyn Fn(&str) -> bool) -> Parsed<Quote> {
    let mut ids = UniqueIds::new();
    parse_table(file, text, &QUOTE_COLUMNS, &mut |row, r| {
        let id = row.slug("id", r.get(0), '-');
        ids.check(row, "id", &id);
        let category = row.reference("category", r.get(1), is_category, IdList::Categories);
        let quote = row.required("quote", r.get(2));
        let source_id = row.required("source_id", r.get(3));
        row.reference("source_id", &source_id, is_source, IdList::Sources);
        Some(Quote { id, category, quote, source_id })
    })
}

pub fn parse_specialties(file: &str, text: &str) -> Parsed<Specialty> {
    let mut ids = UniqueIds::new();
    parse_table(file, text, &SPECIALTY_COLUMNS, &mut |row, r| {
        let id = row.slug("id", r.get(0), '-');
        ids.check(row, "id", &id);
        let name_en = row.required("name_en", r.get(1));
        let name_zh = row.required("name_zh", r.get(2));
        Some(Specialty { id, name_en, name_zh })
    })
}

pub fn parse_base_families(file: &str, text: &str) -> Parsed<BaseFamily> {
    let mut ids = UniqueIds::new();
    parse_table(file, text, &BASE_FAMILY_COLUMNS, &mut |row, r| {
        let id = row.slug("id", r.get(0), '-');
        ids.check(row, "id", &id);
        // These two name what is in no family; a family of that id would be indistinguishable.
        if id == crate::core::lineage::OTHER || id == crate::core::lineage::NOT_STATED {
            row.fail("id", ErrorKind::ReservedId { value: id.clone() });
        }
        let name_en = row.required("name_en", r.get(1));
        let name_zh = row.required("name_zh", r.get(2));
        let matches = list(&row.required("match", r.get(3)));
        // The rule compares with the lowercased `base_model`: an uppercase substring never matches.
        for m in &matches {
            if m.chars().any(char::is_uppercase) {
                row.fail("match", ErrorKind::NotLowercase { value: m.clone() });
            }
        }
        let kind = row.vocab("kind", r.get(4), FamilyKind::from_id, FamilyKind::allowed);
        let developer = row.required("family_developer", r.get(5));
        Some(BaseFamily { id, name_en, name_zh, matches, kind: kind?, developer })
    })
}

/// One row of `functions.csv`: a function phrase of a model and the atlas's category for it.
#[derive(Clone, Debug, PartialEq)]
pub struct FunctionRow {
    pub model_id: String,
    pub function: String,
    pub category: String,
}

pub fn parse_functions(file: &str, text: &str, is_category: &dyn Fn(&str) -> bool) -> Parsed<FunctionRow> {
    parse_table(file, text, &FUNCTION_COLUMNS, &mut |row, r| {
        let model_id = row.slug("model_id", r.get(0), '-');
        let function = row.required("function", r.get(1));
        let category = row.required("category", r.get(2));
        if !category.is_empty() && !is_category(&category) {
            row.fail("category", ErrorKind::UnknownId { value: category.clone(), list: IdList::Categories });
        }
        Some(FunctionRow { model_id, function, category })
    })
}

pub fn parse_changes(file: &str, text: &str) -> Parsed<Change> {
    let mut previous: Option<PartialDate> = None;
    parse_table(file, text, &CHANGE_COLUMNS, &mut |row, r| {
        let raw_version = r.get(0).trim();
        let version = PartialDate::parse(raw_version).filter(|d| d.day.is_some());
        if version.is_none() {
            row.fail("version", ErrorKind::NotDay { value: raw_version.to_owned() });
        }
        if let (Some(v), Some(p)) = (version, previous) {
            if v < p {
                row.fail("version", ErrorKind::VersionOrder { version: v.to_string(), previous: p.to_string() });
            }
        }
        previous = version.or(previous);
        let model_id = row.slug("model_id", r.get(1), '-');
        let kind = row.vocab("change", r.get(2), ChangeKind::from_id, ChangeKind::allowed);
        let fields = list(r.get(3));
        for f in &fields {
            if !MODEL_COLUMNS.contains(&f.as_str()) {
                row.fail("fields", ErrorKind::UnknownId { value: f.clone(), list: IdList::ModelColumns });
            }
        }
        match kind {
            Some(ChangeKind::Changed) if fields.is_empty() => row.fail("fields", ErrorKind::NoFieldsChanged),
            Some(ChangeKind::Added | ChangeKind::Removed) if !fields.is_empty() => row.fail("fields", ErrorKind::FieldsOnlyForChanged),
            _ => {}
        }
        Some(Change { version: version?, model_id, kind: kind?, fields })
    })
}

pub fn parse_provinces(file: &str, text: &str) -> Parsed<Province> {
    let mut ids = UniqueIds::new();
    parse_table(file, text, &PROVINCE_COLUMNS, &mut |row, r| {
        let id = r.get(0).trim().to_owned();
        if !is_province_code(&id) {
            row.fail("id", ErrorKind::NotProvinceCode { value: id.clone() });
        }
        ids.check(row, "id", &id);
        let name_en = row.required("name_en", r.get(1));
        let name_zh = row.required("name_zh", r.get(2));
        Some(Province { id, name_en, name_zh })
    })
}

/// An ISO 3166-2:CN code: `CN-` and two capital letters.
fn is_province_code(s: &str) -> bool {
    s.strip_prefix("CN-").is_some_and(|rest| rest.len() == 2 && rest.bytes().all(|b| b.is_ascii_uppercase()))
}

/// `is_developer` says which developers `models.csv` names (a location of anyone else places no
/// model), `is_province` which ids `provinces.csv` has.
pub fn parse_locations(
    file: &str,
    text: &str,
    is_developer: &dyn Fn(&str) -> bool,
    is_province: &dyn Fn(&str) -> bool,
) -> Parsed<Location> {
    let mut developers = UniqueIds::new();
    parse_table(file, text, &LOCATION_COLUMNS, &mut |row, r| {
        let developer = row.required("developer", r.get(0));
        if !developer.is_empty() && !is_developer(&developer) {
            row.fail("developer", ErrorKind::UnknownId { value: developer.clone(), list: IdList::Developers });
        }
        developers.check(row, "developer", &developer);
        let city = row.required("city", r.get(1));
        let province = row.required("province", r.get(2));
        if !province.is_empty() && !is_province(&province) {
            row.fail("province", ErrorKind::UnknownId { value: province.clone(), list: IdList::Provinces });
        }
        let source_url = row.url("source_url", r.get(3));
        let evidence = row.required("evidence", r.get(4));
        Some(Location { developer, city, province, source_url, evidence })
    })
}

#[cfg(test)]
mod tests {
    use super::{is_province_code, parse_whole};

    #[test]
    fn whole_numbers() {
        assert_eq!(parse_whole("430"), Some(430));
        assert_eq!(parse_whole("0"), Some(0));
        for bad in ["", "-1", "4.0", "1e3", "9999999999", " 4"] {
            assert_eq!(parse_whole(bad), None, "{bad}");
        }
    }

    #[test]
    fn province_codes() {
        assert!(is_province_code("CN-ZJ"));
        for bad in ["", "CN-", "CN-Z", "CN-zj", "cn-ZJ", "CN-ZJX", "ZJ", "CN_ZJ"] {
            assert!(!is_province_code(bad), "{bad}");
        }
    }
}
