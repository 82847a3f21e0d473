//! Timings of the core's hot paths, on the bundled data and on the same rows replicated to
//! 100,000. Run with
//!
//!     cargo bench --bench core -- --warm-up-time 1 --measurement-time 3
//!
//! Targets: filter + faceted counts + category aggregation ≤ 1 ms on the bundled data and
//! ≤ 50 ms on 100,000 rows.

use criterion::{criterion_group, criterion_main, BatchSize, Criterion};
use medllm_atlas::core::bundle;
use medllm_atlas::core::chart::{bar, svg, theme};
use medllm_atlas::core::dataset::{CsvFiles, Dataset};
use medllm_atlas::core::figures::category_chart;
use medllm_atlas::core::filter::{select, Filters, Index};
use medllm_atlas::core::i18n::Lang;
use medllm_atlas::core::sort::sort_rows;
use medllm_atlas::core::url_state::{self, Sort, SortField};
use std::hint::black_box;
use std::path::Path;

const REPLICA_ROWS: usize = 100_000;

/// A reader's typical selection: two categories, two developer kinds, open or unknown weights,
/// released from 2023 on.
const TYPICAL: &str = "category=medical-services,clinical-decision&kind=company,hospital&open=yes,unknown&from=2023";
/// The same with a free-text search, which scans every row's text.
const TYPICAL_SEARCH: &str = "category=medical-services,clinical-decision&kind=company,hospital&open=yes,unknown&from=2023&q=gpt";

fn bundled() -> Dataset {
    bundle::bundled().expect("bundled data parses")
}

/// The bundled rows repeated until there are `n`, ids suffixed `-r{copy}` so they stay unique.
fn replica(ds: &Dataset, n: usize) -> Dataset {
    let models = (0..)
        .flat_map(|copy| {
            ds.models.iter().map(move |m| {
                let mut m = m.clone();
                m.id = format!("{}-r{copy}", m.id);
                m
            })
        })
        .take(n)
        .collect();
    ds.with_models(models)
}

fn filters(ds: &Dataset, index: &Index, query: &str) -> Filters {
    let (state, dropped) = url_state::parse(query, ds, index);
    assert!(dropped.is_empty(), "{dropped:?}");
    state.filters
}

/// Filter, every facet's counts (one pass in `select`) and the category chart's bars.
fn filter_count_aggregate(ds: &Dataset, index: &Index, f: &Filters) -> usize {
    let sel = select(index, f, None);
    let chart = category_chart(ds, &sel, f, Lang::En);
    sel.rows.len() + chart.bars.len()
}

fn benches(c: &mut Criterion) {
    c.bench_function("bundled: decode the table build.rs compiled (bundle::bundled)", |b| b.iter(|| black_box(bundled())));
    // What start-up cost before the data was compiled at build time, and what a reader's own
    // files still cost: parsing and validating the CSV text.
    let texts = CsvFiles::read_dir(Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/data"))).expect("data/ reads");
    c.bench_function("data/*.csv: parse + validate (Dataset::from_csv)", |b| {
        b.iter(|| black_box(Dataset::from_csv(&CsvFiles::from_texts(black_box(&texts)))))
    });

    let ds = bundled();
    c.bench_function("bundled: Index::new", |b| b.iter(|| black_box(Index::new(black_box(&ds)))));

    let index = Index::new(&ds);
    for (name, query) in [("typical", TYPICAL), ("typical + search", TYPICAL_SEARCH)] {
        let f = filters(&ds, &index, query);
        c.bench_function(&format!("bundled: select + counts + category chart ({name})"), |b| {
            b.iter(|| black_box(filter_count_aggregate(&ds, &index, black_box(&f))))
        });
    }

    let f = filters(&ds, &index, TYPICAL);
    let sel = select(&index, &f, None);
    let chart = category_chart(&ds, &sel, &f, Lang::En);
    let palette = theme::palette(theme::Theme::Light);
    c.bench_function("bundled: category chart to SVG (layout + draw + render)", |b| {
        b.iter(|| {
            let layout = bar::layout(&chart, 800.0, true);
            let out = svg::render(layout.width, layout.height, &chart.title, |area| {
                bar::draw(area, &chart, &layout, &palette, svg::SVG_TEXT_SCALE)
            });
            black_box(out.len())
        })
    });

    // 100,000 rows, built once outside the timed loops.
    let big = replica(&ds, REPLICA_ROWS);
    assert_eq!(big.models.len(), REPLICA_ROWS);
    c.bench_function("100k: Index::new", |b| b.iter(|| black_box(Index::new(black_box(&big)).len())));
    let big_index = Index::new(&big);
    for (name, query) in [("typical", TYPICAL), ("typical + search", TYPICAL_SEARCH)] {
        let f = filters(&big, &big_index, query);
        c.bench_function(&format!("100k: select + counts + category chart ({name})"), |b| {
            b.iter(|| black_box(filter_count_aggregate(&big, &big_index, black_box(&f))))
        });
    }

    let all: Vec<usize> = (0..big.models.len()).collect();
    let by_name = Some(Sort { field: SortField::Name, descending: false });
    c.bench_function("100k: sort_rows by name", |b| {
        b.iter_batched_ref(|| all.clone(), |rows| sort_rows(&big, rows, by_name), BatchSize::LargeInput)
    });
}

criterion_group!(core, benches);
criterion_main!(core);
