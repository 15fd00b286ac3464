//! Goal mentions in a sentence: who scored (or which team), for whom, when, and what the goal
//! did to the score, read from the scoring vocabulary in `triggers`.
//!
//! A mention is one telling of a goal; the same goal told in the lede and again in the body
//! gives two mentions, which `goals` merges.

use super::clauses::{clauses, governed, ref_len};
use super::clock_expr::When;
use super::doc::{Sent, resolve_back};
use super::expand::{expand, merge_in_sentence, possessive_scorers};
use super::players::Ref;
use super::triggers::{self, State, Trig};
use super::vocab::relations::{FEED_NOUNS, OBJECT_VERBS};
use super::vocab::results::{LOSE, WIN};
use super::vocab::scoring::{GOAL_NOUNS, SHOT_NOUNS};
use crate::model::Side;

/// One telling of a goal.
#[derive(Debug, Clone, PartialEq)]
pub struct Mention {
    pub sent: usize,
    pub tok: usize,
    /// The scorer's person id, and whether a name (not "he" or "the Belgian") says so.
    pub scorer: Option<usize>,
    pub strong: bool,
    /// The team credited, where the text says.
    pub side: Side,
    pub own_goal: bool,
    pub penalty: bool,
    pub when: Option<When>,
    pub state: State,
    pub running: Option<(u16, u16)>,
    pub reach: Option<u16>,
    /// The goal's place: in the match (side None) or in one team's tally.
    pub ordinal: Option<(Side, u16)>,
}

/// The actor of the scoring phrase at `t` in clause `(a, b)`: a person (id, named?) or a team.
fn actor(
    sents: &[Sent],
    si: usize,
    (a, b): (usize, usize),
    t: usize,
) -> (Option<(usize, bool)>, Side) {
    let s = &sents[si];
    let person = |k: usize| -> Option<(usize, bool)> {
        let r = s.refs.iter().find(|r| r.tok == k)?;
        match r.r {
            Ref::Person(id) => Some((id, true)),
            _ if s.low(k) == "his" || s.low(k) == "her" && s.low(k + 1) != "to" => None,
            _ => resolve_back(sents, si, k, None).map(|id| (id, false)),
        }
    };
    // "with Mbappe scoring a hat-trick": the player right before a scoring participle.
    if s.low(t).ends_with("ing")
        && let Some(r) = s
            .refs
            .iter()
            .find(|r| r.tok + r.len == t && r.tok >= a && matches!(r.r, Ref::Person(_)))
    {
        return (person(r.tok), Side::None);
    }
    // "It was left to Leao, another substitute, to curl the sixth in".
    if let Some(r) = s.refs.iter().find(|r| {
        r.tok < t
            && r.tok >= 2
            && matches!(r.r, Ref::Person(_))
            && s.low(r.tok - 1) == "to"
            && matches!(s.low(r.tok - 2), "left" | "fell")
            && s.low(t.saturating_sub(1)) == "to"
    }) {
        return (person(r.tok), Side::None);
    }
    for k in (a..t).rev() {
        if s.low(k) == "who"
            && k > a
            && let Some(r) = s.refs.iter().rev().find(|r| r.tok < k)
        {
            return (person(r.tok), Side::None);
        }
        if let Some(team) = s.teams.iter().find(|x| x.0 == k)
            && !governed(s, k)
            && !team_is_object(s, k)
            && !matches!(s.low(k + team.2), "'s" | "'")
        {
            // "Ilicic and Atalanta had completed the turnaround": the player is the scorer.
            if k > 1
                && s.low(k - 1) == "and"
                && let Some(r) = s.refs.iter().find(|r| r.tok + r.len + 1 == k)
            {
                return (person(r.tok), team.1);
            }
            // "Goa went in front through Jesuraj", "Vale pulled one back, Kim looping a header
            // in": the team acts through its scorer.
            let agent = agent_after(s, t, &person)
                .or_else(|| participle_agent(s, b, &person))
                .or_else(|| when_agent(s, b, &person));
            return (agent, team.1);
        }
        if s.refs.iter().any(|r| r.tok == k)
            && !governed(s, k)
            && !provider(s, k)
            && let Some(p) = person(k)
        {
            return (Some(p), Side::None);
        }
    }
    if let Some(p) = agent_after(s, t, &person) {
        return (Some(p), Side::None);
    }
    // "Palace's only reply", "Rovers' second goal": the team owns the goal.
    if let Some(&(_, side, _)) = s.teams.iter().find(|&&(k, _, len)| {
        k >= a
            && k < t
            && matches!(s.low(k + len), "'s" | "'")
            && (k + len + 1..t + 1).contains(&t)
            && t - (k + len) <= 3
    }) {
        return (None, side);
    }
    // The sentence's subject carries over to later clauses ("Goa ... but went ahead"), not
    // across a semicolon, which starts a sentence of its own.
    let own_start = matches!(s.low(a), ";" | ":");
    for k in (0..a).filter(|_| !own_start) {
        if let Some(team) = s.teams.iter().find(|x| x.0 == k) {
            // "Goa went in front through Jesuraj", "Vale pulled one back, Kim looping a header
            // in": the team acts through its scorer.
            let agent = agent_after(s, t, &person)
                .or_else(|| participle_agent(s, b, &person))
                .or_else(|| when_agent(s, b, &person));
            return (agent, team.1);
        }
        if s.refs.iter().any(|r| r.tok == k) && !governed(s, k) {
            return (person(k), Side::None);
        }
    }
    (None, Side::None)
}

