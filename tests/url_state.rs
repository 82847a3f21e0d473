//! The query string ⇄ `UrlState`: every parameter, the notices for what is dropped, and the
//! canonical encoding; then properties over arbitrary input.
//!
//! The properties run 512 cases each so `cargo test` stays fast. For a longer search:
//!
//!     PROPTEST_CASES=100000 cargo test --test url_state   (add --release to make it quicker)
//!
//! (`PROPTEST_CASES`, when set, replaces the 512; see `config()`.)

use medllm_atlas::core::bundle;
use medllm_atlas::core::cards::{CardId, CARDS};
use medllm_atlas::core::chart::theme::Theme;
use medllm_atlas::core::dataset::Dataset;
use medllm_atlas::core::date::PartialDate;
use medllm_atlas::core::date::{MAX_YEAR, MIN_YEAR};
use medllm_atlas::core::facet::{Facet, FACET_COUNT};
use medllm_atlas::core::filter::{Filters, Index};
use medllm_atlas::core::i18n::Lang;
use medllm_atlas::core::url_state::{encode, parse, DropReason, Dropped, Sort, SortField, UrlState, View, MAX_COMPARED, MAX_QUERY_CHARS};
use medllm_atlas::core::versions;
use medllm_atlas::core::vocab::{DeveloperKind, Modality, OpenWeights, SourceKind};
use proptest::prelude::*;
use std::collections::BTreeSet;
use std::sync::OnceLock;

/// The bundled data, parsed once for all tests (the URL is checked against its ids).
fn data() -> &'static (Dataset, Index) {
    static DATA: OnceLock<(Dataset, Index)> = OnceLock::new();
    DATA.get_or_init(|| {
        let ds = bundle::bundled().expect("bundled data parses");
        let index = Index::new(&ds);
        (ds, index)
    })
}

fn parse_bundled(query: &str) -> (UrlState, Vec<Dropped>) {
    let (ds, index) = data();
    parse(query, ds, index)
}

/// `f` with a year range and a query (the fields `Filters` has besides the facets).
fn with_years_and_query(mut f: Filters, from: Option<u16>, to: Option<u16>, query: &str) -> Filters {
    f.from = from;
    f.to = to;
    f.query = query.to_owned();
    f
}

fn show_drops(dropped: &[Dropped]) -> String {
    dropped.iter().map(|d| format!("{}={} {:?}", d.param, d.value, d.reason)).collect::<Vec<_>>().join("; ")
}

/// Parses `query`, and compares the canonical encoding of the state and the notices with the
/// expectation. The encoding must itself parse back to the same state without notices.
#[track_caller]
fn check(query: &str, canonical: &str, drops: &str) {
    let (state, dropped) = parse_bundled(query);
    assert_eq!(encode(&state), canonical, "encode(parse({query:?}))");
    assert_eq!(show_drops(&dropped), drops, "notices for {query:?}");
    let (again, dropped) = parse_bundled(canonical);
    assert_eq!(again, state, "parse(encode(parse({query:?})))");
    assert!(dropped.is_empty(), "the canonical form {canonical:?} drops {dropped:?}");
}

#[test]
fn view() {
    check("", "", "");
    check("?", "", "");
    check("view=models", "?view=models", "");
    check("?view=timeline", "?view=timeline", "");
    check("view=sources", "?view=sources", "");
    check("view=story-pathology", "?view=story-pathology", "");
    check("view=story-hospitals", "?view=story-hospitals", "");
    // The default is omitted.
    check("view=overview", "", "");
    check("view=Models", "", "view=Models UnknownValue");
    check("view=", "", "view= UnknownValue");
    // Surrounding spaces (also `+`) around names and values are ignored.
    check("+view+=+models+", "?view=models", "");
    for v in View::ALL {
        assert_eq!(View::from_id(v.id()), Some(v));
    }
}

#[test]
fn category_and_specialty_are_checked_against_the_data() {
    check("category=pathology", "?category=pathology", "");
    // Sorted, deduplicated, repeated parameters merged, empty items ignored.
    check("category=tcm,pathology", "?category=pathology,tcm", "");
    check("category=tcm&category=pathology,tcm", "?category=pathology,tcm", "");
    check("category=pathology,,tcm,", "?category=pathology,tcm", "");
    check("category=%20pathology%20,+tcm", "?category=pathology,tcm", "");
    check("category=pathology,nope,Pathology", "?category=pathology", "category=nope UnknownValue; category=Pathology UnknownValue");
    // Ids are written verbatim: `%2C` decodes to a comma and is read as a separator.
    check("category=pathology%2Ctcm", "?category=pathology,tcm", "");
    check("specialty=ophthalmology,oncology", "?specialty=oncology,ophthalmology", "");
    check("specialty=oncology&specialty=nope", "?specialty=oncology", "specialty=nope UnknownValue");
    // `mental-health` is both a category and a specialty id; each is read in its own parameter.
    check("specialty=mental-health&category=mental-health", "?category=mental-health&specialty=mental-health", "");
    check("specialty=medical-services", "", "specialty=medical-services UnknownValue");
}

