//! Goals told as nouns: "goals from X and Y", "a header from X gave Rovers victory", "the
//! first goal was of X", "for Rovers' second goal", "scored twice", "the third goal".

use super::numbers::{cardinal, ordinal};
use super::triggers::{State, Trig, at};
use super::vocab::scoring::{CANCEL, COMPLETING, WON_WORDS, WOODWORK};

/// "goals from X and Y", or "a header from X" in a clause that says what it won.
pub fn credited_noun(w: &[&str], i: usize, b: usize) -> bool {
    let x = at(w, i);
    if !matches!(at(w, i + 1), "from" | "by") {
        return false;
    }
    let rest = &w[i + 1..b.max(i + 1)];
    // "a header from X over the bar" missed ("bar" says so); "a 1-0 win over Valencia" did
    // not.
    let missed = rest.iter().enumerate().any(|(k, v)| {
        CANCEL.contains(v)
            || WOODWORK.contains(v)
            || matches!(*v, "over" | "against")
                && !rest
                    .get(k.saturating_sub(3)..k)
                    .is_some_and(|p| p.iter().any(|x| matches!(*x, "win" | "victory" | "defeat")))
    });
    let plural = matches!(x, "goals" | "strikes");
    // "rebounded with a goal by Rask", "replied through a header from Obi".
    let answered = w[i.saturating_sub(4)..i]
        .windows(2)
        .any(|p| matches!(p[0], "with" | "through") && matches!(p[1], "a" | "an"));
    let single = matches!(
        x,
        "goal" | "header" | "strike" | "penalty" | "volley" | "shot" | "effort" | "finish"
    ) && (answered || rest.iter().any(|v| WON_WORDS.contains(v)));
    !missed && (plural || single)
}

/// "The first goal was Diaz's", "for Rovers' second goal", "for the second, ...": a goal
/// named by its place in the match, told as a goal in itself. Its ordinal, if so.
pub fn ordinal_goal_phrase(w: &[&str], i: usize) -> Option<u16> {
    let x = at(w, i);
    let n = if x == "opening" { Some(1) } else { ordinal(x) }.filter(|&n| (1..=12).contains(&n))?;
    let prev = at(w, i.wrapping_sub(1));
    if !matches!(prev, "the" | "'s" | "'") {
        return None;
    }
    let for_before = prev == "the" && at(w, i.wrapping_sub(2)) == "for"
        || prev != "the" && at(w, i.wrapping_sub(3)) == "for";
    let next = at(w, i + 1);
    let told = next == "goal"
        && (for_before
            || matches!(
                at(w, i + 2),
                "was" | "came" | "arrived" | "fell" | "went" | "by" | "of" | "from"
            ));
    // "The second arrived on 63 minutes", "Turner's first came after 29 minutes".
    let arrived = matches!(next, "came" | "arrived" | "followed");
    (told || arrived || for_before && next == ",").then_some(n)
}

/// "twice", "two", "both", "three": how many goals a phrase stands for.
pub fn count_word(w: &[&str]) -> Option<u16> {
    w.iter().find_map(|v| match *v {
        "twice" | "both" | "double" => Some(2),
        _ => cardinal(v).filter(|&n| (2..=5).contains(&n)),
    })
}

/// "the third goal": the goal's place in the match.
pub fn ordinal_goal(w: &[&str], a: usize, b: usize) -> Option<u16> {
    (a..b).find_map(|k| {
        (at(w, k.wrapping_sub(1)) == "the" && at(w, k + 1) == "goal")
            .then(|| ordinal(at(w, k)))
            .flatten()
            .filter(|&n| n <= 12)
    })
}

