//! A bar chart on a canvas: sized to its container × devicePixelRatio, redrawn on resize, DPR,
//! theme or data change, with focusable hit areas over the bars (tooltips, keyboard, click) and
//! a data table for screen readers. The only file that names the canvas backend.

use super::browser;
use crate::core::chart::bar::{self, BarChart, BarLayout};
use crate::core::chart::theme::Palette;
use leptos::html::{Canvas, Div};
use leptos::prelude::*;
use leptos_use::{use_device_pixel_ratio, use_element_size};
use plotters::prelude::IntoDrawingArea;
use plotters_canvas::CanvasBackend;
use wasm_bindgen::JsCast;

#[component]
pub fn BarChartView(
    #[prop(into)] chart: Signal<BarChart>,
    #[prop(into)] palette: Signal<Palette>,
    /// Called with a bar's key when the reader clicks it or presses Enter/Space on it. Without
    /// it the bars only show their values.
    #[prop(optional)]
    on_activate: Option<Callback<String>>,
    /// Names the chart for tests and styles.
    #[prop(into)]
    testid: String,
) -> impl IntoView {
    let container = NodeRef::<Div>::new();
    let canvas = NodeRef::<Canvas>::new();
    let size = use_element_size(container);
    let dpr = use_device_pixel_ratio();
    let layout = Memo::new(move |_| {
        let width = size.width.get();
        // Before the first resize observation, read the width directly.
        let width = if width > 0.0 { width } else { container.get().map_or(0.0, |el| f64::from(el.client_width())) };
        chart.with(|c| bar::layout(c, width, false))
    });

    // Draw whenever anything drawn changes; the effect only talks to the canvas.
    Effect::new(move |_| {
        let Some(el) = canvas.get() else { return };
        let (l, p, ratio) = (layout.get(), palette.get(), dpr.get());
        chart.with(|c| paint(&el, c, &l, &p, ratio));
    });

    let bar_items = move || {
        let l = layout.get();
        chart.with(|c| {
            c.bars
                .iter()
                .zip(l.bars.iter())
                .map(|(b, g)| {
                    let style = format!("top:{}px;height:{}px;", g.row_y, g.row_h);
                    let key = b.key.clone();
                    let detail = b.detail.clone();
                    let tip = b.detail.clone();
                    let pressed = (b.style == bar::BarStyle::Highlight).to_string();
                    match on_activate {
                        Some(cb) => view! {
                            <button type="button" class="bar-hit" style=style aria-label=detail aria-pressed=pressed
                                data-key=key.clone() on:click=move |_| cb.run(key.clone())>
                                <span class="tip" aria-hidden="true">{tip}</span>
                            </button>
                        }
                        .into_any(),
                        None => view! {
                            <span class="bar-hit" tabindex="0" role="img" style=style aria-label=detail data-key=key>
                                <span class="tip" aria-hidden="true">{tip}</span>
                            </span>
                        }
                        .into_any(),
                    }
                })
                .collect_view()
        })
    };

    // Arrow keys move between bars; Home/End jump to the ends.
    let on_keydown = move |ev: leptos::ev::KeyboardEvent| {
        let forward = match ev.key().as_str() {
            "ArrowDown" | "ArrowRight" => true,
            "ArrowUp" | "ArrowLeft" => false,
            "Home" | "End" => {
                ev.prevent_default();
                let items = ev.current_target().and_then(|t| t.dyn_into::<web_sys::Element>().ok());
                let pick = items.and_then(|i| if ev.key() == "Home" { i.first_element_child() } else { i.last_element_child() });
                if let Some(el) = pick.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
                    let _ = el.focus();
                }
                return;
            }
            _ => return,
        };
        ev.prevent_default();
        browser::focus_sibling(ev.target(), forward);
    };

    let height = move || format!("height:{}px", layout.with(|l| l.height));
    view! {
        <div class="chart" node_ref=container data-testid=testid style=height>
            <canvas node_ref=canvas aria-hidden="true"></canvas>
            <div class="bar-hits" on:keydown=on_keydown>{bar_items}</div>
            <table class="visually-hidden">
                <caption>{move || chart.with(|c| c.title.clone())}</caption>
                <tbody>
                    {move || chart.with(|c| c.bars.iter().map(|b| view! {
                        <tr><th scope="row">{b.label.clone()}</th><td>{b.value_label.clone()}</td></tr>
                    }).collect_view())}
                </tbody>
            </table>
        </div>
    }
}

/// Sizes the canvas backing store to CSS size × DPR and draws in CSS pixels through a scale
/// transform, so text and lines are crisp on HiDPI screens.
fn paint(el: &web_sys::HtmlCanvasElement, chart: &BarChart, layout: &BarLayout, palette: &Palette, dpr: f64) {
    if layout.width <= 0.0 {
        return;
    }
    let dpr = if dpr.is_finite() && dpr > 0.0 { dpr } else { 1.0 };
    let style = web_sys::HtmlElement::style(el);
    let _ = style.set_property("width", &format!("{}px", layout.width));
    let _ = style.set_property("height", &format!("{}px", layout.height));
    el.set_width((layout.width * dpr).round() as u32);
    el.set_height((layout.height * dpr).round() as u32);
    let Some(ctx) = el
        .get_context("2d")
        .ok()
        .flatten()
        .and_then(|c| c.dyn_into::<web_sys::CanvasRenderingContext2d>().ok())
    else {
        return;
    };
    let _ = ctx.set_transform(dpr, 0.0, 0.0, dpr, 0.0, 0.0);
    let Some(backend) = CanvasBackend::with_canvas_object(el.clone()) else { return };
    let area = backend.into_drawing_area();
    if let Err(e) = bar::draw(&area, chart, layout, palette, 1.0) {
        web_sys::console::error_1(&format!("chart drawing failed: {e:?}").into());
    }
    let _ = area.present();
}
