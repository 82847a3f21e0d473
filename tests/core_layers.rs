//! The core's imports run one way: no module of `src/core` may reach itself through the
//! `crate::core::…` and `super::…` paths of its code (ARCHITECTURE.md, "Layers"). This test
//! reads those paths from the source, draws the module graph and fails on a circle, naming its
//! files and the paths that tie them. Test modules (`#[cfg(test)] mod … { … }`) are left out:
//! they may use anything, and `super::` there means the file itself.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// A module of the core: its path below `core` (`["parse", "error"]`) and its file.
#[derive(Clone, Debug)]
struct Module {
    path: Vec<String>,
    file: String,
}

/// Every `.rs` file under `dir` as a module (`x/mod.rs` is the module `x`).
fn modules(dir: &Path) -> Vec<(Module, String)> {
    fn walk(dir: &Path, prefix: &[String], out: &mut Vec<(Module, String)>) {
        let mut entries: Vec<PathBuf> = std::fs::read_dir(dir).expect("src/core is readable").map(|e| e.unwrap().path()).collect();
        entries.sort();
        for p in entries {
            let name = p.file_stem().unwrap().to_string_lossy().into_owned();
            if p.is_dir() {
                let mut next = prefix.to_vec();
                next.push(p.file_name().unwrap().to_string_lossy().into_owned());
                walk(&p, &next, out);
            } else if p.extension().is_some_and(|e| e == "rs") {
                let mut path = prefix.to_vec();
                if name != "mod" {
                    path.push(name);
                }
                let file = p.strip_prefix(env!("CARGO_MANIFEST_DIR")).unwrap_or(&p).to_string_lossy().into_owned();
                out.push((Module { path, file }, std::fs::read_to_string(&p).unwrap()));
            }
        }
    }
    let mut out = Vec::new();
    walk(dir, &[], &mut out);
    out
}

/// The source without comments and without `#[cfg(test)]` modules.
fn code_of(source: &str) -> String {
    let without_comments: String = source.lines().map(|l| l.find("//").map_or(l, |i| &l[..i])).collect::<Vec<_>>().join("\n");
    let mut code = without_comments;
    while let Some(at) = code.find("#[cfg(test)]") {
        let rest = &code[at..];
        // Only a module is cut; a `#[cfg(test)]` item of another kind ends at its own braces too.
        let Some(open) = rest.find('{') else { break };
        let mut depth = 0;
        let mut end = rest.len();
        for (i, c) in rest[open..].char_indices() {
            match c {
                '{' => depth += 1,
                '}' => {
                    depth -= 1;
                    if depth == 0 {
                        end = open + i + 1;
                        break;
                    }
                }
                _ => {}
            }
        }
        code = format!("{}{}", &code[..at], &rest[end..]);
    }
    code
}

/// The module paths (relative to `core`) that `code` of module `own` names through
/// `crate::core::…` or `super::…`, groups (`{a, b::c}`) expanded, each with the text it came from.
fn referenced_paths(code: &str, own: &[String]) -> Vec<(Vec<String>, String)> {
    let bytes = code.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < code.len() {
        let preceded_by_ident = i > 0 && (bytes[i - 1].is_ascii_alphanumeric() || bytes[i - 1] == b'_' || bytes[i - 1] == b':');
        let start = i;
        let base: Option<(Vec<String>, usize)> = if preceded_by_ident {
            None
        } else if code[i..].starts_with("crate::core::") {
            Some((Vec::new(), "crate::core::".len()))
        } else if code[i..].starts_with("super::") {
            // Each `super` is one module up (`x/mod.rs` is the module `x`, as `x.rs` would be).
            let mut parent = own.to_vec();
            let mut len = 0;
            while code[i + len..].starts_with("super::") {
                len += "super::".len();
                parent.pop();
            }
            Some((parent, len))
        } else {
            None
        };
        match base {
            Some((base, len)) => {
                let mut paths = Vec::new();
                let end = parse_tree(code, i + len, base, &mut paths);
                let text = code[start..end].split_whitespace().collect::<Vec<_>>().join(" ");
                out.extend(paths.into_iter().map(|p| (p, text.clone())));
                i = end.max(i + 1);
            }
            None => i += code[i..].chars().next().map_or(1, char::len_utf8),
        }
    }
    out
}

