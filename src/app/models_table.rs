//! The models table: a row per listed model of the sorted selection, sortable by any column (the
//! sort is in the URL). Rows are slots rewritten in place when their model changes (`ModelRow`). A row is one line: its name opens the provenance panel, a small link beside it the
//! source page. The cells' texts come from `core::table`; CSS lays the rows out as lines of
//! columns on wide screens and as cards on narrow ones (style/main.css, "Models table").
//! Rows are added in pages so a 100,000-row file does not build 100,000 rows at once.

use super::state::{AppData, AppState};
use crate::core::date::PartialDate;
use crate::core::i18n::{fill, format_int, Lang, Msg};
use crate::core::labels;
use crate::core::table::{columns, RowTexts};
use crate::core::url_state::MAX_COMPARED;
use crate::core::url_state::{Sort, SortField};
use crate::core::versions::SinceStatus;
use leptos::prelude::*;
use std::sync::Arc;

/// Rows listed at first and added by "Show more": about two screens (a page of 200 cost 11 ms
/// per filter change here). A new selection starts again at the top.
const PAGE: usize = 50;
/// Rows a screen shows (a row is a line of about 42 px): built first after a change.
const FIRST_SCREEN: usize = 20;

/// What every row reads of the address, each a memo so that a filter change (which changes none
/// of them) wakes no row.
#[derive(Clone, Copy)]
struct RowState {
    model: Memo<Option<String>>,
    compare: Memo<Vec<String>>,
    since: Memo<Option<PartialDate>>,
}

#[component]
pub fn ModelsTable() -> impl IntoView {
    let state = expect_context::<AppState>();
    // How many rows "Show more" asked for, for the selection it was asked on: a new selection
    // (its rows in their order) lists its first page again.
    let version = Memo::new(move |prev: Option<&u32>| {
        state.sorted_rows.track();
        prev.map_or(0, |v| v.wrapping_add(1))
    });
    let asked = RwSignal::new((0u32, PAGE));
    let limit = Signal::derive(move || match asked.get() {
        (v, n) if v == version.get() => n,
        _ => PAGE,
    });
    // The selection the settled state has caught up with (one frame after a change).
    let settled_version = Memo::new(move |_| {
        state.settled.track();
        version.get_untracked()
    });
    let total = move || state.sorted_rows.with(Vec::len);
    // How many row slots there are: the page's rows, but right after a change no more new slots
    // than a screen needs (the rest are built in the frame after, when the state settles).
    let slots = Memo::new(move |prev: Option<&usize>| {
        let wanted = limit.get().min(total());
        if settled_version.get() == version.get() {
            wanted
        } else {
            wanted.min(prev.copied().unwrap_or(0).max(FIRST_SCREEN))
        }
    });
    // Slots are keyed by the data and the language too: a row's texts are in one language, and
    // a language switch (rare) builds the rows again instead of every cell following it.
    let rows = move || {
        let data = state.data.get();
        let generation = Arc::as_ptr(&data) as usize;
        let lang = state.lang.get();
        (0..slots.get()).map(|slot| (generation, lang, slot)).collect::<Vec<_>>()
    };
    let shared = RowState {
        model: Memo::new(move |_| state.url.with(|u| u.model.clone())),
        compare: state.compare,
        since: Memo::new(move |_| state.url.with(|u| u.filters.since)),
    };
    view! {
        <div class="table-wrap" role="region" aria-label=state.tr(Msg::ViewModels)>
            <table class="models windowed" data-testid="models-table">
                <thead>
                    <tr>
                        <th scope="col" class="pick"><span class="visually-hidden">{state.tr(Msg::ViewCompare)}</span></th>
                        {columns().map(|f| view! { <SortHeader field=f/> }).collect_view()}
                        <th scope="col" data-col="functions"><span class="col-label">{state.tr(Msg::FieldFunctions)}</span></th>
                    </tr>
                </thead>
                <tbody>
                    <For each=rows key=|k| *k children=move |(_, lang, slot)| view! { <ModelRow position=slot data=state.data.get_untracked() lang=lang shared=shared/> }/>
                </tbody>
            </table>
        </div>
        <p class="rows-shown">
            {move || fill(state.t(Msg::RowsShown), &[("n", &format_int(limit.get().min(total()) as u64)), ("total", &format_int(total() as u64))])}
            {move || (total() > limit.get()).then(|| view! {
                " "
                <button type="button" class="link-button" data-testid="more-rows" on:click=move |_| asked.set((version.get_untracked(), limit.get_untracked() + PAGE))>
                    {fill(state.t(Msg::ShowMoreRows), &[("n", &format_int(PAGE.min(total() - limit.get()) as u64))])}
                </button>
            })}
        </p>
    }
}

#[component]
fn SortHeader(field: SortField) -> impl IntoView {
    let state = expect_context::<AppState>();
    let current = move || state.sort.get().filter(|s| s.field == field);
    let aria_sort = move || match current() {
        Some(Sort { descending: true, .. }) => "descending",
        Some(_) => "ascending",
        None => "none",
    };
    let arrow = move || match current() {
        Some(Sort { descending: true, .. }) => " ▼",
        Some(_) => " ▲",
        None => "",
    };
    view! {
        <th scope="col" aria-sort=aria_sort data-col=field.id()>
            <button type="button" class="sort"
                on:click=move |_| state.edit_url(|u| {
                    let descending = matches!(u.sort, Some(Sort { field: f, descending: false }) if f == field);
                    u.sort = Some(Sort { field, descending });
                })>
                {state.tr(labels::column(field))}<span aria-hidden="true">{arrow}</span>
            </button>
        </th>
    }
}

