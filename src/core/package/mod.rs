//! The data as a package others can load: every file of `data/` published beside the page in
//! `data/`, described by a Frictionless Data Package (v1, `datapackage.json`) with a Table
//! Schema per file. The descriptor is made at build time (`src/bin/datapackage.rs`, run by
//! `scripts/postbuild.mjs`) from the definitions the app itself uses: each parser's column list
//! (`CsvFiles::COLUMNS`), the vocabularies' `VALUES` for `enum`s, the specialty ids of the data,
//! the data version. What each column means is `columns::TABLES`, which must describe exactly
//! the parsers' columns (`problems`). The app only asks where the files are (`data_href`).

mod columns;

pub use columns::{Column, Table, Type, Values, TABLES};

use super::dataset::{CsvFiles, Dataset, FILE_COUNT};
use super::i18n::{Lang, Msg};
use super::json::Json;
use super::parse::{is_http_url, MODEL_COLUMNS};
use super::{cite, survey, versions};

/// The folder beside the page that holds the files and the descriptor.
pub const DATA_DIR: &str = "data";

/// The descriptor's file name, as the Data Package spec names it.
pub const DESCRIPTOR: &str = "datapackage.json";

/// Where the published site is (the folder of its `index.html`), if this build was told
/// (`ATLAS_PUBLIC_URL`, an http(s) address): the one-file offline copy links its data there.
pub fn public_url() -> Option<&'static str> {
    option_env!("ATLAS_PUBLIC_URL").filter(|u| is_http_url(u))
}

/// The address of `file` of the published data: beside the page (relative, so the page works
/// from any folder), or, in the one-file offline copy, which has no files beside it, at the
/// public address; `None` in an offline copy of a build that was given none.
pub fn data_href(file: &str, offline_copy: bool) -> Option<String> {
    href_from(public_url(), file, offline_copy)
}

fn href_from(public: Option<&str>, file: &str, offline_copy: bool) -> Option<String> {
    if !offline_copy {
        return Some(format!("{DATA_DIR}/{file}"));
    }
    public.map(|u| format!("{}/{DATA_DIR}/{file}", u.trim_end_matches('/')))
}

/// The licence of the atlas's own records and classifications (the code is MIT).
const LICENCE: [(&str, &str); 3] = [
    ("name", "CC-BY-4.0"),
    ("path", "https://creativecommons.org/licenses/by/4.0/"),
    ("title", "Creative Commons Attribution 4.0 International"),
];

/// What a file's rows, columns and keys must be for the package to describe it: `TABLES` in
/// `CsvFiles::NAMES` order, each with exactly its parser's columns in the parser's order, keys
/// made of required columns, foreign keys pointing at another file's whole primary key (the
/// only target Table Schema accepts as unique). Empty when all hold.
pub fn problems() -> Vec<String> {
    problems_in(&TABLES)
}

fn problems_in(tables: &[Table]) -> Vec<String> {
    let mut out = Vec::new();
    for (i, (file, parsed)) in CsvFiles::NAMES.iter().zip(CsvFiles::COLUMNS).enumerate() {
        let Some(table) = tables.get(i).filter(|t| t.file == *file) else {
            out.push(format!("{file}: TABLES[{i}] must describe it (files in CsvFiles::NAMES order)"));
            continue;
        };
        let described: Vec<&str> = table.columns.iter().map(|c| c.name).collect();
        for c in parsed.iter().filter(|c| !described.contains(c)) {
            out.push(format!("{file}: column `{c}` has no description in package::TABLES"));
        }
        for c in described.iter().filter(|c| !parsed.contains(c)) {
            out.push(format!("{file}: package::TABLES describes `{c}`, which its parser does not read"));
        }
        let complete = parsed.iter().all(|c| described.contains(c)) && described.iter().all(|c| parsed.contains(c));
        if complete && described != parsed {
            out.push(format!("{file}: package::TABLES lists the columns as {described:?}, the parser as {parsed:?}"));
        }
        for k in table.key {
            if !table.columns.iter().any(|c| c.name == *k && c.required) {
                out.push(format!("{file}: key column `{k}` must be a required column"));
            }
        }
        for c in table.columns {
            if let Some((target, column)) = c.refers_to {
                match tables.iter().find(|t| t.file == target) {
                    Some(t) if t.key == [column] => {}
                    _ => out.push(format!("{file}: `{}` refers to {target} `{column}`, which is not that file's key", c.name)),
                }
            }
        }
    }
    out
}

