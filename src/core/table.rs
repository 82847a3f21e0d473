//! What the models table shows of a model, as text: which sortable fields are its columns, the
//! text of each cell, and the functions as one short cell. No markup (`app::models_table`).

use super::dataset::Dataset;
use super::figures::category_name;
use super::i18n::{fill, format_date, format_int, Lang, Msg};
use super::model::Model;
use super::provenance::host;
use super::url_state::SortField;

/// What an empty cell shows.
pub const EMPTY: &str = "—";

/// Functions named in the short cell before the rest is counted: two fit beside the other
/// columns at 1,024 px; the full list is in the provenance panel.
pub const FUNCTIONS_SHOWN: usize = 2;

/// The sortable fields that are columns of the table, in `SortField::ALL`'s order. Input
/// (modality) is not one: with it the row no longer fits one line at 1,024 px. It stays sortable
/// (`sort=modality`) and is shown in the provenance panel.
pub fn columns() -> impl Iterator<Item = SortField> {
    SortField::ALL.into_iter().filter(|f| *f != SortField::Modality)
}

/// The name in the reader's language first, and the other one (when it differs) to show beside it.
pub fn names(m: &Model, lang: Lang) -> (String, Option<String>) {
    match lang {
        _ if m.name_zh.is_empty() || m.name_zh == m.name => (m.name.clone(), None),
        Lang::Zh => (m.name_zh.clone(), Some(m.name.clone())),
        Lang::En => (m.name.clone(), Some(m.name_zh.clone())),
    }
}

/// The text of `m`'s cell in the column of `field`, in `lang`; `EMPTY` where the data says nothing.
pub fn cell(ds: &Dataset, m: &Model, field: SortField, lang: Lang) -> String {
    let text = match field {
        SortField::Name => names(m, lang).0,
        SortField::Developer => m.developer.clone(),
        SortField::Kind => m.developer_kind.label().text(lang).to_owned(),
        SortField::Category => ds.category(&m.category).map(|c| category_name(c, lang).to_owned()).unwrap_or_default(),
        SortField::Specialty => lang.list(&m.specialties.iter().map(|s| ds.specialty_name(s, lang)).collect::<Vec<_>>()),
        SortField::Modality => m.modality.map(|x| x.label().text(lang).to_owned()).unwrap_or_default(),
        SortField::Released => m.released.map(|d| format_date(d, lang)).unwrap_or_default(),
        SortField::Open => m.open_weights.label().text(lang).to_owned(),
        SortField::Province => ds.province_of(m).map(|p| ds.province_name(p, lang)).unwrap_or_default(),
    };
    if text.is_empty() {
        EMPTY.to_owned()
    } else {
        text
    }
}

/// The functions as a short cell: the first few, and apart from them the count of the rest
/// ("Medical Q&A · triage", " · +3"), so a cell too narrow for the first part keeps the count.
pub fn functions_short(m: &Model, lang: Lang) -> (String, String) {
    if m.functions.is_empty() {
        return (EMPTY.to_owned(), String::new());
    }
    lang.list_head(&m.functions, FUNCTIONS_SHOWN)
}

/// How many functions `m` has, as a card shows it: "3 functions", "1 function".
pub fn functions_count(m: &Model, lang: Lang) -> String {
    match m.functions.len() {
        1 => Msg::FunctionsCountOne.text(lang).to_owned(),
        n => fill(Msg::FunctionsCount.text(lang), &[("n", &format_int(n as u64))]),
    }
}

/// Everything a row of the table shows of one model, in one language: what a row slot is
/// rewritten with when the model it shows changes (`app::models_table`, which adds the labels
/// of its controls: their messages are the atlas's own, not the embed's).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RowTexts {
    pub id: String,
    /// The name in the reader's language, and the other one beside it.
    pub primary: String,
    pub secondary: Option<String>,
    pub source_url: String,
    /// The site of the source address, the source link's tooltip.
    pub site: String,
    /// The cells after the name, in `columns()`' order.
    pub cells: Vec<(SortField, String)>,
    /// The release date as `<time datetime>` takes it.
    pub released: Option<String>,
    pub functions_head: String,
    pub functions_rest: String,
    pub functions_count: String,
}

