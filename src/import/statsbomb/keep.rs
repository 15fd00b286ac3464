//! Where the strings and parts an event keeps go as it is read: an arena that outlives the
//! window they were read from, and the references already kept.
//!
//! Why the references are shared: about ten an event name a team, player, position or event
//! type, and a match has a few hundred distinct ones ("Pass", "Barcelona", "Lionel Andrés
//! Messi Cuccittini"). Copying each name once an event was a sixth of the fresh memory a match
//! took, and every fresh page costs microseconds on first touch. A reference is kept once and
//! shared; an event points at it, which also makes an event 144 bytes rather than 240.
//!
//! The text of a reference is kept too: StatsBomb writes a reference the same way every time,
//! so one met before is taken by comparing its text (`seen`), found by its first bytes, not by
//! reading it again.

use super::raw::Named;
use bumpalo::Bump;

/// Bits of a reference's slot: 512 slots, a few times the distinct references of a match.
const SLOT_BITS: u32 = 9;

/// An arena and the references kept in it, each found again by its id and name.
pub struct Keep<'a> {
    arena: &'a Bump,
    /// The last reference kept in each slot. A cache, not a set: a reference that lands where
    /// another is kept replaces it, and each lookup compares id and name in full, so a shared
    /// reference is always exactly the one the file gave.
    slots: Box<[Option<&'a Named<'a>>; 1 << SLOT_BITS]>,
    /// The last reference read in the usual shape whose text opens with the same bytes, with
    /// that text; a cache in the same way.
    texts: Box<[Option<Text<'a>>; 1 << SLOT_BITS]>,
}

/// A reference's text, `{"id": 30, "name": "Pass"}` with its whitespace, and what it reads as.
#[derive(Clone, Copy)]
struct Text<'a> {
    text: &'a [u8],
    named: &'a Named<'a>,
}

/// How many bytes of a reference's text find its slot: enough for the opening, the key "id"
/// and the id itself in StatsBomb's pretty-printed files.
const OPENING: usize = 24;

impl<'a> Keep<'a> {
    pub fn new(arena: &'a Bump) -> Self {
        Keep {
            arena,
            slots: Box::new([None; 1 << SLOT_BITS]),
            texts: Box::new([None; 1 << SLOT_BITS]),
        }
    }

    /// A string copied into the arena.
    pub fn str(&self, text: &str) -> &'a str {
        self.arena.alloc_str(text)
    }

    /// The reference `{"id": id, "name": name}`, shared with every earlier one just like it
    /// while it stays in its slot.
    pub fn named(&mut self, id: Option<u64>, name: Option<&str>) -> &'a Named<'a> {
        let slot = &mut self.slots[slot_of(id, name)];
        if let Some(kept) = *slot
            && kept.id == id
            && kept.name == name
        {
            return kept;
        }
        let arena = self.arena;
        let kept = &*arena.alloc(Named {
            id,
            name: name.map(|text| &*arena.alloc_str(text)),
        });
        *slot = Some(kept);
        kept
    }

    /// The reference whose text `bytes` starts with, if one was kept by `named_text` and is
    /// still in its slot, and that text's length. The same bytes read the same way, so it is
    /// exactly what reading them would give.
    #[inline]
    pub fn seen(&self, bytes: &[u8]) -> Option<(&'a Named<'a>, usize)> {
        let kept = self.texts[text_slot(bytes)?]?;
        bytes
            .starts_with(kept.text)
            .then_some((kept.named, kept.text.len()))
    }

    /// `named` for a reference read in the usual shape from `text`, kept so the next one
    /// written the same way is `seen`.
    pub fn named_text(&mut self, id: u64, name: &str, text: &[u8]) -> &'a Named<'a> {
        let named = self.named(Some(id), Some(name));
        if let Some(slot) = text_slot(text) {
            let text = &*self.arena.alloc_slice_copy(text);
            self.texts[slot] = Some(Text { text, named });
        }
        named
    }

    /// A part only some events have, moved into the arena. The parts hold nothing to drop,
    /// which the arena would never do.
    pub fn part<T>(&self, part: Option<T>) -> Option<&'a T> {
        const { assert!(!std::mem::needs_drop::<T>()) };
        part.map(|p| &*self.arena.alloc(p))
    }
}

/// A reference's slot, from its id and the length of its name: the ids of one kind of
/// reference are distinct, and a length keeps apart the few kinds that share an id.
fn slot_of(id: Option<u64>, name: Option<&str>) -> usize {
    let len = name.map_or(0, str::len) as u64;
    let mixed = id
        .unwrap_or(u64::MAX)
        .wrapping_add(len << 32)
        .wrapping_mul(0x9E37_79B9_7F4A_7C15);
    // The top bits of a multiplicative hash are its best mixed.
    (mixed >> (64 - SLOT_BITS)) as usize
}

/// The slot of a reference text opening `bytes`, from its first `OPENING` bytes; none when
/// there are fewer (a window's end, or a reference too short to be worth keeping).
#[inline(always)]
fn text_slot(bytes: &[u8]) -> Option<usize> {
    let opening: &[u8; OPENING] = bytes.first_chunk()?;
    let word = |k: usize| {
        let mut eight = [0; 8];
        eight.copy_from_slice(&opening[k * 8..k * 8 + 8]);
        u64::from_le_bytes(eight)
    };
    let mixed = (word(0) ^ word(1).rotate_left(21) ^ word(2).rotate_left(42))
        .wrapping_mul(0x9E37_79B9_7F4A_7C15);
    Some((mixed >> (64 - SLOT_BITS)) as usize)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_reference_given_again_is_shared_and_any_difference_is_kept_apart() {
        let arena = Bump::new();
        let mut keep = Keep::new(&arena);
        let messi = keep.named(Some(5503), Some("Messi"));
        let again = keep.named(Some(5503), Some("Messi"));
        assert!(std::ptr::eq(messi, again));
        let renamed = keep.named(Some(5503), Some("Lionel Messi"));
        let other_id = keep.named(Some(5504), Some("Messi"));
        let no_name = keep.named(Some(5503), None);
        let no_id = keep.named(None, Some("Messi"));
        for (n, id, name) in [
            (messi, Some(5503), Some("Messi")),
            (renamed, Some(5503), Some("Lionel Messi")),
            (other_id, Some(5504), Some("Messi")),
            (no_name, Some(5503), None),
            (no_id, None, Some("Messi")),
        ] {
            assert_eq!((n.id, n.name), (id, name));
        }
    }

    #[test]
    fn references_that_share_a_slot_are_each_read_back_as_given() {
        let arena = Bump::new();
        let mut keep = Keep::new(&arena);
        // Ten thousand references in 512 slots: many share one, and each must still come
        // back as it was given, whatever was kept in its slot before.
        for round in 0..2 {
            for id in 0..10_000u64 {
                let name = format!("player {id}");
                let n = keep.named(Some(id), Some(&name));
                assert_eq!(
                    (n.id, n.name),
                    (Some(id), Some(name.as_str())),
                    "round {round}"
                );
            }
        }
    }
}