/// "X struck in the 33rd and 52nd minutes, Y in the 41st": a clause that names a player and
/// stated minutes but no verb repeats the scoring phrase of the clause before it. Returns
/// that phrase placed just after the player's name, so the name reads as its subject.
fn elided(s: &Sent, a: usize, b: usize, prev: Trig) -> Option<Trig> {
    let mut k = a;
    while k < b && matches!(s.low(k), "," | "and" | "then" | "while") {
        k += 1;
    }
    let r = s
        .refs
        .iter()
        .find(|r| r.tok == k && matches!(r.r, Ref::Person(_)))?;
    let after = r.tok + r.len;
    let stated = s
        .times
        .iter()
        .any(|x| x.tok >= after && x.tok < b && matches!(x.when, When::At(c) if !c.approximate));
    (stated && matches!(s.low(after), "in" | "on" | "at" | "after" | ",")).then_some(Trig {
        tok: after,
        state: State::None,
        count: 1,
        running: None,
        reach: None,
        ordinal: None,
        ..prev
    })
}

/// "went in front through X", "an own goal by X": the person named as the agent after the
/// scoring phrase at `t`.
fn agent_after(
    s: &Sent,
    t: usize,
    person: &dyn Fn(usize) -> Option<(usize, bool)>,
) -> Option<(usize, bool)> {
    (t..s.toks.len().min(t + 10))
        .filter(|&k| {
            matches!(s.low(k), "through" | "by" | "from" | "courtesy")
                // "the first goal was of Diaz", "the second fell to Ray".
                || matches!(s.low(k), "of" | "to")
                    && matches!(s.low(k.wrapping_sub(1)), "was" | "fell" | "went" | "belonged")
        })
        .find_map(|k| {
            (k + 1..k + 5).find_map(|j| {
                s.refs
                    .iter()
                    .find(|r| r.tok == j && matches!(r.r, Ref::Person(_)))
                    .and_then(|r| person(r.tok))
            })
        })
}

/// ", Kim looping a header over the keeper": a player acting in the participle clause that
/// follows the clause ending at `b`.
fn participle_agent(
    s: &Sent,
    b: usize,
    person: &dyn Fn(usize) -> Option<(usize, bool)>,
) -> Option<(usize, bool)> {
    if s.low(b) != "," {
        return None;
    }
    let r = s
        .refs
        .iter()
        .find(|r| r.tok == b + 1 && matches!(r.r, Ref::Person(_)))?;
    let verb = s.low(r.tok + r.len);
    (verb.ends_with("ing") && verb.len() > 4)
        .then(|| person(r.tok))
        .flatten()
}

/// "Rovers took the lead when Cole met a cross": the subject of a "when" clause that follows
/// the clause ending at `b`.
fn when_agent(
    s: &Sent,
    b: usize,
    person: &dyn Fn(usize) -> Option<(usize, bool)>,
) -> Option<(usize, bool)> {
    if !matches!(s.low(b), "when" | "as" | "after") {
        return None;
    }
    let r = s.refs.iter().find(|r| {
        r.tok > b && r.tok <= b + 4 && matches!(r.r, Ref::Person(_)) && !governed(s, r.tok)
    })?;
    person(r.tok)
}

/// "deflected Morgan's cross into his own net": a player named as the owner of a ball played
/// in supplied it; someone else put it in.
fn provider(s: &Sent, k: usize) -> bool {
    let end = k + ref_len(s, k);
    // "Thuram's lay-off": whoever owns something other than the shot or the goal set it up.
    let other_thing = (1..3).all(|d| {
        let w = s.low(end + d);
        !SHOT_NOUNS.contains(&w) && !GOAL_NOUNS.contains(&w)
    });
    matches!(s.low(end), "'s" | "'")
        && ((1..3).any(|d| FEED_NOUNS.contains(&s.low(end + d))) || other_thing)
}

