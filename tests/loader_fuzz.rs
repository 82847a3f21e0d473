//! Property tests of "Open your CSV" (`user_file::load`): it never panics, whatever the bytes;
//! every problem says something; the rows that load are exactly the rows without problems; and
//! the CSV download of the loaded models (`export::models_csv`) loads back to the same models.
//!
//! 256 cases a property by default. For a longer run set PROPTEST_CASES, e.g.
//!
//!     PROPTEST_CASES=200000 cargo test --release --test loader_fuzz
//!
//! A failure prints the minimal input; it is not saved to a regressions file (proptest cannot
//! place one beside `tests/*.rs`): pin it as a case in `tests/hostile_files.rs`.

use medllm_atlas::core::bundle;
use medllm_atlas::core::dataset::Dataset;
use medllm_atlas::core::export;
use medllm_atlas::core::i18n::Lang;
use medllm_atlas::core::parse::MODEL_COLUMNS;
use medllm_atlas::core::user_file::{self, UserFile};
use proptest::prelude::*;
use std::collections::BTreeSet;
use std::sync::OnceLock;

fn config() -> ProptestConfig {
    let cases = if std::env::var_os("PROPTEST_CASES").is_some() { ProptestConfig::default().cases } else { 256 };
    ProptestConfig { cases, failure_persistence: None, ..ProptestConfig::default() }
}

fn bundled() -> &'static Dataset {
    static DS: OnceLock<Dataset> = OnceLock::new();
    DS.get_or_init(|| bundle::bundled().expect("bundled data parses"))
}

/// The rows of `data/models.csv` as cells: valid values to build near-valid rows from.
fn real_rows() -> &'static [Vec<String>] {
    static ROWS: OnceLock<Vec<Vec<String>>> = OnceLock::new();
    ROWS.get_or_init(|| {
        csv::Reader::from_path(concat!(env!("CARGO_MANIFEST_DIR"), "/data/models.csv"))
            .expect("data/models.csv reads")
            .records()
            .map(|r| r.expect("bundled CSV reads").iter().map(str::to_owned).collect())
            .collect()
    })
}

/// Whole-file problems: no line, or the header's line, or one before any record was read (an
/// encoding error names the line of its byte).
fn is_whole_file(f: &UserFile) -> bool {
    f.problems.iter().any(|p| p.line.is_none() || p.line == Some(1)) || (f.records == 0 && !f.problems.is_empty())
}

/// The properties every loaded file must have.
fn check(f: &UserFile) -> Result<(), TestCaseError> {
    for p in &f.problems {
        for lang in [Lang::En, Lang::Zh] {
            prop_assert!(!p.kind.message(lang).trim().is_empty(), "empty message: {:?}", p);
            prop_assert!(!p.located_in(lang).trim().is_empty());
        }
    }
    if is_whole_file(f) {
        prop_assert!(f.models.is_empty(), "a whole-file problem, yet models loaded: {:?}", f.problems);
        return Ok(());
    }
    // One line per record with problems: the valid rows and the refused ones make up the file.
    let refused: BTreeSet<u64> = f.problems.iter().filter_map(|p| p.line).collect();
    prop_assert_eq!(f.models.len() + refused.len(), f.records, "problems: {:?}", f.problems);
    if !f.models.is_empty() {
        // The download of what was loaded loads back to the same models, with no problem.
        let ds = Dataset { models: f.models.clone(), ..Dataset::default() };
        let text = export::models_csv(&ds, &(0..ds.models.len()).collect::<Vec<_>>());
        let back = user_file::load("export.csv", text.as_bytes(), bundled());
        prop_assert!(back.problems.is_empty(), "export reloads with problems: {:?}\n{}", back.problems, text);
        prop_assert_eq!(&back.models, &f.models);
        prop_assert_eq!(back.records, f.models.len());
    }
    Ok(())
}

/// Pieces of hostile cells: quotes, separators, line ends, formula starts, invisible and wide
/// characters, and bits of valid values.
const ATOMS: &[&str] = &[
    "\"",
    "\"\"",
    ",",
    "\t",
    "\r",
    "\n",
    "\r\n",
    ";",
    "'",
    "=",
    "+",
    "-",
    "@",
    " ",
    "a",
    "x-y",
    "é",
    "中",
    "\u{202e}",
    "\u{200b}",
    "\u{feff}",
    "\u{3000}",
    "\u{85}",
    "\u{1F600}",
    "2024",
    "-13",
    "https://x.org",
    "yes",
    "company",
    "general",
    "medical-services",
    "aiergpt",
];

fn hostile_cell() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => prop::collection::vec(prop::sample::select(ATOMS), 0..8).prop_map(|v| v.concat()),
        // Any characters but NUL (which makes the whole file binary; `arbitrary_bytes_never_panic` has it).
        2 => "(?s).{0,16}".prop_map(|s| s.replace('\0', "")),
        1 => Just(String::new()),
        // A valid value of some other column, or of the same one from another row.
        2 => (0..usize::MAX, 0..MODEL_COLUMNS.len()).prop_map(|(r, c)| {
            let rows = real_rows();
            rows[r % rows.len()][c].clone()
        }),
    ]
}

