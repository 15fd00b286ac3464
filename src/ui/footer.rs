//! The bottom line: the keys that work right now, from the key table, and what the viewer
//! is doing (autoplay, a minute being typed, a one-line message).

use super::{style, text};
use crate::app::{App, Mode};
use crate::keymap;
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
    if let Mode::MinuteInput(typed) = &app.mode {
        spans.extend([
            Span::styled("minute ", style::dim()),
            Span::styled(format!(":{}", text::clean(typed)), style::bold()),
            Span::styled("▏", style::key()),
            Span::raw("   "),
        ]);
    }
    // Hints are added whole while they fit, so none is ever cut in half.
    let mut used = spans.iter().map(Span::width).sum::<usize>();
    for b in keymap::table(&app.mode) {
        let (Some(word), Some(&key)) = (b.footer, b.keys.first()) else {
            continue;
        };
        let key = keymap::label(key);
        let w = text::width(&key) + 1 + text::width(word) + 2;
        if used + w > usize::from(left.width) {
            break;
        }
        used += w;
        spans.extend([
            Span::styled(key, style::key()),
            Span::raw(" "),
            Span::styled(word, style::dim()),
            Span::raw("  "),
        ]);
    }
    frame.render_widget(Paragraph::new(Line::from(spans)), left);
    frame.render_widget(Paragraph::new(status).right_aligned(), right);
}

/// `2x`, `0.5x`.
fn speed_label(speed: f64) -> String {
    format!("{speed}x")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn speeds_read_naturally() {
        assert_eq!(speed_label(2.0), "2x");
        assert_eq!(speed_label(0.5), "0.5x");
    }
}
