//! The shapes StatsBomb writes over and over, read in a single pass: references to a team,
//! player, event type or outcome, `{"id": 217, "name": "Barcelona"}` (about ten an event), and
//! locations, `[61.0, 41.0]`. Read through the general object and array readers those were
//! over half of reading a match.
//!
//! Anything else (other keys or another order, an escape in a name, a number with an exponent
//! or too many digits, the window's end) takes nothing and is left to the general reader from
//! the same place, so what is accepted, and every error and where it is placed, are unchanged.

use super::keep::Keep;
use super::raw::Named;
use super::scan::{MAX_DEPTH, Scanner};
use super::scan_string::quote_or_backslash;

/// Steps over JSON whitespace; the indentation after a newline eight bytes at a time.
#[inline(always)]
fn whitespace(bytes: &[u8], i: &mut usize) {
    // Most often there is none, or one space (either side of a colon).
    match bytes.get(*i) {
        Some(&b) if b > b' ' => return,
        Some(b' ') if bytes.get(*i + 1).is_some_and(|&b| b > b' ') => {
            *i += 1;
            return;
        }
        _ => {}
    }
    loop {
        match bytes.get(*i) {
            Some(b' ' | b'\r' | b'\t') => *i += 1,
            Some(b'\n') => *i += 1 + leading_spaces(&bytes[*i + 1..]),
            _ => return,
        }
    }
}

/// How many spaces `bytes` starts with, counted eight at a time.
#[inline(always)]
pub(super) fn leading_spaces(bytes: &[u8]) -> usize {
    const SPACES: u64 = u64::from_le_bytes([b' '; 8]);
    let mut count = 0;
    while let Some(eight) = bytes.get(count..count + 8) {
        let mut word = [0u8; 8];
        word.copy_from_slice(eight);
        let differ = u64::from_le_bytes(word) ^ SPACES;
        if differ != 0 {
            return count + differ.trailing_zeros() as usize / 8;
        }
        count += 8;
    }
    count
}

/// Takes the byte `want` after any whitespace, if it is there.
#[inline(always)]
fn byte(bytes: &[u8], i: &mut usize, want: u8) -> bool {
    whitespace(bytes, i);
    if bytes.get(*i) == Some(&want) {
        *i += 1;
        true
    } else {
        false
    }
}

/// Takes the key `want` (quotes included) and its colon, if they are there. Inlined, so each
/// key is compared as one constant-length load.
#[inline(always)]
fn key<const N: usize>(bytes: &[u8], i: &mut usize, want: &[u8; N]) -> bool {
    whitespace(bytes, i);
    if bytes.get(*i..*i + N) == Some(want.as_slice()) {
        *i += N;
        byte(bytes, i, b':')
    } else {
        false
    }
}

/// What `usual_head` takes from an event's first members.
#[derive(Debug, PartialEq)]
pub struct Head<'a> {
    pub id: &'a str,
    pub period: u8,
    pub minute: u16,
}

/// A comma, then the key `want` and its colon, if they are there.
#[inline(always)]
fn next_key<const N: usize>(bytes: &[u8], i: &mut usize, want: &[u8; N]) -> bool {
    byte(bytes, i, b',') && key(bytes, i, want)
}

/// A plain whole number of up to 18 digits (so it fits a `u64`), not followed by a fraction
/// or exponent.
#[inline(always)]
fn whole_number(bytes: &[u8], i: &mut usize) -> Option<u64> {
    whitespace(bytes, i);
    let from = *i;
    let mut value: u64 = 0;
    while let Some(&digit) = bytes.get(*i).filter(|b| b.is_ascii_digit()) {
        if *i - from == 18 {
            return None;
        }
        value = value * 10 + u64::from(digit - b'0');
        *i += 1;
    }
    let digits = *i - from;
    let leading_zero = digits > 1 && bytes[from] == b'0';
    let more = matches!(bytes.get(*i), Some(b'.' | b'e' | b'E'));
    (digits > 0 && !leading_zero && !more).then_some(value)
}

/// A string with no escape, after any whitespace: where its text starts and ends (quotes not
/// included), `i` then past its closing quote.
#[inline(always)]
fn plain_string(bytes: &[u8], i: &mut usize) -> Option<(usize, usize)> {
    if !byte(bytes, i, b'"') {
        return None;
    }
    let start = *i;
    let end = start + quote_or_backslash(bytes.get(start..)?)?;
    if bytes[end] != b'"' {
        return None;
    }
    *i = end + 1;
    Some((start, end))
}

/// `[]` or an array of strings with no escape.
fn plain_strings(bytes: &[u8], i: &mut usize) -> Option<()> {
    if !byte(bytes, i, b'[') {
        return None;
    }
    if byte(bytes, i, b']') {
        return Some(());
    }
    loop {
        plain_string(bytes, i)?;
        if byte(bytes, i, b']') {
            return Some(());
        }
        if !byte(bytes, i, b',') {
            return None;
        }
    }
}

