//! The timeline: models released per month under the current filters, with year-only and
//! undated rows counted beside the months.

use super::chart_view::{any_chart, ChartView};
use super::state::AppState;
use crate::core::figures::timeline_chart;
use crate::core::i18n::Msg;
use crate::core::timeline::timeline;
use leptos::prelude::*;

#[component]
pub fn TimelineView() -> impl IntoView {
    let state = expect_context::<AppState>();
    let chart = Memo::new(move |_| {
        let d = state.data.get();
        state.selection.with(|s| timeline_chart(&d.dataset, &timeline(&d.dataset, &s.rows), state.lang.get()))
    });
    let notes = move || chart.with(|c| c.notes.iter().map(|n| view! { <p class="note">{n.clone()}</p> }).collect_view());
    view! {
        <p class="lead">{state.tr(Msg::TimelineIntro)}</p>
        <figure class="card" data-testid="timeline-card">
            <h2>{move || chart.with(|c| c.title.clone())}</h2>
            <ChartView chart=any_chart(chart) testid="timeline-chart"/>
            <figcaption data-testid="timeline-notes">{notes}</figcaption>
        </figure>
    }
}
