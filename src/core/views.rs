//! The views of the atlas (`view=`): the overview, the table, the timeline, sources, the stories
//! and the content views. Below the URL state and the cards, which both name them.

use super::stories::Preset;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum View {
    #[default]
    Overview,
    Models,
    Timeline,
    Sources,
    StoryPathology,
    StoryHospitals,
    StoryLineage,
    Changes,
    Compare,
    About,
}

impl View {
    pub const ALL: [View; 10] = [
        View::Overview,
        View::Models,
        View::Timeline,
        View::Sources,
        View::StoryPathology,
        View::StoryHospitals,
        View::StoryLineage,
        View::Changes,
        View::Compare,
        View::About,
    ];

    /// The views with a tab. The comparison is reached from the models it compares, and the
    /// page footer and every chart lead to About the data.
    pub fn tabbed(self) -> bool {
        !matches!(self, View::Compare | View::About)
    }

    pub fn id(self) -> &'static str {
        match self {
            View::Overview => "overview",
            View::Models => "models",
            View::Timeline => "timeline",
            View::Sources => "sources",
            View::StoryPathology => "story-pathology",
            View::StoryHospitals => "story-hospitals",
            View::StoryLineage => "story-lineage",
            View::Changes => "changes",
            View::Compare => "compare",
            View::About => "about",
        }
    }

    pub fn from_id(s: &str) -> Option<View> {
        View::ALL.into_iter().find(|v| v.id() == s)
    }

    /// The story preset a view applies, if it is a story.
    pub fn preset(self) -> Option<Preset> {
        match self {
            View::StoryPathology => Some(Preset::Pathology),
            View::StoryHospitals => Some(Preset::Hospitals),
            _ => None,
        }
    }
}
