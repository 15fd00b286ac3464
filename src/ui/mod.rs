//! Drawing the viewer: `draw` reads the `App` and never changes it.

mod footer;
mod help;
mod layout;
mod moments;
mod narrative;
mod panel;
mod pitch;
mod pitch_marks;
mod players;
mod reader;
mod scoreboard;
mod style;
mod text;
pub mod timeline_bar;
mod warnings;
mod words;

pub use layout::{Areas, PITCH_AUTO_HEIGHT, PITCH_AUTO_WIDTH, layout, pitch_shown};

use crate::app::{App, Mode};
use ratatui::Frame;
use ratatui::buffer::Buffer;
use ratatui::layout::{Alignment, Constraint, Rect};
use ratatui::style::Style;
use ratatui::text::Line;
use ratatui::widgets::Widget;
use ratatui::widgets::{Paragraph, Wrap};

/// The smallest terminal the full viewer is laid out for.
pub const MIN_WIDTH: u16 = 80;
pub const MIN_HEIGHT: u16 = 24;

/// Draws the whole viewer.
pub fn draw(frame: &mut Frame, app: &App) {
    let area = frame.area();
    let Some(a) = layout(app, area) else {
        too_small(frame, area);
        return;
    };
    scoreboard::render(frame, a.scoreboard, app);
    timeline_bar::render(frame, a.timeline_bar, app);
    moments::render(frame, a.moments, app);
    if app.reader {
        reader::render(frame, a.narrative.union(a.players), app);
    } else {
        if let Some(p) = a.pitch {
            pitch::render(frame, p, app);
        }
        if !a.narrative.is_empty() {
            narrative::render(frame, a.narrative, app);
        }
        players::render(frame, a.players, app);
    }
    footer::render(frame, a.footer, app);
    match app.mode {
        Mode::Help => help::render(frame, area),
        Mode::Warnings => warnings::render(frame, area, app),
        _ => {}
    }
}

/// Writes `content` at (`x`, `y`) in `style`, cut at column `right`, and returns the column
/// after it, without a widget's wrapping machinery: the long lists (moments, players) are
/// drawn with it on every frame. Runs of plain spaces (padding) are stepped over rather than
/// written, as the cells are blank.
fn put(buf: &mut Buffer, (mut x, y): (u16, u16), right: u16, content: &str, style: Style) -> u16 {
    if x >= right {
        return x;
    }
    if style == Style::default() && content.bytes().all(|b| b == b' ') {
        return x.saturating_add(u16::try_from(content.len()).unwrap_or(u16::MAX));
    }
    let ascii = content.is_ascii();
    if ascii || content.chars().all(text::one_cell) {
        // One cell a character, so it skips the grapheme segmentation that `set_stringn`
        // does; control characters are dropped as `set_stringn` drops them.
        for c in content.chars().filter(|c| !(ascii && c.is_ascii_control())) {
            if x >= right {
                break;
            }
            if let Some(cell) = buf.cell_mut((x, y)) {
                cell.set_char(c).set_style(style);
            }
            x += 1;
        }
        return x;
    }
    let room = usize::from(right - x);
    buf.set_stringn(x, y, content, room, style).0
}

/// Renders `line` into `area` as `Line::render` does, cell for cell. A line of one-cell
/// characters that fits is written directly, without the grapheme segmentation and the
/// restyling of the whole row that `Line::render` does; panel titles and the scoreboard are
/// drawn with it on every frame. Anything else goes to `Line::render`.
fn render_line(line: &Line, area: Rect, buf: &mut Buffer) {
    if !render_fitting_line(line, area, buf) {
        line.render(area, buf);
    }
}

