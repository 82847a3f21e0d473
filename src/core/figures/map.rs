//! Where the documented models come from: the province facet as a tile map. A model is placed
//! where its lead developer is based (`locations.csv`), counted under the reader's other filters
//! as the facet counts are; the models no page places are a bar of their own. The grid is the
//! atlas's own schematic, and the notes say so.

use super::share_detail;
use crate::core::chart::tilemap::{Tile, TileMapChart, Unplaced};
use crate::core::dataset::{Dataset, NOT_LOCATED};
use crate::core::facet::Facet;
use crate::core::filter::{Filters, Index, Selection};
use crate::core::i18n::{fill, format_int, format_percent, Lang, Msg};

/// The atlas's schematic grid of China's provincial-level divisions, one equal tile each, as
/// (ISO 3166-2:CN code, column, row): west to east, north to south, each division next to the
/// neighbours it can keep (Hong Kong, Macao and Taiwan included). Not to scale.
pub const TILE_GRID: [(&str, u16, u16); 34] = [
    ("CN-HL", 5, 0),
    ("CN-NM", 3, 1),
    ("CN-LN", 4, 1),
    ("CN-JL", 5, 1),
    ("CN-XJ", 0, 2),
    ("CN-GS", 1, 2),
    ("CN-NX", 2, 2),
    ("CN-SX", 3, 2),
    ("CN-HE", 4, 2),
    ("CN-BJ", 5, 2),
    ("CN-XZ", 0, 3),
    ("CN-QH", 1, 3),
    ("CN-SN", 2, 3),
    ("CN-HA", 3, 3),
    ("CN-SD", 4, 3),
    ("CN-TJ", 5, 3),
    ("CN-SC", 1, 4),
    ("CN-CQ", 2, 4),
    ("CN-HB", 3, 4),
    ("CN-AH", 4, 4),
    ("CN-JS", 5, 4),
    ("CN-SH", 6, 4),
    ("CN-YN", 1, 5),
    ("CN-GZ", 2, 5),
    ("CN-HN", 3, 5),
    ("CN-JX", 4, 5),
    ("CN-ZJ", 5, 5),
    ("CN-GX", 2, 6),
    ("CN-GD", 3, 6),
    ("CN-FJ", 4, 6),
    ("CN-TW", 5, 6),
    ("CN-HI", 2, 7),
    ("CN-MO", 3, 7),
    ("CN-HK", 4, 7),
];

/// The grid's empty top-left corner (columns 0–2, rows 0–1), where the legend goes.
pub const LEGEND_CORNER: (u16, u16, u16, u16) = (0, 0, 3, 2);

/// The tile of a province on the grid.
pub fn grid_cell(id: &str) -> Option<(u16, u16)> {
    TILE_GRID.iter().find(|(code, ..)| *code == id).map(|(_, col, row)| (*col, *row))
}

/// Models per province under the other filters, and those not located.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ProvinceCounts {
    /// (province id, count), in `provinces.csv` order.
    pub provinces: Vec<(String, usize)>,
    pub not_located: usize,
    /// The models counted (located or not).
    pub population: usize,
}

impl ProvinceCounts {
    pub fn of(index: &Index, selection: &Selection) -> ProvinceCounts {
        let counts = selection.counts.of(Facet::Province);
        let mut out = ProvinceCounts { population: counts.population, ..ProvinceCounts::default() };
        for (id, &n) in index.values(Facet::Province).iter().zip(&counts.values) {
            if id == NOT_LOCATED {
                out.not_located = n;
            } else {
                out.provinces.push((id.clone(), n));
            }
        }
        out
    }

    pub fn located(&self) -> usize {
        self.population - self.not_located
    }
}

