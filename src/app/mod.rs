//! The thin browser layer: Leptos components that read the URL, call the pure core and draw.
//! Only this module (and only in the wasm32 build) may use `leptos`, `web_sys` or `gloo`.
//!
//! Two builds share it. The atlas (the default) is the whole explorer. The `embed` feature builds
//! the one-chart embed that editors put in articles (`dist/embed/`): a card, its filter in words
//! and the embed footer, without the explorer's panel, table, dialogs, reader's-file loader and
//! other views, so an article downloads what one chart needs. What only the atlas uses is left out
//! of the embed build by the `cfg`s below; helpers shared by both may go unused in one of them.
#![cfg_attr(feature = "embed", allow(dead_code))]

mod browser;
mod chart_card;
mod chart_view;
mod citation;
mod embed;
mod markup;
mod notices;
mod observe;
mod panic;
mod state;

#[cfg(not(feature = "embed"))]
mod about_view;
#[cfg(not(feature = "embed"))]
mod changes_view;
#[cfg(not(feature = "embed"))]
mod compare_view;
#[cfg(not(feature = "embed"))]
mod copy;
#[cfg(not(feature = "embed"))]
mod filters;
#[cfg(not(feature = "embed"))]
mod models_table;
#[cfg(not(feature = "embed"))]
mod nav;
#[cfg(not(feature = "embed"))]
mod overview;
#[cfg(not(feature = "embed"))]
mod provenance;
#[cfg(not(feature = "embed"))]
mod publish;
#[cfg(not(feature = "embed"))]
mod record;
#[cfg(not(feature = "embed"))]
mod results;
#[cfg(not(feature = "embed"))]
mod sources_view;
#[cfg(not(feature = "embed"))]
mod story;
#[cfg(not(feature = "embed"))]
mod timeline_view;
#[cfg(not(feature = "embed"))]
mod user_file;

#[cfg(not(feature = "embed"))]
use crate::core::{i18n::Msg, stories::Preset, url_state::View};
use leptos::prelude::*;
use state::AppState;

/// Installs the panic message, replaces the static loading note and mounts the app.
pub fn boot() {
    browser::mark("atlas:wasm-started");
    panic::install();
    // The embed lives in other sites' pages: it leaves offline caching to the atlas itself.
    #[cfg(not(feature = "embed"))]
    browser::register_service_worker();
    leptos::mount::mount_to_body(App);
    browser::remove_static_first_screen();
    browser::mark("atlas:mounted");
}

#[component]
fn App() -> impl IntoView {
    browser::mark("atlas:data-start");
    let parsed = crate::core::bundle::bundled();
    browser::mark("atlas:data-parsed");
    match parsed {
        Ok(ds) => {
            provide_context(AppState::new(ds));
            #[cfg(feature = "embed")]
            return view! { <embed::ChartPage/> }.into_any();
            #[cfg(not(feature = "embed"))]
            view! { <Atlas/> }.into_any()
        }
        Err(errors) => {
            let lang = browser::preferred_lang();
            // The embed says only that its data is broken (a broken build, never a reader's doing):
            // the located messages of every data error would cost it several KB of code.
            let errors: Vec<String> = if cfg!(feature = "embed") {
                Vec::new()
            } else {
                errors.iter().map(|e| format!("{}: {}", e.file, e.located_in(lang))).collect()
            };
            view! { <DataLoadError errors=errors/> }.into_any()
        }
    }
}

