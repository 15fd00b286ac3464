//! Goals told without a scoring word: when the stated result needs more goals than were
//! found, a sentence where a player shoots and the ball ends in the net ("shot low across the
//! keeper", "the ball skidded into the bottom corner", "lifted the ball over Ward") and that
//! no word cancels ("saved", "wide", "offside") is read as one.

use super::clauses::governed;
use super::clean::BlockKind;
use super::clock_expr::When;
use super::doc::Sent;
use super::finish::is_net;
use super::goals::Goal;
use super::players::Ref;
use super::vocab::scoring::{FINISH_VERBS, WOODWORK};
use crate::model::Side;

/// Verbs of a shot, beyond the finishing verbs.
const SHOTS: &[&str] = &[
    "shot", "struck", "drove", "lifted", "chipped", "dinked", "fly",
];

/// Words that say the chance did not end in a goal.
const MISSED: &[&str] = &[
    "saved",
    "save",
    "saves",
    "wide",
    "missed",
    "offside",
    "disallowed",
    "ruled",
    "chalked",
    "denied",
    "smothered",
    "parried",
    "could",
    "should",
    "would",
    "almost",
    "nearly",
    "appeared",
    "thought",
    "flag",
    "var",
];

/// "hit the post", "struck the bar": the ball came back out.
fn woodwork(s: &Sent) -> bool {
    (0..s.toks.len()).any(|k| {
        WOODWORK.contains(&s.low(k))
            && (k.saturating_sub(3)..k).any(|j| {
                matches!(
                    s.low(j),
                    "hit" | "hits" | "struck" | "rattled" | "against" | "onto" | "crashed"
                )
            })
    })
}

/// Where the ball ends in the net: "into the bottom corner", "inside the far post", "over
/// the keeper" (the name after "over" is a person). The word index, if any.
fn in_net(s: &Sent) -> Option<usize> {
    (0..s.toks.len()).find(|&k| match s.low(k) {
        "into" => {
            let w = s.words();
            is_net(&w, k + 1)
        }
        "inside" => s.low(k + 1) == "the" && matches!(s.low(k + 3), "post" | "corner"),
        "over" | "past" | "beyond" | "across" => s
            .refs
            .iter()
            .any(|r| r.tok == k + 1 && matches!(r.r, Ref::Person(_))),
        _ => false,
    })
}

/// The scorer: the player right before the shot, else the nearest player acting (not the
/// object of a verb) before the ball goes in.
fn shooter(s: &Sent, net: usize) -> Option<usize> {
    let person = |k: usize| {
        s.refs.iter().find_map(|r| match r.r {
            Ref::Person(id) if r.tok + r.len == k || r.tok + r.len + 1 == k => Some(id),
            _ => None,
        })
    };
    let verb = (0..net).find(|&k| {
        let w = s.low(k);
        (SHOTS.contains(&w) || FINISH_VERBS.contains(&w)) && person(k).is_some()
    });
    verb.and_then(person).or_else(|| {
        s.refs.iter().rev().find_map(|r| match r.r {
            Ref::Person(id) if r.tok < net && !governed(s, r.tok) => Some(id),
            _ => None,
        })
    })
}

/// Up to `wanted` goals from sentences no other goal was read from (`told[si]` false), in text
/// order, those with a stated minute first.
pub fn goals(sents: &[Sent], told: &[bool], wanted: usize) -> Vec<Goal> {
    let mut found: Vec<(bool, Goal)> = Vec::new();
    for (si, s) in sents.iter().enumerate() {
        if told.get(si).copied().unwrap_or(true)
            || s.quoted
            || !matches!(s.kind, BlockKind::Narrative | BlockKind::Bullet)
            || s.toks.iter().any(|t| MISSED.contains(&t.low.as_str()))
            || woodwork(s)
        {
            continue;
        }
        let Some(net) = in_net(s) else { continue };
        let Some(scorer) = shooter(s, net) else {
            continue;
        };
        let when = s
            .times
            .iter()
            .rev()
            .find(|x| x.tok < net)
            .or(s.times.first());
        let when = when.map(|x| x.when);
        let exact = matches!(when, Some(When::At(c)) if !c.approximate);
        found.push((
            exact,
            Goal {
                scorer: Some(scorer),
                strong: true,
                own_goal: s.toks.iter().any(|t| t.low == "own"),
                when,
                block: s.block,
                section: 4,
                ..Goal::blank(Side::None)
            },
        ));
    }
    found.sort_by_key(|f| !f.0);
    found.into_iter().take(wanted).map(|f| f.1).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::report::clean::clean;
    use crate::import::report::doc::analyse;
    use crate::import::report::names::Registry;
    use crate::import::report::teams::Teams;

    fn scorers(text: &str, wanted: usize) -> Vec<String> {
        let c = clean(text);
        let teams = Teams::new("Rovers", "Athletic");
        let mut reg = Registry::default();
        let sents = analyse(text, &c.blocks, &teams, &mut reg, false);
        let told = vec![false; sents.len()];
        goals(&sents, &told, wanted)
            .iter()
            .map(|g| g.scorer.map_or("", |p| reg.name(p)).to_string())
            .collect()
    }

    #[test]
    fn shots_that_end_in_the_net_are_goals() {
        let text = "Rovers v Athletic\n\
            Three minutes after the restart, Ben Cole burst clear and shot low \
            across Dan Ray.\n\
            In the 70th minute Tom Pye let fly from distance and the ball flew into the \
            bottom corner.\n\
            Jim Orr curled a shot towards goal but Dan Ray saved it at the near post.\n\
            Jim Orr then struck the post and the ball rolled into the net off Dan Ray.\n\
            On 80 minutes Sam Hill curled a shot inside the far post.\n";
        assert_eq!(scorers(text, 5), ["Ben Cole", "Tom Pye", "Sam Hill"]);
        assert_eq!(scorers(text, 1).len(), 1);
    }
}
