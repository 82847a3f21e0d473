//! The seed article's two named figures as presets over the same data. Each is a rule a reader
//! can check, stated in the app next to its result.

use super::model::Model;
use super::vocab::DeveloperKind;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Preset {
    /// Seed figure 2: pathology models in China.
    Pathology,
    /// Seed figure 3: specialty models co-developed by leading hospitals.
    Hospitals,
}

impl Preset {
    pub const ALL: [Preset; 2] = [Preset::Pathology, Preset::Hospitals];

    /// Whether a model belongs to the preset.
    pub fn includes(self, m: &Model) -> bool {
        match self {
            // Classified as pathology, or pathology among its specialties.
            Preset::Pathology => m.category == "pathology" || m.specialties.iter().any(|s| s == "pathology"),
            // Led by a hospital or with a hospital among the co-developers, and for a specialty
            // (not only `general`).
            Preset::Hospitals => {
                let hospital_involved = m.developer_kind == DeveloperKind::Hospital || m.partners.iter().any(|p| is_hospital_name(p));
                let specialty = m.specialties.iter().any(|s| s != "general");
                hospital_involved && specialty
            }
        }
    }
}

/// A partner named as a hospital, in English or Chinese.
pub fn is_hospital_name(name: &str) -> bool {
    name.to_lowercase().contains("hospital") || name.contains("医院")
}
