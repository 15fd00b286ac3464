//! Every moment of the match, one line each, the current one highlighted and kept in view.

use super::{style, text, words};
use crate::app::App;
use crate::model::{CardColour, Event, EventKind, clock};
use crate::sanitize;
use ratatui::Frame;
use ratatui::layout::{Margin, Rect};
use ratatui::style::Style;
use ratatui::text::Line;
use ratatui::widgets::{Block, Padding, Paragraph, ScrollbarState, Wrap};
use std::borrow::Cow;
use std::fmt::Write;

pub fn render(frame: &mut Frame, area: Rect, app: &App) {
    let tl = &app.timeline;
    let events = &tl.the_match.events;
    let view = app.view();
    // Name the view only where there is a choice of views.
    let title = match (tl.has_minor(), app.all_events) {
        (false, _) => " Moments ",
        (true, false) => " Key moments ",
        (true, true) => " Every event ",
    };
    let mut block = style::panel(title);
    let rows = view.len();
    let cursor_row = view.row(app.cursor);
    if !events.is_empty() {
        let count = format!(" {}/{rows} ", cursor_row + 1);
        block = block.title_top(Line::styled(count, style::dim()).right_aligned());
    }
    let inner = block.inner(area);
    frame.render_widget(block, area);
    if events.is_empty() {
        frame.render_widget(
            Paragraph::new(Line::styled("No moments in this match.", style::dim()))
                .wrap(Wrap { trim: true })
                .block(Block::new().padding(Padding::horizontal(1))),
            inner,
        );
        return;
    }

    let clock_width = tl.clock_width();
    // One leading space, the clock, a space, the icon, a space: the rest is for words.
    let room = usize::from(inner.width).saturating_sub(clock_width + 4);
    let last = tl.last_period();
    let height = usize::from(inner.height);
    let offset = scroll_offset(cursor_row, rows, height);
    // Only the rows on screen are drawn, straight into the buffer: a data feed has thousands
    // of events, and even the few dozen shown are drawn on every frame.
    let buf = frame.buffer_mut();
    let right = inner.right();
    let (mut clock, mut padded) = (String::new(), String::new());
    for (y, row) in (inner.top()..inner.bottom()).zip(offset..rows.min(offset + height)) {
        let i = view.event(row);
        let e = &events[i];
        let future = i > app.cursor;
        let paint = |s: Style| if future { style::dim() } else { s };
        // Writing to a String cannot fail. The clock is written out before it is padded, as
        // its Display ignores a width.
        clock.clear();
        let _ = write!(clock, "{}", e.clock);
        padded.clear();
        let _ = write!(padded, " {clock:>clock_width$} ");
        let mut x = super::put(buf, (inner.x, y), right, &padded, paint(style::bold()));
        let (icon, icon_style) = icon(e);
        x = super::put(buf, (x, y), right, icon, paint(icon_style));
        x = super::put(buf, (x, y), right, " ", Style::new());
        for (t, s) in fit_spans(describe(app, i, e, last), room) {
            x = super::put(buf, (x, y), right, &t, paint(s));
        }
    }
    let selected = u16::try_from(cursor_row.saturating_sub(offset)).unwrap_or(u16::MAX);
    if selected < inner.height {
        let row = Rect {
            y: inner.y + selected,
            height: 1,
            ..inner
        };
        frame.buffer_mut().set_style(row, style::cursor());
    }
    if rows > height {
        let mut bar = ScrollbarState::new(rows - height)
            .position(offset)
            .viewport_content_length(height);
        frame.render_stateful_widget(style::scrollbar(), area.inner(Margin::new(0, 1)), &mut bar);
    }
}

/// The first row shown: the cursor sits mid-panel so both what led up to it and what comes
/// next stay visible. Computed from the cursor alone, so drawing keeps no scroll state.
pub fn scroll_offset(cursor: usize, len: usize, height: usize) -> usize {
    if len <= height {
        return 0;
    }
    cursor.saturating_sub(height / 2).min(len - height)
}

/// One column wide on purpose: emoji take two columns in some terminals and one in others.
fn icon(e: &Event) -> (&'static str, Style) {
    match e.kind {
        EventKind::Goal => ("●", style::side(e.side).patch(style::bold())),
        EventKind::Shot => ("○", style::side(e.side)),
        EventKind::Chance => ("◌", style::side(e.side)),
        EventKind::Card => match e.card {
            Some(c) => ("▮", style::card(c)),
            None => ("▮", Style::new()),
        },
        EventKind::Substitution => ("⇄", style::side(e.side)),
        EventKind::PeriodStart | EventKind::PeriodEnd => ("◷", Style::new()),
        EventKind::Note => ("·", style::dim()),
    }
}

