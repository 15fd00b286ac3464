//! StatsBomb files as they come: a shoot-out built from real kicks, files with missing,
//! unknown and extra fields, bad files, no line-ups, and the two folder layouts people keep.

#![allow(clippy::unwrap_used)]

mod statsbomb_data;

use serde_json::{Value, json};
use std::path::Path;
use touchline::import::statsbomb::{self, FileKind, StatsBombError};
use touchline::model::{EventKind, Score};
use touchline::timeline::Timeline;

fn value(path: &Path) -> Value {
    serde_json::from_slice(&std::fs::read(path).unwrap()).unwrap()
}

fn bytes(v: &Value) -> Vec<u8> {
    serde_json::to_vec(v).unwrap()
}

/// A shoot-out after the 2-2 of match 15986, made of that match's own shots re-labelled as
/// period 5 kicks: home score 4 of 5, away 3 of 5.
#[test]
fn shootout_has_its_own_score_and_shows_as_pens() {
    let Some(matches) = statsbomb_data::real_matches() else {
        return;
    };
    let r = &matches[0];
    let mut events = value(&r.events);
    let list = events.as_array_mut().unwrap();
    let shots: Vec<Value> = list
        .iter()
        .filter(|e| e["type"]["name"] == "Shot")
        .cloned()
        .collect();
    let home = list[0]["team"]["id"].clone();
    let (home_shots, away_shots): (Vec<Value>, Vec<Value>) =
        shots.into_iter().partition(|s| s["team"]["id"] == home);
    let home_kicks = [true, true, false, true, true];
    let away_kicks = [true, false, true, true, false];
    let mut index = list.len() as u64 + 1;
    let mut mark = |name: &str, team: &Value| {
        index += 1;
        json!({"id": format!("mark-{index}"), "index": index, "period": 5, "minute": 120,
               "second": 0, "type": {"id": 0, "name": name}, "team": team, "possession": 1})
    };
    let start = mark("Half Start", &list[0]["team"]);
    list.push(start);
    for k in 0..5 {
        for (shot, scored) in [
            (&home_shots[k], home_kicks[k]),
            (&away_shots[k], away_kicks[k]),
        ] {
            let mut kick = shot.clone();
            kick["period"] = json!(5);
            kick["minute"] = json!(121 + k);
            kick["id"] = json!(format!("kick-{k}-{}", kick["team"]["id"]));
            kick["location"] = json!([108.0, 40.0]);
            kick["shot"]["type"] = json!({"id": 88, "name": "Penalty"});
            let outcome = if scored { "Goal" } else { "Saved" };
            kick["shot"]["outcome"] = json!({"id": 97, "name": outcome});
            list.push(kick);
        }
    }
    let end = mark("Half End", &list[0]["team"]);
    list.push(end);

    let lineups = std::fs::read(&r.lineups).unwrap();
    let m = statsbomb::parse(&bytes(&events), Some(&lineups), None).unwrap();
    assert_eq!(m.final_score, Score::new(2, 2));
    assert_eq!(m.shootout, Some(Score::new(4, 3)));
    assert_eq!(m.result(), "2-2, 4-3 pens");
    let kicks: Vec<_> = m
        .events
        .iter()
        .filter(|e| e.clock.period == 5 && e.label.as_deref() == Some("Shot"))
        .collect();
    assert_eq!(kicks.len(), 10);
    assert!(
        kicks
            .iter()
            .all(|k| k.clock.to_string() == "pens" && k.penalty)
    );
    assert_eq!(
        kicks.iter().filter(|k| k.kind == EventKind::Goal).count(),
        7
    );
    assert!(kicks.iter().all(|k| !k.is_scoring_goal()));
    let end = m
        .events
        .iter()
        .rfind(|e| e.kind == EventKind::PeriodEnd)
        .unwrap();
    assert!(end.text.contains("4-3 on penalties"), "{}", end.text);
    let timeline = Timeline::new(m);
    let last = timeline.state(timeline.len() - 1);
    assert_eq!(
        (last.score, last.shootout),
        (Score::new(2, 2), Score::new(4, 3))
    );
}

