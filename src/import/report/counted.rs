//! Counted minutes: "on 42 minutes", "after ten minutes", "six minutes into the second half",
//! "three minutes later", "with 17 minutes left", "five minutes before half-time".

use super::clock_expr::{When, minute_clock};
use super::vague_times::BREAK;
use crate::model::Clock;

/// What "N minutes ..." at word `i` of `w` says, if anything.
pub fn counted(w: &[&str], i: usize, n: u16, extra_time: bool) -> Option<When> {
    let has = |k: usize, s: &str| w.get(k).is_some_and(|x| *x == s);
    let any = |k: usize, set: &[&str]| w.get(k).is_some_and(|x| set.contains(x));
    let first_half_ctx = |k: usize| w[k.saturating_sub(4)..k].contains(&"first-half");
    let after = i + 2;
    let before = if i > 0 { w[i - 1] } else { "" };
    if has(after, "later") || (has(after, "after") && any(after + 1, &["that", "this", "it"])) {
        let vague = i > 0 && any(i - 1, &["not", "barely", "within", "inside", "under"]);
        Some(When::After {
            minutes: n,
            exact: !vague,
        })
    } else if has(after, "into") && (has(after + 2, "second") || any(after + 2, BREAK))
        || has(after, "after") && (any(after + 2, BREAK) || any(after + 1, BREAK))
    {
        Some(When::At(Clock::exact(2, 45 + n, 0)))
    } else if has(after, "into") && any(after + 1, &["stoppage", "added", "injury"])
        || has(after, "into") && has(after + 1, "first-half")
    {
        let base = if first_half_ctx(i) || has(after + 1, "first-half") {
            45
        } else {
            90
        };
        Some(When::At(Clock::from_minute(base, n)))
    } else if has(after, "into") && has(after + 1, "extra") {
        Some(When::At(Clock::exact(3, 90 + n, 0)))
    } else if before == "with"
        && n <= 30
        && has(after, "of")
        && has(after + 1, "extra")
        && has(after + 2, "time")
        && any(after + 3, &["left", "remaining", "to"])
    {
        // "with five minutes of extra time remaining".
        Some(When::At(Clock::exact(4, 120u16.saturating_sub(n), 0)))
    } else if before == "with"
        && n <= 45
        && has(after, "of")
        && any(after + 1, &["normal", "regular", "regulation"])
        && has(after + 2, "time")
        && any(after + 3, &["left", "remaining", "to"])
    {
        // "with 12 minutes of normal time remaining".
        Some(When::At(Clock::exact(2, 90u16.saturating_sub(n), 0)))
    } else if (has(after, "from") && any(after + 1, &["time", "the", "full-time"]))
        || (before == "with" || w[i.saturating_sub(2)..i].contains(&"with"))
            && any(after, &["left", "remaining", "to"])
    {
        Some(When::At(Clock::exact(2, 90u16.saturating_sub(n), 0)))
    } else if has(after, "before") && any(after + 1, &["half-time", "halftime", "the"]) {
        Some(When::At(Clock::exact(1, 45u16.saturating_sub(n), 0)))
    } else if has(i.wrapping_sub(1), "at")
        && w[i.saturating_sub(8)..i]
            .windows(2)
            .any(|p| p == ["second", "half"])
        && n <= 45
    {
        // "In the second half, at 12 minutes, Tavares scored".
        Some(When::At(Clock::exact(2, 45 + n, 0)))
    } else if any(i.wrapping_sub(1), &["on", "after", "at"])
        || has(after, "in")
        // "needed only four minutes to break the deadlock".
        || has(after, "to")
            && any(i.wrapping_sub(1), &["only", "just", "took", "needed", "barely"])
        // "after just six minutes", "on only 12 minutes".
        || any(i.wrapping_sub(1), &["just", "only", "barely"])
            && any(i.wrapping_sub(2), &["on", "after"])
    {
        Some(When::At(minute_clock(n, extra_time)))
    } else if any(i.wrapping_sub(1), &["inside", "within", "first", "opening"]) {
        Some(When::At(Clock::approx(
            if n > 45 { 2 } else { 1 },
            n.max(1),
            0,
        )))
    } else {
        None
    }
}
