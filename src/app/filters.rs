//! The filter panel: search, one group per facet with counts given the other filters (zero
//! counts stay visible, greyed), and a clear button. Edits replace the URL entry in place.

use super::state::AppState;
use crate::core::figures::category_name;
use crate::core::i18n::{fill, format_int, Msg};
use crate::core::labels;
use crate::core::vocab::{DeveloperKind, Modality, OpenWeights, SourceKind};
use leptos::prelude::*;
use std::collections::BTreeSet;

/// Specialties listed before "show all".
const SPECIALTIES_SHOWN: usize = 10;

fn toggle<T: Ord>(set: &mut BTreeSet<T>, value: T) {
    if !set.remove(&value) {
        set.insert(value);
    }
}

#[component]
pub fn FilterPanel() -> impl IntoView {
    let state = expect_context::<AppState>();
    // Only the narrow layout hides the panel; this is UI state, not view state.
    let open = RwSignal::new(false);
    let active = move || state.url.with(|u| !u.filters.is_empty());
    view! {
        <div class="filters-wrap">
            <button type="button" class="filters-toggle" aria-controls="filter-panel"
                aria-expanded=move || open.get().to_string()
                on:click=move |_| open.update(|o| *o = !*o)>
                {state.tr(Msg::ShowFilters)}
                {move || {
                    let n = state.url.with(|u| crate::core::active::active_filters(&u.filters, &state.data.get().dataset, state.lang.get()).len());
                    (n > 0).then(|| format!(" ({n})"))
                }}
            </button>
            <aside id="filter-panel" class="filter-panel" class:open=move || open.get()
                aria-label=state.tr(Msg::FiltersTitle)>
                <h2 class="panel-title">{state.tr(Msg::FiltersTitle)}</h2>
                <SearchBox/>
                <CategoryFacet/>
                <KindFacet/>
                <SpecialtyFacet/>
                <VocabFacet title=Msg::FacetModality
                    items=Modality::ALL.iter().map(|m| (m.id(), labels::modality(*m))).collect()
                    count=Callback::new(move |i: usize| state.selection.with(|s| s.counts.modality[i]))
                    checked=Callback::new(move |i: usize| state.url.with(|u| u.filters.modalities.contains(&Modality::ALL[i])))
                    on_toggle=Callback::new(move |i: usize| state.update(|u| toggle(&mut u.filters.modalities, Modality::ALL[i])))/>
                <VocabFacet title=Msg::FacetOpen
                    items=OpenWeights::ALL.iter().map(|o| (o.id(), labels::open(*o))).collect()
                    count=Callback::new(move |i: usize| state.selection.with(|s| s.counts.open[i]))
                    checked=Callback::new(move |i: usize| state.url.with(|u| u.filters.open.contains(&OpenWeights::ALL[i])))
                    on_toggle=Callback::new(move |i: usize| state.update(|u| toggle(&mut u.filters.open, OpenWeights::ALL[i])))/>
                <VocabFacet title=Msg::FacetSource
                    items=SourceKind::ALL.iter().map(|s| (s.id(), labels::source_kind(*s))).collect()
                    count=Callback::new(move |i: usize| state.selection.with(|s| s.counts.source[i]))
                    checked=Callback::new(move |i: usize| state.url.with(|u| u.filters.sources.contains(&SourceKind::ALL[i])))
                    on_toggle=Callback::new(move |i: usize| state.update(|u| toggle(&mut u.filters.sources, SourceKind::ALL[i])))/>
                <YearFacet/>
                <button type="button" class="clear-filters" data-testid="clear-filters"
                    disabled=move || !active()
                    on:click=move |_| state.update(|u| u.filters = Default::default())>
                    {state.tr(Msg::ClearFilters)}
                </button>
            </aside>
        </div>
    }
}

#[component]
fn SearchBox() -> impl IntoView {
    let state = expect_context::<AppState>();
    view! {
        <div class="facet">
            <label for="search" class="facet-title">{state.tr(Msg::SearchLabel)}</label>
            <input id="search" type="search" autocomplete="off" spellcheck="false"
                placeholder=state.tr(Msg::SearchPlaceholder)
                prop:value=move || state.url.with(|u| u.filters.query.clone())
                on:input=move |ev| {
                    let q = event_target_value(&ev);
                    state.update(|u| u.filters.query = q);
                }/>
        </div>
    }
}

