//! The overview: the survey's headline and published split, and the atlas's own counts.

use super::chart_card::{while_in_view, CardLine, ChartCard};
use super::chart_view::any_chart;
use super::citation::Citation;
use super::homogenization::{FunctionCard, LineageCard};
use super::state::AppState;
use crate::core::chart::AnyChart;
use crate::core::facet::{Facet, FACETS};
use crate::core::figures::{
    category_chart, facet_chart, largest_finding, province_finding, province_map, survey_chart, survey_finding, ProvinceCounts,
};
use crate::core::i18n::{fill, format_int, Msg};
use crate::core::survey::{headline, scenario_split};
use leptos::prelude::*;

#[component]
pub fn Overview() -> impl IntoView {
    let state = expect_context::<AppState>();
    view! {
        <SurveyHeadline/>
        <div class="chart-grid">
            <SurveyCard/>
            <FunctionCard/>
            <CategoryCard/>
            {move || state.after_first_frame.get().then(|| view! {
                <ProvinceCard/>
                <LineageCard/>
                {FACETS.iter().filter(|d| d.chart.is_some()).map(|d| view! { <FacetCard facet=d.facet/> }).collect_view()}
            })}
        </div>
    }
}

/// A chart of the atlas's models by one facet; clicking a bar filters to it. These cards sit
/// below the fold and follow the state a moment later while out of view (`while_in_view`).
#[component]
fn FacetCard(facet: Facet) -> impl IntoView {
    let state = expect_context::<AppState>();
    let testid = format!("{}-chart", facet.def().param);
    let on_activate = Callback::new(move |key: String| state.edit_url(|u| u.filters.toggle(facet, &key)));
    let card = NodeRef::<leptos::html::Figure>::new();
    // The chart with the finding under its title, computed together so they always agree.
    let shown = while_in_view(state, card, move || {
        let d = state.data.get();
        let c = state.url.with(|u| state.selection.with(|s| facet_chart(&d.dataset, &d.index, s, &u.filters, facet, state.lang.get())));
        let c = c.unwrap_or_default();
        let population = state.selection.with(|s| s.counts.of(facet).population);
        let finding = largest_finding(&c, Some(population), state.lang.get());
        (c, finding)
    });
    let chart = Memo::new(move |_| shown.with(|s| AnyChart::from(s.0.clone())));
    let above = Signal::derive(move || vec![CardLine::finding(shown.with(|s| s.1.clone()).unwrap_or_default(), None)]);
    view! {
        <ChartCard card=format!("{testid}-card") chart=chart chart_id=testid.clone() above=above on_activate=on_activate node_ref=card/>
    }
}

/// Where the models' lead developers are based, as a tile map; clicking a tile (or Enter on it)
/// filters to that province, as the bar charts do. Below the fold: it follows a change a moment
/// later while out of view.
#[component]
fn ProvinceCard() -> impl IntoView {
    let state = expect_context::<AppState>();
    let on_activate = Callback::new(move |key: String| state.edit_url(|u| u.filters.toggle(Facet::Province, &key)));
    let card = NodeRef::<leptos::html::Figure>::new();
    let shown = while_in_view(state, card, move || {
        let d = state.data.get();
        let lang = state.lang.get();
        let counts = state.selection.with(|s| ProvinceCounts::of(&d.index, s));
        let chart = state.url.with(|u| province_map(&d.dataset, &counts, &u.filters, lang));
        (chart, province_finding(&d.dataset, &counts, lang))
    });
    let chart = Memo::new(move |_| shown.with(|s| AnyChart::from(s.0.clone())));
    let above = Signal::derive(move || vec![CardLine::finding(shown.with(|s| s.1.clone()).unwrap_or_default(), Some("province-finding"))]);
    view! {
        <ChartCard card="province-card" chart=chart chart_id="province-chart" above=above wide=true on_activate=on_activate node_ref=card/>
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

#[component]
fn SurveyCard() -> impl IntoView {
    let state = expect_context::<AppState>();
    let chart = Memo::new(move |_| survey_chart(&state.data.get().dataset, state.lang.get()).unwrap_or_default().into());
    // The image-only note and the citation (a link) stand in for the chart's own notes.
    let above = Signal::derive(move || {
        vec![CardLine::finding(state.data.with(|d| survey_finding(&d.dataset, state.lang.get())).unwrap_or_default(), None)]
    });
    let below = Signal::derive(move || {
        let lang = state.lang.get();
        state.data.with(|d| {
            scenario_split(&d.dataset)
                .map(|split| {
                    let note = fill(Msg::SurveyImageOnly.text(lang), &[("n", &split.other_categories.to_string())]);
                    vec![CardLine::note(note, Some("image-only-note")), CardLine::Cite(split.source.clone())]
                })
                .unwrap_or_default()
        })
    });
    let shown = move || state.data.with(|d| scenario_split(&d.dataset).is_some());
    move || {
        shown().then(|| view! { <ChartCard card="survey-card" chart=chart chart_id="survey-chart" above=above below=below notes=false/> })
    }
}

#[component]
fn CategoryCard() -> impl IntoView {
    let state = expect_context::<AppState>();
    let chart = Memo::new(move |_| {
        let data = state.data.get();
        state.url.with(|u| category_chart(&data.dataset, &state.selection.get(), &u.filters, state.lang.get()))
    });
    let on_activate = Callback::new(move |key: String| state.edit_url(|u| u.filters.toggle(Facet::Category, &key)));
    let above = Signal::derive(move || {
        let lang = state.lang.get();
        let finding = chart.with(|c| largest_finding(c, Some(state.selection.with(|s| s.counts.of(Facet::Category).population)), lang));
        vec![
            CardLine::finding(finding.unwrap_or_default(), None),
            CardLine::Text { class: "hint", testid: None, text: Msg::ChartClickHint.text(lang).to_owned() },
        ]
    });
    view! {
        <ChartCard card="category-card" chart=any_chart(chart) chart_id="category-chart" above=above wide=true caption_id="category-notes"
            on_activate=on_activate/>
    }
}
