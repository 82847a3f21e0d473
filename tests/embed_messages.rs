//! The one-chart embed's build leaves the atlas's own messages out (`core::i18n`, the `atlas`
//! block), so every message its code can show must be in the `shared` block: the messages named
//! in `src/core` and in the app modules the embed's build compiles (`src/app/mod.rs`'s `mod`
//! lines without `#[cfg(not(feature = "embed"))]`), test modules left out. A message named there
//! but kept in the atlas block would show as an empty text in an article.

use medllm_atlas::core::i18n::Msg;
use std::collections::BTreeSet;
use std::path::Path;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// The source of `path` without its `#[cfg(test)]` module (at the end of the file).
fn code(path: &Path) -> String {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    match text.find("#[cfg(test)]") {
        Some(i) => text[..i].to_owned(),
        None => text,
    }
}

fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let p = entry.unwrap().path();
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|e| e == "rs") {
            out.push(p);
        }
    }
}

/// The app modules the embed's build compiles.
fn embed_app_modules() -> Vec<String> {
    let lines: Vec<String> = code(&root().join("src/app/mod.rs")).lines().map(str::to_owned).collect();
    let mut out = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        if let Some(name) = line.strip_prefix("mod ").and_then(|l| l.strip_suffix(';')) {
            let atlas_only = i > 0 && lines[i - 1].contains(r#"not(feature = "embed")"#);
            if !atlas_only {
                out.push(name.to_owned());
            }
        }
    }
    out
}

/// Every `Msg::Name` in `text`, and the label idents of the vocabularies' `=> Name` entries.
fn named(text: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for part in text.split("Msg::").skip(1) {
        let name: String = part.chars().take_while(|c| c.is_ascii_alphanumeric()).collect();
        if name.starts_with(|c: char| c.is_ascii_uppercase()) {
            out.insert(name);
        }
    }
    out
}

#[test]
fn every_message_the_embed_can_show_is_shared() {
    let mut files = Vec::new();
    rust_files(&root().join("src/core"), &mut files);
    let modules = embed_app_modules();
    assert!(modules.contains(&"chart_card".to_owned()) && !modules.contains(&"models_table".to_owned()), "{modules:?}");
    files.extend(modules.iter().map(|m| root().join(format!("src/app/{m}.rs"))));
    files.push(root().join("src/app/mod.rs"));
    let mut used = BTreeSet::new();
    for f in &files {
        used.extend(named(&code(f)));
    }
    // The vocabularies name their labels without the `Msg::` prefix.
    let vocab = code(&root().join("src/core/vocab.rs"));
    for part in vocab.split("=> ").skip(1) {
        let name: String = part.chars().take_while(|c| c.is_ascii_alphanumeric()).collect();
        if name.starts_with(|c: char| c.is_ascii_uppercase()) {
            used.insert(name);
        }
    }
    let shared: BTreeSet<String> = Msg::SHARED.iter().map(|m| format!("{m:?}")).collect();
    let all: BTreeSet<String> = Msg::ALL.iter().map(|m| format!("{m:?}")).collect();
    let missing: Vec<&String> = used.iter().filter(|n| all.contains(*n) && !shared.contains(*n)).collect();
    assert!(missing.is_empty(), "named by code the embed compiles, but in the atlas block of core::i18n: {missing:?}");
    assert!(shared.len() < all.len(), "the atlas keeps messages of its own");
}

#[test]
fn the_check_sees_a_message_named_in_code() {
    assert_eq!(named("x(Msg::AppTitle); Msg::FacetKind.text(l); msg::lower"), ["AppTitle", "FacetKind"].map(String::from).into());
}
