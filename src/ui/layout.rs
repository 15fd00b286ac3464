//! Where each panel goes for a terminal size and what the match has to show: shared by
//! drawing and by mouse handling, so a click lands on what was drawn.

use super::{MIN_HEIGHT, MIN_WIDTH, pitch};
use crate::app::App;
use ratatui::layout::{Constraint, Layout, Rect};

/// From this size up the pitch is open without asking, where the match has locations: below
/// it the pitch would squeeze the commentary out of the narrative column.
pub const PITCH_AUTO_WIDTH: u16 = 140;
pub const PITCH_AUTO_HEIGHT: u16 = 36;
/// Rows the commentary keeps under the pitch before the pitch takes the whole column.
const NARRATIVE_MIN: u16 = 10;
/// The shortest pitch worth drawing above the commentary.
const PITCH_MIN: u16 = 12;

/// Where each panel goes. `narrative` is empty when the pitch has taken its place.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Areas {
    pub scoreboard: Rect,
    pub timeline_bar: Rect,
    pub moments: Rect,
    pub narrative: Rect,
    pub players: Rect,
    pub pitch: Option<Rect>,
    pub footer: Rect,
}

/// The layout for `app` in a terminal of `area`, or `None` when it is too small to read.
pub fn layout(app: &App, area: Rect) -> Option<Areas> {
    let mut a = arrange(area, app.timeline.has_shot_data())?;
    if app.reader || !pitch_shown(app, area) {
        return Some(a);
    }
    let col = a.narrative;
    let wanted = pitch::rows_for(col.width.saturating_sub(2)) + 2;
    let height = if col.height >= wanted + NARRATIVE_MIN {
        wanted
    } else if col.height >= PITCH_MIN + NARRATIVE_MIN {
        col.height - NARRATIVE_MIN
    } else {
        col.height
    };
    let [top, rest] =
        Layout::vertical([Constraint::Length(height), Constraint::Fill(1)]).areas(col);
    a.pitch = Some(top);
    a.narrative = rest;
    Some(a)
}

/// Whether the pitch is open: by default on a large terminal for a match with locations,
/// and `p` flips that at any size.
pub fn pitch_shown(app: &App, area: Rect) -> bool {
    let roomy = area.width >= PITCH_AUTO_WIDTH && area.height >= PITCH_AUTO_HEIGHT;
    (app.timeline.is_located() && roomy) != app.pitch_flipped
}

fn arrange(area: Rect, totals: bool) -> Option<Areas> {
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        return None;
    }
    // A tall terminal has room for the scorers under the team names, and for shot totals
    // where the match has them.
    let tall = area.height >= 30;
    let scoreboard_height = 3 + u16::from(tall) + u16::from(tall && totals);
    let [scoreboard, timeline_bar, middle, footer] = Layout::vertical([
        Constraint::Length(scoreboard_height),
        Constraint::Length(5),
        Constraint::Min(0),
        Constraint::Length(1),
    ])
    .areas(area);
    // The side panels get about a third each but never less than a readable line; the
    // narrative, which is read as prose, takes the rest.
    let side = |percent: u16, min: u16, max: u16| {
        Constraint::Length((middle.width * percent / 100).clamp(min, max))
    };
    let [moments, narrative, players] =
        Layout::horizontal([side(30, 26, 40), Constraint::Fill(1), side(28, 24, 38)]).areas(middle);
    Some(Areas {
        scoreboard,
        timeline_bar,
        moments,
        narrative,
        players,
        pitch: None,
        footer,
    })
}
