//! The words the viewer uses for periods and kinds of moment, shared by the panels.

use crate::model::{CardColour, Event, EventKind, clock};

/// Where in the match a moment falls, as the scoreboard shows it.
pub fn status(event: &Event, last: u8) -> &'static str {
    let p = event.clock.period;
    if event.kind == EventKind::PeriodEnd {
        return match p {
            _ if p >= last => "full time",
            clock::FIRST_HALF => "half time",
            clock::SECOND_HALF => "end of 90",
            clock::EXTRA_FIRST => "ET half time",
            _ => "end of ET",
        };
    }
    match p {
        clock::FIRST_HALF => "1st half",
        clock::SECOND_HALF => "2nd half",
        clock::EXTRA_FIRST => "extra time",
        clock::EXTRA_SECOND => "extra time",
        _ => "shoot-out",
    }
}

/// What kind of moment an event is, as a heading.
pub fn kind(event: &Event, last: u8) -> &'static str {
    let p = event.clock.period;
    match event.kind {
        EventKind::Goal if p == clock::SHOOTOUT => "Penalty scored",
        EventKind::Goal if event.own_goal => "Own goal",
        EventKind::Goal if event.penalty => "Penalty goal",
        EventKind::Goal => "Goal",
        EventKind::Shot if p == clock::SHOOTOUT => "Penalty missed",
        EventKind::Shot => "Shot",
        EventKind::Chance => "Chance",
        EventKind::Card => match event.card {
            Some(CardColour::Yellow) => "Yellow card",
            Some(CardColour::SecondYellow) => "Second yellow",
            Some(CardColour::Red) => "Red card",
            None => "Card",
        },
        EventKind::Substitution => "Substitution",
        EventKind::PeriodStart => match p {
            clock::FIRST_HALF => "Kick-off",
            clock::SECOND_HALF => "Second half",
            clock::EXTRA_FIRST => "Extra time",
            clock::EXTRA_SECOND => "Extra time, second half",
            _ => "Penalty shoot-out",
        },
        EventKind::PeriodEnd => match status(event, last) {
            "full time" => "Full time",
            "half time" => "Half time",
            "end of 90" => "End of normal time",
            "ET half time" => "Extra time, half time",
            _ => "End of extra time",
        },
        EventKind::Note => "Commentary",
    }
}

/// The kind of a moment still to come, in words that give nothing away: a goal, not whose or
/// how; a card, not its colour.
pub fn future_kind(event: &Event, last: u8) -> &'static str {
    match event.kind {
        EventKind::Goal => "Goal",
        EventKind::Card => "Card",
        _ => kind(event, last),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Clock, Side};

    #[test]
    fn calls_the_end_of_the_last_period_full_time() {
        let end = |p| Event::new(Clock::exact(p, 45, 0), EventKind::PeriodEnd, Side::None);
        assert_eq!(status(&end(1), 2), "half time");
        assert_eq!(status(&end(2), 2), "full time");
        assert_eq!(status(&end(2), 4), "end of 90");
        assert_eq!(kind(&end(4), 4), "Full time");
        assert_eq!(kind(&end(2), 4), "End of normal time");
    }
}
