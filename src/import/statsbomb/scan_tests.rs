//! The JSON scanner on the edge cases a real or damaged file can hold, and the events array
//! read through windows of every size against a reading of the whole text.

use super::raw::Event;
use super::scan::{JsonProblem, Scanner};
use super::source::Source;
use super::stream::{self, Readers, StreamError};
use bumpalo::Bump;

fn string(json: &str) -> Result<String, JsonProblem> {
    let mut s = Scanner::new(json);
    match s.str() {
        Ok(text) => Ok(text.map(|t| t.into_owned()).unwrap_or_default()),
        Err(e) => Err(e.problem),
    }
}

#[test]
fn strings_are_borrowed_unless_escaped_and_every_escape_reads() {
    let mut s = Scanner::new(r#""Víctor Valdés""#);
    assert!(matches!(
        s.str(),
        Ok(Some(std::borrow::Cow::Borrowed("Víctor Valdés")))
    ));
    assert_eq!(
        string(r#""a\"b\\c\/d\n\u00e9\ud83d\ude00 end""#),
        Ok("a\"b\\c/d\né😀 end".to_string())
    );
    assert_eq!(string(r#""lone \ud83d here""#), Err(JsonProblem::Syntax));
    assert_eq!(string(r#""bad \x escape""#), Err(JsonProblem::Syntax));
    assert_eq!(
        string("\"\\u00€x\""),
        Err(JsonProblem::Syntax),
        "not a cut file"
    );
    assert_eq!(
        string("42"),
        Err(JsonProblem::Data),
        "a value of another type"
    );
    assert_eq!(string("?"), Err(JsonProblem::Syntax));
    assert_eq!(string(r#""never closed"#), Err(JsonProblem::Eof));
    assert_eq!(string(r#""ends in \u00"#), Err(JsonProblem::Eof));
}

#[test]
fn a_string_ends_at_its_quote_wherever_that_falls_in_an_eight_byte_word() {
    for len in 0..40 {
        for stop in ['"', '\\'] {
            let body = "x".repeat(len);
            let json = if stop == '"' {
                format!("\"{body}\" tail")
            } else {
                format!("\"{body}\\\"q\" tail")
            };
            let want = if stop == '"' {
                body.clone()
            } else {
                format!("{body}\"q")
            };
            assert_eq!(string(&json), Ok(want), "{json}");
        }
    }
}

/// Plain decimals take a fast path: it must give the very double the full parser gives,
/// for short and long mantissas, many decimals, negatives and zeros.
#[test]
fn plain_decimals_read_exactly_as_the_full_parser_reads_them() {
    let mut texts: Vec<String> = [
        "0",
        "-0",
        "0.0",
        "-0.0",
        "61.0",
        "40.0",
        "119.9",
        "0.07123",
        "0.0712345678901",
        "123456789012345",
        "1234567890123456",
        "0.1",
        "0.2",
        "0.3",
        "80.0000001",
        "9007199254740993",
        "1.7976931348623157",
        "-119.99999999999",
        "0.000000000000001",
    ]
    .iter()
    .map(|t| t.to_string())
    .collect();
    // A spread of locations and xG values as StatsBomb writes them.
    let mut seed: u64 = 0x9E37_79B9_7F4A_7C15;
    for _ in 0..20_000 {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        let whole = seed % 121;
        let decimals = (seed >> 8) % 17;
        let fraction = (seed >> 16) % 10u64.pow(decimals as u32).max(1);
        let sign = if seed >> 63 == 1 { "-" } else { "" };
        texts.push(if decimals == 0 {
            format!("{sign}{whole}")
        } else {
            format!(
                "{sign}{whole}.{fraction:0width$}",
                width = decimals as usize
            )
        });
    }
    for text in &texts {
        let want: f64 = text.parse().unwrap_or(f64::NAN);
        let got = Scanner::new(text).float().unwrap_or(f64::NAN);
        assert_eq!(got.to_bits(), want.to_bits(), "{text}");
    }
}

#[test]
fn numbers_follow_json_grammar_and_whole_numbers_must_fit() {
    let float = |json: &str| Scanner::new(json).float().map_err(|e| e.problem);
    assert_eq!(float("-0.5e3"), Ok(-500.0));
    assert_eq!(float("40"), Ok(40.0));
    assert_eq!(float("01"), Err(JsonProblem::Syntax));
    assert_eq!(float("1.x"), Err(JsonProblem::Syntax));
    assert_eq!(float("1."), Err(JsonProblem::Eof));
    assert_eq!(float("-"), Err(JsonProblem::Eof));
    assert_eq!(float("1e999"), Err(JsonProblem::Data), "no infinite xG");
    let small = |json: &str| Scanner::new(json).uint::<u8>().map_err(|e| e.problem);
    assert_eq!(small("45"), Ok(Some(45)));
    assert_eq!(small("null"), Ok(None));
    assert_eq!(small("300"), Err(JsonProblem::Data));
    assert_eq!(small("1.5"), Err(JsonProblem::Data));
    assert_eq!(small("-1"), Err(JsonProblem::Data));
    assert_eq!(small("\"1\""), Err(JsonProblem::Data));
    assert_eq!(
        Scanner::new("99999999999999999999999")
            .uint::<u64>()
            .map_err(|e| e.problem),
        Err(JsonProblem::Data)
    );
}

#[test]
fn skipping_checks_structure_and_names_the_place() {
    let skip = |json: &str| {
        let mut s = Scanner::new(json);
        s.skip()
            .and_then(|()| s.end())
            .map_err(|e| (e.problem, e.message))
    };
    assert!(skip(r#" {"a": [1, -2.5e-3, "x\"]", {"b": null}, true, false], "c": {}} "#).is_ok());
    assert_eq!(
        skip(r#"{"a": [1, 2,]}"#).map_err(|e| e.0),
        Err(JsonProblem::Syntax)
    );
    assert_eq!(
        skip(r#"{"a" 1}"#).map_err(|e| e.0),
        Err(JsonProblem::Syntax)
    );
    assert_eq!(skip("[tru]").map_err(|e| e.0), Err(JsonProblem::Syntax));
    assert_eq!(skip("[1, 2").map_err(|e| e.0), Err(JsonProblem::Eof));
    assert_eq!(skip("[1] 2").map_err(|e| e.0), Err(JsonProblem::Syntax));
    // Columns count from 1, as serde_json's do in the other two files' errors.
    let place = skip("{\n  \"a\": [1,\n   2 3]}").err().map(|e| e.1);
    assert_eq!(
        place.as_deref(),
        Some("expected `,` or `]` at line 3 column 6")
    );
}

#[test]
fn hostile_nesting_is_an_error_not_a_stack_overflow() {
    let deep = "[".repeat(100_000);
    let mut s = Scanner::new(&deep);
    assert_eq!(s.skip().map_err(|e| e.problem), Err(JsonProblem::Syntax));
}

/// A made-up events file: events of many lengths, each with a nested array of objects, and
/// escapes and multi-byte characters for a window's end to cut.
fn events_text(count: usize, broken_at: Option<usize>) -> String {
    let mut text = String::from("\u{feff}[\n");
    for i in 0..count {
        if i > 0 {
            text.push_str(",\n");
        }
        let period = if Some(i) == broken_at { "\"one\"" } else { "1" };
        text.push_str(&format!(
            "{{ \"id\" : \"e{i}\", \"period\" : {period}, \"minute\" : {m},\n  \"type\" : {{ \"id\" : 30, \"name\" : \"Pass \\u00e9\\ud83d\\ude00 Núñez\" }},\n  \"related\" : [ {{ \"id\" : \"r{i}\" }}, {{ \"id\" : \"s{i}\" }} ],\n  \"location\" : [ 60.5, 40.0 ], \"padding\" : \"{pad}\" }}",
            m = i % 90,
            pad = "p".repeat(i % 300),
        ));
    }
    text.push_str("\n]\n");
    text
}

/// Reads `text` through a window of `window` bytes at first.
fn read<'a>(
    text: &str,
    window: usize,
    arenas: &'a mut [Bump; 2],
) -> (Vec<Event<'a>>, Result<Readers, String>) {
    read_bytes(text.as_bytes(), window, arenas)
}

fn read_bytes<'a>(
    text: &[u8],
    window: usize,
    arenas: &'a mut [Bump; 2],
) -> (Vec<Event<'a>>, Result<Readers, String>) {
    let mut events = Vec::new();
    let mut rest = Vec::new();
    let source = Source::Bytes(text);
    let result = stream::read(Vec::new(), source, window, arenas, &mut events, &mut rest);
    let result = result.map_err(|e| match e {
        StreamError::Json(e) => format!("{:?}: {}", e.problem, e.message),
        other => format!("{other:?}"),
    });
    assert!(
        rest.is_empty() || result == Ok(Readers::Two),
        "only a reading in two leaves parts"
    );
    events.extend(rest.into_iter().flatten());
    (events, result)
}

fn ids(events: &[Event<'_>]) -> Vec<String> {
    events
        .iter()
        .map(|e| e.id.unwrap_or("").to_string())
        .collect()
}

/// Window sizes that cut the text everywhere: inside keys, numbers, escapes and characters.
const WINDOWS: [usize; 7] = [1, 5, 64, 333, 1000, 4096, 1 << 20];

#[test]
fn any_window_reads_every_event_once_in_order() {
    let text = events_text(300, None);
    let want: Vec<String> = (0..300).map(|i| format!("e{i}")).collect();
    for window in WINDOWS {
        let mut arenas = Default::default();
        let (events, result) = read(&text, window, &mut arenas);
        assert_eq!(result, Ok(Readers::One), "window {window}");
        assert_eq!(ids(&events), want, "window {window}");
        assert_eq!(events[299].minute, Some(299 % 90));
        assert_eq!(events[150].location.map(|p| p.x), Some(60.5));
        assert_eq!(events[7].kind(), "Pass é😀 Núñez");
    }
}

#[test]
fn any_window_places_an_error_as_a_reading_of_the_whole_text_does() {
    let text = events_text(300, Some(250));
    for window in WINDOWS {
        let mut arenas = Default::default();
        let (events, result) = read(&text, window, &mut arenas);
        assert_eq!(
            result,
            Err("Data: expected a small whole number at line 1002 column 29".into()),
            "window {window}"
        );
        assert_eq!(events.len(), 250);
        assert_eq!(events.last().and_then(|e| e.id), Some("e249"));
    }
    let cut = &text[..text.len() / 2];
    for window in WINDOWS {
        let mut arenas = Default::default();
        let (_, result) = read(cut, window, &mut arenas);
        assert!(
            result
                .as_ref()
                .is_err_and(|e| e.starts_with("Eof: EOF while parsing")),
            "window {window}: {result:?}"
        );
    }
}

#[test]
fn an_error_on_the_first_line_is_placed_by_columns_after_the_byte_order_mark() {
    // The mark is three bytes of the file but no column: `"x"` starts at the 50th character.
    let text = "\u{feff}[{\"id\": \"a\", \"period\": 1}, {\"id\": \"b\", \"period\": \"x\"}]";
    for window in WINDOWS {
        let mut arenas = Default::default();
        assert_eq!(
            read(text, window, &mut arenas).1,
            Err("Data: expected a small whole number at line 1 column 50".into()),
            "window {window}"
        );
    }
}

#[test]
fn an_empty_array_a_tiny_file_and_what_follows_the_array() {
    let mut arenas = Default::default();
    assert_eq!(read(" [ ] ", 1, &mut arenas).1, Ok(Readers::One));
    let (events, result) = read(&events_text(3, None), 2, &mut arenas);
    assert_eq!(result, Ok(Readers::One));
    assert_eq!(ids(&events), ["e0", "e1", "e2"]);
    assert_eq!(read("", 4, &mut arenas).1, Err("NotArray".into()));
    assert_eq!(read("  {}", 1, &mut arenas).1, Err("NotArray".into()));
    assert_eq!(
        read("[]\n x", 1, &mut arenas).1,
        Err("Syntax: trailing characters at line 2 column 2".into())
    );
}

#[test]
fn invalid_utf8_is_placed_by_its_byte_offset_whatever_the_window() {
    let mut bytes = br#"[{"id": "a", "type": {"name": "Pass"}}, {"id": "b"#.to_vec();
    bytes.push(0xE9);
    bytes.extend_from_slice(br#""}] "#);
    for window in [1, 3, 16, 4096] {
        let mut arenas = Default::default();
        let mut events = Vec::new();
        let result = stream::read(
            Vec::new(),
            Source::Bytes(&bytes),
            window,
            &mut arenas,
            &mut events,
            &mut Vec::new(),
        );
        assert!(
            matches!(result, Err(StreamError::NotUtf8(49))),
            "window {window}: {result:?}"
        );
    }
}

#[test]
fn an_object_where_a_name_was_wanted_is_data_of_the_wrong_type() {
    let mut arenas = Default::default();
    let text = r#"[{"id": "a", "period": 1, "team": "Spain"}]"#;
    let (_, result) = read(text, 8, &mut arenas);
    assert!(result.is_err_and(|e| e.starts_with("Data:")));
}

#[test]
fn a_file_read_in_parts_by_two_readers_gives_every_event_once_in_order() {
    let text = events_text(12_000, None);
    assert!(text.len() > 4 * 1024 * 1024, "big enough for sixteen parts");
    let want: Vec<String> = (0..12_000).map(|i| format!("e{i}")).collect();
    for window in [7, 4096, 1 << 16] {
        let mut arenas = Default::default();
        let (events, result) = read(&text, window, &mut arenas);
        // A first window too small to hold the first event's keys gives no guess to check.
        let readers = if window < 100 {
            Readers::One
        } else {
            Readers::Two
        };
        assert_eq!(result, Ok(readers), "window {window}");
        assert_eq!(ids(&events), want, "window {window}");
        assert_eq!(events[11_999].minute, Some(11_999 % 90));
    }
}

#[test]
fn an_error_in_a_later_part_is_placed_as_a_reading_from_the_start_places_it() {
    let text = events_text(12_000, Some(9000));
    for window in [7, 1 << 16] {
        let mut arenas = Default::default();
        let (events, result) = read(&text, window, &mut arenas);
        assert_eq!(
            result,
            Err("Data: expected a small whole number at line 36002 column 30".into()),
            "window {window}"
        );
        assert_eq!(events.len(), 9000);
        assert_eq!(events.last().and_then(|e| e.id), Some("e8999"));
    }
}

#[test]
fn a_middle_guessed_inside_a_nested_array_still_reads_every_event() {
    // Each event holds an array of objects that open with the events' own first two keys, after
    // `}` and `,`: wherever the middle falls, the guess can land inside one.
    let lured = events_text(2000, None).replace(
        "{ \"id\" : \"s",
        "{ \"id\" : \"t\", \"period\" : 1 }, { \"id\" : \"s",
    );
    let mut readers = Vec::new();
    for extra in 0..40 {
        let mut text = lured.clone();
        let after_bracket = text.find('[').map_or(0, |i| i + 1);
        text.insert_str(after_bracket, &" ".repeat(extra * 13));
        let mut arenas = Default::default();
        let (events, result) = read(&text, 1 << 16, &mut arenas);
        assert!(result.is_ok(), "shifted by {extra}: {result:?}");
        assert_eq!(events.len(), 2000, "shifted by {extra}");
        assert_eq!(events[1999].id, Some("e1999"));
        readers.extend(result.ok());
    }
    assert!(readers.contains(&Readers::One), "some guesses fell inside");
}

/// A broken event before a byte that is not UTF-8 is what is reported: problems are found in
/// file order, whatever the window and however the readers divide the file.
#[test]
fn a_broken_event_before_an_invalid_byte_is_reported_first() {
    let spoil = |text: String, event: usize| {
        let mut bytes = text.into_bytes();
        let id = format!("\"e{event}\"");
        let at = bytes
            .windows(id.len())
            .position(|w| w == id.as_bytes())
            .unwrap_or(0);
        bytes[at + id.len() + 2] = 0xFF;
        bytes
    };
    let small = spoil(events_text(300, Some(100)), 200);
    for window in WINDOWS {
        let mut arenas = Default::default();
        let (events, result) = read_bytes(&small, window, &mut arenas);
        assert_eq!(
            result,
            Err("Data: expected a small whole number at line 402 column 29".into()),
            "window {window}"
        );
        assert_eq!(events.len(), 100);
    }
    // In a file read in parts, the invalid byte shares a window with the broken event.
    let big = spoil(events_text(12_000, Some(9000)), 9010);
    for window in [7, 4096, 1 << 16] {
        let mut arenas = Default::default();
        let (events, result) = read_bytes(&big, window, &mut arenas);
        assert_eq!(
            result,
            Err("Data: expected a small whole number at line 36002 column 30".into()),
            "window {window}"
        );
        assert_eq!(events.len(), 9000);
    }
    // With nothing broken before it, the byte is the error, placed by its offset.
    let alone = spoil(events_text(300, None), 200);
    let offset = alone.iter().position(|&b| b == 0xFF).unwrap_or(0);
    for window in WINDOWS {
        let mut arenas = Default::default();
        let (_, result) = read_bytes(&alone, window, &mut arenas);
        assert_eq!(result, Err(format!("NotUtf8({offset})")), "window {window}");
    }
}
