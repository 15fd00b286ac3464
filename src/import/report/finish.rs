//! Where a finish ends up ("in", "home", "into the bottom corner", "past the keeper") and the
//! phrases that say it did not go in or did not count ("hit the post", "could have", "ruled
//! out").

use super::numbers::ordinal;
use super::vocab::scoring::{BALLS_PLAYED_IN, CANCEL, FINISH_VERBS, WOODWORK};

fn at<'a>(w: &[&'a str], i: usize) -> &'a str {
    w.get(i).copied().unwrap_or("")
}

/// A finishing verb in any of its forms: "nodded", "nodding", "firing", "curls".
pub fn is_finish_verb(x: &str) -> bool {
    if FINISH_VERBS.contains(&x) {
        return true;
    }
    let Some(stem) = x.strip_suffix("ing").filter(|s| s.len() > 2) else {
        return x.strip_suffix('s').is_some_and(|s| {
            s.len() > 2
                && (FINISH_VERBS.contains(&s) || FINISH_VERBS.contains(&format!("{s}ed").as_str()))
        });
    };
    let undoubled = stem
        .char_indices()
        .last()
        .filter(|&(k, c)| k > 0 && stem[..k].ends_with(c))
        .map(|(k, _)| &stem[..k]);
    // "rifling" -> "rifled", "firing" -> "fire", "nodding" -> "nod".
    FINISH_VERBS.contains(&stem)
        || FINISH_VERBS.contains(&format!("{stem}e").as_str())
        || FINISH_VERBS.contains(&format!("{stem}ed").as_str())
        || undoubled.is_some_and(|u| FINISH_VERBS.contains(&u))
}

/// The bare form of a finishing verb after "to": "for Hegerberg to turn in", "left to fire
/// home" (not "to force penalties").
pub fn bare_finish(w: &[&str], i: usize) -> bool {
    let x = at(w, i);
    at(w, i.wrapping_sub(1)) == "to"
        && x.len() > 2
        && !matches!(x, "force" | "shoot" | "drive" | "place")
        && (FINISH_VERBS.contains(&format!("{x}ed").as_str())
            || FINISH_VERBS.contains(&format!("{x}d").as_str()))
}

/// "in", "home", "into the net", "it away", "in off": where a finished chance ends up.
pub fn finish_target(w: &[&str], from: usize, b: usize) -> bool {
    let end = b.min(from + 8);
    for k in from..end {
        let x = at(w, k);
        let n = at(w, k + 1);
        let hit = match x {
            // "headed wide", "fired against the post": the ball went elsewhere first.
            "wide" | "against" | "onto" | "straight" | "at" => return false,
            // "headed over", "fired over from close range": over the bar, unless over a keeper
            // or the line.
            "over" if k == from && !matches!(n, "goalkeeper" | "keeper" | "the" | "line") => {
                return false;
            }
            // "headed over in stoppage time": a time, not where the ball went.
            "in" if matches!(n, "stoppage" | "injury" | "added" | "extra") => return false,
            "in" => match n {
                // "headed in a corner", "tapped in the rebound": the object is the ball;
                // "bundled in their second": a tally.
                "the" | "a" | "an" | "his" | "her" | "their" => {
                    BALLS_PLAYED_IN.contains(&at(w, k + 2))
                        || BALLS_PLAYED_IN.contains(&at(w, k + 3))
                        || ordinal(at(w, k + 2)).is_some_and(|o| (2..=9).contains(&o))
                            && !matches!(at(w, k + 3), "half" | "minute" | "period" | "leg")
                }
                "front" | "behind" | "space" | "possession" | "midfield" | "which" | "what" => {
                    false
                }
                _ => true,
            },
            "home" => !matches!(
                n,
                "side" | "crowd" | "team" | "fans" | "supporters" | "defence" | "defense"
            ),
            "away" => k > from && matches!(at(w, k - 1), "it" | "ball"),
            // "past the keeper", but not "picked out Ilicic beyond the far post".
            "past" | "beyond" => {
                !(n == "the"
                    && matches!(at(w, k + 2), "near" | "far" | "back")
                    && matches!(at(w, k + 3), "post" | "stick"))
            }
            // "glanced the cross inside the near post", "inside Rulli's near post", but not
            // "inside the box".
            "inside" => (k + 2..k + 7)
                .take_while(|&j| !matches!(at(w, j), "box" | "area" | "half" | "minute"))
                .any(|j| matches!(at(w, j), "post" | "corner" | "upright")),
            // "squirmed under the keeper", "fired in under the bar".
            "under" => n != "pressure",
            "into" => is_net(w, k + 1),
            // "lifted it over the goalkeeper", "looped over the keeper", "over the advancing
            // Raya".
            "over"
                if matches!(n, "goalkeeper" | "keeper")
                    || n == "the"
                        && matches!(
                            at(w, k + 2),
                            "goalkeeper" | "keeper" | "advancing" | "onrushing" | "stranded"
                        ) =>
            {
                true
            }
            "over" => {
                k > from
                    && matches!(w[from], "his" | "her" | "the")
                    && matches!(at(w, from + 1), "header" | "shot" | "effort")
                    && w[from..k].len() <= 3
                    && n != "the"
                    && n != "bar"
                    && n != "crossbar"
            }
            // "lashing in his 17th league goal of the season": a tally.
            "his" | "her" if k > from && at(w, k - 1) == "in" => {
                ordinal(n).is_some_and(|o| (2..=60).contains(&o))
                    && (at(w, k + 2) == "goal" || at(w, k + 3) == "goal")
            }
            // "headed the second ball back across the box" is no tally.
            "the"
                if k == from
                    && matches!(
                        at(w, k + 2),
                        "ball" | "phase" | "period" | "leg" | "half" | "minute"
                    ) =>
            {
                false
            }
            // "headed his second", "fired her third", "headed the third": a tally.
            "his" | "her" | "the" if k == from => {
                ordinal(n).is_some_and(|o| (2..=6).contains(&o)) && at(w, k + 2) != "half"
            }
            _ => false,
        };
        if hit {
            return true;
        }
    }
    false
}

