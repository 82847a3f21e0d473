//! The data files as one validated `Dataset`, and the copy compiled into the app.

use super::i18n::Lang;
use super::model::{BaseFamily, Category, Change, Location, Model, Province, Quote, Source, Specialty, SurveyFigure};
use super::parse::{self, DataError, ErrorKind, IdList};
use super::vocab::ChangeKind;
use std::collections::{BTreeSet, HashMap, HashSet};

/// The province value of a model whose developer has no row in `locations.csv`.
pub const NOT_LOCATED: &str = "not-located";

/// How many files the data has.
pub const FILE_COUNT: usize = 11;

/// The text of the data files, in whatever way it was obtained.
#[derive(Clone, Copy)]
pub struct CsvFiles<'a> {
    pub categories: &'a str,
    pub sources: &'a str,
    pub survey_figures: &'a str,
    pub quotes: &'a str,
    pub models: &'a str,
    pub specialties: &'a str,
    pub base_families: &'a str,
    pub functions: &'a str,
    pub changes: &'a str,
    pub provinces: &'a str,
    pub locations: &'a str,
}

impl<'a> CsvFiles<'a> {
    /// The file names, as in `data/`.
    pub const NAMES: [&'static str; FILE_COUNT] = [
        "categories.csv",
        "sources.csv",
        "survey_figures.csv",
        "quotes.csv",
        "models.csv",
        "specialties.csv",
        "base_families.csv",
        "functions.csv",
        "changes.csv",
        "provinces.csv",
        "locations.csv",
    ];

    /// Each file's columns as its parser reads them, in `NAMES` order.
    pub const COLUMNS: [&'static [&'static str]; FILE_COUNT] = [
        &parse::CATEGORY_COLUMNS,
        &parse::SOURCE_COLUMNS,
        &parse::SURVEY_FIGURE_COLUMNS,
        &parse::QUOTE_COLUMNS,
        &parse::MODEL_COLUMNS,
        &parse::SPECIALTY_COLUMNS,
        &parse::BASE_FAMILY_COLUMNS,
        &parse::FUNCTION_COLUMNS,
        &parse::CHANGE_COLUMNS,
        &parse::PROVINCE_COLUMNS,
        &parse::LOCATION_COLUMNS,
    ];

    /// Reads the files of `dir` (natively: the build, tests, tools).
    pub fn read_dir(dir: &std::path::Path) -> std::io::Result<[String; FILE_COUNT]> {
        let mut out: [String; FILE_COUNT] = Default::default();
        for (text, name) in out.iter_mut().zip(Self::NAMES) {
            *text = std::fs::read_to_string(dir.join(name))?;
        }
        Ok(out)
    }

    /// The files in `NAMES` order.
    pub fn from_texts(t: &'a [String; FILE_COUNT]) -> CsvFiles<'a> {
        CsvFiles {
            categories: &t[0],
            sources: &t[1],
            survey_figures: &t[2],
            quotes: &t[3],
            models: &t[4],
            specialties: &t[5],
            base_families: &t[6],
            functions: &t[7],
            changes: &t[8],
            provinces: &t[9],
            locations: &t[10],
        }
    }
}

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

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Dataset {
    pub categories: Vec<Category>,
    pub sources: Vec<Source>,
    pub figures: Vec<SurveyFigure>,
    pub quotes: Vec<Quote>,
    pub models: Vec<Model>,
    pub specialties: Vec<Specialty>,
    pub base_families: Vec<BaseFamily>,
    /// Every data version's changes, oldest first; empty for a reader's own file.
    pub changes: Vec<Change>,
    pub provinces: Vec<Province>,
    /// Where the developers are based; a developer without a row is not located.
    pub locations: Vec<Location>,
}

impl Dataset {
    /// Parses and cross-checks all the files. Any problem in any file rejects the whole set:
    /// the bundled data must be exactly right, and the build refuses it otherwise.
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
        let specialties = parse::parse_specialties("specialties.csv", files.specialties);
        let base_families = parse::parse_base_families("base_families.csv", files.base_families);
        let functions = parse::parse_functions("functions.csv", files.functions, &is_category);
        let changes = parse::parse_changes("changes.csv", files.changes);
        let provinces = parse::parse_provinces("provinces.csv", files.provinces);
        let province_ids: HashSet<&str> = provinces.rows.iter().map(|p| p.id.as_str()).collect();
        let developers: HashSet<&str> = models.rows.iter().map(|m| m.developer.as_str()).collect();
        let locations = parse::parse_locations("locations.csv", files.locations, &|d: &str| developers.contains(d), &|p: &str| {
            province_ids.contains(p)
        });

