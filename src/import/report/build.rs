//! Runs the pipeline: result, sentences, goal mentions merged into goals, sides, player teams,
//! then hands everything to `assemble` for the event list.

use super::assemble;
use super::clean::{self, BlockKind};
use super::doc::{self, Sent};
use super::events::{self, Mention};
use super::goals::{self, Goal};
use super::lineups::{self, Listed};
use super::names::Registry;
use super::sides::Known;
use super::teams::Teams;
use super::triggers::State;
use super::{ReportError, attrib, evidence, moments, order, result};
use crate::model::{Match, Score, Side};

/// Everything the analysis found, for `assemble`.
#[derive(Debug)]
pub struct Analysis<'a> {
    pub text: &'a str,
    pub sents: Vec<Sent>,
    pub reg: Registry,
    pub teams: Teams,
    pub mentions: Vec<Mention>,
    pub goals: Vec<Goal>,
    pub moments: Vec<moments::Moment>,
    pub cards: Vec<super::cards::Card>,
    pub listed: Vec<(Side, Listed, usize)>,
    pub player_sides: std::collections::HashMap<usize, Side>,
    pub final_score: Score,
    pub found: result::Found,
    pub warnings: Vec<String>,
}

/// Section of a sentence: passes never run across sections.
fn section(s: &Sent, lede_block: Option<usize>) -> u8 {
    match s.kind {
        BlockKind::Bullet => 1,
        BlockKind::Caption => 2,
        _ if Some(s.block) == lede_block => 3,
        _ => 4,
    }
}

