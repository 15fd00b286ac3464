//! Word tokens with byte offsets into the original report, shared by every later stage.
//!
//! Every stage matches on `low` (lower case, accents folded, curly apostrophes straightened) so
//! "Schürrle" and "Schurrle", "Berisha’s" and "Berisha's" compare equal, while `start`/`end`
//! keep pointing into the untouched source for event spans.

use super::vocab::function_words::FUNCTION_WORDS;

/// One word, number or punctuation mark of a sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tok {
    /// The text as written.
    pub text: String,
    /// Lower case, accents folded: what matching uses.
    pub low: String,
    pub start: usize,
    pub end: usize,
}

impl Tok {
    /// Starts with a capital letter (proper nouns, sentence starts, all-caps datelines).
    pub fn is_cap(&self) -> bool {
        self.text.chars().next().is_some_and(char::is_uppercase)
    }

    pub fn is_word(&self) -> bool {
        self.text.chars().next().is_some_and(char::is_alphanumeric)
    }

    /// The possessive marker split off a name ("Berisha's" -> "Berisha", "'s"; "Sokratis'").
    pub fn is_possessive(&self) -> bool {
        self.low == "'s" || self.low == "'"
    }

    pub fn is(&self, word: &str) -> bool {
        self.low == word
    }
}

/// Lower case with common Latin accents removed, so spellings with and without them agree.
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '’' | '‘' | '`' => out.push('\''),
            '–' | '—' => out.push('-'),
            'ß' => out.push_str("ss"),
            'æ' | 'Æ' => out.push_str("ae"),
            'ø' | 'Ø' => out.push('o'),
            'ł' | 'Ł' => out.push('l'),
            'đ' | 'Đ' => out.push('d'),
            _ => {
                for l in c.to_lowercase() {
                    out.push(strip_accent(l));
                }
            }
        }
    }
    out
}

fn strip_accent(c: char) -> char {
    match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => 'a',
        'ç' | 'ć' | 'č' | 'ĉ' => 'c',
        'ď' => 'd',
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ė' | 'ę' | 'ě' => 'e',
        'ğ' | 'ģ' => 'g',
        'ì' | 'í' | 'î' | 'ï' | 'ī' | 'ı' | 'į' => 'i',
        'ķ' => 'k',
        'ľ' | 'ĺ' | 'ļ' => 'l',
        'ñ' | 'ń' | 'ň' | 'ņ' => 'n',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ō' | 'ő' => 'o',
        'ŕ' | 'ř' => 'r',
        'ś' | 'š' | 'ş' | 'ș' => 's',
        'ť' | 'ţ' | 'ț' => 't',
        'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' | 'ų' => 'u',
        'ý' | 'ÿ' => 'y',
        'ź' | 'ż' | 'ž' => 'z',
        c => c,
    }
}

fn joins_word(c: char) -> bool {
    matches!(c, '-' | '\'' | '’' | '+' | '.')
}

/// Splits `text[start..end]` into tokens whose offsets are absolute in `text`.
pub fn tokenize(text: &str, start: usize, end: usize) -> Vec<Tok> {
    let Some(slice) = text.get(start..end) else {
        return Vec::new();
    };
    let chars: Vec<(usize, char)> = slice.char_indices().collect();
    let mut toks = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let (off, c) = chars[i];
        if c.is_whitespace() {
            i += 1;
            continue;
        }
        if !c.is_alphanumeric() {
            let e = off + c.len_utf8();
            push(&mut toks, slice, start, off, e);
            i += 1;
            continue;
        }
        let mut j = i + 1;
        while j < chars.len() {
            let (_, d) = chars[j];
            let next_alnum = chars.get(j + 1).is_some_and(|&(_, n)| n.is_alphanumeric());
            let dot_ok = d != '.'
                || (chars[j - 1].1.is_ascii_digit()
                    && chars.get(j + 1).is_some_and(|&(_, n)| n.is_ascii_digit()));
            if d.is_alphanumeric() || (joins_word(d) && next_alnum && dot_ok) {
                j += 1;
            } else {
                break;
            }
        }
        let e = chars.get(j).map_or(slice.len(), |&(o, _)| o);
        let word = &slice[off..e];
        let low = fold(word);
        if low.len() > 2 && low.ends_with("'s") {
            let cut = e - if word.ends_with("’s") { 4 } else { 2 };
            push(&mut toks, slice, start, off, cut);
            push(&mut toks, slice, start, cut, e);
        } else {
            push(&mut toks, slice, start, off, e);
        }
        i = j;
    }
    toks
}

