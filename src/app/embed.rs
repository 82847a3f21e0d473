//! What an embedded atlas shows around its content: the footer (the survey's citation, the data
//! version, "Open in MedLLM Atlas") and the height messages to the host page; and, in the embed
//! build (`--features embed`), the page of one chart.

use super::browser;
use super::citation::Citation;
use super::state::AppState;
use crate::core::i18n::Msg;
use crate::core::survey::headline;
use crate::core::versions;
use leptos::html::Div;
use leptos::prelude::*;

/// Embed mode's footer: the citation and a link to the full atlas with the same state.
#[component]
pub fn EmbedFooter() -> impl IntoView {
    let state = expect_context::<AppState>();
    let source = move || state.data.with(|d| headline(&d.dataset).map(|h| h.source.clone()));
    view! {
        <footer class="embed-footer" data-testid="embed-footer">
            {move || source().map(|s| view! { <Citation source=s label=state.t(Msg::SourceLabel)/> })}
            <p class="note" data-testid="embed-version">{move || state.data.with(|d| versions::summary(&d.dataset, state.lang.get()))}</p>
            <a href=move || state.atlas_href(|u| { u.embed = false; u.chart = None; }) target="_blank" rel="noopener" data-testid="open-in-atlas">
                {state.tr(Msg::OpenInAtlas)}" ↗"
            </a>
        </footer>
    }
}

/// Wraps embed mode's content and posts its height to the host page whenever it changes.
#[component]
pub fn HeightReporter(children: Children) -> impl IntoView {
    let root = NodeRef::<Div>::new();
    let (_, height) = super::observe::element_size(root);
    Effect::new(move |_| {
        let h = height.get();
        if h > 0.0 && browser::in_frame() {
            browser::post_height(h);
        }
    });
    view! { <div class="embed-root" node_ref=root>{children()}</div> }
}

/// The embed build's page: the one chart its address names (`chart=`, or the chart the page was
/// made for), with its filter in words, the notice of anything dropped, and the footer.
#[component]
pub fn ChartPage() -> impl IntoView {
    let state = expect_context::<AppState>();
    state.reflect_on_document();
    let chart = Memo::new(move |_| state.url.with(|u| u.chart));
    move || {
        let content = match chart.get() {
            Some(id) => view! { <super::chart_card::CardView id=id statement_line=true/> }.into_any(),
            None => view! { <p class="note" data-testid="no-chart">{state.tr(Msg::EmbedNoChart)}</p> }.into_any(),
        };
        view! {
            <HeightReporter>
                <main id="main" class="embedded one-chart" data-chart=move || chart.get().map(|c| c.def().param)>
                    <super::notices::Notices/>
                    {content}
                </main>
                <EmbedFooter/>
            </HeightReporter>
        }
    }
}
