//! Drawing the viewer: `draw` reads the `App` and never changes it.

use crate::app::App;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::widgets::Paragraph;

/// The smallest terminal the full viewer is laid out for.
pub const MIN_WIDTH: u16 = 80;
pub const MIN_HEIGHT: u16 = 24;

/// Where each panel goes; shared by drawing and by mouse handling so a click lands on what
/// was drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Areas {
    pub scoreboard: Rect,
    pub timeline_bar: Rect,
    pub moments: Rect,
    pub narrative: Rect,
    pub players: Rect,
    pub footer: Rect,
}

/// The panel layout for a terminal of `area`, or `None` when it is too small to be readable.
pub fn areas(area: Rect) -> Option<Areas> {
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        return None;
    }
    let [scoreboard, timeline_bar, middle, footer] = Layout::vertical([
        Constraint::Length(3),
        Constraint::Length(3),
        Constraint::Min(0),
        Constraint::Length(1),
    ])
    .areas(area);
    let [moments, narrative, players] = Layout::horizontal([
        Constraint::Percentage(34),
        Constraint::Percentage(38),
        Constraint::Percentage(28),
    ])
    .areas(middle);
    Some(Areas {
        scoreboard,
        timeline_bar,
        moments,
        narrative,
        players,
        footer,
    })
}

/// Draws the whole viewer.
pub fn draw(frame: &mut Frame, app: &App) {
    let area = frame.area();
    if areas(area).is_none() {
        frame.render_widget(
            Paragraph::new(format!(
                "terminal too small: {}x{}, need {MIN_WIDTH}x{MIN_HEIGHT}",
                area.width, area.height
            )),
            area,
        );
        return;
    }
    let _ = app;
}
