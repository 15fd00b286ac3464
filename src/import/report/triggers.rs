//! The vocabulary of scoring: words and phrases that say a goal went in ("scored", "tapped
//! in", "made it 2-1", "took the lead", "into his own net"), and the words that cancel one
//! ("hit the post", "ruled out", "could have").

use super::cancel::{cancelled, overturned, record};
pub use super::finish::is_finish_verb;
use super::finish::{bare_finish, finish_target, is_net};
use super::goal_nouns::noun_phrase;
pub use super::goal_nouns::{count_word, ordinal_goal};
use super::numbers::{cardinal, score};
use super::state_phrases::state_phrase;
use super::vocab::scoring::{BALL_VERBS, FINISH_VERBS, GOAL_NOUNS, SHOT_NOUNS, WOODWORK};

/// What a scoring phrase says about the score after it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum State {
    #[default]
    None,
    /// The scoring side leads afterwards ("took the lead", "restored the lead").
    Lead,
    /// Level afterwards ("equalised", "brought them level").
    Level,
    /// Still behind or level afterwards ("pulled one back", "a consolation").
    Back,
    /// Ahead after having trailed ("completed the turnaround").
    Turnaround,
    /// The first goal of the match ("opened the scoring").
    Opener,
    /// The last goal of the match ("completed the scoring").
    Last,
    /// The goal that decided the match ("the winner", "decisive goal").
    Winner,
}

/// A scoring phrase found at token `tok`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Trig {
    pub tok: usize,
    pub state: State,
    pub penalty: bool,
    pub own_goal: bool,
    /// Goals the phrase stands for ("scored twice", "a hat-trick").
    pub count: u16,
    /// "made it 2-1": the score after, in the order written.
    pub running: Option<(u16, u16)>,
    /// "made it four": the scoring side's tally after.
    pub reach: Option<u16>,
    /// "the third goal": the goal's place in the match.
    pub ordinal: Option<u16>,
    /// The team right after the verb is the one credited ("put Rovers ahead").
    pub object_side: bool,
    /// The team acting conceded the goal ("they went behind").
    pub conceded: bool,
}

impl Trig {
    /// One goal told at word `tok`, in score state `state`; the finer details are filled in by
    /// whoever reads more of the phrase.
    pub fn one(tok: usize, state: State) -> Trig {
        Trig {
            tok,
            state,
            count: 1,
            ..Trig::default()
        }
    }

    fn absorb(&mut self, o: &Trig) {
        if o.state != State::None {
            self.state = o.state;
        }
        self.penalty |= o.penalty;
        self.own_goal |= o.own_goal;
        self.count = self.count.max(o.count);
        self.running = self.running.or(o.running);
        self.reach = self.reach.or(o.reach);
        self.ordinal = self.ordinal.or(o.ordinal);
        self.object_side |= o.object_side;
        self.conceded |= o.conceded;
    }
}

pub fn at<'a>(w: &[&'a str], i: usize) -> &'a str {
    w.get(i).copied().unwrap_or("")
}

/// Scoring phrases in the clause `w[a..b]`.
pub fn find(w: &[&str], a: usize, b: usize) -> Vec<Trig> {
    let mut out: Vec<Trig> = Vec::new();
    let b = b.min(w.len());
    let mut i = a;
    while i < b {
        if let Some(t) = trig_at(w, i, b)
            && !cancelled(w, a, i)
            && !overturned(w, a, i)
            && !record(w, a, i)
        {
            // "tapped into an open goal", "turned it into his own net": one finish told by a
            // verb and its target is one phrase, whose flags are the union of both.
            match out.last_mut() {
                Some(last) if t.tok - last.tok <= 4 => last.absorb(&t),
                _ => out.push(t),
            }
        }
        i += 1;
    }
    out
}

/// Whether a scoring phrase starts at word `i`.
pub fn starts_at(w: &[&str], i: usize) -> bool {
    i < w.len() && trig_at(w, i, w.len()).is_some()
}

