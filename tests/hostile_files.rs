//! Hostile files a reader might open with "Open your CSV", one test per file of the corpus in
//! `tests/hostile/` (plus the ones too big to commit, built here in memory). Each test asserts
//! exactly what the reader is shown (`DataError::located()`), how many rows load, and how many
//! were read. Valid rows in the corpus are real rows of `data/models.csv`, so they pass
//! validation; only the hostile part differs.

use medllm_atlas::core::bundle;
use medllm_atlas::core::dataset::Dataset;
use medllm_atlas::core::parse::MODEL_COLUMNS;
use medllm_atlas::core::user_file::{self, UserFile, MAX_FILE_BYTES, MAX_ROWS};
use medllm_atlas::core::{export, formula};
use std::sync::OnceLock;

fn bundled() -> &'static Dataset {
    static DS: OnceLock<Dataset> = OnceLock::new();
    DS.get_or_init(|| bundle::bundled().expect("bundled data parses"))
}

fn load_bytes(name: &str, bytes: &[u8]) -> UserFile {
    user_file::load(name, bytes, bundled())
}

/// Loads `tests/hostile/<name>`.
fn load(name: &str) -> UserFile {
    let path = format!("{}/tests/hostile/{name}", env!("CARGO_MANIFEST_DIR"));
    let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    load_bytes(name, &bytes)
}

/// What the review dialog lists, in order.
fn messages(f: &UserFile) -> Vec<String> {
    f.problems.iter().map(|p| p.located()).collect()
}

fn names(f: &UserFile) -> Vec<&str> {
    f.models.iter().map(|m| m.name.as_str()).collect()
}

/// Rows of `data/models.csv` by id, as cells in `MODEL_COLUMNS` order.
fn real_row(id: &str) -> Vec<String> {
    let mut reader = csv::Reader::from_path(format!("{}/data/models.csv", env!("CARGO_MANIFEST_DIR"))).unwrap();
    let row = reader.records().map(Result::unwrap).find(|r| &r[0] == id).unwrap_or_else(|| panic!("no row {id}"));
    row.iter().map(str::to_owned).collect()
}

fn set(mut row: Vec<String>, column: &str, value: &str) -> Vec<String> {
    let i = MODEL_COLUMNS.iter().position(|c| *c == column).unwrap();
    row[i] = value.to_owned();
    row
}

fn to_csv(rows: &[Vec<String>]) -> String {
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record(MODEL_COLUMNS).unwrap();
    for r in rows {
        w.write_record(r).unwrap();
    }
    String::from_utf8(w.into_inner().unwrap()).unwrap()
}

/// The loaded models exported as the app's CSV download does.
fn export(f: &UserFile) -> String {
    let ds = Dataset { models: f.models.clone(), ..bundled().clone() };
    export::models_csv(&ds, &(0..ds.models.len()).collect::<Vec<_>>())
}

#[test]
fn empty_file() {
    let f = load("empty.csv");
    assert_eq!(messages(&f), ["the file is empty"]);
    assert_eq!((f.models.len(), f.records), (0, 0));
    assert!(f.is_unreadable());
}

#[test]
fn header_only() {
    let f = load("header_only.csv");
    assert_eq!(messages(&f), ["the file has a header but no rows"]);
    assert_eq!((f.models.len(), f.records), (0, 0));
    assert!(f.is_unreadable());
}

#[test]
fn wrong_header_shows_the_header_found() {
    let f = load("wrong_header.csv");
    assert_eq!(
        messages(&f),
        ["line 1: the header does not match: it has the columns 'id', 'name_en', 'name_zh', 'description', 'functions_count', 'source_id'; \
          expected the columns id, name, name_zh, developer, developer_kind, partners, category, functions, specialty, modality, base_model, \
          params_b, open_weights, released, source_url, source_kind, source_id, notes"]
    );
    assert_eq!((f.models.len(), f.records), (0, 0));
    assert!(f.is_unreadable());
}

