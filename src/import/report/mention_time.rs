//! The time of a goal mention: the time expression its clause gives, else the one that opens
//! the sentence or the "when" clause around it.

use super::clauses::clauses;
use super::clock_expr::When;
use super::doc::Sent;
use super::triggers;

/// The time of a mention: the expression in its clause nearest after the phrase, else before
/// it, else one opening the sentence.
pub fn time_for(s: &Sent, a: usize, b: usize, t: usize) -> Option<When> {
    let cl = clauses(s);
    let in_clause: Vec<_> = s.times.iter().filter(|x| x.tok >= a && x.tok < b).collect();
    let w = s.words();
    // "In the 20th minute, Cole scored": a time opening the sentence, unless it belongs to a
    // goal of its own ("X's 27th-minute strike gave them the lead, and Y ...").
    let openers: Vec<_> = s
        .times
        .iter()
        .filter(|x| {
            // An opening phrase ("In the 20th minute,"), not a clause of its own ("The first
            // half was action-packed with chances for both sides, but ...").
            x.tok < a
                && cl
                    .iter()
                    .find(|c| c.0 <= x.tok && x.tok < c.1)
                    .is_none_or(|c| {
                        let half_as_subject = s.low(c.0) == "the"
                            && matches!(s.low(c.0 + 2), "half" | "period")
                            && matches!(
                                s.low(c.0 + 3),
                                "was" | "saw" | "ended" | "began" | "proved" | "brought" | "had"
                            );
                        // "... was sent off in the 69th, and Liverpool held on until Matip's
                        // own goal": the card's time.
                        let card = super::cards::colour(&w[c.0..c.1]).is_some();
                        triggers::find(&w, c.0, c.1).is_empty() && !half_as_subject && !card
                    })
        })
        .collect();
    // "In the second half, at 12 minutes, X scored": the stated minute over the vague half.
    let opening = openers
        .iter()
        .find(|x| matches!(x.when, When::At(c) if !c.approximate))
        .or(openers.first())
        .copied();
    // "... with a penalty after Kerr handled in the 15th minute": the subordinate clause that
    // follows, if it tells no goal of its own, times this one.
    let following = cl
        .iter()
        .find(|c| c.0 == b && matches!(s.low(b), "after" | "when" | "as" | "following"))
        .filter(|c| triggers::find(&w, c.0, c.1).is_empty())
        // "... as Real beat Sevilla 3-1, with Los Blancos shrugging off a first-half penalty":
        // a result, not the goal's moment.
        .filter(|c| {
            !w[c.0..c.1]
                .iter()
                .any(|x| super::numbers::score(x).is_some())
        })
        // "... after their keeper was sent off in the 20th minute": the card's time.
        .filter(|c| crate::import::report::cards::colour(&w[c.0..c.1]).is_none())
        .and_then(|c| s.times.iter().find(|x| x.tok >= c.0 && x.tok < c.1));
    // "the breakthrough came on 76 minutes when Park fired in": the main clause's time.
    let main = if matches!(s.low(a), "when" | "as") {
        s.times.iter().rev().find(|x| x.tok < a)
    } else {
        None
    };
    // The first time after the phrase; a stated minute in the clause beats a vague phrase
    // there ("Tavora (88') sent the final into extra time"), but not one past a comma ("in
    // front early in extra time, the teams having been tied after 90 minutes").
    let comma_between = |x: usize| (t.min(x)..t.max(x)).any(|k| s.low(k) == ",");
    let stated =
        |x: &&&super::clock_expr::TimeExpr| !matches!(x.when, When::At(c) if c.approximate);
    let first_after = in_clause.iter().find(|x| x.tok >= t);
    first_after
        .filter(stated)
        .or_else(|| {
            in_clause
                .iter()
                .filter(stated)
                .filter(|x| !comma_between(x.tok))
                .min_by_key(|x| x.tok.abs_diff(t))
        })
        .or(first_after)
        .or_else(|| in_clause.last())
        .map(|x| x.when)
        .or_else(|| main.map(|x| x.when))
        .or_else(|| opening.map(|x| x.when))
        .or_else(|| following.map(|x| x.when))
}