fn trig_at(w: &[&str], i: usize, b: usize) -> Option<Trig> {
    let t = |state: State| Some(Trig::one(i, state));
    let x = at(w, i);
    let n1 = at(w, i + 1);
    let n2 = at(w, i + 2);
    let window = &w[i + 1..b.min(i + 7).max(i + 1)];
    if let Some(t) = state_phrase(w, i, b).or_else(|| noun_phrase(w, i, b)) {
        return Some(t);
    }
    match x {
        "scored" | "scores" | "scoring" | "netted" | "nets" | "netting" | "bagged" => {
            // "hit the side netting" is a miss.
            if matches!(at(w, i.wrapping_sub(1)), "have" | "has" | "side" | "the")
                // "have now scored 13 in their last three".
                || matches!(at(w, i.wrapping_sub(2)), "have" | "has")
                || matches!(n1, "chance" | "chances" | "opportunity" | "record")
            {
                return None;
            }
            t(State::None)
        }
        "struck" | "strikes" | "strike" => {
            let fine = matches!(
                n1,
                "in" | "twice"
                    | "again"
                    | "home"
                    | "late"
                    | "first"
                    | "early"
                    | "on"
                    | "after"
                    | "with"
                    | "the"
            ) && !window.iter().any(|v| WOODWORK.contains(v))
                && !matches!(
                    at(w, i.wrapping_sub(1)),
                    "was" | "were" | "been" | "a" | "long-range"
                );
            if fine { t(State::None) } else { None }
        }
        "made" | "make" | "making" | "makes" if n1 == "it" => {
            if let Some(r) = score(n2) {
                return Some(Trig {
                    running: Some(r),
                    ..t(State::None)?
                });
            }
            // "made it four late on", but not "made it five league wins in a row".
            let then = at(w, i + 3);
            let a_run = then.ends_with('s') && then.len() > 3
                || matches!(
                    then,
                    "league" | "straight" | "consecutive" | "successive" | "in" | "out" | "of"
                );
            cardinal(n2)
                .filter(|&n| (1..=15).contains(&n) && !a_run)
                .map(|n| Trig {
                    reach: Some(n),
                    ..Trig::one(i, State::None)
                })
        }
        "made" | "added" | "got" | "get" | "grabbed" | "grab" | "delivered" | "deliver"
        | "claimed" | "notched" | "add" | "adding" | "hit" | "hits" | "snapped" | "snatched" => {
            // "got through on goal" is a chance, not a goal.
            let noun = window.iter().take(5).position(|v| {
                GOAL_NOUNS.contains(v) && !matches!(*v, "header" | "penalty" | "tie")
            })?;
            if noun > 0 && matches!(window[noun - 1], "on" | "at" | "towards") {
                return None;
            }
            let span = &window[..noun];
            if span.iter().any(|v| matches!(*v, "chance" | "assist")) {
                return None;
            }
            let winner =
                window[noun] == "winner" || span.contains(&"decisive") || span.contains(&"winning");
            Some(Trig {
                count: count_word(span).unwrap_or(1),
                ..t(if winner { State::Winner } else { State::None })?
            })
        }
        "into" if is_net(w, i + 1) => t(State::None),
        "over"
            if n1 == "the"
                && n2 == "line"
                && w[i.saturating_sub(5)..i]
                    .iter()
                    .any(|v| FINISH_VERBS.contains(v)) =>
        {
            t(State::None)
        }
        "reach"
            if w[i.saturating_sub(4)..i].contains(&"of")
                && w[i.saturating_sub(4)..i].contains(&"out") =>
        {
            t(State::None)
        }
        "net"
            if matches!(at(w, i.wrapping_sub(2)), "found" | "finds")
                || (at(w, i.wrapping_sub(1)) == "the"
                    && at(w, i.wrapping_sub(2)) == "of"
                    && at(w, i.wrapping_sub(3)) == "back") =>
        {
            t(State::None)
        }
        // "sent the keeper the wrong way", "sent Moss the wrong way from the spot".
        "wrong"
            if n1 == "way"
                && (w[i.saturating_sub(4)..i]
                    .iter()
                    .any(|v| matches!(*v, "goalkeeper" | "keeper"))
                    || w[i.saturating_sub(5)..i].contains(&"sent")
                        && w[i..w.len().min(i + 6)]
                            .iter()
                            .any(|v| matches!(*v, "spot" | "penalty"))) =>
        {
            Some(Trig {
                penalty: true,
                ..t(State::None)?
            })
        }
        // "Maeda was first to the rebound" (and nothing after says it went astray).
        "first"
            if n1 == "to"
                && n2 == "the"
                && matches!(at(w, i + 3), "rebound" | "loose")
                && !w[i + 3..w.len().min(i + 12)].iter().any(|v| {
                    matches!(
                        *v,
                        "but" | "over" | "wide" | "saved" | "blocked" | "post" | "bar"
                    )
                }) =>
        {
            t(State::None)
        }
        // "Taylor's deflected shot wrong-footed goalkeeper Butland".
        "wrong-footed" | "wrongfooted"
            if w[i.saturating_sub(3)..i]
                .iter()
                .any(|v| SHOT_NOUNS.contains(v)) =>
        {
            t(State::None)
        }
        "mistake"
            if at(w, i.wrapping_sub(1)) == "no"
                && matches!(at(w, i.wrapping_sub(2)), "made" | "makes") =>
        {
            t(State::None)
        }
        // "lifted his head": a noun after a possessive, not the verb.
        _ if (is_finish_verb(x) || bare_finish(w, i))
            && !matches!(
                at(w, i.wrapping_sub(1)),
                "his" | "her" | "their" | "a" | "the"
            )
            && !matches!(
                x,
                "struck"
                    | "shot"
                    | "drove"
                    | "finished"
                    | "converted"
                    | "convert"
                    | "turned"
                    | "forced"
            ) =>
        {
            finish_target(w, i + 1, b).then(|| t(State::None)).flatten()
        }
        "converted" => t(State::None),
        // "turned in a low cross", "turned the ball home", but not "turned his marker".
        "turned"
            if matches!(n1, "in" | "home" | "into")
                || matches!(n1, "it" | "the")
                    && matches!(n2, "in" | "home" | "into" | "ball")
                    && finish_target(w, i + 1, b) =>
        {
            finish_target(w, i + 1, b).then(|| t(State::None)).flatten()
        }
        // "Pritchard's low shot squirmed under the keeper": the ball as the subject.
        _ if BALL_VERBS.contains(&x)
            && w[i.saturating_sub(3)..i]
                .iter()
                .any(|v| SHOT_NOUNS.contains(v))
            && finish_target(w, i + 1, b) =>
        {
            t(State::None)
        }
        // "finished coolly", "finished off the move", but not "finished with ten men".
        "finished"
            if finish_target(w, i + 1, b)
                // "Nsue finished at the far post".
                || n1 == "at"
                    && n2 == "the"
                    && matches!(at(w, i + 3), "far" | "near" | "back")
                    && at(w, i + 4) == "post"
                || matches!(
                    n1,
                    "off"
                        | "from"
                        | "coolly"
                        | "calmly"
                        | "clinically"
                        | "neatly"
                        | "superbly"
                        | "expertly"
                        | "emphatically"
                        | "brilliantly"
                        | "low"
                        | "high"
                ) =>
        {
            t(State::None)
        }
        // "followed up to score", "picked himself up to convert the penalty", but not "failed
        // to score".
        // "saw Watkins convert a pass".
        "score" | "convert" | "net"
            if matches!(at(w, i.wrapping_sub(2)), "saw" | "watched" | "see" | "sees")
                && at(w, i.wrapping_sub(1)) != "to" =>
        {
            t(State::None)
        }
        "score" | "convert" | "net"
            if at(w, i.wrapping_sub(1)) == "to"
                && !matches!(
                    at(w, i.wrapping_sub(2)),
                    "chance"
                        | "opportunity"
                        | "failed"
                        | "unable"
                        | "able"
                        | "going"
                        | "trying"
                        | "try"
                        | "tried"
                        | "attempt"
                        | "bid"
                ) =>
        {
            t(State::None)
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests;
