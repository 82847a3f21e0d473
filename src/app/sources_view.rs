//! Sources: every document the survey figures cite with what it supports, and how the model
//! rows (under the current filters) are backed — by kind of page and by site.

use super::citation::Citation;
use super::state::AppState;
use crate::core::i18n::{fill, format_int, Msg};
use crate::core::labels;
use crate::core::provenance::{by_source_kind, sites, source_uses};
use crate::core::vocab::SourceKind;
use leptos::prelude::*;

/// Sites listed before the list is cut (the rest are summed).
const SITES_SHOWN: usize = 25;

#[component]
pub fn SourcesView() -> impl IntoView {
    let state = expect_context::<AppState>();
    let documents = move || {
        let data = state.data.get();
        let lang = state.lang.get();
        source_uses(&data.dataset)
            .into_iter()
            .map(|u| {
                let supports = fill(
                    Msg::SourceSupports.text(lang),
                    &[("rows", &format_int(u.models.len() as u64)), ("figures", &format_int(u.figures.len() as u64))],
                );
                let figures: Vec<_> = u
                    .figures
                    .iter()
                    .filter_map(|metric| data.dataset.figure(metric))
                    .map(|f| view! { <li><strong>{format_int(f.value as u64)}</strong>" "{f.unit.clone()}" — "{f.scope.clone()}</li> })
                    .collect();
                view! {
                    <li class="source-doc" data-source=u.source.id.clone()>
                        <Citation source=u.source.clone() label=Msg::SourceLabel.text(lang)/>
                        <p class="note">{supports}</p>
                        {(!figures.is_empty()).then(|| view! { <ul class="figures-cited">{figures}</ul> })}
                    </li>
                }
            })
            .collect_view()
    };
    let kinds = move || {
        let data = state.data.get();
        let counts = state.selection.with(|s| by_source_kind(&data.dataset, &s.rows));
        let total: usize = counts.iter().sum();
        SourceKind::ALL
            .iter()
            .map(|k| {
                let n = counts[k.index()];
                let share = if total == 0 { 0.0 } else { n as f64 / total as f64 };
                view! {
                    <li data-kind=k.id()>
                        <span class="kind-name">{state.t(labels::source_kind(*k))}</span>
                        <span class="meter" aria-hidden="true"><span style:width=format!("{:.1}%", share * 100.0)></span></span>
                        <span class="count">{format!("{} · {}", format_int(n as u64), crate::core::i18n::format_percent(share))}</span>
                    </li>
                }
            })
            .collect_view()
    };
    let only_primary = move || state.url.with(|u| u.filters.sources.len() == 1 && u.filters.sources.contains(&SourceKind::Primary));
    let site_list = move || {
        let data = state.data.get();
        let all = state.selection.with(|s| sites(&data.dataset, &s.rows));
        all.into_iter()
            .take(SITES_SHOWN)
            .map(|s| view! { <li><span class="site">{s.host.clone()}</span>" "<span class="count">{fill(state.t(Msg::SiteRows), &[("n", &format_int(s.rows as u64))])}</span></li> })
            .collect_view()
    };
    view! {
        <section class="sources-view" data-testid="sources-view">
            <p class="lead">{state.tr(Msg::SourcesIntro)}</p>
            <div class="two-col">
                <div class="card">
                    <h2>{state.tr(Msg::SourceKindsTitle)}</h2>
                    <ul class="kind-meters" data-testid="source-kinds">{kinds}</ul>
                    <label class="check">
                        <input type="checkbox" data-testid="only-primary" prop:checked=only_primary
                            on:change=move |_| {
                                let on = !only_primary();
                                state.update(|u| {
                                    u.filters.sources.clear();
                                    if on { u.filters.sources.insert(SourceKind::Primary); }
                                });
                            }/>
                        " "{state.tr(Msg::OnlyPrimary)}
                    </label>
                    <h3>{state.tr(Msg::SitesTitle)}</h3>
                    <ul class="sites">{site_list}</ul>
                </div>
                <div class="card">
                    <h2>{state.tr(Msg::SourcesListed)}</h2>
                    <ol class="documents">{documents}</ol>
                </div>
            </div>
        </section>
    }
}
