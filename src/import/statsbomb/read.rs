//! Reading the bytes of the three StatsBomb files into the raw structs, and telling an events
//! file by its content.

use super::error::{EventPlace, FileKind, StatsBombError};
use super::events::Events;
use super::raw_meta::{LineupTeam, MatchInfo};
use super::source::Source;
use super::stream::{self, StreamError};
use bumpalo::Bump;
use serde::Deserialize;
use std::path::Path;

/// Whether text is a StatsBomb events file: a JSON array whose first object has the keys
/// every StatsBomb event has. Only the first object is read, so this is cheap on a 4 MB file.
pub fn looks_like_events(text: &[u8]) -> bool {
    #[derive(Deserialize)]
    struct Keys {
        #[serde(rename = "type")]
        kind: Option<serde::de::IgnoredAny>,
        period: Option<serde::de::IgnoredAny>,
        possession: Option<serde::de::IgnoredAny>,
        minute: Option<serde::de::IgnoredAny>,
    }
    let Some(first) = first_object(text) else {
        return cut_inside_first_event(text);
    };
    match serde_json::from_slice::<Keys>(first) {
        Ok(k) => {
            k.kind.is_some() && k.period.is_some() && (k.possession.is_some() || k.minute.is_some())
        }
        Err(_) => false,
    }
}

/// A file cut short inside its first event, which still shows the keys every event starts
/// with: it is an events file, and reading it says it is truncated.
fn cut_inside_first_event(text: &[u8]) -> bool {
    let opens_an_object = text
        .trim_ascii_start()
        .strip_prefix(b"[")
        .is_some_and(|rest| rest.trim_ascii_start().starts_with(b"{"));
    // The keys come first in an event; a bound keeps a long broken file from being searched.
    let head = &text[..text.len().min(8192)];
    let has = |key: &[u8]| head.windows(key.len()).any(|w| w == key);
    opens_an_object && has(b"\"period\"") && has(b"\"type\"")
}

/// The bytes of the first object of a top-level JSON array, braces included, found by
/// counting braces outside strings.
fn first_object(text: &[u8]) -> Option<&[u8]> {
    let text = text.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(text);
    let start_array = text.iter().position(|b| !b.is_ascii_whitespace())?;
    if text[start_array] != b'[' {
        return None;
    }
    let after = start_array + 1;
    let open = after
        + text[after..]
            .iter()
            .position(|b| !b.is_ascii_whitespace())?;
    if text[open] != b'{' {
        return None;
    }
    let (mut depth, mut in_string, mut escaped) = (0usize, false, false);
    for (i, &b) in text[open..].iter().enumerate() {
        if in_string {
            match b {
                _ if escaped => escaped = false,
                b'\\' => escaped = true,
                b'"' => in_string = false,
                _ => {}
            }
            continue;
        }
        match b {
            b'"' => in_string = true,
            b'{' | b'[' => depth += 1,
            b'}' | b']' => {
                depth -= 1;
                if depth == 0 {
                    return Some(&text[open..=open + i]);
                }
            }
            _ => {}
        }
    }
    None
}

/// Reads an events file, `head` its first bytes when they are already read (perhaps none),
/// the strings the events keep copied into `arenas`. Events are read one by one, so on an
/// error the caller knows how many were read whole and the id of the last one.
pub fn events<'a>(
    path: &Path,
    head: Vec<u8>,
    source: Source<'_>,
    arenas: &'a mut [Bump; 2],
) -> Result<Events<'a>, StatsBombError> {
    let mut events = Vec::new();
    let mut rest = Vec::new();
    match stream::read(head, source, stream::WINDOW, arenas, &mut events, &mut rest) {
        Ok(_) => {
            rest.insert(0, events);
            Ok(Events::from_parts(rest))
        }
        Err(StreamError::Io(source)) => Err(StatsBombError::Io {
            path: path.to_path_buf(),
            source,
        }),
        Err(StreamError::NotArray) => Err(StatsBombError::NotStatsBomb {
            file: FileKind::Events,
            reason: "expected a JSON array of events".into(),
        }),
        Err(StreamError::NotUtf8(offset)) => Err(StatsBombError::NotStatsBomb {
            file: FileKind::Events,
            reason: format!("not UTF-8 text (invalid byte at offset {offset})"),
        }),
        Err(StreamError::Json(error)) => Err(StatsBombError::Json {
            file: FileKind::Events,
            event: Some(EventPlace {
                position: events.len(),
                after_id: events.last().and_then(|e| e.id.map(str::to_string)),
            }),
            error,
        }),
    }
}

/// Reads a line-ups file.
pub fn lineups(bytes: &[u8]) -> Result<Vec<LineupTeam<'_>>, StatsBombError> {
    serde_json::from_slice(bytes).map_err(|error| StatsBombError::Json {
        file: FileKind::Lineups,
        error: error.into(),
        event: None,
    })
}

/// Reads a matches file (a season's matches).
pub fn matches(bytes: &[u8]) -> Result<Vec<MatchInfo<'_>>, StatsBombError> {
    serde_json::from_slice(bytes).map_err(|error| StatsBombError::Json {
        file: FileKind::Matches,
        error: error.into(),
        event: None,
    })
}

#[cfg(test)]
mod tests {
    use super::super::raw;
    use super::*;

