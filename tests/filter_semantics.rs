//! Filter, search, story-preset and sort semantics on a small hand-built dataset whose every
//! expected row and count can be worked out by hand (see the table in `FIXTURE`).
//!
//! Each filter case goes through one `check()`: it parses the query string as the app does,
//! runs `filter::select`, compares rows and counts with the hand-written expectation, and also
//! with a naive reference implementation (`Reference`) that restates the semantics of every
//! facet row by row, without the index, `FacetDef::yields` or `search::haystack`.

use medllm_atlas::core::bundle;
use medllm_atlas::core::dataset::Dataset;
use medllm_atlas::core::facet::{Facet, FACET_COUNT};
use medllm_atlas::core::filter::{select, FacetCounts, Filters, Index, Selection, ValueCounts, POPULATION_ROWS_KEPT};
use medllm_atlas::core::fold::normalize;
use medllm_atlas::core::model::{Location, Model};
use medllm_atlas::core::parse::MODEL_COLUMNS;
use medllm_atlas::core::sort::sort_rows;
use medllm_atlas::core::stories::Preset;
use medllm_atlas::core::url_state::{self, DropReason, Sort, SortField};
use medllm_atlas::core::vocab::{DeveloperKind, Modality, OpenWeights, SourceKind};
use std::collections::BTreeSet;
use std::sync::OnceLock;

/// id, name, name_zh, developer, developer_kind, partners, category, functions, specialty,
/// modality, base_model, open_weights, released, source_kind. The other columns are filled in by
/// `csv()`.
///
/// Story presets: Pathology = ruipath (category), onco-path (specialty).
/// Hospitals = ruipath (hospital-led), onco-path and radvision (hospital partner, a specialty);
/// aiergpt is not (a company, the "Hospital" is only in its developer's name), nor medgen
/// (general only).
///
/// Built on (the families of `data/base_families.csv` the base names): qwen = qihuang,
/// onco-path ("LLaMA-2 and Qwen": also llama), medgen-lite; glm = soulchat ("ChatGLM-6B");
/// other = radvision ("BERT", in no family); not-stated = ruipath, aiergpt, medgen (no base).
///
/// Function categories: none, as in any reader's own file (no `functions.csv`); the same rows
/// with functions classified by hand are `CLASSIFIED`.
const FIXTURE: [[&str; 14]; 8] = [
    [
        "ruipath",
        "RuiPath",
        "瑞智病理大模型",
        "Ruijin Hospital",
        "hospital",
        "Huawei",
        "pathology",
        "whole-slide image analysis;pathology report drafting",
        "pathology",
        "image",
        "",
        "no",
        "2025-02",
        "primary",
    ],
    [
        "aiergpt",
        "AierGPT",
        "AierGPT眼科大模型",
        "Aier Eye Hospital Group",
        "company",
        "",
        "medical-services",
        "eye health education Q&A",
        "ophthalmology",
        "",
        "",
        "unknown",
        "",
        "secondary",
    ],
    [
        "qihuang",
        "Qihuang Wendao",
        "岐黄问道",
        "Dajing TCM",
        "company",
        "",
        "tcm",
        "TCM syndrome differentiation;prescription advice",
        "tcm",
        "text",
        "Qwen2.5-7B",
        "yes",
        "2023",
        "news",
    ],
    [
        "onco-path",
        "OncoPath",
        "肿瘤病理模型",
        "Sun Yat-sen University",
        "university",
        "Zhongshan Hospital",
        "clinical-decision",
        "cancer staging",
        "oncology;pathology",
        "multimodal",
        "LLaMA-2 and Qwen",
        "no",
        "2024-06-15",
        "primary",
    ],
    [
        "medgen",
        "MedGen",
        "通用医疗大模型",
        "Baidu",
        "company",
        "",
        "medical-services",
        "medical Q&A;triage",
        "general",
        "text",
        "",
        "yes",
        "2024",
        "news",
    ],
    [
        "radvision",
        "RadVision",
        "影像大模型",
        "Shanghai AI Lab",
        "institute",
        "Renji Hospital",
        "medical-imaging",
        "CT report drafting",
        "radiology;general",
        "image",
        "BERT",
        "unknown",
        "2024-11",
        "secondary",
    ],
    [
        "soulchat",
        "SoulChat",
        "心理大模型",
        "South China University of Technology",
        "university",
        "",
        "mental-health",
        "psychological counselling",
        "psychiatry",
        "text",
        "ChatGLM-6B",
        "yes",
        "2023-06",
        "primary",
    ],
    // Same name as `medgen` up to case: ties in every sort are broken by the id.
    ["medgen-lite", "medgen", "", "Baidu", "company", "", "medical-services", "medical Q&A", "general", "", "Qwen-1.8B", "yes", "", "news"],
];

/// The fixture's functions classified by hand, one category per function as `functions.csv`
/// would give them: ruipath's two functions are both pathology and medgen's both medical
/// services (each model counts once per category); qihuang's two are in two categories.
const CLASSIFIED: [(&str, &[&str]); 8] = [
    ("ruipath", &["pathology", "pathology"]),
    ("aiergpt", &["medical-services"]),
    ("qihuang", &["tcm", "clinical-decision"]),
    ("onco-path", &["pathology"]),
    ("medgen", &["medical-services", "medical-services"]),
    ("radvision", &["medical-imaging"]),
    ("soulchat", &["mental-health"]),
    ("medgen-lite", &["medical-services"]),
];

fn quote(field: &str) -> String {
    format!("\"{}\"", field.replace('"', "\"\""))
}

/// `models.csv` text with the 18 columns of `MODEL_COLUMNS`.
fn csv(rows: &[[&str; 14]]) -> String {
    let mut out = MODEL_COLUMNS.join(",") + "\n";
    for r in rows {
        let [id, name, name_zh, developer, kind, partners, category, functions, specialty, modality, base_model, open, released, source_kind] =
            *r;
        let url = format!("https://example.org/models/{id}");
        let fields = [
            id,
            name,
            name_zh,
            developer,
            kind,
            partners,
            category,
            functions,
            specialty,
            modality,
            base_model,
            "",
            open,
            released,
            &url,
            source_kind,
            "",
            "",
        ];
        assert_eq!(fields.len(), MODEL_COLUMNS.len());
        assert_eq!(MODEL_COLUMNS[10], "base_model");
        out += &fields.iter().map(|f| quote(f)).collect::<Vec<_>>().join(",");
        out += "\n";
    }
    out
}

fn bundled() -> &'static Dataset {
    static DS: OnceLock<Dataset> = OnceLock::new();
    DS.get_or_init(|| bundle::bundled().expect("the bundle decodes"))
}

fn dataset(rows: &[[&str; 14]]) -> Dataset {
    let models = csv(rows);
    let bundled = bundled();
    let parsed =
        medllm_atlas::core::parse::parse_models("fixture.csv", &models, &|id: &str| bundled.category(id).is_some(), &|id: &str| {
            bundled.source(id).is_some()
        });
    assert!(parsed.errors.is_empty(), "fixture does not parse: {:?}", parsed.errors);
    let mut ds = bundled.with_models(parsed.rows);
    // The fixture's own locations, so its expected counts do not follow locations.csv.
    ds.locations = FIXTURE_LOCATIONS
        .iter()
        .map(|(developer, city, province)| Location {
            developer: (*developer).to_owned(),
            city: (*city).to_owned(),
            province: (*province).to_owned(),
            source_url: "https://example.org/about".to_owned(),
            evidence: format!("{developer} is based in {city}."),
        })
        .collect();
    ds
}

/// Where the fixture's developers are based: two in Shanghai, two in Guangdong, one in Beijing;
/// Aier and Dajing have no row (not located).
const FIXTURE_LOCATIONS: [(&str, &str, &str); 5] = [
    ("Ruijin Hospital", "Shanghai", "CN-SH"),
    ("Shanghai AI Lab", "Shanghai", "CN-SH"),
    ("Sun Yat-sen University", "Guangzhou", "CN-GD"),
    ("South China University of Technology", "Guangzhou", "CN-GD"),
    ("Baidu", "Beijing", "CN-BJ"),
];

/// A dataset with its index and its reference, built once.
struct Fixture {
    ds: Dataset,
    index: Index,
    reference: Reference,
}

impl Fixture {
    fn new(ds: Dataset) -> Fixture {
        let index = Index::new(&ds);
        let reference = Reference::new(&ds);
        Fixture { ds, index, reference }
    }
}

