//! One moment of a match: what happened, when, for which side, and who was involved.

use super::clock::Clock;
use super::name::Name;
use serde::{Deserialize, Serialize};
use std::borrow::Cow;

/// Which team an event belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Side {
    Home,
    Away,
    /// Neither team, or the source does not say.
    #[default]
    None,
}

impl Side {
    /// The other team; `None` stays `None`.
    pub fn opponent(self) -> Side {
        match self {
            Side::Home => Side::Away,
            Side::Away => Side::Home,
            Side::None => Side::None,
        }
    }
}

/// What kind of moment an event is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EventKind {
    Goal,
    /// A shot that did not score (saved, blocked, wide, off the woodwork).
    Shot,
    /// A described opening that is not clearly a shot.
    Chance,
    Card,
    Substitution,
    PeriodStart,
    PeriodEnd,
    /// Narrative with no event of its own, kept so no sentence of a report is lost.
    Note,
}

/// The colour of a card.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CardColour {
    Yellow,
    /// A second booking: a yellow that sends the player off.
    SecondYellow,
    Red,
}

impl CardColour {
    /// Whether this card ends the player's match.
    pub fn sends_off(self) -> bool {
        matches!(self, CardColour::SecondYellow | CardColour::Red)
    }
}

/// A byte range of the source text an event was read from, so a reader can check it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

/// A point on the pitch as seen by the side that acted: `x` from its own goal line (0.0) to the
/// opponent's (1.0), `y` from its left touchline (0.0) to its right (1.0) as it attacks.
/// Fractions rather than yards or metres, because providers draw pitches of different sizes.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct PitchPoint {
    pub x: f64,
    pub y: f64,
}

impl PitchPoint {
    /// The same spot as the other side sees it: an event credited to the opponents of the
    /// player who made it (an own goal) must turn his location half a circle.
    pub fn seen_by_opponents(self) -> Self {
        PitchPoint {
            x: 1.0 - self.x,
            y: 1.0 - self.y,
        }
    }
}

/// One moment of the match.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Event {
    #[serde(flatten)]
    pub clock: Clock,
    pub kind: EventKind,
    #[serde(default)]
    pub side: Side,
    /// Players involved, main actor first: the scorer then the assist for a goal, the player
    /// booked for a card, the player going off then the one coming on for a substitution.
    /// After the main actor a player of the other side may follow (the keeper who saved).
    /// An empty list on a goal means the scorer is unknown.
    #[serde(default)]
    pub players: Vec<Name>,
    /// What happened, in words. Empty for a minor event whose words are made when shown, from
    /// its label and players (`words_when_shown`): read them with `words`.
    #[serde(default)]
    pub text: String,
    /// Set by an importer that leaves a minor event's line to be made when shown, by `words`,
    /// rather than writing one for each of a data feed's 4,000 events as it reads them. Never
    /// saved: a saved match file holds the line itself.
    #[serde(skip)]
    pub words_when_shown: bool,
    #[serde(default, skip_serializing_if = "is_false")]
    pub own_goal: bool,
    #[serde(default, skip_serializing_if = "is_false")]
    pub penalty: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub card: Option<CardColour>,
    /// Where in the match's source text this event was read from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub span: Option<Span>,
    /// Not a key moment: a pass, carry or pressure kept so every event of a data feed can be
    /// shown on request. Key moments (goals, shots, cards...) leave it false.
    #[serde(default, skip_serializing_if = "is_false")]
    pub minor: bool,
    /// The source's own short name for what happened ("Pass", "Carry", "Save"), where the
    /// kind alone does not say it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<Cow<'static, str>>,
    /// Where the action happened (a shot's position, a pass's start), for a pitch view.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<PitchPoint>,
    /// Where it ended (where a shot went, where a pass or carry arrived).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end_location: Option<PitchPoint>,
    /// A shot's expected-goals value from the source's model (0.0 to 1.0).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub xg: Option<f64>,
}

fn is_false(b: &bool) -> bool {
    !*b
}

impl Event {
    /// An event with no players, text or flags; importers fill in the rest.
    pub fn new(clock: Clock, kind: EventKind, side: Side) -> Self {
        Event {
            clock,
            kind,
            side,
            players: Vec::new(),
            text: String::new(),
            words_when_shown: false,
            own_goal: false,
            penalty: false,
            card: None,
            span: None,
            minor: false,
            label: None,
            location: None,
            end_location: None,
            xg: None,
        }
    }

    /// What happened, in words: the source's own, or for a minor event whose importer left
    /// them to be made when shown, its line ("Busquets passes to Messi.").
    pub fn words(&self) -> Cow<'_, str> {
        match (
            self.text.is_empty(),
            self.words_when_shown,
            self.players.first(),
        ) {
            (true, true, Some(player)) => Cow::Owned(super::minor::line(
                self.label.as_deref().unwrap_or(""),
                player,
                self.players.get(1).map(Name::as_str),
            )),
            _ => Cow::Borrowed(&self.text),
        }
    }

    /// The main actor, if the source names one.
    pub fn actor(&self) -> Option<&str> {
        self.players.first().map(Name::as_str)
    }

    /// A key moment, shown in the default view; minor events only when every event is asked for.
    pub fn is_key(&self) -> bool {
        !self.minor
    }

    /// A goal that counts towards the score (shoot-out kicks do not).
    pub fn is_scoring_goal(&self) -> bool {
        self.kind == EventKind::Goal && self.clock.period != super::clock::SHOOTOUT
    }
}