/// `true`, after any whitespace.
fn literal_true(bytes: &[u8], i: &mut usize) -> Option<()> {
    whitespace(bytes, i);
    bytes.get(*i..)?.starts_with(b"true").then(|| *i += 4)
}

/// A number written as plain decimals (`-61.25`, `40`), checked against JSON's grammar, with
/// few enough digits to be exact: the digits as a whole number below 2^53 divided by a power
/// of ten up to 10^15, both exact doubles, so the one rounding of the division is the correct
/// one (Clinger's fast path). Locations and xG are all such numbers.
#[inline(always)]
pub(super) fn plain_number(bytes: &[u8], i: &mut usize) -> Option<f64> {
    const POWERS: [f64; 16] = [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
    ];
    whitespace(bytes, i);
    let mut at = *i;
    let negative = bytes.get(at) == Some(&b'-');
    if negative {
        at += 1;
    }
    let mut mantissa: u64 = 0;
    let mut digits = 0;
    let int_start = at;
    while let Some(&d) = bytes.get(at).filter(|b| b.is_ascii_digit()) {
        mantissa = mantissa * 10 + u64::from(d - b'0');
        digits += 1;
        at += 1;
        if digits > 15 {
            return None;
        }
    }
    let int_digits = at - int_start;
    if int_digits == 0 || (int_digits > 1 && bytes[int_start] == b'0') {
        return None;
    }
    let mut decimals = 0;
    if bytes.get(at) == Some(&b'.') {
        at += 1;
        while let Some(&d) = bytes.get(at).filter(|b| b.is_ascii_digit()) {
            mantissa = mantissa * 10 + u64::from(d - b'0');
            digits += 1;
            decimals += 1;
            at += 1;
            if digits > 15 {
                return None;
            }
        }
        if decimals == 0 {
            return None;
        }
    }
    if matches!(bytes.get(at), Some(b'e' | b'E')) {
        return None;
    }
    // Fifteen digits are below 2^53, so the conversion to a double is exact.
    #[allow(clippy::cast_precision_loss)]
    let value = mantissa as f64 / POWERS[decimals];
    *i = at;
    Some(if negative { -value } else { value })
}

impl<'a> Scanner<'a> {
    /// The id and name of a reference written in the usual shape at the current position, which
    /// is then taken; `None`, with nothing taken, for anything else.
    pub(super) fn usual_named(&mut self) -> Option<(u64, &'a str)> {
        if self.depth >= MAX_DEPTH {
            return None;
        }
        let text = self.text;
        self.take(|bytes, i| {
            if !(byte(bytes, i, b'{') && key(bytes, i, b"\"id\"")) {
                return None;
            }
            let id = whole_number(bytes, i)?;
            if !next_key(bytes, i, b"\"name\"") {
                return None;
            }
            let (start, end) = plain_string(bytes, i)?;
            if !byte(bytes, i, b'}') {
                return None;
            }
            // Both ends are ASCII quotes, so the name is whole characters of the text.
            Some((id, text.get(start..end)?))
        })
    }

