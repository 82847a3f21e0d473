//! MedLLM Atlas: a pure core (`core`) that builds and tests natively, and a thin
//! Leptos layer (`app`) that exists only in the wasm32 build.
pub mod core;

#[cfg(target_arch = "wasm32")]
pub mod app;
