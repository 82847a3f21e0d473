//! App-wide state. The URL is the single source of view state: `query` mirrors
//! `location.search`, everything else is derived from it and the data (memos, not effects).
//! It is written only in event handlers, through `navigate`, and by Back/Forward.

use super::browser;
use crate::core::chart::theme::{palette, Palette, Theme};
use crate::core::dataset::Dataset;
use crate::core::filter::{select, Index, Selection};
use crate::core::i18n::{Lang, Msg};
#[cfg(not(feature = "embed"))]
use crate::core::sort::sort_rows;
use crate::core::url_state::{self, Dropped, UrlState};
#[cfg(not(feature = "embed"))]
use crate::core::url_state::{Sort, View};
use leptos::prelude::*;
use std::sync::Arc;

/// The rows and counts of `u`'s filters, the searched texts made first when there is a query.
fn search_and_select(d: &AppData, u: &UrlState) -> Selection {
    if !u.filters.query.trim().is_empty() {
        d.index.prepare_search(&d.dataset);
    }
    select(&d.index, &u.filters, u.view.preset())
}

/// A dataset with its search/facet index, built once, and where its model rows came from.
pub struct AppData {
    pub dataset: Dataset,
    pub index: Index,
    /// `Some(file name)` while the reader explores their own file.
    pub user_file: Option<String>,
}

impl AppData {
    pub fn new(dataset: Dataset, user_file: Option<String>) -> AppData {
        // The searched texts are made when the reader first searches (`AppState::select`).
        let index = Index::new_without_search(&dataset);
        AppData { dataset, index, user_file }
    }
}

#[derive(Clone, Copy)]
pub struct AppState {
    pub data: RwSignal<Arc<AppData>>,
    /// The bundled data, kept to come back to after a reader's file.
    bundled: StoredValue<Arc<AppData>>,
    query: RwSignal<String>,
    /// The language and theme the address asks for (see `new`).
    asked: RwSignal<(Option<Lang>, Option<Theme>)>,
    parsed: Memo<(UrlState, Vec<Dropped>)>,
    pub url: Memo<UrlState>,
    pub lang: Memo<Lang>,
    pub theme: Memo<Theme>,
    pub palette: Memo<Palette>,
    pub selection: Memo<Selection>,
    /// The state once the frame after a change is drawn: what follows a filter change a frame
    /// after the charts and the table (the filter panel's counts and ticks, the result line, the
    /// chips), so the first frame after a click carries only what the reader is looking at.
    #[cfg(not(feature = "embed"))]
    settled_query: RwSignal<String>,
    /// Bumped whenever the state settles: after the frame that follows a change (`navigate`,
    /// Back/Forward, a data switch), and when a card out of view catches up (`while_in_view`).
    /// Written only from those browser callbacks and event handlers.
    pub settled: RwSignal<u32>,
    /// The card `chart=` asks to bring into sight (none in an embed).
    pub chart_target: Memo<Option<crate::core::cards::CardId>>,
    #[cfg(not(feature = "embed"))]
    pub url_settled: Memo<UrlState>,
    /// Parts of the URL state that many small things read (tabs, sort headers, the comparison
    /// link): each a memo, so a filter change does not wake them.
    #[cfg(not(feature = "embed"))]
    pub view: Memo<View>,
    #[cfg(not(feature = "embed"))]
    pub sort: Memo<Option<Sort>>,
    #[cfg(not(feature = "embed"))]
    pub compare: Memo<Vec<String>>,
    #[cfg(not(feature = "embed"))]
    pub selection_settled: Memo<Selection>,
    /// The selected rows in the table's order (the embed has no table).
    #[cfg(not(feature = "embed"))]
    pub sorted_rows: Memo<Vec<usize>>,
    /// False until the first frame is on screen: what the reader cannot see yet (the filter
    /// panel, charts below the fold, the toolbar) is built right after it, so the first chart
    /// appears sooner.
    pub after_first_frame: RwSignal<bool>,
}

