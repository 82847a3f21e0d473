//! CSV text → typed records. Every problem becomes a `DataError` naming the file, line and
//! column; nothing here panics on any input, so the same code validates the bundled data (in
//! tests) and a reader's own file (in the browser).

mod fields;
mod models;
mod tables;

pub use models::{parse_models, parse_models_paced, MODEL_COLUMNS};
pub use tables::{parse_categories, parse_quotes, parse_sources, parse_survey_figures};

use serde::de::DeserializeOwned;
use std::fmt;

/// One problem found in a data file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DataError {
    pub file: String,
    /// 1-based line where the record starts (the header is line 1); `None` for whole-file problems.
    pub line: Option<u64>,
    pub column: Option<String>,
    pub message: String,
}

impl DataError {
    /// The location and message without the file name, as shown next to a file the reader chose:
    /// "line 14, column released: '2024-13' is not a date".
    pub fn located(&self) -> String {
        match (&self.line, &self.column) {
            (Some(l), Some(c)) => format!("line {l}, column {c}: {}", self.message),
            (Some(l), None) => format!("line {l}: {}", self.message),
            (None, Some(c)) => format!("column {c}: {}", self.message),
            (None, None) => self.message.clone(),
        }
    }
}

impl fmt::Display for DataError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.file, self.located())
    }
}

/// The rows of one file that passed validation, and the problems of the rest.
#[derive(Clone, Debug, Default)]
pub struct Parsed<T> {
    pub rows: Vec<T>,
    pub errors: Vec<DataError>,
    /// Data records seen (valid or not), header excluded.
    pub records_seen: usize,
}

/// Decodes bytes as UTF-8 text (a leading byte-order mark is dropped), or says where it is not.
pub fn decode_utf8(file: &str, bytes: &[u8]) -> Result<String, DataError> {
    let whole_file = |message: &str| DataError { file: file.to_owned(), line: None, column: None, message: message.to_owned() };
    // Excel's "Unicode Text" is UTF-16 with a byte-order mark: every other byte is NUL.
    if bytes.starts_with(b"\xFF\xFE") || bytes.starts_with(b"\xFE\xFF") {
        return Err(whole_file("the file is UTF-16 text (as Excel's \"Unicode Text\" saves it); save it as UTF-8 CSV"));
    }
    if bytes.contains(&0) {
        return Err(whole_file(BINARY));
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
            let place = if n == 0 {
                "at the start of the line".to_owned()
            } else if n <= 24 {
                format!("after {}", fields::quoted(before))
            } else {
                format!("after {}", fields::quoted(&format!("…{}", before.chars().skip(n - 24).collect::<String>())))
            };
            Err(DataError {
                file: file.to_owned(),
                line: Some(line),
                column: None,
                message: format!(
                    "the file is not UTF-8 text: the byte 0x{:02X} {place} is not UTF-8 (was it saved as Latin-1 or Windows-1252?); save it as UTF-8 CSV",
                    bytes[e.valid_up_to()]
                ),
            })
        }
    }
}

const BINARY: &str = "the file looks binary (it contains NUL bytes), not CSV text";

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

/// Reads records into `T` by header name. Checks that `required` columns are all there (a file
/// without them yields one error and no rows) and that each record has the header's field count.
fn read_records<T: DeserializeOwned>(file: &str, text: &str, required: &[&str]) -> Parsed<(u64, T)> {
    crate::core::pace::now(read_records_paced(file, text, required, &mut crate::core::pace::no_wait))
}

/// `read_records`, calling `pace` every `PACE_EVERY` records (see `core::pace`).
async fn read_records_paced<T: DeserializeOwned>(
    file: &str,
    text: &str,
    required: &[&str],
    pace: crate::core::pace::Pace<'_>,
) -> Parsed<(u64, T)> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut out = Parsed { rows: Vec::new(), errors: Vec::new(), records_seen: 0 };
    let whole_file = |message: String| DataError { file: file.to_owned(), line: None, column: None, message };
    if text.trim().is_empty() {
        out.errors.push(whole_file("the file is empty".into()));
        return out;
    }
    let mut reader = csv::ReaderBuilder::new().delimiter(detect_delimiter(text)).flexible(true).from_reader(text.as_bytes());
    let headers = match reader.headers() {
        Ok(h) => h.clone(),
        Err(e) => {
            out.errors.push(whole_file(format!("the header cannot be read: {e}")));
            return out;
        }
    };
    if text.contains('\0') {
        out.errors.push(whole_file(BINARY.into()));
        return out;
    }
    let missing: Vec<&str> = required.iter().copied().filter(|c| !headers.iter().any(|h| h.trim() == *c)).collect();
    let header_error = |message: String| DataError { file: file.to_owned(), line: Some(1), column: None, message };
    if missing.len() * 2 > required.len() {
        // Most columns missing: another file, or another separator. Show what the header has.
        const SHOWN: usize = 20;
        let mut found: Vec<String> = headers.iter().take(SHOWN).map(|h| fields::quoted(h.trim())).collect();
        if headers.len() > SHOWN {
            found.push(format!("and {} more", headers.len() - SHOWN));
        }
        out.errors.push(header_error(format!(
            "the header does not match: it has the columns {}; expected the columns {}",
            found.join(", "),
            required.join(", ")
        )));
        return out;
    }
    if !missing.is_empty() {
        out.errors.push(header_error(format!(
            "the header lacks the column{} {}; expected the columns {}",
            if missing.len() == 1 { "" } else { "s" },
            missing.join(", "),
            required.join(", ")
        )));
        return out;
    }
    // A repeated column would be refused on every row; say it once.
    if let Some(c) = required.iter().find(|c| headers.iter().filter(|h| h.trim() == **c).count() > 1) {
        out.errors.push(header_error(format!("the header has the column {c} more than once; keep one")));
        return out;
    }
    let headers = csv::StringRecord::from(headers.iter().map(str::trim).collect::<Vec<_>>());
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
                    message: format!("unreadable record: {e}"),
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
            out.errors.push(DataError {
                file: file.to_owned(),
                line: Some(line),
                column: runaway.and_then(|i| headers.get(i)).map(str::to_owned),
                message: if runaway.is_some() {
                    format!(
                        "a quoted cell runs over several lines, so the row has {} fields instead of the header's {}; is a closing quote missing?",
                        record.len(),
                        headers.len()
                    )
                } else {
                    format!("expected {} fields like the header, found {}", headers.len(), record.len())
                },
            });
            continue;
        }
        // A downloaded file neutralises formula-like cells with a leading apostrophe; loading it
        // again gives the original values back.
        if record.iter().any(|f| f.starts_with('\'')) {
            record = record.iter().map(crate::core::formula::restore).collect();
        }
        match record.deserialize::<T>(Some(&headers)) {
            Ok(row) => out.rows.push((line, row)),
            Err(e) => out.errors.push(DataError { file: file.to_owned(), line: Some(line), column: None, message: e.to_string() }),
        }
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
