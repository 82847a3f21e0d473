//! What can be wrong in a data file, as data: a `DataError` names the place (file, line, column)
//! and an `ErrorKind` says what is wrong with the values involved. Sentences are made only when
//! the error is shown, in the reader's language, so the review of a reader's CSV is as Chinese as
//! the rest of the page in 中文 (and the build and the tests read the English).

use crate::core::i18n::{format_bytes, format_int, Lang};
use std::fmt;

/// Longest cell value quoted back in a message; a huge field is cut, not echoed whole.
const MAX_QUOTED_CHARS: usize = 60;

/// One problem found in a data file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DataError {
    pub file: String,
    /// 1-based line where the record starts (the header is line 1); `None` for whole-file problems.
    pub line: Option<u64>,
    pub column: Option<String>,
    pub kind: ErrorKind,
}

/// Which list of ids a reference must be found in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IdList {
    Sources,
    Categories,
    Models,
    Specialties,
    ModelColumns,
    Developers,
    Provinces,
}

/// Every kind of problem, with the values a message needs. Cell values are kept as read; they are
/// quoted (cut, invisible characters shown) only when the message is written.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ErrorKind {
    // Whole file.
    /// The file could not be read at all (the browser refused it); not the same as empty.
    ReadFailed,
    TooBig {
        bytes: usize,
        max: usize,
    },
    TooManyRows {
        max: usize,
    },
    Utf16,
    Binary,
    NotUtf8 {
        byte: u8,
        after: Option<String>,
    },
    Empty,
    HeaderOnly,
    // Header.
    HeaderUnreadable {
        detail: String,
    },
    HeaderMismatch {
        found: Vec<String>,
        more: usize,
        expected: &'static [&'static str],
    },
    HeaderLacks {
        missing: Vec<&'static str>,
        expected: &'static [&'static str],
    },
    HeaderRepeats {
        column: &'static str,
    },
    // Records.
    UnreadableRecord {
        detail: String,
    },
    RunawayQuote {
        found: usize,
        expected: usize,
    },
    FieldCount {
        found: usize,
        expected: usize,
    },
    // Fields.
    Required,
    TooLong {
        chars: usize,
        max: usize,
    },
    Invisible {
        value: String,
        code: u32,
    },
    Control {
        value: String,
        code: u32,
    },
    NotId {
        value: String,
        sep: char,
    },
    /// Not an ISO 3166-2:CN code (`CN-` and two capital letters).
    NotProvinceCode {
        value: String,
    },
    NotOneOf {
        value: String,
        allowed: String,
    },
    NotDate {
        value: String,
    },
    NotDay {
        value: String,
    },
    NotUrl {
        value: String,
    },
    UnknownId {
        value: String,
        list: IdList,
    },
    RepeatedId {
        value: String,
        first_line: u64,
    },
    NoFunctions,
    NoSpecialty,
    NotPositiveBillions {
        value: String,
    },
    NotWholeNumber {
        value: String,
    },
    NotLowercase {
        value: String,
    },
    ReservedId {
        value: String,
    },
    NotNonNegative {
        value: String,
    },
    CountWithoutSource,
    // Across rows and files.
    MissingMetric,
    /// `total` names the total and its value: "functionalities_total = 814".
    PartAboveTotal {
        part: String,
        total: String,
    },
    CountsAboveTotal {
        sum: String,
        total: String,
    },
    TooManyCounts {
        with_counts: usize,
        categories: String,
    },
    /// A `functions.csv` row that is not the model's next phrase.
    FunctionNotNext {
        found: String,
        expected: String,
    },
    /// A `functions.csv` row after the model's last phrase.
    FunctionBeyond {
        model: String,
        count: usize,
    },
    /// A phrase of a model's `functions` with no row in `functions.csv`.
    FunctionMissing {
        model: String,
        phrase: String,
    },
    /// A `changes.csv` version older than the one before it.
    VersionOrder {
        version: String,
        previous: String,
    },
    /// `added` for a model already present at that version, `changed`/`removed` for one that is not.
    ChangeImpossible {
        model: String,
        change: &'static str,
    },
    /// After every version, the models present differ from `models.csv`.
    ChangesDisagree {
        model: String,
        in_models: bool,
    },
    NoFieldsChanged,
    FieldsOnlyForChanged,
    /// The data compiled into the app does not decode: a broken build, never the reader's doing.
    BundleUnreadable,
}

