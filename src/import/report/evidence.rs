//! Which teams the whole report is about, as a check on the result sentence: national teams
//! are counted in every line (the headline and lede weigh most), and a "team" the text shows
//! to be a person ("Ian Hart's side") or a competition ("Euro 2020") is replaced.

use super::clean::{Block, BlockKind};
use super::nations;
use super::result::Found;
use super::tokens::{Tok, fold, tokenize};
use crate::model::Score;

/// A national team the report names: its weight of mentions and where it is first named.
#[derive(Debug, Clone, PartialEq)]
pub struct Named {
    pub name: &'static str,
    pub weight: f32,
    pub first: usize,
}

/// Words of competitions and stages, never a team's name.
const COMPETITION_WORDS: &[&str] = &[
    "euro",
    "euros",
    "cup",
    "league",
    "championship",
    "championships",
    "olympics",
    "olympic",
    "copa",
    "tournament",
    "final",
    "finals",
    "qualifier",
    "qualifiers",
    "semi-final",
    "quarter-final",
    "playoff",
    "play-off",
    "games",
];

/// What follows "X's" when X is a manager: "Ian Hart's side".
const CHARGES: &[&str] = &["side", "team", "men", "women", "squad", "charges", "troops"];

/// Titles before a manager's name: "coach Hervé Renard".
const TITLES: &[&str] = &["coach", "manager", "boss", "head", "gaffer", "tactician"];

/// National teams named in the report, most weight first.
pub fn nations(text: &str, blocks: &[Block]) -> Vec<Named> {
    let mut out: Vec<Named> = Vec::new();
    let mut narrative = 0;
    for b in blocks {
        let weight = match b.kind {
            BlockKind::Headline => 3.0,
            BlockKind::Heading | BlockKind::Lineup | BlockKind::EventList => 2.0,
            BlockKind::Narrative | BlockKind::Bullet => {
                narrative += 1;
                if narrative == 1 { 2.0 } else { 1.0 }
            }
            BlockKind::Caption | BlockKind::Quote => 0.5,
            BlockKind::Skip => continue,
        };
        let toks = tokenize(text, b.start, b.end);
        let mut i = 0;
        while i < toks.len() {
            let Some((name, len)) = nations::at(&toks, i) else {
                i += 1;
                continue;
            };
            match out.iter_mut().find(|n| n.name == name) {
                Some(n) => n.weight += weight,
                None => out.push(Named {
                    name,
                    weight,
                    first: toks[i].start,
                }),
            }
            i += len;
        }
    }
    out.sort_by(|a, b| b.weight.total_cmp(&a.weight).then(a.first.cmp(&b.first)));
    out
}

/// A nation after a live-text label in capitals: "GOAL Ghana", "FT Peru".
fn shouted(name: &str) -> Option<&'static str> {
    let (head, rest) = name.split_once(' ')?;
    let label = head.len() > 1 && head.chars().all(|c| c.is_ascii_uppercase());
    label.then(|| nations::canonical(rest)).flatten()
}

/// The teams that head line-up lines: "Celtic: Hart; Johnston, ..." gives "Celtic".
fn lineup_teams(text: &str, blocks: &[Block]) -> Vec<String> {
    blocks
        .iter()
        .filter(|b| b.kind == BlockKind::Lineup)
        .filter_map(|b| {
            let line = &text[b.start..b.end];
            let (team, _) = line.split_once(':')?;
            let team = team.trim();
            (!team.is_empty() && team.split_whitespace().count() <= 4).then(|| team.to_string())
        })
        .collect()
}

/// A name that is a competition or a stage ("Euro", "World Cup final").
pub fn competition(name: &str) -> bool {
    fold(name)
        .split_whitespace()
        .any(|w| COMPETITION_WORDS.contains(&w))
}

