//! Match text made safe for the terminal and made to fit a panel.

use crate::sanitize;
use crate::timeline::Timeline;
use ratatui::text::Span;
use std::borrow::Cow;

/// Text from a match file with control characters and escape sequences removed; every name,
/// narrative and competition passes through here before it reaches a widget.
pub fn clean(text: &str) -> String {
    sanitize::clean(text).into_owned()
}

/// A cleaned surname, for tight panels, without copying a name that needs no cleaning.
fn short_cow(name: &str) -> Cow<'_, str> {
    match sanitize::clean(name) {
        Cow::Borrowed(clean) => Cow::Borrowed(crate::model::surname(clean)),
        Cow::Owned(clean) => Cow::Owned(crate::model::surname(&clean).to_string()),
    }
}

/// `short_cow`, but "L. Suárez" where another player of the match is also a Suárez.
pub fn short_in<'n>(name: &'n str, timeline: &Timeline) -> Cow<'n, str> {
    let short = short_cow(name);
    if !timeline.surname_is_shared(&short) {
        return short;
    }
    let clean = sanitize::clean(name);
    match clean
        .split_whitespace()
        .next()
        .and_then(|w| w.chars().next())
    {
        Some(initial) if clean.trim() != short => Cow::Owned(format!("{initial}. {short}")),
        _ => short,
    }
}

/// How many terminal columns `text` takes.
pub fn width(text: &str) -> usize {
    Span::raw(text).width()
}

/// Whether `c` is always a grapheme of its own, one column wide, in a run of such characters:
/// printable ASCII, the Latin letters of most names and the symbols the panels use. Text made
/// only of these is one cell a character and can be written without grapheme segmentation.
/// None of these combines with a neighbour (no marks, joiners, jamo or regional indicators),
/// and the symbol blocks are checked for width, as a few of their shapes are emoji.
pub fn one_cell(c: char) -> bool {
    match c {
        ' '..='~' => true,
        // Latin-1 and Latin Extended-A and -B, but for the soft hyphen, a format character.
        '\u{a0}'..='\u{24f}' => c != '\u{ad}',
        // Dashes, quotes, bullets and the ellipsis; arrows; box drawing, blocks and shapes.
        '\u{2010}'..='\u{2027}' | '\u{2190}'..='\u{21ff}' | '\u{2500}'..='\u{25ff}' => {
            let mut buf = [0u8; 4];
            width(c.encode_utf8(&mut buf)) == 1
        }
        _ => false,
    }
}

/// `text` cut to `max` columns, ending in `…` when something was cut.
pub fn fit(text: &str, max: usize) -> String {
    // Text of one-cell characters is as wide as it is long: cut by counting, without
    // measuring every character (a moment's commentary can run to hundreds of them).
    if text.chars().all(one_cell) {
        let mut chars = text.char_indices().map(|(i, _)| i);
        let Some(cut) = chars.nth(max) else {
            return text.to_string();
        };
        if max == 0 {
            return String::new();
        }
        let kept = text[..cut]
            .char_indices()
            .nth(max - 1)
            .map_or(cut, |(i, _)| i);
        let mut out = text[..kept].trim_end().to_string();
        out.push('…');
        return out;
    }
    fit_measured(text, max)
}

/// `fit` for any text, measuring each character.
fn fit_measured(text: &str, max: usize) -> String {
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
    fn a_surname_two_players_share_gets_an_initial() {
        use crate::model::{Match, Player, Team};
        let team = |name: &str, players: &[&str]| Team {
            players: players.iter().map(|p| Player::named(*p)).collect(),
            ..Team::named(name)
        };
        let m = Match::new(
            team(
                "Barcelona",
                &["Luis Suárez", "Denis Suárez", "Lionel Messi"],
            ),
            team("Girona", &["Suárez"]),
        );
        let tl = Timeline::new(m);
        assert_eq!(short_in("Luis Suárez", &tl), "L. Suárez");
        assert_eq!(short_in("Denis Suárez", &tl), "D. Suárez");
        assert_eq!(short_in("Suárez", &tl), "Suárez");
        assert_eq!(short_in("Lionel Messi", &tl), "Messi");
    }

    #[test]
    fn cleans_escape_sequences() {
        assert_eq!(clean("Reus\x1b[31m"), "Reus[31m");
        assert_eq!(short_cow("Marco \x1b]0;x\x07Reus"), "]0;xReus");
    }

    #[test]
    fn one_cell_text_is_written_as_set_stringn_writes_it() {
        use ratatui::buffer::Buffer;
        use ratatui::layout::Rect;
        use ratatui::style::Style;
        let ranges = [
            (0x20, 0x7e),
            (0xa0, 0x24f),
            (0x2010, 0x2027),
            (0x2190, 0x21ff),
            (0x2500, 0x25ff),
        ];
        let all: String = ranges
            .iter()
            .flat_map(|&(a, b)| (a..=b).filter_map(char::from_u32))
            .filter(|&c| one_cell(c))
            .collect();
        let n = u16::try_from(all.chars().count()).expect("fits");
        assert!(n > 900);
        let mut theirs = Buffer::empty(Rect::new(0, 0, n, 1));
        let mut ours = theirs.clone();
        theirs.set_stringn(0, 0, &all, usize::from(n), Style::new());
        for (x, c) in (0..n).zip(all.chars()) {
            ours[(x, 0)].set_char(c);
        }
        assert_eq!(ours, theirs);
        for c in ['\u{ad}', '\u{301}', '\u{200d}', '\u{25fd}', '\t', '日'] {
            assert!(!one_cell(c), "{c:?}");
        }
    }

    #[test]
    fn counts_one_cell_text_as_measuring_would() {
        for text in [
            "",
            "a",
            "ab  cd",
            "Ødegaard ▮",
            "Reus  ",
            " x",
            "Schürrle 1-0 (pen)",
        ] {
            for max in 0..text.chars().count() + 2 {
                assert_eq!(fit(text, max), fit_measured(text, max), "{text:?} {max}");
            }
        }
    }

    #[test]
    fn fits_by_columns() {
        assert_eq!(fit("Schürrle", 8), "Schürrle");
        assert_eq!(fit("Schürrle", 5), "Schü…");
        assert_eq!(fit("de Roon", 4), "de…");
        assert_eq!(fit("abc", 0), "");
        assert_eq!(fit("abc", 1), "…");
        assert_eq!(fit("日本語", 4), "日…");
        assert_eq!(fit("ab  cd", 4), "ab…");
        assert_eq!(fit("abcd", 4), "abcd");
        assert_eq!(fit("abcde", 4), "abc…");
        assert_eq!(fit("", 0), "");
        assert_eq!(fit("Ødegaard ▮", 5), "Ødeg…");
        assert_eq!(fit("Ødegaard ▮", 10), "Ødegaard ▮");
    }
}
