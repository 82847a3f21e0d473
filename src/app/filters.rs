//! The filter panel: search, one group per facet of `facet::FACETS` with counts given the other
//! filters (zero counts stay visible, greyed), the release years and a clear button. Edits
//! replace the URL entry in place. It shows the settled state (`AppState::url_settled`): a
//! change reaches it the frame after the charts and the table, which the reader is looking at.

use super::state::AppState;
use crate::core::facet::{Facet, Panel, FACETS};
use crate::core::i18n::{fill, format_int, Msg};
use leptos::prelude::*;

#[component]
pub fn FilterPanel() -> impl IntoView {
    let state = expect_context::<AppState>();
    // Only the narrow layout hides the panel; this is UI state, not view state.
    let open = RwSignal::new(false);
    let active = move || state.url_settled.with(|u| !u.filters.is_empty());
    view! {
        <div class="filters-wrap">
            <button type="button" class="filters-toggle" aria-controls="filter-panel"
                aria-expanded=state.text(move || open.get().to_string())
                on:click=move |_| open.update(|o| *o = !*o)>
                {state.tr(Msg::ShowFilters)}
                {move || {
                    let n = state.url_settled.with(|u| crate::core::active::active_filters(&u.filters, &state.data.get().dataset, state.lang.get()).len());
                    (n > 0).then(|| format!(" ({n})"))
                }}
            </button>
            <aside id="filter-panel" class="filter-panel" class:open=state.flag(move || open.get())
                aria-label=state.tr(Msg::FiltersTitle)>
                <h2 class="panel-title">{state.tr(Msg::FiltersTitle)}</h2>
                <SearchBox/>
                {FACETS.iter().map(|d| match d.panel {
                    Panel::Select { id } => view! { <SelectFacet facet=d.facet id=id/> }.into_any(),
                    Panel::Checkboxes => view! { <CheckboxFacet facet=d.facet shown=None pinned=None/> }.into_any(),
                    Panel::Ranked { shown, pinned } => view! { <CheckboxFacet facet=d.facet shown=Some(shown) pinned=pinned/> }.into_any(),
                }).collect_view()}
                <YearFacet/>
                <ChangedFacet/>
                <button type="button" class="clear-filters" data-testid="clear-filters"
                    disabled=state.flag(move || !active())
                    on:click=move |_| state.edit_url(|u| u.filters = u.filters.cleared())>
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
                prop:value=state.text(move || state.url.with(|u| u.filters.query.clone()))
                on:input=move |ev| {
                    let q = event_target_value(&ev);
                    state.edit_url(|u| u.filters.query = q);
                }/>
        </div>
    }
}

/// A facet as checkboxes, one per value with its count under the other filters (greyed when 0,
/// still clickable). With `shown`, the values go most frequent first and only the first `shown`
/// (and any chosen one, and `pinned`) are listed until the reader asks for all.
#[component]
fn CheckboxFacet(facet: Facet, shown: Option<usize>, pinned: Option<&'static str>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let param = facet.def().param;
    let show_all = RwSignal::new(false);
    // The order of the values' positions: the facet's own, or by count (ties by id).
    let order = Memo::new(move |_| {
        let data = state.data.get();
        let n = data.index.values(facet).len();
        let mut order: Vec<usize> = (0..n).collect();
        if shown.is_some() {
            state.selection_settled.with(|s| {
                let values = data.index.values(facet);
                order.sort_by(|&a, &b| s.counts.value(facet, b).cmp(&s.counts.value(facet, a)).then_with(|| values[a].cmp(&values[b])));
            });
        }
        order
    });
    let options = move || {
        let data = state.data.get();
        let all = show_all.get() || shown.is_none();
        let limit = shown.unwrap_or(usize::MAX);
        order
            .get()
            .into_iter()
            .enumerate()
            .filter(|(rank, i)| {
                let id = &data.index.values(facet)[*i];
                all || *rank < limit || pinned == Some(id.as_str()) || state.url_settled.with_untracked(|u| u.filters.is_chosen(facet, id))
            })
            .map(|(_, i)| {
                let id = data.index.values(facet)[i].clone();
                view! { <FacetOption facet=facet index=i id=id/> }
            })
            .collect_view()
    };
    let total = move || state.data.with(|d| d.index.values(facet).len());
    let more = move || {
        (shown.is_some_and(|s| total() > s)).then(|| {
            view! {
                <button type="button" class="link-button" aria-expanded=state.text(move || show_all.get().to_string())
                    on:click=move |_| show_all.update(|v| *v = !*v)>
                    {state.text(move || if show_all.get() { state.t(Msg::ShowFewerSpecialties).to_owned() } else { fill(state.t(Msg::ShowAllSpecialties), &[("n", &total().to_string())]) })}
                </button>
            }
        })
    };
    view! {
        <fieldset class="facet" data-testid=format!("facet-{param}")>
            <legend class="facet-title">{state.tr(facet.def().title)}</legend>
            {options}
            {more}
        </fieldset>
    }
}

