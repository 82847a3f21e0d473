//! Filter, search, story-preset and sort semantics on a small hand-built dataset whose every
//! expected row and count can be worked out by hand (see the table in `FIXTURE`).
//!
//! Each filter case goes through one `check()`: it parses the query string as the app does,
//! runs `filter::select`, compares rows and counts with the hand-written expectation, and also
//! with a naive reference implementation (`oracle`) that restates the semantics row by row.

use medllm_atlas::core::dataset::Dataset;
use medllm_atlas::core::filter::{select, FacetCounts, Filters, Index, Selection};
use medllm_atlas::core::model::Model;
use medllm_atlas::core::parse::MODEL_COLUMNS;
use medllm_atlas::core::search::normalize;
use medllm_atlas::core::sort::sort_rows;
use medllm_atlas::core::stories::Preset;
use medllm_atlas::core::url_state::{self, Sort, SortField};
use medllm_atlas::core::vocab::{DeveloperKind, Modality, OpenWeights, SourceKind};
use std::collections::BTreeSet;

/// id, name, name_zh, developer, developer_kind, partners, category, functions, specialty,
/// modality, open_weights, released, source_kind. The other columns are filled in by `csv()`.
///
/// Story presets: Pathology = ruipath (category), onco-path (specialty).
/// Hospitals = ruipath (hospital-led), onco-path and radvision (hospital partner, a specialty);
/// aiergpt is not (a company, the "Hospital" is only in its developer's name), nor medgen
/// (general only).
const FIXTURE: [[&str; 13]; 8] = [
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
        "yes",
        "2023-06",
        "primary",
    ],
    // Same name as `medgen` up to case: ties in every sort are broken by the id.
    ["medgen-lite", "medgen", "", "Baidu", "company", "", "medical-services", "medical Q&A", "general", "", "yes", "", "news"],
];

fn quote(field: &str) -> String {
    format!("\"{}\"", field.replace('"', "\"\""))
}

/// `models.csv` text with the 18 columns of `MODEL_COLUMNS`.
fn csv(rows: &[[&str; 13]]) -> String {
    let mut out = MODEL_COLUMNS.join(",") + "\n";
    for r in rows {
        let [id, name, name_zh, developer, kind, partners, category, functions, specialty, modality, open, released, source_kind] = *r;
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
            "",
            "",
            open,
            released,
            &url,
            source_kind,
            "",
            "",
        ];
        assert_eq!(fields.len(), MODEL_COLUMNS.len());
        out += &fields.iter().map(|f| quote(f)).collect::<Vec<_>>().join(",");
        out += "\n";
    }
    out
}

fn dataset(rows: &[[&str; 13]]) -> Dataset {
    let models = csv(rows);
    let bundled = Dataset::bundled().expect("the bundle decodes");
    let parsed =
        medllm_atlas::core::parse::parse_models("fixture.csv", &models, &|id: &str| bundled.category(id).is_some(), &|id: &str| {
            bundled.source(id).is_some()
        });
    assert!(parsed.errors.is_empty(), "fixture does not parse: {:?}", parsed.errors);
    bundled.with_models(parsed.rows)
}

fn fixture() -> (Dataset, Index) {
    let ds = dataset(&FIXTURE);
    assert_eq!(ds.models.len(), FIXTURE.len());
    let index = Index::new(&ds);
    (ds, index)
}

// ---------------------------------------------------------------------------------------------
// The reference: the documented semantics, restated row by row without the index.

fn passes(m: &Model, f: &Filters, skip: Option<usize>) -> bool {
    let facets = [
        f.categories.is_empty() || f.categories.contains(&m.category),
        f.kinds.is_empty() || f.kinds.contains(&m.developer_kind),
        f.specialties.is_empty() || m.specialties.iter().any(|s| f.specialties.contains(s)),
        f.modalities.is_empty() || m.modality.is_some_and(|x| f.modalities.contains(&x)),
        f.open.is_empty() || f.open.contains(&m.open_weights),
        f.sources.is_empty() || f.sources.contains(&m.source_kind),
        (f.from.is_none() && f.to.is_none())
            || m.released.is_some_and(|d| f.from.is_none_or(|y| d.year >= y) && f.to.is_none_or(|y| d.year <= y)),
    ];
    facets.iter().enumerate().all(|(i, ok)| *ok || Some(i) == skip)
}

