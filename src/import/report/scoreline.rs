//! Score lines: "Rovers 2 - 1 Athletic", "Port Vale 0-3 Bury Town: rout at the Vale",
//! "ROVERS 4 ATHLETIC 1", and the team names in them.

use super::numbers::score;
use super::result::Found;
use super::tokens::{Tok, cap_chunks, join};
use super::vocab::calendar::CALENDAR;
use super::vocab::results::{NOT_TEAM, VENUE_WORDS};
use crate::model::Score;

/// A team name as written, without a leading "Ten-man", "Hosts" or a wire prefix, in title case when
/// written in capitals.
pub fn team_name(toks: &[Tok]) -> String {
    // "Ten-man Brighton", "Hosts Germany": the adjective or role is not part of the name.
    let skip = toks
        .iter()
        .take_while(|t| {
            t.low.ends_with("-man")
                || t.low.ends_with("-men")
                // "Second-placed Barcelona", "Bottom-placed Vale".
                || t.low.ends_with("-placed")
                || matches!(t.low.as_str(), "defending" | "unbeaten" | "struggling")
                || matches!(
                    t.low.as_str(),
                    "hosts" | "visitors" | "holders" | "champions" | "leaders"
                )
        })
        .count();
    let toks = if skip < toks.len() {
        &toks[skip..]
    } else {
        toks
    };
    let mut s = join(toks);
    // "Soccer-Southampton" in wire headlines: the team is the last capitalised part.
    if let Some((head, last)) = s
        .split_once(' ')
        .map_or(Some(s.as_str()), |(f, _)| Some(f))
        .and_then(|f| f.rsplit_once('-'))
        .map(|(h, l)| (h.to_string(), l.to_string()))
        && head.split('-').all(|p| p.starts_with(char::is_uppercase))
        && last.starts_with(char::is_uppercase)
    {
        s = s.replacen(&format!("{head}-"), "", 1);
    }
    if s.chars()
        .filter(|c| c.is_alphabetic())
        .all(char::is_uppercase)
    {
        s.split_whitespace()
            .map(|w| {
                let mut c = w.chars();
                c.next().map_or(String::new(), |f| {
                    f.to_string() + &c.as_str().to_lowercase()
                })
            })
            .collect::<Vec<_>>()
            .join(" ")
    } else {
        s
    }
}

/// A word that rules a capitalised run out as a team name: a league, a stadium, a month.
fn not_team(word: &str) -> bool {
    NOT_TEAM.contains(&word) || CALENDAR.contains(&word)
}

/// Whether word `k` of a run rules it out: "the Soweto Derby" is a fixture, but "Derby" and
/// "Derby County" lead with the club's town.
fn rules_out(toks: &[Tok], k: usize) -> bool {
    // "A-League" is a league too.
    let word = &toks[k].low;
    // "Sheffield Wednesday": a day after a town is a club's name.
    let club_day = k > 0 && CALENDAR.contains(&word.as_str()) && !NOT_TEAM.contains(&word.as_str());
    (not_team(word) || word.split('-').skip(1).any(not_team))
        && !(k == 0 && toks[k].low == "derby")
        && !club_day
}

/// A capitalised run that can be a team (not a league, a stadium or a month).
pub fn teamish(toks: &[Tok]) -> bool {
    !(0..toks.len()).any(|k| rules_out(toks, k))
        && toks.iter().any(|t| t.text.chars().any(char::is_alphabetic))
        && !lone_word(toks)
}

/// A single word that is no club's name: "German" (an adjective), "Having" (a sentence's
/// first verb), "J" (a letter).
fn lone_word(toks: &[Tok]) -> bool {
    let [t] = toks else { return false };
    let w = t.low.as_str();
    super::vocab::nationalities::NATIONALITIES.contains(&w)
        || w.len() > 5 && w.ends_with("ing")
        || w.chars().count() < 2
}

/// Beside a score ("Wexley Park 2-1 Vale") a run is a team even with a venue word in it.
fn team_beside_score(toks: &[Tok]) -> bool {
    !(0..toks.len()).any(|k| rules_out(toks, k) && !VENUE_WORDS.contains(&toks[k].low.as_str()))
        && toks.iter().any(|t| t.text.chars().any(char::is_alphabetic))
}

/// "Home 2 - 1 Away", "Home 2-1 Away: headline", "HOME 4 AWAY 1".
pub fn scoreline(toks: &[Tok]) -> Option<Found> {
    // "(Reuters) - BRIGHTON 1 EVERTON 1": a wire credit before the line.
    let credit = toks.len() > 4
        && toks[0].is("(")
        && toks[2].is(")")
        && matches!(toks[3].low.as_str(), "-" | "—" | "–");
    let toks = if credit { &toks[4..] } else { toks };
    let chunks = cap_chunks(toks);
    let &(s0, e0) = chunks.first()?;
    if s0 != 0 || !team_beside_score(&toks[s0..e0]) {
        return None;
    }
    let (h, a, next) = if let Some(sc) = toks.get(e0).and_then(|t| score(&t.low)) {
        (sc.0, sc.1, e0 + 1)
    } else {
        let n = |k: usize| toks.get(k).and_then(|t| t.low.parse::<u16>().ok());
        match (n(e0), toks.get(e0 + 1).map(|t| t.low.as_str()), n(e0 + 2)) {
            (Some(x), Some("-" | ":"), Some(y)) => (x, y, e0 + 3),
            _ => return allcaps_scoreline(toks).or_else(|| spaced_scoreline(toks, &chunks)),
        }
    };
    let &(s1, e1) = chunks.iter().find(|c| c.0 == next)?;
    let tail_ok = toks
        .get(e1)
        .is_none_or(|t| matches!(t.low.as_str(), ":" | "(" | "|" | "-" | ","));
    (tail_ok && team_beside_score(&toks[s1..e1]))
        .then(|| {
            let (home, away) = (team_name(&toks[s0..e0]), team_name(&toks[s1..e1]));
            let shootout = bracketed_shootout(&toks[e1..], &home, &away);
            Found {
                home,
                away,
                score: Some(Score::new(h, a)),
                shootout,
                home_known: true,
                ..Found::default()
            }
        })
        .or_else(|| allcaps_scoreline(toks))
}

