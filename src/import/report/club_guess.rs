//! The last resort for a report that states no result and names no two national teams: the
//! two capitalised names of the headline the body repeats most, leaving out people (a surname
//! written in full elsewhere, a name with a role: "striker Smith") and competitions.

use super::clean::{Block, BlockKind};
use super::evidence::competition;
use super::scoreline::{team_name, teamish};
use super::teams::GENERIC;
use super::tokens::{Tok, cap_chunks, fold, tokenize};
use super::vocab::people::{COACH_TITLES, ROLES};

/// A name introduced by a role or a title ("striker Smith", "coach Ray"): a person.
fn titled(toks: &[Tok], s: usize) -> bool {
    let before = s
        .checked_sub(1)
        .and_then(|k| toks.get(k))
        .map_or("", |t| t.low.as_str());
    ROLES.contains(&before) || COACH_TITLES.contains(&before)
}

/// The capitalised runs of a headline. In title case ("Arsenal Come From Behind To Beat
/// Southampton") every word is a capital, so the runs are cut at function words and the verbs
/// of results.
fn headline_chunks(toks: &[Tok]) -> Vec<(usize, usize)> {
    use super::vocab::function_words::FUNCTION_WORDS;
    use super::vocab::results::{DRAW, LOSE, WIN};
    let breaks = |t: &Tok| {
        let w = t.low.as_str();
        FUNCTION_WORDS.contains(&w)
            || WIN.contains(&w)
            || LOSE.contains(&w)
            || DRAW.contains(&w)
            || matches!(
                w,
                "come" | "comes" | "came" | "behind" | "back" | "after" | "as"
            )
    };
    let mut out = Vec::new();
    for (s, e) in cap_chunks(toks) {
        let mut start = s;
        for (k, t) in toks.iter().enumerate().take(e).skip(s) {
            if breaks(t) {
                if start < k {
                    out.push((start, k));
                }
                start = k + 1;
            }
        }
        if start < e {
            out.push((start, e));
        }
    }
    out
}

/// The two names, the one the headline gives first at home.
pub fn guess(text: &str, blocks: &[Block]) -> Option<(String, String)> {
    let headline = blocks.iter().find(|b| b.kind == BlockKind::Headline)?;
    let toks = tokenize(text, headline.start, headline.end);
    let mut names: Vec<(String, usize)> = Vec::new();
    for (s, e) in headline_chunks(&toks) {
        let name = team_name(&toks[s..e]);
        if teamish(&toks[s..e]) && !competition(&name) && !names.iter().any(|n| n.0 == name) {
            names.push((name, 0));
        }
    }
    let mut person = vec![false; names.len()];
    for b in blocks.iter().filter(|b| b.kind != BlockKind::Skip) {
        let toks = tokenize(text, b.start, b.end);
        for (s, e) in cap_chunks(&toks) {
            let here = fold(&team_name(&toks[s..e]));
            for (k, n) in names.iter_mut().enumerate() {
                let name = fold(&n.0);
                let first = here.split_whitespace().next().unwrap_or("");
                let club_word = GENERIC.contains(&first);
                let short =
                    name.starts_with(&format!("{here} ")) && !GENERIC.contains(&here.as_str());
                if name == here || short || club_word && here.ends_with(&format!(" {name}")) {
                    // "Goa", "FC Goa"; "NorthEast" for "NorthEast United": one club.
                    n.1 += 1;
                    person[k] |= titled(&toks, s);
                } else if e - s == 2 && here.ends_with(&format!(" {name}")) {
                    // "Smith" and "Tom Smith": a surname.
                    person[k] = true;
                }
            }
        }
    }
    let mut kept: Vec<(usize, &(String, usize))> = names
        .iter()
        .enumerate()
        .filter(|(k, n)| !person[*k] && n.1 >= 2)
        .collect();
    kept.sort_by(|a, b| b.1.1.cmp(&a.1.1).then(a.0.cmp(&b.0)));
    let (a, b) = (kept.first()?, kept.get(1)?);
    let (home, away) = if a.0 < b.0 { (a, b) } else { (b, a) };
    Some((home.1.0.clone(), away.1.0.clone()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::report::clean::clean;

    #[test]
    fn a_title_case_headline_is_cut_at_its_verbs() {
        let text = "Rovers Come From Behind To Beat Athletic\n\
            Rovers recovered from a goal down against Athletic at the Den.\n\
            Athletic led early, but Rovers scored twice after the break.\n";
        let c = clean(text);
        assert_eq!(
            guess(text, &c.blocks),
            Some(("Rovers".to_string(), "Athletic".to_string()))
        );
    }

    #[test]
    fn repeated_headline_names_that_do_not_act_are_the_teams() {
        let text = "Smith double lifts Rovers past Athletic\n\
            Rovers moved clear of Athletic at the top on a wet night at the Den.\n\
            Tom Smith scored twice for Rovers before Athletic hit back through Jones.\n\
            Smith now has ten goals for Rovers this season, Athletic none from Jones.\n";
        let c = clean(text);
        assert_eq!(
            guess(text, &c.blocks),
            Some(("Rovers".to_string(), "Athletic".to_string()))
        );
    }
}
