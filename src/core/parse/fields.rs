//! Field checks shared by every file: each records a located `DataError` and returns the typed
//! value, so one bad field never hides the others of the same row.

use super::chars::is_invisible_format;
use super::error::{DataError, ErrorKind, IdList};
use crate::core::date::PartialDate;
use std::collections::HashMap;

/// Longest accepted cell, in characters. The longest bundled note has under 1,000.
pub const MAX_FIELD_CHARS: usize = 5_000;

/// Collects the problems of one record.
pub(super) struct RowCheck<'a> {
    pub file: &'a str,
    pub line: u64,
    pub errors: Vec<DataError>,
}

impl<'a> RowCheck<'a> {
    pub fn new(file: &'a str, line: u64) -> Self {
        RowCheck { file, line, errors: Vec::new() }
    }

    pub fn fail(&mut self, column: &str, kind: ErrorKind) {
        self.errors.push(DataError::at(self.file, Some(self.line), column, kind));
    }

    /// A value that must not be empty; surrounding spaces are dropped.
    pub fn required(&mut self, column: &str, value: &str) -> String {
        let v = self.text(column, value);
        // An over-long cell comes back empty from `text` with its own message; it is not empty.
        if value.trim().is_empty() {
            self.fail(column, ErrorKind::Required);
        }
        v
    }

    /// Free text that may be empty: spaces trimmed; invisible formatting characters (which can
    /// hide or reorder what a reader sees) and oversized cells are refused.
    pub fn text(&mut self, column: &str, value: &str) -> String {
        let v = value.trim();
        // Fast path for the common case, plain printable ASCII: nothing below can apply.
        if v.len() <= MAX_FIELD_CHARS && v.bytes().all(|b| (0x20..0x7f).contains(&b) || b == b'\n' || b == b'\t') {
            return v.to_owned();
        }
        let chars = v.chars().count();
        if chars > MAX_FIELD_CHARS {
            self.fail(column, ErrorKind::TooLong { chars, max: MAX_FIELD_CHARS });
            return String::new();
        }
        if let Some(c) = v.chars().find(|&c| is_invisible_format(c)) {
            self.fail(column, ErrorKind::Invisible { value: v.to_owned(), code: c as u32 });
        } else if let Some(c) = v.chars().find(|&c| c.is_control() && c != '\n' && c != '\t') {
            self.fail(column, ErrorKind::Control { value: v.to_owned(), code: c as u32 });
        }
        v.to_owned()
    }

    /// An id: lowercase letters, digits and single `sep` characters between them.
    pub fn slug(&mut self, column: &str, value: &str, sep: char) -> String {
        let v = value.trim();
        if !is_slug(v, sep) {
            self.fail(column, ErrorKind::NotId { value: v.to_owned(), sep });
        }
        v.to_owned()
    }

    /// A value from a closed vocabulary.
    pub fn vocab<T>(&mut self, column: &str, value: &str, from_id: fn(&str) -> Option<T>, allowed: fn() -> String) -> Option<T> {
        let v = value.trim();
        let parsed = from_id(v);
        if parsed.is_none() {
            self.fail(column, ErrorKind::NotOneOf { value: v.to_owned(), allowed: allowed() });
        }
        parsed
    }

    /// A date `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; empty means unknown.
    pub fn date(&mut self, column: &str, value: &str) -> Option<PartialDate> {
        let v = value.trim();
        if v.is_empty() {
            return None;
        }
        let parsed = PartialDate::parse(v);
        if parsed.is_none() {
            self.fail(column, ErrorKind::NotDate { value: v.to_owned() });
        }
        parsed
    }

    /// An absolute http(s) address without spaces.
    pub fn url(&mut self, column: &str, value: &str) -> String {
        let v = value.trim();
        if !is_http_url(v) {
            self.fail(column, ErrorKind::NotUrl { value: v.to_owned() });
        }
        v.to_owned()
    }

    /// An optional reference to an id that must exist in another file.
    pub fn reference(&mut self, column: &str, value: &str, known: &dyn Fn(&str) -> bool, list: IdList) -> Option<String> {
        let v = value.trim();
        if v.is_empty() {
            return None;
        }
        if !known(v) {
            self.fail(column, ErrorKind::UnknownId { value: v.to_owned(), list });
        }
        Some(v.to_owned())
    }
}

/// Remembers the first line of each id and reports repeats.
pub(super) struct UniqueIds {
    seen: HashMap<String, u64>,
}

impl UniqueIds {
    pub fn new() -> Self {
        UniqueIds { seen: HashMap::new() }
    }

    pub fn check(&mut self, row: &mut RowCheck<'_>, column: &str, id: &str) {
        if id.is_empty() {
            return;
        }
        if let Some(first) = self.seen.get(id) {
            row.fail(column, ErrorKind::RepeatedId { value: id.to_owned(), first_line: *first });
        } else {
            self.seen.insert(id.to_owned(), row.line);
        }
    }
}

pub(super) fn is_slug(s: &str, sep: char) -> bool {
    !s.is_empty()
        && !s.starts_with(sep)
        && !s.ends_with(sep)
        && !s.contains(&format!("{sep}{sep}"))
        && s.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == sep)
}

pub fn is_http_url(s: &str) -> bool {
    let rest = s.strip_prefix("https://").or_else(|| s.strip_prefix("http://"));
    match rest {
        Some(r) => !r.is_empty() && !r.starts_with('/') && !s.chars().any(|c| c.is_whitespace() || c.is_control()),
        None => false,
    }
}

/// Splits a `;`-separated list, dropping empty items and surrounding spaces.
pub(super) fn list(value: &str) -> Vec<String> {
    value.split(';').map(str::trim).filter(|s| !s.is_empty()).map(str::to_owned).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_urls_and_lists() {
        assert!(is_slug("medical-services", '-'));
        assert!(is_slug("models_surveyed", '_'));
        for bad in ["", "-a", "a-", "a--b", "A", "a b", "病理"] {
            assert!(!is_slug(bad, '-'), "{bad:?}");
        }
        assert!(is_http_url("https://example.org/a?b=c"));
        assert!(is_http_url("http://en.people.cn/n3/x.html"));
        for bad in ["", "https://", "ftp://x", "javascript:alert(1)", "https:///x", "https://a b", "//x.org"] {
            assert!(!is_http_url(bad), "{bad:?}");
        }
        assert_eq!(list(" a; b;;c ;"), vec!["a", "b", "c"]);
    }
}
