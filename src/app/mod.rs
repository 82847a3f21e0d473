//! The thin browser layer: Leptos components that read the URL, call the pure core and draw.
//! Only this module (and only in the wasm32 build) may use `leptos`, `web_sys` or `gloo`.

mod bar_chart;
mod browser;
mod citation;
mod overview;
mod panic;
mod state;

use crate::core::dataset::Dataset;
use leptos::prelude::*;
use state::AppState;

/// Installs the panic message, replaces the static loading note and mounts the app.
pub fn boot() {
    panic::install();
    browser::remove_boot_message();
    leptos::mount::mount_to_body(App);
}

#[component]
fn App() -> impl IntoView {
    match Dataset::bundled() {
        Ok(ds) => {
            provide_context(AppState::new(ds));
            view! { <Atlas/> }.into_any()
        }
        Err(errors) => view! { <DataLoadError errors=errors.iter().map(ToString::to_string).collect()/> }.into_any(),
    }
}

#[component]
fn Atlas() -> impl IntoView {
    let state = expect_context::<AppState>();
    state.reflect_on_document();
    view! {
        <header class="site-header">
            <h1>{move || state.t(crate::core::i18n::Msg::AppTitle)}</h1>
            <p class="tagline">{move || state.t(crate::core::i18n::Msg::AppTagline)}</p>
        </header>
        <main id="main">
            <overview::Overview/>
        </main>
    }
}

/// Shown instead of the atlas when the bundled data does not parse (the tests make this
/// unreachable for the shipped build, but a broken build must still explain itself).
#[component]
fn DataLoadError(errors: Vec<String>) -> impl IntoView {
    let lang = browser::preferred_lang();
    view! {
        <main id="main" class="load-error" role="alert">
            <h1>{crate::core::i18n::Msg::AppTitle.text(lang)}</h1>
            <p>{crate::core::i18n::Msg::DataLoadFailed.text(lang)}</p>
            <ul>{errors.into_iter().take(50).map(|e| view! { <li>{e}</li> }).collect_view()}</ul>
        </main>
    }
}
