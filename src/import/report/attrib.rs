//! Which team each player is on, from what the text says: "Dortmund's Reus", "Brazil defender
//! Monica", "scored for Liverpool" (direct), passes that join team-mates, tackles and saves
//! that set opponents, "at the other end", and the goals each scored.
//!
//! Evidence is weighed, not trusted blindly: direct statements outweigh a pass, and a player
//! with no evidence gets no team (and a warning) rather than a guess.

use super::clauses::clauses;
use super::doc::{Sent, resolve_back};
use super::players::Ref;
use super::vocab::people::ROLES;
use super::vocab::relations::{FEED_NOUNS, KEEPER_ACTS, OPP, SAME};
use crate::model::Side;
use std::collections::HashMap;

/// Evidence about players' teams.
#[derive(Debug, Default, Clone)]
pub struct Evidence {
    votes: HashMap<usize, [f32; 2]>,
    links: Vec<(usize, usize, bool, f32)>,
}

fn idx(side: Side) -> Option<usize> {
    match side {
        Side::Home => Some(0),
        Side::Away => Some(1),
        Side::None => None,
    }
}

impl Evidence {
    pub fn vote(&mut self, p: usize, side: Side, w: f32) {
        if let Some(i) = idx(side) {
            self.votes.entry(p).or_default()[i] += w;
        }
    }

    fn link(&mut self, a: usize, b: usize, same: bool, w: f32) {
        if a != b {
            self.links.push((a, b, same, w));
        }
    }

    /// Pairs of players the text makes team-mates (true) or opponents (false).
    pub fn pairs(&self) -> Vec<(usize, usize, bool)> {
        self.links
            .iter()
            .map(|&(a, b, same, _)| (a, b, same))
            .collect()
    }

    /// Each player's team, after letting links carry decided teams to undecided players.
    pub fn solve(&self) -> HashMap<usize, Side> {
        let decide = |v: [f32; 2]| {
            if v[0] > v[1] {
                Side::Home
            } else if v[1] > v[0] {
                Side::Away
            } else {
                Side::None
            }
        };
        let mut sides: HashMap<usize, Side> =
            self.votes.iter().map(|(p, v)| (*p, decide(*v))).collect();
        for _ in 0..6 {
            let mut votes = self.votes.clone();
            for &(a, b, same, w) in &self.links {
                for (x, y) in [(a, b), (b, a)] {
                    let s = sides.get(&x).copied().unwrap_or(Side::None);
                    let s = if same { s } else { s.opponent() };
                    if let Some(i) = idx(s) {
                        votes.entry(y).or_default()[i] += w;
                    }
                }
            }
            sides = votes.iter().map(|(p, v)| (*p, decide(*v))).collect();
        }
        sides
    }
}

/// The person a reference stands for, resolving "he" and "the Belgian" to the latest name.
/// `hint` is the scorer of the goal the sentence tells: "found the in-form forward who
/// scored" points at him rather than at whoever was named last.
fn person(
    sents: &[Sent],
    si: usize,
    k: usize,
    not: Option<usize>,
    hint: Option<usize>,
) -> Option<usize> {
    let r = sents[si].refs.iter().find(|r| r.tok == k)?;
    match r.r {
        Ref::Person(id) => Some(id),
        _ if matches!(sents[si].low(k), "his" | "her" | "him") => None,
        Ref::Descriptor if hint.is_some() && hint != not => hint,
        _ => resolve_back(sents, si, k, not),
    }
}

