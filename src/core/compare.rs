//! Models side by side: one row per field, one value per model, in the reader's language. A field
//! no source states reads "not stated", never blank and never guessed; each row says whether all
//! the models agree, so the view can fold the rows that tell nothing apart.

use super::dataset::Dataset;
use super::figures::category_name;
use super::i18n::{fill, format_date, Lang, Msg};
use super::model::Model;
use super::provenance::{families, functions_with_categories};

/// One field of the compared models.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CompareRow {
    pub field: Msg,
    /// One text per model, in the order compared.
    pub values: Vec<String>,
    /// Every model has the same value.
    pub agree: bool,
}

/// The rows comparing `models`, in the provenance panel's order of fields.
pub fn compare_rows(ds: &Dataset, models: &[&Model], lang: Lang) -> Vec<CompareRow> {
    let not_stated = Msg::NotStated.text(lang);
    let or_not_stated = |s: String| if s.trim().is_empty() { not_stated.to_owned() } else { s };
    type Field<'f> = (Msg, Box<dyn Fn(&Model) -> String + 'f>);
    let fields: Vec<Field<'_>> = vec![
        (Msg::ColDeveloper, Box::new(|m: &Model| m.developer.clone())),
        (Msg::ColKind, Box::new(|m: &Model| m.developer_kind.label().text(lang).to_owned())),
        (Msg::FieldPartners, Box::new(|m: &Model| or_not_stated(lang.clauses(&m.partners)))),
        (
            Msg::ColCategory,
            Box::new(|m: &Model| ds.category(&m.category).map_or_else(|| m.category.clone(), |c| category_name(c, lang).to_owned())),
        ),
        (
            Msg::FieldFunctions,
            Box::new(|m: &Model| {
                let functions: Vec<String> = functions_with_categories(ds, m, lang)
                    .into_iter()
                    .map(|(f, c)| c.map_or_else(|| f.clone(), |c| format!("{f}{}", lang.aside(&c))))
                    .collect();
                lang.clauses(&functions)
            }),
        ),
        (Msg::ColSpecialty, Box::new(|m: &Model| lang.list(&m.specialties.iter().map(|s| ds.specialty_name(s, lang)).collect::<Vec<_>>()))),
        (Msg::ColModality, Box::new(|m: &Model| m.modality.map_or_else(|| not_stated.to_owned(), |x| x.label().text(lang).to_owned()))),
        (
            Msg::FieldBuiltOn,
            Box::new(|m: &Model| {
                let f = families(ds, m, lang);
                let base = or_not_stated(m.base_model.clone());
                if f.is_empty() {
                    base
                } else {
                    let families = fill(Msg::NamedValue.text(lang), &[("name", Msg::FieldFamilies.text(lang)), ("value", &lang.list(&f))]);
                    format!("{base}{}", lang.aside(&families))
                }
            }),
        ),
        (
            Msg::FieldParams,
            Box::new(|m: &Model| {
                m.params_b.as_ref().map_or_else(|| not_stated.to_owned(), |p| fill(Msg::FieldParamsValue.text(lang), &[("n", p)]))
            }),
        ),
        (Msg::ColOpen, Box::new(|m: &Model| m.open_weights.label().text(lang).to_owned())),
        (Msg::FieldReleased, Box::new(|m: &Model| m.released.map_or_else(|| not_stated.to_owned(), |d| format_date(d, lang)))),
        (Msg::FieldSource, Box::new(|m: &Model| format!("{}{}", m.source_url, lang.aside(m.source_kind.label().text(lang))))),
    ];
    fields
        .into_iter()
        .map(|(field, value)| {
            let values: Vec<String> = models.iter().map(|m| value(m)).collect();
            let agree = values.windows(2).all(|w| w[0] == w[1]);
            CompareRow { field, values, agree }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unstated_fields_read_not_stated_and_agreement_is_marked() {
        let ds = crate::core::bundle::bundled().unwrap();
        let mut a = ds.models[0].clone();
        a.partners.clear();
        a.modality = None;
        a.base_model.clear();
        a.params_b = None;
        a.released = None;
        let mut b = a.clone();
        b.developer = "Someone else".into();
        let rows = compare_rows(&ds, &[&a, &b], Lang::En);
        let row = |f: Msg| rows.iter().find(|r| r.field == f).unwrap();
        for f in [Msg::FieldPartners, Msg::ColModality, Msg::FieldBuiltOn, Msg::FieldParams, Msg::FieldReleased] {
            assert_eq!(row(f).values, ["not stated by the source"; 2], "{f:?}");
            assert!(row(f).agree);
        }
        assert!(!row(Msg::ColDeveloper).agree);
        assert!(rows.iter().all(|r| r.values.iter().all(|v| !v.trim().is_empty())), "no blank cell");
        assert_eq!(rows.len(), 12);
    }

    #[test]
    fn chinese_cells_use_chinese_punctuation() {
        let ds = crate::core::bundle::bundled().unwrap();
        let m = ds.models.iter().find(|m| !families(&ds, m, Lang::Zh).is_empty() && m.specialties.len() > 1).unwrap();
        let rows = compare_rows(&ds, &[m, m], Lang::Zh);
        let row = |f: Msg| &rows.iter().find(|r| r.field == f).unwrap().values[0];
        let built_on = row(Msg::FieldBuiltOn);
        let families = families(&ds, m, Lang::Zh).join("、");
        assert_eq!(*built_on, format!("{}（{}：{families}）", m.base_model, Msg::FieldFamilies.text(Lang::Zh)));
        assert!(row(Msg::ColSpecialty).contains('、'), "{}", row(Msg::ColSpecialty));
        assert!(row(Msg::FieldSource).ends_with('）'), "{}", row(Msg::FieldSource));
    }
}