/// How a cell is written: as is, quoted with doubled inner quotes, or quoted carelessly.
fn render(cell: &str, mode: u8, sep: char) -> String {
    let needs_quotes = cell.contains([sep, '"', '\r', '\n']);
    match mode {
        0 if !needs_quotes => cell.to_owned(),
        0 | 1 => format!("\"{}\"", cell.replace('"', "\"\"")),
        2 => format!("\"{cell}\""),
        _ => cell.to_owned(),
    }
}

#[derive(Debug, Clone)]
struct Row {
    base: usize,
    /// (column, value, how it is written)
    changes: Vec<(usize, String, u8)>,
    line_end: &'static str,
}

fn row(max_changes: usize) -> impl Strategy<Value = Row> {
    (
        0..usize::MAX,
        prop::collection::vec((0..MODEL_COLUMNS.len(), hostile_cell(), 0u8..4), 0..=max_changes),
        prop::sample::select(&["\n", "\n", "\r\n", "\r\n", "\r"][..]),
    )
        .prop_map(|(base, changes, line_end)| Row { base, changes, line_end })
}

/// A valid header (columns in any order, maybe padded, maybe after a BOM) and rows of real
/// values with a few hostile cells.
fn near_valid_csv(max_changes: usize) -> impl Strategy<Value = (String, Vec<Row>)> {
    (
        Just((0..MODEL_COLUMNS.len()).collect::<Vec<_>>()).prop_shuffle(),
        prop::sample::select(&[',', '\t', ';'][..]),
        any::<bool>(),
        any::<bool>(),
        prop::collection::vec(row(max_changes), 0..8),
        prop::sample::select(&["\n", "\r\n", "\r", ""][..]),
    )
        .prop_map(|(order, sep, bom, padded, rows, header_end)| {
            let sep_s = sep.to_string();
            let all = real_rows();
            let mut text = String::new();
            if bom {
                text.push('\u{feff}');
            }
            let header: Vec<String> =
                order.iter().map(|&c| if padded { format!(" {} ", MODEL_COLUMNS[c]) } else { MODEL_COLUMNS[c].to_owned() }).collect();
            text.push_str(&header.join(&sep_s));
            text.push_str(if header_end.is_empty() { "\n" } else { header_end });
            for r in &rows {
                let mut cells: Vec<String> = order.iter().map(|&c| render(&all[r.base % all.len()][c], 0, sep)).collect();
                for (c, value, mode) in &r.changes {
                    if let Some(i) = order.iter().position(|o| o == c) {
                        cells[i] = render(value, *mode, sep);
                    }
                }
                text.push_str(&cells.join(&sep_s));
                text.push_str(r.line_end);
            }
            (text, rows)
        })
}

proptest! {
    #![proptest_config(config())]

    /// Any bytes, alone or after a valid header.
    #[test]
    fn arbitrary_bytes_never_panic(with_header in any::<bool>(), bytes in prop::collection::vec(any::<u8>(), 0..1024)) {
        let mut input = if with_header { format!("{}\n", MODEL_COLUMNS.join(",")).into_bytes() } else { Vec::new() };
        input.extend_from_slice(&bytes);
        check(&user_file::load("fuzz.csv", &input, bundled()))?;
    }

    /// Any text, alone or after a valid header.
    #[test]
    fn arbitrary_strings_never_panic(with_header in any::<bool>(), text in "(?s).{0,400}") {
        let input = if with_header { format!("{}\n{text}", MODEL_COLUMNS.join(",")) } else { text };
        check(&user_file::load("fuzz.csv", input.as_bytes(), bundled()))?;
    }

    /// Valid header, real rows, hostile cells.
    #[test]
    fn near_valid_csv_loads_exactly_the_rows_without_problems((text, _) in near_valid_csv(2)) {
        let f = user_file::load("fuzz.csv", text.as_bytes(), bundled());
        check(&f)?;
    }

    /// Unchanged real rows all load, whatever the separator, line ends, BOM, padding and column
    /// order; only a repeated row is refused (its id repeats).
    #[test]
    fn real_rows_always_load((text, rows) in near_valid_csv(0)) {
        let f = user_file::load("fuzz.csv", text.as_bytes(), bundled());
        check(&f)?;
        let all = real_rows();
        let mut ids: Vec<&str> = Vec::new();
        for r in &rows {
            let id = all[r.base % all.len()][0].as_str();
            if !ids.contains(&id) {
                ids.push(id);
            }
        }
        let loaded: Vec<&str> = f.models.iter().map(|m| m.id.as_str()).collect();
        prop_assert_eq!(loaded, ids.clone());
        prop_assert_eq!(f.records, rows.len());
        if rows.is_empty() {
            prop_assert_eq!(f.problems.len(), 1, "{:?}", f.problems);
        } else {
            prop_assert_eq!(f.problems.len(), rows.len() - ids.len(), "{:?}", f.problems);
        }
    }
}
