//! Live-text key moments: "2' GOAL Ghana. Mensah crosses and Owusu meets it on the
//! half-volley." A stamped line announcing a goal is one goal at that minute for the team it
//! names; the scorer is whoever the lines that follow show finishing.

use super::clock_expr::{When, minute_clock};
use super::doc::Sent;
use super::goals::Goal;
use super::numbers::{cardinal, plus_minute};
use super::players::Ref;
use super::teams::Teams;
use super::vocab::scoring::FINISH_VERBS;
use crate::model::Clock;

/// Finishing verbs as live text writes them, in the present tense.
const NOW_VERBS: &[&str] = &[
    "scores",
    "pokes",
    "heads",
    "fires",
    "slots",
    "taps",
    "nods",
    "volleys",
    "curls",
    "drills",
    "finishes",
    "converts",
    "smashes",
    "sweeps",
    "steers",
    "rifles",
    "lashes",
    "blasts",
    "bundles",
    "tucks",
    "prods",
    "meets",
    "glances",
    "chips",
    "lobs",
    "powers",
    "strikes",
    "thumps",
    "hammers",
    "side-foots",
    "bends",
    "places",
    "rolls",
    "stabs",
    "flicks",
    "squeezes",
    "dinks",
    "buries",
    "nets",
    "lifts",
    "stoops",
    "rams",
    "bangs",
    "turns",
];

/// The minute stamp opening a line ("67'", "90+3'") and the tokens it spans.
fn stamp(s: &Sent) -> Option<(Clock, usize, bool)> {
    let first = s.toks.first()?;
    // "67'", "67 min".
    let tick = s
        .toks
        .get(1)
        .is_some_and(|t| matches!(t.low.as_str(), "'" | "’" | "min" | "mins"));
    if !tick {
        return None;
    }
    if let Some((m, a)) = plus_minute(&first.low) {
        return Some((Clock::from_minute(m, a), 2, true));
    }
    let m = cardinal(&first.low).filter(|m| (1..=130).contains(m))?;
    Some((Clock::from_minute(m, 0), 2, false))
}

/// The person finishing in these sentences: the subject of a finishing verb, else the last
/// person named in the first of them.
fn finisher(sents: &[&Sent]) -> Option<usize> {
    for s in sents {
        for r in &s.refs {
            let Ref::Person(id) = r.r else { continue };
            let after = s.low(r.tok + r.len);
            let after2 = s.low(r.tok + r.len + 1);
            let finish = |w: &str| NOW_VERBS.contains(&w) || FINISH_VERBS.contains(&w);
            if finish(after) || finish(after2) && after.ends_with("ly") {
                return Some(id);
            }
        }
    }
    sents.first()?.refs.iter().rev().find_map(|r| match r.r {
        Ref::Person(id) => Some(id),
        _ => None,
    })
}

/// Goals announced by stamped live-text lines, and the sentences they were read from (which
/// tell no other goal).
pub fn goals(sents: &[Sent], teams: &Teams, extra_time: bool) -> (Vec<Goal>, Vec<usize>) {
    let mut out = Vec::new();
    let mut used = Vec::new();
    for (si, s) in sents.iter().enumerate() {
        let Some((clock, at, plus)) = stamp(s) else {
            continue;
        };
        if s.low(at) != "goal" {
            continue;
        }
        let mut k = at + 1;
        while matches!(s.low(k), "!" | "-" | ":" | "for" | "," | ".") {
            k += 1;
        }
        let told: Vec<usize> = std::iter::once(si)
            .chain(
                (si + 1..sents.len())
                    .take_while(|&j| sents[j].block == s.block && stamp(&sents[j]).is_none()),
            )
            .collect();
        // "GOAL England", or the team named later in the line: "GOAL! Fox scores for Athletic".
        let named = teams.mention_at(&s.toks, k).map(|m| m.0).or_else(|| {
            told.iter()
                .find_map(|&j| sents[j].teams.iter().find(|t| j != si || t.0 > k))
                .map(|t| t.1)
        });
        let Some(side) = named else {
            continue;
        };
        let rest: Vec<&Sent> = told.iter().skip(1).map(|&j| &sents[j]).collect();
        let words = || {
            told.iter()
                .flat_map(|&j| sents[j].toks.iter().map(|t| t.low.as_str()))
        };
        let own_goal = words()
            .collect::<Vec<_>>()
            .windows(2)
            .any(|w| w[0] == "own" && matches!(w[1], "goal" | "net"));
        let penalty = words().any(|w| matches!(w, "penalty" | "spot" | "pen"));
        let clock = if plus || extra_time || clock.minute <= 90 {
            clock
        } else {
            minute_clock(clock.minute, false)
        };
        out.push(Goal {
            scorer: finisher(&rest).or_else(|| finisher(&[s])),
            strong: true,
            own_goal,
            penalty,
            when: Some(When::At(clock)),
            block: s.block,
            section: 5,
            ..Goal::blank(side)
        });
        used.extend(told);
    }
    (out, used)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::report::clean::clean;
    use crate::import::report::doc::analyse;
    use crate::import::report::names::Registry;
    use crate::model::Side;

    #[test]
    fn stamped_goal_lines_are_goals() {
        let text = "Rovers v Athletic: key moments\n\
            2' GOAL Athletic. Ann Lee crosses from the right and Bo Ray meets it on the volley.\n\
            35' Cal Fox drags a low shot just wide of the far post.\n\
            67' GOAL Rovers. Dee Kay saves from Tom Pye but Jo Orr pokes in the rebound.\n";
        let c = clean(text);
        let teams = Teams::new("Rovers", "Athletic");
        let mut reg = Registry::default();
        let sents = analyse(text, &c.blocks, &teams, &mut reg, false);
        let (goals, used) = goals(&sents, &teams, false);
        let other = "Rovers v Athletic\n\
            12 min GOAL! Cal Fox fires in from close range for Athletic.\n";
        let c2 = clean(other);
        let s2 = analyse(other, &c2.blocks, &teams, &mut Registry::default(), false);
        let g2 = super::goals(&s2, &teams, false).0;
        assert_eq!(g2.first().map(|g| g.side), Some(Side::Away));
        let got: Vec<(Side, String, u16)> = goals
            .iter()
            .map(|g| {
                let who = g.scorer.map_or("", |p| reg.name(p)).to_string();
                (g.side, who, g.clock().map_or(0, |c| c.minute))
            })
            .collect();
        assert_eq!(
            got,
            [
                (Side::Away, "Bo Ray".to_string(), 2),
                (Side::Home, "Jo Orr".to_string(), 67)
            ]
        );
        assert_eq!(used.len(), 4);
    }
}
