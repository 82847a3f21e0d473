//! Validates the data in `data/` row by row (the build does the same and refuses bad data), proves
//! the validator catches each kind of breakage by feeding it broken copies, and checks that the
//! bundle the app decodes is exactly the parsed data.

use medllm_atlas::core::bundle;
use medllm_atlas::core::dataset::{CsvFiles, Dataset, FILE_COUNT};
use medllm_atlas::core::i18n::Lang;
use medllm_atlas::core::parse::{quoted, MODEL_COLUMNS};
use std::path::Path;
use std::sync::OnceLock;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// The text of `data/*.csv`, in `CsvFiles::NAMES` order.
fn texts() -> &'static [String; FILE_COUNT] {
    static TEXTS: OnceLock<[String; FILE_COUNT]> = OnceLock::new();
    TEXTS.get_or_init(|| CsvFiles::read_dir(&root().join("data")).expect("data/ is readable"))
}

fn text(name: &str) -> &'static str {
    &texts()[CsvFiles::NAMES.iter().position(|n| *n == name).unwrap_or_else(|| panic!("no data file {name}"))]
}

fn parsed() -> Result<Dataset, Vec<String>> {
    Dataset::from_csv(&CsvFiles::from_texts(texts())).map_err(|e| e.iter().map(ToString::to_string).collect())
}

/// Every problem in the data files, one per line, naming file, line and column.
#[test]
fn data_files_are_valid() {
    if let Err(errors) = parsed() {
        panic!("{} problems in data/:\n{}", errors.len(), errors.join("\n"));
    }
}

#[test]
fn the_bundle_is_the_parsed_data() {
    let from_csv = parsed().unwrap();
    assert_eq!(bundle::bundled().expect("the bundle decodes"), from_csv, "the build's bundle differs from data/");
    assert_eq!(bundle::decode(&bundle::encode(&from_csv)).as_ref(), Some(&from_csv));
}

#[test]
fn the_bundle_has_no_csv_text() {
    // The app decodes a table; the CSV text (and so its parsing at start-up) is not in the build.
    let encoded = bundle::encode(&parsed().unwrap());
    let header = MODEL_COLUMNS.join(",");
    assert!(!encoded.windows(header.len()).any(|w| w == header.as_bytes()));
}

#[test]
fn no_row_is_dropped() {
    let ds = parsed().unwrap();
    let data_lines = |name: &str| csv::Reader::from_reader(text(name).as_bytes()).records().count();
    assert_eq!(ds.models.len(), data_lines("models.csv"));
    assert_eq!(ds.categories.len(), data_lines("categories.csv"));
    assert_eq!(ds.sources.len(), data_lines("sources.csv"));
    assert_eq!(ds.figures.len(), data_lines("survey_figures.csv"));
    assert_eq!(ds.quotes.len(), data_lines("quotes.csv"));
    assert_eq!(ds.specialties.len(), data_lines("specialties.csv"));
    assert_eq!(ds.base_families.len(), data_lines("base_families.csv"));
    assert_eq!(ds.changes.len(), data_lines("changes.csv"));
    let functions: usize = ds.models.iter().map(|m| m.function_categories.len()).sum();
    assert_eq!(functions, data_lines("functions.csv"), "every functions.csv row classifies one function");
    assert!(ds.models.iter().all(|m| m.function_categories.len() == m.functions.len()), "every function is classified");
}

#[test]
fn models_csv_has_the_documented_schema() {
    let header = text("models.csv").lines().next().unwrap();
    assert_eq!(header, MODEL_COLUMNS.join(","));
}

#[test]
fn every_model_carries_an_http_source() {
    for m in &parsed().unwrap().models {
        assert!(m.source_url.starts_with("http://") || m.source_url.starts_with("https://"), "{}: {}", m.id, m.source_url);
    }
}

