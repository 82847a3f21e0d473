//! Filters over the models and the standard faceted counts: each facet value counts the rows that
//! match every *other* active filter, so a reader sees what choosing it would give. Every facet
//! is handled the same way, from its entry in `facet::FACETS`.

use super::dataset::Dataset;
use super::date::PartialDate;
use super::facet::{Facet, FACET_COUNT};
use super::search::Query;
use super::stories::Preset;
use super::versions::{self, History, SinceStatus};
use std::collections::BTreeSet;

/// What the reader asked for. Empty sets mean "no constraint"; values within a facet are OR-ed,
/// facets are AND-ed. Values are ids valid for the dataset (the URL parser guarantees it).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Filters {
    /// Chosen value ids per facet, indexed by `Facet::index`.
    chosen: [BTreeSet<String>; FACET_COUNT],
    /// Release year range, inclusive. Rows without a date fall outside any range.
    pub from: Option<u16>,
    pub to: Option<u16>,
    pub query: String,
    /// The data version rows are compared with ("new" and "updated since"): not a constraint
    /// by itself, only what `changed_only` and the badges compare with.
    pub since: Option<PartialDate>,
    /// Only rows added or changed after `since`.
    pub changed_only: bool,
}

impl Filters {
    /// True when nothing constrains the rows (`since` alone does not).
    pub fn is_empty(&self) -> bool {
        self.cleared() == *self
    }

    /// No constraint, the comparison version kept: what "Clear filters" leaves.
    pub fn cleared(&self) -> Filters {
        Filters { since: self.since, ..Filters::default() }
    }

    /// The chosen values of `facet`.
    pub fn chosen(&self, facet: Facet) -> &BTreeSet<String> {
        &self.chosen[facet.index()]
    }

    pub fn is_chosen(&self, facet: Facet, id: &str) -> bool {
        self.chosen[facet.index()].contains(id)
    }

    /// Chooses `id` in `facet`, or unchooses it when it was chosen: what a checkbox, a click on
    /// a bar and Enter on a bar do.
    pub fn toggle(&mut self, facet: Facet, id: &str) {
        let set = &mut self.chosen[facet.index()];
        if !set.remove(id) {
            set.insert(id.to_owned());
        }
    }

    pub fn choose(&mut self, facet: Facet, id: &str) {
        self.chosen[facet.index()].insert(id.to_owned());
    }

    pub fn remove(&mut self, facet: Facet, id: &str) {
        self.chosen[facet.index()].remove(id);
    }

    /// Chooses exactly `id` (or nothing) in `facet`: a drop-down's choice.
    pub fn choose_only(&mut self, facet: Facet, id: Option<&str>) {
        let set = &mut self.chosen[facet.index()];
        set.clear();
        if let Some(id) = id {
            set.insert(id.to_owned());
        }
    }

    /// `self` with `ids` chosen in `facet` (for building filters in code and tests).
    pub fn with(mut self, facet: Facet, ids: &[&str]) -> Filters {
        for id in ids {
            self.choose(facet, id);
        }
        self
    }
}

/// One facet's values for every row, as positions in the facet's list of values.
#[derive(Clone, Debug, Default)]
pub struct FacetColumn {
    /// The value ids in display order (the facet's values for this dataset).
    pub values: Vec<String>,
    /// Row `r`'s values are `items[starts[r]..starts[r + 1]]`.
    starts: Vec<u32>,
    items: Vec<u32>,
}

impl FacetColumn {
    /// Where `id` is in `values`.
    pub fn position(&self, id: &str) -> Option<usize> {
        self.values.iter().position(|v| v == id)
    }

    fn row(&self, r: usize) -> &[u32] {
        &self.items[self.starts[r] as usize..self.starts[r + 1] as usize]
    }
}

/// Precomputed facet values, years and search text for a dataset; build once per dataset.
#[derive(Clone, Debug)]
pub struct Index {
    columns: Vec<FacetColumn>,
    /// Years present in the data, ascending.
    pub years: Vec<u16>,
    row_years: Vec<Option<u16>>,
    /// When each row was added and last changed (data versions).
    histories: Vec<History>,
    /// Each row's searched text (`search::haystack`): the largest part of building an index, and
    /// needed only once a reader searches, so the app fills it then (`prepare_search`).
    haystacks: std::sync::OnceLock<Vec<String>>,
    rows: usize,
    /// Bit `p as u8` set when the row belongs to story preset `p`.
    presets: Vec<u8>,
}

impl Index {
    pub fn new(ds: &Dataset) -> Index {
        super::pace::now(Index::build_paced(ds, &mut super::pace::no_wait))
    }

    /// `new` without the searched texts: a search needs `prepare_search` first (the app's first
    /// screen of charts does not wait for texts no one has searched yet).
    pub fn new_without_search(ds: &Dataset) -> Index {
        super::pace::now(Index::build(ds, &mut super::pace::no_wait, false))
    }

    /// Makes the searched texts, once: call before `select` with a query.
    pub fn prepare_search(&self, ds: &Dataset) {
        self.haystacks.get_or_init(|| ds.models.iter().map(|m| super::search::haystack(m, ds)).collect());
    }