#[test]
fn function_category_and_built_on_are_checked_against_the_data() {
    check("fcat=pathology", "?fcat=pathology", "");
    // Data-defined values sort by id, like categories; repeated parameters merge.
    check("fcat=tcm,pathology&fcat=clinical-decision", "?fcat=clinical-decision,pathology,tcm", "");
    check("fcat=pathology,,tcm,", "?fcat=pathology,tcm", "");
    check("fcat=pathology,nope,Pathology", "?fcat=pathology", "fcat=nope UnknownValue; fcat=Pathology UnknownValue");
    // The function categories are the ids of categories.csv (`other` is one); `not-stated` is
    // a value of `base` only.
    check("fcat=other,not-stated", "?fcat=other", "fcat=not-stated UnknownValue");
    check("base=qwen", "?base=qwen", "");
    check("base=qwen,llama", "?base=llama,qwen", "");
    check("base=qwen&base=llama,qwen", "?base=llama,qwen", "");
    // The two values that are no family are kept like the families, sorted with them by id.
    check("base=not-stated,other", "?base=not-stated,other", "");
    check("base=other,not-stated", "?base=not-stated,other", "");
    check("base=qwen,other,not-stated", "?base=not-stated,other,qwen", "");
    check("base=,qwen,,", "?base=qwen", "");
    check(
        "base=qwen,Qwen,nope,pathology,not_stated",
        "?base=qwen",
        "base=Qwen UnknownValue; base=nope UnknownValue; base=pathology UnknownValue; base=not_stated UnknownValue",
    );
    check("base=Not-Stated", "", "base=Not-Stated UnknownValue");
    // A family's name is not its id.
    check("base=Qwen%20(Tongyi%20Qianwen)", "", "base=Qwen (Tongyi Qianwen) UnknownValue");
    // `other` and `not-stated` are values of `base`, not of the facets beside it.
    check(
        "category=not-stated&specialty=other&base=tcm",
        "",
        "category=not-stated UnknownValue; specialty=other UnknownValue; base=tcm UnknownValue",
    );
    // One id in three facets: each is read in its own parameter, and they are written in
    // FACETS order.
    check("fcat=pathology&specialty=pathology&category=pathology", "?category=pathology&specialty=pathology&fcat=pathology", "");
    let (state, dropped) = parse_bundled("base=not-stated,other,nope&fcat=research");
    assert_eq!(show_drops(&dropped), "base=nope UnknownValue");
    assert_eq!(
        state.filters,
        Filters::default().with(Facet::BuiltOn, &["other", "not-stated"]).with(Facet::FunctionCategory, &["research"])
    );
    // Every value of both survives the round trip, in id order whatever the order given.
    let (ds, _) = data();
    let families: Vec<String> = ds.base_families.iter().map(|f| f.id.clone()).chain(["other".into(), "not-stated".into()]).collect();
    let categories: Vec<String> = ds.categories.iter().map(|c| c.id.clone()).collect();
    for (param, mut ids) in [("base", families), ("fcat", categories)] {
        ids.reverse();
        let given = format!("{param}={}", ids.join(","));
        ids.sort();
        check(&given, &format!("?{param}={}", ids.join(",")), "");
    }
}

/// `chart=` names a card of the cards table; it opens the card's view unless the view asked for
/// shows that card too (the lineage story shows the overview's base and function cards).
#[test]
fn a_chart_opens_its_view_and_unknown_charts_are_dropped() {
    for d in &CARDS {
        let (s, dropped) = parse_bundled(&format!("chart={}", d.param));
        assert!(dropped.is_empty(), "{dropped:?}");
        assert_eq!((s.chart, s.view), (Some(d.id), d.view), "{}", d.param);
    }
    check("chart=province&embed=1", "?embed=1&chart=province", "");
    check("view=models&chart=timeline", "?view=timeline&chart=timeline", "");
    check("view=story-lineage&chart=base", "?view=story-lineage&chart=base", "");
    check("view=story-lineage&chart=functions&kind=hospital", "?view=story-lineage&chart=functions&kind=hospital", "");
    check("view=story-pathology&chart=hospitals-kind", "?view=story-hospitals&chart=hospitals-kind", "");
    check("chart=map&embed=1&view=models", "?view=models&embed=1", "chart=map UnknownValue");
    check("chart=", "", "");
}