/// Reads a path (`a::b`, `a::{b, c::d}`, `a::*`) from `at`, pushing each full path; returns
/// where it ended.
fn parse_tree(code: &str, mut at: usize, mut prefix: Vec<String>, out: &mut Vec<Vec<String>>) -> usize {
    loop {
        at += code[at..].len() - code[at..].trim_start().len();
        if code[at..].starts_with('{') {
            at += 1;
            loop {
                at += code[at..].len() - code[at..].trim_start().len();
                if code[at..].starts_with('}') {
                    return at + 1;
                }
                at = parse_tree(code, at, prefix.clone(), out);
                at += code[at..].len() - code[at..].trim_start().len();
                if code[at..].starts_with(',') {
                    at += 1;
                }
                if at >= code.len() {
                    return at;
                }
            }
        }
        let ident_len = code[at..].find(|c: char| !(c.is_alphanumeric() || c == '_')).unwrap_or(code.len() - at);
        if ident_len == 0 {
            out.push(prefix);
            return at;
        }
        let ident = &code[at..at + ident_len];
        at += ident_len;
        if ident != "self" {
            prefix.push(ident.to_owned());
        }
        if code[at..].starts_with("::") {
            at += 2;
            continue;
        }
        out.push(prefix);
        return at;
    }
}

/// A graph of the core's modules: who imports whom, with the path texts behind each arrow.
struct Graph {
    files: BTreeMap<Vec<String>, String>,
    arrows: BTreeMap<Vec<String>, BTreeMap<Vec<String>, BTreeSet<String>>>,
}

impl Graph {
    fn of(modules: &[(Module, String)]) -> Graph {
        let files: BTreeMap<Vec<String>, String> = modules.iter().map(|(m, _)| (m.path.clone(), m.file.clone())).collect();
        let mut arrows: BTreeMap<Vec<String>, BTreeMap<Vec<String>, BTreeSet<String>>> = BTreeMap::new();
        for (m, source) in modules {
            for (path, text) in referenced_paths(&code_of(source), &m.path) {
                // The longest prefix of the path that is a module of the core.
                let target = (0..=path.len()).rev().map(|n| path[..n].to_vec()).find(|p| files.contains_key(p));
                let Some(target) = target else { continue };
                // A module naming itself, or the core's root, ties nothing.
                if target == m.path || target.is_empty() {
                    continue;
                }
                arrows.entry(m.path.clone()).or_default().entry(target).or_default().insert(text);
            }
        }
        Graph { files, arrows }
    }

    /// The circles: groups of modules that reach each other (Tarjan's strongly connected
    /// components of more than one module), each as its files and the arrows within it.
    fn circles(&self) -> Vec<String> {
        let nodes: Vec<&Vec<String>> = self.files.keys().collect();
        let position: BTreeMap<&Vec<String>, usize> = nodes.iter().enumerate().map(|(i, n)| (*n, i)).collect();
        let next: Vec<Vec<usize>> = nodes
            .iter()
            .map(|n| self.arrows.get(*n).map(|a| a.keys().filter_map(|t| position.get(t).copied()).collect()).unwrap_or_default())
            .collect();
        let mut state =
            Tarjan { index: vec![None; nodes.len()], low: vec![0; nodes.len()], on_stack: vec![false; nodes.len()], ..Default::default() };
        for v in 0..nodes.len() {
            if state.index[v].is_none() {
                state.visit(v, &next);
            }
        }
        state
            .components
            .into_iter()
            .filter(|c| c.len() > 1)
            .map(|component| {
                let members: BTreeSet<&Vec<String>> = component.iter().map(|&i| nodes[i]).collect();
                let mut text =
                    format!("{} files: {}", members.len(), members.iter().map(|m| self.files[*m].as_str()).collect::<Vec<_>>().join(", "));
                for from in &members {
                    for (to, via) in self.arrows.get(*from).into_iter().flatten().filter(|(to, _)| members.contains(to)) {
                        text.push_str(&format!(
                            "\n  {} -> {}: {}",
                            self.files[*from],
                            self.files[to],
                            via.iter().cloned().collect::<Vec<_>>().join("; ")
                        ));
                    }
                }
                text
            })
            .collect()
    }
}

