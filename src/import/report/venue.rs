//! Who was at home: "the hosts X", "the visitors X", "a first home defeat on X", "at home to
//! X", "away from home", or a dateline naming the host city.

use super::clean::{Block, BlockKind};
use super::teams::Teams;
use super::tokens::{Tok, fold, tokenize};
use crate::model::Side;

/// "hosts X" / "visitors X" / a dateline city in a team's name, when the home side was not
/// stated by a score line: Some(true) when home and away must swap.
pub fn hosts_hint(text: &str, blocks: &[Block], teams: &Teams, home_known: bool) -> Option<bool> {
    for b in blocks
        .iter()
        .filter(|b| matches!(b.kind, BlockKind::Narrative | BlockKind::Headline))
    {
        let toks = tokenize(text, b.start, b.end);
        for (k, t) in toks.iter().enumerate() {
            // "Galatasaray hosted Fenerbahce": the subject was at home.
            if matches!(t.low.as_str(), "hosted" | "welcomed" | "entertained")
                && let Some(&(_, side, _)) = teams.mentions(&toks).iter().find(|m| m.0 + m.2 == k)
                && teams.mention_at(&toks, k + 1).is_some()
            {
                return Some(side != Side::Home);
            }
            let want = match t.low.as_str() {
                "hosts" => Side::Home,
                "visitors" => Side::Away,
                _ => continue,
            };
            if let Some((side, _)) = teams.mention_at(&toks, k + 1)
                && toks.get(k + 1).is_none_or(|x| x.low != "the")
            {
                return Some(side != want);
            }
            // "England, the hosts, were beaten".
            let apposed = k >= 3 && toks[k - 1].is("the") && toks[k - 2].is(",");
            if let Some(&(_, side, _)) = teams
                .mentions(&toks)
                .iter()
                .find(|m| apposed && m.0 + m.2 == k - 2)
            {
                return Some(side != want);
            }
        }
    }
    if home_known {
        return None;
    }
    if let Some(home) = home_phrase(text, blocks, teams) {
        return Some(home == Side::Away);
    }
    let place = blocks.iter().find_map(|b| b.city.as_deref())?;
    let side = place
        .split(',')
        .find_map(|part| teams.side_of_words(&[fold(part.trim())]))?;
    (side == Side::Away).then_some(true)
}

/// The side a phrase about home or away puts at home, read from the first sentences that say.
fn home_phrase(text: &str, blocks: &[Block], teams: &Teams) -> Option<Side> {
    blocks
        .iter()
        .filter(|b| matches!(b.kind, BlockKind::Narrative | BlockKind::Headline))
        .take(4)
        .find_map(|b| home_in(&tokenize(text, b.start, b.end), teams))
}

fn home_in(toks: &[Tok], teams: &Teams) -> Option<Side> {
    let mentions = teams.mentions(toks);
    let subject = mentions.first().map(|m| m.1);
    let team_after = |k: usize| {
        mentions
            .iter()
            .find(|m| m.0 > k && m.0 <= k + 5)
            .map(|m| m.1)
    };
    let w = |k: usize| toks.get(k).map_or("", |t| t.low.as_str());
    for k in 0..toks.len() {
        match (w(k), w(k + 1)) {
            // "a first home defeat on Oldbury", "Oldbury's first home defeat".
            ("home", "defeat" | "loss" | "win" | "victory" | "draw" | "record") => {
                if let Some(side) = (k + 2..toks.len().min(k + 9))
                    .filter(|&j| matches!(w(j), "on" | "for" | "of"))
                    .find_map(team_after)
                {
                    return Some(side);
                }
                if let Some(m) = mentions
                    .iter()
                    .rev()
                    .find(|m| m.0 + m.2 <= k && matches!(w(m.0 + m.2), "'s" | "'"))
                {
                    return Some(m.1);
                }
            }
            // "Rovers lost at home to Vale": the subject was at home.
            ("at", "home") if w(k + 2) == "to" => return subject,
            // "a crucial 3-2 win in Armenia", "a 2-2 draw at newly-promoted Girona": the team
            // named as the place was at home.
            ("win" | "victory" | "defeat" | "loss" | "draw", "in" | "at")
                if mentions
                    .iter()
                    .any(|m| m.0 == k + 2 || m.0 == k + 3 && w(k + 2).contains('-')) =>
            {
                return mentions
                    .iter()
                    .find(|m| m.0 == k + 2 || m.0 == k + 3)
                    .map(|m| m.1);
            }
            // "at Dragon Stadium in Porto": the ground is in the home team's town.
            ("in", _)
                if k >= 1
                    && toks[k.saturating_sub(4)..k].iter().any(|t| {
                        matches!(t.low.as_str(), "stadium" | "ground" | "park" | "arena")
                    })
                    && mentions.iter().any(|m| m.0 == k + 1) =>
            {
                return mentions.iter().find(|m| m.0 == k + 1).map(|m| m.1);
            }
            // "at Orlando's Exploria Stadium": the ground of the team named.
            // (Not "at Mexico's expense".)
            ("at", _)
                if mentions.iter().any(|m| {
                    m.0 == k + 1
                        && w(m.0 + m.2) == "'s"
                        && (m.0 + m.2 + 1..m.0 + m.2 + 5).any(|j| {
                            matches!(
                                w(j),
                                "stadium" | "ground" | "park" | "arena" | "field" | "home" | "road"
                            )
                        })
                }) =>
            {
                return mentions.iter().find(|m| m.0 == k + 1).map(|m| m.1);
            }
            // "won 3-1 away from home", "a win on the road".
            ("away", "from") if w(k + 2) == "home" => return subject.map(Side::opponent),
            ("on", "the") if w(k + 2) == "road" => return subject.map(Side::opponent),
            _ => {}
        }
    }
    None
}

/// The fullest form of each team's name in the first lines ("Spartak Moscow" where the
/// headline says "Spartak", "Manchester United" for "Man Utd"), so the match carries the name
/// readers know.
pub fn fuller_names(text: &str, blocks: &[Block], teams: &Teams) -> (String, String) {
    let mut best = [teams.home.clone(), teams.away.clone()];
    let words = |s: &str| s.split_whitespace().count();
    for b in blocks
        .iter()
        .filter(|b| matches!(b.kind, BlockKind::Narrative | BlockKind::Headline))
        .take(4)
    {
        let toks = tokenize(text, b.start, b.end);
        for (s, e) in super::tokens::cap_chunks(&toks) {
            // "Ten-man Harlow" is Harlow.
            let name = super::scoreline::team_name(&toks[s..e]);
            let low: Vec<String> = toks[s..e].iter().map(|t| t.low.clone()).collect();
            let k = match teams.side_of_words(&low) {
                Some(Side::Home) => 0,
                Some(Side::Away) => 1,
                _ => continue,
            };
            let possessive = toks.get(e).is_some_and(Tok::is_possessive);
            let longer = (words(&name), name.len()) > (words(&best[k]), best[k].len());
            // "at Celtic Park" is the ground, not a fuller name of Celtic.
            let ground = toks[e - 1].low.as_str();
            let venue = super::vocab::results::VENUE_WORDS.contains(&ground)
                && s > 0
                && matches!(toks[s - 1].low.as_str(), "at" | "to" | "from" | "in");
            if e - s <= 5 && longer && !possessive && !venue {
                best[k] = name;
            }
        }
    }
    let [home, away] = best;
    (home, away)
}
