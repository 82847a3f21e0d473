//! What changed: every data version, newest first, with what it added, updated (and which
//! columns) or removed. The reader's filters apply to the models still in the data; removed
//! models have no record left to filter and are always listed. A version can be chosen to mark
//! the models new or updated since it everywhere (`since=`).

use super::markup::{el, render, Node};
use super::state::AppState;
use crate::core::date::PartialDate;
use crate::core::i18n::{fill, format_int, Lang, Msg};
use crate::core::table::names;
use crate::core::versions::{self, releases};
use crate::core::vocab::ChangeKind;
use leptos::prelude::*;
use std::collections::HashSet;

/// The releases as content: a section per version with its counts and a table of its changes.
fn releases_markup(state: AppState, lang: Lang) -> Vec<Node> {
    let data = state.data.get();
    let ds = &data.dataset;
    let in_selection = state.selection.with(|s| s.rows.iter().map(|&r| ds.models[r].id.clone()).collect::<HashSet<_>>());
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
            let shown: Vec<_> =
                release.changes.iter().filter(|c| c.kind == ChangeKind::Removed || in_selection.contains(&c.model_id)).collect();
            // A removed model matches no filter: it is listed anyway and not counted as within them.
            let removed = shown.iter().filter(|c| c.kind == ChangeKind::Removed).count();
            let filtered = (shown.len() < release.changes.len()).then(|| {
                let note = if removed == 0 { Msg::ChangesFiltered } else { Msg::ChangesFilteredRemoved };
                let counts = [("within", format_int((shown.len() - removed) as u64)), ("removed", format_int(removed as u64))];
                fill(note.text(lang), &counts.iter().map(|(k, v)| (*k, v.as_str())).collect::<Vec<_>>())
            });
            let title = fill(Msg::DataVersion.text(lang), &[("version", &release.version.to_string())]);
            let rows = shown.into_iter().map(|c| {
                let name: Node = match ds.model(&c.model_id) {
                    Some(m) => el("a").nav(state.href(|u| u.model = Some(m.id.clone())), true).child(names(m, lang).0).into(),
                    None => fill(Msg::RemovedModel.text(lang), &[("id", &c.model_id)]).into(),
                };
                el("tr")
                    .attr("data-id", c.model_id.clone())
                    .attr("data-change", c.kind.id())
                    .child(el("th").attr("scope", "row").child(name))
                    .child(el("td").child(c.kind.label().text(lang)))
                    .child(el("td").child(c.fields.join(", ")))
            });
            let head = el("tr")
                .child(el("th").attr("scope", "col").child(Msg::ColName.text(lang)))
                .child(el("th").attr("scope", "col").child(Msg::ColChange.text(lang)))
                .child(el("th").attr("scope", "col").child(Msg::ColFields.text(lang)));
            el("section")
                .class("card release")
                .attr("data-version", release.version.to_string())
                .child(el("h2").child(title.clone()))
                .child(el("p").class("finding").testid("release-counts").child(counts))
                .children(filtered.map(|f| el("p").class("note").child(f)))
                .child(
                    el("div")
                        .class("table-wrap")
                        .attr("tabindex", "0")
                        .attr("role", "region")
                        .attr("aria-label", title)
                        .child(el("table").class("models changes").child(el("thead").child(head)).child(el("tbody").children(rows))),
                )
                .into()
        })
        .collect()
}

#[component]
pub fn ChangesView() -> impl IntoView {
    let state = expect_context::<AppState>();
    let body = move || releases_markup(state, state.lang.get()).into_iter().map(render).collect_view();
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
