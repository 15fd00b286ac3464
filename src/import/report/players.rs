//! Finding people in sentences: which capitalised words are players (not teams, places,
//! competitions or coaches), and the words that point back at one ("he", "the Belgian",
//! "the midfielder").

use super::names::Registry;
use super::teams::Teams;
use super::tokens::{Tok, cap_chunks, join};
use super::vocab::calendar::CALENDAR;
use super::vocab::nationalities::NATIONALITIES;
use super::vocab::people::{
    ACTS, COACH_TITLES, MODIFIERS, NOT_PERSON, PLAYER_NOUNS, POSITIONS, PRONOUNS, ROLES,
};
use super::vocab::results::VENUE_WORDS;

/// A reference to a person at a token range of a sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ref {
    Person(usize),
    /// "the Belgian", "the midfielder": someone named before.
    Descriptor,
    Pronoun,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PersonRef {
    pub tok: usize,
    pub len: usize,
    pub r: Ref,
}

/// The name inside a capitalised run, without a leading role or nationality word
/// ("Substitute Mario Gotze" -> "Mario Gotze"), as a token range.
fn trim_chunk(toks: &[Tok], s: usize, e: usize) -> (usize, usize) {
    let mut s = s;
    while s + 1 < e
        && (ROLES.contains(&toks[s].low.as_str()) || NATIONALITIES.contains(&toks[s].low.as_str()))
    {
        s += 1;
    }
    (s, e)
}

fn low(toks: &[Tok], i: Option<usize>) -> &str {
    i.and_then(|i| toks.get(i)).map_or("", |t| t.low.as_str())
}

/// Whether the run `s..e` reads as a new player's name (pass one: strong cues only).
fn looks_like_player(toks: &[Tok], s: usize, e: usize, teams: &Teams) -> bool {
    let words: Vec<String> = toks[s..e].iter().map(|t| t.low.clone()).collect();
    if teams.side_of_words(&words).is_some() || is_coach(toks, s, e) {
        return false;
    }
    let before = low(toks, s.checked_sub(1));
    let after = low(toks, Some(e));
    // "substitute Ellis Park fired": a venue word can be a surname when a role or an action
    // says so.
    let cued = ROLES.contains(&before) || ACTS.contains(&after);
    if words.iter().any(|w| {
        (NOT_PERSON.contains(&w.as_str()) || CALENDAR.contains(&w.as_str()))
            && !(cued && VENUE_WORDS.contains(&w.as_str()))
            || NATIONALITIES.contains(&w.as_str())
            || w.contains('&')
    }) {
        return false;
    }
    // "GOAL", "VAR", "FT" are labels, but "Rahul KP" ends with initials.
    if toks[s..e].iter().enumerate().any(|(k, t)| {
        let initials = k > 0 && k + 1 == e - s && (2..=3).contains(&t.text.len());
        t.text.len() > 1
            && !initials
            && t.text
                .chars()
                .all(|c| c.is_uppercase() || !c.is_alphabetic())
    }) {
        return false;
    }
    if matches!(
        words[0].as_str(),
        "la" | "le" | "el" | "il" | "los" | "las" | "les"
    ) {
        return false;
    }
    let before2 = low(toks, s.checked_sub(2));
    let after2 = low(toks, Some(e + 1));
    let role_before = ROLES.contains(&before) || NATIONALITIES.contains(&before);
    if after == "international" || ROLES.contains(&after) && !role_before {
        return false;
    }
    let place_before = matches!(before, "in" | "at" | "against");
    let article_before = matches!(before, "the" | "a" | "an") && !role_before;
    let names = e - s - toks[s..e].iter().filter(|t| !t.is_cap()).count();
    // "heading in Aaron Price's cross": a player's ball, whatever the preposition before.
    let poss_noun = toks.get(e).is_some_and(Tok::is_possessive) && PLAYER_NOUNS.contains(&after2);
    // "a Ben Cole header", "an Ortiz corner": the name qualifies a player's action.
    let names_a_ball = article_before && PLAYER_NOUNS.contains(&after);
    if names >= 2 {
        return poss_noun || names_a_ball || !place_before && !article_before;
    }
    if names_a_ball {
        return true;
    }
    // "Danilo, however, headed in": an aside between the name and its verb.
    let aside = after == ","
        && matches!(
            after2,
            "however" | "though" | "meanwhile" | "too" | "also" | "then"
        )
        && low(toks, Some(e + 2)) == ","
        && ACTS.contains(&low(toks, Some(e + 3)));
    // "Tavares also scored", "Lee then won it": an adverb between the name and its verb.
    let acts = aside
        || ACTS.contains(&after)
        || matches!(
            after,
            "also" | "then" | "later" | "finally" | "again" | "himself" | "herself" | "quickly"
        ) && ACTS.contains(&low(toks, Some(e + 1)));
    // "a pass of Tavares", "a cross from Diaz": the player who supplied the ball.
    // ... and "scored by Rodinei", "a goal by Kim".
    let supplied = matches!(before, "of" | "from") && PLAYER_NOUNS.contains(&before2)
        || before == "by"
            && (PLAYER_NOUNS.contains(&before2)
                || matches!(
                    before2,
                    "scored" | "netted" | "converted" | "headed" | "struck"
                ));
    // "Silva, 39, became": an age in apposition.
    let aged = after == ","
        && after2.parse::<u8>().is_ok_and(|n| (15..=45).contains(&n))
        && low(toks, Some(e + 2)) == ",";
    role_before
        || poss_noun
        || supplied
        || aged
        || (acts && !article_before && !place_before)
        || (matches!(
            before,
            "found"
                | "slipped"
                | "dispossessed"
                | "tackled"
                | "fouled"
                | "tripped"
                | "replaced"
                | "denied"
        ))
        || (before == "out" && before2 == "picked")
}

