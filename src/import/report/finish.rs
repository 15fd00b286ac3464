//! Where a finish ends up ("in", "home", "into the bottom corner", "past the keeper") and the
//! forms of the finishing verbs; the phrases that cancel a finish are in `cancel`.

use super::numbers::ordinal;
use super::vocab::scoring::{BALLS_PLAYED_IN, FINISH_VERBS};

fn at<'a>(w: &[&'a str], i: usize) -> &'a str {
    w.get(i).copied().unwrap_or("")
}

/// A finishing verb in any of its forms: "nodded", "nodding", "firing", "curls".
pub fn is_finish_verb(x: &str) -> bool {
    if FINISH_VERBS.contains(&x) {
        return true;
    }
    let Some(stem) = x.strip_suffix("ing").filter(|s| s.len() > 2) else {
        return x.strip_suffix('s').is_some_and(|s| {
            s.len() > 2
                && (FINISH_VERBS.contains(&s) || FINISH_VERBS.contains(&format!("{s}ed").as_str()))
        });
    };
    let undoubled = stem
        .char_indices()
        .last()
        .filter(|&(k, c)| k > 0 && stem[..k].ends_with(c))
        .map(|(k, _)| &stem[..k]);
    // "rifling" -> "rifled", "firing" -> "fire", "nodding" -> "nod".
    FINISH_VERBS.contains(&stem)
        || FINISH_VERBS.contains(&format!("{stem}e").as_str())
        || FINISH_VERBS.contains(&format!("{stem}ed").as_str())
        || undoubled.is_some_and(|u| FINISH_VERBS.contains(&u))
}

/// The bare form of a finishing verb after "to": "for Hegerberg to turn in", "left to fire
/// home" (not "to force penalties").
pub fn bare_finish(w: &[&str], i: usize) -> bool {
    let x = at(w, i);
    at(w, i.wrapping_sub(1)) == "to"
        && x.len() > 2
        && !matches!(x, "force" | "shoot" | "drive" | "place")
        && (FINISH_VERBS.contains(&format!("{x}ed").as_str())
            || FINISH_VERBS.contains(&format!("{x}d").as_str()))
}

/// "in", "home", "into the net", "it away", "in off": where a finished chance ends up.
pub fn finish_target(w: &[&str], from: usize, b: usize) -> bool {
    let end = b.min(from + 8);
    for k in from..end {
        let x = at(w, k);
        let n = at(w, k + 1);
        let hit = match x {
            // "headed wide", "fired against the post": the ball went elsewhere first.
            "wide" | "against" | "onto" | "straight" | "at" => return false,
            // "headed over", "fired over from close range": over the bar, unless over a keeper
            // or the line.
            "over" if k == from && !matches!(n, "goalkeeper" | "keeper" | "the" | "line") => {
                return false;
            }
            // "headed over in stoppage time": a time, not where the ball went.
            "in" if matches!(n, "stoppage" | "injury" | "added" | "extra") => return false,
            "in" => match n {
                // "headed in a corner", "tapped in the rebound": the object is the ball;
                // "bundled in their second": a tally.
                "the" | "a" | "an" | "his" | "her" | "their" => {
                    BALLS_PLAYED_IN.contains(&at(w, k + 2))
                        || BALLS_PLAYED_IN.contains(&at(w, k + 3))
                        || ordinal(at(w, k + 2)).is_some_and(|o| (2..=9).contains(&o))
                            && !matches!(at(w, k + 3), "half" | "minute" | "period" | "leg")
                }
                "front" | "behind" | "space" | "possession" | "midfield" | "which" | "what" => {
                    false
                }
                _ => true,
            },
            "home" => !matches!(
                n,
                "side" | "crowd" | "team" | "fans" | "supporters" | "defence" | "defense"
            ),
            "away" => k > from && matches!(at(w, k - 1), "it" | "ball"),
            // "past the keeper", but not "picked out Ilicic beyond the far post".
            // "shoot between Skorupski's legs".
            "between" | "through" if (k + 1..k + 4).any(|j| at(w, j) == "legs") => true,
            "past" | "beyond" => {
                !(n == "the"
                    && matches!(at(w, k + 2), "near" | "far" | "back")
                    && matches!(at(w, k + 3), "post" | "stick"))
            }
            // "glanced the cross inside the near post", "inside Rulli's near post", but not
            // "inside the box".
            "inside" => (k + 2..k + 7)
                .take_while(|&j| !matches!(at(w, j), "box" | "area" | "half" | "minute"))
                .any(|j| matches!(at(w, j), "post" | "corner" | "upright")),
            // "squirmed under the keeper", "fired in under the bar".
            "under" => n != "pressure",
            "into" => is_net(w, k + 1),
            // "lifted it over the goalkeeper", "looped over the keeper", "over the advancing
            // Raya".
            "over"
                if matches!(n, "goalkeeper" | "keeper")
                    || n == "the"
                        && matches!(
                            at(w, k + 2),
                            "goalkeeper" | "keeper" | "advancing" | "onrushing" | "stranded"
                        ) =>
            {
                true
            }
            "over" => {
                k > from
                    && matches!(w[from], "his" | "her" | "the")
                    && matches!(at(w, from + 1), "header" | "shot" | "effort")
                    && w[from..k].len() <= 3
                    && n != "the"
                    && n != "bar"
                    && n != "crossbar"
            }
            // "lashing in his 17th league goal of the season": a tally.
            "his" | "her" if k > from && at(w, k - 1) == "in" => {
                ordinal(n).is_some_and(|o| (2..=60).contains(&o))
                    && (at(w, k + 2) == "goal" || at(w, k + 3) == "goal")
            }
            // "headed the second ball back across the box" is no tally.
            "the"
                if k == from
                    && matches!(
                        at(w, k + 2),
                        "ball" | "phase" | "period" | "leg" | "half" | "minute"
                    ) =>
            {
                false
            }
            // "headed his second", "fired her third", "headed the third": a tally.
            "his" | "her" | "the" if k == from => {
                ordinal(n).is_some_and(|o| (2..=6).contains(&o)) && at(w, k + 2) != "half"
            }
            _ => false,
        };
        if hit {
            return true;
        }
    }
    false
}

/// "the net", "an open goal", "the bottom corner", "the roof of the net", "his own net".
pub fn is_net(w: &[&str], k: usize) -> bool {
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
            && !(n == "near" && n2 == "post")
            && placed(n, n2))
}

/// "the top corner", "the back of the net", not "the top half of the table".
fn placed(n: &str, n2: &str) -> bool {
    let positional = matches!(n, "top" | "bottom" | "far" | "near" | "back");
    !positional || matches!(n2, "corner" | "left" | "right" | "of" | "stick")
}
