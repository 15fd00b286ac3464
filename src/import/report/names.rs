//! Player names: one person however the text spells them ("Schurrle", "Shurrle",
//! "Schürrle", "Andre Schurrle"), by folding accents and allowing small surname typos.

use super::tokens::fold;

/// Names written several ways are one person; `name` is the fullest form seen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Person {
    pub name: String,
    words: Vec<String>,
    /// How the text describes them ("forward", "hungarian"): what "the forward" points at.
    pub roles: Vec<String>,
}

/// Every person the report names, in order of first mention.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Registry {
    pub people: Vec<Person>,
}

/// Role words that name the same job: "the forward" can be the striker named earlier.
fn role_group(word: &str) -> &str {
    match word {
        "striker" | "forward" | "attacker" | "centre-forward" | "center-forward" | "frontman" => {
            "forward"
        }
        "defender" | "centre-back" | "center-back" | "full-back" | "fullback" | "left-back"
        | "right-back" | "wing-back" | "back" => "defender",
        "midfielder" | "playmaker" => "midfielder",
        "goalkeeper" | "keeper" | "stopper" | "goalie" => "goalkeeper",
        w => w,
    }
}

/// Levenshtein distance on characters.
pub fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut cur = vec![i + 1; b.len() + 1];
        for (j, cb) in b.iter().enumerate() {
            let sub = prev[j] + usize::from(ca != *cb);
            cur[j + 1] = sub.min(prev[j + 1] + 1).min(cur[j] + 1);
        }
        prev = cur;
    }
    prev[b.len()]
}

/// Surnames that differ by a dropped letter or accent are the same surname.
fn same_surname(a: &str, b: &str) -> bool {
    if a == b {
        return true;
    }
    let n = a.chars().count().min(b.chars().count());
    let limit = match n {
        0..=4 => 0,
        5..=7 => 1,
        _ => 2,
    };
    limit > 0 && a.chars().next() == b.chars().next() && edit_distance(a, b) <= limit
}

fn words_of(name: &str) -> Vec<String> {
    name.split_whitespace().map(fold).collect()
}

impl Person {
    fn surname(&self) -> &str {
        self.words.last().map_or("", String::as_str)
    }

    /// How well a written form names this person: 3 the same, 2 surname match, 1 a single word
    /// that is one of the person's names (a first name used alone), 0 not this person.
    fn matches(&self, words: &[String]) -> u8 {
        if words == self.words.as_slice() {
            return 3;
        }
        let Some(last) = words.last() else { return 0 };
        if same_surname(last, self.surname()) {
            // "Van der Berg" is "Jens van der Berg" without the first name.
            let suffix = self.words.ends_with(words) || words.ends_with(&self.words);
            let firsts_agree = words.len() == 1
                || self.words.len() == 1
                || suffix
                || same_surname(&words[0], &self.words[0]);
            return if firsts_agree { 2 } else { 0 };
        }
        if words.len() == 1 && self.words.len() > 1 && self.words.iter().any(|w| w == last) {
            return 1;
        }
        if self.words.len() == 1 && words.len() > 1 && words.iter().any(|w| w == self.surname()) {
            return 1;
        }
        0
    }
}

impl Registry {
    /// The person a written name refers to, if exactly one fits best.
    pub fn find(&self, name: &str) -> Option<usize> {
        let words = words_of(name);
        let scores: Vec<u8> = self.people.iter().map(|p| p.matches(&words)).collect();
        let best = scores.iter().copied().max().filter(|&b| b > 0)?;
        let mut hits = scores.iter().enumerate().filter(|(_, s)| **s == best);
        let (first, _) = hits.next()?;
        hits.next().is_none().then_some(first)
    }

    /// The person for `name`, added if new; a fuller spelling replaces a shorter one.
    pub fn add(&mut self, name: &str) -> usize {
        let words = words_of(name);
        if words.is_empty() {
            return self.people.len().saturating_sub(1);
        }
        if let Some(k) = self.find(name) {
            let p = &mut self.people[k];
            if words.len() > p.words.len() {
                p.name = name.to_string();
                p.words = words;
            }
            return k;
        }
        self.people.push(Person {
            name: name.to_string(),
            words,
            roles: Vec::new(),
        });
        self.people.len() - 1
    }

    /// Notes a description of person `id` ("striker Kovacs", "the Hungarian Kovacs").
    pub fn describe(&mut self, id: usize, word: &str) {
        let group = role_group(word).to_string();
        if let Some(p) = self.people.get_mut(id)
            && !p.roles.contains(&group)
        {
            p.roles.push(group);
        }
    }

    /// Whether person `id` was described by a word of the same kind as `word`.
    pub fn described_as(&self, id: usize, word: &str) -> bool {
        let group = role_group(word);
        self.people
            .get(id)
            .is_some_and(|p| p.roles.iter().any(|r| r == group))
    }

    pub fn name(&self, id: usize) -> &str {
        self.people.get(id).map_or("", |p| p.name.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spellings_of_one_player_merge() {
        let mut r = Registry::default();
        let v = r.add("Jens van der Berg");
        assert_eq!(r.add("Van der Berg"), v);
        let a = r.add("Schurrle");
        assert_eq!(r.add("Andre Schurrle"), a);
        assert_eq!(r.add("Shurrle"), a);
        assert_eq!(r.add("Schürrle"), a);
        assert_eq!(r.name(a), "Andre Schurrle");
        let b = r.add("Marco Reus");
        assert_ne!(a, b);
        assert_eq!(r.people.len(), 3);
    }

    #[test]
    fn first_names_alone_find_a_unique_person() {
        let mut r = Registry::default();
        let d = r.add("Dudu Omagbemi");
        assert_eq!(r.find("Dudu"), Some(d));
        r.add("Thabo Qalinge");
        r.add("Thabo Rakhale");
        assert_eq!(r.find("Thabo"), None);
        assert_eq!(r.find("Dudi"), None);
    }

    #[test]
    fn short_surnames_must_match_exactly() {
        let mut r = Registry::default();
        r.add("Luis Diaz");
        assert_eq!(r.find("Dias"), None);
        assert_eq!(edit_distance("kitten", "sitting"), 3);
    }
}
