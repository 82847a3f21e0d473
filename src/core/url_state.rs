//! The URL query string as the single source of view state: raw pairs are parsed into a
//! validated `UrlState` ("high" values only ids that exist), and encoded back canonically.
//! Unknown or malformed values are dropped and reported as `Dropped`, never a panic.

use super::chart::theme::Theme;
use super::dataset::Dataset;
use super::date::{MAX_YEAR, MIN_YEAR};
use super::filter::{Filters, Index};
use super::i18n::Lang;
use super::stories::Preset;
use super::vocab::{DeveloperKind, Modality, OpenWeights, SourceKind};
use std::collections::BTreeSet;

/// Longest free-text query kept; a longer one is cut (and reported).
pub const MAX_QUERY_CHARS: usize = 200;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum View {
    #[default]
    Overview,
    Models,
    Timeline,
    Sources,
    StoryPathology,
    StoryHospitals,
}

impl View {
    pub const ALL: [View; 6] = [View::Overview, View::Models, View::Timeline, View::Sources, View::StoryPathology, View::StoryHospitals];

    pub fn id(self) -> &'static str {
        match self {
            View::Overview => "overview",
            View::Models => "models",
            View::Timeline => "timeline",
            View::Sources => "sources",
            View::StoryPathology => "story-pathology",
            View::StoryHospitals => "story-hospitals",
        }
    }

    pub fn from_id(s: &str) -> Option<View> {
        View::ALL.into_iter().find(|v| v.id() == s)
    }

    /// The story preset a view applies, if it is a story.
    pub fn preset(self) -> Option<Preset> {
        match self {
            View::StoryPathology => Some(Preset::Pathology),
            View::StoryHospitals => Some(Preset::Hospitals),
            _ => None,
        }
    }
}

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
}

impl SortField {
    pub const ALL: [SortField; 8] = [
        SortField::Name,
        SortField::Developer,
        SortField::Kind,
        SortField::Category,
        SortField::Specialty,
        SortField::Modality,
        SortField::Released,
        SortField::Open,
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
}

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
}

/// Parameter names outside the interface that links routinely carry; ignored without a notice.
fn is_tracking_param(name: &str) -> bool {
    name.starts_with("utm_") || matches!(name, "fbclid" | "gclid" | "ref")
}

/// Parses a query string (with or without the leading `?`). Values are checked against the
/// dataset: a category, specialty or model id it lacks is dropped.
pub fn parse(query: &str, ds: &Dataset, index: &Index) -> (UrlState, Vec<Dropped>) {
    let query = query.strip_prefix('?').unwrap_or(query);
    let mut s = UrlState::default();
    let mut dropped = Vec::new();
    let mut drop = |param: &str, value: &str, reason: DropReason| {
        dropped.push(Dropped { param: param.to_owned(), value: value.to_owned(), reason });
    };
    for (name, value) in form_urlencoded::parse(query.as_bytes()) {
        let (name, value) = (name.trim(), value.trim());
        // Comma lists: empty items (a trailing comma) are ignored, not reported.
        let items = || value.split(',').map(str::trim).filter(|v| !v.is_empty());
        match name {
            "view" => match View::from_id(value) {
                Some(v) => s.view = v,
                None => drop(name, value, DropReason::UnknownValue),
            },
            "category" => {
                for v in items() {
                    if ds.category(v).is_some() {
                        s.filters.categories.insert(v.to_owned());
                    } else {
                        drop(name, v, DropReason::UnknownValue);
                    }
                }
            }
            "specialty" => {
                for v in items() {
                    if index.specialties.binary_search_by(|x| x.as_str().cmp(v)).is_ok() {
                        s.filters.specialties.insert(v.to_owned());
                    } else {
                        drop(name, v, DropReason::UnknownValue);
                    }
                }
            }
            "kind" => set_of(items(), DeveloperKind::from_id, &mut s.filters.kinds, |v| drop(name, v, DropReason::UnknownValue)),
            "modality" => set_of(items(), Modality::from_id, &mut s.filters.modalities, |v| drop(name, v, DropReason::UnknownValue)),
            "open" => set_of(items(), OpenWeights::from_id, &mut s.filters.open, |v| drop(name, v, DropReason::UnknownValue)),
            "source" => set_of(items(), SourceKind::from_id, &mut s.filters.sources, |v| drop(name, v, DropReason::UnknownValue)),
            "from" | "to" => match parse_year(value) {
                Some(y) if name == "from" => s.filters.from = Some(y),
                Some(y) => s.filters.to = Some(y),
                None if value.is_empty() => {}
                None => drop(name, value, DropReason::Malformed),
            },
            "q" => {
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
            "sort" => {
                let (descending, field) = match value.strip_prefix('-') {
                    Some(f) => (true, f),
                    None => (false, value),
                };
                match SortField::from_id(field) {
                    Some(field) => s.sort = Some(Sort { field, descending }),
                    None => drop(name, value, DropReason::UnknownValue),
                }
            }
            "model" => {
                if ds.model(value).is_some() {
                    s.model = Some(value.to_owned());
                } else if !value.is_empty() {
                    drop(name, value, DropReason::UnknownValue);
                }
            }
            "lang" => match Lang::from_id(value) {
                Some(l) => s.lang = Some(l),
                None => drop(name, value, DropReason::UnknownValue),
            },
            "theme" => match Theme::from_id(value) {
                Some(t) => s.theme = Some(t),
                None => drop(name, value, DropReason::UnknownValue),
            },
            "embed" => match value {
                "1" | "true" | "yes" => s.embed = true,
                "0" | "false" | "no" | "" => s.embed = false,
                _ => drop(name, value, DropReason::UnknownValue),
            },
            "" => {}
            other if is_tracking_param(other) => {}
            other => drop(other, value, DropReason::UnknownParameter),
        }
    }
    if let (Some(from), Some(to)) = (s.filters.from, s.filters.to) {
        if from > to {
            drop("from", &format!("{from} > to {to}"), DropReason::EmptyRange);
            s.filters.from = None;
            s.filters.to = None;
        }
    }
    (s, dropped)
}

fn set_of<'v, T: Ord>(
    items: impl Iterator<Item = &'v str>,
    from_id: fn(&str) -> Option<T>,
    set: &mut BTreeSet<T>,
    mut on_bad: impl FnMut(&str),
) {
    for v in items {
        match from_id(v) {
            Some(t) => {
                set.insert(t);
            }
            None => on_bad(v),
        }
    }
}

