//! The result line ("12 of 193 models", announced to screen readers), the active filters as
//! removable chips, and the explanation of an empty result. The line and the chips show the
//! settled state (`AppState::url_settled`), a frame after the charts.

use super::state::AppState;
use crate::core::active::{active_filters, ActiveFilter};
use crate::core::figures::result_line;
use crate::core::i18n::{fill, Msg};
use leptos::prelude::*;

#[component]
pub fn ResultBar() -> impl IntoView {
    let state = expect_context::<AppState>();
    let line = Memo::new(move |_| {
        let n = state.selection_settled.with(|s| s.rows.len());
        state.data.with(|d| result_line(&d.dataset, n, state.lang.get()))
    });
    let count = move || line.with(|l| l.0.clone());
    let survey_note = move || line.with(|l| l.1.clone());
    view! {
        <div class="result-bar">
            <p class="result-count" data-testid="result-count" role="status" aria-live="polite">{count}</p>
            <p class="sample-note" data-testid="sample-note">{survey_note}</p>
            <super::record::CompareLink/>
            <super::chart_card::FilterStatement/>
            <Chips/>
        </div>
    }
}

/// Active filters, each with a button that removes it.
#[component]
pub fn Chips() -> impl IntoView {
    let state = expect_context::<AppState>();
    let chips = move || {
        let data = state.data.get();
        let lang = state.lang.get();
        state.url_settled.with(|u| active_filters(&u.filters, &data.dataset, lang))
    };
    view! {
        <ul class="chips" data-testid="active-filters">
            {move || chips().into_iter().map(|(filter, label)| {
                let aria = fill(state.t(Msg::RemoveFilter), &[("name", &label)]);
                view! {
                    <li>
                        <button type="button" class="chip" aria-label=aria
                            on:click=move |_| { let f: ActiveFilter = filter.clone(); state.edit_url(|u| f.remove_from(&mut u.filters)) }>
                            {label}<span aria-hidden="true">" ×"</span>
                        </button>
                    </li>
                }
            }).collect_view()}
        </ul>
    }
}

/// Shown in place of a view's content when nothing matches.
#[component]
pub fn EmptyResult() -> impl IntoView {
    let state = expect_context::<AppState>();
    view! {
        <section class="empty-result" data-testid="empty-result">
            <p>{state.tr(Msg::EmptyResultTitle)}</p>
            <Chips/>
            <button type="button" class="primary" on:click=move |_| state.edit_url(|u| u.filters = u.filters.cleared())>
                {state.tr(Msg::ClearFilters)}
            </button>
        </section>
    }
}
