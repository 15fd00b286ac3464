//! Reading the events array through a window on the file, so a 4 MB match never sits in
//! memory whole.
//!
//! Why: on the machines touchline was measured on, the first touch of each page of fresh
//! memory costs microseconds, and reading a 3.7 MB events file into a buffer of its own was a
//! third of `touchline summary`. A 64 KiB window is refilled instead, and the strings an event
//! keeps are copied into an arena as it is read. An event the window's end cuts short is read
//! again from its start once the window is refilled (the window doubles when one event does
//! not fit), so the events and any error are exactly those of reading the whole text at once.

use super::raw::Event;
use super::scan::{JsonError, JsonProblem, Origin, Scanner};
use super::scan_events::event;
use super::source::Source;
use super::split::{expected_events, second_start};
use super::window::Window;
use bumpalo::Bump;
use std::io::Read;

/// The window's first size: a real match's events are 1–4 KB each.
pub const WINDOW: usize = 64 * 1024;

/// Why the events array could not be read.
#[derive(Debug)]
pub enum StreamError {
    Io(std::io::Error),
    /// The text does not start with `[`.
    NotArray,
    /// Invalid UTF-8 at this byte offset of the file.
    NotUtf8(usize),
    Json(JsonError),
}

impl From<std::io::Error> for StreamError {
    fn from(e: std::io::Error) -> Self {
        StreamError::Io(e)
    }
}

/// How many readers read a file: tests check that the second half is really taken.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Readers {
    One,
    Two,
}

/// Reads every event of `source` into `out`, the strings they keep copied into the arenas.
/// `head` holds the file's first bytes when they are already read (perhaps none); `window` is
/// the window's first size. On an error `out` holds the events read whole before it.
///
/// A file of some size is read in two halves at once: a second thread reads from an event
/// boundary guessed near the middle to the end, while this one reads from the start. The guess
/// is checked, not trusted: the second half is taken only if the first arrives exactly there,
/// between two of its own events, and the second read to the file's end. Otherwise (a guess
/// inside a nested value, a broken file, no second thread to be had) the first carries on
/// alone, so the events and any error are exactly those of a reading from the start.
pub fn read<'a>(
    head: Vec<u8>,
    source: Source<'_>,
    window: usize,
    arenas: &'a mut [Bump; 2],
    out: &mut Vec<Event<'a>>,
) -> Result<Readers, StreamError> {
    let one = |result: Result<(), StreamError>| result.map(|()| Readers::One);
    let [arena, second_arena] = arenas;
    let arena: &'a Bump = arena;
    let skip = head.len() as u64;
    let mut first = Reader::new(Window::new(head, source.at(skip), window)?, Step::Open);
    let len = source.len().unwrap_or(0);
    // Room for every event at once: growing the vector would copy it, and room not used is
    // never touched, so costs nothing.
    out.reserve(expected_events(len));
    let Some((split, probe)) = second_start(source, len, &first.window)? else {
        return one(first.read_on(arena, out));
    };
    std::thread::scope(|scope| {
        let second = std::thread::Builder::new().spawn_scoped(scope, move || {
            let arena: &'a Bump = second_arena;
            let resume = split + probe.len() as u64;
            let window = Window::new(probe, source.at(resume), window).ok()?;
            let mut reader = Reader::new(window, Step::First);
            let mut events = Vec::with_capacity(expected_events(len - split));
            reader.read_on(arena, &mut events).ok()?;
            Some(events)
        });
        // A system that refuses a second thread gets the same reading on one.
        let Ok(second) = second else {
            return one(first.read_on(arena, out));
        };
        first.stop = Some(split);
        first.read_on(arena, out)?;
        if first.stop.is_some() {
            // Nothing stopped the first reader before the end, so it has read the whole file.
            return Ok(Readers::One);
        }
        match second.join() {
            Ok(Some(events)) if first.window.offset as u64 == split => {
                out.extend(events);
                Ok(Readers::Two)
            }
            _ => one(first.read_on(arena, out)),
        }
    })
}

