//! A story: one of the seed article's figures as a named preset over the same data, with its
//! rule stated, the article's own words, charts and the matching models.

use super::chart_view::ChartView;
use super::models_table::ModelsTable;
use super::state::AppState;
use crate::core::figures::{kind_chart, specialty_chart};
use crate::core::i18n::{fill, format_int, Msg};
use crate::core::stories::Preset;
use leptos::prelude::*;

#[component]
pub fn StoryView(preset: Preset) -> impl IntoView {
    let state = expect_context::<AppState>();
    let (lead, quote_ids): (Msg, &[&str]) = match preset {
        Preset::Pathology => (Msg::StoryPathologyLead, &["pathology-focus", "clinical-fewer"]),
        Preset::Hospitals => (Msg::StoryHospitalsLead, &["hospital-led", "clinical-fewer"]),
    };
    let by_kind = Memo::new(move |_| {
        let data = state.data.get();
        let lang = state.lang.get();
        let mut c = state.url.with(|u| kind_chart(&data.dataset, &state.selection.get(), &u.filters, lang));
        c.title = Msg::StoryByKind.text(lang).to_owned();
        c
    });
    let by_specialty = Memo::new(move |_| {
        let data = state.data.get();
        let lang = state.lang.get();
        let mut c = state.url.with(|u| specialty_chart(&data.dataset, &data.index, &state.selection.get(), &u.filters, lang));
        c.title = Msg::StoryBySpecialty.text(lang).to_owned();
        c
    });
    let quotes = move || {
        let data = state.data.get();
        quote_ids
            .iter()
            .filter_map(|id| data.dataset.quotes.iter().find(|q| q.id == *id))
            .map(|q| {
                let source = data.dataset.source(&q.source_id).cloned();
                view! {
                    <blockquote class="quote">
                        <p>"“"{q.quote.clone()}"”"</p>
                        {source.map(|s| view! {
                            <footer>"— "<a href=s.url.clone() target="_blank" rel="noopener noreferrer">{s.publisher.clone()}</a>{s.published.map(|d| format!(", {d}"))}</footer>
                        })}
                    </blockquote>
                }
            })
            .collect_view()
    };
    let count = move || fill(state.t(Msg::StoryCount), &[("n", &format_int(state.selection.with(|s| s.rows.len()) as u64))]);
    let on_kind = Callback::new(move |key: String| {
        if let Some(k) = crate::core::vocab::DeveloperKind::from_id(&key) {
            state.update(|u| {
                if !u.filters.kinds.remove(&k) {
                    u.filters.kinds.insert(k);
                }
            });
        }
    });
    let on_specialty = Callback::new(move |key: String| {
        state.update(|u| {
            if !u.filters.specialties.remove(&key) {
                u.filters.specialties.insert(key);
            }
        })
    });
    view! {
        <section class="story" data-testid=format!("story-{}", if preset == Preset::Pathology { "pathology" } else { "hospitals" })>
            <p class="lead"><strong>{state.tr(Msg::StoryRule)}": "</strong>{move || state.t(lead)}</p>
            <p class="story-count" data-testid="story-count">{count}</p>
            <div class="quotes">{quotes}</div>
            <div class="chart-grid">
                <figure class="card">
                    <h2>{move || by_kind.with(|c| c.title.clone())}</h2>
                    <ChartView chart=by_kind on_activate=on_kind testid="story-kind-chart"/>
                </figure>
                <figure class="card">
                    <h2>{move || by_specialty.with(|c| c.title.clone())}</h2>
                    <ChartView chart=by_specialty on_activate=on_specialty testid="story-specialty-chart"/>
                </figure>
            </div>
            <ModelsTable/>
        </section>
    }
}