/// A real file with fields removed, a new event type, extra fields and one event with no
/// minute: imported, with a warning that counts what was skipped or unknown.
#[test]
fn damaged_real_file_imports_with_warnings() {
    let Some(matches) = statsbomb_data::real_matches() else {
        return;
    };
    let r = &matches[1];
    let mut events = value(&r.events);
    let list = events.as_array_mut().unwrap();
    let total = list.len();
    for (i, e) in list.iter_mut().enumerate() {
        let e = e.as_object_mut().unwrap();
        e.insert(
            "new_vendor_field".into(),
            json!({"nested": [1, 2, {"x": null}]}),
        );
        if i % 7 == 3 {
            e.remove("location");
            e.remove("possession_team");
            e.remove("duration");
        }
        if i % 11 == 5 && e["type"]["name"] == "Pass" {
            e.insert("type".into(), json!({"id": 999, "name": "Hologram Replay"}));
        }
    }
    list[100].as_object_mut().unwrap().remove("minute");
    let lineups = std::fs::read(&r.lineups).unwrap();
    let m = statsbomb::parse(&bytes(&events), Some(&lineups), None).unwrap();
    assert_eq!(m.final_score, Score::new(0, 3));
    assert_eq!(m.events.len(), total - 1);
    let warnings = m.warnings.join("\n");
    assert!(warnings.contains("skipped 1 events"), "{warnings}");
    assert!(warnings.contains("\"Hologram Replay\" x"), "{warnings}");
    let unknown = m
        .events
        .iter()
        .filter(|e| e.label.as_deref() == Some("Hologram Replay"));
    assert!(unknown.clone().count() > 10 && unknown.clone().all(|e| e.minor));
}

