//! The models table: one keyed row per selected model, sortable by any column (the sort is in
//! the URL). A row is one line: its name opens the provenance panel, a small link beside it the
//! source page. The cells' texts come from `core::table`; CSS lays the rows out as lines of
//! columns on wide screens and as cards on narrow ones (style/main.css, "Models table").
//! Rows are added in pages so a 100,000-row file does not build 100,000 rows at once.

use super::state::AppState;
use crate::core::date::PartialDate;
use crate::core::i18n::{fill, format_int, Lang, Msg};
use crate::core::labels;
use crate::core::provenance::host;
use crate::core::table::{self, columns, names};
use crate::core::url_state::MAX_COMPARED;
use crate::core::url_state::{Sort, SortField};
use crate::core::versions::SinceStatus;
use leptos::prelude::*;
use std::sync::Arc;

/// Rows listed at first and added by "Show more": about two screens. A filter change then
/// rebuilds at most this many rows before the next frame (200 took 11 ms here, most of it the
/// browser removing and creating rows), and a new selection starts again at the top.
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
    // Right after a change only the rows a screen shows are built; the rest of the page follows
    // in the frame after (when the state settles), so the reader's screen is redrawn first.
    let settled_version = Memo::new(move |_| {
        state.settled.track();
        version.get_untracked()
    });
    let built = Signal::derive(move || if settled_version.get() == version.get() { limit.get() } else { limit.get().min(FIRST_SCREEN) });
    // Rows are keyed by the data and the language too: a row's texts are written once, and a
    // language switch (rare) builds the rows again instead of every cell following the language.
    let rows = move || {
        let data = state.data.get();
        let generation = Arc::as_ptr(&data) as usize;
        let lang = state.lang.get();
        state.sorted_rows.with(|r| r.iter().take(built.get()).map(|&i| (generation, lang, i)).collect::<Vec<_>>())
    };
    let total = move || state.sorted_rows.with(Vec::len);
    let shared = RowState {
        model: Memo::new(move |_| state.url.with(|u| u.model.clone())),
        compare: state.compare,
        since: Memo::new(move |_| state.url.with(|u| u.filters.since)),
    };
    view! {
        <div class="table-wrap" role="region" aria-label=state.tr(Msg::ViewModels)>
            <table class="models" data-testid="models-table">
                <thead>
                    <tr>
                        <th scope="col" class="pick"><span class="visually-hidden">{state.tr(Msg::ViewCompare)}</span></th>
                        {columns().map(|f| view! { <SortHeader field=f/> }).collect_view()}
                        <th scope="col" data-col="functions"><span class="col-label">{state.tr(Msg::FieldFunctions)}</span></th>
                    </tr>
                </thead>
                <tbody>
                    <For each=rows key=|k| *k children=move |(_, lang, i)| view! { <ModelRow index=i lang=lang shared=shared/> }/>
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

#[component]
fn ModelRow(index: usize, lang: Lang, shared: RowState) -> impl IntoView {
    let state = expect_context::<AppState>();
    let data = state.data.get_untracked();
    let Some(m) = data.dataset.models.get(index) else { return ().into_any() };
    let ds = &data.dataset;
    let id = m.id.clone();
    let selected = state.flag(move || shared.model.with(|open| open.as_deref() == Some(id.as_str())));
    // "new" / "updated" against the reader's `since` version.
    let badge = move || {
        let status = shared.since.get().and_then(|v| state.data.with(|d| d.index.since(index, v)))?;
        let (class, label) = match status {
            SinceStatus::New => ("badge new", Msg::BadgeNew),
            SinceStatus::Updated => ("badge updated", Msg::BadgeUpdated),
        };
        Some(view! { <span class=class data-testid="since-badge">{label.text(lang)}</span> })
    };
    let (primary, secondary) = names(m, lang);
    let source_label = fill(Msg::SourceLink.text(lang), &[("name", &primary)]);
    let compare_label = fill(Msg::CompareCheckbox.text(lang), &[("name", &primary)]);
    let compare_id = m.id.clone();
    let compared = Memo::new(move |_| shared.compare.with(|c| c.contains(&compare_id)));
    let compare_full = move || shared.compare.with(|c| c.len() >= MAX_COMPARED);
    let toggle_id = m.id.clone();
    let open_id = m.id.clone();
    // One cell per column after the name.
    let cells = columns()
        .filter(|f| *f != SortField::Name)
        .map(|field| {
            let text = table::cell(ds, m, field, lang);
            let class = (field == SortField::Released).then_some("num");
            match m.released.filter(|_| field == SortField::Released) {
                Some(d) => view! { <td class=class data-col=field.id()><time datetime=d.to_string()>{text}</time></td> }.into_any(),
                None => view! { <td class=class data-col=field.id()>{text}</td> }.into_any(),
            }
        })
        .collect_view();
    let (head, rest) = table::functions_short(m, lang);
    view! {
        <tr class:selected=selected data-id=m.id.clone()>
            <td class="pick">
                <input type="checkbox" class="compare-check" data-testid="compare-check" aria-label=compare_label
                    prop:checked=move || compared.get() disabled=move || !compared.get() && compare_full()
                    on:change=move |_| state.edit_url(|u| if let Some(i) = u.compare.iter().position(|c| *c == toggle_id) {
                        u.compare.remove(i);
                    } else if u.compare.len() < MAX_COMPARED {
                        u.compare.push(toggle_id.clone());
                    })/>
            </td>
            <th scope="row" class="name" data-col="name">
                <button type="button" class="open-model" aria-haspopup="dialog"
                    on:click=move |_| { let mut next = state.url.get_untracked(); next.model = Some(open_id.clone()); state.navigate(&next, true) }>
                    <span class="primary-name">{primary}</span>
                    {secondary.map(|s| view! { <span class="alt-name">{s}</span> })}
                </button>
                {badge}
                <a class="source-link" href=m.source_url.clone() target="_blank" rel="noopener noreferrer" title=host(&m.source_url).to_owned()
                    aria-label=source_label>"↗"</a>
            </th>
            {cells}
            <td data-col="functions">
                <span class="fn-head">{head}</span>
                <span class="fn-rest">{rest}</span>
                <span class="fn-count">{table::functions_count(m, lang)}</span>
            </td>
        </tr>
    }
    .into_any()
}