/// A team named as the object of a verb ("put Spartak ahead", "hammering Mumbai 7-0", "a
/// point against Vale") is credited or beaten, never the one acting.
fn team_is_object(s: &Sent, k: usize) -> bool {
    let Some(before) = k.checked_sub(1).map(|i| s.low(i)) else {
        return false;
    };
    OBJECT_VERBS.contains(&before)
        || WIN.contains(&before)
        || LOSE.contains(&before)
        || (before.ends_with("ing") && before.len() > 5)
}

/// The one team a sentence names as winning ("Porto won", "Rovers beat Vale"), if any.
fn winner_of(s: &Sent) -> Side {
    let mut found = s.teams.iter().filter(|&&(k, _, len)| {
        let verb = s.low(k + len);
        !team_is_object(s, k) && (WIN.contains(&verb) || matches!(verb, "won" | "win" | "wins"))
    });
    match (found.next(), found.next()) {
        (Some(t), None) => t.1,
        _ => Side::None,
    }
}

/// The team a scoring phrase credits: "put Rovers ahead", "restored Rovers' lead", "for
/// Rovers", "to earn Rovers a point".
fn credited(s: &Sent, trig: &Trig, a: usize, b: usize) -> Side {
    let near = |lo: usize, hi: usize| s.teams.iter().find(|t| t.0 >= lo && t.0 < hi).map(|t| t.1);
    if (trig.object_side || matches!(s.low(trig.tok), "lead"))
        && let Some(side) = near(trig.tok.saturating_sub(4).max(a), trig.tok)
    {
        return side;
    }
    // "an own goal by X restored Goa's lead": the team whose lead it is.
    if let Some(k) = (trig.tok..b).find(|&k| s.low(k) == "lead")
        && let Some(side) = near(k.saturating_sub(3).max(a), k)
    {
        return side;
    }
    for k in trig.tok..b {
        if matches!(
            s.low(k),
            "for" | "earn" | "earning" | "gave" | "give" | "giving" | "handed" | "put" | "left"
        ) && let Some(side) = near(k + 1, k + 3)
        {
            return side;
        }
    }
    Side::None
}

