//! Models side by side (`view=compare&compare=a,b,…`): a real table, the models as column headers
//! and the fields as row headers, so a screen reader names both for every cell. Rows where all
//! models agree can be hidden to let the differences stand out. The reader's filters do not hide
//! a compared model: the comparison is of what was chosen.

use super::markup::{el, render, Node};
use super::state::AppState;
use crate::core::compare::compare_rows;
use crate::core::i18n::{fill, format_int, Lang, Msg};
use crate::core::table::names;
use leptos::prelude::*;

fn comparison(state: AppState, lang: Lang, hide_agreeing: bool) -> Vec<Node> {
    let data = state.data.get();
    let ids = state.url.with(|u| u.compare.clone());
    let models: Vec<_> = ids.iter().filter_map(|id| data.dataset.model(id)).collect();
    if models.is_empty() {
        return vec![el("p").class("notice-inline").testid("compare-empty").child(Msg::CompareEmpty.text(lang)).into()];
    }
    let rows = compare_rows(&data.dataset, &models, lang);
    let hide = hide_agreeing && models.len() > 1;
    let hidden = if hide { rows.iter().filter(|r| r.agree).count() } else { 0 };
    let heads = models.iter().map(|m| {
        let name = names(m, lang).0;
        // Removing a model is a link to the comparison without it.
        let without = state.href(|u| u.compare.retain(|c| *c != m.id));
        el("th")
            .attr("scope", "col")
            .attr("data-id", m.id.clone())
            .child(
                el("a").attr("href", m.source_url.clone()).attr("target", "_blank").attr("rel", "noopener noreferrer").child(name.clone()),
            )
            .child(" ")
            .child(
                el("a")
                    .class("button small remove")
                    .nav(without, false)
                    .attr("aria-label", fill(Msg::RemoveFromComparison.text(lang), &[("name", &name)]))
                    .child("×"),
            )
    });
    let body = rows.into_iter().filter(|r| !(hide && r.agree)).map(|r| {
        el("tr")
            .attr_if("class", r.agree.then(|| "agree".to_owned()))
            .child(el("th").attr("scope", "row").child(r.field.text(lang)))
            .children(r.values.into_iter().map(|v| el("td").child(v)))
    });
    let mut out: Vec<Node> = Vec::new();
    if models.len() == 1 {
        out.push(el("p").class("notice-inline").testid("compare-one").child(Msg::CompareOne.text(lang)).into());
    }
    out.push(
        el("div")
            .class("table-wrap")
            .attr("tabindex", "0")
            .attr("role", "region")
            .attr("aria-label", Msg::ViewCompare.text(lang))
            .child(
                el("table")
                    .class("models compare")
                    .testid("compare-table")
                    .child(
                        el("thead")
                            .child(el("tr").child(el("th").attr("scope", "col").child(Msg::CompareField.text(lang))).children(heads)),
                    )
                    .child(el("tbody").children(body)),
            )
            .into(),
    );
    if hidden > 0 {
        out.push(el("p").class("note").child(fill(Msg::AgreeingHidden.text(lang), &[("n", &format_int(hidden as u64))])).into());
    }
    out
}

#[component]
pub fn CompareView() -> impl IntoView {
    let state = expect_context::<AppState>();
    let hide_agreeing = RwSignal::new(false);
    let body = move || comparison(state, state.lang.get(), hide_agreeing.get()).into_iter().map(render).collect_view();
    view! {
        <section class="compare-view" data-testid="compare-view">
            <label class="check">
                <input type="checkbox" data-testid="hide-agreeing" prop:checked=state.flag(move || hide_agreeing.get())
                    on:change=move |_| hide_agreeing.update(|h| *h = !*h)/>
                " "{state.tr(Msg::HideAgreeing)}
            </label>
            {body}
        </section>
    }
}
