//! The key help overlay, drawn from the same key table that dispatches key presses.

use super::{style, text};
use crate::keymap::{self, Binding};
use ratatui::Frame;
use ratatui::layout::{Constraint, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph};

/// The mouse has no key table; these are what the event loop does with it.
const MOUSE: &[(&str, &str)] = &[
    ("click bar", "jump to that point"),
    ("wheel", "step moments"),
];

pub fn render(frame: &mut Frame, area: Rect) {
    let key_width = keymap::BROWSE
        .iter()
        .chain(keymap::MINUTE_INPUT)
        .map(|b| text::width(&keymap::keys_label(b)))
        .chain(MOUSE.iter().map(|(k, _)| text::width(k)))
        .max()
        .unwrap_or(0);
    let row = |keys: String, help: &str| {
        Line::from(vec![
            Span::styled(format!(" {keys:>key_width$}  "), style::key()),
            Span::raw(help.to_string()),
        ])
    };
    let bindings = |table: &[Binding]| -> Vec<Line<'static>> {
        table
            .iter()
            .map(|b| row(keymap::keys_label(b), b.help))
            .collect()
    };
    let heading = |t: &str| Line::styled(format!(" {t}"), style::bold());

    let mut sections: Vec<Vec<Line>> = vec![
        bindings(keymap::BROWSE),
        [
            vec![heading("Typing a minute, after :")],
            bindings(keymap::MINUTE_INPUT),
        ]
        .concat(),
        [
            vec![heading("Mouse")],
            MOUSE.iter().map(|(k, h)| row((*k).into(), h)).collect(),
        ]
        .concat(),
    ];
    let rows: usize = sections.iter().map(Vec::len).sum();
    // Blank lines between sections only when the screen has room for them.
    let spaced = rows + sections.len() + 1 < usize::from(area.height);
    let mut lines = Vec::new();
    for (k, section) in sections.iter_mut().enumerate() {
        if spaced && k > 0 {
            lines.push(Line::default());
        }
        lines.append(section);
    }
    let width = lines.iter().map(Line::width).max().unwrap_or(0) + 3;
    let height = lines.len() + 2;
    let popup = area.centered(
        Constraint::Length(u16::try_from(width).unwrap_or(u16::MAX)),
        Constraint::Length(u16::try_from(height).unwrap_or(u16::MAX)),
    );
    let close = keymap::HELP
        .iter()
        .find(|b| b.footer.is_some())
        .map(|b| format!(" {} close ", keymap::keys_label(b)))
        .unwrap_or_default();
    let block =
        style::panel(" Keys ").title_bottom(Line::styled(close, style::dim()).right_aligned());
    frame.render_widget(Clear, popup);
    frame.render_widget(Paragraph::new(lines).block(block), popup);
}