/// One checkbox line: label, count, greyed when the count is zero (still clickable).
#[component]
fn FacetOption(
    #[prop(into)] name: Signal<String>,
    #[prop(into)] value: String,
    #[prop(into)] count: Signal<usize>,
    #[prop(into)] checked: Signal<bool>,
    on_toggle: Callback<()>,
    #[prop(into)] group: String,
) -> impl IntoView {
    view! {
        <label class="facet-option" class:zero=move || count.get() == 0 && !checked.get()>
            <input type="checkbox" name=group value=value prop:checked=move || checked.get()
                on:change=move |_| on_toggle.run(())/>
            <span class="option-name">{move || name.get()}</span>
            <span class="count">{move || format_int(count.get() as u64)}</span>
        </label>
    }
}

#[component]
fn CategoryFacet() -> impl IntoView {
    let state = expect_context::<AppState>();
    let options = move || {
        let data = state.data.get();
        data.dataset
            .categories
            .iter()
            .enumerate()
            .map(|(i, c)| {
                let id = c.id.clone();
                let (id2, id3) = (id.clone(), id.clone());
                let cat = c.clone();
                view! {
                    <FacetOption group="category" value=id
                        name=Signal::derive(move || category_name(&cat, state.lang.get()).to_owned())
                        count=Signal::derive(move || state.selection.with(|s| s.counts.category.get(i).copied().unwrap_or(0)))
                        checked=Signal::derive(move || state.url.with(|u| u.filters.categories.contains(&id2)))
                        on_toggle=Callback::new(move |_| { let id = id3.clone(); state.update(|u| toggle(&mut u.filters.categories, id)) })/>
                }
            })
            .collect_view()
    };
    view! {
        <fieldset class="facet" data-testid="facet-category">
            <legend class="facet-title">{state.tr(Msg::FacetCategory)}</legend>
            {options}
        </fieldset>
    }
}

/// Developer kind as a `<select>` (ids as option values) — one kind at a time from the panel;
/// several can still come from a link (`kind=hospital,university`).
#[component]
fn KindFacet() -> impl IntoView {
    let state = expect_context::<AppState>();
    let selected = move || state.url.with(|u| u.filters.kinds.iter().map(|k| k.id()).collect::<Vec<_>>());
    view! {
        <div class="facet">
            <label for="developer-kind" class="facet-title">{state.tr(Msg::FacetKind)}</label>
            <select id="developer-kind"
                prop:value=move || { let s = selected(); if s.len() == 1 { s[0].to_owned() } else if s.is_empty() { String::new() } else { "several".to_owned() } }
                on:change=move |ev| {
                    let v = event_target_value(&ev);
                    state.update(|u| {
                        u.filters.kinds.clear();
                        if let Some(k) = DeveloperKind::from_id(&v) {
                            u.filters.kinds.insert(k);
                        }
                    });
                }>
                <option value="" prop:selected=move || selected().is_empty()>{state.tr(Msg::AllKinds)}</option>
                {move || (selected().len() > 1).then(|| view! {
                    <option value="several" disabled=true selected=true>{fill(state.t(Msg::SeveralKinds), &[("n", &selected().len().to_string())])}</option>
                })}
                {DeveloperKind::ALL.iter().map(|k| {
                    let k = *k;
                    view! {
                        <option value=k.id() prop:selected=move || { let s = selected(); s.len() == 1 && s[0] == k.id() }>
                            {move || format!("{} ({})", state.t(labels::kind(k)), format_int(state.selection.with(|s| s.counts.kind[k.index()]) as u64))}
                        </option>
                    }
                }).collect_view()}
            </select>
        </div>
    }
}

