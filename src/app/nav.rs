//! The view tabs and the language switch: real links (so they open in new tabs and can be
//! copied) whose plain clicks navigate in place.

use super::state::AppState;
use crate::core::i18n::{Lang, Msg};
use crate::core::labels;
use crate::core::url_state::View;
use leptos::prelude::*;

/// True for a plain left click, which the app handles itself; modified clicks stay the browser's.
pub fn is_plain_click(ev: &leptos::ev::MouseEvent) -> bool {
    ev.button() == 0 && !ev.ctrl_key() && !ev.meta_key() && !ev.shift_key() && !ev.alt_key()
}

#[component]
pub fn Tabs() -> impl IntoView {
    let state = expect_context::<AppState>();
    view! {
        <nav class="tabs" aria-label=state.tr(Msg::ViewsLabel)>
            <ul>
                {View::ALL.into_iter().filter(|v| v.tabbed()).map(|v| {
                    let current = move || state.view.get() == v;
                    view! {
                        <li>
                            <a href=state.text(move || state.href(|u| { u.open_view(v); })) data-nav="push"
                                aria-current=move || current().then_some("page")
                                data-view=v.id()>
                                {state.tr(labels::view(v))}
                            </a>
                        </li>
                    }
                }).collect_view()}
            </ul>
        </nav>
    }
}

#[component]
pub fn LangSwitch() -> impl IntoView {
    let state = expect_context::<AppState>();
    let other = move || if state.lang.get() == Lang::Zh { Lang::En } else { Lang::Zh };
    view! {
        <a class="lang-switch" data-testid="lang-switch"
            href=state.text(move || { let l = other(); state.href(|u| u.lang = Some(l)) }) data-nav="replace"
            hreflang=move || other().id()
            lang=move || other().id()
            aria-label=state.tr(Msg::LanguageSwitchLabel)>
            {state.tr(Msg::LanguageSwitch)}
        </a>
    }
}
