//! The URL query string as the single source of view state: raw pairs are parsed into a
//! validated `UrlState` ("high" values only ids that exist), and encoded back canonically.
//! Unknown or malformed values are dropped and reported as `Dropped`, never a panic.

use super::cards::CardId;
use super::chart::theme::Theme;
use super::dataset::Dataset;
use super::date::PartialDate;
use super::date::{MAX_YEAR, MIN_YEAR};
use super::facet::{Facet, Values, FACETS};
use super::filter::{Filters, Index};
use super::i18n::Lang;
use super::versions;
pub use super::views::View;

/// Longest free-text query kept; a longer one is cut (and reported).
pub const MAX_QUERY_CHARS: usize = 200;

/// Columns the models table sorts by.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SortField {
    Name,
    Developer,
    Kind,
    Category,
    Specialty,
    Modality,
    Released,
    Open,
    Province,
}

impl SortField {
    pub const ALL: [SortField; 9] = [
        SortField::Name,
        SortField::Developer,
        SortField::Kind,
        SortField::Category,
        SortField::Specialty,
        SortField::Modality,
        SortField::Released,
        SortField::Open,
        SortField::Province,
    ];

    pub fn id(self) -> &'static str {
        match self {
            SortField::Name => "name",
            SortField::Developer => "developer",
            SortField::Kind => "kind",
            SortField::Category => "category",
            SortField::Specialty => "specialty",
            SortField::Modality => "modality",
            SortField::Released => "released",
            SortField::Open => "open",
            SortField::Province => "province",
        }
    }

    pub fn from_id(s: &str) -> Option<SortField> {
        SortField::ALL.into_iter().find(|f| f.id() == s)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Sort {
    pub field: SortField,
    pub descending: bool,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct UrlState {
    pub view: View,
    pub filters: Filters,
    pub sort: Option<Sort>,
    /// The model whose provenance panel is open.
    pub model: Option<String>,
    /// `None`: follow the browser's languages.
    pub lang: Option<Lang>,
    /// `None`: follow `prefers-color-scheme`.
    pub theme: Option<Theme>,
    pub embed: bool,
    /// One chart card (`chart=`): with `embed` the page shows it alone; without, the page opens
    /// its view and brings it into sight. Always a card of `view` (the parser sees to it).
    pub chart: Option<CardId>,
    /// Models put side by side (`view=compare`), in the reader's order, at most `MAX_COMPARED`.
    pub compare: Vec<String>,
}

impl UrlState {
    /// The state an embed of this one shows: the same view and filters, as an embed, the whole
    /// view or one of its charts; no open panel.
    pub fn for_embed(&self, chart: Option<CardId>) -> UrlState {
        UrlState { embed: true, chart, model: None, ..self.clone() }
    }

    /// The state of a page made for one chart: that chart alone (as an embed), unless the address
    /// names another; its view follows the chart.
    pub fn in_chart_page(self, page_chart: CardId) -> UrlState {
        let chart = self.chart.unwrap_or(page_chart);
        let view = if CardId::of_view(self.view).contains(&chart) { self.view } else { chart.def().view };
        UrlState { embed: true, chart: Some(chart), view, ..self }
    }

    /// Moves to `view`: the open panel and a chart of the old view do not follow.
    pub fn open_view(&mut self, view: View) {
        self.view = view;
        self.model = None;
        self.chart = None;
    }
}

/// Most models compared side by side.
pub const MAX_COMPARED: usize = 5;

/// A parameter value that was not applied, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Dropped {
    pub param: String,
    pub value: String,
    pub reason: DropReason,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DropReason {
    UnknownParameter,
    UnknownValue,
    Malformed,
    /// `from` later than `to`.
    EmptyRange,
    TooLong,
    /// More values than the parameter takes (a sixth model to compare).
    TooMany,
    /// `changed=1` without a `since` version to compare with.
    NeedsSince,
}

/// The URL parameters other than the facets (which `facet::FACETS` names), each named once.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Param {
    View,
    From,
    To,
    Query,
    Sort,
    Model,
    Lang,
    Theme,
    Embed,
    Since,
    Changed,
    Compare,
    Chart,
}

/// A parameter with what the README's table says of it: its values and its meaning.
pub struct ParamDef {
    pub param: Param,
    pub name: &'static str,
    pub doc_values: &'static str,
    pub doc_meaning: &'static str,
}

pub const PARAMS: [ParamDef; 13] = [
    ParamDef { param: Param::View, name: "view", doc_values: "", doc_meaning: "the view" },
    ParamDef {
        param: Param::From,
        name: "from",
        doc_values: "`YYYY`",
        doc_meaning: "first release year, inclusive (undated rows fall outside any range)",
    },
    ParamDef { param: Param::To, name: "to", doc_values: "`YYYY`", doc_meaning: "last release year, inclusive" },
    ParamDef {
        param: Param::Query,
        name: "q",
        doc_values: "text",
        doc_meaning: "search in names (Latin and Chinese), developers, partners, functions, the published base, and its developer's \
                      city, and the English and Chinese names of a model's base families, category, function categories, \
                      specialties and developer's province; case- and width-insensitive; all words must match",
    },
    ParamDef { param: Param::Sort, name: "sort", doc_values: "", doc_meaning: "table order; `-` in front for descending" },
    ParamDef { param: Param::Model, name: "model", doc_values: "a model id", doc_meaning: "open that model's provenance panel" },
    ParamDef { param: Param::Lang, name: "lang", doc_values: "`en`, `zh`", doc_meaning: "language (default: the browser's)" },
    ParamDef { param: Param::Theme, name: "theme", doc_values: "`light`, `dark`", doc_meaning: "theme (default: the system's)" },
    ParamDef { param: Param::Embed, name: "embed", doc_values: "`1`", doc_meaning: "embed mode (below)" },
    ParamDef {
        param: Param::Since,
        name: "since",
        doc_values: "a data version (`YYYY-MM-DD`) of `data/changes.csv`",
        doc_meaning: "mark the models added (\"new\") or changed (\"updated\") after that version",
    },
    ParamDef {
        param: Param::Changed,
        name: "changed",
        doc_values: "`1`",
        doc_meaning: "with `since`: only the models added or changed after it",
    },
    ParamDef {
        param: Param::Compare,
        name: "compare",
        doc_values: "2–5 model ids, comma-separated, in the order shown",
        doc_meaning: "the models side by side in `view=compare`",
    },
    ParamDef {
        param: Param::Chart,
        name: "chart",
        doc_values: "",
        doc_meaning: "one chart card: with `embed=1` the page shows only it; without, its view opens with the card in sight and focused",
    },
];

impl Param {
    pub fn name(self) -> &'static str {
        PARAMS[self as usize].name
    }

    pub fn from_name(name: &str) -> Option<Param> {
        PARAMS.iter().find(|p| p.name == name).map(|p| p.param)
    }
}

