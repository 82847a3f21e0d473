//! The data package's table against the parsers, the vocabularies, `data/README.md` and the
//! files themselves. (That the descriptor is valid is checked by the real validator,
//! `frictionless validate`, in `scripts/test`.)

use super::*;
use crate::core::facet::{Values as FacetValues, FACETS};
use std::path::Path;

fn data_files() -> Vec<Vec<u8>> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("data");
    CsvFiles::NAMES.iter().map(|n| std::fs::read(dir.join(n)).unwrap()).collect()
}

fn as_array(files: &[Vec<u8>]) -> [&[u8]; FILE_COUNT] {
    std::array::from_fn(|i| files[i].as_slice())
}

#[test]
fn every_column_of_every_parser_is_described_and_nothing_else() {
    assert_eq!(problems(), Vec::<String>::new());
}

/// A table whose columns are `TABLES[i]`'s, changed by `edit`.
fn edited(i: usize, edit: impl FnOnce(&mut Vec<Column>)) -> Vec<Table> {
    let mut tables: Vec<Table> =
        TABLES.iter().map(|t| Table { file: t.file, description: t.description, key: t.key, columns: t.columns }).collect();
    let mut columns = tables[i].columns.to_vec();
    edit(&mut columns);
    tables[i].columns = Box::leak(columns.into_boxed_slice());
    tables
}

#[test]
fn a_forgotten_or_invented_column_is_named() {
    let models = CsvFiles::NAMES.iter().position(|n| *n == "models.csv").unwrap();
    let forgotten = problems_in(&edited(models, |c| {
        c.pop();
    }));
    assert_eq!(forgotten, vec!["models.csv: column `notes` has no description in package::TABLES"]);
    let invented = problems_in(&edited(models, |c| c.push(Column { name: "rating", ..c[0] })));
    assert_eq!(invented, vec!["models.csv: package::TABLES describes `rating`, which its parser does not read"]);
    let reordered = problems_in(&edited(models, |c| c.swap(0, 1)));
    assert_eq!(reordered.len(), 1, "{reordered:?}");
    assert!(reordered[0].starts_with("models.csv: package::TABLES lists the columns as [\"name\", \"id\""), "{reordered:?}");
}

#[test]
fn a_foreign_key_must_point_at_a_whole_key() {
    // locations.csv's `developer` names a models.csv developer, but `developer` is not unique
    // there: a foreign key to it would be a claim the validator rejects.
    let locations = CsvFiles::NAMES.iter().position(|n| *n == "locations.csv").unwrap();
    let wrong = problems_in(&edited(locations, |c| c[0] = Column { refers_to: Some(("models.csv", "developer")), ..c[0] }));
    assert_eq!(wrong, vec!["locations.csv: `developer` refers to models.csv `developer`, which is not that file's key"]);
}

#[test]
fn the_published_files_have_exactly_the_parsers_columns_and_no_byte_order_mark() {
    let files = data_files();
    assert_eq!(file_problems(&as_array(&files)), Vec::<String>::new());
    let mut bad = files.clone();
    bad[0].splice(0..0, *b"\xEF\xBB\xBF");
    let models = CsvFiles::NAMES.iter().position(|n| *n == "models.csv").unwrap();
    bad[models] = b"name,id\r\nx,y\r\n".to_vec();
    let found = file_problems(&as_array(&bad));
    assert_eq!(found.len(), 2, "{found:?}");
    assert!(found[0].starts_with("categories.csv: not UTF-8") && found[1].starts_with("models.csv: the header must be exactly `id,name,"));
}

#[test]
fn every_closed_vocabulary_of_the_facets_is_an_enum_of_a_column() {
    let enums: Vec<Vec<&str>> = TABLES
        .iter()
        .flat_map(|t| t.columns)
        .filter_map(|c| match c.values {
            Values::OneOf(v) => Some(v.iter().map(|(id, _)| *id).collect()),
            _ => None,
        })
        .collect();
    for f in &FACETS {
        if let FacetValues::Closed(values) = f.values {
            let ids: Vec<&str> = values.iter().map(|(id, _)| *id).collect();
            assert!(enums.contains(&ids), "facet `{}`: its values {ids:?} are no column's enum in package::TABLES", f.param);
        }
    }
}

