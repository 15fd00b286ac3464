//! The two teams, how the text refers to them (full name, short name, "the hosts") and which
//! side a word in a sentence points at.

use super::nations;
use super::tokens::{Tok, cap_chunks, fold};
use crate::model::Side;

/// Words shared by many club names, never enough on their own to say which team is meant.
pub const GENERIC: &[&str] = &[
    "fc", "cf", "afc", "sc", "ac", "sv", "united", "city", "town", "real", "club", "athletic",
    "the", "de", "&", "and", "of", "county", "football", "soccer", "women", "ladies", "sporting",
];

/// The two teams and the words that name each.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Teams {
    pub home: String,
    pub away: String,
    /// Folded word sequences naming each side: [home, away].
    names: [Vec<Vec<String>>; 2],
    /// A national team's other names and nicknames ("les bleus"), and its players as a
    /// group after "the" ("swedes"): [home, away].
    nicknames: [Vec<Vec<String>>; 2],
    people: [Vec<String>; 2],
}

impl Teams {
    pub fn new(home: &str, away: &str) -> Self {
        let words =
            |s: &str| -> Vec<String> { s.split_whitespace().map(|w| expand(&fold(w))).collect() };
        let (h, a) = (words(home), words(away));
        let names = [aliases(&h, &a), aliases(&a, &h)];
        Teams {
            home: home.to_string(),
            away: away.to_string(),
            names,
            nicknames: [nations::aliases(home), nations::aliases(away)],
            people: [nations::people(home), nations::people(away)],
        }
    }

    /// The side a capitalised chunk names: the full name, a distinctive word of it, or a longer
    /// form that starts with the name ("Brighton & Hove Albion" for "Brighton").
    pub fn side_of_words(&self, words: &[String]) -> Option<Side> {
        let words: Vec<String> = words.iter().map(|w| expand(w)).collect();
        let words = words.as_slice();
        let mut found = None;
        for (k, side) in [Side::Home, Side::Away].into_iter().enumerate() {
            // "Brighton & Hove Albion" for "Brighton", "Blackwood Rovers" for "Rovers".
            let hit = self.names[k].iter().any(|n| {
                n.as_slice() == words
                    || (!n.is_empty()
                        && words.len() > n.len()
                        && (words.starts_with(n) || words.ends_with(n))
                        && k_full(n, &self.names[k]))
            });
            if hit {
                if found.is_some() {
                    return None;
                }
                found = Some(side);
            }
        }
        found
    }

    /// A reference to a team starting at token `i`: a name chunk, "the hosts", "the visitors",
    /// "the home side", or a demonym. Returns the side and how many tokens it spans.
    pub fn mention_at(&self, toks: &[Tok], i: usize) -> Option<(Side, usize)> {
        let w = |k: usize| toks.get(k).map_or("", |t| t.low.as_str());
        let the = usize::from(w(i) == "the");
        let j = i + the;
        match w(j) {
            "host" if w(j + 1) == "nation" => return Some((Side::Home, the + 2)),
            "hosts" => return Some((Side::Home, the + 1)),
            "visitors" | "visiting" => return Some((Side::Away, the + 1)),
            "home" if matches!(w(j + 1), "side" | "team" | "club") => {
                return Some((Side::Home, the + 2));
            }
            "away" if matches!(w(j + 1), "side" | "team") => return Some((Side::Away, the + 2)),
            _ => {}
        }
        if !toks.get(j).is_some_and(Tok::is_cap) {
            return None;
        }
        for (k, side) in [Side::Home, Side::Away].into_iter().enumerate() {
            if the == 1 && self.people[k].iter().any(|p| p == w(j)) {
                return Some((side, 2));
            }
            let fits = |n: &&Vec<String>| {
                !n.is_empty()
                    && toks.len() >= j + n.len()
                    && toks[j..j + n.len()]
                        .iter()
                        .zip(n.iter())
                        .all(|(t, x)| t.low == *x)
            };
            if let Some(n) = self.nicknames[k]
                .iter()
                .filter(fits)
                .max_by_key(|n| n.len())
            {
                return Some((side, the + n.len()));
            }
        }
        let chunks = cap_chunks(&toks[j..]);
        let &(s, e) = chunks.first()?;
        if s != 0 {
            return None;
        }
        let words: Vec<String> = toks[j..j + e].iter().map(|t| t.low.clone()).collect();
        let side = self.side_of_words(&words)?;
        Some((side, the + e))
    }

