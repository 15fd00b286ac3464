//! Results told as a noun ("a 2-0 victory over Vale", "a goalless draw") and sentences about
//! another match ("in 1990, when Cameroon beat Argentina").

use super::numbers::score;
use super::result::Found;
use super::scoreline::team_name;
use super::tokens::Tok;
use super::vocab::results::{LOSS_NOUNS, WIN, WIN_NOUNS};
use crate::model::Score;

/// A sentence about another match: "in 1990, when Cameroon beat Argentina", "Saudi Arabia
/// had beaten Argentina".
pub fn recalled(toks: &[Tok]) -> bool {
    toks.windows(2).any(|w| {
        let year = w[1].low.len() == 4 && w[1].low.parse::<u16>().is_ok_and(|y| y > 1850);
        // "for the first time since 1982" looks back without telling that match.
        year && matches!(w[0].low.as_str(), "in" | "of" | "back")
            || w[0].is("had") && (WIN.contains(&w[1].low.as_str()) || w[1].is("beaten"))
    })
}

/// "scoring both goals for X in a 2-0 victory at Y": the winner is the team named with "for",
/// the host the one after "at".
pub fn noun_result(
    toks: &[Tok],
    chunks: &[(usize, usize)],
    main: Option<(u16, u16)>,
) -> Option<Found> {
    let sc = main?;
    let k = (0..toks.len())
        .find(|&k| score(&toks[k].low).is_some_and(|s| s == sc))
        .or_else(|| {
            (0..toks.len()).find(|&k| matches!(toks[k].low.as_str(), "goalless" | "scoreless"))
        })?;
    // "a 2-1 home win", "a comfortable 3-0 victory".
    let skip = (k + 1..toks.len().min(k + 3))
        .take_while(|&j| {
            let w = toks[j].low.as_str();
            !WIN_NOUNS.contains(&w) && !LOSS_NOUNS.contains(&w)
        })
        .count();
    let k = k + skip;
    let noun = toks.get(k + 1)?.low.as_str();
    let won = WIN_NOUNS.contains(&noun);
    // "a 1-1 tie with the Houston Dynamo": a draw, as Americans write it.
    let noun = if noun == "tie" { "draw" } else { noun };
    if !won && !matches!(noun, "defeat" | "loss" | "draw") {
        return None;
    }
    let prep = toks.get(k + 2)?.low.clone();
    let score_at = k - skip;
    // "over visitors Athletic", "against hosts Rovers".
    let role = toks.get(k + 3).map(|t| t.low.clone()).unwrap_or_default();
    // ... or "over 10-man Valencia".
    let role_gap = usize::from(
        matches!(
            role.as_str(),
            "visitors" | "hosts" | "rivals" | "neighbours" | "leaders" | "champions"
        ) || role.ends_with("-man")
            || role.ends_with("-men"),
    );
    // "over their rivals": the other team is the one named elsewhere in the sentence.
    // "a 0-0 draw at home to Millbrook": the subject was at home.
    let at_home = prep == "at"
        && toks.get(k + 3).is_some_and(|t| t.is("home"))
        && toks.get(k + 4).is_some_and(|t| t.is("to"));
    let y = chunks
        .iter()
        .find(|c| c.0 == k + 3 + role_gap || at_home && c.0 == k + 5)
        .or_else(|| {
            let subject = chunks.iter().rev().find(|c| c.1 <= score_at)?;
            chunks.iter().find(|c| c != &subject && c.1 <= score_at)
        })?;
    // "for X", or "gave X a 3-1 win".
    let x = chunks
        .iter()
        .find(|c| c.0 > 0 && toks[c.0 - 1].low == "for" && c != &y)
        .or_else(|| {
            chunks.iter().find(|c| {
                c.1 + 1 == score_at && matches!(toks[c.1].low.as_str(), "a" | "an") && c != &y
            })
        })
        // "Grantham exacted revenge with a 2-1 win": the subject nearest before the score.
        .or_else(|| chunks.iter().rev().find(|c| c.1 <= score_at && c != &y))?;
    let (hi, lo) = (sc.0.max(sc.1), sc.0.min(sc.1));
    let (xs, ys) = if won { (hi, lo) } else { (lo, hi) };
    // "Rovers and Athletic played out a goalless draw": the first named is at home.
    let (x, y) = if noun == "draw" && prep != "at" && y.0 < x.0 {
        (y, x)
    } else {
        (x, y)
    };
    let (xn, yn) = (team_name(&toks[x.0..x.1]), team_name(&toks[y.0..y.1]));
    if (prep == "at" || role == "hosts") && !at_home {
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