/// A name the text shows to be a person: "X's side", "coach X", "X, the manager".
pub fn person(name: &str, text: &str, blocks: &[Block]) -> bool {
    let want: Vec<String> = tokenize(name, 0, name.len())
        .into_iter()
        .map(|t| t.low)
        .collect();
    if want.is_empty() || nations::canonical(name).is_some() {
        return false;
    }
    let low = |toks: &[Tok], k: usize| toks.get(k).map_or("", |t| t.low.as_str()).to_string();
    blocks.iter().any(|b| {
        let toks = tokenize(text, b.start, b.end);
        (0..toks.len()).any(|i| {
            let hit = toks.len() >= i + want.len()
                && toks[i..i + want.len()]
                    .iter()
                    .zip(&want)
                    .all(|(t, w)| t.low == *w);
            if !hit {
                return false;
            }
            let e = i + want.len();
            // "Ian Hart's side", "Brendan Rodgers' side".
            let charge = matches!(low(&toks, e).as_str(), "'s" | "'" | "’")
                && CHARGES.contains(&low(&toks, e + 1).as_str());
            // "coach X", "substitute David Carney".
            let titled = i > 0
                && (TITLES.contains(&low(&toks, i - 1).as_str())
                    || super::vocab::people::ROLES.contains(&low(&toks, i - 1).as_str()));
            let apposed = low(&toks, e) == ","
                && low(&toks, e + 1) == "the"
                && (e + 2..e + 5).any(|k| TITLES.contains(&low(&toks, k).as_str()));
            charge || titled || apposed
        })
    })
}