#[test]
fn header_missing_one_column_names_it() {
    let text = to_csv(&[real_row("aiergpt")]).replacen(",notes\n", ",comment\n", 1);
    let f = load_bytes("no_notes.csv", text.as_bytes());
    assert_eq!(
        messages(&f),
        ["line 1: the header lacks the column notes; expected the columns id, name, name_zh, developer, developer_kind, partners, category, \
          functions, specialty, modality, base_model, params_b, open_weights, released, source_url, source_kind, source_id, notes"]
    );
    assert_eq!((f.models.len(), f.records), (0, 0));
}

#[test]
fn a_repeated_header_column_is_reported_once_not_on_every_row() {
    // Before: every row failed with "line N: CSV deserialize error: record 1 (line: 2, byte: …): duplicate field `name`".
    let f = load("duplicate_column.csv");
    assert_eq!(messages(&f), ["line 1: the header has the column name more than once; keep one"]);
    assert_eq!((f.models.len(), f.records), (0, 0));
    assert!(f.is_unreadable());
}

#[test]
fn binary_file_is_called_binary_not_an_encoding_problem() {
    // Before: "line 1: the file is not UTF-8 text (invalid byte at position 1); save it as UTF-8 CSV" for a PNG.
    let f = load("image.png");
    assert_eq!(messages(&f), ["the file looks binary (it contains NUL bytes), not CSV text"]);
    assert_eq!((f.models.len(), f.records), (0, 0));
    assert!(f.is_unreadable());
}

#[test]
fn utf16_text_from_excel_is_named() {
    let f = load("excel_unicode_text.txt");
    assert_eq!(messages(&f), ["the file is UTF-16 text (as Excel's \"Unicode Text\" saves it); save it as UTF-8 CSV"]);
    assert_eq!((f.models.len(), f.records), (0, 0));
    assert!(f.is_unreadable());
}

#[test]
fn a_cell_of_200000_characters_is_refused_once_per_cell() {
    // Before: an over-long required cell (name) or functions cell also got "is empty; a value is required".
    let huge = "x".repeat(200_000);
    let text = to_csv(&[
        set(real_row("aiergpt"), "name", &huge),
        set(real_row("ant-aq"), "functions", &huge),
        set(real_row("bianque"), "notes", &huge),
        real_row("chatzoc"),
    ]);
    let f = load_bytes("huge_cell.csv", text.as_bytes());
    assert_eq!(
        messages(&f),
        [
            "line 2, column name: is 200,000 characters long; the limit is 5,000",
            "line 3, column functions: is 200,000 characters long; the limit is 5,000",
            "line 4, column notes: is 200,000 characters long; the limit is 5,000",
        ]
    );
    assert_eq!(names(&f), ["ChatZOC"]);
    assert_eq!(f.records, 4);
}

#[test]
fn a_quote_left_open_names_its_line_and_column() {
    let f = load("open_quote.csv");
    assert_eq!(
        messages(&f),
        ["line 3, column name: a quoted cell runs over several lines, so the row has 2 fields instead of the header's 18; is a closing quote missing?"]
    );
    // The row after the open quote was swallowed into its cell: 2 records, not 3.
    assert_eq!(names(&f), ["AierGPT"]);
    assert_eq!(f.records, 2);
}

#[test]
fn latin1_file_shows_where_the_bad_byte_is() {
    // Before: "line 3: the file is not UTF-8 text (invalid byte at position 622); save it as UTF-8 CSV",
    // and `is_unreadable()` was false although nothing could be loaded.
    let f = load("latin1.csv");
    assert_eq!(
        messages(&f),
        ["line 3: the file is not UTF-8 text: the byte 0xFC after 'ant-aq,M' is not UTF-8 (was it saved as Latin-1 or Windows-1252?); save it as UTF-8 CSV"]
    );
    assert_eq!((f.models.len(), f.records), (0, 0));
    assert!(f.is_unreadable());
}

