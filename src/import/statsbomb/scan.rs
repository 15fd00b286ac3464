//! A pull scanner over JSON text: the caller takes the values it wants as they pass and skips
//! the rest, which is checked but never built.
//!
//! Why not serde_json for the events file: its typed parse still parses every ignored value
//! (numbers into floats, strings escape by escape) and peeks at whitespace one byte at a time;
//! on a pretty-printed 3.7 MB match that was three quarters of `touchline summary`. Here a
//! string is borrowed when it has no escapes (`scan_string`), and a skipped value is walked for
//! its structure only. Two leniencies, both harmless to a reader: a raw control character
//! inside a string is taken as it is (the viewer strips them before display), and the letter
//! after a backslash in a skipped string is not checked.

pub use super::json_error::{JsonError, JsonProblem};
use super::scan_usual::plain_number;
use std::borrow::Cow;

/// Deeper than any StatsBomb file nests; the bound keeps hostile input off the stack's end.
pub(super) const MAX_DEPTH: u32 = 128;

pub type Result<T> = std::result::Result<T, JsonError>;

/// Where a scanner's text starts in its file, when the text is a window on a longer file:
/// errors are placed by line and column of the whole file.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Origin {
    /// Newlines in the file before the text.
    pub lines: usize,
    /// Bytes between the last of those newlines (or the file's start) and the text.
    pub column: usize,
}

/// The scanner: a position in borrowed text and the nesting depth.
#[derive(Debug)]
pub struct Scanner<'a> {
    pub(super) text: &'a str,
    pub(super) pos: usize,
    pub(super) depth: u32,
    origin: Origin,
    /// The text is a window and more of the file follows it: running out is no error to place.
    more: bool,
}

impl<'a> Scanner<'a> {
    #[cfg(test)]
    pub fn new(text: &'a str) -> Self {
        Self::within(text, Origin::default(), false, false)
    }

    /// A scanner over a window on a file that starts at `origin`, inside the events array when
    /// `in_array`; `more` when the file goes on after the window.
    pub fn within(text: &'a str, origin: Origin, in_array: bool, more: bool) -> Self {
        Scanner {
            text,
            pos: 0,
            depth: u32::from(in_array),
            origin,
            more,
        }
    }

    /// An error at the current position; line and column are counted only now, on failure.
    pub fn error(&self, problem: JsonProblem, what: &str) -> JsonError {
        let before = &self.text.as_bytes()[..self.pos.min(self.text.len())];
        let line = self.origin.lines + before.iter().filter(|&&b| b == b'\n').count() + 1;
        // Counted from 1, as serde_json counts for the line-ups and matches files.
        let column = match before.iter().rposition(|&b| b == b'\n') {
            Some(newline) => before.len() - newline,
            None => self.origin.column + before.len() + 1,
        };
        JsonError {
            problem,
            message: format!("{what} at line {line} column {column}"),
        }
    }

    /// A syntax error, or the end of the text where something was still expected.
    pub(super) fn unexpected(&self, what: &str) -> JsonError {
        if self.pos >= self.text.len() && self.more {
            // The window will be refilled and this read again: not worth placing.
            JsonError {
                problem: JsonProblem::Eof,
                message: String::new(),
            }
        } else if self.pos >= self.text.len() {
            self.error(JsonProblem::Eof, "EOF while parsing a value")
        } else {
            self.error(JsonProblem::Syntax, what)
        }
    }

    /// The next byte that is not whitespace, without taking it.
    #[inline]
    pub fn peek(&mut self) -> Option<u8> {
        let bytes = self.text.as_bytes();
        let mut i = self.pos;
        // One space before the next byte is the commonest whitespace (either side of a colon).
        if bytes.get(i) == Some(&b' ')
            && let Some(&b) = bytes.get(i + 1).filter(|&&b| b > b' ')
        {
            self.pos = i + 1;
            return Some(b);
        }
        while let Some(&b) = bytes.get(i) {
            // Every JSON byte outside whitespace is above a space: one compare decides most.
            if b > b' ' || !matches!(b, b' ' | b'\n' | b'\r' | b'\t') {
                self.pos = i;
                return Some(b);
            }
            i += 1;
        }
        self.pos = i;
        None
    }

