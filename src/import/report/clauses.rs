//! Sentence syntax the reader needs: where clauses start (a new subject, a contrast) and
//! whether a person is the subject of a clause or the object of a verb or preposition.

use super::clock_expr::When;
use super::doc::Sent;
use super::players::Ref;
use super::players::phrase_start;
use super::triggers::{self, State, Trig};
use super::vocab::people::ROLES;
use super::vocab::scoring::GOAL_NOUNS;

/// Clause boundaries: a new subject or a contrast starts a new clause.
pub fn clauses(s: &Sent) -> Vec<(usize, usize)> {
    let n = s.toks.len();
    let subject_at = |k: usize| {
        s.refs.iter().any(|r| {
            r.tok == k
                || r.tok == k + 1 && ROLES.contains(&s.low(k))
                // "as home defender Lawrence turned ...": a described name.
                || r.tok == k + 2
                    && ROLES.contains(&s.low(k + 1))
                    && super::players::describes(s.low(k))
                // "before a Ronaldo penalty and header rescued a point": a player's finish.
                || r.tok == k + 1
                    && matches!(s.low(k), "a" | "an")
                    && super::vocab::scoring::SHOT_NOUNS.contains(&s.low(r.tok + r.len))
        }) || s.teams.iter().any(|t| t.0 == k)
            || matches!(s.low(k), "he" | "she" | "they")
            || s.low(k) == "substitute"
    };
    let words = s.words();
    // "Marlow pulled one back and equalised after the break": a second scoring verb sharing
    // the subject tells a second goal.
    let scores_at = |k: usize| super::triggers::starts_at(&words, k);
    // "from Cruz, Bello and Laine": the last name of a list, not a new subject.
    let in_list = |k: usize| {
        s.low(k) == "and"
            && s.refs.iter().any(|r| {
                let before = r.tok.checked_sub(1).map_or("", |b| s.low(b));
                r.tok + r.len == k
                    && (matches!(before, "from" | "by")
                        || before == "," && s.refs.iter().any(|q| q.tok + q.len + 1 == r.tok))
            })
    };
    let mut cuts = vec![0];
    for k in 1..n {
        let w = s.low(k);
        let cut = match w {
            ";" | ":" | "but" | "while" | "although" | "though" | "whereas" | "when" => true,
            "which" => s.low(k - 1) == ",",
            "only" => matches!(s.low(k + 1), "for" | "to"),
            // "parried by Pickford and Saka swept the rebound in": the name after "and" acts.
            "and" | "as" | "before" | "then" | "after"
                if in_list(k) && !scores_at(k + 1 + ref_len(s, k + 1)) =>
            {
                false
            }
            "after" => subject_at(k + 1),
            // "a goal by Rask before the break and the winner by Haga": two goals.
            "and"
                if matches!(s.low(k + 1), "the" | "a" | "an")
                    && (GOAL_NOUNS.contains(&s.low(k + 2))
                        || GOAL_NOUNS.contains(&s.low(k + 3)) && !s.low(k + 2).is_empty()) =>
            {
                true
            }
            "and" | "as" | "before" | "then" => {
                subject_at(k + 1)
                    || s.low(k - 1) == "," && w == "and"
                    || (w == "and" || w == "before" || s.low(k - 1) == ",")
                        && (scores_at(k + 1) || s.low(k + 1) == "then" && scores_at(k + 2))
            }
            // Not inside a list of names: "goals from Cruz, Bello and Laine".
            "," => {
                let after = k + 1 + ref_len(s, k + 1);
                subject_at(k + 1) && !matches!(s.low(after), "," | "and")
            }
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
    let mut j = phrase_start(&s.toks, k);
    // "off Sorrell Town defender Gary Nunn": the team names the player, the verb governs both.
    if let Some(t) = s.teams.iter().find(|t| t.0 + t.2 == j && t.0 < j) {
        j = t.0;
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
    // "saw Watkins convert a pass": the subject of the bare infinitive.
    if matches!(w, "saw" | "watched") {
        let words = s.words();
        if triggers::starts_at(&words, k + ref_len(s, k)) {
            return false;
        }
    }
    // "with Turner scoring both": the subject of the participle.
    if w == "with" && next.ends_with("ing") && next.len() > 4 {
        return false;
    }
    if matches!(s.low(k), "him" | "her") {
        return true;
    }
    matches!(
        w,
        "found"
            // "sent Lloris the wrong way", "sent Cole through": a person after "sent" is its
            // object.
            | "sent"
            | "sending"
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
            | "across"
            | "above"
            | "given"
            | "gave"
            | "give"
            | "giving"
            | "between"
            | "behind"
            | "outpacing"
            | "rounding"
            | "on"
            | "at"
            | "allowed"
    ) || (w.ends_with("ed") && w.len() > 4 && !matches!(w, "substituted" | "booked"))
}

/// "Doyle volleyed in an equaliser and then set up Patel for the winner": one clause, two goals
/// of different kinds. Each clause is cut before a scoring phrase whose effect on the score
/// differs from the one before it, at the last "and", "then" or comma between them.
pub fn split_by_state(w: &[&str], cl: Vec<(usize, usize)>) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for (a, b) in cl {
        let trigs = triggers::find(w, a, b);
        let mut start = a;
        let mut state = State::None;
        let mut last_tok = a;
        for t in &trigs {
            if state != State::None && t.state != State::None && t.state != state {
                let cut = (last_tok + 1..t.tok)
                    .rev()
                    .find(|&k| matches!(w[k], "and" | "then" | "," | "before"))
                    .map_or(t.tok, |k| {
                        if w[k] == "then" && w[k - 1] == "and" {
                            k - 1
                        } else {
                            k
                        }
                    });
                if cut > start {
                    out.push((start, cut));
                    start = cut;
                }
                state = State::None;
            }
            if t.state != State::None {
                state = t.state;
            }
            last_tok = t.tok;
        }
        out.push((start, b));
    }
    out
}

/// "X struck in the 33rd and 52nd minutes, Y in the 41st": a clause that names a player and
/// stated minutes but no verb repeats the scoring phrase of the clause before it. Returns
/// that phrase placed just after the player's name, so the name reads as its subject.
pub fn elided(s: &Sent, a: usize, b: usize, prev: Trig) -> Option<Trig> {
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