#[test]
fn invalid_utf8_context_is_cut_and_escaped() {
    let mut bytes = b"id,name\n".to_vec();
    bytes.extend_from_slice("abcdefghijklmnopqrstuvwxyz0123456789".as_bytes());
    bytes.push(0xE9);
    let f = load_bytes("x.csv", &bytes);
    assert_eq!(
        messages(&f),
        ["line 2: the file is not UTF-8 text: the byte 0xE9 after '…mnopqrstuvwxyz0123456789' is not UTF-8 (was it saved as Latin-1 or Windows-1252?); save it as UTF-8 CSV"]
    );
    let f = load_bytes("x.csv", b"id,name\r\r\nM\xe2\x80\xae\xfc");
    assert_eq!(
        messages(&f),
        ["line 3: the file is not UTF-8 text: the byte 0xFC after 'M\\u{202e}' is not UTF-8 (was it saved as Latin-1 or Windows-1252?); save it as UTF-8 CSV"]
    );
    let f = load_bytes("x.csv", b"id\n\xff");
    assert_eq!(
        messages(&f),
        ["line 2: the file is not UTF-8 text: the byte 0xFF at the start of the line is not UTF-8 (was it saved as Latin-1 or Windows-1252?); save it as UTF-8 CSV"]
    );
}

#[test]
fn formula_cells_load_and_are_neutralised_on_export() {
    let f = load("formula.csv");
    assert_eq!(messages(&f), Vec::<String>::new());
    assert_eq!(names(&f), ["=HYPERLINK(\"http://x\",\"y\")", "+1", "-2", "@SUM(A1)"]);
    let developers: Vec<&str> = f.models.iter().map(|m| m.developer.as_str()).collect();
    assert_eq!(developers, ["=1+1", "+Ant Group", "-Baichuan", "@SUM(A1)"]);
    assert_eq!(f.records, 4);

    let out = export(&f);
    let mut reader = csv::Reader::from_reader(out.as_bytes());
    let cells: Vec<(String, String)> = reader.records().map(|r| r.unwrap()).map(|r| (r[1].to_owned(), r[3].to_owned())).collect();
    assert_eq!(
        cells,
        [
            ("'=HYPERLINK(\"http://x\",\"y\")".into(), "'=1+1".into()),
            ("'+1".into(), "'+Ant Group".into()),
            ("'-2".into(), "'-Baichuan".into()),
            ("'@SUM(A1)".into(), "'@SUM(A1)".into()),
        ]
    );
    // No cell of the download starts a formula.
    for r in csv::Reader::from_reader(out.as_bytes()).records() {
        for cell in r.unwrap().iter() {
            assert!(!cell.starts_with(['=', '+', '-', '@', '\t', '\r']), "{cell:?}");
        }
    }
    // And loading the download gives the original values back.
    let back = load_bytes("export.csv", out.as_bytes());
    assert_eq!(messages(&back), Vec::<String>::new());
    assert_eq!(back.models, f.models);
}

#[test]
fn export_keeps_an_apostrophe_before_a_formula_character() {
    // Before: a value "'=1" (read from a cell " '=1") was exported unchanged and loaded back as "=1".
    let text = to_csv(&[set(real_row("aiergpt"), "name", " '=1")]);
    let f = load_bytes("apostrophe.csv", text.as_bytes());
    assert_eq!(messages(&f), Vec::<String>::new());
    assert_eq!(f.models[0].name, "'=1");
    let out = export(&f);
    assert!(out.contains("\naiergpt,''=1,"), "{out}");
    let back = load_bytes("export.csv", out.as_bytes());
    assert_eq!(back.models, f.models);
    // Every apostrophe in front of the formula character but the neutralising one is data.
    for (cell, value) in [("'=1", "=1"), ("''=1", "'=1"), ("'''+x", "''+x"), ("'quoted", "'quoted"), ("'", "'")] {
        assert_eq!(formula::restore(cell), value);
        assert_eq!(formula::neutralise(value), cell);
    }
}

