//! Line-up blocks ("Rovers: Keeper; Back, Back (Sub 72), ..., booked 14") and event lists
//! ("Rovers: Ann Lee 12' yellow card; Bo Ray 80' goal") read into players, substitutions,
//! cards and goals with stated minutes.

use super::clean::Block;
use super::numbers::{cardinal, plus_minute};
use super::teams::Teams;
use super::tokens::fold;
use crate::model::{CardColour, Clock, Event, EventKind, Name, Side, Span};

/// What a line lists, each with its minute.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Listed {
    Starter(String),
    /// Off, on.
    Sub(String, String, Clock),
    Card(String, CardColour, Clock),
    Goal {
        scorer: String,
        clock: Clock,
        penalty: bool,
        own_goal: bool,
    },
}

fn minute(word: &str) -> Option<Clock> {
    let w = word.trim().trim_end_matches(['\'', '’', '.', ')']);
    if let Some((m, a)) = plus_minute(w) {
        return Some(Clock::from_minute(m, a));
    }
    let m = w
        .parse::<u16>()
        .ok()
        .or_else(|| cardinal(w))
        .filter(|&m| (1..=130).contains(&m))?;
    Some(Clock::from_minute(m, 0))
}

/// Splits at commas and semicolons outside brackets.
fn top_level(s: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let (mut depth, mut from) = (0i32, 0);
    for (i, c) in s.char_indices() {
        match c {
            '(' => depth += 1,
            ')' => depth -= 1,
            ',' | ';' if depth == 0 => {
                out.push(&s[from..i]);
                from = i + 1;
            }
            _ => {}
        }
    }
    out.push(&s[from..]);
    out.into_iter()
        .map(|p| p.trim().trim_end_matches('.').trim())
        .filter(|p| !p.is_empty())
        .collect()
}

/// The side a list line belongs to and its body.
fn head<'a>(line: &'a str, teams: &Teams) -> Option<(Side, &'a str)> {
    let (h, body) = line.split_once(':')?;
    let words: Vec<String> = h.split_whitespace().map(fold).collect();
    Some((teams.side_of_words(&words)?, body))
}

/// "Name (Sub 72, booked 80)" items of a line-up.
pub fn lineup(line: &str, teams: &Teams) -> Option<(Side, Vec<Listed>)> {
    let (side, body) = head(line, teams)?;
    let mut out = Vec::new();
    for item in top_level(body) {
        let (name, inner) = match item.split_once('(') {
            Some((n, rest)) => (n.trim(), rest.trim_end_matches(')')),
            None => (item, ""),
        };
        out.push(Listed::Starter(name.to_string()));
        let mut current = name.to_string();
        for part in inner
            .split([',', ';'])
            .map(str::trim)
            .filter(|p| !p.is_empty())
        {
            let words: Vec<&str> = part.split_whitespace().collect();
            let Some((last, rest)) = words.split_last() else {
                continue;
            };
            let Some(clock) = minute(last) else { continue };
            let what = rest.join(" ").to_lowercase();
            if what == "booked" || what == "yellow" {
                out.push(Listed::Card(current.clone(), CardColour::Yellow, clock));
            } else if what == "sent off" || what == "red" {
                out.push(Listed::Card(current.clone(), CardColour::Red, clock));
            } else if !what.is_empty() {
                let on = rest.join(" ");
                out.push(Listed::Sub(current.clone(), on.clone(), clock));
                current = on;
            }
        }
    }
    Some((side, out))
}

