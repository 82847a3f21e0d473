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
    let langs: Vec<String> = window()
        .map(|w| w.navigator().languages().iter().filter_map(|v| v.as_string()).collect())
        .unwrap_or_default();
    Lang::from_preferences(langs.iter().map(String::as_str))
}

fn document_element() -> Option<web_sys::Element> {
    window()?.document()?.document_element()
}

pub fn set_document_lang(lang: Lang) {
    if let Some(el) = document_element() {
        let _ = el.set_attribute("lang", if lang == Lang::Zh { "zh-CN" } else { "en" });
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

/// Removes the static "Loading…" note that index.html shows until the WASM runs.
pub fn remove_boot_message() {
    if let Some(el) = window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id("boot")) {
        el.remove();
    }
}

/// Moves keyboard focus to a sibling of the event's target element (arrow keys in charts).
pub fn focus_sibling(target: Option<web_sys::EventTarget>, forward: bool) {
    let Some(el) = target.and_then(|t| t.dyn_into::<web_sys::Element>().ok()) else { return };
    let next = if forward { el.next_element_sibling() } else { el.previous_element_sibling() };
    if let Some(next) = next.and_then(|n| n.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = next.focus();
    }
}
