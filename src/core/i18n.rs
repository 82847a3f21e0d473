//! Every UI string in English and Chinese, from one table keyed by `Msg`. A key without both
//! languages does not compile; placeholders (`{n}`) must match across languages (tested).

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Lang {
    En,
    Zh,
}

impl Lang {
    pub fn id(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Zh => "zh",
        }
    }

    pub fn from_id(s: &str) -> Option<Lang> {
        match s {
            "en" => Some(Lang::En),
            "zh" => Some(Lang::Zh),
            _ => None,
        }
    }

    /// The first supported language in the browser's preference list (`navigator.languages`).
    pub fn from_preferences<'a>(prefs: impl IntoIterator<Item = &'a str>) -> Lang {
        for p in prefs {
            let p = p.to_ascii_lowercase();
            if p.starts_with("zh") {
                return Lang::Zh;
            }
            if p.starts_with("en") {
                return Lang::En;
            }
        }
        Lang::En
    }
}

macro_rules! messages {
    ($($key:ident => ($en:expr, $zh:expr)),+ $(,)?) => {
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Msg { $($key),+ }

        impl Msg {
            pub const ALL: &'static [Msg] = &[$(Msg::$key),+];

            pub fn text(self, lang: Lang) -> &'static str {
                match (self, lang) {
                    $((Msg::$key, Lang::En) => $en, (Msg::$key, Lang::Zh) => $zh,)+
                }
            }
        }
    };
}

messages! {
    AppTitle => ("MedLLM Atlas", "医疗大模型图鉴"),
    AppTagline => ("China's medical AI large models: the survey's figures and the models documented here, each with its source.",
                   "中国医疗AI大模型：调研公布的数字，以及本图鉴逐一注明来源记录的模型。"),
    ModelsSurveyed => ("models surveyed", "个模型接受调研"),
    FunctionsCounted => ("functions counted", "项功能被统计"),
    ScenarioCategories => ("application-scenario categories", "类应用场景"),
    SurveyChartTitle => ("Functions by application scenario (survey)", "各应用场景的功能数（调研）"),
    SurveyOtherTogether => ("Other {n} categories together", "其余{n}类合计"),
    SurveyImageOnly => ("The survey published the other {n} categories' names and counts only as an image; they are not drawn here.",
                        "调研仅以图片形式公布其余{n}类的名称与数量，此处不作绘制。"),
    SurveyShareFinding => ("“{category}” alone accounts for {part} of {total} functions ({share}).",
                           "“{category}”一类即占{total}项功能中的{part}项（{share}）。"),
    CategoryChartTitle => ("Documented models by category (this atlas)", "按类别统计的已记录模型（本图鉴）"),
    AtlasSampleNote => ("{n} models documented in this atlas — not the survey's {total}.", "本图鉴记录了{n}个模型——并非调研的{total}个。"),
    AtlasClassificationNote => ("Categories are the atlas's own classification of each model's functions, not the survey's 12.",
                                "类别为本图鉴依据各模型功能所作的分类，并非调研的12类。"),
    AtlasSource => ("Source: MedLLM Atlas records, each with the address it was read from.", "来源：MedLLM Atlas 记录，每条均注明出处网址。"),
    SourceLabel => ("Source", "来源"),
    NoModels => ("No models match the current filters.", "没有符合当前筛选条件的模型。"),
    DataLoadFailed => ("The bundled data could not be read, so the charts cannot be shown. Details:", "无法读取内置数据，因此无法显示图表。详情："),
    ModelsCount => ("{n} models", "{n}个模型"),
    BarDetail => ("{label}: {n} models ({share} of {total})", "{label}：{n}个模型（占{total}个的{share}）"),
}

/// Fills `{name}` placeholders.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = template.to_owned();
    for (name, value) in values {
        out = out.replace(&format!("{{{name}}}"), value);
    }
    out
}

/// An integer with thousands separators (both languages group by three with commas).
pub fn format_int(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// A share 0..=1 as a percentage with one decimal: "52.8%".
pub fn format_percent(share: f64) -> String {
    format!("{:.1}%", share * 100.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn placeholders(s: &str) -> Vec<&str> {
        let mut out: Vec<&str> = s.match_indices('{').filter_map(|(i, _)| s[i + 1..].split_once('}').map(|(p, _)| p)).collect();
        out.sort_unstable();
        out
    }

    #[test]
    fn every_message_exists_in_both_languages_with_the_same_placeholders() {
        let mut problems = Vec::new();
        for m in Msg::ALL {
            let (en, zh) = (m.text(Lang::En), m.text(Lang::Zh));
            if en.trim().is_empty() || zh.trim().is_empty() {
                problems.push(format!("{m:?}: empty text"));
            }
            if placeholders(en) != placeholders(zh) {
                problems.push(format!("{m:?}: placeholders differ: {:?} vs {:?}", placeholders(en), placeholders(zh)));
            }
        }
        assert!(problems.is_empty(), "{}", problems.join("\n"));
    }

    #[test]
    fn formatting() {
        assert_eq!(format_int(0), "0");
        assert_eq!(format_int(814), "814");
        assert_eq!(format_int(100000), "100,000");
        assert_eq!(format_int(1234567), "1,234,567");
        assert_eq!(format_percent(430.0 / 814.0), "52.8%");
        assert_eq!(fill("Other {n} categories", &[("n", "11")]), "Other 11 categories");
        assert_eq!(Lang::from_preferences(["fr-FR", "zh-CN", "en"]), Lang::Zh);
        assert_eq!(Lang::from_preferences(["en-GB", "zh"]), Lang::En);
        assert_eq!(Lang::from_preferences([]), Lang::En);
    }
}
