//! Publishing: the toolbar (CSV downloads, embed and cite dialogs, the one-file offline copy),
//! and embed mode's footer and height messages to the host page.

use super::browser;
use super::citation::Citation;
use super::copy::CopyBlock;
use super::state::AppState;
use crate::core::active::active_filters;
use crate::core::export::{file_name, models_csv, survey_csv};
use crate::core::i18n::Msg;
use crate::core::labels;
use crate::core::survey::headline;
use crate::core::{cite, html, versions};
use leptos::html::{Dialog, Div};
use leptos::prelude::*;

/// The script a host page adds once: it sets each atlas frame's height from its messages.
pub const HOST_SCRIPT: &str = r#"<script>
addEventListener("message", function (e) {
  if (!e.data || e.data.type !== "medllm-atlas:height") return;
  document.querySelectorAll("iframe").forEach(function (f) {
    if (f.contentWindow === e.source) f.style.height = e.data.height + "px";
  });
});
</script>"#;

#[component]
pub fn Toolbar() -> impl IntoView {
    let state = expect_context::<AppState>();
    let embed_dialog = NodeRef::<Dialog>::new();
    let cite_dialog = NodeRef::<Dialog>::new();
    let open = move |d: NodeRef<Dialog>| {
        if let Some(el) = d.get() {
            let _ = el.show_modal();
        }
    };
    let view_id = move || state.url.with(|u| u.view.id());
    let download_models = move |_| {
        let data = state.data.get_untracked();
        // The comparison downloads the models compared, in their order; every other view its rows.
        let compared: Vec<usize> = state.url.with_untracked(|u| {
            if u.view == crate::core::url_state::View::Compare {
                u.compare.iter().filter_map(|id| data.dataset.models.iter().position(|m| &m.id == id)).collect()
            } else {
                Vec::new()
            }
        });
        let text = if compared.is_empty() {
            state.sorted_rows.with_untracked(|rows| models_csv(&data.dataset, rows))
        } else {
            models_csv(&data.dataset, &compared)
        };
        browser::download_text(&file_name("models", view_id(), &browser::today(), "csv"), "text/csv;charset=utf-8", &text);
    };
    let download_survey = move |_| {
        let data = state.data.get_untracked();
        browser::download_text(&file_name("survey", "", &browser::today(), "csv"), "text/csv;charset=utf-8", &survey_csv(&data.dataset));
    };
    view! {
        <div class="toolbar" data-testid="toolbar">
            <button type="button" data-testid="download-models" on:click=download_models>{state.tr(Msg::DownloadModelsCsv)}</button>
            <button type="button" data-testid="download-survey" on:click=download_survey>{state.tr(Msg::DownloadSurveyCsv)}</button>
            <button type="button" data-testid="open-embed" aria-haspopup="dialog" on:click=move |_| open(embed_dialog)>{state.tr(Msg::EmbedButton)}</button>
            <button type="button" data-testid="open-cite" aria-haspopup="dialog" on:click=move |_| open(cite_dialog)>{state.tr(Msg::CiteButton)}</button>
            <a class="button" href="medllm-atlas-offline.html" download="medllm-atlas-offline.html" data-testid="save-offline">{state.tr(Msg::SaveOffline)}</a>
            <super::user_file::OpenCsv/>
        </div>
        <EmbedDialog dialog=embed_dialog/>
        <CiteDialog dialog=cite_dialog/>
    }
}

/// A native modal dialog: Escape and the close button close it; focus returns to the opener.
#[component]
fn DialogFrame(dialog: NodeRef<Dialog>, title: Msg, testid: &'static str, children: Children) -> impl IntoView {
    let state = expect_context::<AppState>();
    let title_id = format!("{testid}-title");
    let labelled_by = title_id.clone();
    view! {
        <dialog node_ref=dialog class="dialog" data-testid=testid aria-labelledby=labelled_by>
            <div class="dialog-head">
                <h2 id=title_id>{state.tr(title)}</h2>
                <button type="button" class="close" aria-label=state.tr(Msg::Close)
                    on:click=move |_| { if let Some(d) = dialog.get() { d.close(); } }>"×"</button>
            </div>
            {children()}
        </dialog>
    }
}