/// Provinces are the ISO codes of provinces.csv (case as written there) and `not-located`; names,
/// lowercase codes and codes the file lacks are dropped with a notice, the rest applies.
#[test]
fn provinces_are_codes_of_provinces_csv_or_not_located() {
    let (ds, _) = data();
    let (first, second) = (&ds.provinces[0].id, &ds.provinces[1].id);
    let mut both = [first.as_str(), second.as_str()];
    both.sort_unstable();
    check(&format!("province={second},{first}"), &format!("?province={}", both.join(",")), "");
    check("province=not-located", "?province=not-located", "");
    let lower = first.to_lowercase();
    check(
        &format!("province={lower},{first},CN-XX,Zhejiang&kind=hospital"),
        &format!("?kind=hospital&province={first}"),
        &format!("province={lower} UnknownValue; province=CN-XX UnknownValue; province=Zhejiang UnknownValue"),
    );
}

#[test]
fn vocabulary_facets_keep_vocabulary_order() {
    check("kind=hospital,company", "?kind=company,hospital", "");
    check("kind=consortium&kind=university,institute", "?kind=university,institute,consortium", "");
    check("kind=Hospital,hospitals", "", "kind=Hospital UnknownValue; kind=hospitals UnknownValue");
    check("modality=omics,text,image", "?modality=text,image,omics", "");
    check("modality=multimodal&modality=video", "?modality=multimodal", "modality=video UnknownValue");
    check("open=unknown,yes,no", "?open=yes,no,unknown", "");
    check("open=maybe", "", "open=maybe UnknownValue");
    check("source=secondary,primary", "?source=primary,secondary", "");
    check("source=news,blog", "?source=news", "source=blog UnknownValue");
    // Every vocabulary value survives the round trip.
    let all = |ids: Vec<&str>| ids.join(",");
    let q = format!(
        "kind={}&modality={}&open={}&source={}",
        all(DeveloperKind::ALL.iter().map(|k| k.id()).collect()),
        all(Modality::ALL.iter().map(|k| k.id()).collect()),
        all(OpenWeights::ALL.iter().map(|k| k.id()).collect()),
        all(SourceKind::ALL.iter().map(|k| k.id()).collect()),
    );
    check(&q, &format!("?{q}"), "");
}

#[test]
fn year_range() {
    check("from=2023&to=2025", "?from=2023&to=2025", "");
    check("to=2025&from=2023", "?from=2023&to=2025", "");
    check("from=2024&to=2024", "?from=2024&to=2024", "");
    check("from=2024", "?from=2024", "");
    check("to=2024", "?to=2024", "");
    check(&format!("from={MIN_YEAR}&to={MAX_YEAR}"), &format!("?from={MIN_YEAR}&to={MAX_YEAR}"), "");
    // An empty range drops both ends, with one notice.
    check("from=2025&to=2023", "", "from=2025 > to 2023 EmptyRange");
    check("from=2025&to=2023&category=tcm", "?category=tcm", "from=2025 > to 2023 EmptyRange");
    // The last value of a repeated year wins, and the range is checked after all of them.
    check("from=2026&from=2020&to=2022", "?from=2020&to=2022", "");
    check("from=2023&to=2021&to=2024", "?from=2023&to=2024", "");
    // Not a four-digit year in range.
    check("from=23", "", "from=23 Malformed");
    check("from=1989", "", "from=1989 Malformed");
    check("to=2101", "", "to=2101 Malformed");
    check("to=+2024x", "", "to=2024x Malformed");
    check("from=%EF%BC%92%EF%BC%90%EF%BC%92%EF%BC%94", "", "from=２０２４ Malformed");
    check("from=-2024", "", "from=-2024 Malformed");
    // Empty: ignored without a notice.
    check("from=&to=", "", "");
}