/// "the net", "an open goal", "the bottom corner", "the roof of the net", "his own net".
pub fn is_net(w: &[&str], k: usize) -> bool {
    let x = at(w, k);
    let n = at(w, k + 1);
    let n2 = at(w, k + 2);
    matches!(x, "the" | "an" | "his" | "her" | "their" | "own")
        && (matches!(
            n,
            "net"
                | "goal"
                | "corner"
                | "roof"
                | "top"
                | "bottom"
                | "back"
                | "empty"
                | "open"
                | "far"
                | "near"
                | "own"
        ) && !(n == "far" && n2 == "post")
            && !(n == "near" && n2 == "post")
            && placed(n, n2))
}

/// "the top corner", "the back of the net", not "the top half of the table".
fn placed(n: &str, n2: &str) -> bool {
    let positional = matches!(n, "top" | "bottom" | "far" | "near" | "back");
    !positional || matches!(n2, "corner" | "left" | "right" | "of" | "stick")
}

/// A phrase in the clause before the scoring word that says it did not count or did not go
/// in: "hit the post", "could have", "ruled out", "saved".
pub fn cancelled(w: &[&str], a: usize, i: usize) -> bool {
    let before = &w[a..i];
    // "could have scored", "should find a winner": what might have been, not a goal.
    let modal = before.windows(2).any(|p| {
        matches!(
            p[0],
            "could" | "should" | "would" | "might" | "couldn't" | "wouldn't"
        ) && !matches!(p[1], "only")
    });
    let woodwork = before.iter().enumerate().any(|(k, v)| {
        WOODWORK.contains(v)
            && before[k.saturating_sub(3)..k].iter().any(|x| {
                matches!(
                    *x,
                    "hit" | "struck" | "rattled" | "against" | "onto" | "clipped" | "crashed"
                )
            })
    });
    // "had the chance to win it", "a golden opportunity to score", "looked set to draw
    // level": what might have happened.
    // (Not past a comma: "who had struggled to find form all season, curled in the winner" is
    // a goal.)
    let near = before
        .iter()
        .rposition(|x| *x == ",")
        .map_or(before, |c| &before[c + 1..]);
    let chance = near.windows(2).any(|p| {
        matches!(
            p[0],
            "chance"
                | "chances"
                | "opportunity"
                | "opening"
                | "set"
                | "threatening"
                | "threatened"
                | "trying"
                | "tried"
                | "looking"
                | "aiming"
                | "bidding"
                | "poised"
                | "needed"
                | "need"
                | "needing"
                | "struggled"
                | "struggling"
        ) && p[1] == "to"
    });
    modal
        || woodwork
        || chance
        || before.iter().enumerate().any(|(k, v)| {
            // "beat the offside trap" is how a goal starts, not why it was ruled out.
            let trap = *v == "offside" && before.get(k + 1).is_some_and(|n| *n == "trap");
            CANCEL.contains(v) && *v != "close" && !trap
        })
        || before
            .windows(2)
            .any(|p| matches!(p[0], "came" | "went") && p[1] == "close")
}