/// A cell value quoted for a message: cut to a readable length, with control and invisible
/// formatting characters shown as escapes so the message itself stays legible.
pub fn quoted(v: &str) -> String {
    let mut out = String::from("'");
    for (i, c) in v.chars().enumerate() {
        if i == MAX_QUOTED_CHARS {
            out.push('…');
            break;
        }
        if c.is_control() || super::chars::is_invisible_format(c) {
            out.push_str(&format!("\\u{{{:x}}}", c as u32));
        } else {
            out.push(c);
        }
    }
    out.push('\'');
    out
}

fn list_name(list: IdList, lang: Lang) -> &'static str {
    match (list, lang) {
        (IdList::Sources, Lang::En) => "source id of sources.csv",
        (IdList::Sources, Lang::Zh) => "sources.csv 中的来源 id",
        (IdList::Categories, Lang::En) => "category id of categories.csv",
        (IdList::Categories, Lang::Zh) => "categories.csv 中的类别 id",
        (IdList::Models, Lang::En) => "model id of models.csv",
        (IdList::Models, Lang::Zh) => "models.csv 中的模型 id",
        (IdList::Specialties, Lang::En) => "specialty id of specialties.csv",
        (IdList::Specialties, Lang::Zh) => "specialties.csv 中的专科 id",
        (IdList::ModelColumns, Lang::En) => "column of models.csv",
        (IdList::ModelColumns, Lang::Zh) => "models.csv 的列名",
        (IdList::Developers, Lang::En) => "developer of models.csv",
        (IdList::Developers, Lang::Zh) => "models.csv 中的开发方",
        (IdList::Provinces, Lang::En) => "province id of provinces.csv",
        (IdList::Provinces, Lang::Zh) => "provinces.csv 中的省级行政区 id",
    }
}

