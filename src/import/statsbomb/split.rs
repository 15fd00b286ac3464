//! Where a second reader can start in an events file: an event boundary found near the
//! middle, guessed from the bytes there and checked later by the first reader.

use super::source::{At, Source};
use super::stream::StreamError;
use super::window::Window;
use std::io::Read;

/// Below this size a second thread costs more than it saves.
const MIN_BYTES_FOR_TWO: u64 = 256 * 1024;

/// How much is read at the middle of a file to find an event starting there.
const PROBE: usize = 16 * 1024;

/// A generous guess at the events in `bytes` of a file: a real match averages 850 bytes an
/// event, and pretty-printing only adds to that.
pub fn expected_events(bytes: u64) -> usize {
    usize::try_from(bytes / 500).unwrap_or(0) + 16
}

/// Where a second reader could start, with the bytes from there that were read to find it: the
/// first `{` after the middle that follows `}` and `,` (whitespace between) and opens with the
/// first event's first two keys. `None` for a small file, or when no such place is near the
/// middle.
pub fn second_start(
    source: Source<'_>,
    len: u64,
    start: &Window<At<'_>>,
) -> Result<Option<(u64, Vec<u8>)>, StreamError> {
    if len < MIN_BYTES_FOR_TWO {
        return Ok(None);
    }
    let head = &start.buf[..start.filled];
    let Some(keys) = head
        .iter()
        .position(|&b| b == b'{')
        .and_then(|open| first_keys(&head[open..]))
    else {
        return Ok(None);
    };
    let middle = len / 2;
    let mut probe = Vec::with_capacity(PROBE);
    source
        .at(middle)
        .take(PROBE as u64)
        .read_to_end(&mut probe)?;
    let found = (1..probe.len()).filter(|&i| probe[i] == b'{').find(|&i| {
        let before = probe[..i].trim_ascii_end();
        before
            .strip_suffix(b",")
            .is_some_and(|b| b.trim_ascii_end().ends_with(b"}"))
            && first_keys(&probe[i..]) == Some(keys)
    });
    Ok(found.map(|i| {
        probe.drain(..i);
        (middle + i as u64, probe)
    }))
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