/// Problems of the files as published: each must be UTF-8 without a byte-order mark and start
/// with exactly its parser's columns, in order (a reader's tool matches the schema's fields to
/// the header by position; the atlas's own parser is more lenient).
pub fn file_problems(files: &[&[u8]; FILE_COUNT]) -> Vec<String> {
    let mut out = Vec::new();
    for ((name, columns), bytes) in CsvFiles::NAMES.iter().zip(CsvFiles::COLUMNS).zip(files) {
        if bytes.starts_with(b"\xEF\xBB\xBF") || std::str::from_utf8(bytes).is_err() {
            out.push(format!("{name}: not UTF-8 without a byte-order mark"));
            continue;
        }
        let header = bytes.split(|&b| b == b'\n').next().unwrap_or_default();
        let header = header.strip_suffix(b"\r").unwrap_or(header);
        if header != columns.join(",").as_bytes() {
            out.push(format!("{name}: the header must be exactly `{}`", columns.join(",")));
        }
    }
    out
}

/// The text of `datapackage.json` for `ds`, whose files (in `CsvFiles::NAMES` order) are
/// `files`, or what keeps it from describing them honestly.
pub fn datapackage(ds: &Dataset, files: &[&[u8]; FILE_COUNT]) -> Result<String, Vec<String>> {
    let mut errors = problems();
    errors.extend(file_problems(files));
    let version = versions::current(ds);
    let survey = survey::headline(ds).map(|h| h.source);
    if version.is_none() {
        errors.push("the data has no version (changes.csv)".to_owned());
    }
    if survey.is_none() {
        errors.push("the survey's source is missing (survey_figures.csv, sources.csv)".to_owned());
    }
    let (Some(version), Some(survey), true) = (version, survey, errors.is_empty()) else { return Err(errors) };

    // The survey first, then the other documents the published figures cite.
    let mut sources = vec![survey];
    for s in &ds.sources {
        if s.id != survey.id && ds.figures.iter().any(|f| f.source_id == s.id) {
            sources.push(s);
        }
    }
    let credit = credit(&version.to_string());
    let description = format!(
        "{} {}. Every file is a UTF-8 CSV with a header row; an empty cell means that no source states the value. Licence: the \
         atlas's own records and classifications are CC BY 4.0 (the atlas's code is MIT); quotations (`quote`, `evidence`) remain \
         their publishers' words, quoted with their source. Credit: {credit}.",
        Msg::AppTagline.text(Lang::En),
        versions::summary(ds, Lang::En),
    );
    let mut package = vec![
        ("profile", Json::str("tabular-data-package")),
        ("name", Json::str("medllm-atlas")),
        ("title", Json::str(format!("{}: {}", Msg::AppTitle.text(Lang::En), "China's medical AI large models"))),
        ("description", Json::Str(description)),
        // The data version is a date (as in the app, its citations and changes.csv), not a
        // semantic version: the spec recommends SemVer but does not require it.
        ("version", Json::str(version.to_string())),
        // The release date of this data version, so the same data always gives the same file.
        ("created", Json::str(format!("{version}T00:00:00Z"))),
    ];
    if let Some(url) = public_url() {
        package.push(("homepage", Json::str(url)));
    }
    package.extend([
        ("keywords", Json::strs(["medical AI", "large language models", "China", "healthcare", "survey"])),
        ("licenses", Json::Array(vec![Json::Object(LICENCE.iter().map(|(k, v)| (*k, Json::str(*v))).collect())])),
        (
            "sources",
            Json::Array(
                sources
                    .iter()
                    .map(|s| Json::Object(vec![("title", Json::str(cite::source_line(s))), ("path", Json::str(&s.url))]))
                    .collect(),
            ),
        ),
        (
            "contributors",
            Json::Array(vec![Json::Object(vec![("title", Json::str(Msg::AppTitle.text(Lang::En))), ("role", Json::str("author"))])]),
        ),
        ("resources", Json::Array(TABLES.iter().zip(files).map(|(t, bytes)| resource(t, bytes, ds)).collect())),
    ]);
    Ok(Json::Object(package).pretty())
}

/// The line readers should credit the data with (the package and the README are in English).
pub fn credit(version: &str) -> String {
    format!("{}, data version {version}, CC BY 4.0", Msg::AppTitle.text(Lang::En))
}

/// A file's name without `.csv`: the resource's name, which foreign keys refer to.
fn resource_name(file: &str) -> &str {
    file.strip_suffix(".csv").unwrap_or(file)
}

