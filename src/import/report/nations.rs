//! National teams by every name a report may use: "France", "Les Bleus", "the French";
//! read once from the complete list of FIFA members in `vocab/nations.txt`.

use super::tokens::{Tok, fold, tokenize};
use super::vocab::function_words::FUNCTION_WORDS;
use std::sync::LazyLock;

/// One national team and the words that name it, folded and split into words.
#[derive(Debug)]
struct Nation {
    name: String,
    /// The name, then other names and nicknames no other team is known by.
    names: Vec<Vec<String>>,
    /// Nicknames clubs or other nations share ("Red Devils"): only for a team already known.
    shared: Vec<Vec<String>>,
    /// Its players as a group, after "the": "swedes".
    people: Vec<String>,
}

static NATIONS: LazyLock<Vec<Nation>> = LazyLock::new(|| {
    include_str!("vocab/nations.txt")
        .lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(parse_line)
        .collect()
});

fn words(s: &str) -> Vec<String> {
    tokenize(s, 0, s.len()).into_iter().map(|t| t.low).collect()
}

fn parse_line(line: &str) -> Option<Nation> {
    let mut parts = line.split('|').map(str::trim);
    let name = parts.next().filter(|n| !n.is_empty())?;
    let (others, people) = (parts.next().unwrap_or(""), parts.next().unwrap_or(""));
    let mut names = vec![words(name)];
    let mut shared = Vec::new();
    for o in others.split(',').map(str::trim).filter(|o| !o.is_empty()) {
        match o.strip_prefix('~') {
            Some(s) => shared.push(words(s)),
            None => names.push(words(o)),
        }
    }
    let people = people
        .split(',')
        .map(|p| fold(p.trim()))
        .filter(|p| !p.is_empty())
        .collect();
    Some(Nation {
        name: name.to_string(),
        names,
        shared,
        people,
    })
}

/// The national team a whole name stands for: "Les Bleus" -> "France", "Holland" ->
/// "Netherlands"; a nickname other teams share does not count.
pub fn canonical(name: &str) -> Option<&'static str> {
    let w = words(name);
    let w = w.strip_prefix(&["the".to_string()]).unwrap_or(&w);
    // "Spain thrash Swiss": a headline may name a team by its people.
    let people = |n: &Nation| w.len() == 1 && n.people.iter().any(|p| *p == w[0]);
    NATIONS
        .iter()
        .find(|n| n.names.iter().any(|x| x.as_slice() == w))
        .or_else(|| NATIONS.iter().find(|n| people(n)))
        .map(|n| n.name.as_str())
}

fn find(name: &str) -> Option<&'static Nation> {
    canonical(name).and_then(|c| NATIONS.iter().find(|n| n.name == c))
}

/// Every name of a national team once it is known to be playing: other names and shared
/// nicknames too ("Red Devils" for Belgium).
pub fn aliases(name: &str) -> Vec<Vec<String>> {
    find(name).map_or_else(Vec::new, |n| {
        n.names.iter().chain(&n.shared).cloned().collect()
    })
}

/// A national team's players as a group, read after "the": "swedes" for Sweden.
pub fn people(name: &str) -> Vec<String> {
    find(name).map_or_else(Vec::new, |n| n.people.clone())
}

/// A national team named at token `i` ("South Korea", "the Azzurri", "the Swedes"): its name
/// and how many tokens the mention spans. A name followed by another capitalised word is a
/// person ("Jordan Smith"), not the team.
pub fn at(toks: &[Tok], i: usize) -> Option<(&'static str, usize)> {
    let the = usize::from(toks.get(i).is_some_and(|t| t.low == "the"));
    let j = i + the;
    if !toks.get(j).is_some_and(Tok::is_cap) {
        return None;
    }
    let fits = |w: &[String]| {
        toks.len() >= j + w.len() && toks[j..j + w.len()].iter().zip(w).all(|(t, x)| t.low == *x)
    };
    let mut best: Option<(&'static str, usize)> = None;
    for n in NATIONS.iter() {
        let people = n
            .people
            .iter()
            .filter(|_| the == 1)
            .map(std::slice::from_ref);
        for w in n.names.iter().map(Vec::as_slice).chain(people) {
            if !w.is_empty() && fits(w) && best.is_none_or(|b| w.len() > b.1) {
                best = Some((n.name.as_str(), w.len()));
            }
        }
    }
    let (name, len) = best?;
    let next = toks.get(j + len);
    let person = next
        .is_some_and(|t| t.is_cap() && t.is_word() && !FUNCTION_WORDS.contains(&t.low.as_str()));
    (!person).then_some((name, the + len))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at_str(s: &str) -> Option<(&'static str, usize)> {
        at(&tokenize(s, 0, s.len()), 0)
    }

    #[test]
    fn every_member_is_read() {
        assert!(NATIONS.len() >= 211);
        assert!(NATIONS.iter().all(|n| !n.names[0].is_empty()));
    }

    #[test]
    fn names_and_nicknames_are_one_team() {
        assert_eq!(canonical("Les Bleus"), Some("France"));
        assert_eq!(canonical("the Albiceleste"), Some("Argentina"));
        assert_eq!(canonical("Holland"), Some("Netherlands"));
        assert_eq!(canonical("Sheffield United"), None);
        assert_eq!(canonical("Swiss"), Some("Switzerland"));
        // Shared nicknames name no one until the team is known.
        assert_eq!(canonical("Red Devils"), None);
        assert!(aliases("Belgium").contains(&vec!["red".into(), "devils".into()]));
    }

    #[test]
    fn mentions_in_running_text() {
        assert_eq!(at_str("Saudi Arabia scored"), Some(("Saudi Arabia", 2)));
        assert_eq!(at_str("the Three Lions held on"), Some(("England", 3)));
        assert_eq!(at_str("the Swedes won"), Some(("Sweden", 2)));
        assert_eq!(at_str("Swedes won"), None);
        assert_eq!(at_str("Jordan Smith saved"), None);
        assert_eq!(at_str("Guinea-Bissau lost"), Some(("Guinea-Bissau", 1)));
        assert_eq!(
            at_str("Equatorial Guinea lost"),
            Some(("Equatorial Guinea", 2))
        );
    }
}