impl ErrorKind {
    /// The problem in words, without its place.
    pub fn message(&self, lang: Lang) -> String {
        use ErrorKind::*;
        let zh = lang == Lang::Zh;
        let q = |v: &str| quoted(v);
        match self {
            ReadFailed if zh => "浏览器无法读取此文件（可能已被移动、删除或无读取权限）".into(),
            ReadFailed => "the browser could not read the file (was it moved, deleted or not readable?)".into(),
            TooBig { bytes, max } => {
                let (size, max) = (format_bytes(*bytes), format_bytes(*max));
                // Just over the limit rounds to the limit itself: "the file is 20 MB; files up to
                // 20 MB" would read as a contradiction.
                match (size == max, zh) {
                    (true, true) => format!("文件超过{max}；最多可打开{max}的文件"),
                    (false, true) => format!("文件大小为{size}；最多可打开{max}的文件"),
                    (true, false) => format!("the file is over {max}; files up to {max} can be opened"),
                    (false, false) => format!("the file is {size}; files up to {max} can be opened"),
                }
            }
            TooManyRows { max } if zh => format!("文件超过{}行；请拆分为较小的文件", format_int(*max as u64)),
            TooManyRows { max } => format!("the file has more than {} rows; split it into smaller files", format_int(*max as u64)),
            Utf16 if zh => "此文件是 UTF-16 文本（Excel 的“Unicode 文本”即如此保存）；请另存为 UTF-8 CSV".into(),
            Utf16 => "the file is UTF-16 text (as Excel's \"Unicode Text\" saves it); save it as UTF-8 CSV".into(),
            Binary if zh => "此文件看起来是二进制文件（含 NUL 字节），不是 CSV 文本".into(),
            Binary => "the file looks binary (it contains NUL bytes), not CSV text".into(),
            NotUtf8 { byte, after } => {
                let place = match (after, zh) {
                    (None, false) => "at the start of the line".to_owned(),
                    (None, true) => "位于行首".to_owned(),
                    (Some(a), false) => format!("after {}", q(a)),
                    (Some(a), true) => format!("位于{}之后", q(a)),
                };
                if zh {
                    format!("此文件不是 UTF-8 文本：字节 0x{byte:02X}（{place}）不是 UTF-8（是否以 Latin-1 或 Windows-1252 保存？）；请另存为 UTF-8 CSV")
                } else {
                    format!("the file is not UTF-8 text: the byte 0x{byte:02X} {place} is not UTF-8 (was it saved as Latin-1 or Windows-1252?); save it as UTF-8 CSV")
                }
            }
            Empty if zh => "文件是空的".into(),
            Empty => "the file is empty".into(),
            HeaderOnly if zh => "文件只有表头，没有数据行".into(),
            HeaderOnly => "the file has a header but no rows".into(),
            HeaderUnreadable { detail } if zh => format!("无法读取表头：{detail}"),
            HeaderUnreadable { detail } => format!("the header cannot be read: {detail}"),
            HeaderMismatch { found, more, expected } => {
                let mut cols: Vec<String> = found.iter().map(|c| q(c)).collect();
                if *more > 0 {
                    cols.push(if zh { format!("另有{more}列") } else { format!("and {more} more") });
                }
                if zh {
                    format!("表头不符：现有列为{}；应有的列为{}", cols.join("、"), expected.join(", "))
                } else {
                    format!("the header does not match: it has the columns {}; expected the columns {}", cols.join(", "), expected.join(", "))
                }
            }
            HeaderLacks { missing, expected } if zh => format!("表头缺少列{}；应有的列为{}", missing.join(", "), expected.join(", ")),
            HeaderLacks { missing, expected } => format!(
                "the header lacks the column{} {}; expected the columns {}",
                if missing.len() == 1 { "" } else { "s" },
                missing.join(", "),
                expected.join(", ")
            ),
            HeaderRepeats { column } if zh => format!("表头中列{column}出现了不止一次；请只保留一个"),
            HeaderRepeats { column } => format!("the header has the column {column} more than once; keep one"),
            UnreadableRecord { detail } if zh => format!("无法读取的记录：{detail}"),
            UnreadableRecord { detail } => format!("unreadable record: {detail}"),
            RunawayQuote { found, expected } if zh => {
                format!("一个带引号的单元格跨越了多行，因此该行有{found}个字段，而表头有{expected}个；是否缺少右引号？")
            }
            RunawayQuote { found, expected } => format!(
                "a quoted cell runs over several lines, so the row has {found} fields instead of the header's {expected}; is a closing quote missing?"
            ),
            FieldCount { found, expected } if zh => format!("应与表头一样有{expected}个字段，实际有{found}个"),
            FieldCount { found, expected } => format!("expected {expected} fields like the header, found {found}"),
            Required if zh => "为空；此项必填".into(),
            Required => "is empty; a value is required".into(),
            TooLong { chars, max } if zh => format!("长{}个字符；上限为{}", format_int(*chars as u64), format_int(*max as u64)),
            TooLong { chars, max } => format!("is {} characters long; the limit is {}", format_int(*chars as u64), format_int(*max as u64)),
            Invisible { value, code } if zh => format!("{}含有不可见的格式字符（U+{code:04X}）；请删除", q(value)),
            Invisible { value, code } => format!("{} contains an invisible formatting character (U+{code:04X}); remove it", q(value)),
            Control { value, code } if zh => format!("{}含有控制字符（U+{code:04X}）", q(value)),
            Control { value, code } => format!("{} contains a control character (U+{code:04X})", q(value)),
            NotId { value, sep } if zh => format!("{}不是 id（小写字母、数字和“{sep}”）", q(value)),
            NotId { value, sep } => format!("{} is not an id (lowercase letters, digits and '{sep}')", q(value)),
            NotProvinceCode { value } if zh => format!("{}不是 ISO 3166-2:CN 代码（“CN-”加两个大写字母）", q(value)),
            NotProvinceCode { value } => format!("{} is not an ISO 3166-2:CN code ('CN-' and two capital letters)", q(value)),
            NotOneOf { value, allowed } if zh => format!("{}不是以下取值之一：{allowed}", q(value)),
            NotOneOf { value, allowed } => format!("{} is not one of {allowed}", q(value)),
            NotDate { value } if zh => format!("{}不是日期（YYYY、YYYY-MM 或 YYYY-MM-DD）", q(value)),
            NotDate { value } => format!("{} is not a date (YYYY, YYYY-MM or YYYY-MM-DD)", q(value)),
            NotDay { value } if zh => format!("{}不是完整日期（YYYY-MM-DD）", q(value)),
            NotDay { value } => format!("{} is not a full date (YYYY-MM-DD)", q(value)),
            NotUrl { value } if zh => format!("{}不是 http(s) 网址", q(value)),
            NotUrl { value } => format!("{} is not an http(s) address", q(value)),
            UnknownId { value, list } if zh => format!("{}不是已知的{}", q(value), list_name(*list, lang)),
            UnknownId { value, list } => format!("{} is not a known {}", q(value), list_name(*list, lang)),
            RepeatedId { value, first_line } if zh => format!("{}与第{first_line}行的 id 重复", q(value)),
            RepeatedId { value, first_line } => format!("{} repeats the id of line {first_line}", q(value)),
            NoFunctions if zh => "为空；至少需要一项功能".into(),
            NoFunctions => "is empty; at least one function is required".into(),
            NoSpecialty if zh => "为空；至少需要一个专科 id".into(),
            NoSpecialty => "is empty; at least one specialty id is required".into(),
            NotPositiveBillions { value } if zh => format!("{}不是以十亿计的正数", q(value)),
            NotPositiveBillions { value } => format!("{} is not a positive number of billions", q(value)),
            NotWholeNumber { value } if zh => format!("{}不是整数", q(value)),
            NotWholeNumber { value } => format!("{} is not a whole number", q(value)),
            ReservedId { value } if zh => format!("{}是保留的 id（用于不属于任何系列的模型）", q(value)),
            ReservedId { value } => format!("{} is a reserved id (it stands for models in no family)", q(value)),
            NotLowercase { value } if zh => format!("{}含有大写字母；匹配规则只比较小写", q(value)),
            NotLowercase { value } => format!("{} has uppercase letters; the rule compares lowercase text", q(value)),
            FunctionBeyond { model, count } if zh => format!("模型{}只有{count}项功能；这一行多余", q(model)),
            FunctionBeyond { model, count } => format!("model {} has only {count} functions; this row is one too many", q(model)),
            NotNonNegative { value } if zh => format!("{}不是非负数", q(value)),
            NotNonNegative { value } => format!("{} is not a non-negative number", q(value)),
            CountWithoutSource if zh => "为空；调研数字必须注明来源".into(),
            CountWithoutSource => "is empty; a survey count must cite its source".into(),
            MissingMetric if zh => "缺失；应用的头条数字需要它".into(),
            MissingMetric => "is missing; the app's headline needs it".into(),
            PartAboveTotal { part, total } if zh => format!("{part}超过了其总数 {total}"),
            PartAboveTotal { part, total } => format!("{part} exceeds its total {total}"),
            CountsAboveTotal { sum, total } if zh => format!("各项合计为{sum}，超过调研总数{total}"),
            CountsAboveTotal { sum, total } => format!("the counts add up to {sum}, above the survey's total of {total}"),
            TooManyCounts { with_counts, categories } if zh => format!("有{with_counts}个类别带有调研数字；调研只有{categories}类"),
            TooManyCounts { with_counts, categories } => format!("{with_counts} categories carry survey counts; the survey has only {categories}"),
            FunctionNotNext { found, expected } if zh => format!("{}不是该模型的下一项功能；应为{}", q(found), q(expected)),
            FunctionNotNext { found, expected } => format!("{} is not the model's next function; expected {}", q(found), q(expected)),
            FunctionMissing { model, phrase } if zh => format!("模型{}的功能{}在此文件中没有对应行", q(model), q(phrase)),
            FunctionMissing { model, phrase } => format!("the function {} of model {} has no row here", q(phrase), q(model)),
            VersionOrder { version, previous } if zh => format!("版本{}早于其前面的版本{}；请按时间顺序排列", q(version), q(previous)),
            VersionOrder { version, previous } => format!("version {} comes before the earlier row's {}; list versions oldest first", q(version), q(previous)),
            ChangeImpossible { model, change } if zh => format!("此版本无法对模型{}执行“{change}”（它{}）", q(model), if *change == "added" { "已存在" } else { "不存在" }),
            ChangeImpossible { model, change } => format!(
                "model {} cannot be {change} at this version (it is {} by then)",
                q(model),
                if *change == "added" { "already present" } else { "not present" }
            ),
            ChangesDisagree { model, in_models: true } if zh => format!("模型{}在 models.csv 中，但按各版本的变更它不存在", q(model)),
            ChangesDisagree { model, in_models: true } => format!("model {} is in models.csv but not present after the changes listed", q(model)),
            ChangesDisagree { model, .. } if zh => format!("按各版本的变更模型{}应当存在，但 models.csv 中没有它", q(model)),
            ChangesDisagree { model, .. } => format!("model {} is present after the changes listed but not in models.csv", q(model)),
            NoFieldsChanged if zh => "为空；“changed”必须列出改动的列".into(),
            NoFieldsChanged => "is empty; a 'changed' row must name the columns that changed".into(),
            FieldsOnlyForChanged if zh => "只有“changed”行才列出改动的列".into(),
            FieldsOnlyForChanged => "names columns, but only a 'changed' row does".into(),
            BundleUnreadable if zh => "内置数据无法解码（构建已损坏）；请重新构建".into(),
            BundleUnreadable => "the data compiled into the app cannot be decoded (a broken build); rebuild it".into(),
        }
    }
}

