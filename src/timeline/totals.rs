//! Running shot totals per team (shots, shots on target, expected goals), counted once per
//! event when the timeline is built so the scoreboard only looks them up.

use crate::model::{Event, EventKind, Side, clock};

/// One team's shots up to a moment.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct ShotTotals {
    pub shots: u16,
    /// Goals plus shots the keeper saved.
    pub on_target: u16,
    /// Sum of the shots' expected-goals values, where the source gives them.
    pub xg: f64,
}

/// Whether `e` is a shot by the side it belongs to: shoot-out kicks and own goals are not.
pub fn is_shot(e: &Event) -> bool {
    matches!(e.kind, EventKind::Shot | EventKind::Goal)
        && !e.own_goal
        && e.clock.period != clock::SHOOTOUT
        && e.side != Side::None
}

/// Whether a shot was on target. Conservative on purpose: a goal, or a shot whose outcome the
/// source words as saved. Blocked, wide, off the woodwork and unrecorded outcomes do not count,
/// since a block or a post may or may not have been on target and guessing would inflate it.
/// A provider's "saved off target" reads as saved too; the model has no outcome field to tell.
pub fn on_target(e: &Event) -> bool {
    if e.kind == EventKind::Goal {
        return true;
    }
    let words = e.text.to_lowercase();
    let outcome = words.split_once(" — ").map_or(words.as_str(), |(_, r)| r);
    outcome.contains("saved") && !outcome.contains("off target")
}

/// Adds event `e` to the totals of its side: whether it was a shot, so counted.
pub fn add(totals: &mut [ShotTotals; 2], e: &Event) -> bool {
    if !is_shot(e) {
        return false;
    }
    let t = &mut totals[usize::from(e.side == Side::Away)];
    t.shots += 1;
    if on_target(e) {
        t.on_target += 1;
    }
    t.xg += e.xg.unwrap_or(0.0);
    true
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Clock;

    fn shot(kind: EventKind, side: Side, text: &str, xg: f64) -> Event {
        Event {
            text: text.into(),
            xg: Some(xg),
            ..Event::new(Clock::exact(1, 10, 0), kind, side)
        }
    }

    #[test]
    fn counts_goals_and_saves_on_target_only() {
        let mut t = [ShotTotals::default(); 2];
        for e in [
            shot(EventKind::Goal, Side::Home, "Messi scores.", 0.5),
            shot(
                EventKind::Shot,
                Side::Home,
                "Suárez shoots — saved by Neto.",
                0.1,
            ),
            shot(EventKind::Shot, Side::Home, "Piqué heads — blocked.", 0.05),
            shot(EventKind::Shot, Side::Away, "Saved? No — wide.", 0.25),
        ] {
            add(&mut t, &e);
        }
        assert_eq!((t[0].shots, t[0].on_target), (3, 2));
        assert!((t[0].xg - 0.65).abs() < 1e-9);
        assert_eq!((t[1].shots, t[1].on_target), (1, 0));
    }

    #[test]
    fn own_goals_and_shootout_kicks_are_not_shots() {
        let mut og = shot(EventKind::Goal, Side::Home, "", 0.0);
        og.own_goal = true;
        let mut kick = shot(EventKind::Goal, Side::Away, "", 0.76);
        kick.clock = Clock::exact(clock::SHOOTOUT, 120, 0);
        assert!(!is_shot(&og) && !is_shot(&kick));
    }
}
