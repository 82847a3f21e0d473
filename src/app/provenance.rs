//! The provenance panel of one model: every field with where it was read from. Escape or the
//! close button closes it (the model leaves the URL).

use super::markup::{el, render, El, Node};
use super::state::AppState;
use crate::core::dataset::Dataset;
use crate::core::figures::category_name;
use crate::core::i18n::{fill, format_date, Lang, Msg};
use crate::core::model::{Model, Source};
use crate::core::provenance::{families, functions_with_categories, host, place};
use crate::core::table::names;
use leptos::html::Aside;
use leptos::prelude::*;

#[component]
pub fn ProvenancePanel() -> impl IntoView {
    let state = expect_context::<AppState>();
    let panel = NodeRef::<Aside>::new();
    // Closing returns focus to the name in the table that opened the panel.
    let close = move || {
        let id = state.url.with_untracked(|u| u.model.clone());
        state.edit_url(|u| u.model = None);
        if let Some(id) = id {
            super::browser::focus_after_render(format!("tr[data-id=\"{id}\"] button.open-model"));
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
        let fields = render(fields(&data.dataset, &m, listed.as_ref(), lang));
        Some(view! {
            <aside class="provenance" role="dialog" aria-labelledby="provenance-title" tabindex="-1"
                node_ref=panel data-testid="provenance" on:keydown=on_keydown>
                <div class="provenance-head">
                    <h2 id="provenance-title">{primary}{secondary.map(|s| view! { <span class="alt-name">{s}</span> })}</h2>
                    <button type="button" class="close" on:click=move |_| close() aria-label=state.t(Msg::Close)>"×"</button>
                </div>
                <p class="provenance-sub">{state.t(Msg::ProvenanceTitle)}</p>
                {(!in_selection).then(|| view! { <p class="note">{state.t(Msg::ModelNotInFilters)}</p> })}
                {fields}
                <super::record::RecordActions model_id=m.id.clone()/>
            </aside>
        })
    }
}

/// Where the lead developer is based, with the page that says so and its words; or that no page
/// read says.
fn location(ds: &Dataset, m: &Model, lang: Lang) -> El {
    let dd = el("dd").testid("provenance-location");
    match ds.location_of(&m.developer) {
        Some(l) => dd
            .child(place(ds, l, lang))
            .child(" · ")
            .child(
                el("a")
                    .attr("href", l.source_url.clone())
                    .attr("target", "_blank")
                    .attr("rel", "noopener noreferrer")
                    .child(host(&l.source_url)),
            )
            .child(el("blockquote").class("evidence").child(el("q").child(l.evidence.clone()))),
        None => dd.child(fill(Msg::NotLocatedDetail.text(lang), &[("developer", &m.developer)])),
    }
}

/// Every field of the record with where it was read from, as content.
fn fields(ds: &Dataset, m: &Model, listed: Option<&Source>, lang: Lang) -> Node {
    let not_stated = Msg::NotStated.text(lang);
    let or_unstated = |v: String| if v.trim().is_empty() { not_stated.to_owned() } else { v };
    let pair = |label: Msg, value: Node| [el("dt").child(label.text(lang)).into(), el("dd").child(value).into()];
    let text = |label: Msg, value: String| pair(label, value.into());
    let mut items: Vec<Node> = Vec::new();
    items.extend(pair(
        Msg::FieldSource,
        el("a")
            .attr("href", m.source_url.clone())
            .attr("target", "_blank")
            .attr("rel", "noopener noreferrer")
            .child(host(&m.source_url))
            .into(),
    ));
    items.extend(text(Msg::FieldSourceKind, m.source_kind.label().text(lang).to_owned()));
    if let Some(s) = listed {
        items.extend(text(Msg::FieldPublisher, format!("{} — “{}”", s.publisher, s.title)));
        items.extend(text(Msg::FieldPublished, s.published.map_or_else(|| not_stated.to_owned(), |d| d.to_string())));
    }
    items.extend(text(Msg::FieldAddress, m.source_url.clone()));
    items.extend(text(Msg::ColDeveloper, format!("{} ({})", m.developer, m.developer_kind.label().text(lang))));
    items.push(el("dt").child(Msg::ColProvince.text(lang)).into());
    items.push(location(ds, m, lang).into());
    items.extend(text(Msg::FieldPartners, or_unstated(lang.clauses(&m.partners))));
    items.extend(text(Msg::ColCategory, ds.category(&m.category).map(|c| category_name(c, lang).to_owned()).unwrap_or_default()));
    items.extend(text(Msg::ColSpecialty, lang.list(&m.specialties.iter().map(|s| ds.specialty_name(s, lang)).collect::<Vec<_>>())));
    items.extend(text(Msg::ColModality, m.modality.map_or_else(|| not_stated.to_owned(), |x| x.label().text(lang).to_owned())));
    let families = families(ds, m, lang);
    let built_on =
        el("dd").testid("provenance-built-on").child(or_unstated(m.base_model.clone())).children((!families.is_empty()).then(|| {
            el("span").class("families").child(format!(
                " · {}",
                fill(Msg::NamedValue.text(lang), &[("name", Msg::FieldFamilies.text(lang)), ("value", &lang.list(&families))])
            ))
        }));
    items.push(el("dt").child(Msg::FieldBuiltOn.text(lang)).into());
    items.push(built_on.into());
    items.extend(text(
        Msg::FieldParams,
        m.params_b.as_ref().map_or_else(|| not_stated.to_owned(), |p| fill(Msg::FieldParamsValue.text(lang), &[("n", p)])),
    ));
    items.extend(text(Msg::ColOpen, m.open_weights.label().text(lang).to_owned()));
    items.extend(text(Msg::FieldReleased, m.released.map_or_else(|| not_stated.to_owned(), |d| format_date(d, lang))));
    let functions = functions_with_categories(ds, m, lang)
        .into_iter()
        .map(|(f, c)| el("li").child(f).children(c.map(|c| el("span").class("fcat").child(lang.aside(&c)))));
    items.extend(pair(Msg::FieldFunctions, el("ul").testid("provenance-functions").children(functions).into()));
    items.extend(text(Msg::FieldNotes, or_unstated(m.notes.clone())));
    el("dl").children(items).into()
}
