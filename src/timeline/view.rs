//! Which events the viewer steps through: the key moments only, or every event. The moments
//! list, stepping and autoplay all go through a `View`, so they can never disagree.

/// The events shown, as rows; a row is a position in the view, an index an event.
#[derive(Debug, Clone, Copy)]
pub struct View<'t> {
    /// The key events' indices; `None` shows every event.
    keys: Option<&'t [usize]>,
    /// How many events the match has.
    events: usize,
}

impl<'t> View<'t> {
    /// Every one of `events` events.
    pub fn all(events: usize) -> Self {
        View { keys: None, events }
    }

    /// Only the events at `keys` (sorted indices) of a match with `events` events.
    pub fn only(keys: &'t [usize], events: usize) -> Self {
        View {
            keys: Some(keys),
            events,
        }
    }

    /// Whether this view leaves some events out.
    pub fn is_filtered(&self) -> bool {
        self.keys.is_some_and(|k| k.len() < self.events)
    }

    /// How many rows the view has.
    pub fn len(&self) -> usize {
        self.keys.map_or(self.events, <[usize]>::len)
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The event shown on `row`.
    pub fn event(&self, row: usize) -> usize {
        match self.keys {
            Some(k) => k.get(row).copied().unwrap_or(0),
            None => row,
        }
    }

    /// The row of `event`, or of the last shown event before it.
    pub fn row(&self, event: usize) -> usize {
        match self.keys {
            Some(k) => k.partition_point(|&i| i <= event).saturating_sub(1),
            None => event,
        }
    }

    /// The first shown event after `event`.
    pub fn next(&self, event: usize) -> Option<usize> {
        match self.keys {
            Some(k) => k.get(k.partition_point(|&i| i <= event)).copied(),
            None => (event + 1 < self.events).then_some(event + 1),
        }
    }

    /// The last shown event before `event`.
    pub fn prev(&self, event: usize) -> Option<usize> {
        match self.keys {
            Some(k) => k[..k.partition_point(|&i| i < event)].last().copied(),
            None => event.checked_sub(1),
        }
    }

    pub fn first(&self) -> usize {
        self.event(0)
    }

    pub fn last(&self) -> usize {
        self.event(self.len().saturating_sub(1))
    }

    /// Whether `event` is shown.
    pub fn contains(&self, event: usize) -> bool {
        match self.keys {
            Some(k) => k.binary_search(&event).is_ok(),
            None => event < self.events,
        }
    }

    /// The shown event nearest at or before `event` (the first one when none is before):
    /// where the cursor goes when a jump or a change of view lands between shown events.
    pub fn snap(&self, event: usize) -> usize {
        if self.contains(event) {
            return event;
        }
        self.prev(event).unwrap_or_else(|| self.first())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn steps_and_snaps_over_key_events_only() {
        let keys = [0, 3, 7];
        let v = View::only(&keys, 10);
        assert_eq!((v.len(), v.first(), v.last()), (3, 0, 7));
        assert_eq!(v.next(0), Some(3));
        assert_eq!(v.next(4), Some(7));
        assert_eq!(v.next(7), None);
        assert_eq!(v.prev(7), Some(3));
        assert_eq!(v.prev(5), Some(3));
        assert_eq!(v.prev(0), None);
        assert_eq!((v.snap(5), v.snap(3), v.snap(9)), (3, 3, 7));
        assert_eq!((v.row(5), v.event(1)), (1, 3));
        assert!(v.is_filtered());
        let late = [4];
        assert_eq!(View::only(&late, 6).snap(2), 4, "nothing before: the first");
        let all = View::all(10);
        assert_eq!((all.next(9), all.prev(0), all.snap(5)), (None, None, 5));
        assert!(!all.is_filtered());
    }
}