/// One checkbox line: the value's name, its count, greyed when the count is zero.
#[component]
fn FacetOption(facet: Facet, index: usize, id: String) -> impl IntoView {
    let state = expect_context::<AppState>();
    let count = move || state.selection_settled.with(|s| s.counts.value(facet, index));
    let (checked_id, toggled_id, label_id) = (id.clone(), id.clone(), id.clone());
    let checked = Signal::derive(move || state.url_settled.with(|u| u.filters.is_chosen(facet, &checked_id)));
    let name = state.text(move || state.data.with(|d| facet.value_label(&label_id, &d.dataset, state.lang.get())));
    view! {
        <label class="facet-option" class:zero=state.flag(move || count() == 0 && !checked.get())>
            <input type="checkbox" name=facet.def().param value=id prop:checked=checked
                on:change=move |_| state.edit_url(|u| u.filters.toggle(facet, &toggled_id))/>
            <span class="option-name">{name}</span>
            <span class="count">{state.text(move || format_int(count() as u64))}</span>
        </label>
    }
}

/// A facet as a `<select>` (ids as option values): one value at a time from the panel; several
/// can still come from a link (`kind=hospital,university`).
#[component]
fn SelectFacet(facet: Facet, id: &'static str) -> impl IntoView {
    let state = expect_context::<AppState>();
    let param = facet.def().param;
    let selected = move || state.url_settled.with(|u| u.filters.chosen(facet).iter().cloned().collect::<Vec<_>>());
    let options = move || {
        let data = state.data.get();
        data.index
            .values(facet)
            .iter()
            .enumerate()
            .map(|(i, id)| {
                let (value, label_id, chosen_id) = (id.clone(), id.clone(), id.clone());
                view! {
                    <option value=value prop:selected=state.flag(move || { let s = selected(); s.len() == 1 && s[0] == chosen_id })>
                        {state.text(move || state.data.with(|d| format!(
                            "{} ({})",
                            facet.value_label(&label_id, &d.dataset, state.lang.get()),
                            format_int(state.selection_settled.with(|s| s.counts.value(facet, i)) as u64)
                        )))}
                    </option>
                }
            })
            .collect_view()
    };
    view! {
        <div class="facet" data-testid=format!("facet-{param}")>
            <label for=id class="facet-title">{state.tr(facet.def().title)}</label>
            <select id=id name=param
                prop:value=state.text(move || { let s = selected(); match s.len() { 0 => String::new(), 1 => s[0].clone(), _ => "several".to_owned() } })
                on:change=move |ev| {
                    let v = event_target_value(&ev);
                    state.edit_url(|u| u.filters.choose_only(facet, (!v.is_empty()).then_some(v.as_str())));
                }>
                <option value="" prop:selected=state.flag(move || selected().is_empty())>{state.tr(Msg::AllValues)}</option>
                {move || (selected().len() > 1).then(|| view! {
                    <option value="several" disabled=true selected=true>{fill(state.t(Msg::SeveralValues), &[("n", &selected().len().to_string())])}</option>
                })}
                {options}
            </select>
        </div>
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
                <span>{state.tr(if is_from { Msg::YearFrom } else { Msg::YearTo })}</span>
                <select id=id
                    prop:value=state.text(move || state.url_settled.with(|u| if is_from { u.filters.from } else { u.filters.to }).map(|y| y.to_string()).unwrap_or_default())
                    on:change=move |ev| {
                        let y = event_target_value(&ev).parse::<u16>().ok();
                        state.edit_url(|u| {
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
                        let chosen = move || state.url_settled.with(|u| if is_from { u.filters.from } else { u.filters.to }) == Some(y);
                        view! { <option value=y.to_string() prop:selected=state.flag(chosen)>{y.to_string()}</option> }
                    }).collect_view()}
                </select>
            </label>
        }
    };
    let unknown = move || state.selection_settled.with(|s| s.counts.years.unstated);
    view! {
        <fieldset class="facet" data-testid="facet-years">
            <legend class="facet-title">{state.tr(Msg::FacetYears)}</legend>
            <div class="year-range">{year_select(true)}{year_select(false)}</div>
            <p class="facet-note">{state.text(move || fill(state.t(Msg::YearUnknownNote), &[("n", &format_int(unknown() as u64))]))}</p>
        </fieldset>
    }
}

/// "Changed since": shown once the reader chose a version to compare with (`since=`); the
/// checkbox keeps only the models added or changed after it, with their count under the other
/// filters.
#[component]
fn ChangedFacet() -> impl IntoView {
    let state = expect_context::<AppState>();
    move || {
        let since = state.url_settled.with(|u| u.filters.since)?;
        let checked = move || state.url_settled.with(|u| u.filters.changed_only);
        let count = move || state.selection_settled.with(|s| s.counts.changed);
        Some(view! {
            <fieldset class="facet" data-testid="facet-changed">
                <legend class="facet-title">{state.text(move || fill(state.t(Msg::FacetChanged), &[("version", &since.to_string())]))}</legend>
                <label class="facet-option" class:zero=state.flag(move || count() == 0 && !checked())>
                    <input type="checkbox" name="changed" value="1" prop:checked=checked
                        on:change=move |_| state.edit_url(|u| u.filters.changed_only = !u.filters.changed_only)/>
                    <span class="option-name">{state.tr(Msg::OnlyChanged)}</span>
                    <span class="count">{state.text(move || format_int(count() as u64))}</span>
                </label>
            </fieldset>
        })
    }
}