/// The result checked against the whole report: nicknames become the team's name, a person
/// or a competition taken for a team gives way to the most-named national team, a nation
/// barely named (a match recalled from years ago) gives way with its score, and with no
/// result at all the two most-named national teams played, the first named at home.
pub fn check(found: Option<Found>, text: &str, blocks: &[Block]) -> Option<Found> {
    let named = nations(text, blocks);
    let strong = |n: &Named| n.weight >= 2.0;
    let Some(mut f) = found else {
        let pair = named
            .first()
            .filter(|n| strong(n))
            .zip(named.get(1))
            .map(|(a, b)| {
                let (home, away) = if a.first <= b.first { (a, b) } else { (b, a) };
                (home.name.to_string(), away.name.to_string())
            })
            .or_else(|| super::club_guess::guess(text, blocks))?;
        return Some(Found {
            home: pair.0,
            away: pair.1,
            extra_time: super::result::extra_time(text),
            ..Found::default()
        });
    };
    for t in [&mut f.home, &mut f.away] {
        if let Some(c) = nations::canonical(t).or_else(|| shouted(t)) {
            *t = c.to_string();
        }
    }
    let weight = |t: &str| named.iter().find(|n| n.name == t).map_or(0.0, |n| n.weight);
    let top2: Vec<&Named> = named.iter().take(2).filter(|n| strong(n)).collect();
    // Two national teams named again and again: a non-nation beside one of them is a venue
    // or a city ("at the Dome"), not the opponent.
    let international = top2.len() == 2
        && top2[1].weight >= 3.0
        && [&f.home, &f.away]
            .iter()
            .any(|t| top2.iter().any(|n| n.name == t.as_str()));
    let bad = |t: &str| {
        competition(t)
            || person(t, text, blocks)
            || international && nations::canonical(t).is_none()
            || nations::canonical(t).is_some()
                && top2.len() == 2
                && !top2.iter().any(|n| n.name == t)
                && weight(t) * 3.0 <= top2[1].weight
    };
    // "Les Bleus" and "France" read as two teams are one: the other side is still to find.
    let same = f.home == f.away;
    let (bad_home, bad_away) = (bad(&f.home), bad(&f.away) || same);
    // The replacement: the most-named national team, else a line-up's team ("Celtic: Hart;
    // ...").
    let listed = lineup_teams(text, blocks);
    // ... a club's opponent is a club, so a line-up's team comes first then.
    let pick = |other: &str| {
        let nation = named
            .iter()
            .find(|n| n.name != other && strong(n))
            .map(|n| n.name.to_string());
        let club = listed
            .iter()
            .find(|t| fold(t) != fold(other) && !fold(other).contains(&fold(t)))
            .cloned();
        if nations::canonical(other).is_some() {
            nation.or(club)
        } else {
            club.or(nation)
        }
    };
    let weak_nation = |t: &str| nations::canonical(t).is_some() && !competition(t);
    let first = |t: &str| {
        named
            .iter()
            .find(|n| n.name == t)
            .map_or(usize::MAX, |n| n.first)
    };
    if bad_home != bad_away {
        let (keep, gone) = if bad_home {
            (f.away.clone(), f.home.clone())
        } else {
            (f.home.clone(), f.away.clone())
        };
        if let Some(n) = pick(&keep) {
            if weak_nation(&gone) && !same {
                // Another match's result: its score and order say nothing about this one.
                f.score = None;
                f.home_known = false;
                (f.home, f.away) = if first(&n) < first(&keep) {
                    (n, keep)
                } else {
                    (keep, n)
                };
            } else if bad_home {
                f.home = n;
            } else {
                f.away = n;
            }
        }
    } else if bad_home && bad_away && top2.len() == 2 {
        let (a, b) = (top2[0], top2[1]);
        let (home, away) = if a.first <= b.first { (a, b) } else { (b, a) };
        f.home = home.name.to_string();
        f.away = away.name.to_string();
        f.score = None::<Score>;
    }
    Some(f)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::report::clean::clean;

    fn check_text(text: &str, found: Option<Found>) -> Option<(String, String, Option<Score>)> {
        let c = clean(text);
        check(found, text, &c.blocks).map(|f| (f.home, f.away, f.score))
    }

    fn found(home: &str, away: &str, h: u16, a: u16) -> Option<Found> {
        Some(Found {
            home: home.into(),
            away: away.into(),
            score: Some(Score::new(h, a)),
            ..Found::default()
        })
    }

    #[test]
    fn teams_come_from_the_whole_text_when_no_result_is_stated() {
        let text = "Late goals rescue Spain as Greece push La Roja all the way\n\
            Spain needed extra time to get past Greece in Seville on a tense evening.\n";
        let got = check_text(text, None);
        assert_eq!(got, Some(("Spain".into(), "Greece".into(), None)));
    }

    #[test]
    fn people_competitions_and_nicknames_are_not_teams() {
        let text = "Heartbreak for Scotland\n\
            Scotland were beaten 2-0 by Chile, and Ian Hart's side must now beat Peru.\n\
            Scotland had chances but Chile scored late on a long night for Scotland.\n";
        let got = check_text(text, found("Ian Hart", "Chile", 0, 2));
        assert_eq!(
            got,
            Some(("Scotland".into(), "Chile".into(), Some(Score::new(0, 2))))
        );
        let text = "France win the final\nLes Bleus beat Peru 4-2 in Lyon on a great day.\n";
        let got = check_text(text, found("Les Bleus", "Peru", 4, 2));
        assert_eq!(got.map(|g| g.0), Some("France".into()));
        assert!(competition("Euro 2020"));
        assert_eq!(shouted("GOAL England"), Some("England"));
        assert_eq!(shouted("Real Madrid"), None);
        let text = "France win\nLes Bleus beat France's rivals Peru 2-0, and France celebrated.\n\
            Peru had chances but France held on.\n";
        let got = check_text(text, found("France", "Les Bleus", 2, 0));
        assert_eq!(
            got.map(|g| (g.0, g.1)),
            Some(("France".into(), "Peru".into()))
        );
        let text = "Norway beat Japan on penalties\n\
            Japan, the hosts, lost to Norway on penalties at the Dome after a draw.\n\
            Norway were the better side and Japan tired; Norway scored first in the shoot-out.\n";
        let got = check_text(text, found("Japan", "Dome", 1, 1));
        assert_eq!(got.map(|g| g.1), Some("Norway".into()));
        assert!(!competition("Crystal Palace"));
    }

    #[test]
    fn a_match_recalled_from_the_past_is_not_this_one() {
        let text = "Brazil stunned by South Korea\n\
            South Korea beat Brazil in the group on a famous day for the Koreans and South Korea.\n\
            In 1970 Peru beat Brazil 1-0.\n";
        let got = check_text(text, found("Peru", "Brazil", 1, 0));
        assert_eq!(got, Some(("Brazil".into(), "South Korea".into(), None)));
    }
}
