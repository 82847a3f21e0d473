//! A chart card, as every chart of the atlas is shown: the title, the lines to read it by (its
//! finding, caveats), the canvas, and the lines under it — all from `core::cards::card`, so the
//! cards of the overview, the stories, the timeline and the embeds are one component (and the
//! WASM carries the card once). A card named by `chart=` is brought into sight and focused.

use super::chart_view::ChartView;
use super::citation::citation;
use super::markup::{el, render, Node};
use super::state::AppState;
use crate::core::cards::{card, Card, CardId, Context, Line};
use crate::core::i18n::{Lang, Msg};
use leptos::html::Figure;
use leptos::prelude::*;

fn line_node(line: Line, lang: Lang) -> Node {
    match line {
        Line::Text { class, testid, text } => {
            let p = el("p").class(class).child(text);
            match testid {
                Some(t) => p.testid(t).into(),
                None => p.into(),
            }
        }
        Line::Cite(source) => citation(&source, Msg::SourceLabel.text(lang)),
    }
}

/// The card `id` for the current state; `None` when the data cannot give it.
fn compute(state: AppState, id: CardId) -> Option<Card> {
    let lang = state.lang.get();
    state.data.with(|d| {
        state.url.with(|u| {
            state.selection.with(|s| card(id, &Context { ds: &d.dataset, index: &d.index, selection: s, filters: &u.filters, lang }))
        })
    })
}

/// One chart card. `deferred`: below the fold, it follows a change a moment later while out of
/// view (`while_in_view`). `statement`: the filters in words under the title (the one-chart embed,
/// which has no chips).
#[component]
pub fn CardView(id: CardId, #[prop(optional)] deferred: bool, #[prop(optional)] statement_line: bool) -> impl IntoView {
    let state = expect_context::<AppState>();
    let def = id.def();
    let figure = NodeRef::<Figure>::new();
    let content: Memo<Option<Card>> =
        if deferred { while_in_view(state, figure, move || compute(state, id)) } else { Memo::new(move |_| compute(state, id)) };
    let chart = Memo::new(move |_| content.with(|c| c.as_ref().map(|c| c.chart.clone()).unwrap_or_default()));
    // The lines around the chart follow it a frame later (`after_frame`).
    let lines_content = super::state::after_frame(state, content);
    let filter_line = move || {
        statement_line.then(|| {
            let shown = state.selection.with(|s| s.rows.len());
            state.data.with(|d| state.url.with(|u| statement_text(u, d, shown, state.lang.get())))
        })
    };
    let lines = move |above: bool| {
        move || {
            let lang = state.lang.get();
            lines_content.with(|c| {
                c.as_ref()
                    .map(|c| if above { c.above.clone() } else { c.below.clone() })
                    .unwrap_or_default()
                    .into_iter()
                    .map(|line| render(line_node(line, lang)))
                    .collect_view()
            })
        }
    };
    let on_activate = def.filters.map(|facet| Callback::new(move |key: String| state.edit_url(|u| u.filters.toggle(facet, &key))));
    // `chart=` without `embed`: bring the card into sight and focus it, once, when it is built.
    let targeted = Memo::new(move |_| state.chart_target.get() == Some(id));
    Effect::new(move |_| {
        if targeted.get() {
            if let Some(el) = figure.get() {
                super::browser::scroll_into_view_and_focus(&el);
            }
        }
    });
    let exists = Memo::new(move |_| content.with(Option::is_some));
    move || {
        exists.get().then(|| {
            view! {
                <figure class=if def.wide { "card wide" } else { "card" } data-testid=def.card_testid data-chart=def.param
                    tabindex=move || targeted.get().then_some("-1") node_ref=figure>
                    <h2>{state.text(move || chart.with(|c| crate::core::chart::Chart::title(c).to_owned()))}</h2>
                    {move || filter_line().flatten().map(|t| view! { <p class="filter-statement" data-testid="filter-statement">{t}</p> })}
                    {lines(true)}
                    <ChartView chart=chart on_activate=on_activate testid=def.chart_testid/>
                    <figcaption data-testid=def.caption_testid>{lines(false)}</figcaption>
                </figure>
            }
        })
    }
}

/// The filters in words with the count they leave, or `None` when nothing is filtered.
pub fn statement_text(u: &crate::core::url_state::UrlState, d: &super::state::AppData, shown: usize, lang: Lang) -> Option<String> {
    crate::core::active::statement(&u.filters, &d.dataset, lang, shown, d.dataset.models.len())
}

/// The filters in words, as its own line (a view's title in the full page, an embed's top).
#[cfg(not(feature = "embed"))]
#[component]
pub fn FilterStatement() -> impl IntoView {
    let state = expect_context::<AppState>();
    // Beside the chips, as they do, it follows the settled state.
    let text = move || {
        let shown = state.selection_settled.with(|s| s.rows.len());
        state.data.with(|d| state.url_settled.with(|u| statement_text(u, d, shown, state.lang.get())))
    };
    move || text().map(|t| view! { <p class="filter-statement" data-testid="filter-statement">{t}</p> })
}

/// A card's content computed by `compute`, which while the card is out of view keeps its last
/// value and catches up `OFFSCREEN_DELAY_MS` after a change: a filter change first does the work
/// the reader can see (measured on the facet cards: median 10.9 → 9.5 ms to the next frame).
/// `compute` must read what it depends on through the app state's signals.
pub fn while_in_view<T>(state: AppState, card: NodeRef<Figure>, compute: impl Fn() -> T + Send + Sync + 'static) -> Memo<T>
where
    T: Clone + PartialEq + Send + Sync + 'static,
{
    let on_screen = super::observe::in_view(card);
    // Bumped by a timer after a change the card did not show; the memo then computes.
    let catch_up = RwSignal::new(0u32);
    let caught_up = StoredValue::new(0u32);
    let track_state = move || {
        state.data.track();
        state.url.track();
        state.selection.track();
        state.lang.track();
    };
    Effect::new(move |ran_before: Option<()>| {
        track_state();
        if ran_before.is_some() && !on_screen.get_untracked() {
            // Written from a timer, outside the reactive graph, as a DOM event would.
            let bump = move || {
                catch_up.try_update(|n| *n = n.wrapping_add(1));
                // What follows the chart a frame later (its hit areas, lines) follows it now.
                state.settled.try_update(|n| *n = n.wrapping_add(1));
            };
            set_timeout(bump, std::time::Duration::from_millis(super::chart_view::OFFSCREEN_DELAY_MS));
        }
    });
    Memo::new(move |prev: Option<&T>| {
        let n = catch_up.get();
        track_state();
        match prev {
            Some(shown) if n == caught_up.get_value() && !on_screen.get_untracked() => shown.clone(),
            _ => {
                caught_up.set_value(n);
                compute()
            }
        }
    })
}
