//! Goals told as nouns: "goals from X and Y", "a header from X gave Rovers victory", "the
//! first goal was of X", "for Rovers' second goal", "scored twice", "the third goal".

use super::numbers::{cardinal, ordinal};
use super::triggers::at;
use super::vocab::scoring::{CANCEL, WON_WORDS, WOODWORK};

/// "goals from X and Y", or "a header from X" in a clause that says what it won.
pub fn credited_noun(w: &[&str], i: usize, b: usize) -> bool {
    let x = at(w, i);
    if !matches!(at(w, i + 1), "from" | "by") {
        return false;
    }
    let rest = &w[i + 1..b.max(i + 1)];
    let missed = rest
        .iter()
        .any(|v| CANCEL.contains(v) || WOODWORK.contains(v) || matches!(*v, "over" | "against"));
    let plural = matches!(x, "goals" | "strikes");
    let single = matches!(
        x,
        "goal" | "header" | "strike" | "penalty" | "volley" | "shot" | "effort" | "finish"
    ) && rest.iter().any(|v| WON_WORDS.contains(v));
    !missed && (plural || single)
}

/// "The first goal was Diaz's", "for Rovers' second goal", "for the second, ...": a goal
/// named by its place in the match, told as a goal in itself. Its ordinal, if so.
pub fn ordinal_goal_phrase(w: &[&str], i: usize) -> Option<u16> {
    let x = at(w, i);
    let n = if x == "opening" { Some(1) } else { ordinal(x) }.filter(|&n| (1..=12).contains(&n))?;
    let prev = at(w, i.wrapping_sub(1));
    if !matches!(prev, "the" | "'s" | "'") {
        return None;
    }
    let for_before = prev == "the" && at(w, i.wrapping_sub(2)) == "for"
        || prev != "the" && at(w, i.wrapping_sub(3)) == "for";
    let next = at(w, i + 1);
    let told = next == "goal"
        && (for_before
            || matches!(
                at(w, i + 2),
                "was" | "came" | "arrived" | "fell" | "went" | "by" | "of" | "from"
            ));
    // "The second arrived on 63 minutes", "Turner's first came after 29 minutes".
    let arrived = matches!(next, "came" | "arrived" | "followed");
    (told || arrived || for_before && next == ",").then_some(n)
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
        (at(w, k.wrapping_sub(1)) == "the" && at(w, k + 1) == "goal")
            .then(|| ordinal(at(w, k)))
            .flatten()
            .filter(|&n| n <= 12)
    })
}
