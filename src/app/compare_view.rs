//! Models side by side (`view=compare&compare=a,b,…`): a real table, the models as column headers
//! and the fields as row headers, so a screen reader names both for every cell. Rows where all
//! models agree can be hidden to let the differences stand out. The reader's filters do not hide
//! a compared model: the comparison is of what was chosen.

use super::state::AppState;
use crate::core::compare::compare_rows;
use crate::core::i18n::{fill, format_int, Msg};
use leptos::prelude::*;

#[component]
pub fn CompareView() -> impl IntoView {
    let state = expect_context::<AppState>();
    let hide_agreeing = RwSignal::new(false);
    let body = move || {
        let data = state.data.get();
        let lang = state.lang.get();
        let ids = state.url.with(|u| u.compare.clone());
        let models: Vec<_> = ids.iter().filter_map(|id| data.dataset.model(id)).collect();
        if models.is_empty() {
            return view! { <p class="notice-inline" data-testid="compare-empty">{Msg::CompareEmpty.text(lang)}</p> }.into_any();
        }
        let rows = compare_rows(&data.dataset, &models, lang);
        let hide = hide_agreeing.get() && models.len() > 1;
        let hidden = if hide { rows.iter().filter(|r| r.agree).count() } else { 0 };
        let heads = models
            .iter()
            .map(|m| {
                let (name, _) = super::models_table::names(m, lang);
                let id = m.id.clone();
                let label = fill(Msg::RemoveFromComparison.text(lang), &[("name", &name)]);
                view! {
                    <th scope="col" data-id=m.id.clone()>
                        <a href=m.source_url.clone() target="_blank" rel="noopener noreferrer">{name}</a>
                        " "<button type="button" class="small remove" aria-label=label
                            on:click=move |_| state.edit_url(|u| u.compare.retain(|c| *c != id))>"×"</button>
                    </th>
                }
            })
            .collect_view();
        let body_rows = rows
            .into_iter()
            .filter(|r| !(hide && r.agree))
            .map(|r| {
                view! {
                    <tr class:agree=r.agree>
                        <th scope="row">{r.field.text(lang)}</th>
                        {r.values.into_iter().map(|v| view! { <td>{v}</td> }).collect_view()}
                    </tr>
                }
            })
            .collect_view();
        view! {
            {(models.len() == 1).then(|| view! { <p class="notice-inline" data-testid="compare-one">{Msg::CompareOne.text(lang)}</p> })}
            <div class="table-wrap" tabindex="0" role="region" aria-label=Msg::ViewCompare.text(lang)>
                <table class="models compare" data-testid="compare-table">
                    <thead><tr><th scope="col">{Msg::CompareField.text(lang)}</th>{heads}</tr></thead>
                    <tbody>{body_rows}</tbody>
                </table>
            </div>
            {(hidden > 0).then(|| view! { <p class="note">{fill(Msg::AgreeingHidden.text(lang), &[("n", &format_int(hidden as u64))])}</p> })}
        }
        .into_any()
    };
    view! {
        <section class="compare-view" data-testid="compare-view">
            <label class="check">
                <input type="checkbox" data-testid="hide-agreeing" prop:checked=move || hide_agreeing.get()
                    on:change=move |_| hide_agreeing.update(|h| *h = !*h)/>
                " "{state.tr(Msg::HideAgreeing)}
            </label>
            {body}
        </section>
    }
}
