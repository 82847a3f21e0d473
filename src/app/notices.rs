//! The notice naming link parameters that were not applied. Dismissing it rewrites the address
//! to its canonical form (without them), so the notice is derived state, never stored.

use super::state::AppState;
use crate::core::i18n::Msg;
use crate::core::labels;
use leptos::prelude::*;

#[component]
pub fn Notices() -> impl IntoView {
    let state = expect_context::<AppState>();
    move || {
        let dropped = state.dropped();
        (!dropped.is_empty()).then(|| {
            view! {
                <div class="notice" role="status" data-testid="url-notice">
                    <p>{state.t(Msg::NoticeDropped)}</p>
                    <ul>
                        {dropped.into_iter().map(|d| view! {
                            <li><code>{format!("{}={}", d.param, d.value)}</code>" — "{state.t(labels::drop_reason(d.reason))}</li>
                        }).collect_view()}
                    </ul>
                    <button type="button" class="dismiss" on:click=move |_| { let s = state.url.get_untracked(); state.navigate(&s, false) }>
                        {state.t(Msg::Dismiss)}
                    </button>
                </div>
            }
        })
    }
}
