//! The line a minor event reads as when its source left the words to be written when shown:
//! "Busquets passes to Messi.", from the event's label and players.
//!
//! Why not written when the match is read: a data feed's match has 4,000 such events, each line
//! a fresh string, and those were a tenth of reading a match that is mostly shown a moment at a
//! time. A line is made here, for the moments drawn or saved.

/// The line for `label` ("Pass", "Carry", or any other) done by `player`, to `other` if the
/// event names one more (a pass's recipient).
pub fn line(label: &str, player: &str, other: Option<&str>) -> String {
    let parts: [&str; 4] = match (label, other) {
        ("Pass", Some(to)) => [player, " passes to ", to, "."],
        ("Pass", None) => [player, " passes.", "", ""],
        ("Carry", _) => [player, " carries the ball.", "", ""],
        ("Ball Receipt", _) => [player, " receives the ball.", "", ""],
        ("Pressure", _) => [player, " presses.", "", ""],
        _ => [label, ": ", player, "."],
    };
    let mut text = String::with_capacity(parts.iter().map(|p| p.len()).sum());
    for part in parts {
        text.push_str(part);
    }
    text
}

#[cfg(test)]
mod tests {
    use super::line;
    use crate::model::{Clock, Event, EventKind, Side};

    #[test]
    fn an_event_reads_as_its_own_words_or_else_its_minor_line() {
        let mut e = Event::new(Clock::exact(1, 3, 0), EventKind::Note, Side::Home);
        e.label = Some("Pass".into());
        e.players = vec!["Xavi".into(), "Messi".into()];
        e.minor = true;
        assert_eq!(e.words(), "", "no words were left to be made");
        e.words_when_shown = true;
        assert_eq!(e.words(), "Xavi passes to Messi.");
        e.text = "Xavi's pass finds Messi.".into();
        assert_eq!(e.words(), "Xavi's pass finds Messi.");
        e.text.clear();
        e.players.clear();
        assert_eq!(e.words(), "", "no player, no line to make");
    }

    #[test]
    fn a_minor_line_says_who_did_what_to_whom() {
        assert_eq!(line("Pass", "Xavi", Some("Messi")), "Xavi passes to Messi.");
        assert_eq!(line("Pass", "Xavi", None), "Xavi passes.");
        assert_eq!(line("Carry", "Messi", None), "Messi carries the ball.");
        assert_eq!(
            line("Ball Receipt", "Messi", None),
            "Messi receives the ball."
        );
        assert_eq!(line("Pressure", "Rooney", None), "Rooney presses.");
        assert_eq!(line("Clearance", "Vidić", None), "Clearance: Vidić.");
    }
}
