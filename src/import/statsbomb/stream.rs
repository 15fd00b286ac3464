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
    /// Invalid UTF-8 at this byte offset (a byte-order mark not counted).
    NotUtf8(usize),
    Json(JsonError),
}

impl From<std::io::Error> for StreamError {
    fn from(e: std::io::Error) -> Self {
        StreamError::Io(e)
    }
}

/// Reads every event from `head` (bytes already read from the start of the file, perhaps
/// none) followed by `source` into `out`, strings copied into `arena`, with a window of
/// `window` bytes at first. On an error `out` holds the events read whole before it.
pub fn read<'a>(
    head: Vec<u8>,
    source: impl Read,
    window: usize,
    arena: &'a Bump,
    out: &mut Vec<Event<'a>>,
) -> Result<(), StreamError> {
    let mut w = Window::new(head, source, window)?;
    let mut step = Step::Open;
    loop {
        let last = w.done;
        let text = w.text()?;
        match scan(text, w.origin, &mut step, last, arena, out)? {
            Some(keep) => w.advance(keep)?,
            None => return Ok(()),
        }
    }
}

/// What comes next in the file.
#[derive(Debug, Clone, Copy)]
enum Step {
    /// The array's `[`.
    Open,
    /// The first event, straight after the `[`.
    First,
    /// A `,` and the next event, or the `]`.
    Next,
    /// Nothing but whitespace to the end.
    Tail,
}

/// Reads what the window holds. `Some(keep)`: the window ran out, and reading goes on from
/// `keep` once it is refilled; `None`: the file is read. `last`: the window reaches the file's
/// end, so running out of text is the file's error, not the window's.
fn scan<'a>(
    text: &str,
    origin: Origin,
    step: &mut Step,
    last: bool,
    arena: &'a Bump,
    out: &mut Vec<Event<'a>>,
) -> Result<Option<usize>, StreamError> {
    let in_array = matches!(step, Step::First | Step::Next);
    let mut s = Scanner::within(text, origin, in_array, !last);
    loop {
        // Whitespace is dropped before a step starts, so a refill keeps only the step's text.
        let next = s.peek();
        let start = s.position();
        let result = match (*step, next) {
            (Step::Open | Step::Tail, None) if last => {
                return match step {
                    Step::Open => Err(StreamError::NotArray),
                    _ => Ok(None),
                };
            }
            (Step::Open | Step::Tail, None) => return Ok(Some(start)),
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
            Err(e) if e.problem == JsonProblem::Eof && !last => return Ok(Some(start)),
            Err(e) => return Err(StreamError::Json(e)),
        }
    }
}

/// A window on the file: `buf[..filled]` holds the file's bytes from `offset` on.
struct Window<R> {
    source: R,
    buf: Vec<u8>,
    filled: usize,
    /// The source has given its last byte.
    done: bool,
    /// Bytes of the file before `buf[0]`, and where `buf[0]` is in lines and columns.
    offset: usize,
    origin: Origin,
}

impl<R: Read> Window<R> {
    fn new(head: Vec<u8>, source: R, size: usize) -> Result<Self, StreamError> {
        let filled = head.len();
        let mut w = Window {
            source,
            buf: head,
            filled,
            done: false,
            offset: 0,
            origin: Origin::default(),
        };
        w.buf.resize(size.max(filled).max(4), 0);
        w.top_up()?;
        if w.buf[..w.filled].starts_with(b"\xEF\xBB\xBF") {
            w.buf.copy_within(3..w.filled, 0);
            w.filled -= 3;
        }
        Ok(w)
    }

    /// Reads until the buffer is full or the source ends.
    fn top_up(&mut self) -> std::io::Result<()> {
        while self.filled < self.buf.len() && !self.done {
            match self.source.read(&mut self.buf[self.filled..]) {
                Ok(0) => self.done = true,
                Ok(n) => self.filled += n,
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
                Err(e) => return Err(e),
            }
        }
        Ok(())
    }

    /// The window's text: up to a character the window's end cuts in two, if one does.
    fn text(&self) -> Result<&str, StreamError> {
        let bytes = &self.buf[..self.filled];
        match std::str::from_utf8(bytes) {
            Ok(text) => Ok(text),
            Err(e) if e.error_len().is_none() && !self.done => {
                std::str::from_utf8(&bytes[..e.valid_up_to()])
                    .map_err(|_| StreamError::NotUtf8(self.offset + e.valid_up_to()))
            }
            Err(e) => Err(StreamError::NotUtf8(self.offset + e.valid_up_to())),
        }
    }

    /// Drops the bytes before `keep` and reads on; the buffer doubles when none could be
    /// dropped.
    fn advance(&mut self, keep: usize) -> std::io::Result<()> {
        let dropped = &self.buf[..keep];
        match dropped.iter().rposition(|&b| b == b'\n') {
            Some(newline) => {
                self.origin.lines += newlines(dropped);
                self.origin.column = keep - newline - 1;
            }
            None => self.origin.column += keep,
        }
        self.offset += keep;
        self.buf.copy_within(keep..self.filled, 0);
        self.filled -= keep;
        if self.filled == self.buf.len() {
            self.buf.resize(self.buf.len() * 2, 0);
        }
        self.top_up()
    }
}

/// The newlines in `bytes`, 64 bytes at a time: every byte of the file passes through here
/// once, and a byte-wise count was a tenth of the whole read.
fn newlines(bytes: &[u8]) -> usize {
    let mut blocks = bytes.chunks_exact(64);
    let mut count = 0;
    for block in &mut blocks {
        // At most 64 in a block, so a byte holds the sum and the compiler keeps it in vectors.
        count += usize::from(block.iter().map(|&b| u8::from(b == b'\n')).sum::<u8>());
    }
    count + blocks.remainder().iter().filter(|&&b| b == b'\n').count()
}
