//! Small wrappers over the browser APIs the app needs (location, history, languages, the
//! document element). Failures are ignored on purpose: a missing API must not stop the page.

use crate::core::i18n::Lang;
use wasm_bindgen::JsCast;

fn window() -> Option<web_sys::Window> {
    web_sys::window()
}

/// `location.search`, e.g. "?view=models".
pub fn location_search() -> String {
    window().and_then(|w| w.location().search().ok()).unwrap_or_default()
}

/// Writes a new query string to the address bar: a history entry when `push`, else in place.
/// The path and the fragment stay as they are, so the page works from any folder.
pub fn write_query(query: &str, push: bool) {
    let Some(w) = window() else { return };
    let location = w.location();
    let path = location.pathname().unwrap_or_default();
    let hash = location.hash().unwrap_or_default();
    let url = format!("{path}{query}{hash}");
    let Ok(history) = w.history() else { return };
    // On file:// some browsers refuse history URLs; the app state still changes.
    let _ = if push {
        history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url))
    } else {
        history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url))
    };
}

/// The first of the browser's languages that the atlas speaks.
pub fn preferred_lang() -> Lang {
    let langs: Vec<String> = window().map(|w| w.navigator().languages().iter().filter_map(|v| v.as_string()).collect()).unwrap_or_default();
    Lang::from_preferences(langs.iter().map(String::as_str))
}

/// The chart a page was made for (`<html data-chart="province">`, the embed build's pages).
pub fn page_chart() -> Option<crate::core::cards::CardId> {
    document_element()?.get_attribute("data-chart").and_then(|c| crate::core::cards::CardId::from_param(&c))
}

fn document_element() -> Option<web_sys::Element> {
    window()?.document()?.document_element()
}

pub fn set_document_lang(lang: Lang) {
    if let Some(el) = document_element() {
        let _ = el.set_attribute("lang", lang.html_tag());
    }
}

pub fn set_document_theme(theme: &str) {
    if let Some(el) = document_element() {
        let _ = el.set_attribute("data-theme", theme);
    }
}

pub fn set_document_title(title: &str) {
    if let Some(doc) = window().and_then(|w| w.document()) {
        doc.set_title(title);
    }
}

/// Removes what index.html shows before the app: the loading line and the build-time first
/// screens (`core::first_screen`). Called right after mounting, in the same task, so no frame
/// shows neither.
pub fn remove_static_first_screen() {
    let Some(doc) = window().and_then(|w| w.document()) else { return };
    if let Some(el) = doc.get_element_by_id("boot") {
        el.remove();
    }
    if let Ok(list) = doc.query_selector_all(".prerender") {
        for i in 0..list.length() {
            if let Some(node) = list.item(i).and_then(|n| n.dyn_into::<web_sys::Element>().ok()) {
                node.remove();
            }
        }
    }
}

/// The `data-key` of the element a keyboard event came from.
pub fn event_target_key(ev: &web_sys::KeyboardEvent) -> Option<String> {
    ev.target()?.dyn_into::<web_sys::Element>().ok()?.get_attribute("data-key")
}

/// Focuses the child of the event's listening element whose `data-key` is `key` (arrow keys in
/// a chart).
pub fn focus_child_with_key(ev: &web_sys::KeyboardEvent, key: &str) {
    let Some(parent) = ev.current_target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()) else { return };
    let children = parent.children();
    for i in 0..children.length() {
        if let Some(el) = children.item(i) {
            if el.get_attribute("data-key").as_deref() == Some(key) {
                if let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() {
                    let _ = el.focus();
                }
                return;
            }
        }
    }
}

/// Offers `content` to the reader as a file named `name` (a Blob behind a temporary link).
pub fn download_text(name: &str, mime: &str, content: &str) {
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(content));
    let opts = web_sys::BlobPropertyBag::new();
    opts.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &opts) else { return };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else { return };
    download_url(name, &url);
    let _ = web_sys::Url::revoke_object_url(&url);
}

/// Clicks a temporary `<a download>` pointing at `url`.
pub fn download_url(name: &str, url: &str) {
    let Some(doc) = window().and_then(|w| w.document()) else { return };
    let Ok(a) = doc.create_element("a") else { return };
    let Ok(a) = a.dyn_into::<web_sys::HtmlAnchorElement>() else { return };
    a.set_href(url);
    a.set_download(name);
    let _ = a.style().set_property("display", "none");
    if let Some(body) = doc.body() {
        let _ = body.append_child(&a);
        a.click();
        a.remove();
    }
}

/// Today as YYYY-MM-DD in the reader's time zone.
pub fn today() -> String {
    let d = js_sys::Date::new_0();
    format!("{:04}-{:02}-{:02}", d.get_full_year(), d.get_month() + 1, d.get_date())
}

/// The page's address without query or fragment: the base for shared and embedded links.
pub fn page_base() -> String {
    let Some(loc) = window().map(|w| w.location()) else { return String::new() };
    let origin = loc.origin().unwrap_or_default();
    let path = loc.pathname().unwrap_or_default();
    format!("{origin}{path}")
}

/// The folder of the page's address (`https://host/atlas/`), for the files beside it.
pub fn page_dir() -> String {
    let base = page_base();
    match base.rfind('/') {
        Some(i) => base[..=i].to_owned(),
        None => base,
    }
}

/// True when the page runs inside a frame (embedded in an article).
pub fn in_frame() -> bool {
    window().and_then(|w| w.parent().ok().flatten().map(|p| !js_sys::Object::is(&p, &w))).unwrap_or(false)
}

