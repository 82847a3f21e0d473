//! Watching the page for the charts: an element's size (ResizeObserver), whether it is in view
//! (IntersectionObserver), the device pixel ratio and the colour-scheme preference (matchMedia).
//! Written here over `web_sys` instead of taken from leptos-use, whose generic element and
//! option types compiled to about 16 KB of WASM for these four (see ARCHITECTURE.md). Signals
//! are written only from the browser's callbacks, never from an effect's body.

use leptos::prelude::*;
use send_wrapper::SendWrapper;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// Keeps a browser callback and the observer it feeds alive until the owner is cleaned up.
fn keep<T: 'static>(value: T, disconnect: impl FnOnce(&T) + 'static) {
    let kept = SendWrapper::new(Some((value, Box::new(disconnect) as Box<dyn FnOnce(&T)>)));
    on_cleanup(move || {
        if let Some((value, disconnect)) = kept.take() {
            disconnect(&value);
        }
    });
}

/// The content-box size of the element in `node`, in CSS px (0 until first observed).
pub fn element_size(node: NodeRef<leptos::html::Div>) -> (ReadSignal<f64>, ReadSignal<f64>) {
    let (width, set_width) = signal(0.0);
    let (height, set_height) = signal(0.0);
    Effect::new(move |_| {
        let Some(el) = node.get() else { return };
        let callback = Closure::<dyn FnMut(js_sys::Array)>::new(move |entries: js_sys::Array| {
            if let Some(entry) = entries.get(0).dyn_ref::<web_sys::ResizeObserverEntry>() {
                let rect = entry.content_rect();
                set_width.set(rect.width());
                set_height.set(rect.height());
            }
        });
        let Ok(observer) = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()) else { return };
        observer.observe(&el);
        keep((observer, callback), |(o, _)| o.disconnect());
    });
    (width, height)
}

/// Whether any part of the element in `node` is in the viewport (false until first observed).
pub fn in_view<E>(node: NodeRef<E>) -> ReadSignal<bool>
where
    E: leptos::html::ElementType,
    E::Output: JsCast + Clone + 'static,
{
    let (visible, set_visible) = signal(false);
    Effect::new(move |_| {
        let Some(el) = node.get() else { return };
        let Some(el) = el.dyn_ref::<web_sys::Element>().cloned() else { return };
        let callback = Closure::<dyn FnMut(js_sys::Array)>::new(move |entries: js_sys::Array| {
            // The last entry is the latest state.
            if let Some(entry) = entries.get(entries.length().saturating_sub(1)).dyn_ref::<web_sys::IntersectionObserverEntry>() {
                set_visible.set(entry.is_intersecting());
            }
        });
        let Ok(observer) = web_sys::IntersectionObserver::new(callback.as_ref().unchecked_ref()) else { return };
        observer.observe(&el);
        keep((observer, callback), |(o, _)| o.disconnect());
    });
    visible
}

/// Whether the media query `query` matches, following changes.
fn media(query: &'static str) -> ReadSignal<bool> {
    let list = window().match_media(query).ok().flatten();
    let (matches, set_matches) = signal(list.as_ref().is_some_and(web_sys::MediaQueryList::matches));
    if let Some(list) = list {
        let changed = list.clone();
        let callback = Closure::<dyn FnMut()>::new(move || set_matches.set(changed.matches()));
        let _ = list.add_event_listener_with_callback("change", callback.as_ref().unchecked_ref());
        keep((list, callback), |(l, c)| {
            let _ = l.remove_event_listener_with_callback("change", c.as_ref().unchecked_ref());
        });
    }
    matches
}

/// The reader prefers a dark colour scheme.
pub fn prefers_dark() -> ReadSignal<bool> {
    media("(prefers-color-scheme: dark)")
}

/// `window.devicePixelRatio`, followed when the page moves to another screen or is zoomed.
pub fn device_pixel_ratio() -> ReadSignal<f64> {
    let (ratio, set_ratio) = signal(window().device_pixel_ratio());
    // A resolution query matches the current ratio only; when it stops matching the ratio has
    // changed, and a new query for the new ratio takes over.
    fn watch(set_ratio: WriteSignal<f64>) {
        let current = window().device_pixel_ratio();
        let Ok(Some(list)) = window().match_media(&format!("(resolution: {current}dppx)")) else { return };
        let callback = Closure::once_into_js(move || {
            set_ratio.set(window().device_pixel_ratio());
            watch(set_ratio);
        });
        let options = web_sys::AddEventListenerOptions::new();
        options.set_once(true);
        let _ = list.add_event_listener_with_callback_and_add_event_listener_options("change", callback.unchecked_ref(), &options);
    }
    watch(set_ratio);
    ratio
}
