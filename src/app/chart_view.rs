//! A chart on a canvas: sized to its container × devicePixelRatio, redrawn on resize, DPR,
//! theme or data change, with focusable hit areas over its items (tooltips, keyboard, click) and
//! a data table for screen readers. The only file that names the canvas backend.

use super::browser;
use super::observe::{device_pixel_ratio, element_size, in_view};
use super::state::AppState;
use crate::core::chart::theme::Palette;
use crate::core::chart::{for_download, to_svg, AnyChart, Chart, Hit};
use crate::core::i18n::{fill, Msg};
use crate::core::url_state::View;
use crate::core::versions;
use leptos::html::{Canvas, Div};
use leptos::prelude::*;
use plotters::prelude::IntoDrawingArea;
use plotters::style::text_anchor::{HPos, VPos};
use plotters_backend::{BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingBackend, DrawingErrorKind, FontTransform};
use plotters_canvas::CanvasBackend;
use wasm_bindgen::JsCast;

#[component]
pub fn ChartView(
    chart: Memo<AnyChart>,
    /// Called with an item's key when the reader clicks it or presses Enter/Space on it. Without
    /// it the items only show their values.
    on_activate: Option<Callback<String>>,
    /// Names the chart for tests and styles.
    #[prop(into)]
    testid: String,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let palette = state.palette;
    let container = NodeRef::<Div>::new();
    let canvas = NodeRef::<Canvas>::new();
    let (width, _) = element_size(container);
    let dpr = device_pixel_ratio();
    // Kept by an IntersectionObserver: asking the element where it is (getBoundingClientRect)
    // inside an update forces a layout in the middle of the DOM changes, then another one for
    // the frame; that was a quarter of a filter change's time.
    let on_screen = in_view(container);
    let layout = Memo::new(move |_| {
        let width = width.get();
        // Before the first resize observation, read the width directly.
        let width = if width > 0.0 { width } else { container.get().map_or(0.0, |el| f64::from(el.client_width())) };
        chart.with(|c| c.layout(width, false))
    });

    // Draw whenever anything drawn changes; the effect only talks to the canvas.
    // Charts in view are drawn at once; charts below the fold a moment later, so a filter change
    // reaches the screen in the next frame instead of waiting for every chart on the page.
    let generation = StoredValue::new(0u64);
    // The canvas context's text state between paints (see `FontCache`).
    let text_state = StoredValue::new(TextState::default());
    Effect::new(move |_| {
        let Some(el) = canvas.get() else { return };
        let (l, p, ratio) = (layout.get(), palette.get(), dpr.get());
        chart.track();
        let this = generation.get_value().wrapping_add(1);
        generation.set_value(this);
        // The first drawing is never deferred. Later, whether the chart is in view decides.
        if this == 1 || on_screen.get_untracked() {
            chart.with_untracked(|c| paint(&el, c, &l, &p, ratio, text_state));
        } else {
            set_timeout(
                move || {
                    // A newer change supersedes this one (and paints itself); a chart removed in
                    // the meantime has nothing left to paint.
                    if generation.try_get_value() != Some(this) {
                        return;
                    }
                    let (Some(el), Some(l), Some(p), Some(ratio)) = (
                        canvas.try_get_untracked().flatten(),
                        layout.try_get_untracked(),
                        palette.try_get_untracked(),
                        dpr.try_get_untracked(),
                    ) else {
                        return;
                    };
                    chart.try_with_untracked(|c| paint(&el, c, &l, &p, ratio, text_state));
                },
                std::time::Duration::from_millis(OFFSCREEN_DELAY_MS),
            );
        }
    });

    // The hit areas, in the chart's visual order. Their elements are keyed and kept in a stable
    // order (by key), so a filter change that reorders the bars moves no element and the
    // focused one keeps its focus; arrow keys follow the visual order instead. They and the data
    // table follow the chart a frame after the canvas (`after_frame`): the frame after a change
    // carries the drawing alone.
    let shown = super::state::after_frame(state, chart);
    let chart_width = Memo::new(move |_| layout.with(|l| AnyChart::size(l).0));
    let hits = Memo::new(move |_| {
        let width = chart_width.get();
        shown.with(|c| c.hits(&c.layout(width, false)))
    });
    // Tab enters the chart once, on the item last focused (or the first): a roving tabindex.
    let last_focused = RwSignal::new(None::<String>);
    let tab_stop = Memo::new(move |_| {
        hits.with(|h| last_focused.get().filter(|k| h.iter().any(|x| &x.key == k)).or_else(|| h.first().map(|x| x.key.clone())))
    });
    let keys = move || {
        let mut keys: Vec<String> = hits.with(|h| h.iter().map(|x| x.key.clone()).collect());
        keys.sort_unstable();
        keys
    };
    let on_keydown = move |ev: leptos::ev::KeyboardEvent| {
        let Some(current) = browser::event_target_key(&ev) else { return };
        // Arrows follow the visual order; on a grid (the tile map) Up/Down cross its rows.
        let next = hits.with(|h| {
            let i = h.iter().position(|x| x.key == current)?;
            crate::core::chart::step(h, i, &ev.key()).map(|j| h[j].key.clone())
        });
        if let Some(next) = next {
            ev.prevent_default();
            browser::focus_child_with_key(&ev, &next);
        }
    };
    let height = move || format!("{}px", layout.with(|l| AnyChart::size(l).1));
    let name = testid.clone();
    let file = move |ext: &str| {
        let view = state.url.with_untracked(|u| u.view.id());
        crate::core::export::file_name(name.trim_end_matches("-chart"), view, &browser::today(), ext)
    };
    let png_file = file.clone();
    // Downloads carry the data version they were drawn from, under the chart's own notes.
    let data_line = move || state.data.with_untracked(|d| versions::summary(&d.dataset, state.lang.get_untracked()));
    let download_svg = move |_| {
        let c = chart.with_untracked(|c| for_download(c, &data_line()));
        let svg = to_svg(&c, layout.with_untracked(|l| AnyChart::size(l).0), &palette.get_untracked());
        browser::download_text(&file("svg"), "image/svg+xml;charset=utf-8", &svg);
    };
    let download_png = move |_| {
        let c = chart.with_untracked(|c| for_download(c, &data_line()));
        let url = png_data_url(&c, layout.with_untracked(|l| AnyChart::size(l).0), &palette.get_untracked());
        if let Some(url) = url {
            browser::download_url(&png_file("png"), &url);
        }
    };
    let (png_id, svg_id) = (format!("{testid}-png"), format!("{testid}-svg"));
    view! {
        <div class="chart" node_ref=container data-testid=testid style:height=height>
            <canvas node_ref=canvas aria-hidden="true"></canvas>
            <div class="hits" on:keydown=on_keydown>
                <For each=keys key=|k| k.clone() let:key>
                    <HitArea key=key hits=hits tab_stop=tab_stop last_focused=last_focused on_activate=on_activate/>
                </For>
            </div>
            // The wrapper hides the table: a table ignores `width: 1px` and would widen the page.
            <div class="visually-hidden">
                <table>
                    <caption>{move || shown.with(|c| c.title().to_owned())}</caption>
                    <tbody>
                        {move || shown.with(|c| c.table()).into_iter().map(|(label, value)| view! {
                            <tr><th scope="row">{label}</th><td>{value}</td></tr>
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
        </div>
        <p class="chart-downloads">
            <button type="button" class="small" data-testid=png_id on:click=download_png
                aria-label=move || fill(state.t(Msg::DownloadChart), &[("format", "PNG")])>{state.tr(Msg::DownloadPng)}</button>
            <button type="button" class="small" data-testid=svg_id on:click=download_svg
                aria-label=move || fill(state.t(Msg::DownloadChart), &[("format", "SVG")])>{state.tr(Msg::DownloadSvg)}</button>
            " "
            <a class="about-link" href=state.text(move || state.atlas_href(|u| { u.open_view(View::About); })) data-nav="push"
                target=cfg!(feature = "embed").then_some("_blank")>
                {state.tr(Msg::AboutLink)}
            </a>
        </p>
    }
    .into_any()
}

/// The chart with its title and notes at 2× its CSS size, as a PNG data URL: drawn by the same
/// function as the screen, on a canvas that is never shown.
fn png_data_url<C: Chart>(chart: &C, width: f64, palette: &Palette) -> Option<String> {
    const SCALE: f64 = 2.0;
    let doc = web_sys::window()?.document()?;
    let el = doc.create_element("canvas").ok()?.dyn_into::<web_sys::HtmlCanvasElement>().ok()?;
    let layout = chart.layout(width, true);
    let (w, h) = C::size(&layout);
    el.set_width((w * SCALE).round() as u32);
    el.set_height((h * SCALE).round() as u32);
    let ctx = el.get_context("2d").ok()??.dyn_into::<web_sys::CanvasRenderingContext2d>().ok()?;
    let _ = ctx.set_transform(SCALE, 0.0, 0.0, SCALE, 0.0, 0.0);
    let area = FontCache::new(CanvasBackend::with_canvas_object(el.clone())?, ctx).into_drawing_area();
    chart.draw(&area, &layout, palette, 1.0).ok()?;
    let _ = area.present();
    el.to_data_url_with_type("image/png").ok()
}

/// How long a chart outside the viewport waits before it redraws.
pub const OFFSCREEN_DELAY_MS: u64 = 100;

/// One hit area: a button when the chart filters, else a focusable image region. It reads its
/// place, reading and state from `hits` by its key, so it follows every change in place.
#[component]
fn HitArea(
    key: String,
    hits: Memo<Vec<Hit>>,
    tab_stop: Memo<Option<String>>,
    last_focused: RwSignal<Option<String>>,
    on_activate: Option<Callback<String>>,
) -> impl IntoView {
    let own = key.clone();
    let hit = Memo::new(move |_| hits.with(|h| h.iter().find(|x| x.key == own).cloned()));
    // Positions go through CSSOM (`style:`), which a strict CSP allows, not a style attribute.
    let px = move |f: fn(&Hit) -> f64| move || hit.with(|h| h.as_ref().map(|h| format!("{}px", f(h))).unwrap_or_default());
    let detail = move || hit.with(|h| h.as_ref().map(|h| h.detail.clone()).unwrap_or_default());
    let stop = key.clone();
    let tabindex = move || if tab_stop.with(|t| t.as_deref() == Some(stop.as_str())) { "0" } else { "-1" };
    let focused = key.clone();
    let on_focus = move |_| last_focused.set(Some(focused.clone()));
    match on_activate {
        Some(cb) => {
            let activate = key.clone();
            view! {
                <button type="button" class="hit" style:left=px(|h| h.x) style:top=px(|h| h.y) style:width=px(|h| h.w) style:height=px(|h| h.h)
                    tabindex=tabindex aria-label=detail aria-pressed=move || hit.with(|h| h.as_ref().is_some_and(|h| h.chosen).to_string())
                    data-key=key on:focus=on_focus on:click=move |_| cb.run(activate.clone())>
                    <span class="tip" aria-hidden="true">{detail}</span>
                </button>
            }
            .into_any()
        }
        None => view! {
            <span class="hit" role="img" style:left=px(|h| h.x) style:top=px(|h| h.y) style:width=px(|h| h.w) style:height=px(|h| h.h)
                tabindex=tabindex aria-label=detail data-key=key on:focus=on_focus>
                <span class="tip" aria-hidden="true">{detail}</span>
            </span>
        }
        .into_any(),
    }
}

/// Sizes the canvas backing store to CSS size × DPR and draws in CSS pixels through a scale
/// transform, so text and lines are crisp on HiDPI screens.
fn paint<C: Chart>(
    el: &web_sys::HtmlCanvasElement,
    chart: &C,
    layout: &C::Layout,
    palette: &Palette,
    dpr: f64,
    text: StoredValue<TextState>,
) {
    let (w, h) = C::size(layout);
    if w <= 0.0 {
        return;
    }
    let dpr = if dpr.is_finite() && dpr > 0.0 { dpr } else { 1.0 };
    let (bw, bh) = ((w * dpr).round() as u32, (h * dpr).round() as u32);
    // Resizing a canvas reallocates its backing store: only when the size really changed.
    if el.width() != bw || el.height() != bh {
        // A new backing store comes with a fresh context state.
        text.set_value(TextState::default());
        let style = web_sys::HtmlElement::style(el);
        let _ = style.set_property("width", &format!("{w}px"));
        let _ = style.set_property("height", &format!("{h}px"));
        el.set_width(bw);
        el.set_height(bh);
    }
    let Some(ctx) = el.get_context("2d").ok().flatten().and_then(|c| c.dyn_into::<web_sys::CanvasRenderingContext2d>().ok()) else {
        return;
    };
    let _ = ctx.set_transform(dpr, 0.0, 0.0, dpr, 0.0, 0.0);
    let Some(backend) = CanvasBackend::with_canvas_object(el.clone()) else { return };
    let state = std::rc::Rc::new(std::cell::RefCell::new(text.get_value()));
    let area = FontCache::with_state(backend, ctx, state.clone()).into_drawing_area();
    if let Err(e) = chart.draw(&area, layout, palette, 1.0) {
        web_sys::console::error_1(&format!("chart drawing failed: {e:?}").into());
    }
    let _ = area.present();
    // Kept for the next paint of this canvas: the context keeps its font between paints, and
    // setting it again (the browser parses the long CJK font stack) was the largest single cost.
    text.set_value(state.take());
}

/// plotters-canvas sets the canvas `font` (and alignment) before every piece of text;
/// the browser parses the long CJK-capable font stack each time, which was the largest single cost
/// of drawing a chart. This wrapper draws text itself and sets those properties only when they
/// change; everything else goes to plotters-canvas unchanged.
struct FontCache {
    inner: CanvasBackend,
    ctx: web_sys::CanvasRenderingContext2d,
    /// Shared with the painter, which keeps it for the next paint of the same canvas.
    state: std::rc::Rc<std::cell::RefCell<TextState>>,
}

/// The text properties a canvas context holds, as last set.
#[derive(Clone, Default)]
struct TextState {
    font: String,
    align: &'static str,
    baseline: &'static str,
}

impl FontCache {
    fn new(inner: CanvasBackend, ctx: web_sys::CanvasRenderingContext2d) -> Self {
        FontCache::with_state(inner, ctx, Default::default())
    }

    /// Over a context whose text properties are `state` (updated as they are set).
    fn with_state(inner: CanvasBackend, ctx: web_sys::CanvasRenderingContext2d, state: std::rc::Rc<std::cell::RefCell<TextState>>) -> Self {
        FontCache { inner, ctx, state }
    }
}

type CanvasResult = Result<(), DrawingErrorKind<<CanvasBackend as DrawingBackend>::ErrorType>>;

impl DrawingBackend for FontCache {
    type ErrorType = <CanvasBackend as DrawingBackend>::ErrorType;

    fn get_size(&self) -> (u32, u32) {
        self.inner.get_size()
    }
    fn ensure_prepared(&mut self) -> CanvasResult {
        self.inner.ensure_prepared()
    }
    fn present(&mut self) -> CanvasResult {
        self.inner.present()
    }
    fn draw_pixel(&mut self, point: BackendCoord, color: BackendColor) -> CanvasResult {
        self.inner.draw_pixel(point, color)
    }
    fn draw_line<S: BackendStyle>(&mut self, from: BackendCoord, to: BackendCoord, style: &S) -> CanvasResult {
        self.inner.draw_line(from, to, style)
    }
    fn draw_rect<S: BackendStyle>(&mut self, upper_left: BackendCoord, bottom_right: BackendCoord, style: &S, fill: bool) -> CanvasResult {
        self.inner.draw_rect(upper_left, bottom_right, style, fill)
    }
    fn draw_path<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(&mut self, path: I, style: &S) -> CanvasResult {
        self.inner.draw_path(path, style)
    }
    fn fill_polygon<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(&mut self, vert: I, style: &S) -> CanvasResult {
        self.inner.fill_polygon(vert, style)
    }
    fn draw_circle<S: BackendStyle>(&mut self, center: BackendCoord, radius: u32, style: &S, fill: bool) -> CanvasResult {
        self.inner.draw_circle(center, radius, style, fill)
    }
    fn draw_text<S: BackendTextStyle>(&mut self, text: &str, style: &S, pos: BackendCoord) -> CanvasResult {
        let color = style.color();
        if color.alpha == 0.0 {
            return Ok(());
        }
        if !matches!(style.transform(), FontTransform::None) {
            // Rotated text (unused by the atlas's charts): plotters-canvas handles it.
            *self.state.borrow_mut() = TextState::default();
            return self.inner.draw_text(text, style, pos);
        }
        let font = format!("{} {}px {}", style.style().as_str(), style.size(), style.family().as_str());
        let mut state = self.state.borrow_mut();
        if font != state.font {
            self.ctx.set_font(&font);
            state.font = font;
        }
        // The fill colour is set every time: bars drawn through plotters-canvas change it too.
        let (r, g, b) = color.rgb;
        self.ctx.set_fill_style_str(&format!("rgba({r},{g},{b},{})", color.alpha));
        let align = match style.anchor().h_pos {
            HPos::Left => "start",
            HPos::Right => "end",
            HPos::Center => "center",
        };
        if align != state.align {
            self.ctx.set_text_align(align);
            state.align = align;
        }
        let baseline = match style.anchor().v_pos {
            VPos::Top => "top",
            VPos::Center => "middle",
            VPos::Bottom => "bottom",
        };
        if baseline != state.baseline {
            self.ctx.set_text_baseline(baseline);
            state.baseline = baseline;
        }
        self.ctx.fill_text(text, f64::from(pos.0), f64::from(pos.1)).map_err(|_| DrawingErrorKind::FontError(Box::new(std::fmt::Error)))
    }
}
