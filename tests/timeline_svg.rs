//! The release timeline, checked on the SVG its draw function produces (the same function paints
//! the canvas on screen).

mod common;

use common::{attr, attr_str, texts};
use medllm_atlas::core::bundle;
use medllm_atlas::core::chart::{svg, theme, timeline as tl};
use medllm_atlas::core::dataset::Dataset;
use medllm_atlas::core::figures::timeline_chart;
use medllm_atlas::core::filter::{select, Filters, Index};
use medllm_atlas::core::i18n::{format_int, Lang};
use medllm_atlas::core::timeline::{timeline, MonthCount, Timeline};

fn render(chart: &tl::TimelineChart, width: f64) -> String {
    let layout = tl::layout(chart, width, true);
    let palette = theme::palette(theme::Theme::Light);
    svg::render(layout.width, layout.height, &chart.title, |area| tl::draw(area, chart, &layout, &palette, svg::SVG_TEXT_SCALE))
}

fn full_timeline(ds: &Dataset) -> Timeline {
    let index = Index::new(ds);
    let sel = select(&index, &Filters::default(), None);
    timeline(ds, &sel.rows)
}

/// A hand-made timeline: `months` from January of `year`, with the running total filled in.
fn synthetic(year: u16, counts: &[usize], year_only: Vec<(u16, usize)>, undated: usize) -> Timeline {
    let mut cumulative = 0;
    let months = counts
        .iter()
        .enumerate()
        .map(|(i, &count)| {
            cumulative += count;
            MonthCount { year: year + (i / 12) as u16, month: (i % 12) as u8 + 1, count, cumulative }
        })
        .collect();
    Timeline { months, year_only, undated }
}

#[derive(Debug)]
struct Rect {
    x: f64,
    y: f64,
    w: f64,
    h: f64,
}

/// Filled rectangles in the column colour, in document order.
fn column_rects(svg: &str) -> Vec<Rect> {
    let fill = format!("fill=\"{}\"", theme::hex(theme::palette(theme::Theme::Light).bar));
    svg.lines()
        .filter(|l| l.starts_with("<rect") && l.contains(&fill))
        .map(|l| Rect { x: attr(l, "x"), y: attr(l, "y"), w: attr(l, "width"), h: attr(l, "height") })
        .collect()
}

/// Points of every polyline stroked in `color`.
fn polylines(svg: &str, color: plotters::style::RGBColor) -> Vec<Vec<(f64, f64)>> {
    let stroke = format!("stroke=\"{}\"", theme::hex(color));
    svg.lines()
        .filter(|l| l.starts_with("<polyline") && l.contains(&stroke))
        .map(|l| {
            attr_str(l, "points")
                .unwrap()
                .split_whitespace()
                .map(|p| {
                    let (x, y) = p.split_once(',').unwrap();
                    (x.parse().unwrap(), y.parse().unwrap())
                })
                .collect()
        })
        .collect()
}

fn strings(svg: &str) -> Vec<String> {
    texts(svg).into_iter().map(|t| t.s).collect()
}

#[test]
fn one_column_per_month_with_releases_in_month_order_and_height_by_count() {
    let ds = bundle::bundled().unwrap();
    let t = full_timeline(&ds);
    assert!(t.months.len() > 12, "the bundled data spans more than a year of months");
    let chart = timeline_chart(&t, Lang::En);
    for width in [360.0, 800.0] {
        let svg = render(&chart, width);
        let rects = column_rects(&svg);
        let nonzero: Vec<(usize, usize)> = t.months.iter().enumerate().filter(|(_, m)| m.count > 0).map(|(i, m)| (i, m.count)).collect();
        assert_eq!(rects.len(), nonzero.len(), "at {width}px");
        // All columns stand on one baseline.
        let base = rects[0].y + rects[0].h;
        assert!(rects.iter().all(|r| (r.y + r.h - base).abs() <= 1.0), "{rects:?}");
        // Heights follow the counts (within a pixel of rounding).
        let (tallest, max_count) = rects.iter().zip(&nonzero).map(|(r, &(_, n))| (r.h, n)).max_by_key(|&(_, n)| n).unwrap();
        let per_model = tallest / max_count as f64;
        for (r, &(i, n)) in rects.iter().zip(&nonzero) {
            assert!((r.h - n as f64 * per_model).abs() <= 1.0, "month {i}: height {} for {n} models ({per_model} px each)", r.h);
        }
        // Left to right in month order, each at its month's slot (empty months keep their place).
        let (first, last) = (nonzero[0].0, nonzero[nonzero.len() - 1].0);
        let slot = (rects[rects.len() - 1].x - rects[0].x) / (last - first) as f64;
        assert!(slot > 0.0);
        for (r, &(i, _)) in rects.iter().zip(&nonzero) {
            let expected = rects[0].x + (i - first) as f64 * slot;
            assert!((r.x - expected).abs() <= 1.0, "month {i} at x={} not {expected}", r.x);
            assert!(r.w >= 1.0 && r.w <= slot, "column width {} for slot {slot}", r.w);
        }
        assert!(rects.windows(2).all(|p| p[0].x + p[0].w <= p[1].x), "columns overlap at {width}px");
        assert!(rects.iter().all(|r| r.x >= 0.0 && r.x + r.w <= width), "a column is off the canvas at {width}px");
    }
}

