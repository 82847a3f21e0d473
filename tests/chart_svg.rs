//! Chart geometry, checked on the SVG the draw functions produce (the same functions paint the
//! canvas on screen).

mod common;

use common::attr;
use medllm_atlas::core::bundle;
use medllm_atlas::core::chart::{bar, svg, theme};
use medllm_atlas::core::dataset::Dataset;
use medllm_atlas::core::facet::Facet;
use medllm_atlas::core::figures::{category_chart, facet_chart, survey_chart};
use medllm_atlas::core::filter::{select, Filters, Index};
use medllm_atlas::core::i18n::Lang;
use medllm_atlas::core::vocab::{DeveloperKind, Modality};

/// Text contents in document order.
fn texts(svg: &str) -> Vec<String> {
    common::texts(svg).into_iter().map(|t| t.s).collect()
}

fn render(chart: &bar::BarChart, width: f64, theme: theme::Theme) -> String {
    let layout = bar::layout(chart, width, true);
    let palette = theme::palette(theme);
    svg::render(layout.width, layout.height, &chart.title, |area| bar::draw(area, chart, &layout, &palette, svg::SVG_TEXT_SCALE))
}

/// A figure the survey published, as `survey_figures.csv` gives it.
fn figure(ds: &Dataset, metric: &str) -> f64 {
    ds.figure(metric).unwrap_or_else(|| panic!("survey_figures.csv has {metric}")).value
}

/// "430 · 52.8%": a count and its share of `total`, to one decimal.
fn count_and_share(n: f64, total: f64) -> String {
    format!("{n} · {:.1}%", n / total * 100.0)
}

/// The `<rect>` elements that are bars: filled with the bar or highlight colour.
fn bar_rects<'a>(svg: &'a str, fills: &[&str]) -> Vec<&'a str> {
    svg.lines().filter(|l| l.starts_with("<rect") && fills.iter().any(|f| l.contains(&format!("fill=\"{f}\"")))).collect()
}

