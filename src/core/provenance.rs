//! What backs the data: for each listed source, the rows and survey figures it supports; for the
//! model rows, how many rest on primary, news or secondary pages and on which sites.

use super::dataset::Dataset;
use super::facet::Facet;
use super::figures::category_name;
use super::i18n::Lang;
use super::lineage::{families_of, NOT_STATED};
use super::model::{Model, Source};

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
}