#[component]
fn SpecialtyFacet() -> impl IntoView {
    let state = expect_context::<AppState>();
    let show_all = RwSignal::new(false);
    // Most frequent first (given the other filters); chosen ones always listed.
    let order = Memo::new(move |_| {
        let data = state.data.get();
        let counts = state.selection.with(|s| s.counts.specialty.clone());
        let mut idx: Vec<usize> = (0..data.index.specialties.len()).collect();
        idx.sort_by(|&a, &b| counts[b].cmp(&counts[a]).then_with(|| data.index.specialties[a].cmp(&data.index.specialties[b])));
        idx
    });
    let options = move || {
        let data = state.data.get();
        let all = show_all.get();
        order
            .get()
            .into_iter()
            .enumerate()
            .filter(|(rank, i)| all || *rank < SPECIALTIES_SHOWN || state.url.with_untracked(|u| u.filters.specialties.contains(&data.index.specialties[*i])))
            .map(|(_, i)| {
                let id = data.index.specialties[i].clone();
                let (id2, id3) = (id.clone(), id.clone());
                let label = labels::specialty(&id);
                view! {
                    <FacetOption group="specialty" value=id name=label
                        count=Signal::derive(move || state.selection.with(|s| s.counts.specialty.get(i).copied().unwrap_or(0)))
                        checked=Signal::derive(move || state.url.with(|u| u.filters.specialties.contains(&id2)))
                        on_toggle=Callback::new(move |_| { let id = id3.clone(); state.update(|u| toggle(&mut u.filters.specialties, id)) })/>
                }
            })
            .collect_view()
    };
    let total = move || state.data.with(|d| d.index.specialties.len());
    view! {
        <fieldset class="facet" data-testid="facet-specialty">
            <legend class="facet-title">{state.tr(Msg::FacetSpecialty)}</legend>
            {options}
            {move || (total() > SPECIALTIES_SHOWN).then(|| view! {
                <button type="button" class="link-button" aria-expanded=move || show_all.get().to_string()
                    on:click=move |_| show_all.update(|v| *v = !*v)>
                    {move || if show_all.get() { state.t(Msg::ShowFewerSpecialties).to_owned() } else { fill(state.t(Msg::ShowAllSpecialties), &[("n", &total().to_string())]) }}
                </button>
            })}
        </fieldset>
    }
}

/// A facet over a closed vocabulary, as checkboxes.
#[component]
fn VocabFacet(
    title: Msg,
    items: Vec<(&'static str, Msg)>,
    count: Callback<usize, usize>,
    checked: Callback<usize, bool>,
    on_toggle: Callback<usize>,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let group = title_group(title);
    view! {
        <fieldset class="facet" data-testid=format!("facet-{group}")>
            <legend class="facet-title">{move || state.t(title)}</legend>
            {items.into_iter().enumerate().map(|(i, (id, msg))| view! {
                <FacetOption group=group value=id
                    name=Signal::derive(move || state.t(msg).to_owned())
                    count=Signal::derive(move || count.run(i))
                    checked=Signal::derive(move || checked.run(i))
                    on_toggle=Callback::new(move |_| on_toggle.run(i))/>
            }).collect_view()}
        </fieldset>
    }
}

/// The URL parameter a vocabulary facet edits, used as its form group and test id.
fn title_group(title: Msg) -> &'static str {
    match title {
        Msg::FacetModality => "modality",
        Msg::FacetOpen => "open",
        _ => "source",
    }
}

#[component]
fn YearFacet() -> impl IntoView {
    let state = expect_context::<AppState>();
    let years = move || state.data.with(|d| d.index.years.clone());
    let year_select = move |is_from: bool| {
        let id = if is_from { "year-from" } else { "year-to" };
        view! {
            <label class="year-field">
                <span>{move || state.t(if is_from { Msg::YearFrom } else { Msg::YearTo })}</span>
                <select id=id
                    prop:value=move || state.url.with(|u| if is_from { u.filters.from } else { u.filters.to }).map(|y| y.to_string()).unwrap_or_default()
                    on:change=move |ev| {
                        let y = event_target_value(&ev).parse::<u16>().ok();
                        state.update(|u| {
                            if is_from { u.filters.from = y } else { u.filters.to = y }
                            // A range that ends before it starts keeps the newer choice only.
                            if let (Some(f), Some(t)) = (u.filters.from, u.filters.to) {
                                if f > t {
                                    if is_from { u.filters.to = None } else { u.filters.from = None }
                                }
                            }
                        });
                    }>
                    <option value="">{state.tr(Msg::AnyYear)}</option>
                    {move || years().into_iter().map(|y| {
                        let chosen = move || state.url.with(|u| if is_from { u.filters.from } else { u.filters.to }) == Some(y);
                        view! { <option value=y.to_string() prop:selected=chosen>{y.to_string()}</option> }
                    }).collect_view()}
                </select>
            </label>
        }
    };
    let unknown = move || state.selection.with(|s| s.counts.year_unknown);
    view! {
        <fieldset class="facet" data-testid="facet-years">
            <legend class="facet-title">{state.tr(Msg::FacetYears)}</legend>
            <div class="year-range">{year_select(true)}{year_select(false)}</div>
            <p class="facet-note">{move || fill(state.t(Msg::YearUnknownNote), &[("n", &format_int(unknown() as u64))])}</p>
        </fieldset>
    }
}
