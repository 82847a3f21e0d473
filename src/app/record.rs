//! What a reader can do with one record, under its provenance: put it in the comparison, cite it
//! (plain text, BibTeX, GB/T 7714-2015) and report a correction. Citing and reporting open as
//! disclosures (`<details>`), so they need no state and work with the keyboard as they are.

use super::browser;
use super::copy::CopyBlock;
use super::publish::CitationForms;
use super::state::AppState;
use crate::core::cite;
use crate::core::correction::{destination, prefilled_link, report};
use crate::core::i18n::{fill, Msg};
use crate::core::parse::MODEL_COLUMNS;
use crate::core::url_state::{View, MAX_COMPARED};
use crate::core::versions;
use leptos::prelude::*;

#[component]
pub fn RecordActions(model_id: String) -> impl IntoView {
    let state = expect_context::<AppState>();
    let id = StoredValue::new(model_id);
    let compared = move || state.compare.with(|c| id.with_value(|id| c.contains(id)));
    let full = move || state.compare.with(|c| c.len() >= MAX_COMPARED);
    let add = move |_| {
        if compared() {
            let mut next = state.url.get_untracked();
            next.open_view(View::Compare);
            state.navigate(&next, true);
        } else {
            state.edit_url(|u| id.with_value(|id| u.compare.push(id.clone())));
        }
    };
    let citations = Memo::new(move |_| {
        let data = state.data.get();
        let lang = state.lang.get();
        let url = format!(
            "{}{}",
            browser::page_base(),
            id.with_value(|id| state.href(|u| {
                *u = Default::default();
                u.model = Some(id.clone());
            }))
        );
        let today = browser::today();
        let access = cite::Access { version: versions::current(&data.dataset), url: &url, accessed: &today };
        id.with_value(|id| data.dataset.model(id).map(|m| cite::model(m, &access, lang))).unwrap_or_default()
    });
    view! {
        <div class="record-actions">
            <p>
                <button type="button" data-testid="add-to-comparison" on:click=add disabled=move || !compared() && full()>
                    {move || state.t(if compared() { Msg::InComparison } else { Msg::AddToComparison })}
                </button>
                {move || (!compared() && full()).then(|| view! { " "<span class="note">{state.t(Msg::CompareFull)}</span> })}
            </p>
            <details class="disclosure" data-testid="cite-model-box">
                <summary>{state.tr(Msg::CiteModelTitle)}</summary>
                <CitationForms citations=citations testid="cite-model"/>
            </details>
            <CorrectionForm id=id/>
        </div>
    }
}

/// The correction form: field, what is wrong, a source; the text to send is built as the reader
/// types, with the record id and the data version, and a pre-filled link when the build has a
/// destination.
#[component]
fn CorrectionForm(id: StoredValue<String>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let field = RwSignal::new(MODEL_COLUMNS[1].to_owned());
    let wrong = RwSignal::new(String::new());
    let source = RwSignal::new(String::new());
    let report_text = Memo::new(move |_| {
        let data = state.data.get();
        let lang = state.lang.get();
        id.with_value(|id| data.dataset.model(id).cloned())
            .map(|m| report(&m, versions::current(&data.dataset), &field.get(), &wrong.get(), &source.get(), lang))
    });
    let body = Signal::derive(move || report_text.with(|r| r.as_ref().map(|r| r.1.clone()).unwrap_or_default()));
    let link =
        move || destination().and_then(|base| report_text.with(|r| r.as_ref().map(|(subject, body)| prefilled_link(base, subject, body))));
    view! {
        <details class="disclosure" data-testid="correction-box">
            <summary>{state.tr(Msg::CorrectionTitle)}</summary>
            <p class="note">{state.tr(Msg::CorrectionHelp)}</p>
            <label class="code-label" for="correction-field">{state.tr(Msg::CorrectionField)}</label>
            <select id="correction-field" data-testid="correction-field" prop:value=move || field.get()
                on:change=move |ev| field.set(event_target_value(&ev))>
                {MODEL_COLUMNS[1..].iter().map(|c| view! { <option value=*c>{*c}</option> }).collect_view()}
            </select>
            <label class="code-label" for="correction-wrong">{state.tr(Msg::CorrectionWrong)}</label>
            <textarea id="correction-wrong" data-testid="correction-wrong" rows="2" prop:value=move || wrong.get()
                on:input=move |ev| wrong.set(event_target_value(&ev))></textarea>
            <label class="code-label" for="correction-source">{state.tr(Msg::CorrectionSource)}</label>
            <input id="correction-source" data-testid="correction-source" type="url" prop:value=move || source.get()
                on:input=move |ev| source.set(event_target_value(&ev))/>
            <CopyBlock label=Msg::CorrectionText text=body testid="correction-text" rows=6/>
            {move || link().map(|href| view! {
                <p><a href=href target="_blank" rel="noopener noreferrer" data-testid="correction-link">{state.t(Msg::CorrectionOpen)}" ↗"</a></p>
            })}
        </details>
    }
}

/// "Compare N models" when the comparison holds models and the reader is elsewhere.
#[component]
pub fn CompareLink() -> impl IntoView {
    let state = expect_context::<AppState>();
    let n = move || state.compare.with(Vec::len);
    let visible = move || n() > 0 && state.view.get() != View::Compare;
    move || {
        visible().then(|| {
            let label = match n() {
                1 => state.t(Msg::CompareOpenOne).to_owned(),
                n => fill(state.t(Msg::CompareOpen), &[("n", &n.to_string())]),
            };
            view! {
                <a class="button compare-link" data-testid="compare-link" data-nav="push"
                    href=state.href(|u| { u.open_view(View::Compare); })>{label}</a>
            }
        })
    }
}