/// "(aet, Lyon won 4-3 on pens)" after a score line: the shoot-out, the winner's tally with
/// the team named (or the score as written when no team is).
fn bracketed_shootout(toks: &[Tok], home: &str, away: &str) -> Option<Score> {
    if toks.first().is_none_or(|t| !t.is("(")) {
        return None;
    }
    let inside = &toks[1..toks.iter().position(|t| t.is(")")).unwrap_or(toks.len())];
    let k = inside.iter().position(|t| score(&t.low).is_some())?;
    let pens = inside[k + 1..].iter().take(3).any(|t| {
        matches!(
            t.low.as_str(),
            "pens" | "penalties" | "p" | "shoot-out" | "shootout"
        )
    });
    if !pens {
        return None;
    }
    let (x, y) = score(&inside[k].low)?;
    let (hi, lo) = (x.max(y), x.min(y));
    let named = |team: &str| {
        let team = super::tokens::fold(team);
        cap_chunks(&inside[..k]).iter().any(|&(s, e)| {
            let name = super::tokens::fold(&join(&inside[s..e]));
            team.contains(&name) || name.contains(&team)
        })
    };
    Some(match (named(home), named(away)) {
        (true, false) => Score::new(hi, lo),
        (false, true) => Score::new(lo, hi),
        _ => Score::new(x, y),
    })
}

/// "Aston Villa 4 Newcastle 1 - Report": each team with its goals after it.
fn spaced_scoreline(toks: &[Tok], chunks: &[(usize, usize)]) -> Option<Found> {
    let n = |k: usize| toks.get(k).and_then(|t| t.low.parse::<u16>().ok());
    let &(s0, e0) = chunks.first().filter(|c| c.0 == 0)?;
    let h = n(e0).filter(|&x| x < 20)?;
    let &(s1, e1) = chunks.iter().find(|c| c.0 == e0 + 1)?;
    let a = n(e1).filter(|&x| x < 20)?;
    let tail_ok = toks
        .get(e1 + 1)
        .is_none_or(|t| matches!(t.low.as_str(), "-" | ":" | "|" | "(" | "—" | "–"));
    (tail_ok && team_beside_score(&toks[s0..e0]) && team_beside_score(&toks[s1..e1])).then(|| {
        Found {
            home: team_name(&toks[s0..e0]),
            away: team_name(&toks[s1..e1]),
            score: Some(Score::new(h, a)),
            home_known: true,
            ..Found::default()
        }
    })
}

/// "SOUTHAMPTON 4 EVERTON 1".
fn allcaps_scoreline(toks: &[Tok]) -> Option<Found> {
    let nums: Vec<usize> = (0..toks.len())
        .filter(|&k| toks[k].low.parse::<u16>().is_ok())
        .collect();
    if nums.len() != 2 || nums[1] != toks.len() - 1 || nums[0] == 0 {
        return None;
    }
    let (a, b) = (&toks[..nums[0]], &toks[nums[0] + 1..nums[1]]);
    let caps = |t: &[Tok]| !t.is_empty() && t.iter().all(|x| x.is_cap()) && team_beside_score(t);
    let n = |k: usize| toks[k].low.parse::<u16>().ok();
    (caps(a) && caps(b)).then(|| Found {
        home: team_name(a),
        away: team_name(b),
        score: n(nums[0]).zip(n(nums[1])).map(|(x, y)| Score::new(x, y)),
        home_known: true,
        ..Found::default()
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::report::tokens::tokenize;

    fn toks(s: &str) -> Vec<Tok> {
        tokenize(s, 0, s.len())
    }

    #[test]
    fn reads_score_lines() {
        let f = scoreline(&toks("Rovers 2 - 1 Athletic")).map(|f| (f.home, f.away, f.score));
        assert_eq!(
            f,
            Some(("Rovers".into(), "Athletic".into(), Some(Score::new(2, 1))))
        );
        let f =
            scoreline(&toks("Port Vale 0-3 Bury Town: rout at the Vale")).map(|f| (f.home, f.away));
        assert_eq!(f, Some(("Port Vale".into(), "Bury Town".into())));
        let f = scoreline(&toks("ROVERS 4 ATHLETIC 1")).map(|f| (f.home, f.score));
        assert_eq!(f, Some(("Rovers".into(), Some(Score::new(4, 1)))));
        assert_eq!(scoreline(&toks("Rovers beat Athletic 2-1")), None);
    }
}