/// The fixture as a reader's own file would give it: functions not classified.
fn fixture() -> &'static Fixture {
    static F: OnceLock<Fixture> = OnceLock::new();
    F.get_or_init(|| {
        let ds = dataset(&FIXTURE);
        assert_eq!(ds.models.len(), FIXTURE.len());
        assert!(ds.models.iter().all(|m| m.function_categories.is_empty() && !m.functions.is_empty()));
        Fixture::new(ds)
    })
}

/// The fixture with `CLASSIFIED` function categories.
fn classified() -> &'static Fixture {
    static F: OnceLock<Fixture> = OnceLock::new();
    F.get_or_init(|| {
        let mut ds = dataset(&FIXTURE);
        for (m, (id, categories)) in ds.models.iter_mut().zip(CLASSIFIED) {
            assert_eq!(m.id, id);
            assert_eq!(m.functions.len(), categories.len(), "{id}: one category per function");
            m.function_categories = categories.iter().map(|c| (*c).to_owned()).collect();
        }
        Fixture::new(ds)
    })
}

/// The bundled data with its index and reference, built once.
fn bundled_fixture() -> &'static Fixture {
    static F: OnceLock<Fixture> = OnceLock::new();
    F.get_or_init(|| Fixture::new(bundled().clone()))
}

/// Filters with `chosen` values per facet (built through the public API only).
fn filters(chosen: &[(Facet, &[&str])], from: Option<u16>, to: Option<u16>, query: &str) -> Filters {
    let mut f = Filters::default();
    for (facet, ids) in chosen {
        f = f.with(*facet, ids);
    }
    f.from = from;
    f.to = to;
    f.query = query.to_owned();
    f
}

fn query(q: &str) -> Filters {
    filters(&[], None, None, q)
}

// ---------------------------------------------------------------------------------------------
// The reference: the documented semantics, restated row by row without the index.

/// The families a published base belongs to, restated from the rule (`core::lineage`): every
/// family one of whose (lowercase) substrings occurs in the lowercased text; `not-stated` for an
/// empty text, `other` for a text in no family.
fn built_on(base_model: &str, ds: &Dataset) -> Vec<String> {
    let text = base_model.trim().to_lowercase();
    if text.is_empty() {
        return vec!["not-stated".to_owned()];
    }
    let found: Vec<String> =
        ds.base_families.iter().filter(|f| f.matches.iter().any(|s| text.contains(s.as_str()))).map(|f| f.id.clone()).collect();
    if found.is_empty() {
        vec!["other".to_owned()]
    } else {
        found
    }
}

/// A facet's values for one model, each once, written out facet by facet.
fn values_of(m: &Model, ds: &Dataset, facet: Facet) -> Vec<String> {
    let values: Vec<String> = match facet {
        Facet::Category => vec![m.category.clone()],
        Facet::Kind => vec![m.developer_kind.id().to_owned()],
        Facet::Specialty => m.specialties.clone(),
        Facet::Modality => m.modality.map(|x| x.id().to_owned()).into_iter().collect(),
        Facet::Open => vec![m.open_weights.id().to_owned()],
        Facet::Source => vec![m.source_kind.id().to_owned()],
        // A model with several functions in one category has that category once.
        Facet::FunctionCategory => m.function_categories.clone(),
        Facet::BuiltOn => built_on(&m.base_model, ds),
        // The lead developer's province, or not-located when locations.csv has no row for it.
        Facet::Province => {
            vec![ds.locations.iter().find(|l| l.developer == m.developer).map_or_else(|| "not-located".to_owned(), |l| l.province.clone())]
        }
    };
    let mut once: Vec<String> = Vec::new();
    for v in values {
        if !once.contains(&v) {
            once.push(v);
        }
    }
    once
}