#[test]
fn bad_files_give_typed_errors_with_the_event() {
    let Some(matches) = statsbomb_data::real_matches() else {
        return;
    };
    let r = &matches[0];
    let whole = std::fs::read(&r.events).unwrap();
    let err = statsbomb::parse(&whole[..whole.len() / 2], None, None).unwrap_err();
    let StatsBombError::Json {
        file: FileKind::Events,
        event: Some(place),
        ..
    } = &err
    else {
        panic!("{err:?}")
    };
    assert!(
        place.position > 1000 && place.after_id.is_some(),
        "{place:?}"
    );
    assert!(err.to_string().contains("ends early"), "{err}");

    let lineups = std::fs::read(&r.lineups).unwrap();
    let err = statsbomb::parse(&lineups, None, None).unwrap_err();
    assert!(
        matches!(
            err,
            StatsBombError::NotStatsBomb {
                file: FileKind::Events,
                ..
            }
        ),
        "{err:?}"
    );
    let err = statsbomb::parse(br#"{"format": "touchline-match"}"#, None, None).unwrap_err();
    assert!(
        matches!(err, StatsBombError::NotStatsBomb { .. }),
        "{err:?}"
    );

    let mut events = value(&r.events);
    events[42]["period"] = json!("second");
    let err = statsbomb::parse(&bytes(&events), None, None).unwrap_err();
    let message = err.to_string();
    assert!(
        message.contains("in event #42 (after event id "),
        "{message}"
    );

    // A line-ups file of another match, given on purpose, is refused rather than mixed in.
    let other = &matches[1].lineups;
    let err = statsbomb::load(&r.events, Some(other), None).unwrap_err();
    assert!(
        matches!(
            err,
            StatsBombError::OtherMatch {
                file: FileKind::Lineups,
                ..
            }
        ),
        "{err:?}"
    );
}

/// A real file, pretty-printed as StatsBomb writes it, broken far past the first window: read
/// from disk, the error is placed at the line and column counted here from its text.
#[test]
fn a_broken_value_deep_in_a_real_file_is_placed_by_line_and_column() {
    let Some(matches) = statsbomb_data::real_matches() else {
        return;
    };
    let text = std::fs::read_to_string(&matches[0].events).unwrap();
    let key = "\"period\" : ";
    let value = text[text.len() * 3 / 4..].find(key).unwrap() + text.len() * 3 / 4 + key.len();
    let broken = format!("{}\"two\"{}", &text[..value], &text[value + 1..]);
    let line = text[..value].matches('\n').count() + 1;
    let column = value - text[..value].rfind('\n').unwrap();

    let tmp = tempfile::tempdir().unwrap();
    let path = tmp.path().join("events.json");
    std::fs::write(&path, broken).unwrap();
    let err = touchline::import::load(&path).unwrap_err().to_string();
    assert!(
        err.contains(&format!("at line {line} column {column}")),
        "{err} (want line {line} column {column})"
    );
}

#[test]
fn without_lineups_the_events_still_name_everyone() {
    let Some(matches) = statsbomb_data::real_matches() else {
        return;
    };
    let m = statsbomb::parse(&std::fs::read(&matches[0].events).unwrap(), None, None).unwrap();
    assert_eq!(m.final_score, Score::new(2, 2));
    assert!(
        m.warnings
            .iter()
            .any(|w| w.contains("no StatsBomb line-ups file"))
    );
    assert_eq!(m.home.players.iter().filter(|p| p.starter).count(), 11);
    assert_eq!(
        m.home.players.len(),
        11 + 3,
        "starters and the three who came on"
    );
    for e in &m.events {
        for p in &e.players {
            assert!(
                m.home.player(p).is_some() || m.away.player(p).is_some(),
                "{p}"
            );
        }
    }
    let messi = m
        .events
        .iter()
        .find(|e| e.is_scoring_goal())
        .and_then(|e| e.actor());
    assert_eq!(messi, Some("Lionel Andrés Messi Cuccittini"));
}

/// The open-data tree (matches file found recursively) and a flattened copy of it, through
/// the same entry point the command line uses.
#[test]
fn finds_lineups_and_matches_in_both_layouts() {
    let Some(_) = statsbomb_data::real_matches() else {
        return;
    };
    let open = statsbomb_data::root().join("ushisantoasobu-try-statsbomb/data");
    let m = touchline::import::load(&open.join("events/18236.json")).unwrap();
    assert!(m.warnings.is_empty(), "{:?}", m.warnings);
    assert_eq!(m.date.map(|d| d.to_string()).as_deref(), Some("2011-05-28"));
    assert_eq!(
        m.competition.as_deref(),
        Some("Champions League 2010/2011, Final")
    );
    let kick_off = m
        .events
        .iter()
        .find(|e| e.kind == EventKind::PeriodStart)
        .unwrap();
    assert_eq!(
        kick_off.text,
        "Kick-off at Wembley Stadium, 20:45. Referee: Viktor Kassai."
    );

    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    std::fs::create_dir_all(data.join("events")).unwrap();
    std::fs::create_dir_all(data.join("lineups")).unwrap();
    std::fs::create_dir_all(data.join("matches/16")).unwrap();
    std::fs::copy(
        open.join("events/18236.json"),
        data.join("events/18236.json"),
    )
    .unwrap();
    std::fs::copy(
        open.join("lineups/18236.json"),
        data.join("lineups/18236.json"),
    )
    .unwrap();
    std::fs::copy(
        statsbomb_data::matches_18236(),
        data.join("matches/16/22.json"),
    )
    .unwrap();
    let nested = touchline::import::load(&data.join("events/18236.json")).unwrap();
    assert_eq!(nested, m);

    // kloppy-style siblings, and an explicit matches folder searched for the id.
    let flat = tmp.path().join("flat");
    std::fs::create_dir_all(&flat).unwrap();
    std::fs::copy(
        open.join("events/18236.json"),
        flat.join("sb_18236_events.json"),
    )
    .unwrap();
    std::fs::copy(
        open.join("lineups/18236.json"),
        flat.join("sb_18236_lineups.json"),
    )
    .unwrap();
    let sibling = statsbomb::load(
        &flat.join("sb_18236_events.json"),
        None,
        Some(&data.join("matches")),
    )
    .unwrap();
    assert_eq!(sibling, m);
}
