//! Closed vocabularies of the data (developer kind, modality, open weights, source kind, family
//! kind, change kind) as Rust enums. Each id is the exact spelling used in `data/*.csv` and in
//! the URL; nothing else parses.

use super::i18n::Msg;

/// Declares a closed vocabulary: an enum whose variants map one-to-one to the ids in the data,
/// each with the message that names it on screen. `ALL` keeps the declaration order, which is
/// also the order facets list them in.
macro_rules! vocabulary {
    ($(#[$meta:meta])* $name:ident { $($variant:ident = $id:literal => $label:ident),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum $name { $($variant),+ }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// Every id with its label, in `ALL` order (a facet's closed list of values).
            pub const VALUES: &'static [(&'static str, Msg)] = &[$(($id, Msg::$label)),+];

            /// The id as written in the data files and the URL.
            pub fn id(self) -> &'static str {
                match self { $($name::$variant => $id),+ }
            }

            pub fn from_id(s: &str) -> Option<Self> {
                match s { $($id => Some($name::$variant),)+ _ => None }
            }

            /// The name shown to readers.
            pub fn label(self) -> Msg {
                match self { $($name::$variant => Msg::$label),+ }
            }

            /// The allowed ids, for error messages ("expected one of ...").
            pub fn allowed() -> String {
                [$($id),+].join(", ")
            }

            /// Position in `ALL`, used to index count arrays.
            pub fn index(self) -> usize {
                self as usize
            }
        }
    };
}

vocabulary! {
    /// The kind of the lead organisation.
    DeveloperKind {
        Company = "company" => KindCompany,
        Hospital = "hospital" => KindHospital,
        University = "university" => KindUniversity,
        Institute = "institute" => KindInstitute,
        Consortium = "consortium" => KindConsortium,
    }
}

vocabulary! {
    /// The input data a model takes. A row may have none (no source says).
    Modality { Text = "text" => ModalityText, Image = "image" => ModalityImage, Multimodal = "multimodal" => ModalityMultimodal, Omics = "omics" => ModalityOmics }
}

vocabulary! {
    /// Whether the weights can be downloaded.
    OpenWeights { Yes = "yes" => OpenYes, No = "no" => OpenNo, Unknown = "unknown" => OpenUnknown }
}

vocabulary! {
    /// What kind of page a row's facts were read from, so readers can weigh them.
    SourceKind { Primary = "primary" => SourcePrimary, News = "news" => SourceNews, Secondary = "secondary" => SourceSecondary }
}

vocabulary! {
    /// What a foundation-model family is: an open family others fine-tune, a company's own line,
    /// the developer's own foundation, or a vision backbone.
    FamilyKind {
        OpenFamily = "open-family" => FamilyKindOpen,
        CompanyFamily = "company-family" => FamilyKindCompany,
        Own = "own" => FamilyKindOwn,
        Vision = "vision" => FamilyKindVision,
    }
}

vocabulary! {
    /// What happened to a model row in a data version.
    ChangeKind { Added = "added" => ChangeAdded, Changed = "changed" => ChangeChanged, Removed = "removed" => ChangeRemoved }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_round_trip_and_unknown_ids_are_rejected() {
        for k in DeveloperKind::ALL {
            assert_eq!(DeveloperKind::from_id(k.id()), Some(*k));
        }
        for m in Modality::ALL {
            assert_eq!(Modality::from_id(m.id()), Some(*m));
        }
        assert_eq!(DeveloperKind::from_id("Hospital"), None, "ids are case-sensitive");
        assert_eq!(SourceKind::from_id(""), None);
        assert_eq!(OpenWeights::allowed(), "yes, no, unknown");
        assert_eq!(DeveloperKind::Hospital.index(), 1);
    }
}