/// Parameter names outside the interface that links routinely carry; ignored without a notice.
fn is_tracking_param(name: &str) -> bool {
    name.starts_with("utm_") || matches!(name, "fbclid" | "gclid" | "ref")
}

/// Parses a query string (with or without the leading `?`). Values are checked against the
/// dataset: a facet value or a model id it lacks is dropped.
pub fn parse(query: &str, ds: &Dataset, index: &Index) -> (UrlState, Vec<Dropped>) {
    let query = query.strip_prefix('?').unwrap_or(query);
    let mut s = UrlState::default();
    let mut dropped = Vec::new();
    let mut drop = |param: &str, value: &str, reason: DropReason| {
        dropped.push(Dropped { param: param.to_owned(), value: value.to_owned(), reason });
    };
    for (name, value) in form_urlencoded::parse(query.as_bytes()) {
        let (name, value) = (name.trim(), value.trim());
        if let Some(facet) = Facet::from_param(name) {
            // Comma lists: empty items (a trailing comma) are ignored, not reported.
            for v in value.split(',').map(str::trim).filter(|v| !v.is_empty()) {
                if index.column(facet).position(v).is_some() {
                    s.filters.choose(facet, v);
                } else {
                    drop(name, v, DropReason::UnknownValue);
                }
            }
            continue;
        }
        let Some(param) = Param::from_name(name) else {
            if !name.is_empty() && !is_tracking_param(name) {
                drop(name, value, DropReason::UnknownParameter);
            }
            continue;
        };
        match param {
            Param::View => match View::from_id(value) {
                Some(v) => s.view = v,
                None => drop(name, value, DropReason::UnknownValue),
            },
            Param::From | Param::To => match parse_year(value) {
                Some(y) if param == Param::From => s.filters.from = Some(y),
                Some(y) => s.filters.to = Some(y),
                None if value.is_empty() => {}
                None => drop(name, value, DropReason::Malformed),
            },
            Param::Query => {
                // Trimmed again after removing control characters and after cutting, as `encode`
                // trims: otherwise the state would not survive its own URL.
                let q: String = value.chars().filter(|c| !c.is_control()).collect();
                let q = q.trim();
                if q.chars().count() > MAX_QUERY_CHARS {
                    drop(name, &q.chars().take(40).collect::<String>(), DropReason::TooLong);
                    s.filters.query = q.chars().take(MAX_QUERY_CHARS).collect::<String>().trim_end().to_owned();
                } else {
                    s.filters.query = q.to_owned();
                }
            }
            Param::Sort => {
                let (descending, field) = match value.strip_prefix('-') {
                    Some(f) => (true, f),
                    None => (false, value),
                };
                match SortField::from_id(field) {
                    Some(field) => s.sort = Some(Sort { field, descending }),
                    None => drop(name, value, DropReason::UnknownValue),
                }
            }
            Param::Model => {
                if ds.model(value).is_some() {
                    s.model = Some(value.to_owned());
                } else if !value.is_empty() {
                    drop(name, value, DropReason::UnknownValue);
                }
            }
            Param::Lang => match Lang::from_id(value) {
                Some(l) => s.lang = Some(l),
                None => drop(name, value, DropReason::UnknownValue),
            },
            Param::Theme => match Theme::from_id(value) {
                Some(t) => s.theme = Some(t),
                None => drop(name, value, DropReason::UnknownValue),
            },
            Param::Embed => match value {
                "1" | "true" | "yes" => s.embed = true,
                "0" | "false" | "no" | "" => s.embed = false,
                _ => drop(name, value, DropReason::UnknownValue),
            },
            Param::Since => match PartialDate::parse(value).filter(|v| versions::all(ds).contains(v)) {
                Some(v) => s.filters.since = Some(v),
                None if value.is_empty() => {}
                None => drop(name, value, DropReason::UnknownValue),
            },
            Param::Changed => match value {
                "1" => s.filters.changed_only = true,
                "0" | "" => s.filters.changed_only = false,
                _ => drop(name, value, DropReason::UnknownValue),
            },
            Param::Chart => match CardId::from_param(value) {
                Some(c) => s.chart = Some(c),
                None if value.is_empty() => {}
                None => drop(name, value, DropReason::UnknownValue),
            },
            Param::Compare => {
                for v in value.split(',').map(str::trim).filter(|v| !v.is_empty()) {
                    if ds.model(v).is_none() {
                        drop(name, v, DropReason::UnknownValue);
                    } else if s.compare.iter().any(|c| c == v) {
                        // The same model twice is one column; nothing to tell.
                    } else if s.compare.len() == MAX_COMPARED {
                        drop(name, v, DropReason::TooMany);
                    } else {
                        s.compare.push(v.to_owned());
                    }
                }
            }
        }
    }
    // A chart opens its own view, unless the view asked for shows that card too.
    if let Some(c) = s.chart {
        if !CardId::of_view(s.view).contains(&c) {
            s.view = c.def().view;
        }
    }
    if s.filters.changed_only && s.filters.since.is_none() {
        drop(Param::Changed.name(), "1", DropReason::NeedsSince);
        s.filters.changed_only = false;
    }
    if let (Some(from), Some(to)) = (s.filters.from, s.filters.to) {
        if from > to {
            drop(Param::From.name(), &format!("{from} > {} {to}", Param::To.name()), DropReason::EmptyRange);
            s.filters.from = None;
            s.filters.to = None;
        }
    }
    (s, dropped)
}