#[test]
fn free_text_query() {
    check("q=pathology", "?q=pathology", "");
    check("q=hello+world", "?q=hello+world", "");
    check("q=hello%20world", "?q=hello+world", "");
    check("q=病理", "?q=%E7%97%85%E7%90%86", "");
    check("q=%E7%97%85%E7%90%86+AI", "?q=%E7%97%85%E7%90%86+AI", "");
    check("q=a%26b", "?q=a%26b", "");
    check("q=1%2B1", "?q=1%2B1", "");
    check("q=100%25", "?q=100%25", "");
    check("q=a%3Db", "?q=a%3Db", "");
    check("q=%20%20x%20%20", "?q=x", "");
    check("q=", "", "");
    check("q=+++", "", "");
    // The last query wins.
    check("q=a&q=b", "?q=b", "");
    // A stray `%` that is not an escape is kept literally.
    check("q=50%", "?q=50%25", "");
    check("q=%zz", "?q=%25zz", "");
    // Control characters are removed.
    check("q=a%00b%1Fc", "?q=abc", "");
    // Fullwidth text is kept as typed (search folds it, the URL does not).
    check("q=%EF%BC%A7%EF%BC%B0%EF%BC%B4", "?q=%EF%BC%A7%EF%BC%B0%EF%BC%B4", "");
    // Queries with spaces, CJK, `&`, `+`, `%` and `=` survive encode → parse unchanged.
    for q in ["a b", "病理 大模型", "R&D", "1+1=2", "100% sure", "a  b", "C++ & C#", "瑞金&华为", "?q=x&y=z", "%41"] {
        let state = UrlState { filters: with_years_and_query(Filters::default(), None, None, q), ..UrlState::default() };
        let (back, dropped) = parse_bundled(&encode(&state));
        assert_eq!(back, state, "{q:?} via {:?}", encode(&state));
        assert!(dropped.is_empty());
    }
}

#[test]
fn overlong_query_is_cut_and_reported() {
    let long = "x".repeat(MAX_QUERY_CHARS + 1);
    let (state, dropped) = parse_bundled(&format!("q={long}"));
    assert_eq!(state.filters.query, "x".repeat(MAX_QUERY_CHARS));
    assert_eq!(show_drops(&dropped), format!("q={} TooLong", "x".repeat(40)));
    // Exactly the limit is kept whole; it counts characters, not bytes.
    let cjk = "病".repeat(MAX_QUERY_CHARS);
    let (state, dropped) = parse_bundled(&format!("q={cjk}"));
    assert_eq!(state.filters.query, cjk);
    assert!(dropped.is_empty());
}

#[test]
fn query_is_trimmed_after_control_characters_and_cutting() {
    // Bug: `q` was trimmed before control characters were removed and before it was cut to
    // MAX_QUERY_CHARS, so "a%20%01" or a cut ending in a space left a query with a trailing
    // space that `encode` then trimmed: parse(encode(s)) != s, and the state disagreed with its URL.
    check("q=a%20%01", "?q=a", "");
    check("q=%01%E3%80%80a", "?q=a", "");
    let cut = format!("{} b", "a".repeat(MAX_QUERY_CHARS - 1));
    let (state, dropped) = parse_bundled(&format!("q={}", cut.replace(' ', "+")));
    assert_eq!(state.filters.query, "a".repeat(MAX_QUERY_CHARS - 1));
    assert_eq!(dropped.len(), 1);
    assert_eq!(dropped[0].reason, DropReason::TooLong);
    assert_eq!(parse_bundled(&encode(&state)), (state, vec![]));
}

#[test]
fn sort() {
    check("sort=name", "?sort=name", "");
    check("sort=-released", "?sort=-released", "");
    check("sort=released&sort=-open", "?sort=-open", "");
    check("sort=size", "", "sort=size UnknownValue");
    check("sort=-", "", "sort=- UnknownValue");
    check("sort=--name", "", "sort=--name UnknownValue");
    check("sort=Name", "", "sort=Name UnknownValue");
    for field in SortField::ALL {
        assert_eq!(SortField::from_id(field.id()), Some(field));
        check(&format!("sort={}", field.id()), &format!("?sort={}", field.id()), "");
        check(&format!("sort=-{}", field.id()), &format!("?sort=-{}", field.id()), "");
    }
}

#[test]
fn model_lang_theme_embed() {
    check("model=aiergpt", "?model=aiergpt", "");
    check("model=nope", "", "model=nope UnknownValue");
    check("model=", "", "");
    check("model=AierGPT", "", "model=AierGPT UnknownValue");
    check("lang=zh", "?lang=zh", "");
    check("lang=en", "?lang=en", "");
    check("lang=fr", "", "lang=fr UnknownValue");
    check("lang=zh-CN", "", "lang=zh-CN UnknownValue");
    check("theme=dark", "?theme=dark", "");
    check("theme=light", "?theme=light", "");
    check("theme=blue", "", "theme=blue UnknownValue");
    for on in ["1", "true", "yes"] {
        check(&format!("embed={on}"), "?embed=1", "");
    }
    for off in ["0", "false", "no", ""] {
        check(&format!("embed={off}"), "", "");
    }
    check("embed", "", "");
    check("embed=1&embed=0", "", "");
    check("embed=maybe", "", "embed=maybe UnknownValue");
}

