//! The province tile map, checked on the SVG its draw function produces (the same function paints
//! the canvas, the PNG and the SVG downloads): a tile per division with the count the data gives,
//! zero tiles empty and outlined, the not-located models as their own bar, names or codes that
//! fit, chosen tiles outlined, and a snapshot of the whole drawing.

mod common;

use common::attr;
use medllm_atlas::core::bundle;
use medllm_atlas::core::chart::tilemap::{self, TileMapChart};
use medllm_atlas::core::chart::{svg, theme, Chart};
use medllm_atlas::core::dataset::{Dataset, NOT_LOCATED};
use medllm_atlas::core::facet::Facet;
use medllm_atlas::core::figures::{province_finding, province_map, ProvinceCounts, TILE_GRID};
use medllm_atlas::core::filter::{select, Filters, Index};
use medllm_atlas::core::i18n::Lang;
use std::collections::BTreeMap;

fn render(chart: &TileMapChart, width: f64, theme: theme::Theme) -> String {
    let layout = tilemap::layout(chart, width, true);
    let palette = theme::palette(theme);
    svg::render(layout.width, layout.height, &chart.title, |area| tilemap::draw(area, chart, &layout, &palette, svg::SVG_TEXT_SCALE))
}

/// Models per province counted straight from the data: each model's developer looked up in
/// locations.csv; the rest not located.
fn counted_from_data(ds: &Dataset) -> (BTreeMap<String, usize>, usize) {
    let mut per: BTreeMap<String, usize> = ds.provinces.iter().map(|p| (p.id.clone(), 0)).collect();
    let mut not_located = 0;
    for m in &ds.models {
        match ds.locations.iter().find(|l| l.developer == m.developer) {
            Some(l) => *per.get_mut(&l.province).unwrap() += 1,
            None => not_located += 1,
        }
    }
    (per, not_located)
}

fn map_of(ds: &Dataset, filters: &Filters, lang: Lang) -> (TileMapChart, ProvinceCounts) {
    let index = Index::new(ds);
    let selection = select(&index, filters, None);
    let counts = ProvinceCounts::of(&index, &selection);
    (province_map(ds, &counts, filters, lang), counts)
}

/// `<rect>` lines of the SVG filled with `fill`.
fn rects_filled<'a>(svg: &'a str, fill: &str) -> Vec<&'a str> {
    svg.lines().filter(|l| l.starts_with("<rect") && l.contains(&format!("fill=\"{fill}\""))).collect()
}

#[test]
fn every_tile_counts_the_models_its_developers_are_based_in() {
    let ds = bundle::bundled().unwrap();
    let (per, not_located) = counted_from_data(&ds);
    let (chart, counts) = map_of(&ds, &Filters::default(), Lang::En);
    assert_eq!(chart.tiles.len(), ds.provinces.len(), "one tile per division");
    for tile in &chart.tiles {
        assert_eq!(tile.value, per[&tile.key], "{}", tile.key);
    }
    let unplaced = chart.unplaced.as_ref().expect("the not-located bar is always there");
    assert_eq!((unplaced.key.as_str(), unplaced.value), (NOT_LOCATED, not_located));
    assert_eq!(counts.population, ds.models.len());
    assert_eq!(counts.located() + not_located, ds.models.len(), "located and not located add up to every model");
    // The hidden data table reads the same numbers, not-located included.
    let table = chart.table();
    assert_eq!(table.len(), ds.provinces.len() + 1);
    assert!(table.iter().any(|(label, value)| label == "Not located" && *value == not_located.to_string()));
}