fn parse_year(v: &str) -> Option<u16> {
    if v.len() != 4 || !v.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    v.parse().ok().filter(|y| (MIN_YEAR..=MAX_YEAR).contains(y))
}

/// The canonical query string, with the leading `?`, or "" for the default state. Parameters
/// come in a fixed order and values sorted (closed vocabularies in their own order), so equal
/// states give equal URLs.
pub fn encode(s: &UrlState) -> String {
    let mut parts: Vec<String> = Vec::new();
    let mut push = |p: &str, v: String| parts.push(format!("{p}={v}"));
    if s.view != View::Overview {
        push(Param::View.name(), s.view.id().into());
    }
    if let Some(l) = s.lang {
        push(Param::Lang.name(), l.id().into());
    }
    if let Some(t) = s.theme {
        push(Param::Theme.name(), t.id().into());
    }
    if s.embed {
        push(Param::Embed.name(), "1".into());
    }
    if let Some(c) = s.chart {
        push(Param::Chart.name(), c.def().param.into());
    }
    let f = &s.filters;
    for facet in Facet::all() {
        let mut ids: Vec<&str> = f.chosen(facet).iter().map(String::as_str).collect();
        if ids.is_empty() {
            continue;
        }
        // Ids are written verbatim (they are `[a-z0-9-]`), so shared links stay readable.
        ids.sort_by_key(|id| facet.closed_rank(id));
        push(facet.def().param, ids.join(","));
    }
    if let Some(y) = f.from {
        push(Param::From.name(), y.to_string());
    }
    if let Some(y) = f.to {
        push(Param::To.name(), y.to_string());
    }
    let q = f.query.trim();
    if !q.is_empty() {
        push(Param::Query.name(), form_urlencoded::byte_serialize(q.as_bytes()).collect());
    }
    if let Some(v) = f.since {
        push(Param::Since.name(), v.to_string());
    }
    if f.changed_only && f.since.is_some() {
        push(Param::Changed.name(), "1".into());
    }
    if let Some(sort) = s.sort {
        push(Param::Sort.name(), format!("{}{}", if sort.descending { "-" } else { "" }, sort.field.id()));
    }
    if let Some(m) = &s.model {
        push(Param::Model.name(), form_urlencoded::byte_serialize(m.as_bytes()).collect());
    }
    if !s.compare.is_empty() {
        push(Param::Compare.name(), s.compare.join(","));
    }
    if parts.is_empty() {
        String::new()
    } else {
        format!("?{}", parts.join("&"))
    }
}

