//! A window on an events file: the bytes read but not yet taken, refilled from the file as
//! reading goes on, with where its start is in the file's lines and columns.

use super::scan::Origin;
use super::stream::StreamError;
use std::io::Read;

/// A window on the file: `buf[..filled]` holds the file's bytes from `offset` on.
pub struct Window<R> {
    source: R,
    pub buf: Vec<u8>,
    pub filled: usize,
    /// The source has given its last byte.
    pub done: bool,
    /// Bytes of the file before `buf[0]`, and where `buf[0]` is in lines and columns.
    pub offset: usize,
    pub origin: Origin,
}

impl<R: Read> Window<R> {
    pub fn new(head: Vec<u8>, source: R, size: usize) -> Result<Self, StreamError> {
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
            w.advance(3)?;
            // Still counted in offsets, which are the file's, but no column of a line.
            w.origin.column = 0;
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

    /// The window's text, up to a character the window's end cuts in two or a byte that is not
    /// UTF-8; and that byte's offset in the file, if there is one. The text before a bad byte
    /// is still read, so a broken event before it is reported first, as in any other window.
    pub fn text(&self) -> (&str, Option<usize>) {
        let bytes = &self.buf[..self.filled];
        match std::str::from_utf8(bytes) {
            Ok(text) => (text, None),
            Err(e) => {
                let valid = e.valid_up_to();
                let text = std::str::from_utf8(&bytes[..valid]).unwrap_or_default();
                let cut_by_the_end = e.error_len().is_none() && !self.done;
                (text, (!cut_by_the_end).then_some(self.offset + valid))
            }
        }
    }

    /// Drops the bytes before `keep` and reads on; the buffer doubles when none could be
    /// dropped.
    pub fn advance(&mut self, keep: usize) -> std::io::Result<()> {
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
