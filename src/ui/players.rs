//! Both squads as they stand at the cursor: goals (●), assists (A), cards, substitutions, who
//! is on the pitch and, where line-ups are known, minutes played so far.

use super::{style, text};
use crate::app::App;
use crate::model::Side;
use crate::timeline::{PlayerState, RosterEntry};
use ratatui::Frame;
use ratatui::layout::{Margin, Rect};
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Padding, ScrollbarState};

/// Columns taken by the gutter mark and a shirt number ("› 10 ").
const GUTTER: usize = 2;
const NUMBER: usize = 3;
/// Room kept for goal, card and substitution marks after a name.
const MARKS: usize = 4;
/// Minutes played, right-aligned: " 120'".
const MINUTES: usize = 5;

pub fn render(frame: &mut Frame, area: Rect, app: &App) {
    let block = style::panel(" Players ").padding(Padding::horizontal(1));
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let tl = &app.timeline;
    let involved: Vec<usize> = app
        .current()
        .map(|e| {
            e.players
                .iter()
                .enumerate()
                .filter_map(|(k, n)| {
                    let side = if k == 0 && e.own_goal {
                        e.side.opponent()
                    } else {
                        e.side
                    };
                    tl.roster_index(side, n)
                })
                .collect()
        })
        .unwrap_or_default();
    let state = app.state();
    let numbers = tl.roster.iter().any(|r| r.player.number.is_some());
    let width = usize::from(inner.width);
    // Minutes played only mean something when the source said who started.
    let now = tl.lineups_known.then(|| tl.minute_at(app.cursor));
    let fixed = GUTTER + if numbers { NUMBER } else { 0 } + if now.is_some() { MINUTES } else { 0 };
    let longest = tl
        .roster
        .iter()
        .map(|r| text::width(&text::clean(&r.player.name)))
        .max();
    // Full names when every one fits, surnames otherwise: one rule for the whole panel.
    let full = longest.is_some_and(|l| fixed + l + MARKS <= width);

    let mut lines: Vec<Line> = Vec::new();
    // The first line of the moment's first player, and the heading of that player's team.
    let mut focus: Option<(usize, usize)> = None;
    for (side, team) in [
        (Side::Home, &tl.the_match.home),
        (Side::Away, &tl.the_match.away),
    ] {
        if side == Side::Away {
            lines.push(Line::default());
        }
        let heading = lines.len();
        lines.push(Line::styled(
            text::fit(&text::clean(&team.name), width),
            style::side(side).add_modifier(Modifier::BOLD | Modifier::UNDERLINED),
        ));
        for (i, entry) in tl.roster.iter().enumerate().filter(|(_, r)| r.side == side) {
            let ps = state.players.get(i).copied().unwrap_or_default();
            let here = involved.contains(&i);
            if here && focus.is_none() {
                focus = Some((heading, lines.len()));
            }
            let row = Row {
                entry,
                ps,
                now,
                here,
                numbers,
                full,
                lineups: tl.lineups_known,
            };
            lines.push(row.line(width.saturating_sub(fixed)));
        }
    }
    if tl.roster.is_empty() {
        lines.push(Line::default());
        lines.push(Line::styled("No players named.", style::dim()));
    }
    let height = usize::from(inner.height);
    let offset = scroll_offset(focus, lines.len(), height);
    let total = lines.len();
    super::draw_lines(frame, inner, lines.iter().skip(offset));
    if total > height {
        let mut bar = ScrollbarState::new(total - height)
            .position(offset)
            .viewport_content_length(height);
        frame.render_stateful_widget(style::scrollbar(), area.inner(Margin::new(0, 1)), &mut bar);
    }
}

/// The first line shown: none scrolled away unless the moment's players would be hidden,
/// and then their team's heading kept on screen with them when it fits.
fn scroll_offset(focus: Option<(usize, usize)>, total: usize, height: usize) -> usize {
    let Some((heading, line)) = focus else {
        return 0;
    };
    if line < height {
        return 0;
    }
    let offset = if line - heading < height {
        heading
    } else {
        line + 1 - height / 2
    };
    offset.min(total.saturating_sub(height))
}

