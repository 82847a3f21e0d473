//! The overview: the survey's headline and published split, and the atlas's own counts.

use super::chart_card::CardView;
use super::citation::Citation;
use super::state::AppState;
use crate::core::cards::CardId;
use crate::core::i18n::{format_int, Msg};
use crate::core::survey::headline;
use crate::core::views::View;
use leptos::prelude::*;

#[component]
pub fn Overview() -> impl IntoView {
    let state = expect_context::<AppState>();
    // The first three cards are what the reader sees first; the rest are built after the first
    // frame and follow a change a moment later while out of view.
    let cards = CardId::of_view(View::Overview);
    let (first, rest) = cards.split_at(3.min(cards.len()));
    let (first, rest) = (first.to_vec(), rest.to_vec());
    view! {
        <SurveyHeadline/>
        <div class="chart-grid">
            {first.into_iter().map(|id| view! { <CardView id=id/> }).collect_view()}
            {move || state.after_first_frame.get().then(|| rest.iter().map(|&id| view! { <CardView id=id deferred=true/> }).collect_view())}
        </div>
    }
}

#[component]
fn SurveyHeadline() -> impl IntoView {
    let state = expect_context::<AppState>();
    move || {
        let data = state.data.get();
        let Some(h) = headline(&data.dataset) else { return ().into_any() };
        let figures = [
            (h.models_surveyed, Msg::ModelsSurveyed, "models-surveyed"),
            (h.functions_total, Msg::FunctionsCounted, "functions-total"),
            (h.categories, Msg::ScenarioCategories, "categories-total"),
        ];
        view! {
            <section class="headline" aria-label="survey headline">
                <ul class="figures">
                    {figures.into_iter().map(|(n, label, id)| view! {
                        <li><span class="figure" data-testid=id>{format_int(n.into())}</span>" "<span class="figure-label">{state.t(label)}</span></li>
                    }).collect_view()}
                </ul>
                <Citation source=h.source.clone() label=state.t(Msg::SourceLabel)/>
            </section>
        }
        .into_any()
    }
}