/// Every term of the query occurs in one of the searched fields.
fn matches_query(m: &Model, q: &str) -> bool {
    let fields: Vec<String> =
        [&m.name, &m.name_zh, &m.developer].into_iter().chain(&m.partners).chain(&m.functions).map(|s| normalize(s)).collect();
    normalize(q).split(' ').filter(|t| !t.is_empty()).all(|t| fields.iter().any(|f| f.contains(t)))
}

fn oracle(ds: &Dataset, index: &Index, f: &Filters, preset: Option<Preset>) -> Selection {
    let base: Vec<&Model> = ds.models.iter().filter(|m| preset.is_none_or(|p| p.includes(m)) && matches_query(m, &f.query)).collect();
    let given_others = |facet: usize| base.iter().copied().filter(move |m| passes(m, f, Some(facet)));
    let tally = |facet: usize, n: usize, key: &dyn Fn(&Model) -> Vec<usize>| {
        let mut v = vec![0; n];
        for m in given_others(facet) {
            for k in key(m) {
                v[k] += 1;
            }
        }
        v
    };
    let cat_pos = |id: &str| ds.categories.iter().position(|c| c.id == id).unwrap();
    let spec_pos = |id: &str| index.specialties.iter().position(|s| s == id).unwrap();
    let year_pos = |y: u16| index.years.iter().position(|x| *x == y).unwrap();
    Selection {
        rows: ds.models.iter().enumerate().filter(|(_, m)| base.contains(m) && passes(m, f, None)).map(|(i, _)| i).collect(),
        counts: FacetCounts {
            category: tally(0, ds.categories.len(), &|m| vec![cat_pos(&m.category)]),
            kind: tally(1, DeveloperKind::ALL.len(), &|m| vec![m.developer_kind.index()]),
            specialty: tally(2, index.specialties.len(), &|m| m.specialties.iter().map(|s| spec_pos(s)).collect()),
            modality: tally(3, Modality::ALL.len(), &|m| m.modality.map(|x| x.index()).into_iter().collect()),
            modality_unstated: given_others(3).filter(|m| m.modality.is_none()).count(),
            open: tally(4, OpenWeights::ALL.len(), &|m| vec![m.open_weights.index()]),
            source: tally(5, SourceKind::ALL.len(), &|m| vec![m.source_kind.index()]),
            year: tally(6, index.years.len(), &|m| m.released.map(|d| year_pos(d.year)).into_iter().collect()),
            year_unknown: given_others(6).filter(|m| m.released.is_none()).count(),
            population: (0..7).map(|facet| given_others(facet).count()).collect(),
        },
    }
}

// ---------------------------------------------------------------------------------------------
// Rendering a selection as text, so expectations read like the filter panel.

fn render(ds: &Dataset, index: &Index, sel: &Selection) -> String {
    fn line(name: &str, items: Vec<(String, usize)>) -> String {
        let items: Vec<String> = items.into_iter().filter(|(_, n)| *n > 0).map(|(k, n)| format!("{k}={n}")).collect();
        format!("{name}: {}", if items.is_empty() { "-".to_owned() } else { items.join(" ") })
    }
    fn named<T: Copy>(all: &[T], id: fn(T) -> &'static str, counts: &[usize]) -> Vec<(String, usize)> {
        all.iter().zip(counts).map(|(v, n)| (id(*v).to_owned(), *n)).collect()
    }
    let c = &sel.counts;
    let rows: Vec<&str> = sel.rows.iter().map(|&i| ds.models[i].id.as_str()).collect();
    let mut modality = named(Modality::ALL, Modality::id, &c.modality);
    modality.push(("unstated".into(), c.modality_unstated));
    let mut year: Vec<(String, usize)> = index.years.iter().zip(&c.year).map(|(y, n)| (y.to_string(), *n)).collect();
    year.push(("unknown".into(), c.year_unknown));
    [
        format!("rows: {}", if rows.is_empty() { "-".to_owned() } else { rows.join(" ") }),
        line("category", ds.categories.iter().zip(&c.category).map(|(cat, n)| (cat.id.clone(), *n)).collect()),
        line("kind", named(DeveloperKind::ALL, DeveloperKind::id, &c.kind)),
        line("specialty", index.specialties.iter().zip(&c.specialty).map(|(s, n)| (s.clone(), *n)).collect()),
        line("modality", modality),
        line("open", named(OpenWeights::ALL, OpenWeights::id, &c.open)),
        line("source", named(SourceKind::ALL, SourceKind::id, &c.source)),
        line("year", year),
    ]
    .join("\n")
}

