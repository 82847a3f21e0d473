//! The models table: one keyed row per selected model, sortable by any column (the sort is in
//! the URL), names linking to their sources, a Details button opening the provenance panel.
//! Rows are added in pages so a 100,000-row file does not build 100,000 rows at once.

use super::state::AppState;
use crate::core::figures::category_name;
use crate::core::i18n::{fill, format_date, format_int, Lang, Msg};
use crate::core::labels;
use crate::core::model::Model;
use crate::core::provenance::functions_with_categories;
use crate::core::url_state::MAX_COMPARED;
use crate::core::url_state::{Sort, SortField};
use crate::core::versions::SinceStatus;
use leptos::prelude::*;
use std::sync::Arc;

const PAGE: usize = 200;

/// The name in the reader's language first, the other beside it in smaller type.
pub fn names(m: &Model, lang: Lang) -> (String, Option<String>) {
    match (lang, m.name_zh.is_empty()) {
        (Lang::Zh, false) => (m.name_zh.clone(), Some(m.name.clone())),
        (_, false) if m.name_zh != m.name => (m.name.clone(), Some(m.name_zh.clone())),
        _ => (m.name.clone(), None),
    }
}

#[component]
pub fn ModelsTable() -> impl IntoView {
    let state = expect_context::<AppState>();
    let limit = RwSignal::new(PAGE);
    let rows = move || {
        let data = state.data.get();
        let generation = Arc::as_ptr(&data) as usize;
        state.sorted_rows.with(|r| r.iter().take(limit.get()).map(|&i| (generation, i)).collect::<Vec<_>>())
    };
    let total = move || state.sorted_rows.with(Vec::len);
    view! {
        <div class="table-wrap" tabindex="0" role="region" aria-label=state.tr(Msg::ViewModels)>
            <table class="models" data-testid="models-table">
                <thead>
                    <tr>
                        {SortField::ALL.into_iter().map(|f| view! { <SortHeader field=f/> }).collect_view()}
                        <th scope="col">{state.tr(Msg::FieldFunctions)}</th>
                        <th scope="col"><span class="visually-hidden">{state.tr(Msg::Details)}</span></th>
                    </tr>
                </thead>
                <tbody>
                    <For each=rows key=|k| *k children=move |(_, i)| view! { <ModelRow index=i/> }/>
                </tbody>
            </table>
        </div>
        <p class="rows-shown">
            {move || fill(state.t(Msg::RowsShown), &[("n", &format_int(limit.get().min(total()) as u64)), ("total", &format_int(total() as u64))])}
            {move || (total() > limit.get()).then(|| view! {
                " "
                <button type="button" class="link-button" data-testid="more-rows" on:click=move |_| limit.update(|l| *l += PAGE)>
                    {fill(state.t(Msg::ShowMoreRows), &[("n", &format_int(PAGE.min(total() - limit.get()) as u64))])}
                </button>
            })}
        </p>
    }
}

#[component]
fn SortHeader(field: SortField) -> impl IntoView {
    let state = expect_context::<AppState>();
    let current = move || state.url.with(|u| u.sort.filter(|s| s.field == field));
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
fn ModelRow(index: usize) -> impl IntoView {
    let state = expect_context::<AppState>();
    let data = state.data.get_untracked();
    let Some(m) = data.dataset.models.get(index).cloned() else { return ().into_any() };
    let id = m.id.clone();
    let open_id = id.clone();
    let selected = move || state.url.with(|u| u.model.as_deref() == Some(id.as_str()));
    // "new" / "updated" against the reader's `since` version.
    let badge = move || {
        let status = state.url.with(|u| u.filters.since).and_then(|v| state.data.with(|d| d.index.since(index, v)))?;
        let (class, label) = match status {
            SinceStatus::New => ("badge new", Msg::BadgeNew),
            SinceStatus::Updated => ("badge updated", Msg::BadgeUpdated),
        };
        Some(view! { " "<span class=class data-testid="since-badge">{state.t(label)}</span> })
    };
    let for_name = m.clone();
    let name_cell = move || {
        let (primary, secondary) = names(&for_name, state.lang.get());
        view! {
            <a href=for_name.source_url.clone() target="_blank" rel="noopener noreferrer" title=state.t(Msg::OpensSource)>{primary}</a>
            {secondary.map(|s| view! { <span class="alt-name">{s}</span> })}
            {badge()}
        }
    };
    let category = data.dataset.category(&m.category).cloned();
    let compare_id = m.id.clone();
    let compared = Memo::new(move |_| state.url.with(|u| u.compare.contains(&compare_id)));
    let compare_full = move || state.url.with(|u| u.compare.len() >= MAX_COMPARED);
    let toggle_id = m.id.clone();
    let compare_label = {
        let m = m.clone();
        move || fill(state.t(Msg::CompareCheckbox), &[("name", &names(&m, state.lang.get()).0)])
    };
    // Cells whose text follows the language: each closure holds the row's model and the data.
    let row_model = Arc::new(m.clone());
    let specialties = {
        let (m, data) = (row_model.clone(), data.clone());
        move || {
            let lang = state.lang.get();
            lang.list(&m.specialties.iter().map(|s| data.dataset.specialty_name(s, lang)).collect::<Vec<_>>())
        }
    };
    let functions = {
        let (m, data) = (row_model, data.clone());
        move || {
            functions_with_categories(&data.dataset, &m, state.lang.get())
                .into_iter()
                .map(|(f, c)| view! { <span class="fn">{f}{c.map(|c| view! { " "<span class="fcat">"("{c}")"</span> })}</span> })
                .collect_view()
        }
    };
    let province = data.dataset.province_of(&m).map(str::to_owned);
    let kind = m.developer_kind;
    let modality = m.modality;
    let open = m.open_weights;
    view! {
        <tr class:selected=selected data-id=m.id.clone()>
            <th scope="row" class="name">{name_cell}</th>
            <td>{m.developer.clone()}</td>
            <td>{state.tr(kind.label())}</td>
            <td>{move || category.as_ref().map(|c| category_name(c, state.lang.get()).to_owned()).unwrap_or_default()}</td>
            <td>{specialties}</td>
            <td>{move || modality.map(|x| state.t(x.label())).unwrap_or("—")}</td>
            <td class="num">{m.released.map(|d| view! { <time datetime=d.to_string()>{move || format_date(d, state.lang.get())}</time> }.into_any()).unwrap_or_else(|| "—".into_any())}</td>
            <td>{state.tr(open.label())}</td>
            <td>{move || province.as_ref().map_or_else(|| "—".to_owned(), |p| data.dataset.province_name(p, state.lang.get()))}</td>
            <td class="functions">{functions}</td>
            <td class="row-actions">
                <input type="checkbox" class="compare-check" data-testid="compare-check" aria-label=compare_label
                    prop:checked=move || compared.get() disabled=move || !compared.get() && compare_full()
                    on:change=move |_| state.edit_url(|u| if let Some(i) = u.compare.iter().position(|c| *c == toggle_id) {
                        u.compare.remove(i);
                    } else if u.compare.len() < MAX_COMPARED {
                        u.compare.push(toggle_id.clone());
                    })/>
                <button type="button" class="details" aria-haspopup="dialog"
                    on:click=move |_| { let id = open_id.clone(); let mut next = state.url.get_untracked(); next.model = Some(id); state.navigate(&next, true) }>
                    {state.tr(Msg::Details)}
                </button>
            </td>
        </tr>
    }
    .into_any()
}