#[test]
fn survey_chart_draws_only_what_the_survey_published() {
    let ds = bundle::bundled().unwrap();
    let chart = survey_chart(&ds, Lang::En).unwrap();
    let svg = render(&chart, 640.0, theme::Theme::Light);
    let p = theme::palette(theme::Theme::Light);
    // Exactly one solid bar (medical services, highlighted) and one hatched outline (the rest).
    let solid = bar_rects(&svg, &[&theme::hex(p.highlight), &theme::hex(p.bar)]);
    assert_eq!(solid.len(), 1, "{svg}");
    assert!(solid[0].contains(&theme::hex(p.highlight)));
    let t = texts(&svg);
    // The survey's own numbers: medical services' functions, the rest of the total, and the
    // other categories (all of them but medical services).
    let part = figure(&ds, "functionalities_medical_services");
    let total = figure(&ds, "functionalities_total");
    let categories = figure(&ds, "application_categories");
    assert_eq!(ds.category("medical-services").and_then(|c| c.functions_count).map(f64::from), Some(part));
    let expected = [
        "Medical services".to_owned(),
        count_and_share(part, total),
        format!("Other {} categories together", categories - 1.0),
        count_and_share(total - part, total),
    ];
    for expected in &expected {
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
    let ds = bundle::bundled().unwrap();
    let index = Index::new(&ds);
    let filters = Filters::default();
    let sel = select(&index, &filters, None);
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
    let surveyed = figure(&ds, "models_surveyed");
    assert!(
        joined.contains(&format!("{} models documented in this atlas; the survey counted {surveyed}, not the same list.", ds.models.len())),
        "{joined}"
    );
}

#[test]
fn chosen_categories_are_highlighted() {
    let ds = bundle::bundled().unwrap();
    let index = Index::new(&ds);
    let filters = Filters::default().with(Facet::Category, &["pathology"]);
    let sel = select(&index, &filters, None);
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
    let ds = bundle::bundled().unwrap();
    let index = Index::new(&ds);
    let filters = Filters::default();
    let sel = select(&index, &filters, None);
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

#[test]
fn facet_charts_exist_for_kind_specialty_and_modality_only() {
    let ds = bundle::bundled().unwrap();
    let index = Index::new(&ds);
    let filters = Filters::default();
    let sel = select(&index, &filters, None);
    let chart = |facet: Facet| facet_chart(&ds, &index, &sel, &filters, facet, Lang::En);
    for facet in [Facet::Category, Facet::Open, Facet::Source, Facet::FunctionCategory, Facet::BuiltOn] {
        assert!(chart(facet).is_none(), "{facet:?} has no chart of its own");
    }

    // Developer kind: one bar per kind, named in words, adding up to every model (one kind each).
    let kind = chart(Facet::Kind).expect("a kind chart");
    assert_eq!(kind.bars.len(), DeveloperKind::ALL.len());
    for k in DeveloperKind::ALL {
        let bar = kind.bars.iter().find(|b| b.key == k.id()).unwrap_or_else(|| panic!("no bar for {k:?}"));
        assert_eq!(bar.label, k.label().text(Lang::En));
        assert_eq!(bar.value as usize, ds.models.iter().filter(|m| m.developer_kind == *k).count(), "{k:?}");
    }
    assert!(kind.bars.windows(2).all(|w| w[0].value >= w[1].value), "largest first");

    // Input data: the rows that state none are a note, not a bar.
    let modality = chart(Facet::Modality).expect("a modality chart");
    assert_eq!(modality.bars.len(), Modality::ALL.len());
    let unstated = ds.models.iter().filter(|m| m.modality.is_none()).count();
    assert!(unstated > 0, "the bundled data has rows without a modality");
    assert_eq!(modality.bars.iter().map(|b| b.value as usize).sum::<usize>() + unstated, ds.models.len());
    assert!(modality.notes.contains(&format!("{unstated} rows state no input data")), "{:?}", modality.notes);

    // Specialties: the most frequent (as many as the facet's chart shows), named from
    // specialties.csv.
    let top = specialty_top();
    let specialty = chart(Facet::Specialty).expect("a specialty chart");
    assert_eq!(specialty.title, format!("Documented models by specialty (top {top})"));
    assert_eq!(specialty.bars.len(), top.min(index.values(Facet::Specialty).len()));
    for bar in &specialty.bars {
        assert_eq!(bar.label, ds.specialty(&bar.key).expect("a named specialty").name_en);
        assert_eq!(bar.value as usize, ds.models.iter().filter(|m| m.specialties.contains(&bar.key)).count(), "{}", bar.key);
    }
    let shown: Vec<f64> = specialty.bars.iter().map(|b| b.value).collect();
    assert!(shown.windows(2).all(|w| w[0] >= w[1]), "{shown:?}");
    let smallest_shown = shown[shown.len() - 1];
    assert!(
        index
            .values(Facet::Specialty)
            .iter()
            .filter(|s| !specialty.bars.iter().any(|b| &b.key == *s))
            .all(|s| { ds.models.iter().filter(|m| m.specialties.contains(s)).count() as f64 <= smallest_shown }),
        "a specialty left out has more models than one shown"
    );
}

/// How many specialties the specialty chart shows (the facet table's `top`).
fn specialty_top() -> usize {
    Facet::Specialty.def().chart.and_then(|c| c.top).expect("the specialty chart shows the largest values only")
}

#[test]
fn a_chosen_specialty_outside_the_top_keeps_its_highlighted_bar() {
    let ds = bundle::bundled().unwrap();
    let index = Index::new(&ds);
    // The specialty with the fewest models: well outside the top.
    let count = |s: &str| ds.models.iter().filter(|m| m.specialties.iter().any(|x| x == s)).count();
    let specialties = index.values(Facet::Specialty);
    let top = specialty_top();
    assert!(specialties.len() > top + 1, "the bundled data has more specialties than the chart shows");
    let rare = specialties.iter().min_by_key(|s| count(s)).unwrap();
    let filters = Filters::default().with(Facet::Specialty, &[rare]);
    let sel = select(&index, &filters, None);
    let chart = facet_chart(&ds, &index, &sel, &filters, Facet::Specialty, Lang::En).unwrap();
    assert!(count(rare) < count(&chart.bars[top - 1].key), "{rare} is not outside the top {top}");
    assert_eq!(chart.bars.len(), top + 1, "the top and the chosen one");
    let chosen = chart.bars.iter().find(|b| &b.key == rare).expect("the chosen bar stays");
    assert_eq!(chosen.value as usize, count(rare));
    let svg = render(&chart, 800.0, theme::Theme::Light);
    let p = theme::palette(theme::Theme::Light);
    assert_eq!(bar_rects(&svg, &[&theme::hex(p.highlight)]).len(), 1, "one highlighted bar");
    assert!(texts(&svg).contains(&chosen.label), "{} is labelled", chosen.label);
}
