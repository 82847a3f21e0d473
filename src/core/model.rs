//! Typed records of the data files. Built only by `parse`, which validates every field, so
//! code holding a `Model` may rely on its invariants (an http(s) source, a known category, ...).

use super::date::PartialDate;
use super::vocab::{ChangeKind, DeveloperKind, FamilyKind, Modality, OpenWeights, SourceKind};

/// One application-scenario category of the atlas's own classification.
#[derive(Clone, Debug, PartialEq)]
pub struct Category {
    pub id: String,
    pub name_en: String,
    pub name_zh: String,
    pub description: String,
    /// The survey's function count, only where the survey published one in its text.
    pub functions_count: Option<u32>,
    pub source_id: Option<String>,
}

/// One document that survey figures or model rows cite.
#[derive(Clone, Debug, PartialEq)]
pub struct Source {
    pub id: String,
    pub title: String,
    pub publisher: String,
    pub published: Option<PartialDate>,
    pub url: String,
}

/// One number a survey published, with the sentence it was read from.
#[derive(Clone, Debug, PartialEq)]
pub struct SurveyFigure {
    pub metric: String,
    pub value: f64,
    pub unit: String,
    pub scope: String,
    pub source_id: String,
    pub quote: String,
}

/// A short quotation from the survey article, optionally tied to a category.
#[derive(Clone, Debug, PartialEq)]
pub struct Quote {
    pub id: String,
    pub category: Option<String>,
    pub quote: String,
    pub source_id: String,
}

/// One medical large model documented in the atlas, with the address its facts were read from.
#[derive(Clone, Debug, PartialEq)]
pub struct Model {
    pub id: String,
    pub name: String,
    /// Empty when no source gave a Chinese name.
    pub name_zh: String,
    pub developer: String,
    pub developer_kind: DeveloperKind,
    pub partners: Vec<String>,
    /// Id of a `Category`.
    pub category: String,
    pub functions: Vec<String>,
    /// The atlas's category id of each function (same order as `functions`), from
    /// `functions.csv`; empty when the functions are not classified (a reader's own file).
    pub function_categories: Vec<String>,
    pub specialties: Vec<String>,
    pub modality: Option<Modality>,
    pub base_model: String,
    /// Parameters in billions, the text as published (kept as text so "0.447" is not reformatted).
    pub params_b: Option<String>,
    pub open_weights: OpenWeights,
    pub released: Option<PartialDate>,
    pub source_url: String,
    pub source_kind: SourceKind,
    pub source_id: Option<String>,
    pub notes: String,
}

/// A specialty id of `models.csv` with its names.
#[derive(Clone, Debug, PartialEq)]
pub struct Specialty {
    pub id: String,
    pub name_en: String,
    pub name_zh: String,
}

/// A family of foundation models, and the substrings that place a model's `base_model` in it.
#[derive(Clone, Debug, PartialEq)]
pub struct BaseFamily {
    pub id: String,
    pub name_en: String,
    pub name_zh: String,
    /// Lowercase substrings; a model whose lowercased `base_model` contains one is in the family.
    pub matches: Vec<String>,
    pub kind: FamilyKind,
    /// Who makes the family ("Alibaba Cloud"), as the curated file says.
    pub developer: String,
}

/// A provincial-level division of China (ISO 3166-2:CN code), with its names.
#[derive(Clone, Debug, PartialEq)]
pub struct Province {
    /// `CN-` and two capital letters (`CN-ZJ`).
    pub id: String,
    pub name_en: String,
    pub name_zh: String,
}

/// Where one developer of `models.csv` is based (its headquarters or seat, not where a model is
/// used), with the page that says so and the words it says it in.
#[derive(Clone, Debug, PartialEq)]
pub struct Location {
    /// Exactly as in `models.csv`'s `developer`.
    pub developer: String,
    pub city: String,
    /// Id of a `Province`.
    pub province: String,
    pub source_url: String,
    /// A quotation from `source_url` that states the city.
    pub evidence: String,
}

/// One change to one model row in one data version.
#[derive(Clone, Debug, PartialEq)]
pub struct Change {
    /// The data version: the ISO date of the release.
    pub version: PartialDate,
    pub model_id: String,
    pub kind: ChangeKind,
    /// For `Changed`: the columns whose values changed.
    pub fields: Vec<String>,
}