pub fn build(text: &str) -> Result<Match, ReportError> {
    let cleaned = clean::clean(text);
    let blocks = &cleaned.blocks;
    let mut found =
        evidence::check(result::find(text, blocks), text, blocks).ok_or(ReportError::NoTeams)?;
    let mut teams = Teams::new(&found.home, &found.away);
    if let Some(swap) = super::venue::hosts_hint(text, blocks, &teams, found.home_known)
        && swap
    {
        std::mem::swap(&mut found.home, &mut found.away);
        found.score = found.score.map(|s| Score::new(s.away, s.home));
        found.shootout = found.shootout.map(|s| Score::new(s.away, s.home));
        teams = Teams::new(&found.home, &found.away);
    }
    let (home, away) = super::venue::fuller_names(text, blocks, &teams);
    // A national team's name is already its fullest ("GOAL Ghana" is a live-text label).
    let nation = |t: &str| super::nations::canonical(t).is_some();
    let home = if nation(&found.home) {
        found.home.clone()
    } else {
        home
    };
    let away = if nation(&found.away) {
        found.away.clone()
    } else {
        away
    };
    if (home.as_str(), away.as_str()) != (found.home.as_str(), found.away.as_str()) {
        found.home = home;
        found.away = away;
        teams = Teams::new(&found.home, &found.away);
    }
    let mut reg = Registry::default();
    let mut listed = Vec::new();
    for (b, block) in blocks.iter().enumerate() {
        let line = &text[block.start..block.end];
        let parsed = match block.kind {
            BlockKind::Lineup => lineups::lineup(line, &teams),
            BlockKind::EventList => lineups::event_list(line, &teams),
            _ => None,
        };
        for item in parsed
            .map(|(side, items)| items.into_iter().map(move |i| (side, i)))
            .into_iter()
            .flatten()
        {
            match &item.1 {
                Listed::Starter(n) | Listed::Card(n, ..) | Listed::Goal { scorer: n, .. } => {
                    reg.add(n);
                }
                Listed::Sub(off, on, _) => {
                    reg.add(off);
                    reg.add(on);
                }
            }
            listed.push((item.0, item.1, b));
        }
    }
    let mut sents = doc::analyse(text, blocks, &teams, &mut reg, found.extra_time);
    order::resolve_relative(&mut sents);
    let shootout = found.shootout.is_some();
    let mut kicks = super::shootout::kicks(&sents, shootout);
    let (live_goals, live_sents) = super::live::goals(&sents, &teams, found.extra_time);
    for si in live_sents {
        kicks[si] = true;
    }
    let mentions: Vec<Mention> = (0..sents.len())
        .filter(|&si| !kicks[si])
        .flat_map(|si| events::mentions(&sents, si, shootout))
        .collect();
    let mut moments: Vec<moments::Moment> = (0..sents.len())
        .filter(|&si| !mentions.iter().any(|m| m.sent == si))
        .filter_map(|si| moments::moment(&sents, si))
        .collect();
    // "The best chance fell to the hosts. Cole slipped Ray through...": one moment, told twice.
    let mut k = 0;
    while k + 1 < moments.len() {
        let (a, b) = (&moments[k], &moments[k + 1]);
        if a.players.is_empty()
            && b.sent == a.sent + 1
            && sents[a.sent].block == sents[b.sent].block
        {
            let side = a.side;
            moments.remove(k);
            if moments[k].side == Side::None {
                moments[k].side = side;
            }
        } else {
            k += 1;
        }
    }
    let lede = sents
        .iter()
        .find(|s| s.kind == BlockKind::Narrative)
        .map(|s| s.block);
    let tellings = goals::tellings(&mentions, &|si| sents[si].block, &|si| {
        section(&sents[si], lede)
    });
    let total = found.score.map(|s| usize::from(s.home + s.away));
    let mut passes = goals::passes(tellings, total);
    let listed_goals: Vec<Goal> = listed
        .iter()
        .filter_map(|(side, item, b)| match item {
            Listed::Goal {
                scorer,
                clock,
                penalty,
                own_goal,
            } => Some(Goal {
                mentions: Vec::new(),
                scorer: reg.find(scorer),
                strong: true,
                // An own goal is listed under the side it counts for ("Rovers: Fenn 89' og").
                side: *side,
                own_goal: *own_goal,
                penalty: *penalty,
                when: Some(super::clock_expr::When::At(*clock)),
                state: State::None,
                running: None,
                reach: None,
                ordinal: None,
                block: *b,
                section: 5,
                unordered: false,
            }),
            _ => None,
        })
        .collect();
    if !live_goals.is_empty() {
        passes.push(live_goals);
    }
    if !listed_goals.is_empty() {
        let mut lg = listed_goals;
        lg.sort_by(|a, b| a.clock().map(|c| c.key()).cmp(&b.clock().map(|c| c.key())));
        passes.push(lg);
    }
    let mut goal_list = super::align::merge(passes, total);
    super::stated_times::adopt(&mut goal_list, &sents, &mentions);
    if let Some(t) = total.filter(|&t| goal_list.len() < t) {
        let mut told = kicks.clone();
        for m in &mentions {
            told[m.sent] = true;
        }
        goal_list.extend(super::unsaid::goals(&sents, &told, t - goal_list.len()));
    }
    let goal_list = super::goal_order::sort_by_time(goal_list);

    let scorer_of = |si: usize| -> Option<usize> {
        let g = goal_list
            .iter()
            .find(|g| g.mentions.iter().any(|&m| mentions[m].sent == si))?;
        g.scorer.filter(|_| g.strong)
    };
    let mut ev = attrib::gather(&sents, &scorer_of);
    // A goal the text credits to a team ("put Rovers ahead", "for Rovers") says the scorer's
    // team, unless it went in off the wrong player.
    for m in mentions.iter().filter(|m| m.strong && !m.own_goal) {
        if let Some(p) = m.scorer {
            ev.vote(p, m.side, 5.0);
        }
    }
    for (side, item, _) in &listed {
        let name = match item {
            Listed::Starter(n) | Listed::Card(n, ..) => n,
            Listed::Goal {
                scorer,
                own_goal: false,
                ..
            } => scorer,
            Listed::Sub(_, on, _) => on,
            Listed::Goal { .. } => continue,
        };
        if let Some(p) = reg.find(name) {
            ev.vote(p, *side, 20.0);
        }
    }
    let before_goals = ev.solve();
    let (goal_list, final_score, warnings) = super::reconcile::reconcile(
        goal_list,
        found.score,
        &Known {
            teams: &before_goals,
            links: &ev.pairs(),
            hints: Vec::new(),
        },
    );
    for g in &goal_list {
        if let (Some(p), true) = (g.scorer, g.side != Side::None) {
            ev.vote(
                p,
                if g.own_goal {
                    g.side.opponent()
                } else {
                    g.side
                },
                8.0,
            );
        }
    }
    let player_sides = ev.solve();
    let cards = (0..sents.len())
        .flat_map(|si| super::cards::cards(&sents, si))
        .collect();
    let analysis = Analysis {
        text,
        sents,
        reg,
        teams,
        mentions,
        goals: goal_list,
        moments,
        cards,
        listed,
        player_sides,
        final_score,
        found,
        warnings,
    };
    Ok(assemble::assemble(analysis, cleaned.date, blocks))
}
