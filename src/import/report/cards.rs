//! Cards: "booked", "sent off", "a second yellow", "a straight red", "dismissed", each on the
//! player next to the card words, with the clause's minute; several in one sentence allowed.

use super::clauses::clauses;
use super::clock_expr::When;
use super::doc::{Sent, resolve_back};
use super::players::Ref;
use crate::model::CardColour;

/// A card the text shows, in sentence `sent`.
#[derive(Debug, Clone, PartialEq)]
pub struct Card {
    pub sent: usize,
    pub colour: CardColour,
    pub player: Option<usize>,
    pub when: Option<When>,
}

/// Words that place the card in a clause.
const CARD_WORDS: &[&str] = &[
    "booked",
    "booking",
    "cautioned",
    "sent",
    "yellow",
    "red",
    "dismissed",
    "dismissal",
    "sending-off",
    "marching",
];

/// Cards: "booked", "sent off", "second yellow", "straight red".
pub fn colour(w: &[&str]) -> Option<CardColour> {
    let joined = w.join(" ");
    if [
        "second yellow",
        "another yellow",
        "second booking",
        "two yellow",
        "second caution",
        "second bookable",
        "two bookable",
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

/// Every card in sentence `si`, one per clause that shows one.
pub fn cards(sents: &[Sent], si: usize) -> Vec<Card> {
    let s = &sents[si];
    if s.quoted
        || !matches!(
            s.kind,
            super::clean::BlockKind::Narrative | super::clean::BlockKind::Bullet
        )
    {
        return Vec::new();
    }
    let mut out = Vec::new();
    for (a, b) in clauses(s) {
        let w: Vec<&str> = s.toks[a..b].iter().map(|t| t.low.as_str()).collect();
        let Some(colour) = colour(&w) else { continue };
        // "the already-booked Tomkins" describes a card shown before, told elsewhere.
        if w.iter().any(|x| x.starts_with("already-")) && !w.contains(&"off") {
            continue;
        }
        let Some(at) = w.iter().position(|x| CARD_WORDS.contains(x)).map(|p| a + p) else {
            continue;
        };
        let person = |k: usize| match s.refs.iter().find(|r| r.tok == k)?.r {
            Ref::Person(id) => Some(id),
            _ if matches!(s.low(k), "his" | "her") => None,
            _ => resolve_back(sents, si, k, None),
        };
        // "X was booked", "had X sent off", else "a red card for X".
        let before = s.refs.iter().rev().find(|r| r.tok >= a && r.tok < at);
        let after = s.refs.iter().find(|r| r.tok > at && r.tok < b);
        let player = before.or(after).and_then(|r| person(r.tok));
        let when = s
            .times
            .iter()
            .find(|t| t.tok >= a && t.tok < b)
            .map(|t| t.when);
        out.push(Card {
            sent: si,
            colour,
            player,
            when,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(s: &str) -> Option<CardColour> {
        let w: Vec<&str> = s.split_whitespace().collect();
        colour(&w)
    }

    #[test]
    fn reads_cards() {
        assert_eq!(
            read("Cole was booked for a late tackle"),
            Some(CardColour::Yellow)
        );
        assert_eq!(
            read("Cole was sent off for a second yellow card"),
            Some(CardColour::SecondYellow)
        );
        assert_eq!(read("a straight red for Cole"), Some(CardColour::Red));
        assert_eq!(read("Cole scored"), None);
        assert_eq!(
            read("Ray was sent off for a second bookable offence"),
            Some(CardColour::SecondYellow)
        );
    }
}
