//! Which team each goal counts for, where the text does not say it outright: the result, what
//! each goal did to the score ("equalised", "made it 2-1", "Rovers' second"), and the teams
//! of the scorers are weighed over every possible assignment (there are few goals).

use super::goals::Goal;
use super::triggers::State;
use crate::model::{Score, Side};
use std::collections::HashMap;

/// What the text says about the scorers: each one's team where known, and pairs of players
/// known to be team-mates (true) or opponents (false).
pub struct Known<'a> {
    pub teams: &'a HashMap<usize, Side>,
    pub links: &'a [(usize, usize, bool)],
    /// The side each goal's own words credit, weighed like any other clue when those words
    /// cannot all be right (they add up to more goals for a team than the result gives it).
    pub hints: Vec<Side>,
}

/// How well a list of goal sides fits what the text says about the goals.
fn fitness(goals: &[Goal], sides: &[Side], final_score: Option<Score>, known: &Known<'_>) -> i32 {
    let teams = known.teams;
    let mut fit = 0;
    let (mut h, mut a) = (0i32, 0i32);
    let mut trailed = [false, false];
    for (k, (g, &side)) in goals.iter().zip(sides).enumerate() {
        let (bh, ba) = (h, a);
        match side {
            Side::Home => h += 1,
            Side::Away => a += 1,
            Side::None => {}
        }
        let (own, other, own_before, other_before) = match side {
            Side::Away => (a, h, ba, bh),
            _ => (h, a, bh, ba),
        };
        let check = |ok: bool, w: i32| if ok { w } else { -w };
        fit += match g.state {
            State::Lead => check(own > other, 4),
            State::Level => check(own == other, 4),
            State::Back => check(own_before < other_before && own <= other, 3),
            State::Turnaround => check(own > other && trailed[usize::from(side == Side::Away)], 4),
            State::Opener => check(k == 0, 4),
            State::Last => check(k + 1 == goals.len(), 2),
            State::Winner => check(own > other && own == other + 1, 2),
            State::None => 0,
        };
        if let Some((x, y)) = g.running {
            let (x, y) = (i32::from(x), i32::from(y));
            fit +=
                check((h, a) == (x, y) || (h, a) == (y, x), 4) + i32::from((own, other) == (x, y));
        }
        if let Some(n) = g.reach {
            fit += check(own == i32::from(n), 4);
        }
        if let Some((s, n)) = g.ordinal {
            let n = i32::from(n);
            fit += match s {
                Side::None => check(k as i32 + 1 == n, 3),
                s => check(s == side && own == n, 4),
            };
        }
        if let Some(&hint) = known.hints.get(k).filter(|h| **h != Side::None) {
            fit += check(hint == side, 3);
        }
        if let Some(p) = g.scorer
            && let Some(&t) = teams.get(&p).filter(|t| **t != Side::None)
        {
            let want = if g.own_goal { t.opponent() } else { t };
            fit += check(want == side, 3);
        }
        trailed[0] |= h < a;
        trailed[1] |= a < h;
    }
    if let Some(f) = final_score {
        fit += check_score(h, a, f);
    }
    // "a cross of X": a scorer linked to another scorer puts their goals on one side (or on
    // opposite sides), own goals turned.
    for (i, g) in goals.iter().enumerate() {
        for (j, o) in goals.iter().enumerate().skip(i + 1) {
            let (Some(p), Some(q)) = (g.scorer, o.scorer) else {
                continue;
            };
            if let Some(&(_, _, same)) = known
                .links
                .iter()
                .find(|l| (l.0, l.1) == (p, q) || (l.0, l.1) == (q, p))
            {
                let turned = g.own_goal != o.own_goal;
                fit += if (sides[i] == sides[j]) == (same != turned) {
                    2
                } else {
                    -2
                };
            }
        }
    }
    // One player scores for one team (own goals aside).
    for (i, g) in goals.iter().enumerate() {
        for (j, o) in goals.iter().enumerate().skip(i + 1) {
            if g.scorer.is_some() && g.scorer == o.scorer && g.own_goal == o.own_goal {
                fit += if sides[i] == sides[j] { 1 } else { -2 };
            }
        }
    }
    fit
}

fn check_score(h: i32, a: i32, f: Score) -> i32 {
    if (h, a) == (i32::from(f.home), i32::from(f.away)) {
        50
    } else {
        -10 * ((h - i32::from(f.home)).abs() + (a - i32::from(f.away)).abs())
    }
}

/// Gives every goal a side: stated sides stay, the rest take the best-fitting assignment.
pub fn assign(goals: &mut [Goal], final_score: Option<Score>, known: &Known<'_>) {
    let teams = known.teams;
    let open: Vec<usize> = (0..goals.len())
        .filter(|&k| goals[k].side == Side::None)
        .collect();
    if open.is_empty() {
        return;
    }
    let base: Vec<Side> = goals.iter().map(|g| g.side).collect();
    if open.len() > 14 {
        // Too many to try them all: each unknown goal takes its scorer's team.
        for k in open {
            let t = goals[k]
                .scorer
                .and_then(|p| teams.get(&p).copied())
                .unwrap_or(Side::None);
            goals[k].side = if goals[k].own_goal { t.opponent() } else { t };
        }
        return;
    }
    let mut best = (i32::MIN, base.clone());
    for mask in 0u32..(1 << open.len()) {
        let mut sides = base.clone();
        for (bit, &k) in open.iter().enumerate() {
            sides[k] = if mask & (1 << bit) == 0 {
                Side::Home
            } else {
                Side::Away
            };
        }
        let f = fitness(goals, &sides, final_score, known);
        if f > best.0 {
            best = (f, sides);
        }
    }
    for (g, s) in goals.iter_mut().zip(best.1) {
        g.side = s;
    }
}

/// Where to put goals the text never describes, so the count matches the stated result: each
/// missing goal goes where it best fits the goals around it.
pub fn fill_missing(
    goals: &mut Vec<Goal>,
    final_score: Score,
    known: &Known<'_>,
    blank: &Goal,
) -> usize {
    let mut added = 0;
    loop {
        let (h, a) = goals.iter().fold((0u16, 0u16), |(h, a), g| match g.side {
            Side::Home => (h + 1, a),
            Side::Away => (h, a + 1),
            Side::None => (h, a),
        });
        let side = if h < final_score.home {
            Side::Home
        } else if a < final_score.away {
            Side::Away
        } else {
            return added;
        };
        let mut best = (i32::MIN, 0);
        for pos in 0..=goals.len() {
            let mut trial = goals.clone();
            trial.insert(
                pos,
                Goal {
                    side,
                    ..blank.clone()
                },
            );
            let sides: Vec<Side> = trial.iter().map(|g| g.side).collect();
            let f = fitness(&trial, &sides, None, known)
                - i32::try_from(goals.len() - pos).unwrap_or(0) / 8;
            if f > best.0 {
                best = (f, pos);
            }
        }
        goals.insert(
            best.1,
            Goal {
                side,
                ..blank.clone()
            },
        );
        added += 1;
    }
}
