//! Display names of the views, table columns and notice reasons (the closed vocabularies name
//! themselves: `vocab`'s `label()`).

use super::i18n::Msg;
use super::url_state::{DropReason, SortField, View};

pub fn view(v: View) -> Msg {
    match v {
        View::Overview => Msg::ViewOverview,
        View::Models => Msg::ViewModels,
        View::Timeline => Msg::ViewTimeline,
        View::Sources => Msg::ViewSources,
        View::StoryPathology => Msg::ViewStoryPathology,
        View::StoryHospitals => Msg::ViewStoryHospitals,
        View::StoryLineage => Msg::ViewStoryLineage,
        View::Changes => Msg::ViewChanges,
        View::Compare => Msg::ViewCompare,
        View::About => Msg::ViewAbout,
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
        SortField::Province => Msg::ColProvince,
    }
}

pub fn drop_reason(r: DropReason) -> Msg {
    match r {
        DropReason::UnknownParameter => Msg::NoticeUnknownParameter,
        DropReason::UnknownValue => Msg::NoticeUnknownValue,
        DropReason::Malformed => Msg::NoticeMalformed,
        DropReason::EmptyRange => Msg::NoticeEmptyRange,
        DropReason::TooLong => Msg::NoticeTooLong,
        DropReason::TooMany => Msg::NoticeTooMany,
        DropReason::NeedsSince => Msg::NoticeNeedsSince,
    }
}