#[test]
fn zero_tiles_are_empty_and_outlined_filled_tiles_take_a_shade_of_the_scale() {
    let ds = bundle::bundled().unwrap();
    let (chart, _) = map_of(&ds, &Filters::default(), Lang::En);
    let p = theme::palette(theme::Theme::Light);
    let svg = render(&chart, 640.0, theme::Theme::Light);
    let shaded: usize = p.ramp.iter().map(|c| rects_filled(&svg, &theme::hex(*c)).len()).sum();
    let filled_tiles = chart.tiles.iter().filter(|t| t.value > 0).count();
    let classes = tilemap::classes(chart.tiles.iter().map(|t| t.value).max().unwrap(), p.ramp.len()).len();
    assert_eq!(shaded, filled_tiles + classes, "a shaded rect per filled tile, and one legend swatch per class");
    let zero_tiles = chart.tiles.iter().filter(|t| t.value == 0).count();
    assert!(zero_tiles > 0, "the data leaves some divisions without a model");
    let outlined = svg.lines().filter(|l| l.starts_with("<rect") && l.contains("fill=\"none\"") && l.contains(&theme::hex(p.rule))).count();
    assert_eq!(outlined, zero_tiles + 1, "an outline per empty tile, and the legend's empty swatch");
    // The scale's shades darken with the count: a larger count never gets a lighter shade.
    let layout = tilemap::layout(&chart, 640.0, true);
    let shade_of = |n: usize| layout.classes.iter().position(|c| c.contains(n));
    let mut by_value: Vec<usize> = chart.tiles.iter().map(|t| t.value).filter(|v| *v > 0).collect();
    by_value.sort_unstable();
    assert!(by_value.windows(2).all(|w| shade_of(w[0]) <= shade_of(w[1])));
}

#[test]
fn tiles_show_names_where_they_fit_else_codes_and_chinese_in_zh() {
    let ds = bundle::bundled().unwrap();
    let (en, _) = map_of(&ds, &Filters::default(), Lang::En);
    let wide = tilemap::layout(&en, 900.0, false);
    assert!(wide.names, "names fit at 900 px");
    let texts: Vec<String> = common::texts(&render(&en, 900.0, theme::Theme::Light)).into_iter().map(|t| t.s).collect();
    for p in &ds.provinces {
        let words: Vec<&str> = p.name_en.split(' ').collect();
        assert!(words.iter().all(|w| texts.iter().any(|t| t.contains(w))), "{} drawn", p.name_en);
    }
    let narrow = tilemap::layout(&en, 300.0, false);
    assert!(!narrow.names, "codes at 300 px");
    assert!(narrow.tiles.iter().all(|t| t.lines.len() == 1 && t.lines[0].len() == 2));
    for width in [300.0, 390.0, 640.0, 900.0] {
        let l = tilemap::layout(&en, width, true);
        assert!(l.tiles.iter().all(|t| t.x >= 0.0 && t.x + t.w <= width), "tiles inside {width} px");
        let hits = en.hits(&l);
        assert!(hits.iter().all(|h| h.x + h.w <= width + 0.5), "hit areas inside {width} px");
    }
    let (zh, _) = map_of(&ds, &Filters::default(), Lang::Zh);
    let zh_texts: Vec<String> = common::texts(&render(&zh, 390.0, theme::Theme::Dark)).into_iter().map(|t| t.s).collect();
    for p in &ds.provinces {
        assert!(zh_texts.contains(&p.name_zh), "{} drawn in 中文 at 390 px", p.name_zh);
    }
    assert!(zh_texts.iter().any(|t| t == "未定位"));
}

#[test]
fn chosen_tiles_and_the_chosen_bar_are_outlined_thick_and_counted_under_the_other_filters() {
    let ds = bundle::bundled().unwrap();
    let (per, _) = counted_from_data(&ds);
    let busiest = per.iter().max_by_key(|(_, n)| **n).unwrap().0.clone();
    let filters = Filters::default().with(Facet::Province, &[&busiest, NOT_LOCATED]);
    let (chart, _) = map_of(&ds, &filters, Lang::En);
    // Counts under the other filters: choosing a province hides no tile's count.
    for tile in &chart.tiles {
        assert_eq!(tile.value, per[&tile.key]);
        assert_eq!(tile.chosen, tile.key == busiest);
    }
    assert!(chart.unplaced.as_ref().unwrap().chosen);
    let p = theme::palette(theme::Theme::Light);
    let svg = render(&chart, 640.0, theme::Theme::Light);
    let frames: Vec<&str> =
        svg.lines().filter(|l| l.starts_with("<rect") && l.contains(&format!("stroke=\"{}\"", theme::hex(p.highlight)))).collect();
    let thickness = tilemap::CHOSEN_FRAME as usize;
    assert_eq!(frames.len(), 2 * thickness, "the chosen tile and the chosen bar, each framed {thickness} px: {frames:#?}");
    let layout = tilemap::layout(&chart, 640.0, true);
    let tile = layout.tiles.iter().find(|t| t.key == busiest).unwrap();
    for d in 1..=thickness {
        let d = d as f64;
        assert!(
            frames.iter().any(|l| (attr(l, "x") - (tile.x - d).round()).abs() <= 0.5 && (attr(l, "y") - (tile.y - d).round()).abs() <= 0.5),
            "a frame {d} px outside the tile at ({}, {})",
            tile.x,
            tile.y
        );
    }
}