/// "Khalid Jamil's team", "coach Micho Sredojevic": a coach, not a player.
fn is_coach(toks: &[Tok], s: usize, e: usize) -> bool {
    // "Coach Ann Ray watched": at a sentence start the title is capitalised into the run.
    if COACH_TITLES.contains(&low(toks, Some(s))) {
        return true;
    }
    let before = low(toks, s.checked_sub(1));
    let after_poss = toks.get(e).is_some_and(Tok::is_possessive);
    let noun = low(toks, Some(e + 1));
    COACH_TITLES.contains(&before)
        || (after_poss
            && matches!(
                noun,
                "team" | "side" | "men" | "charges" | "squad" | "players" | "outfit"
            ))
}

/// Pass one: add every strongly cued name of a sentence to the registry.
pub fn collect(toks: &[Tok], teams: &Teams, reg: &mut Registry) {
    for (s0, e) in cap_chunks(toks) {
        let (s, e) = trim_chunk(toks, s0, e);
        if looks_like_player(toks, s, e, teams) {
            let id = reg.add(&join(&toks[s..e]));
            // "Hungarian striker Adam Kovacs": remember how the player is described.
            for t in toks[phrase_start(toks, s0)..s].iter() {
                if describes(&t.low) && !matches!(t.low.as_str(), "the" | "a" | "an") {
                    reg.describe(id, &t.low);
                }
            }
        }
    }
}

/// Pass two: every reference to a person in a sentence, in order.
pub fn refs(toks: &[Tok], teams: &Teams, reg: &Registry) -> Vec<PersonRef> {
    let mut out = Vec::new();
    for (s, e) in cap_chunks(toks) {
        let (s, e) = trim_chunk(toks, s, e);
        let words: Vec<String> = toks[s..e].iter().map(|t| t.low.clone()).collect();
        if teams.side_of_words(&words).is_some() || is_coach(toks, s, e) {
            continue;
        }
        if let Some(id) = reg.find(&join(&toks[s..e])) {
            out.push(PersonRef {
                tok: s,
                len: e - s,
                r: Ref::Person(id),
            });
        }
    }
    for (i, t) in toks.iter().enumerate() {
        let next = low(toks, Some(i + 1));
        let next_cap = toks.get(i + 1).is_some_and(Tok::is_cap);
        if PRONOUNS.contains(&t.low.as_str()) {
            out.push(PersonRef {
                tok: i,
                len: 1,
                r: Ref::Pronoun,
            });
        } else if t.low == "the"
            && let Some((_, len)) = teams.mention_at(toks, i + 1)
            && ROLES.contains(&low(toks, Some(i + 1 + len)))
            && !next_cap_name(toks, i + 2 + len)
        {
            // "the Alderton forward": a role qualified by a team points back at a player.
            out.push(PersonRef {
                tok: i,
                len: len + 2,
                r: Ref::Descriptor,
            });
        } else if t.low == "the" && !next_cap_name(toks, i + 2) {
            let mut j = i + 1;
            // "the England midfielder": a country qualifies the role.
            if toks.get(j).is_some_and(Tok::is_cap)
                && super::nations::canonical(&toks[j].text).is_some()
                && ROLES.contains(&low(toks, Some(j + 1)))
            {
                j += 1;
            }
            while low(toks, Some(j)).contains('-') && !ROLES.contains(&low(toks, Some(j)))
                || MODIFIERS.contains(&low(toks, Some(j)))
            {
                j += 1;
            }
            // "the French left winger Hamache": a name follows, so this is no back-reference.
            let mut m = j + 1;
            while m < toks.len() && describes(low(toks, Some(m))) {
                m += 1;
            }
            if m > j + 1 && next_cap_name(toks, m) {
                continue;
            }
            let w = low(toks, Some(j));
            // "the England international", but not "the international break".
            let nation_before = j > i + 1 && super::nations::canonical(&toks[j - 1].text).is_some();
            let role = ROLES.contains(&w)
                && (!matches!(w, "back" | "international")
                    || w == "international" && nation_before);
            let nationality =
                NATIONALITIES.contains(&w) && (next_cap || j > i + 1 || !next.is_empty());
            if role || nationality {
                out.push(PersonRef {
                    tok: i,
                    len: j + 1 - i,
                    r: Ref::Descriptor,
                });
            }
        } else if t.low == "the"
            && low(toks, Some(i + 1)).ends_with("-year-old")
            && !next_cap_name(toks, i + 2)
            && !ROLES.contains(&low(toks, Some(i + 2)))
            && club_role(toks, i).is_none()
        {
            // "the 36-year-old levelled": an age standing for the player.
            out.push(PersonRef {
                tok: i,
                len: 2,
                r: Ref::Descriptor,
            });
        } else if t.low == "the"
            && let Some(len) = club_role(toks, i)
        {
            out.push(PersonRef {
                tok: i,
                len,
                r: Ref::Descriptor,
            });
        }
    }
    out.sort_by_key(|r| r.tok);
    out
}