impl RowTexts {
    pub fn of(ds: &Dataset, m: &Model, lang: Lang) -> Self {
        let (primary, secondary) = names(m, lang);
        let (functions_head, functions_rest) = functions_short(m, lang);
        RowTexts {
            id: m.id.clone(),
            source_url: m.source_url.clone(),
            site: host(&m.source_url).to_owned(),
            cells: columns().filter(|f| *f != SortField::Name).map(|f| (f, cell(ds, m, f, lang))).collect(),
            released: m.released.map(|d| d.to_string()),
            functions_head,
            functions_rest,
            functions_count: functions_count(m, lang),
            primary,
            secondary,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::bundle::bundled;

    fn items(n: usize) -> Vec<String> {
        ["Medical Q&A", "triage", "report drafting", "follow-up", "education"][..n].iter().map(|s| (*s).to_owned()).collect()
    }

    #[test]
    fn a_list_head_names_the_first_items_and_counts_the_rest_in_each_language() {
        let check = |n: usize, lang: Lang, head: &str, rest: &str| {
            assert_eq!(lang.list_head(&items(n), FUNCTIONS_SHOWN), (head.to_owned(), rest.to_owned()), "{n} items in {lang:?}");
        };
        check(5, Lang::En, "Medical Q&A · triage", " · +3");
        check(3, Lang::En, "Medical Q&A · triage", " · +1");
        check(2, Lang::En, "Medical Q&A · triage", "");
        check(1, Lang::En, "Medical Q&A", "");
        check(0, Lang::En, "", "");
        // 中文: the enumeration mark of `Lang::list`, and "5 in all" rather than "+3".
        check(5, Lang::Zh, "Medical Q&A、triage", "等5项");
        check(2, Lang::Zh, "Medical Q&A、triage", "");
    }

    #[test]
    fn every_bundled_model_has_a_text_in_every_column_and_a_short_functions_cell() {
        let ds = bundled().unwrap();
        for lang in [Lang::En, Lang::Zh] {
            for m in &ds.models {
                for f in SortField::ALL {
                    assert!(!cell(&ds, m, f, lang).is_empty(), "{} {f:?} {lang:?}", m.id);
                }
                let (head, rest) = functions_short(m, lang);
                assert_eq!(head == EMPTY, m.functions.is_empty(), "{}", m.id);
                assert_eq!(rest.is_empty(), m.functions.len() <= FUNCTIONS_SHOWN, "{}", m.id);
                assert!(m.functions.iter().take(FUNCTIONS_SHOWN).all(|f| head.contains(f.as_str())), "{}", m.id);
            }
        }
    }

    #[test]
    fn cells_read_the_data_and_say_so_when_it_is_empty() {
        let ds = bundled().unwrap();
        let undated = ds.models.iter().find(|m| m.released.is_none()).expect("an undated model");
        assert_eq!(cell(&ds, undated, SortField::Released, Lang::En), EMPTY);
        let several = ds.models.iter().find(|m| m.specialties.len() > 1).expect("a model with several specialties");
        let names: Vec<String> = several.specialties.iter().map(|s| ds.specialty_name(s, Lang::Zh)).collect();
        assert_eq!(cell(&ds, several, SortField::Specialty, Lang::Zh), names.join("、"));
        let m = &ds.models[0];
        assert_eq!(cell(&ds, m, SortField::Developer, Lang::Zh), m.developer);
        assert_eq!(functions_count(m, Lang::En), format!("{} functions", m.functions.len()).replace("1 functions", "1 function"));
        assert!(!columns().any(|f| f == SortField::Modality), "Input is not a column");
        assert_eq!(columns().next(), Some(SortField::Name), "the name comes first");
    }

    #[test]
    fn a_rows_texts_are_its_cells_in_column_order_and_name_the_model_in_its_labels() {
        let ds = bundled().unwrap();
        for lang in [Lang::En, Lang::Zh] {
            for m in &ds.models {
                let row = RowTexts::of(&ds, m, lang);
                let fields: Vec<SortField> = row.cells.iter().map(|(f, _)| *f).collect();
                assert_eq!(fields, columns().skip(1).collect::<Vec<_>>(), "{}", m.id);
                assert!(row.cells.iter().all(|(f, text)| *text == cell(&ds, m, *f, lang)), "{}", m.id);
                assert_eq!(row.primary, names(m, lang).0, "{}", m.id);
                assert_eq!(row.released.is_some(), m.released.is_some(), "{}", m.id);
                assert!(m.source_url.contains(&row.site), "{}", m.id);
            }
        }
    }

    #[test]
    fn names_put_the_readers_language_first() {
        let mut m = bundled().unwrap().models[0].clone();
        (m.name, m.name_zh) = ("Hydrogen Ion".into(), "氢离子".into());
        assert_eq!(names(&m, Lang::En), ("Hydrogen Ion".into(), Some("氢离子".into())));
        assert_eq!(names(&m, Lang::Zh), ("氢离子".into(), Some("Hydrogen Ion".into())));
        // Regression: in 中文 a model whose two names are the same showed the name twice.
        m.name_zh = m.name.clone();
        assert_eq!(names(&m, Lang::Zh), ("Hydrogen Ion".into(), None));
        m.name_zh.clear();
        assert_eq!(names(&m, Lang::Zh), ("Hydrogen Ion".into(), None));
    }
}