fn unindent(s: &str) -> String {
    s.trim().lines().map(str::trim).collect::<Vec<_>>().join("\n")
}

/// Parses `query` as the app does (so `view=story-*` applies its preset), selects, and compares
/// with `expected` and with the reference.
#[track_caller]
fn check(query: &str, expected: &str) {
    let (ds, index) = fixture();
    let (state, dropped) = url_state::parse(query, &ds, &index);
    assert!(dropped.is_empty(), "{query}: fixture query dropped {dropped:?}");
    let preset = state.view.preset();
    let sel = select(&ds, &index, &state.filters, preset);
    assert_shape(&ds, &index, &sel);
    assert_eq!(render(&ds, &index, &sel), unindent(expected), "\nquery: {query}");
    assert_eq!(sel, oracle(&ds, &index, &state.filters, preset), "reference disagrees for {query}");
}

/// Zero-count values stay: every count vector is as long as its vocabulary.
fn assert_shape(ds: &Dataset, index: &Index, sel: &Selection) {
    let c = &sel.counts;
    assert_eq!(c.category.len(), ds.categories.len());
    assert_eq!(c.kind.len(), DeveloperKind::ALL.len());
    assert_eq!(c.specialty.len(), index.specialties.len());
    assert_eq!(c.modality.len(), Modality::ALL.len());
    assert_eq!(c.open.len(), OpenWeights::ALL.len());
    assert_eq!(c.source.len(), SourceKind::ALL.len());
    assert_eq!(c.year.len(), index.years.len());
}

#[test]
fn fixture_index_lists_specialties_and_years_present() {
    let (_, index) = fixture();
    assert_eq!(index.specialties, ["general", "oncology", "ophthalmology", "pathology", "psychiatry", "radiology", "tcm"]);
    assert_eq!(index.years, [2023, 2024, 2025]);
    assert_eq!(index.len(), 8);
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
         year: 2023=2 2024=2 2025=1",
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
         year: -",
    );
}

#[test]
fn zero_count_values_stay_in_the_count_vectors() {
    let (ds, index) = fixture();
    let (state, _) = url_state::parse("category=tcm", &ds, &index);
    let sel = select(&ds, &index, &state.filters, None);
    assert_shape(&ds, &index, &sel);
    assert_eq!(sel.counts.kind, [1, 0, 0, 0, 0]);
    assert_eq!(sel.counts.specialty, [0, 0, 0, 0, 0, 0, 1]);
    assert_eq!(sel.counts.modality, [1, 0, 0, 0]);
    assert_eq!(sel.counts.open, [1, 0, 0]);
    assert_eq!(sel.counts.source, [0, 1, 0]);
    assert_eq!(sel.counts.year, [1, 0, 0]);
    assert_eq!(sel.counts.category, [3, 1, 1, 1, 0, 0, 1, 1, 0, 0, 0, 0]);
    // A category no row has is a valid filter: no rows, every vector still full length.
    let (state, dropped) = url_state::parse("category=education", &ds, &index);
    assert!(dropped.is_empty());
    let sel = select(&ds, &index, &state.filters, None);
    assert!(sel.rows.is_empty());
    assert_shape(&ds, &index, &sel);
    assert_eq!(sel.counts.kind, [0; 5]);
    assert_eq!(sel.counts.category[ds.categories.iter().position(|c| c.id == "education").unwrap()], 0);
}

