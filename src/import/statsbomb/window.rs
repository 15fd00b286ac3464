//! A window on an events file: the bytes read but not yet taken, refilled from the file as
//! reading goes on, with where its start is in the file.

use super::scan::Origin;
use super::source::Source;
use super::stream::StreamError;
use std::io::Read;

/// A window on the file: `buf[..filled]` holds the file's bytes from `offset` on.
pub struct Window<R> {
    source: R,
    pub buf: Vec<u8>,
    pub filled: usize,
    /// The source has given its last byte.
    pub done: bool,
    /// Bytes of the file before `buf[0]`.
    pub offset: usize,
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
        };
        w.buf.resize(size.max(filled).max(4), 0);
        w.top_up()?;
        if w.buf[..w.filled].starts_with(BOM) {
            w.advance(BOM.len())?;
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
        // Checked with SIMD first: every byte of the file passes here, and the standard
        // library's check was a fifteenth of reading a match. Only a window that fails (a
        // character cut by its end, a bad byte) is checked again to say where.
        if let Ok(text) = simdutf8::basic::from_utf8(bytes) {
            return (text, None);
        }
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
        self.offset += keep;
        self.buf.copy_within(keep..self.filled, 0);
        self.filled -= keep;
        if self.filled == self.buf.len() {
            self.buf.resize(self.buf.len() * 2, 0);
        }
        self.top_up()
    }
}

/// The byte order mark a file may start with: counted in offsets, which are the file's, but
/// in no column of a line.
const BOM: &[u8] = b"\xEF\xBB\xBF";

/// Where the byte at `offset` of the file is, in lines and columns: counted from the file's
/// start again, and only to place an error. Counting as the window moved was a twentieth of
/// reading a match, for an answer only a broken file needs. A file that cannot be read again
/// here gives its I/O error rather than the JSON one.
pub fn origin(file: Source<'_>, offset: usize) -> std::io::Result<Origin> {
    let mut start = Vec::with_capacity(BOM.len());
    file.at(0).take(BOM.len() as u64).read_to_end(&mut start)?;
    let bom = start == BOM;
    let mut before = file.at(0).take(offset as u64);
    let mut chunk = vec![0; 64 * 1024];
    let (mut origin, mut read) = (Origin::default(), 0);
    loop {
        let n = match before.read(&mut chunk) {
            Ok(0) => return Ok(origin),
            Ok(n) => n,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        let bytes = &chunk[..n];
        read += n;
        match bytes.iter().rposition(|&b| b == b'\n') {
            Some(newline) => {
                origin.lines += newlines(bytes);
                origin.column = n - newline - 1;
            }
            None if origin.lines == 0 && bom => origin.column = read - BOM.len(),
            None => origin.column += n,
        }
    }
}

/// The newlines in `bytes`, 64 bytes at a time.
fn newlines(bytes: &[u8]) -> usize {
    let mut blocks = bytes.chunks_exact(64);
    let mut count = 0;
    for block in &mut blocks {
        // At most 64 in a block, so a byte holds the sum and the compiler keeps it in vectors.
        count += usize::from(block.iter().map(|&b| u8::from(b == b'\n')).sum::<u8>());
    }
    count + blocks.remainder().iter().filter(|&&b| b == b'\n').count()
}