    /// `new`, calling `pace` every `PACE_EVERY` rows (see `core::pace`).
    pub async fn build_paced(ds: &Dataset, pace: super::pace::Pace<'_>) -> Index {
        Index::build(ds, pace, true).await
    }

    async fn build(ds: &Dataset, pace: super::pace::Pace<'_>, search: bool) -> Index {
        let mut columns = Vec::with_capacity(FACET_COUNT);
        for facet in Facet::all() {
            let yields = facet.def().yields;
            let values = facet.universe(ds, || {
                let mut present = Vec::new();
                for m in &ds.models {
                    yields(m, ds, &mut |v| present.push(v.to_owned()));
                }
                present.sort_unstable();
                present.dedup();
                present
            });
            columns.push(FacetColumn { values, starts: vec![0], items: Vec::new() });
        }
        let mut years: Vec<u16> = ds.models.iter().filter_map(|m| m.released.map(|d| d.year)).collect();
        years.sort_unstable();
        years.dedup();
        let history = versions::histories(ds);
        let mut index = Index {
            columns,
            years,
            row_years: Vec::new(),
            histories: Vec::new(),
            haystacks: std::sync::OnceLock::new(),
            rows: ds.models.len(),
            presets: Vec::new(),
        };
        let mut haystacks = Vec::with_capacity(if search { ds.models.len() } else { 0 });
        let mut found: Vec<u32> = Vec::new();
        for (n, m) in ds.models.iter().enumerate() {
            if n > 0 && n % super::pace::PACE_EVERY == 0 {
                pace(n).await;
            }
            for (facet, column) in Facet::all().zip(&mut index.columns) {
                found.clear();
                (facet.def().yields)(m, ds, &mut |v| {
                    if let Some(p) = column.position(v) {
                        found.push(p as u32);
                    }
                });
                // A model counts once per value, however many of its functions share it.
                found.sort_unstable();
                found.dedup();
                column.items.extend_from_slice(&found);
                column.starts.push(column.items.len() as u32);
            }
            index.row_years.push(m.released.map(|d| d.year));
            index.histories.push(history.get(m.id.as_str()).copied().unwrap_or_default());
            index.presets.push(Preset::ALL.iter().filter(|p| p.includes(m)).fold(0, |bits, p| bits | (1 << *p as u8)));
            if search {
                haystacks.push(super::search::haystack(m, ds));
            }
        }
        if search {
            let _ = index.haystacks.set(haystacks);
        }
        index
    }

    pub fn len(&self) -> usize {
        self.rows
    }

    pub fn is_empty(&self) -> bool {
        self.rows == 0
    }

    /// One facet's values and rows.
    pub fn column(&self, facet: Facet) -> &FacetColumn {
        &self.columns[facet.index()]
    }

    /// Row `r`'s standing against `version` (new or updated after it).
    pub fn since(&self, r: usize, version: PartialDate) -> Option<SinceStatus> {
        self.histories.get(r).and_then(|h| h.since(version))
    }

    /// The value ids of `facet` for this dataset, in display order.
    pub fn values(&self, facet: Facet) -> &[String] {
        &self.columns[facet.index()].values
    }

    /// Row `r`'s values of `facet`, as positions in `values(facet)`.
    pub fn row_values(&self, facet: Facet, r: usize) -> &[u32] {
        self.columns[facet.index()].row(r)
    }
}

/// One facet's counts under the other filters.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ValueCounts {
    /// Rows with each value, indexed like the facet's values (`Index::values`).
    pub values: Vec<usize>,
    /// Rows with no value for the facet (no source states it).
    pub unstated: usize,
    /// Rows the counts are taken over: those matching every other filter. The denominator of
    /// a value's share (a model with several values counts once here, once per value above).
    pub population: usize,
}

/// Counts for every facet value given all other active filters.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FacetCounts {
    facets: Vec<ValueCounts>,
    /// Rows per year, indexed like `Index::years`; `unstated` are the undated rows, which match
    /// no year range.
    pub years: ValueCounts,
    /// Rows added or changed after `Filters::since`, under the other filters (0 without it).
    pub changed: usize,
}

impl FacetCounts {
    /// Counts per facet in `FACETS` order, and per year.
    pub fn new(facets: Vec<ValueCounts>, years: ValueCounts) -> FacetCounts {
        FacetCounts { facets, years, changed: 0 }
    }

    pub fn of(&self, facet: Facet) -> &ValueCounts {
        &self.facets[facet.index()]
    }

    /// The count of value `i` of `facet` (0 past the end).
    pub fn value(&self, facet: Facet, i: usize) -> usize {
        self.facets[facet.index()].values.get(i).copied().unwrap_or(0)
    }
}

/// The rows that pass the filters (indices into `Dataset::models`, in data order) and the counts.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Selection {
    pub rows: Vec<usize>,
    pub counts: FacetCounts,
    /// For the facets of `POPULATION_ROWS_KEPT`, the rows matching every filter but the
    /// facet's own (in data order): what the charts of function categories and base families
    /// count over, kept here so they need no selection of their own.
    pub population_rows: Vec<Vec<usize>>,
}