#[cfg(not(feature = "embed"))]
#[component]
fn Atlas() -> impl IntoView {
    let state = expect_context::<AppState>();
    state.reflect_on_document();
    markup::follow_links(state);
    let view_id = Memo::new(move |_| state.url.with(|u| u.view));
    // A memo, so the view is rebuilt only when the result turns empty or back, not on every
    // filter change (rebuilding it would redraw every chart and lose focus).
    let empty = Memo::new(move |_| state.selection.with(|s| s.rows.is_empty()));
    let content = move || {
        // Views that are not a selection of models keep their content when nothing matches.
        if empty.get() && !matches!(view_id.get(), View::Sources | View::Compare | View::About | View::Changes) {
            return view! { <results::EmptyResult/> }.into_any();
        }
        match view_id.get() {
            View::Overview => view! { <overview::Overview/> }.into_any(),
            View::Models => view! { <models_table::ModelsTable/> }.into_any(),
            View::Timeline => view! { <timeline_view::TimelineView/> }.into_any(),
            View::Sources => view! { <sources_view::SourcesView/> }.into_any(),
            View::StoryPathology => view! { <story::StoryView preset=Preset::Pathology/> }.into_any(),
            View::StoryHospitals => view! { <story::StoryView preset=Preset::Hospitals/> }.into_any(),
            View::StoryLineage => view! { <story::LineageStory/> }.into_any(),
            View::Changes => view! { <changes_view::ChangesView/> }.into_any(),
            View::Compare => view! { <compare_view::CompareView/> }.into_any(),
            View::About => about_view::about_view(state).into_any(),
        }
    };
    let embed = Memo::new(move |_| state.url.with(|u| u.embed));
    // One chart alone (`embed=1&chart=…`): the card, with the filters in words under its title.
    let embedded_chart = Memo::new(move |_| state.url.with(|u| u.chart.filter(|_| u.embed)));
    move || {
        if let Some(id) = embedded_chart.get() {
            view! {
                <embed::HeightReporter>
                    <main id="main" class="embedded one-chart" data-view=move || view_id.get().id() data-chart=id.def().param>
                        <notices::Notices/>
                        <chart_card::CardView id=id statement_line=true/>
                    </main>
                    <embed::EmbedFooter/>
                </embed::HeightReporter>
            }
            .into_any()
        } else if embed.get() {
            view! {
                <embed::HeightReporter>
                    <main id="main" class="embedded" data-view=move || view_id.get().id()>
                        <notices::Notices/>
                        <chart_card::FilterStatement/>
                        {content}
                    </main>
                    <embed::EmbedFooter/>
                </embed::HeightReporter>
            }
            .into_any()
        } else {
            view! {
                <a class="skip-link" href="#main">"Skip to content · 跳到正文"</a>
                <header class="site-header">
                    <div class="title-row">
                        <h1>{state.tr(Msg::AppTitle)}</h1>
                        <nav::LangSwitch/>
                    </div>
                    <p class="tagline">{state.tr(Msg::AppTagline)}</p>
                </header>
                <user_file::UserFileBanner/>
                <notices::Notices/>
                <nav::Tabs/>
                <div class="layout">
                    {move || state.after_first_frame.get().then(|| view! { <filters::FilterPanel/> })}
                    <main id="main" tabindex="-1" data-view=move || view_id.get().id()>
                        <h2 class="view-title">{move || state.t(crate::core::labels::view(view_id.get()))}</h2>
                        <results::ResultBar/>
                        {content}
                        {move || state.after_first_frame.get().then(|| view! { <publish::Toolbar/> })}
                    </main>
                </div>
                <SiteFooter/>
                <provenance::ProvenancePanel/>
            }
            .into_any()
        }
    }
}

/// The page footer: the data version and its counts, where the data is explained, and the data
/// itself as files (`data/`).
#[cfg(not(feature = "embed"))]
#[component]
fn SiteFooter() -> impl IntoView {
    let state = expect_context::<AppState>();
    let link = move |view: View, label: Msg| {
        view! { <a href=state.text(move || state.href(|u| { u.open_view(view); })) data-nav="push">{state.tr(label)}</a> }
    };
    view! {
        <footer class="site-footer" data-testid="site-footer">
            <p data-testid="data-version">{move || state.data.with(|d| crate::core::versions::summary(&d.dataset, state.lang.get()))}</p>
            <p>{link(View::About, Msg::AboutLink)}" · "{link(View::Changes, Msg::ViewChanges)}</p>
            <p>{markup::live(state, |_, lang| about_view::data_link(lang))}</p>
        </footer>
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
