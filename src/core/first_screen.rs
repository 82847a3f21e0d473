//! The first screen of the default overview as static HTML, written into `index.html` at build
//! time (`src/bin/first-screen.rs`, called by `scripts/postbuild.mjs`).
//!
//! Why: the reader sees the headline and the two top charts as soon as the HTML is parsed, before
//! the WASM is downloaded, compiled and has parsed its data; and the page says something without
//! JavaScript. It is the app's own output, not a picture of it: the same figures, texts and chart
//! drawing functions, for the default state only (no filters). The app removes it when it mounts.
//! An inline script in `index.html` shows it only when the address asks for the default overview
//! (an empty query or just `lang=`), in the language the app itself would pick.

use super::cards::{card, CardId, Context, Line};
use super::chart::text::FONT_STACK;
use super::chart::theme::{hex, palette, Palette, Theme};
use super::chart::Chart;
use super::dataset::Dataset;
use super::figures::result_line;
use super::filter::{select, Filters, Index};
pub use super::html::escape;
use super::i18n::{format_int, Lang, Msg};
use super::labels;
use super::model::Source;
use super::survey::headline;
use super::url_state::{encode, UrlState, View};

/// Chart widths drawn in advance (CSS px), with the class that a container query in
/// `style/main.css` shows at about that width: the app draws at the exact width later.
pub const WIDTHS: Widths = [(864.0, "w"), (560.0, "m"), (336.0, "n")];

/// The chart widths of a one-chart embed page: what its chart is in a frame 864, 640 (the Embed
/// dialog's default) and 390 px wide (the frame less the page's and the card's padding: 58 px,
/// 46 px on a phone), so in those frames the app draws exactly where the first screen did.
pub const EMBED_WIDTHS: Widths = [(806.0, "w"), (582.0, "m"), (344.0, "n")];

