//! Result sentences: "Rovers beat Athletic 3-2", "Rovers and Athletic drew 2-2", "Vale knock
//! out hosts Bury, winning 5-4 on penalties" (results told as a noun are in `noun_result`).

use super::noun_result::{noun_result, recalled};
use super::numbers::score;
use super::result::Found;
use super::scoreline::{team_name, teamish};
use super::tokens::{Tok, cap_chunks, fold};
use super::vocab::results::{DRAW, LOSE, WIN};
use crate::model::Score;

/// A result sentence: "A beat B 3-2", "A and B drew 2-2", "A ... beating B 4-3 on penalties".
pub fn sentence_result(toks: &[Tok]) -> Option<Found> {
    let all_chunks = cap_chunks(toks);
    let chunks: Vec<(usize, usize)> = all_chunks
        .iter()
        .copied()
        .filter(|&(s, e)| teamish(&toks[s..e]))
        // "the Sao Paulo club": where a team is from, not its name.
        .filter(|&(s, e)| {
            !(s > 0
                && toks[s - 1].is("the")
                && toks
                    .get(e)
                    .is_some_and(|t| matches!(t.low.as_str(), "club" | "side" | "outfit")))
        })
        // "won Australia's A-League Women's Grand Final": a country owning a competition.
        .filter(|&(_, e)| {
            let owns = toks.get(e).is_some_and(|t| t.is("'s"));
            let owned = all_chunks.iter().find(|c| c.0 == e + 1);
            !(owns && owned.is_some_and(|&(a, b)| !teamish(&toks[a..b])))
        })
        .collect();
    let scores: Vec<(usize, (u16, u16), bool)> = (0..toks.len())
        .filter_map(|k| score(&toks[k].low).map(|sc| (k, sc)))
        .map(|(k, sc)| {
            let kicks = |t: &Tok| {
                matches!(
                    t.low.as_str(),
                    "penalties" | "pens" | "shootout" | "shoot-out"
                )
            };
            // "4-2 on penalties", "won the shoot-out 3-2".
            let pens = toks[k + 1..toks.len().min(k + 5)].iter().any(kicks)
                || toks[k.saturating_sub(2)..k].iter().any(kicks);
            (k, sc, pens)
        })
        .collect();
    // "last season's 4-0 thrashing", "the reverse fixture's 2-2": another match's score.
    let other_match = |k: usize| {
        toks[k.saturating_sub(4)..k].iter().any(|t| {
            matches!(
                t.low.as_str(),
                "last" | "previous" | "earlier" | "season" | "week" | "meeting" | "leg" | "reverse"
            )
        })
    };
    // "a goalless draw", "a scoreless stalemate": 0-0 without the digits.
    let goalless = toks
        .iter()
        .any(|t| matches!(t.low.as_str(), "goalless" | "scoreless"));
    let main = scores
        .iter()
        .find(|s| !s.2 && !other_match(s.0))
        .map(|s| s.1)
        .or(goalless.then_some((0, 0)));
    let pens = scores.iter().find(|s| s.2).map(|s| s.1);
    let verbs: Vec<usize> = (0..toks.len())
        .filter(|&k| {
            let w = toks[k].low.as_str();
            // "won the game for Liverpool" is a player's deed; "won 2-1 at Vale" a result.
            let won_something = matches!(w, "won" | "win" | "winning")
                && toks.get(k + 1).is_some_and(|t| {
                    matches!(
                        t.low.as_str(),
                        "the" | "a" | "an" | "it" | "his" | "her" | "their" | "them" | "us"
                    )
                });
            // "a 3-0 defeat", "a goalless draw": a noun, read by `noun_result`.
            let noun = matches!(w, "defeat" | "win" | "draw" | "rout" | "thrashing" | "loss")
                && toks[k.saturating_sub(3)..k].iter().any(|t| {
                    matches!(t.low.as_str(), "a" | "an" | "'s" | "their" | "his")
                        || score(&t.low).is_some()
                });
            // "played out a draw".
            let played_out = w == "played" && toks.get(k + 1).is_some_and(|t| t.is("out"))
                // "Qatar got past Uzbekistan".
                || w == "past"
                    && k > 0
                    && matches!(toks[k - 1].low.as_str(), "got" | "get" | "gets" | "getting");
            !won_something
                && !noun
                && (WIN.contains(&w) || LOSE.contains(&w) || DRAW.contains(&w) || played_out)
        })
        .collect();
    if recalled(toks) {
        return None;
    }
    // "inflicted a first defeat on Vale, winning 2-1": the first verb that reads as a result.
    verbs
        .into_iter()
        .find_map(|verb| verb_result(toks, &chunks, verb, main, pens))
        .or_else(|| noun_result(toks, &chunks, main))
}

