//! One mention per goal: a phrase that stands for several goals ("struck in the 33rd, 52nd
//! and 79th minutes", "scored twice", "X's finish and Y's header") becomes several mentions,
//! and phrases of one sentence about one goal become one.

use super::clauses::{clauses, governed};
use super::clock_expr::When;
use super::doc::Sent;
use super::events::Mention;
use super::mention_time::time_for;
use super::numbers::{cardinal, ordinal};
use super::players::Ref;
use super::triggers::{self, State, Trig};
use super::vocab::scoring::SHOT_NOUNS;
use crate::model::Side;

/// "X's finish and Y's header brought Rovers level": each possessor scored one of the goals the
/// team phrase sums up.
pub fn possessive_scorers(s: &Sent, out: Vec<Mention>) -> Vec<Mention> {
    let [m] = out.as_slice() else { return out };
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
    // A named scorer stands unless it is one of the owners ("X's finish and Y's header").
    if owners.is_empty() || m.strong && !owners.iter().any(|o| Some(o.0) == m.scorer) {
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

/// One mention per goal when the phrase stands for several: lists of minutes ("in the 33rd,
/// 52nd and 79th minutes, X in the 41st"), counts ("scored twice"), "followed by X and Y".
pub fn expand(
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
    // Only a list of minutes ("in the 33rd, 52nd and 79th minutes", "at 45 of the first
    // half and at two of the second") is several goals; "X, who came on in the 70th minute,
    // won it with three minutes left" is one.
    let listed = exact.windows(2).all(|p| {
        (p[0].tok + 1..p[1].tok).all(|k| {
            cardinal(s.low(k)).is_some()
                || ordinal(s.low(k)).is_some()
                || matches!(
                    s.low(k),
                    "," | "and"
                        | "the"
                        | "in"
                        | "on"
                        | "at"
                        | "of"
                        | "minute"
                        | "minutes"
                        | "first"
                        | "second"
                        | "half"
                        | "then"
                        | "again"
                )
        })
    });
    if exact.len() >= 2 && listed {
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
    // "made it four" is the fourth goal, not four goals.
    if t.reach.is_none()
        && let Some(k) = w.iter().position(|x| {
            matches!(
                *x,
                "scored" | "scoring" | "scores" | "struck" | "made" | "netted"
            )
        })
        && let Some(n) = triggers::count_word(&w[k + 1..w.len().min(k + 3)])
        // "struck with three minutes of extra time remaining": a time, not a count.
        && !w[k + 1..w.len().min(k + 5)]
            .iter()
            .any(|x| matches!(*x, "minutes" | "minute" | "mins" | "seconds" | "times" | "days"))
    {
        count = count.max(n);
    }
    // "hat-tricks from X and Y": each named player scored `count`; "goals from X, Y and Z":
    // one each.
    // "goals from X and Y", "hit back with two goals ... from X and Y": the goals' scorers.
    let list_from = (t.tok..b)
        .find(|&k| matches!(s.low(k), "goals" | "strikes"))
        .and_then(|k| (k + 1..b.min(k + 10)).find(|&j| matches!(s.low(j), "from" | "by")));
    let goal_list = list_from.is_some()
        && s.refs
            .iter()
            .filter(|r| list_from.is_some_and(|f| r.tok > f) && r.tok < b)
            .count()
            > 1
        || matches!(s.low(t.tok), "goals" | "strikes") && matches!(s.low(t.tok + 1), "from" | "by");
    let after = match list_from {
        Some(f) if goal_list => f,
        _ => t.tok,
    };
    let from_list: Vec<usize> = if w.contains(&"hat-tricks") || goal_list {
        s.refs
            .iter()
            .filter(|r| r.tok > after && r.tok < b)
            .filter_map(|r| match r.r {
                Ref::Person(id) => Some(id),
                _ => None,
            })
            .collect()
    } else {
        Vec::new()
    };
    if goal_list && from_list.len() > 1 {
        count = 1;
    }
    let scorers: Vec<Option<usize>> = if from_list.is_empty() {
        vec![base.scorer]
    } else {
        from_list.into_iter().map(Some).collect()
    };
    let unordered = scorers.len() * usize::from(count) > 1;
    for sc in scorers {
        for k in 0..count {
            let m = Mention {
                unordered,
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
pub fn merge_in_sentence(ms: Vec<Mention>) -> Vec<Mention> {
    let mut out: Vec<Mention> = Vec::new();
    for m in ms {
        if let Some(last) = out.last_mut() {
            let same_person = last.scorer == m.scorer || !last.strong || !m.strong;
            // Two stated minutes, or a stated and a guessed one far apart, are two goals.
            let separate_times = matches!(
                (last.when, m.when),
                (Some(When::At(x)), Some(When::At(y)))
                    if (!x.approximate && !y.approximate && x != y)
                        || ((!x.approximate || !y.approximate)
                            && (x.period != y.period || (x.elapsed() - y.elapsed()).abs() > 10.0))
            );
            let counted = last.tok == m.tok;
            // "X gave the Dutch the lead, but England responded 11 minutes later": a goal
            // timed after the one before, or for the other team, is another goal.
            let separate_times = separate_times || matches!(m.when, Some(When::After { .. }));
            let separate_sides =
                last.side != Side::None && m.side != Side::None && last.side != m.side;
            // "put Rovers ahead ..., but Kim headed Vale level": two goals, whatever the names.
            let separate_states =
                last.state != State::None && m.state != State::None && last.state != m.state;
            let separate_scores = matches!((last.running, m.running), (Some(x), Some(y)) if x != y);
            if same_person
                && !m.again
                && !separate_times
                && !separate_states
                && !separate_scores
                && !separate_sides
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
                // A stated minute beats a guess: "scored first when Jansson ... in the 10th
                // minute" after "in the early stages".
                last.when = match (last.when, m.when) {
                    (Some(When::At(x)), Some(When::At(y))) if x.approximate && !y.approximate => {
                        m.when
                    }
                    (w, o) => w.or(o),
                };
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
