//! A story: one of the seed article's figures as a named preset over the same data, with its
//! rule stated, the article's own words, charts and the matching models.

use super::chart_card::CardView;
use super::models_table::ModelsTable;
use super::state::AppState;
use crate::core::cards::CardId;
use crate::core::i18n::{fill, format_int, Msg};
use crate::core::stories::Preset;
use crate::core::views::View;
use leptos::prelude::*;

#[component]
pub fn StoryView(preset: Preset) -> impl IntoView {
    let state = expect_context::<AppState>();
    let (lead, quote_ids): (Msg, &[&str]) = match preset {
        Preset::Pathology => (Msg::StoryPathologyLead, &["pathology-focus", "clinical-fewer"]),
        Preset::Hospitals => (Msg::StoryHospitalsLead, &["hospital-led", "clinical-fewer"]),
    };
    let count = move || fill(state.t(Msg::StoryCount), &[("n", &format_int(state.selection.with(|s| s.rows.len()) as u64))]);
    let story_view = if preset == Preset::Pathology { View::StoryPathology } else { View::StoryHospitals };
    view! {
        <section class="story" data-testid=format!("story-{}", if preset == Preset::Pathology { "pathology" } else { "hospitals" })>
            <p class="lead"><strong>{state.tr(Msg::StoryRule)}": "</strong>{state.tr(lead)}</p>
            <p class="story-count" data-testid="story-count">{count}</p>
            <Quotes ids=quote_ids/>
            <div class="chart-grid">
                {CardId::of_view(story_view).into_iter().map(|id| view! { <CardView id=id/> }).collect_view()}
            </div>
            <ModelsTable/>
        </section>
    }
}

/// The article's own words, by quote id, each with its source.
#[component]
fn Quotes(ids: &'static [&'static str]) -> impl IntoView {
    let state = expect_context::<AppState>();
    let quotes = move || {
        let data = state.data.get();
        ids.iter()
            .filter_map(|id| data.dataset.quotes.iter().find(|q| q.id == *id))
            .map(|q| {
                let source = data.dataset.source(&q.source_id).cloned();
                view! {
                    <blockquote class="quote">
                        <p>"“"{q.quote.clone()}"”"</p>
                        {source.map(|s| view! {
                            <footer>"— "<a href=s.url.clone() target="_blank" rel="noopener noreferrer">{s.publisher.clone()}</a>{crate::core::cite::date_suffix(s.published)}</footer>
                        })}
                    </blockquote>
                }
            })
            .collect_view()
    };
    view! { <div class="quotes">{quotes}</div> }
}

/// "Built on a few foundations": what the documented models are built on and what their
/// functions do, beside the article's finding of homogenization.
#[component]
pub fn LineageStory() -> impl IntoView {
    let state = expect_context::<AppState>();
    let count = move || fill(state.t(Msg::StoryCount), &[("n", &format_int(state.selection.with(|s| s.rows.len()) as u64))]);
    view! {
        <section class="story" data-testid="story-lineage">
            <p class="lead">{state.tr(Msg::StoryLineageLead)}</p>
            <p class="story-count" data-testid="story-count">{count}</p>
            <Quotes ids=&["homogenization"]/>
            <div class="chart-grid">
                {CardId::of_view(View::StoryLineage).into_iter().map(|id| view! { <CardView id=id/> }).collect_view()}
            </div>
            <ModelsTable/>
        </section>
    }
}
