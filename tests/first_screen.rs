//! The build-time first screen (`core::first_screen`): the same figures and charts the app shows
//! for the default overview, in both languages, escaped, and recolourable for a dark page.

mod common;

use medllm_atlas::core::bundle;
use medllm_atlas::core::chart::theme::{hex, palette, Theme};
use medllm_atlas::core::dataset::Dataset;
use medllm_atlas::core::filter::Index;
use medllm_atlas::core::first_screen::{dark_chart_css, escape, first_screen, WIDTHS};
use medllm_atlas::core::survey::headline;
use medllm_atlas::core::url_state::{parse, View};

fn bundled() -> Dataset {
    bundle::bundled().expect("bundled data parses")
}

/// The block of one language: from its opening tag to the next block (or the end).
fn block<'a>(html: &'a str, lang: &str) -> &'a str {
    let open = format!("<div class=\"prerender\" lang=\"{lang}\">");
    let start = html.find(&open).unwrap_or_else(|| panic!("no {lang} block"));
    let rest = &html[start + open.len()..];
    let end = rest.find("<div class=\"prerender\"").unwrap_or(rest.len());
    &rest[..end]
}

/// The `<svg …>…</svg>` documents inside `html`, in order.
fn svgs(html: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = html;
    while let Some(i) = rest.find("<svg ") {
        let end = rest[i..].find("</svg>").expect("closed svg") + i + "</svg>".len();
        out.push(&rest[i..end]);
        rest = &rest[end..];
    }
    out
}

/// The charts of `html` by name (`data-chart`), each with its SVGs, in order.
fn charts(html: &str) -> Vec<(&str, &str)> {
    const OPEN: &str = "<div class=\"pre-chart\" data-chart=\"";
    let mut out = Vec::new();
    let mut rest = html;
    while let Some(i) = rest.find(OPEN) {
        rest = &rest[i + OPEN.len()..];
        let (name, body) = rest.split_once('"').expect("a closed attribute");
        let end = body.find("</div>").expect("a closed chart");
        out.push((name, &body[..end]));
        rest = &body[end..];
    }
    out
}

#[test]
fn both_languages_show_the_survey_headline_read_from_the_data() {
    let ds = bundled();
    let html = first_screen(&ds);
    let h = headline(&ds).expect("headline figures");
    for (lang, models_label) in [("en", "models surveyed"), ("zh-CN", "个模型接受调研")] {
        let b = block(&html, lang);
        for n in [h.models_surveyed, h.functions_total, h.categories] {
            assert!(b.contains(&format!("<span class=\"figure\">{n}</span>")), "{lang}: figure {n}");
        }
        assert!(b.contains(models_label), "{lang}: label");
        // Every survey figure carries its citation, with the address.
        assert!(b.contains(&format!("href=\"{}\"", escape(&h.source.url))), "{lang}: citation link");
        assert!(
            b.contains(&format!("{} of {}", ds.models.len(), ds.models.len()))
                || b.contains(&format!("{}个模型中的{}个", ds.models.len(), ds.models.len())),
            "{lang}: result count"
        );
    }
}

