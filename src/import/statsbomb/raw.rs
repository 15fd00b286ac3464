//! Serde structs mirroring a StatsBomb events file: only the fields touchline uses, borrowed.
//!
//! Everything else (freeze frames, pass heights, related events...) is left to serde's
//! ignored-any path, which scans past it without building anything: that is what makes a
//! typed import of a 3.5 MB match faster than parsing it into a `serde_json::Value`. Every
//! field is optional so a file with a missing or new field still reads; the conversion decides
//! what an absent field means.

use serde::Deserialize;
use serde::de::{self, Deserializer, SeqAccess, Visitor};
use std::borrow::Cow;
use std::fmt;

/// `{"id": 16, "name": "Shot"}`: how StatsBomb names types, teams, players and outcomes.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct Named<'a> {
    #[serde(default)]
    pub id: Option<u64>,
    #[serde(borrow, default)]
    pub name: Option<Cow<'a, str>>,
}

impl Named<'_> {
    /// The name, or "" when the file leaves it out.
    pub fn name(&self) -> &str {
        self.name.as_deref().unwrap_or("")
    }
}

/// The name inside an optional `Named`, "" when either is absent.
pub fn name_of<'n>(n: &'n Option<Named<'_>>) -> &'n str {
    n.as_ref().map_or("", Named::name)
}

/// A pitch location `[x, y]` or `[x, y, z]` in StatsBomb's 120 x 80 yard frame.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Point {
    pub x: f64,
    pub y: f64,
}

impl<'de> Deserialize<'de> for Point {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct PointVisitor;
        impl<'de> Visitor<'de> for PointVisitor {
            type Value = Point;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a location [x, y] or [x, y, z]")
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Point, A::Error> {
                let x = seq
                    .next_element()?
                    .ok_or_else(|| de::Error::invalid_length(0, &self))?;
                let y = seq
                    .next_element()?
                    .ok_or_else(|| de::Error::invalid_length(1, &self))?;
                // A shot's end location carries a height; the pitch view has no use for it.
                while seq.next_element::<de::IgnoredAny>()?.is_some() {}
                Ok(Point { x, y })
            }
        }
        d.deserialize_seq(PointVisitor)
    }
}

/// One event of the match. The parts only some events have are boxed: it keeps the vector of
/// 4,000 events small, and moving it cheap.
#[derive(Debug, Default, Deserialize)]
pub struct Event<'a> {
    #[serde(borrow, default)]
    pub id: Option<Cow<'a, str>>,
    #[serde(default)]
    pub period: Option<u8>,
    #[serde(default)]
    pub minute: Option<u16>,
    #[serde(rename = "type", borrow, default)]
    pub kind: Option<Named<'a>>,
    #[serde(borrow, default)]
    pub team: Option<Named<'a>>,
    #[serde(borrow, default)]
    pub player: Option<Named<'a>>,
    #[serde(borrow, default)]
    pub position: Option<Named<'a>>,
    #[serde(default)]
    pub location: Option<Point>,
    #[serde(borrow, default)]
    pub tactics: Option<Box<Tactics<'a>>>,
    #[serde(borrow, default)]
    pub shot: Option<Box<Shot<'a>>>,
    #[serde(borrow, default)]
    pub pass: Option<Box<Pass<'a>>>,
    #[serde(default)]
    pub carry: Option<Carry>,
    #[serde(borrow, default)]
    pub substitution: Option<Box<Substitution<'a>>>,
    #[serde(borrow, default)]
    pub foul_committed: Option<Box<Booking<'a>>>,
    #[serde(borrow, default)]
    pub bad_behaviour: Option<Box<Booking<'a>>>,
    #[serde(borrow, default)]
    pub goalkeeper: Option<Box<Goalkeeper<'a>>>,
}

impl Event<'_> {
    /// The event type's name ("Pass", "Shot"), "" when missing.
    pub fn kind(&self) -> &str {
        name_of(&self.kind)
    }

    pub fn team_id(&self) -> Option<u64> {
        self.team.as_ref().and_then(|t| t.id)
    }

    pub fn player_id(&self) -> Option<u64> {
        self.player.as_ref().and_then(|p| p.id)
    }
}

/// A Starting XI or Tactical Shift: formation and the eleven.
#[derive(Debug, Default, Deserialize)]
pub struct Tactics<'a> {
    #[serde(default)]
    pub formation: Option<u64>,
    #[serde(borrow, default)]
    pub lineup: Vec<TacticsPlayer<'a>>,
}

#[derive(Debug, Default, Deserialize)]
pub struct TacticsPlayer<'a> {
    #[serde(borrow, default)]
    pub player: Option<Named<'a>>,
    #[serde(borrow, default)]
    pub position: Option<Named<'a>>,
    #[serde(default)]
    pub jersey_number: Option<u8>,
}

#[derive(Debug, Default, Deserialize)]
pub struct Shot<'a> {
    #[serde(default)]
    pub statsbomb_xg: Option<f64>,
    #[serde(default)]
    pub end_location: Option<Point>,
    #[serde(borrow, default)]
    pub key_pass_id: Option<Cow<'a, str>>,
    #[serde(borrow, default)]
    pub outcome: Option<Named<'a>>,
    #[serde(rename = "type", borrow, default)]
    pub kind: Option<Named<'a>>,
    #[serde(borrow, default)]
    pub body_part: Option<Named<'a>>,
}

#[derive(Debug, Default, Deserialize)]
pub struct Pass<'a> {
    #[serde(borrow, default)]
    pub recipient: Option<Named<'a>>,
    #[serde(default)]
    pub end_location: Option<Point>,
    #[serde(borrow, default)]
    pub outcome: Option<Named<'a>>,
}

#[derive(Debug, Default, Deserialize)]
pub struct Carry {
    #[serde(default)]
    pub end_location: Option<Point>,
}

#[derive(Debug, Default, Deserialize)]
pub struct Substitution<'a> {
    #[serde(borrow, default)]
    pub replacement: Option<Named<'a>>,
    #[serde(borrow, default)]
    pub outcome: Option<Named<'a>>,
}

/// The part of a Foul Committed or Bad Behaviour event that can hold a card.
#[derive(Debug, Default, Deserialize)]
pub struct Booking<'a> {
    #[serde(borrow, default)]
    pub card: Option<Named<'a>>,
}

#[derive(Debug, Default, Deserialize)]
pub struct Goalkeeper<'a> {
    #[serde(rename = "type", borrow, default)]
    pub kind: Option<Named<'a>>,
    #[serde(borrow, default)]
    pub outcome: Option<Named<'a>>,
}
