//! What one event changes: the roster it may add to, and the score, players and shot totals
//! it moves on. Run once per event when the timeline is built.

use super::{RosterEntry, State, totals};
use crate::model::{CardColour, Clock, Event, EventKind, Match, Player, Score, Side, clock};

pub fn find(roster: &[RosterEntry], side: Side, name: &str) -> Option<usize> {
    roster
        .iter()
        .position(|r| r.side == side && r.player.name == name)
        .or_else(|| roster.iter().position(|r| r.player.name == name))
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
    for event in &m.events {
        for (k, name) in event.players.iter().enumerate() {
            if name.is_empty() || roster.iter().any(|r| &r.player.name == name) {
                continue;
            }
            // An own goal's scorer plays for the team the goal was not credited to.
            let side = if k == 0 && event.own_goal {
                event.side.opponent()
            } else {
                event.side
            };
            if side != Side::None {
                roster.push(RosterEntry {
                    side,
                    player: Player::named(name.clone()),
                });
            }
        }
    }
    roster
}

/// The roster index of an event's `k`th player; an own goal's scorer plays for the team the
/// goal was not credited to.
pub fn player_index(roster: &[RosterEntry], event: &Event, k: usize) -> Option<usize> {
    let side = if k == 0 && event.own_goal {
        event.side.opponent()
    } else {
        event.side
    };
    event
        .players
        .get(k)
        .filter(|n| !n.is_empty())
        .and_then(|n| find(roster, side, n))
}

pub fn apply(state: &mut State, event: &Event, roster: &[RosterEntry]) {
    totals::add(&mut state.shots, event);
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
        _ => {}
    }
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
