//! The vocabulary of scoring: words and phrases that say a goal went in ("scored", "tapped
//! in", "made it 2-1", "took the lead", "into his own net"), and the words that cancel one
//! ("hit the post", "ruled out", "could have").

use super::numbers::{cardinal, ordinal, score};

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
}

impl Trig {
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
    }
}

const FINISH_VERBS: &[&str] = &[
    "headed",
    "heading",
    "head",
    "fired",
    "firing",
    "fire",
    "slotted",
    "slot",
    "slotting",
    "tapped",
    "tap",
    "tapping",
    "poked",
    "poke",
    "poking",
    "prodded",
    "prod",
    "curled",
    "curl",
    "curling",
    "volleyed",
    "volley",
    "smashed",
    "smash",
    "drilled",
    "drill",
    "swept",
    "sweep",
    "stabbed",
    "rifled",
    "lashed",
    "blasted",
    "bundled",
    "bundle",
    "steered",
    "glanced",
    "chipped",
    "lobbed",
    "looped",
    "loop",
    "tucked",
    "tuck",
    "knocked",
    "nodded",
    "nod",
    "hammered",
    "hammer",
    "side-footed",
    "placed",
    "guided",
    "rolled",
    "stroked",
    "flicked",
    "turned",
    "forced",
    "scrambled",
    "thumped",
    "powered",
    "struck",
    "shot",
    "drove",
    "finished",
    "converted",
];
const GOAL_NOUNS: &[&str] = &[
    "goal",
    "goals",
    "winner",
    "equaliser",
    "equalizer",
    "opener",
    "brace",
    "hat-trick",
    "leveller",
    "consolation",
    "header",
    "penalty",
    "tie",
    "first",
    "second",
    "third",
    "fourth",
];
const WOODWORK: &[&str] = &["post", "bar", "crossbar", "woodwork", "upright", "posts"];
const CANCEL: &[&str] = &[
    "disallowed",
    "ruled",
    "chalked",
    "offside",
    "almost",
    "nearly",
    "denied",
    "saved",
    "missed",
    "wide",
    "blocked",
    "cleared",
    "close",
];

fn at<'a>(w: &[&'a str], i: usize) -> &'a str {
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

