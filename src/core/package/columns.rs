//! What each column of each data file means and may hold, for the published data package: one
//! entry per column of every parser's column list (`CsvFiles::COLUMNS`), checked by
//! `package::problems`, so a new column cannot be published undescribed. The descriptions are
//! `data/README.md`'s words. Nothing here is read by the app.

use crate::core::vocab::{ChangeKind, DeveloperKind, FamilyKind, Modality, OpenWeights, SourceKind};

/// A Table Schema (v1) field type, as the atlas's parsers read the column.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Type {
    String,
    Number,
    Integer,
    /// A full ISO date (`YYYY-MM-DD`); partial dates are strings with a pattern.
    Date,
}

/// What values a column may hold beyond its type: each becomes a Table Schema constraint.
#[derive(Clone, Copy, Debug)]
pub enum Values {
    Any,
    /// An id: lowercase letters and digits, single separators between them (`parse::fields::is_slug`).
    Slug(char),
    /// An id of a closed vocabulary (`core::vocab`): an `enum`.
    OneOf(&'static [(&'static str, crate::core::i18n::Msg)]),
    /// `;`-separated ids of `specialties.csv`, as found in the data when the package is made.
    SpecialtyList,
    /// `;`-separated column names of `models.csv` (`MODEL_COLUMNS`).
    ModelColumnList,
    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (`core::date::PartialDate`).
    PartialDate,
    /// An absolute http(s) address without spaces (`parse::is_http_url`).
    HttpUrl,
    /// An ISO 3166-2:CN code: `CN-` and two capital letters.
    ProvinceCode,
    /// A number not below zero.
    NotNegative,
}

/// One column of a data file.
#[derive(Clone, Copy, Debug)]
pub struct Column {
    pub name: &'static str,
    pub kind: Type,
    /// Every row has a value (empty means missing in this package).
    pub required: bool,
    pub values: Values,
    /// The file and column this column's values are keys of (a foreign key). Only a target that
    /// is its file's whole primary key: Table Schema needs a unique target.
    pub refers_to: Option<(&'static str, &'static str)>,
    pub description: &'static str,
}

/// A free-text column that may be empty; the methods below add what it must be.
const fn col(name: &'static str, description: &'static str) -> Column {
    Column { name, kind: Type::String, required: false, values: Values::Any, refers_to: None, description }
}

impl Column {
    const fn required(mut self) -> Column {
        self.required = true;
        self
    }

    const fn of(mut self, values: Values) -> Column {
        self.values = values;
        self
    }

    const fn typed(mut self, kind: Type) -> Column {
        self.kind = kind;
        self
    }

    const fn refers_to(mut self, file: &'static str, column: &'static str) -> Column {
        self.refers_to = Some((file, column));
        self
    }
}

/// One data file: what a row is, its key and its columns.
#[derive(Debug)]
pub struct Table {
    pub file: &'static str,
    pub description: &'static str,
    /// The primary key (unique in the file, every part required).
    pub key: &'static [&'static str],
    pub columns: &'static [Column],
}

/// A quotation column's description: its text is its publisher's, not the atlas's.
macro_rules! quoted {
    ($what:literal) => {
        concat!($what, " The publisher's words, quoted with their source; not licensed by the atlas.")
    };
}

