//! The overview: the survey's headline and published split, and the atlas's own counts.

use super::bar_chart::BarChartView;
use super::citation::Citation;
use super::state::AppState;
use crate::core::figures::{category_chart, category_name, survey_chart};
use crate::core::i18n::{fill, format_int, format_percent, Msg};
use crate::core::survey::{headline, scenario_split};
use leptos::prelude::*;

#[component]
pub fn Overview() -> impl IntoView {
    view! {
        <SurveyHeadline/>
        <div class="chart-grid">
            <SurveyCard/>
            <CategoryCard/>
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

#[component]
fn SurveyCard() -> impl IntoView {
    let state = expect_context::<AppState>();
    let chart = Memo::new(move |_| survey_chart(&state.data.get().dataset, state.lang.get()));
    move || {
        let data = state.data.get();
        let lang = state.lang.get();
        let (Some(split), Some(c)) = (scenario_split(&data.dataset), chart.get()) else { return ().into_any() };
        let name = data.dataset.category(split.category_id).map(|c| category_name(c, lang).to_owned()).unwrap_or_default();
        let finding = fill(
            Msg::SurveyShareFinding.text(lang),
            &[("category", &name), ("part", &format_int(split.part.into())), ("total", &format_int(split.total.into())), ("share", &format_percent(split.share()))],
        );
        let note = fill(Msg::SurveyImageOnly.text(lang), &[("n", &split.other_categories.to_string())]);
        let title = c.title.clone();
        view! {
            <figure class="card" data-testid="survey-card">
                <h2>{title}</h2>
                <p class="finding">{finding}</p>
                <BarChartView chart=Signal::derive(move || chart.get().unwrap_or_else(|| c.clone())) palette=state.palette testid="survey-chart"/>
                <figcaption>
                    <p class="note" data-testid="image-only-note">{note}</p>
                    <Citation source=split.source.clone() label=Msg::SourceLabel.text(lang)/>
                </figcaption>
            </figure>
        }
        .into_any()
    }
}

#[component]
fn CategoryCard() -> impl IntoView {
    let state = expect_context::<AppState>();
    let chart = Memo::new(move |_| {
        let data = state.data.get();
        state.url.with(|u| category_chart(&data.dataset, &state.selection.get(), &u.filters, state.lang.get()))
    });
    let notes = move || chart.with(|c| c.notes.iter().map(|n| view! { <p class="note">{n.clone()}</p> }).collect_view());
    view! {
        <figure class="card" data-testid="category-card">
            <h2>{move || chart.with(|c| c.title.clone())}</h2>
            <BarChartView chart=chart palette=state.palette testid="category-chart"/>
            <figcaption data-testid="category-notes">{notes}</figcaption>
        </figure>
    }
}
