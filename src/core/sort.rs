//! Ordering of the models table. Categorical columns sort in their vocabulary's own order (the
//! same in both languages); empty values always go last, whichever the direction.

use super::dataset::Dataset;
use super::fold::normalize;
use super::url_state::{Sort, SortField};
use std::cmp::Ordering;

/// Sorts `rows` (indices into `ds.models`) in place. Ties fall back to the name, then the id, so
/// the order is total and stable across runs.
pub fn sort_rows(ds: &Dataset, rows: &mut [usize], sort: Option<Sort>) {
    let Some(sort) = sort else { return };
    let category_rank = |id: &str| ds.categories.iter().position(|c| c.id == id).unwrap_or(usize::MAX);
    // Provinces sort in the order of provinces.csv, the same in both languages.
    let province_rank = |m| ds.province_of(m).and_then(|id| ds.provinces.iter().position(|p| p.id == id));
    // Precomputed keys: sorting compares each row many times.
    let names: Vec<String> = ds.models.iter().map(|m| normalize(&m.name)).collect();
    let developers: Vec<String> =
        if sort.field == SortField::Developer { ds.models.iter().map(|m| normalize(&m.developer)).collect() } else { Vec::new() };
    let key = |i: usize| -> Key {
        let m = &ds.models[i];
        match sort.field {
            SortField::Name => Key::Text(names[i].clone()),
            SortField::Developer => Key::Text(developers[i].clone()),
            SortField::Kind => Key::Rank(m.developer_kind.index()),
            SortField::Category => Key::Rank(category_rank(&m.category)),
            SortField::Specialty => m.specialties.first().map_or(Key::Missing, |s| Key::Text(s.clone())),
            SortField::Modality => m.modality.map_or(Key::Missing, |x| Key::Rank(x.index())),
            SortField::Released => m.released.map_or(Key::Missing, |d| {
                Key::Rank(usize::from(d.year) * 10_000 + usize::from(d.month.unwrap_or(0)) * 100 + usize::from(d.day.unwrap_or(0)))
            }),
            SortField::Open => Key::Rank(m.open_weights.index()),
            SortField::Province => province_rank(m).map_or(Key::Missing, Key::Rank),
        }
    };
    let mut keys: Vec<Key> = vec![Key::Missing; ds.models.len()];
    for &i in rows.iter() {
        keys[i] = key(i);
    }
    rows.sort_by(|&a, &b| {
        let primary = match (&keys[a], &keys[b]) {
            (Key::Missing, Key::Missing) => Ordering::Equal,
            (Key::Missing, _) => return Ordering::Greater,
            (_, Key::Missing) => return Ordering::Less,
            (x, y) => x.cmp(y),
        };
        let primary = if sort.descending { primary.reverse() } else { primary };
        primary.then_with(|| names[a].cmp(&names[b])).then_with(|| ds.models[a].id.cmp(&ds.models[b].id))
    });
}

#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Key {
    Rank(usize),
    Text(String),
    Missing,
}