#[test]
fn shared_data_is_valid_and_differences_are_reported() {
    // The curated material keeps growing in ../shared/data. Its files must pass the same
    // validation as ours (so the next copy lands green); a difference from data/ is reported, not
    // failed, because the shared copy may move on between a change and its CI run.
    let shared = root().join("../shared/data");
    if !shared.exists() {
        eprintln!("../shared/data not present; nothing to compare");
        return;
    }
    let shared_texts = match CsvFiles::read_dir(&shared) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("NOTE: ../shared/data lacks a file data/ has ({e}); nothing to compare");
            return;
        }
    };
    if let Err(errors) = Dataset::from_csv(&CsvFiles::from_texts(&shared_texts)) {
        let list: Vec<String> = errors.iter().map(ToString::to_string).collect();
        panic!("{} problems in ../shared/data:\n{}", list.len(), list.join("\n"));
    }
    for (name, theirs) in CsvFiles::NAMES.iter().zip(&shared_texts) {
        if theirs != text(name) {
            eprintln!("NOTE: data/{name} differs from ../shared/data/{name}: copy the new files in");
        }
    }
}

/// Replaces `from` by `to` in one data file and returns the validation messages. A `\n` in
/// either stands for the file's own line end (the curated files end lines with CRLF).
fn errors_after(file: &str, from: &str, to: &str) -> Vec<String> {
    let mut broken = texts().clone();
    let i = CsvFiles::NAMES.iter().position(|n| *n == file).unwrap();
    let eol = if broken[i].contains("\r\n") { "\r\n" } else { "\n" };
    let (from, to) = (&from.replace('\n', eol), &to.replace('\n', eol));
    assert!(broken[i].contains(from), "{from:?} is not in {file}");
    broken[i] = broken[i].replacen(from, to, 1);
    match Dataset::from_csv(&CsvFiles::from_texts(&broken)) {
        Ok(_) => Vec::new(),
        Err(e) => e.iter().map(ToString::to_string).collect(),
    }
}

#[track_caller]
fn check(file: &str, from: &str, to: &str, expected: &str) {
    let errors = errors_after(file, from, to);
    assert!(errors.iter().any(|e| e == expected), "expected {expected:?}\ngot {errors:#?}");
}

/// The line (1-based, the header is line 1) of the first record of `file` whose first field is `key`.
/// (The data files keep each record on one line.)
fn line_of(file: &str, key: &str) -> usize {
    let prefix = format!("{key},");
    1 + text(file).lines().position(|l| l.starts_with(&prefix)).unwrap_or_else(|| panic!("no {key} in {file}"))
}

