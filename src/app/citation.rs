//! A citation line linking to its source: publisher, title, date.

use crate::core::model::Source;
use leptos::prelude::*;

#[component]
pub fn Citation(source: Source, #[prop(into)] label: String) -> impl IntoView {
    let date = crate::core::cite::date_suffix(source.published);
    view! {
        <p class="citation">
            {label}": "{source.publisher}", "
            <a href=source.url target="_blank" rel="noopener noreferrer">"“"{source.title}"”"</a>
            {date}
        </p>
    }
}