/// A facet's values for a dataset, in display order, written out facet by facet.
fn universe(ds: &Dataset, facet: Facet) -> Vec<String> {
    let ids = |all: &[&'static str]| all.iter().map(|s| (*s).to_owned()).collect::<Vec<String>>();
    match facet {
        Facet::Category => ds.categories.iter().map(|c| c.id.clone()).collect(),
        // Function categories exist only where functions.csv classified the functions.
        Facet::FunctionCategory if ds.models.iter().any(|m| !m.function_categories.is_empty()) => {
            ds.categories.iter().map(|c| c.id.clone()).collect()
        }
        Facet::FunctionCategory => Vec::new(),
        Facet::Kind => ids(&DeveloperKind::ALL.iter().map(|k| k.id()).collect::<Vec<_>>()),
        Facet::Specialty => {
            let present: BTreeSet<String> = ds.models.iter().flat_map(|m| m.specialties.iter().cloned()).collect();
            present.into_iter().collect()
        }
        Facet::Modality => ids(&Modality::ALL.iter().map(|k| k.id()).collect::<Vec<_>>()),
        Facet::Open => ids(&OpenWeights::ALL.iter().map(|k| k.id()).collect::<Vec<_>>()),
        Facet::Source => ids(&SourceKind::ALL.iter().map(|k| k.id()).collect::<Vec<_>>()),
        Facet::BuiltOn => ds.base_families.iter().map(|f| f.id.clone()).chain(["other".to_owned(), "not-stated".to_owned()]).collect(),
        Facet::Province => ds.provinces.iter().map(|p| p.id.clone()).chain(["not-located".to_owned()]).collect(),
    }
}

/// The texts a model is found by, each normalised: its names, developer, published base,
/// partners and functions, and in English and Chinese the names of its category, of its
/// functions' categories, of its specialties (a specialty `specialties.csv` does not name: its id
/// with spaces, as shown), of the families it is built on, and its developer's city and (in both
/// languages) province.
fn search_fields(m: &Model, ds: &Dataset) -> Vec<String> {
    let mut fields: Vec<&str> = vec![&m.name, &m.name_zh, &m.developer, &m.base_model];
    fields.extend(m.partners.iter().map(String::as_str));
    fields.extend(m.functions.iter().map(String::as_str));
    for id in std::iter::once(&m.category).chain(&m.function_categories) {
        if let Some(c) = ds.categories.iter().find(|c| &c.id == id) {
            fields.extend([c.name_en.as_str(), c.name_zh.as_str()]);
        }
    }
    let unnamed: Vec<String> =
        m.specialties.iter().filter(|id| !ds.specialties.iter().any(|s| &s.id == *id)).map(|id| id.replace('-', " ")).collect();
    fields.extend(unnamed.iter().map(String::as_str));
    for id in &m.specialties {
        if let Some(s) = ds.specialties.iter().find(|s| &s.id == id) {
            fields.extend([s.name_en.as_str(), s.name_zh.as_str()]);
        }
    }
    let families = built_on(&m.base_model, ds);
    for f in ds.base_families.iter().filter(|f| families.contains(&f.id)) {
        fields.extend([f.name_en.as_str(), f.name_zh.as_str()]);
    }
    if let Some(l) = ds.locations.iter().find(|l| l.developer == m.developer) {
        fields.push(&l.city);
        if let Some(p) = ds.provinces.iter().find(|p| p.id == l.province) {
            fields.extend([p.name_en.as_str(), p.name_zh.as_str()]);
        }
    }
    fields.into_iter().map(normalize).collect()
}

/// Every term of the query occurs in one of the searched fields (a term never spans two).
fn matches_query(fields: &[String], q: &str) -> bool {
    normalize(q).split(' ').filter(|t| !t.is_empty()).all(|t| fields.iter().any(|f| f.contains(t)))
}

/// What `select` must give, computed the slow way. Dimension `k < FACET_COUNT` is the `k`th
/// facet; dimension `FACET_COUNT` is the year range.
struct Reference {
    models: Vec<Model>,
    /// Per facet, its values in display order.
    universes: Vec<Vec<String>>,
    /// Per model, per facet, its values.
    values: Vec<Vec<Vec<String>>>,
    /// Per model, its normalised search fields.
    fields: Vec<Vec<String>>,
    /// Release years present, ascending.
    years: Vec<u16>,
}

const YEAR: usize = FACET_COUNT;

impl Reference {
    fn new(ds: &Dataset) -> Reference {
        let years: BTreeSet<u16> = ds.models.iter().filter_map(|m| m.released.map(|d| d.year)).collect();
        Reference {
            models: ds.models.clone(),
            universes: Facet::all().map(|facet| universe(ds, facet)).collect(),
            values: ds.models.iter().map(|m| Facet::all().map(|facet| values_of(m, ds, facet)).collect()).collect(),
            fields: ds.models.iter().map(|m| search_fields(m, ds)).collect(),
            years: years.into_iter().collect(),
        }
    }

    /// Whether row `r` passes every filter but dimension `skip`.
    fn passes(&self, r: usize, f: &Filters, skip: Option<usize>) -> bool {
        let facets = Facet::all().enumerate().all(|(k, facet)| {
            let chosen = f.chosen(facet);
            Some(k) == skip || chosen.is_empty() || self.values[r][k].iter().any(|v| chosen.contains(v))
        });
        let released = self.models[r].released;
        let years = Some(YEAR) == skip
            || (f.from.is_none() && f.to.is_none())
            || released.is_some_and(|d| f.from.is_none_or(|y| d.year >= y) && f.to.is_none_or(|y| d.year <= y));
        facets && years
    }

    fn select(&self, f: &Filters, preset: Option<Preset>) -> Selection {
        let base: Vec<usize> = (0..self.models.len())
            .filter(|&r| preset.is_none_or(|p| p.includes(&self.models[r])) && matches_query(&self.fields[r], &f.query))
            .collect();
        let given_others = |k: usize| base.iter().copied().filter(move |&r| self.passes(r, f, Some(k)));
        let facets = (0..FACET_COUNT)
            .map(|k| {
                let universe = &self.universes[k];
                let mut c = ValueCounts { values: vec![0; universe.len()], unstated: 0, population: 0 };
                for r in given_others(k) {
                    c.population += 1;
                    let values = &self.values[r][k];
                    if values.is_empty() {
                        c.unstated += 1;
                    }
                    for v in values {
                        let i = universe.iter().position(|u| u == v).unwrap_or_else(|| panic!("{v:?} is not a value of facet {k}"));
                        c.values[i] += 1;
                    }
                }
                c
            })
            .collect();
        let mut years = ValueCounts { values: vec![0; self.years.len()], unstated: 0, population: 0 };
        for r in given_others(YEAR) {
            years.population += 1;
            match self.models[r].released {
                Some(d) => years.values[self.years.iter().position(|y| *y == d.year).unwrap()] += 1,
                None => years.unstated += 1,
            }
        }
        // The rows the function-category and base-family charts count over: every filter but theirs.
        let population_rows = POPULATION_ROWS_KEPT.iter().map(|facet| given_others(facet.index()).collect()).collect();
        Selection {
            rows: base.iter().copied().filter(|&r| self.passes(r, f, None)).collect(),
            counts: FacetCounts::new(facets, years),
            population_rows,
        }
    }

    /// The rows a query alone finds (for tests on the search).
    fn found(&self, q: &str) -> Vec<usize> {
        (0..self.models.len()).filter(|&r| matches_query(&self.fields[r], q)).collect()
    }
}

// ---------------------------------------------------------------------------------------------
// Rendering a selection as text, so expectations read like the filter panel.

fn render(ds: &Dataset, index: &Index, sel: &Selection) -> String {
    fn line(name: &str, items: Vec<(String, usize)>) -> String {
        let items: Vec<String> = items.into_iter().filter(|(_, n)| *n > 0).map(|(k, n)| format!("{k}={n}")).collect();
        format!("{name}: {}", if items.is_empty() { "-".to_owned() } else { items.join(" ") })
    }
    let c = &sel.counts;
    let rows: Vec<&str> = sel.rows.iter().map(|&i| ds.models[i].id.as_str()).collect();
    let mut out = vec![format!("rows: {}", if rows.is_empty() { "-".to_owned() } else { rows.join(" ") })];
    // One line per facet, named by its URL parameter: category, kind, specialty, modality,
    // open, source, fcat, base.
    for facet in Facet::all() {
        let counts = c.of(facet);
        let mut items: Vec<(String, usize)> = index.values(facet).iter().cloned().zip(counts.values.iter().copied()).collect();
        items.push(("unstated".into(), counts.unstated));
        out.push(line(facet.def().param, items));
    }
    let mut year: Vec<(String, usize)> = index.years.iter().zip(&c.years.values).map(|(y, n)| (y.to_string(), *n)).collect();
    year.push(("unknown".into(), c.years.unstated));
    out.push(line("year", year));
    out.join("\n")
}

fn unindent(s: &str) -> String {
    s.trim().lines().map(str::trim).collect::<Vec<_>>().join("\n")
}

fn ids(ds: &Dataset, rows: &[usize]) -> String {
    let got: Vec<&str> = rows.iter().map(|&i| ds.models[i].id.as_str()).collect();
    if got.is_empty() {
        "-".to_owned()
    } else {
        got.join(" ")
    }
}

/// Parses `query` as the app does (so `view=story-*` applies its preset), selects, and compares
/// with `expected` and with the reference.
#[track_caller]
fn check_in(fx: &Fixture, query: &str, expected: &str) {
    let (state, dropped) = url_state::parse(query, &fx.ds, &fx.index);
    assert!(dropped.is_empty(), "{query}: fixture query dropped {dropped:?}");
    let preset = state.view.preset();
    let sel = select(&fx.index, &state.filters, preset);
    assert_shape(&fx.ds, &fx.index, &sel);
    assert_eq!(render(&fx.ds, &fx.index, &sel), unindent(expected), "\nquery: {query}");
    assert_eq!(sel, fx.reference.select(&state.filters, preset), "reference disagrees for {query}");
}

/// `check_in` on the fixture as a reader's file gives it (functions not classified).
#[track_caller]
fn check(query: &str, expected: &str) {
    check_in(fixture(), query, expected);
}

/// Zero-count values stay: every count vector is as long as its facet's values, and the index
/// lists each facet's values in display order.
fn assert_shape(ds: &Dataset, index: &Index, sel: &Selection) {
    for facet in Facet::all() {
        let values = universe(ds, facet);
        assert_eq!(index.values(facet), values, "{facet:?}");
        assert_eq!(sel.counts.of(facet).values.len(), values.len(), "{facet:?}");
        for (i, id) in values.iter().enumerate() {
            assert_eq!(index.column(facet).position(id), Some(i), "{facet:?} {id}");
        }
    }
    assert_eq!(sel.counts.years.values.len(), index.years.len());
}

#[test]
fn fixture_index_lists_each_facets_values_and_the_years_present() {
    let Fixture { ds, index, .. } = fixture();
    assert_eq!(index.values(Facet::Specialty), ["general", "oncology", "ophthalmology", "pathology", "psychiatry", "radiology", "tcm"]);
    assert_eq!(index.values(Facet::Kind), ["company", "hospital", "university", "institute", "consortium"]);
    assert_eq!(index.values(Facet::Modality), ["text", "image", "multimodal", "omics"]);
    assert_eq!(index.values(Facet::Open), ["yes", "no", "unknown"]);
    assert_eq!(index.values(Facet::Source), ["primary", "news", "secondary"]);
    // Data-defined values come from the files, whether or not a row has them.
    let categories: Vec<&str> = ds.categories.iter().map(|c| c.id.as_str()).collect();
    assert_eq!(index.values(Facet::Category), categories);
    // The fixture is a reader's file: no function is classified, so function categories have
    // no values (the classified copy has them all).
    assert!(index.values(Facet::FunctionCategory).is_empty());
    assert_eq!(classified().index.values(Facet::FunctionCategory), categories);
    let mut families: Vec<&str> = ds.base_families.iter().map(|f| f.id.as_str()).collect();
    assert!(families.len() > 3 && families.contains(&"qwen") && families.contains(&"llama") && families.contains(&"glm"));
    families.extend(["other", "not-stated"]);
    assert_eq!(index.values(Facet::BuiltOn), families);
    assert_eq!(index.years, [2023, 2024, 2025]);
    assert_eq!(index.len(), 8);
    // The fixture's bases, by the rule.
    let bases: Vec<(&str, Vec<String>)> = ds.models.iter().map(|m| (m.id.as_str(), built_on(&m.base_model, ds))).collect();
    let expected: Vec<(&str, Vec<String>)> = [
        ("ruipath", &["not-stated"][..]),
        ("aiergpt", &["not-stated"]),
        ("qihuang", &["qwen"]),
        ("onco-path", &["qwen", "llama"]),
        ("medgen", &["not-stated"]),
        ("radvision", &["other"]),
        ("soulchat", &["glm"]),
        ("medgen-lite", &["qwen"]),
    ]
    .iter()
    .map(|(id, f)| (*id, f.iter().map(|s| (*s).to_owned()).collect()))
    .collect();
    assert_eq!(bases, expected);
}

#[test]
fn no_filter_selects_everything_and_counts_every_row() {
    check(
        "",
        "rows: ruipath aiergpt qihuang onco-path medgen radvision soulchat medgen-lite
         category: medical-services=3 clinical-decision=1 medical-imaging=1 pathology=1 tcm=1 mental-health=1
         kind: company=4 hospital=1 university=2 institute=1
         specialty: general=3 oncology=1 ophthalmology=1 pathology=2 psychiatry=1 radiology=1 tcm=1
         modality: text=3 image=2 multimodal=1 unstated=2
         open: yes=4 no=2 unknown=2
         source: primary=3 news=3 secondary=2
         fcat: unstated=8
         base: qwen=3 llama=1 glm=1 other=1 not-stated=3
         province: CN-BJ=2 CN-SH=2 CN-GD=2 not-located=2
         year: 2023=2 2024=3 2025=1 unknown=2",
    );
}

#[test]
fn values_within_a_facet_are_ored() {
    // One value; then two: the union, and the facet's own counts do not change.
    check(
        "category=pathology",
        "rows: ruipath
         category: medical-services=3 clinical-decision=1 medical-imaging=1 pathology=1 tcm=1 mental-health=1
         kind: hospital=1
         specialty: pathology=1
         modality: image=1
         open: no=1
         source: primary=1
         fcat: unstated=1
         base: not-stated=1
         province: CN-SH=1
         year: 2025=1",
    );
    check(
        "category=pathology,tcm",
        "rows: ruipath qihuang
         category: medical-services=3 clinical-decision=1 medical-imaging=1 pathology=1 tcm=1 mental-health=1
         kind: company=1 hospital=1
         specialty: pathology=1 tcm=1
         modality: text=1 image=1
         open: yes=1 no=1
         source: primary=1 news=1
         fcat: unstated=2
         base: qwen=1 not-stated=1
         province: CN-SH=1 not-located=1
         year: 2023=1 2025=1",
    );
    // A row matches a specialty filter when any of its specialties is chosen, and then counts
    // under each of its specialties.
    check(
        "specialty=pathology,radiology",
        "rows: ruipath onco-path radvision
         category: clinical-decision=1 medical-imaging=1 pathology=1
         kind: hospital=1 university=1 institute=1
         specialty: general=3 oncology=1 ophthalmology=1 pathology=2 psychiatry=1 radiology=1 tcm=1
         modality: image=2 multimodal=1
         open: no=2 unknown=1
         source: primary=2 secondary=1
         fcat: unstated=3
         base: qwen=1 llama=1 other=1 not-stated=1
         province: CN-SH=2 CN-GD=1
         year: 2024=2 2025=1",
    );
    // Rows whose modality no source states match no modality filter.
    check(
        "modality=text,image",
        "rows: ruipath qihuang medgen radvision soulchat
         category: medical-services=1 medical-imaging=1 pathology=1 tcm=1 mental-health=1
         kind: company=2 hospital=1 university=1 institute=1
         specialty: general=2 pathology=1 psychiatry=1 radiology=1 tcm=1
         modality: text=3 image=2 multimodal=1 unstated=2
         open: yes=3 no=1 unknown=1
         source: primary=2 news=2 secondary=1
         fcat: unstated=5
         base: qwen=1 glm=1 other=1 not-stated=2
         province: CN-BJ=1 CN-SH=2 CN-GD=1 not-located=1
         year: 2023=2 2024=2 2025=1",
    );
    // `not-stated` and `other` are values like the families: either lets its rows in.
    check(
        "base=not-stated,other",
        "rows: ruipath aiergpt medgen radvision
         category: medical-services=2 medical-imaging=1 pathology=1
         kind: company=2 hospital=1 institute=1
         specialty: general=2 ophthalmology=1 pathology=1 radiology=1
         modality: text=1 image=2 unstated=1
         open: yes=1 no=1 unknown=2
         source: primary=1 news=1 secondary=2
         fcat: unstated=4
         base: qwen=3 llama=1 glm=1 other=1 not-stated=3
         province: CN-BJ=1 CN-SH=2 not-located=1
         year: 2024=2 2025=1 unknown=1",
    );
}

#[test]
fn a_model_built_on_several_families_is_found_and_counted_under_each() {
    // onco-path ("LLaMA-2 and Qwen") is in qwen and in llama.
    check(
        "base=qwen",
        "rows: qihuang onco-path medgen-lite
         category: medical-services=1 clinical-decision=1 tcm=1
         kind: company=2 university=1
         specialty: general=1 oncology=1 pathology=1 tcm=1
         modality: text=1 multimodal=1 unstated=1
         open: yes=2 no=1
         source: primary=1 news=2
         fcat: unstated=3
         base: qwen=3 llama=1 glm=1 other=1 not-stated=3
         province: CN-BJ=1 CN-GD=1 not-located=1
         year: 2023=1 2024=1 unknown=1",
    );
    // The base facet counts given the specialty, and the specialty given the base: onco-path
    // counts once in qwen and once in llama, while the population counts it once.
    check(
        "base=llama,glm&specialty=pathology",
        "rows: onco-path
         category: clinical-decision=1
         kind: university=1
         specialty: oncology=1 pathology=1 psychiatry=1
         modality: multimodal=1
         open: no=1
         source: primary=1
         fcat: unstated=1
         base: qwen=1 llama=1 not-stated=1
         province: CN-GD=1
         year: 2024=1",
    );
    let fx = fixture();
    let (state, _) = url_state::parse("specialty=pathology", &fx.ds, &fx.index);
    let base = select(&fx.index, &state.filters, None).counts.of(Facet::BuiltOn).clone();
    assert_eq!(base.population, 2, "ruipath and onco-path");
    assert_eq!(base.values.iter().sum::<usize>(), 3, "onco-path in two families");
    assert_eq!(base.unstated, 0, "a model without a base is `not-stated`, a value");
}

#[test]
fn unclassified_functions_leave_every_row_unstated() {
    // A reader's own file (and `Dataset::with_models`) has no `functions.csv`: no model has a
    // function category, so the facet has no values, every row is unstated for it, and an
    // `fcat=` value in a link is refused with the notice while the rest applies.
    let fx = fixture();
    let sel = select(&fx.index, &Filters::default(), None);
    assert_eq!(
        *sel.counts.of(Facet::FunctionCategory),
        ValueCounts { values: Vec::new(), unstated: fx.ds.models.len(), population: fx.ds.models.len() }
    );
    let (state, dropped) = url_state::parse("fcat=pathology&kind=company", &fx.ds, &fx.index);
    assert_eq!(dropped.len(), 1, "{dropped:?}");
    assert_eq!((dropped[0].param.as_str(), dropped[0].value.as_str(), dropped[0].reason), ("fcat", "pathology", DropReason::UnknownValue));
    assert!(state.filters.chosen(Facet::FunctionCategory).is_empty());
    let sel = select(&fx.index, &state.filters, None);
    assert_eq!(sel.rows.len(), fx.ds.models.iter().filter(|m| m.developer_kind == DeveloperKind::Company).count());
    assert_eq!(sel, fx.reference.select(&state.filters, None));
}

#[test]
fn function_categories_count_each_model_once_per_category() {
    // ruipath's two pathology functions and medgen's two medical-services ones count once.
    check_in(
        classified(),
        "",
        "rows: ruipath aiergpt qihuang onco-path medgen radvision soulchat medgen-lite
         category: medical-services=3 clinical-decision=1 medical-imaging=1 pathology=1 tcm=1 mental-health=1
         kind: company=4 hospital=1 university=2 institute=1
         specialty: general=3 oncology=1 ophthalmology=1 pathology=2 psychiatry=1 radiology=1 tcm=1
         modality: text=3 image=2 multimodal=1 unstated=2
         open: yes=4 no=2 unknown=2
         source: primary=3 news=3 secondary=2
         fcat: medical-services=3 clinical-decision=1 medical-imaging=1 pathology=2 tcm=1 mental-health=1
         base: qwen=3 llama=1 glm=1 other=1 not-stated=3
         province: CN-BJ=2 CN-SH=2 CN-GD=2 not-located=2
         year: 2023=2 2024=3 2025=1 unknown=2",
    );
    // Any function in a chosen category lets the model in: qihuang by its second function.
    check_in(
        classified(),
        "fcat=clinical-decision,pathology",
        "rows: ruipath qihuang onco-path
         category: clinical-decision=1 pathology=1 tcm=1
         kind: company=1 hospital=1 university=1
         specialty: oncology=1 pathology=2 tcm=1
         modality: text=1 image=1 multimodal=1
         open: yes=1 no=2
         source: primary=2 news=1
         fcat: medical-services=3 clinical-decision=1 medical-imaging=1 pathology=2 tcm=1 mental-health=1
         base: qwen=2 llama=1 not-stated=1
         province: CN-SH=1 CN-GD=1 not-located=1
         year: 2023=1 2024=1 2025=1",
    );
    // The category facet and the function-category facet are separate: each counts given the
    // other.
    check_in(
        classified(),
        "fcat=medical-services&category=tcm,mental-health",
        "rows: -
         category: medical-services=3
         kind: -
         specialty: -
         modality: -
         open: -
         source: -
         fcat: clinical-decision=1 tcm=1 mental-health=1
         base: -
         province: -
         year: -",
    );
}

#[test]
fn facets_are_anded_and_each_counts_given_all_other_filters() {
    // category ∧ kind: each of the two facets counts given only the other one.
    check(
        "category=medical-services,pathology&kind=company",
        "rows: aiergpt medgen medgen-lite
         category: medical-services=3 tcm=1
         kind: company=3 hospital=1
         specialty: general=2 ophthalmology=1
         modality: text=1 unstated=2
         open: yes=2 unknown=1
         source: news=2 secondary=1
         fcat: unstated=3
         base: qwen=1 not-stated=2
         province: CN-BJ=2 not-located=1
         year: 2024=1 unknown=2",
    );
    // Four facets at once; every count line is "given the other three".
    check(
        "kind=company,university&open=yes&source=primary,news&modality=text",
        "rows: qihuang medgen soulchat
         category: medical-services=1 tcm=1 mental-health=1
         kind: company=2 university=1
         specialty: general=1 psychiatry=1 tcm=1
         modality: text=3 unstated=1
         open: yes=3
         source: primary=1 news=2
         fcat: unstated=3
         base: qwen=1 glm=1 not-stated=1
         province: CN-BJ=1 CN-GD=1 not-located=1
         year: 2023=2 2024=1",
    );
    // Nothing matches: rows empty, and facets other than the two filtered ones count nothing;
    // each filtered facet still shows what choosing otherwise would give.
    check(
        "category=pathology&open=yes",
        "rows: -
         category: medical-services=2 tcm=1 mental-health=1
         kind: -
         specialty: -
         modality: -
         open: no=1
         source: -
         fcat: -
         base: -
         province: -
         year: -",
    );
}

#[test]
fn zero_count_values_stay_in_the_count_vectors() {
    let Fixture { ds, index, .. } = fixture();
    let (state, _) = url_state::parse("category=tcm", ds, index);
    let sel = select(index, &state.filters, None);
    assert_shape(ds, index, &sel);
    let values = |facet: Facet| sel.counts.of(facet).values.clone();
    assert_eq!(values(Facet::Kind), [1, 0, 0, 0, 0]);
    assert_eq!(values(Facet::Specialty), [0, 0, 0, 0, 0, 0, 1]);
    assert_eq!(values(Facet::Modality), [1, 0, 0, 0]);
    assert_eq!(values(Facet::Open), [1, 0, 0]);
    assert_eq!(values(Facet::Source), [0, 1, 0]);
    assert_eq!(sel.counts.years.values, [1, 0, 0]);
    assert_eq!(values(Facet::Category), [3, 1, 1, 1, 0, 0, 1, 1, 0, 0, 0, 0]);
    assert_eq!(values(Facet::FunctionCategory), Vec::<usize>::new(), "no classified functions, no values");
    // qihuang, in qwen; every other family and `other` and `not-stated` at 0.
    let mut base = vec![0; ds.base_families.len() + 2];
    base[ds.base_families.iter().position(|f| f.id == "qwen").unwrap()] = 1;
    assert_eq!(values(Facet::BuiltOn), base);
    // A category no row has is a valid filter: no rows, every vector still full length.
    let (state, dropped) = url_state::parse("category=education", ds, index);
    assert!(dropped.is_empty());
    let sel = select(index, &state.filters, None);
    assert!(sel.rows.is_empty());
    assert_shape(ds, index, &sel);
    assert_eq!(sel.counts.of(Facet::Kind).values, [0; 5]);
    assert_eq!(sel.counts.of(Facet::BuiltOn).values, vec![0; ds.base_families.len() + 2]);
    assert_eq!(sel.counts.value(Facet::Category, ds.categories.iter().position(|c| c.id == "education").unwrap()), 0);
    // A family no row has is a valid filter too.
    let (state, dropped) = url_state::parse("base=deepseek", ds, index);
    assert!(dropped.is_empty());
    let sel = select(index, &state.filters, None);
    assert!(sel.rows.is_empty());
    assert_shape(ds, index, &sel);
    assert_eq!(sel.counts.value(Facet::BuiltOn, ds.base_families.iter().position(|f| f.id == "deepseek").unwrap()), 0);
    // Past the end, `value` is 0.
    assert_eq!(sel.counts.value(Facet::Kind, 99), 0);
}

#[test]
fn ids_the_dataset_lacks_match_nothing() {
    // Not reachable through the URL parser, but `select` must not treat them as "no constraint".
    let fx = fixture();
    for (facet, id) in [
        (Facet::Category, "no-such-category"),
        (Facet::Specialty, "no-such-specialty"),
        (Facet::Kind, "Hospital"),
        (Facet::Modality, "video"),
        (Facet::FunctionCategory, "no-such-category"),
        (Facet::BuiltOn, "no-such-family"),
        // A family's display name, not its id.
        (Facet::BuiltOn, "Qwen"),
    ] {
        let f = Filters::default().with(facet, &[id]);
        let sel = select(&fx.index, &f, None);
        assert!(sel.rows.is_empty(), "{f:?}");
        assert_eq!(sel, fx.reference.select(&f, None), "{f:?}");
    }
}

#[test]
fn year_range_excludes_undated_rows_and_year_unknown_counts_them() {
    check(
        "from=2024",
        "rows: ruipath onco-path medgen radvision
         category: medical-services=1 clinical-decision=1 medical-imaging=1 pathology=1
         kind: company=1 hospital=1 university=1 institute=1
         specialty: general=2 oncology=1 pathology=2 radiology=1
         modality: text=1 image=2 multimodal=1
         open: yes=1 no=2 unknown=1
         source: primary=2 news=1 secondary=1
         fcat: unstated=4
         base: qwen=1 llama=1 other=1 not-stated=2
         province: CN-BJ=1 CN-SH=2 CN-GD=1
         year: 2023=2 2024=3 2025=1 unknown=2",
    );
    // Year-only (medgen, 2024) and full dates (onco-path, 2024-06-15) both fall in 2024.
    check(
        "from=2024&to=2024",
        "rows: onco-path medgen radvision
         category: medical-services=1 clinical-decision=1 medical-imaging=1
         kind: company=1 university=1 institute=1
         specialty: general=2 oncology=1 pathology=1 radiology=1
         modality: text=1 image=1 multimodal=1
         open: yes=1 no=1 unknown=1
         source: primary=1 news=1 secondary=1
         fcat: unstated=3
         base: qwen=1 llama=1 other=1 not-stated=1
         province: CN-BJ=1 CN-SH=1 CN-GD=1
         year: 2023=2 2024=3 2025=1 unknown=2",
    );
    check(
        "to=2023",
        "rows: qihuang soulchat
         category: tcm=1 mental-health=1
         kind: company=1 university=1
         specialty: psychiatry=1 tcm=1
         modality: text=2
         open: yes=2
         source: primary=1 news=1
         fcat: unstated=2
         base: qwen=1 glm=1
         province: CN-GD=1 not-located=1
         year: 2023=2 2024=3 2025=1 unknown=2",
    );
    // The undated rows of a category show in the year's `unknown`, not in its rows.
    check(
        "category=medical-services&from=2024",
        "rows: medgen
         category: medical-services=1 clinical-decision=1 medical-imaging=1 pathology=1
         kind: company=1
         specialty: general=1
         modality: text=1
         open: yes=1
         source: news=1
         fcat: unstated=1
         base: not-stated=1
         province: CN-BJ=1
         year: 2024=1 unknown=2",
    );
    // A range outside the data: no rows; the year facet still counts everything.
    check(
        "from=2030",
        "rows: -
         category: -
         kind: -
         specialty: -
         modality: -
         open: -
         source: -
         fcat: -
         base: -
         province: -
         year: 2023=2 2024=3 2025=1 unknown=2",
    );
}

#[test]
fn search_matches_names_developers_partners_functions_bases_and_the_names_of_values() {
    // (query, rows): case-, width- and script-insensitive, every term must match (AND).
    let cases: &[(&str, &str)] = &[
        ("ruipath", "ruipath"),
        ("RUIPATH", "ruipath"),
        ("ＲｕｉＰａｔｈ", "ruipath"),
        ("瑞智", "ruipath"),
        ("病理", "ruipath onco-path"),
        ("huawei", "ruipath"),
        ("baidu", "medgen medgen-lite"),
        ("triage", "medgen"),
        ("hospital", "ruipath aiergpt onco-path radvision"),
        ("q&a", "aiergpt medgen medgen-lite"),
        ("Ｑ＆Ａ", "aiergpt medgen medgen-lite"),
        ("medgen baidu", "medgen medgen-lite"),
        ("medgen triage", "medgen"),
        ("  MEDGEN   triage ", "medgen"),
        ("病理\u{3000}肿瘤", "onco-path"),
        ("oncopath 肿瘤", "onco-path"),
        ("medgen soulchat", "-"),
        ("report drafting", "ruipath radvision"),
        ("基因", "-"),
        // Terms are matched inside one field: the developer and the function are separate.
        ("baidutriage", "-"),
        // The published base, as written.
        ("qwen2.5", "qihuang"),
        ("bert", "radvision"),
        ("llama-2", "onco-path"),
        // The names of the families a model is built on, in English and Chinese: qihuang and
        // medgen-lite never write "Tongyi" or "通义千问", onco-path does not write "derivatives".
        ("qwen", "qihuang onco-path medgen-lite"),
        ("通义千问", "qihuang onco-path medgen-lite"),
        ("TONGYI qianwen", "qihuang onco-path medgen-lite"),
        ("derivatives", "onco-path"),
        ("LLaMA 及其衍生", "onco-path"),
        ("chatglm", "soulchat"),
        // The names of the category: "Medical services" is no row's own text.
        ("medical services", "aiergpt medgen medgen-lite"),
        ("心理健康", "soulchat"),
        ("traditional chinese", "qihuang"),
        // The names of specialties (from specialties.csv): onco-path's "Oncology", "肿瘤科",
        // "Pathology"; "全科" is the general specialty's Chinese name.
        ("oncology", "onco-path"),
        ("肿瘤科", "onco-path"),
        ("pathology", "ruipath onco-path"),
        ("全科", "medgen radvision medgen-lite"),
        ("放射科 ct", "radvision"),
        // A specialty id specialties.csv does not name is found as it is shown: the id with spaces.
        ("psychiatry", "soulchat"),
        // A term inside one field's name, and another inside a family's: both must match.
        ("tcm qwen", "qihuang"),
        ("oncology derivatives", "onco-path"),
        ("pathology qwen", "onco-path"),
        // Category ids are not names: "medical-services" is written nowhere.
        ("medical-services", "-"),
    ];
    let fx = fixture();
    for (q, rows) in cases {
        let f = query(q);
        let sel = select(&fx.index, &f, None);
        assert_eq!(ids(&fx.ds, &sel.rows), *rows, "query {q:?}");
        assert_eq!(sel, fx.reference.select(&f, None), "reference disagrees for {q:?}");
    }
}

#[test]
fn search_matches_the_names_of_a_models_function_categories() {
    // With functions classified, qihuang's "prescription advice" is clinical decision support:
    // the category's names find it too (onco-path by its own category).
    let cases: &[(&str, &str, &str)] = &[
        // (query, without function categories, with them)
        ("临床辅助决策", "onco-path", "qihuang onco-path"),
        ("clinical decision support", "onco-path", "qihuang onco-path"),
        ("pathology", "ruipath onco-path", "ruipath onco-path"),
        ("medical imaging", "radvision", "radvision"),
        ("中医药", "qihuang", "qihuang"),
        ("临床 qwen", "onco-path", "qihuang onco-path"),
    ];
    for (q, plain, with) in cases {
        for (fx, expected) in [(fixture(), plain), (classified(), with)] {
            let f = query(q);
            let sel = select(&fx.index, &f, None);
            assert_eq!(ids(&fx.ds, &sel.rows), *expected, "query {q:?}");
            assert_eq!(sel, fx.reference.select(&f, None), "reference disagrees for {q:?}");
        }
    }
}

#[test]
fn search_narrows_every_facet_count() {
    check(
        "q=baidu",
        "rows: medgen medgen-lite
         category: medical-services=2
         kind: company=2
         specialty: general=2
         modality: text=1 unstated=1
         open: yes=2
         source: news=2
         fcat: unstated=2
         base: qwen=1 not-stated=1
         province: CN-BJ=2
         year: 2024=1 unknown=1",
    );
    check(
        "q=hospital&kind=hospital",
        "rows: ruipath
         category: pathology=1
         kind: company=1 hospital=1 university=1 institute=1
         specialty: pathology=1
         modality: image=1
         open: no=1
         source: primary=1
         fcat: unstated=1
         base: not-stated=1
         province: CN-SH=1
         year: 2025=1",
    );
    // A family's name narrows the base facet to the rows it finds, and the facet still counts
    // every family of those rows.
    check(
        "q=通义千问&base=llama",
        "rows: onco-path
         category: clinical-decision=1
         kind: university=1
         specialty: oncology=1 pathology=1
         modality: multimodal=1
         open: no=1
         source: primary=1
         fcat: unstated=1
         base: qwen=3 llama=1
         province: CN-GD=1
         year: 2024=1",
    );
}

#[test]
fn story_presets_narrow_rows_and_counts() {
    check(
        "view=story-pathology",
        "rows: ruipath onco-path
         category: clinical-decision=1 pathology=1
         kind: hospital=1 university=1
         specialty: oncology=1 pathology=2
         modality: image=1 multimodal=1
         open: no=2
         source: primary=2
         fcat: unstated=2
         base: qwen=1 llama=1 not-stated=1
         province: CN-SH=1 CN-GD=1
         year: 2024=1 2025=1",
    );
    check(
        "view=story-hospitals",
        "rows: ruipath onco-path radvision
         category: clinical-decision=1 medical-imaging=1 pathology=1
         kind: hospital=1 university=1 institute=1
         specialty: general=1 oncology=1 pathology=2 radiology=1
         modality: image=2 multimodal=1
         open: no=2 unknown=1
         source: primary=2 secondary=1
         fcat: unstated=3
         base: qwen=1 llama=1 other=1 not-stated=1
         province: CN-SH=2 CN-GD=1
         year: 2024=2 2025=1",
    );
    // A preset and filters: the preset narrows the counts of the filtered facet too.
    check(
        "view=story-hospitals&modality=image",
        "rows: ruipath radvision
         category: medical-imaging=1 pathology=1
         kind: hospital=1 institute=1
         specialty: general=1 pathology=1 radiology=1
         modality: image=2 multimodal=1
         open: no=1 unknown=1
         source: primary=1 secondary=1
         fcat: unstated=2
         base: other=1 not-stated=1
         province: CN-SH=2
         year: 2024=1 2025=1",
    );
    // Views that are not stories apply no preset.
    let fx = fixture();
    let (state, _) = url_state::parse("view=models", &fx.ds, &fx.index);
    assert_eq!(state.view.preset(), None);
    assert_eq!(select(&fx.index, &state.filters, None).rows.len(), 8);
}

/// Every combination of the given values per facet (one list of options per facet, in `FACETS`
/// order), year ranges, queries and presets: `select` agrees with the reference on rows and on
/// every count. Returns how many combinations were checked.
fn agree_on_every_combination(
    fx: &Fixture,
    options: &[(Facet, &[&[&str]])],
    years: &[(Option<u16>, Option<u16>)],
    queries: &[&str],
) -> usize {
    let presets = [None, Some(Preset::Pathology), Some(Preset::Hospitals)];
    let sizes: Vec<usize> = options.iter().map(|(_, o)| o.len()).collect();
    let total: usize = sizes.iter().product();
    let mut checked = 0;
    for n in 0..total {
        // `n` in mixed radix: one option per facet.
        let mut rest = n;
        let chosen: Vec<(Facet, &[&str])> = options
            .iter()
            .map(|(facet, o)| {
                let pick = o[rest % o.len()];
                rest /= o.len();
                (*facet, pick)
            })
            .collect();
        for &(from, to) in years {
            for q in queries {
                let f = filters(&chosen, from, to, q);
                for p in presets {
                    let got = select(&fx.index, &f, p);
                    assert_eq!(got, fx.reference.select(&f, p), "{f:?} {p:?}");
                    checked += 1;
                }
            }
        }
    }
    checked
}

/// Every combination of a few values per facet, with and without presets and a search, on the
/// fixture: `select` agrees with the reference on rows and on every count.
#[test]
fn select_agrees_with_the_reference_on_every_combination() {
    let options: &[(Facet, &[&[&str]])] = &[
        (Facet::Category, &[&[], &["pathology"], &["pathology", "medical-services"], &["education"]]),
        (Facet::Kind, &[&[], &["company"], &["hospital", "university"]]),
        (Facet::Specialty, &[&[], &["pathology"], &["general", "oncology"]]),
        (Facet::Modality, &[&[], &["text"], &["image", "multimodal"]]),
        (Facet::Open, &[&[], &["yes"], &["no", "unknown"]]),
        (Facet::Source, &[&[], &["primary"], &["news", "secondary"]]),
        (Facet::FunctionCategory, &[&[], &["pathology"]]),
        (Facet::BuiltOn, &[&[], &["qwen"], &["llama", "not-stated", "other"]]),
        (Facet::Province, &[&[], &["CN-SH", "not-located"]]),
    ];
    assert_eq!(options.len(), FACET_COUNT);
    let years: &[(Option<u16>, Option<u16>)] = &[(None, None), (Some(2024), None), (None, Some(2023)), (Some(2024), Some(2024))];
    let checked = agree_on_every_combination(fixture(), options, years, &["", "hospital", "q&a"]);
    assert_eq!(checked, 4 * 3 * 3 * 3 * 3 * 3 * 2 * 3 * 2 * 4 * 3 * 3);
}

/// The same on the fixture with classified functions, where the function-category facet has
/// values (fewer options for the facets the test above covers).
#[test]
fn select_agrees_with_the_reference_on_every_combination_with_function_categories() {
    let options: &[(Facet, &[&[&str]])] = &[
        (Facet::Category, &[&[], &["pathology", "medical-services"]]),
        (Facet::Kind, &[&[], &["company"]]),
        (Facet::Specialty, &[&[], &["general", "oncology"]]),
        (Facet::Modality, &[&[], &["text"]]),
        (Facet::Open, &[&[], &["no", "unknown"]]),
        (Facet::Source, &[&[], &["primary"]]),
        (Facet::FunctionCategory, &[&[], &["pathology"], &["medical-services", "clinical-decision"], &["education"]]),
        (Facet::BuiltOn, &[&[], &["qwen"], &["not-stated", "other"]]),
        (Facet::Province, &[&[], &["CN-GD"]]),
    ];
    assert_eq!(options.len(), FACET_COUNT);
    let years: &[(Option<u16>, Option<u16>)] = &[(None, None), (Some(2024), None)];
    let checked = agree_on_every_combination(classified(), options, years, &["", "临床", "medical"]);
    assert_eq!(checked, 2 * 2 * 2 * 2 * 2 * 2 * 4 * 3 * 2 * 2 * 3 * 3);
}

/// The same agreement on the bundled data, for a handful of realistic filter sets.
#[test]
fn select_agrees_with_the_reference_on_the_bundled_data() {
    let fx = bundled_fixture();
    let queries = [
        "",
        "category=pathology,medical-imaging",
        "kind=hospital&modality=image,multimodal",
        "from=2024&to=2025&open=yes",
        "specialty=ophthalmology,oncology&source=primary",
        "q=病理",
        "q=gpt&kind=company",
        "q=qwen",
        "q=通义千问",
        "q=pathology&from=2024",
        "view=story-pathology&from=2024",
        "view=story-hospitals&source=news,secondary",
        "to=2023&modality=text",
        "fcat=pathology",
        "fcat=clinical-decision,research&kind=hospital",
        "fcat=medical-services&category=clinical-decision",
        "base=qwen",
        "base=not-stated,other&kind=company",
        "base=llama,glm&fcat=pathology&from=2023",
        "view=story-pathology&base=qwen,deepseek",
    ];
    for q in queries {
        let (state, dropped) = url_state::parse(q, &fx.ds, &fx.index);
        assert!(dropped.is_empty(), "{q}: {dropped:?}");
        let preset = state.view.preset();
        let sel = select(&fx.index, &state.filters, preset);
        assert_shape(&fx.ds, &fx.index, &sel);
        assert_eq!(sel, fx.reference.select(&state.filters, preset), "{q}");
    }
    // Story presets pick real rows in the bundled data, and fewer than all of them.
    for p in Preset::ALL {
        let n = select(&fx.index, &Filters::default(), Some(p)).rows.len();
        assert!(n > 0 && n < fx.ds.models.len(), "{p:?}: {n}");
    }
}

/// The rows a query string selects on the bundled data.
fn bundled_rows(q: &str) -> Vec<usize> {
    let fx = bundled_fixture();
    let (state, dropped) = url_state::parse(q, &fx.ds, &fx.index);
    assert!(dropped.is_empty(), "{q}: {dropped:?}");
    select(&fx.index, &state.filters, state.view.preset()).rows
}

fn rows_where(ds: &Dataset, keep: impl Fn(&Model) -> bool) -> Vec<usize> {
    ds.models.iter().enumerate().filter(|(_, m)| keep(m)).map(|(i, _)| i).collect()
}

#[test]
fn function_category_on_the_bundled_data_is_any_function_in_the_category() {
    let ds = bundled();
    // functions.csv read on its own: the models with a function classified as pathology.
    let mut reader = csv::Reader::from_path(concat!(env!("CARGO_MANIFEST_DIR"), "/data/functions.csv")).expect("functions.csv");
    let records: Vec<csv::StringRecord> = reader.records().map(|r| r.expect("functions.csv reads")).collect();
    let in_file: BTreeSet<&str> = records.iter().filter(|r| &r[2] == "pathology").map(|r| r.get(0).unwrap()).collect();
    let expected = rows_where(ds, |m| m.function_categories.iter().any(|c| c == "pathology"));
    assert!(!expected.is_empty(), "the bundled data classifies some function as pathology");
    let expected_ids: BTreeSet<&str> = expected.iter().map(|&i| ds.models[i].id.as_str()).collect();
    assert_eq!(expected_ids, in_file, "function_categories disagree with functions.csv");
    assert_eq!(bundled_rows("fcat=pathology"), expected);
    // Every classified function is a model's: the categories are parallel to the functions.
    for m in &ds.models {
        assert_eq!(m.function_categories.len(), m.functions.len(), "{}", m.id);
    }
    assert_eq!(records.len(), ds.models.iter().map(|m| m.functions.len()).sum::<usize>());
    // Each category counts the models with at least one function in it, once each.
    let fx = bundled_fixture();
    let counts = select(&fx.index, &Filters::default(), None).counts.of(Facet::FunctionCategory).clone();
    for (i, c) in ds.categories.iter().enumerate() {
        let n = ds.models.iter().filter(|m| m.function_categories.contains(&c.id)).count();
        assert_eq!(counts.values[i], n, "{}", c.id);
        assert_eq!(bundled_rows(&format!("fcat={}", c.id)).len(), n, "{}", c.id);
    }
    assert_eq!(counts.unstated, ds.models.iter().filter(|m| m.function_categories.is_empty()).count());
    assert_eq!(counts.population, ds.models.len());
    // The data has models with two functions in one category, so "once each" is exercised:
    // the counts add up to fewer than the classified functions.
    assert!(
        ds.models.iter().any(|m| m.function_categories.iter().collect::<BTreeSet<_>>().len() < m.function_categories.len()),
        "no model has two functions in one category"
    );
    assert!(counts.values.iter().sum::<usize>() < records.len());
}

#[test]
fn built_on_on_the_bundled_data_follows_the_rule() {
    let ds = bundled();
    let names_family = |m: &Model, id: &str| {
        let family = ds.base_families.iter().find(|f| f.id == id).unwrap();
        let text = m.base_model.to_lowercase();
        family.matches.iter().any(|s| text.contains(s.as_str()))
    };
    let stated = |m: &Model| !m.base_model.trim().is_empty();
    let qwen = rows_where(ds, |m| names_family(m, "qwen"));
    let not_stated = rows_where(ds, |m| !stated(m));
    let other = rows_where(ds, |m| stated(m) && !ds.base_families.iter().any(|f| names_family(m, &f.id)));
    for (q, expected) in [("base=qwen", &qwen), ("base=not-stated", &not_stated), ("base=other", &other)] {
        assert!(!expected.is_empty(), "{q}: the bundled data has such models");
        assert_eq!(&bundled_rows(q), expected, "{q}");
    }
    let mut either = [not_stated.clone(), other.clone()].concat();
    either.sort_unstable();
    assert_eq!(bundled_rows("base=not-stated,other"), either);
    // Every model is in a family, `other` or `not-stated`, and in `other` or `not-stated` only
    // when in no family.
    for family in &ds.base_families {
        let rows = bundled_rows(&format!("base={}", family.id));
        assert_eq!(rows, rows_where(ds, |m| names_family(m, &family.id)), "{}", family.id);
        assert!(rows.iter().all(|r| !not_stated.contains(r) && !other.contains(r)), "{}", family.id);
    }
    let fx = bundled_fixture();
    let counts = select(&fx.index, &Filters::default(), None).counts.of(Facet::BuiltOn).clone();
    assert_eq!(counts.unstated, 0);
    assert_eq!(counts.population, ds.models.len());
    let families_or_none: usize = counts.values.iter().sum();
    assert!(families_or_none >= ds.models.len());
    assert_eq!(counts.values[ds.base_families.len()], other.len());
    assert_eq!(counts.values[ds.base_families.len() + 1], not_stated.len());
}

#[test]
fn search_on_the_bundled_data_finds_what_the_fields_name() {
    let fx = bundled_fixture();
    let ds = &fx.ds;
    for q in ["病理", "qwen", "通义千问", "Pathology", "Tongyi", "眼科", "radiology"] {
        let expected = fx.reference.found(q);
        assert!(!expected.is_empty(), "{q:?} finds nothing in the bundled data");
        assert_eq!(bundled_rows(&format!("q={q}")), expected, "{q:?}");
    }
    // The names of families, categories and specialties find models whose own text lacks them.
    let own_text = |m: &Model| {
        let mut t = vec![m.name.clone(), m.name_zh.clone(), m.developer.clone(), m.base_model.clone()];
        t.extend(m.partners.iter().cloned());
        t.extend(m.functions.iter().cloned());
        normalize(&t.join(" \u{1f} "))
    };
    let qwen = bundled_rows("base=qwen");
    let found = bundled_rows("q=通义千问");
    assert!(qwen.iter().all(|r| found.contains(r)), "q=通义千问 misses a model built on Qwen");
    assert!(qwen.iter().any(|&r| !own_text(&ds.models[r]).contains("通义千问")), "no Qwen model lacks the Chinese name itself");
    let found = bundled_rows("q=病理");
    for q in ["category=pathology", "fcat=pathology", "specialty=pathology"] {
        let rows = bundled_rows(q);
        assert!(rows.iter().all(|r| found.contains(r)), "q=病理 misses a model of {q}");
    }
    assert!(found.iter().any(|&r| !own_text(&ds.models[r]).contains("病理")), "q=病理 finds only models that write it");
    // "qwen" is in the family's match list, so its models write it: their own text decides.
    assert_eq!(bundled_rows("q=qwen"), rows_where(ds, |m| own_text(m).contains("qwen")));
}

// ---------------------------------------------------------------------------------------------
// Sorting.

#[track_caller]
fn check_sort(field: SortField, descending: bool, expected: &str) {
    let ds = &fixture().ds;
    let mut rows: Vec<usize> = (0..ds.models.len()).collect();
    sort_rows(ds, &mut rows, Some(Sort { field, descending }));
    let got: Vec<&str> = rows.iter().map(|&i| ds.models[i].id.as_str()).collect();
    assert_eq!(got.join(" "), expected, "{field:?} descending={descending}");
    // Sorting a shuffled copy gives the same order: the order is total.
    let mut reversed: Vec<usize> = (0..ds.models.len()).rev().collect();
    sort_rows(ds, &mut reversed, Some(Sort { field, descending }));
    assert_eq!(reversed, rows, "{field:?} descending={descending}: order depends on the input order");
}

#[test]
fn sort_by_every_field_in_both_directions() {
    use SortField::*;
    // Ties (same key) are ordered by name, then id, ascending in both directions: the two
    // "medgen" rows differ only by id. Rows without a value (modality, release date) come last
    // in both directions.
    let cases: &[(SortField, &str, &str)] = &[
        (
            Name,
            "aiergpt medgen medgen-lite onco-path qihuang radvision ruipath soulchat",
            "soulchat ruipath radvision qihuang onco-path medgen medgen-lite aiergpt",
        ),
        (
            Developer,
            "aiergpt medgen medgen-lite qihuang ruipath radvision soulchat onco-path",
            "onco-path soulchat radvision ruipath qihuang medgen medgen-lite aiergpt",
        ),
        // Vocabulary order: company, hospital, university, institute, consortium.
        (
            Kind,
            "aiergpt medgen medgen-lite qihuang ruipath onco-path soulchat radvision",
            "radvision onco-path soulchat ruipath aiergpt medgen medgen-lite qihuang",
        ),
        // The order of categories.csv, not the alphabet.
        (
            Category,
            "aiergpt medgen medgen-lite onco-path radvision ruipath qihuang soulchat",
            "soulchat qihuang ruipath radvision onco-path aiergpt medgen medgen-lite",
        ),
        // The first listed specialty.
        (
            Specialty,
            "medgen medgen-lite onco-path aiergpt ruipath soulchat radvision qihuang",
            "qihuang radvision soulchat ruipath aiergpt onco-path medgen medgen-lite",
        ),
        (
            Modality,
            "medgen qihuang soulchat radvision ruipath onco-path aiergpt medgen-lite",
            "onco-path radvision ruipath medgen qihuang soulchat aiergpt medgen-lite",
        ),
        // A year-only date (qihuang 2023, medgen 2024) sorts at the start of its year, before the
        // month-dated rows of that year, and is never read as a month.
        (
            Released,
            "qihuang soulchat medgen onco-path radvision ruipath aiergpt medgen-lite",
            "ruipath radvision onco-path medgen soulchat qihuang aiergpt medgen-lite",
        ),
        // Vocabulary order: yes, no, unknown.
        (
            Open,
            "medgen medgen-lite qihuang soulchat onco-path ruipath aiergpt radvision",
            "aiergpt radvision onco-path ruipath medgen medgen-lite qihuang soulchat",
        ),
        // The order of provinces.csv (Beijing, Shanghai, Guangdong), the not-located last both ways.
        (
            Province,
            "medgen medgen-lite radvision ruipath onco-path soulchat aiergpt qihuang",
            "onco-path soulchat radvision ruipath medgen medgen-lite aiergpt qihuang",
        ),
    ];
    assert_eq!(cases.len(), SortField::ALL.len());
    for (field, ascending, descending) in cases {
        check_sort(*field, false, ascending);
        check_sort(*field, true, descending);
    }
}

#[test]
fn sort_handles_subsets_and_no_sort_keeps_data_order() {
    let ds = &fixture().ds;
    let mut rows = vec![7, 1, 4];
    sort_rows(ds, &mut rows, None);
    assert_eq!(rows, [7, 1, 4]);
    sort_rows(ds, &mut rows, Some(Sort { field: SortField::Released, descending: true }));
    // medgen (2024) first; the two undated rows last, by name then id.
    assert_eq!(rows, [4, 1, 7]);
    let mut empty: Vec<usize> = Vec::new();
    sort_rows(ds, &mut empty, Some(Sort { field: SortField::Name, descending: false }));
    assert!(empty.is_empty());
}

#[test]
fn sort_on_the_bundled_data_keeps_undated_rows_last_both_ways() {
    let ds = bundled();
    for descending in [false, true] {
        let mut rows: Vec<usize> = (0..ds.models.len()).collect();
        sort_rows(ds, &mut rows, Some(Sort { field: SortField::Released, descending }));
        let dated = rows.iter().take_while(|&&i| ds.models[i].released.is_some()).count();
        assert!(rows[dated..].iter().all(|&i| ds.models[i].released.is_none()), "descending={descending}");
        let years: Vec<u16> = rows[..dated].iter().map(|&i| ds.models[i].released.unwrap().year).collect();
        let ordered = if descending { years.windows(2).all(|w| w[0] >= w[1]) } else { years.windows(2).all(|w| w[0] <= w[1]) };
        assert!(ordered, "descending={descending}: {years:?}");
    }
}

#[test]
fn the_app_index_searches_the_same_rows_once_its_texts_are_prepared() {
    // The app builds its index without the searched texts and makes them at the first query.
    let ds = bundled();
    let eager = Index::new(ds);
    let lazy = Index::new_without_search(ds);
    let unfiltered = Filters::default();
    assert_eq!(select(&lazy, &unfiltered, None).rows, select(&eager, &unfiltered, None).rows);
    lazy.prepare_search(ds);
    lazy.prepare_search(ds); // a second call keeps the first texts
    let name = &ds.models[ds.models.len() / 2].name;
    for q in [name.as_str(), "病理", "beijing", "no such model anywhere"] {
        let (a, b) = (select(&lazy, &query(q), None), select(&eager, &query(q), None));
        assert_eq!(a.rows, b.rows, "query {q:?}");
        assert_eq!(a.counts, b.counts, "query {q:?}");
    }
    assert!(!select(&lazy, &query(name), None).rows.is_empty(), "a model's own name finds it");
}

#[test]
#[should_panic(expected = "prepare_search")]
fn a_query_on_an_index_without_texts_is_a_mistake_tests_catch() {
    let ds = bundled();
    let lazy = Index::new_without_search(ds);
    let _ = select(&lazy, &query("病理"), None);
}
