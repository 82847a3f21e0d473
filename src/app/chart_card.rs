//! A chart in its card, as every chart of the atlas is shown: the title, the lines to read it by
//! (its finding, caveats), the canvas, and the notes under it. One component for all of them, so
//! the cards cannot drift apart (and the WASM carries the card once).

use super::chart_view::ChartView;
use super::citation::citation;
use super::markup::{el, render, Node};
use super::state::AppState;
use crate::core::chart::{AnyChart, Chart};
use crate::core::i18n::Msg;
use crate::core::model::Source;
use leptos::html::Figure;
use leptos::prelude::*;

/// A line of a card above or under its chart.
#[derive(Clone, Debug, PartialEq)]
pub enum CardLine {
    /// A paragraph with a class (`finding`, `note`, `hint`) and maybe a test id.
    Text { class: &'static str, testid: Option<&'static str>, text: String },
    /// A citation of a source, linking to it.
    Cite(Source),
}

impl CardLine {
    pub fn finding(text: impl Into<String>, testid: Option<&'static str>) -> CardLine {
        CardLine::Text { class: "finding", testid, text: text.into() }
    }

    pub fn note(text: impl Into<String>, testid: Option<&'static str>) -> CardLine {
        CardLine::Text { class: "note", testid, text: text.into() }
    }

    fn node(self, lang: crate::core::i18n::Lang) -> Node {
        match self {
            CardLine::Text { class, testid, text } => {
                let p = el("p").class(class).child(text);
                match testid {
                    Some(t) => p.testid(t).into(),
                    None => p.into(),
                }
            }
            CardLine::Cite(source) => citation(&source, Msg::SourceLabel.text(lang)),
        }
    }
}

/// How a card's lines are given: reactively.
pub type Lines = Signal<Vec<CardLine>>;

#[component]
pub fn ChartCard(
    /// The figure's test id.
    #[prop(into)]
    card: String,
    chart: Memo<AnyChart>,
    /// The chart's test id (also names its downloads).
    #[prop(into)]
    chart_id: String,
    /// Lines between the title and the chart.
    #[prop(optional, into)]
    above: Option<Lines>,
    /// Lines under the chart, after its notes.
    #[prop(optional, into)]
    below: Option<Lines>,
    /// The chart's own notes under it (a card that says the same in `below` leaves them out).
    #[prop(default = true)]
    notes: bool,
    /// Spans the whole row of the grid.
    #[prop(optional)]
    wide: bool,
    #[prop(optional)] caption_id: Option<&'static str>,
    #[prop(optional)] on_activate: Option<Callback<String>>,
    /// For a card that wants to know whether it is in view.
    #[prop(optional)]
    node_ref: Option<NodeRef<Figure>>,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let lines = move |l: Option<Lines>| {
        move || l.map(|l| l.get()).unwrap_or_default().into_iter().map(|line| render(line.node(state.lang.get()))).collect_view()
    };
    let caption = move || {
        let own: Vec<CardLine> =
            if notes { chart.with(|c| c.notes().iter().map(|n| CardLine::note(n.clone(), None)).collect()) } else { Vec::new() };
        own.into_iter().chain(below.map(|b| b.get()).unwrap_or_default()).map(|line| render(line.node(state.lang.get()))).collect_view()
    };
    let figure = NodeRef::<Figure>::new();
    view! {
        <figure class=if wide { "card wide" } else { "card" } data-testid=card node_ref=node_ref.unwrap_or(figure)>
            <h2>{state.text(move || chart.with(|c| c.title().to_owned()))}</h2>
            {lines(above)}
            <ChartView chart=chart on_activate=on_activate testid=chart_id/>
            <figcaption data-testid=caption_id>{caption}</figcaption>
        </figure>
    }
    .into_any()
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