#[test]
fn the_cumulative_line_rises_to_the_plot_top_and_is_labelled_with_the_total() {
    let ds = bundle::bundled().unwrap();
    let t = full_timeline(&ds);
    let chart = timeline_chart(&t, Lang::En);
    let svg = render(&chart, 800.0);
    let lines: Vec<Vec<(f64, f64)>> =
        polylines(&svg, theme::palette(theme::Theme::Light).highlight).into_iter().filter(|l| l.len() == t.months.len()).collect();
    assert_eq!(lines.len(), 1, "one cumulative line with a point per month");
    let line = &lines[0];
    assert!(line.windows(2).all(|p| p[0].0 < p[1].0 && p[1].1 <= p[0].1), "the line runs left to right and never falls: {line:?}");
    let rects = column_rects(&svg);
    let plot_top = rects.iter().map(|r| r.y).fold(f64::INFINITY, f64::min);
    let base = rects[0].y + rects[0].h;
    let (last_x, last_y) = line[line.len() - 1];
    assert!((last_y - plot_top).abs() <= 1.0, "the total ends at {last_y}, the tallest month reaches {plot_top}");
    // Each point sits over its month, at its share of the total.
    let last_rect = &rects[rects.len() - 1];
    assert!((last_x - (last_rect.x + last_rect.w / 2.0)).abs() <= 1.5, "last point x {last_x} vs last column {last_rect:?}");
    let total = t.month_dated() as f64;
    for (p, m) in line.iter().zip(&t.months) {
        let expected = base - m.cumulative as f64 / total * (base - plot_top);
        assert!((p.1 - expected).abs() <= 1.5, "{}-{}: y {} not {expected}", m.year, m.month, p.1);
    }
    // The right scale names the total at the top.
    let total_label = format_int(t.month_dated() as u64);
    let right = texts(&svg).into_iter().find(|x| x.s == total_label && x.x > last_x).expect("total on the right scale");
    assert!((right.y - plot_top).abs() <= 1.0, "total label at y={} but plot top at {plot_top}", right.y);
}

#[test]
fn year_only_counts_are_written_not_drawn_as_january() {
    let ds = bundle::bundled().unwrap();
    let t = full_timeline(&ds);
    assert!(!t.year_only.is_empty(), "the bundled data has rows dated only by year");
    let chart = timeline_chart(&t, Lang::En);
    let svg = render(&chart, 800.0);
    let all = strings(&svg);
    for (year, n) in &t.year_only {
        let expected = format!("{year}: {n} dated only by year");
        assert!(all.contains(&expected), "{expected:?} not in {all:?}");
    }
    // The columns add up to the month-dated rows alone.
    let rects = column_rects(&svg);
    let max_count = t.months.iter().map(|m| m.count).max().unwrap();
    let tallest = rects.iter().map(|r| r.h).fold(0.0, f64::max);
    let drawn: usize = rects.iter().map(|r| (r.h / tallest * max_count as f64).round() as usize).sum();
    assert_eq!(drawn, t.month_dated());

    // A January present in the months: its column holds its own releases only.
    let t = synthetic(2023, &[1, 0, 2], vec![(2023, 5)], 0);
    let chart = timeline_chart(&t, Lang::En);
    let svg = render(&chart, 600.0);
    let rects = column_rects(&svg);
    assert_eq!(rects.len(), 2);
    assert!((rects[0].h * 2.0 - rects[1].h).abs() <= 1.0, "January {} vs March {}", rects[0].h, rects[1].h);
    assert!(strings(&svg).contains(&"2023: 5 dated only by year".to_owned()));
}

#[test]
fn the_notes_account_for_month_dated_year_only_and_undated_rows() {
    let ds = bundle::bundled().unwrap();
    let t = full_timeline(&ds);
    assert!(t.undated > 0, "the bundled data has undated rows");
    assert_eq!(t.month_dated() + t.year_only_total() + t.undated, ds.models.len());
    let chart = timeline_chart(&t, Lang::En);
    let joined = strings(&render(&chart, 800.0)).join(" ");
    let expected = format!(
        "Per month: {} models with a month-precise date. {} more are dated only by year and {} have no date",
        t.month_dated(),
        t.year_only_total(),
        t.undated
    );
    assert!(joined.contains(&expected), "{expected:?} not in {joined}");
    assert!(joined.contains("Source: MedLLM Atlas records"), "{joined}");
}