impl AppState {
    pub fn new(dataset: Dataset) -> AppState {
        let bundled = Arc::new(AppData::new(dataset, None));
        let data = RwSignal::new(bundled.clone());
        let query = RwSignal::new(browser::location_search());
        // A page made for one chart (the embed build's `embed/<chart>.html`) shows that chart.
        let page_chart = browser::page_chart();
        let parsed = Memo::new(move |_| {
            let d = data.get();
            let (state, dropped) = query.with(|q| url_state::parse(q, &d.dataset, &d.index));
            (page_chart.map_or(state.clone(), |c| state.in_chart_page(c)), dropped)
        });
        let url = Memo::new(move |_| parsed.with(|p| p.0.clone()));
        // The language and theme the address asks for, mirrored from it wherever the address is
        // set (`navigate`, Back/Forward). Hundreds of texts read the language: derived from the
        // whole URL state, every filter change would have to ask each of them whether it changed.
        let initial = url.get_untracked();
        let asked = RwSignal::new((initial.lang, initial.theme));
        let browser_lang = browser::preferred_lang();
        let lang = Memo::new(move |_| asked.with(|a| a.0).unwrap_or(browser_lang));
        let prefers_dark = super::observe::prefers_dark();
        let theme = Memo::new(move |_| asked.with(|a| a.1).unwrap_or(if prefers_dark.get() { Theme::Dark } else { Theme::Light }));
        let palette = Memo::new(move |_| palette(theme.get()));
        let selection = Memo::new(move |_| {
            let d = data.get();
            url.with(|u| search_and_select(&d, u))
        });
        #[cfg(not(feature = "embed"))]
        let view = Memo::new(move |_| url.with(|u| u.view));
        #[cfg(not(feature = "embed"))]
        let sort = Memo::new(move |_| url.with(|u| u.sort));
        #[cfg(not(feature = "embed"))]
        let compare = Memo::new(move |_| url.with(|u| u.compare.clone()));
        #[cfg(not(feature = "embed"))]
        let settled_query = RwSignal::new(query.get_untracked());
        let settled = RwSignal::new(0u32);
        let chart_target = Memo::new(move |_| url.with(|u| u.chart.filter(|_| !u.embed)));
        #[cfg(not(feature = "embed"))]
        let url_settled = Memo::new(move |_| {
            let d = data.get();
            settled_query.with(|q| url_state::parse(q, &d.dataset, &d.index).0)
        });
        #[cfg(not(feature = "embed"))]
        let selection_settled = Memo::new(move |_| {
            let d = data.get();
            url_settled.with(|u| search_and_select(&d, u))
        });
        #[cfg(not(feature = "embed"))]
        let sorted_rows = Memo::new(move |_| {
            let d = data.get();
            let mut rows = selection.with(|s| s.rows.clone());
            sort_rows(&d.dataset, &mut rows, url.with(|u| u.sort));
            rows
        });
        // Back/Forward: the address bar changed under us; mirror it.
        let handle = window_event_listener(leptos::ev::popstate, move |_| {
            let q = browser::location_search();
            let next = data.with_untracked(|d| url_state::parse(&q, &d.dataset, &d.index).0);
            asked.maybe_update(|a| std::mem::replace(a, (next.lang, next.theme)) != (next.lang, next.theme));
            #[cfg(not(feature = "embed"))]
            settled_query.set(q.clone());
            query.set(q);
            settled.update(|n| *n = n.wrapping_add(1));
        });
        on_cleanup(move || handle.remove());
        let after_first_frame = RwSignal::new(false);
        // Two frames: the first paints what was built, the second builds the rest.
        request_animation_frame(move || request_animation_frame(move || after_first_frame.set(true)));
        AppState {
            data,
            bundled: StoredValue::new(bundled),
            query,
            asked,
            parsed,
            url,
            lang,
            theme,
            palette,
            selection,
            #[cfg(not(feature = "embed"))]
            settled_query,
            settled,
            chart_target,
            #[cfg(not(feature = "embed"))]
            url_settled,
            #[cfg(not(feature = "embed"))]
            view,
            #[cfg(not(feature = "embed"))]
            sort,
            #[cfg(not(feature = "embed"))]
            compare,
            #[cfg(not(feature = "embed"))]
            selection_settled,
            #[cfg(not(feature = "embed"))]
            sorted_rows,
            after_first_frame,
        }
    }

    /// Explores the reader's own rows, with the bundled survey, categories and sources. The
    /// index is built in steps (`pace` yields to the browser), so a big file does not freeze it.
    pub async fn load_user_models(&self, name: String, models: Vec<crate::core::model::Model>, pace: crate::core::pace::Pace<'_>) {
        let dataset = self.bundled.with_value(|b| b.dataset.with_models(models));
        let index = Index::build_paced(&dataset, pace).await;
        self.data.set(Arc::new(AppData { dataset, index, user_file: Some(name) }));
        self.settled.update(|n| *n = n.wrapping_add(1));
    }

    /// Back to the data the atlas ships with.
    pub fn load_bundled(&self) {
        self.data.set(self.bundled.get_value());
        self.settled.update(|n| *n = n.wrapping_add(1));
    }

