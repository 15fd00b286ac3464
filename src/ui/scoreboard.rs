//! The score bug: both teams, the score at the cursor, the clock, the competition and date.

use super::{style, text, words};
use crate::app::App;
use crate::model::{Side, clock};
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};

/// Room for the clock on the left and the period on the right ("ET half time").
const SIDE_WIDTH: u16 = 13;

pub fn render(frame: &mut Frame, area: Rect, app: &App) {
    let m = &app.timeline.the_match;
    let mut about: Vec<String> = Vec::new();
    if let Some(c) = &m.competition {
        about.push(text::clean(c));
    }
    if let Some(d) = m.date {
        about.push(d.format("%a %-d %b %Y").to_string());
    }
    let mut block = style::panel(" touchline ");
    if !about.is_empty() {
        block = block.title_top(
            Line::styled(format!(" {} ", about.join(" · ")), style::dim()).right_aligned(),
        );
    }
    let inner = block.inner(area);
    frame.render_widget(block, area);

    let state = app.state();
    let mut score = format!(" {} - {} ", state.score.home, state.score.away);
    // The shoot-out is only news once the cursor reaches it; before that it would spoil.
    let in_shootout = app
        .current()
        .is_some_and(|e| e.clock.period == clock::SHOOTOUT);
    if m.shootout.is_some() && in_shootout {
        score = format!(" {}, {} pens ", score.trim(), state.shootout);
    }
    let score_width = u16::try_from(text::width(&score)).unwrap_or(u16::MAX) + 2;
    let [top, below] = Layout::vertical([Constraint::Length(1), Constraint::Fill(1)]).areas(inner);
    let [left, home, mid, away, right] = Layout::horizontal([
        Constraint::Length(SIDE_WIDTH),
        Constraint::Fill(1),
        Constraint::Length(score_width),
        Constraint::Fill(1),
        Constraint::Length(SIDE_WIDTH),
    ])
    .areas(top);

    let (clock_text, status) = match app.current() {
        Some(e) => (
            e.clock.to_string(),
            words::status(e, app.timeline.last_period()),
        ),
        None => ("–".to_string(), ""),
    };
    let team_line = |side: Side, w: u16| {
        let n = if side == Side::Home {
            &m.home.name
        } else {
            &m.away.name
        };
        Line::from(Span::styled(
            text::fit(&text::clean(n), usize::from(w)),
            style::side(side).patch(style::bold()),
        ))
    };
    // Each piece is one line, fitted already: drawn as a `Line`, without a `Paragraph`'s
    // wrapping machinery, as the scoreboard is drawn on every frame. Styles go on the spans,
    // as a `Line`'s own style would paint its whole area (a wider score chip).
    let buf = frame.buffer_mut();
    let clock = Line::from(vec![
        Span::raw(" "),
        Span::styled(clock_text, style::bold()),
    ]);
    super::render_line(&clock, left, buf);
    super::render_line(
        &team_line(Side::Home, home.width).right_aligned(),
        home,
        buf,
    );
    let score = Line::from(Span::styled(score, style::cursor())).centered();
    super::render_line(&score, mid, buf);
    super::render_line(&team_line(Side::Away, away.width), away, buf);
    let status = Line::from(Span::styled(format!("{status} "), style::dim())).right_aligned();
    super::render_line(&status, right, buf);

    // Below the teams, as the rows allow: shot totals where the match has shot data, then
    // the scorers so far. Both may use the whole half of the bar.
    let totals = app.timeline.has_shot_data() && below.height >= 2;
    let [totals_row, scorers_row] =
        Layout::vertical([Constraint::Length(u16::from(totals)), Constraint::Fill(1)]).areas(below);
    let halves = |row: Rect| {
        Layout::horizontal([
            Constraint::Fill(1),
            Constraint::Length(score_width),
            Constraint::Fill(1),
        ])
        .areas::<3>(row)
    };
    let mut both = |row: Rect, words: &dyn Fn(Side, usize) -> String| {
        if row.height == 0 {
            return;
        }
        let [home, _, away] = halves(row);
        let line = |side: Side, w: u16| {
            Line::from(Span::styled(words(side, usize::from(w)), style::dim()))
        };
        let buf = frame.buffer_mut();
        super::render_line(&line(Side::Home, home.width).right_aligned(), home, buf);
        super::render_line(&line(Side::Away, away.width), away, buf);
    };
    if totals {
        both(totals_row, &|side, w| shot_line(app, side, w));
    }
    both(scorers_row, &|side, w| text::fit(&scorers(app, side), w));
}

/// A team's shots so far: `shots 7 (3 on target)  xG 1.24`, shorter where that does not fit.
fn shot_line(app: &App, side: Side, width: usize) -> String {
    let t = app.state().shots(side);
    let long = format!(
        "shots {} ({} on target)  xG {:.2}",
        t.shots, t.on_target, t.xg
    );
    if text::width(&long) <= width {
        return long;
    }
    text::fit(
        &format!("shots {} ({})  xG {:.2}", t.shots, t.on_target, t.xg),
        width,
    )
}

/// The goals credited to `side` up to the cursor, grouped by scorer as broadcasters show
/// them: `Batshuayi 44', 90+3'  Reus 65' (pen)`.
fn scorers(app: &App, side: Side) -> String {
    let events = &app.timeline.the_match.events;
    let mut by_player: Vec<(String, Vec<String>)> = Vec::new();
    for &g in app.timeline.goals().iter().filter(|&&g| g <= app.cursor) {
        let Some(e) = events.get(g).filter(|e| e.side == side) else {
            continue;
        };
        // A goal whose scorer the source does not name is listed by its minute alone.
        let who = e
            .actor()
            .map(|n| text::short_in(n, &app.timeline).into_owned())
            .unwrap_or_default();
        let mut when = e.clock.to_string();
        if e.own_goal {
            when.push_str(" (OG)");
        } else if e.penalty {
            when.push_str(" (pen)");
        }
        match by_player.iter_mut().find(|(n, _)| *n == who) {
            Some((_, times)) => times.push(when),
            None => by_player.push((who, vec![when])),
        }
    }
    by_player
        .into_iter()
        .map(|(n, times)| format!("{n} {}", times.join(", ")).trim_start().to_string())
        .collect::<Vec<_>>()
        .join("  ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::action::Action;
    use crate::model::{Clock, Event, EventKind, Match, Score, Team};
    use crate::timeline::Timeline;

    fn goal(minute: u16, side: Side, who: &[&str], penalty: bool) -> Event {
        Event {
            players: who.iter().map(|&p| p.into()).collect(),
            penalty,
            ..Event::new(Clock::from_minute(minute, 0), EventKind::Goal, side)
        }
    }

    #[test]
    fn lists_scorers_so_far_grouped_by_player() {
        let m = Match {
            date: None,
            competition: None,
            home: Team::named("Home"),
            away: Team::named("Away"),
            final_score: Score::new(3, 1),
            shootout: None,
            events: vec![
                goal(10, Side::Home, &["Michy Batshuayi"], false),
                goal(20, Side::Away, &[], false),
                goal(30, Side::Home, &["Marco Reus"], true),
                goal(40, Side::Home, &["Michy Batshuayi"], false),
            ],
            warnings: vec![],
            report: None,
        };
        let mut app = App::new(Timeline::new(m));
        assert_eq!(scorers(&app, Side::Home), "Batshuayi 10'");
        app.update(Action::Last);
        assert_eq!(
            scorers(&app, Side::Home),
            "Batshuayi 10', 40'  Reus 30' (pen)"
        );
        assert_eq!(scorers(&app, Side::Away), "20'");
    }
}
