//! The result: which two teams played, who was at home, the final score, extra time and any
//! shoot-out, from score lines ("Rovers 2 - 1 Athletic"), headlines and result sentences
//! ("Rovers beat Athletic 2-1", "Rovers and Athletic drew 1-1").

use super::clean::{Block, BlockKind};
use super::numbers::score;
use super::tokens::{Tok, cap_chunks, fold, join, tokenize};
use crate::model::Score;

/// What the text says about the result.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Found {
    pub home: String,
    pub away: String,
    pub score: Option<Score>,
    pub shootout: Option<Score>,
    pub extra_time: bool,
    /// True when the home side is stated (score line, "hosts X"), not just the first named.
    pub home_known: bool,
}

const WIN: &[&str] = &[
    "beat",
    "beats",
    "beating",
    "defeated",
    "defeat",
    "defeats",
    "defeating",
    "thrashed",
    "thrash",
    "thrashing",
    "hammered",
    "hammer",
    "hammering",
    "crushed",
    "crush",
    "crushing",
    "routed",
    "rout",
    "edged",
    "edge",
    "edging",
    "overcame",
    "overcome",
    "overpowered",
    "overpower",
    "downed",
    "stunned",
    "blew",
    "knocked",
    "knock",
    "eliminated",
    "outclassed",
    "dispatched",
    "demolished",
    "humbled",
    "swept",
    "thumped",
    "thump",
    "trounced",
    "saw",
];
const LOSE: &[&str] = &["lost", "lose", "losing", "fell", "beaten", "defeated by"];
const DRAW: &[&str] = &["drew", "draw", "held", "drawing", "tied"];
const NOT_TEAM: &[&str] = &[
    "league",
    "cup",
    "stadium",
    "park",
    "arena",
    "reuters",
    "group",
    "olympics",
    "championship",
    "round",
    "final",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "var",
    "derby",
];

/// Reads the result from the report's lines.
pub fn find(text: &str, blocks: &[Block]) -> Option<Found> {
    let lines: Vec<&Block> = blocks
        .iter()
        .filter(|b| matches!(b.kind, BlockKind::Headline | BlockKind::Heading))
        .collect();
    let mut found = lines
        .iter()
        .filter(|b| b.kind == BlockKind::Heading)
        .chain(lines.iter().filter(|b| b.kind == BlockKind::Headline))
        .find_map(|b| scoreline(&tokenize(text, b.start, b.end)));
    let prose_blocks: Vec<&Block> = blocks
        .iter()
        .filter(|b| {
            matches!(
                b.kind,
                BlockKind::Headline | BlockKind::Narrative | BlockKind::Bullet
            )
        })
        .take(6)
        .collect();
    // The first result sentence with a score; a scoreless one ("A knock out hosts B") still
    // says who was at home.
    let mut prose: Option<Found> = None;
    let mut scoreless: Option<Found> = None;
    'blocks: for b in &prose_blocks {
        for (s, e) in super::sentences::split(text, b.start, b.end) {
            if let Some(p) = sentence_result(&tokenize(text, s, e)) {
                if p.score.is_some() {
                    prose = Some(p);
                    break 'blocks;
                }
                scoreless = scoreless.or(Some(p));
            }
        }
    }
    if let (Some(p), Some(q)) = (&mut prose, &scoreless)
        && q.home_known
        && fold(&p.away).contains(&fold(&q.home))
    {
        std::mem::swap(&mut p.home, &mut p.away);
        p.score = p.score.map(|s| Score::new(s.away, s.home));
        p.shootout = p.shootout.map(|s| Score::new(s.away, s.home));
        p.home_known = true;
    }
    let prose = prose.or(scoreless);
    match (&mut found, prose) {
        (Some(f), Some(p)) => {
            let same = |a: &str, b: &str| fold(a).contains(&fold(b)) || fold(b).contains(&fold(a));
            if same(&f.home, &p.home) && same(&f.away, &p.away)
                || same(&f.home, &p.away) && same(&f.away, &p.home)
            {
                f.shootout = p.shootout.map(|s| {
                    if same(&f.home, &p.home) {
                        s
                    } else {
                        Score::new(s.away, s.home)
                    }
                });
            }
        }
        (None, Some(p)) => found = Some(p),
        _ => {}
    }
    let mut found = found?;
    let all = fold(text);
    found.extra_time = ["extra time", "extra-time", "a.e.t", "(aet)"]
        .iter()
        .any(|m| all.contains(m));
    Some(found)
}

