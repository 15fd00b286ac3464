//! The state of the match after every event, computed once when a match is opened.
//!
//! Scrubbing then only moves a cursor: the score, each player's goals and cards and who is on
//! the pitch are looked up, never replayed from kick-off on a key press.

mod apply;
mod axis;
mod search;
mod totals;
mod view;

pub use search::{Found, Miss, fold};
pub use totals::{ShotTotals, is_shot};
pub use view::View;

use crate::model::{Clock, Event, EventKind, Match, Player, Score, Side, clock, surname};
use apply::{Lookup, apply, build_roster, find, player_index, player_side, stated_shootout};
use axis::Axis;
use foldhash::{HashMap, HashMapExt};
use std::collections::HashSet;

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
    /// The minute the player came on (0 for a starter), `None` if never.
    pub on_at: Option<u16>,
    /// The minute the player went off (substituted or sent off).
    pub off_at: Option<u16>,
}

impl PlayerState {
    /// Minutes on the pitch by match minute `now`, `None` for a player who never came on.
    /// Regulation minutes, as broadcasters count them: stoppage time adds nothing.
    pub fn minutes(&self, now: u16) -> Option<u16> {
        let on = self.on_at?;
        Some(self.off_at.unwrap_or(now).saturating_sub(on))
    }
}

/// The match as it stood after one event.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct State {
    pub score: Score,
    pub shootout: Score,
    /// Parallel to `Timeline::roster`.
    pub players: Vec<PlayerState>,
    /// Home's and away's shots so far.
    pub shots: [ShotTotals; 2],
}

impl State {
    /// The shots of `side` so far (home's for `Side::None`, which has none of its own).
    pub fn shots(&self, side: Side) -> &ShotTotals {
        &self.shots[usize::from(side == Side::Away)]
    }
}

