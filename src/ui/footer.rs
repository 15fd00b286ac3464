//! The bottom line: the keys that work right now, from the key table, and what the viewer
//! is doing (autoplay, a minute being typed, a one-line message).

use super::{style, text};
use crate::action::Action;
use crate::app::{App, Mode};
use crate::keymap::{self, Bound};
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

pub fn render(frame: &mut Frame, area: Rect, app: &App) {
    let mut status: Vec<Span> = Vec::new();
    if let Some(msg) = &app.message {
        status.push(Span::styled(text::clean(msg), style::message()));
    }
    let speed = speed_label(app.speed());
    if app.playing {
        status.push(Span::styled(
            format!("▶ {speed}"),
            style::on().patch(style::bold()),
        ));
    } else if app.speed() != 1.0 {
        status.push(Span::styled(format!("❚❚ {speed}"), style::dim()));
    }
    let status = Line::from(
        status
            .into_iter()
            .flat_map(|s| [Span::raw("  "), s])
            .chain([Span::raw(" ")])
            .collect::<Vec<_>>(),
    );
    let status_width = u16::try_from(status.width())
        .unwrap_or(u16::MAX)
        .min(area.width);
    let [left, right] =
        Layout::horizontal([Constraint::Fill(1), Constraint::Length(status_width)]).areas(area);

    let mut spans: Vec<Span> = vec![Span::raw(" ")];
    let prompt = match &app.mode {
        Mode::MinuteInput(typed) => Some(("minute ", ':', typed)),
        Mode::PlayerSearch(typed) => Some(("player ", '/', typed)),
        _ => None,
    };
    if let Some((what, key, typed)) = prompt {
        spans.extend([
            Span::styled(what, style::dim()),
            Span::styled(format!("{key}{}", text::clean(typed)), style::bold()),
            Span::styled("▏", style::key()),
            Span::raw("   "),
        ]);
    }
    // Hints are added whole, never cut in half. The essential ones (stepping, help, quit)
    // always keep their room; the others follow the table's order while they fit.
    let hints: Vec<(String, &str, bool)> = keymap::table(&app.mode)
        .iter()
        .filter(|b| useful(app, b.bound))
        .filter_map(|b| {
            Some((
                keymap::label(*b.keys.first()?),
                b.footer?,
                essential(b.bound),
            ))
        })
        .collect();
    let width =
        |(key, word, _): &(String, &str, bool)| text::width(key) + 1 + text::width(word) + 2;
    let prompt: usize = spans.iter().map(Span::width).sum();
    let needed: usize = hints.iter().filter(|h| h.2).map(width).sum();
    let mut spare = usize::from(left.width).saturating_sub(prompt + needed);
    let mut room_left = true;
    for hint in &hints {
        if !hint.2 {
            room_left = room_left && width(hint) <= spare;
            if !room_left {
                continue;
            }
            spare -= width(hint);
        }
        spans.extend([
            Span::styled(hint.0.clone(), style::key()),
            Span::raw(" "),
            Span::styled(hint.1, style::dim()),
            Span::raw("  "),
        ]);
    }
    // Each a single unstyled line that nearly always fits: written directly, and through a
    // `Paragraph` only when it must be cut.
    let hints = Line::from(spans);
    if !super::render_fitting_line(&hints, left, frame.buffer_mut()) {
        frame.render_widget(Paragraph::new(hints), left);
    }
    let status = status.right_aligned();
    if !super::render_fitting_line(&status, right, frame.buffer_mut()) {
        frame.render_widget(Paragraph::new(status), right);
    }
}

/// Whether a key is worth a hint for this match: no reader without a source text, no
/// every-event switch without minor events, no pitch hint without locations. The keys still
/// work (and say why they do nothing); the footer just keeps its room for keys that help.
fn useful(app: &App, bound: Bound) -> bool {
    let tl = &app.timeline;
    match bound {
        Bound::Do(Action::ToggleReader) => tl.the_match.report.is_some(),
        Bound::Do(Action::ToggleAllEvents) => tl.has_minor(),
        Bound::Do(Action::TogglePitch) => tl.is_located(),
        _ => true,
    }
}

/// The hints a person must always be able to see: how to move, get help and leave.
fn essential(bound: Bound) -> bool {
    matches!(
        bound,
        Bound::Do(
            Action::Next
                | Action::Prev
                | Action::ToggleHelp
                | Action::Quit
                | Action::SubmitInput
                | Action::CancelInput
        )
    )
}

/// `2x`, `0.5x`.
fn speed_label(speed: f64) -> String {
    format!("{speed}x")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Match, Team};
    use crate::timeline::Timeline;
    use ratatui::Terminal;
    use ratatui::backend::TestBackend;
    use ratatui::buffer::Buffer;

    fn footer(actions: &[Action], width: u16) -> Buffer {
        let m = Match::new(Team::named("A"), Team::named("B"));
        let mut app = App::new(Timeline::new(m));
        for &a in actions {
            app.update(a);
        }
        let mut terminal = Terminal::new(TestBackend::new(width, 1)).expect("terminal");
        terminal.draw(|f| render(f, f.area(), &app)).expect("draw");
        terminal.backend().buffer().clone()
    }

    /// Compares what is written, not how it is coloured.
    fn assert_text(actual: &Buffer, expected: &Buffer) {
        let text = |b: &Buffer| {
            b.content()
                .iter()
                .map(|c| c.symbol().to_string())
                .collect::<String>()
        };
        assert_eq!(text(actual), text(expected));
    }

    #[test]
    fn shows_only_the_hints_that_fit_whole() {
        assert_text(
            &footer(&[], 40),
            &Buffer::with_lines([format!("{:<40}", " → next  ← prev  ? help  q quit")]),
        );
        assert_text(
            &footer(&[], 50),
            &Buffer::with_lines([format!("{:<50}", " → next  ← prev  n goal  ? help  q quit")]),
        );
    }

    #[test]
    fn shows_the_prompt_while_typing_and_autoplay_state() {
        let typing = [
            Action::BeginMinuteInput,
            Action::InputChar('6'),
            Action::InputChar('7'),
        ];
        assert_text(
            &footer(&typing, 50),
            &Buffer::with_lines([format!("{:<50}", " minute :67▏   Enter jump  Esc cancel")]),
        );
        assert_text(
            &footer(
                &[Action::Faster, Action::ToggleAutoplay, Action::NextGoal],
                60,
            ),
            &Buffer::with_lines([" → next  ← prev  ? help  q quit         no more goals  ▶ 2x "]),
        );
    }

    #[test]
    fn speeds_read_naturally() {
        assert_eq!(speed_label(2.0), "2x");
        assert_eq!(speed_label(0.5), "0.5x");
    }
}
