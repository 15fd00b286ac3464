//! `touchline summary`: the match as plain text for a shell or a script.

use crate::model::{CardColour, Event, EventKind, Match};
use crate::sanitize::clean;
use crate::timeline::Timeline;
use std::fmt::Write;

/// The summary of a match: result, goals with minutes and running score, cards, warnings.
pub fn render(timeline: &Timeline) -> String {
    let m = &timeline.the_match;
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{} {} {}",
        clean(&m.home.name),
        m.result(),
        clean(&m.away.name)
    );
    let context: Vec<String> = [
        m.competition.as_deref().map(|c| clean(c).into_owned()),
        m.date.map(|d| d.to_string()),
    ]
    .into_iter()
    .flatten()
    .collect();
    if !context.is_empty() {
        let _ = writeln!(out, "{}", context.join(", "));
    }
    section(&mut out, "Goals", m, timeline, |e| e.is_scoring_goal());
    section(&mut out, "Cards", m, timeline, |e| {
        e.kind == EventKind::Card
    });
    if !m.warnings.is_empty() {
        let _ = writeln!(out, "\nWarnings");
        for w in &m.warnings {
            let _ = writeln!(out, "  - {}", clean(w));
        }
    }
    out
}

fn section(
    out: &mut String,
    title: &str,
    m: &Match,
    timeline: &Timeline,
    keep: impl Fn(&Event) -> bool,
) {
    let rows: Vec<String> = m
        .events
        .iter()
        .enumerate()
        .filter(|(_, e)| keep(e))
        .map(|(i, e)| {
            let who = e
                .actor()
                .map_or("(unknown)".into(), |p| clean(p).into_owned());
            let team = m.team(e.side).map_or("", |t| t.name.as_str());
            let detail = match e.kind {
                EventKind::Goal => {
                    let tags = [(e.own_goal, " (OG)"), (e.penalty, " (pen)")]
                        .iter()
                        .filter(|(on, _)| *on)
                        .map(|(_, t)| *t)
                        .collect::<String>();
                    format!("{who}{tags}  {}", timeline.state(i).score)
                }
                _ => format!(
                    "{who}  {}",
                    e.card.map_or("card", |c| match c {
                        CardColour::Yellow => "yellow",
                        CardColour::SecondYellow => "second yellow",
                        CardColour::Red => "red",
                    })
                ),
            };
            format!("  {:>7}  {detail}  {}", e.clock.to_string(), clean(team))
        })
        .collect();
    if !rows.is_empty() {
        let _ = writeln!(out, "\n{title}");
        for r in rows {
            let _ = writeln!(out, "{r}");
        }
    }
}
