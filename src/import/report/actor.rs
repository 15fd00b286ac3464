//! Who scored: the actor of a scoring phrase, a person or a team, read from the clause around
//! it ("X put Rovers ahead", "Goa went in front through Y", "Vale pulled one back, Z looping a
//! header in", "Rovers took the lead when W met a cross").

use super::agents::{agent_after, finish_owner, participle_agent, provider, when_agent};
use super::clauses::governed;
use super::doc::{Sent, resolve_back};
use super::players::Ref;
use super::vocab::relations::{OBJECT_VERBS, TEAM_PARTS};
use super::vocab::results::{LOSE, WIN};
use super::vocab::scoring::{GOAL_NOUNS, SHOT_NOUNS};
use crate::model::Side;

/// The actor of the scoring phrase at `t` in clause `(a, b)`: a person (id, named?) or a team.
pub fn actor(
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
    // "Fleming's shot was turned into her own net by Hagen": in the passive the agent after
    // "by" did it.
    let passive = (t.saturating_sub(3)..t).any(|k| matches!(s.low(k), "was" | "were"));
    if passive && let Some(p) = agent_after(s, (t, b), &person) {
        return (Some(p), Side::None);
    }
    // "his cross took a deflection through the gloves of Yusupov and into his own net": the
    // last player named before "his own net" put it there.
    if let Some(own) = (t.saturating_sub(2)..b.min(t + 4))
        .find(|&k| matches!(s.low(k), "his" | "her") && s.low(k + 1) == "own")
        && let Some(r) = s
            .refs
            .iter()
            .rev()
            // Not "Sorvel's free-kick": the one who sent it in.
            .find(|r| {
                r.tok + r.len <= own
                    && matches!(r.r, Ref::Person(_))
                    && !matches!(s.low(r.tok + r.len), "'s" | "'")
            })
        && !(r.tok + r.len..own).any(|k| s.low(k) == "by")
    {
        return (person(r.tok), Side::None);
    }
    // "A header from Troost-Ekong had put Nigeria ahead": the finish that opens the clause
    // names its scorer.
    if let Some(k) = finish_owner(s, a, t) {
        return (person(k), Side::None);
    }
    // "the ball bounced in off defender De Silvestri for an own goal": the player it went in
    // off.
    let own_goal = (a..b).any(|k| s.low(k) == "own" && matches!(s.low(k + 1), "goal" | "net"));
    if own_goal
        && let Some(r) = s.refs.iter().find(|r| {
            matches!(r.r, Ref::Person(_))
                && r.tok >= a
                && r.tok < b
                && (r.tok.saturating_sub(2)..r.tok).any(|k| s.low(k) == "off")
        })
    {
        return (person(r.tok), Side::None);
    }
    // "thanks to a Brazilian own goal, defender Tarciane playing the ball back": the player
    // named just after the own goal.
    if s.low(t) == "own"
        && let Some(r) = s.refs.iter().find(|r| {
            r.tok > t
                && r.tok <= t + 5
                && matches!(r.r, Ref::Person(_))
                && (t + 1..r.tok).any(|k| s.low(k) == ",")
        })
    {
        return (person(r.tok), Side::None);
    }
    // "with Kim scoring a hat-trick": the player right before a scoring participle.
    if s.low(t).ends_with("ing")
        && let Some(r) = s
            .refs
            .iter()
            .find(|r| r.tok + r.len == t && r.tok >= a && matches!(r.r, Ref::Person(_)))
    {
        return (person(r.tok), Side::None);
    }
    // "It was left to Lee, another substitute, to curl the sixth in".
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
    // "with a Harry Kane penalty", "Solano's brilliant opener": the name that owns the finish
    // (unless an agent is named after it: "Timão's goal was an own goal, scored by Rodinei").
    if (SHOT_NOUNS.contains(&s.low(t)) || GOAL_NOUNS.contains(&s.low(t)))
        && agent_after(s, (t, b), &person).is_none()
        && let Some(r) = s.refs.iter().find(|r| {
            let end = r.tok + r.len;
            r.tok >= a
                && matches!(r.r, Ref::Person(_))
                && (end == t
                    || matches!(s.low(end), "'s" | "'")
                        && end < t
                        && t <= end + 3
                        && (end + 1..t).all(|k| !s.low(k).is_empty() && s.low(k) != ","))
        })
    {
        return (person(r.tok), Side::None);
    }
    // "a triple defensive error gifted Jamal Lowe an equaliser": the player given the goal.
    if matches!(s.low(t.saturating_sub(1)), "an" | "a" | "the")
        && let Some(r) = s.refs.iter().find(|r| {
            r.tok >= 1
                && r.tok + r.len + 1 == t
                && matches!(r.r, Ref::Person(_))
                && matches!(
                    s.low(r.tok - 1),
                    "gifted" | "handed" | "presented" | "offered"
                )
        })
    {
        return (person(r.tok), Side::None);
    }
    // "a ball across for Hegerberg to turn in", "picked out Mendy to put Wrexham ahead": the
    // player the chance was made for.
    // The finish may be told after a team's phrase: "Marinos sealed the result, squaring for
    // Matheus to side-foot in".
    let words = s.words();
    if let Some(r) = s.refs.iter().find(|r| {
        let to = r.tok + r.len;
        r.tok >= 1
            && r.tok >= a
            && s.low(to) == "to"
            && (to < t && t <= to + 5
                || t < r.tok
                    && to < b
                    && (to + 1..to + 4).any(|k| super::triggers::starts_at(&words, k)))
            && matches!(r.r, Ref::Person(_))
            && matches!(s.low(r.tok - 1), "for" | "out" | "found" | "up" | "allowed")
    }) {
        let team = s
            .teams
            .iter()
            .find(|x| x.0 >= a && x.0 < t && !team_is_object(s, x.0))
            .map_or(Side::None, |x| x.1);
        return (person(r.tok), team);
    }
    for k in (a..t).rev() {
        // "they went behind when Afif ...": a team told as "they" (and not named before in the
        // sentence) acts through the player.
        if s.low(k) == "they" && !s.teams.iter().any(|x| x.0 < k) {
            let agent = agent_after(s, (t, b), &person)
                .or_else(|| participle_agent(s, b, &person))
                .or_else(|| when_agent(s, b, &person));
            return (agent, Side::None);
        }
        if s.low(k) == "who"
            && k > a
            && let Some(r) = s.refs.iter().rev().find(|r| r.tok < k)
        {
            return (person(r.tok), Side::None);
        }
        if let Some(team) = s.teams.iter().find(|x| x.0 == k)
            && !governed(s, k)
            && !team_is_object(s, k)
            // "rose above the Finland defence": a team naming a noun is not acting.
            && !TEAM_PARTS.contains(&s.low(k + team.2))
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
            let agent = agent_after(s, (t, b), &person)
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
    if let Some(p) = agent_after(s, (t, b), &person) {
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
        let agent = participle_agent(s, b, &person).or_else(|| when_agent(s, b, &person));
        return (agent, side);
    }
    // The sentence's subject carries over to later clauses ("Goa ... but went ahead"), not
    // across a semicolon, which starts a sentence of its own.
    // "..., and the winner finally came three minutes from time": a goal that is the subject
    // of its own clause has no scorer from the clause before.
    let own_start = matches!(s.low(a), ";" | ":")
        || GOAL_NOUNS.contains(&s.low(t))
            && t > 0
            && matches!(s.low(t - 1), "the" | "a" | "an" | "their" | "his" | "her");
    for k in (0..a).filter(|_| !own_start) {
        if let Some(team) = s.teams.iter().find(|x| x.0 == k) {
            // "Goa went in front through Jesuraj", "Vale pulled one back, Kim looping a header
            // in": the team acts through its scorer.
            let agent = agent_after(s, (t, b), &person)
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

/// A team named as the object of a verb ("put Spartak ahead", "hammering Mumbai 7-0", "a
/// point against Vale") is credited or beaten, never the one acting.
pub fn team_is_object(s: &Sent, k: usize) -> bool {
    // "against ten-man Ashworth": look past a hyphenated description.
    // "given the Dutch an early lead": past the article too.
    let k = if k > 1 && (s.low(k - 1).contains('-') || s.low(k - 1) == "the") {
        k - 1
    } else {
        k
    };
    let Some(before) = k.checked_sub(1).map(|i| s.low(i)) else {
        return false;
    };
    OBJECT_VERBS.contains(&before)
        || WIN.contains(&before)
        || LOSE.contains(&before)
        || (before.ends_with("ing") && before.len() > 5)
}

/// The one team a sentence names as winning ("Porto won", "Rovers beat Vale"), if any.
pub fn winner_of(s: &Sent) -> Side {
    let mut found = s.teams.iter().filter(|&&(k, _, len)| {
        let verb = s.low(k + len);
        !team_is_object(s, k) && (WIN.contains(&verb) || matches!(verb, "won" | "win" | "wins"))
    });
    match (found.next(), found.next()) {
        (Some(t), None) => t.1,
        _ => Side::None,
    }
}
