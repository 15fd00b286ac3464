//! The one table of keys: it dispatches key presses and it is what the help overlay and the
//! footer show, so the keys on screen can never drift from the keys that work.

use crate::action::Action;
use crate::app::Mode;
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

/// A key, or a family of keys, that a binding answers to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Key {
    Char(char),
    Code(KeyCode),
    Ctrl(char),
    /// The digits 1 to 9.
    Digits,
    /// Any character (typing a minute or a name).
    AnyChar,
}

/// What a binding does.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Bound {
    Do(Action),
    /// Goal number N for digit N.
    GoalNumber,
    /// Type the character.
    Type,
}

/// One row of the key table.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Binding {
    pub keys: &'static [Key],
    pub bound: Bound,
    /// What it does, for the help overlay.
    pub help: &'static str,
    /// A shorter word for the footer; `None` keeps the binding out of the footer.
    pub footer: Option<&'static str>,
}

const fn bind(keys: &'static [Key], action: Action, help: &'static str) -> Binding {
    Binding {
        keys,
        bound: Bound::Do(action),
        help,
        footer: None,
    }
}

const fn shown(mut b: Binding, footer: &'static str) -> Binding {
    b.footer = Some(footer);
    b
}

/// Keys while stepping through the match.
pub const BROWSE: &[Binding] = &[
    shown(
        bind(
            &[Key::Code(KeyCode::Right), Key::Char('l')],
            Action::Next,
            "next moment",
        ),
        "next",
    ),
    shown(
        bind(
            &[Key::Code(KeyCode::Left), Key::Char('h')],
            Action::Prev,
            "previous moment",
        ),
        "prev",
    ),
    bind(
        &[Key::Code(KeyCode::Home), Key::Char('g')],
        Action::First,
        "kick-off",
    ),
    bind(
        &[Key::Code(KeyCode::End), Key::Char('G')],
        Action::Last,
        "full time",
    ),
    shown(
        bind(
            &[Key::Char('n'), Key::Char(']')],
            Action::NextGoal,
            "next goal",
        ),
        "goal",
    ),
    bind(
        &[Key::Char('N'), Key::Char('[')],
        Action::PrevGoal,
        "previous goal",
    ),
    Binding {
        keys: &[Key::Digits],
        bound: Bound::GoalNumber,
        help: "goal number N",
        footer: None,
    },
    shown(
        bind(
            &[Key::Char(':')],
            Action::BeginMinuteInput,
            "jump to a minute (67, 90+2)",
        ),
        "minute",
    ),
    shown(
        bind(
            &[Key::Char('/')],
            Action::BeginPlayerSearch,
            "next moment of a player",
        ),
        "player",
    ),
    shown(
        bind(
            &[Key::Char(' ')],
            Action::ToggleAutoplay,
            "autoplay / pause",
        ),
        "play",
    ),
    bind(
        &[Key::Char('+'), Key::Char('=')],
        Action::Faster,
        "autoplay faster",
    ),
    bind(&[Key::Char('-')], Action::Slower, "autoplay slower"),
    shown(
        bind(
            &[Key::Char('r')],
            Action::ToggleReader,
            "reader: the whole report, this moment highlighted",
        ),
        "reader",
    ),
    shown(
        bind(
            &[Key::Char('a')],
            Action::ToggleAllEvents,
            "every event / key moments",
        ),
        "all",
    ),
    shown(
        bind(&[Key::Char('p')], Action::TogglePitch, "pitch and shot map"),
        "pitch",
    ),
    bind(&[Key::Char('w')], Action::ToggleWarnings, "import warnings"),
    shown(
        bind(&[Key::Char('?')], Action::ToggleHelp, "this help"),
        "help",
    ),
    shown(
        bind(&[Key::Char('q'), Key::Ctrl('c')], Action::Quit, "quit"),
        "quit",
    ),
    bind(
        &[Key::Code(KeyCode::Esc)],
        Action::Back,
        "dismiss a message, else quit",
    ),
];

/// Keys while typing a minute after `:` or a name after `/`: the app decides which
/// characters each takes.
pub const TYPING: &[Binding] = &[
    shown(
        bind(
            &[Key::Code(KeyCode::Enter)],
            Action::SubmitInput,
            "jump there",
        ),
        "jump",
    ),
    shown(
        bind(&[Key::Code(KeyCode::Esc)], Action::CancelInput, "cancel"),
        "cancel",
    ),
    bind(
        &[Key::Code(KeyCode::Backspace)],
        Action::InputBackspace,
        "delete",
    ),
    bind(&[Key::Ctrl('c')], Action::Quit, "quit"),
    Binding {
        keys: &[Key::AnyChar],
        bound: Bound::Type,
        help: "type a minute or name",
        footer: None,
    },
];

/// Keys while the help overlay is open.
pub const HELP: &[Binding] = &[
    shown(
        bind(
            &[Key::Char('?'), Key::Code(KeyCode::Esc), Key::Char('q')],
            Action::ToggleHelp,
            "close help",
        ),
        "close",
    ),
    bind(&[Key::Ctrl('c')], Action::Quit, "quit"),
];

