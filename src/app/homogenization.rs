//! The two cards on homogenization, shared by the overview and the lineage story: functions by
//! application scenario (held against the survey's one published share) and what the models are
//! built on. Each counts over every filter but its own facet, so clicking a bar (or Enter on it)
//! adds or removes that value as the category chart does.

use super::chart_card::{while_in_view, CardLine, ChartCard};
use super::chart_view::any_chart;
use super::state::AppState;
use crate::core::facet::Facet;
use crate::core::figures::{
    function_chart, function_comparison, function_counts, lineage_chart, lineage_counts, lineage_finding, sample_caveat,
};
use crate::core::i18n::{fill, format_int, Msg};
use leptos::prelude::*;

/// The rows a card of `facet` counts over: every filter but that facet's (kept by the selection).
fn rows_for(state: AppState, facet: Facet) -> Memo<Vec<usize>> {
    Memo::new(move |_| state.selection.with(|s| s.rows_without(facet).to_vec()))
}

#[component]
pub fn FunctionCard() -> impl IntoView {
    let state = expect_context::<AppState>();
    let rows = rows_for(state, Facet::FunctionCategory);
    let counts = Memo::new(move |_| rows.with(|r| state.data.with(|d| function_counts(&d.dataset, r))));
    let chart = Memo::new(move |_| {
        let lang = state.lang.get();
        counts.with(|c| state.data.with(|d| state.url.with(|u| function_chart(&d.dataset, c, &u.filters, lang))))
    });
    let above = Signal::derive(move || {
        let lang = state.lang.get();
        let comparison = counts.with(|c| state.data.with(|d| function_comparison(&d.dataset, c, lang)));
        let caveat = counts.with(|c| c.classified).then(|| rows.with(|r| state.data.with(|d| sample_caveat(&d.dataset, r, lang))));
        vec![
            CardLine::finding(comparison.unwrap_or_default(), Some("function-comparison")),
            CardLine::note(caveat.unwrap_or_default(), Some("function-caveat")),
        ]
    });
    let on_activate = Callback::new(move |key: String| state.edit_url(|u| u.filters.toggle(Facet::FunctionCategory, &key)));
    view! { <ChartCard card="function-card" chart=any_chart(chart) chart_id="function-chart" above=above on_activate=on_activate/> }
}

#[component]
pub fn LineageCard() -> impl IntoView {
    let state = expect_context::<AppState>();
    // Below the fold in the overview: it follows a change a moment later while out of view.
    let card = NodeRef::<leptos::html::Figure>::new();
    let counts = while_in_view(state, card, move || {
        state.selection.with(|s| state.data.with(|d| lineage_counts(&d.index, s.rows_without(Facet::BuiltOn))))
    });
    let chart = Memo::new(move |_| {
        let lang = state.lang.get();
        counts.with(|c| state.data.with(|d| state.url.with(|u| lineage_chart(&d.dataset, &d.index, c, &u.filters, lang))))
    });
    let above = Signal::derive(move || {
        let lang = state.lang.get();
        let finding = counts.with(|c| state.data.with(|d| lineage_finding(&d.dataset, &d.index, c, lang)));
        let caveat = counts.with(|c| {
            fill(
                Msg::NotStatedCaveat.text(lang),
                &[("n", &format_int(c.not_stated as u64)), ("total", &format_int((c.stated + c.not_stated) as u64))],
            )
        });
        vec![CardLine::finding(finding.unwrap_or_default(), Some("lineage-finding")), CardLine::note(caveat, Some("lineage-unstated"))]
    });
    let on_activate = Callback::new(move |key: String| state.edit_url(|u| u.filters.toggle(Facet::BuiltOn, &key)));
    view! { <ChartCard card="lineage-card" chart=any_chart(chart) chart_id="lineage-chart" above=above on_activate=on_activate node_ref=card/> }
}
