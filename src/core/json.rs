//! The one JSON writer: a small value tree and its pretty-printed text, with the one JSON string
//! escaper. Used natively at build time (the data package, `core::package`); the app never calls
//! it, so it is not in the WASM. No serde: a derive for one build-time file is not worth a
//! dependency (see ARCHITECTURE.md, "No serde").

/// A JSON value. Objects keep their keys in the order written, so the output reads as designed.
#[derive(Clone, Debug, PartialEq)]
pub enum Json {
    Bool(bool),
    /// A whole number (sizes, bounds); nothing here needs fractions.
    Int(u64),
    Str(String),
    Array(Vec<Json>),
    Object(Vec<(&'static str, Json)>),
}

impl Json {
    /// A string value.
    pub fn str(s: impl Into<String>) -> Json {
        Json::Str(s.into())
    }

    /// An array of strings.
    pub fn strs<S: AsRef<str>>(items: impl IntoIterator<Item = S>) -> Json {
        Json::Array(items.into_iter().map(|s| Json::str(s.as_ref())).collect())
    }

    /// The text, indented by two spaces; arrays of plain values stay on one line (`"primaryKey":
    /// ["id"]`, an `enum`), so the file reads like the hand-written descriptors in the spec.
    pub fn pretty(&self) -> String {
        let mut out = String::new();
        self.write(&mut out, 0);
        out.push('\n');
        out
    }

    fn write(&self, out: &mut String, depth: usize) {
        let indent = |out: &mut String, depth: usize| out.extend(std::iter::repeat_n("  ", depth));
        match self {
            Json::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
            Json::Int(n) => out.push_str(&n.to_string()),
            Json::Str(s) => out.push_str(&escape(s)),
            Json::Array(items) if items.iter().all(|i| !matches!(i, Json::Array(_) | Json::Object(_))) => {
                out.push('[');
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        out.push_str(", ");
                    }
                    item.write(out, depth);
                }
                out.push(']');
            }
            Json::Array(items) => {
                out.push_str("[\n");
                for (i, item) in items.iter().enumerate() {
                    indent(out, depth + 1);
                    item.write(out, depth + 1);
                    out.push_str(if i + 1 < items.len() { ",\n" } else { "\n" });
                }
                indent(out, depth);
                out.push(']');
            }
            Json::Object(fields) if fields.is_empty() => out.push_str("{}"),
            Json::Object(fields) => {
                out.push_str("{\n");
                for (i, (key, value)) in fields.iter().enumerate() {
                    indent(out, depth + 1);
                    out.push_str(&escape(key));
                    out.push_str(": ");
                    value.write(out, depth + 1);
                    out.push_str(if i + 1 < fields.len() { ",\n" } else { "\n" });
                }
                indent(out, depth);
                out.push('}');
            }
        }
    }
}

/// `s` as a JSON string literal, quotes included (RFC 8259: `"` and `\` escaped, control
/// characters as escapes; everything else, Chinese included, stays as UTF-8).
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if u32::from(c) < 0x20 => out.push_str(&format!("\\u{:04x}", u32::from(c))),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strings_are_escaped_once_and_kept_as_utf8() {
        assert_eq!(escape(r#"a "b" \c"#), r#""a \"b\" \\c""#);
        assert_eq!(escape("line\r\nnext\ttab\u{1}"), r#""line\r\nnext\ttab\u0001""#);
        assert_eq!(escape("病理 ^[a-z]+$"), "\"病理 ^[a-z]+$\"");
    }

    #[test]
    fn pretty_printing_nests_objects_and_keeps_plain_arrays_on_a_line() {
        let doc = Json::Object(vec![
            ("name", Json::str("x")),
            ("keys", Json::strs(["id", "model_id"])),
            ("bytes", Json::Int(42)),
            ("ok", Json::Bool(true)),
            ("fields", Json::Array(vec![Json::Object(vec![("name", Json::str("id"))])])),
            ("empty", Json::Object(vec![])),
        ]);
        assert_eq!(
            doc.pretty(),
            "{\n  \"name\": \"x\",\n  \"keys\": [\"id\", \"model_id\"],\n  \"bytes\": 42,\n  \"ok\": true,\n  \"fields\": [\n    {\n      \"name\": \"id\"\n    }\n  ],\n  \"empty\": {}\n}\n"
        );
    }
}
