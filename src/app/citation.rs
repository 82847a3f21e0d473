//! A citation line linking to its source: publisher, title, date.

use super::markup::{el, render, Node};
use crate::core::model::Source;
use leptos::prelude::*;

/// "Source: Publisher, “Title”, 2025-06-20" with the title linking to the source.
pub fn citation(source: &Source, label: &str) -> Node {
    el("p")
        .class("citation")
        .child(format!("{label}: {}, ", source.publisher))
        .child(
            el("a")
                .attr("href", source.url.clone())
                .attr("target", "_blank")
                .attr("rel", "noopener noreferrer")
                .child(format!("“{}”", source.title)),
        )
        .child(crate::core::cite::date_suffix(source.published))
        .into()
}

#[component]
pub fn Citation(source: Source, #[prop(into)] label: String) -> impl IntoView {
    render(citation(&source, &label))
}
