//! The state of the match after every event, computed once when a match is opened.
//!
//! Scrubbing then only moves a cursor: the score, each player's goals and cards and who is on
//! the pitch are looked up, never replayed from kick-off on a key press.

use crate::model::{CardColour, Clock, EventKind, Match, Player, Score, Side, clock};

/// A player of either team, in the order the viewer lists them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RosterEntry {
    pub side: Side,
    pub player: Player,
}

/// What one player has done up to a moment.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct PlayerState {
    pub goals: u8,
    pub own_goals: u8,
    pub assists: u8,
    pub yellow_cards: u8,
    pub sent_off: bool,
    pub on_pitch: bool,
    pub subbed_on: bool,
    pub subbed_off: bool,
}

/// The match as it stood after one event.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct State {
    pub score: Score,
    pub shootout: Score,
    /// Parallel to `Timeline::roster`.
    pub players: Vec<PlayerState>,
}

/// A match with its state precomputed at every event.
#[derive(Debug, Clone)]
pub struct Timeline {
    pub the_match: Match,
    pub roster: Vec<RosterEntry>,
    /// Whether the source said who started; without it "on the pitch" is unknown.
    pub lineups_known: bool,
    initial: State,
    states: Vec<State>,
    goals: Vec<usize>,
    axis: Axis,
}

impl Timeline {
    /// Builds the timeline; events are put in match order first (a stable sort, so events at
    /// the same time keep their source order).
    pub fn new(mut the_match: Match) -> Self {
        the_match.sort_events();
        let roster = build_roster(&the_match);
        let lineups_known = roster.iter().any(|r| r.player.starter);
        let initial = State {
            score: Score::default(),
            shootout: Score::default(),
            players: roster
                .iter()
                .map(|r| PlayerState {
                    on_pitch: r.player.starter,
                    ..PlayerState::default()
                })
                .collect(),
        };
        let mut states = Vec::with_capacity(the_match.events.len());
        let mut state = initial.clone();
        for event in &the_match.events {
            apply(&mut state, event, &roster);
            states.push(state.clone());
        }
        let goals = the_match
            .events
            .iter()
            .enumerate()
            .filter(|(_, e)| e.is_scoring_goal())
            .map(|(i, _)| i)
            .collect();
        let axis = Axis::new(&the_match);
        Timeline {
            the_match,
            roster,
            lineups_known,
            initial,
            states,
            goals,
            axis,
        }
    }

    pub fn len(&self) -> usize {
        self.the_match.events.len()
    }

    pub fn is_empty(&self) -> bool {
        self.the_match.events.is_empty()
    }

    /// The state after event `i` (clamped); the kick-off state for a match with no events.
    pub fn state(&self, i: usize) -> &State {
        self.states
            .get(i.min(self.states.len().saturating_sub(1)))
            .unwrap_or(&self.initial)
    }

    /// Indices of the goals that count, in match order.
    pub fn goals(&self) -> &[usize] {
        &self.goals
    }

    /// The first goal after event `i`.
    pub fn next_goal(&self, i: usize) -> Option<usize> {
        self.goals.iter().copied().find(|&g| g > i)
    }

    /// The last goal before event `i`.
    pub fn prev_goal(&self, i: usize) -> Option<usize> {
        self.goals.iter().copied().rev().find(|&g| g < i)
    }

    /// The last event at or before `clock`: the match as it stood at that minute.
    pub fn index_at(&self, clock: &Clock) -> usize {
        let events = &self.the_match.events;
        events
            .partition_point(|e| e.clock.cmp_time(clock).is_le())
            .saturating_sub(1)
    }

    /// Where event `i` sits on the match's time axis, from 0.0 (kick-off) to 1.0.
    pub fn fraction(&self, i: usize) -> f64 {
        self.the_match
            .events
            .get(i)
            .map_or(0.0, |e| self.axis.fraction(&e.clock))
    }