fn resource(table: &Table, bytes: &[u8], ds: &Dataset) -> Json {
    // Read from the file, so the description cannot disagree with the bytes served.
    let line_end = match bytes.iter().position(|&b| b == b'\n') {
        Some(i) if i > 0 && bytes[i - 1] == b'\r' => "\r\n",
        _ => "\n",
    };
    let foreign_keys: Vec<Json> = table
        .columns
        .iter()
        .filter_map(|c| {
            let (file, column) = c.refers_to?;
            Some(Json::Object(vec![
                ("fields", Json::strs([c.name])),
                ("reference", Json::Object(vec![("resource", Json::str(resource_name(file))), ("fields", Json::strs([column]))])),
            ]))
        })
        .collect();
    let mut schema =
        vec![("fields", Json::Array(table.columns.iter().map(|c| field(c, ds)).collect())), ("primaryKey", Json::strs(table.key))];
    if !foreign_keys.is_empty() {
        schema.push(("foreignKeys", Json::Array(foreign_keys)));
    }
    schema.push(("missingValues", Json::strs([""])));
    Json::Object(vec![
        ("name", Json::str(resource_name(table.file))),
        ("path", Json::str(table.file)),
        ("profile", Json::str("tabular-data-resource")),
        ("description", Json::str(table.description)),
        ("format", Json::str("csv")),
        ("mediatype", Json::str("text/csv")),
        ("encoding", Json::str("utf-8")),
        ("bytes", Json::Int(bytes.len() as u64)),
        (
            "dialect",
            Json::Object(vec![
                ("delimiter", Json::str(",")),
                ("lineTerminator", Json::str(line_end)),
                ("quoteChar", Json::str("\"")),
                ("doubleQuote", Json::Bool(true)),
                ("header", Json::Bool(true)),
            ]),
        ),
        ("schema", Json::Object(schema)),
    ])
}

fn field(c: &Column, ds: &Dataset) -> Json {
    let kind = match c.kind {
        Type::String => "string",
        Type::Number => "number",
        Type::Integer => "integer",
        Type::Date => "date",
    };
    let mut constraints = Vec::new();
    if c.required {
        constraints.push(("required", Json::Bool(true)));
    }
    match c.values {
        Values::Any => {}
        Values::Slug(sep) => constraints.push(("pattern", Json::Str(slug_pattern(sep)))),
        Values::OneOf(values) => constraints.push(("enum", Json::strs(values.iter().map(|(id, _)| *id)))),
        Values::SpecialtyList => constraints.push(("pattern", Json::Str(list_pattern(ds.specialties.iter().map(|s| s.id.as_str()))))),
        Values::ModelColumnList => constraints.push(("pattern", Json::Str(list_pattern(MODEL_COLUMNS)))),
        Values::PartialDate => constraints.push(("pattern", Json::str(PARTIAL_DATE_PATTERN))),
        Values::HttpUrl => constraints.push(("pattern", Json::str(HTTP_URL_PATTERN))),
        Values::ProvinceCode => constraints.push(("pattern", Json::str("CN-[A-Z]{2}"))),
        Values::NotNegative => constraints.push(("minimum", Json::Int(0))),
    }
    let mut out = vec![("name", Json::str(c.name)), ("type", Json::str(kind)), ("description", Json::str(c.description))];
    if !constraints.is_empty() {
        out.push(("constraints", Json::Object(constraints)));
    }
    Json::Object(out)
}

// Patterns are XML Schema regular expressions, matched against the whole value (Table Schema
// v1); these use only what that syntax and Python's `re` (frictionless) read alike.

/// `YYYY`, `YYYY-MM` or `YYYY-MM-DD` with years `date::MIN_YEAR..=MAX_YEAR` (1990–2100), months
/// 01–12 and days 01–31 (the day of that month is the atlas's own check).
const PARTIAL_DATE_PATTERN: &str = "(199[0-9]|20[0-9][0-9]|2100)(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?";

/// `parse::is_http_url`: http or https, a host, no spaces.
const HTTP_URL_PATTERN: &str = "https?://[^/\\s]\\S*";

/// `parse::fields::is_slug`: lowercase letters and digits, single `sep` between them.
fn slug_pattern(sep: char) -> String {
    format!("[a-z0-9]+({sep}[a-z0-9]+)*")
}

/// A `;`-separated list of `items` (ids and column names: letters, digits, `-` and `_`, which
/// need no escaping in a pattern).
fn list_pattern<'a>(items: impl IntoIterator<Item = &'a str>) -> String {
    let one = items.into_iter().collect::<Vec<_>>().join("|");
    format!("({one})(;({one}))*")
}

#[cfg(test)]
mod tests;
