//! The viewer's state — the timeline, the cursor, the current mode — and the one place it
//! changes: `App::update`, a pure function of an `Action` that tests drive without a terminal.

use crate::action::Action;
use crate::model::{Clock, EventKind};
use crate::timeline::{Miss, State, Timeline, View};
use std::time::Duration;

/// Autoplay speeds, as multiples of the base pace.
const SPEEDS: [f64; 5] = [0.5, 1.0, 2.0, 4.0, 8.0];
/// Time on each moment at 1x.
const BASE_DELAY: Duration = Duration::from_millis(1500);
/// Goals are held this many times longer, so they can be read.
const GOAL_HOLD: u32 = 3;

/// What keys currently mean.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Mode {
    /// Stepping through the match.
    Browse,
    /// Typing a minute after `:`.
    MinuteInput(String),
    /// Typing part of a player's name after `/`.
    PlayerSearch(String),
    /// The key help is open.
    Help,
    /// The import warnings are open.
    Warnings,
}

/// The viewer's whole state.
#[derive(Debug)]
pub struct App {
    pub timeline: Timeline,
    /// Index of the current event.
    pub cursor: usize,
    pub mode: Mode,
    pub playing: bool,
    /// Index into the autoplay speed table.
    speed: usize,
    /// Whether the whole source report is shown in place of the narrative and players.
    pub reader: bool,
    /// Every event (passes, carries...) rather than the key moments only.
    pub all_events: bool,
    /// Whether `p` has flipped the pitch view from what the terminal's size chooses; the
    /// choice depends on the size, which only drawing knows, so the app keeps the flip.
    pub pitch_flipped: bool,
    /// A one-line message for the footer, such as a minute that could not be read.
    pub message: Option<String>,
    pub quit: bool,
}

impl App {
    /// Opens at kick-off so nothing is spoiled: the first key moment, past any line-ups or
    /// other minor events a data feed puts before it.
    pub fn new(timeline: Timeline) -> Self {
        let cursor = timeline.view(false).first();
        // Said at once, but only as a count: a report's warnings name scorers.
        let message = match timeline.the_match.warnings.len() {
            0 => None,
            1 => Some("1 import warning: press w to read it".to_string()),
            n => Some(format!("{n} import warnings: press w to read them")),
        };
        App {
            timeline,
            cursor,
            mode: Mode::Browse,
            playing: false,
            speed: 1,
            reader: false,
            all_events: false,
            pitch_flipped: false,
            message,
            quit: false,
        }
    }

    /// The state of the match at the cursor.
    pub fn state(&self) -> &State {
        self.timeline.state(self.cursor)
    }

    /// The current event, if the match has any.
    pub fn current(&self) -> Option<&crate::model::Event> {
        self.timeline.the_match.events.get(self.cursor)
    }

    /// The autoplay speed as a multiple of the base pace.
    pub fn speed(&self) -> f64 {
        SPEEDS[self.speed]
    }

    /// How long autoplay stays on the current moment; `None` when not playing.
    pub fn autoplay_delay(&self) -> Option<Duration> {
        if !self.playing {
            return None;
        }
        let hold = match self.current() {
            Some(e) if e.kind == EventKind::Goal => GOAL_HOLD,
            _ => 1,
        };
        Some(BASE_DELAY.mul_f64(f64::from(hold) / self.speed()))
    }

