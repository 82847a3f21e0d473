//! What backs the data: for each listed source, the rows and survey figures it supports; for the
//! model rows, how many rest on primary, news or secondary pages and on which sites.

use super::dataset::Dataset;
use super::facet::Facet;
use super::figures::category_name;
use super::i18n::Lang;
use super::lineage::{families_of, NOT_STATED};
use super::model::{Location, Model, Source};

/// A document of `sources.csv` and what cites it.
#[derive(Clone, Debug, PartialEq)]
pub struct SourceUse<'a> {
    pub source: &'a Source,
    /// Ids of model rows whose `source_id` is this source.
    pub models: Vec<&'a str>,
    /// Survey figure metrics citing it.
    pub figures: Vec<&'a str>,
    pub quotes: usize,
    /// Categories whose survey count it gives.
    pub categories: Vec<&'a str>,
}

pub fn source_uses(ds: &Dataset) -> Vec<SourceUse<'_>> {
    ds.sources
        .iter()
        .map(|s| SourceUse {
            source: s,
            models: ds.models.iter().filter(|m| m.source_id.as_deref() == Some(&s.id)).map(|m| m.id.as_str()).collect(),
            figures: ds.figures.iter().filter(|f| f.source_id == s.id).map(|f| f.metric.as_str()).collect(),
            quotes: ds.quotes.iter().filter(|q| q.source_id == s.id).count(),
            categories: ds.categories.iter().filter(|c| c.source_id.as_deref() == Some(&s.id)).map(|c| c.id.as_str()).collect(),
        })
        .collect()
}

/// Each function of `m` with the name of its category (the atlas's classification), or `None`
/// when the functions are not classified (a reader's own file).
pub fn functions_with_categories(ds: &Dataset, m: &Model, lang: Lang) -> Vec<(String, Option<String>)> {
    m.functions
        .iter()
        .enumerate()
        .map(|(i, f)| {
            let category = m.function_categories.get(i).and_then(|c| ds.category(c)).map(|c| category_name(c, lang).to_owned());
            (f.clone(), category)
        })
        .collect()
}

/// The names of the families `m`'s published base belongs to (the atlas's reading); empty when
/// no base is stated. "Other base" when the text names none.
pub fn families(ds: &Dataset, m: &Model, lang: Lang) -> Vec<String> {
    families_of(&m.base_model, &ds.base_families)
        .into_iter()
        .filter(|id| *id != NOT_STATED)
        .map(|id| Facet::BuiltOn.value_label(id, ds, lang))
        .collect()
}

/// Where a location places its developer, in words: "Hangzhou, Zhejiang" / "Hangzhou（浙江）"; the
/// city alone when it is the province (Beijing, Shanghai, Hong Kong).
pub fn place(ds: &Dataset, location: &Location, lang: Lang) -> String {
    let province = ds.province_name(&location.province, lang);
    let same = ds.province(&location.province).is_some_and(|p| p.name_en == location.city);
    match lang {
        _ if same => province,
        Lang::En => format!("{}, {province}", location.city),
        Lang::Zh => format!("{}{}", location.city, lang.aside(&province)),
    }
}

/// The pages that place the developers of the models at `rows` (`locations.csv`): sources of
/// the atlas like the model rows' own.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct LocationPages {
    /// Distinct pages.
    pub pages: usize,
    /// Developers they place.
    pub developers: usize,
    /// Models at `rows` whose developer is placed.
    pub models: usize,
    /// Pages per site, most first (ties by host).
    pub sites: Vec<(String, usize)>,
}

pub fn location_pages(ds: &Dataset, rows: &[usize]) -> LocationPages {
    let mut out = LocationPages::default();
    let mut developers: Vec<&str> = Vec::new();
    let mut pages: Vec<&str> = Vec::new();
    for m in rows.iter().filter_map(|&i| ds.models.get(i)) {
        let Some(l) = ds.location_of(&m.developer) else { continue };
        out.models += 1;
        if !developers.contains(&l.developer.as_str()) {
            developers.push(&l.developer);
        }
        if !pages.contains(&l.source_url.as_str()) {
            pages.push(&l.source_url);
            match out.sites.iter_mut().find(|(h, _)| h == host(&l.source_url)) {
                Some((_, n)) => *n += 1,
                None => out.sites.push((host(&l.source_url).to_owned(), 1)),
            }
        }
    }
    out.pages = pages.len();
    out.developers = developers.len();
    out.sites.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    out
}

/// Rows per source kind among `rows`, indexed like `SourceKind::ALL`.
pub fn by_source_kind(ds: &Dataset, rows: &[usize]) -> [usize; 3] {
    let mut out = [0; 3];
    for &i in rows {
        if let Some(m) = ds.models.get(i) {
            out[m.source_kind.index()] += 1;
        }
    }
    out
}