#[test]
fn html_and_script_in_names_are_kept_literally() {
    let f = load("html.csv");
    assert_eq!(messages(&f), Vec::<String>::new());
    assert_eq!(names(&f), ["<img src=x onerror=alert(1)>", "<script>alert(1)</script>"]);
    assert_eq!(f.models[1].developer, "<b>Ant</b> & Co");
    assert_eq!(f.records, 2);
    let back = load_bytes("export.csv", export(&f).as_bytes());
    assert_eq!(back.models, f.models);
}

#[test]
fn rtl_override_and_zero_width_characters_are_refused() {
    let f = load("invisible.csv");
    assert_eq!(
        messages(&f),
        [
            "line 2, column name: 'AierGPT\\u{202e}gpj.exe' contains an invisible formatting character (U+202E); remove it",
            "line 4, column name: 'Bian\\u{200b}que' contains an invisible formatting character (U+200B); remove it",
        ]
    );
    assert_eq!(names(&f), ["AQ (Ant AI health app; later Ant Afu)"]);
    assert_eq!(f.records, 3);
}

#[test]
fn duplicate_ids_keep_the_first_row() {
    let f = load("duplicate_ids.csv");
    assert_eq!(messages(&f), ["line 4, column id: 'aiergpt' repeats the id of line 2"]);
    assert_eq!(names(&f), ["AierGPT", "AQ (Ant AI health app; later Ant Afu)"]);
    assert_eq!(f.records, 3);
}

#[test]
fn bom_crlf_and_tabs_load_fully() {
    let f = load("bom_crlf_tab.tsv");
    assert_eq!(messages(&f), Vec::<String>::new());
    let ids: Vec<&str> = f.models.iter().map(|m| m.id.as_str()).collect();
    assert_eq!(ids, ["aiergpt", "ant-aq", "ant-medical-llm", "bianque", "chatzoc"]);
    assert_eq!(f.records, 5);
    // The same rows as the same file written as plain comma-separated UTF-8 with LF line ends.
    assert_eq!(f.models, load_bytes("plain.csv", as_plain_csv("bom_crlf_tab.tsv", b'\t').as_bytes()).models);
}

