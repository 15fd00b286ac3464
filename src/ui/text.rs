//! Match text made safe for the terminal and made to fit a panel.

use crate::sanitize;
use ratatui::text::Span;

/// Text from a match file with control characters and escape sequences removed; every name,
/// narrative and competition passes through here before it reaches a widget.
pub fn clean(text: &str) -> String {
    sanitize::clean(text).into_owned()
}

/// A cleaned surname, for tight panels.
pub fn short(name: &str) -> String {
    crate::model::surname(&clean(name)).to_string()
}

/// How many terminal columns `text` takes.
pub fn width(text: &str) -> usize {
    Span::raw(text).width()
}

/// `text` cut to `max` columns, ending in `…` when something was cut.
pub fn fit(text: &str, max: usize) -> String {
    if width(text) <= max {
        return text.to_string();
    }
    if max == 0 {
        return String::new();
    }
    let mut out = String::new();
    let mut used = 0;
    for c in text.chars() {
        let mut buf = [0u8; 4];
        let w = width(c.encode_utf8(&mut buf));
        if used + w > max - 1 {
            break;
        }
        out.push(c);
        used += w;
    }
    out.truncate(out.trim_end().len());
    out.push('…');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cleans_escape_sequences() {
        assert_eq!(clean("Reus\x1b[31m"), "Reus[31m");
        assert_eq!(short("Marco \x1b]0;x\x07Reus"), "]0;xReus");
    }

    #[test]
    fn fits_by_columns() {
        assert_eq!(fit("Schürrle", 8), "Schürrle");
        assert_eq!(fit("Schürrle", 5), "Schü…");
        assert_eq!(fit("de Roon", 4), "de…");
        assert_eq!(fit("abc", 0), "");
        assert_eq!(fit("abc", 1), "…");
        assert_eq!(fit("日本語", 4), "日…");
    }
}
