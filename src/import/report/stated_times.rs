//! A goal told without its minute ("a stoppage-time header from Obi won it") takes the minute
//! stated beside its scorer's name in a sentence that tells no goal of its own ("Obi rose to
//! meet the free-kick in the third minute of added time"), when the two agree.

use super::clean::BlockKind;
use super::clock_expr::When;
use super::doc::Sent;
use super::events::Mention;
use super::goals::Goal;
use super::players::Ref;
use crate::model::Clock;

/// Words of a sentence about something other than a goal: a card, a save, a miss.
const OTHER_MOMENTS: &[&str] = &[
    "booked",
    "yellow",
    "red",
    "sent",
    "saved",
    "save",
    "missed",
    "wide",
    "post",
    "bar",
    "crossbar",
    "blocked",
    "cleared",
    "offside",
    "disallowed",
    "substituted",
    "replaced",
    "came",
    "injury",
    "injured",
];

/// Gives goals with only a vague time the stated minute their scorer's sentence gives.
pub fn adopt(goals: &mut [Goal], sents: &[Sent], mentions: &[Mention]) {
    let told: Vec<usize> = mentions.iter().map(|m| m.sent).collect();
    for k in 0..goals.len() {
        let g = &goals[k];
        let (Some(p), true) = (g.scorer, g.strong) else {
            continue;
        };
        let Some(vague) = g.clock().filter(|c| c.approximate) else {
            continue;
        };
        let candidates: Vec<Clock> = sents
            .iter()
            .enumerate()
            .filter(|(si, s)| {
                !told.contains(si)
                    && !s.quoted
                    && s.kind == BlockKind::Narrative
                    && s.refs.iter().any(|r| r.r == Ref::Person(p))
                    && !s
                        .toks
                        .iter()
                        .any(|t| OTHER_MOMENTS.contains(&t.low.as_str()))
            })
            .flat_map(|(_, s)| s.times.iter())
            .filter_map(|t| match t.when {
                When::At(c) if !c.approximate && agrees(vague, c) => Some(c),
                _ => None,
            })
            .collect();
        let [c] = candidates.as_slice() else { continue };
        let before_ok = goals[..k]
            .iter()
            .filter_map(Goal::clock)
            .all(|x| x.approximate || x.cmp_time(c).is_le());
        let after_ok = goals[k + 1..]
            .iter()
            .filter_map(Goal::clock)
            .all(|x| x.approximate || x.cmp_time(c).is_ge());
        if before_ok && after_ok {
            goals[k].when = Some(When::At(*c));
        }
    }
}

/// "The pressure finally told with 17 minutes left. Ray swept the rebound in.", "Kim won a free
/// kick on seven minutes. Ray tapped in the rebound.": a sentence that only sets the time or
/// the build-up, with no card, save or miss in it, times the goal told in the sentence after it.
pub fn scene_time(sents: &[Sent], si: usize) -> Option<When> {
    let prev = &sents[si.checked_sub(1)?];
    let [t] = prev.times.as_slice() else {
        return None;
    };
    let w = prev.words();
    // The sentence before, in this paragraph or ending the one before.
    // "Brighton were given a 90th-minute spot-kick when Hickey blocked ... Mac Allister
    // converted": the award times the kick.
    let award = w
        .iter()
        .any(|x| matches!(*x, "spot-kick" | "penalty" | "spot"));
    let quiet = prev.kind == sents[si].kind
        && prev.kind == BlockKind::Narrative
        && !prev.quoted
        && (award || !w.iter().any(|x| OTHER_MOMENTS.contains(x)))
        && super::triggers::find(&w, 0, w.len()).is_empty();
    match t.when {
        When::At(c) if quiet && !c.approximate => Some(t.when),
        _ => None,
    }
}

/// A stated minute fits a vague one: the same period, and stoppage time for stoppage time.
fn agrees(vague: Clock, stated: Clock) -> bool {
    vague.period == stated.period
        && (vague.added > 0) == (stated.added > 0)
        && (vague.elapsed() - stated.elapsed()).abs() <= 15.0
}
