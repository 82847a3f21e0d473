//! Filters over the models and the standard faceted counts: each facet value counts the rows
//! that match every *other* active filter, so a reader sees what choosing it would give.

use super::dataset::Dataset;
use super::search::{normalize, Query};
use super::stories::Preset;
use super::vocab::{DeveloperKind, Modality, OpenWeights, SourceKind};
use std::collections::BTreeSet;

/// What the reader asked for. Empty sets mean "no constraint"; values within a facet are OR-ed,
/// facets are AND-ed. Values are ids valid for the dataset (the URL parser guarantees it).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Filters {
    pub categories: BTreeSet<String>,
    pub kinds: BTreeSet<DeveloperKind>,
    pub specialties: BTreeSet<String>,
    pub modalities: BTreeSet<Modality>,
    pub open: BTreeSet<OpenWeights>,
    pub sources: BTreeSet<SourceKind>,
    /// Release year range, inclusive. Rows without a date fall outside any range.
    pub from: Option<u16>,
    pub to: Option<u16>,
    pub query: String,
}

impl Filters {
    pub fn is_empty(&self) -> bool {
        *self == Filters::default()
    }
}

/// The facets, in the order the filter panel lists them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Facet {
    Category,
    Kind,
    Specialty,
    Modality,
    Open,
    Source,
    Year,
}

impl Facet {
    pub const ALL: [Facet; 7] = [Facet::Category, Facet::Kind, Facet::Specialty, Facet::Modality, Facet::Open, Facet::Source, Facet::Year];
}

/// Facet keys of one row, precomputed so filtering touches only small integers and one string.
#[derive(Clone, Debug)]
struct RowKeys {
    category: usize,
    kind: usize,
    specialties: Vec<usize>,
    modality: Option<usize>,
    open: usize,
    source: usize,
    year: Option<u16>,
    haystack: String,
    /// Bit `p as u8` set when the row belongs to story preset `p`.
    presets: u8,
}

/// Precomputed facet keys and search text for a dataset; build once per dataset.
#[derive(Clone, Debug)]
pub struct Index {
    rows: Vec<RowKeys>,
    /// Specialty ids present in the data, sorted.
    pub specialties: Vec<String>,
    /// Years present in the data, ascending.
    pub years: Vec<u16>,
}

impl Index {
    pub fn new(ds: &Dataset) -> Index {
        super::pace::now(Index::build_paced(ds, &mut super::pace::no_wait))
    }

    /// `new`, calling `pace` every `PACE_EVERY` rows (see `core::pace`).
    pub async fn build_paced(ds: &Dataset, pace: super::pace::Pace<'_>) -> Index {
        let mut specialties: Vec<String> = ds.models.iter().flat_map(|m| m.specialties.iter().cloned()).collect();
        specialties.sort();
        specialties.dedup();
        let mut years: Vec<u16> = ds.models.iter().filter_map(|m| m.released.map(|d| d.year)).collect();
        years.sort_unstable();
        years.dedup();
        let mut rows = Vec::with_capacity(ds.models.len());
        for (n, m) in ds.models.iter().enumerate() {
            if n > 0 && n % super::pace::PACE_EVERY == 0 {
                pace(n).await;
            }
            rows.push(RowKeys {
                category: ds.categories.iter().position(|c| c.id == m.category).unwrap_or(usize::MAX),
                kind: m.developer_kind.index(),
                specialties: m.specialties.iter().filter_map(|s| specialties.binary_search(s).ok()).collect(),
                modality: m.modality.map(Modality::index),
                open: m.open_weights.index(),
                source: m.source_kind.index(),
                year: m.released.map(|d| d.year),
                presets: Preset::ALL.iter().filter(|p| p.includes(m)).fold(0, |bits, p| bits | (1 << *p as u8)),
                haystack: normalize(
                    &[m.name.as_str(), &m.name_zh, &m.developer, &m.partners.join(" "), &m.functions.join(" ")].join(" \u{1f} "),
                ),
            });
        }
        Index { rows, specialties, years }
    }

    pub fn len(&self) -> usize {
        self.rows.len()
    }

    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }
}

/// Counts for every facet value given all other active filters.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FacetCounts {
    /// Indexed like `Dataset::categories`.
    pub category: Vec<usize>,
    /// Indexed like `DeveloperKind::ALL`.
    pub kind: Vec<usize>,
    /// Indexed like `Index::specialties`.
    pub specialty: Vec<usize>,
    pub modality: Vec<usize>,
    /// Rows whose modality no source states.
    pub modality_unstated: usize,
    pub open: Vec<usize>,
    pub source: Vec<usize>,
    /// Indexed like `Index::years`.
    pub year: Vec<usize>,
    /// Rows without a release date (they match no year range).
    pub year_unknown: usize,
    /// Per facet (in `Facet::ALL` order), how many rows its counts are taken over: the rows
    /// matching every other filter. The denominator of a value's share (a model with several
    /// specialties counts once here, once per specialty above).
    pub population: Vec<usize>,
}

