//! "Open your CSV": a file picker and drop target. The file is read and validated in the
//! browser (never sent anywhere); problems are listed with line and column, and the valid rows
//! can be explored with every view while a banner says whose data is shown.

use super::browser;
use super::state::AppState;
use crate::core::i18n::{fill, format_int, Msg};
use crate::core::user_file::{check_size, format_bytes, load_paced, UserFile, MAX_FILE_BYTES, MAX_ROWS, MAX_SHOWN_PROBLEMS};
use leptos::html::{Dialog, Input};
use leptos::prelude::*;
use std::sync::Arc;
use wasm_bindgen::JsCast;

/// What the review dialog shows: the last file read, when it had problems.
#[derive(Clone, Default)]
struct Review(Option<Arc<UserFile>>);

#[component]
pub fn OpenCsv() -> impl IntoView {
    let state = expect_context::<AppState>();
    let input = NodeRef::<Input>::new();
    let dialog = NodeRef::<Dialog>::new();
    let review = RwSignal::new(Review::default());
    let status = RwSignal::new(None::<String>);

    let read = move |file: web_sys::File| {
        let name = file.name();
        if let Err(e) = check_size(&name, file.size() as usize) {
            review.set(Review(Some(Arc::new(UserFile { name, problems: vec![e], ..Default::default() }))));
            if let Some(d) = dialog.get() {
                let _ = d.show_modal();
            }
            return;
        }
        status.set(Some(fill(state.t(Msg::ReadingFile), &[("name", &name)])));
        leptos::task::spawn_local(async move {
            let bytes = match wasm_bindgen_futures::JsFuture::from(file.array_buffer()).await {
                Ok(buf) => js_sys::Uint8Array::new(&buf).to_vec(),
                Err(_) => {
                    // Said as what it is (the file could not be read), not as an empty file.
                    status.set(None);
                    review.set(Review(Some(Arc::new(UserFile::read_failed(&name)))));
                    if let Some(d) = dialog.get() {
                        let _ = d.show_modal();
                    }
                    return;
                }
            };
            // Parse and index in steps, yielding to the browser between them: the page keeps
            // responding and shows how far it got.
            let reading = fill(state.t(Msg::ReadingFile), &[("name", &name)]);
            let mut pace = move |n: usize| {
                status.set(Some(format!("{reading} {}", format_int(n as u64))));
                Box::pin(gloo::timers::future::TimeoutFuture::new(0)) as crate::core::pace::Tick
            };
            browser::mark("atlas:file-read");
            let bundled = state.data.get_untracked();
            let result = load_paced(&name, &bytes, &bundled.dataset, &mut pace).await;
            browser::mark("atlas:file-parsed");
            if result.problems.is_empty() {
                state.load_user_models(result.name, result.models, &mut pace).await;
                browser::mark("atlas:file-indexed");
                status.set(None);
            } else {
                status.set(None);
                review.set(Review(Some(Arc::new(result))));
                if let Some(d) = dialog.get() {
                    let _ = d.show_modal();
                }
            }
        });
    };

    // Drop anywhere on the page.
    let on_dragover = window_event_listener(leptos::ev::dragover, move |ev| ev.prevent_default());
    let on_drop = window_event_listener(leptos::ev::drop, move |ev| {
        ev.prevent_default();
        if let Some(file) = ev.data_transfer().and_then(|dt| dt.files()).and_then(|f| f.get(0)) {
            read(file);
        }
    });
    on_cleanup(move || {
        on_dragover.remove();
        on_drop.remove();
    });

    let on_change = move |ev: leptos::ev::Event| {
        let target = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok());
        if let Some(file) = target.as_ref().and_then(|t| t.files()).and_then(|f| f.get(0)) {
            read(file);
        }
        // Choosing the same file again must fire `change` again.
        if let Some(t) = target {
            t.set_value("");
        }
    };
    let help = move || fill(state.t(Msg::OpenCsvHelp), &[("mb", &format_bytes(MAX_FILE_BYTES)), ("rows", &format_int(MAX_ROWS as u64))]);
    view! {
        <span class="open-csv">
            <button type="button" data-testid="open-csv" aria-describedby="open-csv-help"
                on:click=move |_| { if let Some(i) = input.get() { i.click(); } }>
                {state.tr(Msg::OpenCsv)}
            </button>
            <input type="file" accept=".csv,.tsv,.txt,text/csv,text/tab-separated-values" class="visually-hidden"
                tabindex="-1" aria-hidden="true" node_ref=input data-testid="csv-input" on:change=on_change/>
            <span id="open-csv-help" class="help">{help}</span>
            {move || status.get().map(|s| view! { <span class="status" role="status">{s}</span> })}
        </span>
        <ReviewDialog dialog=dialog review=review/>
    }
}