fn push(toks: &mut Vec<Tok>, slice: &str, base: usize, s: usize, e: usize) {
    if let Some(t) = slice.get(s..e) {
        toks.push(Tok {
            text: t.to_string(),
            low: fold(t),
            start: base + s,
            end: base + e,
        });
    }
}

/// Lower-case words inside a name or a club's name: "Marten de Roon", "Brighton & Hove Albion".
const JOINERS: &[&str] = &[
    "de", "da", "do", "dos", "das", "del", "della", "van", "von", "der", "den", "di", "le", "la",
    "&", "of", "ter", "el", "al",
];

/// Capitalised runs of words ("Marten de Roon", "Brighton & Hove Albion") as token ranges,
/// with leading function words ("The", "When") left out.
pub fn cap_chunks(toks: &[Tok]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        let starts = toks[i].is_cap() && toks[i].is_word()
            || (!matches!(toks[i].low.as_str(), "&" | "of") && joined(toks, i).is_some());
        if !starts {
            i += 1;
            continue;
        }
        let mut j = i + 1;
        while j < toks.len() {
            if toks[j].is_cap() && toks[j].is_word() {
                j += 1;
            } else if let Some(n) = joined(toks, j) {
                j += n + 1;
            } else {
                break;
            }
        }
        let mut s = i;
        while s < j && FUNCTION_WORDS.contains(&toks[s].low.as_str()) {
            s += 1;
        }
        if s < j {
            out.push((s, j));
        }
        i = j;
    }
    out
}

/// "van den Berg", "de la Fuente": the number of lower-case particles at `j` that join a
/// capitalised word after them to a name.
fn joined(toks: &[Tok], j: usize) -> Option<usize> {
    let n = toks[j..]
        .iter()
        .take(2)
        .take_while(|t| JOINERS.contains(&t.low.as_str()))
        .count();
    (n > 0 && toks.get(j + n).is_some_and(|t| t.is_cap() && t.is_word())).then_some(n)
}

/// The text of a token range joined by single spaces.
pub fn join(toks: &[Tok]) -> String {
    let mut s = String::new();
    for (k, t) in toks.iter().enumerate() {
        if k > 0 {
            s.push(' ');
        }
        s.push_str(&t.text);
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(s: &str) -> Vec<String> {
        tokenize(s, 0, s.len())
            .into_iter()
            .map(|t| t.text)
            .collect()
    }

    #[test]
    fn splits_possessives_and_keeps_compounds() {
        assert_eq!(
            texts("Smith’s 3-2 win, 90+4 (Kellond-Knight)."),
            [
                "Smith",
                "’s",
                "3-2",
                "win",
                ",",
                "90+4",
                "(",
                "Kellond-Knight",
                ")",
                "."
            ]
        );
        assert_eq!(texts("Sokratis' head"), ["Sokratis", "'", "head"]);
        assert_eq!(texts("at 7.45pm."), ["at", "7.45pm", "."]);
    }

    #[test]
    fn offsets_point_into_the_source() {
        let s = "  Café Müller scored";
        let t = tokenize(s, 2, s.len());
        assert_eq!(&s[t[1].start..t[1].end], "Müller");
        assert_eq!(t[1].low, "muller");
    }

    #[test]
    fn chunks_skip_sentence_openers_and_keep_particles() {
        let s = "The Belgian found Marten de Roon and Brighton & Hove Albion.";
        let t = tokenize(s, 0, s.len());
        let names: Vec<String> = cap_chunks(&t)
            .into_iter()
            .map(|(a, b)| join(&t[a..b]))
            .collect();
        assert_eq!(
            names,
            ["Belgian", "Marten de Roon", "Brighton & Hove Albion"]
        );
    }
}