/// The goal noun phrase at word `i` of `w` (clause ends at `b`), if any: "an own goal", "the
/// winner", "a hat-trick", "the breakthrough came", "goals from X and Y".
pub fn noun_phrase(w: &[&str], i: usize, b: usize) -> Option<Trig> {
    let t = |state: State| Some(Trig::one(i, state));
    let x = at(w, i);
    let n1 = at(w, i + 1);
    match x {
        // "played a pass back toward his own net": where the ball was headed, not a goal.
        "own"
            if w[i.saturating_sub(3)..i]
                .iter()
                .any(|v| matches!(*v, "toward" | "towards" | "near" | "across")) =>
        {
            None
        }
        "own" if matches!(n1, "net" | "goal" | "goals" | "goalkeeper" | "keeper") => Some(Trig {
            own_goal: true,
            ..t(State::None)?
        }),
        "own-goal" => Some(Trig {
            own_goal: true,
            ..t(State::None)?
        }),
        // "pushed for an equaliser", "searching for a winner": wanted, not scored.
        "winner" | "equaliser" | "equalizer" | "leveller" if sought(w, i) => None,
        "winner" | "equaliser" | "equalizer"
            if matches!(at(w, i.wrapping_sub(1)), "late" | "the" | "a") && at(w, i + 1) != "of" =>
        {
            t(if x == "winner" {
                State::Winner
            } else {
                State::Level
            })
        }
        "equaliser" | "equalizer" | "leveller" => t(State::Level),
        // "a fifth domestic treble", "won the treble": trophies, not goals. A player's treble
        // is "his treble", "completed her treble", "scored a treble".
        "treble"
            if !(matches!(at(w, i.wrapping_sub(1)), "his" | "her")
                || w[i.saturating_sub(3)..i]
                    .iter()
                    .any(|v| COMPLETING.contains(v))
                || at(w, i.wrapping_sub(1)) == "a"
                    && matches!(
                        at(w, i.wrapping_sub(2)),
                        "scored" | "netted" | "hit" | "grabbed" | "bagged" | "struck"
                    )) =>
        {
            None
        }
        // "the most Premier League hat-tricks by a South American": a record, not goals.
        "hat-trick" | "hat-tricks" | "brace" | "braces" | "treble"
            if w[i.saturating_sub(5)..i]
                .iter()
                .any(|v| matches!(*v, "most" | "record" | "career" | "previous")) =>
        {
            None
        }
        // "scored a hat-trick" is three goals; "completed his hat-trick" is the third.
        "hat-trick" | "hat-tricks" | "brace" | "treble" => Some(Trig {
            count: if w[i.saturating_sub(3)..i]
                .iter()
                .any(|v| COMPLETING.contains(v))
            {
                1
            } else if x == "brace" {
                2
            } else {
                3
            },
            ..t(State::None)?
        }),
        "assistances" | "assists"
            if w[i.saturating_sub(3)..i]
                .iter()
                .any(|v| cardinal(v).is_some_and(|n| n > 1)) =>
        {
            t(State::None)
        }
        // "doubled his tally", "opened her account": a player's goal.
        "tally" | "account"
            if w[i.saturating_sub(3)..i].iter().any(|v| {
                matches!(
                    *v,
                    "doubled" | "opened" | "added" | "increased" | "extended" | "took" | "moved"
                )
            }) =>
        {
            t(State::None)
        }
        // "England responded 11 minutes later with a Harry Kane penalty": the answer is a goal.
        "penalty" | "header" | "goal" | "strike" | "volley" | "finish" | "free-kick"
            if w[i.saturating_sub(6)..i]
                .windows(2)
                .any(|p| p[0] == "with" && matches!(p[1], "a" | "an"))
                && w[i.saturating_sub(10)..i].iter().any(|v| {
                    matches!(
                        *v,
                        "responded" | "replied" | "answered" | "retorted" | "reacted" | "alive"
                    )
                }) =>
        {
            t(State::None)
        }
        // "The only goal of the game came in the first half of extra time from Groenen".
        "goal"
            if matches!(
                at(w, i.wrapping_sub(1)),
                "only" | "winning" | "decisive" | "opening"
            ) && w[i + 1..b.min(i + 6).max(i + 1)]
                .iter()
                .any(|v| matches!(*v, "came" | "arrived")) =>
        {
            t(if at(w, i.wrapping_sub(1)) == "opening" {
                State::Opener
            } else {
                State::Winner
            })
        }
        // "the breakthrough came on 76 minutes".
        // Not always the opener: "the breakthrough came in added time" can be a winner at 1-1.
        "breakthrough" if matches!(n1, "came" | "arrived" | "finally") => t(State::None),
        // "Goals from Cruz, Bello and Laine gave Kirkfield a win", "a stoppage-time header
        // from Obi gave Fallowfield victory": a goal told as a noun with its scorer.
        _ if credited_noun(w, i, b) => t(State::None),
        // "Turner's first" is a player's tally; "the first goal" the match's.
        _ if ordinal_goal_phrase(w, i).is_some() => Some(Trig {
            ordinal: ordinal_goal_phrase(w, i).filter(|_| at(w, i.wrapping_sub(1)) == "the"),
            ..t(State::None)?
        }),

        _ => None,
    }
}

/// "for an equaliser", "chasing a winner": a goal looked for.
fn sought(w: &[&str], i: usize) -> bool {
    let back = &w[i.saturating_sub(4)..i];
    // "for an equaliser" is looked for; "set up Patel for the winner" is scored.
    back.iter().any(|v| {
        matches!(
            *v,
            "chasing"
                | "chased"
                | "seeking"
                | "sought"
                | "hunting"
                | "searching"
                | "pushed"
                | "pressed"
                | "looking"
                | "looked"
                | "pushing"
                | "pressing"
        )
    }) || back
        .windows(2)
        .any(|p| p[0] == "for" && matches!(p[1], "a" | "an"))
}
