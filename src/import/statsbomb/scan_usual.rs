//! The shapes StatsBomb writes over and over, read in a single pass: references to a team,
//! player, event type or outcome, `{"id": 217, "name": "Barcelona"}` (about ten an event), and
//! locations, `[61.0, 41.0]`. Read through the general object and array readers those were
//! over half of reading a match.
//!
//! Anything else (other keys or another order, an escape in a name, a number with an exponent
//! or too many digits, the window's end) takes nothing and is left to the general reader from
//! the same place, so what is accepted, and every error and where it is placed, are unchanged.

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
        let bytes = text.as_bytes();
        let mut i = self.pos;
        if !(byte(bytes, &mut i, b'{') && key(bytes, &mut i, b"\"id\"")) {
            return None;
        }
        let id = whole_number(bytes, &mut i)?;
        if !(byte(bytes, &mut i, b',')
            && key(bytes, &mut i, b"\"name\"")
            && byte(bytes, &mut i, b'"'))
        {
            return None;
        }
        let start = i;
        let end = start + quote_or_backslash(&bytes[start..])?;
        if bytes[end] != b'"' {
            return None;
        }
        i = end + 1;
        if !byte(bytes, &mut i, b'}') {
            return None;
        }
        // Both ends are ASCII quotes, so the name is whole characters of the text.
        let name = text.get(start..end)?;
        self.pos = i;
        Some((id, name))
    }

    /// The members every StatsBomb event opens with, in StatsBomb's order, right after the
    /// event's `{`: `"id": "…", "index": N, "period": N, "timestamp": "…", "minute": N,
    /// "second": N`, taken when they are all there as plain values (strings with no escape,
    /// whole numbers that fit their fields), then reading goes on after them; `None`, with
    /// nothing taken, for anything else.
    pub(super) fn usual_head(&mut self) -> Option<Head<'a>> {
        let text = self.text;
        let bytes = text.as_bytes();
        let mut i = self.pos;
        let string = |i: &mut usize| -> Option<&'a str> {
            if !byte(bytes, i, b'"') {
                return None;
            }
            let start = *i;
            let end = start + quote_or_backslash(&bytes[start..])?;
            if bytes[end] != b'"' {
                return None;
            }
            *i = end + 1;
            text.get(start..end)
        };
        if !key(bytes, &mut i, b"\"id\"") {
            return None;
        }
        let id = string(&mut i)?;
        if !(byte(bytes, &mut i, b',') && key(bytes, &mut i, b"\"index\"")) {
            return None;
        }
        whole_number(bytes, &mut i)?;
        if !(byte(bytes, &mut i, b',') && key(bytes, &mut i, b"\"period\"")) {
            return None;
        }
        let period = u8::try_from(whole_number(bytes, &mut i)?).ok()?;
        if !(byte(bytes, &mut i, b',') && key(bytes, &mut i, b"\"timestamp\"")) {
            return None;
        }
        string(&mut i)?;
        if !(byte(bytes, &mut i, b',') && key(bytes, &mut i, b"\"minute\"")) {
            return None;
        }
        let minute = u16::try_from(whole_number(bytes, &mut i)?).ok()?;
        if !(byte(bytes, &mut i, b',') && key(bytes, &mut i, b"\"second\"")) {
            return None;
        }
        whole_number(bytes, &mut i)?;
        self.pos = i;
        Some(Head { id, period, minute })
    }

    /// `, "key": ` (without the comma for an object's `first` member) then a value `read`
    /// takes, as one step: all of it taken, or nothing.
    fn usual_member<T, const N: usize>(
        &mut self,
        first: bool,
        key_: &[u8; N],
        read: impl FnOnce(&mut Self) -> Option<T>,
    ) -> Option<T> {
        let start = self.pos;
        let bytes = self.text.as_bytes();
        let mut i = start;
        if !first && !byte(bytes, &mut i, b',') {
            return None;
        }
        whitespace(bytes, &mut i);
        if bytes.get(i..i + N) != Some(key_.as_slice()) {
            return None;
        }
        i += N;
        if !byte(bytes, &mut i, b':') {
            return None;
        }
        self.pos = i;
        let value = read(self);
        if value.is_none() {
            self.pos = start;
        }
        value
    }

    /// `, "key": {"id": N, "name": "S"}`, all taken or nothing.
    pub(super) fn usual_named_member<const N: usize>(
        &mut self,
        key_: &[u8; N],
    ) -> Option<(u64, &'a str)> {
        self.usual_member(false, key_, Self::usual_named)
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

    /// An object's first member `"key": {"id": N, "name": "S"}`, all taken or nothing.
    pub(super) fn usual_first_named_member<const N: usize>(
        &mut self,
        key_: &[u8; N],
    ) -> Option<(u64, &'a str)> {
        self.usual_member(true, key_, Self::usual_named)
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
        self.usual_member(false, key_, |s| {
            let mut i = s.pos;
            let x = plain_number(s.text.as_bytes(), &mut i)?;
            s.pos = i;
            Some(x)
        })
    }

    /// `, "key": true`, all taken or nothing.
    pub(super) fn usual_true_member<const N: usize>(&mut self, key_: &[u8; N]) -> Option<()> {
        self.usual_member(false, key_, |s| {
            let mut i = s.pos;
            whitespace(s.text.as_bytes(), &mut i);
            let rest = s.text.as_bytes().get(i..)?;
            rest.starts_with(b"true").then(|| s.pos = i + 4)
        })
    }

    /// `, "key": ["…", "…"]` (strings with no escape, perhaps none), all taken or nothing.
    pub(super) fn usual_strings_member<const N: usize>(&mut self, key_: &[u8; N]) -> Option<()> {
        self.usual_member(false, key_, |s| {
            let bytes = s.text.as_bytes();
            let mut i = s.pos;
            if !byte(bytes, &mut i, b'[') {
                return None;
            }
            if !byte(bytes, &mut i, b']') {
                loop {
                    if !byte(bytes, &mut i, b'"') {
                        return None;
                    }
                    let end = i + quote_or_backslash(&bytes[i..])?;
                    if bytes[end] != b'"' {
                        return None;
                    }
                    i = end + 1;
                    if byte(bytes, &mut i, b']') {
                        break;
                    }
                    if !byte(bytes, &mut i, b',') {
                        return None;
                    }
                }
            }
            s.pos = i;
            Some(())
        })
    }

    /// `, "key": N` (a plain whole number), all taken or nothing.
    pub(super) fn usual_number_member<const N: usize>(&mut self, key_: &[u8; N]) -> Option<u64> {
        self.usual_member(false, key_, |s| {
            let bytes = s.text.as_bytes();
            let mut i = s.pos;
            let n = whole_number(bytes, &mut i)?;
            s.pos = i;
            Some(n)
        })
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
        let bytes = self.text.as_bytes();
        let mut i = self.pos;
        if !byte(bytes, &mut i, b'[') {
            return None;
        }
        let x = plain_number(bytes, &mut i)?;
        if !byte(bytes, &mut i, b',') {
            return None;
        }
        let y = plain_number(bytes, &mut i)?;
        if byte(bytes, &mut i, b',') {
            plain_number(bytes, &mut i)?;
        }
        if !byte(bytes, &mut i, b']') {
            return None;
        }
        self.pos = i;
        Some((x, y))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::Value;

    /// What the fast path took from `json`, and where it left the scanner.
    fn named(json: &str) -> (Option<(u64, String)>, usize) {
        let mut s = Scanner::new(json);
        let got = s.usual_named().map(|(id, name)| (id, name.to_string()));
        (got, s.position())
    }

    fn point(json: &str) -> (Option<(f64, f64)>, usize) {
        let mut s = Scanner::new(json);
        let got = s.usual_point();
        (got, s.position())
    }

    #[test]
    fn a_reference_in_the_usual_shape_reads_as_json_says() {
        for json in [
            r#"{"id": 217, "name": "Barcelona"}"#,
            "{\n    \"id\" : 0,\n    \"name\" : \"Víctor Valdés Arribas\"\n  }",
            r#"{"id":18446744073,"name":""}"#,
            "{ \"id\" :\t5 ,\r\n \"name\" : \"Ball Receipt*\" }",
        ] {
            let value: Value = serde_json::from_str(json).unwrap_or_default();
            let want = (
                value["id"].as_u64().unwrap_or(u64::MAX),
                value["name"].as_str().unwrap_or("?").to_string(),
            );
            assert_eq!(named(json), (Some(want), json.len()), "{json}");
        }
    }

    /// Every other shape, valid or not, is left whole to the general reader.
    #[test]
    fn any_other_reference_takes_nothing() {
        for json in [
            r#"{"name": "Barcelona", "id": 217}"#,
            r#"{"id": 217, "name": "Barcelona", "extra": 1}"#,
            r#"{"id": 217}"#,
            r#"{"id": 217, "name": "Bar\"celona"}"#,
            r#"{"id": 217, "name": "Bar\u00e7a"}"#,
            r#"{"id": 2e2, "name": "x"}"#,
            r#"{"id": 2.0, "name": "x"}"#,
            r#"{"id": 012, "name": "x"}"#,
            r#"{"id": -1, "name": "x"}"#,
            r#"{"id": 1234567890123456789, "name": "x"}"#,
            r#"{"id": null, "name": "x"}"#,
            r#"{"id": 1, "name": null}"#,
            r#"{"id": 1, "name": "x""#,
            r#"{"id": 1, "name": "x"#,
            r#"{"id": 1 "name": "x"}"#,
            r#"{"id" 1, "name": "x"}"#,
            "null",
            "[1, 2]",
            "",
        ] {
            assert_eq!(named(json), (None, 0), "{json}");
        }
    }

    #[test]
    fn a_location_in_the_usual_shape_reads_as_json_says() {
        for json in [
            "[ 61.0, 41.0 ]",
            "[120,80]",
            "[-0.5, 0.0000001]",
            "[118.4, 37.9, 2.3]",
            "[ 60.123456789012, 40 , 0 ]",
        ] {
            let value: Value = serde_json::from_str(json).unwrap_or_default();
            let want = (
                value[0].as_f64().unwrap_or(f64::NAN),
                value[1].as_f64().unwrap_or(f64::NAN),
            );
            assert_eq!(point(json), (Some(want), json.len()), "{json}");
        }
    }

    #[test]
    fn any_other_location_takes_nothing() {
        for json in [
            "[1e2, 3]",
            "[1, 2E1]",
            "[01, 2]",
            "[1., 2]",
            "[.5, 2]",
            "[1, 2, 3, 4]",
            "[1]",
            "[]",
            "[1, null]",
            "[1, 2",
            "[1 2]",
            "[1, 2,]",
            "[1234567890123456, 2]",
            "[-, 2]",
            "null",
        ] {
            assert_eq!(point(json), (None, 0), "{json}");
        }
    }

    fn head(json: &str) -> (Option<Head<'_>>, usize) {
        let mut s = Scanner::new(json);
        let got = s.usual_head();
        (got, s.position())
    }

    #[test]
    fn an_event_opening_in_the_usual_order_is_read_as_json_says() {
        let usual = "\n  \"id\" : \"8eb54fd1-3b77\",\n  \"index\" : 1,\n  \"period\" : 2,\n  \
                     \"timestamp\" : \"00:00:00.000\",\n  \"minute\" : 90,\n  \"second\" : 0";
        let want = Head {
            id: "8eb54fd1-3b77",
            period: 2,
            minute: 90,
        };
        assert_eq!(head(usual), (Some(want), usual.len()));
        let compact =
            r#""id":"a","index":7,"period":1,"timestamp":"","minute":0,"second":59, "x": 1"#;
        let end = compact.find(", \"x\"").unwrap_or(0);
        assert_eq!(
            head(compact).1,
            end,
            "reading goes on after the six members"
        );
    }

    #[test]
    fn any_other_opening_takes_nothing() {
        let with = |from: &str, to: &str| {
            r#""id": "a", "index": 1, "period": 1, "timestamp": "t", "minute": 3, "second": 4"#
                .replace(from, to)
        };
        for json in [
            with(r#""id": "a""#, r#""id": "a"b""#),
            with(r#""id": "a""#, r#""id": null"#),
            with(r#""id": "a", "index": 1"#, r#""index": 1, "id": "a""#),
            with(r#""period": 1"#, r#""period": 256"#),
            with(r#""period": 1"#, r#""period": "1""#),
            with(r#""minute": 3"#, r#""minute": 70000"#),
            with(r#""minute": 3"#, r#""minute": 3.0"#),
            with(r#""index": 1"#, r#""index": -1"#),
            with(r#""second": 4"#, r#""second": 4e0"#),
            with(r#""second": 4"#, r#""seconds": 4"#),
            with(r#""timestamp": "t""#, r#""timestamp": "\u0074""#),
            with(r#", "minute""#, r#", "extra": 0, "minute""#),
            with(r#", "second": 4"#, ""),
        ] {
            assert_eq!(head(&json), (None, 0), "{json}");
        }
    }

    /// A member is taken whole or not at all: the general reader then reads it from its comma.
    #[test]
    fn a_usual_member_is_taken_whole_or_not_at_all() {
        let named = |json: &str| {
            let mut s = Scanner::new(json);
            let got = s
                .usual_named_member(b"\"team\"")
                .map(|(id, n)| (id, n.to_string()));
            (got, s.position())
        };
        let usual = r#" , "team" : {"id": 217, "name": "Barcelona"} , "x": 1"#;
        let end = usual.find(" , \"x\"").unwrap_or(0);
        assert_eq!(named(usual), (Some((217, "Barcelona".into())), end));
        for json in [
            r#", "team" : {"name": "Barcelona", "id": 217}"#,
            r#", "team" : null"#,
            r#", "teams" : {"id": 217, "name": "Barcelona"}"#,
            r#" "team" : {"id": 217, "name": "Barcelona"}"#,
            r#", "team" {"id": 217, "name": "Barcelona"}"#,
            r#", "team" : {"id": 217, "name": "Barcelona""#,
        ] {
            assert_eq!(named(json), (None, 0), "{json}");
        }
        let mut s = Scanner::new(r#", "possession" : 12, "location" : [1.5, 2]"#);
        assert_eq!(s.usual_number_member(b"\"possession\""), Some(12));
        assert_eq!(s.usual_point_member(b"\"location\""), Some((1.5, 2.0)));
        let mut s = Scanner::new(r#", "possession" : 1.5"#);
        assert_eq!(s.usual_number_member(b"\"possession\""), None);
        assert_eq!(s.position(), 0);
    }

    #[test]
    fn the_other_usual_members_are_taken_whole_or_not_at_all() {
        let mut s = Scanner::new(
            r#", "duration" : 0.58, "under_pressure" : true, "related_events" : [ "a", "b" ]"#,
        );
        assert_eq!(s.usual_float_member(b"\"duration\""), Some(0.58));
        assert_eq!(s.usual_true_member(b"\"under_pressure\""), Some(()));
        assert_eq!(s.usual_strings_member(b"\"related_events\""), Some(()));
        assert!(s.end().is_ok());
        let none = |json: &str, read: fn(&mut Scanner<'_>) -> bool| {
            let mut s = Scanner::new(json);
            assert!(!read(&mut s), "{json}");
            assert_eq!(s.position(), 0, "{json}");
        };
        none(r#", "duration" : 1e3"#, |s| {
            s.usual_float_member(b"\"duration\"").is_some()
        });
        none(r#", "under_pressure" : false"#, |s| {
            s.usual_true_member(b"\"under_pressure\"").is_some()
        });
        for json in [
            r#", "related_events" : [ "a\"b" ]"#,
            r#", "related_events" : [ "a", ]"#,
            r#", "related_events" : [ 1 ]"#,
            r#", "related_events" : [ "a""#,
        ] {
            none(json, |s| {
                s.usual_strings_member(b"\"related_events\"").is_some()
            });
        }
        let mut s = Scanner::new(r#", "related_events" : [ ]"#);
        assert_eq!(s.usual_strings_member(b"\"related_events\""), Some(()));
        // A first member has no comma before it.
        let mut s = Scanner::new(r#" "end_location" : [ 1.0, 2.0 ] }"#);
        assert_eq!(
            s.usual_first_point_member(b"\"end_location\""),
            Some((1.0, 2.0))
        );
        // A sequence that fails part way takes nothing.
        let mut s = Scanner::new(r#", "duration" : 1.0, "under_pressure" : 7"#);
        let got = s.all_or_nothing(|s| {
            s.usual_float_member(b"\"duration\"")?;
            s.usual_true_member(b"\"under_pressure\"")
        });
        assert_eq!((got, s.position()), (None, 0));
    }

    /// At the depth limit the general reader must be the one to say so.
    #[test]
    fn at_the_depth_limit_nothing_is_taken() {
        let mut s = Scanner::new(r#"{"id": 1, "name": "x"}"#);
        s.depth = MAX_DEPTH;
        assert_eq!(s.usual_named(), None);
        assert_eq!(s.usual_point(), None);
    }
}
