//! The survey's measure on the documented models (functions by scenario) and what the models are
//! built on, on a three-model fixture whose every count is worked out by hand, and on the bundled
//! data against counts taken straight from `data/functions.csv` and the family rule.

use medllm_atlas::core::bundle;
use medllm_atlas::core::chart::bar::BarStyle;
use medllm_atlas::core::dataset::Dataset;
use medllm_atlas::core::facet::Facet;
use medllm_atlas::core::figures::{
    function_chart, function_comparison, function_counts, lineage_chart, lineage_counts, lineage_finding, sample_caveat,
};
use medllm_atlas::core::filter::{rows_ignoring, select, Filters, Index};
use medllm_atlas::core::i18n::{format_percent, Lang};
use medllm_atlas::core::lineage::families_of;
use medllm_atlas::core::survey::{headline, scenario_split};
use medllm_atlas::core::vocab::DeveloperKind;

fn bundled() -> Dataset {
    bundle::bundled().expect("the bundle decodes")
}

/// Three models: (developer kind, base_model, function categories).
///
/// | model | kind       | base               | functions' categories                      |
/// |-------|------------|--------------------|--------------------------------------------|
/// | a     | university | Qwen2-7B           | medical-services, medical-services, pathology |
/// | b     | company    | (none)             | clinical-decision                          |
/// | c     | hospital   | LLaMA-2 and Qwen   | medical-services, research                 |
fn fixture() -> (Dataset, Index) {
    let ds = bundled();
    let template = ds.models[0].clone();
    let rows = [
        ("a", DeveloperKind::University, "Qwen2-7B", &["medical-services", "medical-services", "pathology"][..]),
        ("b", DeveloperKind::Company, "", &["clinical-decision"][..]),
        ("c", DeveloperKind::Hospital, "LLaMA-2 and Qwen", &["medical-services", "research"][..]),
    ];
    let models = rows
        .iter()
        .map(|(id, kind, base, cats)| {
            let mut m = template.clone();
            m.id = (*id).into();
            m.developer_kind = *kind;
            m.base_model = (*base).into();
            m.functions = (0..cats.len()).map(|i| format!("{id} function {i}")).collect();
            m.function_categories = cats.iter().map(|c| (*c).to_owned()).collect();
            m
        })
        .collect();
    let ds = ds.with_models(models);
    let index = Index::new(&ds);
    (ds, index)
}

fn position(ds: &Dataset, category: &str) -> usize {
    ds.categories.iter().position(|c| c.id == category).unwrap()
}

#[test]
fn functions_are_counted_per_category_and_in_all() {
    let (ds, _) = fixture();
    let c = function_counts(&ds, &[0, 1, 2]);
    assert!(c.classified);
    assert_eq!((c.total, c.models), (6, 3));
    for (category, n) in [("medical-services", 3), ("pathology", 1), ("clinical-decision", 1), ("research", 1), ("medical-imaging", 0)] {
        assert_eq!(c.per_category[position(&ds, category)], n, "{category}");
    }
    let only_b = function_counts(&ds, &[1]);
    assert_eq!((only_b.total, only_b.models, only_b.per_category[position(&ds, "clinical-decision")]), (1, 1, 1));
}

#[test]
fn the_function_chart_orders_bars_colours_the_survey_category_and_keeps_zeros() {
    let (ds, _) = fixture();
    let c = function_counts(&ds, &[0, 1, 2]);
    let chart = function_chart(&ds, &c, &Filters::default().with(Facet::FunctionCategory, &["research"]), Lang::En);
    let keys: Vec<&str> = chart.bars.iter().map(|b| b.key.as_str()).collect();
    // Largest first, ties in categories.csv order; every category stays, 0 included.
    assert_eq!(&keys[..4], ["medical-services", "clinical-decision", "pathology", "research"]);
    assert_eq!(keys.len(), ds.categories.len());
    assert_eq!(chart.bars[0].value_label, "3 · 50.0%");
    assert_eq!(chart.bars[0].detail, "Medical services: 3 of 6 functions (50.0%)");
    assert_eq!(chart.bars[0].style, BarStyle::Highlight, "the survey's own category in the survey chart's colour");
    assert!(chart.bars[1..].iter().all(|b| b.style == BarStyle::Normal));
    assert_eq!(chart.bars.iter().filter(|b| b.chosen).map(|b| b.key.as_str()).collect::<Vec<_>>(), ["research"]);
    assert!(chart.bars.iter().any(|b| b.value == 0.0 && b.value_label == "0 · 0.0%"));
}

#[test]
fn the_comparison_gives_both_denominators() {
    let (ds, _) = fixture();
    let c = function_counts(&ds, &[0, 1, 2]);
    let (h, split) = (headline(&ds).unwrap(), scenario_split(&ds).unwrap());
    assert_eq!(
        function_comparison(&ds, &c, Lang::En).unwrap(),
        format!(
            "Survey: “Medical services” {} of {} functions in {} models ({}). Documented here: 3 of 6 functions in 3 documented models (50.0%).",
            split.part,
            split.total,
            h.models_surveyed,
            format_percent(split.share())
        )
    );
    assert!(function_comparison(&ds, &c, Lang::Zh).unwrap().contains("3个已记录模型的6项功能中有3项（50.0%）"));
    // Ties in kind counts keep the vocabulary's order.
    let caveat = sample_caveat(&ds, &[0, 1, 2], Lang::En);
    assert!(caveat.contains("these 3 documented models are not the survey's list, and their mix of developers is their own (Company 1 · Hospital 1 · University 1)"), "{caveat}");
    // The caveat describes these rows, not the whole sample: no claim of a lean that a selection may not have.
    let hospital_only = sample_caveat(&ds, &[1], Lang::En);
    assert!(!hospital_only.contains("university") && !hospital_only.contains("University"), "{hospital_only}");
}

