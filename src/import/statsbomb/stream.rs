//! Reading the events array through a window on the file, so a 4 MB match never sits in
//! memory whole.
//!
//! Why: on the machines touchline was measured on, the first touch of each page of fresh
//! memory costs microseconds, and reading a 3.7 MB events file into a buffer of its own was a
//! third of `touchline summary`. A 64 KiB window is refilled instead, and the strings an event
//! keeps are copied into an arena as it is read. An event the window's end cuts short is read
//! again from its start once the window is refilled (the window doubles when one event does
//! not fit), so the events and any error are exactly those of reading the whole text at once.

use super::keep::Keep;
use super::raw::Event;
use super::scan::{JsonError, JsonProblem, Origin, Scanner};
use super::scan_events::event;
use super::source::Source;
use super::split::{Plan, expected_events};
use super::window::{Window, origin};
use bumpalo::Bump;
use std::io::Read;
use std::sync::{Mutex, PoisonError};

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

/// Reads every event of `source` into `out` and then `rest`, the strings they keep copied into
/// the arenas: `out` holds the first reader's events, `rest` the parts the second read, in file
/// order. `head` holds the file's first bytes when they are already read (perhaps none);
/// `window` is the window's first size. On an error `out` holds the events read whole before
/// it and `rest` is empty.
///
/// A file of some size is divided into parts (`Plan`) read by two threads at once: this one
/// reads from the start, part after part, while a second takes parts from the end, each from
/// an event boundary guessed near its division, until the two meet. The guesses are checked,
/// not trusted: the second thread's parts are taken only if each ended exactly where the next
/// starts and this reader arrives exactly where the first of them starts. Otherwise (a guess
/// inside a nested value, a broken file, no second thread to be had) this reader carries on
/// alone, so the events and any error are exactly those of a reading from the start.
pub fn read<'a>(
    head: Vec<u8>,
    source: Source<'_>,
    window: usize,
    arenas: &'a mut [Bump; 2],
    out: &mut Vec<Event<'a>>,
    rest: &mut Vec<Vec<Event<'a>>>,
) -> Result<Readers, StreamError> {
    let one = |result: Result<(), StreamError>| result.map(|()| Readers::One);
    let [arena, second_arena] = arenas;
    let mut keep = Keep::new(arena);
    let skip = head.len() as u64;
    let mut first = Reader::new(
        Window::new(head, source.at(skip), window)?,
        Step::Open,
        Some(source),
    );
    let len = source.len().unwrap_or(0);
    // Room for every event at once: growing the vector would copy it, and room not used is
    // never touched, so costs nothing.
    out.reserve(expected_events(len));
    let Some(plan) = Plan::new(len, &first.window) else {
        return one(first.read_on(&mut keep, out));
    };
    let claims = Mutex::new(Claims {
        front: 1,
        back: plan.parts,
    });
    std::thread::scope(|scope| {
        let (plan, claims) = (&plan, &claims);
        let second = std::thread::Builder::new().spawn_scoped(scope, move || {
            second_reader(plan, source, window, claims, second_arena)
        });
        // A system that refuses a second thread gets the same reading on one.
        let Ok(second) = second else {
            return one(first.read_on(&mut keep, out));
        };
        let mut next = 1;
        let met = loop {
            if next == plan.parts {
                break false;
            }
            let start = plan.start(source, next)?.map(|(at, _)| at);
            if let Some(at) = start {
                first.stop = Some(at);
                first.read_on(&mut keep, out)?;
                if first.stop.is_some() {
                    // The file ended before that part: it has been read whole.
                    return Ok(Readers::One);
                }
            }
            let mut taken = claims.lock().unwrap_or_else(PoisonError::into_inner);
            if next >= taken.back {
                break start.is_some();
            }
            taken.front = next + 1;
            next += 1;
        };
        if met
            && let Ok(Some(parts)) = second.join()
            && parts
                .last()
                .is_some_and(|p| p.0 == first.window.offset as u64)
        {
            // Taken from the end, so the last taken is the first in the file.
            rest.extend(parts.into_iter().rev().map(|(_, events)| events));
            return Ok(Readers::Two);
        }
        first.stop = None;
        one(first.read_on(&mut keep, out))
    })
}