    fn read<'a>(text: &[u8], arenas: &'a mut [Bump; 2]) -> Result<Events<'a>, StatsBombError> {
        events(
            Path::new("events.json"),
            Vec::new(),
            Source::Bytes(text),
            arenas,
        )
    }

    #[test]
    fn tells_events_by_their_first_object() {
        let events = br#" [ {"id": "a", "index": 1, "period": 1, "minute": 0,
            "type": {"id": 35, "name": "Starting XI"}, "possession": 1,
            "tactics": {"lineup": [{"player": {"id": 1, "name": "A \"B\" {C}"}}]}} ]"#;
        assert!(looks_like_events(events));
        assert!(!looks_like_events(b"[1, 2]"));
        assert!(!looks_like_events(br#"{"format": "touchline-match"}"#));
        assert!(!looks_like_events(br#"[{"team_id": 1, "lineup": []}]"#));
        assert!(looks_like_events(
            br#"[{"id": "a", "period": 1, "type": {"id": 35, "na"#
        ));
        assert!(!looks_like_events(br#"[{"id": "a", "peri"#));
    }

    #[test]
    fn a_broken_event_is_named_by_position_and_the_id_before_it() {
        let text = br#"[{"id": "a", "period": 1}, {"id": "b", "period": 1},
            {"id": "c", "period": "first"}]"#;
        let mut arenas = Default::default();
        let err = read(text, &mut arenas).err();
        let Some(StatsBombError::Json {
            event: Some(place), ..
        }) = &err
        else {
            panic!("{err:?}")
        };
        assert_eq!(place.position, 2);
        assert_eq!(place.after_id.as_deref(), Some("b"));
        let message = err.map(|e| e.to_string()).unwrap_or_default();
        assert!(message.contains("event #2 (after event id b)"), "{message}");
    }

    #[test]
    fn truncated_json_says_so() {
        let text = br#"[{"id": "a", "period": 1}, {"id": "b", "per"#;
        let mut arenas = Default::default();
        let message = read(text, &mut arenas)
            .err()
            .map(|e| e.to_string())
            .unwrap_or_default();
        assert!(message.contains("ends early"), "{message}");
        assert!(message.contains("event #1 (after event id a)"), "{message}");
    }

    /// A pass or carry that opens in another way than StatsBomb's usual one reads the same.
    #[test]
    fn passes_and_carries_in_any_order_read_alike() {
        let usual = br#"[{"id": "a", "index": 1, "period": 1, "timestamp": "t", "minute": 2,
            "second": 0, "type": {"id": 30, "name": "Pass"}, "possession": 1,
            "possession_team": {"id": 1, "name": "A"}, "play_pattern": {"id": 1, "name": "P"},
            "team": {"id": 1, "name": "A"}, "player": {"id": 5, "name": "Five"},
            "position": {"id": 2, "name": "Right Back"}, "location": [10.5, 20.0],
            "duration": 1.5, "related_events": ["b"],
            "pass": {"recipient": {"id": 6, "name": "Six"}, "length": 3.0, "angle": 0.5,
                "height": {"id": 1, "name": "Ground Pass"}, "end_location": [12.0, 22.5],
                "outcome": {"id": 9, "name": "Incomplete"}},
            "carry": {"end_location": [30.0, 40.0]}}]"#;
        let shuffled = br#"[{"minute": 2, "id": "a", "period": 1,
            "type": {"name": "Pass", "id": 30}, "team": {"id": 1, "name": "A"},
            "player": {"id": 5, "name": "Five"}, "location": [10.5, 20.0],
            "pass": {"length": 3.0, "end_location": [12.0, 22.5],
                "outcome": {"id": 9, "name": "Incomplete"}, "recipient": {"id": 6, "name": "Six"}},
            "carry": {"other": 1, "end_location": [30.0, 40.0]},
            "position": {"id": 2, "name": "Right Back"}}]"#;
        let fields = |text: &[u8]| {
            let mut arenas = Default::default();
            let events = read(text, &mut arenas).unwrap_or_default();
            events
                .get(0)
                .map(|e| {
                    let pass = e.pass;
                    format!(
                        "{:?} {:?} {:?} {} {} {} {} {:?} {:?} {:?} {:?}",
                        e.id,
                        e.period,
                        e.minute,
                        e.kind(),
                        raw::name_of(e.team),
                        raw::name_of(e.player),
                        raw::name_of(e.position),
                        e.location,
                        pass.map(|p| (raw::name_of(p.recipient), p.end_location)),
                        pass.map(|p| raw::name_of(p.outcome)),
                        e.carry.and_then(|c| c.end_location),
                    )
                })
                .unwrap_or_default()
        };
        assert_eq!(fields(usual), fields(shuffled));
        assert!(fields(usual).contains("Six"), "{}", fields(usual));
        assert!(fields(usual).contains("x: 30.0"), "{}", fields(usual));
    }

    #[test]
    fn extra_fields_and_locations_with_height_read() {
        let text = br#"[{"id": "a", "period": 2, "minute": 50, "new_field": {"x": [1, 2]},
            "type": {"id": 16, "name": "Shot"}, "location": [100.5, 40],
            "shot": {"end_location": [120, 38.2, 1.5], "freeze_frame": [{"location": [1, 2]}]}}]"#;
        let mut arenas = Default::default();
        let read = read(text, &mut arenas).unwrap_or_default();
        assert_eq!(read.len(), 1);
        let first = read.get(0);
        assert_eq!(first.map(|e| e.kind()), Some("Shot"));
        assert_eq!(first.and_then(|e| e.location).map(|p| p.x), Some(100.5));
        let end = first
            .and_then(|e| e.shot.as_ref())
            .and_then(|s| s.end_location);
        assert_eq!(end.map(|p| p.y), Some(38.2));
    }
}
