//! Drawing the viewer: `draw` reads the `App` and never changes it.

mod footer;
mod help;
mod moments;
mod narrative;
mod players;
mod reader;
mod scoreboard;
mod style;
mod text;
pub mod timeline_bar;
mod words;

use crate::app::{App, Mode};
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::widgets::{Paragraph, Wrap};

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
    // A tall terminal has room for the scorers under the team names.
    let scoreboard_height = if area.height >= 30 { 4 } else { 3 };
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
        footer,
    })
}

/// Draws the whole viewer.
pub fn draw(frame: &mut Frame, app: &App) {
    let area = frame.area();
    let Some(a) = areas(area) else {
        too_small(frame, area);
        return;
    };
    scoreboard::render(frame, a.scoreboard, app);
    timeline_bar::render(frame, a.timeline_bar, app);
    moments::render(frame, a.moments, app);
    if app.reader {
        reader::render(frame, a.narrative.union(a.players), app);
    } else {
        narrative::render(frame, a.narrative, app);
        players::render(frame, a.players, app);
    }
    footer::render(frame, a.footer, app);
    if app.mode == Mode::Help {
        help::render(frame, area);
    }
}

/// A clear, centred notice instead of a garbled layout.
fn too_small(frame: &mut Frame, area: Rect) {
    if area.is_empty() {
        return;
    }
    let notice = format!(
        "terminal too small: {}x{}, need {MIN_WIDTH}x{MIN_HEIGHT}",
        area.width, area.height
    );
    let lines = text::width(&notice).div_ceil(usize::from(area.width));
    let lines = u16::try_from(lines).unwrap_or(u16::MAX);
    frame.render_widget(
        Paragraph::new(notice).centered().wrap(Wrap { trim: true }),
        area.centered_vertically(Constraint::Length(lines)),
    );
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Clock, Event, EventKind, Match, Player, Score, Side, Team};
    use crate::timeline::Timeline;
    use ratatui::Terminal;
    use ratatui::backend::TestBackend;

    fn render(app: &App, width: u16, height: u16) -> String {
        let mut terminal = Terminal::new(TestBackend::new(width, height)).expect("terminal");
        terminal.draw(|f| draw(f, app)).expect("draw");
        let buf = terminal.backend().buffer();
        buf.content().iter().map(|c| c.symbol()).collect()
    }

    #[test]
    fn hostile_names_reach_the_screen_without_escapes() {
        let mut home = Team::named("Dortmund\x1b[31m");
        home.players
            .push(Player::named("Marco \x1b[2JReus\u{202E}"));
        let mut goal = Event::new(Clock::exact(1, 9, 0), EventKind::Goal, Side::Home);
        goal.players = vec!["Marco \x1b[2JReus\u{202E}".into()];
        goal.text = "Reus\x1b]0;pwned\x07 scores\u{9b}31m".into();
        let m = Match {
            date: None,
            competition: Some("Cup\x1b[5m".into()),
            home,
            away: Team::named("Atalanta"),
            final_score: Score::new(1, 0),
            shootout: None,
            events: vec![goal],
            warnings: vec![],
            report: None,
        };
        let app = App::new(Timeline::new(m));
        let screen = render(&app, 120, 40);
        assert!(screen.contains("Dortmund[31m"), "{screen}");
        assert!(screen.contains("[2JReus"), "{screen}");
        assert!(
            !screen.chars().any(|c| c.is_control()),
            "control character on screen"
        );
        assert!(!screen.contains('\u{202E}'), "bidi override on screen");
    }

    #[test]
    fn too_small_says_so_and_never_panics() {
        let app = App::new(Timeline::new(Match {
            date: None,
            competition: None,
            home: Team::named("A"),
            away: Team::named("B"),
            final_score: Score::default(),
            shootout: None,
            events: vec![],
            warnings: vec![],
            report: None,
        }));
        for (w, h) in [(0, 0), (1, 1), (0, 30), (200, 0), (79, 24), (80, 23)] {
            render(&app, w, h);
        }
        assert!(render(&app, 79, 24).contains("terminal too small: 79x24, need 80x24"));
        assert!(areas(Rect::new(0, 0, 80, 24)).is_some());
        assert!(areas(Rect::new(0, 0, 79, 24)).is_none());
    }
}