/// The map for `counts`: a tile per province of the grid, the not-located bar, the reader's
/// chosen provinces marked.
pub fn province_map(ds: &Dataset, counts: &ProvinceCounts, filters: &Filters, lang: Lang) -> TileMapChart {
    let tiles = counts
        .provinces
        .iter()
        .filter_map(|(id, n)| {
            let (col, row) = grid_cell(id)?;
            let name = ds.province_name(id, lang);
            Some(Tile {
                key: id.clone(),
                detail: share_detail(&name, *n, counts.population, lang),
                code: id.trim_start_matches("CN-").to_owned(),
                name,
                col,
                row,
                value: *n,
                chosen: filters.is_chosen(Facet::Province, id),
            })
        })
        .collect();
    let label = Msg::NotLocated.text(lang).to_owned();
    let unplaced = Unplaced {
        key: NOT_LOCATED.to_owned(),
        detail: share_detail(&label, counts.not_located, counts.population, lang),
        label,
        value: counts.not_located,
        chosen: filters.is_chosen(Facet::Province, NOT_LOCATED),
    };
    let notes = vec![
        fill(
            Msg::MapLocationNote.text(lang),
            &[("n", &format_int(counts.not_located as u64)), ("total", &format_int(counts.population as u64))],
        ),
        Msg::MapLayoutNote.text(lang).to_owned(),
        super::sample_note(ds, counts.population, lang),
        Msg::AtlasSource.text(lang).to_owned(),
    ];
    TileMapChart {
        title: Msg::MapTitle.text(lang).to_owned(),
        tiles,
        unplaced: Some(unplaced),
        legend_title: Msg::MapLegendTitle.text(lang).to_owned(),
        legend_cells: LEGEND_CORNER,
        zero_label: format_int(0),
        notes,
        empty_message: Msg::NoModels.text(lang).to_owned(),
    }
}

/// How many places the finding names.
const FINDING_PLACES: usize = 3;

/// "Beijing, Shanghai and Guangdong: 150 of the 265 located models (56.6%)": the provinces with
/// the most models (ties in `provinces.csv` order). `None` when no model is located.
pub fn province_finding(ds: &Dataset, counts: &ProvinceCounts, lang: Lang) -> Option<String> {
    let mut ranked: Vec<&(String, usize)> = counts.provinces.iter().filter(|(_, n)| *n > 0).collect();
    ranked.sort_by_key(|(_, n)| std::cmp::Reverse(*n));
    ranked.truncate(FINDING_PLACES);
    let located = counts.located();
    if ranked.is_empty() || located == 0 {
        return None;
    }
    let n: usize = ranked.iter().map(|(_, n)| n).sum();
    let places: Vec<String> = ranked.iter().map(|(id, _)| ds.province_name(id, lang)).collect();
    Some(fill(
        Msg::MapFinding.text(lang),
        &[
            ("places", &lang.list_and(&places)),
            ("n", &format_int(n as u64)),
            ("located", &format_int(located as u64)),
            ("share", &format_percent(n as f64 / located as f64)),
        ],
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    #[test]
    fn the_grid_gives_each_division_of_the_data_its_own_tile() {
        let ds = crate::core::bundle::bundled().unwrap();
        let codes: BTreeSet<&str> = TILE_GRID.iter().map(|(c, ..)| *c).collect();
        let data: BTreeSet<&str> = ds.provinces.iter().map(|p| p.id.as_str()).collect();
        assert_eq!(codes, data, "every division of provinces.csv has a tile, and only those");
        let cells: BTreeSet<(u16, u16)> = TILE_GRID.iter().map(|(_, c, r)| (*c, *r)).collect();
        assert_eq!(cells.len(), TILE_GRID.len(), "no two divisions share a tile");
        let (c, r, cols, rows) = LEGEND_CORNER;
        assert!(
            TILE_GRID.iter().all(|(_, col, row)| !((c..c + cols).contains(col) && (r..r + rows).contains(row))),
            "the legend's corner is empty"
        );
    }

    #[test]
    fn neighbours_stay_next_to_each_other() {
        // Pairs that share a border (or, for Taiwan, a strait) must touch on the grid, diagonals
        // included: the reader's mental map survives the schematic.
        let touching = |a: &str, b: &str| {
            let ((ac, ar), (bc, br)) = (grid_cell(a).unwrap(), grid_cell(b).unwrap());
            ac.abs_diff(bc) <= 1 && ar.abs_diff(br) <= 1
        };
        for (a, b) in [
            ("CN-BJ", "CN-TJ"),
            ("CN-BJ", "CN-HE"),
            ("CN-TJ", "CN-HE"),
            ("CN-SH", "CN-JS"),
            ("CN-SH", "CN-ZJ"),
            ("CN-ZJ", "CN-JS"),
            ("CN-GD", "CN-HK"),
            ("CN-GD", "CN-MO"),
            ("CN-HK", "CN-MO"),
            ("CN-GD", "CN-GX"),
            ("CN-GD", "CN-FJ"),
            ("CN-FJ", "CN-TW"),
            ("CN-SC", "CN-CQ"),
            ("CN-HB", "CN-HN"),
            ("CN-XJ", "CN-XZ"),
            ("CN-HL", "CN-JL"),
            ("CN-JL", "CN-LN"),
            ("CN-HE", "CN-SD"),
            ("CN-AH", "CN-JS"),
            ("CN-YN", "CN-GZ"),
        ] {
            assert!(touching(a, b), "{a} and {b}");
        }
    }
}