    /// The events being stepped through: key moments, or every event after `a`.
    pub fn view(&self) -> View<'_> {
        self.timeline.view(self.all_events)
    }

    fn last(&self) -> usize {
        self.view().last()
    }

    /// Moves the cursor to event `i`, or to the shown event at or before it.
    fn go(&mut self, i: usize) {
        let last = self.timeline.len().saturating_sub(1);
        self.cursor = self.view().snap(i.min(last));
    }

    /// The first shown moment at `clock`, else the match as it stood then.
    fn jump_to(&mut self, clock: &Clock) {
        let at = self.timeline.index_at(clock);
        let events = &self.timeline.the_match.events;
        let same_minute = |i: usize| {
            events
                .get(i)
                .is_some_and(|e| e.clock.cmp_time(clock).is_eq())
        };
        match self.view().next(at) {
            // A minor event at that minute gives way to the minute's first key moment.
            Some(next) if !self.view().contains(at) && same_minute(at) && same_minute(next) => {
                self.cursor = next
            }
            _ => self.go(at),
        }
    }

    fn step(&mut self, next: Option<usize>) {
        if let Some(i) = next {
            self.cursor = i;
        }
    }

    fn toggle_all_events(&mut self) {
        if !self.timeline.has_minor() {
            self.message = Some("this match has only key moments".into());
            return;
        }
        self.all_events = !self.all_events;
        // Same moment in the new view; a minor event gives way to the key moment before it.
        self.go(self.cursor);
        let shown = self.view().len();
        self.message = Some(if self.all_events {
            format!("every event ({shown})")
        } else {
            format!("key moments ({shown})")
        });
    }

    fn find_player(&mut self, typed: &str) {
        let tl = &self.timeline;
        let shown = typed.trim();
        if shown.is_empty() {
            return;
        }
        match tl.next_involving(shown, self.cursor, self.view()) {
            Ok(found) => {
                self.cursor = found.event;
                let name = tl
                    .roster
                    .get(found.player)
                    .map(|r| r.player.name.clone())
                    .unwrap_or_default();
                self.message = Some(if found.wrapped {
                    format!("{name}: back to the first involvement")
                } else {
                    name
                });
            }
            Err(miss) => {
                self.message = Some(match miss {
                    Miss::NoPlayer => format!("no player called {shown:?}"),
                    Miss::NotInvolved => format!("{shown:?} is not involved in any moment"),
                    Miss::OnlyMinor => {
                        format!("{shown:?} is only in minor events: press a to show every event")
                    }
                })
            }
        }
    }

    /// Applies one action.
    pub fn update(&mut self, action: Action) {
        if action == Action::Back && self.message.is_some() {
            self.message = None;
            return;
        }
        self.message = None;
        match action {
            Action::Next => self.step(self.view().next(self.cursor)),
            Action::Prev => self.step(self.view().prev(self.cursor)),
            Action::First => self.go(0),
            Action::Last => self.go(self.last()),
            Action::NextGoal => match self.timeline.next_goal(self.cursor) {
                Some(g) => self.go(g),
                None => self.message = Some("no more goals".into()),
            },
            Action::PrevGoal => match self.timeline.prev_goal(self.cursor) {
                Some(g) => self.go(g),
                None => self.message = Some("no earlier goal".into()),
            },
            Action::Goal(n) => {
                let goals = self.timeline.goals();
                match goals.get(usize::from(n).wrapping_sub(1)) {
                    Some(&g) => self.go(g),
                    None => {
                        self.message = Some(format!(
                            "no goal {n}: this match has {} goal{}",
                            goals.len(),
                            if goals.len() == 1 { "" } else { "s" }
                        ))
                    }
                }
            }
            Action::BeginMinuteInput => self.mode = Mode::MinuteInput(String::new()),
            Action::BeginPlayerSearch => self.mode = Mode::PlayerSearch(String::new()),
            Action::InputChar(c) => match &mut self.mode {
                Mode::MinuteInput(text) if (c.is_ascii_digit() || c == '+') && text.len() < 8 => {
                    text.push(c)
                }
                Mode::PlayerSearch(text) if !c.is_control() && text.chars().count() < 40 => {
                    text.push(c)
                }
                _ => {}
            },
            Action::InputBackspace => {
                if let Mode::MinuteInput(text) | Mode::PlayerSearch(text) = &mut self.mode {
                    text.pop();
                }
            }
            Action::SubmitInput => match std::mem::replace(&mut self.mode, Mode::Browse) {
                Mode::MinuteInput(text) => match text.parse::<Clock>() {
                    Ok(clock) => self.update(Action::JumpTo(clock)),
                    Err(e) => self.message = Some(e.to_string()),
                },
                Mode::PlayerSearch(text) => self.find_player(&text),
                other => self.mode = other,
            },
            Action::JumpTo(clock) => self.jump_to(&clock),
            Action::CancelInput => self.mode = Mode::Browse,
            Action::ToggleAutoplay => {
                self.playing = !self.playing;
                if self.playing && self.cursor >= self.last() {
                    self.go(0);
                }
            }
            Action::Faster => self.speed = (self.speed + 1).min(SPEEDS.len() - 1),
            Action::Slower => self.speed = self.speed.saturating_sub(1),
            Action::Tick => {
                if self.playing {
                    self.step(self.view().next(self.cursor));
                    if self.cursor >= self.last() {
                        self.playing = false;
                    }
                }
            }
            Action::ToggleReader => {
                if self.timeline.the_match.report.is_some() {
                    self.reader = !self.reader;
                } else {
                    self.message = Some("this match has no source text to read".into());
                }
            }
            Action::ToggleAllEvents => self.toggle_all_events(),
            Action::TogglePitch => self.pitch_flipped = !self.pitch_flipped,
            Action::ToggleHelp => {
                self.mode = match self.mode {
                    Mode::Help => Mode::Browse,
                    _ => Mode::Help,
                }
            }
            Action::ToggleWarnings => {
                self.mode = match self.mode {
                    Mode::Warnings => Mode::Browse,
                    _ => Mode::Warnings,
                }
            }
            Action::Seek(fraction) => self.go(self.timeline.index_at_fraction(fraction)),
            Action::Back | Action::Quit => self.quit = true,
        }
    }
}