/// The README's table of link parameters, generated from `PARAMS` and `facet::FACETS` (a test
/// keeps the README equal to it).
pub fn readme_table() -> String {
    let ids = |ids: Vec<&str>| ids.iter().map(|i| format!("`{i}`")).collect::<Vec<_>>().join(", ");
    let mut rows = vec!["| parameter | values | meaning |".to_owned(), "|---|---|---|".to_owned()];
    let mut row = |name: &str, values: String, meaning: &str| rows.push(format!("| `{name}` | {values} | {meaning} |"));
    for p in &PARAMS {
        match p.param {
            Param::View => {
                row(p.name, ids(View::ALL.iter().map(|v| v.id()).collect()), p.doc_meaning);
                for d in &FACETS {
                    let values = match d.values {
                        Values::Closed(values) => ids(values.iter().map(|(id, _)| *id).collect()),
                        _ => d.doc_values.to_owned(),
                    };
                    row(d.param, format!("{values}, comma-separated"), d.doc_meaning);
                }
            }
            Param::Sort => row(p.name, ids(SortField::ALL.iter().map(|f| f.id()).collect()), p.doc_meaning),
            Param::Chart => row(p.name, crate::core::cards::doc_values(), p.doc_meaning),
            _ => row(p.name, p.doc_values.to_owned(), p.doc_meaning),
        }
    }
    rows.join("\n") + "\n"
}
