//! Both squads as they stand at the cursor: shirt numbers and positions where the source gives
//! them, goals (●), assists (A), cards, substitutions, who is on the pitch and, where line-ups
//! are known, minutes played so far.

use super::{style, text};
use crate::app::App;
use crate::model::Side;
use crate::sanitize;
use crate::timeline::{PlayerState, RosterEntry, Timeline};
use ratatui::Frame;
use ratatui::buffer::Buffer;
use ratatui::layout::{Margin, Rect};
use ratatui::style::{Modifier, Style};
use ratatui::widgets::{Padding, ScrollbarState};
use std::borrow::Cow;
use std::fmt::Write;

/// Columns taken by the gutter mark and a shirt number ("› 10 ").
const GUTTER: usize = 2;
const NUMBER: usize = 3;
/// A playing position, where the source gives them: "RCB ".
const POSITION: usize = 4;
/// The least room a name keeps before positions give way to it.
const NAME_ROOM: usize = 12;
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
    // Positions (event data gives them) where the panel is wide enough to keep names legible.
    let positions = tl.roster.iter().any(|r| r.player.position.is_some())
        && fixed + POSITION + NAME_ROOM + MARKS <= width;
    let fixed = fixed + if positions { POSITION } else { 0 };
    let longest = tl
        .roster
        .iter()
        .map(|r| text::width(&sanitize::clean(&r.player.name)))
        .max();
    // Full names when every one fits, surnames otherwise: one rule for the whole panel.
    let full = longest.is_some_and(|l| fixed + l + MARKS <= width);

    let mut items: Vec<Item> = Vec::new();
    // The first line of the moment's first player, and the heading of that player's team.
    let mut focus: Option<(usize, usize)> = None;
    for side in [Side::Home, Side::Away] {
        if side == Side::Away {
            items.push(Item::Blank);
        }
        let heading = items.len();
        items.push(Item::Heading(side));
        for (i, _) in tl.roster.iter().enumerate().filter(|(_, r)| r.side == side) {
            if focus.is_none() && involved.contains(&i) {
                focus = Some((heading, items.len()));
            }
            items.push(Item::Player(i));
        }
    }
    if tl.roster.is_empty() {
        items.push(Item::Blank);
        items.push(Item::NoPlayers);
    }
    let height = usize::from(inner.height);
    let offset = scroll_offset(focus, items.len(), height);
    let total = items.len();
    // Drawn straight into the buffer, only the rows on screen: the panel is drawn on every
    // frame, and a line of spans for each player cost an allocation for every piece.
    let buf = frame.buffer_mut();
    let right = inner.right();
    let mut scratch = String::new();
    for (y, item) in (inner.top()..inner.bottom()).zip(items.iter().skip(offset)) {
        let at = (inner.x, y);
        match *item {
            Item::Blank => {}
            Item::Heading(side) => {
                let team = tl.the_match.team(side).map_or("", |t| t.name.as_str());
                let st = style::side(side).add_modifier(Modifier::BOLD | Modifier::UNDERLINED);
                super::put(
                    buf,
                    at,
                    right,
                    &text::fit(&sanitize::clean(team), width),
                    st,
                );
            }
            Item::Player(i) => {
                let Some(entry) = tl.roster.get(i) else {
                    continue;
                };
                let row = Row {
                    entry,
                    timeline: tl,
                    ps: state.players.get(i).copied().unwrap_or_default(),
                    now,
                    here: involved.contains(&i),
                    numbers,
                    positions,
                    full,
                    lineups: tl.lineups_known,
                };
                row.draw(buf, at, right, width.saturating_sub(fixed), &mut scratch);
            }
            Item::NoPlayers => {
                super::put(buf, at, right, "No players named.", style::dim());
            }
        }
    }
    if total > height {
        let mut bar = ScrollbarState::new(total - height)
            .position(offset)
            .viewport_content_length(height);
        frame.render_stateful_widget(style::scrollbar(), area.inner(Margin::new(0, 1)), &mut bar);
    }
}

