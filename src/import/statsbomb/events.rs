//! The events of a file as its readers left them: the first reader's, then each part the second
//! read. Kept apart rather than joined: joining copied half a match's events (650 KB of fresh
//! memory, a sixth of the page faults of a `touchline summary`).

use super::raw::Event;

#[derive(Debug, Default)]
pub struct Events<'a> {
    parts: Vec<Vec<Event<'a>>>,
}

impl<'a> Events<'a> {
    /// The events of `parts`, in that order.
    pub fn from_parts(parts: Vec<Vec<Event<'a>>>) -> Self {
        Events { parts }
    }

    pub fn len(&self) -> usize {
        self.parts.iter().map(Vec::len).sum()
    }

    pub fn is_empty(&self) -> bool {
        self.parts.iter().all(Vec::is_empty)
    }

    pub fn iter(&self) -> impl Iterator<Item = &Event<'a>> + Clone {
        self.parts.iter().flatten()
    }

    /// The `i`th event: the parts are few (sixteen at most), so they are walked.
    pub fn get(&self, mut i: usize) -> Option<&Event<'a>> {
        for part in &self.parts {
            if i < part.len() {
                return part.get(i);
            }
            i -= part.len();
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn event(id: &'static str) -> Event<'static> {
        Event {
            id: Some(id),
            ..Event::default()
        }
    }

    #[test]
    fn parts_read_as_one_sequence() {
        let events = Events::from_parts(vec![
            vec![event("a"), event("b")],
            vec![],
            vec![event("c")],
            vec![event("d"), event("e")],
        ]);
        let ids = |e: Option<&Event<'_>>| e.and_then(|e| e.id.map(str::to_string));
        assert_eq!(events.len(), 5);
        assert!(!events.is_empty());
        let all: Vec<_> = events.iter().map(|e| ids(Some(e))).collect();
        assert_eq!(all, ["a", "b", "c", "d", "e"].map(|s| Some(s.to_string())));
        for (i, want) in ["a", "b", "c", "d", "e"].iter().enumerate() {
            assert_eq!(ids(events.get(i)).as_deref(), Some(*want));
        }
        assert!(events.get(5).is_none());
        assert!(Events::from_parts(vec![vec![], vec![]]).is_empty());
        assert!(Events::default().get(0).is_none());
    }
}
