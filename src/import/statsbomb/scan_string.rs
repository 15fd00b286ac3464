//! Strings for the scanner: found eight bytes at a time, borrowed when they have no escapes,
//! unescaped (surrogate pairs joined) when they do, skipped without being built.

use super::scan::{JsonProblem, Result, Scanner};
use std::borrow::Cow;

/// The offset of the first `"` or `\` in `rest`, eight bytes at a time: nearly every string
/// of a StatsBomb file is a key or a short name, too short for `memchr` to pay its set-up.
#[inline]
pub(super) fn quote_or_backslash(rest: &[u8]) -> Option<usize> {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGHS: u64 = 0x8080_8080_8080_8080;
    let mut chunks = rest.chunks_exact(8);
    let mut at = 0;
    for chunk in &mut chunks {
        let mut bytes = [0u8; 8];
        bytes.copy_from_slice(chunk);
        let word = u64::from_le_bytes(bytes);
        // A byte of `quote` (or `backslash`) is zero exactly where `word` holds that byte; the
        // lowest byte flagged is always a true one, which is all `trailing_zeros` needs.
        let quote = word ^ (ONES * u64::from(b'"'));
        let backslash = word ^ (ONES * u64::from(b'\\'));
        let flags =
            (quote.wrapping_sub(ONES) & !quote | backslash.wrapping_sub(ONES) & !backslash) & HIGHS;
        if flags != 0 {
            return Some(at + flags.trailing_zeros() as usize / 8);
        }
        at += 8;
    }
    let tail = chunks.remainder();
    tail.iter()
        .position(|&b| b == b'"' || b == b'\\')
        .map(|i| at + i)
}

impl<'a> Scanner<'a> {
    /// Skips a string without building it.
    pub(super) fn skip_string(&mut self) -> Result<()> {
        self.pos += 1;
        let bytes = self.text.as_bytes();
        loop {
            match quote_or_backslash(&bytes[self.pos..]) {
                Some(at) if bytes[self.pos + at] == b'"' => {
                    self.pos += at + 1;
                    return Ok(());
                }
                Some(at) => self.pos += at + 2,
                None => {
                    self.pos = self.text.len();
                    return Err(self.unexpected(""));
                }
            }
            if self.pos > bytes.len() {
                self.pos = bytes.len();
                return Err(self.unexpected(""));
            }
        }
    }

    /// Reads the string whose opening quote is at the current position: borrowed when it has
    /// no escapes, as nearly every StatsBomb string does.
    pub(super) fn string_at_quote(&mut self) -> Result<Cow<'a, str>> {
        self.pos += 1;
        let start = self.pos;
        let bytes = self.text.as_bytes();
        match quote_or_backslash(&bytes[start..]) {
            Some(at) if bytes[start + at] == b'"' => {
                self.pos = start + at + 1;
                Ok(Cow::Borrowed(&self.text[start..start + at]))
            }
            Some(at) => {
                self.pos = start + at;
                let mut owned = self.text[start..start + at].to_string();
                self.unescape_into(&mut owned)?;
                Ok(Cow::Owned(owned))
            }
            None => {
                self.pos = self.text.len();
                Err(self.unexpected(""))
            }
        }
    }

    /// Continues a string from an escape at the current position to its closing quote.
    fn unescape_into(&mut self, out: &mut String) -> Result<()> {
        let bytes = self.text.as_bytes();
        loop {
            match bytes.get(self.pos) {
                Some(b'"') => {
                    self.pos += 1;
                    return Ok(());
                }
                Some(b'\\') => {
                    let letter = bytes.get(self.pos + 1).copied();
                    self.pos += 2;
                    let c = match letter {
                        Some(b'"') => '"',
                        Some(b'\\') => '\\',
                        Some(b'/') => '/',
                        Some(b'b') => '\u{8}',
                        Some(b'f') => '\u{c}',
                        Some(b'n') => '\n',
                        Some(b'r') => '\r',
                        Some(b't') => '\t',
                        Some(b'u') => self.unicode_escape()?,
                        Some(_) => return Err(self.error(JsonProblem::Syntax, "invalid escape")),
                        None => {
                            self.pos = self.text.len();
                            return Err(self.unexpected(""));
                        }
                    };
                    out.push(c);
                }
                Some(_) => {
                    let rest = &bytes[self.pos..];
                    let run = quote_or_backslash(rest).unwrap_or(rest.len());
                    out.push_str(&self.text[self.pos..self.pos + run]);
                    self.pos += run;
                }
                None => return Err(self.unexpected("")),
            }
        }
    }

    /// The character of a `\\uXXXX` escape whose hex digits start at the current position,
    /// joining a surrogate pair written as two escapes.
    fn unicode_escape(&mut self) -> Result<char> {
        let first = self.hex4()?;
        let code = if (0xD800..0xDC00).contains(&first) {
            let rest = &self.text.as_bytes()[self.pos..];
            if rest.len() < 2 && b"\\u".starts_with(rest) {
                // The text ends where the second half of the pair would start.
                self.pos = self.text.len();
                return Err(self.unexpected(""));
            }
            if !rest.starts_with(b"\\u") {
                return Err(self.error(JsonProblem::Syntax, "lone leading surrogate in hex escape"));
            }
            self.pos += 2;
            let second = self.hex4()?;
            if !(0xDC00..0xE000).contains(&second) {
                return Err(self.error(JsonProblem::Syntax, "lone leading surrogate in hex escape"));
            }
            0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
        } else {
            first
        };
        char::from_u32(code)
            .ok_or_else(|| self.error(JsonProblem::Syntax, "lone trailing surrogate in hex escape"))
    }

    /// Four hex digits at the current position.
    fn hex4(&mut self) -> Result<u32> {
        let bytes = self.text.as_bytes();
        let mut value = 0;
        for k in 0..4 {
            let digit = match bytes.get(self.pos + k) {
                Some(&b) => char::from(b).to_digit(16),
                None => {
                    self.pos = self.text.len();
                    return Err(self.unexpected(""));
                }
            };
            let Some(digit) = digit else {
                self.pos += k;
                return Err(self.error(JsonProblem::Syntax, "invalid escape"));
            };
            value = value * 16 + digit;
        }
        self.pos += 4;
        Ok(value)
    }
}