        let mut errors = Vec::new();
        for e in [
            &sources.errors,
            &categories.errors,
            &figures.errors,
            &quotes.errors,
            &models.errors,
            &specialties.errors,
            &base_families.errors,
            &functions.errors,
            &changes.errors,
            &provinces.errors,
            &locations.errors,
        ] {
            errors.extend(e.iter().cloned());
        }
        let mut dataset = Dataset {
            categories: categories.rows,
            sources: sources.rows,
            figures: figures.rows,
            quotes: quotes.rows,
            models: models.rows,
            specialties: specialties.rows,
            base_families: base_families.rows,
            changes: changes.rows,
            provinces: provinces.rows,
            locations: locations.rows,
        };
        errors.extend(dataset.consistency_errors());
        errors.extend(dataset.specialty_errors(&models.lines));
        errors.extend(dataset.classify_functions(&functions.rows, &functions.lines));
        errors.extend(dataset.version_errors(&changes.lines));
        if errors.is_empty() {
            Ok(dataset)
        } else {
            Err(errors)
        }
    }

    /// The same survey, categories, sources and vocabularies with other model rows (a reader's
    /// own file). Their functions are not classified and they have no data versions.
    pub fn with_models(&self, models: Vec<Model>) -> Dataset {
        Dataset { models, changes: Vec::new(), ..self.clone() }
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

    /// The province of `m`: its lead developer's (`locations.csv`), or `None` when no page read
    /// says where the developer is based (the facet's `NOT_LOCATED`).
    pub fn province_of(&self, m: &Model) -> Option<&str> {
        self.location_of(&m.developer).map(|l| l.province.as_str())
    }

    /// Where `developer` is based, if a page read says so.
    pub fn location_of(&self, developer: &str) -> Option<&Location> {
        self.locations.iter().find(|l| l.developer == developer)
    }

    pub fn province(&self, id: &str) -> Option<&Province> {
        self.provinces.iter().find(|p| p.id == id)
    }

    /// A province's name in `lang` (its id when `provinces.csv` lacks it).
    pub fn province_name(&self, id: &str, lang: Lang) -> String {
        match (self.province(id), lang) {
            (Some(p), Lang::En) => p.name_en.clone(),
            (Some(p), Lang::Zh) => p.name_zh.clone(),
            (None, _) => id.to_owned(),
        }
    }

    pub fn specialty(&self, id: &str) -> Option<&Specialty> {
        self.specialties.iter().find(|s| s.id == id)
    }

    /// A specialty's name in `lang`. An id without names (possible in a reader's own file) reads
    /// as the id with spaces ("mental health"): nothing is translated that the data does not name.
    pub fn specialty_name(&self, id: &str, lang: Lang) -> String {
        match (self.specialty(id), lang) {
            (Some(s), Lang::En) => s.name_en.clone(),
            (Some(s), Lang::Zh) => s.name_zh.clone(),
            (None, _) => id.replace('-', " "),
        }
    }

    /// Every model specialty must have its names in `specialties.csv`.
    fn specialty_errors(&self, lines: &[u64]) -> Vec<DataError> {
        let known: HashSet<&str> = self.specialties.iter().map(|s| s.id.as_str()).collect();
        let mut errors = Vec::new();
        for (m, line) in self.models.iter().zip(lines) {
            for s in m.specialties.iter().filter(|s| !known.contains(s.as_str())) {
                errors.push(DataError::at(
                    "models.csv",
                    Some(*line),
                    "specialty",
                    ErrorKind::UnknownId { value: s.clone(), list: IdList::Specialties },
                ));
            }
        }
        errors
    }

    /// Gives each model's functions their categories from `functions.csv`, whose rows must be
    /// exactly the models' phrases: each row its model's next phrase, and none left without a row.
    fn classify_functions(&mut self, rows: &[parse::FunctionRow], lines: &[u64]) -> Vec<DataError> {
        const FILE: &str = "functions.csv";
        let mut errors = Vec::new();
        let position: HashMap<&str, usize> = self.models.iter().enumerate().map(|(i, m)| (m.id.as_str(), i)).collect();
        let mut classified: Vec<Vec<String>> = vec![Vec::new(); self.models.len()];
        for (row, &line) in rows.iter().zip(lines) {
            let Some(&i) = position.get(row.model_id.as_str()) else {
                errors.push(DataError::at(
                    FILE,
                    Some(line),
                    "model_id",
                    ErrorKind::UnknownId { value: row.model_id.clone(), list: IdList::Models },
                ));
                continue;
            };
            let model = &self.models[i];
            let done = classified[i].len();
            match model.functions.get(done) {
                Some(expected) if *expected == row.function => classified[i].push(row.category.clone()),
                Some(expected) => errors.push(DataError::at(
                    FILE,
                    Some(line),
                    "function",
                    ErrorKind::FunctionNotNext { found: row.function.clone(), expected: expected.clone() },
                )),
                None => errors.push(DataError::at(
                    FILE,
                    Some(line),
                    "function",
                    ErrorKind::FunctionBeyond { model: model.id.clone(), count: model.functions.len() },
                )),
            }
        }
        for (model, categories) in self.models.iter_mut().zip(classified) {
            if let Some(phrase) = model.functions.get(categories.len()) {
                errors.push(DataError::at(
                    FILE,
                    None,
                    "function",
                    ErrorKind::FunctionMissing { model: model.id.clone(), phrase: phrase.clone() },
                ));
            }
            model.function_categories = categories;
        }
        errors
    }

    /// Replays the data versions: each `added` model was not yet present, each `changed` or
    /// `removed` one was, and after the last version the models present are those of models.csv.
    fn version_errors(&self, lines: &[u64]) -> Vec<DataError> {
        const FILE: &str = "changes.csv";
        let mut errors = Vec::new();
        let mut present: BTreeSet<&str> = BTreeSet::new();
        for (c, &line) in self.changes.iter().zip(lines) {
            let possible = match c.kind {
                ChangeKind::Added => present.insert(&c.model_id),
                ChangeKind::Changed => present.contains(c.model_id.as_str()),
                ChangeKind::Removed => present.remove(c.model_id.as_str()),
            };
            if !possible {
                errors.push(DataError::at(
                    FILE,
                    Some(line),
                    "change",
                    ErrorKind::ChangeImpossible { model: c.model_id.clone(), change: c.kind.id() },
                ));
            }
        }
        if !self.changes.is_empty() {
            let in_models: BTreeSet<&str> = self.models.iter().map(|m| m.id.as_str()).collect();
            for id in in_models.symmetric_difference(&present) {
                let kind = ErrorKind::ChangesDisagree { model: (*id).to_owned(), in_models: in_models.contains(id) };
                errors.push(DataError::at(FILE, None, "model_id", kind));
            }
        }
        errors
    }

    /// Checks across files that single rows cannot show.
    fn consistency_errors(&self) -> Vec<DataError> {
        let mut errors = Vec::new();
        let figure_error = |metric: &str, kind: ErrorKind| DataError::at("survey_figures.csv", None, metric, kind);
        for metric in REQUIRED_METRICS {
            if self.figure(metric).is_none() {
                errors.push(figure_error(metric, ErrorKind::MissingMetric));
            }
        }
        for (part, total) in PARTS_OF_TOTALS {
            if let (Some(p), Some(t)) = (self.figure(part), self.figure(total)) {
                if p.value > t.value {
                    let kind = ErrorKind::PartAboveTotal { part: p.value.to_string(), total: format!("{total} = {}", t.value) };
                    errors.push(figure_error(part, kind));
                }
            }
        }
        if let Some(total) = self.figure("functionalities_total") {
            let sum: f64 = self.categories.iter().filter_map(|c| c.functions_count).map(f64::from).sum();
            if sum > total.value {
                let kind = ErrorKind::CountsAboveTotal { sum: sum.to_string(), total: total.value.to_string() };
                errors.push(DataError::at("categories.csv", None, "functions_count", kind));
            }
        }
        if let Some(n) = self.figure("application_categories") {
            let with_counts = self.categories.iter().filter(|c| c.functions_count.is_some()).count();
            if with_counts as f64 > n.value {
                let kind = ErrorKind::TooManyCounts { with_counts, categories: n.value.to_string() };
                errors.push(DataError::at("categories.csv", None, "functions_count", kind));
            }
        }
        errors
    }
}
