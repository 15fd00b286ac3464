//! The fast paths for StatsBomb's usual shapes against what the general reader makes of the
//! same text: the same values and end, or nothing taken at all.

use super::keep::Keep;
use super::raw::Named;
use super::scan::{MAX_DEPTH, Scanner};
use super::scan_usual::Head;
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

/// A reference kept after it was read once is taken again by comparing its text: the same
/// value and end as a first reading, for a reference met before and for every one that
/// differs from it past its opening (another name, other whitespace, cut short, broken).
#[test]
fn a_kept_reference_reads_as_a_first_reading_does() {
    let usual = "{\n    \"id\" : 30,\n    \"name\" : \"Pass\"\n  }";
    let texts = [
        usual,
        usual,
        "{\n    \"id\" : 30,\n    \"name\" : \"Passe\"\n  }",
        "{\n    \"id\" : 30,\n      \"name\" : \"Pass\"\n  }",
        "{\n    \"id\" : 31,\n    \"name\" : \"Pass\"\n  }",
        usual,
        "{\n    \"id\" : 30,\n    \"name\" : \"Pass\"\n  ",
        "{\n    \"id\" : 30,\n    \"name\" : \"Pass\"",
        "{\n    \"id\" : 30,\n    \"name\" : \"Pa\\\"ss\"\n  }",
        "{\n    \"id\" : 30,\n    \"name\" : \"Pass\"\n  }, \"more\" : 1",
        usual,
    ];
    let arena = bumpalo::Bump::new();
    let mut keep = Keep::new(&arena);
    let mut usuals: Vec<&Named<'_>> = Vec::new();
    for (k, json) in texts.iter().enumerate() {
        let mut s = Scanner::new(json);
        let kept = s.usual_named_kept(&mut keep);
        let got = kept.map(|n| (n.id.unwrap_or(0), n.name.unwrap_or("").to_string()));
        assert_eq!((got, s.position()), named(json), "text {k}: {json}");
        if *json == usual {
            usuals.extend(kept);
        }
    }
    // Met again, the very reference kept is given back.
    assert_eq!(usuals.len(), 4);
    assert!(usuals.iter().all(|n| std::ptr::eq(*n, usuals[0])));
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
    let compact = r#""id":"a","index":7,"period":1,"timestamp":"","minute":0,"second":59, "x": 1"#;
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
    let arena = bumpalo::Bump::new();
    let mut keep = Keep::new(&arena);
    let mut named = |json: &str| {
        let mut s = Scanner::new(json);
        let got = s
            .usual_named_member(b"\"team\"", &mut keep)
            .map(|n| (n.id.unwrap_or(0), n.name.unwrap_or("").to_string()));
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
    let arena = bumpalo::Bump::new();
    assert!(s.usual_named_kept(&mut Keep::new(&arena)).is_none());
    assert_eq!(s.usual_point(), None);
}
