//! Prints the build-time first screen (see `core::first_screen`) for `scripts/postbuild.mjs`,
//! which writes it into `dist/index.html`. Natively only: the data is the bundled data.
#[cfg(not(target_arch = "wasm32"))]
fn main() {
    match medllm_atlas::core::bundle::bundled() {
        Ok(ds) => print!("{}", medllm_atlas::core::first_screen::first_screen(&ds)),
        Err(errors) => {
            for e in errors.iter().take(20) {
                eprintln!("first-screen: {e}");
            }
            std::process::exit(1);
        }
    }
}

#[cfg(target_arch = "wasm32")]
fn main() {}