/// Every data file, in `CsvFiles::NAMES` order.
pub const TABLES: [Table; crate::core::dataset::FILE_COUNT] = [
    Table {
        file: "categories.csv",
        description: "One application-scenario category of the atlas's own classification of the models (a curator's reading of each \
                      model's functions), not the survey's 12 categories, whose names and counts were published only in a figure image. \
                      Only `medical-services` matches a survey category by name and carries the survey's count.",
        key: &["id"],
        columns: &[
            col("id", "Category id.").required().of(Values::Slug('-')),
            col("name_en", "English name.").required(),
            col("name_zh", "Chinese name.").required(),
            col("description", "What the category covers."),
            col("functions_count", "The survey's published count of functions in this category, where the survey published one; empty otherwise. Given only with `source_id`.")
                .typed(Type::Integer)
                .of(Values::NotNegative),
            col("source_id", "The document in `sources.csv` that published `functions_count`.").refers_to("sources.csv", "id"),
        ],
    },
    Table {
        file: "sources.csv",
        description: "One document that survey figures (and some model rows) cite.",
        key: &["id"],
        columns: &[
            col("id", "Source id.").required().of(Values::Slug('-')),
            col("title", "Title of the document.").required(),
            col("publisher", "Its publisher.").required(),
            col("published", "Publication date as the document states it: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; empty when it states none.")
                .of(Values::PartialDate),
            col("url", "The document's address.").required().of(Values::HttpUrl),
        ],
    },
    Table {
        file: "survey_figures.csv",
        description: "One number published by VCBeat / VBInsight (and two other outlets, marked in `scope`): totals, counts.",
        key: &["metric"],
        columns: &[
            col("metric", "What the number is (a stable id).").required().of(Values::Slug('_')),
            col("value", "The number as published.").required().typed(Type::Number).of(Values::NotNegative),
            col("unit", "What it counts.").required(),
            col("scope", "What the number covers, in the publisher's terms.").required(),
            col("source_id", "The document in `sources.csv` that published it.").required().refers_to("sources.csv", "id"),
            col("quote", quoted!("The sentence that states the number."))
                .required(),
        ],
    },
    Table {
        file: "quotes.csv",
        description: "One short quotation from the survey article, to annotate charts with the article's own argument.",
        key: &["id"],
        columns: &[
            col("id", "Quotation id.").required().of(Values::Slug('-')),
            col("category", "The category in `categories.csv` the quotation speaks of; empty when it speaks of all.")
                .refers_to("categories.csv", "id"),
            col("quote", quoted!("The quotation.")).required(),
            col("source_id", "The document in `sources.csv` it is quoted from.").required().refers_to("sources.csv", "id"),
        ],
    },
    Table {
        file: "models.csv",
        description: "One medical large model (a named model, product or agent) developed in China. Every row was read from a public \
                      source whose address is in the row; nothing is estimated or filled in: an unknown field is left empty.",
        key: &["id"],
        columns: &[
            col("id", "Stable slug.").required().of(Values::Slug('-')),
            col("name", "Name as published in Latin script (a pinyin rendering is said in `notes`).").required(),
            col("name_zh", "Chinese name as published; may be empty."),
            col("developer", "Lead organisation.").required(),
            col("developer_kind", "Kind of lead organisation.").required().of(Values::OneOf(DeveloperKind::VALUES)),
            col("partners", "Co-developers, `;`-separated; may be empty."),
            col("category", "Atlas category id from `categories.csv` (curator's classification).").required().refers_to("categories.csv", "id"),
            col("functions", "What it does, `;`-separated short phrases (each classified in `functions.csv`).").required(),
            col("specialty", "Clinical specialty or domain, `;`-separated when several: ids of `specialties.csv`.")
                .required()
                .of(Values::SpecialtyList),
            col("modality", "Input data; empty when no source says.").of(Values::OneOf(Modality::VALUES)),
            col("base_model", "Foundation it was built on, as published; may be empty."),
            col("params_b", "Parameters in billions, as published (largest size; others in notes): a positive number, or empty.")
                .typed(Type::Number)
                .of(Values::NotNegative),
            col("open_weights", "Weights downloadable.").required().of(Values::OneOf(OpenWeights::VALUES)),
            col("released", "First public release as stated by a source: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, or empty when unknown.")
                .of(Values::PartialDate),
            col("source_url", "The page the facts were read from.").required().of(Values::HttpUrl),
            col(
                "source_kind",
                "What kind of page that is: `primary` (the developer's own repository, paper or site), `news` (a news outlet), \
                 `secondary` (a repost, aggregator or unclear publisher).",
            )
            .required()
            .of(Values::OneOf(SourceKind::VALUES)),
            col("source_id", "Id in `sources.csv` when the source is listed there; may be empty.").refers_to("sources.csv", "id"),
            col("notes", "What a reader should know: other sources, conflicts, renderings; may be empty."),
        ],
    },
    Table {
        file: "specialties.csv",
        description: "One specialty id used in `models.csv`, with its English and Chinese name.",
        key: &["id"],
        columns: &[
            col("id", "Specialty id.").required().of(Values::Slug('-')),
            col("name_en", "English name.").required(),
            col("name_zh", "Chinese name.").required(),
        ],
    },
    Table {
        file: "base_families.csv",
        description: "One family of foundation models, with the substrings that place a model's `base_model` in it. A model belongs to \
                      every family one of whose `match` substrings occurs in its lowercased `base_model`; a model whose `base_model` is \
                      empty is `not-stated`; one whose text matches no family is `other`.",
        key: &["id"],
        columns: &[
            col("id", "Family id (never `other` or `not-stated`, which name the models in no family).").required().of(Values::Slug('-')),
            col("name_en", "English name.").required(),
            col("name_zh", "Chinese name.").required(),
            col("match", "Lowercase substrings, `;`-separated, that place a `base_model` in the family.").required(),
            col("kind", "`open-family` (an open family others fine-tune), `company-family` (a company's own line), `own` (the developer's own foundation), `vision` (a vision backbone).")
                .required()
                .of(Values::OneOf(FamilyKind::VALUES)),
            col("family_developer", "Who develops the family.").required(),
        ],
    },
    Table {
        file: "functions.csv",
        description: "One function phrase of one model (exactly as in `models.csv`'s `functions`), with the atlas's category for that \
                      function: a classification, not a fact from a source. Every phrase has exactly one row, in the model's order. \
                      The key is `model_id` + `function`: a model names each of its functions once (the file has no position column).",
        key: &["model_id", "function"],
        columns: &[
            col("model_id", "The model in `models.csv`.").required().refers_to("models.csv", "id"),
            col("function", "One phrase of the model's `functions`, exactly as written there.").required(),
            col("category", "The atlas's category in `categories.csv` for this function.").required().refers_to("categories.csv", "id"),
        ],
    },
    Table {
        file: "changes.csv",
        description: "One change to one model row in one data version: `added`, `changed` (with the fields) or `removed`, made by \
                      diffing `models.csv` between releases; the first version lists every row as `added`. `model_id` is not a \
                      foreign key: a removed model is no longer in `models.csv`.",
        key: &["version", "model_id"],
        columns: &[
            col("version", "The ISO date of the data release.").required().typed(Type::Date),
            col("model_id", "The model row's id.").required().of(Values::Slug('-')),
            col("change", "What happened to the row.").required().of(Values::OneOf(ChangeKind::VALUES)),
            col("fields", "For `changed`: the columns of `models.csv` whose values changed, `;`-separated (`notes` alone when only notes changed); empty otherwise.")
                .of(Values::ModelColumnList),
        ],
    },
    Table {
        file: "provinces.csv",
        description: "One provincial-level division of China (ISO 3166-2:CN code), with its English and Chinese name.",
        key: &["id"],
        columns: &[
            col("id", "ISO 3166-2:CN code.").required().of(Values::ProvinceCode),
            col("name_en", "English name.").required(),
            col("name_zh", "Chinese name.").required(),
        ],
    },
    Table {
        file: "locations.csv",
        description: "Where one developer of `models.csv` is based: city and province, the page that says so and a quote from it. A \
                      location is the lead developer's base (its headquarters, or for a hospital, university or named institute its own \
                      seat), not where a model is deployed. A developer without a row is not located: no page read says where it is.",
        key: &["developer"],
        columns: &[
            col(
                "developer",
                "The lead developer, exactly as in `models.csv`'s `developer`. Not a foreign key: `developer` is not unique in \
                 `models.csv` (one developer, several models), and a Table Schema key must point at a unique column; the atlas's own \
                 validation checks that every value names a developer there.",
            )
            .required(),
            col("city", "The city.").required(),
            col("province", "Its province in `provinces.csv`.").required().refers_to("provinces.csv", "id"),
            col("source_url", "The page read.").required().of(Values::HttpUrl),
            col("evidence", quoted!("A quote from that page that states the city, or the registered company name that contains it.")).required(),
        ],
    },
];
