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

    /// The language tag of `<html lang>` (and of the first screen's blocks).
    pub fn html_tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Zh => "zh-CN",
        }
    }

    /// Joins list items with the language's enumeration mark (", " / "、").
    pub fn list(self, items: &[String]) -> String {
        items.join(if self == Lang::Zh { "、" } else { ", " })
    }

    /// Joins list items as a sentence names them: "A, B and C" / "A、B和C".
    pub fn list_and(self, items: &[String]) -> String {
        match items {
            [] => String::new(),
            [one] => one.clone(),
            [init @ .., last] if self == Lang::Zh => format!("{}和{last}", init.join("、")),
            [init @ .., last] => format!("{} and {last}", init.join(", ")),
        }
    }

    /// `text` as an aside after what precedes it: " (text)" / "（text）".
    pub fn aside(self, text: &str) -> String {
        if self == Lang::Zh {
            format!("（{text}）")
        } else {
            format!(" ({text})")
        }
    }

    /// The first `shown` items of a list, and apart from them what the rest adds, so a narrow
    /// cell can cut the first part and still show the count: ("a · b", " · +3") / ("a、b", "等5项").
    /// English separates with a middle dot because the items (functions) may hold commas.
    pub fn list_head(self, items: &[String], shown: usize) -> (String, String) {
        let head = &items[..shown.min(items.len())];
        let rest = items.len() - head.len();
        match self {
            Lang::En => (head.join(" · "), if rest > 0 { format!(" · +{rest}") } else { String::new() }),
            Lang::Zh => (self.list(head), if rest > 0 { format!("等{}项", items.len()) } else { String::new() }),
        }
    }

    /// Joins clauses with the language's semicolon ("; " / "；").
    pub fn clauses(self, items: &[String]) -> String {
        items.join(if self == Lang::Zh { "；" } else { "; " })
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
    (
        shared { $($key:ident => ($en:expr, $zh:expr)),+ $(,)? }
        atlas { $($akey:ident => ($aen:expr, $azh:expr)),+ $(,)? }
    ) => {
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Msg { $($key,)+ $($akey),+ }

        /// Every shared message's English and Chinese text, in `Msg` order: a table lookup, where
        /// a `match` on every pair compiled to a jump table of its own.
        const TEXTS: &[[&str; 2]] = &[$([$en, $zh]),+];

        /// The atlas's own messages, after the shared ones in `Msg` order.
        #[cfg(not(feature = "embed"))]
        const ATLAS_TEXTS: &[[&str; 2]] = &[$([$aen, $azh]),+];

        impl Msg {
            pub const ALL: &'static [Msg] = &[$(Msg::$key,)+ $(Msg::$akey),+];

            /// The messages the embed shows too (the rest are the atlas's own).
            pub const SHARED: &'static [Msg] = &[$(Msg::$key),+];

            pub fn text(self, lang: Lang) -> &'static str {
                match TEXTS.get(self as usize) {
                    Some(texts) => texts[lang as usize],
                    None => atlas_text(self as usize - TEXTS.len(), lang),
                }
            }
        }
    };
}

#[cfg(not(feature = "embed"))]
fn atlas_text(i: usize, lang: Lang) -> &'static str {
    ATLAS_TEXTS[i][lang as usize]
}

/// The embed's build has no atlas-only texts; its code names none (tests/embed_messages.rs).
#[cfg(feature = "embed")]
fn atlas_text(_: usize, _: Lang) -> &'static str {
    ""
}