    /// A UI string as a reactive text or attribute value. Every call returns the same closure
    /// type, so the WASM carries the rendering code for translated strings once, not once per
    /// string (each distinct closure in a view is compiled separately).
    pub fn tr(self, m: Msg) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
        move || self.t(m)
    }

    /// A reactive text as a `Signal`: views render every one through the same `Signal<String>`
    /// code, where a bare closure would compile that code again for each call site.
    pub fn text(self, f: impl Fn() -> String + Send + Sync + 'static) -> Signal<String> {
        Signal::derive(f)
    }

    /// A reactive flag (a class, `disabled`, `checked`) as a `Signal`, for the same reason.
    pub fn flag(self, f: impl Fn() -> bool + Send + Sync + 'static) -> Signal<bool> {
        Signal::derive(f)
    }

    /// A UI string in the current language (tracked: re-renders on language change).
    pub fn t(&self, m: Msg) -> &'static str {
        m.text(self.lang.get())
    }

    /// Values the URL carried that were not applied.
    pub fn dropped(&self) -> Vec<Dropped> {
        self.parsed.with(|p| p.1.clone())
    }

    /// Moves to `next`: a new history entry when `push` (view switches), else in place (filter
    /// edits, so typing does not spam history). Never scrolls.
    pub fn navigate(&self, next: &UrlState, push: bool) {
        let q = url_state::encode(next);
        // After the next frame: the address bar (`replaceState` takes 2–3 ms in Chromium) and the
        // settled state (the panel, the result line, the chips) follow the charts, which the
        // reader is looking at. A timer alone can run before the frame when the frame is not yet
        // due, hence the frame first. Written from a browser callback scheduled by this handler.
        let (written, settled) = (q.clone(), self.settled);
        #[cfg(not(feature = "embed"))]
        let settled_query = self.settled_query;
        request_animation_frame(move || {
            set_timeout(
                move || {
                    browser::write_query(&written, push);
                    #[cfg(not(feature = "embed"))]
                    settled_query.try_set(written);
                    settled.try_update(|n| *n = n.wrapping_add(1));
                },
                std::time::Duration::ZERO,
            )
        });
        // Only when they change: every text in the page reads the language.
        if self.asked.get_untracked() != (next.lang, next.theme) {
            self.asked.set((next.lang, next.theme));
        }
        self.query.set(q);
    }

    /// Moves to the state a query string names (a link within the atlas).
    pub fn follow(&self, query: &str, push: bool) {
        let next = self.data.with_untracked(|d| url_state::parse(query, &d.dataset, &d.index).0);
        self.navigate(&next, push);
    }

    /// The address of the current state after `edit`, for links (keeps middle-click working).
    /// It follows the settled state: a link's address matters when it is followed, not in the
    /// frame that repaints the charts.
    pub fn href(&self, edit: impl FnOnce(&mut UrlState)) -> String {
        #[cfg(not(feature = "embed"))]
        let mut next = self.url_settled.get();
        // The embed has no settled state of its own: its few links follow the state.
        #[cfg(feature = "embed")]
        let mut next = self.url.get();
        edit(&mut next);
        let q = url_state::encode(&next);
        if q.is_empty() {
            // An empty query would keep the current one; "?" clears it.
            "?".to_owned()
        } else {
            q
        }
    }

    /// The address of the full atlas in the state after `edit`, for links that leave an embed
    /// ("Open in MedLLM Atlas", About the data): the atlas is the folder above the embed build's.
    pub fn atlas_href(&self, edit: impl FnOnce(&mut UrlState)) -> String {
        let base = if cfg!(feature = "embed") { "../" } else { "" };
        format!("{base}{}", self.href(edit))
    }

    /// Rewrites the address with `edit` applied to the current state, in place (no new history
    /// entry): what every filter edit does.
    pub fn edit_url(&self, edit: impl FnOnce(&mut UrlState)) {
        let mut next = self.url.get_untracked();
        edit(&mut next);
        self.navigate(&next, false);
    }

    /// Keeps `<html lang>`, the theme attribute and the title in step with the state. Effects
    /// only talk to the document; they never write signals.
    pub fn reflect_on_document(&self) {
        let (lang, theme) = (self.lang, self.theme);
        Effect::new(move |_| {
            let l = lang.get();
            browser::set_document_lang(l);
            browser::set_document_title(Msg::AppTitle.text(l));
        });
        Effect::new(move |_| browser::set_document_theme(theme.get().id()));
    }
}

/// `source` as it was when the state last settled (`AppState::settled`): what a reader does not
/// look at in the frame after a change (a chart's hit areas and data table, a card's finding
/// lines) follows it one frame later, so that frame carries the charts alone. One shared tick
/// instead of a timer per value: a filter change schedules nothing more for them.
pub fn after_frame<T>(state: AppState, source: Memo<T>) -> Memo<T>
where
    T: Clone + PartialEq + Send + Sync + 'static,
{
    Memo::new(move |_| {
        state.settled.track();
        source.get_untracked()
    })
}