#[component]
fn EmbedDialog(dialog: NodeRef<Dialog>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let frame = move || {
        let src = format!("{}{}", browser::page_base(), state.href(|u| u.embed = true));
        let title = format!("MedLLM Atlas — {}", state.t(labels::view(state.url.with(|u| u.view))));
        format!(
            "<iframe src=\"{}\" title=\"{}\" loading=\"lazy\" width=\"100%\" height=\"600\" style=\"border:0\"></iframe>",
            html::escape(&src),
            html::escape(&title)
        )
    };
    view! {
        <DialogFrame dialog=dialog title=Msg::EmbedTitle testid="embed-dialog">
            <p>{state.tr(Msg::EmbedHelp)}</p>
            <label class="code-label" for="embed-frame">{state.tr(Msg::EmbedFrameLabel)}</label>
            <textarea id="embed-frame" readonly=true rows="4" data-testid="embed-frame" prop:value=frame></textarea>
            <label class="code-label" for="embed-script">{state.tr(Msg::EmbedScriptLabel)}</label>
            <textarea id="embed-script" readonly=true rows="8" data-testid="embed-script" prop:value=HOST_SCRIPT></textarea>
        </DialogFrame>
    }
}

#[component]
fn CiteDialog(dialog: NodeRef<Dialog>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let citations = Memo::new(move |_| {
        let data = state.data.get();
        let lang = state.lang.get();
        let (view, filters) = state.url.with(|u| (u.view, active_filters(&u.filters, &data.dataset, lang)));
        let filters = if filters.is_empty() {
            String::new()
        } else {
            let labels: Vec<String> = filters.into_iter().map(|(_, l)| l).collect();
            lang.aside(&lang.clauses(&labels))
        };
        let url = format!("{}{}", browser::page_base(), state.href(|u| u.embed = false));
        let today = browser::today();
        let access = cite::Access { version: versions::current(&data.dataset), url: &url, accessed: &today };
        cite::view(labels::view(view).text(lang), &filters, &access, lang)
    });
    let survey = move || state.data.with(|d| headline(&d.dataset).map(|h| cite::source_line(h.source)));
    view! {
        <DialogFrame dialog=dialog title=Msg::CiteTitle testid="cite-dialog">
            <h3>{state.tr(Msg::CiteAtlasLabel)}</h3>
            <CitationForms citations=citations testid="cite-atlas"/>
            <h3>{state.tr(Msg::CiteSurveyLabel)}</h3>
            <p class="cite-text" data-testid="cite-survey">{survey}</p>
        </DialogFrame>
    }
}

/// A citation in its three forms, each with a Copy button.
#[component]
pub fn CitationForms(citations: Memo<cite::Citations>, testid: &'static str) -> impl IntoView {
    let (plain, bibtex, gbt) = match testid {
        "cite-model" => ("cite-model", "cite-model-bibtex", "cite-model-gbt"),
        _ => ("cite-atlas", "cite-atlas-bibtex", "cite-atlas-gbt"),
    };
    view! {
        <CopyBlock label=Msg::CitePlain text=Signal::derive(move || citations.with(|c| c.plain.clone())) testid=plain/>
        <CopyBlock label=Msg::CiteBibtex text=Signal::derive(move || citations.with(|c| c.bibtex.clone())) testid=bibtex rows=9/>
        <CopyBlock label=Msg::CiteGbt text=Signal::derive(move || citations.with(|c| c.gbt.clone())) testid=gbt/>
    }
}

/// Embed mode's footer: the citation and a link to the full atlas with the same state.
#[component]
pub fn EmbedFooter() -> impl IntoView {
    let state = expect_context::<AppState>();
    let source = move || state.data.with(|d| headline(&d.dataset).map(|h| h.source.clone()));
    view! {
        <footer class="embed-footer" data-testid="embed-footer">
            {move || source().map(|s| view! { <Citation source=s label=state.t(Msg::SourceLabel)/> })}
            <p class="note" data-testid="embed-version">{move || state.data.with(|d| versions::summary(&d.dataset, state.lang.get()))}</p>
            <a href=move || state.href(|u| u.embed = false) target="_blank" rel="noopener" data-testid="open-in-atlas">
                {state.tr(Msg::OpenInAtlas)}" ↗"
            </a>
        </footer>
    }
}

/// Wraps embed mode's content and posts its height to the host page whenever it changes.
#[component]
pub fn HeightReporter(children: Children) -> impl IntoView {
    let root = NodeRef::<Div>::new();
    let (_, height) = super::observe::element_size(root);
    Effect::new(move |_| {
        let h = height.get();
        if h > 0.0 && browser::in_frame() {
            browser::post_height(h);
        }
    });
    view! { <div class="embed-root" node_ref=root>{children()}</div> }
}
