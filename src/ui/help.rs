//! The key help overlay, drawn from the same key table that dispatches key presses.

use super::{style, text};
use crate::keymap::{self, Binding};
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph};

/// The mouse has no key table; these are what the event loop does with it.
const MOUSE: &[(&str, &str)] = &[
    ("click bar", "jump to that point"),
    ("wheel", "step moments"),
];

/// Columns between the two halves when the help is laid out side by side.
const GAP: usize = 2;

pub fn render(frame: &mut Frame, area: Rect) {
    // Each column right-aligns its keys to its own widest key.
    let key_width = |keys: &mut dyn Iterator<Item = String>| keys.map(|k| text::width(&k)).max();
    let browse_keys = key_width(&mut keymap::BROWSE.iter().map(keymap::keys_label)).unwrap_or(0);
    let other_keys = key_width(
        &mut keymap::TYPING
            .iter()
            .map(keymap::keys_label)
            .chain(MOUSE.iter().map(|(k, _)| (*k).to_string())),
    )
    .unwrap_or(0);
    let row = |keys: String, help: &str, w: usize| {
        Line::from(vec![
            Span::styled(format!(" {keys:>w$}  "), style::key()),
            Span::raw(help.to_string()),
        ])
    };
    let bindings = |table: &[Binding], w: usize| -> Vec<Line<'static>> {
        table
            .iter()
            .map(|b| row(keymap::keys_label(b), b.help, w))
            .collect()
    };
    let heading = |t: &str| Line::styled(format!(" {t}"), style::bold());

    let sections = |bw: usize, ow: usize| {
        let browse = bindings(keymap::BROWSE, bw);
        let others: Vec<Vec<Line>> = vec![
            [
                vec![heading("Typing, after : or /")],
                bindings(keymap::TYPING, ow),
            ]
            .concat(),
            [
                vec![heading("Mouse")],
                MOUSE.iter().map(|(k, h)| row((*k).into(), h, ow)).collect(),
            ]
            .concat(),
        ];
        (browse, others)
    };
    let (browse, others) = sections(browse_keys, other_keys);
    let room = usize::from(area.height).saturating_sub(2);
    let rows = browse.len() + others.iter().map(Vec::len).sum::<usize>();
    let close = keymap::HELP
        .iter()
        .find(|b| b.footer.is_some())
        .map(|b| format!(" {} close ", keymap::keys_label(b)))
        .unwrap_or_default();
    let block =
        style::popup(" Keys ").title_bottom(Line::styled(close, style::dim()).right_aligned());

    if rows <= room {
        // One column, with blank lines between sections when the screen has room for them.
        // Keys right-aligned to one column all the way down.
        let shared = browse_keys.max(other_keys);
        let (browse, others) = sections(shared, shared);
        let lines = stack([vec![browse], others].concat(), rows + 2 < room);
        let popup = centred(area, width(&lines) + 3, lines.len() + 2);
        frame.render_widget(Clear, popup);
        frame.render_widget(Paragraph::new(lines).block(block), popup);
        return;
    }
    // Too short for one column: the browsing keys on the left, the rest beside them, with the
    // left column's words cut where the screen is too narrow for both.
    let right = stack(others, browse.len() + 1 < room);
    let right_width = width(&right);
    let left_width = width(&browse).min(
        usize::from(area.width)
            .saturating_sub(right_width + GAP + 3)
            .max(browse_keys + 4),
    );
    let left: Vec<Line> = browse
        .into_iter()
        .map(|l| fit_line(l, left_width))
        .collect();
    let height = left.len().max(right.len()) + 2;
    let popup = centred(area, left_width + GAP + right_width + 3, height);
    frame.render_widget(Clear, popup);
    let inner = block.inner(popup);
    frame.render_widget(block, popup);
    let [l, _, r] = Layout::horizontal([
        Constraint::Length(to_u16(left_width)),
        Constraint::Length(to_u16(GAP)),
        Constraint::Fill(1),
    ])
    .areas(inner);
    frame.render_widget(Paragraph::new(left), l);
    frame.render_widget(Paragraph::new(right), r);
}

/// Sections one under another, a blank line between them when `spaced`.
fn stack(sections: Vec<Vec<Line<'static>>>, spaced: bool) -> Vec<Line<'static>> {
    let mut lines = Vec::new();
    for (k, mut section) in sections.into_iter().enumerate() {
        if spaced && k > 0 {
            lines.push(Line::default());
        }
        lines.append(&mut section);
    }
    lines
}

fn width(lines: &[Line]) -> usize {
    lines.iter().map(Line::width).max().unwrap_or(0)
}

/// A help row cut to `max` columns: the keys stay whole, the words end in `…`.
fn fit_line(line: Line<'static>, max: usize) -> Line<'static> {
    let mut left = max;
    let spans = line
        .spans
        .into_iter()
        .map(|s| {
            let t = text::fit(&s.content, left);
            left = left.saturating_sub(text::width(&t));
            Span::styled(t, s.style)
        })
        .collect::<Vec<_>>();
    Line::from(spans)
}

fn to_u16(n: usize) -> u16 {
    u16::try_from(n).unwrap_or(u16::MAX)
}

fn centred(area: Rect, width: usize, height: usize) -> Rect {
    area.centered(
        Constraint::Length(to_u16(width)),
        Constraint::Length(to_u16(height)),
    )
}
