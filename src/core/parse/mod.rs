//! CSV text → typed records. Every problem becomes a `DataError` naming the file, line and
//! column; nothing here panics on any input, so the same code validates the bundled data (at
//! build time, `build.rs`, and in the tests) and a reader's own file (in the browser).
//!
//! Records are mapped to fields by hand (a column's position in the header), not by serde: the
//! derive expanded into a deserializer per file, which the WASM carried for nothing but this.

mod chars;
mod error;
mod fields;
mod models;
mod tables;

pub use error::{quoted, DataError, ErrorKind, IdList};
pub use fields::is_http_url;
pub use models::{parse_models, parse_models_paced, MODEL_COLUMNS};
pub use tables::{
    parse_base_families, parse_categories, parse_changes, parse_functions, parse_locations, parse_provinces, parse_quotes, parse_sources,
    parse_specialties, parse_survey_figures, FunctionRow, BASE_FAMILY_COLUMNS, CATEGORY_COLUMNS, CHANGE_COLUMNS, FUNCTION_COLUMNS,
    LOCATION_COLUMNS, PROVINCE_COLUMNS, QUOTE_COLUMNS, SOURCE_COLUMNS, SPECIALTY_COLUMNS, SURVEY_FIGURE_COLUMNS,
};

/// The rows of one file that passed validation, and the problems of the rest.
#[derive(Clone, Debug, Default)]
pub struct Parsed<T> {
    pub rows: Vec<T>,
    pub errors: Vec<DataError>,
    /// Data records seen (valid or not), header excluded.
    pub records_seen: usize,
    /// The line of each row in `rows`, for checks across files (filled by the small tables).
    pub lines: Vec<u64>,
}

impl<T> Parsed<T> {
    fn from_stats(stats: ReadStats, rows: Vec<T>, mut errors: Vec<DataError>) -> Parsed<T> {
        let mut all = stats.errors;
        all.append(&mut errors);
        Parsed { rows, errors: all, records_seen: stats.records_seen, lines: Vec::new() }
    }
}

/// Decodes bytes as UTF-8 text (a leading byte-order mark is dropped), or says where it is not.
pub fn decode_utf8(file: &str, bytes: &[u8]) -> Result<String, DataError> {
    // Excel's "Unicode Text" is UTF-16 with a byte-order mark: every other byte is NUL.
    if bytes.starts_with(b"\xFF\xFE") || bytes.starts_with(b"\xFE\xFF") {
        return Err(DataError::whole_file(file, ErrorKind::Utf16));
    }
    if bytes.contains(&0) {
        return Err(DataError::whole_file(file, ErrorKind::Binary));
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    match std::str::from_utf8(bytes) {
        Ok(s) => Ok(s.to_owned()),
        Err(e) => {
            let valid = &bytes[..e.valid_up_to()];
            let line = 1 + count_line_ends(valid);
            // What the reader can find in their editor: the text just before the byte, on its line.
            let line_start = valid.iter().rposition(|&b| b == b'\n' || b == b'\r').map_or(0, |i| i + 1);
            let before = std::str::from_utf8(&valid[line_start..]).unwrap_or_default();
            let n = before.chars().count();
            let after = match n {
                0 => None,
                1..=24 => Some(before.to_owned()),
                _ => Some(format!("…{}", before.chars().skip(n - 24).collect::<String>())),
            };
            Err(DataError {
                file: file.to_owned(),
                line: Some(line),
                column: None,
                kind: ErrorKind::NotUtf8 { byte: bytes[e.valid_up_to()], after },
            })
        }
    }
}

/// Line ends in `bytes`: LF, CRLF, or a CR alone (old Mac files, which the csv reader accepts too).
fn count_line_ends(bytes: &[u8]) -> u64 {
    bytes.iter().enumerate().filter(|&(i, &b)| b == b'\n' || (b == b'\r' && bytes.get(i + 1) != Some(&b'\n'))).count() as u64
}

/// Picks the separator from the header line (no column name holds one): a comma when it has
/// commas, else a tab when it has tabs, else a semicolon when it has semicolons (what Excel
/// writes as "CSV" where the comma is the decimal sign), else a comma.
fn detect_delimiter(text: &str) -> u8 {
    let header = text.split(['\r', '\n']).next().unwrap_or("");
    if header.contains(',') {
        b','
    } else if header.contains('\t') {
        b'\t'
    } else if header.contains(';') {
        b';'
    } else {
        b','
    }
}

/// One data record, with the positions of the required columns in the file's header (a file may
/// order its columns freely and carry extra ones).
pub(crate) struct Record<'a> {
    pub line: u64,
    fields: &'a csv::StringRecord,
    columns: &'a [usize],
}

impl Record<'_> {
    /// The value of the `i`-th required column (as listed in `required`).
    pub fn get(&self, i: usize) -> &str {
        self.columns.get(i).and_then(|&c| self.fields.get(c)).unwrap_or("")
    }
}

/// Reads the records of `text`, checking that the `required` columns are all in the header (a
/// file without them yields one error and no rows) and that each record has the header's field
/// count, and hands each good record to `row`.
pub(crate) fn read_records(file: &str, text: &str, required: &'static [&'static str], row: &mut dyn FnMut(Record<'_>)) -> ReadStats {
    crate::core::pace::now(read_records_paced(file, text, required, row, &mut crate::core::pace::no_wait))
}