/// The host of an http(s) address, without a leading `www.`.
pub fn host(url: &str) -> &str {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    let host = rest.split(['/', '?', '#']).next().unwrap_or(rest);
    let host = host.rsplit_once('@').map_or(host, |(_, h)| h);
    host.strip_prefix("www.").unwrap_or(host)
}

/// Model rows among `rows` grouped by the site of their source address, most rows first.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SiteCount {
    pub host: String,
    pub rows: usize,
    /// Indexed like `SourceKind::ALL`.
    pub by_kind: [usize; 3],
}

pub fn sites(ds: &Dataset, rows: &[usize]) -> Vec<SiteCount> {
    let mut out: Vec<SiteCount> = Vec::new();
    for &i in rows {
        let Some(m) = ds.models.get(i) else { continue };
        let h = host(&m.source_url);
        let pos = match out.iter().position(|s| s.host == h) {
            Some(p) => p,
            None => {
                out.push(SiteCount { host: h.to_owned(), rows: 0, by_kind: [0; 3] });
                out.len() - 1
            }
        };
        out[pos].rows += 1;
        out[pos].by_kind[m.source_kind.index()] += 1;
    }
    out.sort_by(|a, b| b.rows.cmp(&a.rows).then_with(|| a.host.cmp(&b.host)));
    out
}

/// The sites behind the most rows (`shown` of them), and the others summed: how many sites and
/// how many rows they stand for, so nothing drops out of the count.
pub fn top_sites(ds: &Dataset, rows: &[usize], shown: usize) -> (Vec<SiteCount>, Option<(usize, usize)>) {
    let mut all = sites(ds, rows);
    let rest: Vec<SiteCount> = all.split_off(shown.min(all.len()));
    let rest = (!rest.is_empty()).then(|| (rest.len(), rest.iter().map(|s| s.rows).sum()));
    (all, rest)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hosts_are_read_from_addresses() {
        assert_eq!(host("https://www.vcbeathealth.com/article/32221"), "vcbeathealth.com");
        assert_eq!(host("http://en.people.cn/n3/x.html"), "en.people.cn");
        assert_eq!(host("https://github.com/a/b?x=1#y"), "github.com");
        assert_eq!(host("https://user@huggingface.co/x"), "huggingface.co");
    }

    #[test]
    fn every_bundled_row_is_counted_once_by_kind_and_by_site() {
        let ds = crate::core::bundle::bundled().unwrap();
        let rows: Vec<usize> = (0..ds.models.len()).collect();
        assert_eq!(by_source_kind(&ds, &rows).iter().sum::<usize>(), ds.models.len());
        assert_eq!(sites(&ds, &rows).iter().map(|s| s.rows).sum::<usize>(), ds.models.len());
        let (top, rest) = top_sites(&ds, &rows, 25);
        let (other_sites, other_rows) = rest.expect("more than 25 sites");
        assert_eq!(top.len(), 25);
        assert_eq!(other_sites, sites(&ds, &rows).len() - 25);
        assert_eq!(top.iter().map(|s| s.rows).sum::<usize>() + other_rows, ds.models.len(), "the rest is summed, not dropped");
        assert_eq!(top_sites(&ds, &rows, 10_000).1, None);
        let uses = source_uses(&ds);
        let survey = uses.iter().find(|u| u.source.id == "vcbeat-2025-06-homogenization").unwrap();
        assert!(survey.figures.contains(&"models_surveyed"));
        assert_eq!(survey.categories, vec!["medical-services"]);
    }

    #[test]
    fn location_pages_count_each_page_and_developer_once() {
        let ds = crate::core::bundle::bundled().unwrap();
        let rows: Vec<usize> = (0..ds.models.len()).collect();
        let pages = location_pages(&ds, &rows);
        let distinct = |f: fn(&Location) -> &str| ds.locations.iter().map(f).collect::<std::collections::BTreeSet<_>>().len();
        assert_eq!(pages.developers, ds.locations.len(), "every location places a developer of the models");
        assert_eq!(pages.pages, distinct(|l| l.source_url.as_str()));
        assert_eq!(pages.sites.iter().map(|s| s.1).sum::<usize>(), pages.pages);
        assert_eq!(pages.models, ds.models.iter().filter(|m| ds.location_of(&m.developer).is_some()).count());
        assert_eq!(location_pages(&ds, &[]), LocationPages::default());
    }

    #[test]
    fn a_place_names_the_city_and_its_province_once() {
        let ds = crate::core::bundle::bundled().unwrap();
        let mut l = ds.locations[0].clone();
        let p = ds.province(&l.province).unwrap().clone();
        l.city = "Somewhere".into();
        assert_eq!(place(&ds, &l, Lang::En), format!("Somewhere, {}", p.name_en));
        assert_eq!(place(&ds, &l, Lang::Zh), format!("Somewhere（{}）", p.name_zh));
        l.city = p.name_en.clone();
        assert_eq!(place(&ds, &l, Lang::En), p.name_en);
        assert_eq!(place(&ds, &l, Lang::Zh), p.name_zh);
    }
}