/// One roster line being drawn.
struct Row<'r> {
    entry: &'r RosterEntry,
    ps: PlayerState,
    /// The match minute at the cursor, when minutes played are shown.
    now: Option<u16>,
    here: bool,
    numbers: bool,
    full: bool,
    lineups: bool,
}

impl Row<'_> {
    fn line<'a>(&self, room: usize) -> Line<'a> {
        let (ps, p) = (self.ps, &self.entry.player);
        let mut spans = vec![if self.here {
            Span::styled("› ", style::message())
        } else {
            Span::raw("  ")
        }];
        if self.numbers {
            let n = p.number.map(|n| n.to_string()).unwrap_or_default();
            spans.push(Span::styled(format!("{n:>2} "), style::dim()));
        }
        let marks = marks(&ps, self.entry.side);
        let marks_width: usize = marks.iter().map(|s| s.width()).sum();
        let name = if self.full {
            text::clean(&p.name)
        } else {
            text::short(&p.name)
        };
        let name = text::fit(&name, room.saturating_sub(marks_width).max(4));
        // Marks sit flush right, in a column of their own, so goals and cards line up.
        let pad = room.saturating_sub(text::width(&name) + marks_width);
        // Off the pitch only means something when the source said who started.
        let benched = self.lineups && !ps.on_pitch;
        let name_style = if ps.sent_off {
            style::sent_off()
        } else if benched {
            style::dim()
        } else {
            Style::new()
        };
        let name_style = if self.here {
            name_style.patch(style::bold())
        } else {
            name_style
        };
        spans.push(Span::styled(name, name_style));
        spans.push(Span::raw(" ".repeat(pad)));
        spans.extend(marks);
        if let Some(now) = self.now {
            let played = ps.minutes(now).map(|m| format!("{m}'")).unwrap_or_default();
            spans.push(Span::styled(format!("{played:>MINUTES$}"), style::dim()));
        }
        Line::from(spans)
    }
}

/// Goals, own goals, cards and substitutions, after the name.
fn marks<'a>(ps: &PlayerState, side: Side) -> Vec<Span<'a>> {
    let mut out = Vec::new();
    let goal = style::side(side).patch(style::bold());
    match ps.goals {
        0 => {}
        n @ 1..=3 => out.push(Span::styled(
            format!(" {}", "●".repeat(usize::from(n))),
            goal,
        )),
        n => out.push(Span::styled(format!(" ●×{n}"), goal)),
    }
    match ps.assists {
        0 => {}
        1 => out.push(Span::styled(" A", style::side(side))),
        n => out.push(Span::styled(format!(" A{n}"), style::side(side))),
    }
    if ps.own_goals > 0 {
        out.push(Span::styled(" (OG)", style::off()));
    }
    let yellows = if ps.sent_off {
        ps.yellow_cards.min(1)
    } else {
        ps.yellow_cards
    };
    if yellows > 0 || ps.sent_off {
        out.push(Span::raw(" "));
    }
    if yellows > 0 {
        out.push(Span::styled(
            "▮".repeat(usize::from(yellows.min(2))),
            style::card(crate::model::CardColour::Yellow),
        ));
    }
    if ps.sent_off {
        out.push(Span::styled(
            "▮",
            style::card(crate::model::CardColour::Red),
        ));
    }
    if ps.subbed_on {
        out.push(Span::styled(" ▲", style::on()));
    }
    if ps.subbed_off {
        out.push(Span::styled(" ▼", style::off()));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scrolls_only_to_bring_the_moment_into_view() {
        assert_eq!(scroll_offset(None, 40, 10), 0);
        assert_eq!(scroll_offset(Some((0, 5)), 40, 10), 0);
        // Away heading at 15, player at 18: show from the heading.
        assert_eq!(scroll_offset(Some((15, 18)), 40, 10), 15);
        // Player far below the heading: centre the player.
        assert_eq!(scroll_offset(Some((15, 30)), 40, 10), 26);
        assert_eq!(scroll_offset(Some((15, 39)), 40, 10), 30);
    }
}
