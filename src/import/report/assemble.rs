//! The event list: every goal, moment and card with its clock, every other sentence kept as a
//! note after the moment it follows, kick-off, half-time and full time around them, and the
//! players of each team.

use super::build::Analysis;
use super::clean::{Block, BlockKind};
use super::clock_expr::When;
use super::lineups::Listed;
use super::order;
use crate::model::{Clock, Event, EventKind, Match, Name, Player, Side, Span, Team, clock};
use chrono::NaiveDate;

/// A run of sentences of one paragraph that makes one event.
#[derive(Debug, Clone)]
struct Item {
    kind: Kind,
    first: usize,
    last: usize,
    clock: Option<Clock>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Goal(usize),
    Moment(usize),
    /// A note following item `n` (or kick-off when None).
    Note(Option<usize>),
}

fn tidy(s: &str) -> String {
    crate::sanitize::clean(s)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// Where the notes told with full time start in the event order, after everything else.
const TOLD_AT_FULL_TIME: usize = usize::MAX / 2;

/// Whether `text` states the match's final score ("3-2", "2 - 3"): a result, not a moment.
fn states_result(text: &str, score: crate::model::Score) -> bool {
    let (h, a) = (score.home, score.away);
    let compact: String = text
        .chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| if matches!(c, '–' | '—') { '-' } else { c })
        .collect();
    [format!("{h}-{a}"), format!("{a}-{h}")].iter().any(|s| {
        compact.match_indices(s.as_str()).any(|(at, _)| {
            let before = compact[..at].chars().next_back();
            let after = compact[at + s.len()..].chars().next();
            !before.is_some_and(|c| c.is_ascii_digit())
                && !after.is_some_and(|c| c.is_ascii_digit())
        })
    })
}