/// What reading a file found before any field was checked.
#[derive(Default)]
pub(crate) struct ReadStats {
    pub errors: Vec<DataError>,
    /// Data records seen (valid or not), header excluded.
    pub records_seen: usize,
}

/// `read_records`, calling `pace` every `PACE_EVERY` records (see `core::pace`).
pub(crate) async fn read_records_paced(
    file: &str,
    text: &str,
    required: &'static [&'static str],
    row: &mut dyn FnMut(Record<'_>),
    pace: crate::core::pace::Pace<'_>,
) -> ReadStats {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut out = ReadStats::default();
    if text.trim().is_empty() {
        out.errors.push(DataError::whole_file(file, ErrorKind::Empty));
        return out;
    }
    let mut reader = csv::ReaderBuilder::new().delimiter(detect_delimiter(text)).flexible(true).from_reader(text.as_bytes());
    let headers = match reader.headers() {
        Ok(h) => h.clone(),
        Err(e) => {
            out.errors.push(DataError::whole_file(file, ErrorKind::HeaderUnreadable { detail: e.to_string() }));
            return out;
        }
    };
    if text.contains('\0') {
        out.errors.push(DataError::whole_file(file, ErrorKind::Binary));
        return out;
    }
    let header_error = |kind: ErrorKind| DataError { file: file.to_owned(), line: Some(1), column: None, kind };
    let missing: Vec<&'static str> = required.iter().copied().filter(|c| !headers.iter().any(|h| h.trim() == *c)).collect();
    if missing.len() * 2 > required.len() {
        // Most columns missing: another file, or another separator. Show what the header has.
        const SHOWN: usize = 20;
        let found = headers.iter().take(SHOWN).map(|h| h.trim().to_owned()).collect();
        out.errors.push(header_error(ErrorKind::HeaderMismatch { found, more: headers.len().saturating_sub(SHOWN), expected: required }));
        return out;
    }
    if !missing.is_empty() {
        out.errors.push(header_error(ErrorKind::HeaderLacks { missing, expected: required }));
        return out;
    }
    // A repeated column would be ambiguous on every row; say it once.
    if let Some(column) = required.iter().copied().find(|c| headers.iter().filter(|h| h.trim() == *c).count() > 1) {
        out.errors.push(header_error(ErrorKind::HeaderRepeats { column }));
        return out;
    }
    let columns: Vec<usize> = required.iter().filter_map(|c| headers.iter().position(|h| h.trim() == *c)).collect();
    let mut record = csv::StringRecord::new();
    // Lines are counted from byte offsets here: with CRLF line ends the csv crate reports a
    // record as starting at the previous line's '\n' (and its line counter agrees), one line early.
    let mut lines = LineCounter { text: text.as_bytes(), byte: 0, line: 1 };
    loop {
        let line = lines.at(reader.position().byte());
        match reader.read_record(&mut record) {
            Ok(false) => break,
            Ok(true) => {}
            Err(e) => {
                out.errors.push(DataError {
                    file: file.to_owned(),
                    line: Some(line),
                    column: None,
                    kind: ErrorKind::UnreadableRecord { detail: e.to_string() },
                });
                break;
            }
        }
        out.records_seen += 1;
        if out.records_seen % crate::core::pace::PACE_EVERY == 0 {
            pace(out.records_seen).await;
        }
        let line = record.position().map_or(line, |p| lines.at(p.byte()));
        if record.len() != headers.len() {
            // An empty line between records is not data.
            if record.len() == 1 && record[0].trim().is_empty() {
                out.records_seen -= 1;
                continue;
            }
            // A cell running over several lines is where a quote was opened and not closed.
            let runaway = record.iter().position(|f| f.contains(['\n', '\r']));
            let (found, expected) = (record.len(), headers.len());
            out.errors.push(DataError {
                file: file.to_owned(),
                line: Some(line),
                column: runaway.and_then(|i| headers.get(i)).map(|h| h.trim().to_owned()),
                kind: if runaway.is_some() {
                    ErrorKind::RunawayQuote { found, expected }
                } else {
                    ErrorKind::FieldCount { found, expected }
                },
            });
            continue;
        }
        // A downloaded file neutralises formula-like cells with a leading apostrophe; loading it
        // again gives the original values back.
        if record.iter().any(|f| f.starts_with('\'')) {
            record = record.iter().map(crate::core::formula::restore).collect();
        }
        row(Record { line, fields: &record, columns: &columns });
    }
    out
}

/// Turns byte offsets (visited in increasing order) into 1-based line numbers in one pass.
struct LineCounter<'a> {
    text: &'a [u8],
    byte: usize,
    line: u64,
}

impl LineCounter<'_> {
    fn at(&mut self, byte: u64) -> u64 {
        let mut byte = (byte as usize).min(self.text.len());
        // A record starts after any line ends in front of it.
        while byte < self.text.len() && matches!(self.text[byte], b'\r' | b'\n') {
            byte += 1;
        }
        if byte > self.byte {
            self.line += count_line_ends(&self.text[self.byte..byte]);
            self.byte = byte;
        }
        self.line
    }
}
