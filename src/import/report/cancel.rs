//! The phrases that say a chance did not go in or did not count: "hit the post", "could
//! have", "looked set to", "ruled out", "thought he had scored", and records ("the oldest
//! player to score").

use super::vocab::scoring::{CANCEL, WOODWORK};

fn at<'a>(w: &[&'a str], i: usize) -> &'a str {
    w.get(i).copied().unwrap_or("")
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