    /// Where a value of one type was wanted: another JSON value there is data of the wrong
    /// type, anything else is not JSON.
    fn wrong_value(&self, what: &str) -> JsonError {
        match self.text.as_bytes().get(self.pos) {
            Some(b'"' | b'{' | b'[' | b't' | b'f' | b'n' | b'-' | b'0'..=b'9') => {
                self.error(JsonProblem::Data, what)
            }
            _ => self.unexpected(what),
        }
    }

    /// Takes the opening bracket of a value of the type wanted.
    fn open(&mut self, want: u8, what: &str) -> Result<()> {
        if self.peek() == Some(want) {
            self.pos += 1;
            Ok(())
        } else {
            Err(self.wrong_value(what))
        }
    }

    #[inline]
    fn eat(&mut self, want: u8, what: &str) -> Result<()> {
        if self.peek() == Some(want) {
            self.pos += 1;
            Ok(())
        } else {
            Err(self.unexpected(what))
        }
    }

    /// Nothing but whitespace is left.
    pub fn end(&mut self) -> Result<()> {
        match self.peek() {
            None => Ok(()),
            Some(_) => Err(self.error(JsonProblem::Syntax, "trailing characters")),
        }
    }

    fn enter(&mut self) -> Result<()> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(self.error(JsonProblem::Syntax, "recursion limit exceeded"));
        }
        Ok(())
    }

    /// Reads an object, handing each key to `field`, which must read or skip its value.
    pub fn object(&mut self, field: impl FnMut(&mut Self, &str) -> Result<()>) -> Result<()> {
        self.open_object()?;
        self.members(false, field)
    }

    /// Takes an object's `{`.
    pub fn open_object(&mut self) -> Result<()> {
        self.open(b'{', "expected an object")?;
        self.enter()
    }

    /// The members of an object whose `{` is taken, through its `}`, each key handed to
    /// `field`. `after_member`: some members were read already, so a `,` or the `}` comes next.
    pub fn members(
        &mut self,
        mut after_member: bool,
        mut field: impl FnMut(&mut Self, &str) -> Result<()>,
    ) -> Result<()> {
        if !after_member && self.peek() == Some(b'}') {
            self.pos += 1;
            self.depth -= 1;
            return Ok(());
        }
        loop {
            if after_member {
                match self.peek() {
                    Some(b',') => self.pos += 1,
                    Some(b'}') => {
                        self.pos += 1;
                        self.depth -= 1;
                        return Ok(());
                    }
                    _ => return Err(self.unexpected("expected `,` or `}`")),
                }
            }
            if self.peek() != Some(b'"') {
                return Err(self.unexpected("expected a key"));
            }
            let key = self.string_at_quote()?;
            self.eat(b':', "expected `:`")?;
            field(self, &key)?;
            after_member = true;
        }
    }

    /// Reads an array, calling `item` for each element, which must read or skip it.
    pub fn array(&mut self, mut item: impl FnMut(&mut Self) -> Result<()>) -> Result<()> {
        let mut more = self.begin_array()?;
        while more {
            item(self)?;
            more = self.array_next()?;
        }
        Ok(())
    }

    /// Opens an array: whether it has a first element to read.
    pub fn begin_array(&mut self) -> Result<bool> {
        self.open(b'[', "expected an array")?;
        self.enter()?;
        if self.peek() == Some(b']') {
            self.pos += 1;
            self.depth -= 1;
            return Ok(false);
        }
        Ok(true)
    }

    /// After an element: whether another follows (the comma taken) or the array closed.
    pub fn array_next(&mut self) -> Result<bool> {
        match self.peek() {
            Some(b',') => {
                self.pos += 1;
                Ok(true)
            }
            Some(b']') => {
                self.pos += 1;
                self.depth -= 1;
                Ok(false)
            }
            _ => Err(self.unexpected("expected `,` or `]`")),
        }
    }

    /// Where the scanner stands in its text.
    pub fn position(&self) -> usize {
        self.pos
    }

    /// Takes a `null` if one comes next.
    #[inline]
    pub fn null(&mut self) -> Result<bool> {
        if self.peek() == Some(b'n') {
            self.literal("null")?;
            return Ok(true);
        }
        Ok(false)
    }

    /// `null`, or the value `read` reads.
    #[inline]
    pub fn nullable<T>(&mut self, read: impl FnOnce(&mut Self) -> Result<T>) -> Result<Option<T>> {
        if self.null()? {
            Ok(None)
        } else {
            read(self).map(Some)
        }
    }

    /// A string or `null`.
    pub fn str(&mut self) -> Result<Option<Cow<'a, str>>> {
        match self.peek() {
            Some(b'"') => self.string_at_quote().map(Some),
            Some(b'n') => self.literal("null").map(|()| None),
            _ => Err(self.wrong_value("expected a string")),
        }
    }

    /// A whole number that fits `T` (an unsigned integer type), or `null`.
    pub fn uint<T: TryFrom<u64>>(&mut self) -> Result<Option<T>> {
        if self.null()? {
            return Ok(None);
        }
        let start = self.pos;
        let bytes = self.text.as_bytes();
        let mut value: u64 = 0;
        let mut i = start;
        while let Some(digit) = bytes.get(i).filter(|b| b.is_ascii_digit()) {
            value = match value
                .checked_mul(10)
                .and_then(|v| v.checked_add(u64::from(digit - b'0')))
            {
                Some(v) => v,
                None => return Err(self.error(JsonProblem::Data, "number out of range")),
            };
            i += 1;
        }
        let plain = i > start && !(bytes[start] == b'0' && i - start > 1);
        if plain
            && !matches!(bytes.get(i), Some(b'.' | b'e' | b'E'))
            && let Ok(fits) = T::try_from(value)
        {
            self.pos = i;
            return Ok(Some(fits));
        }
        // Not a plain whole number: say why, as a number or as some other value.
        self.skip()?;
        self.pos = start;
        Err(self.error(JsonProblem::Data, "expected a small whole number"))
    }

    /// A number.
    pub fn float(&mut self) -> Result<f64> {
        self.peek();
        let mut end = self.pos;
        if let Some(x) = plain_number(self.text.as_bytes(), &mut end) {
            self.pos = end;
            return Ok(x);
        }
        let start = self.pos;
        let text = self.number()?;
        match text.parse::<f64>() {
            Ok(x) if x.is_finite() => Ok(x),
            _ => {
                self.pos = start;
                Err(self.error(JsonProblem::Data, "number out of range"))
            }
        }
    }

    /// Skips one value of any kind, checking its structure.
    pub fn skip(&mut self) -> Result<()> {
        match self.peek() {
            Some(b'"') => self.skip_string(),
            Some(b'{') if self.usual_named().is_some() => Ok(()),
            Some(b'{') => self.object(|s, _| s.skip()),
            Some(b'[') => self.array(Self::skip),
            Some(b't') => self.literal("true"),
            Some(b'f') => self.literal("false"),
            Some(b'n') => self.literal("null"),
            Some(b'-' | b'0'..=b'9') => self.number().map(drop),
            _ => Err(self.unexpected("expected a value")),
        }
    }

    fn literal(&mut self, word: &str) -> Result<()> {
        let rest = &self.text.as_bytes()[self.pos..];
        if rest.starts_with(word.as_bytes()) {
            self.pos += word.len();
            Ok(())
        } else if word.as_bytes().starts_with(rest) {
            self.pos = self.text.len();
            Err(self.unexpected(""))
        } else {
            Err(self.error(JsonProblem::Syntax, "expected a value"))
        }
    }

    /// The text of a number, checked against JSON's grammar:
    /// `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`.
    fn number(&mut self) -> Result<&'a str> {
        self.peek();
        let bytes = self.text.as_bytes();
        let start = self.pos;
        let mut i = start;
        let digits = |i: &mut usize| {
            let from = *i;
            while bytes.get(*i).is_some_and(u8::is_ascii_digit) {
                *i += 1;
            }
            *i > from
        };
        if bytes.get(i) == Some(&b'-') {
            i += 1;
        }
        let int_start = i;
        let mut ok = digits(&mut i);
        if ok && bytes[int_start] == b'0' && i - int_start > 1 {
            self.pos = int_start;
            return Err(self.error(JsonProblem::Syntax, "invalid number (leading zero)"));
        }
        if ok && bytes.get(i) == Some(&b'.') {
            i += 1;
            ok = digits(&mut i);
        }
        if ok && matches!(bytes.get(i), Some(b'e' | b'E')) {
            i += 1;
            if matches!(bytes.get(i), Some(b'+' | b'-')) {
                i += 1;
            }
            ok = digits(&mut i);
        }
        self.pos = i;
        if !ok {
            return Err(self.unexpected("invalid number"));
        }
        Ok(&self.text[start..i])
    }
}