/// The result read around the verb at `verb`: who is before it and who after.
fn verb_result(
    toks: &[Tok],
    chunks: &[(usize, usize)],
    verb: usize,
    main: Option<(u16, u16)>,
    pens: Option<(u16, u16)>,
) -> Option<Found> {
    let w = toks[verb].low.as_str();
    // ", winning 2-1": a participle after a comma has the sentence's subject.
    let participle = w.ends_with("ing") && verb > 0 && toks[verb - 1].is(",");
    let before = chunks
        .iter()
        .rev()
        .find(|c| c.1 <= verb && verb - c.1 <= 3 && !participle)
        .or_else(|| chunks.first().filter(|c| c.1 <= verb))?;
    // "beating Tahiti's AS Pirae 4-0": the club, not its country.
    let owned = |c: &(usize, usize)| {
        (toks.get(c.1).is_some_and(|t| t.is("'s")))
            .then(|| chunks.iter().find(|d| d.0 == c.1 + 1))
            .flatten()
    };
    let after = chunks
        .iter()
        // "collapsed 3-0 to a ruthless Chelsea".
        .find(|c| c.0 > verb && c.0 - verb <= 5)
        .map(|c| owned(c).unwrap_or(c))
        .or_else(|| {
            let name = |c: &&(usize, usize)| fold(&team_name(&toks[c.0..c.1]));
            let subject = fold(&team_name(&toks[before.0..before.1]));
            chunks
                .iter()
                .find(|c| participle && c.0 != before.0 && name(c) != subject)
        });
    // "Scotland are swept aside 5-1", "Athletic were thrashed by Rovers": the subject lost.
    let passive_aux = verb > 0
        && matches!(
            toks[verb - 1].low.as_str(),
            "were" | "was" | "are" | "is" | "been" | "be" | "get" | "got"
        );
    // A passive's winner may have been named before its loser ("Hosts X run riot as Y are
    // swept aside 5-1").
    let after = after.or_else(|| chunks.iter().rev().find(|c| passive_aux && c.1 < before.0));
    let subject = before.0;
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
    // The passive turns the verb round; "Brazil stunned by South Korea": a headline's passive
    // has no "were".
    let passive = passive_aux
        || toks
            .get(verb + 1..toks.len().min(verb + 3))
            .is_some_and(|r| r.iter().any(|t| t.is("by")));
    let subject_wins = !(LOSE.contains(&w) || passive);
    let x_wins = if before.0 == subject {
        subject_wins
    } else {
        !subject_wins
    };
    // "Athletic lost 2-0 at Rovers": the team after "at" was at home.
    let at_other = other.0 > verb && other.0 > 0 && toks[other.0 - 1].is("at");
    let draw = DRAW.contains(&w);
    let mut f = Found {
        home: x.clone(),
        away: y.clone(),
        score: main.map(|sc| ordered(sc, x_wins)),
        shootout: pens.map(|sc| ordered(sc, x_wins)),
        home_won: (!draw).then_some(x_wins),
        ..Found::default()
    };
    if hosts_named || at_other {
        f = Found {
            home: y,
            away: x,
            score: f.score.map(|s| Score::new(s.away, s.home)),
            shootout: f.shootout.map(|s| Score::new(s.away, s.home)),
            home_known: true,
            home_won: f.home_won.map(|won| !won),
            ..Found::default()
        };
    }
    Some(f)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::report::tokens::tokenize;

    fn toks(s: &str) -> Vec<Tok> {
        tokenize(s, 0, s.len())
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
        let f = sentence_result(&toks("Rovers were stunned 2-1 by Athletic in the cup."));
        assert_eq!(
            f.map(|f| (f.home, f.away, f.score)),
            Some(("Rovers".into(), "Athletic".into(), Some(Score::new(1, 2))))
        );
        assert_eq!(
            sentence_result(&toks("Back in 1990, Rovers beat Athletic 1-0 in the cup.")),
            None
        );
        assert_eq!(
            sentence_result(&toks("Rovers had beaten Athletic 3-0 in the first leg.")),
            None
        );
        let f = sentence_result(&toks("Rovers beat Athletic, winning the shoot-out 3-2."));
        assert_eq!(f.and_then(|f| f.shootout), Some(Score::new(3, 2)));
        let f = sentence_result(&toks(
            "Vale knock out hosts Bury in a shootout, winning 5-4 on penalties.",
        ));
        assert_eq!(
            f.map(|f| (f.home, f.shootout)),
            Some(("Bury".into(), Some(Score::new(4, 5))))
        );
    }

    #[test]
    fn reads_nouns_passives_and_venues() {
        let read = |s: &str| sentence_result(&toks(s)).map(|f| (f.home, f.away, f.score));
        let r = |h: &str, a: &str, x: u16, y: u16| {
            Some((h.to_string(), a.to_string(), Some(Score::new(x, y))))
        };
        assert_eq!(
            read("Hosts Rovers run riot as ten-man Athletic are swept aside 5-1 at Brook Park."),
            r("Rovers", "Athletic", 5, 1)
        );
        assert_eq!(
            read("Athletic were thrashed 4-0 by Rovers."),
            r("Athletic", "Rovers", 0, 4)
        );
        assert_eq!(
            read("Athletic suffered a 3-0 defeat at Rovers on Saturday."),
            r("Rovers", "Athletic", 3, 0)
        );
        assert_eq!(
            read("Athletic lost 2-0 at Rovers on Saturday."),
            r("Rovers", "Athletic", 2, 0)
        );
        assert_eq!(
            read("Athletic were thrashed 5-0 by Rovers on Saturday."),
            r("Athletic", "Rovers", 0, 5)
        );
        assert_eq!(
            read("Rovers were beaten 2-1 by Athletic on Saturday."),
            r("Rovers", "Athletic", 1, 2)
        );
        assert_eq!(
            read("Rovers and Athletic played out a goalless draw on Saturday."),
            r("Rovers", "Athletic", 0, 0)
        );
        assert_eq!(
            read("Rovers claimed a 3-1 victory over visitors Athletic on Saturday."),
            r("Rovers", "Athletic", 3, 1)
        );
        assert_eq!(
            read("Rovers battled to a 0-0 draw at home to Athletic despite ten men."),
            r("Rovers", "Athletic", 0, 0)
        );
    }
}