messages! {
    // What the atlas and the one-chart embed both show (tests/embed_messages.rs finds every
    // message the embed's code names here).
    shared {
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
        FunctionChartTitle => ("Functions by application scenario (documented, atlas classification)", "各应用场景的功能数（已记录模型，本图鉴分类）"),
        FunctionBarDetail => ("{label}: {n} of {total} functions ({share})", "{label}：{total}项功能中的{n}项（{share}）"),
        FunctionsComparison => ("Survey: “{category}” {part} of {total} functions in {models} models ({share}). Documented here: {n} of {m} functions in {k} documented models ({dshare}).",
                                "调研：“{category}”占{models}个模型的{total}项功能中的{part}项（{share}）。本图鉴：{k}个已记录模型的{m}项功能中有{n}项（{dshare}）。"),
        FunctionsSampleCaveat => ("The two shares are not like for like: these {k} documented models are not the survey's list, and their mix of developers is their own ({split}). The gap is no finding about the market.",
                                  "两个比例并不可比：这{k}个已记录模型并非调研的那一批，其开发方构成也各不相同（{split}）。二者的差距并不说明市场情况。"),
        FunctionsClassificationNote => ("Each function's category is the atlas's own reading (data/functions.csv). Only “{category}” is a category of the survey; the names of its other {n} were published only in an image and are not drawn.",
                                        "每项功能的类别为本图鉴的判断（data/functions.csv）。只有“{category}”是调研的类别；调研其余{n}类的名称仅以图片发布，此处不作绘制。"),
        FunctionsNotClassified => ("The functions of these models are not classified (your file comes without functions.csv), so no function chart is drawn.",
                                   "这些模型的功能没有分类（你的文件没有附带 functions.csv），因此不绘制功能图。"),
        LineageChartTitle => ("What the documented models are built on", "已记录模型建立在哪些基座之上"),
        LineageMakerDetail => ("{reading} · family by {maker}", "{reading} · 系列研发方：{maker}"),
        LineageNotStatedDetail => ("Not stated: {n} of {total} models name no base", "未说明：{total}个模型中有{n}个未说明基座"),
        LineageFinding => ("The {count} largest families ({families}) account for {n} of the {total} models that state a base ({share}); {unstated} of {all} state none.",
                           "最大的{count}个系列（{families}）占说明了基座的{total}个模型中的{n}个（{share}）；{all}个模型中有{unstated}个未说明。"),
        LineageNote => ("Families are the atlas's reading of each model's published base (data/base_families.csv): a model built on two families counts in both, and shares are of the models that state a base. “Other” is a base in no family; “Not stated”: no source names one.",
                        "系列为本图鉴对各模型公布的基座的判断（data/base_families.csv）：建立在两个系列上的模型在两者中都计数，比例以说明了基座的模型为分母。“其他基座”不属任何系列；“未说明”：没有来源说明。"),
        NotStatedCaveat => ("{n} of {total} models here name no base: what they are built on is unknown, not absent.", "此处{total}个模型中有{n}个未说明基座：它们的基座是未知，而非没有。"),
        CategoryChartTitle => ("Documented models by category (this atlas)", "按类别统计的已记录模型（本图鉴）"),
        AtlasSampleNote => ("{n} models documented in this atlas; the survey counted {total}, not the same list.", "本图鉴记录了{n}个模型；调研统计了{total}个，并非同一批。"),
        AtlasSampleNoteFiltered => ("{n} of the {all} models documented in this atlas (your filters); the survey counted {total}, not the same list.", "本图鉴记录的{all}个模型中的{n}个（按你的筛选）；调研统计了{total}个，并非同一批。"),
        AtlasClassificationNote => ("Categories are the atlas's own classification of each model's functions, not the survey's 12.",
                                    "类别为本图鉴依据各模型功能所作的分类，并非调研的12类。"),
        AtlasSource => ("Source: MedLLM Atlas records, each with the address it was read from.", "来源：MedLLM Atlas 记录，每条均注明出处网址。"),
        SourceLabel => ("Source", "来源"),
        NoModels => ("No models match the current filters.", "没有符合当前筛选条件的模型。"),
        DataLoadFailed => ("The bundled data could not be read, so the charts cannot be shown. Details:", "无法读取内置数据，因此无法显示图表。详情："),
        BarDetailOne => ("{label}: 1 model ({share} of {total})", "{label}：1个模型（占{total}个的{share}）"),
        BarDetail => ("{label}: {n} models ({share} of {total})", "{label}：{n}个模型（占{total}个的{share}）"),
        TimelineTitle => ("Models released per month (this atlas)", "每月发布的模型数（本图鉴）"),
        TimelineColumnLegend => ("Released that month (left scale)", "当月发布（左轴）"),
        TimelineLineLegend => ("Cumulative (right scale)", "累计（右轴）"),
        TimelineMonthDetail => ("{month}: {n} models released (cumulative {total})", "{month}：发布{n}个模型（累计{total}个）"),
        TimelineMonthDetailOne => ("{month}: 1 model released (cumulative {total})", "{month}：发布1个模型（累计{total}个）"),
        TimelineYearOnly => ("{year}: {n} dated only by year", "{year}年：{n}个仅知年份"),
        TimelineCoverage => ("Per month: {month} models with a month-precise date. {year} more are dated only by year and {undated} have no date: counted here, not drawn as months.",
                             "按月统计：{month}个模型有精确到月的发布日期。另有{year}个仅知年份、{undated}个没有日期：在此计数，不按月绘制。"),
        TimelineNoMonths => ("None of these models has a release date precise to the month.", "这些模型均没有精确到月的发布日期。"),
        DataVersion => ("Data version {version}", "数据版本 {version}"),
        CiteVersion => ("data version {version}", "数据版本 {version}"),
        UnversionedData => ("your own data (no data version)", "你自己的数据（无数据版本）"),
        DataCounts => ("{n} models ({primary} primary, {news} news, {secondary} secondary sources)", "{n}个模型（一手来源{primary}个、新闻{news}个、二手{secondary}个）"),
        // Explorer: views,
        ViewOverview => ("Overview", "概览"),
        // Your own CSV,
        DownloadPng => ("PNG", "PNG"),
        DownloadSvg => ("SVG", "SVG"),
        DownloadChart => ("Download chart as {format}", "下载图表 {format}"),
        CiteAtlasText => ("MedLLM Atlas, “{view}”{filters}, {version}. {url} (accessed {date}).", "MedLLM Atlas，“{view}”{filters}，{version}。{url}（访问于{date}）。"),
        CiteModelPlain => ("MedLLM Atlas, “{title}” ({developer}), {version}, record {id}, read from {source} ({kind}). {url} (accessed {date}).",
                           "MedLLM Atlas，“{title}”（{developer}），{version}，记录 {id}，信息来源 {source}（{kind}）。{url}（访问于{date}）。"),
        CiteModelNote => ("Record {id} ({version}), read from {source} ({kind} source)", "记录 {id}（{version}），信息来源 {source}（{kind}）"),
        CiteGbtRecord => ("record, {version}", "模型记录，{version}"),
        OpenInAtlas => ("Open in MedLLM Atlas", "在 MedLLM Atlas 中打开"),
        LargestFinding => ("Largest: {label}, {n} of {total} ({share}).", "最多：{label}，{total}个中的{n}个（{share}）。"),
        ViewModels => ("Models", "模型"),
        ViewTimeline => ("Timeline", "时间线"),
        ViewSources => ("Sources", "来源"),
        ViewStoryPathology => ("Pathology models", "病理大模型"),
        ViewStoryHospitals => ("Hospital specialty models", "医院专科大模型"),
        ViewStoryLineage => ("Built on a few foundations", "建立在少数基座之上"),
        ViewChanges => ("What changed", "数据变更"),
        ViewCompare => ("Compare", "对比"),
        ViewAbout => ("About the data", "关于数据"),
        ViewsLabel => ("Views", "视图"),
        // Explorer: filters,
        ShowFilters => ("Filters", "筛选"),
        FacetCategory => ("Category (atlas)", "类别（本图鉴）"),
        FacetKind => ("Developer kind", "开发方类型"),
        FacetSpecialty => ("Specialty", "专科"),
        FacetModality => ("Input data", "输入数据"),
        FacetOpen => ("Open weights", "开放权重"),
        FacetSource => ("Source kind", "来源类型"),
        FacetYears => ("Released", "发布时间"),
        FacetFunctionCategory => ("Function category (atlas)", "功能类别（本图鉴）"),
        FacetBuiltOn => ("Built on", "基座"),
        BaseOther => ("Other base (no family)", "其他基座（不属任何系列）"),
        BaseNotStated => ("Not stated", "未说明"),
        NamedValue => ("{name}: {value}", "{name}：{value}"),
        ResultCount => ("{n} of {total} models", "{total}个模型中的{n}个"),
        SurveyCountedNote => ("{n} models documented here · the survey counted {total}", "此处记录{n}个模型 · 调研统计了{total}个"),
        ModalityUnstated => ("{n} rows state no input data", "{n}条记录未说明输入数据"),
        KindCompany => ("Company", "企业"),
        KindHospital => ("Hospital", "医院"),
        KindUniversity => ("University", "高校"),
        KindInstitute => ("Institute", "研究机构"),
        KindConsortium => ("Consortium", "联合体"),
        ModalityText => ("Text", "文本"),
        ModalityImage => ("Image", "图像"),
        ModalityMultimodal => ("Multimodal", "多模态"),
        ModalityOmics => ("Omics", "组学"),
        OpenYes => ("Yes", "是"),
        OpenNo => ("No", "否"),
        OpenUnknown => ("Unknown", "未知"),
        SourcePrimary => ("Primary (developer's own page)", "一手（开发方自己的页面）"),
        SourceNews => ("News outlet", "新闻媒体"),
        SourceSecondary => ("Secondary (repost, aggregator)", "二手（转载、聚合）"),
        FamilyKindOpen => ("open model family", "开放模型系列"),
        FamilyKindCompany => ("a company's own models", "企业自有模型系列"),
        FamilyKindOwn => ("the developer's own foundation", "开发方自研基座"),
        FamilyKindVision => ("vision backbone", "视觉骨干"),
        ChangeAdded => ("added", "新增"),
        ChangeChanged => ("updated", "更新"),
        ChangeRemoved => ("removed", "移除"),
        // Explorer: overview charts,
        KindChartTitle => ("Documented models by developer kind", "按开发方类型统计的已记录模型"),
        SpecialtyChartTitle => ("Documented models by specialty (top {n})", "按专科统计的已记录模型（前{n}）"),
        ModalityChartTitle => ("Documented models by input data", "按输入数据统计的已记录模型"),
        ChartClickHint => ("Click a bar, or focus it and press Enter, to filter by it.", "点击柱形，或聚焦后按回车键，即可按其筛选。"),
        ColName => ("Name", "名称"),
        ColDeveloper => ("Developer", "开发方"),
        ColKind => ("Kind", "类型"),
        ColCategory => ("Category", "类别"),
        ColSpecialty => ("Specialty", "专科"),
        ColModality => ("Input", "输入"),
        ColReleased => ("Released", "发布"),
        ColOpen => ("Open weights", "开放权重"),
        FieldSource => ("Source", "来源"),
        FieldPartners => ("Partners", "合作方"),
        FieldParams => ("Parameters", "参数量"),
        FieldParamsValue => ("{n} billion", "{n}B（十亿）"),
        FieldFunctions => ("Functions", "功能"),
        FieldReleased => ("Released", "发布时间"),
        NotStated => ("not stated by the source", "来源未说明"),
        NoticeDropped => ("Some link parameters were not applied:", "链接中的部分参数未被采用："),
        NoticeUnknownParameter => ("unknown parameter", "未知参数"),
        NoticeUnknownValue => ("unknown value", "未知取值"),
        NoticeMalformed => ("not a year", "不是年份"),
        NoticeEmptyRange => ("start after end", "起始晚于结束"),
        NoticeTooLong => ("too long, shortened", "过长，已截短"),
        NoticeTooMany => ("more than five models to compare", "对比的模型超过五个"),
        NoticeNeedsSince => ("needs a since= version", "需要 since= 版本"),
        Dismiss => ("Dismiss", "关闭提示"),
        // Explorer: timeline,
        FieldBuiltOn => ("Built on", "基座"),
        FieldFamilies => ("families (atlas)", "系列（本图鉴）"),
        StoryByKind => ("By developer kind", "按开发方类型"),
        StoryBySpecialty => ("By specialty", "按专科"),
        // Data versions and what changed,
        AboutLink => ("About the data", "关于数据"),
        FacetChanged => ("Changed since {version}", "{version}之后的变更"),
        CorrectionBody => ("Correction for MedLLM Atlas record {id} ({version})\nField: {field}\nWhat is wrong: {wrong}\nSource: {source}\nRecord's current source: {current}",
                           "MedLLM Atlas 记录 {id} 的更正（{version}）\n字段：{field}\n哪里有误：{wrong}\n来源：{source}\n记录目前的来源：{current}"),
        CorrectionSubject => ("Correction: {id}", "更正：{id}"),
        // About the data,
        LanguageSwitch => ("中文", "English"),
        LanguageSwitchLabel => ("阅读中文版", "Read in English"),
        FacetProvince => ("Where the developer is based", "开发方所在地"),
        NotLocated => ("Not located", "未定位"),
        ColProvince => ("Based in", "所在地"),
        EmbedNoChart => ("This page shows one chart of MedLLM Atlas: its address names it with chart=….", "此页面显示医疗大模型图鉴的一个图表：请在地址中用 chart=… 指明。"),
        SearchStatement => ("Search: {q}", "搜索：{q}"),
        MapTitle => ("Where the documented models come from (lead developer's location)", "已记录模型来自哪里（主要开发方所在地）"),
        MapLegendTitle => ("Models", "模型数"),
        MapFinding => ("{places}: {n} of the {located} located models ({share}).", "{places}：{located}个已定位模型中的{n}个（{share}）。"),
        MapLocationNote => ("Each model is placed where its lead developer is based (data/locations.csv, each place with the page that says so), not where the model is used. {n} of these {total} models are not located: no page read says where their developer is based.",
                            "每个模型按其主要开发方所在地放置（data/locations.csv，每处地点都附有说明它的网页），而非模型的使用地。这{total}个模型中有{n}个未定位：所读网页均未说明其开发方所在地。"),
        MapLayoutNote => ("The tile layout is the atlas's own schematic: one equal tile per provincial-level division (Hong Kong, Macao and Taiwan included), neighbours kept next to each other, not to scale. A tile too narrow for its name shows its ISO 3166-2:CN code.",
                          "方块布局为本图鉴自行设计的示意图：每个省级行政区（含香港、澳门和台湾）一个等大方块，相邻地区尽量相邻，不按比例。方块放不下名称时显示其 ISO 3166-2:CN 代码。"),
        // Models table: the source link beside a name, a card's count of functions.
        SourceLink => ("Source of {name} (opens in a new tab)", "{name}的来源（在新标签页打开）"),
        FunctionsCount => ("{n} functions", "{n}项功能"),
        FunctionsCountOne => ("1 function", "1项功能"),
        // The data as files beside the page (data/, core::package)
        DataFilesLink => ("The data (CSV files and datapackage.json)", "数据（CSV 文件与 datapackage.json）"),
        DataLicence => ("Licence: CC BY 4.0; quotations stay their publishers'.", "许可：CC BY 4.0；引文归原发布者。"),
        DataOffline => ("The data files are published with the online atlas (data/).", "数据文件随在线版图鉴发布（data/）。"),
    }
    // What only the atlas shows (its panel, table, dialogs, views): the embed's build leaves
    // these texts out.
    atlas {
        OpenCsv => ("Open your CSV", "打开你的CSV"),
        OpenCsvHelp => ("A file in the schema of data/models.csv (UTF-8, separated by commas, semicolons or tabs), up to {mb} and {rows} rows. It is read in your browser and never sent anywhere. You can also drop it on the page.", "与 data/models.csv 相同结构的文件（UTF-8，逗号、分号或制表符分隔），不超过{mb}、{rows}行。文件只在你的浏览器中读取，不会发送到任何地方。也可以直接拖放到页面上。"),
        ReadingFile => ("Reading {name}…", "正在读取{name}…"),
        FileProblemsTitle => ("{n} problems in {name}", "{name}中有{n}处问题"),
        FileProblemTitleOne => ("1 problem in {name}", "{name}中有1处问题"),
        FileValidRows => ("{valid} of {total} rows are valid.", "{total}行中有{valid}行有效。"),
        MoreProblems => ("…and {n} more.", "……另有{n}处。"),
        LoadValidRowOne => ("Load the 1 valid row", "载入1行有效数据"),
        LoadValidRows => ("Load the {n} valid rows", "载入{n}行有效数据"),
        Cancel => ("Cancel", "取消"),
        NothingToLoad => ("Nothing in this file can be loaded.", "此文件中没有可载入的数据。"),
        UserBanner => ("Viewing your file {name} · {n} models", "正在查看你的文件{name} · {n}个模型"),
        BackToAtlas => ("back to the atlas data", "返回图鉴数据"),
        SurveyNotYours => ("The survey's figures are VCBeat's, not from your file.", "调研数字来自动脉网（VCBeat），并非来自你的文件。"),
        // Publishing,
        DownloadModelsCsv => ("Download these models (CSV)", "下载这些模型（CSV）"),
        DownloadSurveyCsv => ("Download survey figures (CSV)", "下载调研数字（CSV）"),
        EmbedButton => ("Embed", "嵌入"),
        EmbedTitle => ("Embed in an article", "嵌入文章"),
        EmbedHelp => ("Choose the whole view or one chart, then paste the frame where it should appear. The script (once per page) keeps each frame as tall as its content.", "选择整个视图或单个图表，然后将框架代码粘贴到要显示的位置。脚本（每页一次）会让框架高度随内容自动调整。"),
        EmbedFrameLabel => ("Frame", "框架代码"),
        EmbedScriptLabel => ("Script for the host page", "宿主页面脚本"),
        CiteButton => ("Cite", "引用"),
        CiteTitle => ("Cite this view", "引用此视图"),
        CiteAtlasLabel => ("This view of the atlas", "本图鉴的此视图"),
        CiteSurveyLabel => ("The survey", "调研原文"),
        SaveOffline => ("Save for offline (one HTML file)", "离线保存（单个HTML文件）"),
        FiltersTitle => ("Filters", "筛选"),
        SearchLabel => ("Search names, developers, functions", "搜索名称、开发方、功能"),
        SearchPlaceholder => ("e.g. pathology, 病理, Huawei", "如：pathology、病理、华为"),
        AllValues => ("All", "全部"),
        SeveralValues => ("{n} selected", "已选{n}项"),
        YearFrom => ("from", "从"),
        YearTo => ("to", "到"),
        AnyYear => ("any", "不限"),
        ShowAllSpecialties => ("Show all {n}", "显示全部{n}个"),
        ShowFewerSpecialties => ("Show fewer", "收起"),
        ClearFilters => ("Clear filters", "清除筛选"),
        RemoveFilter => ("Remove filter {name}", "移除筛选条件{name}"),
        EmptyResultTitle => ("No model matches all of these filters:", "没有模型同时满足以下筛选条件："),
        YearUnknownNote => ("{n} rows have no release date and fall outside any year range", "{n}条记录没有发布时间，不在任何年份范围内"),
        // Explorer: models table,
        ShowMoreRows => ("Show {n} more", "再显示{n}条"),
        RowsShown => ("Showing {n} of {total}", "显示{total}条中的{n}条"),
        // Explorer: provenance panel,
        ProvenanceTitle => ("Where this comes from", "信息来源"),
        Close => ("Close", "关闭"),
        FieldSourceKind => ("Source kind", "来源类型"),
        FieldPublisher => ("Publisher", "发布方"),
        FieldPublished => ("Published", "发布日期"),
        FieldAddress => ("Address", "网址"),
        FieldNotes => ("Notes", "备注"),
        ModelNotInFilters => ("This model is outside the current filters.", "该模型不在当前筛选结果中。"),
        // Explorer: notices,
        TimelineIntro => ("Models released per month, from the release dates the sources state.", "每月发布的模型数量，依据来源所述的发布时间。"),
        // Explorer: sources,
        SourcesIntro => ("Every document the survey figures cite, and how the model rows are backed.", "调研数字引用的每份文献，以及各模型记录的出处。"),
        SourcesListed => ("Documents cited", "引用文献"),
        SourceSupports => ("supports {rows} model rows, {figures} survey figures", "支撑{rows}条模型记录、{figures}个调研数字"),
        SourceKindsTitle => ("How the model rows are backed", "模型记录的出处类型"),
        SitesTitle => ("Sites the rows were read from", "记录所依据的网站"),
        SiteRows => ("{n} rows", "{n}条"),
        OtherSites => ("{n} other sites together: {rows} rows", "其余{n}个网站合计：{rows}条"),
        OnlyPrimary => ("Keep only primary sources", "仅保留一手来源"),
        // Explorer: stories,
        StoryPathologyLead => ("Models classified as pathology, or with pathology among their specialties.", "被归为病理类、或专科包含病理的模型。"),
        StoryHospitalsLead => ("Models for a specialty (not only general medicine) led by a hospital or with a hospital among the co-developers.", "面向专科（不仅是全科）、由医院牵头或有医院参与共同开发的模型。"),
        StoryRule => ("Rule", "规则"),
        StoryLineageLead => ("All the documented models within your filters: what they are built on, and what their functions do — the article's homogenization, seen in the atlas's own sample.",
                             "你的筛选条件之内的全部已记录模型：它们建立在哪些基座之上，功能又是什么——从本图鉴自己的样本看文章所说的同质化。"),
        StoryCount => ("{n} models match this story (within your other filters).", "{n}个模型符合该专题（在其他筛选条件之内）。"),
        ChangesIntro => ("Every data version, newest first: the models it added, updated (with the columns that changed) or removed. Made by comparing models.csv between releases.",
                         "每个数据版本（最新在前）：新增、更新（及改动的列）或移除的模型。由比较各版本的 models.csv 得出。"),
        ReleaseCounts => ("{added} added · {changed} updated · {removed} removed", "新增{added} · 更新{changed} · 移除{removed}"),
        ChangesFiltered => ("Within your filters: {within} of these changes; only those are listed.", "在你的筛选范围内：其中{within}项变更；仅列出这些。"),
        ChangesFilteredRemoved => ("Within your filters: {within} of these changes; they are listed with this version's removals ({removed}), which are always listed.", "在你的筛选范围内：其中{within}项变更；与本版的移除（{removed}项）一并列出，移除总会列出。"),
        ColChange => ("Change", "变更"),
        ColFields => ("Columns changed", "改动的列"),
        RemovedModel => ("{id} (no longer in the data)", "{id}（已不在数据中）"),
        SinceLabel => ("Mark models new or updated since", "标出此后新增或更新的模型"),
        SinceNone => ("no marks", "不标出"),
        BadgeNew => ("new", "新增"),
        BadgeUpdated => ("updated", "更新"),
        OnlyChanged => ("Only new or updated models", "仅显示新增或更新的模型"),
        // Citation of a record, copying,
        CiteModelTitle => ("Cite this model", "引用此模型"),
        CitePlain => ("Text", "文本"),
        CiteBibtex => ("BibTeX", "BibTeX"),
        CiteGbt => ("GB/T 7714-2015", "GB/T 7714-2015"),
        Copy => ("Copy", "复制"),
        CopyNamed => ("Copy {name}", "复制{name}"),
        Copied => ("Copied.", "已复制。"),
        CopyFailed => ("Could not copy: the text is selected, press Ctrl+C (⌘C) to copy it.", "无法复制：文本已选中，请按 Ctrl+C（⌘C）复制。"),
        // Comparison,
        AddToComparison => ("Add to comparison", "加入对比"),
        InComparison => ("In the comparison · open it", "已在对比中 · 打开"),
        RemoveFromComparison => ("Remove {name} from the comparison", "从对比中移除{name}"),
        CompareCheckbox => ("Compare {name}", "对比{name}"),
        CompareOpen => ("Compare {n} models", "对比{n}个模型"),
        CompareOpenOne => ("Compare 1 model", "对比1个模型"),
        CompareFull => ("Up to five models can be compared.", "最多可对比五个模型。"),
        CompareEmpty => ("No models to compare yet: tick up to five in the Models table, or use “Add to comparison” in a model's details.",
                         "还没有要对比的模型：在“模型”表格中勾选最多五个，或在模型详情中点击“加入对比”。"),
        CompareOne => ("One model so far: add another from the Models table to compare.", "目前只有一个模型：请从“模型”表格中再添加一个进行对比。"),
        CompareField => ("Field", "字段"),
        HideAgreeing => ("Hide the rows where all agree", "隐藏全部相同的行"),
        AgreeingHidden => ("{n} rows where all agree are hidden.", "已隐藏{n}行全部相同的内容。"),
        // Report a correction,
        CorrectionTitle => ("Report a correction", "报告更正"),
        CorrectionField => ("Field", "字段"),
        CorrectionWrong => ("What is wrong", "哪里有误"),
        CorrectionSource => ("A source address that shows it", "可以证明的来源网址"),
        CorrectionText => ("Text to send", "要发送的文本"),
        CorrectionHelp => ("Nothing is sent from this page: copy the text and send it to the atlas's editors.", "本页不会发送任何内容：请复制文本并发给图鉴编者。"),
        CorrectionOpen => ("Open a pre-filled report", "打开预填好的报告"),
        AboutIntro => ("How the atlas's data was made, what it shows and what it cannot.", "本图鉴的数据如何整理、展示了什么、不能说明什么。"),
        AboutSurveyTitle => ("What the survey published", "调研公布了什么"),
        AboutSurvey => ("VCBeat's article states in its text: {models} models, {functions} functions and {categories} application-scenario categories, {part} of the functions in “{category}”. The names and counts of the other {other} categories were published only inside a figure image, which the atlas does not have. So it draws “{category}” and the other {other} together, and nothing else of the survey's split.",
                        "动脉网的文章在正文中给出：{models}个模型、{functions}项功能、{categories}类应用场景，其中“{category}”有{part}项功能。其余{other}类的名称与数量只在一张图片中公布，本图鉴没有这张图片。因此图中只画出“{category}”和其余{other}类的合计，不画调研分布的其他部分。"),
        AboutRowTitle => ("What a row is", "每一行是什么"),
        AboutRow => ("One named medical large model, product or agent developed in China, with the address its facts were read from. Out of scope: deployments of a general model in a hospital, frameworks, datasets and benchmarks.",
                     "一个在中国开发、有名称的医疗大模型、产品或智能体，并注明其信息的出处网址。不在范围内的：通用模型在医院的部署、框架、数据集与评测基准。"),
        AboutSourcingTitle => ("How rows are sourced", "记录如何取得"),
        AboutSourcing => ("Every field was read from a public page; an unknown field is left empty, never estimated or filled in. Each row names its page and the page's kind: primary (the developer's own repository, paper or site), news (a news outlet) or secondary (a repost, an aggregator or an unclear publisher), so a reader can weigh it.",
                          "每个字段都读自公开网页；未知的字段留空，从不估计或补全。每行注明其网页及网页类型：一手（开发方自己的代码仓库、论文或网站）、新闻（新闻媒体）或二手（转载、聚合或发布方不明），以便读者判断。"),
        AboutClassesTitle => ("The atlas's classifications", "本图鉴的分类"),
        AboutClasses => ("Categories (one per model), function categories (one per function) and base families are the atlas's own reading, not the survey's: only “{category}” is a category of the survey. A model belongs to every family whose name its published base contains (data/base_families.csv); an empty base is “not stated”, a base in no family “other”.",
                         "类别（每个模型一个）、功能类别（每项功能一个）和基座系列都是本图鉴的判断，而非调研的分类：只有“{category}”是调研的类别。模型公布的基座包含哪个系列的名称，它就属于哪个系列（data/base_families.csv）；没有基座的为“未说明”，不属任何系列的为“其他基座”。"),
        AboutCountsTitle => ("The data now", "数据现状"),
        AboutCounts => ("{summary}. {undated} have no release date because no source states one; {unstated} state no base model.", "{summary}。其中{undated}个没有发布时间（没有来源说明），{unstated}个未说明基座模型。"),
        AboutAuditsTitle => ("Audits", "核查"),
        AboutAudits => ("Four random audits of 20 rows each found fields wrong and fields unsupported: 2.9% and 4.1% of 345 factual fields in the first two, 2.5% and 0.4% of 280 in the third, 1.8% and 2.1% of 280 in the fourth (2026-12-07); those were corrected or emptied. Expect a few per cent of the other rows' fields to need the same care, and report what you find.",
                        "四次随机核查各抽20行，发现有误和缺乏依据的字段：前两次共345个事实字段中分别为2.9%和4.1%，第三次280个中为2.5%和0.4%，第四次（2026-12-07）280个中为1.8%和2.1%；这些字段已更正或清空。其余各行也可能有百分之几的字段需要同样的修正，欢迎报告你发现的问题。"),
        AboutNoticeTitle => ("Not for clinical use", "不用于临床"),
        AboutNotice => ("The atlas lists models and what public sources say about them. It endorses none of them for clinical use and gives no medical advice.",
                        "本图鉴列出模型以及公开来源对它们的描述，不推荐任何模型用于临床，也不提供医疗建议。"),
        // Language and theme,
        EmbedWhat => ("What to embed", "嵌入内容"),
        EmbedThisView => ("This view: {view}", "此视图：{view}"),
        EmbedWidth => ("Frame width (px) the height is measured at", "测量高度所用的框架宽度（像素）"),
        EmbedMeasuring => ("Measuring the frame's height…", "正在测量框架高度…"),
        EmbedHeight => ("At {width} px wide the frame is {height} px tall; the snippet says so, and the script adjusts it to the article's column.", "框架在{width}像素宽时高{height}像素；代码已写入此高度，脚本会按文章栏宽自动调整。"),
        NotLocatedDetail => ("Not located: no page read says where {developer} is based.", "未定位：所读网页均未说明{developer}的所在地。"),
        SitePages => ("{n} pages", "{n}个网页"),
        OtherSitesPages => ("{n} other sites together: {pages} pages", "其余{n}个网站合计：{pages}个网页"),
        LocationPagesTitle => ("Pages that place the developers", "说明开发方所在地的网页"),
        LocationPages => ("{pages} pages on {sites} sites say where {developers} developers are based (data/locations.csv, each with a quotation); they place {models} of these {total} models.",
                          "{sites}个网站上的{pages}个网页说明了{developers}个开发方的所在地（data/locations.csv，每条附有引文）；这{total}个模型中有{models}个由此定位。"),
        AboutLocationsTitle => ("Where the models come from", "模型来自哪里"),
        AboutLocations => ("A model's place is where its lead developer is based — a company's headquarters, a hospital's, university's or institute's own seat — read from a page that says so and quoted beside it (data/locations.csv); it is not where the model is used or sold. {located} of the {total} models are placed this way; {unlocated} are not, because no page read states where their developer is based: they are shown as not located, never guessed. Provinces are China's provincial-level divisions with their ISO 3166-2:CN codes; the map's tile layout is the atlas's own schematic.",
                           "模型的所在地是其主要开发方的所在地——企业的总部，医院、高校或研究机构自身的所在地——读自说明此事的网页，并附引文（data/locations.csv）；它不是模型的使用地或销售地。{total}个模型中有{located}个如此定位；另有{unlocated}个没有，因为所读网页均未说明其开发方所在地：它们显示为“未定位”，绝不猜测。省份为中国的省级行政区，附 ISO 3166-2:CN 代码；地图的方块布局为本图鉴自行设计的示意图。"),
    }

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
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// A month's short name for axes: "Mar", "3月".
pub fn month_name(month: u8, lang: Lang) -> String {
    const EN: [&str; 12] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
    match lang {
        Lang::En => EN.get(usize::from(month).wrapping_sub(1)).map_or_else(|| month.to_string(), |s| (*s).to_owned()),
        Lang::Zh => format!("{month}月"),
    }
}

/// A year as written alone: "2024", "2024年".
pub fn format_year(year: u16, lang: Lang) -> String {
    match lang {
        Lang::En => year.to_string(),
        Lang::Zh => format!("{year}年"),
    }
}

/// A month of a year: "Mar 2024", "2024年3月".
pub fn format_year_month(year: u16, month: u8, lang: Lang) -> String {
    match lang {
        Lang::En => format!("{} {year}", month_name(month, lang)),
        Lang::Zh => format!("{year}年{month}月"),
    }
}

/// A share 0..=1 as a percentage with one decimal: "52.8%".
pub fn format_percent(share: f64) -> String {
    format!("{}%", format_tenths((share * 1000.0).round()))
}

/// A non-negative amount counted in tenths, with one decimal: 528.0 → "52.8". Written with
/// integers: Rust's float formatting would bring its tables into the WASM for this alone.
pub fn format_tenths(tenths: f64) -> String {
    let t = if tenths.is_finite() && tenths > 0.0 { tenths as u64 } else { 0 };
    format!("{}.{}", t / 10, t % 10)
}

/// "20 MB", "1.5 MB", "830 KB".
pub fn format_bytes(n: usize) -> String {
    const MB: usize = 1024 * 1024;
    if n >= MB {
        // Tenths of a megabyte, rounded; a whole number of megabytes drops the ".0".
        let tenths = (n as u64 * 10 + MB as u64 / 2) / MB as u64;
        if tenths.is_multiple_of(10) {
            format!("{} MB", tenths / 10)
        } else {
            format!("{}.{} MB", tenths / 10, tenths % 10)
        }
    } else {
        format!("{} KB", n.div_ceil(1024))
    }
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
        assert_eq!(format_percent(0.0), "0.0%");
        assert_eq!(format_percent(1.0), "100.0%");
        assert_eq!(format_percent(0.00049), "0.0%");
        assert_eq!(format_percent(0.00051), "0.1%");
        assert_eq!(format_bytes(20 * 1024 * 1024), "20 MB");
        assert_eq!(format_bytes(1024 * 1024 * 3 / 2), "1.5 MB");
        assert_eq!(format_bytes(830 * 1024), "830 KB");
        assert_eq!(fill("Other {n} categories", &[("n", "11")]), "Other 11 categories");
        assert_eq!(Lang::from_preferences(["fr-FR", "zh-CN", "en"]), Lang::Zh);
        assert_eq!(Lang::from_preferences(["en-GB", "zh"]), Lang::En);
        assert_eq!(Lang::from_preferences([]), Lang::En);
    }
}

