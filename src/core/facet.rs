//! The facets: every dimension a reader can filter the models by, each defined once in `FACETS`
//! (its URL parameter, where its values come from, how a model yields its values, its labels and
//! how the panel and the overview show it). The URL parser and encoder, the index and its counts,
//! the chips, the filter panel, the overview's cards, the test ids and the README's parameter
//! table all read this table, so adding a dimension is one entry here plus its messages.
//!
//! It must not know about the browser: the app turns `Panel` into controls.

use super::dataset::{Dataset, NOT_LOCATED};
use super::i18n::{Lang, Msg};
use super::lineage;
use super::model::Model;
use super::vocab::{DeveloperKind, Modality, OpenWeights, SourceKind};

/// The facets, in the order the panel, the chips and the URL list them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Facet {
    Category,
    Kind,
    Specialty,
    Modality,
    Open,
    Source,
    FunctionCategory,
    BuiltOn,
    Province,
}

/// How many facets there are (the length of `FACETS`).
pub const FACET_COUNT: usize = 9;

/// Where a facet's values come from.
#[derive(Clone, Copy, Debug)]
pub enum Values {
    /// A closed vocabulary: ids and their labels, in display order.
    Closed(&'static [(&'static str, Msg)]),
    /// The ids of `categories.csv`, in its order.
    Categories,
    /// The ids of `categories.csv` when the data classifies functions (`functions.csv`); none
    /// for a reader's own file, so `fcat=` values are refused there with a notice.
    FunctionCategories,
    /// The specialty ids that occur in the models, sorted.
    Specialties,
    /// The ids of `base_families.csv` in its order, then `other` and `not-stated`.
    BaseFamilies,
    /// The ids of `provinces.csv` in its order, then `not-located`.
    Provinces,
}

