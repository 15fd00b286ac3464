//! Goal mentions in a sentence: who scored (or which team), for whom, when, and what the goal
//! did to the score, read from the scoring vocabulary in `triggers`.
//!
//! A mention is one telling of a goal; the same goal told in the lede and again in the body
//! gives two mentions, which `goals` merges.

use super::actor::{actor, winner_of};
use super::clauses::{clauses, elided, split_by_state};
use super::clock_expr::When;
use super::doc::Sent;
use super::expand::{expand, merge_in_sentence, possessive_scorers};
use super::mention_time::time_for;
use super::triggers::{self, State, Trig};
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
    /// One of several goals a phrase sums up in no match order ("hat-tricks from X and Y").
    pub unordered: bool,
    /// Told as a further goal of its scorer ("headed his second", "scored again").
    pub again: bool,
}

/// "In the shoot-out, Shaw saved twice and Dunn scored the winning kick": kicks, not goals.
pub fn shootout_sentence(s: &Sent, shootout: bool) -> bool {
    s.toks.iter().any(|t| {
        matches!(t.low.as_str(), "shootout" | "shoot-out" | "spot-kicks")
            || shootout && matches!(t.low.as_str(), "kick" | "kicks")
    })
}

/// "Earlier on Saturday, Iran knocked out Japan when Jahanbakhsh scored a penalty": a result
/// whose winner is a national team that is not one of this match's teams.
fn other_match(s: &Sent) -> bool {
    use super::vocab::results::{LOSE, WIN};
    let caps = super::tokens::cap_chunks(&s.toks);
    caps.iter().any(|&(a, e)| {
        let name = super::tokens::join(&s.toks[a..e]);
        let verb = s.low(e);
        super::nations::canonical(&name).is_some()
            && !s.teams.iter().any(|t| t.0 < e && a < t.0 + t.2)
            && (WIN.contains(&verb) || LOSE.contains(&verb) || verb == "knocked")
    })
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
    if shootout_sentence(s, shootout) || other_match(s) {
        return Vec::new();
    }
    let w = s.words();
    let mut out: Vec<Mention> = Vec::new();
    let mut prev: Option<Trig> = None;
    let cl = split_by_state(&w, clauses(s));
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
        // "... went behind when Afif kept his composure from the penalty spot": a "when"
        // clause telling the finish tells its kind too.
        let b_pen = if s.low(b) == "when" {
            cl.get(ci + 1).map_or(b, |c| c.1)
        } else {
            b
        };
        let clause = &w[a..b_pen];
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
        // "a hat-trick of penalties", "scored two penalties".
        if clause.windows(2).any(|p| {
            p[1] == "penalties" && (p[0] == "of" || super::numbers::cardinal(p[0]).is_some())
        }) && !shootout
        {
            t.penalty = true;
        }
        // "X conceded a penalty, and Moss converted it".
        if clause.contains(&"it")
            && w[..a]
                .iter()
                .any(|x| matches!(*x, "penalty" | "spot-kick" | "penalty-kick"))
        {
            t.penalty = true;
        }
        let (who, team) = actor(sents, si, (subject_from, b), first.tok);
        let side = if team != Side::None {
            if t.conceded { team.opponent() } else { team }
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
            when: time_for(s, a, b, first.tok)
                .or_else(|| super::stated_times::scene_time(sents, si)),
            state: t.state,
            running: t.running,
            reach: t.reach,
            ordinal,
            unordered: false,
            // "headed his second", "added a second", "scored again".
            again: clause.windows(3).any(|p| {
                matches!(p[0], "his" | "her" | "their" | "a")
                    && matches!(p[1], "second" | "third" | "fourth" | "fifth")
                    // "with his second touch he prodded in" counts touches, not goals.
                    && !matches!(
                        p[2],
                        "he" | "she" | "touch" | "attempt" | "effort" | "shot" | "chance" | "half"
                            | "yellow" | "booking" | "card" | "time" | "minute" | "spell"
                    )
            }) || clause.contains(&"another")
                // "scored again", but not "went ahead again" (the team's lead, not a tally).
                || clause.windows(2).any(|p| {
                    p[1] == "again" && !matches!(p[0], "ahead" | "front" | "level" | "lead")
                }),
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