/// Tells the embedding page how tall the content is, so its frame needs no scrollbar.
pub fn post_height(height: f64) {
    let Some(w) = window() else { return };
    let Ok(Some(parent)) = w.parent() else { return };
    let msg = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&msg, &"type".into(), &"medllm-atlas:height".into());
    let _ = js_sys::Reflect::set(&msg, &"height".into(), &height.ceil().into());
    // Any origin may embed the atlas; the message carries only a height.
    let _ = parent.post_message(&msg, "*");
}

/// Registers the service worker that keeps the page working offline (http(s) only; a page
/// opened from a file has nothing to cache).
pub fn register_service_worker() {
    let Some(w) = window() else { return };
    let protocol = w.location().protocol().unwrap_or_default();
    if protocol != "http:" && protocol != "https:" {
        return;
    }
    let container = w.navigator().service_worker();
    // A failed registration (say, a development build without sw.js) must not become an
    // unhandled rejection: the page works the same without it.
    let ignore = wasm_bindgen::closure::Closure::<dyn FnMut(wasm_bindgen::JsValue)>::new(|_| {});
    let _ = container.register("./sw.js").catch(&ignore);
    ignore.forget();
}

/// A `performance.mark`, so profiles and the benchmark script can see the app's phases.
pub fn mark(name: &str) {
    if let Some(p) = window().and_then(|w| w.performance()) {
        let _ = p.mark(name);
    }
}

/// Focuses the first element matching `selector` after the next frame, once a re-render has put
/// it back: keyboard users keep their place when an action rebuilds what they were on.
pub fn focus_after_render(selector: String) {
    leptos::prelude::request_animation_frame(move || {
        let el = window().and_then(|w| w.document()).and_then(|d| d.query_selector(&selector).ok().flatten());
        if let Some(el) = el.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
            let _ = el.focus();
        }
    });
}

/// Puts `text` on the clipboard; `false` when the browser refuses (no permission, an old
/// browser), so the caller can leave the text selected for the reader to copy.
pub async fn copy_text(text: &str) -> bool {
    let Some(w) = window() else { return false };
    let promise = w.navigator().clipboard().write_text(text);
    wasm_bindgen_futures::JsFuture::from(promise).await.is_ok()
}

/// Brings `el` into sight (its top at the top of the viewport, smoothly unless the reader asked
/// for reduced motion: the CSS's `scroll-behavior` decides) and gives it the keyboard focus
/// without scrolling again.
pub fn scroll_into_view_and_focus(el: &web_sys::HtmlElement) {
    el.scroll_into_view();
    let options = web_sys::FocusOptions::new();
    options.set_prevent_scroll(true);
    let _ = el.focus_with_options(&options);
}

/// Loads `src` in a frame `width` px wide out of sight and calls `done` with the height the page
/// in it reports (its `medllm-atlas:height` messages), once the height has been still for a
/// moment; the frame is then removed. Gives up silently after `MEASURE_TIMEOUT_MS`.
pub fn measure_embed(src: &str, width: u32, done: impl Fn(u32) + 'static) {
    const SETTLE_MS: u64 = 400;
    const MEASURE_TIMEOUT_MS: u64 = 10_000;
    let Some(doc) = window().and_then(|w| w.document()) else { return };
    let Some(frame) = doc.create_element("iframe").ok().and_then(|e| e.dyn_into::<web_sys::HtmlIFrameElement>().ok()) else { return };
    frame.set_src(src);
    frame.set_title("measuring");
    let _ = frame.set_attribute("aria-hidden", "true");
    let _ = frame.set_attribute("tabindex", "-1");
    let _ = frame.set_attribute("class", "embed-measure");
    let _ = frame.style().set_property("width", &format!("{width}px"));
    let Some(body) = doc.body() else { return };
    let _ = body.append_child(&frame);
    let latest = std::rc::Rc::new(std::cell::Cell::new((0u32, 0u32)));
    let finished = std::rc::Rc::new(std::cell::Cell::new(false));
    let done = std::rc::Rc::new(done);
    let listener = {
        let (frame, latest, finished, done) = (frame.clone(), latest.clone(), finished.clone(), done.clone());
        gloo::events::EventListener::new(&window().expect("a window"), "message", move |ev| {
            let Some(ev) = ev.dyn_ref::<web_sys::MessageEvent>() else { return };
            let from_frame = frame.content_window().is_some_and(|w| ev.source().is_some_and(|s| js_sys::Object::is(&s, &w)));
            let data = ev.data();
            let kind = js_sys::Reflect::get(&data, &"type".into()).ok().and_then(|v| v.as_string());
            let height = js_sys::Reflect::get(&data, &"height".into()).ok().and_then(|v| v.as_f64());
            let (true, Some("medllm-atlas:height"), Some(h)) = (from_frame, kind.as_deref(), height) else { return };
            let (count, _) = latest.get();
            latest.set((count + 1, h.ceil() as u32));
            let (latest, finished, done, frame) = (latest.clone(), finished.clone(), done.clone(), frame.clone());
            let seen = count + 1;
            gloo::timers::callback::Timeout::new(SETTLE_MS as u32, move || {
                // Still the last message: the height has settled.
                if latest.get().0 == seen && !finished.replace(true) {
                    done(latest.get().1);
                    frame.remove();
                }
            })
            .forget();
        })
    };
    let frame_on_timeout = frame.clone();
    gloo::timers::callback::Timeout::new(MEASURE_TIMEOUT_MS as u32, move || {
        drop(listener);
        if !finished.replace(true) {
            frame_on_timeout.remove();
        }
    })
    .forget();
}

/// True in the one-file offline copy (`medllm-atlas-offline.html`, whose `<html>` carries
/// `data-offline-copy`, set by scripts/postbuild.mjs): it has no data files beside it.
pub fn is_offline_copy() -> bool {
    document_element().and_then(|e| e.get_attribute("data-offline-copy")).is_some()
}