/// A goal that did not stand: "thought he had given Peru the lead, only for VAR to rule it
/// out", "had the ball in the net, but it was disallowed for offside".
pub fn overturned(w: &[&str], a: usize, i: usize) -> bool {
    // "thought he had scored", "thought they were level".
    let believed = w[a..w.len().min(i + 1)]
        .windows(3)
        .any(|p| matches!(p[0], "thought" | "believed") && matches!(p[2], "had" | "were" | "was"));
    let rest = &w[i..w.len().min(i + 24)];
    let rest = rest
        .iter()
        .position(|x| matches!(*x, "." | ";"))
        .map_or(rest, |e| &rest[..e]);
    // "only for VAR to rule it out", not "only for Sandvik to equalise again".
    let only_for = rest
        .windows(2)
        .position(|p| p == ["only", "for"])
        .is_some_and(|k| {
            rest[k..].iter().any(|x| {
                matches!(
                    *x,
                    "var" | "flag" | "offside" | "referee" | "linesman" | "handball" | "foul"
                )
            })
        });
    let undone = only_for
        || rest.windows(2).any(|p| {
            matches!(p[0], "ruled" | "chalked" | "struck") && matches!(p[1], "out" | "off")
                || matches!(p[0], "disallowed" | "overturned")
        })
        || rest.last().is_some_and(|x| *x == "disallowed");
    // "An offside flag spared Sakai's blushes after he deflected a cross into his own net".
    let spared = w[..i].windows(2).any(|p| {
        matches!(p[0], "spared" | "spares" | "saved") && matches!(p[1], "his" | "her" | "their")
    }) && w[..i].contains(&"blushes")
        // (An offside flag that spared someone or went up, not "the flag stayed down".)
        || w[..i].windows(4).any(|p| {
            p[0] == "offside"
                && p[1] == "flag"
                && p[2..].iter().any(|x| matches!(*x, "spared" | "ruled" | "denied" | "went" | "was"))
        });
    believed || undone || spared
}

/// A record, not a goal: "the oldest player to score in a knockout game", "only the second
/// man to score three goals in a final".
pub fn record(w: &[&str], a: usize, i: usize) -> bool {
    if i == 0 || at(w, i - 1) != "to" {
        return false;
    }
    // The record's subject may sit in the clause before: "becoming only the second man
    // after Smith to score three".
    let before = &w[i.saturating_sub(8).min(a)..i - 1];
    let before = &before[before.len().saturating_sub(7)..];
    // "the oldest player", "the first man", "only the second woman" then "to score".
    let ranked = |x: &str| {
        matches!(
            x,
            "first" | "only" | "oldest" | "youngest" | "second" | "third" | "last" | "latest"
        ) || x.ends_with("est")
    };
    let who = |x: &str| {
        matches!(
            x,
            "player" | "man" | "woman" | "teenager" | "substitute" | "defender" | "goalkeeper"
        )
    };
    (0..before.len()).any(|k| {
        before[k] == "the"
            && before.get(k + 1).is_some_and(|x| ranked(x))
            && before[k + 1..].iter().take(3).any(|x| who(x))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(s: &str) -> Vec<&str> {
        s.split_whitespace().collect()
    }

    #[test]
    fn goals_that_did_not_stand() {
        let w = words("Lee thought he had given Rovers the lead , only for VAR to rule it out");
        assert!(overturned(&w, 0, 5));
        let w = words("Kim had the ball in the net but it was disallowed for offside");
        assert!(overturned(&w, 0, 1));
        let w = words("Kim scored in the 20th minute and Rovers held on");
        assert!(!overturned(&w, 0, 1));
        let w = words("Kim restored the lead , only for Lee to equalise again");
        assert!(!overturned(&w, 0, 1));
        let w = words("Lee became the oldest player to score in a final");
        assert!(record(&w, 0, 6));
        let w = words("Lee was left to score the sixth");
        assert!(!record(&w, 0, 4));
    }
}
