//! A player's name as events hold it: one shared copy per player, however many events name him.
//!
//! Why not `String`: a data feed's match has 4,000 events, nearly all naming a player or two,
//! and each name was a fresh allocation of its own; those allocations were a third of turning
//! a match into the model. A `Name` is cloned by counting, not copying, and reads as a `str`.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;
use std::ops::Deref;
use std::sync::Arc;

/// A shared, immutable name. Compares, hashes and prints as its text.
#[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub struct Name(Arc<str>);

impl Name {
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Which shared copy this is: names with the same identity are clones of one copy, so
    /// have the same text. Lets a map look a name up by its text once per copy, not once per
    /// event that names it. Identities compare only while both names are alive: a copy's
    /// address may be reused once every clone of it is gone.
    pub fn identity(&self) -> usize {
        Arc::as_ptr(&self.0).cast::<u8>() as usize
    }
}

impl Deref for Name {
    type Target = str;

    fn deref(&self) -> &str {
        &self.0
    }
}

impl From<&str> for Name {
    fn from(text: &str) -> Self {
        Name(Arc::from(text))
    }
}

impl From<String> for Name {
    fn from(text: String) -> Self {
        Name(Arc::from(text))
    }
}

impl fmt::Debug for Name {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&*self.0, f)
    }
}

impl fmt::Display for Name {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl PartialEq<str> for Name {
    fn eq(&self, other: &str) -> bool {
        &*self.0 == other
    }
}

impl PartialEq<&str> for Name {
    fn eq(&self, other: &&str) -> bool {
        &*self.0 == *other
    }
}

impl Serialize for Name {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.0)
    }
}

impl<'de> Deserialize<'de> for Name {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Name::from)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_name_reads_compares_and_saves_as_its_text() {
        let messi = Name::from("Messi");
        let shared = messi.clone();
        assert!(Arc::ptr_eq(&messi.0, &shared.0), "a clone shares the text");
        assert_eq!(messi, "Messi");
        assert_eq!(messi.len(), 5);
        assert_eq!(format!("{messi} / {messi:?}"), "Messi / \"Messi\"");
        let json = serde_json::to_string(&vec![messi.clone()]).unwrap_or_default();
        assert_eq!(json, r#"["Messi"]"#);
        let back: Vec<Name> = serde_json::from_str(&json).unwrap_or_default();
        assert_eq!(back, ["Messi"]);
    }
}