#[derive(Default)]
struct Tarjan {
    counter: usize,
    index: Vec<Option<usize>>,
    low: Vec<usize>,
    on_stack: Vec<bool>,
    stack: Vec<usize>,
    components: Vec<Vec<usize>>,
}

impl Tarjan {
    fn visit(&mut self, v: usize, next: &[Vec<usize>]) {
        self.index[v] = Some(self.counter);
        self.low[v] = self.counter;
        self.counter += 1;
        self.stack.push(v);
        self.on_stack[v] = true;
        for &w in &next[v] {
            match self.index[w] {
                None => {
                    self.visit(w, next);
                    self.low[v] = self.low[v].min(self.low[w]);
                }
                Some(iw) if self.on_stack[w] => self.low[v] = self.low[v].min(iw),
                Some(_) => {}
            }
        }
        if Some(self.low[v]) == self.index[v] {
            let mut component = Vec::new();
            while let Some(w) = self.stack.pop() {
                self.on_stack[w] = false;
                component.push(w);
                if w == v {
                    break;
                }
            }
            self.components.push(component);
        }
    }
}

fn module(path: &str, file: &str, source: &str) -> (Module, String) {
    let path = if path.is_empty() { Vec::new() } else { path.split("::").map(str::to_owned).collect() };
    (Module { path, file: file.to_owned() }, source.to_owned())
}

#[test]
fn the_core_has_no_import_circle() {
    let graph = Graph::of(&modules(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src/core")));
    assert!(graph.arrows.values().map(BTreeMap::len).sum::<usize>() > 50, "the imports of src/core were not read");
    let circles = graph.circles();
    assert!(circles.is_empty(), "import circles in src/core (data must flow one way):\n{}", circles.join("\n"));
}

#[test]
fn a_circle_is_found_and_named() {
    // The three circles this test was written against (2026-12-07), in miniature.
    let graph = Graph::of(&[
        module("", "core/mod.rs", "pub mod dataset; pub mod bundle;"),
        module("dataset", "core/dataset.rs", "fn f() { super::bundle::bundled() }"),
        module("bundle", "core/bundle.rs", "use super::dataset::Dataset;\nuse super::{date::PartialDate, model::{Model, Source}};"),
        module("date", "core/date.rs", ""),
        module("model", "core/model.rs", "use super::date::PartialDate;"),
        module("parse", "core/parse/mod.rs", "mod error; mod fields; pub use error::DataError;"),
        module("parse::error", "core/parse/error.rs", "fn q(c: char) -> bool { super::fields::is_invisible_format(c) }"),
        module("parse::fields", "core/parse/fields.rs", "use super::error::{DataError, ErrorKind};\nuse crate::core::date::PartialDate;"),
        module(
            "lineage",
            "core/lineage.rs",
            "// super::search is named only in this comment\nfn f() {}\n#[cfg(test)]\nmod tests { use super::*; use crate::core::search::x; }",
        ),
    ]);
    let circles = graph.circles();
    assert_eq!(circles.len(), 2, "{circles:#?}");
    assert!(circles[0].contains("core/bundle.rs -> core/dataset.rs: super::dataset::Dataset"), "{}", circles[0]);
    assert!(circles[0].contains("core/dataset.rs -> core/bundle.rs: super::bundle::bundled"), "{}", circles[0]);
    assert!(circles[1].contains("core/parse/error.rs -> core/parse/fields.rs"), "{}", circles[1]);
    assert!(circles[1].contains("core/parse/fields.rs -> core/parse/error.rs: super::error::{DataError, ErrorKind}"), "{}", circles[1]);
    // Groups, nested groups and `crate::core::` paths draw their arrows; comments and test
    // modules draw none.
    let bundle_imports: Vec<&Vec<String>> = graph.arrows[&vec!["bundle".to_owned()]].keys().collect();
    assert_eq!(bundle_imports, [&vec!["dataset".to_owned()], &vec!["date".to_owned()], &vec!["model".to_owned()]]);
    assert!(graph.arrows[&vec!["parse".to_owned(), "fields".to_owned()]].contains_key(&vec!["date".to_owned()]));
    assert!(!graph.arrows.contains_key(&vec!["lineage".to_owned()]));
}
