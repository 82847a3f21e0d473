//! Data versions: which release of the data a reader is looking at, what each release added,
//! changed or removed (`changes.csv`, made by diffing `models.csv` between releases), and where a
//! model stands against an earlier release ("new" or "updated since").

use super::dataset::Dataset;
use super::date::PartialDate;
use super::i18n::{fill, format_int, Lang, Msg};
use super::model::Change;
use super::vocab::{ChangeKind, SourceKind};
use std::collections::HashMap;

/// The data version: the latest `version` in `changes.csv`; `None` without data versions (a
/// reader's own file).
pub fn current(ds: &Dataset) -> Option<PartialDate> {
    ds.changes.iter().map(|c| c.version).max()
}

/// Every version, newest first.
pub fn all(ds: &Dataset) -> Vec<PartialDate> {
    let mut v: Vec<PartialDate> = ds.changes.iter().map(|c| c.version).collect();
    v.sort_unstable_by(|a, b| b.cmp(a));
    v.dedup();
    v
}

/// One release: its changes in file order and how many of each kind.
#[derive(Clone, Debug, PartialEq)]
pub struct Release<'a> {
    pub version: PartialDate,
    pub changes: Vec<&'a Change>,
    /// Indexed like `ChangeKind::ALL` (added, changed, removed).
    pub counts: [usize; 3],
}

/// The releases, newest first.
pub fn releases(ds: &Dataset) -> Vec<Release<'_>> {
    all(ds)
        .into_iter()
        .map(|version| {
            let changes: Vec<&Change> = ds.changes.iter().filter(|c| c.version == version).collect();
            let mut counts = [0; 3];
            for c in &changes {
                counts[c.kind.index()] += 1;
            }
            Release { version, changes, counts }
        })
        .collect()
}

/// When a model was added and last changed, from the changes of every release.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct History {
    pub added: Option<PartialDate>,
    pub changed: Option<PartialDate>,
}

/// Each model id's history.
pub fn histories(ds: &Dataset) -> HashMap<&str, History> {
    let mut out: HashMap<&str, History> = HashMap::new();
    for c in &ds.changes {
        let h = out.entry(c.model_id.as_str()).or_default();
        match c.kind {
            ChangeKind::Added => h.added = Some(c.version),
            ChangeKind::Changed => h.changed = h.changed.max(Some(c.version)),
            // A model removed and added again starts over.
            ChangeKind::Removed => *h = History::default(),
        }
    }
    out
}

/// Where a model stands against an earlier version.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SinceStatus {
    /// Added after that version.
    New,
    /// There at that version, changed after it.
    Updated,
}

impl History {
    pub fn since(&self, version: PartialDate) -> Option<SinceStatus> {
        if self.added.is_some_and(|a| a > version) {
            Some(SinceStatus::New)
        } else if self.changed.is_some_and(|c| c > version) {
            Some(SinceStatus::Updated)
        } else {
            None
        }
    }
}

/// "Data version 2026-12-01 · 234 models (156 primary, 49 news, 29 secondary sources)"; for data
/// without versions only the counts.
pub fn summary(ds: &Dataset, lang: Lang) -> String {
    let mut kinds = [0usize; 3];
    for m in &ds.models {
        kinds[m.source_kind.index()] += 1;
    }
    let n = |k: SourceKind| format_int(kinds[k.index()] as u64);
    let counts = fill(
        Msg::DataCounts.text(lang),
        &[
            ("n", &format_int(ds.models.len() as u64)),
            ("primary", &n(SourceKind::Primary)),
            ("news", &n(SourceKind::News)),
            ("secondary", &n(SourceKind::Secondary)),
        ],
    );
    match current(ds) {
        Some(v) => format!("{} · {counts}", fill(Msg::DataVersion.text(lang), &[("version", &v.to_string())])),
        None => counts,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn change(version: &str, model_id: &str, kind: ChangeKind) -> Change {
        Change { version: PartialDate::parse(version).unwrap(), model_id: model_id.into(), kind, fields: Vec::new() }
    }

    #[test]
    fn releases_newest_first_with_counts() {
        let ds = Dataset {
            changes: vec![
                change("2026-11-25", "a", ChangeKind::Added),
                change("2026-11-25", "b", ChangeKind::Added),
                change("2026-11-25", "c", ChangeKind::Added),
                change("2026-12-01", "d", ChangeKind::Added),
                change("2026-12-01", "a", ChangeKind::Changed),
                change("2026-12-01", "c", ChangeKind::Removed),
            ],
            ..Dataset::default()
        };
        assert_eq!(current(&ds).unwrap().to_string(), "2026-12-01");
        let r = releases(&ds);
        assert_eq!(
            r.iter().map(|r| (r.version.to_string(), r.counts)).collect::<Vec<_>>(),
            [("2026-12-01".to_owned(), [1, 1, 1]), ("2026-11-25".to_owned(), [3, 0, 0])]
        );
        let h = histories(&ds);
        let first = PartialDate::parse("2026-11-25").unwrap();
        assert_eq!(h["d"].since(first), Some(SinceStatus::New));
        assert_eq!(h["a"].since(first), Some(SinceStatus::Updated));
        assert_eq!(h["b"].since(first), None);
        assert_eq!(h["c"], History::default(), "removed");
        assert_eq!(h["a"].since(PartialDate::parse("2026-12-01").unwrap()), None, "nothing after the current version");
        assert_eq!(current(&Dataset::default()), None);
    }
}
