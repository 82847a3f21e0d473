//! Entry point of the browser build: everything lives in the library (`medllm_atlas::app`).
#[cfg(target_arch = "wasm32")]
fn main() {
    medllm_atlas::app::boot();
}

/// Natively there is no app to run: the native build exists for tests and benchmarks.
#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("MedLLM Atlas runs in the browser: build it with `trunk build --release` (see README.md).");
}