/// Every goal mention in sentence `si`.
pub fn mentions(sents: &[Sent], si: usize, shootout: bool) -> Vec<Mention> {
    let s = &sents[si];
    if s.quoted
        || matches!(
            s.kind,
            super::clean::BlockKind::Headline | super::clean::BlockKind::Heading
        )
    {
        return Vec::new();
    }
    if shootout
        && s.toks
            .iter()
            .any(|t| matches!(t.low.as_str(), "kick" | "kicks" | "shootout" | "shoot-out"))
    {
        return Vec::new();
    }
    let w: Vec<&str> = s.toks.iter().map(|t| t.low.as_str()).collect();
    let mut out: Vec<Mention> = Vec::new();
    let mut prev: Option<Trig> = None;
    let cl = clauses(s);
    // Where each clause's credit may be read: up to the next clause with its own goal.
    let scoring: Vec<usize> = cl
        .iter()
        .filter(|c| !triggers::find(&w, c.0, c.1).is_empty())
        .map(|c| c.0)
        .collect();
    for (ci, &(a, b)) in cl.iter().enumerate() {
        // "... Dougall, who was left alone and scored": a clause that opens with its verb
        // shares the subject of the clause before.
        let verb_first = matches!(s.low(a), "and" | "then" | "before" | ",")
            && (triggers::starts_at(&w, a + 1)
                || s.low(a + 1) == "then" && triggers::starts_at(&w, a + 2));
        let subject_from = match ci.checked_sub(1) {
            Some(p) if verb_first => cl[p].0,
            _ => a,
        };
        let reach = scoring
            .iter()
            .copied()
            .find(|&c| c > a)
            .unwrap_or(s.toks.len());
        let trigs = triggers::find(&w, a, b);
        let Some(first) = trigs
            .first()
            .copied()
            .or_else(|| prev.and_then(|p| elided(s, a, b, p)))
        else {
            prev = None;
            continue;
        };
        prev = Some(first);
        let mut t = first;
        for x in trigs.iter().skip(1) {
            t.state = if x.state != State::None {
                x.state
            } else {
                t.state
            };
            t.penalty |= x.penalty;
            t.own_goal |= x.own_goal;
            t.count = t.count.max(x.count);
            t.running = t.running.or(x.running);
            t.reach = t.reach.or(x.reach);
            t.object_side |= x.object_side;
        }
        let clause = &w[a..b];
        t.penalty |= clause
            .windows(2)
            .any(|p| p == ["the", "spot"] || p[0] == "penalty" && !matches!(p[1], "area" | "box"))
            || clause.contains(&"penalty") && clause.last() == Some(&"penalty")
            || clause
                .iter()
                .any(|x| matches!(*x, "spot-kick" | "penalty-kick"));
        if clause.contains(&"kick") && clause.contains(&"penalty") {
            t.penalty = true;
        }
        let (who, team) = actor(sents, si, (subject_from, b), first.tok);
        let side = if team != Side::None {
            team
        } else {
            credited(s, &t, a, b)
        };
        let side = if side == Side::None {
            credited(s, &t, a, reach)
        } else {
            side
        };
        // "X made two goals and Porto won": in a result sentence the goals are the winner's.
        // "... scoring a hat-trick in defeat": the loser's goals.
        let in_defeat = (first.tok..s.toks.len().min(first.tok + 8)).any(|k| {
            s.low(k) == "in" && matches!(s.low(k + 1), "defeat" | "vain")
                || s.low(k) == "losing" && s.low(k + 1) == "cause"
        });
        let side = if side == Side::None && !matches!(t.state, State::Back) && !t.own_goal {
            if in_defeat {
                winner_of(s).opponent()
            } else {
                winner_of(s)
            }
        } else {
            side
        };
        let ordinal = team_ordinal(s, a, b).or_else(|| {
            t.ordinal
                .or_else(|| triggers::ordinal_goal(&w, a, b))
                .map(|n| (Side::None, n))
        });
        let base = Mention {
            sent: si,
            tok: first.tok,
            scorer: who.map(|p| p.0),
            strong: who.is_some_and(|p| p.1),
            side,
            own_goal: t.own_goal,
            penalty: t.penalty,
            when: time_for(s, a, b, first.tok),
            state: t.state,
            running: t.running,
            reach: t.reach,
            ordinal,
        };
        expand(sents, si, a, b, t, base, &mut out);
    }
    // "X scored, and a minute later he struck again": a pronoun after a named scorer in the
    // same sentence is that scorer.
    let mut named: Option<usize> = None;
    for m in &mut out {
        let pronoun = matches!(s.low(pronoun_before(s, m.tok)), "he" | "she");
        if m.strong {
            named = m.scorer;
        } else if pronoun && m.scorer.is_some() && named.is_some() {
            m.scorer = named;
        }
    }
    let out = merge_in_sentence(out);
    possessive_scorers(s, out)
}

/// The nearest "he" or "she" before the scoring phrase at `t` in its clause, else `t`.
fn pronoun_before(s: &Sent, t: usize) -> usize {
    (t.saturating_sub(12)..t)
        .rev()
        .take_while(|&k| !matches!(s.low(k), "," | ";"))
        .find(|&k| matches!(s.low(k), "he" | "she"))
        .unwrap_or(t)
}

/// "Rovers' second goal": a team's tally.
fn team_ordinal(s: &Sent, a: usize, b: usize) -> Option<(Side, u16)> {
    s.teams
        .iter()
        .filter(|t| t.0 >= a && t.0 < b)
        .find_map(|&(k, side, len)| {
            let p = k + len;
            (matches!(s.low(p), "'s" | "'") && s.low(p + 2) == "goal")
                .then(|| super::numbers::ordinal(s.low(p + 1)))
                .flatten()
                .map(|n| (side, n))
        })
}

/// The time of a mention: the expression in its clause nearest after the phrase, else before
/// it, else one opening the sentence.
pub fn time_for(s: &Sent, a: usize, b: usize, t: usize) -> Option<When> {
    let in_clause: Vec<_> = s.times.iter().filter(|x| x.tok >= a && x.tok < b).collect();
    let w: Vec<&str> = s.toks.iter().map(|x| x.low.as_str()).collect();
    // "In the 20th minute, Cole scored": a time opening the sentence, unless it belongs to a
    // goal of its own ("X's 27th-minute strike gave them the lead, and Y ...").
    let opening = s.times.first().filter(|x| {
        x.tok < a
            && clauses(s)
                .iter()
                .find(|c| c.0 <= x.tok && x.tok < c.1)
                .is_none_or(|c| triggers::find(&w, c.0, c.1).is_empty())
    });
    in_clause
        .iter()
        .find(|x| x.tok >= t)
        .or_else(|| in_clause.last())
        .map(|x| x.when)
        .or_else(|| opening.map(|x| x.when))
}
