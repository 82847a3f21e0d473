//! Writes the published data into the folder it is given (`scripts/postbuild.mjs` passes
//! `dist/data` in staging): every file of `data/` byte for byte and `datapackage.json`, the
//! Frictionless Data Package describing them (`core::package`). Natively only; it refuses (exit 1,
//! naming each problem) data that does not validate or that the package table does not describe.
#[cfg(not(target_arch = "wasm32"))]
fn main() {
    use medllm_atlas::core::dataset::{CsvFiles, Dataset, FILE_COUNT};
    use medllm_atlas::core::package;
    use std::path::{Path, PathBuf};

    let fail = |problems: &[String]| -> ! {
        for p in problems {
            eprintln!("datapackage: {p}");
        }
        std::process::exit(1)
    };
    let Some(out) = std::env::args_os().nth(1).map(PathBuf::from) else { fail(&["usage: datapackage <output folder>".to_owned()]) };
    let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("data");
    let mut bytes: [Vec<u8>; FILE_COUNT] = Default::default();
    let mut texts: [String; FILE_COUNT] = Default::default();
    for ((b, t), name) in bytes.iter_mut().zip(texts.iter_mut()).zip(CsvFiles::NAMES) {
        *b = std::fs::read(data.join(name)).unwrap_or_else(|e| fail(&[format!("cannot read data/{name}: {e}")]));
        *t = String::from_utf8(b.clone()).unwrap_or_else(|_| fail(&[format!("data/{name} is not UTF-8")]));
    }
    let ds = Dataset::from_csv(&CsvFiles::from_texts(&texts))
        .unwrap_or_else(|e| fail(&e.iter().map(|e| format!("data/{e}")).collect::<Vec<_>>()));
    let descriptor = package::datapackage(&ds, &std::array::from_fn(|i| bytes[i].as_slice())).unwrap_or_else(|e| fail(&e));
    let write = |name: &str, content: &[u8]| {
        std::fs::write(out.join(name), content).unwrap_or_else(|e| fail(&[format!("cannot write {}: {e}", out.join(name).display())]))
    };
    std::fs::create_dir_all(&out).unwrap_or_else(|e| fail(&[format!("cannot create {}: {e}", out.display())]));
    for (name, b) in CsvFiles::NAMES.iter().zip(&bytes) {
        write(name, b);
    }
    write(package::DESCRIPTOR, descriptor.as_bytes());
    println!("datapackage: {} files and {} in {}", FILE_COUNT, package::DESCRIPTOR, out.display());
}

#[cfg(target_arch = "wasm32")]
fn main() {}