/// A date at the precision the source gave: "2025", "Jun 2025", "20 Jun 2025";
/// "2025年", "2025年6月", "2025年6月20日".
pub fn format_date(d: super::date::PartialDate, lang: Lang) -> String {
    match (d.month, d.day, lang) {
        (None, _, _) => format_year(d.year, lang),
        (Some(m), None, _) => format_year_month(d.year, m, lang),
        (Some(m), Some(day), Lang::En) => format!("{day} {}", format_year_month(d.year, m, lang)),
        (Some(m), Some(day), Lang::Zh) => format!("{}年{m}月{day}日", d.year),
    }
}

#[cfg(test)]
mod date_format_tests {
    use super::*;
    use crate::core::date::PartialDate;

    #[test]
    fn dates_keep_their_precision_in_both_languages() {
        let d = |s: &str| PartialDate::parse(s).unwrap();
        assert_eq!(format_date(d("2025"), Lang::En), "2025");
        assert_eq!(format_date(d("2025-06"), Lang::En), "Jun 2025");
        assert_eq!(format_date(d("2025-06-20"), Lang::En), "20 Jun 2025");
        assert_eq!(format_date(d("2025"), Lang::Zh), format_year(2025, Lang::Zh));
        assert_eq!(format_date(d("2025-06-20"), Lang::Zh), "2025年6月20日");
    }
}
