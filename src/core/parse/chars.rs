//! Character classes that both the field checks (which refuse them) and the error messages
//! (which show them as escapes) need: below both, so neither depends on the other for them.

/// Zero-width and bidirectional-control characters: invisible, yet able to reorder or hide text.
pub fn is_invisible_format(c: char) -> bool {
    matches!(c, '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2060}'..='\u{2064}' | '\u{2066}'..='\u{2069}' | '\u{feff}')
}
