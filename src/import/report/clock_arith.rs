//! Time expressions that need a little arithmetic on a stated point: "a minute later", "two
//! minutes from the end of extra time" (118), "in the second minute of stoppage time" (90+2),
//! "five minutes into the second half of extra time" (110).

use super::clock_expr::{TimeExpr, When};
use super::numbers::{cardinal, ordinal};
use crate::model::Clock;

const ADDED: &[&str] = &["stoppage", "added", "injury"];

/// An expression of this kind starting at word `i`: what it says and how many words it spans.
pub fn at(w: &[&str], i: usize) -> Option<(When, usize)> {
    let has = |k: usize, s: &str| w.get(k).is_some_and(|x| *x == s);
    let any = |k: usize, set: &[&str]| w.get(k).is_some_and(|x| set.contains(x));
    // "a minute later", "a minute after that".
    if has(i, "a")
        && has(i + 1, "minute")
        && (has(i + 2, "later") || has(i + 2, "after") && any(i + 3, &["that", "this", "it"]))
    {
        return Some((
            When::After {
                minutes: 1,
                exact: true,
            },
            3,
        ));
    }
    // "the second minute of stoppage time", "the third minute of first-half added time".
    if let Some(n) = ordinal(w.get(i)?).filter(|&n| (1..=15).contains(&n))
        && has(i + 1, "minute")
        && has(i + 2, "of")
    {
        let first = any(i + 3, &["first-half"]) || has(i + 3, "first") && has(i + 4, "half");
        let span = (i + 3..i + 6).find(|&k| any(k, ADDED))?;
        let base = if first { 45 } else { 90 };
        let period = if first { 1 } else { 2 };
        return Some((When::At(Clock::exact(period, base, n)), span + 2 - i));
    }
    // "needed only 17 minutes to", "took just four minutes to": the minute it happened.
    if any(i, &["needed", "took", "needing", "taking"]) {
        let skip = usize::from(any(i + 1, &["only", "just", "barely", "merely"]));
        if let Some(n) = w.get(i + 1 + skip).and_then(|x| cardinal(x))
            && (1..=120).contains(&n)
            && any(i + 2 + skip, &["minutes", "minute"])
            && has(i + 3 + skip, "to")
        {
            return Some((When::At(Clock::from_minute(n, 0)), 3 + skip));
        }
    }
    let n = cardinal(w.get(i)?).filter(|&n| n <= 30)?;
    if !any(i + 1, &["minutes", "minute", "mins"]) {
        return None;
    }
    let tail = &w[(i + 2).min(w.len())..(i + 9).min(w.len())];
    let extra = tail.contains(&"extra") || tail.contains(&"extra-time");
    // "two minutes from the end of extra time", "four minutes before the end of extra time".
    if extra
        && any(i + 2, &["from", "before"])
        && (tail.contains(&"end") || tail.contains(&"whistle"))
    {
        return Some((When::At(Clock::exact(4, 120u16.saturating_sub(n), 0)), 2));
    }
    // "five minutes into the second half of extra time", "...the second period of extra time".
    if extra && has(i + 2, "into") && tail.contains(&"second") {
        return Some((When::At(Clock::exact(4, 105 + n, 0)), 2));
    }
    // "six minutes before the end", "ten minutes from the end of normal time".
    if any(i + 2, &["from", "before"]) && has(i + 3, "the") && has(i + 4, "end") && !extra {
        return Some((When::At(Clock::exact(2, 90u16.saturating_sub(n), 0)), 2));
    }
    None
}

/// Every expression of this kind in the words, for `clock_expr::find` to add.
pub fn find(w: &[&str]) -> Vec<TimeExpr> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < w.len() {
        match at(w, i) {
            Some((when, span)) => {
                out.push(TimeExpr { tok: i, when });
                i += span.max(1);
            }
            None => i += 1,
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn whens(s: &str) -> Vec<When> {
        let w: Vec<&str> = s.split_whitespace().collect();
        find(&w).into_iter().map(|t| t.when).collect()
    }

    #[test]
    fn arithmetic_on_stated_points() {
        let after1 = When::After {
            minutes: 1,
            exact: true,
        };
        assert_eq!(whens("and a minute later he struck"), [after1]);
        assert_eq!(
            whens("two minutes from the end of extra time"),
            [When::At(Clock::exact(4, 118, 0))]
        );
        assert_eq!(
            whens("five minutes into the second half of extra time"),
            [When::At(Clock::exact(4, 110, 0))]
        );
        assert_eq!(
            whens("in the second minute of stoppage time"),
            [When::At(Clock::exact(2, 90, 2))]
        );
        assert_eq!(
            whens("in the third minute of first-half stoppage time"),
            [When::At(Clock::exact(1, 45, 3))]
        );
        assert_eq!(
            whens("six minutes before the end"),
            [When::At(Clock::exact(2, 84, 0))]
        );
        assert_eq!(whens("five minutes later"), []);
        assert_eq!(
            whens("he needed only 17 minutes to score"),
            [When::At(Clock::exact(1, 17, 0))]
        );
    }
}
