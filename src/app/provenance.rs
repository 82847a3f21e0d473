//! The provenance panel of one model: every field with where it was read from. Escape or the
//! close button closes it (the model leaves the URL).

use super::models_table::names;
use super::state::AppState;
use crate::core::figures::category_name;
use crate::core::i18n::{fill, Msg};
use crate::core::provenance::{families, functions_with_categories, host};
use leptos::html::Aside;
use leptos::prelude::*;

#[component]
pub fn ProvenancePanel() -> impl IntoView {
    let state = expect_context::<AppState>();
    let panel = NodeRef::<Aside>::new();
    // Closing returns focus to the Details button that opened the panel.
    let close = move || {
        let id = state.url.with_untracked(|u| u.model.clone());
        state.edit_url(|u| u.model = None);
        if let Some(id) = id {
            super::browser::focus_after_render(format!("tr[data-id=\"{id}\"] button.details"));
        }
    };
    let model = Memo::new(move |_| {
        let data = state.data.get();
        state.url.with(|u| u.model.as_ref().and_then(|id| data.dataset.model(id).cloned()))
    });
    // Move focus into the panel when it opens, so keyboard and screen-reader users land there.
    Effect::new(move |_| {
        if model.with(Option::is_some) {
            if let Some(el) = panel.get() {
                let _ = el.focus();
            }
        }
    });
    let on_keydown = move |ev: leptos::ev::KeyboardEvent| {
        if ev.key() == "Escape" {
            ev.prevent_default();
            close();
        }
    };
    move || {
        let m = model.get()?;
        let lang = state.lang.get();
        let data = state.data.get();
        let (primary, secondary) = names(&m, lang);
        let listed = m.source_id.as_ref().and_then(|id| data.dataset.source(id).cloned());
        let in_selection = state
            .selection
            .with(|s| data.dataset.models.iter().position(|x| x.id == m.id).is_some_and(|i| s.rows.binary_search(&i).is_ok()));
        let not_stated = state.t(Msg::NotStated);
        let families = families(&data.dataset, &m, lang);
        let functions = functions_with_categories(&data.dataset, &m, lang);
        let or_unstated = move |v: String| if v.trim().is_empty() { not_stated.to_owned() } else { v };
        let field = move |label: Msg, value: String| view! { <dt>{state.t(label)}</dt><dd>{value}</dd> };
        Some(view! {
            <aside class="provenance" role="dialog" aria-labelledby="provenance-title" tabindex="-1"
                node_ref=panel data-testid="provenance" on:keydown=on_keydown>
                <div class="provenance-head">
                    <h2 id="provenance-title">{primary}{secondary.map(|s| view! { <span class="alt-name">{s}</span> })}</h2>
                    <button type="button" class="close" on:click=move |_| close() aria-label=state.t(Msg::Close)>"×"</button>
                </div>
                <p class="provenance-sub">{state.t(Msg::ProvenanceTitle)}</p>
                {(!in_selection).then(|| view! { <p class="note">{state.t(Msg::ModelNotInFilters)}</p> })}
                <dl>
                    <dt>{state.t(Msg::FieldSource)}</dt>
                    <dd><a href=m.source_url.clone() target="_blank" rel="noopener noreferrer">{host(&m.source_url).to_owned()}</a></dd>
                    {field(Msg::FieldSourceKind, state.t(m.source_kind.label()).to_owned())}
                    {listed.map(|s| view! {
                        <dt>{state.t(Msg::FieldPublisher)}</dt><dd>{s.publisher.clone()}" — “"{s.title.clone()}"”"</dd>
                        <dt>{state.t(Msg::FieldPublished)}</dt><dd>{s.published.map(|d| d.to_string()).unwrap_or_else(|| not_stated.to_owned())}</dd>
                    })}
                    {field(Msg::FieldAddress, m.source_url.clone())}
                    {field(Msg::ColDeveloper, format!("{} ({})", m.developer, state.t(m.developer_kind.label())))}
                    {field(Msg::FieldPartners, or_unstated(m.partners.join("; ")))}
                    {field(Msg::ColCategory, data.dataset.category(&m.category).map(|c| category_name(c, lang).to_owned()).unwrap_or_default())}
                    {field(Msg::ColSpecialty, m.specialties.iter().map(|s| data.dataset.specialty_name(s, lang)).collect::<Vec<_>>().join(", "))}
                    {field(Msg::ColModality, m.modality.map(|x| state.t(x.label()).to_owned()).unwrap_or_else(|| not_stated.to_owned()))}
                    <dt>{state.t(Msg::FieldBuiltOn)}</dt>
                    <dd data-testid="provenance-built-on">{or_unstated(m.base_model.clone())}{(!families.is_empty()).then(|| view! {
                        <span class="families">" · "{state.t(Msg::FieldFamilies)}": "{families.join(", ")}</span>
                    })}</dd>
                    {field(Msg::FieldParams, m.params_b.as_ref().map(|p| fill(state.t(Msg::FieldParamsValue), &[("n", p)])).unwrap_or_else(|| not_stated.to_owned()))}
                    {field(Msg::ColOpen, state.t(m.open_weights.label()).to_owned())}
                    {field(Msg::FieldReleased, m.released.map(|d| crate::core::i18n::format_date(d, lang)).unwrap_or_else(|| not_stated.to_owned()))}
                    <dt>{state.t(Msg::FieldFunctions)}</dt>
                    <dd><ul data-testid="provenance-functions">{functions.into_iter().map(|(f, c)| view! {
                        <li>{f}{c.map(|c| view! { " "<span class="fcat">"("{c}")"</span> })}</li>
                    }).collect_view()}</ul></dd>
                    {field(Msg::FieldNotes, or_unstated(m.notes.clone()))}
                </dl>
                <super::record::RecordActions model_id=m.id.clone()/>
            </aside>
        })
    }
}