impl DataError {
    /// A problem with no line (the whole file).
    pub fn whole_file(file: &str, kind: ErrorKind) -> DataError {
        DataError { file: file.to_owned(), line: None, column: None, kind }
    }

    /// A problem at a place of `file` found by a check across rows or files.
    pub fn at(file: &str, line: Option<u64>, column: &str, kind: ErrorKind) -> DataError {
        DataError { file: file.to_owned(), line, column: Some(column.to_owned()), kind }
    }

    /// The place and the message without the file name, as shown next to a file the reader
    /// chose: "line 14, column released: '2024-13' is not a date …" / "第14行，released 列：…".
    pub fn located_in(&self, lang: Lang) -> String {
        let message = self.kind.message(lang);
        match (self.line, &self.column, lang) {
            (Some(l), Some(c), Lang::En) => format!("line {l}, column {c}: {message}"),
            (Some(l), Some(c), Lang::Zh) => format!("第{l}行，{c}列：{message}"),
            (Some(l), None, Lang::En) => format!("line {l}: {message}"),
            (Some(l), None, Lang::Zh) => format!("第{l}行：{message}"),
            (None, Some(c), Lang::En) => format!("column {c}: {message}"),
            (None, Some(c), Lang::Zh) => format!("{c}列：{message}"),
            (None, None, _) => message,
        }
    }