#[test]
fn ids_the_dataset_lacks_match_nothing() {
    // Not reachable through the URL parser, but `select` must not treat them as "no constraint".
    let (ds, index) = fixture();
    for f in [
        Filters { categories: BTreeSet::from(["no-such-category".to_owned()]), ..Filters::default() },
        Filters { specialties: BTreeSet::from(["no-such-specialty".to_owned()]), ..Filters::default() },
    ] {
        let sel = select(&ds, &index, &f, None);
        assert!(sel.rows.is_empty(), "{f:?}");
        assert_eq!(sel, oracle(&ds, &index, &f, None), "{f:?}");
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
         year: 2023=2 2024=3 2025=1 unknown=2",
    );
    // The undated rows of a category show in `year_unknown`, not in its rows.
    check(
        "category=medical-services&from=2024",
        "rows: medgen
         category: medical-services=1 clinical-decision=1 medical-imaging=1 pathology=1
         kind: company=1
         specialty: general=1
         modality: text=1
         open: yes=1
         source: news=1
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
         year: 2023=2 2024=3 2025=1 unknown=2",
    );
}

#[test]
fn search_matches_names_developers_partners_and_functions() {
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
    ];
    let (ds, index) = fixture();
    for (q, rows) in cases {
        let f = Filters { query: (*q).to_owned(), ..Filters::default() };
        let sel = select(&ds, &index, &f, None);
        let got: Vec<&str> = sel.rows.iter().map(|&i| ds.models[i].id.as_str()).collect();
        let got = if got.is_empty() { "-".to_owned() } else { got.join(" ") };
        assert_eq!(got, *rows, "query {q:?}");
        assert_eq!(sel, oracle(&ds, &index, &f, None), "reference disagrees for {q:?}");
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
         year: 2025=1",
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
         year: 2024=1 2025=1",
    );
    // Views that are not stories apply no preset.
    let (ds, index) = fixture();
    let (state, _) = url_state::parse("view=models", &ds, &index);
    assert_eq!(state.view.preset(), None);
    assert_eq!(select(&ds, &index, &state.filters, None).rows.len(), 8);
}