#[test]
fn unknown_parameters_are_reported_and_tracking_parameters_ignored() {
    check("foo=bar", "", "foo=bar UnknownParameter");
    check("View=models", "", "View=models UnknownParameter");
    check("category=tcm&colour=red&q=x", "?category=tcm&q=x", "colour=red UnknownParameter");
    check("utm_source=newsletter&utm_medium=email&utm_campaign=x&fbclid=1&gclid=2&ref=hn", "", "");
    check("utm_=x&view=models", "?view=models", "");
    check("=x&&", "", "");
}

#[test]
fn every_parameter_at_once_parses_to_the_expected_state_and_encodes_in_fixed_order() {
    let (ds, _) = data();
    let (first, second) = (&ds.models[1].id, &ds.models[0].id);
    let oldest = versions::all(ds).last().copied().expect("a data version").to_string();
    let query = format!(
        "compare={first},{second}&changed=1&since={oldest}&model=aiergpt&sort=-name&q=%E7%97%85%E7%90%86&to=2025&from=2023\
         &province=not-located,CN-ZJ&base=qwen,not-stated&fcat=research&source=news&open=yes&modality=image&specialty=oncology&kind=hospital&category=tcm\
         &embed=1&theme=dark&lang=zh&view=models"
    );
    let query = query.as_str();
    let (state, dropped) = parse_bundled(query);
    assert!(dropped.is_empty(), "{dropped:?}");
    let expected = UrlState {
        view: View::Models,
        filters: with_years_and_query(
            Filters::default()
                .with(Facet::Category, &["tcm"])
                .with(Facet::Kind, &["hospital"])
                .with(Facet::Specialty, &["oncology"])
                .with(Facet::Modality, &["image"])
                .with(Facet::Open, &["yes"])
                .with(Facet::Source, &["news"])
                .with(Facet::FunctionCategory, &["research"])
                .with(Facet::BuiltOn, &["qwen", "not-stated"])
                .with(Facet::Province, &["not-located", "CN-ZJ"]),
            Some(2023),
            Some(2025),
            "病理",
        ),
        sort: Some(Sort { field: SortField::Name, descending: true }),
        model: Some("aiergpt".into()),
        lang: Some(Lang::Zh),
        theme: Some(Theme::Dark),
        embed: true,
        chart: None,
        compare: vec![first.clone(), second.clone()],
    };
    let mut expected = expected;
    expected.filters.since = PartialDate::parse(&oldest);
    expected.filters.changed_only = true;
    assert_eq!(state, expected);
    for facet in Facet::all() {
        assert!(!state.filters.chosen(facet).is_empty(), "{facet:?} missing from the every-parameter query");
    }
    assert_eq!(
        encode(&state),
        format!(
            "?view=models&lang=zh&theme=dark&embed=1&category=tcm&kind=hospital&specialty=oncology&modality=image&open=yes\
             &source=news&fcat=research&base=not-stated,qwen&province=CN-ZJ,not-located&from=2023&to=2025&q=%E7%97%85%E7%90%86&since={oldest}&changed=1\
             &sort=-name&model=aiergpt&compare={first},{second}"
        )
    );
}

#[test]
fn default_state_encodes_to_the_empty_string() {
    assert_eq!(encode(&UrlState::default()), "");
    // Defaults spelled out are omitted too.
    let s = UrlState {
        view: View::Overview,
        embed: false,
        filters: with_years_and_query(Filters::default(), None, None, "   "),
        ..UrlState::default()
    };
    assert_eq!(encode(&s), "");
}

// ---------------------------------------------------------------------------------------------
// Properties.

/// 512 cases per property, or `PROPTEST_CASES` when it is set. A failure prints its shrunk
/// input; it is not saved to a regressions file (proptest cannot place one beside `tests/*.rs`):
/// pin it as a table case above.
fn config() -> ProptestConfig {
    let cases = if std::env::var_os("PROPTEST_CASES").is_some() { ProptestConfig::default().cases } else { 512 };
    ProptestConfig { cases, failure_persistence: None, ..ProptestConfig::default() }
}

/// Parameter names: the real ones, tracking ones, and junk.
fn any_name() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => prop::sample::select(vec![
            "view", "category", "kind", "specialty", "modality", "open", "source", "fcat", "base", "from", "to", "q", "sort", "model",
            "lang", "theme", "embed", "utm_source", "fbclid", "", "%71", "q%00", "+q+", "vi%65w",
        ]).prop_map(str::to_owned),
        1 => "[a-z_%+=0-9]{0,8}",
        1 => any::<String>(),
    ]
}

