//! What changed: every data version, newest first, with what it added, updated (and which
//! columns) or removed. The reader's filters apply to the models still in the data; removed
//! models have no record left to filter and are always listed. A version can be chosen to mark
//! the models new or updated since it everywhere (`since=`).

use super::state::AppState;
use crate::core::date::PartialDate;
use crate::core::i18n::{fill, format_int, Msg};
use crate::core::versions::{self, releases};
use crate::core::vocab::ChangeKind;
use leptos::prelude::*;

#[component]
pub fn ChangesView() -> impl IntoView {
    let state = expect_context::<AppState>();
    let body = move || {
        let data = state.data.get();
        let lang = state.lang.get();
        let ds = &data.dataset;
        let in_selection =
            state.selection.with(|s| s.rows.iter().map(|&r| ds.models[r].id.clone()).collect::<std::collections::HashSet<_>>());
        releases(ds)
            .into_iter()
            .map(|release| {
                let counts = fill(
                    Msg::ReleaseCounts.text(lang),
                    &[
                        ("added", &format_int(release.counts[0] as u64)),
                        ("changed", &format_int(release.counts[1] as u64)),
                        ("removed", &format_int(release.counts[2] as u64)),
                    ],
                );
                let shown: Vec<_> = release.changes.iter().filter(|c| c.kind == ChangeKind::Removed || in_selection.contains(&c.model_id)).collect();
                let filtered = (shown.len() < release.changes.len())
                    .then(|| fill(Msg::ChangesFiltered.text(lang), &[("shown", &format_int(shown.len() as u64))]));
                let version = release.version.to_string();
                let rows = shown
                    .into_iter()
                    .map(|c| {
                        let name = match ds.model(&c.model_id) {
                            Some(m) => {
                                let id = m.id.clone();
                                let href = state.href(|u| u.model = Some(id.clone()));
                                let open = m.id.clone();
                                view! {
                                    <a href=href on:click=move |ev| {
                                        if super::nav::is_plain_click(&ev) {
                                            ev.prevent_default();
                                            let mut next = state.url.get_untracked();
                                            next.model = Some(open.clone());
                                            state.navigate(&next, true);
                                        }
                                    }>{super::models_table::names(m, lang).0}</a>
                                }
                                .into_any()
                            }
                            None => fill(Msg::RemovedModel.text(lang), &[("id", &c.model_id)]).into_any(),
                        };
                        view! {
                            <tr data-id=c.model_id.clone() data-change=c.kind.id()>
                                <th scope="row">{name}</th>
                                <td>{c.kind.label().text(lang)}</td>
                                <td>{c.fields.join(", ")}</td>
                            </tr>
                        }
                    })
                    .collect_view();
                view! {
                    <section class="card release" data-version=version.clone()>
                        <h2>{fill(Msg::DataVersion.text(lang), &[("version", &version)])}</h2>
                        <p class="finding" data-testid="release-counts">{counts}</p>
                        {filtered.map(|f| view! { <p class="note">{f}</p> })}
                        <div class="table-wrap" tabindex="0" role="region" aria-label=fill(Msg::DataVersion.text(lang), &[("version", &version)])>
                            <table class="models changes">
                                <thead><tr>
                                    <th scope="col">{Msg::ColName.text(lang)}</th>
                                    <th scope="col">{Msg::ColChange.text(lang)}</th>
                                    <th scope="col">{Msg::ColFields.text(lang)}</th>
                                </tr></thead>
                                <tbody>{rows}</tbody>
                            </table>
                        </div>
                    </section>
                }
            })
            .collect_view()
    };
    view! {
        <section class="changes-view" data-testid="changes-view">
            <p class="lead">{state.tr(Msg::ChangesIntro)}</p>
            <SinceChooser/>
            {body}
        </section>
    }
}

/// The version models are compared with ("new", "updated" badges and the filter).
#[component]
pub fn SinceChooser() -> impl IntoView {
    let state = expect_context::<AppState>();
    let chosen = move || state.url.with(|u| u.filters.since.map(|v| v.to_string()).unwrap_or_default());
    let options = move || {
        let data = state.data.get();
        // The current version has nothing after it to mark.
        let current = versions::current(&data.dataset);
        versions::all(&data.dataset)
            .into_iter()
            .filter(|v| Some(*v) != current)
            .map(|v| {
                let (value, text, selected) = (v.to_string(), v.to_string(), v.to_string());
                view! { <option value=value prop:selected=move || chosen() == selected>{text}</option> }
            })
            .collect_view()
    };
    view! {
        <p class="since">
            <label for="since-select">{state.tr(Msg::SinceLabel)}</label>" "
            <select id="since-select" data-testid="since-select" prop:value=chosen
                on:change=move |ev| {
                    let v = PartialDate::parse(&event_target_value(&ev));
                    state.edit_url(|u| {
                        u.filters.since = v;
                        u.filters.changed_only &= v.is_some();
                    });
                }>
                <option value="">{state.tr(Msg::SinceNone)}</option>
                {options}
            </select>
        </p>
    }
}
