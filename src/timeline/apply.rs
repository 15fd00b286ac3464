//! What one event changes: the roster it may add to, and the score, players and shot totals
//! it moves on. Run once per event when the timeline is built.

use super::{RosterEntry, State, totals};
use crate::model::{CardColour, Clock, Event, EventKind, Match, Player, Score, Side, clock};
// foldhash: the std maps' SipHash was a tenth of building a timeline; still seeded per run.
use foldhash::{HashMap, HashMapExt, HashSet, HashSetExt};

pub fn find(roster: &[RosterEntry], side: Side, name: &str) -> Option<usize> {
    roster
        .iter()
        .position(|r| r.side == side && r.player.name == name)
        .or_else(|| roster.iter().position(|r| r.player.name == name))
}

/// `find` by a map: building a timeline looks up every player of 4,000 events, and a scan of
/// the roster for each was a tenth of opening a match.
#[derive(Debug)]
pub struct Lookup<'r> {
    names: HashMap<&'r str, Places>,
}

/// Where a name first appears in the roster: for each side, and for either.
#[derive(Debug, Clone, Copy)]
struct Places {
    first: usize,
    home: Option<usize>,
    away: Option<usize>,
    none: Option<usize>,
}

impl<'r> Lookup<'r> {
    pub fn new(roster: &'r [RosterEntry]) -> Self {
        let mut names: HashMap<&str, Places> = HashMap::with_capacity(roster.len());
        for (i, r) in roster.iter().enumerate() {
            let places = names.entry(&r.player.name).or_insert(Places {
                first: i,
                home: None,
                away: None,
                none: None,
            });
            let slot = match r.side {
                Side::Home => &mut places.home,
                Side::Away => &mut places.away,
                Side::None => &mut places.none,
            };
            slot.get_or_insert(i);
        }
        Lookup { names }
    }

    /// The same answer as `find` on the roster this was built from.
    pub fn find(&self, side: Side, name: &str) -> Option<usize> {
        let places = self.names.get(name)?;
        let of_side = match side {
            Side::Home => places.home,
            Side::Away => places.away,
            Side::None => places.none,
        };
        Some(of_side.unwrap_or(places.first))
    }
}

/// Both squads, then anyone an event names who is in neither (so no goal goes unshown).
pub fn build_roster(m: &Match) -> Vec<RosterEntry> {
    let mut roster: Vec<RosterEntry> = [(Side::Home, &m.home), (Side::Away, &m.away)]
        .into_iter()
        .flat_map(|(side, team)| {
            team.players.iter().map(move |p| RosterEntry {
                side,
                player: p.clone(),
            })
        })
        .collect();
    let mut listed: HashSet<&str> = [&m.home, &m.away]
        .into_iter()
        .flat_map(|team| team.players.iter().map(|p| p.name.as_str()))
        .collect();
    // The copies of names known to be listed: an event's players are shared names, so each copy
    // is looked up by its text once, not once for every event that names it.
    let mut known: HashSet<usize> = HashSet::new();
    for event in &m.events {
        for (k, name) in event.players.iter().enumerate() {
            if known.contains(&name.identity()) {
                continue;
            }
            if name.is_empty() || listed.contains(name.as_str()) {
                known.insert(name.identity());
                continue;
            }
            let side = player_side(event, k);
            if side != Side::None {
                known.insert(name.identity());
                listed.insert(name);
                roster.push(RosterEntry {
                    side,
                    player: Player::named(name.as_str()),
                });
            }
        }
    }
    roster
}

/// The roster index of an event's `k`th player; an own goal's scorer plays for the team the
/// goal was not credited to.
pub fn player_index(roster: &Lookup<'_>, event: &Event, k: usize) -> Option<usize> {
    event
        .players
        .get(k)
        .filter(|n| !n.is_empty())
        .and_then(|n| roster.find(player_side(event, k), n))
}