/// Keys while the import warnings are open.
pub const WARNINGS: &[Binding] = &[
    shown(
        bind(
            &[Key::Char('w'), Key::Code(KeyCode::Esc), Key::Char('q')],
            Action::ToggleWarnings,
            "close warnings",
        ),
        "close",
    ),
    bind(&[Key::Ctrl('c')], Action::Quit, "quit"),
];

/// The table for a mode.
pub fn table(mode: &Mode) -> &'static [Binding] {
    match mode {
        Mode::Browse => BROWSE,
        Mode::MinuteInput(_) | Mode::PlayerSearch(_) => TYPING,
        Mode::Help => HELP,
        Mode::Warnings => WARNINGS,
    }
}

/// The action a key press asks for in `mode`.
pub fn action_for(mode: &Mode, key: KeyEvent) -> Option<Action> {
    table(mode).iter().find_map(|b| {
        let k = b.keys.iter().find(|k| matches(**k, key))?;
        match (b.bound, key.code) {
            (Bound::Do(action), _) => Some(action),
            (Bound::GoalNumber, KeyCode::Char(c)) => c
                .to_digit(10)
                .and_then(|d| u8::try_from(d).ok())
                .map(Action::Goal),
            (Bound::Type, KeyCode::Char(c)) if *k == Key::AnyChar => Some(Action::InputChar(c)),
            _ => None,
        }
    })
}

fn matches(k: Key, key: KeyEvent) -> bool {
    let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
    match (k, key.code) {
        (Key::Ctrl(c), KeyCode::Char(p)) => ctrl && p.eq_ignore_ascii_case(&c),
        (_, _) if ctrl => false,
        (Key::Char(c), KeyCode::Char(p)) => c == p,
        (Key::Code(c), code) => c == code,
        (Key::Digits, KeyCode::Char(p)) => matches!(p, '1'..='9'),
        (Key::AnyChar, KeyCode::Char(_)) => true,
        _ => false,
    }
}

/// How a key is written on screen: `→`, `l`, `space`, `Ctrl-C`, `1-9`.
pub fn label(k: Key) -> String {
    match k {
        Key::Char(' ') => "space".into(),
        Key::Char(c) => c.to_string(),
        Key::Ctrl(c) => format!("Ctrl-{}", c.to_ascii_uppercase()),
        Key::Digits => "1-9".into(),
        Key::AnyChar => "text".into(),
        Key::Code(code) => match code {
            KeyCode::Right => "→".into(),
            KeyCode::Left => "←".into(),
            KeyCode::Up => "↑".into(),
            KeyCode::Down => "↓".into(),
            KeyCode::Enter => "Enter".into(),
            KeyCode::Esc => "Esc".into(),
            other => other.to_string(),
        },
    }
}

/// All of a binding's keys, as the help overlay lists them: `→ l`.
pub fn keys_label(b: &Binding) -> String {
    b.keys
        .iter()
        .map(|&k| label(k))
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn press(code: KeyCode) -> KeyEvent {
        KeyEvent::new(code, KeyModifiers::NONE)
    }

    #[test]
    fn dispatches_from_the_table() {
        let browse = Mode::Browse;
        assert_eq!(
            action_for(&browse, press(KeyCode::Right)),
            Some(Action::Next)
        );
        assert_eq!(
            action_for(&browse, press(KeyCode::Char('h'))),
            Some(Action::Prev)
        );
        assert_eq!(
            action_for(&browse, press(KeyCode::Char('3'))),
            Some(Action::Goal(3))
        );
        assert_eq!(action_for(&browse, press(KeyCode::Char('0'))), None);
        assert_eq!(
            action_for(&browse, press(KeyCode::Char('G'))),
            Some(Action::Last)
        );
        assert_eq!(
            action_for(
                &browse,
                KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL)
            ),
            Some(Action::Quit)
        );
        let typing = Mode::MinuteInput(String::new());
        assert_eq!(
            action_for(&typing, press(KeyCode::Char('q'))),
            Some(Action::InputChar('q'))
        );
        assert_eq!(
            action_for(&typing, press(KeyCode::Esc)),
            Some(Action::CancelInput)
        );
        let search = Mode::PlayerSearch("me".into());
        assert_eq!(
            action_for(&search, press(KeyCode::Char('/'))),
            Some(Action::InputChar('/'))
        );
        assert_eq!(
            action_for(&search, press(KeyCode::Enter)),
            Some(Action::SubmitInput)
        );
        assert_eq!(
            action_for(&browse, press(KeyCode::Char('/'))),
            Some(Action::BeginPlayerSearch)
        );
        assert_eq!(
            action_for(&Mode::Help, press(KeyCode::Esc)),
            Some(Action::ToggleHelp)
        );
    }

    #[test]
    fn every_browse_key_is_reachable() {
        for b in BROWSE {
            for &k in b.keys {
                let first = BROWSE.iter().find(|o| o.keys.contains(&k));
                assert_eq!(first, Some(b), "{} is bound twice", label(k));
            }
        }
    }
}
