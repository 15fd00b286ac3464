//! Time expressions in a sentence ("in the 33rd minute", "on the hour", "just before
//! half-time", "three minutes later") read into clocks, exact or approximate.
//!
//! Exact means stated directly or by simple arithmetic from a stated point; anything vaguer
//! gets a best guess marked approximate, inside the right period.

use super::counted::counted;
use super::numbers::{cardinal, ordinal, plus_minute};
use super::tokens::Tok;
use crate::model::Clock;

/// When something happened, as the text puts it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum When {
    /// A clock: exact when stated, approximate (a guess) when the text is vague.
    At(Clock),
    /// Some minutes after the moment before: exact when the count is stated ("three minutes
    /// later"), a guess when not ("within minutes", "not six minutes later").
    After { minutes: u16, exact: bool },
}

/// A time expression found at token `tok` of a sentence.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TimeExpr {
    pub tok: usize,
    pub when: When,
}

/// A broadcaster minute without a stated period, as a clock: "98th minute" is 90+8 unless the
/// match went to extra time.
pub fn minute_clock(minute: u16, extra_time: bool) -> Clock {
    if minute > 90 && !extra_time {
        return Clock::exact(2, 90, minute - 90);
    }
    Clock::from_minute(minute, 0)
}

fn at(c: Clock) -> When {
    When::At(c)
}

/// Words that name a period or a break after "N minutes into/after/before".
const PERIOD_WORDS: &[&str] = &[
    "the",
    "first",
    "second",
    "half",
    "period",
    "first-half",
    "second-half",
    "stoppage",
    "added",
    "injury",
    "extra",
    "time",
    "half-time",
    "halftime",
    "break",
    "interval",
    "restart",
    "full-time",
];

