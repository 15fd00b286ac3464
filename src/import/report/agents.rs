//! The players a scoring phrase points at beyond its subject: the agent after it ("through
//! X", "by X"), the player of a participle or "when" clause that follows, the owner of the
//! finish ("a header from X"), and the one who only supplied the ball ("X's cross").

use super::clauses::{governed, ref_len};
use super::doc::Sent;
use super::players::Ref;
use super::vocab::relations::FEED_NOUNS;
use super::vocab::scoring::{GOAL_NOUNS, SHOT_NOUNS};

/// "A header from Troost-Ekong", "a weak shot from Lorch": a finish opening the words from `a`
/// (before `t`) that names who struck it. The token of that person's name, if so.
pub(super) fn finish_owner(s: &Sent, a: usize, t: usize) -> Option<usize> {
    let mut n = a;
    while n < t
        && matches!(
            s.low(n),
            "a" | "an" | "the" | "," | "and" | "but" | "when" | "as"
        )
    {
        n += 1;
    }
    let adjectives = (n..t.min(n + 4))
        .take_while(|&k| !SHOT_NOUNS.contains(&s.low(k)))
        .count();
    let noun = n + adjectives;
    let named = noun < t
        && adjectives <= 3
        && SHOT_NOUNS.contains(&s.low(noun))
        && matches!(s.low(noun + 1), "from" | "by");
    s.refs
        .iter()
        .find(|r| named && r.tok == noun + 2 && r.tok < t && matches!(r.r, Ref::Person(_)))
        .map(|r| r.tok)
}

/// "went in front through X", "an own goal by X": the person named as the agent after the
/// scoring phrase at `t`.
pub(super) fn agent_after(
    s: &Sent,
    (t, b): (usize, usize),
    person: &dyn Fn(usize) -> Option<(usize, bool)>,
) -> Option<(usize, bool)> {
    (t..b.min(t + 14))
        .filter(|&k| {
            // "from a poor clearance by the goalkeeper": his clearance, someone else's goal.
            let others_act = k > 0
                && matches!(
                    s.low(k - 1),
                    "clearance"
                        | "error"
                        | "mistake"
                        | "pass"
                        | "back-pass"
                        | "cross"
                        | "tackle"
                        | "challenge"
                        | "save"
                        | "foul"
                        | "punch"
                        | "fumble"
                        | "handball"
                );
            !others_act && matches!(s.low(k), "through" | "by" | "from" | "courtesy")
                // "the first goal was of Diaz", "the second fell to Ray".
                || matches!(s.low(k), "of" | "to")
                    && matches!(s.low(k.wrapping_sub(1)), "was" | "fell" | "went" | "belonged")
        })
        .find_map(|k| {
            (k + 1..k + 5).find_map(|j| {
                s.refs
                    .iter()
                    // "a header from Nishimura's ball": the one who supplied it is no scorer.
                    .find(|r| r.tok == j && matches!(r.r, Ref::Person(_)) && !provider(s, r.tok))
                    .and_then(|r| person(r.tok))
            })
        })
}

/// ", Kim looping a header over the keeper": a player acting in the participle clause that
/// follows the clause ending at `b`.
pub(super) fn participle_agent(
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
    // ", Kim looping a header in", ", Shaw's free-kick deflecting in off the wall".
    let end = r.tok + r.len;
    let verb_at = if matches!(s.low(end), "'s" | "'") {
        (end + 1..end + 4).find(|&k| s.low(k).ends_with("ing"))
    } else {
        Some(end)
    };
    verb_at
        .map(|k| s.low(k))
        .filter(|v| v.ends_with("ing") && v.len() > 4)
        .and_then(|_| person(r.tok))
}

/// "Rovers took the lead when Cole met a cross": the subject of a "when" clause that follows
/// the clause ending at `b`.
pub(super) fn when_agent(
    s: &Sent,
    b: usize,
    person: &dyn Fn(usize) -> Option<(usize, bool)>,
) -> Option<(usize, bool)> {
    if !matches!(s.low(b), "when" | "as") {
        return None;
    }
    // A "when" clause that tells the goal itself names its own scorer, also in the clause
    // joined to it by "and" ("when Rudiger clipped Ocampos and En-Nesyri sent the keeper the
    // wrong way"): the one who fouled is no scorer. A joined clause with a time or a further
    // goal of its own ("..., and Hale headed in a second in the 60th minute") is another goal.
    let words = s.words();
    // "when a weak shot from Lorch found its way past everyone".
    if let Some(k) = finish_owner(s, b, s.toks.len()) {
        return person(k);
    }
    let cl = super::clauses::clauses(s);
    let mut end = cl.iter().find(|c| c.0 == b).map_or(s.toks.len(), |c| c.1);
    while let Some(c) = cl.iter().find(|c| {
        c.0 == end
            && s.low(end) == "and"
            && !s.times.iter().any(|x| x.tok >= c.0 && x.tok < c.1)
            && !words[c.0..c.1]
                .iter()
                .any(|x| matches!(*x, "second" | "another" | "again" | "third"))
    }) {
        end = c.1;
    }
    if !super::triggers::find(&words, b, end).is_empty() {
        return None;
    }
    let r = s.refs.iter().find(|r| {
        r.tok > b && r.tok <= b + 4 && matches!(r.r, Ref::Person(_)) && !governed(s, r.tok)
    })?;
    person(r.tok)
}

/// "deflected Morgan's cross into his own net": a player named as the owner of a ball played
/// in supplied it; someone else put it in.
pub(super) fn provider(s: &Sent, k: usize) -> bool {
    let end = k + ref_len(s, k);
    // "Cole's lay-off": whoever owns something other than the shot or the goal set it up.
    // ("The Englishman's first-ever A-Leagues hat-trick" owns the goals.)
    let other_thing = (1..4).all(|d| {
        let w = s.low(end + d);
        !SHOT_NOUNS.contains(&w) && !GOAL_NOUNS.contains(&w)
    });
    matches!(s.low(end), "'s" | "'")
        && ((1..3).any(|d| FEED_NOUNS.contains(&s.low(end + d))) || other_thing)
}
