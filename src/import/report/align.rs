//! Tellings of the match aligned into one goal list: the fullest ordered pass is the skeleton,
//! other passes are aligned onto it in order (like a diff), summaries in no order are matched
//! wherever they fit, and goals that fit nowhere go where their clocks put them.

use super::goals::{Goal, fit};

/// All tellings merged into one goal list in match order. `total` is the number of goals the
/// stated result implies, if known.
pub fn merge(passes: Vec<Vec<Goal>>, total: Option<usize>) -> Vec<Goal> {
    // The skeleton is the fullest ordered telling; summaries in no order are matched last.
    let ordered = passes.iter().any(|p| p.iter().all(|g| !g.unordered));
    let Some(best) = (0..passes.len())
        .filter(|&k| !ordered || passes[k].iter().all(|g| !g.unordered))
        .max_by_key(|&k| {
            let exact = passes[k]
                .iter()
                .filter(|g| g.clock().is_some_and(|c| !c.approximate))
                .count();
            (passes[k].len(), exact, k)
        })
    else {
        return Vec::new();
    };
    let mut skel = passes[best].clone();
    let mut summaries = Vec::new();
    for (k, p) in passes.into_iter().enumerate() {
        if k == best {
            continue;
        }
        if p.iter().any(|g| g.unordered) {
            summaries.push(p);
            continue;
        }
        let full = total.is_some_and(|t| skel.len() >= t);
        align(&mut skel, p, if full { 8.0 } else { 1.5 });
    }
    // Summaries that say when go first, so the ones that do not can match what they placed.
    summaries.sort_by_key(|p| !p.iter().any(|g| g.clock().is_some()));
    for p in summaries {
        match_anywhere(&mut skel, p);
    }
    skel
}

/// Each goal of a summary merges into the best-fitting goal not yet matched, wherever it is;
/// goals that fit none are added where their clocks put them.
fn match_anywhere(skel: &mut Vec<Goal>, pass: Vec<Goal>) {
    let mut used = vec![false; skel.len()];
    for g in pass {
        let best = (0..used.len())
            .filter(|&j| !used[j])
            .filter_map(|j| fit(&skel[j], &g).map(|f| (j, f)))
            .max_by(|a, b| a.1.total_cmp(&b.1));
        match best {
            Some((j, _)) => {
                used[j] = true;
                skel[j].absorb(&g);
            }
            None => {
                let pos = by_clock(skel, &g, skel.len());
                skel.insert(pos, g);
                used.insert(pos, true);
            }
        }
    }
}

/// Aligns `pass` onto `skel` (both in match order), merging matched goals and inserting the
/// rest where they fit. `insert_cost` is high when the skeleton already has every goal.
fn align(skel: &mut Vec<Goal>, pass: Vec<Goal>, insert_cost: f32) {
    let (n, m) = (skel.len(), pass.len());
    let neg = f32::MIN / 4.0;
    let fits = |j: usize, g: &Goal| fit(&skel[j], g).filter(|_| in_order(skel, j, g));
    let mut dp = vec![vec![0.0f32; n + 1]; m + 1];
    for i in 1..=m {
        dp[i][0] = dp[i - 1][0] - insert_cost;
    }
    for i in 1..=m {
        for j in 1..=n {
            let matched = fits(j - 1, &pass[i - 1]).map_or(neg, |s| dp[i - 1][j - 1] + s);
            dp[i][j] = matched.max(dp[i][j - 1]).max(dp[i - 1][j] - insert_cost);
        }
    }
    // (pass index, skeleton index it merges into, or None with the skeleton goals before it).
    let (mut i, mut j) = (m, n);
    let mut pairs: Vec<(usize, Result<usize, usize>)> = Vec::new();
    while i > 0 {
        if j > 0
            && fits(j - 1, &pass[i - 1])
                .is_some_and(|s| (dp[i][j] - (dp[i - 1][j - 1] + s)).abs() < 1e-4)
        {
            pairs.push((i - 1, Ok(j - 1)));
            i -= 1;
            j -= 1;
        } else if j > 0 && (dp[i][j] - dp[i][j - 1]).abs() < 1e-4 {
            j -= 1;
        } else {
            pairs.push((i - 1, Err(j)));
            i -= 1;
        }
    }
    pairs.reverse();
    let mut inserts: Vec<(usize, usize, Goal)> = Vec::new();
    for (k, (pi, at)) in pairs.into_iter().enumerate() {
        let g = pass[pi].clone();
        match at {
            Ok(j) => skel[j].absorb(&g),
            Err(before) => {
                let pos = by_clock(skel, &g, before);
                inserts.push((pos, k, g));
            }
        }
    }
    inserts.sort_by_key(|x| (x.0, x.1));
    for (pos, _, g) in inserts.into_iter().rev() {
        skel.insert(pos.min(skel.len()), g);
    }
}

/// Whether `g`'s place and clock agree with the stated clocks of the goals around skeleton slot `j`.
fn in_order(skel: &[Goal], j: usize, g: &Goal) -> bool {
    // "went 2-0 up" is at most the second goal, however many the skeleton still lacks.
    if g.place().is_some_and(|p| usize::from(p) < j + 1) {
        return false;
    }
    let Some(c) = g.clock() else { return true };
    let stated = |x: &Goal| x.clock().filter(|x| !x.approximate);
    let before_ok = skel[..j].iter().filter_map(stated).all(|x| {
        if c.approximate {
            x.period <= c.period
        } else {
            x.cmp_time(&c).is_le()
        }
    });
    let after_ok = skel[j + 1..].iter().filter_map(stated).all(|x| {
        if c.approximate {
            x.period >= c.period
        } else {
            x.cmp_time(&c).is_ge()
        }
    });
    before_ok && after_ok
}

/// Where an unmatched goal goes: where the alignment put it (`pos`), moved past stated clocks
/// it must follow or before those it must precede; a late goal ("at the death", "98th
/// minute") goes after every goal not stated to be later.
fn by_clock(skel: &[Goal], g: &Goal, pos: usize) -> usize {
    let Some(c) = g.clock() else { return pos };
    let stated = |k: usize| skel[k].clock().filter(|x| !x.approximate);
    let lo = (0..skel.len())
        .filter(|&k| stated(k).is_some_and(|x| x.cmp_time(&c).is_lt()))
        .map(|k| k + 1)
        .max()
        .unwrap_or(0);
    let hi = (0..skel.len())
        .find(|&k| stated(k).is_some_and(|x| x.cmp_time(&c).is_gt()))
        .unwrap_or(skel.len())
        .max(lo);
    let late = c.period >= 2 && (c.minute >= 85 || c.added > 0);
    if late {
        return hi;
    }
    // Before any goal whose clock, stated or guessed, is later ("scored twice after
    // half-time" goes before "made it four late on").
    let later = (lo..hi)
        .find(|&k| skel[k].clock().is_some_and(|x| x.cmp_time(&c).is_gt()))
        .unwrap_or(hi);
    pos.clamp(lo, hi).min(later)
}
