//! The viewer's colours and panel frame, kept in one place so every panel agrees.

use crate::model::{CardColour, Side};
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::Line;
use ratatui::widgets::{Block, BorderType, Scrollbar, ScrollbarOrientation};

/// Home and away colours; yellow and red are kept free for cards.
const HOME: Color = Color::Cyan;
const AWAY: Color = Color::LightMagenta;

/// The colour of a team, or plain text for moments that belong to neither.
pub fn side(side: Side) -> Style {
    match side {
        Side::Home => Style::new().fg(HOME),
        Side::Away => Style::new().fg(AWAY),
        Side::None => Style::new(),
    }
}

/// A card's own colour.
pub fn card(colour: CardColour) -> Style {
    match colour {
        CardColour::Yellow => Style::new().fg(Color::Yellow),
        CardColour::SecondYellow | CardColour::Red => Style::new().fg(Color::Red),
    }
}

/// Secondary text: what is still to come, labels, placeholders.
pub fn dim() -> Style {
    Style::new().fg(Color::DarkGray)
}

/// The part of the match already played, on the timeline bar.
pub fn played() -> Style {
    Style::new().fg(Color::Green)
}

/// Arrows for players coming on and going off, as broadcasters colour them.
pub fn on() -> Style {
    Style::new().fg(Color::Green)
}

pub fn off() -> Style {
    Style::new().fg(Color::Red)
}

/// A player who has been sent off: still listed, clearly out of the match.
pub fn sent_off() -> Style {
    Style::new()
        .fg(Color::Red)
        .add_modifier(Modifier::CROSSED_OUT)
}

/// The selected row, as lazygit and gitui mark it.
pub fn cursor() -> Style {
    Style::new().add_modifier(Modifier::REVERSED | Modifier::BOLD)
}

/// Key names in the footer and help.
pub fn key() -> Style {
    Style::new().fg(Color::Cyan).add_modifier(Modifier::BOLD)
}

/// A one-line notice such as "no more goals".
pub fn message() -> Style {
    Style::new().fg(Color::Yellow).add_modifier(Modifier::BOLD)
}

pub fn bold() -> Style {
    Style::new().add_modifier(Modifier::BOLD)
}

/// The frame every panel sits in: rounded, quiet borders and a bold title.
pub fn panel<'a>(title: impl Into<Line<'a>>) -> super::panel::Panel<'a> {
    super::panel::Panel::new(title)
}

/// The same frame as a `Block`, for the help overlay, which is drawn over other panels and
/// must blank what is under it.
pub fn popup<'a>(title: impl Into<Line<'a>>) -> Block<'a> {
    Block::bordered()
        .border_type(BorderType::Rounded)
        .border_style(dim())
        .title(title.into().style(bold()))
}

/// A scrollbar drawn over a panel's right border, in the border's own line, so it costs no
/// column of text.
pub fn scrollbar<'a>() -> Scrollbar<'a> {
    Scrollbar::new(ScrollbarOrientation::VerticalRight)
        .begin_symbol(None)
        .end_symbol(None)
        .track_symbol(Some("│"))
        .track_style(dim())
        .thumb_symbol("┃")
}