#[test]
fn the_finding_names_the_largest_places_and_their_share_of_the_located_models() {
    let ds = bundle::bundled().unwrap();
    let (per, not_located) = counted_from_data(&ds);
    let mut ranked: Vec<(&String, &usize)> = per.iter().collect();
    // Ties in provinces.csv order, as the finding ranks them.
    let order = |id: &str| ds.provinces.iter().position(|p| p.id == id).unwrap();
    ranked.sort_by(|a, b| b.1.cmp(a.1).then(order(a.0).cmp(&order(b.0))));
    let top: Vec<&str> = ranked.iter().take(3).map(|(id, _)| ds.province(id).unwrap().name_en.as_str()).collect();
    let n: usize = ranked.iter().take(3).map(|(_, n)| **n).sum();
    let located = ds.models.len() - not_located;
    let (_, counts) = map_of(&ds, &Filters::default(), Lang::En);
    let finding = province_finding(&ds, &counts, Lang::En).unwrap();
    assert_eq!(
        finding,
        format!("{}, {} and {}: {n} of the {located} located models ({:.1}%).", top[0], top[1], top[2], n as f64 / located as f64 * 100.0)
    );
    let zh = province_finding(&ds, &counts, Lang::Zh).unwrap();
    let top_zh: Vec<&str> = ranked.iter().take(3).map(|(id, _)| ds.province(id).unwrap().name_zh.as_str()).collect();
    assert!(zh.starts_with(&format!("{}、{}和{}：", top_zh[0], top_zh[1], top_zh[2])), "{zh}");
    // Nothing located: no finding.
    let nowhere = Filters::default().with(Facet::Province, &[NOT_LOCATED]);
    let index = Index::new(&ds);
    let mut counts = ProvinceCounts::of(&index, &select(&index, &nowhere, None));
    counts.provinces.iter_mut().for_each(|(_, n)| *n = 0);
    counts.population = counts.not_located;
    assert_eq!(province_finding(&ds, &counts, Lang::En), None);
}

/// The whole drawing of a fixed set of counts, light and dark, compared with
/// `tests/snapshots/province-map-*.svg` (Observable Plot's habit: any change of a colour, word or
/// position shows). `UPDATE_SNAPSHOTS=1 cargo test --test map_svg` rewrites them after a change
/// that is meant.
#[test]
fn snapshot() {
    let ds = bundle::bundled().unwrap();
    let fixed = [("CN-BJ", 41), ("CN-SH", 27), ("CN-GD", 12), ("CN-ZJ", 7), ("CN-SC", 3), ("CN-HK", 1), ("CN-TW", 2)];
    let provinces: Vec<(String, usize)> =
        TILE_GRID.iter().map(|(id, ..)| ((*id).to_owned(), fixed.iter().find(|(f, _)| f == id).map_or(0, |(_, n)| *n))).collect();
    let not_located = 9;
    let counts = ProvinceCounts { population: provinces.iter().map(|(_, n)| n).sum::<usize>() + not_located, provinces, not_located };
    let filters = Filters::default().with(Facet::Province, &["CN-SH"]);
    let chart = province_map(&ds, &counts, &filters, Lang::En);
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/snapshots");
    for (theme, width) in [(theme::Theme::Light, 640.0), (theme::Theme::Dark, 390.0)] {
        let svg = render(&chart, width, theme);
        let path = dir.join(format!("province-map-{}-{width}.svg", theme.id()));
        if std::env::var_os("UPDATE_SNAPSHOTS").is_some() {
            std::fs::create_dir_all(&dir).unwrap();
            std::fs::write(&path, &svg).unwrap();
        }
        let expected = std::fs::read_to_string(&path).unwrap_or_else(|_| panic!("{} missing: UPDATE_SNAPSHOTS=1", path.display()));
        assert!(
            svg == expected,
            "{} changed; look at it and run UPDATE_SNAPSHOTS=1 cargo test --test map_svg if the change is meant",
            path.display()
        );
    }
}