/// The facets whose overview charts count over every filter but their own.
pub const POPULATION_ROWS_KEPT: [Facet; 2] = [Facet::FunctionCategory, Facet::BuiltOn];

impl Selection {
    /// The rows matching every filter but `facet`'s (`facet` must be one of
    /// `POPULATION_ROWS_KEPT`; others give no rows).
    pub fn rows_without(&self, facet: Facet) -> &[usize] {
        POPULATION_ROWS_KEPT.iter().position(|f| *f == facet).and_then(|i| self.population_rows.get(i)).map_or(&[], Vec::as_slice)
    }
}

/// Applies `f` (and a story's preset, which like the search narrows every count) to the data.
pub fn select(index: &Index, f: &Filters, preset: Option<Preset>) -> Selection {
    let preset_bit = preset.map_or(0, |p| 1u8 << p as u8);
    // Per facet, a membership mask over its values, or `None` when the facet is unconstrained.
    // A chosen id the dataset lacks (it cannot come from the URL parser) matches nothing.
    let masks: Vec<Option<Vec<bool>>> = Facet::all()
        .map(|facet| {
            let column = index.column(facet);
            let chosen = f.chosen(facet);
            (!chosen.is_empty()).then(|| {
                let mut mask = vec![false; column.values.len()];
                for i in chosen.iter().filter_map(|id| column.position(id)) {
                    mask[i] = true;
                }
                mask
            })
        })
        .collect();
    let year_active = f.from.is_some() || f.to.is_some();
    let (from, to) = (f.from.unwrap_or(0), f.to.unwrap_or(u16::MAX));
    let query = Query::new(&f.query);
    // Without the searched texts (`prepare_search` not called) a query matches nothing rather than
    // panicking in a reader's browser; debug builds (the tests) stop at the mistake instead.
    debug_assert!(query.is_empty() || index.haystacks.get().is_some(), "a query needs Index::prepare_search first");
    let haystacks: &[String] = index.haystacks.get().map_or(&[], Vec::as_slice);
    let mut counts = FacetCounts {
        facets: index.columns.iter().map(|c| ValueCounts { values: vec![0; c.values.len()], ..ValueCounts::default() }).collect(),
        years: ValueCounts { values: vec![0; index.years.len()], ..ValueCounts::default() },
        changed: 0,
    };
    let mut rows = Vec::new();
    let mut population_rows = vec![Vec::new(); POPULATION_ROWS_KEPT.len()];
    // The year range and "changed since" are checked after the facets.
    const YEAR: usize = FACET_COUNT;
    const CHANGED: usize = FACET_COUNT + 1;
    let mut pass = [true; FACET_COUNT + 2];
    for r in 0..index.len() {
        if index.presets[r] & preset_bit != preset_bit || (!query.is_empty() && !haystacks.get(r).is_some_and(|h| query.matches(h))) {
            continue;
        }
        for (k, (column, mask)) in index.columns.iter().zip(&masks).enumerate() {
            pass[k] = mask.as_ref().is_none_or(|m| column.row(r).iter().any(|&v| m[v as usize]));
        }
        pass[YEAR] = !year_active || index.row_years[r].is_some_and(|y| y >= from && y <= to);
        let changed = f.since.is_some_and(|v| index.since(r, v).is_some());
        pass[CHANGED] = !f.changed_only || changed;
        let failed = pass.iter().filter(|p| !**p).count();
        if failed > 1 {
            continue;
        }
        // A row failing one filter still counts for that filter's values: choosing one of them
        // would let it in.
        let only_failed = pass.iter().position(|p| !*p);
        let counts_for = |k: usize| failed == 0 || only_failed == Some(k);
        if failed == 0 {
            rows.push(r);
        }
        for (kept, facet) in population_rows.iter_mut().zip(POPULATION_ROWS_KEPT) {
            if counts_for(facet.index()) {
                kept.push(r);
            }
        }
        for (k, (column, c)) in index.columns.iter().zip(&mut counts.facets).enumerate() {
            if counts_for(k) {
                c.population += 1;
                let values = column.row(r);
                if values.is_empty() {
                    c.unstated += 1;
                }
                for &v in values {
                    c.values[v as usize] += 1;
                }
            }
        }
        if counts_for(CHANGED) && changed {
            counts.changed += 1;
        }
        if counts_for(YEAR) {
            counts.years.population += 1;
            match index.row_years[r].and_then(|y| index.years.binary_search(&y).ok()) {
                Some(y) => counts.years.values[y] += 1,
                None => counts.years.unstated += 1,
            }
        }
    }
    Selection { rows, counts, population_rows }
}

/// The rows matching every filter but `facet`'s: what a chart of that facet counts over, so a
/// chosen value does not hide the others (as the facet counts do).
pub fn rows_ignoring(index: &Index, f: &Filters, preset: Option<Preset>, facet: Facet) -> Vec<usize> {
    let mut others = f.clone();
    others.chosen[facet.index()].clear();
    select(index, &others, preset).rows
}