/// "Ann Lee 12' yellow card; Bo Ray 80' goal (pen)".
pub fn event_list(line: &str, teams: &Teams) -> Option<(Side, Vec<Listed>)> {
    let (side, body) = head(line, teams)?;
    let mut out = Vec::new();
    for item in body.split(';').map(str::trim) {
        let words: Vec<&str> = item.split_whitespace().collect();
        let Some(at) = words
            .iter()
            .position(|w| w.starts_with(|c: char| c.is_ascii_digit()) && minute(w).is_some())
        else {
            continue;
        };
        let Some(clock) = minute(words[at]) else {
            continue;
        };
        let name = words[..at].join(" ");
        let what = words[at + 1..].join(" ").to_lowercase();
        if name.is_empty() {
            continue;
        }
        let item = if what.contains("second yellow") {
            Listed::Card(name, CardColour::SecondYellow, clock)
        } else if what.contains("red") {
            Listed::Card(name, CardColour::Red, clock)
        } else if what.contains("yellow") || what.contains("booked") {
            Listed::Card(name, CardColour::Yellow, clock)
        } else if what.contains("goal") || what.contains("pen") || what.contains("og") {
            let own_goal = what.contains("own")
                || what
                    .split_whitespace()
                    .any(|w| w.trim_matches(['(', ')']) == "og");
            Listed::Goal {
                scorer: name,
                clock,
                penalty: what.contains("pen"),
                own_goal,
            }
        } else {
            continue;
        };
        out.push(item);
    }
    Some((side, out))
}

/// Substitutions and cards from line-up and event-list blocks as events; `name` gives each
/// listed name's fullest known form.
pub fn events(
    listed: &[(Side, Listed, usize)],
    blocks: &[Block],
    name: &dyn Fn(&str) -> String,
) -> Vec<Event> {
    let mut out = Vec::new();
    for (side, item, b) in listed {
        let span = blocks.get(*b).map(|b| Span {
            start: b.start,
            end: b.end,
        });
        let (kind, c, players, card, text) = match item {
            Listed::Sub(off, on, c) => (
                EventKind::Substitution,
                *c,
                vec![off.clone(), on.clone()],
                None,
                format!("{on} on for {off}"),
            ),
            Listed::Card(p, colour, c) => (
                EventKind::Card,
                *c,
                vec![p.clone()],
                Some(*colour),
                format!("{p} booked"),
            ),
            _ => continue,
        };
        let players: Vec<Name> = players.iter().map(|p| Name::from(name(p))).collect();
        let mut e = Event::new(c, kind, *side);
        e.players = players;
        e.card = card;
        e.text = if card.is_some_and(|c| c.sends_off()) {
            text.replace("booked", "sent off")
        } else {
            text
        };
        e.span = span;
        out.push(e);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_a_lineup_with_subs_and_bookings() {
        let t = Teams::new("Rovers", "Athletic");
        let (side, l) = lineup(
            "Rovers: Jones; Brown (booked 14; Green 45, booked 87), White (Grey 90+5).",
            &t,
        )
        .unwrap_or((Side::None, vec![]));
        assert_eq!(side, Side::Home);
        assert_eq!(
            l,
            [
                Listed::Starter("Jones".into()),
                Listed::Starter("Brown".into()),
                Listed::Card("Brown".into(), CardColour::Yellow, Clock::exact(1, 14, 0)),
                Listed::Sub("Brown".into(), "Green".into(), Clock::exact(1, 45, 0)),
                Listed::Card("Green".into(), CardColour::Yellow, Clock::exact(2, 87, 0)),
                Listed::Starter("White".into()),
                Listed::Sub("White".into(), "Grey".into(), Clock::exact(2, 90, 5)),
            ]
        );
    }

    #[test]
    fn reads_an_event_list() {
        let t = Teams::new("Rovers", "Athletic");
        let (side, l) = event_list("Athletic: Ann Lee 12' yellow card; Bo Ray 80' goal", &t)
            .unwrap_or((Side::None, vec![]));
        assert_eq!(side, Side::Away);
        assert_eq!(
            l,
            [
                Listed::Card("Ann Lee".into(), CardColour::Yellow, Clock::exact(1, 12, 0)),
                Listed::Goal {
                    scorer: "Bo Ray".into(),
                    clock: Clock::exact(2, 80, 0),
                    penalty: false,
                    own_goal: false
                },
            ]
        );
    }
}
