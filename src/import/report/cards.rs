//! Cards: "booked", "sent off", "a second yellow", "a straight red", "dismissed", each on the
//! player next to the card words, with the clause's minute; several in one sentence allowed.

use super::build::Analysis;
use super::clauses::clauses;
use super::clock_expr::When;
use super::doc::{Sent, resolve_back};
use super::players::Ref;
use crate::model::{CardColour, Clock, Event, EventKind, Name, Side, Span};

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
    // "booked their place in the final" books a passage, not a player.
    let booked = w.windows(3).any(|p| {
        matches!(p[0], "booked" | "booking")
            && !(matches!(p[1], "their" | "a" | "his" | "her" | "its")
                && matches!(
                    p[2],
                    "place" | "passage" | "spot" | "ticket" | "berth" | "slot"
                ))
    }) || w.last().is_some_and(|x| matches!(*x, "booked" | "booking"));
    if booked || w.contains(&"cautioned") || joined.contains("yellow card") {
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

/// The cards as events: each at its clause's minute, else approximately at the moment its
/// sentence belongs to (`sentence_clock` gives that clock and an ordering key), on the player's
/// team or the team the sentence names.
pub fn events(
    a: &Analysis<'_>,
    sentence_clock: &dyn Fn(usize) -> Option<(Option<Clock>, usize)>,
    end_clock: Clock,
) -> Vec<(Event, usize)> {
    let mut out = Vec::new();
    for c in &a.cards {
        let Some((item_clock, seq)) = sentence_clock(c.sent) else {
            continue;
        };
        let clock = match c.when {
            Some(When::At(x)) => x,
            _ => Clock {
                approximate: true,
                ..item_clock.unwrap_or(end_clock)
            },
        };
        let s = &a.sents[c.sent];
        let side = c
            .player
            .and_then(|p| a.player_sides.get(&p).copied())
            .filter(|s| *s != Side::None)
            .or_else(|| s.teams.first().map(|t| t.1))
            .unwrap_or(Side::None);
        let who = c.player.map(|p| a.reg.name(p).to_string());
        let mut e = Event::new(clock, EventKind::Card, side);
        e.text = format!(
            "{} {}",
            who.as_deref().unwrap_or("A player"),
            match c.colour {
                CardColour::Yellow => "booked",
                CardColour::SecondYellow => "sent off (second yellow)",
                CardColour::Red => "sent off",
            }
        );
        e.players = who.into_iter().map(Name::from).collect();
        e.card = Some(c.colour);
        e.span = Some(Span {
            start: s.start,
            end: s.end,
        });
        out.push((e, seq));
    }
    out
}

/// One card however often the report tells it: the prose and a line-up block ("Sent off:
/// Cole 64") often both do. A player is sent off once, so his dismissals become one (a second
/// yellow if any telling says so, at a stated minute if any gives one); bookings of the same
/// player at the same minute become one.
pub fn merge_retold(events: &mut Vec<(Event, u8, usize)>) {
    let mut k = 0;
    while k < events.len() {
        let same = |a: &Event, b: &Event| {
            let sends_off = |e: &Event| e.card.is_some_and(CardColour::sends_off);
            a.kind == EventKind::Card
                && b.kind == EventKind::Card
                && !a.players.is_empty()
                && a.players.first() == b.players.first()
                && (sends_off(a) && sends_off(b)
                    || a.card == Some(CardColour::Yellow)
                        && b.card == Some(CardColour::Yellow)
                        && a.clock.key() == b.clock.key())
        };
        let Some(j) = (k + 1..events.len()).find(|&j| same(&events[k].0, &events[j].0)) else {
            k += 1;
            continue;
        };
        let other = events[j].0.clone();
        let kept = &mut events[k].0;
        if kept.clock.approximate && !other.clock.approximate {
            kept.clock = other.clock;
        }
        if other.card == Some(CardColour::SecondYellow) {
            kept.card = other.card;
        }
        events.remove(j);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_card_told_twice_is_one_card() {
        let card = |name: &str, colour, clock| {
            let mut e = Event::new(clock, EventKind::Card, Side::Home);
            e.players = vec![name.into()];
            e.card = Some(colour);
            (e, 1, 0)
        };
        let mut events = vec![
            card("Cole", CardColour::Yellow, Clock::exact(1, 20, 0)),
            card("Cole", CardColour::SecondYellow, Clock::approx(2, 71, 0)),
            card("Ray", CardColour::Red, Clock::exact(2, 64, 0)),
            card("Cole", CardColour::Red, Clock::exact(2, 72, 0)),
            card("Ray", CardColour::Red, Clock::exact(2, 64, 0)),
            card("Ray", CardColour::Yellow, Clock::exact(1, 10, 0)),
        ];
        merge_retold(&mut events);
        let left: Vec<(&str, Option<CardColour>, String)> = events
            .iter()
            .map(|(e, _, _)| (e.players[0].as_str(), e.card, e.clock.to_string()))
            .collect();
        assert_eq!(
            left,
            [
                ("Cole", Some(CardColour::Yellow), "20'".to_string()),
                ("Cole", Some(CardColour::SecondYellow), "72'".to_string()),
                ("Ray", Some(CardColour::Red), "64'".to_string()),
                ("Ray", Some(CardColour::Yellow), "10'".to_string()),
            ]
        );
    }

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
