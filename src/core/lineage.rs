//! What a model is built on: the rule that places a model's published `base_model` text in the
//! families of `base_families.csv`. A model belongs to every family one of whose lowercase
//! substrings occurs in its lowercased `base_model` (so a model fine-tuned from both Qwen and
//! LLaMA is in both); an empty `base_model` is `not-stated`; a text that names no family is
//! `other` (an architecture or a model outside the families). This is the atlas's reading of the
//! published text, not a fact from the sources, and the app labels it so.

use super::model::BaseFamily;

/// The value of a model whose sources state no base.
pub const NOT_STATED: &str = "not-stated";
/// The value of a model whose stated base is in no family.
pub const OTHER: &str = "other";

/// The ids of the families `base_model` belongs to, in `families` order; `[NOT_STATED]` or
/// `[OTHER]` when it belongs to none.
pub fn families_of<'a>(base_model: &str, families: &'a [BaseFamily]) -> Vec<&'a str> {
    let text = base_model.trim();
    if text.is_empty() {
        return vec![NOT_STATED];
    }
    // Lowercased, and wide letters folded as search folds them, so "Ｑｗｅｎ" is Qwen.
    let lower = super::fold::normalize(text);
    let found: Vec<&str> =
        families.iter().filter(|f| f.matches.iter().any(|m| lower.contains(m.as_str()))).map(|f| f.id.as_str()).collect();
    if found.is_empty() {
        vec![OTHER]
    } else {
        found
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::vocab::FamilyKind;

    fn family(id: &str, matches: &[&str]) -> BaseFamily {
        BaseFamily {
            id: id.into(),
            name_en: id.into(),
            name_zh: id.into(),
            matches: matches.iter().map(|m| (*m).to_owned()).collect(),
            kind: FamilyKind::OpenFamily,
            developer: String::new(),
        }
    }

    #[track_caller]
    fn check(base_model: &str, expected: &[&str]) {
        let families =
            [family("qwen", &["qwen"]), family("llama", &["llama", "vicuna"]), family("yi", &["yi-"]), family("own", &["self-developed"])];
        assert_eq!(families_of(base_model, &families), expected, "{base_model:?}");
    }

    #[test]
    fn substrings_place_a_model_in_every_family_it_names() {
        check("Qwen2.5-32B", &["qwen"]);
        check("QWEN-7B-Chat", &["qwen"]);
        check("Ｑｗｅｎ2", &["qwen"]);
        check("Vicuna-13B", &["llama"]);
        check("Qwen2; LLaMA-2 (per README)", &["qwen", "llama"]);
        check("Yi-34B", &["yi"]);
        check("Alibaba Health self-developed medical large model", &["own"]);
    }

    #[test]
    fn empty_is_not_stated_and_unknown_text_is_other() {
        check("", &[NOT_STATED]);
        check("   ", &[NOT_STATED]);
        check("Transformer encoder (BERT-style)", &[OTHER]);
        // A substring must be there as written: "yi-" does not match "Yidu".
        check("Yidu model", &[OTHER]);
    }
}
