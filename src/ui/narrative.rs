//! What happened at the current moment, in words, with the players involved in bold.

use super::{style, text, words};
use crate::app::App;
use crate::model::{CardColour, Event, EventKind, Side, clock};
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Padding, Paragraph, Wrap};

pub fn render(frame: &mut Frame, area: Rect, app: &App) {
    let Some(e) = app.current() else {
        let block = style::panel(" Commentary ").padding(Padding::horizontal(1));
        let inner = block.inner(area);
        frame.render_widget(block, area);
        frame.render_widget(
            Paragraph::new(Line::styled(
                "Nothing happened in this match.",
                style::dim(),
            ))
            .wrap(Wrap { trim: true }),
            inner,
        );
        return;
    };
    let last = app.timeline.last_period();
    let title = Line::from(vec![
        Span::raw(" "),
        Span::styled(e.clock.to_string(), style::bold()),
        Span::styled(" · ", style::dim()),
        Span::styled(heading(e, last), style::side(e.side).patch(style::bold())),
        Span::raw(" "),
    ]);
    let block = style::panel(title);

    let mut lines = headline(app, e);
    if !lines.is_empty() {
        lines.push(Line::default());
    }
    let body = text::clean(&e.words());
    if body.trim().is_empty() {
        lines.push(Line::styled(
            "No commentary for this moment.",
            style::dim().add_modifier(Modifier::ITALIC),
        ));
    } else {
        let names: Vec<String> = e.players.iter().map(|p| text::clean(p)).collect();
        lines.push(Line::from(emphasise(&body, &names, style::bold())));
    }
    let block = block.padding(Padding::horizontal(1));
    let inner = block.inner(area);
    frame.render_widget(block, area);
    frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: true }), inner);
}

/// The moment's kind as a heading; a data feed's own name ("Pass", "Carry") for the events
/// the model files as notes.
fn heading(e: &Event, last: u8) -> String {
    match e.label.as_deref() {
        Some(label) if e.kind == EventKind::Note && !label.trim().is_empty() => text::clean(label),
        _ => words::kind(e, last).to_string(),
    }
}

/// Who did what, above the words: scorer and score, player booked, who came on for whom.
fn headline<'a>(app: &App, e: &Event) -> Vec<Line<'a>> {
    let m = &app.timeline.the_match;
    let team_name = m.team(e.side).map(|t| text::clean(&t.name));
    let player = |k: usize| {
        e.players
            .get(k)
            .map(|p| text::clean(p))
            .filter(|p| !p.is_empty())
    };
    let strong = style::side(e.side).patch(style::bold());
    let of_team = || match &team_name {
        Some(t) => Span::styled(format!("  {t}"), style::dim()),
        None => Span::raw(""),
    };
    match e.kind {
        EventKind::Goal => {
            let state = app.state();
            let score = if e.clock.period == clock::SHOOTOUT {
                chip(&format!("{} pens", state.shootout))
            } else {
                chip(&state.score.to_string())
            };
            let mut first = vec![Span::styled(score, style::cursor()), Span::raw(" ")];
            first.push(Span::styled(
                player(0).unwrap_or_else(|| "Unknown scorer".into()),
                strong,
            ));
            if e.own_goal {
                first.push(Span::styled(" (own goal)", style::dim()));
            } else if e.penalty && e.clock.period != clock::SHOOTOUT {
                first.push(Span::styled(" (pen)", style::dim()));
            }
            first.push(of_team());
            let mut out = vec![Line::from(first)];
            if let (Some(a), false) = (player(1), e.own_goal) {
                out.push(Line::from(vec![
                    Span::styled("assist ", style::dim()),
                    Span::raw(a),
                ]));
            }
            out
        }
        EventKind::Card => {
            let card_style = e.card.map_or(Style::new(), style::card);
            let what = match e.card {
                Some(c) if c.sends_off() => "  sent off",
                Some(CardColour::Yellow) => "  booked",
                _ => "",
            };
            match player(0) {
                Some(p) => vec![Line::from(vec![
                    Span::styled("▮ ", card_style),
                    Span::styled(p, strong),
                    Span::styled(what, style::dim()),
                    of_team(),
                ])],
                None => vec![],
            }
        }
        EventKind::Substitution => {
            let mut out = Vec::new();
            if let Some(on) = player(1) {
                out.push(Line::from(vec![
                    Span::styled("▲ on  ", style::on()),
                    Span::styled(on, strong),
                    of_team(),
                ]));
            }
            if let Some(off) = player(0) {
                out.push(Line::from(vec![
                    Span::styled("▼ off ", style::off()),
                    Span::raw(off),
                ]));
            }
            out
        }
        EventKind::Shot | EventKind::Chance => match player(0) {
            Some(p) => vec![Line::from(vec![Span::styled(p, strong), of_team()])],
            None => vec![],
        },
        EventKind::PeriodEnd => vec![Line::from(vec![
            Span::styled(
                text::clean(&m.home.name),
                style::side(Side::Home).patch(style::bold()),
            ),
            Span::raw(" "),
            Span::styled(chip(&app.state().score.to_string()), style::cursor()),
            Span::raw(" "),
            Span::styled(
                text::clean(&m.away.name),
                style::side(Side::Away).patch(style::bold()),
            ),
        ])],
        EventKind::PeriodStart | EventKind::Note => vec![],
    }
}

/// A score in a reversed box. Padded with no-break spaces because wrapping trims ordinary
/// leading spaces, which would leave the box lopsided.
fn chip(score: &str) -> String {
    format!("\u{a0}{score}\u{a0}")
}

/// Splits `body` into spans with every mention of a player (full name or surname) in
/// `strong`, so the eye finds who the sentence is about.
fn emphasise<'a>(body: &str, names: &[String], strong: Style) -> Vec<Span<'a>> {
    let mut needles: Vec<&str> = names.iter().map(String::as_str).collect();
    needles.extend(names.iter().map(|n| crate::model::surname(n)));
    needles.retain(|n| n.chars().count() >= 3);
    let mut found: Vec<(usize, usize)> = Vec::new();
    for needle in needles {
        for (start, _) in body.match_indices(needle) {
            let end = start + needle.len();
            if !found.iter().any(|&(s, e)| start < e && s < end) {
                found.push((start, end));
            }
        }
    }
    found.sort_unstable();
    let mut spans = Vec::new();
    let mut at = 0;
    for (start, end) in found {
        if start > at {
            spans.push(Span::raw(body[at..start].to_string()));
        }
        spans.push(Span::styled(body[start..end].to_string(), strong));
        at = end;
    }
    if at < body.len() {
        spans.push(Span::raw(body[at..].to_string()));
    }
    spans
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bolds_full_names_and_surnames() {
        let strong = style::bold();
        let names = vec!["Michy Batshuayi".to_string(), "Mario Götze".to_string()];
        let spans = emphasise(
            "Götze found Michy Batshuayi; Batshuayi scored.",
            &names,
            strong,
        );
        let bold: Vec<&str> = spans
            .iter()
            .filter(|s| s.style == strong)
            .map(|s| s.content.as_ref())
            .collect();
        assert_eq!(bold, vec!["Götze", "Michy Batshuayi", "Batshuayi"]);
        let all: String = spans.iter().map(|s| s.content.as_ref()).collect();
        assert_eq!(all, "Götze found Michy Batshuayi; Batshuayi scored.");
    }
}
