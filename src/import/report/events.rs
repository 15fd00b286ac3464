//! Goal mentions in a sentence: who scored (or which team), for whom, when, and what the goal
//! did to the score, read from the scoring vocabulary in `triggers`.
//!
//! A mention is one telling of a goal; the same goal told in the lede and again in the body
//! gives two mentions, which `goals` merges.

use super::clock_expr::When;
use super::doc::{Sent, resolve_back};
use super::players::{NATIONALITIES, ROLES, Ref};
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
}

/// Clause boundaries: a new subject or a contrast starts a new clause.
pub fn clauses(s: &Sent) -> Vec<(usize, usize)> {
    let n = s.toks.len();
    let subject_at = |k: usize| {
        s.refs
            .iter()
            .any(|r| r.tok == k || r.tok == k + 1 && ROLES.contains(&s.low(k)))
            || s.teams.iter().any(|t| t.0 == k)
            || matches!(s.low(k), "he" | "she" | "they")
            || s.low(k) == "substitute"
    };
    let mut cuts = vec![0];
    for k in 1..n {
        let w = s.low(k);
        let cut = match w {
            ";" | ":" | "but" | "while" | "although" | "though" | "whereas" | "when" => true,
            "which" => s.low(k - 1) == ",",
            "only" => matches!(s.low(k + 1), "for" | "to"),
            "and" | "as" | "before" | "then" => {
                subject_at(k + 1) || s.low(k - 1) == "," && w == "and"
            }
            "," => subject_at(k + 1) && !matches!(s.low(k + 2), ","),
            _ => false,
        };
        if cut {
            cuts.push(k);
        }
    }
    cuts.push(n);
    cuts.windows(2)
        .map(|p| (p[0], p[1]))
        .filter(|p| p.0 < p.1)
        .collect()
}

/// How many tokens the person reference at `k` spans ("Roman Burki", "the Slovenian").
pub fn ref_len(s: &Sent, k: usize) -> usize {
    s.refs.iter().find(|r| r.tok == k).map_or(1, |r| r.len)
}

/// A person reference at token `k` is the object of a verb or preposition, not the subject.
pub fn governed(s: &Sent, k: usize) -> bool {
    let mut j = k;
    while j > 0 {
        let w = s.low(j - 1);
        if ROLES.contains(&w)
            || NATIONALITIES.contains(&w)
            || matches!(w, "the" | "a" | "an" | "young" | "lively" | "veteran")
        {
            j -= 1;
        } else {
            break;
        }
    }
    if j == 0 {
        return false;
    }
    let w = s.low(j - 1);
    // "only for the Slovenian to tap in": the subject of the infinitive, not an object.
    let next = s.low(k + ref_len(s, k));
    if next == "to" && (w == "for" || matches!(s.low(k), "him" | "her")) {
        return false;
    }
    if matches!(s.low(k), "him" | "her") {
        return true;
    }
    matches!(
        w,
        "found"
            | "slipped"
            | "slipping"
            | "out"
            | "dispossessed"
            | "tackled"
            | "fouled"
            | "denied"
            | "beating"
            | "beat"
            | "beats"
            | "tripped"
            | "replaced"
            | "from"
            | "past"
            | "over"
            | "off"
            | "of"
            | "under"
            | "to"
            | "against"
            | "saw"
            | "left"
            | "invited"
            | "beyond"
            | "for"
            | "by"
            | "with"
            | "through"
            | "inside"
            | "around"
            | "on"
            | "at"
            | "allowed"
    ) || (w.ends_with("ed") && w.len() > 4 && !matches!(w, "substituted" | "booked"))
}