    /// `located_in` English, as the build and the tests read it.
    pub fn located(&self) -> String {
        self.located_in(Lang::En)
    }
}

impl fmt::Display for DataError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.file, self.located())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoted_values_are_cut_and_invisible_characters_shown() {
        assert_eq!(quoted("2024-13"), "'2024-13'");
        assert_eq!(quoted("a\u{202e}b"), "'a\\u{202e}b'");
        let long = "x".repeat(500);
        assert_eq!(quoted(&long).chars().count(), MAX_QUOTED_CHARS + 3);
    }

    #[test]
    fn errors_read_in_both_languages() {
        let e = DataError {
            file: "mine.csv".into(),
            line: Some(14),
            column: Some("released".into()),
            kind: ErrorKind::NotDate { value: "2024-13".into() },
        };
        assert_eq!(e.to_string(), "mine.csv: line 14, column released: '2024-13' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)");
        assert_eq!(e.located_in(Lang::Zh), "第14行，released列：'2024-13'不是日期（YYYY、YYYY-MM 或 YYYY-MM-DD）");
        let whole = DataError::whole_file("x.csv", ErrorKind::ReadFailed);
        assert!(whole.located_in(Lang::Zh).starts_with("浏览器无法读取"));
        assert_ne!(whole.located(), ErrorKind::Empty.message(Lang::En), "a failed read is not an empty file");
    }
}
