//! Where readers other than the first can start in an events file: event boundaries guessed
//! near even divisions of the file, from the bytes there, and checked later by the reader of
//! the part before.

use super::source::Source;
use super::stream::StreamError;
use super::window::Window;
use std::io::Read;

/// Below this size a second thread costs more than it saves.
const MIN_BYTES_FOR_TWO: u64 = 256 * 1024;

/// About how much of a file one part is. Parts let the two readers share the work however
/// late the second starts (half a millisecond to three on the machines measured): the second
/// takes parts from the end while the first reads from the start, until they meet. Where they
/// meet the first waits for the second to finish its last part: with parts of 512 KiB that
/// was up to a millisecond, with 256 KiB under half of one.
const PART_BYTES: u64 = 256 * 1024;

/// The most parts a file is divided into: each costs both readers a probe.
const MAX_PARTS: usize = 16;

/// How much is read at a division to find an event starting there: several events.
const PROBE: usize = 8 * 1024;

/// A generous guess at the events in `bytes` of a file: a real match averages 850 bytes an
/// event, and pretty-printing only adds to that.
pub fn expected_events(bytes: u64) -> usize {
    usize::try_from(bytes / 500).unwrap_or(0) + 16
}

/// How a file is divided into parts, and how an event is told at a division: by the first
/// event's first two keys.
#[derive(Debug)]
pub struct Plan {
    pub len: u64,
    pub parts: usize,
    keys: [Vec<u8>; 2],
}

impl Plan {
    /// `None` for a small file, or when the first event cannot be found in `start`.
    pub fn new(len: u64, start: &Window<impl Read>) -> Option<Plan> {
        if len < MIN_BYTES_FOR_TWO {
            return None;
        }
        let head = &start.buf[..start.filled];
        let open = head.iter().position(|&b| b == b'{')?;
        let [a, b] = first_keys(&head[open..])?;
        Some(Plan {
            len,
            parts: usize::try_from(len / PART_BYTES)
                .unwrap_or(2)
                .clamp(2, MAX_PARTS),
            keys: [a.to_vec(), b.to_vec()],
        })
    }

    /// Where part `k` (1 to `parts - 1`) starts, with the bytes from there that were read to
    /// find it: the first `{` after the division that follows `}` and `,` (whitespace between)
    /// and opens with the first event's first two keys. `None` when none is near the division.
    pub fn start(
        &self,
        source: Source<'_>,
        k: usize,
    ) -> Result<Option<(u64, Vec<u8>)>, StreamError> {
        let division = self.len / self.parts as u64 * k as u64;
        let mut probe = Vec::with_capacity(PROBE);
        source
            .at(division)
            .take(PROBE as u64)
            .read_to_end(&mut probe)?;
        let keys = [self.keys[0].as_slice(), self.keys[1].as_slice()];
        let found = (1..probe.len()).filter(|&i| probe[i] == b'{').find(|&i| {
            let before = probe[..i].trim_ascii_end();
            before
                .strip_suffix(b",")
                .is_some_and(|b| b.trim_ascii_end().ends_with(b"}"))
                && first_keys(&probe[i..]) == Some(keys)
        });
        Ok(found.map(|i| {
            probe.drain(..i);
            (division + i as u64, probe)
        }))
    }
}

/// The first two keys of the object that opens at `object[0]`, quotes included (`"id"`,
/// `"index"`): an event is told from a nested object that opens with the same first key by both.
fn first_keys(object: &[u8]) -> Option<[&[u8]; 2]> {
    let rest = object.strip_prefix(b"{")?.trim_ascii_start();
    let (first, rest) = string(rest)?;
    let value = rest
        .trim_ascii_start()
        .strip_prefix(b":")?
        .trim_ascii_start();
    // The first value: a string, or a number or word up to the comma.
    let rest = match value.first() {
        Some(b'"') => string(value)?.1,
        _ => {
            &value[value
                .iter()
                .position(|&b| b == b',' || b.is_ascii_whitespace())?..]
        }
    };
    let rest = rest
        .trim_ascii_start()
        .strip_prefix(b",")?
        .trim_ascii_start();
    Some([first, string(rest)?.0])
}

/// The JSON string at the start of `bytes`, quotes included, and what follows it.
fn string(bytes: &[u8]) -> Option<(&[u8], &[u8])> {
    if bytes.first() != Some(&b'"') {
        return None;
    }
    let mut i = 1;
    loop {
        match bytes.get(i)? {
            b'"' => return Some(bytes.split_at(i + 1)),
            b'\\' => i += 2,
            _ => i += 1,
        }
    }
}
