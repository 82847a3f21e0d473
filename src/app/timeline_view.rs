//! The timeline: models released per month under the current filters, with year-only and
//! undated rows counted beside the months.

use super::chart_card::CardView;
use super::state::AppState;
use crate::core::cards::CardId;
use crate::core::i18n::Msg;
use leptos::prelude::*;

#[component]
pub fn TimelineView() -> impl IntoView {
    let state = expect_context::<AppState>();
    view! {
        <p class="lead">{state.tr(Msg::TimelineIntro)}</p>
        <CardView id=CardId::Timeline/>
    }
}
