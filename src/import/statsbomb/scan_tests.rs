//! The JSON scanner on the edge cases a real or damaged file can hold, and the two-half
//! reading of the events array against a reading from the start.

use super::halves;
use super::raw::Event;
use super::scan::{JsonProblem, Scanner};

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

/// A made-up events file big enough to be read in halves, each event with a nested array
/// of objects that opens with the same key as the events do, to lure the split guess.
fn events_text(count: usize, broken_at: Option<usize>) -> String {
    let mut text = String::from("[\n");
    for i in 0..count {
        if i > 0 {
            text.push_str(",\n");
        }
        let period = if Some(i) == broken_at { "\"one\"" } else { "1" };
        text.push_str(&format!(
            "{{ \"id\" : \"e{i}\", \"period\" : {period}, \"minute\" : {m},\n  \"type\" : {{ \"id\" : 30, \"name\" : \"Pass\" }},\n  \"related\" : [ {{ \"id\" : \"r{i}\" }}, {{ \"id\" : \"s{i}\" }} ],\n  \"location\" : [ 60.5, 40.0 ], \"padding\" : \"{pad}\" }}",
            m = i % 90,
            pad = "p".repeat(i % 300),
        ));
    }
    text.push_str("\n]\n");
    text
}

fn ids(events: &[Event<'_>]) -> Vec<String> {
    events
        .iter()
        .map(|e| e.id.as_deref().unwrap_or("").to_string())
        .collect()
}

#[test]
fn reading_in_halves_gives_every_event_once_in_order() {
    let text = events_text(3000, None);
    assert!(text.len() > 512 * 1024, "big enough for two readers");
    let mut events = Vec::new();
    assert!(halves::read(&text, &mut events).is_ok());
    let want: Vec<String> = (0..3000).map(|i| format!("e{i}")).collect();
    assert_eq!(ids(&events), want);
    assert_eq!(events[2999].minute, Some(2999 % 90));
    assert_eq!(events[1500].location.map(|p| p.x), Some(60.5));
}

#[test]
fn an_error_in_the_second_half_is_placed_as_a_reading_from_the_start_places_it() {
    let text = events_text(3000, Some(2500));
    let mut events = Vec::new();
    let err = halves::read(&text, &mut events).err();
    assert_eq!(err.map(|e| e.problem), Some(JsonProblem::Data));
    assert_eq!(events.len(), 2500);
    assert_eq!(events.last().and_then(|e| e.id.as_deref()), Some("e2499"));
}

#[test]
fn an_empty_array_and_a_tiny_file_read() {
    let mut events = Vec::new();
    assert!(halves::read(" [ ] ", &mut events).is_ok() && events.is_empty());
    let small = events_text(3, None);
    assert!(halves::read(&small, &mut events).is_ok());
    assert_eq!(ids(&events), ["e0", "e1", "e2"]);
}

#[test]
fn an_object_where_a_name_was_wanted_is_data_of_the_wrong_type() {
    let text = r#"[{"id": "a", "period": 1, "team": "Spain"}]"#;
    let mut events = Vec::new();
    let err = halves::read(text, &mut events).err();
    assert_eq!(err.map(|e| e.problem), Some(JsonProblem::Data));
}