/// The rows that pass the filters (indices into `Dataset::models`, in data order) and the counts.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Selection {
    pub rows: Vec<usize>,
    pub counts: FacetCounts,
}

/// A membership mask, or `None` when the facet is unconstrained.
fn mask(len: usize, selected: impl Iterator<Item = usize>) -> Option<Vec<bool>> {
    let mut m = vec![false; len];
    let mut any = false;
    for i in selected {
        if i < len {
            m[i] = true;
            any = true;
        }
    }
    any.then_some(m)
}

/// Applies `f` (and a story's preset, which like the search narrows every count) to the data.
pub fn select(ds: &Dataset, index: &Index, f: &Filters, preset: Option<Preset>) -> Selection {
    let preset_bit = preset.map_or(0, |p| 1u8 << p as u8);
    let n_cat = ds.categories.len();
    let cat = mask(n_cat, f.categories.iter().filter_map(|id| ds.categories.iter().position(|c| &c.id == id)));
    // A category id the dataset lacks (cannot come from the URL parser) matches nothing.
    let cat = if cat.is_none() && !f.categories.is_empty() { Some(vec![false; n_cat]) } else { cat };
    let kind = mask(DeveloperKind::ALL.len(), f.kinds.iter().map(|k| k.index()));
    let spec = mask(index.specialties.len(), f.specialties.iter().filter_map(|s| index.specialties.binary_search(s).ok()));
    let spec = if spec.is_none() && !f.specialties.is_empty() { Some(vec![false; index.specialties.len()]) } else { spec };
    let modality = mask(Modality::ALL.len(), f.modalities.iter().map(|m| m.index()));
    let open = mask(OpenWeights::ALL.len(), f.open.iter().map(|o| o.index()));
    let source = mask(SourceKind::ALL.len(), f.sources.iter().map(|s| s.index()));
    let year_active = f.from.is_some() || f.to.is_some();
    let (from, to) = (f.from.unwrap_or(0), f.to.unwrap_or(u16::MAX));
    let query = Query::new(&f.query);

    let mut counts = FacetCounts {
        category: vec![0; n_cat],
        kind: vec![0; DeveloperKind::ALL.len()],
        specialty: vec![0; index.specialties.len()],
        modality: vec![0; Modality::ALL.len()],
        modality_unstated: 0,
        open: vec![0; OpenWeights::ALL.len()],
        source: vec![0; SourceKind::ALL.len()],
        year: vec![0; index.years.len()],
        year_unknown: 0,
        population: vec![0; Facet::ALL.len()],
    };
    let mut rows = Vec::new();
    let ok = |m: &Option<Vec<bool>>, i: usize| m.as_ref().is_none_or(|m| m.get(i).copied().unwrap_or(false));

    for (i, r) in index.rows.iter().enumerate() {
        if r.presets & preset_bit != preset_bit || (!query.is_empty() && !query.matches(&r.haystack)) {
            continue;
        }
        let pass = [
            ok(&cat, r.category),
            ok(&kind, r.kind),
            spec.as_ref().is_none_or(|m| r.specialties.iter().any(|&s| m[s])),
            r.modality.is_some_and(|x| ok(&modality, x)) || modality.is_none(),
            ok(&open, r.open),
            ok(&source, r.source),
            !year_active || r.year.is_some_and(|y| y >= from && y <= to),
        ];
        let failed = pass.iter().filter(|p| !**p).count();
        if failed > 1 {
            continue;
        }
        let only_failed = pass.iter().position(|p| !*p);
        let counts_for = |facet: usize| failed == 0 || only_failed == Some(facet);
        if failed == 0 {
            rows.push(i);
            for p in counts.population.iter_mut() {
                *p += 1;
            }
        } else if let Some(f) = only_failed {
            counts.population[f] += 1;
        }
        if counts_for(0) && r.category < n_cat {
            counts.category[r.category] += 1;
        }
        if counts_for(1) {
            counts.kind[r.kind] += 1;
        }
        if counts_for(2) {
            for &s in &r.specialties {
                counts.specialty[s] += 1;
            }
        }
        if counts_for(3) {
            match r.modality {
                Some(m) => counts.modality[m] += 1,
                None => counts.modality_unstated += 1,
            }
        }
        if counts_for(4) {
            counts.open[r.open] += 1;
        }
        if counts_for(5) {
            counts.source[r.source] += 1;
        }
        if counts_for(6) {
            match r.year.and_then(|y| index.years.binary_search(&y).ok()) {
                Some(y) => counts.year[y] += 1,
                None => counts.year_unknown += 1,
            }
        }
    }
    Selection { rows, counts }
}