/// Every combination of a few values per facet, with and without presets and a search, on the
/// fixture: `select` agrees with the reference on rows and on every count.
#[test]
fn select_agrees_with_the_reference_on_every_combination() {
    let (ds, index) = fixture();
    let categories: &[&[&str]] = &[&[], &["pathology"], &["pathology", "medical-services"], &["education"]];
    let kinds: &[&[DeveloperKind]] = &[&[], &[DeveloperKind::Company], &[DeveloperKind::Hospital, DeveloperKind::University]];
    let specialties: &[&[&str]] = &[&[], &["pathology"], &["general", "oncology"]];
    let modalities: &[&[Modality]] = &[&[], &[Modality::Text], &[Modality::Image, Modality::Multimodal]];
    let open: &[&[OpenWeights]] = &[&[], &[OpenWeights::Yes], &[OpenWeights::No, OpenWeights::Unknown]];
    let sources: &[&[SourceKind]] = &[&[], &[SourceKind::Primary], &[SourceKind::News, SourceKind::Secondary]];
    let years: &[(Option<u16>, Option<u16>)] = &[(None, None), (Some(2024), None), (None, Some(2023)), (Some(2024), Some(2024))];
    let queries = ["", "hospital", "q&a"];
    let presets = [None, Some(Preset::Pathology), Some(Preset::Hospitals)];
    let mut checked = 0;
    for c in categories {
        for k in kinds {
            for s in specialties {
                for m in modalities {
                    for o in open {
                        for src in sources {
                            for &(from, to) in years {
                                for q in queries {
                                    let f = Filters {
                                        categories: c.iter().map(|x| x.to_string()).collect(),
                                        kinds: k.iter().copied().collect(),
                                        specialties: s.iter().map(|x| x.to_string()).collect(),
                                        modalities: m.iter().copied().collect(),
                                        open: o.iter().copied().collect(),
                                        sources: src.iter().copied().collect(),
                                        from,
                                        to,
                                        query: q.to_owned(),
                                    };
                                    for p in presets {
                                        let got = select(&ds, &index, &f, p);
                                        assert_eq!(got, oracle(&ds, &index, &f, p), "{f:?} {p:?}");
                                        checked += 1;
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
    assert_eq!(checked, 4 * 3 * 3 * 3 * 3 * 3 * 4 * 3 * 3);
}

/// The same agreement on the bundled data, for a handful of realistic filter sets.
#[test]
fn select_agrees_with_the_reference_on_the_bundled_data() {
    let ds = Dataset::bundled().unwrap();
    let index = Index::new(&ds);
    let queries = [
        "",
        "category=pathology,medical-imaging",
        "kind=hospital&modality=image,multimodal",
        "from=2024&to=2025&open=yes",
        "specialty=ophthalmology,oncology&source=primary",
        "q=病理",
        "q=gpt&kind=company",
        "view=story-pathology&from=2024",
        "view=story-hospitals&source=news,secondary",
        "to=2023&modality=text",
    ];
    for q in queries {
        let (state, dropped) = url_state::parse(q, &ds, &index);
        assert!(dropped.is_empty(), "{q}: {dropped:?}");
        let preset = state.view.preset();
        let sel = select(&ds, &index, &state.filters, preset);
        assert_shape(&ds, &index, &sel);
        assert_eq!(sel, oracle(&ds, &index, &state.filters, preset), "{q}");
    }
    // Story presets pick real rows in the bundled data, and fewer than all of them.
    for p in Preset::ALL {
        let n = select(&ds, &index, &Filters::default(), Some(p)).rows.len();
        assert!(n > 0 && n < ds.models.len(), "{p:?}: {n}");
    }
}

// ---------------------------------------------------------------------------------------------
// Sorting.

#[track_caller]
fn check_sort(field: SortField, descending: bool, expected: &str) {
    let (ds, _) = fixture();
    let mut rows: Vec<usize> = (0..ds.models.len()).collect();
    sort_rows(&ds, &mut rows, Some(Sort { field, descending }));
    let got: Vec<&str> = rows.iter().map(|&i| ds.models[i].id.as_str()).collect();
    assert_eq!(got.join(" "), expected, "{field:?} descending={descending}");
    // Sorting a shuffled copy gives the same order: the order is total.
    let mut reversed: Vec<usize> = (0..ds.models.len()).rev().collect();
    sort_rows(&ds, &mut reversed, Some(Sort { field, descending }));
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
    ];
    assert_eq!(cases.len(), SortField::ALL.len());
    for (field, ascending, descending) in cases {
        check_sort(*field, false, ascending);
        check_sort(*field, true, descending);
    }
}

#[test]
fn sort_handles_subsets_and_no_sort_keeps_data_order() {
    let (ds, _) = fixture();
    let mut rows = vec![7, 1, 4];
    sort_rows(&ds, &mut rows, None);
    assert_eq!(rows, [7, 1, 4]);
    sort_rows(&ds, &mut rows, Some(Sort { field: SortField::Released, descending: true }));
    // medgen (2024) first; the two undated rows last, by name then id.
    assert_eq!(rows, [4, 1, 7]);
    let mut empty: Vec<usize> = Vec::new();
    sort_rows(&ds, &mut empty, Some(Sort { field: SortField::Name, descending: false }));
    assert!(empty.is_empty());
}

#[test]
fn sort_on_the_bundled_data_keeps_undated_rows_last_both_ways() {
    let ds = Dataset::bundled().unwrap();
    for descending in [false, true] {
        let mut rows: Vec<usize> = (0..ds.models.len()).collect();
        sort_rows(&ds, &mut rows, Some(Sort { field: SortField::Released, descending }));
        let dated = rows.iter().take_while(|&&i| ds.models[i].released.is_some()).count();
        assert!(rows[dated..].iter().all(|&i| ds.models[i].released.is_none()), "descending={descending}");
        let years: Vec<u16> = rows[..dated].iter().map(|&i| ds.models[i].released.unwrap().year).collect();
        let ordered = if descending { years.windows(2).all(|w| w[0] >= w[1]) } else { years.windows(2).all(|w| w[0] <= w[1]) };
        assert!(ordered, "descending={descending}: {years:?}");
    }
}
