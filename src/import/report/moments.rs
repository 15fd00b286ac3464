//! Moments other than goals: shots (saved, blocked, wide, off the woodwork), chances and
//! cards, one per sentence at most.

use super::clauses::clauses;
use super::doc::{Sent, resolve_back};
use super::players::Ref;
use crate::model::{CardColour, EventKind, Side};

/// A described moment that is not a goal.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Moment {
    pub sent: usize,
    pub kind: EventKind,
    pub card: Option<CardColour>,
    /// People involved, main actor first.
    pub players: Vec<usize>,
    pub side: Side,
}

const SHOT_WORDS: &[&str] = &[
    "effort",
    "shot",
    "strike",
    "header",
    "volley",
    "attempt",
    "drive",
    "free-kick",
    "chance",
    "shots",
];
const MISS_WORDS: &[&str] = &[
    "wide", "over", "blocked", "saved", "save", "saves", "post", "bar", "crossbar", "woodwork",
    "upright", "gathered", "denied", "parried", "tipped", "cleared",
];
const CHANCE_WORDS: &[&str] = &[
    "chance",
    "close",
    "opportunity",
    "one-on-one",
    "contact",
    "missed",
    "nearly",
    "almost",
];

/// Cards: "booked", "sent off", "second yellow", "straight red".
fn card(w: &[&str]) -> Option<CardColour> {
    let joined = w.join(" ");
    if [
        "second yellow",
        "another yellow",
        "second booking",
        "two yellow",
        "second caution",
    ]
    .iter()
    .any(|p| joined.contains(p))
    {
        return Some(CardColour::SecondYellow);
    }
    if [
        "sent off",
        "red card",
        "straight red",
        "dismissed",
        "dismissal",
        "sending-off",
        "sending off",
        "marching orders",
        "shown red",
        "a red",
    ]
    .iter()
    .any(|p| joined.contains(p))
    {
        return Some(CardColour::Red);
    }
    if w.iter()
        .any(|x| matches!(*x, "booked" | "cautioned" | "booking"))
        || joined.contains("yellow card")
    {
        return Some(CardColour::Yellow);
    }
    None
}

/// The moment a sentence describes, if it is a shot, a chance or a card (never a goal: the
/// caller skips sentences with goal mentions).
pub fn moment(sents: &[Sent], si: usize) -> Option<Moment> {
    let s = &sents[si];
    if s.quoted
        || !matches!(
            s.kind,
            super::clean::BlockKind::Narrative | super::clean::BlockKind::Bullet
        )
    {
        return None;
    }
    let w: Vec<&str> = s.toks.iter().map(|t| t.low.as_str()).collect();
    let people = |from: usize, to: usize| -> Vec<usize> {
        let mut v = Vec::new();
        for r in s.refs.iter().filter(|r| r.tok >= from && r.tok < to) {
            let id = match r.r {
                Ref::Person(id) => Some(id),
                _ if matches!(s.low(r.tok), "his" | "her") => None,
                _ => resolve_back(sents, si, r.tok, None),
            };
            if let Some(id) = id.filter(|id| !v.contains(id)) {
                v.push(id);
            }
        }
        v
    };
    let team = s.teams.first().map_or(Side::None, |t| t.1);
    if let Some(colour) = card(&w) {
        if w.iter().any(|x| x.starts_with("already-")) && !w.contains(&"off") {
            return None;
        }
        // The player carded is the one next to the card words.
        let pos = w
            .iter()
            .position(|x| {
                matches!(
                    *x,
                    "booked" | "sent" | "yellow" | "red" | "dismissed" | "dismissal" | "cautioned"
                )
            })
            .unwrap_or(0);
        let clause = clauses(s)
            .into_iter()
            .find(|c| c.0 <= pos && pos < c.1)
            .unwrap_or((0, w.len()));
        let players = people(clause.0, clause.1);
        return Some(Moment {
            sent: si,
            kind: EventKind::Card,
            card: Some(colour),
            players,
            side: team,
        });
    }
    let shot = w.iter().any(|x| SHOT_WORDS.contains(x)) && w.iter().any(|x| MISS_WORDS.contains(x))
        || w.windows(3).any(|p| {
            matches!(p[0], "hit" | "struck" | "rattled" | "onto" | "against")
                && matches!(p[2], "post" | "bar" | "crossbar" | "woodwork" | "upright")
        })
        || w.windows(2)
            .any(|p| matches!(p[0], "denied" | "saved" | "save") && p[1] != "the")
        || w.iter().any(|x| matches!(*x, "upright" | "woodwork"));
    let chance = w.iter().any(|x| CHANCE_WORDS.contains(x));
    if !shot && !chance {
        return None;
    }
    let kind = if shot {
        EventKind::Shot
    } else {
        EventKind::Chance
    };
    Some(Moment {
        sent: si,
        kind,
        card: None,
        players: people(0, w.len()),
        side: team,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn colour(s: &str) -> Option<CardColour> {
        let w: Vec<&str> = s.split_whitespace().collect();
        card(&w)
    }

    #[test]
    fn reads_cards() {
        assert_eq!(
            colour("Cole was booked for a late tackle"),
            Some(CardColour::Yellow)
        );
        assert_eq!(
            colour("Cole was sent off for a second yellow card"),
            Some(CardColour::SecondYellow)
        );
        assert_eq!(colour("a straight red for Cole"), Some(CardColour::Red));
        assert_eq!(colour("Cole scored"), None);
    }
}
