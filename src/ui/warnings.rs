//! The import warnings overlay (`w`): what the importer could not read, had to guess or went
//! without, so a person can judge what the screen shows. Only on request, since a report's
//! warnings name scorers and would spoil the match at kick-off.

use super::{reader, style, text};
use crate::app::App;
use crate::keymap;
use ratatui::Frame;
use ratatui::layout::{Constraint, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Clear, Paragraph};

/// The widest the overlay grows, so long warnings wrap into a readable column.
const MAX_WIDTH: u16 = 90;

/// Columns before a warning's text: ` • ` on its first line, as many spaces after; one more
/// is kept blank at the right border.
const INDENT: usize = 3;

pub fn render(frame: &mut Frame, area: Rect, app: &App) {
    let warnings = &app.timeline.the_match.warnings;
    let width = area.width.saturating_sub(4).min(MAX_WIDTH);
    let room = usize::from(width.saturating_sub(3)).saturating_sub(INDENT);
    let mut lines: Vec<Line> = Vec::new();
    for warning in warnings {
        let warning = text::clean(warning);
        for (k, (start, end)) in reader::wrap(&warning, room).into_iter().enumerate() {
            let lead = if k == 0 { " • " } else { "   " };
            lines.push(Line::raw(format!("{lead}{}", &warning[start..end])));
        }
    }
    if lines.is_empty() {
        lines.push(Line::styled(" nothing to report", style::dim()));
    }
    let close = keymap::WARNINGS
        .iter()
        .find(|b| b.footer.is_some())
        .map(|b| format!(" {} close ", keymap::keys_label(b)))
        .unwrap_or_default();
    let title = format!(" Import warnings ({}) ", warnings.len());
    let block = style::popup(title).title_bottom(Line::styled(close, style::dim()).right_aligned());
    // Where the screen is too short for them all, the last row says how many are left out.
    let room_rows = usize::from(area.height.saturating_sub(4));
    if lines.len() > room_rows && room_rows > 0 {
        let hidden = lines.len() - (room_rows - 1);
        lines.truncate(room_rows - 1);
        lines.push(Line::styled(
            format!(" … {hidden} more lines: touchline summary lists them all"),
            style::dim(),
        ));
    }
    let height = u16::try_from(lines.len() + 2)
        .unwrap_or(u16::MAX)
        .min(area.height.saturating_sub(2));
    let popup = area.centered(Constraint::Length(width), Constraint::Length(height));
    frame.render_widget(Clear, popup);
    frame.render_widget(Paragraph::new(lines).block(block), popup);
}