#[test]
fn each_chart_is_drawn_at_every_width_with_every_category() {
    let ds = bundled();
    let html = first_screen(&ds);
    let en = block(&html, "en");
    // Every chart (the survey's and the category chart among them) at every width.
    let charts = charts(en);
    let names: Vec<&str> = charts.iter().map(|(name, _)| *name).collect();
    assert!(names.contains(&"survey") && names.contains(&"category"), "{names:?}");
    assert_eq!(svgs(en).len(), charts.len() * WIDTHS.len(), "an SVG outside a chart, or a chart short of a width");
    for (name, chart) in &charts {
        let drawn = svgs(chart);
        assert_eq!(drawn.len(), WIDTHS.len(), "{name}");
        for (svg, (width, class)) in drawn.iter().zip(WIDTHS) {
            assert!(svg.starts_with(&format!("<svg class=\"{class}\" width=\"{}\"", width as u32)), "{name} {class}: {}", &svg[..80]);
        }
    }
    let category = charts.iter().find(|(name, _)| *name == "category").map(|(_, c)| *c).unwrap();
    for (svg, (_, class)) in svgs(category).into_iter().zip(WIDTHS) {
        let labels: Vec<String> = common::texts(svg).into_iter().map(|t| t.s).collect();
        for c in &ds.categories {
            assert!(labels.iter().any(|l| l == &c.name_en), "{class}: no label {}", c.name_en);
        }
        // One bar per category: a filled rect in the bar colour (zero bars are drawn 0 wide).
        let bars = svg.matches(&format!("fill=\"{}\"", hex(palette(Theme::Light).bar))).count();
        assert!(bars >= ds.categories.iter().filter(|c| ds.models.iter().any(|m| m.category == c.id)).count(), "{class}: {bars} bars");
    }
    let zh = block(&html, "zh-CN");
    for c in &ds.categories {
        assert!(zh.contains(&escape(&c.name_zh)), "zh: {}", c.name_zh);
    }
}

#[test]
fn tab_links_lead_to_their_views_and_keep_chinese() {
    let ds = bundled();
    let index = Index::new(&ds);
    let html = first_screen(&ds);
    for (lang, expect_lang) in [("en", None), ("zh-CN", Some("zh"))] {
        let b = block(&html, lang);
        let nav = &b[b.find("<nav").unwrap()..b.find("</nav>").unwrap()];
        let hrefs: Vec<&str> = nav.split("href=\"").skip(1).map(|s| s.split('"').next().unwrap()).collect();
        // The tabs: every view but those reached from elsewhere (the comparison, About the data).
        let tabbed: Vec<View> = View::ALL.into_iter().filter(|v| v.tabbed()).collect();
        assert_eq!(hrefs.len(), tabbed.len());
        for (href, view) in hrefs.iter().zip(tabbed) {
            let (state, dropped) = parse(&href.replace("&amp;", "&"), &ds, &index);
            assert!(dropped.is_empty(), "{href}: {dropped:?}");
            assert_eq!(state.view, view, "{href}");
            assert_eq!(state.lang.map(|l| l.id()), expect_lang, "{href}");
        }
    }
}

#[test]
fn text_from_the_data_stays_text() {
    let hostile = "<img src=x onerror=alert(1)> & \"quoted\"";
    let mut ds = bundled();
    ds.categories.iter_mut().find(|c| c.id == "medical-services").expect("the survey's category").name_en = hostile.to_owned();
    assert!(ds.categories.iter().any(|c| c.name_en == hostile));
    let html = first_screen(&ds);
    assert!(!html.contains("<img"), "markup from the data reached the page");
    assert!(html.contains("&lt;img src=x onerror=alert(1)&gt; &amp;"), "escaped name missing");
    assert_eq!(escape("a<b>&\"'"), "a&lt;b&gt;&amp;&quot;&#39;");
}

#[test]
fn every_colour_drawn_has_a_dark_counterpart_in_the_stylesheet() {
    let css = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/style/main.css")).unwrap();
    assert!(css.contains(&dark_chart_css()), "style/main.css lacks the current dark_chart_css() text:\n{}", dark_chart_css());
    let html = first_screen(&bundled());
    let light = palette(Theme::Light);
    let known = [light.background, light.text, light.muted, light.bar, light.highlight, light.rule].map(hex);
    for attr in ["fill=\"#", "stroke=\"#"] {
        for part in html.split(attr).skip(1) {
            let colour = format!("#{}", &part[..6]);
            assert!(known.contains(&colour), "{attr}{colour}: not in the light palette, so it stays light on a dark page");
        }
    }
}

/// Prints the stylesheet's dark recolouring block (`PRINT_DARK_CSS=1 cargo test --test
/// first_screen print -- --nocapture`), to paste into style/main.css after a palette change.
#[test]
fn print_dark_chart_css() {
    if std::env::var_os("PRINT_DARK_CSS").is_some() {
        print!("{}", dark_chart_css());
    }
}
