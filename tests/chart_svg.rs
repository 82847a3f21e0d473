//! Chart geometry, checked on the SVG the draw functions produce (the same functions paint the
//! canvas on screen).

mod common;

use common::attr;
use medllm_atlas::core::chart::{bar, svg, theme};
use medllm_atlas::core::dataset::Dataset;
use medllm_atlas::core::figures::{category_chart, survey_chart};
use medllm_atlas::core::filter::{select, Filters, Index};
use medllm_atlas::core::i18n::Lang;

/// Text contents in document order.
fn texts(svg: &str) -> Vec<String> {
    common::texts(svg).into_iter().map(|t| t.s).collect()
}

fn render(chart: &bar::BarChart, width: f64, theme: theme::Theme) -> String {
    let layout = bar::layout(chart, width, true);
    let palette = theme::palette(theme);
    svg::render(layout.width, layout.height, &chart.title, |area| bar::draw(area, chart, &layout, &palette, svg::SVG_TEXT_SCALE))
}

/// The `<rect>` elements that are bars: filled with the bar or highlight colour.
fn bar_rects<'a>(svg: &'a str, fills: &[&str]) -> Vec<&'a str> {
    svg.lines().filter(|l| l.starts_with("<rect") && fills.iter().any(|f| l.contains(&format!("fill=\"{f}\"")))).collect()
}

#[test]
fn survey_chart_draws_only_what_the_survey_published() {
    let ds = Dataset::bundled().unwrap();
    let chart = survey_chart(&ds, Lang::En).unwrap();
    let svg = render(&chart, 640.0, theme::Theme::Light);
    let p = theme::palette(theme::Theme::Light);
    // Exactly one solid bar (medical services, highlighted) and one hatched outline (the rest).
    let solid = bar_rects(&svg, &[&theme::hex(p.highlight), &theme::hex(p.bar)]);
    assert_eq!(solid.len(), 1, "{svg}");
    assert!(solid[0].contains(&theme::hex(p.highlight)));
    let t = texts(&svg);
    for expected in ["Medical services", "430 · 52.8%", "Other 11 categories together", "384 · 47.2%"] {
        assert!(t.iter().any(|s| s == expected), "{expected:?} not in {t:?}");
    }
    let joined = t.join(" ");
    assert!(joined.contains("only as an image"), "{joined}");
    assert!(
        joined.contains("VCBeat (vcbeathealth.com)")
            && joined.contains("2025-06-20")
            && joined.contains("https://www.vcbeathealth.com/article/32221"),
        "{joined}"
    );
    assert!(svg.contains("<title>Functions by application scenario (survey)</title>"));
}

#[test]
fn category_chart_has_a_labelled_bar_per_category_sorted_by_count() {
    let ds = Dataset::bundled().unwrap();
    let index = Index::new(&ds);
    let filters = Filters::default();
    let sel = select(&ds, &index, &filters, None);
    let chart = category_chart(&ds, &sel, &filters, Lang::En);
    let svg = render(&chart, 800.0, theme::Theme::Light);
    let p = theme::palette(theme::Theme::Light);
    let rects = bar_rects(&svg, &[&theme::hex(p.bar)]);
    let nonzero = chart.bars.iter().filter(|b| b.value > 0.0).count();
    assert_eq!(rects.len(), nonzero);
    // Widths strictly follow the counts, largest first, top to bottom.
    let widths: Vec<f64> = rects.iter().map(|r| attr(r, "width")).collect();
    let ys: Vec<f64> = rects.iter().map(|r| attr(r, "y")).collect();
    assert!(widths.windows(2).all(|w| w[0] >= w[1]), "{widths:?}");
    assert!(ys.windows(2).all(|w| w[0] < w[1]), "{ys:?}");
    let values: Vec<f64> = chart.bars.iter().map(|b| b.value).collect();
    assert!(values.windows(2).all(|w| w[0] >= w[1]));
    assert_eq!(values.iter().sum::<f64>() as usize, ds.models.len());
    // Every category is labelled, with its count.
    let t = texts(&svg);
    for (c, b) in ds.categories.iter().zip(&chart.bars).map(|(_, b)| (ds.category(&b.key).unwrap(), b)) {
        assert!(t.contains(&c.name_en), "{} missing", c.name_en);
        assert!(t.contains(&b.value_label));
    }
    let joined = t.join(" ");
    assert!(joined.contains(&format!("{} models documented in this atlas — not the survey's 288.", ds.models.len())), "{joined}");
}

#[test]
fn chosen_categories_are_highlighted() {
    let ds = Dataset::bundled().unwrap();
    let index = Index::new(&ds);
    let filters = Filters { categories: ["pathology".to_owned()].into(), ..Filters::default() };
    let sel = select(&ds, &index, &filters, None);
    let chart = category_chart(&ds, &sel, &filters, Lang::En);
    let svg = render(&chart, 800.0, theme::Theme::Dark);
    let p = theme::palette(theme::Theme::Dark);
    let highlighted = bar_rects(&svg, &[&theme::hex(p.highlight)]);
    assert_eq!(highlighted.len(), 1);
    let pathology = chart.bars.iter().position(|b| b.key == "pathology").unwrap();
    let all = bar_rects(&svg, &[&theme::hex(p.highlight), &theme::hex(p.bar)]);
    assert_eq!(all.iter().position(|r| r.contains(&theme::hex(p.highlight))), Some(pathology));
}

#[test]
fn chinese_labels_are_drawn_in_full_even_at_phone_width() {
    let ds = Dataset::bundled().unwrap();
    let index = Index::new(&ds);
    let filters = Filters::default();
    let sel = select(&ds, &index, &filters, None);
    let chart = category_chart(&ds, &sel, &filters, Lang::Zh);
    for width in [360.0, 1200.0] {
        let svg = render(&chart, width, theme::Theme::Light);
        let t = texts(&svg);
        for c in &ds.categories {
            assert!(t.contains(&c.name_zh), "{} cut or missing at {width}px", c.name_zh);
        }
    }
}

#[test]
fn an_empty_chart_says_so() {
    let chart =
        bar::BarChart { title: "t".into(), bars: vec![], notes: vec![], empty_message: "No models match the current filters.".into() };
    let svg = render(&chart, 400.0, theme::Theme::Light);
    assert!(texts(&svg).contains(&"No models match the current filters.".to_owned()));
}