/// Gathers evidence from every narrative sentence.
pub fn gather(sents: &[Sent], hint: &dyn Fn(usize) -> Option<usize>) -> Evidence {
    let mut ev = Evidence::default();
    let mut prev_actor: Option<usize> = None;
    let mut para_team = (usize::MAX, Side::None);
    for (si, s) in sents.iter().enumerate() {
        if s.quoted
            || matches!(
                s.kind,
                super::clean::BlockKind::Headline | super::clean::BlockKind::Heading
            )
        {
            continue;
        }
        direct(s, &mut ev);
        if para_team.0 != s.block {
            para_team = (s.block, Side::None);
        }
        // A paragraph opening with a team as subject follows that team's attack.
        if let Some(&(t, side, _)) = s.teams.first()
            && (t == 0 || t == 1 && s.low(0) == "the")
        {
            para_team.1 = side;
        }
        let hint = hint(si);
        let mut first_actor = None;
        let mut clause_actor: Option<usize> = None;
        for (a, b) in clauses(s) {
            let refs: Vec<usize> = s
                .refs
                .iter()
                .filter(|r| r.tok >= a && r.tok < b)
                .map(|r| r.tok)
                .collect();
            let actor_tok = refs
                .iter()
                .copied()
                .find(|&k| !super::clauses::governed(s, k));
            let words = s.words();
            let trigs = super::triggers::find(&words, a, b);
            let scoring = !trigs.is_empty();
            // "challenging for X's free-kick, glanced it into his own net": the ball came
            // from the other side.
            let own_goal = trigs.iter().any(|t| t.own_goal);
            let hint = hint.filter(|_| scoring);
            let actor = actor_tok
                .and_then(|k| person(sents, si, k, None, hint))
                .or(clause_actor);
            clause_actor = actor;
            first_actor = first_actor.or(actor);
            if let Some(p) = actor {
                ev.vote(p, para_team.1, 1.0);
            }
            for &k in &refs {
                let (gov, is_gov) = governing(s, k);
                let Some(p) = person(sents, si, k, if is_gov { actor } else { None }, hint) else {
                    continue;
                };
                let gov2 = governing_word_before(s, k, &gov);
                let gov = match gov.as_str() {
                    // "a cross of Diaz", "in the place of Evanilson": team-mates.
                    "of" | "from"
                        if FEED_NOUNS.contains(&gov2.as_str())
                            || gov2.starts_with("assist")
                            || matches!(gov2.as_str(), "place" | "stead" | "replacement") =>
                    {
                        "for".to_string()
                    }
                    "of" if !matches!(gov2.as_str(), "off" | "wide") => String::new(),
                    _ => gov,
                };
                let len = s.refs.iter().find(|r| r.tok == k).map_or(1, |r| r.len);
                let after = s.low(k + len);
                let feeds = FEED_NOUNS.contains(&after)
                    || matches!(after, "'s" | "'") && FEED_NOUNS.contains(&s.low(k + len + 1));
                let Some(act) = actor else { continue };
                // "Maxwell could only push a Norwood cross into the air": a keeper dealing
                // with a cross faces the man who sent it.
                let keeper_act = (a..k).any(|j| KEEPER_ACTS.contains(&s.low(j)));
                if feeds && (keeper_act || own_goal) {
                    ev.link(act, p, false, 4.0);
                } else if feeds || is_gov && SAME.contains(&gov.as_str()) {
                    ev.link(act, p, true, 4.0);
                } else if is_gov && OPP.contains(&gov.as_str())
                    || matches!(after, "'s" | "'")
                        && matches!(
                            s.low(k + len + 1),
                            "head" | "reach" | "far" | "near" | "post"
                        )
                {
                    ev.link(act, p, false, 4.0);
                }
            }
            if let Some(act) = actor
                && let Some(&(_, side, _)) = s
                    .teams
                    .iter()
                    .find(|t| t.0 > a && t.0 < b && s.low(t.0 - 1) == "for")
            {
                ev.vote(act, side, 5.0);
            }
            // "... but the keeper got a hand to it": the keeper faces the shooter.
            let w: Vec<&str> = s.toks[a..b].iter().map(|t| t.low.as_str()).collect();
            let keeper = w.windows(2).any(|p| p == ["a", "hand"])
                || w.iter()
                    .any(|x| matches!(*x, "saved" | "gathered" | "parried" | "spilled"));
            if keeper
                && a > 0
                && s.low(a) == "but"
                && let (Some(k), Some(shooter)) = (actor, first_actor.filter(|f| Some(*f) != actor))
            {
                ev.link(k, shooter, false, 3.0);
            }
        }
        // "X lost possession and the hosts broke": X plays for the other side.
        let lost = s
            .toks
            .windows(2)
            .any(|w| w[0].low == "lost" && matches!(w[1].low.as_str(), "possession" | "the"));
        if let (true, Some(a)) = (lost, first_actor)
            && let Some(&(_, side, _)) = s
                .teams
                .iter()
                .find(|t| matches!(s.low(t.0 + t.2), "broke" | "countered" | "pounced"))
        {
            ev.vote(a, side.opponent(), 5.0);
        }
        let other_end = s
            .toks
            .windows(3)
            .any(|w| w[0].low == "the" && w[1].low == "other" && w[2].low == "end");
        if let (true, Some(a), Some(b)) = (other_end, first_actor, prev_actor) {
            ev.link(a, b, false, 3.0);
        }
        prev_actor = first_actor.or(prev_actor);
    }
    ev
}