/// A window and where reading stands in it.
struct Reader<R> {
    window: Window<R>,
    step: Step,
    /// The file offset of an event where this reader is to stop, having read those before it.
    stop: Option<u64>,
}

impl<R: Read> Reader<R> {
    fn new(window: Window<R>, step: Step) -> Self {
        Reader {
            window,
            step,
            stop: None,
        }
    }

    /// Reads on to the end of the file, or to the event at `stop`: then `stop` is taken, and
    /// the window starts at that event.
    fn read_on<'a>(
        &mut self,
        arena: &'a Bump,
        out: &mut Vec<Event<'a>>,
    ) -> Result<(), StreamError> {
        loop {
            let w = &self.window;
            let last = w.done;
            let text = w.text()?;
            let origin = w.origin;
            let stop = self
                .stop
                .and_then(|s| usize::try_from(s).ok())
                .map(|s| s.saturating_sub(w.offset));
            match scan(text, origin, &mut self.step, last, stop, arena, out)? {
                Scanned::Window(keep) => self.window.advance(keep)?,
                Scanned::Stop(at) => {
                    self.window.advance(at)?;
                    self.stop = None;
                    return Ok(());
                }
                Scanned::End => return Ok(()),
            }
        }
    }
}

/// What comes next in the file.
#[derive(Debug, Clone, Copy)]
enum Step {
    /// The array's `[`.
    Open,
    /// An event with no `,` before it: the first, or one a second reader starts at.
    First,
    /// A `,` and the next event, or the `]`.
    Next,
    /// Nothing but whitespace to the end.
    Tail,
}

/// How far a window was read.
#[derive(Debug)]
enum Scanned {
    /// It ran out: reading goes on from this offset in it once it is refilled.
    Window(usize),
    /// The event at this offset in it is where the reader was to stop.
    Stop(usize),
    /// The file is read.
    End,
}

/// Reads what the window holds. `last`: the window reaches the file's end, so running out of
/// text is the file's error, not the window's. `stop`: the offset in the window of an event
/// to stop before, if it is in the window.
fn scan<'a>(
    text: &str,
    origin: Origin,
    step: &mut Step,
    last: bool,
    stop: Option<usize>,
    arena: &'a Bump,
    out: &mut Vec<Event<'a>>,
) -> Result<Scanned, StreamError> {
    let in_array = matches!(step, Step::First | Step::Next);
    let mut s = Scanner::within(text, origin, in_array, !last);
    loop {
        // Whitespace is dropped before a step starts, so a refill keeps only the step's text.
        let next = s.peek();
        let start = s.position();
        let result = match (*step, next) {
            (Step::Open, None) if last => return Err(StreamError::NotArray),
            (Step::Tail, None) if last => return Ok(Scanned::End),
            (Step::Open | Step::Tail, None) => return Ok(Scanned::Window(start)),
            (Step::Open, Some(b'[')) => s
                .begin_array()
                .map(|more| if more { Step::First } else { Step::Tail }),
            (Step::Open, Some(_)) => return Err(StreamError::NotArray),
            (Step::Tail, Some(_)) => s.end().map(|()| Step::Tail),
            (Step::First, _) => event(&mut s, arena).map(|e| {
                out.push(e);
                Step::Next
            }),
            (Step::Next, _) => match s.array_next() {
                Ok(true) if stop.is_some_and(|at| s.peek().is_some() && s.position() >= at) => {
                    *step = Step::First;
                    return Ok(Scanned::Stop(s.position()));
                }
                Ok(true) => event(&mut s, arena).map(|e| {
                    out.push(e);
                    Step::Next
                }),
                Ok(false) => Ok(Step::Tail),
                Err(e) => Err(e),
            },
        };
        match result {
            Ok(then) => *step = then,
            Err(e) if e.problem == JsonProblem::Eof && !last => return Ok(Scanned::Window(start)),
            Err(e) => return Err(StreamError::Json(e)),
        }
    }
}
