//! The events file's fields that touchline uses, borrowed from its text.
//!
//! `scan_events` fills these as the scanner passes; everything else (freeze frames, pass
//! heights, related events...) is skipped without being built. Every field is optional so a
//! file with a missing or new field still reads; the conversion decides what an absent field
//! means. Strings are borrowed from the reading's arena, and the parts only some events have
//! are in it too, and references are shared (`Keep`): no event needs dropping, and each is 144
//! bytes, not 296.

/// `{"id": 16, "name": "Shot"}`: how StatsBomb names types, teams, players and outcomes.
#[derive(Debug, Clone, Copy, Default)]
pub struct Named<'a> {
    pub id: Option<u64>,
    pub name: Option<&'a str>,
}

impl Named<'_> {
    /// The name, or "" when the file leaves it out.
    pub fn name(&self) -> &str {
        self.name.unwrap_or("")
    }
}

/// The name inside an optional `Named`, "" when either is absent.
pub fn name_of<'n>(n: Option<&'n Named<'_>>) -> &'n str {
    n.map_or("", Named::name)
}

/// A pitch location `[x, y]` or `[x, y, z]` in StatsBomb's 120 x 80 yard frame.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Point {
    pub x: f64,
    pub y: f64,
}

/// One event of the match. The parts only some events have are boxed: it keeps the vector of
/// 4,000 events small, and moving it cheap.
#[derive(Debug, Default)]
pub struct Event<'a> {
    pub id: Option<&'a str>,
    pub period: Option<u8>,
    pub minute: Option<u16>,
    pub kind: Option<&'a Named<'a>>,
    pub team: Option<&'a Named<'a>>,
    pub player: Option<&'a Named<'a>>,
    pub position: Option<&'a Named<'a>>,
    pub location: Option<Point>,
    /// Boxed, not in the arena: its line-up is a vector, which the arena would never free.
    pub tactics: Option<Box<Tactics<'a>>>,
    pub shot: Option<&'a Shot<'a>>,
    pub pass: Option<&'a Pass<'a>>,
    pub carry: Option<&'a Carry>,
    pub substitution: Option<&'a Substitution<'a>>,
    pub foul_committed: Option<&'a Booking<'a>>,
    pub bad_behaviour: Option<&'a Booking<'a>>,
    pub goalkeeper: Option<&'a Goalkeeper<'a>>,
}

impl Event<'_> {
    /// The event type's name ("Pass", "Shot"), "" when missing.
    pub fn kind(&self) -> &str {
        name_of(self.kind)
    }

    pub fn team_id(&self) -> Option<u64> {
        self.team.and_then(|t| t.id)
    }

    pub fn player_id(&self) -> Option<u64> {
        self.player.and_then(|p| p.id)
    }
}

/// A Starting XI or Tactical Shift: formation and the eleven.
#[derive(Debug, Default)]
pub struct Tactics<'a> {
    pub formation: Option<u64>,
    pub lineup: Vec<TacticsPlayer<'a>>,
}

#[derive(Debug, Default)]
pub struct TacticsPlayer<'a> {
    pub player: Option<&'a Named<'a>>,
    pub position: Option<&'a Named<'a>>,
    pub jersey_number: Option<u8>,
}

#[derive(Debug, Default)]
pub struct Shot<'a> {
    pub statsbomb_xg: Option<f64>,
    pub end_location: Option<Point>,
    pub key_pass_id: Option<&'a str>,
    pub outcome: Option<&'a Named<'a>>,
    pub kind: Option<&'a Named<'a>>,
    pub body_part: Option<&'a Named<'a>>,
}

#[derive(Debug, Default)]
pub struct Pass<'a> {
    pub recipient: Option<&'a Named<'a>>,
    pub end_location: Option<Point>,
    pub outcome: Option<&'a Named<'a>>,
}

#[derive(Debug, Default)]
pub struct Carry {
    pub end_location: Option<Point>,
}

#[derive(Debug, Default)]
pub struct Substitution<'a> {
    pub replacement: Option<&'a Named<'a>>,
    pub outcome: Option<&'a Named<'a>>,
}

/// The part of a Foul Committed or Bad Behaviour event that can hold a card.
#[derive(Debug, Default)]
pub struct Booking<'a> {
    pub card: Option<&'a Named<'a>>,
}

#[derive(Debug, Default)]
pub struct Goalkeeper<'a> {
    pub kind: Option<&'a Named<'a>>,
    pub outcome: Option<&'a Named<'a>>,
}