fn team_name(toks: &[Tok]) -> String {
    // "Ten-man Brighton": the adjective is not part of the name.
    let skip = toks
        .iter()
        .take_while(|t| t.low.ends_with("-man") || t.low.ends_with("-men"))
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

fn teamish(toks: &[Tok]) -> bool {
    !toks.iter().any(|t| NOT_TEAM.contains(&t.low.as_str()))
        && toks.iter().any(|t| t.text.chars().any(char::is_alphabetic))
}

/// "Home 2 - 1 Away", "Home 2-1 Away: headline", "HOME 4 AWAY 1".
pub fn scoreline(toks: &[Tok]) -> Option<Found> {
    let chunks = cap_chunks(toks);
    let &(s0, e0) = chunks.first()?;
    if s0 != 0 || !teamish(&toks[s0..e0]) {
        return None;
    }
    let (h, a, next) = if let Some(sc) = toks.get(e0).and_then(|t| score(&t.low)) {
        (sc.0, sc.1, e0 + 1)
    } else {
        let n = |k: usize| toks.get(k).and_then(|t| t.low.parse::<u16>().ok());
        match (n(e0), toks.get(e0 + 1).map(|t| t.low.as_str()), n(e0 + 2)) {
            (Some(x), Some("-" | ":"), Some(y)) => (x, y, e0 + 3),
            _ => return allcaps_scoreline(toks),
        }
    };
    let &(s1, e1) = chunks.iter().find(|c| c.0 == next)?;
    let tail_ok = toks
        .get(e1)
        .is_none_or(|t| matches!(t.low.as_str(), ":" | "(" | "|" | "-"));
    (tail_ok && teamish(&toks[s1..e1]))
        .then(|| Found {
            home: team_name(&toks[s0..e0]),
            away: team_name(&toks[s1..e1]),
            score: Some(Score::new(h, a)),
            home_known: true,
            ..Found::default()
        })
        .or_else(|| allcaps_scoreline(toks))
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
    let caps = |t: &[Tok]| !t.is_empty() && t.iter().all(|x| x.is_cap()) && teamish(t);
    let n = |k: usize| toks[k].low.parse::<u16>().ok();
    (caps(a) && caps(b)).then(|| Found {
        home: team_name(a),
        away: team_name(b),
        score: n(nums[0]).zip(n(nums[1])).map(|(x, y)| Score::new(x, y)),
        home_known: true,
        ..Found::default()
    })
}

/// A result sentence: "A beat B 3-2", "A and B drew 2-2", "A ... beating B 4-3 on penalties".
pub fn sentence_result(toks: &[Tok]) -> Option<Found> {
    let chunks: Vec<(usize, usize)> = cap_chunks(toks)
        .into_iter()
        .filter(|&(s, e)| teamish(&toks[s..e]))
        .collect();
    let scores: Vec<(usize, (u16, u16), bool)> = (0..toks.len())
        .filter_map(|k| score(&toks[k].low).map(|sc| (k, sc)))
        .map(|(k, sc)| {
            let pens = toks[k + 1..toks.len().min(k + 5)].iter().any(|t| {
                matches!(
                    t.low.as_str(),
                    "penalties" | "pens" | "shootout" | "shoot-out"
                )
            });
            (k, sc, pens)
        })
        .collect();
    let main = scores.iter().find(|s| !s.2).map(|s| s.1);
    let pens = scores.iter().find(|s| s.2).map(|s| s.1);
    let Some(verb) = (0..toks.len()).find(|&k| {
        let w = toks[k].low.as_str();
        WIN.contains(&w) || LOSE.contains(&w) || DRAW.contains(&w)
    }) else {
        return noun_result(toks, &chunks, main);
    };
    let w = toks[verb].low.as_str();
    let before = chunks
        .iter()
        .rev()
        .find(|c| c.1 <= verb && verb - c.1 <= 3)
        .or_else(|| chunks.first().filter(|c| c.1 <= verb))?;
    let after = chunks.iter().find(|c| c.0 > verb && c.0 - verb <= 4);
    let other = if DRAW.contains(&w) {
        // "A and B drew": the chunk before "and" before the verb.
        chunks
            .iter()
            .rev()
            .find(|c| c.1 < before.0 && toks.get(c.1).is_some_and(|t| t.is("and")))
            .or(after)
    } else {
        after
    }?;
    // "A and B drew": the first named is at home.
    let (before, other) = if other.0 < before.0 {
        (other, before)
    } else {
        (before, other)
    };
    let (x, y) = (
        team_name(&toks[before.0..before.1]),
        team_name(&toks[other.0..other.1]),
    );
    if fold(&x) == fold(&y) {
        return None;
    }
    let hosts_named = toks
        .get(verb.min(other.0)..verb.max(other.0))
        .is_some_and(|r| r.iter().any(|t| t.is("hosts")));
    let ordered = |sc: (u16, u16), x_wins: bool| {
        let (hi, lo) = (sc.0.max(sc.1), sc.0.min(sc.1));
        if x_wins {
            Score::new(hi, lo)
        } else {
            Score::new(lo, hi)
        }
    };
    let x_wins = !LOSE.contains(&w);
    let mut f = Found {
        home: x.clone(),
        away: y.clone(),
        score: main.map(|sc| ordered(sc, x_wins)),
        shootout: pens.map(|sc| ordered(sc, x_wins)),
        ..Found::default()
    };
    if hosts_named {
        f = Found {
            home: y,
            away: x,
            score: f.score.map(|s| Score::new(s.away, s.home)),
            shootout: f.shootout.map(|s| Score::new(s.away, s.home)),
            home_known: true,
            ..Found::default()
        };
    }
    Some(f)
}

/// "scoring both goals for X in a 2-0 victory at Y": the winner is the team named with "for",
/// the host the one after "at".
fn noun_result(toks: &[Tok], chunks: &[(usize, usize)], main: Option<(u16, u16)>) -> Option<Found> {
    let sc = main?;
    let k = (0..toks.len()).find(|&k| score(&toks[k].low).is_some())?;
    let noun = toks.get(k + 1)?.low.as_str();
    let won = matches!(noun, "victory" | "win" | "triumph" | "success");
    if !won && !matches!(noun, "defeat" | "loss" | "draw") {
        return None;
    }
    let prep = toks.get(k + 2)?.low.clone();
    let y = chunks.iter().find(|c| c.0 == k + 3)?;
    let x = chunks
        .iter()
        .find(|c| c.0 > 0 && toks[c.0 - 1].low == "for" && c != &y)?;
    let (xn, yn) = (team_name(&toks[x.0..x.1]), team_name(&toks[y.0..y.1]));
    let (hi, lo) = (sc.0.max(sc.1), sc.0.min(sc.1));
    let (xs, ys) = if won { (hi, lo) } else { (lo, hi) };
    if prep == "at" {
        Some(Found {
            home: yn,
            away: xn,
            score: Some(Score::new(ys, xs)),
            home_known: true,
            ..Found::default()
        })
    } else {
        Some(Found {
            home: xn,
            away: yn,
            score: Some(Score::new(xs, ys)),
            ..Found::default()
        })
    }
}

/// Competitions by name, longest first so "Women's World Cup" wins over "World Cup".
const COMPETITIONS: &[&str] = &[
    "Women's World Cup",
    "Club World Cup",
    "World Cup qualifier",
    "World Cup",
    "Champions League",
    "Europa Conference League",
    "Conference League",
    "Europa League",
    "Premier League",
    "Indian Super League",
    "Super League",
    "FA Cup",
    "League Cup",
    "Carabao Cup",
    "EFL Cup",
    "Serie A",
    "Serie B",
    "La Liga",
    "Bundesliga",
    "Ligue 1",
    "Eredivisie",
    "Primeira Liga",
    "Scottish Premiership",
    "Copa America",
    "Copa del Rey",
    "Copa Libertadores",
    "Copa Sudamericana",
    "European Championship",
    "Nations League",
    "Africa Cup of Nations",
    "Asian Cup",
    "Gold Cup",
    "Community Shield",
    "Super Cup",
    "Olympics",
    "Olympic",
    "Championship",
    "League One",
    "League Two",
    "MLS",
    "A-League",
    "Women's Super League",
    "NWSL",
    "Premiership",
    "Coppa Italia",
    "DFB-Pokal",
    "Coupe de France",
    "Euro 2024",
    "Euro 2020",
    "Euro 2016",
    "Euro 2012",
];

/// The competition the report names first.
pub fn competition(text: &str) -> Option<String> {
    let folded = fold(text);
    let mut best: Option<(usize, usize, &str)> = None;
    for c in COMPETITIONS {
        let fc = fold(c);
        let mut from = 0;
        while let Some(i) = folded[from..].find(&fc).map(|i| i + from) {
            let end = i + fc.len();
            let bounded = folded[..i]
                .chars()
                .last()
                .is_none_or(|p| !p.is_alphanumeric())
                && folded[end..]
                    .chars()
                    .next()
                    .is_none_or(|n| !n.is_alphanumeric());
            if bounded {
                if best.is_none_or(|b| i < b.0 || i == b.0 && fc.len() > b.1) {
                    best = Some((i, fc.len(), c));
                }
                break;
            }
            from = end;
        }
    }
    best.map(|b| {
        let name = b.2;
        if name == "Olympic" {
            "Olympics".to_string()
        } else {
            name.to_string()
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(s: &str) -> Vec<Tok> {
        tokenize(s, 0, s.len())
    }

    #[test]
    fn finds_competitions() {
        assert_eq!(
            competition("the first leg of their Europa League tie").as_deref(),
            Some("Europa League")
        );
        assert_eq!(
            competition("Women's World Cup, Group C").as_deref(),
            Some("Women's World Cup")
        );
        assert_eq!(competition("a friendly"), None);
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

    #[test]
    fn reads_result_sentences() {
        let f = sentence_result(&toks(
            "Smith scored late as Rovers narrowly defeated Athletic 3-2 in the cup.",
        ));
        assert_eq!(
            f.map(|f| (f.home, f.away, f.score)),
            Some(("Rovers".into(), "Athletic".into(), Some(Score::new(3, 2))))
        );
        let f = sentence_result(&toks("Rovers and Athletic FC drew 2-2 in a lively game."));
        assert_eq!(
            f.map(|f| (f.home, f.away, f.score)),
            Some((
                "Rovers".into(),
                "Athletic FC".into(),
                Some(Score::new(2, 2))
            ))
        );
        let f = sentence_result(&toks(
            "Vale knock out hosts Bury in a shootout, winning 5-4 on penalties.",
        ));
        assert_eq!(
            f.map(|f| (f.home, f.shootout)),
            Some(("Bury".into(), Some(Score::new(4, 5))))
        );
    }
}