#[test]
fn models_columns_are_described_in_data_readme_words() {
    let readme = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("data/README.md")).unwrap();
    let section = readme.split("## models.csv columns").nth(1).expect("data/README.md has a models.csv columns table");
    let rows: Vec<(String, String)> = section
        .lines()
        .filter_map(|l| l.strip_prefix("| `"))
        .filter_map(|l| {
            let (column, rest) = l.split_once("` |")?;
            Some((column.to_owned(), rest.split('|').next()?.trim().to_owned()))
        })
        .collect();
    let columns: Vec<&str> = rows.iter().map(|(c, _)| c.as_str()).collect();
    assert_eq!(columns, MODEL_COLUMNS, "data/README.md's table lists the columns of MODEL_COLUMNS");
    let models = TABLES.iter().find(|t| t.file == "models.csv").unwrap();
    for ((column, meaning), c) in rows.iter().zip(models.columns) {
        assert!(
            c.description.to_lowercase().starts_with(&meaning.to_lowercase()),
            "`{column}`: {:?} does not start with {meaning:?}",
            c.description
        );
    }
}

#[test]
fn the_partial_date_pattern_covers_the_years_the_parser_accepts() {
    // PARTIAL_DATE_PATTERN spells these years out.
    assert_eq!((crate::core::date::MIN_YEAR, crate::core::date::MAX_YEAR), (1990, 2100));
}

#[test]
fn the_descriptor_names_every_file_its_size_version_licence_and_keys() {
    let files = data_files();
    let ds = Dataset::from_csv(&CsvFiles::from_texts(&CsvFiles::read_dir(&Path::new(env!("CARGO_MANIFEST_DIR")).join("data")).unwrap()))
        .unwrap();
    let json = datapackage(&ds, &as_array(&files)).unwrap();
    let version = versions::current(&ds).unwrap().to_string();
    for needle in [
        format!("\"version\": \"{version}\""),
        format!("\"created\": \"{version}T00:00:00Z\""),
        "\"name\": \"CC-BY-4.0\"".to_owned(),
        format!("Credit: {}.", credit(&version)),
        "\"primaryKey\": [\"model_id\", \"function\"]".to_owned(),
        "\"enum\": [\"text\", \"image\", \"multimodal\", \"omics\"]".to_owned(),
        "\"lineTerminator\": \"\\r\\n\"".to_owned(),
        format!("\"path\": \"{}\"", survey::headline(&ds).unwrap().source.url),
    ] {
        assert!(json.contains(&needle), "datapackage.json lacks {needle}");
    }
    for (name, bytes) in CsvFiles::NAMES.iter().zip(&files) {
        assert!(json.contains(&format!("\"path\": \"{name}\",\n")), "{name}");
        assert!(json.contains(&format!("\"bytes\": {},\n", bytes.len())), "{name}: {} bytes", bytes.len());
    }
    // The only foreign keys are the ones TABLES declares: changes.csv's removed models are not in
    // models.csv, and locations.csv's developer is not a key.
    assert_eq!(json.matches("\"reference\"").count(), TABLES.iter().flat_map(|t| t.columns).filter(|c| c.refers_to.is_some()).count());
    let specialties = format!("\"pattern\": \"({})", ds.specialties.iter().map(|s| s.id.as_str()).collect::<Vec<_>>().join("|"));
    assert!(json.contains(&specialties), "the specialty pattern lists the ids of specialties.csv");
}

#[test]
fn data_links_are_beside_the_page_or_at_the_public_address_in_the_offline_copy() {
    assert_eq!(href_from(None, DESCRIPTOR, false).as_deref(), Some("data/datapackage.json"));
    assert_eq!(href_from(Some("https://example.org/atlas"), "models.csv", false).as_deref(), Some("data/models.csv"));
    assert_eq!(
        href_from(Some("https://example.org/atlas/"), "models.csv", true).as_deref(),
        Some("https://example.org/atlas/data/models.csv")
    );
    assert_eq!(href_from(None, DESCRIPTOR, true), None, "no dead link in an offline copy that does not know the address");
}