    /// Every team reference in a sentence: (token index, side, length).
    pub fn mentions(&self, toks: &[Tok]) -> Vec<(usize, Side, usize)> {
        let mut out = Vec::new();
        let mut i = 0;
        while i < toks.len() {
            if let Some((side, len)) = self.mention_at(toks, i) {
                out.push((i, side, len));
                i += len.max(1);
            } else {
                i += 1;
            }
        }
        out
    }
}

/// Short forms in club names written out, so "Man Utd" and "Manchester United" compare equal.
fn expand(w: &str) -> String {
    match w {
        "utd" => "united",
        "man" => "manchester",
        "st" | "st." => "saint",
        "athletico" => "atletico",
        w => w,
    }
    .to_string()
}

/// The full name is the first alias; only it may be extended ("Brighton" -> "Brighton & Hove").
fn k_full(n: &[String], all: &[Vec<String>]) -> bool {
    all.first().is_some_and(|f| f.as_slice() == n)
}

/// Full name, then each distinctive word not shared with the other team.
fn aliases(own: &[String], other: &[String]) -> Vec<Vec<String>> {
    let mut out = vec![own.to_vec()];
    let distinctive: Vec<&String> = own
        .iter()
        .filter(|w| !GENERIC.contains(&w.as_str()) && !other.contains(w) && w.len() > 2)
        .collect();
    for w in &distinctive {
        out.push(vec![(*w).clone()]);
    }
    // "Real" for Real Madrid, "City" for Manchester City, "United": a shared club word the
    // other side's name lacks is how reports shorten the name.
    for w in own.iter().filter(|w| {
        matches!(
            w.as_str(),
            "real" | "city" | "united" | "town" | "athletic" | "county" | "sporting"
        ) && !other.contains(w)
            && own.len() > 1
    }) {
        out.push(vec![w.clone()]);
    }
    // "Central Coast" for "Central Coast Mariners": a run of the name's words.
    for len in 2..own.len() {
        for run in own.windows(len) {
            if run.iter().any(|w| !GENERIC.contains(&w.as_str())) && !out.contains(&run.to_vec()) {
                out.push(run.to_vec());
            }
        }
    }
    // "Sheffield United" is "Sheffield"; a name of generic words only ("Real Club") is itself.
    if distinctive.len() > 1 {
        let joined: Vec<String> = distinctive.iter().map(|w| (*w).clone()).collect();
        out.push(joined);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::report::tokens::tokenize;

    fn side_at(t: &Teams, s: &str, i: usize) -> Option<(Side, usize)> {
        t.mention_at(&tokenize(s, 0, s.len()), i)
    }

    #[test]
    fn names_aliases_and_roles_point_at_sides() {
        let t = Teams::new("Borussia Dortmund", "Atalanta");
        assert_eq!(
            side_at(&t, "Dortmund took the lead", 0),
            Some((Side::Home, 1))
        );
        assert_eq!(
            side_at(&t, "Borussia Dortmund won", 0),
            Some((Side::Home, 2))
        );
        assert_eq!(side_at(&t, "the hosts broke", 0), Some((Side::Home, 2)));
        assert_eq!(side_at(&t, "the visitors", 0), Some((Side::Away, 2)));
        assert_eq!(side_at(&t, "Atalanta's", 0), Some((Side::Away, 1)));
        assert_eq!(side_at(&t, "Marco Reus", 0), None);
    }

    #[test]
    fn short_forms_and_longer_names_point_at_their_team() {
        let t = Teams::new("Man Utd", "Rovers");
        assert_eq!(
            side_at(&t, "Manchester United won", 0),
            Some((Side::Home, 2))
        );
        assert_eq!(
            side_at(&t, "Blackwood Rovers lost", 0),
            Some((Side::Away, 2))
        );
    }

    #[test]
    fn shared_words_are_not_aliases() {
        let t = Teams::new("Sheffield United", "Manchester United");
        assert_eq!(side_at(&t, "United scored", 0), None);
        assert_eq!(side_at(&t, "Sheffield scored", 0), Some((Side::Home, 1)));
        let b = Teams::new("Brighton", "Crystal Palace");
        assert_eq!(
            side_at(&b, "Brighton & Hove Albion won", 0),
            Some((Side::Home, 4))
        );
        assert_eq!(side_at(&b, "Palace's only reply", 0), Some((Side::Away, 1)));
        let s = Teams::new("Brazil", "Sweden");
        assert_eq!(side_at(&s, "the Swedes", 0), Some((Side::Away, 2)));
        let f = Teams::new("France", "England");
        assert_eq!(side_at(&f, "Les Bleus hit back", 0), Some((Side::Home, 2)));
        assert_eq!(side_at(&f, "the Three Lions", 0), Some((Side::Away, 3)));
    }
}
