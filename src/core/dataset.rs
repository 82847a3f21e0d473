//! The five data files as one validated `Dataset`, and the copy compiled into the app.

use super::model::{Category, Model, Quote, Source, SurveyFigure};
use super::parse::{self, DataError};
use std::collections::HashSet;

/// The text of the five files, in whatever way it was obtained.
#[derive(Clone, Copy)]
pub struct CsvFiles<'a> {
    pub categories: &'a str,
    pub sources: &'a str,
    pub survey_figures: &'a str,
    pub quotes: &'a str,
    pub models: &'a str,
}

/// The data compiled into the app (and into every native test).
pub const BUNDLED: CsvFiles<'static> = CsvFiles {
    categories: include_str!("../../data/categories.csv"),
    sources: include_str!("../../data/sources.csv"),
    survey_figures: include_str!("../../data/survey_figures.csv"),
    quotes: include_str!("../../data/quotes.csv"),
    models: include_str!("../../data/models.csv"),
};

/// Metrics the app shows as the survey's headline; a dataset without them is rejected.
pub const REQUIRED_METRICS: [&str; 4] =
    ["models_surveyed", "functionalities_total", "application_categories", "functionalities_medical_services"];

/// Published parts and the published totals they belong to: a part above its total means a
/// transcription error.
pub const PARTS_OF_TOTALS: [(&str, &str); 3] = [
    ("functionalities_medical_services", "functionalities_total"),
    ("top100_hospitals_developing_vertical_models", "top100_hospitals_llm_deployed"),
    ("top100_hospitals_developing_vertical_models_restated", "top100_hospitals_llm_deployed"),
];

#[derive(Clone, Debug, Default)]
pub struct Dataset {
    pub categories: Vec<Category>,
    pub sources: Vec<Source>,
    pub figures: Vec<SurveyFigure>,
    pub quotes: Vec<Quote>,
    pub models: Vec<Model>,
}

impl Dataset {
    /// Parses and cross-checks all five files. Any problem in any file rejects the whole set:
    /// the bundled data must be exactly right, and the tests prove it is.
    pub fn from_csv(files: &CsvFiles<'_>) -> Result<Dataset, Vec<DataError>> {
        let sources = parse::parse_sources("sources.csv", files.sources);
        let source_ids: HashSet<&str> = sources.rows.iter().map(|s| s.id.as_str()).collect();
        let is_source = |id: &str| source_ids.contains(id);
        let categories = parse::parse_categories("categories.csv", files.categories, &is_source);
        let category_ids: HashSet<&str> = categories.rows.iter().map(|c| c.id.as_str()).collect();
        let is_category = |id: &str| category_ids.contains(id);
        let figures = parse::parse_survey_figures("survey_figures.csv", files.survey_figures, &is_source);
        let quotes = parse::parse_quotes("quotes.csv", files.quotes, &is_category, &is_source);
        let models = parse::parse_models("models.csv", files.models, &is_category, &is_source);

        let mut errors = Vec::new();
        for e in [&sources.errors, &categories.errors, &figures.errors, &quotes.errors, &models.errors] {
            errors.extend(e.iter().cloned());
        }
        let dataset =
            Dataset { categories: categories.rows, sources: sources.rows, figures: figures.rows, quotes: quotes.rows, models: models.rows };
        errors.extend(dataset.consistency_errors());
        if errors.is_empty() {
            Ok(dataset)
        } else {
            Err(errors)
        }
    }

    /// The data compiled into the app.
    pub fn bundled() -> Result<Dataset, Vec<DataError>> {
        Dataset::from_csv(&BUNDLED)
    }

    /// The same survey, categories and sources with other model rows (a reader's own file).
    pub fn with_models(&self, models: Vec<Model>) -> Dataset {
        Dataset { models, ..self.clone() }
    }

    pub fn category(&self, id: &str) -> Option<&Category> {
        self.categories.iter().find(|c| c.id == id)
    }

    pub fn source(&self, id: &str) -> Option<&Source> {
        self.sources.iter().find(|s| s.id == id)
    }

    pub fn figure(&self, metric: &str) -> Option<&SurveyFigure> {
        self.figures.iter().find(|f| f.metric == metric)
    }

    pub fn model(&self, id: &str) -> Option<&Model> {
        self.models.iter().find(|m| m.id == id)
    }

    /// Checks across files that single rows cannot show.
    fn consistency_errors(&self) -> Vec<DataError> {
        let mut errors = Vec::new();
        let figure_error = |metric: &str, message: String| DataError {
            file: "survey_figures.csv".into(),
            line: None,
            column: Some(metric.to_owned()),
            message,
        };
        for metric in REQUIRED_METRICS {
            if self.figure(metric).is_none() {
                errors.push(figure_error(metric, "is missing; the app's headline needs it".into()));
            }
        }
        for (part, total) in PARTS_OF_TOTALS {
            if let (Some(p), Some(t)) = (self.figure(part), self.figure(total)) {
                if p.value > t.value {
                    errors.push(figure_error(part, format!("{} exceeds its total {total} = {}", p.value, t.value)));
                }
            }
        }
        if let Some(total) = self.figure("functionalities_total") {
            let sum: f64 = self.categories.iter().filter_map(|c| c.functions_count).map(f64::from).sum();
            if sum > total.value {
                errors.push(DataError {
                    file: "categories.csv".into(),
                    line: None,
                    column: Some("functions_count".into()),
                    message: format!("the counts add up to {sum}, above the survey's total of {}", total.value),
                });
            }
        }
        if let Some(n) = self.figure("application_categories") {
            let with_counts = self.categories.iter().filter(|c| c.functions_count.is_some()).count();
            if with_counts as f64 > n.value {
                errors.push(DataError {
                    file: "categories.csv".into(),
                    line: None,
                    column: Some("functions_count".into()),
                    message: format!("{with_counts} categories carry survey counts; the survey has only {}", n.value),
                });
            }
        }
        errors
    }
}