pub fn assemble(a: Analysis<'_>, date: Option<NaiveDate>, blocks: &[Block]) -> Match {
    let sents = &a.sents;
    // The sentences that tell each goal where it is told last.
    let mut owner: Vec<Option<Kind>> = vec![None; sents.len()];
    for (gi, g) in a.goals.iter().enumerate() {
        let Some(&main) = g.mentions.last() else {
            continue;
        };
        let block = sents[a.mentions[main].sent].block;
        for &m in &g.mentions {
            let si = a.mentions[m].sent;
            if sents[si].block == block && owner[si].is_none() {
                owner[si] = Some(Kind::Goal(gi));
            }
        }
    }
    for (mi, m) in a.moments.iter().enumerate() {
        if owner[m.sent].is_none() {
            owner[m.sent] = Some(Kind::Moment(mi));
        }
    }
    let mut items: Vec<Item> = Vec::new();
    let mut si = 0;
    while si < sents.len() {
        let block = sents[si].block;
        let end = (si..sents.len())
            .find(|&k| sents[k].block != block)
            .unwrap_or(sents.len());
        let start_items = items.len();
        for (k, own) in owner.iter().enumerate().take(end).skip(si) {
            match *own {
                Some(kind)
                    if items.len() > start_items
                        && items.last().is_some_and(|it| it.kind == kind) =>
                {
                    if let Some(it) = items.last_mut() {
                        it.last = k;
                    }
                }
                Some(kind) => items.push(Item {
                    kind,
                    first: k,
                    last: k,
                    clock: None,
                }),
                None if items.len() > start_items => {
                    if let Some(it) = items.last_mut() {
                        it.last = k;
                    }
                }
                None => {}
            }
        }
        if items.len() == start_items {
            let prev = (0..items.len())
                .rev()
                .find(|&k| !matches!(items[k].kind, Kind::Note(_)));
            items.push(Item {
                kind: Kind::Note(prev),
                first: si,
                last: end - 1,
                clock: None,
            });
        } else if let Some(first) = items.get_mut(start_items) {
            first.first = si;
        }
        si = end;
    }
    let end_clock = if a.found.extra_time {
        Clock::exact(4, 120, 0)
    } else {
        Clock::exact(2, 90, 0)
    };
    // Goal clocks in match order.
    let mut last_seen: Vec<Option<Clock>> = Vec::with_capacity(sents.len());
    let mut seen = None;
    for s in sents {
        last_seen.push(seen);
        if !matches!(s.kind, BlockKind::Headline | BlockKind::Heading) {
            for t in &s.times {
                if let When::At(c) = t.when {
                    seen = Some(c);
                }
            }
        }
    }
    let mut goal_clocks: Vec<Option<Clock>> = a.goals.iter().map(|g| g.clock()).collect();
    let floor: Vec<Option<Clock>> = a
        .goals
        .iter()
        .map(|g| {
            g.mentions
                .last()
                .and_then(|&m| last_seen.get(a.mentions[m].sent).copied().flatten())
        })
        .collect();
    order::fill(&mut goal_clocks, &floor, end_clock);
    // Other moments: their own time, else between their neighbours in the text.
    let mut line: Vec<Option<Clock>> = Vec::new();
    let mut idx: Vec<usize> = Vec::new();
    for (k, it) in items.iter().enumerate() {
        let c = match it.kind {
            Kind::Goal(gi) => goal_clocks.get(gi).copied().flatten(),
            // A stated minute wins over a vague one in the same sentences ("in extra time ...
            // in the 110th minute").
            Kind::Moment(_) => {
                let times: Vec<Clock> = (it.first..=it.last)
                    .flat_map(|s| sents[s].times.iter())
                    .filter_map(|t| match t.when {
                        When::At(c) => Some(c),
                        When::After { .. } => None,
                    })
                    .collect();
                times
                    .iter()
                    .find(|c| !c.approximate)
                    .or(times.first())
                    .copied()
            }
            Kind::Note(_) => continue,
        };
        line.push(c.map(|c| {
            if matches!(it.kind, Kind::Goal(_)) {
                Clock {
                    approximate: false,
                    ..c
                }
            } else {
                c
            }
        }));
        idx.push(k);
    }
    let none = vec![None; line.len()];
    order::fill(&mut line, &none, end_clock);
    for (j, &k) in idx.iter().enumerate() {
        items[k].clock = match items[k].kind {
            Kind::Goal(gi) => goal_clocks.get(gi).copied().flatten(),
            _ => line[j],
        };
    }
    let kickoff = Clock::exact(clock::FIRST_HALF, 0, 0);
    let mut events: Vec<(Event, u8, usize)> = Vec::new();
    let span_of = |it: &Item| Span {
        start: sents[it.first].start,
        end: sents[it.last].end,
    };
    let text_of = |it: &Item| tidy(&a.text[sents[it.first].start..sents[it.last].end]);
    let name = |p: usize| a.reg.name(p).to_string();
    // Shoot-out narrative goes in the shoot-out (period 5), after extra time.
    let in_shootout = |it: &Item| {
        a.found.shootout.is_some()
            && (it.first..=it.last).any(|s| super::events::shootout_sentence(&sents[s], true))
    };
    let shootout_clock = Clock::exact(clock::SHOOTOUT, 120, 0);
    for (k, it) in items.iter().enumerate() {
        let seq = k * 2 + 10;
        match it.kind {
            Kind::Goal(gi) => {
                let g = &a.goals[gi];
                let mut e = Event::new(it.clock.unwrap_or(kickoff), EventKind::Goal, g.side);
                e.players = g.scorer.map(name).into_iter().map(Name::from).collect();
                e.own_goal = g.own_goal;
                e.penalty = g.penalty;
                e.text = text_of(it);
                e.span = Some(span_of(it));
                events.push((e, 1, seq));
            }
            Kind::Moment(mi) => {
                let m = &a.moments[mi];
                let side = m
                    .players
                    .first()
                    .and_then(|p| a.player_sides.get(p).copied())
                    .filter(|s| *s != Side::None)
                    .unwrap_or(m.side);
                let c = if in_shootout(it) {
                    shootout_clock
                } else {
                    it.clock.unwrap_or(kickoff)
                };
                let mut e = Event::new(c, m.kind, side);
                e.players = m.players.iter().map(|&p| Name::from(name(p))).collect();
                e.text = text_of(it);
                e.span = Some(span_of(it));
                events.push((e, 1, seq));
            }
            Kind::Note(Some(_)) if in_shootout(it) => {
                let mut e = Event::new(shootout_clock, EventKind::Note, Side::None);
                e.text = text_of(it);
                e.span = Some(span_of(it));
                events.push((e, 1, seq));
            }
            // A headline or lede that states the result would spoil the match at kick-off: it
            // is told with full time instead.
            Kind::Note(None) if states_result(&text_of(it), a.final_score) => {
                let mut e = Event::new(end_clock, EventKind::Note, Side::None);
                e.text = text_of(it);
                e.span = Some(span_of(it));
                events.push((e, 1, TOLD_AT_FULL_TIME + k));
            }
            Kind::Note(after) => {
                let (c, s) = match after {
                    Some(j) => (items[j].clock.unwrap_or(kickoff), j * 2 + 11),
                    None => (kickoff, 1 + k),
                };
                let mut e = Event::new(c, EventKind::Note, Side::None);
                e.text = text_of(it);
                e.span = Some(span_of(it));
                events.push((e, if after.is_some() { 1 } else { 0 }, s));
            }
        }
    }
    // Goals no sentence tells (from a list or added to match the result).
    for (gi, g) in a.goals.iter().enumerate() {
        if items.iter().any(|it| it.kind == Kind::Goal(gi)) {
            continue;
        }
        let c = goal_clocks.get(gi).copied().flatten().unwrap_or(end_clock);
        let mut e = Event::new(c, EventKind::Goal, g.side);
        e.players = g.scorer.map(name).into_iter().map(Name::from).collect();
        e.own_goal = g.own_goal;
        e.penalty = g.penalty;
        // A goal told in a sentence another goal owns ("struck in the 33rd, 52nd and 79th
        // minutes") still shows that sentence, and the reader highlights it.
        let told = g.mentions.last().map(|&m| &sents[a.mentions[m].sent]);
        e.text = match (told, g.scorer) {
            (Some(sent), _) => tidy(&a.text[sent.start..sent.end]),
            (None, Some(p)) => format!("Goal: {}", name(p)),
            (None, None) => "Goal (the report does not name the scorer)".to_string(),
        };
        e.span = match told {
            Some(sent) => Some(Span {
                start: sent.start,
                end: sent.end,
            }),
            None => blocks.get(g.block).map(|b| Span {
                start: b.start,
                end: b.end,
            }),
        };
        events.push((e, 1, 5000 + gi));
    }
    // Cards told in the prose: the clause's minute, else the moment their sentence belongs to.
    let sentence_clock = |si: usize| -> Option<(Option<Clock>, usize)> {
        let k = items
            .iter()
            .position(|it| it.first <= si && si <= it.last)?;
        let c = match items[k].kind {
            Kind::Note(Some(j)) => items[j].clock,
            Kind::Note(None) => None,
            _ => items[k].clock,
        };
        Some((c, k * 2 + 11))
    };
    for (e, seq) in super::cards::events(&a, &sentence_clock, end_clock) {
        events.push((e, 1, seq));
    }
    for (n, e) in super::lineups::events(&a.listed, blocks, &|p| {
        a.reg.find(p).map_or(p.to_string(), name)
    })
    .into_iter()
    .enumerate()
    {
        events.push((e, 1, 6000 + n));
    }
    super::cards::merge_retold(&mut events);
    super::periods::structural(&mut events, &a, end_clock);
    // Result-telling notes go beside the final whistle, after every goal.
    if let Some(full_time) = events
        .iter()
        .filter(|e| e.0.kind == EventKind::PeriodEnd)
        .map(|e| e.0.clock)
        .max_by(|x, y| x.cmp_time(y))
    {
        for e in events.iter_mut().filter(|e| e.2 >= TOLD_AT_FULL_TIME) {
            e.0.clock = full_time;
        }
    }
    events.sort_by(|x, y| {
        x.0.clock
            .cmp_time(&y.0.clock)
            .then(x.1.cmp(&y.1))
            .then(x.2.cmp(&y.2))
    });
    let mut warnings = a.warnings.clone();
    // A goal whose minute the report does not state is placed by guesswork: say so.
    for e in events.iter().map(|e| &e.0) {
        if e.is_scoring_goal() && e.clock.approximate {
            warnings.push(format!(
                "goal {} at {}: the report gives no minute, placed from the text around it",
                e.actor().map_or("(scorer unknown)", |p| p),
                e.clock
            ));
        }
    }
    let (mut home, mut away) = (
        Team::named(a.teams.home.clone()),
        Team::named(a.teams.away.clone()),
    );
    for (p, person) in a.reg.people.iter().enumerate() {
        let starter = a
            .listed
            .iter()
            .any(|(_, l, _)| matches!(l, Listed::Starter(n) if a.reg.find(n) == Some(p)));
        let player = Player {
            starter,
            ..Player::named(person.name.clone())
        };
        match a.player_sides.get(&p).copied().unwrap_or(Side::None) {
            Side::Home => home.players.push(player),
            Side::Away => away.players.push(player),
            Side::None => warnings.push(format!("player {:?}: team unknown", person.name)),
        }
    }
    Match {
        date,
        competition: super::competition::competition(a.text),
        home,
        away,
        final_score: a.final_score,
        shootout: a.found.shootout,
        events: events.into_iter().map(|e| e.0).collect(),
        warnings,
        report: Some(a.text.to_string()),
    }
}
