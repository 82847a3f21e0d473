//! Spreadsheet formula neutralisation, shared by the CSV downloads (`export`) and the loader
//! (`parse`), which gives a downloaded file's cells back exactly when it is loaded again.

/// Characters that make a spreadsheet treat a cell as a formula (OWASP's list; tab and CR too).
fn is_formula_start(c: char) -> bool {
    matches!(c, '=' | '+' | '-' | '@' | '\t' | '\r')
}

/// Apostrophes, then a formula character: what `restore` takes one apostrophe from.
fn looks_neutralised(cell: &str) -> bool {
    cell.starts_with('\'') && cell.trim_start_matches('\'').chars().next().is_some_and(is_formula_start)
}

/// A cell as written to a downloaded CSV: formula-like values get a leading `'` (and so do
/// values that already look neutralised, such as `'=1`, so that `restore` gives them back).
pub fn neutralise(cell: &str) -> String {
    if cell.chars().next().is_some_and(is_formula_start) || looks_neutralised(cell) {
        format!("'{cell}")
    } else {
        cell.to_owned()
    }
}

/// Reverses `neutralise` when a downloaded file is loaded again.
pub fn restore(cell: &str) -> &str {
    if looks_neutralised(cell) {
        &cell[1..]
    } else {
        cell
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formula_cells_are_neutralised_and_restored() {
        for (cell, out) in [
            ("=HYPERLINK(\"x\")", "'=HYPERLINK(\"x\")"),
            ("+1", "'+1"),
            ("-2", "'-2"),
            ("@SUM(A1)", "'@SUM(A1)"),
            ("\tx", "'\tx"),
            ("plain", "plain"),
            ("", ""),
        ] {
            assert_eq!(neutralise(cell), out);
            assert_eq!(restore(&neutralise(cell)), cell);
        }
        assert_eq!(restore("'quoted"), "'quoted", "an apostrophe before ordinary text is data");
    }
}
