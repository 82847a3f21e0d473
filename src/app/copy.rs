//! A text a reader copies (a citation, a correction, a snippet): shown in a read-only box with a
//! Copy button. When the browser refuses the clipboard, the text is selected instead and the
//! status line says how to copy it.

use super::browser;
use super::state::AppState;
use crate::core::i18n::{fill, Msg};
use leptos::html::Textarea;
use leptos::prelude::*;

#[component]
pub fn CopyBlock(
    label: Msg,
    #[prop(into)] text: Signal<String>,
    testid: &'static str,
    #[prop(optional)] rows: Option<u32>,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let area = NodeRef::<Textarea>::new();
    let status = RwSignal::new(None::<Msg>);
    let copy = move |_| {
        let value = text.get_untracked();
        leptos::task::spawn_local(async move {
            if browser::copy_text(&value).await {
                status.set(Some(Msg::Copied));
            } else {
                if let Some(a) = area.get_untracked() {
                    a.select();
                }
                status.set(Some(Msg::CopyFailed));
            }
        });
    };
    let id = format!("{testid}-text");
    view! {
        <div class="copy-block" data-testid=testid>
            <label class="code-label" for=id.clone()>{state.tr(label)}</label>
            <textarea id=id node_ref=area readonly=true rows=rows.unwrap_or(3) prop:value=move || text.get()></textarea>
            <p class="copy-row">
                <button type="button" class="small" data-testid=format!("{testid}-copy") on:click=copy
                    aria-label=move || fill(state.t(Msg::CopyNamed), &[("name", state.t(label))])>{state.tr(Msg::Copy)}</button>
                <span class="copy-status" role="status">{move || status.get().map(|m| state.t(m))}</span>
            </p>
        </div>
    }
}