/// "the 21-year-old Porto striker", "the Chelsea midfielder": a club before a role, no name
/// after it. The span from "the", if so.
fn club_role(toks: &[Tok], i: usize) -> Option<usize> {
    let mut j = i + 1;
    while low(toks, Some(j)).ends_with("-year-old") || MODIFIERS.contains(&low(toks, Some(j))) {
        j += 1;
    }
    let club = toks.get(j).is_some_and(|t| t.is_cap() && t.is_word());
    let role = ROLES.contains(&low(toks, Some(j + 1)));
    let named = toks.get(j + 2).is_some_and(|t| t.is_cap() && t.is_word());
    (club && role && !named).then_some(j + 2 - i)
}

/// A word that can stand in a description before a name: a role, a nationality, a position
/// or an adjective ("the French left winger", "the lively young striker").
pub fn describes(w: &str) -> bool {
    ROLES.contains(&w)
        || NATIONALITIES.contains(&w)
        || POSITIONS.contains(&w)
        || MODIFIERS.contains(&w)
        || w.ends_with("-year-old")
}

/// The first token of the noun phrase ending in the name at `k`: articles and descriptions
/// before it are part of it ("the French left winger Hamache" starts at "the").
pub fn phrase_start(toks: &[Tok], k: usize) -> usize {
    let mut j = k;
    while j > 0 {
        let w = toks[j - 1].low.as_str();
        if matches!(w, "the" | "a" | "an") || describes(w) && !POSITIONS.contains(&w) {
            j -= 1;
        } else if POSITIONS.contains(&w) && j < k && describes(&toks[j].low) {
            // "left winger", but not "left Tomkins trailing".
            j -= 1;
        } else {
            break;
        }
    }
    j
}

/// A capitalised name follows ("the Colombian Luis Diaz" is a name, not a back-reference).
fn next_cap_name(toks: &[Tok], i: usize) -> bool {
    toks.get(i).is_some_and(|t| t.is_cap() && t.is_word())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::report::tokens::tokenize;

    fn names(sentences: &[&str]) -> Vec<String> {
        let teams = Teams::new("Rovers", "Athletic");
        let mut reg = Registry::default();
        for s in sentences {
            collect(&tokenize(s, 0, s.len()), &teams, &mut reg);
        }
        reg.people.into_iter().map(|p| p.name).collect()
    }

    #[test]
    fn finds_players_not_places_or_coaches() {
        assert_eq!(
            names(&[
                "Substitute Tom Hale found Ben Cole at Park Lane Stadium in Leeds.",
                "Rovers defender Ito scored, and Jim Bell's team sat deep against Vale United.",
                "Coach Ann Ray watched as the Colombian Luis Pardo headed in.",
                "Pardo's header beat Kim, and the Sea Dogs were level."
            ]),
            ["Tom Hale", "Ben Cole", "Ito", "Luis Pardo"]
        );
    }

    #[test]
    fn back_references() {
        let teams = Teams::new("Rovers", "Athletic");
        let mut reg = Registry::default();
        reg.add("Ben Cole");
        let s = "Cole found the German, and he passed to the in-form forward.";
        let r: Vec<Ref> = refs(&tokenize(s, 0, s.len()), &teams, &reg)
            .into_iter()
            .map(|r| r.r)
            .collect();
        assert_eq!(
            r,
            [
                Ref::Person(0),
                Ref::Descriptor,
                Ref::Pronoun,
                Ref::Descriptor
            ]
        );
    }
}