    /// `usual_named`, the reference kept: one written exactly as one met before is taken by
    /// comparing its text.
    pub(super) fn usual_named_kept<'k>(&mut self, keep: &mut Keep<'k>) -> Option<&'k Named<'k>> {
        if self.depth >= MAX_DEPTH {
            return None;
        }
        let (text, start) = (self.text, self.pos);
        if let Some((named, len)) = keep.seen(&text.as_bytes()[start..]) {
            self.pos += len;
            return Some(named);
        }
        let (id, name) = self.usual_named()?;
        Some(keep.named_text(id, name, &text.as_bytes()[start..self.pos]))
    }

    /// The members every StatsBomb event opens with, in StatsBomb's order, right after the
    /// event's `{`: `"id": "…", "index": N, "period": N, "timestamp": "…", "minute": N,
    /// "second": N`, taken when they are all there as plain values (strings with no escape,
    /// whole numbers that fit their fields), then reading goes on after them; `None`, with
    /// nothing taken, for anything else.
    pub(super) fn usual_head(&mut self) -> Option<Head<'a>> {
        let text = self.text;
        self.take(|bytes, i| {
            if !key(bytes, i, b"\"id\"") {
                return None;
            }
            let (start, end) = plain_string(bytes, i)?;
            let id = text.get(start..end)?;
            if !next_key(bytes, i, b"\"index\"") {
                return None;
            }
            whole_number(bytes, i)?;
            if !next_key(bytes, i, b"\"period\"") {
                return None;
            }
            let period = u8::try_from(whole_number(bytes, i)?).ok()?;
            if !next_key(bytes, i, b"\"timestamp\"") {
                return None;
            }
            plain_string(bytes, i)?;
            if !next_key(bytes, i, b"\"minute\"") {
                return None;
            }
            let minute = u16::try_from(whole_number(bytes, i)?).ok()?;
            if !next_key(bytes, i, b"\"second\"") {
                return None;
            }
            whole_number(bytes, i)?;
            Some(Head { id, period, minute })
        })
    }

    /// What `read` finds from the current position, which then moves to where it stopped;
    /// `None`, with nothing taken, when it finds nothing.
    #[inline(always)]
    fn take<T>(&mut self, read: impl FnOnce(&[u8], &mut usize) -> Option<T>) -> Option<T> {
        let mut i = self.pos;
        let value = read(self.text.as_bytes(), &mut i)?;
        self.pos = i;
        Some(value)
    }

    /// `, "key": ` (without the comma for an object's `first` member) then a value `read`
    /// takes, as one step: all of it taken, or nothing.
    fn usual_member<T, const N: usize>(
        &mut self,
        first: bool,
        key_: &[u8; N],
        read: impl FnOnce(&mut Self) -> Option<T>,
    ) -> Option<T> {
        self.all_or_nothing(|s| {
            s.take(|bytes, i| {
                if !first && !byte(bytes, i, b',') {
                    return None;
                }
                whitespace(bytes, i);
                if bytes.get(*i..*i + N) != Some(key_.as_slice()) {
                    return None;
                }
                *i += N;
                byte(bytes, i, b':').then_some(())
            })?;
            read(s)
        })
    }

    /// `, "key": {"id": N, "name": "S"}`, all taken or nothing, the reference kept.
    pub(super) fn usual_named_member<'k, const N: usize>(
        &mut self,
        key_: &[u8; N],
        keep: &mut Keep<'k>,
    ) -> Option<&'k Named<'k>> {
        self.usual_member(false, key_, |s| s.usual_named_kept(keep))
    }

    /// What `read` takes, or nothing at all when it gives `None` after taking some of it.
    pub(super) fn all_or_nothing<T>(
        &mut self,
        read: impl FnOnce(&mut Self) -> Option<T>,
    ) -> Option<T> {
        let start = self.pos;
        let value = read(self);
        if value.is_none() {
            self.pos = start;
        }
        value
    }

    /// An object's first member `"key": {"id": N, "name": "S"}`, all taken or nothing, the
    /// reference kept.
    pub(super) fn usual_first_named_member<'k, const N: usize>(
        &mut self,
        key_: &[u8; N],
        keep: &mut Keep<'k>,
    ) -> Option<&'k Named<'k>> {
        self.usual_member(true, key_, |s| s.usual_named_kept(keep))
    }

    /// An object's first member `"key": [x, y]`, all taken or nothing.
    pub(super) fn usual_first_point_member<const N: usize>(
        &mut self,
        key_: &[u8; N],
    ) -> Option<(f64, f64)> {
        self.usual_member(true, key_, Self::usual_point)
    }

    /// `, "key": 1.25` (a plain number), all taken or nothing.
    pub(super) fn usual_float_member<const N: usize>(&mut self, key_: &[u8; N]) -> Option<f64> {
        self.usual_member(false, key_, |s| s.take(plain_number))
    }

    /// `, "key": true`, all taken or nothing.
    pub(super) fn usual_true_member<const N: usize>(&mut self, key_: &[u8; N]) -> Option<()> {
        self.usual_member(false, key_, |s| s.take(literal_true))
    }

    /// `, "key": ["…", "…"]` (strings with no escape, perhaps none), all taken or nothing.
    pub(super) fn usual_strings_member<const N: usize>(&mut self, key_: &[u8; N]) -> Option<()> {
        self.usual_member(false, key_, |s| s.take(plain_strings))
    }

    /// `, "key": N` (a plain whole number), all taken or nothing.
    pub(super) fn usual_number_member<const N: usize>(&mut self, key_: &[u8; N]) -> Option<u64> {
        self.usual_member(false, key_, |s| s.take(whole_number))
    }

    /// `, "key": [x, y]` (or with a height), all taken or nothing.
    pub(super) fn usual_point_member<const N: usize>(
        &mut self,
        key_: &[u8; N],
    ) -> Option<(f64, f64)> {
        self.usual_member(false, key_, Self::usual_point)
    }

    /// A location written `[x, y]` or `[x, y, z]` at the current position, which is then
    /// taken: `x` and `y`. `None`, with nothing taken, for anything else.
    pub(super) fn usual_point(&mut self) -> Option<(f64, f64)> {
        if self.depth >= MAX_DEPTH {
            return None;
        }
        self.take(|bytes, i| {
            if !byte(bytes, i, b'[') {
                return None;
            }
            let x = plain_number(bytes, i)?;
            if !byte(bytes, i, b',') {
                return None;
            }
            let y = plain_number(bytes, i)?;
            if byte(bytes, i, b',') {
                plain_number(bytes, i)?;
            }
            byte(bytes, i, b']').then_some((x, y))
        })
    }
}