#[component]
fn ReviewDialog(dialog: NodeRef<Dialog>, review: RwSignal<Review>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let close = move || {
        if let Some(d) = dialog.get() {
            d.close();
        }
    };
    let body = move || {
        let Review(Some(file)) = review.get() else { return ().into_any() };
        let lang = state.lang.get();
        let n = file.problems.len();
        let valid = file.models.len();
        let title_msg = if n == 1 { Msg::FileProblemTitleOne } else { Msg::FileProblemsTitle };
        let title = fill(title_msg.text(lang), &[("n", &format_int(n as u64)), ("name", &file.name)]);
        let summary =
            fill(Msg::FileValidRows.text(lang), &[("valid", &format_int(valid as u64)), ("total", &format_int(file.records as u64))]);
        let more = n.saturating_sub(MAX_SHOWN_PROBLEMS);
        let load_file = file.clone();
        view! {
            <h2 id="review-title">{title}</h2>
            {(file.records > 0).then(|| view! { <p data-testid="valid-rows">{summary}</p> })}
            <ul class="problems" data-testid="problems">
                {file.problems.iter().take(MAX_SHOWN_PROBLEMS).map(|p| view! { <li>{p.located_in(lang)}</li> }).collect_view()}
            </ul>
            {(more > 0).then(|| view! { <p data-testid="more-problems">{fill(Msg::MoreProblems.text(lang), &[("n", &format_int(more as u64))])}</p> })}
            <div class="dialog-actions">
                {if valid > 0 {
                    view! {
                        <button type="button" class="primary" data-testid="load-valid"
                            on:click=move |_| {
                                let file = load_file.clone();
                                close();
                                leptos::task::spawn_local(async move {
                                    state.load_user_models(file.name.clone(), file.models.clone(), &mut |_| Box::pin(gloo::timers::future::TimeoutFuture::new(0)) as crate::core::pace::Tick).await;
                                });
                            }>
                            {if valid == 1 { Msg::LoadValidRowOne.text(lang).to_owned() } else { fill(Msg::LoadValidRows.text(lang), &[("n", &format_int(valid as u64))]) }}
                        </button>
                    }.into_any()
                } else {
                    view! { <p class="note">{Msg::NothingToLoad.text(lang)}</p> }.into_any()
                }}
                <button type="button" data-testid="cancel-load" on:click=move |_| close()>{Msg::Cancel.text(lang)}</button>
            </div>
        }
        .into_any()
    };
    view! {
        <dialog node_ref=dialog class="dialog" data-testid="file-review" aria-labelledby="review-title">{body}</dialog>
    }
}

/// While a reader's file is shown: whose data this is, and the way back.
#[component]
pub fn UserFileBanner() -> impl IntoView {
    let state = expect_context::<AppState>();
    move || {
        let data = state.data.get();
        let name = data.user_file.clone()?;
        let lang = state.lang.get();
        let text = fill(Msg::UserBanner.text(lang), &[("name", &name), ("n", &format_int(data.dataset.models.len() as u64))]);
        Some(view! {
            <div class="user-banner" role="status" data-testid="user-banner">
                <span>{text}" · "</span>
                <button type="button" class="link-button" data-testid="back-to-atlas" on:click=move |_| state.load_bundled()>
                    {Msg::BackToAtlas.text(lang)}
                </button>
                <span class="note">" "{Msg::SurveyNotYours.text(lang)}</span>
            </div>
        })
    }
}