fn parse_year(v: &str) -> Option<u16> {
    if v.len() != 4 || !v.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    v.parse().ok().filter(|y| (MIN_YEAR..=MAX_YEAR).contains(y))
}

/// The canonical query string, with the leading `?`, or "" for the default state. Parameters
/// come in a fixed order and values sorted, so equal states give equal URLs.
pub fn encode(s: &UrlState) -> String {
    let mut parts: Vec<String> = Vec::new();
    let mut push = |k: &str, v: String| parts.push(format!("{k}={v}"));
    if s.view != View::Overview {
        push("view", s.view.id().into());
    }
    if let Some(l) = s.lang {
        push("lang", l.id().into());
    }
    if let Some(t) = s.theme {
        push("theme", t.id().into());
    }
    if s.embed {
        push("embed", "1".into());
    }
    let f = &s.filters;
    let join = |ids: Vec<&str>| ids.join(",");
    if !f.categories.is_empty() {
        push("category", join(f.categories.iter().map(String::as_str).collect()));
    }
    if !f.kinds.is_empty() {
        push("kind", join(f.kinds.iter().map(|k| k.id()).collect()));
    }
    if !f.specialties.is_empty() {
        push("specialty", join(f.specialties.iter().map(String::as_str).collect()));
    }
    if !f.modalities.is_empty() {
        push("modality", join(f.modalities.iter().map(|m| m.id()).collect()));
    }
    if !f.open.is_empty() {
        push("open", join(f.open.iter().map(|o| o.id()).collect()));
    }
    if !f.sources.is_empty() {
        push("source", join(f.sources.iter().map(|x| x.id()).collect()));
    }
    if let Some(y) = f.from {
        push("from", y.to_string());
    }
    if let Some(y) = f.to {
        push("to", y.to_string());
    }
    let q = f.query.trim();
    if !q.is_empty() {
        push("q", form_urlencoded::byte_serialize(q.as_bytes()).collect());
    }
    if let Some(sort) = s.sort {
        push("sort", format!("{}{}", if sort.descending { "-" } else { "" }, sort.field.id()));
    }
    if let Some(m) = &s.model {
        push("model", form_urlencoded::byte_serialize(m.as_bytes()).collect());
    }
    if parts.is_empty() {
        String::new()
    } else {
        format!("?{}", parts.join("&"))
    }
}
