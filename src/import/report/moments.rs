//! Moments other than goals and cards: shots (saved, blocked, wide, off the woodwork) and
//! chances, one per sentence at most.

use super::doc::{Sent, resolve_back};
use super::players::Ref;
use crate::model::{EventKind, Side};

/// A described moment that is not a goal.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Moment {
    pub sent: usize,
    pub kind: EventKind,
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

/// Passes that set a shot up ("found X", "slipped X through", "picked out X"): the first
/// player named after one is the one who shot, and whoever made the pass comes after him.
const PASS_WORDS: &[&str] = &[
    "found", "slipped", "picked", "fed", "released", "teed", "squared", "crossed", "played",
];

/// The moment a sentence describes, if it is a shot or a chance (never a goal: the
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
    let w = s.words();
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
    let players = match w.iter().position(|x| PASS_WORDS.contains(x)) {
        Some(pass) => {
            let (before, after) = (people(0, pass), people(pass, w.len()));
            let mut order: Vec<usize> = after.iter().take(1).chain(&before).copied().collect();
            order.extend(after.iter().skip(1).filter(|id| !before.contains(id)));
            order.dedup();
            order
        }
        None => people(0, w.len()),
    };
    Some(Moment {
        sent: si,
        kind,
        players,
        side: team,
    })
}

#[cfg(test)]
mod tests {
    use crate::model::{EventKind, Name};

    /// The players of the shots a made-up report describes, shooter first.
    fn shooters(report: &str) -> Vec<Vec<Name>> {
        let m = crate::import::report::parse(report).map_err(|e| e.to_string());
        m.map(|m| {
            m.events
                .into_iter()
                .filter(|e| e.kind == EventKind::Shot)
                .map(|e| e.players)
                .collect()
        })
        .unwrap_or_default()
    }

    #[test]
    fn the_keeper_sent_the_wrong_way_is_not_the_scorer() {
        let report = "Rovers beat Athletic 1-0 at Brook Park.\n\n\
            Sam Jones sent Tom Hale the wrong way from the spot on 20 minutes.";
        let m = crate::import::report::parse(report).map_err(|e| e.to_string());
        let goals: Vec<(Vec<Name>, bool)> = m
            .map(|m| {
                m.events
                    .into_iter()
                    .filter(|e| e.kind == EventKind::Goal)
                    .map(|e| (e.players, e.penalty))
                    .collect()
            })
            .unwrap_or_default();
        assert_eq!(goals, [(vec![Name::from("Sam Jones")], true)]);
    }

    #[test]
    fn the_player_a_pass_finds_is_the_one_who_shoots() {
        let report = "Rovers beat Athletic 1-0 at Brook Park.\n\n\
            Rovers winger Tom Hale found Sam Jones on the edge of the box, but his effort \
            was saved by the keeper.\n\n\
            Hale slipped Jones through again and the striker dragged his shot wide.\n\n\
            Jones scored the winner for Rovers on 70 minutes.";
        let shots = shooters(report);
        assert_eq!(shots.len(), 2, "{shots:?}");
        for shot in &shots {
            assert_eq!(
                shot.first().map(Name::as_str),
                Some("Sam Jones"),
                "{shots:?}"
            );
            assert!(shot.iter().any(|p| p == "Tom Hale"), "{shots:?}");
        }
    }
}