/// Chart widths drawn in advance, each with the class the stylesheet shows at about that width.
pub type Widths = [(f64, &'static str); 3];

/// Both languages' first screens, each in a `<div class="prerender" lang=…>`.
pub fn first_screen(ds: &Dataset) -> String {
    [Lang::En, Lang::Zh].into_iter().map(|lang| block(ds, lang)).collect()
}

/// A link's address within the page, keeping the language of a Chinese first screen.
fn href(view: View, lang: Option<Lang>) -> String {
    let q = encode(&UrlState { view, lang, ..UrlState::default() });
    if q.is_empty() {
        "?".to_owned()
    } else {
        escape(&q)
    }
}

fn block(ds: &Dataset, lang: Lang) -> String {
    let t = |m: Msg| escape(m.text(lang));
    let link_lang = (lang == Lang::Zh).then_some(Lang::Zh);
    let other = if lang == Lang::Zh { Lang::En } else { Lang::Zh };
    let mut h = String::new();
    h += &format!("<div class=\"prerender\" lang=\"{}\">", lang.html_tag());
    h += &format!(
        "<header class=\"site-header\"><div class=\"title-row\"><h1>{}</h1><a class=\"lang-switch\" href=\"{}\" hreflang=\"{}\" lang=\"{}\" aria-label=\"{}\">{}</a></div><p class=\"tagline\">{}</p></header>",
        t(Msg::AppTitle),
        href(View::Overview, Some(other)),
        other.id(),
        other.id(),
        t(Msg::LanguageSwitchLabel),
        t(Msg::LanguageSwitch),
        t(Msg::AppTagline),
    );
    h += &format!("<nav class=\"tabs\" aria-label=\"{}\"><ul>", t(Msg::ViewsLabel));
    for v in View::ALL.into_iter().filter(|v| v.tabbed()) {
        let current = if v == View::Overview { " aria-current=\"page\"" } else { "" };
        h += &format!("<li><a href=\"{}\"{current}>{}</a></li>", href(v, link_lang), t(labels::view(v)));
    }
    // The app adds its filter panel after its first frame; on narrow screens its button takes a
    // line above the content, which an invisible copy keeps.
    h += &format!(
        "</ul></nav><div class=\"layout\"><div class=\"filters-wrap pre-spacer\" aria-hidden=\"true\"><button class=\"filters-toggle\" type=\"button\" tabindex=\"-1\">{}</button></div><main>",
        t(Msg::ShowFilters)
    );
    h += &format!("<h2 class=\"view-title\">{}</h2>", t(labels::view(View::Overview)));

    let index = Index::new(ds);
    let filters = Filters::default();
    let selection = select(&index, &filters, None);
    let (count, note) = result_line(ds, selection.rows.len(), lang);
    h += &format!("<div class=\"result-bar\"><p class=\"result-count\">{}</p>", escape(&count));
    if let Some(note) = note {
        h += &format!("<p class=\"sample-note\">{}</p>", escape(&note));
    }
    h += "</div>";
    if let Some(hd) = &headline(ds) {
        h += "<section class=\"headline\"><ul class=\"figures\">";
        for (n, label) in [
            (hd.models_surveyed, Msg::ModelsSurveyed),
            (hd.functions_total, Msg::FunctionsCounted),
            (hd.categories, Msg::ScenarioCategories),
        ] {
            h += &format!(
                "<li><span class=\"figure\">{}</span> <span class=\"figure-label\">{}</span></li>",
                format_int(n.into()),
                t(label)
            );
        }
        h += "</ul>";
        h += &citation_html(hd.source, lang);
        h += "</section>";
    }

    h += "<div class=\"chart-grid\">";
    let cx = Context { ds, index: &index, selection: &selection, filters: &filters, lang };
    // The cards the reader sees first, as the app draws them.
    for id in CardId::of_view(View::Overview).into_iter().take(FIRST_CARDS) {
        h += &card_html(id, &cx, None, &WIDTHS);
    }
    h += "</div></main></div></div>";
    h
}

/// The first screen of the one-chart embed page of `id` (`dist/embed/<chart>.html`), both
/// languages: the card unfiltered and the embed's footer, in the layout the embed build's app
/// mounts (its `.embed-root`), so nothing moves when it replaces them.
pub fn embed_screen(ds: &Dataset, id: CardId) -> String {
    let index = Index::new(ds);
    let filters = Filters::default();
    let selection = select(&index, &filters, id.def().view.preset());
    let mut h = String::new();
    for lang in [Lang::En, Lang::Zh] {
        let cx = Context { ds, index: &index, selection: &selection, filters: &filters, lang };
        h += &format!("<div class=\"prerender\" lang=\"{}\"><div class=\"embed-root\">", lang.html_tag());
        h += &format!(
            "<main class=\"embedded one-chart\" data-chart=\"{}\">{}</main>",
            id.def().param,
            card_html(id, &cx, None, &EMBED_WIDTHS)
        );
        h += "<footer class=\"embed-footer\">";
        if let Some(hd) = headline(ds) {
            h += &citation_html(hd.source, lang);
        }
        h += &format!("<p class=\"note\">{}</p>", escape(&super::versions::summary(ds, lang)));
        // The full atlas is the folder above the embed's; in the language shown.
        let atlas = encode(&UrlState { lang: (lang == Lang::Zh).then_some(Lang::Zh), ..UrlState::default() });
        h += &format!(
            "<a href=\"../{}\" target=\"_blank\" rel=\"noopener\">{} ↗</a></footer></div></div>",
            escape(&atlas),
            escape(Msg::OpenInAtlas.text(lang))
        );
    }
    h
}

/// How many of the overview's cards the first screen carries (the app builds the others after
/// its first frame).
pub const FIRST_CARDS: usize = 3;

/// One card as the app shows it (title, the lines above, the chart at every width, the lines
/// under it), drawn in the light palette (CSS recolours it on a dark page). `statement`: the
/// filters in words under the title, as a one-chart embed shows them. Empty when the data
/// cannot give the card.
pub fn card_html(id: CardId, cx: &Context<'_>, statement: Option<&str>, widths: &Widths) -> String {
    let Some(c) = card(id, cx) else { return String::new() };
    let def = id.def();
    let class = if def.wide { "card wide" } else { "card" };
    let mut h = format!("<figure class=\"{class}\"><h2>{}</h2>", escape(c.chart.title()));
    if let Some(s) = statement {
        h += &format!("<p class=\"filter-statement\">{}</p>", escape(s));
    }
    for line in &c.above {
        h += &line_html(line, cx.lang);
    }
    h += &charts_html(&c.chart, &palette(Theme::Light), def.param, widths);
    h += "<figcaption>";
    for line in &c.below {
        h += &line_html(line, cx.lang);
    }
    h + "</figcaption></figure>"
}

fn line_html(line: &Line, lang: Lang) -> String {
    match line {
        Line::Text { class, text, .. } => format!("<p class=\"{class}\">{}</p>", escape(text)),
        Line::Cite(source) => citation_html(source, lang),
    }
}

fn citation_html(source: &Source, lang: Lang) -> String {
    let date = super::cite::date_suffix(source.published);
    format!(
        "<p class=\"citation\">{}: {}, <a href=\"{}\" target=\"_blank\" rel=\"noopener noreferrer\">“{}”</a>{}</p>",
        escape(Msg::SourceLabel.text(lang)),
        escape(&source.publisher),
        escape(&source.url),
        escape(&source.title),
        escape(&date)
    )
}

/// The chart drawn at each of `WIDTHS`, as the canvas draws it (no title or notes inside).
fn charts_html<C: Chart>(chart: &C, palette: &Palette, name: &str, widths: &Widths) -> String {
    let font_attribute = format!(" font-family=\"{}\"", FONT_STACK.replace('"', "&quot;"));
    let mut h = format!("<div class=\"pre-chart\" data-chart=\"{name}\">");
    for &(width, class) in widths {
        let svg = super::chart::to_inline_svg(chart, width, palette);
        // plotters writes `<svg width=.. height=.. viewBox=..`: a class picks the width and CSS
        // scales it to its box. The font stack on every `<text>` is most of the bytes: the page's
        // CSS gives the same stack (`.pre-chart text`).
        let svg = svg.replace(&font_attribute, "");
        h += &svg.replacen("<svg ", &format!("<svg class=\"{class}\" "), 1);
    }
    // The app's download buttons sit under each chart: an invisible copy keeps the space, so
    // nothing moves when the app replaces this screen.
    h + "</div><p class=\"chart-downloads pre-spacer\" aria-hidden=\"true\"><button class=\"small\" type=\"button\" tabindex=\"-1\">PNG</button><button class=\"small\" type=\"button\" tabindex=\"-1\">SVG</button></p>"
}

/// CSS rules that recolour the light first-screen charts for a dark page: every palette colour
/// plotters writes as a `fill` or `stroke` attribute, mapped to the dark palette. CSS beats SVG
/// presentation attributes, so one drawing serves both themes. `style/main.css` must contain this
/// exact text (a test checks), so the page needs no inline style.
pub fn dark_chart_css() -> String {
    let (light, dark) = (palette(Theme::Light), palette(Theme::Dark));
    let pairs = [
        (light.background, dark.background),
        (light.text, dark.text),
        (light.muted, dark.muted),
        (light.bar, dark.bar),
        (light.highlight, dark.highlight),
        (light.rule, dark.rule),
    ];
    // The tile map's shades: each light step to the dark step of the same rank.
    let pairs = pairs.into_iter().chain(light.ramp.into_iter().zip(dark.ramp));
    let mut css = String::from("@media (prefers-color-scheme: dark) {\n");
    for (l, d) in pairs {
        for attr in ["fill", "stroke"] {
            css += &format!("  .pre-chart [{attr}=\"{}\"] {{ {attr}: {}; }}\n", hex(l), hex(d));
        }
    }
    css + "}\n"
}