/// Every time expression in the sentence, in order.
pub fn find(toks: &[Tok], extra_time: bool) -> Vec<TimeExpr> {
    let w: Vec<&str> = toks.iter().map(|t| t.low.as_str()).collect();
    let has = |i: usize, s: &str| w.get(i).is_some_and(|x| *x == s);
    let any = |i: usize, set: &[&str]| w.get(i).is_some_and(|x| set.contains(x));
    let mentions_minutes = w
        .iter()
        .any(|x| x.starts_with("minute") || x.ends_with("-minute"));
    let first_half_ctx = |i: usize| w[i.saturating_sub(4)..i].contains(&"first-half");
    let arith = super::clock_arith::find(&w);
    let mut out = Vec::new();
    let mut i = 0;
    while i < w.len() {
        if let Some(x) = arith.iter().find(|x| x.tok == i) {
            out.push(*x);
            i = super::clock_arith::at(&w, i).map_or(i + 1, |(_, span)| i + span.max(1));
            // "...of extra time", "...of stoppage time": the period named is not read again.
            while i < w.len()
                && (any(i, PERIOD_WORDS)
                    || any(i, &["of", "end", "normal", "from", "before", "into"]))
            {
                i += 1;
            }
            continue;
        }
        let mut push = |when: When| out.push(TimeExpr { tok: i, when });
        let word = w[i];
        let n = cardinal(word).filter(|&n| n <= 130);
        // "33rd minute", "98th-minute", and lists "33rd, 52nd and 79th minutes".
        let ord_token = word
            .split_once('-')
            .filter(|(_, r)| *r == "minute")
            .map_or(word, |(o, _)| o);
        // "in the sixth minute of the second half", "the 10th minute of extra time".
        if let Some(m) = ordinal(ord_token).filter(|&m| (1..=45).contains(&m))
            && any(i + 1, &["minute"])
            && has(i + 2, "of")
            && has(i + 3, "the")
            && any(i + 4, &["second", "first"])
            && any(i + 5, &["half", "period"])
        {
            let base = if has(i + 4, "second") { 45 } else { 0 };
            push(at(Clock::from_minute(base + m, 0)));
            i += 6;
            continue;
        }
        // "in the third minute of added time", "the second minute of stoppage time".
        if let Some(m) = ordinal(ord_token).filter(|&m| (1..=15).contains(&m))
            && any(i + 1, &["minute"])
            && has(i + 2, "of")
            && any(
                i + 3,
                &["added", "stoppage", "injury", "extra", "first-half"],
            )
        {
            let base = if first_half_ctx(i) || has(i + 3, "first-half") {
                45
            } else {
                90
            };
            push(if has(i + 3, "extra") {
                at(Clock::exact(3, 90 + m, 0))
            } else {
                at(Clock::from_minute(base, m))
            });
            i += 4;
            continue;
        }
        if let Some(m) = ordinal(ord_token).filter(|&m| (1..=130).contains(&m)) {
            let digits = ord_token.starts_with(|c: char| c.is_ascii_digit());
            let minute_word =
                word.ends_with("-minute") || any(i + 1, &["minute", "minutes", "min", "mins"]);
            // "the fourth and 22nd minutes": a word ordinal leading a list of minutes.
            let leads_list = any(i + 1, &["and", ","])
                && w.get(i + 2).is_some_and(|x| {
                    x.starts_with(|c: char| c.is_ascii_digit()) && ordinal(x).is_some()
                });
            let listed = (digits || leads_list)
                && mentions_minutes
                && (i > 0 && any(i - 1, &["the", ",", "and"]));
            // "Lazio finally drew level in the 68th.": a bare ordinal minute.
            let bare = digits
                && m > 1
                && i > 1
                && has(i - 1, "the")
                && any(i - 2, &["in", "on"])
                && (i + 1 >= w.len()
                    || any(
                        i + 1,
                        &[".", ",", "and", "as", "when", "after", "with", ";"],
                    ));
            let listed = listed || bare;
            if minute_word || listed {
                if first_half_ctx(i) && m > 45 {
                    push(at(Clock::exact(1, 45, m - 45)));
                } else {
                    push(at(minute_clock(m, extra_time)));
                }
                i += 1;
                continue;
            }
        }
        // "Rahul KP (68')": a minute mark, as a score box writes it.
        if word.bytes().all(|b| b.is_ascii_digit())
            && any(i + 1, &["'", "’"])
            && let Some(m) = n.filter(|&m| (1..=125).contains(&m))
        {
            push(at(minute_clock(m, extra_time)));
            i += 2;
            continue;
        }
        if let Some((m, a)) = plus_minute(word) {
            push(at(Clock::from_minute(m, a)));
            i += 1;
            continue;
        }
        if let Some(n) = n.filter(|_| any(i + 1, &["minutes", "minute", "mins"])) {
            if let Some(when) = counted(&w, i, n, extra_time) {
                push(when);
            }
            // "six minutes into the second half" is one expression: the half it names is not
            // read again as a vague "in the second half".
            i += 2;
            if any(i, &["into", "after", "before", "from", "of"]) {
                i += 1;
                while i < w.len() && any(i, PERIOD_WORDS) {
                    i += 1;
                }
            }
            continue;
        }
        // "at two of the second", "at 45 of the first half".
        if word == "at"
            && has(i + 2, "of")
            && has(i + 3, "the")
            && let Some(n) = w.get(i + 1).and_then(|x| cardinal(x))
        {
            if has(i + 4, "second") {
                push(at(Clock::exact(2, 45 + n, 0)));
            } else if has(i + 4, "first") {
                push(at(Clock::exact(1, n.min(45), n.saturating_sub(45))));
            }
            i += 5;
            continue;
        }
        // "in the first half of extra time": one expression, not a half and then extra time.
        if matches!(word, "first" | "second")
            && any(i + 1, &["half", "period"])
            && has(i + 2, "of")
            && any(i + 3, &["extra", "extra-time"])
        {
            push(at(if word == "first" {
                Clock::approx(3, 98, 0)
            } else {
                Clock::approx(4, 113, 0)
            }));
            i += 4 + usize::from(has(i + 4, "time"));
            continue;
        }
        if let Some(when) = super::vague_times::vague(&w, i) {
            push(when);
        }
        i += 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::report::tokens::tokenize;

    fn approx(period: u8, minute: u16, added: u16) -> When {
        When::At(Clock::approx(period, minute, added))
    }

    fn whens(s: &str) -> Vec<When> {
        find(&tokenize(s, 0, s.len()), false)
            .into_iter()
            .map(|t| t.when)
            .collect()
    }

    #[test]
    fn stated_minutes_are_exact() {
        assert_eq!(
            whens("He scored in the 33rd minute."),
            [at(Clock::exact(1, 33, 0))]
        );
        assert_eq!(
            whens("They led on 42 minutes."),
            [at(Clock::exact(1, 42, 0))]
        );
        assert_eq!(
            whens("after ten minutes were played"),
            [at(Clock::exact(1, 10, 0))]
        );
        assert_eq!(
            whens("level on the half-hour"),
            [at(Clock::exact(1, 30, 0))]
        );
        assert_eq!(whens("ahead on the hour"), [at(Clock::exact(2, 60, 0))]);
        assert_eq!(
            whens("six minutes into the second half"),
            [at(Clock::exact(2, 51, 0))]
        );
        assert_eq!(whens("at two of the second"), [at(Clock::exact(2, 47, 0))]);
        assert_eq!(
            whens("three minutes into stoppage time"),
            [at(Clock::exact(2, 90, 3))]
        );
        assert_eq!(
            whens("With 17 minutes left he went"),
            [at(Clock::exact(2, 73, 0))]
        );
        assert_eq!(
            whens("With five minutes of extra time remaining, he went"),
            [at(Clock::exact(4, 115, 0))]
        );
        assert_eq!(
            whens("with 12 minutes of normal time remaining"),
            [at(Clock::exact(2, 78, 0))]
        );
        assert_eq!(
            whens("a 98th-minute equaliser"),
            [at(Clock::exact(2, 90, 8))]
        );
        assert_eq!(whens("in the 90+5"), [at(Clock::exact(2, 90, 5))]);
        assert_eq!(
            whens("Lazio drew level in the 68th."),
            [at(Clock::exact(2, 68, 0))]
        );
        assert_eq!(
            whens("came in the first half of extra time"),
            [at(Clock::approx(3, 98, 0))]
        );
        assert_eq!(whens("Rahul KP (68') gave"), [at(Clock::exact(2, 68, 0))]);
        assert_eq!(
            whens("struck in the 33rd, 52nd and 79th minutes"),
            [
                at(Clock::exact(1, 33, 0)),
                at(Clock::exact(2, 52, 0)),
                at(Clock::exact(2, 79, 0))
            ]
        );
        assert_eq!(
            whens("three minutes later"),
            [When::After {
                minutes: 3,
                exact: true
            }]
        );
    }

    #[test]
    fn vague_times_are_approximate_and_in_the_right_half() {
        assert_eq!(whens("just before half-time"), [approx(1, 43, 0)]);
        assert_eq!(
            whens("It did not take long in the second half"),
            [approx(2, 51, 0)]
        );
        assert_eq!(whens("the winner in stoppage time"), [approx(2, 90, 2)]);
        assert_eq!(
            whens("deep into first-half stoppage time"),
            [approx(1, 45, 3)]
        );
        assert_eq!(whens("late on"), [approx(2, 88, 0)]);
        assert_eq!(
            whens("Not six minutes later"),
            [When::After {
                minutes: 6,
                exact: false
            }]
        );
        assert_eq!(
            whens("within minutes"),
            [When::After {
                minutes: 3,
                exact: false
            }]
        );
        assert_eq!(whens("the 162nd derby"), []);
    }
}