/// One row slot: the `position`-th row of the sorted selection. A filter or sort change rewrites the
/// texts of the slots whose model changed instead of removing rows and building new ones (in
/// Chromium removing a row costs about as much as building it). Slots past the first screen
/// follow in the frame after the change, with the settled state.
#[component]
fn ModelRow(position: usize, data: Arc<AppData>, lang: Lang, shared: RowState) -> impl IntoView {
    let state = expect_context::<AppState>();
    let at_slot = move || state.sorted_rows.with_untracked(|r| r.get(position).copied());
    let shown = Memo::new(move |_| {
        if position < FIRST_SCREEN {
            state.sorted_rows.track();
        } else {
            state.settled.track();
        }
        at_slot()
    });
    let texts = Memo::new(move |_| shown.get().and_then(|i| data.dataset.models.get(i)).map(|m| RowTexts::of(&data.dataset, m, lang)));
    let text = move |f: fn(&RowTexts, usize) -> String| row_text(texts, 0, f);
    // A control's label naming the model ("Compare …", "Source of …").
    let label = move |m: Msg| {
        state.text(move || texts.with(|t| t.as_ref().map(|t| fill(m.text(lang), &[("name", &t.primary)])).unwrap_or_default()))
    };
    let id = text(|t, _| t.id.clone());
    let selected = state.flag(move || shared.model.with(|open| id.with(|id| open.as_deref() == Some(id.as_str()))));
    let compared = Memo::new(move |_| id.with(|id| shared.compare.with(|c| c.contains(id))));
    let compare_full = move || shared.compare.with(|c| c.len() >= MAX_COMPARED);
    // "new" / "updated" against the reader's `since` version.
    let badge = move || {
        let index = shown.get()?;
        let status = shared.since.get().and_then(|v| state.data.with(|d| d.index.since(index, v)))?;
        let (class, label) = match status {
            SinceStatus::New => ("badge new", Msg::BadgeNew),
            SinceStatus::Updated => ("badge updated", Msg::BadgeUpdated),
        };
        Some(view! { <span class=class data-testid="since-badge">{label.text(lang)}</span> })
    };
    // One cell per column after the name.
    let cells = columns()
        .filter(|f| *f != SortField::Name)
        .enumerate()
        .map(|(n, field)| {
            let cell = row_text(texts, n, |t, n| t.cells.get(n).map(|c| c.1.clone()).unwrap_or_default());
            if field == SortField::Released {
                let datetime = move || texts.with(|t| t.as_ref().and_then(|t| t.released.clone()));
                view! { <td class="num" data-col=field.id()><time datetime=datetime>{cell}</time></td> }.into_any()
            } else {
                view! { <td data-col=field.id()>{cell}</td> }.into_any()
            }
        })
        .collect_view();
    let secondary =
        move || texts.with(|t| t.as_ref().and_then(|t| t.secondary.clone())).map(|s| view! { <span class="alt-name">{s}</span> });
    view! {
        <tr class:selected=selected data-id=id>
            <td class="pick">
                <input type="checkbox" class="compare-check" data-testid="compare-check" aria-label=label(Msg::CompareCheckbox)
                    prop:checked=move || compared.get() disabled=move || !compared.get() && compare_full()
                    on:change=move |_| {
                        let toggled = id.get_untracked();
                        state.edit_url(|u| if let Some(i) = u.compare.iter().position(|c| *c == toggled) {
                            u.compare.remove(i);
                        } else if u.compare.len() < MAX_COMPARED {
                            u.compare.push(toggled.clone());
                        })
                    }/>
            </td>
            <th scope="row" class="name" data-col="name">
                <button type="button" class="open-model" aria-haspopup="dialog"
                    on:click=move |_| { let mut next = state.url.get_untracked(); next.model = Some(id.get_untracked()); state.navigate(&next, true) }>
                    <span class="primary-name">{text(|t, _| t.primary.clone())}</span>
                    {secondary}
                </button>
                {badge}
                <a class="source-link" href=text(|t, _| t.source_url.clone()) target="_blank" rel="noopener noreferrer" title=text(|t, _| t.site.clone())
                    aria-label=label(Msg::SourceLink)>"↗"</a>
            </th>
            {cells}
            <td data-col="functions">
                <span class="fn-head">{text(|t, _| t.functions_head.clone())}</span>
                <span class="fn-rest">{text(|t, _| t.functions_rest.clone())}</span>
                <span class="fn-count">{text(|t, _| t.functions_count.clone())}</span>
            </td>
        </tr>
    }
}

/// One text of a row slot (`f` reads it from the row's texts, `n` says which cell), empty while
/// the slot shows no model. One function for all of them, so the WASM has their code once.
fn row_text(texts: Memo<Option<RowTexts>>, n: usize, f: fn(&RowTexts, usize) -> String) -> Signal<String> {
    Signal::derive(move || texts.with(|t| t.as_ref().map(|t| f(t, n)).unwrap_or_default()))
}