/// A match with its state precomputed at every event.
#[derive(Debug, Clone)]
pub struct Timeline {
    pub the_match: Match,
    pub roster: Vec<RosterEntry>,
    /// Whether the source said who started; without it "on the pitch" is unknown.
    pub lineups_known: bool,
    initial: State,
    /// The distinct states in match order. Most events (passes, carries, pressures) change
    /// nothing the viewer shows, so a state is stored only when an event changes it: a data
    /// feed's 4,000 events need a few dozen, not 4,000 copies of every player's line.
    states: Vec<State>,
    /// For each event, which of `states` holds the match as it stood after it.
    state_of: Vec<usize>,
    goals: Vec<usize>,
    cards: Vec<usize>,
    /// Shots that say where they were taken from, for the shot map.
    shots: Vec<usize>,
    /// Indices of the key events, for the key-moment view.
    keys: Vec<usize>,
    /// For each roster entry, the events that involve the player, in order.
    appearances: Vec<Vec<usize>>,
    /// Each roster entry's name folded for searching.
    folded: Vec<String>,
    /// Surnames more than one player of the match bears (Luis and Denis Suárez), which a tight
    /// panel must not shorten to alone.
    shared_surnames: HashSet<String>,
    /// The widest clock label (`90+3'`), so the moments list need not measure every event.
    clock_width: usize,
    /// The last period the match reached, so panels need not look through every event.
    last_period: u8,
    located: bool,
    shot_data: bool,
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
                    on_at: r.player.starter.then_some(0),
                    ..PlayerState::default()
                })
                .collect(),
            shots: Default::default(),
        };
        let stated_shootout = stated_shootout(&the_match);
        let mut states: Vec<State> = Vec::new();
        let mut state_of = Vec::with_capacity(the_match.events.len());
        let mut state = initial.clone();
        let lookup = Lookup::new(&roster);
        for event in &the_match.events {
            let mut changed = apply(&mut state, event, &lookup);
            if let Some(result) = stated_shootout
                && event.clock.period == clock::SHOOTOUT
            {
                state.shootout = result;
                changed = true;
            }
            if states.is_empty() || changed && states.last() != Some(&state) {
                states.push(state.clone());
            }
            state_of.push(states.len() - 1);
        }
        let events = &the_match.events;
        let indices = |keep: fn(&Event) -> bool| -> Vec<usize> {
            events
                .iter()
                .enumerate()
                .filter(|(_, e)| keep(e))
                .map(|(i, _)| i)
                .collect()
        };
        let goals = indices(Event::is_scoring_goal);
        let cards = indices(|e| e.kind == EventKind::Card);
        let keys = indices(Event::is_key);
        let shots = indices(|e| is_shot(e) && e.location.is_some());
        let mut appearances = vec![Vec::new(); roster.len()];
        // Each copy of a shared name is looked up by its text once for each side it plays for.
        let mut found: HashMap<(usize, Side), Option<usize>> = HashMap::new();
        for (i, e) in events.iter().enumerate() {
            for (k, name) in e.players.iter().enumerate() {
                let copy = (name.identity(), player_side(e, k));
                let index = *found
                    .entry(copy)
                    .or_insert_with(|| player_index(&lookup, e, k));
                if let Some(p) = index
                    && appearances[p].last() != Some(&i)
                {
                    appearances[p].push(i);
                }
            }
        }
        let mut seen = HashSet::new();
        let shared_surnames = roster
            .iter()
            .map(|r| surname(&r.player.name))
            .filter(|s| !seen.insert(*s))
            .map(str::to_string)
            .collect();
        let folded = roster
            .iter()
            .map(|r| search::fold_name(&r.player.name))
            .collect();
        let clock_width = events
            .iter()
            .map(|e| e.clock.label_width())
            .max()
            .unwrap_or(0);
        let last_period = events
            .iter()
            .map(|e| e.clock.period)
            .max()
            .unwrap_or(clock::SECOND_HALF)
            .max(clock::SECOND_HALF);
        let located = events.iter().any(|e| e.location.is_some());
        let shot_data = events
            .iter()
            .any(|e| is_shot(e) && (e.xg.is_some() || e.location.is_some()));
        let axis = Axis::new(&the_match);
        Timeline {
            roster,
            lineups_known,
            initial,
            states,
            state_of,
            goals,
            cards,
            shots,
            keys,
            appearances,
            folded,
            shared_surnames,
            clock_width,
            last_period,
            located,
            shot_data,
            axis,
            the_match,
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
        let last = self.state_of.len().saturating_sub(1);
        self.state_of
            .get(i.min(last))
            .and_then(|&s| self.states.get(s))
            .unwrap_or(&self.initial)
    }

    /// Indices of the goals that count, in match order.
    pub fn goals(&self) -> &[usize] {
        &self.goals
    }

    /// Indices of the cards, in match order.
    pub fn cards(&self) -> &[usize] {
        &self.cards
    }

    /// The located shots up to and including event `i`, in match order.
    pub fn shots_until(&self, i: usize) -> &[usize] {
        &self.shots[..self.shots.partition_point(|&s| s <= i)]
    }

    /// Indices of the key events (everything but minor events), in match order.
    pub fn key_indices(&self) -> &[usize] {
        &self.keys
    }

    /// Whether the match has minor events (passes, carries...) that the key view leaves out.
    pub fn has_minor(&self) -> bool {
        self.keys.len() < self.len()
    }

    /// The events to step through: every event, or the key moments only. A match whose events
    /// are all minor has no key view, so it shows them all.
    pub fn view(&self, all_events: bool) -> View<'_> {
        if all_events || self.keys.is_empty() {
            View::all(self.len())
        } else {
            View::only(&self.keys, self.len())
        }
    }

    /// Whether any event says where on the pitch it happened.
    pub fn is_located(&self) -> bool {
        self.located
    }

    /// Whether the source gives shot data (locations or xG), so shot totals mean something;
    /// a prose report's shots are whatever the writer chose to mention.
    pub fn has_shot_data(&self) -> bool {
        self.shot_data
    }

    /// The widest clock label of any event, in columns.
    pub fn clock_width(&self) -> usize {
        self.clock_width
    }

    /// The last period the match reached (the second half at least), so the end of it can be
    /// called full time.
    pub fn last_period(&self) -> u8 {
        self.last_period
    }

    /// The match minute at event `i`, for minutes played: regulation minutes, so 45+2 is 45.
    pub fn minute_at(&self, i: usize) -> u16 {
        self.the_match.events.get(i).map_or(0, |e| e.clock.minute)
    }

    /// The next event in `view` after `from` involving a player whose name contains `query`
    /// (case and accents ignored), going round from kick-off when nothing comes after.
    pub fn next_involving(&self, query: &str, from: usize, view: View) -> Result<Found, Miss> {
        search::next_involving(&self.folded, &self.appearances, query, from, view)
    }

    /// The first goal after event `i`.
    pub fn next_goal(&self, i: usize) -> Option<usize> {
        self.goals.iter().copied().find(|&g| g > i)
    }

    /// The last goal before event `i`.
    pub fn prev_goal(&self, i: usize) -> Option<usize> {
        self.goals.iter().copied().rev().find(|&g| g < i)
    }

    /// The first event at `clock` when something happened then, else the last one before it:
    /// typing a minute lands on that minute's moment, or on the match as it stood.
    pub fn index_at(&self, clock: &Clock) -> usize {
        let events = &self.the_match.events;
        let first = events.partition_point(|e| e.clock.cmp_time(clock).is_lt());
        match events.get(first) {
            Some(e) if e.clock.cmp_time(clock).is_eq() => first,
            _ => first.saturating_sub(1),
        }
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

    /// Whether more than one player of the match has this surname.
    pub fn surname_is_shared(&self, surname: &str) -> bool {
        self.shared_surnames.contains(surname)
    }

    /// The roster index of a named player of `side`.
    pub fn roster_index(&self, side: Side, name: &str) -> Option<usize> {
        find(&self.roster, side, name)
    }
}
