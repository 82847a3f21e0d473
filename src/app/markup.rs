//! Views whose content is data: a small tree of elements, attributes and text built by plain
//! code and turned into DOM by one function. Every such view then shares the same rendering code;
//! written as `view!` trees, each would compile its own (a view with a table of fields cost about
//! 7 KB of the gzipped WASM). Use it for content that is rebuilt whole when its inputs change
//! (About, What changed, the comparison, the provenance fields), not for fine-grained reactive
//! parts (charts, the filter panel, the models table).
//!
//! Text is always a text node and attribute values are set as values, never parsed as markup.
//! Links that move within the atlas carry `data-nav` and are followed by one delegated handler
//! (`follow_links`), so they need no closure of their own.

use leptos::prelude::*;
use leptos::tachys::html::attribute::any_attribute::{AnyAttribute, IntoAnyAttribute};
use leptos::tachys::html::attribute::custom::custom_attribute;
use leptos::tachys::view::add_attr::AddAnyAttr;

/// An element or a text.
pub enum Node {
    El(El),
    Text(String),
}

/// An element under construction.
pub struct El {
    tag: &'static str,
    attrs: Vec<(&'static str, String)>,
    children: Vec<Node>,
}

/// A new element.
pub fn el(tag: &'static str) -> El {
    El { tag, attrs: Vec::new(), children: Vec::new() }
}

impl El {
    pub fn attr(mut self, name: &'static str, value: impl Into<String>) -> El {
        self.attrs.push((name, value.into()));
        self
    }

    pub fn class(self, class: &'static str) -> El {
        self.attr("class", class)
    }

    pub fn testid(self, id: &'static str) -> El {
        self.attr("data-testid", id)
    }

    /// `attr` only when `value` is `Some`.
    pub fn attr_if(self, name: &'static str, value: Option<String>) -> El {
        match value {
            Some(v) => self.attr(name, v),
            None => self,
        }
    }

    pub fn child(mut self, child: impl Into<Node>) -> El {
        self.children.push(child.into());
        self
    }

    pub fn children<N: Into<Node>>(mut self, children: impl IntoIterator<Item = N>) -> El {
        self.children.extend(children.into_iter().map(Into::into));
        self
    }

    /// A link within the atlas to the address `query` (a query string): a new history entry when
    /// `push` (another view), else in place.
    pub fn nav(self, query: String, push: bool) -> El {
        self.attr("href", query).attr("data-nav", if push { "push" } else { "replace" })
    }
}

impl From<El> for Node {
    fn from(e: El) -> Node {
        Node::El(e)
    }
}

impl From<String> for Node {
    fn from(t: String) -> Node {
        Node::Text(t)
    }
}

impl From<&str> for Node {
    fn from(t: &str) -> Node {
        Node::Text(t.to_owned())
    }
}

/// The DOM of `node`.
pub fn render(node: Node) -> AnyView {
    match node {
        Node::Text(t) => t.into_any(),
        Node::El(e) => {
            let attrs: Vec<AnyAttribute> = e.attrs.into_iter().map(|(k, v)| custom_attribute(k, v).into_any_attr()).collect();
            let children: Vec<AnyView> = e.children.into_iter().map(render).collect();
            leptos::html::custom(e.tag).add_any_attr(attrs).child(children).into_any()
        }
    }
}

/// A content view rebuilt whole when the data or the language changes: `f` of the current
/// dataset and language, rendered. One closure type for every caller, so its reactive rendering
/// code is compiled once (a closure per view cost about 450 bytes of the gzipped WASM).
pub fn live(
    state: super::state::AppState,
    f: fn(&crate::core::dataset::Dataset, crate::core::i18n::Lang) -> Node,
) -> impl Fn() -> AnyView + Send + Sync + Copy {
    move || render(state.data.with(|d| f(&d.dataset, state.lang.get())))
}

/// Follows plain clicks on `a[data-nav]` anywhere in the page within the atlas (a modified click
/// stays the browser's: a new tab, a copied link).
#[cfg(not(feature = "embed"))]
pub fn follow_links(state: super::state::AppState) {
    use wasm_bindgen::JsCast;
    let handle = window_event_listener(leptos::ev::click, move |ev| {
        if !super::nav::is_plain_click(&ev) {
            return;
        }
        let link = ev.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()).and_then(|t| t.closest("a[data-nav]").ok().flatten());
        let Some(link) = link else { return };
        let (Some(href), push) = (link.get_attribute("href"), link.get_attribute("data-nav").as_deref() == Some("push")) else { return };
        ev.prevent_default();
        state.follow(&href, push);
    });
    on_cleanup(move || handle.remove());
}