/// The side of an event's `k`th player: an own goal's scorer plays for the team the goal was
/// not credited to.
pub fn player_side(event: &Event, k: usize) -> Side {
    if k == 0 && event.own_goal {
        event.side.opponent()
    } else {
        event.side
    }
}

/// Moves `state` on by one event; false when the event cannot have changed it (a pass, a
/// carry: nearly every event), so the caller need not compare states to know.
pub fn apply(state: &mut State, event: &Event, roster: &Lookup<'_>) -> bool {
    let shot = totals::add(&mut state.shots, event);
    let index = |k: usize| player_index(roster, event, k);
    // A change in a period's first minute (a half-time substitution, shown 46') counts from
    // the period's start, so the player off and the player on share the 90 minutes.
    let clock = event.clock;
    let minute = if clock.added == 0 && clock.minute == Clock::period_start_minute(clock.period) {
        clock.minute - 1
    } else {
        clock.minute
    };
    match event.kind {
        EventKind::Goal if event.clock.period == clock::SHOOTOUT => state.shootout.add(event.side),
        EventKind::Goal => {
            state.score.add(event.side);
            if let Some(p) = index(0) {
                if event.own_goal {
                    state.players[p].own_goals += 1;
                } else {
                    state.players[p].goals += 1;
                }
            }
            if let Some(p) = index(1) {
                state.players[p].assists += 1;
            }
        }
        EventKind::Card => {
            if let Some(p) = index(0) {
                let player = &mut state.players[p];
                match event.card {
                    Some(CardColour::Yellow) => player.yellow_cards += 1,
                    Some(CardColour::SecondYellow) => {
                        player.yellow_cards = player.yellow_cards.max(1) + 1;
                        player.sent_off = true;
                    }
                    Some(CardColour::Red) => player.sent_off = true,
                    None => {}
                }
                if player.sent_off && player.on_pitch {
                    player.on_pitch = false;
                    player.off_at = Some(minute);
                }
            }
        }
        EventKind::Substitution => {
            if let Some(p) = index(0) {
                let player = &mut state.players[p];
                player.on_pitch = false;
                player.subbed_off = true;
                player.off_at = Some(minute);
                // Without line-ups a player going off must have been on since kick-off.
                player.on_at = player.on_at.or(Some(0));
            }
            if let Some(p) = index(1) {
                let player = &mut state.players[p];
                player.on_pitch = true;
                player.subbed_on = true;
                player.on_at = Some(minute);
                player.off_at = None;
            }
        }
        _ => return shot,
    }
    true
}

/// A report may give a shoot-out's result ("won 4-3 on penalties") without its kicks: that
/// result, to show from the first shoot-out moment on, when no kick is an event of its own.
pub fn stated_shootout(m: &Match) -> Option<Score> {
    let kicks = m
        .events
        .iter()
        .any(|e| e.clock.period == clock::SHOOTOUT && e.kind == EventKind::Goal);
    m.shootout.filter(|_| !kicks)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(side: Side, name: &str) -> RosterEntry {
        RosterEntry {
            side,
            player: Player::named(name.to_string()),
        }
    }

    /// The map answers as the scan of the roster does, namesakes on either side included.
    #[test]
    fn lookup_agrees_with_a_scan_of_the_roster() {
        let roster = [
            entry(Side::Home, "Suárez"),
            entry(Side::Home, "Messi"),
            entry(Side::Away, "Suárez"),
            entry(Side::Away, "Rooney"),
            entry(Side::Home, "Messi"),
            entry(Side::None, "Rooney"),
        ];
        let lookup = Lookup::new(&roster);
        for name in ["Suárez", "Messi", "Rooney", "Xavi", ""] {
            for side in [Side::Home, Side::Away, Side::None] {
                assert_eq!(
                    lookup.find(side, name),
                    find(&roster, side, name),
                    "{side:?} {name}"
                );
            }
        }
    }
}
