//! Prints the build-time first screens (see `core::first_screen`) for `scripts/postbuild.mjs`:
//! with no argument the atlas's (written into `dist/index.html`); with `--embed`, one for every
//! chart card, each after a line `<!--chart:ID-->` (written into `dist/embed/<ID>.html`).
//! Natively only: the data is the bundled data.
#[cfg(not(target_arch = "wasm32"))]
fn main() {
    use medllm_atlas::core::{cards::CARDS, first_screen};
    let ds = match medllm_atlas::core::bundle::bundled() {
        Ok(ds) => ds,
        Err(errors) => {
            for e in errors.iter().take(20) {
                eprintln!("first-screen: {e}");
            }
            std::process::exit(1);
        }
    };
    if std::env::args().nth(1).as_deref() == Some("--embed") {
        for d in &CARDS {
            println!("<!--chart:{}-->", d.param);
            println!("{}", first_screen::embed_screen(&ds, d.id));
        }
    } else {
        print!("{}", first_screen::first_screen(&ds));
    }
}

#[cfg(target_arch = "wasm32")]
fn main() {}
