//! The goals found set against the stated result, which wins: extra tellings merged or
//! dropped, missing goals added with an unknown scorer, and a warning for each difference.

use super::goals::{self, Goal};
use super::sides::{self, Known};
use crate::model::{Score, Side};

/// More goals for a side than the result gives it.
fn over(goals: &[Goal], score: Score) -> bool {
    let c = count(goals);
    c.home > score.home || c.away > score.away
}

/// Fits the goals found to the stated result: neighbouring tellings of one goal merged, the
/// least certain extras dropped, sides assigned, goals the text never describes added with an
/// unknown scorer; every change is a warning. Returns the goals, the final score and the
/// warnings.
pub fn reconcile(
    mut goal_list: Vec<Goal>,
    stated: Option<Score>,
    known: &Known<'_>,
) -> (Vec<Goal>, Score, Vec<String>) {
    let mut warnings = Vec::new();
    let total = stated.map(|s| usize::from(s.home + s.away));
    if let Some(t) = total {
        while goal_list.len() > t && merge_closest(&mut goal_list) {}
        if goal_list.len() > t {
            warnings.push(format!(
                "found {} goals but the result {} has {t}; dropped the least certain",
                goal_list.len(),
                stated.map(|s| s.to_string()).unwrap_or_default()
            ));
            while goal_list.len() > t {
                let weakest = (0..goal_list.len())
                    .min_by_key(|&k| {
                        (
                            !goal_list[k].unordered,
                            goal_list[k].mentions.len(),
                            goal_list[k].strong,
                            goal_list[k].scorer.is_some(),
                        )
                    })
                    .unwrap_or(0);
                goal_list.remove(weakest);
            }
        }
    }
    let fixed: Vec<Side> = goal_list.iter().map(|g| g.side).collect();
    sides::assign(&mut goal_list, stated, known);
    // The sides the text credits give one team more goals than the result does: weigh them
    // as clues instead, so the result can hold.
    if let Some(score) = stated
        && over(&goal_list, score)
    {
        let soft = Known {
            teams: known.teams,
            links: known.links,
            hints: fixed,
        };
        for g in goal_list.iter_mut() {
            g.side = Side::None;
        }
        sides::assign(&mut goal_list, stated, &soft);
    }
    if let Some(score) = stated {
        let blank = Goal::blank(Side::None);
        let added = sides::fill_missing(&mut goal_list, score, known, &blank);
        if added > 0 {
            warnings.push(format!("the result is {score} but the text describes {} goals; added {added} with unknown scorer", goal_list.len() - added));
        }
        let counted = count(&goal_list);
        if counted != score {
            warnings.push(format!(
                "stated score {score} kept; the goals found add up to {counted}"
            ));
        }
    }
    if stated.is_none() {
        imply_from_ordinals(&mut goal_list);
    }
    let final_score = stated.unwrap_or_else(|| count(&goal_list));
    (goal_list, final_score, warnings)
}

/// "the third goal" with fewer goals before it than that: the text skipped some. Adds them
/// (scorer unknown) so the count is right when no result states it.
fn imply_from_ordinals(goals: &mut Vec<Goal>) {
    let mut k = 0;
    while k < goals.len() {
        if let Some((side, n)) = goals[k].ordinal {
            let side = if side == Side::None {
                goals[k].side
            } else {
                side
            };
            let before = goals[..k]
                .iter()
                .filter(|g| side == Side::None || g.side == side)
                .count();
            if side != Side::None && before + 1 < usize::from(n) {
                let blank = Goal::blank(side);
                goals.insert(0, blank);
                k += 1;
                continue;
            }
        }
        k += 1;
    }
}

fn count(goals: &[Goal]) -> Score {
    let mut s = Score::default();
    for g in goals {
        s.add(g.side);
    }
    s
}

/// Merges the best-fitting neighbouring pair; false when none fit.
fn merge_closest(goals: &mut Vec<Goal>) -> bool {
    let best = (1..goals.len())
        .filter_map(|k| goals::fit(&goals[k - 1], &goals[k]).map(|f| (k, f)))
        .max_by(|a, b| a.1.total_cmp(&b.1));
    let Some((k, _)) = best else { return false };
    let g = goals.remove(k);
    let mut merged = goals[k - 1].clone();
    merged.mentions.extend(g.mentions);
    if merged.scorer.is_none() {
        merged.scorer = g.scorer;
        merged.strong = g.strong;
    }
    if merged.side == Side::None {
        merged.side = g.side;
    }
    merged.when = merged.when.or(g.when);
    goals[k - 1] = merged;
    true
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    #[test]
    fn the_stated_result_outweighs_the_sides_the_words_credit() {
        // Two goals, the text crediting one to each side, but the result is 2-0: the goals are
        // the home side's, and none is invented to make the count fit.
        let goals = vec![Goal::blank(Side::Home), Goal::blank(Side::Away)];
        let teams = HashMap::new();
        let known = Known {
            teams: &teams,
            links: &[],
            hints: Vec::new(),
        };
        let (goals, score, _) = reconcile(goals, Some(Score::new(2, 0)), &known);
        let sides: Vec<Side> = goals.iter().map(|g| g.side).collect();
        assert_eq!(sides, [Side::Home, Side::Home]);
        assert_eq!(score, Score::new(2, 0));
    }
}
