//! Checks on the build configuration that would otherwise fail late (in the browser build, or
//! silently as a bigger bundle).

use std::fs;
use std::path::Path;

fn read(path: &str) -> String {
    fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(path)).unwrap()
}

fn lock_version(lock: &str, name: &str) -> String {
    let key = format!("name = \"{name}\"\nversion = \"");
    let start = lock.find(&key).unwrap_or_else(|| panic!("{name} not in Cargo.lock")) + key.len();
    lock[start..].split('"').next().unwrap().to_owned()
}

#[test]
fn trunk_pins_the_wasm_bindgen_of_cargo_lock() {
    let lock = read("Cargo.lock");
    let trunk = read("Trunk.toml");
    let want = lock_version(&lock, "wasm-bindgen");
    assert!(trunk.contains(&format!("wasm_bindgen = \"{want}\"")), "Trunk.toml must pin wasm_bindgen = \"{want}\" (Cargo.lock)");
}

#[test]
fn release_profile_is_built_for_size() {
    let cargo = read("Cargo.toml");
    let profile = cargo.split("[profile.release]").nth(1).expect("a [profile.release] section");
    let profile = profile.split("\n[").next().unwrap();
    for line in ["opt-level = \"z\"", "lto = true", "codegen-units = 1", "panic = \"abort\""] {
        assert!(profile.contains(line), "[profile.release] lacks {line}");
    }
    let plotters = cargo.lines().find(|l| l.starts_with("plotters =")).unwrap();
    assert!(plotters.contains("default-features = false"), "{plotters}");
}

#[test]
fn core_never_names_browser_crates() {
    fn walk(dir: &Path, out: &mut Vec<String>) {
        for entry in fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                walk(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let text = fs::read_to_string(&path).unwrap();
                for (i, line) in text.lines().enumerate() {
                    let code = line.split("//").next().unwrap();
                    for name in ["leptos", "web_sys", "gloo", "plotters_canvas", "wasm_bindgen", "js_sys"] {
                        if code.contains(&format!("{name}::")) || code.contains(&format!("use {name}")) {
                            out.push(format!("{}:{}: {}", path.display(), i + 1, line.trim()));
                        }
                    }
                }
            }
        }
    }
    let mut hits = Vec::new();
    walk(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src/core"), &mut hits);
    assert!(hits.is_empty(), "the pure core must not use browser crates:\n{}", hits.join("\n"));
}
