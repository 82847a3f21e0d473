//! Validates the bundled data in `data/` row by row, and proves the validator catches each kind
//! of breakage by feeding it broken copies.

use medllm_atlas::core::dataset::{CsvFiles, Dataset, BUNDLED};
use medllm_atlas::core::parse::MODEL_COLUMNS;

/// Every problem in the bundled files, one per line, naming file, line and column.
#[test]
fn bundled_data_is_valid() {
    if let Err(errors) = Dataset::bundled() {
        let list: Vec<String> = errors.iter().map(ToString::to_string).collect();
        panic!("{} problems in data/:\n{}", list.len(), list.join("\n"));
    }
}

#[test]
fn no_bundled_row_is_dropped() {
    let ds = Dataset::bundled().unwrap();
    let data_lines = |text: &str| csv::Reader::from_reader(text.as_bytes()).records().count();
    assert_eq!(ds.models.len(), data_lines(BUNDLED.models));
    assert_eq!(ds.categories.len(), data_lines(BUNDLED.categories));
    assert_eq!(ds.sources.len(), data_lines(BUNDLED.sources));
    assert_eq!(ds.figures.len(), data_lines(BUNDLED.survey_figures));
    assert_eq!(ds.quotes.len(), data_lines(BUNDLED.quotes));
    assert!(ds.models.len() >= 193, "the curated sample had 193 models on 2026-11-25");
}

#[test]
fn models_csv_has_the_documented_schema() {
    let header = BUNDLED.models.lines().next().unwrap();
    assert_eq!(header, MODEL_COLUMNS.join(","));
}

#[test]
fn every_model_carries_an_http_source() {
    let ds = Dataset::bundled().unwrap();
    for m in &ds.models {
        assert!(m.source_url.starts_with("http://") || m.source_url.starts_with("https://"), "{}: {}", m.id, m.source_url);
    }
}

#[test]
fn shared_data_is_valid_and_differences_are_reported() {
    // The curated material keeps growing in ../shared/data. Its files must pass the same
    // validation as ours (so the next copy lands green); a difference from data/ is reported, not
    // failed, because the shared copy may move on between a change and its CI run.
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let shared = root.join("../shared/data");
    if !shared.exists() {
        eprintln!("../shared/data not present; nothing to compare");
        return;
    }
    let read = |name: &str| std::fs::read_to_string(shared.join(name)).unwrap_or_default();
    let (c, s, f, q, m) = (read("categories.csv"), read("sources.csv"), read("survey_figures.csv"), read("quotes.csv"), read("models.csv"));
    let files = CsvFiles { categories: &c, sources: &s, survey_figures: &f, quotes: &q, models: &m };
    if let Err(errors) = Dataset::from_csv(&files) {
        let list: Vec<String> = errors.iter().map(ToString::to_string).collect();
        panic!("{} problems in ../shared/data:\n{}", list.len(), list.join("\n"));
    }
    for name in ["categories.csv", "sources.csv", "survey_figures.csv", "quotes.csv", "models.csv"] {
        let ours = std::fs::read_to_string(root.join("data").join(name)).unwrap();
        if read(name) != ours {
            eprintln!("NOTE: data/{name} differs from ../shared/data/{name}: copy the new files in");
        }
    }
}

/// Replaces `from` by `to` in one of the bundled files and returns the validation messages.
fn errors_after(file: &str, from: &str, to: &str) -> Vec<String> {
    let mut owned: Vec<String> = Vec::new();
    let files = BUNDLED;
    let text = match file {
        "models.csv" => files.models,
        "categories.csv" => files.categories,
        "sources.csv" => files.sources,
        "survey_figures.csv" => files.survey_figures,
        "quotes.csv" => files.quotes,
        _ => unreachable!(),
    };
    assert!(text.contains(from), "{from:?} is not in {file}");
    owned.push(text.replacen(from, to, 1));
    let t = owned[0].as_str();
    let broken = CsvFiles {
        models: if file == "models.csv" { t } else { files.models },
        categories: if file == "categories.csv" { t } else { files.categories },
        sources: if file == "sources.csv" { t } else { files.sources },
        survey_figures: if file == "survey_figures.csv" { t } else { files.survey_figures },
        quotes: if file == "quotes.csv" { t } else { files.quotes },
    };
    match Dataset::from_csv(&broken) {
        Ok(_) => Vec::new(),
        Err(e) => e.iter().map(ToString::to_string).collect(),
    }
}

fn check(file: &str, from: &str, to: &str, expected: &str) {
    let errors = errors_after(file, from, to);
    assert!(errors.iter().any(|e| e == expected), "expected {expected:?}\ngot {errors:#?}");
}

#[test]
fn validator_names_file_line_and_column_for_each_kind_of_breakage() {
    // Line 2 of models.csv is the first model, aiergpt.
    check(
        "models.csv",
        "https://www.yuhaojiang.com/redian/867071.html",
        "www.yuhaojiang.com",
        "models.csv: line 2, column source_url: 'www.yuhaojiang.com' is not an http(s) address",
    );
    check(
        "models.csv",
        "aiergpt,AierGPT",
        "AierGPT,AierGPT",
        "models.csv: line 2, column id: 'AierGPT' is not an id (lowercase letters, digits and '-')",
    );
    check(
        "models.csv",
        "Aier Eye Hospital Group,company",
        "Aier Eye Hospital Group,clinic",
        "models.csv: line 2, column developer_kind: 'clinic' is not one of company, hospital, university, institute, consortium",
    );
    check(
        "models.csv",
        ",medical-services,eye health",
        ",eye-care,eye health",
        "models.csv: line 2, column category: 'eye-care' is not a category id of categories.csv",
    );
    check(
        "models.csv",
        ",,unknown,,https://www.yuhaojiang",
        ",,unknown,2024-13,https://www.yuhaojiang",
        "models.csv: line 2, column released: '2024-13' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)",
    );
    check(
        "models.csv",
        "867071.html,secondary,",
        "867071.html,secondary,no-such-source",
        "models.csv: line 2, column source_id: 'no-such-source' is not a known source id of sources.csv",
    );
    check("models.csv", "alibaba-health-hydrogen-ion,", "aiergpt,", "models.csv: line 3, column id: 'aiergpt' repeats the id of line 2");
    check(
        "sources.csv",
        "https://www.vcbeathealth.com/article/32221",
        "ftp://x",
        "sources.csv: line 2, column url: 'ftp://x' is not an http(s) address",
    );
    check(
        "quotes.csv",
        "pathology-focus,pathology,",
        "pathology-focus,histology,",
        "quotes.csv: line 6, column category: 'histology' is not a known category id of categories.csv",
    );
    check(
        "categories.csv",
        "430,vcbeat",
        "999,vcbeat",
        "categories.csv: column functions_count: the counts add up to 999, above the survey's total of 814",
    );
    check(
        "survey_figures.csv",
        "functionalities_medical_services,430",
        "functionalities_medical_services,900",
        "survey_figures.csv: column functionalities_medical_services: 900 exceeds its total functionalities_total = 814",
    );
    check(
        "survey_figures.csv",
        "models_surveyed,288",
        "models_surveyd,288",
        "survey_figures.csv: column models_surveyed: is missing; the app's headline needs it",
    );
}

#[test]
fn a_row_with_a_missing_field_is_reported_not_dropped() {
    let errors = errors_after("models.csv", ",,,unknown,,https://www.yuhaojiang", ",,unknown,,https://www.yuhaojiang");
    assert!(errors.iter().any(|e| e == "models.csv: line 2: expected 18 fields like the header, found 17"), "{errors:#?}");
}
