//! Reading the events array in two halves at once, on two threads.
//!
//! The second half starts at a guessed event boundary near the middle: a `{` that follows
//! `}` and `,` and opens with the same key as the first event. The guess is checked, not
//! trusted: the first half must arrive exactly there between two of its own events, and the
//! second half must read to the array's end. Otherwise (a guess inside a nested array, a
//! broken file) the second half's work is dropped and the first carries on alone, so the
//! result and any error are exactly those of a plain reading from the start.

use super::raw::Event;
use super::scan::{Result, Scanner};
use super::scan_events::event;

/// Below this size a second thread costs more than it saves.
const MIN_BYTES_FOR_TWO: usize = 256 * 1024;

/// Reads every event of `text` (a whole events file) into `out`. On an error `out` holds the
/// events read whole before it.
pub fn read<'a>(text: &'a str, out: &mut Vec<Event<'a>>) -> Result<()> {
    let mut first = Scanner::new(text);
    if !first.begin_array()? {
        return first.end();
    }
    let split = (text.len() >= MIN_BYTES_FOR_TWO)
        .then(|| guess_split(text))
        .flatten();
    let Some(split) = split else {
        return rest(&mut first, out);
    };
    std::thread::scope(|scope| {
        let second = std::thread::Builder::new().spawn_scoped(scope, move || {
            let mut scan = Scanner::inside_array_at(text, split);
            let mut events = Vec::with_capacity((text.len() - split) / 700 + 16);
            rest(&mut scan, &mut events).map(|()| events)
        });
        // A system that refuses a second thread gets the same reading on one.
        let Ok(second) = second else {
            return rest(&mut first, out);
        };
        loop {
            out.push(event(&mut first)?);
            if !first.array_next()? {
                return first.end();
            }
            if first.position() >= split {
                break;
            }
        }
        match second.join() {
            Ok(Ok(events)) if first.position() == split => {
                out.extend(events);
                Ok(())
            }
            _ => rest(&mut first, out),
        }
    })
}

/// The events from the scanner's position, inside the array, to the end of the text.
fn rest<'a>(scan: &mut Scanner<'a>, out: &mut Vec<Event<'a>>) -> Result<()> {
    loop {
        out.push(event(scan)?);
        if !scan.array_next()? {
            return scan.end();
        }
    }
}

/// Where a second reader could start: the first `{` after the middle of the text that comes
/// after `}` and `,` (whitespace between) and opens with the first event's first key.
fn guess_split(text: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    let first_key = first_key(bytes)?;
    let mut from = bytes.len() / 2;
    while let Some(offset) = bytes.get(from..)?.iter().position(|&b| b == b'{') {
        let open = from + offset;
        from = open + 1;
        let before = bytes[..open].trim_ascii_end();
        let Some(before_comma) = before.strip_suffix(b",") else {
            continue;
        };
        if before_comma.trim_ascii_end().ends_with(b"}")
            && bytes[open + 1..].trim_ascii_start().starts_with(first_key)
        {
            return Some(open);
        }
    }
    None
}

/// The first key of the first object, quotes included (`"id"`).
fn first_key(bytes: &[u8]) -> Option<&[u8]> {
    let open = bytes.iter().position(|&b| b == b'{')?;
    let key = bytes[open + 1..].trim_ascii_start();
    let close = key.iter().skip(1).position(|&b| b == b'"' || b == b'\\')? + 1;
    (key.first() == Some(&b'"') && key[close] == b'"').then(|| &key[..=close])
}
