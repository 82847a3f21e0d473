//! A reader's own CSV in the schema of `data/models.csv`, checked entirely in the browser:
//! limits, encoding, the same row validation as the bundled data. Valid rows can be explored
//! even when others have problems.

use super::dataset::Dataset;
pub use super::i18n::format_bytes;
use super::model::Model;
use super::parse::{decode_utf8, parse_models_paced, DataError, ErrorKind};

/// Largest file the atlas opens (stated in the UI).
pub const MAX_FILE_BYTES: usize = 20 * 1024 * 1024;
/// Most data rows the atlas opens (stated in the UI).
pub const MAX_ROWS: usize = 100_000;
/// Problems listed one by one; the rest are counted.
pub const MAX_SHOWN_PROBLEMS: usize = 50;

#[derive(Clone, Debug, Default)]
pub struct UserFile {
    pub name: String,
    /// Rows that passed every check.
    pub models: Vec<Model>,
    /// Everything wrong, with line and column.
    pub problems: Vec<DataError>,
    /// Data rows read (valid or not).
    pub records: usize,
}

impl UserFile {
    /// Whole-file problems (no line) mean there is nothing to load; so does a problem before
    /// any row could be read (an encoding error names its line, yet stops the whole file).
    pub fn is_unreadable(&self) -> bool {
        self.models.is_empty()
            && (self.problems.iter().any(|p| p.line.is_none() || p.line == Some(1)) || (self.records == 0 && !self.problems.is_empty()))
    }
}

impl UserFile {
    /// A file the browser could not read: said as such, not as an empty file.
    pub fn read_failed(name: &str) -> UserFile {
        UserFile { name: name.to_owned(), problems: vec![DataError::whole_file(name, ErrorKind::ReadFailed)], ..UserFile::default() }
    }
}

/// The size check alone, to refuse a big file before reading it.
pub fn check_size(name: &str, bytes: usize) -> Result<(), DataError> {
    if bytes > MAX_FILE_BYTES {
        Err(DataError::whole_file(name, ErrorKind::TooBig { bytes, max: MAX_FILE_BYTES }))
    } else {
        Ok(())
    }
}

/// Reads and validates a file against the bundled categories and sources.
pub fn load(name: &str, bytes: &[u8], ds: &Dataset) -> UserFile {
    super::pace::now(load_paced(name, bytes, ds, &mut super::pace::no_wait))
}

/// `load`, calling `pace` with the rows done so far now and then (see `core::pace`).
pub async fn load_paced(name: &str, bytes: &[u8], ds: &Dataset, pace: super::pace::Pace<'_>) -> UserFile {
    let mut out = UserFile { name: name.to_owned(), ..UserFile::default() };
    if let Err(e) = check_size(name, bytes.len()) {
        out.problems.push(e);
        return out;
    }
    let text = match decode_utf8(name, bytes) {
        Ok(t) => t,
        Err(e) => {
            out.problems.push(e);
            return out;
        }
    };
    // A cheap upper bound before parsing: more line ends than the limit allows is refused at once.
    let lines = text.bytes().filter(|&b| b == b'\n').count();
    if lines > MAX_ROWS + 1 && text.lines().filter(|l| !l.trim().is_empty()).count() > MAX_ROWS + 1 {
        out.problems.push(DataError::whole_file(name, ErrorKind::TooManyRows { max: MAX_ROWS }));
        return out;
    }
    let is_category = |id: &str| ds.category(id).is_some();
    let is_source = |id: &str| ds.source(id).is_some();
    let parsed = parse_models_paced(name, &text, &is_category, &is_source, pace).await;
    out.records = parsed.records_seen;
    out.problems = parsed.errors;
    if parsed.records_seen > MAX_ROWS {
        out.problems.insert(0, DataError::whole_file(name, ErrorKind::TooManyRows { max: MAX_ROWS }));
        return out;
    }
    if parsed.records_seen == 0 && out.problems.is_empty() {
        out.problems.push(DataError::whole_file(name, ErrorKind::HeaderOnly));
    }
    out.models = parsed.rows;
    out
}