/// Writes `line` into the first row of `area` if it is made of one-cell characters and fits
/// whole; otherwise writes nothing and returns false. Where it writes, the cells are what
/// `Line::render` would leave, and for a line with no style of its own that is not centred
/// (a `Paragraph` centres odd widths a column to the right), what a `Paragraph` of that one
/// line would leave on a blank area.
fn render_fitting_line(line: &Line, area: Rect, buf: &mut Buffer) -> bool {
    let area = area.intersection(buf.area);
    let simple = line
        .spans
        .iter()
        .all(|s| s.content.chars().all(text::one_cell));
    let width: usize = line.spans.iter().map(|s| s.content.chars().count()).sum();
    if !simple || width > usize::from(area.width) {
        return false;
    }
    if area.is_empty() || width == 0 {
        return true;
    }
    let row = Rect { height: 1, ..area };
    // Restyling with the empty style changes nothing, so only a styled line pays for it.
    if line.style != Style::default() {
        buf.set_style(row, line.style);
    }
    let spare = area.width - u16::try_from(width).unwrap_or(area.width);
    let mut x = area.x
        + match line.alignment {
            Some(Alignment::Center) => spare / 2,
            Some(Alignment::Right) => spare,
            Some(Alignment::Left) | None => 0,
        };
    for span in &line.spans {
        for c in span.content.chars() {
            if let Some(cell) = buf.cell_mut((x, row.y)) {
                cell.set_char(c).set_style(span.style);
            }
            x += 1;
        }
    }
    true
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
    fn renders_lines_as_line_render_does() {
        use ratatui::buffer::Buffer;
        use ratatui::style::{Color, Modifier};
        use ratatui::text::Span;
        let lines = [
            Line::from(vec![
                Span::styled(" Every event ", Style::new().fg(Color::Cyan)),
                Span::raw("12/300 "),
            ]),
            Line::styled(" touchline ", Style::new().add_modifier(Modifier::BOLD)),
            Line::from(vec![
                Span::styled(" ● ", Style::new().bg(Color::Red)),
                Span::raw("Schürrle"),
            ]),
            Line::raw("日本語 wide"),
            Line::raw("e\u{301} combining"),
            Line::raw(""),
            Line::styled("  ", Style::new().fg(Color::Yellow)),
        ];
        for line in lines {
            for aligned in [
                line.clone(),
                line.clone().left_aligned(),
                line.clone().centered(),
                line.clone().right_aligned(),
            ] {
                for area in [
                    Rect::new(2, 1, 30, 1),
                    Rect::new(0, 0, 40, 3),
                    Rect::new(5, 2, 9, 1),
                    Rect::new(1, 1, 0, 1),
                    Rect::new(35, 2, 10, 1),
                ] {
                    let mut ours = Buffer::empty(Rect::new(0, 0, 40, 4));
                    ours.set_style(Rect::new(0, 0, 40, 4), Style::new().fg(Color::Green));
                    let mut theirs = ours.clone();
                    render_line(&aligned, area, &mut ours);
                    (&aligned).render(area, &mut theirs);
                    assert_eq!(ours, theirs, "{aligned:?} in {area:?}");
                    let mut ours = Buffer::empty(Rect::new(0, 0, 40, 4));
                    let mut theirs = ours.clone();
                    if aligned.style == Style::default()
                        && aligned.alignment != Some(Alignment::Center)
                        && render_fitting_line(&aligned, area, &mut ours)
                    {
                        Paragraph::new(aligned.clone()).render(area, &mut theirs);
                        assert_eq!(ours, theirs, "paragraph {aligned:?} in {area:?}");
                    }
                }
            }
        }
    }

    #[test]
    fn too_small_says_so_and_never_panics() {
        let app = App::new(Timeline::new(Match::new(
            Team::named("A"),
            Team::named("B"),
        )));
        for (w, h) in [(0, 0), (1, 1), (0, 30), (200, 0), (79, 24), (80, 23)] {
            render(&app, w, h);
        }
        assert!(render(&app, 79, 24).contains("terminal too small: 79x24, need 80x24"));
        assert!(layout(&app, Rect::new(0, 0, 80, 24)).is_some());
        assert!(layout(&app, Rect::new(0, 0, 79, 24)).is_none());
    }
}