#[test]
fn validator_names_file_line_and_column_for_each_kind_of_breakage() {
    let aier = line_of("models.csv", "aiergpt");
    let hydrogen = line_of("models.csv", "alibaba-health-hydrogen-ion");
    check(
        "models.csv",
        "https://www.yuhaojiang.com/redian/867071.html",
        "www.yuhaojiang.com",
        &format!("models.csv: line {aier}, column source_url: 'www.yuhaojiang.com' is not an http(s) address"),
    );
    check(
        "models.csv",
        "aiergpt,AierGPT",
        "AierGPT,AierGPT",
        &format!("models.csv: line {aier}, column id: 'AierGPT' is not an id (lowercase letters, digits and '-')"),
    );
    check(
        "models.csv",
        "Aier Eye Hospital Group,company",
        "Aier Eye Hospital Group,clinic",
        &format!(
            "models.csv: line {aier}, column developer_kind: 'clinic' is not one of company, hospital, university, institute, consortium"
        ),
    );
    check(
        "models.csv",
        ",medical-services,eye health",
        ",eye-care,eye health",
        &format!("models.csv: line {aier}, column category: 'eye-care' is not a known category id of categories.csv"),
    );
    check(
        "models.csv",
        ",,unknown,,https://www.yuhaojiang",
        ",,unknown,2024-13,https://www.yuhaojiang",
        &format!("models.csv: line {aier}, column released: '2024-13' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)"),
    );
    check(
        "models.csv",
        "867071.html,secondary,",
        "867071.html,secondary,no-such-source",
        &format!("models.csv: line {aier}, column source_id: 'no-such-source' is not a known source id of sources.csv"),
    );
    check(
        "models.csv",
        "alibaba-health-hydrogen-ion,",
        "aiergpt,",
        &format!("models.csv: line {hydrogen}, column id: 'aiergpt' repeats the id of line {aier}"),
    );
    check(
        "models.csv",
        "school eye-care,ophthalmology,",
        "school eye-care,ophthalmics,",
        &format!("models.csv: line {aier}, column specialty: 'ophthalmics' is not a known specialty id of specialties.csv"),
    );
    check(
        "sources.csv",
        "https://www.vcbeathealth.com/article/32221",
        "ftp://x",
        &format!(
            "sources.csv: line {}, column url: 'ftp://x' is not an http(s) address",
            line_of("sources.csv", "vcbeat-2025-06-homogenization")
        ),
    );
    check(
        "quotes.csv",
        "pathology-focus,pathology,",
        "pathology-focus,histology,",
        &format!(
            "quotes.csv: line {}, column category: 'histology' is not a known category id of categories.csv",
            line_of("quotes.csv", "pathology-focus")
        ),
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
    check(
        "specialties.csv",
        "pathology,Pathology,病理科",
        "pathology,Pathology,",
        &format!("specialties.csv: line {}, column name_zh: is empty; a value is required", line_of("specialties.csv", "pathology")),
    );
    check(
        "base_families.csv",
        ",qwen,open-family,",
        ",Qwen,open-family,",
        &format!(
            "base_families.csv: line {}, column match: 'Qwen' has uppercase letters; the rule compares lowercase text",
            line_of("base_families.csv", "qwen")
        ),
    );
    check(
        "base_families.csv",
        ",qwen,open-family,",
        ",qwen,open-weights,",
        &format!(
            "base_families.csv: line {}, column kind: 'open-weights' is not one of open-family, company-family, own, vision",
            line_of("base_families.csv", "qwen")
        ),
    );
}

#[test]
fn functions_must_be_the_models_phrases_in_order_and_complete() {
    let first = line_of("functions.csv", "aiergpt");
    // A phrase changed in functions.csv (or in models.csv) no longer matches.
    check("functions.csv", "aiergpt,eye health education Q&A,", "aiergpt,eye health Q&A,", &format!("functions.csv: line {first}, column function: 'eye health Q&A' is not the model's next function; expected 'eye health education Q&A'"));
    // A category the atlas does not have.
    check(
        "functions.csv",
        "aiergpt,eye health education Q&A,medical-services",
        "aiergpt,eye health education Q&A,eye-care",
        &format!("functions.csv: line {first}, column category: 'eye-care' is not a known category id of categories.csv"),
    );
    // A row for a model that does not exist.
    check(
        "functions.csv",
        "aiergpt,eye health education Q&A,",
        "aiergtp,eye health education Q&A,",
        &format!("functions.csv: line {first}, column model_id: 'aiergtp' is not a known model id of models.csv"),
    );
    // A phrase without its row: the model's first phrase is now checked against the second row.
    let errors = errors_after("functions.csv", "aiergpt,eye health education Q&A,medical-services\n", "");
    assert!(
        errors.iter().any(|e| e.starts_with("functions.csv: line ")
            && e.contains("is not the model's next function; expected 'eye health education Q&A'")),
        "{errors:#?}"
    );
    assert!(
        errors
            .iter()
            .any(|e| *e == "functions.csv: column function: the function 'eye health education Q&A' of model 'aiergpt' has no row here"),
        "{errors:#?}"
    );
    // One row too many.
    let errors = errors_after(
        "functions.csv",
        "aiergpt,eye health education Q&A,medical-services\n",
        "aiergpt,eye health education Q&A,medical-services\naiergpt,eye health education Q&A,medical-services\n",
    );
    assert!(!errors.is_empty());
}

#[test]
fn data_versions_must_replay_to_models_csv() {
    let first = line_of("changes.csv", "2026-11-25");
    check(
        "changes.csv",
        "2026-11-25,aiergpt,added,",
        "2026-11-25,aiergpt,changed,name",
        &format!("changes.csv: line {first}, column change: model 'aiergpt' cannot be changed at this version (it is not present by then)"),
    );
    check(
        "changes.csv",
        "2026-11-25,aiergpt,added,",
        "2026-11,aiergpt,added,",
        &format!("changes.csv: line {first}, column version: '2026-11' is not a full date (YYYY-MM-DD)"),
    );
    check(
        "changes.csv",
        "2026-11-25,aiergpt,added,",
        "2026-11-25,aiergpt,added,name",
        &format!("changes.csv: line {first}, column fields: names columns, but only a 'changed' row does"),
    );
    check(
        "changes.csv",
        "2026-11-25,aiergpt,added,",
        "2026-11-25,aiergpt,added,\n2026-11-25,aiergpt,added,",
        &format!(
            "changes.csv: line {}, column change: model 'aiergpt' cannot be added at this version (it is already present by then)",
            first + 1
        ),
    );
    check(
        "changes.csv",
        "2026-11-25,aiergpt,added,\n",
        "",
        "changes.csv: column model_id: model 'aiergpt' is in models.csv but not present after the changes listed",
    );
}

#[test]
fn a_row_with_a_missing_field_is_reported_not_dropped() {
    let aier = line_of("models.csv", "aiergpt");
    let errors = errors_after("models.csv", ",,,unknown,,https://www.yuhaojiang", ",,unknown,,https://www.yuhaojiang");
    assert!(errors.iter().any(|e| *e == format!("models.csv: line {aier}: expected 18 fields like the header, found 17")), "{errors:#?}");
}

/// The first data record of `file`, as fields.
fn first_record(file: &str) -> Vec<String> {
    let mut reader = csv::Reader::from_reader(text(file).as_bytes());
    reader.records().next().expect("a record").expect("readable").iter().map(str::to_owned).collect()
}

/// Writes `fields` back as one CSV line, quoted as the curated files quote.
fn csv_line(fields: &[String]) -> String {
    let mut w = csv::WriterBuilder::new().terminator(csv::Terminator::Any(b'\n')).from_writer(Vec::new());
    w.write_record(fields).unwrap();
    String::from_utf8(w.into_inner().unwrap()).unwrap().trim_end().to_owned()
}

#[test]
fn locations_name_known_developers_and_provinces_with_an_http_source() {
    let record = first_record("locations.csv");
    let original = csv_line(&record);
    let line = 2;
    let broken = |column: usize, value: &str| {
        let mut fields = record.clone();
        fields[column] = value.to_owned();
        csv_line(&fields)
    };
    check(
        "locations.csv",
        &original,
        &broken(0, "No Such Developer"),
        &format!("locations.csv: line {line}, column developer: 'No Such Developer' is not a known developer of models.csv"),
    );
    check(
        "locations.csv",
        &original,
        &broken(2, "CN-XX"),
        &format!("locations.csv: line {line}, column province: 'CN-XX' is not a known province id of provinces.csv"),
    );
    check(
        "locations.csv",
        &original,
        &broken(3, "www.example.org/about"),
        &format!("locations.csv: line {line}, column source_url: 'www.example.org/about' is not an http(s) address"),
    );
    check(
        "locations.csv",
        &original,
        &broken(4, ""),
        &format!("locations.csv: line {line}, column evidence: is empty; a value is required"),
    );
    // A developer placed twice would have two seats.
    let next: Vec<String> =
        csv::Reader::from_reader(text("locations.csv").as_bytes()).records().nth(1).unwrap().unwrap().iter().map(str::to_owned).collect();
    let second = csv_line(&next);
    let mut repeated = next.clone();
    repeated[0] = record[0].clone();
    check(
        "locations.csv",
        &second,
        &csv_line(&repeated),
        &format!("locations.csv: line 3, column developer: {} repeats the id of line {line}", quoted(&record[0])),
    );
}

#[test]
fn provinces_are_iso_codes_and_their_errors_read_in_chinese_too() {
    let record = first_record("provinces.csv");
    let original = csv_line(&record);
    let mut fields = record.clone();
    fields[0] = record[0].to_lowercase();
    let errors = errors_after("provinces.csv", &original, &csv_line(&fields));
    let expected =
        format!("provinces.csv: line 2, column id: {} is not an ISO 3166-2:CN code ('CN-' and two capital letters)", quoted(&fields[0]));
    assert!(errors.contains(&expected), "{errors:#?}");
    // The locations that named the old code now name an unknown province.
    assert!(
        errors
            .iter()
            .any(|e| e.starts_with("locations.csv: line ") && e.contains(&format!("{} is not a known province id", quoted(&record[0])))),
        "{errors:#?}"
    );
    let mut broken = texts().clone();
    let i = CsvFiles::NAMES.iter().position(|n| *n == "provinces.csv").unwrap();
    broken[i] = broken[i].replacen(&original, &csv_line(&fields), 1);
    let zh: Vec<String> = Dataset::from_csv(&CsvFiles::from_texts(&broken)).unwrap_err().iter().map(|e| e.located_in(Lang::Zh)).collect();
    assert!(zh.contains(&format!("第2行，id列：{}不是 ISO 3166-2:CN 代码（“CN-”加两个大写字母）", quoted(&fields[0]))), "{zh:#?}");
    assert!(zh.iter().any(|e| e.contains("不是已知的provinces.csv 中的省级行政区 id")), "{zh:#?}");
}

#[test]
fn every_location_places_a_developer_of_the_models_and_not_located_models_are_counted() {
    let ds = parsed().unwrap();
    let located = ds.models.iter().filter(|m| ds.province_of(m).is_some()).count();
    let placed: std::collections::BTreeSet<&str> = ds.locations.iter().map(|l| l.developer.as_str()).collect();
    let developers: std::collections::BTreeSet<&str> = ds.models.iter().map(|m| m.developer.as_str()).collect();
    assert!(placed.is_subset(&developers));
    assert_eq!(located, ds.models.iter().filter(|m| placed.contains(m.developer.as_str())).count());
    assert!(located < ds.models.len(), "some models are not located, and the data says so");
    assert_eq!(ds.locations.len(), csv::Reader::from_reader(text("locations.csv").as_bytes()).records().count());
    assert_eq!(ds.provinces.len(), csv::Reader::from_reader(text("provinces.csv").as_bytes()).records().count());
}

/// The embed's smaller bundle (`bundle::for_embeds`) leaves out only what no card reads: every
/// card of every view, under several filters and a search, in both languages, is the same on it as
/// on the whole data; and it is smaller.
#[test]
fn the_embeds_data_gives_every_card_the_same_content() {
    use medllm_atlas::core::cards::{card, Context, CARDS};
    use medllm_atlas::core::facet::Facet;
    use medllm_atlas::core::filter::{select, Filters, Index};
    let full = parsed().unwrap();
    let slim = bundle::for_embeds(full.clone());
    assert!(bundle::encode(&slim).len() * 10 < bundle::encode(&full).len() * 7, "at least 30% smaller");
    let (full_index, slim_index) = (Index::new(&full), Index::new(&slim));
    let developer = full.models[0].developer.clone();
    let city = full.locations[0].city.clone();
    let mut by_developer = Filters::default();
    by_developer.query = developer;
    let mut by_city = Filters::default();
    by_city.query = city;
    by_city.from = Some(2024);
    let filters = [
        Filters::default(),
        Filters::default().with(Facet::Kind, &["hospital"]).with(Facet::Province, &["not-located"]),
        by_developer,
        by_city,
    ];
    for f in &filters {
        for d in &CARDS {
            let (a, b) = (select(&full_index, f, d.view.preset()), select(&slim_index, f, d.view.preset()));
            assert_eq!(a, b, "{}: the selection", d.param);
            for lang in [Lang::En, Lang::Zh] {
                let on = |ds, index, selection| card(d.id, &Context { ds, index, selection, filters: f, lang });
                assert_eq!(on(&full, &full_index, &a), on(&slim, &slim_index, &b), "{} under {f:?}", d.param);
            }
        }
    }
}