/// `tests/hostile/<name>` (separated by `sep`, maybe with a BOM and CRLF) rewritten by the csv
/// crate as plain comma-separated text with LF line ends: what the loader must read the same.
fn as_plain_csv(name: &str, sep: u8) -> String {
    let path = format!("{}/tests/hostile/{name}", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(path).unwrap();
    let text = text.trim_start_matches('\u{feff}');
    let mut reader = csv::ReaderBuilder::new().delimiter(sep).has_headers(false).from_reader(text.as_bytes());
    let mut w = csv::Writer::from_writer(Vec::new());
    for r in reader.records() {
        w.write_record(&r.unwrap()).unwrap();
    }
    String::from_utf8(w.into_inner().unwrap()).unwrap()
}

#[test]
fn semicolon_separated_excel_export_loads_fully() {
    // Excel writes "CSV" with semicolons where the comma is the decimal sign; cells that hold
    // a semicolon (the lists) are quoted, commas in notes are not.
    let f = load("semicolon_excel.csv");
    assert_eq!(messages(&f), Vec::<String>::new());
    let ids: Vec<&str> = f.models.iter().map(|m| m.id.as_str()).collect();
    assert_eq!(ids, ["aiergpt", "alibaba-health-hydrogen-ion", "ant-aq"]);
    assert_eq!(f.models, load_bytes("plain.csv", as_plain_csv("semicolon_excel.csv", b';').as_bytes()).models);
    assert!(f.models[0].functions.len() > 1, "a quoted list keeps its items");
}

#[test]
fn valid_rows_load_and_invalid_ones_are_listed_with_line_and_column() {
    let f = load("mixed.csv");
    assert_eq!(
        messages(&f),
        [
            "line 3, column developer_kind: 'startup' is not one of company, hospital, university, institute, consortium",
            "line 3, column released: '2024-13' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)",
            "line 5, column category: 'surgery' is not a known category id of categories.csv",
            "line 5, column source_url: 'ftp://example.org/bianque' is not an http(s) address",
        ]
    );
    let ids: Vec<&str> = f.models.iter().map(|m| m.id.as_str()).collect();
    assert_eq!(ids, ["aiergpt", "ant-medical-llm", "chatzoc"]);
    assert_eq!(f.records, 5);
    assert!(!f.is_unreadable());
}

#[test]
fn cr_line_ends_give_the_right_line() {
    // Before: files with CR-only line ends (old Mac Excel) put every problem on "line 1".
    let f = load("cr_line_ends.csv");
    assert_eq!(messages(&f), ["line 3, column released: '2024-13' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)"]);
    assert_eq!(names(&f).len(), 2);
    assert_eq!(f.records, 3);
    assert!(!f.is_unreadable());
}

#[test]
fn cr_line_ends_with_tabs_are_read_as_tab_separated() {
    // Before: with CR-only line ends the "header line" was the whole file, so any comma in a cell
    // made the separator a comma and the header did not match.
    let f = load("cr_line_ends.tsv");
    assert_eq!(messages(&f), ["line 3, column released: '2024-13' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)"]);
    assert_eq!(names(&f).len(), 2);
    assert_eq!(f.records, 3);
}

#[test]
fn the_20_mb_limit() {
    assert_eq!(user_file::check_size("big.csv", MAX_FILE_BYTES), Ok(()));
    let over = |bytes: usize| user_file::check_size("big.csv", bytes).unwrap_err().located();
    // Before: "the file is 20 MB; files up to 20 MB can be opened".
    assert_eq!(over(MAX_FILE_BYTES + 1), "the file is over 20 MB; files up to 20 MB can be opened");
    assert_eq!(over(MAX_FILE_BYTES + MAX_FILE_BYTES / 40), "the file is 20.5 MB; files up to 20 MB can be opened");
    assert_eq!(over(25 * 1024 * 1024), "the file is 25 MB; files up to 20 MB can be opened");
    // `load` refuses it before decoding.
    let f = load_bytes("big.csv", &vec![b'a'; MAX_FILE_BYTES + 1]);
    assert_eq!(messages(&f), ["the file is over 20 MB; files up to 20 MB can be opened"]);
    assert_eq!((f.models.len(), f.records), (0, 0));
    assert!(f.is_unreadable());
}

/// `rows` short valid rows, ids m1, m2, ….
fn many_rows(rows: usize, line_end: &str) -> String {
    let mut text = MODEL_COLUMNS.join(",");
    text.push_str(line_end);
    for i in 1..=rows {
        text.push_str(&format!("m{i},M{i},,Dev,company,,medical-services,q&a,general,,,,no,,https://example.org/{i},primary,,{line_end}"));
    }
    text
}

#[test]
fn more_than_100000_rows_are_refused() {
    let refusal = "the file has more than 100,000 rows; split it into smaller files";
    let text = many_rows(MAX_ROWS + 1, "\n");
    assert!(text.len() < MAX_FILE_BYTES);
    let f = load_bytes("many.csv", text.as_bytes());
    assert_eq!(messages(&f), [refusal]);
    assert_eq!((f.models.len(), f.records), (0, 0));
    assert!(f.is_unreadable());

    // With CR line ends the quick line count sees nothing; the rows are counted while parsing.
    let f = load_bytes("many.csv", many_rows(MAX_ROWS + 1, "\r").as_bytes());
    assert_eq!(messages(&f), [refusal]);
    assert_eq!((f.models.len(), f.records), (0, MAX_ROWS + 1));
    assert!(f.is_unreadable());
}

#[test]
fn exactly_100000_rows_load() {
    let f = load_bytes("many.csv", many_rows(MAX_ROWS, "\r\n").as_bytes());
    assert_eq!(messages(&f), Vec::<String>::new());
    assert_eq!((f.models.len(), f.records), (MAX_ROWS, MAX_ROWS));
}