/// Values: valid ids, pieces with separators, escapes (valid, truncated, invalid UTF-8), CJK.
fn any_value() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        prop::sample::select(vec![
            "models",
            "story-pathology",
            "pathology",
            "tcm",
            "research",
            "qwen",
            "llama",
            "other",
            "not-stated",
            "oncology",
            "hospital",
            "company",
            "text",
            "image",
            "yes",
            "unknown",
            "primary",
            "news",
            "2023",
            "2024",
            "1989",
            "2101",
            "-name",
            "released",
            "aiergpt",
            "zh",
            "dark",
            "1",
            "true",
            ",",
            ",,",
            "+",
            "%",
            "%2",
            "%zz",
            "%25",
            "%2C",
            "%26",
            "%3D",
            "%2B",
            "%FF",
            "%E7%97",
            "%E7%97%85",
            "%C0%80",
            "%00",
            "%0A",
            "%E3%80%80",
            "病理",
            "瑞金",
            "Ｇ",
            "&",
            "=",
            " ",
            "\u{3000}",
            "\u{feff}",
            // Whitespace and control characters, which `q` must trim and drop in either order.
            "%01",
            "%7F",
            "%C2%85",
            "%C2%A0",
            "%20",
            "%09",
            "+%01",
            "%01+",
            "\u{1}",
            "\u{a0}",
        ])
        .prop_map(str::to_owned),
        "[ -~]{0,6}",
        any::<char>().prop_map(String::from),
    ];
    prop::collection::vec(piece, 0..6).prop_map(|v| v.concat())
}

/// Query strings shaped like real ones (`name=value&...`), most of the time.
fn any_query() -> impl Strategy<Value = String> {
    prop_oneof![
        // Free-text queries, whose values are the least constrained.
        2 => prop::collection::vec(any_value(), 1..3).prop_map(|qs| qs.iter().map(|q| format!("q={q}")).collect::<Vec<_>>().join("&")),
        3 => prop::collection::vec((any_name(), any_value(), any::<bool>()), 0..8).prop_map(|pairs| {
            pairs.into_iter().map(|(n, v, eq)| if eq { format!("{n}={v}") } else { n }).collect::<Vec<_>>().join("&")
        }),
        1 => any::<String>(),
        1 => "[%&=+,?a-z0-9\u{4e00}-\u{4e0f}]{0,40}",
    ]
}

fn subset<T: Clone + Ord + std::fmt::Debug + 'static>(all: Vec<T>) -> impl Strategy<Value = BTreeSet<T>> {
    let n = all.len();
    prop::sample::subsequence(all, 0..=n.min(4)).prop_map(|v| v.into_iter().collect())
}

/// Every valid value of a facet, written out facet by facet: the ids of the closed vocabularies,
/// of `categories.csv` (`category`, `fcat`), of `base_families.csv` with `other` and `not-stated`
/// (`base`), of `provinces.csv` with `not-located` (`province`), and the specialties the models have.
fn facet_values(ds: &Dataset, index: &Index, facet: Facet) -> Vec<String> {
    let ids = |ids: Vec<&str>| ids.into_iter().map(str::to_owned).collect();
    match facet {
        Facet::Category | Facet::FunctionCategory => ds.categories.iter().map(|c| c.id.clone()).collect(),
        Facet::Kind => ids(DeveloperKind::ALL.iter().map(|k| k.id()).collect()),
        Facet::Specialty => {
            let present: BTreeSet<String> = ds.models.iter().flat_map(|m| m.specialties.iter().cloned()).collect();
            assert_eq!(index.values(Facet::Specialty), present.iter().cloned().collect::<Vec<_>>());
            present.into_iter().collect()
        }
        Facet::Modality => ids(Modality::ALL.iter().map(|k| k.id()).collect()),
        Facet::Open => ids(OpenWeights::ALL.iter().map(|k| k.id()).collect()),
        Facet::Source => ids(SourceKind::ALL.iter().map(|k| k.id()).collect()),
        Facet::BuiltOn => ds.base_families.iter().map(|f| f.id.clone()).chain(["other".to_owned(), "not-stated".to_owned()]).collect(),
        Facet::Province => ds.provinces.iter().map(|p| p.id.clone()).chain(["not-located".to_owned()]).collect(),
    }
}