/// The word governing a reference (skipping roles, nationalities and articles) and whether
/// the reference is its object.
fn governing(s: &Sent, k: usize) -> (String, bool) {
    let j = super::players::phrase_start(&s.toks, k);
    if j == 0 {
        return (String::new(), false);
    }
    let w = s.low(j - 1).to_string();
    let obj = !matches!(
        w.as_str(),
        "," | "and" | "then" | "when" | "as" | ";" | ":" | "but" | "while" | "(" | "-" | "once"
    ) && (w != "for" || s.low(k + super::clauses::ref_len(s, k)) != "to");
    (w, obj)
}

/// The word before the governing word ("cross" in "a cross of Diaz").
fn governing_word_before(s: &Sent, k: usize, gov: &str) -> String {
    (0..k)
        .rev()
        .find(|&j| s.low(j) == gov)
        .and_then(|j| j.checked_sub(1))
        .map(|j| {
            let w = s.low(j);
            if matches!(w, "good" | "great" | "low" | "fine" | "two") {
                s.low(j.saturating_sub(1)).to_string()
            } else {
                w.to_string()
            }
        })
        .unwrap_or_default()
}

/// "Rovers' Cole", "Rovers defender Cole", "Cole for Rovers", "back in the Rovers side".
fn direct(s: &Sent, ev: &mut Evidence) {
    for r in &s.refs {
        let Ref::Person(p) = r.r else { continue };
        for &(t, side, len) in &s.teams {
            let end = t + len;
            let between: Vec<&str> = (end..r.tok).map(|k| s.low(k)).collect();
            let before = end <= r.tok
                && between.len() <= 3
                && between.iter().all(|w| {
                    matches!(*w, "'s" | "'")
                        || ROLES.contains(w)
                        || matches!(*w, "captain" | "keeper" | "goalkeeper")
                })
                && (!between.is_empty() || r.tok == end);
            // "Cole for Rovers", but not "beats Kim for Rovers' second goal".
            let after = r.tok + r.len + 1 == t
                && s.low(t - 1) == "for"
                && !matches!(s.low(end), "'s" | "'");
            let side_word = t > 0
                && s.low(t - 1) == "the"
                && matches!(s.low(end), "side" | "team" | "line-up" | "xi")
                && r.tok < t
                && t - r.tok < 8;
            if before && !between.is_empty() || after {
                ev.vote(p, side, 10.0);
            } else if side_word {
                ev.vote(p, side, 8.0);
            }
        }
    }
    // "Ilicic and Atalanta had completed the turnaround": a player named with his team.
    for r in &s.refs {
        let Ref::Person(p) = r.r else { continue };
        if s.low(r.tok + r.len) == "and"
            && let Some(&(_, side, _)) = s.teams.iter().find(|t| t.0 == r.tok + r.len + 1)
        {
            ev.vote(p, side, 6.0);
        }
    }
}
