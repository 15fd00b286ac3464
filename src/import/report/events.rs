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
    let w: Vec<&str> = s.toks.iter().map(|t| t.low.as_str()).collect();
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

/// The time of a mention: the expression in its clause nearest after the phrase, else before
/// it, else one opening the sentence.
pub fn time_for(s: &Sent, a: usize, b: usize, t: usize) -> Option<When> {
    let in_clause: Vec<_> = s.times.iter().filter(|x| x.tok >= a && x.tok < b).collect();
    let w: Vec<&str> = s.toks.iter().map(|x| x.low.as_str()).collect();
    // "In the 20th minute, Cole scored": a time opening the sentence, unless it belongs to a
    // goal of its own ("X's 27th-minute strike gave them the lead, and Y ...").
    let openers: Vec<_> = s
        .times
        .iter()
        .filter(|x| {
            // An opening phrase ("In the 20th minute,"), not a clause of its own ("The first
            // half was action-packed with chances for both sides, but ...").
            x.tok < a
                && clauses(s)
                    .iter()
                    .find(|c| c.0 <= x.tok && x.tok < c.1)
                    .is_none_or(|c| {
                        let half_as_subject = s.low(c.0) == "the"
                            && matches!(s.low(c.0 + 2), "half" | "period")
                            && matches!(
                                s.low(c.0 + 3),
                                "was" | "saw" | "ended" | "began" | "proved" | "brought" | "had"
                            );
                        triggers::find(&w, c.0, c.1).is_empty() && !half_as_subject
                    })
        })
        .collect();
    // "In the second half, at 12 minutes, X scored": the stated minute over the vague half.
    let opening = openers
        .iter()
        .find(|x| matches!(x.when, When::At(c) if !c.approximate))
        .or(openers.first())
        .copied();
    // "... with a penalty after Kerr handled in the 15th minute": the subordinate clause that
    // follows, if it tells no goal of its own, times this one.
    let following = clauses(s)
        .into_iter()
        .find(|c| c.0 == b && matches!(s.low(b), "after" | "when" | "as" | "following"))
        .filter(|c| triggers::find(&w, c.0, c.1).is_empty())
        // "... as Real beat Sevilla 3-1, with Los Blancos shrugging off a first-half penalty":
        // a result, not the goal's moment.
        .filter(|c| {
            !w[c.0..c.1]
                .iter()
                .any(|x| super::numbers::score(x).is_some())
        })
        // "... after their keeper was sent off in the 20th minute": the card's time.
        .filter(|c| crate::import::report::cards::colour(&w[c.0..c.1]).is_none())
        .and_then(|c| s.times.iter().find(|x| x.tok >= c.0 && x.tok < c.1));
    // "the breakthrough came on 76 minutes when Park fired in": the main clause's time.
    let main = if matches!(s.low(a), "when" | "as") {
        s.times.iter().rev().find(|x| x.tok < a)
    } else {
        None
    };
    // The first time after the phrase; a stated minute in the clause beats a vague phrase
    // there ("Tavora (88') sent the final into extra time"), but not one past a comma ("in
    // front early in extra time, the teams having been tied after 90 minutes").
    let comma_between = |x: usize| (t.min(x)..t.max(x)).any(|k| s.low(k) == ",");
    let stated =
        |x: &&&super::clock_expr::TimeExpr| !matches!(x.when, When::At(c) if c.approximate);
    let first_after = in_clause.iter().find(|x| x.tok >= t);
    first_after
        .filter(stated)
        .or_else(|| {
            in_clause
                .iter()
                .filter(stated)
                .filter(|x| !comma_between(x.tok))
                .min_by_key(|x| x.tok.abs_diff(t))
        })
        .or(first_after)
        .or_else(|| in_clause.last())
        .map(|x| x.when)
        .or_else(|| main.map(|x| x.when))
        .or_else(|| opening.map(|x| x.when))
        .or_else(|| following.map(|x| x.when))
}