/// States built only from valid values, with a query already in its canonical form (no control
/// characters, trimmed, at most MAX_QUERY_CHARS).
fn valid_state() -> impl Strategy<Value = UrlState> {
    let (ds, index) = data();
    let models: Vec<String> = ds.models.iter().map(|m| m.id.clone()).collect();
    let query = prop_oneof![
        Just(String::new()),
        "[a-zA-Z0-9 &+%=?#,.\u{4e00}-\u{4e20}\u{ff01}-\u{ff5e}\u{3000}]{0,30}",
        prop::collection::vec(any::<char>(), 0..(MAX_QUERY_CHARS + 20)).prop_map(String::from_iter),
    ]
    .prop_map(|q| {
        let q: String = q.chars().filter(|c| !c.is_control()).take(MAX_QUERY_CHARS).collect();
        q.trim().to_owned()
    });
    let years = (prop::option::of(MIN_YEAR..=MAX_YEAR), prop::option::of(MIN_YEAR..=MAX_YEAR)).prop_map(|(a, b)| match (a, b) {
        (Some(a), Some(b)) => (Some(a.min(b)), Some(a.max(b))),
        other => other,
    });
    // One subset of its values per facet, in FACETS order.
    let chosen: Vec<_> = Facet::all().map(|facet| subset(facet_values(ds, index, facet))).collect();
    let filters = (chosen, years, query).prop_map(|(chosen, (from, to), query)| {
        let mut f = Filters::default();
        for (facet, ids) in Facet::all().zip(&chosen) {
            let ids: Vec<&str> = ids.iter().map(String::as_str).collect();
            f = f.with(facet, &ids);
        }
        with_years_and_query(f, from, to, &query)
    });
    let sort = prop::option::of(
        (prop::sample::select(SortField::ALL.to_vec()), any::<bool>()).prop_map(|(field, descending)| Sort { field, descending }),
    );
    (
        prop::sample::select(View::ALL.to_vec()).prop_flat_map(|view| {
            // A chart is one of the view's own cards (the parser makes it so).
            let cards = CardId::of_view(view);
            let chart = if cards.is_empty() { Just(None).boxed() } else { prop::option::of(prop::sample::select(cards)).boxed() };
            (Just(view), chart)
        }),
        filters,
        sort,
        prop::option::of(prop::sample::select(models)),
        prop::option::of(prop::sample::select(vec![Lang::En, Lang::Zh])),
        prop::option::of(prop::sample::select(vec![Theme::Light, Theme::Dark])),
        any::<bool>(),
        // Any order: the reader's order is kept.
        prop::sample::subsequence(ds.models.iter().map(|m| m.id.clone()).collect::<Vec<_>>(), 0..=MAX_COMPARED).prop_shuffle(),
        (prop::option::of(prop::sample::select(versions::all(ds))), any::<bool>()),
    )
        .prop_map(|((view, chart), filters, sort, model, lang, theme, embed, compare, (since, changed))| {
            let mut filters = filters;
            filters.since = since;
            filters.changed_only = changed && since.is_some();
            UrlState { view, filters, sort, model, lang, theme, embed, chart, compare }
        })
}

/// The parameters that take comma lists: the facets, in FACETS order.
const FACET_LISTS: [&str; FACET_COUNT] = ["category", "kind", "specialty", "modality", "open", "source", "fcat", "base", "province"];

#[test]
fn the_facet_parameters_are_the_lists_the_properties_split() {
    assert_eq!(Facet::all().map(|f| f.def().param).collect::<Vec<_>>(), FACET_LISTS);
}