/// One line of the panel.
#[derive(Debug, Clone, Copy)]
enum Item {
    Blank,
    /// A team's name.
    Heading(Side),
    /// The roster entry at this index.
    Player(usize),
    NoPlayers,
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
    timeline: &'r Timeline,
    ps: PlayerState,
    /// The match minute at the cursor, when minutes played are shown.
    now: Option<u16>,
    here: bool,
    numbers: bool,
    positions: bool,
    full: bool,
    lineups: bool,
}

impl Row<'_> {
    /// Writes the row at `at`, cut at column `right`; `room` is what the name and marks have.
    fn draw(
        &self,
        buf: &mut Buffer,
        (mut x, y): (u16, u16),
        right: u16,
        room: usize,
        scratch: &mut String,
    ) {
        let (ps, p) = (self.ps, &self.entry.player);
        let mut put = |x: u16, text: &str, st: Style| super::put(buf, (x, y), right, text, st);
        x = if self.here {
            put(x, "› ", style::message())
        } else {
            put(x, "  ", Style::new())
        };
        // Writing to a String cannot fail.
        if self.numbers {
            scratch.clear();
            match p.number {
                Some(n) => write!(scratch, "{n:>2} "),
                None => write!(scratch, "{:>2} ", ""),
            }
            .ok();
            x = put(x, scratch, style::dim());
        }
        if self.positions {
            scratch.clear();
            let position = p
                .position
                .as_deref()
                .map(sanitize::clean)
                .unwrap_or_default();
            let position = text::fit(&position, POSITION - 1);
            let pad = POSITION - text::width(&position).min(POSITION - 1);
            write!(scratch, "{position}{:pad$}", "").ok();
            x = put(x, scratch, style::dim());
        }
        let marks = marks(&ps, self.entry.side);
        let marks_width: usize = marks.iter().map(|(t, _)| text::width(t)).sum();
        let name = if self.full {
            sanitize::clean(&p.name)
        } else {
            text::short_in(&p.name, self.timeline)
        };
        let max = room.saturating_sub(marks_width).max(4);
        let name = if text::width(&name) <= max {
            name
        } else {
            Cow::Owned(text::fit(&name, max))
        };
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
        x = put(x, &name, name_style);
        if x < right {
            x = x.saturating_add(u16::try_from(pad).unwrap_or(u16::MAX));
        }
        for (t, st) in &marks {
            x = put(x, t, *st);
        }
        if let Some(now) = self.now {
            scratch.clear();
            match ps.minutes(now) {
                Some(m) => write!(scratch, "{:>w$}'", m, w = MINUTES - 1),
                None => write!(scratch, "{:>MINUTES$}", ""),
            }
            .ok();
            put(x, scratch, style::dim());
        }
    }
}

/// Goals, own goals, cards and substitutions, after the name.
fn marks(ps: &PlayerState, side: Side) -> Vec<(Cow<'static, str>, Style)> {
    let mut out: Vec<(Cow<'static, str>, Style)> = Vec::new();
    let goal = style::side(side).patch(style::bold());
    match ps.goals {
        0 => {}
        1 => out.push((" ●".into(), goal)),
        2 => out.push((" ●●".into(), goal)),
        3 => out.push((" ●●●".into(), goal)),
        n => out.push((format!(" ●×{n}").into(), goal)),
    }
    match ps.assists {
        0 => {}
        1 => out.push((" A".into(), style::side(side))),
        n => out.push((format!(" A{n}").into(), style::side(side))),
    }
    if ps.own_goals > 0 {
        out.push((" (OG)".into(), style::off()));
    }
    let yellows = if ps.sent_off {
        ps.yellow_cards.min(1)
    } else {
        ps.yellow_cards
    };
    if yellows > 0 || ps.sent_off {
        out.push((" ".into(), Style::new()));
    }
    match yellows {
        0 => {}
        1 => out.push(("▮".into(), style::card(crate::model::CardColour::Yellow))),
        _ => out.push(("▮▮".into(), style::card(crate::model::CardColour::Yellow))),
    }
    if ps.sent_off {
        out.push(("▮".into(), style::card(crate::model::CardColour::Red)));
    }
    if ps.subbed_on {
        out.push((" ▲".into(), style::on()));
    }
    if ps.subbed_off {
        out.push((" ▼".into(), style::off()));
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
