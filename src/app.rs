//! The viewer's state — the timeline, the cursor, the current mode — and the one place it
//! changes: `App::update`, a pure function of an `Action` that tests drive without a terminal.

use crate::action::Action;
use crate::model::{Clock, EventKind};
use crate::timeline::{State, Timeline};
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
    /// The key help is open.
    Help,
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
    /// A one-line message for the footer, such as a minute that could not be read.
    pub message: Option<String>,
    pub quit: bool,
}

impl App {
    /// Opens at kick-off so nothing is spoiled.
    pub fn new(timeline: Timeline) -> Self {
        App {
            timeline,
            cursor: 0,
            mode: Mode::Browse,
            playing: false,
            speed: 1,
            reader: false,
            message: None,
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

    fn last(&self) -> usize {
        self.timeline.len().saturating_sub(1)
    }

    fn go(&mut self, i: usize) {
        self.cursor = i.min(self.last());
    }

    /// Applies one action.
    pub fn update(&mut self, action: Action) {
        self.message = None;
        match action {
            Action::Next => self.go(self.cursor + 1),
            Action::Prev => self.go(self.cursor.saturating_sub(1)),
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
            Action::InputChar(c) => {
                if let Mode::MinuteInput(text) = &mut self.mode
                    && (c.is_ascii_digit() || c == '+')
                    && text.len() < 8
                {
                    text.push(c);
                }
            }
            Action::InputBackspace => {
                if let Mode::MinuteInput(text) = &mut self.mode {
                    text.pop();
                }
            }
            Action::SubmitInput => {
                let typed = match std::mem::replace(&mut self.mode, Mode::Browse) {
                    Mode::MinuteInput(text) => text.parse::<Clock>(),
                    _ => return,
                };
                match typed {
                    Ok(clock) => self.update(Action::JumpTo(clock)),
                    Err(e) => self.message = Some(e.to_string()),
                }
            }
            Action::JumpTo(clock) => self.go(self.timeline.index_at(&clock)),
            Action::CancelInput => self.mode = Mode::Browse,
            Action::ToggleAutoplay => {
                self.playing = !self.playing;
                if self.playing && self.cursor >= self.last() {
                    self.cursor = 0;
                }
            }
            Action::Faster => self.speed = (self.speed + 1).min(SPEEDS.len() - 1),
            Action::Slower => self.speed = self.speed.saturating_sub(1),
            Action::Tick => {
                if self.playing {
                    self.go(self.cursor + 1);
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
            Action::ToggleHelp => {
                self.mode = match self.mode {
                    Mode::Help => Mode::Browse,
                    _ => Mode::Help,
                }
            }
            Action::Seek(fraction) => self.go(self.timeline.index_at_fraction(fraction)),
            Action::Quit => self.quit = true,
        }
    }
}
