//! The whole match as one bar: goals and cards where they happened, period marks, the cursor;
//! and `fraction_at`, which turns a click on the bar back into a point in the match.

use super::style;
use crate::app::App;
use crate::model::{CardColour, EventKind, Side};
use ratatui::Frame;
use ratatui::layout::{Margin, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};

/// The rows inside the border: home markers, the bar itself, away markers.
const HOME_ROW: u16 = 0;
const BAR_ROW: u16 = 1;
const AWAY_ROW: u16 = 2;

/// The cells the bar is drawn in: inside the panel's border.
fn track(bar: Rect) -> Rect {
    bar.inner(Margin::new(1, 1))
}

/// The upper edge of column `c`'s share of the match: column `c` covers fractions up to here.
fn edge(c: u16, width: u16) -> f64 {
    (f64::from(c) + 1.0) / f64::from(width)
}

/// The column (0-based, within a track `width` wide) where a point of the match is drawn:
/// the first column whose share reaches it. Defined through `edge` so `fraction_at` undoes
/// it exactly, without floating-point drift between the two directions.
pub fn column_of(fraction: f64, width: u16) -> u16 {
    if width == 0 || fraction.is_nan() {
        return 0;
    }
    let last = width - 1;
    let guess = (fraction * f64::from(width)).ceil() - 1.0;
    // Saturating float-to-int cast: negative and huge guesses land on the ends.
    let mut c = (guess.max(0.0) as u16).min(last);
    while c > 0 && fraction <= edge(c - 1, width) {
        c -= 1;
    }
    while c < last && fraction > edge(c, width) {
        c += 1;
    }
    c
}

/// The point of the match a click on terminal column `column` asks for, given the bar's area
/// (`Areas::timeline_bar`). It is the end of that column's share, so seeking there lands on
/// the last moment drawn in that column: clicking a goal marker jumps to that goal.
pub fn fraction_at(column: u16, bar: Rect) -> f64 {
    let t = track(bar);
    if t.width == 0 || column < t.x {
        return 0.0;
    }
    let c = column - t.x;
    if c >= t.width - 1 {
        return 1.0;
    }
    edge(c, t.width)
}

/// Short names for where periods 2 to 5 begin, for the bottom border.
const MARK_LABELS: [&str; 4] = ["HT", "ET", "", "PENS"];

pub fn render(frame: &mut Frame, area: Rect, app: &App) {
    let tl = &app.timeline;
    let m = &tl.the_match;
    let legend = Line::from(vec![
        Span::styled(" ● ", style::side(Side::Home)),
        Span::styled(super::text::clean(&m.home.name), style::dim()),
        Span::styled("  ● ", style::side(Side::Away)),
        Span::styled(super::text::clean(&m.away.name), style::dim()),
        Span::raw(" "),
    ]);
    let block = style::panel(" Timeline ").title_top(legend.right_aligned());
    frame.render_widget(block, area);
    let t = track(area);
    if t.width == 0 || t.height <= AWAY_ROW {
        return;
    }
    let buf = frame.buffer_mut();
    let col = |f: f64| t.x + column_of(f, t.width);
    let cursor = (!tl.is_empty()).then(|| col(tl.fraction(app.cursor)));
    let marks: Vec<u16> = tl.period_marks().into_iter().map(col).collect();

    for x in t.left()..t.right() {
        let played = cursor.is_some_and(|c| x < c);
        let (line, cross) = if played {
            ("━", "╋")
        } else {
            ("─", "┼")
        };
        let symbol = if marks.contains(&x) { cross } else { line };
        let st = if played {
            style::played()
        } else {
            style::dim()
        };
        // One cell at a time, straight into the buffer: the bar is as wide as the terminal.
        if let Some(cell) = buf.cell_mut((x, t.y + BAR_ROW)) {
            cell.set_symbol(symbol).set_style(st);
        }
    }
    let bottom = area.bottom().saturating_sub(1);
    for (k, &x) in marks.iter().enumerate() {
        let label = MARK_LABELS.get(k).copied().unwrap_or("");
        let x = x.saturating_sub(u16::try_from(label.len() / 2).unwrap_or(0));
        if x > area.x && x + u16::try_from(label.len()).unwrap_or(0) < area.right() {
            buf.set_string(x, bottom, label, style::dim());
        }
    }

    // Cards first so a goal in the same column wins; everything after the cursor is drawn
    // on the bar itself in grey, so the map shows that something happens but not to whom.
    // Only the marked events are visited, never every event: a data feed has thousands.
    for &i in tl.cards().iter().chain(tl.goals()) {
        let e = &m.events[i];
        let marker = match e.kind {
            EventKind::Goal if e.is_scoring_goal() => {
                ("●", style::side(e.side).patch(style::bold()))
            }
            EventKind::Card => match e.card {
                Some(c) => ("▮", style::card(c)),
                None => continue,
            },
            _ => continue,
        };
        let x = col(tl.fraction(i));
        let (row, st) = match e.side {
            _ if i > app.cursor => (BAR_ROW, future_style(e.card)),
            Side::Home => (HOME_ROW, marker.1),
            Side::Away => (AWAY_ROW, marker.1),
            Side::None => (BAR_ROW, marker.1),
        };
        if row == BAR_ROW && cursor == Some(x) {
            continue;
        }
        buf.set_string(x, t.y + row, marker.0, st);
    }
    if let Some(x) = cursor {
        buf.set_string(x, t.y + BAR_ROW, "◆", style::bold());
    }
}

/// Markers still to come: grey, and the same grey for every card so a red is not given away.
fn future_style(card: Option<CardColour>) -> Style {
    match card {
        Some(_) => style::dim(),
        None => Style::new().fg(ratatui::style::Color::Gray),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fraction_at_undoes_column_of_for_every_column() {
        for width in 3..=200u16 {
            let bar = Rect::new(4, 7, width, 5);
            let t = track(bar);
            for c in 0..t.width {
                let f = fraction_at(t.x + c, bar);
                assert_eq!(column_of(f, t.width), c, "width {width} column {c}");
                assert!((0.0..=1.0).contains(&f));
            }
        }
    }

    #[test]
    fn every_fraction_lands_in_the_column_whose_click_reaches_it() {
        let bar = Rect::new(0, 0, 80, 5);
        let t = track(bar);
        for k in 0..=1000 {
            let f = f64::from(k) / 1000.0;
            let c = column_of(f, t.width);
            assert!(f <= fraction_at(t.x + c, bar));
            if c > 0 {
                assert!(f > fraction_at(t.x + c - 1, bar));
            }
        }
    }

    #[test]
    fn clicks_outside_the_track_clamp_to_the_ends() {
        let bar = Rect::new(10, 0, 50, 5);
        assert_eq!(fraction_at(0, bar), 0.0);
        assert_eq!(fraction_at(10, bar), 0.0);
        assert_eq!(fraction_at(58, bar), 1.0);
        assert_eq!(fraction_at(u16::MAX, bar), 1.0);
        assert_eq!(fraction_at(5, Rect::new(0, 0, 2, 2)), 0.0);
        assert_eq!(column_of(f64::NAN, 10), 0);
        assert_eq!(column_of(-1.0, 10), 0);
        assert_eq!(column_of(7.0, 10), 9);
    }
}
