//! Teams and their players.

use serde::{Deserialize, Serialize};

/// A player in a team's squad for this match.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Player {
    /// The name fans know: a nickname such as "Messi" where the source gives one.
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub number: Option<u8>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub position: Option<String>,
    /// In the starting eleven.
    #[serde(default)]
    pub starter: bool,
}

impl Player {
    /// A player known only by name (a report rarely gives numbers or positions).
    pub fn named(name: impl Into<String>) -> Self {
        Player {
            name: name.into(),
            number: None,
            position: None,
            starter: false,
        }
    }

    /// The surname, for tight panels: "Marco Reus" -> "Reus", "Marten de Roon" -> "de Roon".
    pub fn short_name(&self) -> &str {
        surname(&self.name)
    }
}

/// Particles that belong to a surname ("de Roon", "van Dijk", "dos Santos", "Di Lorenzo").
const PARTICLES: &[&str] = &[
    "de", "da", "di", "do", "dos", "das", "del", "della", "van", "von", "der", "den", "le", "la",
    "ter", "ten", "el", "al", "bin", "ben",
];

/// Particles that are first names too when they open a name.
const FIRST_NAMES: &[&str] = &["ben", "bin", "el", "al"];

/// The surname of a full name, keeping particles such as "de" or "van" with it.
pub fn surname(name: &str) -> &str {
    let words: Vec<(usize, &str)> = name
        .split_whitespace()
        .map(|w| (w.as_ptr() as usize - name.as_ptr() as usize, w))
        .collect();
    let Some(&(mut start, _)) = words.last() else {
        return name.trim();
    };
    for (k, &(offset, word)) in words.iter().enumerate().rev().skip(1) {
        // "Di Lorenzo" keeps its capital; a name that starts with one ("De Bruyne") is a
        // surname alone, unless that word is also a first name ("Ben White").
        let lower = word.to_lowercase();
        let particle = PARTICLES.contains(&lower.as_str())
            && (k > 0 || lower == word || !FIRST_NAMES.contains(&lower.as_str()));
        if !particle {
            break;
        }
        start = offset;
    }
    name[start..].trim_end()
}

/// One side of the match.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Team {
    pub name: String,
    #[serde(default)]
    pub players: Vec<Player>,
}

impl Team {
    /// A team with no known players yet.
    pub fn named(name: impl Into<String>) -> Self {
        Team {
            name: name.into(),
            players: Vec::new(),
        }
    }

    /// The squad player with this exact name.
    pub fn player(&self, name: &str) -> Option<&Player> {
        self.players.iter().find(|p| p.name == name)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn surname_keeps_particles() {
        assert_eq!(surname("Marco Reus"), "Reus");
        assert_eq!(surname("Marten de Roon"), "de Roon");
        assert_eq!(surname("Virgil van Dijk"), "van Dijk");
        assert_eq!(surname("Sokratis"), "Sokratis");
        assert_eq!(surname("de Roon"), "de Roon");
        assert_eq!(surname("Giovanni Di Lorenzo"), "Di Lorenzo");
        assert_eq!(surname("Edwin van der Sar"), "van der Sar");
        assert_eq!(surname("Ben White"), "White");
        assert_eq!(surname("De Bruyne"), "De Bruyne");
        assert_eq!(surname("Van der Sar"), "Van der Sar");
        assert_eq!(surname(""), "");
    }
}
