//! Display names of the closed vocabularies and views, in the reader's language.

use super::i18n::{Lang, Msg};
use super::url_state::{DropReason, SortField, View};
use super::vocab::{DeveloperKind, Modality, OpenWeights, SourceKind};

pub fn kind(k: DeveloperKind) -> Msg {
    match k {
        DeveloperKind::Company => Msg::KindCompany,
        DeveloperKind::Hospital => Msg::KindHospital,
        DeveloperKind::University => Msg::KindUniversity,
        DeveloperKind::Institute => Msg::KindInstitute,
        DeveloperKind::Consortium => Msg::KindConsortium,
    }
}

pub fn modality(m: Modality) -> Msg {
    match m {
        Modality::Text => Msg::ModalityText,
        Modality::Image => Msg::ModalityImage,
        Modality::Multimodal => Msg::ModalityMultimodal,
        Modality::Omics => Msg::ModalityOmics,
    }
}

pub fn open(o: OpenWeights) -> Msg {
    match o {
        OpenWeights::Yes => Msg::OpenYes,
        OpenWeights::No => Msg::OpenNo,
        OpenWeights::Unknown => Msg::OpenUnknown,
    }
}

pub fn source_kind(s: SourceKind) -> Msg {
    match s {
        SourceKind::Primary => Msg::SourcePrimary,
        SourceKind::News => Msg::SourceNews,
        SourceKind::Secondary => Msg::SourceSecondary,
    }
}

pub fn view(v: View) -> Msg {
    match v {
        View::Overview => Msg::ViewOverview,
        View::Models => Msg::ViewModels,
        View::Timeline => Msg::ViewTimeline,
        View::Sources => Msg::ViewSources,
        View::StoryPathology => Msg::ViewStoryPathology,
        View::StoryHospitals => Msg::ViewStoryHospitals,
    }
}

pub fn column(f: SortField) -> Msg {
    match f {
        SortField::Name => Msg::ColName,
        SortField::Developer => Msg::ColDeveloper,
        SortField::Kind => Msg::ColKind,
        SortField::Category => Msg::ColCategory,
        SortField::Specialty => Msg::ColSpecialty,
        SortField::Modality => Msg::ColModality,
        SortField::Released => Msg::ColReleased,
        SortField::Open => Msg::ColOpen,
    }
}

pub fn drop_reason(r: DropReason) -> Msg {
    match r {
        DropReason::UnknownParameter => Msg::NoticeUnknownParameter,
        DropReason::UnknownValue => Msg::NoticeUnknownValue,
        DropReason::Malformed => Msg::NoticeMalformed,
        DropReason::EmptyRange => Msg::NoticeEmptyRange,
        DropReason::TooLong => Msg::NoticeTooLong,
    }
}

/// A specialty id for display: the data has no Chinese names for specialties, and we do not
/// invent translations, so both languages show the id with spaces ("mental health").
pub fn specialty(id: &str) -> String {
    id.replace('-', " ")
}

/// Shorthand used by views: the text of a label in a language.
pub fn text(m: Msg, lang: Lang) -> &'static str {
    m.text(lang)
}
