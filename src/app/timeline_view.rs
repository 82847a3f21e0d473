//! The timeline: models released per month under the current filters, with year-only and
//! undated rows counted beside the months.

use super::chart_card::ChartCard;
use super::chart_view::any_chart;
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
        state.selection.with(|s| timeline_chart(&timeline(&d.dataset, &s.rows), state.lang.get()))
    });
    view! {
        <p class="lead">{state.tr(Msg::TimelineIntro)}</p>
        <ChartCard card="timeline-card" chart=any_chart(chart) chart_id="timeline-chart" caption_id="timeline-notes"/>
    }
}
