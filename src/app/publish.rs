//! Publishing: the toolbar (CSV downloads, embed and cite dialogs, the one-file offline copy).
//! Embed mode's footer and height messages are in `embed`.

use super::browser;
use super::copy::CopyBlock;
use super::state::AppState;
use crate::core::active::active_filters;
use crate::core::cards::{heading, CardId};
use crate::core::export::{file_name, models_csv, survey_csv};
use crate::core::i18n::{fill, Msg};
use crate::core::labels;
use crate::core::survey::headline;
use crate::core::url_state::{encode, UrlState};
use crate::core::{cite, html, versions};
use leptos::html::Dialog;
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
    let embed_open = RwSignal::new(false);
    let cite_dialog = NodeRef::<Dialog>::new();
    let cite_open = RwSignal::new(false);
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
            <button type="button" data-testid="open-embed" aria-haspopup="dialog" on:click=move |_| { embed_open.set(true); open(embed_dialog) }>{state.tr(Msg::EmbedButton)}</button>
            <button type="button" data-testid="open-cite" aria-haspopup="dialog" on:click=move |_| { cite_open.set(true); open(cite_dialog) }>{state.tr(Msg::CiteButton)}</button>
            <a class="button" href="medllm-atlas-offline.html" download="medllm-atlas-offline.html" data-testid="save-offline">{state.tr(Msg::SaveOffline)}</a>
            <super::user_file::OpenCsv/>
        </div>
        <EmbedDialog dialog=embed_dialog open=embed_open/>
        <CiteDialog dialog=cite_dialog open=cite_open/>
    }
}

/// A native modal dialog: Escape and the close button close it; focus returns to the opener.
/// `open`, if given, follows whether it is open.
#[component]
fn DialogFrame(
    dialog: NodeRef<Dialog>,
    title: Msg,
    testid: &'static str,
    #[prop(optional)] open: Option<RwSignal<bool>>,
    children: Children,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let title_id = format!("{testid}-title");
    let labelled_by = title_id.clone();
    view! {
        <dialog node_ref=dialog class="dialog" data-testid=testid aria-labelledby=labelled_by
            on:close=move |_| if let Some(o) = open { o.set(false) }>
            <div class="dialog-head">
                <h2 id=title_id>{state.tr(title)}</h2>
                <button type="button" class="close" aria-label=state.tr(Msg::Close)
                    on:click=move |_| { if let Some(d) = dialog.get() { d.close(); } }>"×"</button>
            </div>
            {children()}
        </dialog>
    }
}

