//! The pitch, to scale: markings, the current event where it happened with a line to where it
//! ended, and every shot so far for both teams, circles sized by xG, goals filled. The home
//! side attacks left to right, the away side right to left.

use super::pitch_marks::{Disc, LENGTH, Markings, WIDTH};
use super::style;
use crate::app::App;
use crate::model::{Event, EventKind, PitchPoint, Side};
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Color, Style};
use ratatui::symbols::Marker;
use ratatui::text::{Line as TextLine, Span};
use ratatui::widgets::canvas::{Canvas, Context, Line};

/// Room around the lines: the goals stand 2 m behind the goal line.
const MARGIN_X: f64 = 2.5;
const MARGIN_Y: f64 = 1.0;
const LINES: Color = Color::Green;
const NOW: Color = Color::White;

/// Canvas rows for a pitch `cols` columns wide. Braille packs 2x4 dots into a cell about twice
/// as tall as wide, so dots are square and the pitch keeps its shape at 2 dots across per 4 up.
pub fn rows_for(cols: u16) -> u16 {
    let rows = f64::from(cols) * 2.0 * (WIDTH + 2.0 * MARGIN_Y) / (4.0 * (LENGTH + 2.0 * MARGIN_X));
    // Saturating float-to-int cast of a small positive number.
    rows.round() as u16
}

/// Canvas columns for a pitch `rows` rows tall.
pub fn cols_for(rows: u16) -> u16 {
    let cols = f64::from(rows) * 4.0 * (LENGTH + 2.0 * MARGIN_X) / (2.0 * (WIDTH + 2.0 * MARGIN_Y));
    cols.round() as u16
}

/// Where a side-relative point lies on the drawn pitch, in metres from the bottom-left corner.
/// Home attacks to the right, so its left touchline (y = 0) is the top; away attacks to the
/// left, so everything turns half a circle.
pub fn to_pitch(side: Side, p: PitchPoint) -> (f64, f64) {
    let (x, y) = (p.x.clamp(0.0, 1.0), p.y.clamp(0.0, 1.0));
    match side {
        Side::Away => ((1.0 - x) * LENGTH, y * WIDTH),
        Side::Home | Side::None => (x * LENGTH, (1.0 - y) * WIDTH),
    }
}

/// A shot's circle: bigger for a better chance; area rather than radius grows with xG.
fn radius(xg: Option<f64>) -> f64 {
    xg.map_or(1.2, |x| 0.8 + 3.5 * x.clamp(0.0, 1.0).sqrt())
}

fn colour(side: Side) -> Color {
    style::side(side).fg.unwrap_or(Color::Reset)
}

pub fn render(frame: &mut Frame, area: Rect, app: &App) {
    let tl = &app.timeline;
    let m = &tl.the_match;
    // Which way each team attacks, and what the marks mean, where the borders have room.
    let home = super::text::clean(&m.home.name);
    let away = super::text::clean(&m.away.name);
    let room = usize::from(area.width).saturating_sub(12);
    let direction = [
        (format!(" {home} →"), format!("  ← {away} ")),
        (" home →".to_string(), "  ← away ".to_string()),
    ]
    .into_iter()
    .find(|(h, a)| super::text::width(h) + super::text::width(a) <= room)
    .map(|(h, a)| {
        TextLine::from(vec![
            Span::styled(h, style::side(Side::Home)),
            Span::styled(a, style::side(Side::Away)),
        ])
    });
    let legends: &[&str] = if tl.is_located() {
        &[
            " ○ shot, sized by xG  ● goal  ◆ this moment ",
            " ○ shot  ● goal  ◆ now ",
        ]
    } else {
        &[" no locations in this match ", " no locations "]
    };
    let legend = legends
        .iter()
        .find(|l| super::text::width(l) + 4 <= usize::from(area.width));
    let mut block = style::panel(" Pitch ");
    if let Some(d) = direction {
        block = block.title_top(d.right_aligned());
    }
    if let Some(l) = legend {
        block = block.title_bottom(TextLine::styled(*l, style::dim()).right_aligned());
    }
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let canvas_area = fit(inner);
    if canvas_area.is_empty() {
        return;
    }
    let shots: Vec<&Event> = tl
        .shots_until(app.cursor)
        .iter()
        .filter_map(|&i| m.events.get(i))
        .collect();
    let current = app.current().filter(|e| e.location.is_some());
    // One Braille dot in metres, so circles get just enough points.
    let dot = (LENGTH + 2.0 * MARGIN_X) / (2.0 * f64::from(canvas_area.width));
    // A single layer on purpose: where a shot and a line share a cell, the shot's colour wins,
    // and no line is blanked out around it.
    let canvas = Canvas::default()
        .marker(Marker::Braille)
        .x_bounds([-MARGIN_X, LENGTH + MARGIN_X])
        .y_bounds([-MARGIN_Y, WIDTH + MARGIN_Y])
        .paint(|ctx| {
            ctx.draw(&Markings { color: LINES });
            for e in &shots {
                shot(ctx, e, dot);
            }
            if let Some(e) = current {
                now(ctx, e);
            }
        });
    frame.render_widget(canvas, canvas_area);
}

/// The largest area inside `inner` with the pitch's proportions, centred.
fn fit(inner: Rect) -> Rect {
    let rows = rows_for(inner.width);
    let (w, h) = if rows <= inner.height {
        (inner.width, rows)
    } else {
        (cols_for(inner.height).min(inner.width), inner.height)
    };
    Rect {
        x: inner.x + (inner.width - w) / 2,
        y: inner.y + (inner.height - h) / 2,
        width: w,
        height: h,
    }
}

/// One shot: a ring, or a filled disc for a goal.
fn shot(ctx: &mut Context, e: &Event, dot: f64) {
    let Some(p) = e.location else {
        return;
    };
    let (x, y) = to_pitch(e.side, p);
    ctx.draw(&Disc {
        x,
        y,
        radius: radius(e.xg),
        filled: e.kind == EventKind::Goal,
        dot,
        color: colour(e.side),
    });
}

/// The current event: a line to where it ended, and a mark where it happened.
fn now(ctx: &mut Context, e: &Event) {
    let Some(p) = e.location else {
        return;
    };
    let (x, y) = to_pitch(e.side, p);
    if let Some(end) = e.end_location {
        let (x2, y2) = to_pitch(e.side, end);
        ctx.draw(&Line::new(x, y, x2, y2, NOW));
    }
    ctx.print(
        x,
        y,
        TextLine::styled("◆", Style::new().fg(NOW).patch(style::bold())),
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn home_attacks_right_and_away_left() {
        let near_right_post = PitchPoint { x: 0.9, y: 0.25 };
        let (hx, hy) = to_pitch(Side::Home, near_right_post);
        assert!((hx - 94.5).abs() < 1e-9 && (hy - 51.0).abs() < 1e-9);
        let (ax, ay) = to_pitch(Side::Away, near_right_post);
        assert!((ax - 10.5).abs() < 1e-9 && (ay - 17.0).abs() < 1e-9);
    }

    #[test]
    fn keeps_the_pitch_in_proportion() {
        assert_eq!(rows_for(120), 38);
        assert_eq!(cols_for(38), 119);
        let r = fit(Rect::new(0, 0, 120, 20));
        assert_eq!((r.width, r.height), (cols_for(20), 20));
        assert_eq!(r.x, (120 - r.width) / 2);
    }
}