/// Every two texts on one row leave each other room, and all stay on the canvas.
fn assert_no_overlap(svg: &str, width: f64, what: &str) {
    let mut all = texts(svg);
    all.sort_by(|a, b| a.y.total_cmp(&b.y).then(a.x.total_cmp(&b.x)));
    for t in &all {
        let (l, r) = t.extent();
        assert!(l >= -0.5 && r <= width + 0.5, "{what}: {:?} runs off the {width}px canvas ({l}..{r})", t.s);
    }
    for pair in all.windows(2) {
        let (a, b) = (&pair[0], &pair[1]);
        if (a.y - b.y).abs() < a.size.max(b.size) * 0.9 {
            assert!(a.extent().1 <= b.extent().0, "{what}: {:?} {:?} overlaps {:?} {:?}", a.s, a.extent(), b.s, b.extent());
        }
    }
}

#[test]
fn axis_labels_never_overlap_even_at_phone_width() {
    let ds = bundle::bundled().unwrap();
    let t = full_timeline(&ds);
    let short = synthetic(2024, &[3, 1, 0, 4, 2], vec![], 0);
    let long = synthetic(2010, &[1; 180], vec![(2012, 3)], 2);
    for lang in [Lang::En, Lang::Zh] {
        for (name, tl_) in [("bundled", &t), ("five months", &short), ("fifteen years", &long)] {
            let chart = timeline_chart(tl_, lang);
            for width in [360.0, 800.0, 1200.0] {
                let svg = render(&chart, width);
                assert_no_overlap(&svg, width, &format!("{name} {lang:?} at {width}px"));
            }
        }
    }
    // Labels are thinned, not dropped altogether: at 360px the bundled years are all named.
    let chart = timeline_chart(&t, Lang::En);
    let all = strings(&render(&chart, 360.0));
    let (y0, y1) = (t.months[0].year, t.months[t.months.len() - 1].year);
    for y in y0..=y1 {
        assert!(all.contains(&y.to_string()), "{y} not labelled at 360px: {all:?}");
    }
    // Five months fit a name each.
    let chart = timeline_chart(&short, Lang::En);
    let all = strings(&render(&chart, 360.0));
    for m in ["Jan", "Feb", "Mar", "Apr", "May"] {
        assert!(all.contains(&m.to_owned()), "{m} missing: {all:?}");
    }
}

#[test]
fn an_empty_timeline_says_so() {
    let chart = timeline_chart(&Timeline::default(), Lang::En);
    let svg = render(&chart, 400.0);
    assert!(column_rects(&svg).is_empty());
    assert!(strings(&svg).contains(&"No models match the current filters.".to_owned()), "{svg}");
    let layout = tl::layout(&chart, 400.0, false);
    assert!(layout.columns.is_empty() && layout.line.is_empty());

    // Rows exist but none is dated to the month: say that, and still count the years.
    let chart = timeline_chart(&synthetic(2023, &[], vec![(2023, 2)], 1), Lang::En);
    let all = strings(&render(&chart, 400.0));
    assert!(all.contains(&chart.empty_message) && chart.empty_message != "No models match the current filters.", "{all:?}");
    assert!(all.contains(&"2023: 2 dated only by year".to_owned()), "{all:?}");
}

#[test]
fn chinese_labels_are_written_in_full() {
    let ds = bundle::bundled().unwrap();
    let t = full_timeline(&ds);
    let chart = timeline_chart(&t, Lang::Zh);
    let march = chart.columns.iter().position(|c| c.year == 2024 && c.month == 3).expect("March 2024 in range");
    assert_eq!(chart.columns[march].key, "2024-03");
    assert_eq!(chart.columns[march].label, "2024年3月");
    assert!(chart.columns[march].detail.starts_with("2024年3月："), "{}", chart.columns[march].detail);
    for width in [360.0, 1200.0] {
        let all = strings(&render(&chart, width));
        // Every year with a quarter's months or more is named (a short first or last year may
        // give its room to the next one).
        for y in t.months[0].year..=t.months[t.months.len() - 1].year {
            if t.months.iter().filter(|m| m.year == y).count() >= 3 {
                assert!(all.contains(&format!("{y}年")), "{y}年 missing at {width}px: {all:?}");
            }
        }
        for (year, n) in &t.year_only {
            let expected = format!("{year}年：{n}个仅知年份");
            assert!(all.contains(&expected), "{expected:?} missing at {width}px: {all:?}");
        }
        // Month names on the axis are whole ("4月"), never cut to a digit.
        let months: Vec<&String> = all.iter().filter(|s| s.ends_with('月') && s.chars().count() <= 3).collect();
        assert!(!months.is_empty() || width < 400.0, "no month names at {width}px");
        assert!(months.iter().all(|s| s.trim_end_matches('月').parse::<u8>().is_ok_and(|m| (1..=12).contains(&m))), "{months:?}");
        let joined = all.join("");
        assert!(joined.contains(&format!("另有{}个仅知年份、{}个没有日期", t.year_only_total(), t.undated)), "{joined}");
        assert!(joined.contains("每月发布的模型数（本图鉴）"));
    }
}
