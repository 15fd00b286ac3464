//! Phrases that place a moment without stating its minute: "on the half-hour", "on the
//! hour", "in stoppage time", "just before half-time", "early in the second half", "late on",
//! "within minutes". Exact only where the phrase names a minute ("on the hour" is 60).

use super::clock_expr::When;
use super::numbers::cardinal;
use crate::model::Clock;

/// Words for the half-time break: "after the break", "shortly after the restart".
pub const BREAK: &[&str] = &[
    "half-time",
    "halftime",
    "break",
    "interval",
    "restart",
    "half",
];

fn approx(period: u8, minute: u16, added: u16) -> When {
    When::At(Clock::approx(period, minute, added))
}

/// The time phrase at word `i` of `w`, if any.
pub fn vague(w: &[&str], i: usize) -> Option<When> {
    let has = |k: usize, s: &str| w.get(k).is_some_and(|x| *x == s);
    let any = |k: usize, set: &[&str]| w.get(k).is_some_and(|x| set.contains(x));
    let first_half_ctx = |k: usize| w[k.saturating_sub(4)..k].contains(&"first-half");
    let at = When::At;
    let word = w.get(i).copied().unwrap_or("");
    // "in the last ten minutes", "the final 15 minutes of the first half".
    if matches!(word, "last" | "final")
        && let Some(n) = w.get(i + 1).and_then(|x| cardinal(x)).filter(|&n| n <= 30)
        && any(i + 2, &["minutes", "mins"])
    {
        let first = w[i..w.len().min(i + 8)]
            .windows(2)
            .any(|p| p == ["first", "half"]);
        let end = if first { 45 } else { 90 };
        return Some(approx(if first { 1 } else { 2 }, end - n / 2, 0));
    }
    if word == "half-hour" || (word == "half" && has(i + 1, "hour")) {
        if i > 0 && any(i - 1, &["the"]) && i > 1 && any(i - 2, &["on", "after"]) {
            return Some(at(Clock::exact(1, 30, 0)));
        } else if has(i.wrapping_sub(1), "an")
            && any(i.wrapping_sub(2), &["before", "inside", "within"])
        {
            return Some(approx(1, 25, 0));
        } else if has(i.wrapping_sub(1), "the")
            && has(i.wrapping_sub(2), "before")
            && (has(i + 1, "mark") || has(i + 1, "hour") && has(i + 2, "mark"))
        {
            // "shortly before the half-hour mark".
            return Some(approx(1, 28, 0));
        } else if has(i.wrapping_sub(1), "the")
            && any(i.wrapping_sub(2), &["around", "at", "past", "after"])
            && (has(i + 1, "mark") || has(i + 1, "hour") && has(i + 2, "mark"))
        {
            return Some(approx(1, 30, 0));
        }
    } else if word == "hour"
        && has(i.wrapping_sub(1), "the")
        && any(i.wrapping_sub(2), &["on", "after"])
    {
        return Some(at(Clock::exact(2, 60, 0)));
    } else if any(
        i,
        &[
            "stoppage",
            "injury",
            "discounts",
            "stoppage-time",
            "injury-time",
        ],
    ) || (word == "added" && has(i + 1, "time"))
    {
        let deep = w[i.saturating_sub(3)..i].contains(&"deep");
        if first_half_ctx(i) {
            return Some(approx(1, 45, if deep { 3 } else { 1 }));
        } else if !w[i.saturating_sub(3)..i]
            .iter()
            .any(|x| cardinal(x).is_some())
        {
            return Some(approx(2, 90, if deep { 4 } else { 2 }));
        }
    } else if any(i, BREAK) && any(i.wrapping_sub(1), &["the", "half-time", "halftime"])
        || any(i, &["half-time", "halftime"])
    {
        let back = &w[i.saturating_sub(3)..i];
        if back.contains(&"before") {
            let just = back
                .iter()
                .any(|x| ["just", "shortly", "right", "moments", "minutes"].contains(x));
            return Some(approx(1, if just { 43 } else { 40 }, 0));
        } else if back.contains(&"after") || back.contains(&"since") {
            let just = back
                .iter()
                .any(|x| ["just", "shortly", "right", "moments", "soon", "straight"].contains(x));
            return Some(approx(2, if just { 47 } else { 55 }, 0));
        }
    } else if word == "second" && any(i + 1, &["half", "period"]) || word == "second-half" {
        return Some(half_phase(w, i, 2));
    } else if word == "first" && any(i + 1, &["half", "period"]) || word == "first-half" {
        if !any(i + 1, &["stoppage"]) && !has(i + 2, "stoppage") {
            return Some(half_phase(w, i, 1));
        }
    } else if word == "extra" && any(i + 1, &["time"]) || word == "extra-time" {
        // "poised for extra time", "heading for extra time": not there yet.
        let looming = w[i.saturating_sub(3)..i].iter().any(|x| {
            matches!(
                *x,
                "poised"
                    | "heading"
                    | "headed"
                    | "bound"
                    | "set"
                    | "destined"
                    | "avoid"
                    | "avoided"
            )
        });
        if !looming {
            return Some(approx(3, 100, 0));
        }
    } else if (word == "late"
        && any(
            i + 1,
            &[
                "on",
                "in",
                "winner",
                "equaliser",
                "equalizer",
                "goal",
                "penalty",
                "header",
                "strike",
                "goals",
                "strikes",
            ],
        ))
        || (word == "the" && any(i + 1, &["death", "end"]) && any(i.wrapping_sub(1), &["at"]))
        // "on the stroke of full-time".
        || (word == "stroke" && has(i + 1, "of") && any(i + 2, &["full-time", "time"]))
        || (word == "final" && any(i + 1, &["seconds", "minutes", "minute", "moments"]))
        || (word == "closing" && any(i + 1, &["minutes", "stages", "moments"]))
    {
        return Some(approx(2, 88, 0));
    } else if (word == "early" && any(i + 1, &["on", "stages", "exchanges"]))
        || (word == "opening" && any(i + 1, &["exchanges", "minutes", "stages", "spell"]))
    {
        return Some(approx(1, 5, 0));
    } else if (word == "within" && has(i + 1, "minutes"))
        || (any(i, &["minutes", "moments", "seconds"])
            && has(i + 1, "later")
            && w[..i].last().is_none_or(|x| cardinal(x).is_none()))
        || (any(i, &["soon", "shortly"])
            && any(i + 1, &["after", "afterwards"])
            // "shortly after the restart" is a time of its own, read below.
            && !(any(i + 2, BREAK) || has(i + 2, "the") && any(i + 3, BREAK)))
        || (word == "long" && has(i + 1, "after") && has(i.wrapping_sub(1), "not"))
        || (word == "few" && any(i + 1, &["minutes"]) && any(i + 2, &["later", "after"]))
    {
        let minutes = if any(i, &["seconds", "moments"]) {
            1
        } else {
            3
        };
        return Some(When::After {
            minutes,
            exact: false,
        });
    } else if word == "just" && has(i + 1, "after") && any(i + 2, &["it", "that"]) {
        return Some(When::After {
            minutes: 2,
            exact: false,
        });
    }
    None
}

/// "in the second half", "early in the first half", "midway through the second half".
fn half_phase(w: &[&str], i: usize, period: u8) -> When {
    let back = &w[i.saturating_sub(4)..i];
    let base = if period == 1 { 0 } else { 45 };
    let minute = if back.contains(&"early") || back.contains(&"start") || w[..i].contains(&"take") {
        6
    } else if back.contains(&"midway") || back.contains(&"middle") {
        23
    } else if back.contains(&"late") || back.contains(&"end") {
        40
    } else {
        15
    };
    approx(period, base + minute, 0)
}