/// How the filter panel offers a facet.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Panel {
    /// One checkbox per value, in the facet's order.
    Checkboxes,
    /// A drop-down choosing one value (several can still come from a link), with its element id
    /// (`developer-kind` is what the shared page-timing bench changes on every page it measures).
    Select { id: &'static str },
    /// Checkboxes, most frequent first under the other filters; the first `shown` (and `pinned`,
    /// a value that must never drop out of sight) until the reader asks for all.
    Ranked { shown: usize, pinned: Option<&'static str> },
}

/// The overview's chart of a facet: models per value, largest first.
#[derive(Clone, Copy, Debug)]
pub struct FacetChart {
    /// May hold `{n}`, filled with `top`.
    pub title: Msg,
    /// Only the largest this many bars (plus any chosen one).
    pub top: Option<usize>,
    /// A note counting the models with no value, if the facet has such (`{n}`).
    pub unstated: Option<Msg>,
}

/// How a model yields its values of a facet: it calls the sink once per value id.
pub type Yields = fn(&Model, &Dataset, &mut dyn FnMut(&str));

/// One facet, whole.
pub struct FacetDef {
    pub facet: Facet,
    /// The URL parameter; also the panel's form group and test id (`facet-{param}`).
    pub param: &'static str,
    /// The facet's name in the panel, the chips and the empty-result explanation.
    pub title: Msg,
    pub values: Values,
    /// Whether a model can have several values (it then counts once in each).
    pub multi_valued: bool,
    /// The values a model has (ids of `values`); none means the source does not say.
    pub yields: Yields,
    pub panel: Panel,
    /// A card of its own in the overview, if any.
    pub chart: Option<FacetChart>,
    /// What the README's parameter table says of its values and meaning.
    pub doc_values: &'static str,
    pub doc_meaning: &'static str,
}

pub const FACETS: [FacetDef; FACET_COUNT] = [
    FacetDef {
        facet: Facet::Category,
        param: "category",
        title: Msg::FacetCategory,
        values: Values::Categories,
        multi_valued: false,
        yields: |m, _, out| out(&m.category),
        panel: Panel::Checkboxes,
        chart: None,
        doc_values: "ids of `data/categories.csv`",
        doc_meaning: "atlas category of the model",
    },
    FacetDef {
        facet: Facet::Kind,
        param: "kind",
        title: Msg::FacetKind,
        values: Values::Closed(DeveloperKind::VALUES),
        multi_valued: false,
        yields: |m, _, out| out(m.developer_kind.id()),
        panel: Panel::Select { id: "developer-kind" },
        chart: Some(FacetChart { title: Msg::KindChartTitle, top: None, unstated: None }),
        doc_values: "",
        doc_meaning: "developer kind",
    },
    FacetDef {
        facet: Facet::Specialty,
        param: "specialty",
        title: Msg::FacetSpecialty,
        values: Values::Specialties,
        multi_valued: true,
        yields: |m, _, out| m.specialties.iter().for_each(|s| out(s)),
        panel: Panel::Ranked { shown: 10, pinned: None },
        chart: Some(FacetChart { title: Msg::SpecialtyChartTitle, top: Some(12), unstated: None }),
        doc_values: "specialty ids of `data/specialties.csv` found in `data/models.csv` (`pathology`, `radiology`, …)",
        doc_meaning: "specialty (any of a model's)",
    },
    FacetDef {
        facet: Facet::Modality,
        param: "modality",
        title: Msg::FacetModality,
        values: Values::Closed(Modality::VALUES),
        multi_valued: false,
        yields: |m, _, out| m.modality.iter().for_each(|x| out(x.id())),
        panel: Panel::Checkboxes,
        chart: Some(FacetChart { title: Msg::ModalityChartTitle, top: None, unstated: Some(Msg::ModalityUnstated) }),
        doc_values: "",
        doc_meaning: "input data",
    },
    FacetDef {
        facet: Facet::Open,
        param: "open",
        title: Msg::FacetOpen,
        values: Values::Closed(OpenWeights::VALUES),
        multi_valued: false,
        yields: |m, _, out| out(m.open_weights.id()),
        panel: Panel::Checkboxes,
        chart: None,
        doc_values: "",
        doc_meaning: "open weights",
    },
    FacetDef {
        facet: Facet::Source,
        param: "source",
        title: Msg::FacetSource,
        values: Values::Closed(SourceKind::VALUES),
        multi_valued: false,
        yields: |m, _, out| out(m.source_kind.id()),
        panel: Panel::Checkboxes,
        chart: None,
        doc_values: "",
        doc_meaning: "kind of source page",
    },
    FacetDef {
        facet: Facet::FunctionCategory,
        param: "fcat",
        title: Msg::FacetFunctionCategory,
        values: Values::FunctionCategories,
        multi_valued: true,
        yields: |m, _, out| m.function_categories.iter().for_each(|c| out(c)),
        panel: Panel::Checkboxes,
        chart: None,
        doc_values: "ids of `data/categories.csv`",
        doc_meaning: "models with at least one function in the category (`data/functions.csv`, the atlas's classification)",
    },
    FacetDef {
        facet: Facet::BuiltOn,
        param: "base",
        title: Msg::FacetBuiltOn,
        values: Values::BaseFamilies,
        multi_valued: true,
        yields: |m, ds, out| lineage::families_of(&m.base_model, &ds.base_families).into_iter().for_each(out),
        panel: Panel::Ranked { shown: 8, pinned: None },
        chart: None,
        doc_values: "ids of `data/base_families.csv`, `other`, `not-stated`",
        doc_meaning: "what the model is built on: the families its published `base_model` names (`other`: none of them; `not-stated`: no base published)",
    },
    FacetDef {
        facet: Facet::Province,
        param: "province",
        title: Msg::FacetProvince,
        values: Values::Provinces,
        multi_valued: false,
        yields: |m, ds, out| out(ds.province_of(m).unwrap_or(NOT_LOCATED)),
        // The models no page places are always offered: they are part of the picture.
        panel: Panel::Ranked { shown: 8, pinned: Some(NOT_LOCATED) },
        chart: None,
        doc_values: "ISO 3166-2:CN codes of `data/provinces.csv` (`CN-SH`, `CN-BJ`, …), `not-located`",
        doc_meaning: "where the model's lead developer is based (`data/locations.csv`; `not-located`: no page read says)",
    },
];

impl Facet {
    /// Every facet, in `FACETS` order.
    pub fn all() -> impl Iterator<Item = Facet> {
        FACETS.iter().map(|d| d.facet)
    }

    /// The facet's definition.
    pub fn def(self) -> &'static FacetDef {
        &FACETS[self as usize]
    }

    /// The facet whose URL parameter is `param`.
    pub fn from_param(param: &str) -> Option<Facet> {
        FACETS.iter().find(|d| d.param == param).map(|d| d.facet)
    }

    /// The facet's position in `FACETS`, for per-facet arrays.
    pub fn index(self) -> usize {
        self as usize
    }

    /// The facet's value ids for `ds`, in display order. For data-defined values that occur in
    /// the models (specialties), `present` lists them.
    pub fn universe(self, ds: &Dataset, present: impl FnOnce() -> Vec<String>) -> Vec<String> {
        match self.def().values {
            Values::Closed(values) => values.iter().map(|(id, _)| (*id).to_owned()).collect(),
            Values::Categories => ds.categories.iter().map(|c| c.id.clone()).collect(),
            Values::FunctionCategories if ds.models.iter().any(|m| !m.function_categories.is_empty()) => {
                ds.categories.iter().map(|c| c.id.clone()).collect()
            }
            Values::FunctionCategories => Vec::new(),
            Values::Specialties => present(),
            Values::BaseFamilies => {
                ds.base_families.iter().map(|f| f.id.clone()).chain([lineage::OTHER.to_owned(), lineage::NOT_STATED.to_owned()]).collect()
            }
            Values::Provinces => ds.provinces.iter().map(|p| p.id.clone()).chain([NOT_LOCATED.to_owned()]).collect(),
        }
    }

    /// Where `id` stands in a closed vocabulary's order; data-defined values sort by id.
    pub fn closed_rank(self, id: &str) -> Option<usize> {
        match self.def().values {
            Values::Closed(values) => values.iter().position(|(v, _)| *v == id),
            _ => None,
        }
    }

    /// A value's name for readers, in `lang`.
    pub fn value_label(self, id: &str, ds: &Dataset, lang: Lang) -> String {
        match self.def().values {
            Values::Closed(values) => values.iter().find(|(v, _)| *v == id).map_or_else(|| id.to_owned(), |(_, m)| m.text(lang).to_owned()),
            Values::Categories | Values::FunctionCategories => {
                ds.category(id).map_or_else(|| id.to_owned(), |c| super::figures::category_name(c, lang).to_owned())
            }
            Values::Specialties => ds.specialty_name(id, lang),
            Values::BaseFamilies => match (id, ds.base_families.iter().find(|f| f.id == id)) {
                (_, Some(f)) if lang == Lang::Zh => f.name_zh.clone(),
                (_, Some(f)) => f.name_en.clone(),
                (lineage::OTHER, None) => Msg::BaseOther.text(lang).to_owned(),
                (lineage::NOT_STATED, None) => Msg::BaseNotStated.text(lang).to_owned(),
                (_, None) => id.to_owned(),
            },
            Values::Provinces if id == NOT_LOCATED => Msg::NotLocated.text(lang).to_owned(),
            Values::Provinces => ds.province_name(id, lang),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_is_in_enum_order_with_unique_parameters() {
        for (i, d) in FACETS.iter().enumerate() {
            assert_eq!(d.facet as usize, i, "{:?} out of order", d.facet);
            assert_eq!(Facet::from_param(d.param), Some(d.facet));
            assert!(d.param.bytes().all(|b| b.is_ascii_lowercase()), "{}", d.param);
        }
        let mut params: Vec<&str> = FACETS.iter().map(|d| d.param).collect();
        params.sort_unstable();
        params.dedup();
        assert_eq!(params.len(), FACET_COUNT);
    }
}
