//! Checks on the result sentences found: the one whose teams the headline names, a person
//! read as a team replaced by the headline's team, and a draw's score told in a sentence of its
//! own.

use super::clean::{Block, BlockKind};
use super::result::Found;
use super::result_sentence::sentence_result;
use super::tokens::{fold, tokenize};
use crate::model::Score;

/// Corrects a result sentence's teams by the headline's result.
pub fn headline_teams(p: &mut Found, text: &str, blocks: &[Block]) {
    // "Joelle Anderson forced an own goal ..., and the expansion club beat the Seattle Reign
    // 3-2" under "Bay FC edges Seattle Reign": one team agrees with the headline's result, so
    // the other is the headline's other team.
    let headline = blocks
        .iter()
        .filter(|b| b.kind == BlockKind::Headline)
        .flat_map(|b| super::sentences::split(text, b.start, b.end))
        .find_map(|(s, e)| sentence_result(&tokenize(text, s, e)));
    if let Some(h) = headline.filter(|h| !same_team(&h.home, &h.away)) {
        let named = |t: &str| same_team(t, &h.home) || same_team(t, &h.away);
        let other = |t: &str| {
            if same_team(t, &h.home) {
                h.away.clone()
            } else {
                h.home.clone()
            }
        };
        let (pw, ph) = (p.score.map(|s| s.home > s.away), h.home_won);
        // Only a name that reads like a person's ("Joelle Anderson") gives way, never a
        // club's other name ("Middlesbrough" under "Boro").
        let personal = |t: &str| {
            t.split_whitespace().count() == 2
                && !super::teams::GENERIC
                    .iter()
                    .any(|g| fold(t).split_whitespace().any(|w| w == *g))
        };
        let mixed = named(&p.home) && !named(&p.away) && personal(&p.away)
            || named(&p.away) && !named(&p.home) && personal(&p.home);
        if let (true, Some(home_won), Some(headline_home_won)) = (mixed, pw, ph) {
            // The headline says who won; the score's winner is that team.
            let (w, l) = if headline_home_won {
                (h.home.clone(), h.away.clone())
            } else {
                (h.away.clone(), h.home.clone())
            };
            (p.home, p.away) = if home_won { (w, l) } else { (l, w) };
        } else if named(&p.home) && !named(&p.away) && personal(&p.away) {
            p.away = other(&p.home);
        } else if named(&p.away) && !named(&p.home) && personal(&p.home) {
            p.home = other(&p.away);
        }
    }
}

/// Of the result sentences found, the one whose teams the headline names: "Liam Delap sealed
/// the 3-0 victory" reads like a result, but the headline and the story are about Chelsea and
/// Barcelona.
pub fn best_supported(found: Vec<Found>, text: &str, blocks: &[Block]) -> Option<Found> {
    let headline: String = blocks
        .iter()
        .filter(|b| b.kind == BlockKind::Headline)
        .map(|b| fold(&text[b.start..b.end]))
        .collect::<Vec<_>>()
        .join(" ");
    let all = fold(text);
    let support = |f: &Found| {
        let in_headline = [&f.home, &f.away]
            .iter()
            .filter(|t| !t.is_empty() && headline.contains(&fold(t)))
            .count();
        let mentions = [&f.home, &f.away]
            .iter()
            .map(|t| all.matches(&fold(t)).count().min(5))
            .sum::<usize>();
        (in_headline, mentions)
    };
    // The first one stands unless a later one names both teams of the headline and it does not.
    let mut found = found.into_iter();
    let first = found.next()?;
    let first_support = support(&first);
    if first_support.0 == 2 {
        return Some(first);
    }
    let better = found
        .map(|f| (support(&f), f))
        .filter(|(s, _)| s.0 == 2 && s.1 > first_support.1)
        .max_by_key(|(s, _)| s.1);
    Some(better.map_or(first, |b| b.1))
}

/// "The game finished 0-0 after extra time", "it ended 1-1": a level score the match ended on.
pub fn stated_draw(toks: &[crate::import::report::tokens::Tok]) -> Option<Score> {
    (1..toks.len()).find_map(|k| {
        let (x, y) = super::numbers::score(&toks[k].low)?;
        let ended = toks[k.saturating_sub(2)..k].iter().any(|t| {
            matches!(
                t.low.as_str(),
                "finished" | "ended" | "finishing" | "ending"
            )
        });
        let pens = toks[k + 1..toks.len().min(k + 4)].iter().any(|t| {
            matches!(
                t.low.as_str(),
                "penalties" | "pens" | "shootout" | "shoot-out"
            )
        });
        (ended && x == y && !pens).then(|| Score::new(x, y))
    })
}

/// Two ways of writing one team: "Paris St Germain" and "PSG", "Bay FC" and "Bay".
fn same_team(a: &str, b: &str) -> bool {
    let (a, b) = (fold(a), fold(b));
    let initials = |s: &str| -> String {
        s.split([' ', '-'])
            .filter(|w| !w.is_empty())
            .filter_map(|w| w.chars().next())
            .collect()
    };
    let one_word = |s: &str| !s.contains(' ');
    // Whole words: "Bay" is not "Bayern".
    let words_of = |s: &str| -> Vec<String> { s.split_whitespace().map(str::to_string).collect() };
    let (wa, wb) = (words_of(&a), words_of(&b));
    let within = |x: &[String], y: &[String]| !x.is_empty() && y.windows(x.len()).any(|w| w == x);
    !a.is_empty()
        && !b.is_empty()
        && (within(&wa, &wb)
            || within(&wb, &wa)
            || one_word(&a) && initials(&b) == a
            || one_word(&b) && initials(&a) == b)
}