proptest! {
    #![proptest_config(config())]

    /// Any input parses without panicking, and whatever it parses to is a fixed point of
    /// encode → parse (no notices the second time), so `encode` is a canonical form.
    #[test]
    fn parse_never_panics_and_its_result_round_trips(query in any_query()) {
        let (ds, index) = data();
        let (s, _) = parse(&query, ds, index);
        let canonical = encode(&s);
        let (back, dropped) = parse(&canonical, ds, index);
        prop_assert_eq!(&back, &s, "parse(encode(s)) != s for {:?} (canonical {:?})", query, canonical);
        prop_assert!(dropped.is_empty(), "the canonical form {:?} drops {:?}", canonical, dropped);
        prop_assert_eq!(encode(&back), canonical);
        prop_assert!(s.filters.query.chars().count() <= MAX_QUERY_CHARS);
    }

    /// The same with a leading `?`, which is optional.
    #[test]
    fn leading_question_mark_is_optional(query in any_query()) {
        let (ds, index) = data();
        // Only one `?` is stripped, so compare with an input that does not start with one.
        let bare = query.trim_start_matches('?');
        prop_assert_eq!(parse(&format!("?{bare}"), ds, index), parse(bare, ds, index));
    }

    /// States made of valid values survive encode → parse exactly, with no notices.
    #[test]
    fn valid_states_round_trip(s in valid_state()) {
        let (ds, index) = data();
        let canonical = encode(&s);
        let (back, dropped) = parse(&canonical, ds, index);
        prop_assert!(dropped.is_empty(), "{:?} drops {:?}", canonical, dropped);
        prop_assert_eq!(back, s.clone());
        prop_assert_eq!(canonical.is_empty(), s == UrlState::default());
        // Canonical: parameters in the fixed order, each at most once.
        let order = [
            "view", "lang", "theme", "embed", "chart", "category", "kind", "specialty", "modality", "open", "source", "fcat", "base", "province", "from", "to", "q", "since",
            "changed", "sort", "model", "compare",
        ];
        let names: Vec<usize> = canonical
            .trim_start_matches('?')
            .split('&')
            .filter(|p| !p.is_empty())
            .map(|p| order.iter().position(|n| *n == p.split('=').next().unwrap()).expect("a known parameter"))
            .collect();
        prop_assert!(names.windows(2).all(|w| w[0] < w[1]), "{:?}", canonical);
    }

    /// Encoding ignores how a state was spelled: shuffled, repeated and split parameters give
    /// the same canonical string.
    #[test]
    fn spelling_does_not_change_the_canonical_form(s in valid_state(), seed in any::<u64>()) {
        let (ds, index) = data();
        let canonical = encode(&s);
        let mut parts: Vec<String> = canonical.trim_start_matches('?').split('&').filter(|p| !p.is_empty()).map(str::to_owned).collect();
        // Split lists into one parameter per value, then shuffle deterministically from `seed`.
        parts = parts
            .into_iter()
            .flat_map(|p| {
                let (k, v) = p.split_once('=').unwrap();
                if FACET_LISTS.contains(&k) {
                    v.split(',').map(|x| format!("{k}={x}")).collect::<Vec<_>>()
                } else {
                    vec![p.clone()]
                }
            })
            .collect();
        let mut state = seed;
        for i in (1..parts.len()).rev() {
            state = state.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            parts.swap(i, (state >> 33) as usize % (i + 1));
        }
        // Repeat the set-valued parameters (merging is idempotent).
        let repeated: Vec<String> =
            parts.iter().filter(|p| ["category=", "kind=", "fcat=", "base="].iter().any(|n| p.starts_with(n))).cloned().collect();
        parts.extend(repeated);
        let spelled = parts.join("&");
        let (back, dropped) = parse(&spelled, ds, index);
        prop_assert!(dropped.is_empty(), "{:?}", dropped);
        prop_assert_eq!(encode(&back), canonical);
    }
}

#[test]
fn compare_keeps_the_readers_order_and_drops_unknown_repeated_and_sixth_ids() {
    let (ds, _) = data();
    let ids: Vec<&str> = ds.models.iter().take(MAX_COMPARED + 1).map(|m| m.id.as_str()).collect();
    // Order kept as given, not sorted.
    let two = format!("{},{}", ids[1], ids[0]);
    check(&format!("view=compare&compare={two}"), &format!("?view=compare&compare={two}"), "");
    // A repeated id is one column, without a notice; an unknown id is named.
    check(&format!("compare={0},nope,{0},{1}", ids[2], ids[3]), &format!("?compare={},{}", ids[2], ids[3]), "compare=nope UnknownValue");
    // At most five; the sixth is dropped with a notice.
    let six = ids.join(",");
    check(
        &format!("compare={six}"),
        &format!("?compare={}", ids[..MAX_COMPARED].join(",")),
        &format!("compare={} TooMany", ids[MAX_COMPARED]),
    );
    // One id is kept (the view asks for another).
    check(&format!("compare={}", ids[0]), &format!("?compare={}", ids[0]), "");
    check("compare=", "", "");
}

#[test]
fn since_must_be_a_data_version_and_changed_needs_it() {
    let (ds, _) = data();
    let oldest = versions::all(ds).last().copied().unwrap().to_string();
    check(&format!("since={oldest}"), &format!("?since={oldest}"), "");
    check(&format!("changed=1&since={oldest}"), &format!("?since={oldest}&changed=1"), "");
    check("since=2020-01-01", "", "since=2020-01-01 UnknownValue");
    check("since=yesterday", "", "since=yesterday UnknownValue");
    check("changed=1", "", "changed=1 NeedsSince");
    check("changed=maybe", "", "changed=maybe UnknownValue");
}
