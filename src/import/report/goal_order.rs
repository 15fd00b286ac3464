//! The match order of merged goals: by stated minute where there is one, otherwise in the
//! order told, with a goal's stated place ("a 2-0 lead") respected.

use super::goals::Goal;
use crate::model::Clock;

/// Orders goals by stated minute where stated, keeping each unstated goal after the goal it
/// followed.
pub fn sort_by_time(goals: Vec<Goal>) -> Vec<Goal> {
    let mut groups: Vec<(Option<Clock>, Vec<Goal>)> = vec![(None, Vec::new())];
    let mut last_section = None;
    for g in goals {
        // A guessed time anchors a goal too when it starts another telling (the body after
        // the lede): "Haller struck the winner nine minutes from the end ... / A header from
        // Troost-Ekong had put Nigeria ahead in the first half".
        let new_telling = last_section.is_some_and(|s| s != g.section);
        last_section = Some(g.section);
        match g.clock().filter(|c| !c.approximate || new_telling) {
            Some(c) => groups.push((Some(c), vec![g])),
            None => {
                if let Some(last) = groups.last_mut() {
                    last.1.push(g);
                }
            }
        }
    }
    let head = groups.remove(0);
    groups.sort_by(|a, b| match (a.0, b.0) {
        (Some(x), Some(y)) => x.cmp_time(&y),
        _ => std::cmp::Ordering::Equal,
    });
    let mut out = head.1;
    for (_, g) in groups {
        out.extend(g);
    }
    keep_places(&mut out);
    out
}

/// Whether the text says nothing of a goal's time or place: it may move to wherever another
/// goal's stated place says.
fn floating(g: &Goal) -> bool {
    g.when.is_none() && g.place().is_none()
}

/// "... to hand the Roar a 2-0 lead after 13 minutes": a goal whose place in the match is
/// stated has no more goals before it than that, so a goal with no time of its own told before
/// it moves after it. (Too few before it is left alone: the goals the text never tells are
/// added later.)
fn keep_places(goals: &mut Vec<Goal>) {
    for _ in 0..goals.len() {
        let Some((i, j)) = goals.iter().enumerate().find_map(|(i, g)| {
            let want = usize::from(g.place()?.checked_sub(1)?);
            let j = (0..i).rev().find(|&j| floating(&goals[j]))?;
            (want < i).then_some((i, j))
        }) else {
            return;
        };
        let g = goals.remove(j);
        goals.insert(i, g);
    }
}
