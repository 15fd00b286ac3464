//! Keeps text from match files from driving the terminal.
//!
//! Names and narrative come from files we did not write. Control characters (C0, DEL, C1,
//! which includes the escape that starts every terminal sequence) are dropped before text
//! reaches a widget or stdout, so a crafted file can neither move the cursor nor retitle the
//! window. Tabs and line breaks become spaces: layout is the viewer's job.

use std::borrow::Cow;

/// The text with every control character removed, whitespace controls turned into spaces.
pub fn clean(text: &str) -> Cow<'_, str> {
    if !text.chars().any(is_unsafe) {
        return Cow::Borrowed(text);
    }
    Cow::Owned(
        text.chars()
            .filter_map(|c| match c {
                '\t' | '\n' | '\r' => Some(' '),
                c if is_unsafe(c) => None,
                c => Some(c),
            })
            .collect(),
    )
}

/// Control characters plus the Unicode bidi overrides, which can reorder what a reader sees.
fn is_unsafe(c: char) -> bool {
    c.is_control() || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strips_escape_sequences_and_controls() {
        assert_eq!(clean("Reus\x1b[2J\x1b]0;pwned\x07"), "Reus[2J]0;pwned");
        assert_eq!(clean("a\tb\nc\r"), "a b c ");
        assert_eq!(clean("\u{9b}31m red"), "31m red");
        assert_eq!(clean("ok\u{202E}txt"), "oktxt");
    }

    #[test]
    fn leaves_ordinary_text_alone() {
        assert!(matches!(clean("Schürrle 1-0 ’"), Cow::Borrowed(_)));
    }
}