/// The words of a moment's line. A goal still to come shows only that it is a goal: its
/// scorer and the score it makes would spoil the match.
fn describe<'e>(app: &App, i: usize, e: &'e Event, last: u8) -> Vec<(Cow<'e, str>, Style)> {
    let name = |k: usize| {
        e.players
            .get(k)
            .map(|n| text::short_in(n, &app.timeline))
            .filter(|n| !n.is_empty())
    };
    let team = style::side(e.side).patch(style::bold());
    let plain = Style::new();
    let word = |w: &'static str| (Cow::Borrowed(w), style::dim());
    match e.kind {
        _ if i > app.cursor => vec![(words::future_kind(e, last).into(), plain)],
        EventKind::Goal => {
            let state = app.timeline.state(i);
            let (score, pens) = if e.clock.period == clock::SHOOTOUT {
                (state.shootout, " pens")
            } else {
                (state.score, "")
            };
            let mut out = match name(0) {
                Some(n) => vec![(n, team), (" ".into(), plain)],
                None => vec![("Goal ".into(), team)],
            };
            out.push((format!("{score}{pens}").into(), style::bold()));
            if e.own_goal {
                out.push(word(" (OG)"));
            } else if e.penalty && e.clock.period != clock::SHOOTOUT {
                out.push(word(" (pen)"));
            }
            out
        }
        EventKind::Card => {
            let what = match e.card {
                Some(c) if c.sends_off() => " sent off",
                Some(CardColour::Yellow) => " booked",
                _ => " card",
            };
            match name(0) {
                Some(n) => vec![(n, team), word(what)],
                None => vec![(words::kind(e, last).into(), plain)],
            }
        }
        // Namesakes ("García for García") are told apart by `short_in`'s initials, and by
        // their full names where even those are the same.
        EventKind::Substitution => match (name(1), name(0)) {
            (Some(on), Some(off)) if on == off => {
                let full = |k: usize| e.players.get(k).map(|n| sanitize::clean(n));
                let (on, off) = (full(1).unwrap_or(on), full(0).unwrap_or(off));
                vec![(on, team), word(" for "), (off, plain)]
            }
            (Some(on), Some(off)) => vec![(on, team), word(" for "), (off, plain)],
            (Some(on), None) => vec![(on, team), word(" on")],
            (None, Some(off)) => vec![(off, team), word(" off")],
            (None, None) => vec![("Substitution".into(), plain)],
        },
        EventKind::Shot | EventKind::Chance => {
            let what = match e.kind {
                EventKind::Shot if e.clock.period == clock::SHOOTOUT => "missed",
                EventKind::Shot => "shot",
                _ => "chance",
            };
            match name(0) {
                Some(n) => vec![(n, team), (format!(" {what}").into(), style::dim())],
                None => vec![(words::kind(e, last).into(), plain)],
            }
        }
        EventKind::PeriodStart | EventKind::PeriodEnd => {
            vec![(words::kind(e, last).into(), style::bold())]
        }
        EventKind::Note => {
            let words = match e.words() {
                Cow::Borrowed(text) => sanitize::clean(text),
                Cow::Owned(line) => match sanitize::clean(&line) {
                    Cow::Borrowed(_) => Cow::Owned(line),
                    Cow::Owned(cleaned) => Cow::Owned(cleaned),
                },
            };
            vec![(words, plain)]
        }
    }
}

/// Cuts a run of styled words to `room` columns, ending in `…` where it was cut.
fn fit_spans(parts: Vec<(Cow<'_, str>, Style)>, room: usize) -> Vec<(Cow<'_, str>, Style)> {
    let mut left = room;
    let mut out = Vec::with_capacity(parts.len());
    for (t, s) in parts {
        let w = text::width(&t);
        if w <= left {
            left -= w;
            out.push((t, s));
        } else {
            out.push((text::fit(&t, left).into(), s));
            break;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Clock, Match, Side, Team};
    use crate::timeline::Timeline;

    #[test]
    fn a_substitution_between_namesakes_tells_them_apart() {
        let words = |off: &str, on: &str| {
            let mut sub = Event::new(Clock::exact(2, 46, 0), EventKind::Substitution, Side::Home);
            sub.players = vec![off.into(), on.into()];
            let m = Match {
                events: vec![sub],
                ..Match::new(Team::named("Girona"), Team::named("Barcelona"))
            };
            let app = App::new(Timeline::new(m));
            let e = &app.timeline.the_match.events[0];
            describe(&app, 0, e, 2)
                .into_iter()
                .map(|(t, _)| t)
                .collect::<String>()
        };
        assert_eq!(
            words("Pedro Alcalá García", "Aleix García"),
            "A. García for P. García"
        );
        assert_eq!(
            words("Alex García", "Aleix García"),
            "Aleix García for Alex García"
        );
    }

    #[test]
    fn keeps_the_cursor_mid_panel_and_in_view() {
        assert_eq!(scroll_offset(0, 5, 10), 0);
        assert_eq!(scroll_offset(3, 30, 10), 0);
        assert_eq!(scroll_offset(15, 30, 10), 10);
        assert_eq!(scroll_offset(29, 30, 10), 20);
        assert_eq!(scroll_offset(5, 30, 0), 5);
        for cursor in 0..30 {
            let o = scroll_offset(cursor, 30, 7);
            assert!(o <= cursor && cursor < o + 7);
        }
    }

    #[test]
    fn cuts_words_to_the_room_left() {
        let p = |t: &'static str| (Cow::Borrowed(t), Style::new());
        let cut = fit_spans(vec![p("Schürrle "), p("1-0")], 11);
        assert_eq!(cut, vec![p("Schürrle "), p("1…")]);
    }
}
