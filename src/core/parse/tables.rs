//! The four small files: categories, sources, survey figures and quotes.

use super::fields::{RowCheck, UniqueIds};
use super::{read_records, Parsed};
use crate::core::model::{Category, Quote, Source, SurveyFigure};
use serde::Deserialize;

#[derive(Deserialize)]
struct RawCategory {
    id: String,
    name_en: String,
    name_zh: String,
    description: String,
    functions_count: String,
    source_id: String,
}

pub fn parse_categories(file: &str, text: &str, is_source: &dyn Fn(&str) -> bool) -> Parsed<Category> {
    let raw = read_records::<RawCategory>(file, text, &["id", "name_en", "name_zh", "description", "functions_count", "source_id"]);
    let mut out = Parsed { rows: Vec::new(), errors: raw.errors, records_seen: raw.records_seen };
    let mut ids = UniqueIds::new();
    for (line, r) in raw.rows {
        let mut row = RowCheck::new(file, line);
        let id = row.slug("id", &r.id, '-');
        ids.check(&mut row, "id", &id);
        let name_en = row.required("name_en", &r.name_en);
        let name_zh = row.required("name_zh", &r.name_zh);
        let functions_count = match r.functions_count.trim() {
            "" => None,
            n => {
                let parsed = n.parse::<u32>().ok();
                if parsed.is_none() {
                    row.fail("functions_count", format!("'{n}' is not a whole number"));
                }
                parsed
            }
        };
        let source_id = row.reference("source_id", &r.source_id, is_source, "source id of sources.csv");
        if functions_count.is_some() && source_id.is_none() {
            row.fail("source_id", "is empty; a survey count must cite its source".into());
        }
        if row.errors.is_empty() {
            out.rows.push(Category { id, name_en, name_zh, description: r.description.trim().to_owned(), functions_count, source_id });
        } else {
            out.errors.append(&mut row.errors);
        }
    }
    out
}

#[derive(Deserialize)]
struct RawSource {
    id: String,
    title: String,
    publisher: String,
    published: String,
    url: String,
}

pub fn parse_sources(file: &str, text: &str) -> Parsed<Source> {
    let raw = read_records::<RawSource>(file, text, &["id", "title", "publisher", "published", "url"]);
    let mut out = Parsed { rows: Vec::new(), errors: raw.errors, records_seen: raw.records_seen };
    let mut ids = UniqueIds::new();
    for (line, r) in raw.rows {
        let mut row = RowCheck::new(file, line);
        let id = row.slug("id", &r.id, '-');
        ids.check(&mut row, "id", &id);
        let title = row.required("title", &r.title);
        let publisher = row.required("publisher", &r.publisher);
        let published = row.date("published", &r.published);
        let url = row.url("url", &r.url);
        if row.errors.is_empty() {
            out.rows.push(Source { id, title, publisher, published, url });
        } else {
            out.errors.append(&mut row.errors);
        }
    }
    out
}

#[derive(Deserialize)]
struct RawFigure {
    metric: String,
    value: String,
    unit: String,
    scope: String,
    source_id: String,
    quote: String,
}

pub fn parse_survey_figures(file: &str, text: &str, is_source: &dyn Fn(&str) -> bool) -> Parsed<SurveyFigure> {
    let raw = read_records::<RawFigure>(file, text, &["metric", "value", "unit", "scope", "source_id", "quote"]);
    let mut out = Parsed { rows: Vec::new(), errors: raw.errors, records_seen: raw.records_seen };
    let mut ids = UniqueIds::new();
    for (line, r) in raw.rows {
        let mut row = RowCheck::new(file, line);
        let metric = row.slug("metric", &r.metric, '_');
        ids.check(&mut row, "metric", &metric);
        let value = r.value.trim().parse::<f64>().ok().filter(|v| v.is_finite() && *v >= 0.0);
        if value.is_none() {
            row.fail("value", format!("'{}' is not a non-negative number", r.value.trim()));
        }
        let unit = row.required("unit", &r.unit);
        let scope = row.required("scope", &r.scope);
        let source_id = row.required("source_id", &r.source_id);
        row.reference("source_id", &source_id, is_source, "source id of sources.csv");
        let quote = row.required("quote", &r.quote);
        match value {
            Some(value) if row.errors.is_empty() => out.rows.push(SurveyFigure { metric, value, unit, scope, source_id, quote }),
            _ => out.errors.append(&mut row.errors),
        }
    }
    out
}

#[derive(Deserialize)]
struct RawQuote {
    id: String,
    category: String,
    quote: String,
    source_id: String,
}

pub fn parse_quotes(file: &str, text: &str, is_category: &dyn Fn(&str) -> bool, is_source: &dyn Fn(&str) -> bool) -> Parsed<Quote> {
    let raw = read_records::<RawQuote>(file, text, &["id", "category", "quote", "source_id"]);
    let mut out = Parsed { rows: Vec::new(), errors: raw.errors, records_seen: raw.records_seen };
    let mut ids = UniqueIds::new();
    for (line, r) in raw.rows {
        let mut row = RowCheck::new(file, line);
        let id = row.slug("id", &r.id, '-');
        ids.check(&mut row, "id", &id);
        let category = row.reference("category", &r.category, is_category, "category id of categories.csv");
        let quote = row.required("quote", &r.quote);
        let source_id = row.required("source_id", &r.source_id);
        row.reference("source_id", &source_id, is_source, "source id of sources.csv");
        if row.errors.is_empty() {
            out.rows.push(Quote { id, category, quote, source_id });
        } else {
            out.errors.append(&mut row.errors);
        }
    }
    out
}
