//! Validates `data/*.csv` at build time and writes the validated data as the compact table the
//! app decodes at start-up (`core::bundle`). A problem in a data file fails the build, naming
//! the file, line and column, exactly as the tests and a reader's own CSV are told.
//!
//! The build script compiles the same `core` the app uses (the parser, the validation, the
//! encoder), so there is one definition of what valid data is.

#[allow(dead_code, unused_imports)]
#[path = "src/core/mod.rs"]
mod core;

use std::path::Path;

fn main() {
    println!("cargo::rerun-if-changed=data");
    println!("cargo::rerun-if-changed=src/core");
    // Set for the library only: the build script's own copy of `core` has no bundle to include.
    println!("cargo::rustc-cfg=atlas_bundle");
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let texts = match core::dataset::CsvFiles::read_dir(&root.join("data")) {
        Ok(t) => t,
        Err(e) => fail(&[format!("cannot read data/: {e}")]),
    };
    let dataset = match core::dataset::Dataset::from_csv(&core::dataset::CsvFiles::from_texts(&texts)) {
        Ok(ds) => ds,
        Err(errors) => fail(&errors.iter().map(|e| format!("data/{e}")).collect::<Vec<_>>()),
    };
    // The one-chart embed's build carries only what its charts read (core::bundle::for_embeds).
    println!("cargo::rerun-if-env-changed=CARGO_FEATURE_EMBED");
    let dataset = if std::env::var_os("CARGO_FEATURE_EMBED").is_some() { core::bundle::for_embeds(dataset) } else { dataset };
    let out = Path::new(&std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR")).join("bundle.bin");
    if let Err(e) = std::fs::write(&out, core::bundle::encode(&dataset)) {
        fail(&[format!("cannot write {}: {e}", out.display())]);
    }
}

/// Prints every problem (each on its own line, as `file: line L, column C: message`) and stops.
fn fail(problems: &[String]) -> ! {
    eprintln!("{} problem(s) in the bundled data:", problems.len());
    for p in problems {
        eprintln!("  {p}");
    }
    std::process::exit(1)
}
