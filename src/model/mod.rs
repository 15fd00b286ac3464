//! The match model every importer produces and the viewer reads: plain data, no file formats,
//! no terminal.

pub mod clock;
pub mod event;
pub mod minor;
pub mod name;
pub mod team;

pub use clock::Clock;
pub use event::{CardColour, Event, EventKind, PitchPoint, Side, Span};
pub use name::Name;
pub use team::{Player, Team, surname};

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::fmt;

/// Goals for each side.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub struct Score {
    pub home: u16,
    pub away: u16,
}

impl Score {
    pub fn new(home: u16, away: u16) -> Self {
        Score { home, away }
    }

    /// Adds one goal for `side`; `Side::None` changes nothing.
    pub fn add(&mut self, side: Side) {
        match side {
            Side::Home => self.home += 1,
            Side::Away => self.away += 1,
            Side::None => {}
        }
    }
}

impl fmt::Display for Score {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}-{}", self.home, self.away)
    }
}

/// A whole match, however it was imported.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Match {
    #[serde(default)]
    pub date: Option<NaiveDate>,
    #[serde(default)]
    pub competition: Option<String>,
    pub home: Team,
    pub away: Team,
    /// The score after play, extra time included, shoot-out excluded.
    pub final_score: Score,
    /// The penalty shoot-out result, shown beside the score, never added to it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shootout: Option<Score>,
    /// Every event in match order.
    pub events: Vec<Event>,
    /// What the importer could not settle: unattributed players, score mismatches, vague times.
    #[serde(default)]
    pub warnings: Vec<String>,
    /// The source text the events' spans point into, where the match came from prose.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub report: Option<String>,
}

impl Match {
    /// Two teams and nothing else yet: no date, no events, 0-0.
    pub fn new(home: Team, away: Team) -> Self {
        Match {
            date: None,
            competition: None,
            home,
            away,
            final_score: Score::default(),
            shootout: None,
            events: Vec::new(),
            warnings: Vec::new(),
            report: None,
        }
    }

    pub fn team(&self, side: Side) -> Option<&Team> {
        match side {
            Side::Home => Some(&self.home),
            Side::Away => Some(&self.away),
            Side::None => None,
        }
    }

    /// The final result as fans write it: `3-2`, or `1-1, 4-3 pens` after a shoot-out.
    pub fn result(&self) -> String {
        match self.shootout {
            Some(s) => format!("{}, {} pens", self.final_score, s),
            None => self.final_score.to_string(),
        }
    }

    /// Puts events in match order by (period, minute, added), keeping the source order of
    /// events at the same time.
    /// Events nearly always come in order: checking is one pass over them, where the sort
    /// first takes scratch memory as large as the events.
    pub fn sort_events(&mut self) {
        let in_order = |a: &Event, b: &Event| a.clock.cmp_time(&b.clock).is_le();
        if !self.events.is_sorted_by(in_order) {
            self.events.sort_by(|a, b| a.clock.cmp_time(&b.clock));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorting_keeps_stoppage_time_in_its_half_and_ties_in_source_order() {
        let mut m = Match {
            date: None,
            competition: None,
            home: Team::named("A"),
            away: Team::named("B"),
            final_score: Score::new(0, 0),
            shootout: None,
            events: vec![
                Event::new(Clock::exact(2, 46, 0), EventKind::Note, Side::None),
                Event::new(Clock::exact(1, 45, 2), EventKind::Note, Side::Home),
                Event::new(Clock::exact(1, 45, 2), EventKind::Note, Side::Away),
                Event::new(Clock::exact(1, 12, 0), EventKind::Note, Side::None),
            ],
            warnings: vec![],
            report: None,
        };
        m.sort_events();
        let order: Vec<_> = m.events.iter().map(|e| (e.clock.key(), e.side)).collect();
        assert_eq!(
            order,
            vec![
                ((1, 12, 0), Side::None),
                ((1, 45, 2), Side::Home),
                ((1, 45, 2), Side::Away),
                ((2, 46, 0), Side::None),
            ]
        );
    }

    #[test]
    fn shootout_is_shown_beside_the_score() {
        let mut m = Match {
            date: None,
            competition: None,
            home: Team::named("A"),
            away: Team::named("B"),
            final_score: Score::new(1, 1),
            shootout: Some(Score::new(4, 3)),
            events: vec![],
            warnings: vec![],
            report: None,
        };
        assert_eq!(m.result(), "1-1, 4-3 pens");
        m.shootout = None;
        assert_eq!(m.result(), "1-1");
    }
}
