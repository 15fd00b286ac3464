//! Splits a block of prose into sentences, keeping byte spans into the source.
//!
//! A full stop ends a sentence only when the next word starts a new one: not after "St." or
//! "Mr.", not after an initial ("J. Smith"), not inside "7.45pm" or a score.

/// Abbreviations whose full stop does not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "st", "mr", "mrs", "ms", "dr", "jr", "sr", "vs", "v", "no", "nos", "jan", "feb", "mar", "apr",
    "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mt", "ft", "approx", "etc", "e.g",
    "i.e", "fc", "ac", "u.s", "inc", "co", "pts",
];

/// Sentence byte ranges inside `text[start..end]`, trimmed, absolute offsets.
pub fn split(text: &str, start: usize, end: usize) -> Vec<(usize, usize)> {
    let Some(slice) = text.get(start..end) else {
        return Vec::new();
    };
    let chars: Vec<(usize, char)> = slice.char_indices().collect();
    let mut out = Vec::new();
    let mut from = 0;
    let mut i = 0;
    while i < chars.len() {
        let (off, c) = chars[i];
        if matches!(c, '.' | '!' | '?') {
            let mut j = i + 1;
            while j < chars.len()
                && matches!(chars[j].1, '"' | '”' | '’' | '\'' | ')' | '.' | '!' | '?')
            {
                j += 1;
            }
            let at_end = j >= chars.len();
            let gap = j < chars.len() && chars[j].1.is_whitespace();
            let next_starts = chars[j..]
                .iter()
                .find(|(_, d)| !d.is_whitespace())
                .is_some_and(|&(_, d)| {
                    d.is_uppercase()
                        || d.is_ascii_digit()
                        || matches!(d, '"' | '“' | '‘' | '-' | '—' | '[')
                });
            if at_end || (gap && next_starts && !(c == '.' && is_abbreviation(&slice[..off]))) {
                let e = chars.get(j).map_or(slice.len(), |&(o, _)| o);
                push(&mut out, slice, start, from, e);
                from = e;
            }
            i = j;
            continue;
        }
        i += 1;
    }
    push(&mut out, slice, start, from, slice.len());
    out
}

fn push(out: &mut Vec<(usize, usize)>, slice: &str, base: usize, s: usize, e: usize) {
    let piece = &slice[s..e];
    let lead = piece.len() - piece.trim_start().len();
    let t = piece.trim();
    if !t.is_empty() {
        out.push((base + s + lead, base + s + lead + t.len()));
    }
}

/// Whether the word just before a full stop is an abbreviation or an initial.
fn is_abbreviation(before: &str) -> bool {
    let word: String = before
        .chars()
        .rev()
        .take_while(|c| c.is_alphanumeric() || *c == '.')
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    let low = word.to_lowercase();
    let single_initial = word.chars().count() == 1 && word.chars().all(char::is_uppercase);
    single_initial || ABBREVIATIONS.contains(&low.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parts(s: &str) -> Vec<&str> {
        split(s, 0, s.len())
            .into_iter()
            .map(|(a, b)| &s[a..b])
            .collect()
    }

    #[test]
    fn splits_on_sentence_ends_only() {
        assert_eq!(
            parts("Rovers won 3-2 at St. Mary's. J. Smith scored at 7.45pm! Was it offside? No."),
            [
                "Rovers won 3-2 at St. Mary's.",
                "J. Smith scored at 7.45pm!",
                "Was it offside?",
                "No."
            ]
        );
    }

    #[test]
    fn keeps_quotes_with_their_sentence() {
        assert_eq!(
            parts("\"We were poor.\" The coach left."),
            ["\"We were poor.\"", "The coach left."]
        );
        assert_eq!(
            parts("no full stop at the end"),
            ["no full stop at the end"]
        );
    }
}