/// The Embed dialog: the whole view or one of its charts (by title), the frame's height measured
/// at the width the editor gives (so the article's first paint needs no resize), the snippet with
/// a Copy button, and the host page's script.
#[component]
fn EmbedDialog(dialog: NodeRef<Dialog>, open: RwSignal<bool>) -> impl IntoView {
    let state = expect_context::<AppState>();
    // `None`: the whole view.
    let choice = RwSignal::new(None::<CardId>);
    let width = RwSignal::new(DEFAULT_FRAME_WIDTH);
    let measured = RwSignal::new(None::<(u32, u32)>);
    // The cards of the view change with it; a choice that is not among them is the whole view.
    let cards = Memo::new(move |_| CardId::of_view(state.view.get()));
    let chosen = Memo::new(move |_| choice.get().filter(|c| cards.with(|cs| cs.contains(c))));
    // A chart is its page of the one-chart embed build (`embed/<chart>.html`, a fraction of the
    // atlas's download) with the view's filters; the whole view is the atlas in embed mode.
    // Made while the dialog is open only: closed, a filter change has nothing to do here.
    let src = Memo::new(move |_| match open.get().then(|| chosen.get()) {
        None => String::new(),
        Some(chosen) => match chosen {
            Some(c) => {
                let next = state.url.with(|u| UrlState { embed: false, chart: None, ..u.for_embed(Some(c)) });
                format!("{}embed/{}.html{}", browser::page_dir(), c.def().param, encode(&next))
            }
            None => format!("{}{}", browser::page_base(), encode(&state.url.with(|u| u.for_embed(None)))),
        },
    });
    // Measure while the dialog is open: the embed itself, loaded at the width in a frame out of
    // sight, says how tall it is (the same message the host page's script listens to).
    let generation = StoredValue::new(0u32);
    Effect::new(move |_| {
        let (address, w) = (src.get(), width.get());
        if !open.get() {
            return;
        }
        let this = generation.get_value().wrapping_add(1);
        generation.set_value(this);
        measured.set(None);
        browser::measure_embed(&address, w, move |h| {
            if generation.try_get_value() == Some(this) {
                measured.try_set(Some((w, h)));
            }
        });
    });
    let title = move || {
        let lang = state.lang.get();
        let name = match chosen.get() {
            Some(c) => heading(c, lang),
            None => state.t(labels::view(state.view.get())).to_owned(),
        };
        format!("MedLLM Atlas — {name}")
    };
    let frame = Signal::derive(move || {
        let height = measured.get().map_or(FALLBACK_FRAME_HEIGHT, |(_, h)| h);
        format!(
            "<iframe src=\"{}\" title=\"{}\" loading=\"lazy\" width=\"100%\" height=\"{height}\" style=\"border:0\"></iframe>",
            html::escape(&src.get()),
            html::escape(&title())
        )
    });
    let height_line = move || match measured.get() {
        Some((w, h)) => fill(state.t(Msg::EmbedHeight), &[("width", &w.to_string()), ("height", &h.to_string())]),
        None => state.t(Msg::EmbedMeasuring).to_owned(),
    };
    let set_width = move |ev: leptos::ev::Event| {
        if let Ok(w) = event_target_value(&ev).parse::<u32>() {
            width.set(w.clamp(280, 1600));
        }
    };
    let option = move |value: Option<CardId>, label: Signal<String>| {
        view! {
            <label class="check">
                <input type="radio" name="embed-what" value=value.map_or("", |c| c.def().param)
                    prop:checked=move || chosen.get() == value on:change=move |_| choice.set(value)/>
                " "{label}
            </label>
        }
    };
    view! {
        <DialogFrame dialog=dialog title=Msg::EmbedTitle testid="embed-dialog" open=open>
            <p>{state.tr(Msg::EmbedHelp)}</p>
            <fieldset class="embed-choice" data-testid="embed-choice">
                <legend>{state.tr(Msg::EmbedWhat)}</legend>
                {option(None, state.text(move || fill(state.t(Msg::EmbedThisView), &[("view", state.t(labels::view(state.view.get())))])))}
                {move || cards.get().into_iter().map(|c| option(Some(c), state.text(move || heading(c, state.lang.get())))).collect_view()}
            </fieldset>
            <p class="embed-width">
                <label for="embed-width">{state.tr(Msg::EmbedWidth)}</label>" "
                <input id="embed-width" type="number" min="280" max="1600" step="10" prop:value=move || width.get().to_string()
                    on:change=set_width/>
            </p>
            <p class="note" data-testid="embed-height" role="status">{height_line}</p>
            <CopyBlock label=Msg::EmbedFrameLabel text=frame testid="embed-frame" rows=4/>
            <CopyBlock label=Msg::EmbedScriptLabel text=Signal::derive(|| HOST_SCRIPT.to_owned()) testid="embed-script" rows=8/>
        </DialogFrame>
    }
}

/// The width an embed's height is measured at until the editor gives another (an article column).
const DEFAULT_FRAME_WIDTH: u32 = 640;
/// The snippet's height before the measurement is in.
const FALLBACK_FRAME_HEIGHT: u32 = 600;

#[component]
fn CiteDialog(dialog: NodeRef<Dialog>, open: RwSignal<bool>) -> impl IntoView {
    let state = expect_context::<AppState>();
    // Made while the dialog is open only: closed, a filter change has nothing to do here.
    let citations = Memo::new(move |_| {
        if !open.get() {
            return cite::Citations::default();
        }
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
        <DialogFrame dialog=dialog title=Msg::CiteTitle testid="cite-dialog" open=open>
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
