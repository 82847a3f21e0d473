//! Sources: every document the survey figures cite with what it supports, and how the model
//! rows (under the current filters) are backed — by kind of page and by site.

use super::citation::citation;
use super::markup::{el, render, Node};
use super::state::AppState;
use crate::core::facet::Facet;
use crate::core::i18n::{fill, format_int, Msg};
use crate::core::provenance::{by_source_kind, location_pages, source_uses, top_sites};
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
        let items = source_uses(&data.dataset).into_iter().map(|u| {
            let supports = fill(
                Msg::SourceSupports.text(lang),
                &[("rows", &format_int(u.models.len() as u64)), ("figures", &format_int(u.figures.len() as u64))],
            );
            let figures: Vec<Node> = u
                .figures
                .iter()
                .filter_map(|metric| data.dataset.figure(metric))
                .map(|f| el("li").child(el("strong").child(format_int(f.value as u64))).child(format!(" {} — {}", f.unit, f.scope)).into())
                .collect();
            el("li")
                .class("source-doc")
                .attr("data-source", u.source.id.clone())
                .child(citation(u.source, Msg::SourceLabel.text(lang)))
                .child(el("p").class("note").child(supports))
                .children((!figures.is_empty()).then(|| el("ul").class("figures-cited").children(figures)))
        });
        render(el("ol").class("documents").children(items).into())
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
                        <span class="kind-name">{state.t(k.label())}</span>
                        <span class="meter" aria-hidden="true"><span style:width=format!("{:.1}%", share * 100.0)></span></span>
                        <span class="count">{format!("{} · {}", format_int(n as u64), crate::core::i18n::format_percent(share))}</span>
                    </li>
                }
            })
            .collect_view()
    };
    let primary = SourceKind::Primary.id();
    let only_primary = move || state.url.with(|u| u.filters.chosen(Facet::Source).iter().eq([primary]));
    let site_list = move || {
        let data = state.data.get();
        let (top, rest) = state.selection.with(|s| top_sites(&data.dataset, &s.rows, SITES_SHOWN));
        let rest = rest
            .map(|(sites, rows)| fill(state.t(Msg::OtherSites), &[("n", &format_int(sites as u64)), ("rows", &format_int(rows as u64))]));
        top.into_iter()
            .map(|s| (s.host, fill(state.t(Msg::SiteRows), &[("n", &format_int(s.rows as u64))])))
            .chain(rest.map(|r| (String::new(), r)))
            .map(|(host, count)| view! { <li><span class="site">{host}</span>" "<span class="count">{count}</span></li> })
            .collect_view()
    };
    // The pages that place the developers are sources too, under the same filters.
    let pages = Memo::new(move |_| state.data.with(|d| state.selection.with(|s| location_pages(&d.dataset, &s.rows))));
    let location_line = move || {
        let p = pages.get();
        let total = state.selection.with(|s| s.rows.len());
        fill(
            state.t(Msg::LocationPages),
            &[
                ("pages", &format_int(p.pages as u64)),
                ("sites", &format_int(p.sites.len() as u64)),
                ("developers", &format_int(p.developers as u64)),
                ("models", &format_int(p.models as u64)),
                ("total", &format_int(total as u64)),
            ],
        )
    };
    let location_sites = move || {
        let p = pages.get();
        let (top, rest) = p.sites.split_at(p.sites.len().min(SITES_SHOWN));
        let rest = (!rest.is_empty()).then(|| {
            let n: usize = rest.iter().map(|s| s.1).sum();
            (String::new(), fill(state.t(Msg::OtherSitesPages), &[("n", &format_int(rest.len() as u64)), ("pages", &format_int(n as u64))]))
        });
        top.iter()
            .map(|(h, n)| (h.clone(), fill(state.t(Msg::SitePages), &[("n", &format_int(*n as u64))])))
            .chain(rest)
            .map(|(host, count)| view! { <li><span class="site">{host}</span>" "<span class="count">{count}</span></li> })
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
                                state.edit_url(|u| u.filters.choose_only(Facet::Source, on.then_some(primary)));
                            }/>
                        " "{state.tr(Msg::OnlyPrimary)}
                    </label>
                    <h3>{state.tr(Msg::SitesTitle)}</h3>
                    <ul class="sites">{site_list}</ul>
                    <h3>{state.tr(Msg::LocationPagesTitle)}</h3>
                    <p class="note" data-testid="location-pages">{location_line}</p>
                    <ul class="sites" data-testid="location-sites">{location_sites}</ul>
                </div>
                <div class="card">
                    <h2>{state.tr(Msg::SourcesListed)}</h2>
                    {documents}
                </div>
            </div>
        </section>
    }
}