fn trig_at(w: &[&str], i: usize, b: usize) -> Option<Trig> {
    let t = |state: State| {
        Some(Trig {
            tok: i,
            state,
            count: 1,
            ..Trig::default()
        })
    };
    let x = at(w, i);
    let n1 = at(w, i + 1);
    let n2 = at(w, i + 2);
    let window = &w[i + 1..b.min(i + 7).max(i + 1)];
    match x {
        "scored" | "scores" | "scoring" | "netted" | "nets" | "netting" | "bagged" => {
            if matches!(at(w, i.wrapping_sub(1)), "have" | "has")
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
        "equalised" | "equalized" | "equalising" | "equalizing" | "levelled" | "leveled" => {
            t(State::Level)
        }
        "level"
            if matches!(
                at(w, i.wrapping_sub(1)),
                "were" | "was" | "drew" | "draw" | "them" | "back"
            ) =>
        {
            t(State::Level)
        }
        "level"
            if at(w, i.wrapping_sub(2)) == "brought"
                || at(w, i.wrapping_sub(3)) == "brought"
                || at(w, i.wrapping_sub(2)) == "headed" =>
        {
            t(State::Level)
        }
        "terms" if at(w, i.wrapping_sub(1)) == "level" && at(w, i.wrapping_sub(2)) == "on" => {
            t(State::Level)
        }
        "tie" if matches!(at(w, i.wrapping_sub(2)), "made" | "make") => t(State::Level),
        "lead"
            if at(w, i.wrapping_sub(1)) == "the"
                && matches!(
                    at(w, i.wrapping_sub(2)),
                    "took" | "take" | "taking" | "takes" | "restored" | "regained"
                ) =>
        {
            t(State::Lead)
        }
        "lead"
            if at(w, i.wrapping_sub(1)).ends_with("'s")
                || matches!(at(w, i.wrapping_sub(1)), "'s" | "their" | "'")
                    && matches!(at(w, i.wrapping_sub(3)), "restored" | "doubled") =>
        {
            t(State::Lead)
        }
        "lead"
            if matches!(at(w, i.wrapping_sub(1)), "their" | "his" | "her" | "the")
                && matches!(
                    at(w, i.wrapping_sub(2)),
                    "doubled" | "extended" | "restored" | "increased"
                ) =>
        {
            t(State::Lead)
        }
        "lead"
            if at(w, i.wrapping_sub(1)) == "the"
                && matches!(
                    at(w, i.wrapping_sub(3)),
                    "give" | "gave" | "giving" | "gives" | "handed"
                ) =>
        {
            Some(Trig {
                object_side: true,
                ..t(State::Lead)?
            })
        }
        "ahead" | "front"
            if matches!(
                at(w, i.wrapping_sub(1)),
                "went" | "go" | "going" | "goes" | "in"
            ) && !matches!(at(w, i.wrapping_sub(1)), "in")
                || (x == "front"
                    && matches!(at(w, i.wrapping_sub(2)), "went" | "go" | "going")) =>
        {
            t(State::Lead)
        }
        "ahead" | "front"
            if w[i.saturating_sub(4)..i]
                .iter()
                .any(|v| matches!(*v, "put" | "puts" | "putting")) =>
        {
            Some(Trig {
                object_side: true,
                ..t(State::Lead)?
            })
        }
        "turnaround" | "comeback"
            if matches!(at(w, i.wrapping_sub(2)), "completed" | "complete") =>
        {
            t(State::Turnaround)
        }
        "opened" if n1 == "the" && n2 == "scoring" => t(State::Opener),
        "completed" if n1 == "the" && n2 == "scoring" => t(State::Last),
        "pulled" | "pull" | "pulling" if matches!(n1, "one" | "a") && window.contains(&"back") => {
            t(State::Back)
        }
        "consolation" => t(State::Back),
        "made" | "make" | "making" | "makes" if n1 == "it" => {
            if let Some(r) = score(n2) {
                return Some(Trig {
                    running: Some(r),
                    ..t(State::None)?
                });
            }
            cardinal(n2)
                .filter(|&n| (1..=15).contains(&n))
                .map(|n| Trig {
                    reach: Some(n),
                    ..Trig {
                        tok: i,
                        count: 1,
                        ..Trig::default()
                    }
                })
        }
        "made" | "added" | "got" | "get" | "grabbed" | "grab" | "delivered" | "deliver"
        | "claimed" | "notched" | "add" | "adding" => {
            let noun = window.iter().take(5).position(|v| {
                GOAL_NOUNS.contains(v) && !matches!(*v, "header" | "penalty" | "tie")
            })?;
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
        "own" if matches!(n1, "net" | "goal" | "goals") => Some(Trig {
            own_goal: true,
            ..t(State::None)?
        }),
        "own-goal" => Some(Trig {
            own_goal: true,
            ..t(State::None)?
        }),
        "winner" | "equaliser" | "equalizer"
            if matches!(at(w, i.wrapping_sub(1)), "late" | "the" | "a") && at(w, i + 1) != "of" =>
        {
            t(if x == "winner" {
                State::Winner
            } else {
                State::Level
            })
        }
        "equaliser" | "equalizer" | "leveller" => t(State::Level),
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
        "wrong"
            if n1 == "way"
                && w[i.saturating_sub(4)..i]
                    .iter()
                    .any(|v| matches!(*v, "goalkeeper" | "keeper")) =>
        {
            Some(Trig {
                penalty: true,
                ..t(State::None)?
            })
        }
        "mistake"
            if at(w, i.wrapping_sub(1)) == "no"
                && matches!(at(w, i.wrapping_sub(2)), "made" | "makes") =>
        {
            t(State::None)
        }
        "hat-trick" | "hat-tricks" | "brace" => Some(Trig {
            count: if x == "brace" { 2 } else { 3 },
            ..t(State::None)?
        }),
        "assistances" | "assists"
            if w[i.saturating_sub(3)..i]
                .iter()
                .any(|v| cardinal(v).is_some_and(|n| n > 1)) =>
        {
            t(State::None)
        }
        _ if FINISH_VERBS.contains(&x)
            && !matches!(
                x,
                "struck" | "shot" | "drove" | "finished" | "converted" | "turned" | "forced"
            ) =>
        {
            finish_target(w, i + 1, b).then(|| t(State::None)).flatten()
        }
        "converted" | "finished" => t(State::None),
        _ => None,
    }
}

/// "in", "home", "into the net", "it away", "in off": where a finished chance ends up.
fn finish_target(w: &[&str], from: usize, b: usize) -> bool {
    let end = b.min(from + 6);
    (from..end).any(|k| {
        let x = at(w, k);
        let n = at(w, k + 1);
        match x {
            "in" => !matches!(
                n,
                "the"
                    | "a"
                    | "his"
                    | "her"
                    | "their"
                    | "front"
                    | "behind"
                    | "space"
                    | "possession"
                    | "midfield"
                    | "an"
            ),
            "home" => !matches!(
                n,
                "side" | "crowd" | "team" | "fans" | "supporters" | "defence" | "defense"
            ),
            "away" => k > from && matches!(at(w, k - 1), "it" | "ball"),
            "past" => true,
            "into" => is_net(w, k + 1),
            "over" => {
                k > from
                    && matches!(w[from], "his" | "her" | "the")
                    && matches!(at(w, from + 1), "header" | "shot" | "effort")
                    && w[from..k].len() <= 3
                    && n != "the"
                    && n != "bar"
                    && n != "crossbar"
            }
            _ => false,
        }
    })
}

/// "the net", "an open goal", "the bottom corner", "the roof of the net", "his own net".
fn is_net(w: &[&str], k: usize) -> bool {
    let x = at(w, k);
    let n = at(w, k + 1);
    let n2 = at(w, k + 2);
    matches!(x, "the" | "an" | "his" | "her" | "their" | "own")
        && (matches!(
            n,
            "net"
                | "goal"
                | "corner"
                | "roof"
                | "top"
                | "bottom"
                | "back"
                | "empty"
                | "open"
                | "far"
                | "near"
                | "own"
        ) && !(n == "far" && n2 == "post")
            && !(n == "near" && n2 == "post"))
}

/// A phrase in the clause before the scoring word that says it did not count or did not go
/// in: "hit the post", "could have", "ruled out", "saved".
fn cancelled(w: &[&str], a: usize, i: usize) -> bool {
    let before = &w[a..i];
    let modal = before.windows(2).any(|p| {
        matches!(p[0], "could" | "should" | "would" | "might") && matches!(p[1], "have" | "not")
    });
    let woodwork = before.iter().enumerate().any(|(k, v)| {
        WOODWORK.contains(v)
            && before[k.saturating_sub(3)..k].iter().any(|x| {
                matches!(
                    *x,
                    "hit" | "struck" | "rattled" | "against" | "onto" | "clipped" | "crashed"
                )
            })
    });
    modal
        || woodwork
        || before.iter().any(|v| CANCEL.contains(v) && *v != "close")
        || before
            .windows(2)
            .any(|p| matches!(p[0], "came" | "went") && p[1] == "close")
}

/// "twice", "two", "both", "three": how many goals a phrase stands for.
pub fn count_word(w: &[&str]) -> Option<u16> {
    w.iter().find_map(|v| match *v {
        "twice" | "both" | "double" => Some(2),
        _ => cardinal(v).filter(|&n| (2..=5).contains(&n)),
    })
}

/// "the third goal": the goal's place in the match.
pub fn ordinal_goal(w: &[&str], a: usize, b: usize) -> Option<u16> {
    (a..b).find_map(|k| {
        let next = at(w, k + 1);
        (at(w, k.wrapping_sub(1)) == "the" && (next == "goal" || next == "," && k > a))
            .then(|| ordinal(at(w, k)))
            .flatten()
            .filter(|&n| n <= 12)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn trigs(s: &str) -> Vec<Trig> {
        let words: Vec<String> = s.split_whitespace().map(|x| x.to_lowercase()).collect();
        let w: Vec<&str> = words.iter().map(String::as_str).collect();
        find(&w, 0, w.len())
    }

    #[test]
    fn scoring_phrases() {
        assert_eq!(trigs("Cole tapped into an open goal").len(), 1);
        assert_eq!(trigs("Cole poked it in from close range").len(), 1);
        assert_eq!(trigs("Cole curled in across goal").len(), 1);
        assert_eq!(trigs("Rovers took the lead")[0].state, State::Lead);
        assert_eq!(trigs("Ray made it 2-1")[0].running, Some((2, 1)));
        assert_eq!(trigs("Ray made it four late on")[0].reach, Some(4));
        assert!(trigs("Ray turned it into his own net")[0].own_goal);
        assert_eq!(trigs("Ray added her fourth goal")[0].count, 1);
        assert_eq!(trigs("Ray grabbed a brace")[0].count, 2);
        assert_eq!(trigs("Ray opened the scoring")[0].state, State::Opener);
        assert!(trigs("Ray sent the goalkeeper the wrong way from the spot")[0].penalty);
    }

    #[test]
    fn near_misses_are_not_goals() {
        assert!(trigs("Ray hit the post and Cole headed in the rebound").len() <= 1);
        assert!(trigs("Ray could have scored").is_empty());
        assert!(trigs("Ray headed over the bar").is_empty());
        assert!(trigs("Ray fired wide of the far post").is_empty());
        assert!(trigs("only two players have scored twice").is_empty());
        assert!(trigs("the home side headed into the box").is_empty());
    }
}