    /// Where each period after the first begins on the time axis (the half-time mark first).
    pub fn period_marks(&self) -> Vec<f64> {
        self.axis.period_marks()
    }

    /// The last event at or before a point on the time axis (0.0..=1.0).
    pub fn index_at_fraction(&self, fraction: f64) -> usize {
        let events = &self.the_match.events;
        events
            .partition_point(|e| self.axis.fraction(&e.clock) <= fraction)
            .saturating_sub(1)
    }

    /// The roster index of a named player of `side`.
    pub fn roster_index(&self, side: Side, name: &str) -> Option<usize> {
        find(&self.roster, side, name)
    }
}

fn find(roster: &[RosterEntry], side: Side, name: &str) -> Option<usize> {
    roster
        .iter()
        .position(|r| r.side == side && r.player.name == name)
        .or_else(|| roster.iter().position(|r| r.player.name == name))
}

/// Both squads, then anyone an event names who is in neither (so no goal goes unshown).
fn build_roster(m: &Match) -> Vec<RosterEntry> {
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

fn apply(state: &mut State, event: &crate::model::Event, roster: &[RosterEntry]) {
    let player_side = |k: usize| {
        if k == 0 && event.own_goal {
            event.side.opponent()
        } else {
            event.side
        }
    };
    let index = |k: usize| {
        event
            .players
            .get(k)
            .and_then(|n| find(roster, player_side(k), n))
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
                if player.sent_off {
                    player.on_pitch = false;
                }
            }
        }
        EventKind::Substitution => {
            if let Some(p) = index(0) {
                state.players[p].on_pitch = false;
                state.players[p].subbed_off = true;
            }
            if let Some(p) = index(1) {
                state.players[p].on_pitch = true;
                state.players[p].subbed_on = true;
            }
        }
        _ => {}
    }
}

/// Lays the periods end to end, each as long as its regulation time plus the longest stoppage
/// seen in it, so 45+3 sits before the second half rather than on top of its 48th minute.
#[derive(Debug, Clone)]
struct Axis {
    /// `ends[p]` is where period `p` (1..=5) ends on the axis, in minutes; `ends[0]` is 0.
    ends: [f64; 6],
}

impl Axis {
    fn new(m: &Match) -> Self {
        let mut stoppage = [0u16; 6];
        let mut last_period = clock::SECOND_HALF;
        for e in &m.events {
            let p = e.clock.period.clamp(1, 5);
            stoppage[usize::from(p)] = stoppage[usize::from(p)].max(e.clock.added);
            last_period = last_period.max(p);
        }
        let mut ends = [0.0; 6];
        for p in 1..=5u8 {
            let regulation = match p {
                _ if p > last_period => 0.0,
                clock::FIRST_HALF | clock::SECOND_HALF => 45.0,
                clock::EXTRA_FIRST | clock::EXTRA_SECOND => 15.0,
                _ => 5.0,
            };
            let i = usize::from(p);
            ends[i] = ends[i - 1] + regulation + f64::from(stoppage[i]);
        }
        Axis { ends }
    }

    fn total(&self) -> f64 {
        self.ends[5].max(1.0)
    }

    fn fraction(&self, c: &Clock) -> f64 {
        let p = usize::from(c.period.clamp(1, 5));
        let into = if c.period == clock::SHOOTOUT {
            2.5
        } else {
            let before = Clock::period_start_minute(c.period).saturating_sub(1);
            f64::from(c.minute.saturating_sub(before)) + f64::from(c.added)
        };
        ((self.ends[p - 1] + into) / self.total()).clamp(0.0, 1.0)
    }

    /// Where periods 2.. start, as fractions: the half-time mark, then extra time, shoot-out.
    fn period_marks(&self) -> Vec<f64> {
        self.ends[1..5]
            .iter()
            .filter(|&&end| end > 0.0 && end < self.ends[5])
            .map(|end| end / self.total())
            .collect()
    }
}