#[test]
fn unclassified_functions_draw_nothing_and_say_so() {
    let (ds, _) = fixture();
    // A reader's file: its rows come from the CSV loader, which classifies no function.
    let reader = ds.with_models(
        ds.models
            .iter()
            .cloned()
            .map(|mut m| {
                m.function_categories.clear();
                m
            })
            .collect(),
    );
    let c = function_counts(&reader, &[0, 1, 2]);
    assert!(!c.classified);
    assert_eq!(c.total, 0);
    let chart = function_chart(&reader, &c, &Filters::default(), Lang::En);
    assert!(chart.bars.is_empty());
    assert!(chart.empty_message.contains("not classified"), "{}", chart.empty_message);
    assert_eq!(function_comparison(&reader, &c, Lang::En), None);
}

#[test]
fn the_function_category_facet_selects_models_with_a_function_in_it() {
    let (ds, index) = fixture();
    let f = Filters::default().with(Facet::FunctionCategory, &["pathology"]);
    assert_eq!(select(&index, &f, None).rows, [0]);
    let f = Filters::default().with(Facet::FunctionCategory, &["research", "clinical-decision"]);
    assert_eq!(select(&index, &f, None).rows, [1, 2]);
    // A model counts once per category, however many of its functions are in it.
    let counts = select(&index, &Filters::default(), None).counts;
    let i = index.column(Facet::FunctionCategory).position("medical-services").unwrap();
    assert_eq!(counts.value(Facet::FunctionCategory, i), 2);
    // The function chart counts over every filter but its own.
    assert_eq!(rows_ignoring(&index, &f, None, Facet::FunctionCategory), [0, 1, 2]);
    // The selection keeps the same rows for the chart, without a selection of its own.
    assert_eq!(select(&index, &f, None).rows_without(Facet::FunctionCategory), [0, 1, 2]);
    let _ = ds;
}

#[test]
fn lineage_counts_families_not_stated_and_the_largest_families() {
    let (ds, index) = fixture();
    let c = lineage_counts(&index, &[0, 1, 2]);
    let at = |id: &str| c.per_value[index.column(Facet::BuiltOn).position(id).unwrap()];
    assert_eq!((at("qwen"), at("llama"), at("not-stated"), at("other")), (2, 1, 1, 0));
    assert_eq!((c.stated, c.not_stated, c.in_top), (2, 1, 2));
    let chart = lineage_chart(&ds, &index, &c, &Filters::default(), Lang::En);
    let keys: Vec<&str> = chart.bars.iter().map(|b| b.key.as_str()).collect();
    assert_eq!(keys, ["qwen", "llama", "other", "not-stated"], "families with models, then other and not-stated, always shown");
    assert_eq!(chart.bars[3].style, BarStyle::Aggregate);
    assert!(chart.bars[0].detail.ends_with("· family by Alibaba Cloud"), "{}", chart.bars[0].detail);
    assert_eq!(
        lineage_finding(&ds, &index, &c, Lang::En).unwrap(),
        "The 2 largest families (Qwen (Tongyi Qianwen), LLaMA / Llama and derivatives) account for 2 of the 2 models that state a base \
         (100.0%); 1 of 3 state none."
    );
}

#[test]
fn on_the_bundled_data_the_function_counts_are_those_of_functions_csv() {
    let ds = bundled();
    let rows: Vec<usize> = (0..ds.models.len()).collect();
    let c = function_counts(&ds, &rows);
    // Straight from data/functions.csv.
    let mut reader = csv::Reader::from_path(concat!(env!("CARGO_MANIFEST_DIR"), "/data/functions.csv")).unwrap();
    let categories: Vec<String> = reader.records().map(|r| r.unwrap()[2].to_owned()).collect();
    assert_eq!(c.total, categories.len());
    for (i, cat) in ds.categories.iter().enumerate() {
        assert_eq!(c.per_category[i], categories.iter().filter(|c| **c == cat.id).count(), "{}", cat.id);
    }
}

#[test]
fn on_the_bundled_data_lineage_follows_the_rule() {
    let ds = bundled();
    let index = Index::new(&ds);
    let rows: Vec<usize> = (0..ds.models.len()).collect();
    let c = lineage_counts(&index, &rows);
    assert_eq!(c.not_stated, ds.models.iter().filter(|m| m.base_model.trim().is_empty()).count());
    assert_eq!(c.stated + c.not_stated, ds.models.len());
    for f in &ds.base_families {
        let expected = ds.models.iter().filter(|m| families_of(&m.base_model, &ds.base_families).contains(&f.id.as_str())).count();
        assert_eq!(c.per_value[index.column(Facet::BuiltOn).position(&f.id).unwrap()], expected, "{}", f.id);
    }
    // The base facet selects the same models.
    let qwen = Filters::default().with(Facet::BuiltOn, &["qwen"]);
    let expected: Vec<usize> =
        rows.iter().copied().filter(|&r| families_of(&ds.models[r].base_model, &ds.base_families).contains(&"qwen")).collect();
    assert_eq!(select(&index, &qwen, None).rows, expected);
}