/// Which parts each reader has taken: the first reader those below `front`, the second those
/// from `back` on.
#[derive(Debug)]
struct Claims {
    front: usize,
    back: usize,
}

/// The second reader: parts from the end, each from its guessed start to where the one after it
/// starts, until it meets the first reader. Each part with its start, last part first; `None`
/// when one could not be read or did not end exactly where the next starts.
fn second_reader<'a>(
    plan: &Plan,
    source: Source<'_>,
    window: usize,
    claims: &Mutex<Claims>,
    arena: &'a Bump,
) -> Option<Vec<(u64, Vec<Event<'a>>)>> {
    let mut keep = Keep::new(arena);
    let mut parts = Vec::new();
    // Where the part read last starts: the next one down must end exactly there.
    let mut end: Option<u64> = None;
    for k in (1..plan.parts).rev() {
        let Ok(Some((start, probe))) = plan.start(source, k) else {
            break;
        };
        {
            let mut taken = claims.lock().unwrap_or_else(PoisonError::into_inner);
            if k < taken.front {
                break;
            }
            taken.back = k;
        }
        let resume = start + probe.len() as u64;
        let mut reader = Reader::new(
            Window::new(probe, source.at(resume), window).ok()?,
            Step::First,
            None,
        );
        // The reader's offsets count from `start`.
        reader.stop = end.map(|e| e - start);
        let mut events = Vec::with_capacity(expected_events(end.unwrap_or(plan.len) - start));
        reader.read_on(&mut keep, &mut events).ok()?;
        if let Some(e) = end
            && (reader.stop.is_some() || start + reader.window.offset as u64 != e)
        {
            return None;
        }
        parts.push((start, events));
        end = Some(start);
    }
    Some(parts)
}

/// A window and where reading stands in it.
struct Reader<'s, R> {
    window: Window<R>,
    step: Step,
    /// The file offset of an event where this reader is to stop, having read those before it.
    stop: Option<u64>,
    /// The file, when the window's offsets count from its start: an error is then placed by
    /// line and column. A second reader's errors are not: they only send the first reader on.
    file: Option<Source<'s>>,
}

impl<'s, R: Read> Reader<'s, R> {
    fn new(window: Window<R>, step: Step, file: Option<Source<'s>>) -> Self {
        Reader {
            window,
            step,
            stop: None,
            file,
        }
    }

    /// Reads on to the end of the file, or to the event at `stop`: then `stop` is taken, and
    /// the window starts at that event.
    fn read_on<'a>(
        &mut self,
        keep: &mut Keep<'a>,
        out: &mut Vec<Event<'a>>,
    ) -> Result<(), StreamError> {
        loop {
            let w = &self.window;
            let (text, bad) = w.text();
            // Text that ends at a bad byte is not the file's end.
            let last = w.done && bad.is_none();
            let stop = self
                .stop
                .and_then(|s| usize::try_from(s).ok())
                .map(|s| s.saturating_sub(w.offset));
            let (step, read) = (self.step, out.len());
            let scanned = match scan(
                text,
                Origin::default(),
                &mut self.step,
                last,
                stop,
                keep,
                out,
            ) {
                Err(StreamError::Json(_)) if let Some(file) = self.file => {
                    // Read again from where this window started, now knowing where that is in
                    // the file's lines: the same error, placed. Lines are counted only here.
                    self.step = step;
                    out.truncate(read);
                    let origin = origin(file, w.offset)?;
                    scan(text, origin, &mut self.step, last, stop, keep, out)
                }
                scanned => scanned,
            };
            match scanned? {
                // Reading ran out where the text ends: at the bad byte, if there is one.
                Scanned::Window(_) if let Some(at) = bad => return Err(StreamError::NotUtf8(at)),
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
    keep: &mut Keep<'a>,
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
            (Step::First, _) => event(&mut s, keep).map(|e| {
                out.push(e);
                Step::Next
            }),
            (Step::Next, _) => match s.array_next() {
                Ok(true) if stop.is_some_and(|at| s.peek().is_some() && s.position() >= at) => {
                    *step = Step::First;
                    return Ok(Scanned::Stop(s.position()));
                }
                Ok(true) => event(&mut s, keep).map(|e| {
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
