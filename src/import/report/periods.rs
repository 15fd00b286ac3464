//! The frame of a match: kick-off, half-time, the start of each later period, the shoot-out
//! and full time, placed around the events the report gives.

use super::build::Analysis;
use crate::model::{Clock, Event, EventKind, Side, clock};

/// Kick-off first, half-time and the second-half start where the events allow, full time last.
pub fn structural(events: &mut Vec<(Event, u8, usize)>, a: &Analysis<'_>, end: Clock) {
    let added: Vec<u16> = (0..=5u8)
        .map(|p| {
            events
                .iter()
                .filter(|e| e.0.clock.period == p)
                .map(|e| e.0.clock.added)
                .max()
                .unwrap_or(0)
        })
        .collect();
    let max_added = |p: u8| added.get(usize::from(p)).copied().unwrap_or(0);
    let mut mark = |c: Clock, kind: EventKind, text: &str, rank: u8| {
        let mut e = Event::new(c, kind, Side::None);
        e.text = text.to_string();
        events.push((e, rank, 0));
    };
    mark(Clock::exact(1, 0, 0), EventKind::PeriodStart, "Kick-off", 0);
    let ht = Clock::exact(1, 45, max_added(1));
    mark(ht, EventKind::PeriodEnd, "Half-time", 2);
    mark(
        Clock::exact(2, Clock::period_start_minute(2), 0),
        EventKind::PeriodStart,
        "Second half",
        0,
    );
    if a.found.extra_time {
        mark(
            Clock::exact(2, 90, max_added(2)),
            EventKind::PeriodEnd,
            "End of normal time",
            2,
        );
        mark(
            Clock::exact(3, Clock::period_start_minute(3), 0),
            EventKind::PeriodStart,
            "Extra time",
            0,
        );
        mark(
            Clock::exact(3, 105, max_added(3)),
            EventKind::PeriodEnd,
            "Half-time in extra time",
            2,
        );
        mark(
            Clock::exact(4, Clock::period_start_minute(4), 0),
            EventKind::PeriodStart,
            "Second half of extra time",
            0,
        );
    }
    let last = end.period;
    if let Some(s) = a.found.shootout {
        mark(
            Clock::exact(last, Clock::period_end_minute(last), max_added(last)),
            EventKind::PeriodEnd,
            "End of extra time",
            2,
        );
        mark(
            Clock::exact(clock::SHOOTOUT, 120, 0),
            EventKind::PeriodStart,
            "Penalty shoot-out",
            0,
        );
        mark(
            Clock::exact(clock::SHOOTOUT, 120, 0),
            EventKind::PeriodEnd,
            &format!("Full time: {s} on penalties"),
            3,
        );
    } else {
        mark(
            Clock::exact(last, Clock::period_end_minute(last), max_added(last)),
            EventKind::PeriodEnd,
            "Full time",
            3,
        );
    }
}
