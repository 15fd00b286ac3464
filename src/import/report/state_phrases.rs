//! Phrases that say what a goal did to the score: "took the lead", "equalised", "brought them
//! level", "put Rovers ahead", "completed the turnaround", "opened the scoring", "pulled one
//! back". They both mark a goal and tell `sides` which team it must have been.

use super::numbers::score;
use super::triggers::is_finish_verb;
use super::triggers::{State, Trig, at};
use super::vocab::scoring::{SETTLED, SETTLING};

/// Verbs that restore or grow a lead: "doubled their advantage".
const LEAD_VERBS: &[&str] = &[
    "restored",
    "restore",
    "restoring",
    "regained",
    "regain",
    "re-established",
    "doubled",
    "double",
    "doubling",
    "extended",
    "extend",
    "extending",
    "increased",
    "increase",
    "stretched",
    "stretch",
    "stretching",
    "reclaimed",
];

/// Verbs that bring a team level with an object between: "brought them level".
const LEVELLING_VERBS: &[&str] = &[
    "brought", "bring", "brings", "bringing", "pulled", "pull", "drew", "draw", "got", "get",
    "hauled", "haul", "dragged", "drag", "put", "puts", "pegged",
];

/// The score phrase at word `i` of `w` (clause ends at `b`), if any.
pub fn state_phrase(w: &[&str], i: usize, b: usize) -> Option<Trig> {
    let t = |state: State| Some(Trig::one(i, state));
    let x = at(w, i);
    let n1 = at(w, i + 1);
    let n2 = at(w, i + 2);
    let window = &w[i + 1..b.min(i + 7).max(i + 1)];
    match x {
        "equalised" | "equalized" | "equalising" | "equalizing" | "levelled" | "leveled" => {
            t(State::Level)
        }
        // "after Gakpo cancelled out Son's opener".
        "cancelled" | "canceled" | "cancelling" | "canceling" | "cancels" | "cancel"
            if n1 == "out"
                && !matches!(at(w, i.wrapping_sub(1)), "to")
                && window.iter().take(5).any(|v| {
                    matches!(
                        *v,
                        "opener" | "goal" | "lead" | "strike" | "header" | "penalty" | "effort"
                    )
                }) =>
        {
            t(State::Level)
        }
        // "only for Sandvik to equalise again".
        "equalise" | "equalize" if at(w, i.wrapping_sub(1)) == "to" => t(State::Level),
        "level"
            if matches!(
                at(w, i.wrapping_sub(1)),
                "were" | "was" | "drew" | "draw" | "them" | "back"
            ) =>
        {
            t(State::Level)
        }
        // "brought them level", "headed the visitors level", "fired Rovers level".
        "level"
            if w[i.saturating_sub(4)..i]
                .iter()
                .any(|v| LEVELLING_VERBS.contains(v) || is_finish_verb(v)) =>
        {
            t(State::Level)
        }
        "terms" if at(w, i.wrapping_sub(1)) == "level" && at(w, i.wrapping_sub(2)) == "on" => {
            t(State::Level)
        }
        "tie" if matches!(at(w, i.wrapping_sub(2)), "made" | "make") => t(State::Level),
        // "rescued Hyderabad two minutes from time to send the final into extra time".
        "send" | "sent" | "sending" | "forced" | "forcing" | "force"
            if window
                .windows(2)
                .any(|p| p == ["extra", "time"] || p == ["into", "extra-time"])
                && window.contains(&"into")
                && matches!(
                    n1,
                    "the" | "it" | "a" | "them" | "their" | "his" | "her" | "this"
                ) =>
        {
            t(State::Level)
        }
        // "took the lead", "restored their lead", "doubled the advantage", "gave the hosts
        // the lead" (the team credited is the object).
        // "stretch their lead at the top of the Bundesliga to 13 points": the table's lead.
        "lead" | "advantage" | "cushion" | "margin"
            if n1 == "at" && n2 == "the" && matches!(at(w, i + 3), "top" | "summit")
                || matches!(n1, "in" | "atop")
                    && window
                        .iter()
                        .take(3)
                        .any(|v| matches!(*v, "table" | "standings" | "group" | "league"))
                || n1 == "to"
                    && super::numbers::cardinal(n2).is_some()
                    && at(w, i + 3) == "points"
                // "a two-point cushion over seventh place".
                || at(w, i.wrapping_sub(1)).ends_with("-point")
                || matches!(at(w, i.wrapping_sub(1)), "points" | "point") =>
        {
            None
        }
        "lead" | "advantage" | "cushion" | "margin" => {
            // "had given upstart Croatia what looked a significant 1-0 lead".
            let back = &w[i.saturating_sub(9)..i];
            // "took the lead", "took an early lead", "took a deserved 1-0 lead".
            let took = w[i.saturating_sub(4)..i]
                .iter()
                .any(|v| matches!(*v, "took" | "take" | "taking" | "takes" | "taken"));
            let kept = back.iter().any(|v| LEAD_VERBS.contains(v));
            let given = back.iter().any(|v| {
                matches!(
                    *v,
                    "give" | "gave" | "giving" | "gives" | "given" | "handed"
                )
            });
            if given {
                Some(Trig {
                    object_side: true,
                    ..t(State::Lead)?
                })
            } else if (took && x == "lead") || kept {
                t(State::Lead)
            } else {
                None
            }
        }
        // "reduced the deficit", "halved the arrears".
        "deficit" | "arrears" | "gap"
            if w[i.saturating_sub(4)..i].iter().any(|v| {
                matches!(
                    *v,
                    "reduced" | "reduce" | "halved" | "halve" | "cut" | "narrowed" | "narrow"
                )
            }) =>
        {
            t(State::Back)
        }
        "ahead" | "front"
            if matches!(
                at(w, i.wrapping_sub(1)),
                "went" | "go" | "going" | "goes" | "gone"
            )
            // "the Bees were back in front", not "back in front of their own fans".
            || matches!(at(w, i.wrapping_sub(1)), "back" | "in")
                && w[i.saturating_sub(3)..i].contains(&"back")
                && n1 != "of"
            || (x == "front"
                && at(w, i.wrapping_sub(1)) == "in"
                && matches!(at(w, i.wrapping_sub(2)), "went" | "go" | "going" | "gone")) =>
        {
            t(State::Lead)
        }
        // "The visitors were ahead after six minutes": a lead with a time is a goal; "were
        // ahead at the break" is only the score.
        "ahead" | "front"
            if matches!(at(w, i.wrapping_sub(1)), "were" | "was")
                || x == "front"
                    && at(w, i.wrapping_sub(1)) == "in"
                    && matches!(at(w, i.wrapping_sub(2)), "were" | "was") =>
        {
            matches!(n1, "after" | "on" | "in" | "inside" | "within" | "early")
                .then(|| t(State::Lead))
                .flatten()
        }
        // "were ahead through Banks", "were level through a Cole header".
        "ahead" | "front" | "level"
            if window
                .iter()
                .take(5)
                .any(|v| matches!(*v, "through" | "via" | "courtesy" | "thanks"))
                && (matches!(n1, "through" | "via" | "courtesy" | "thanks")
                    || matches!(
                        at(w, i.wrapping_sub(1)),
                        "were" | "was" | "went" | "are" | "is" | "drew" | "got"
                    ))
                && !(x == "front" && at(w, i.wrapping_sub(1)) != "in") =>
        {
            t(if x == "level" {
                State::Level
            } else {
                State::Lead
            })
        }
        // "put Rovers ahead", "put the Premiership leaders in front".
        "ahead" | "front"
            if w[i.saturating_sub(6)..i]
                .iter()
                .any(|v| matches!(*v, "put" | "puts" | "putting")) =>
        {
            Some(Trig {
                object_side: true,
                ..t(State::Lead)?
            })
        }
        // "Jordan went behind midway through the first half when Afif ...": the other side
        // scored.
        "behind"
            if matches!(
                at(w, i.wrapping_sub(1)),
                "went" | "fell" | "falling" | "going" | "gone" | "slipped"
            ) && !matches!(n1, "the" | "in" | "to" | "on") =>
        {
            Some(Trig {
                conceded: true,
                ..t(State::Lead)?
            })
        }
        // "putting the visitors 1-0 up": the score after, from the scorers' side.
        "up" if super::numbers::score(at(w, i.wrapping_sub(1))).is_some()
            && w[i.saturating_sub(6)..i]
                .iter()
                .any(|v| matches!(*v, "put" | "puts" | "putting" | "went" | "go" | "goes")) =>
        {
            Some(Trig {
                object_side: true,
                running: super::numbers::score(at(w, i - 1)),
                ..t(State::Lead)?
            })
        }
        // "headed Canada in front", "fired Spain ahead", "volleyed Mexico level": a finish
        // that puts the team named after it ahead (not "in front of goal").
        "ahead" | "front" | "level"
            if n1 != "of"
                && (i.saturating_sub(4)..i)
                    .any(|k| super::triggers::is_finish_verb(at(w, k)) && k + 1 < i) =>
        {
            Some(Trig {
                object_side: true,
                ..t(if x == "level" {
                    State::Level
                } else {
                    State::Lead
                })?
            })
        }
        "turnaround" | "comeback"
            if matches!(at(w, i.wrapping_sub(2)), "completed" | "complete") =>
        {
            t(State::Turnaround)
        }
        // "put the game to bed": a goal that settles it.
        "bed"
            if at(w, i.wrapping_sub(1)) == "to"
                && w[i.saturating_sub(5)..i]
                    .iter()
                    .any(|v| matches!(*v, "put" | "puts" | "putting")) =>
        {
            t(State::None)
        }
        "opened" | "opening" | "opens" if n1 == "the" && n2 == "scoring" => t(State::Opener),
        "completed" if n1 == "the" && n2 == "scoring" => t(State::Last),
        // "rounded off the scoring", "to round out the scoring".
        "rounded" | "round" | "wrapped" | "wrap"
            if matches!(n1, "off" | "out" | "up") && n2 == "the" && at(w, i + 3) == "scoring" =>
        {
            t(State::Last)
        }
        // "pulled one back", "got another one back", "clawed a goal back".
        "pulled" | "pull" | "pulling" | "got" | "clawed" | "claws"
            if matches!(n1, "one" | "a" | "another")
                && window.iter().take(4).any(|v| *v == "back") =>
        {
            t(State::Back)
        }
        // "was small consolation": comfort, not a goal.
        "consolation"
            if !matches!(
                at(w, i.wrapping_sub(1)),
                "small" | "little" | "scant" | "no" | "some" | "cold" | "poor" | "any"
            ) =>
        {
            t(State::Back)
        }
        // "broke the deadlock": the first goal.
        "deadlock"
            if matches!(
                at(w, i.wrapping_sub(2)),
                "broke" | "break" | "breaking" | "breaks" | "broken"
            ) =>
        {
            t(State::Opener)
        }
        // "led through a Reid header": a lead taken by a goal, not a lead held.
        "led" if matches!(n1, "through" | "via" | "courtesy" | "thanks") => t(State::Lead),
        // "Dunmore hit back through Walsh".
        "back"
            if matches!(
                at(w, i.wrapping_sub(1)),
                "hit" | "struck" | "fought" | "bit"
            ) && n1 != "at"
                // "Ivory Coast fought back to win the title": the comeback, not a goal.
                && !(n1 == "to"
                    && matches!(n2, "win" | "beat" | "claim" | "lift" | "take" | "seal" | "clinch")) =>
        {
            t(State::Back)
        }
        // "sealed the win", "rescued a point", "won it", "wrapped up the victory".
        _ if SETTLING.contains(&x) => {
            let what = w[i + 1..b.min(i + 5).max(i + 1)]
                .iter()
                .position(|v| SETTLED.contains(v))?;
            let noun = w[i + 1 + what];
            let only_it = matches!(x, "won" | "win" | "winning");
            if only_it && noun != "it" || what > 0 && noun == "it" {
                return None;
            }
            let level = matches!(noun, "point" | "draw" | "replay");
            t(if level { State::Level } else { State::Winner })
        }
        // "Palace's only reply", "their late response": a goal for the side behind.
        "reply" | "response"
            if matches!(
                at(w, i.wrapping_sub(1)),
                "only" | "late" | "swift" | "instant"
            ) || matches!(
                at(w, i.wrapping_sub(1)),
                "'s" | "'" | "their" | "his" | "her"
            ) =>
        {
            t(State::Back)
        }
        // "went 3-0 up", "were 2-0 ahead": the running score, the subject's tally first.
        _ if score(x).is_some() && matches!(n1, "up" | "ahead") => {
            let (p, q) = score(x)?;
            Some(Trig {
                running: Some((p.max(q), p.min(q))),
                ..t(State::Lead)?
            })
        }
        _ => None,
    }
}
