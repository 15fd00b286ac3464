//! The StatsBomb files from the command line, as a person types the paths: companions found
//! from inside the events folder, and a broken companion blamed by name.

#![allow(clippy::expect_used)]

#[path = "statsbomb_data/mod.rs"]
mod statsbomb_data;

use std::process::{Command, Output};

fn touchline_in(dir: &std::path::Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_touchline"))
        .current_dir(dir)
        .args(args)
        .output()
        .expect("run touchline")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[test]
fn a_bare_file_name_inside_data_events_still_finds_lineups_and_matches() {
    let Some(matches) = statsbomb_data::real_matches() else {
        return;
    };
    let final_2011 = matches
        .iter()
        .find(|m| m.id == 18236)
        .expect("18236 is one of the five");
    let folder = final_2011.events.parent().expect("events folder");
    for name in ["18236.json", "./18236.json"] {
        let out = touchline_in(folder, &["summary", name]);
        let s = text(&out.stdout);
        assert!(out.status.success(), "{}", text(&out.stderr));
        assert!(s.contains("Champions League 2010/2011"), "{name}: {s}");
        assert!(!s.contains("no StatsBomb line-ups file"), "{name}: {s}");
        assert!(!s.contains("no StatsBomb matches file"), "{name}: {s}");
    }
}

#[test]
fn a_broken_lineups_file_given_on_purpose_is_named_in_the_error() {
    let Some(matches) = statsbomb_data::real_matches() else {
        return;
    };
    let dir = tempfile::tempdir().expect("temp dir");
    let lineups = dir.path().join("broken_lineup.json");
    std::fs::write(&lineups, r#"[{"team_id": "one"}]"#).expect("write");
    let lineups = lineups.to_str().expect("UTF-8 temp path");
    let events = matches[0].events.to_str().expect("UTF-8 data path");
    let out = touchline_in(dir.path(), &["summary", "--lineups", lineups, events]);
    let err = text(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(
        err.contains(&format!("{lineups}: StatsBomb line-ups file")),
        "{err}"
    );
}

#[test]
fn a_matches_folder_without_the_match_says_so() {
    let Some(matches) = statsbomb_data::real_matches() else {
        return;
    };
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(dir.path().join("43.json"), "[]").expect("write");
    let folder = dir.path().to_str().expect("UTF-8 temp path");
    let events = matches[0].events.to_str().expect("UTF-8 data path");
    let out = touchline_in(dir.path(), &["summary", "--matches", folder, events]);
    let err = text(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(
        err.contains(&format!("no matches file under {folder} lists this match")),
        "{err}"
    );
}