/// The actor of the scoring phrase at `t` in clause `(a, b)`: a person (id, named?) or a team.
fn actor(sents: &[Sent], si: usize, a: usize, t: usize) -> (Option<(usize, bool)>, Side) {
    let s = &sents[si];
    let person = |k: usize| -> Option<(usize, bool)> {
        let r = s.refs.iter().find(|r| r.tok == k)?;
        match r.r {
            Ref::Person(id) => Some((id, true)),
            _ if s.low(k) == "his" || s.low(k) == "her" && s.low(k + 1) != "to" => None,
            _ => resolve_back(sents, si, k, None).map(|id| (id, false)),
        }
    };
    for k in (a..t).rev() {
        if s.low(k) == "who"
            && k > a
            && let Some(r) = s.refs.iter().rev().find(|r| r.tok < k)
        {
            return (person(r.tok), Side::None);
        }
        if let Some(team) = s.teams.iter().find(|x| x.0 == k)
            && !governed(s, k)
            && !matches!(s.low(k + team.2), "'s" | "'")
        {
            // "Ilicic and Atalanta had completed the turnaround": the player is the scorer.
            if k > 1
                && s.low(k - 1) == "and"
                && let Some(r) = s.refs.iter().find(|r| r.tok + r.len + 1 == k)
            {
                return (person(r.tok), team.1);
            }
            return (None, team.1);
        }
        if s.refs.iter().any(|r| r.tok == k)
            && !governed(s, k)
            && let Some(p) = person(k)
        {
            return (Some(p), Side::None);
        }
    }
    // "went in front through X", "an own goal by X".
    for k in t..s.toks.len().min(t + 6) {
        if matches!(s.low(k), "through" | "by" | "from")
            && let Some(p) = (k + 1..k + 5).find_map(|j| {
                s.refs
                    .iter()
                    .find(|r| r.tok == j)
                    .and_then(|r| person(r.tok))
            })
        {
            return (Some(p), Side::None);
        }
    }
    // The sentence's subject carries over to later clauses ("Goa ... but went ahead").
    for k in 0..a {
        if let Some(team) = s.teams.iter().find(|x| x.0 == k) {
            return (None, team.1);
        }
        if s.refs.iter().any(|r| r.tok == k) && !governed(s, k) {
            return (person(k), Side::None);
        }
    }
    (None, Side::None)
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
    for (a, b) in clauses(s) {
        let trigs = triggers::find(&w, a, b);
        let Some(first) = trigs.first().copied() else {
            continue;
        };
        let mut t = first;
        for x in &trigs[1..] {
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
        let (who, team) = actor(sents, si, a, first.tok);
        let side = if team != Side::None {
            team
        } else {
            credited(s, &t, a, b)
        };
        let side = if side == Side::None {
            credited(s, &t, 0, s.toks.len())
        } else {
            side
        };
        let ordinal = team_ordinal(s, a, b)
            .or_else(|| triggers::ordinal_goal(&w, 0, b).map(|n| (Side::None, n)));
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
    let out = merge_in_sentence(out);
    possessive_scorers(s, out)
}

/// Nouns for a finish: "Foord's poked finish", "Whittingham's penalty".
const SHOT_NOUNS: &[&str] = &[
    "finish",
    "strike",
    "header",
    "shot",
    "effort",
    "cross-shot",
    "volley",
    "penalty",
    "goal",
    "free-kick",
    "drive",
    "lob",
    "chip",
];

/// "X's finish and Y's header brought Rovers level": each possessor scored one of the goals the
/// team phrase sums up.
fn possessive_scorers(s: &Sent, out: Vec<Mention>) -> Vec<Mention> {
    let [m] = out.as_slice() else { return out };
    if m.strong {
        return out;
    }
    let owners: Vec<(usize, usize)> = s
        .refs
        .iter()
        .filter(|r| r.tok < m.tok)
        .filter_map(|r| match r.r {
            Ref::Person(id)
                if matches!(s.low(r.tok + r.len), "'s" | "'")
                    && (1..4).any(|d| SHOT_NOUNS.contains(&s.low(r.tok + r.len + d))) =>
            {
                Some((id, r.tok))
            }
            _ => None,
        })
        .collect();
    if owners.is_empty() {
        return out;
    }
    let cl = clauses(s);
    owners
        .iter()
        .enumerate()
        .map(|(k, &(id, tok))| {
            let (a, b) = cl
                .iter()
                .copied()
                .find(|c| c.0 <= tok && tok < c.1)
                .unwrap_or((0, s.toks.len()));
            let last = k + 1 == owners.len();
            let noun_penalty = (1..4).any(|d| s.low(tok + 1 + d) == "penalty");
            Mention {
                tok,
                scorer: Some(id),
                strong: true,
                when: time_for(s, a, b, tok).or(if last { m.when } else { None }),
                state: if last { m.state } else { State::None },
                running: if last { m.running } else { None },
                penalty: m.penalty || noun_penalty,
                ..m.clone()
            }
        })
        .collect()
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
fn time_for(s: &Sent, a: usize, b: usize, t: usize) -> Option<When> {
    let in_clause: Vec<_> = s.times.iter().filter(|x| x.tok >= a && x.tok < b).collect();
    in_clause
        .iter()
        .find(|x| x.tok >= t)
        .or_else(|| in_clause.last())
        .map(|x| x.when)
        .or_else(|| s.times.first().filter(|x| x.tok < a).map(|x| x.when))
}

/// One mention per goal when the phrase stands for several: lists of minutes ("in the 33rd,
/// 52nd and 79th minutes, X in the 41st"), counts ("scored twice"), "followed by X and Y".
fn expand(
    sents: &[Sent],
    si: usize,
    a: usize,
    b: usize,
    t: Trig,
    base: Mention,
    out: &mut Vec<Mention>,
) {
    let s = &sents[si];
    let exact: Vec<_> = s
        .times
        .iter()
        .filter(|x| x.tok >= a && x.tok < b && matches!(x.when, When::At(c) if !c.approximate))
        .collect();
    if exact.len() >= 2 {
        for x in exact {
            let scorer = s
                .refs
                .iter()
                .rev()
                .find(|r| r.tok < x.tok && r.tok >= a && !governed(s, r.tok))
                .and_then(|r| match r.r {
                    Ref::Person(id) => Some(id),
                    _ => None,
                });
            out.push(Mention {
                tok: x.tok,
                when: Some(x.when),
                scorer: scorer.or(base.scorer),
                strong: scorer.is_some() || base.strong,
                ..base.clone()
            });
        }
        return;
    }
    let w: Vec<&str> = s.toks[a..b].iter().map(|x| x.low.as_str()).collect();
    let mut count = t.count.max(1);
    if let Some(k) = w.iter().position(|x| {
        matches!(
            *x,
            "scored" | "scoring" | "scores" | "struck" | "made" | "netted"
        )
    }) && let Some(n) = triggers::count_word(&w[k + 1..w.len().min(k + 3)])
    {
        count = count.max(n);
    }
    // "hat-tricks from X and Y": each named player scored `count`.
    let from_list: Vec<usize> = if w.contains(&"hat-tricks") {
        s.refs
            .iter()
            .filter(|r| r.tok > t.tok && r.tok < b)
            .filter_map(|r| match r.r {
                Ref::Person(id) => Some(id),
                _ => None,
            })
            .collect()
    } else {
        Vec::new()
    };
    let scorers: Vec<Option<usize>> = if from_list.is_empty() {
        vec![base.scorer]
    } else {
        from_list.into_iter().map(Some).collect()
    };
    for sc in scorers {
        for k in 0..count {
            let m = Mention {
                scorer: sc,
                strong: base.strong || sc != base.scorer,
                state: if k + 1 == count {
                    base.state
                } else {
                    State::None
                },
                ..base.clone()
            };
            out.push(m);
        }
    }
    // "then scored, followed by X and finally Y again".
    if let Some(k) = (t.tok..s.toks.len()).find(|&k| s.low(k) == "followed" && s.low(k + 1) == "by")
    {
        for r in s.refs.iter().filter(|r| r.tok > k + 1) {
            if let Ref::Person(id) = r.r {
                out.push(Mention {
                    tok: r.tok,
                    scorer: Some(id),
                    strong: true,
                    state: State::None,
                    running: None,
                    reach: None,
                    when: None,
                    ordinal: None,
                    ..base.clone()
                });
            }
        }
    }
}

/// Phrases of one sentence about one goal ("Rovers took the lead when Cole tapped in") are one
/// mention; different named scorers stay apart.
fn merge_in_sentence(ms: Vec<Mention>) -> Vec<Mention> {
    let mut out: Vec<Mention> = Vec::new();
    for m in ms {
        if let Some(last) = out.last_mut() {
            let same_person = last.scorer == m.scorer || !last.strong || !m.strong;
            let separate_times = matches!((last.when, m.when), (Some(When::At(x)), Some(When::At(y))) if !x.approximate && !y.approximate && x != y);
            let counted = last.tok == m.tok;
            if same_person
                && !separate_times
                && !counted
                && (last.scorer.is_none() || m.scorer.is_none() || last.scorer == m.scorer)
            {
                if m.strong || last.scorer.is_none() {
                    last.scorer = m.scorer.or(last.scorer);
                    last.strong |= m.strong;
                }
                last.side = if last.side == Side::None {
                    m.side
                } else {
                    last.side
                };
                last.own_goal |= m.own_goal;
                last.penalty |= m.penalty;
                last.when = last.when.or(m.when);
                last.state = if m.state != State::None {
                    m.state
                } else {
                    last.state
                };
                last.running = last.running.or(m.running);
                last.reach = last.reach.or(m.reach);
                last.ordinal = last.ordinal.or(m.ordinal);
                continue;
            }
        }
        out.push(m);
    }
    out
}
