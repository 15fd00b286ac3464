//! The command line: `summary`, `convert` (atomic, no overwrite without --force), and one clear
//! line with exit status 2 for every kind of bad input.

#![allow(clippy::expect_used)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const SAMPLE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/assets/dortmund-atalanta-2018.txt"
);

fn touchline(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_touchline"))
        .args(args)
        .output()
        .expect("run touchline")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

fn path_str(p: &Path) -> &str {
    p.to_str().expect("temp paths are UTF-8")
}

/// Runs touchline on a file and checks it fails the way a person should see: status 2, one
/// line naming the file and the problem, nothing on stdout, no panic.
fn assert_bad_input(path: &Path, problem: &str) {
    let out = touchline(&["summary", path_str(path)]);
    let err = text(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{path:?}: {err}");
    assert_eq!(err.lines().count(), 1, "one line: {err:?}");
    assert!(err.contains(path_str(path)), "names the file: {err:?}");
    assert!(err.contains(problem), "says {problem:?}: {err:?}");
    assert!(!err.contains("panicked"), "{err}");
    assert!(out.stdout.is_empty());
    // The viewer refuses the same file before touching the terminal.
    let view = touchline(&[path_str(path)]);
    assert_eq!(view.status.code(), Some(2));
    assert_eq!(text(&view.stderr), err);
}

#[test]
fn summary_of_the_sample() {
    let out = touchline(&["summary", SAMPLE]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let s = text(&out.stdout);
    let first = s.lines().next().unwrap_or_default();
    assert_eq!(first, "Borussia Dortmund 3-2 Atalanta");
    assert!(s.contains("Europa League, 2018-02-15"), "{s}");
    let goal_lines: Vec<&str> = s
        .lines()
        .skip_while(|l| *l != "Goals")
        .skip(1)
        .take_while(|l| !l.is_empty())
        .collect();
    let scores: Vec<&str> = goal_lines
        .iter()
        .filter_map(|l| l.split_whitespace().find(|w| w.contains('-')))
        .collect();
    assert_eq!(scores, ["1-0", "1-1", "1-2", "2-2", "3-2"], "{s}");
    assert!(goal_lines[4].contains("90+"), "stoppage-time winner: {s}");
}

#[test]
fn convert_writes_a_match_file_that_replays_and_round_trips() {
    let dir = tempfile::tempdir().expect("temp dir");
    let json = dir.path().join("match.json");
    let out = touchline(&["convert", SAMPLE, "-o", path_str(&json)]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let first = std::fs::read(&json).expect("match file written");
    assert!(text(&first).starts_with("{\n  \"format\": \"touchline-match\",\n  \"version\": 1,"));

    let again = dir.path().join("again.json");
    let out = touchline(&["convert", path_str(&json), "-o", path_str(&again)]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_eq!(
        std::fs::read(&again).expect("second file"),
        first,
        "lossless"
    );

    let from_report = touchline(&["summary", SAMPLE]);
    let from_file = touchline(&["summary", path_str(&json)]);
    assert_eq!(text(&from_file.stdout), text(&from_report.stdout));
    let leftovers: Vec<PathBuf> = std::fs::read_dir(dir.path())
        .expect("list dir")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.to_string_lossy().ends_with(".tmp"))
        .collect();
    assert!(leftovers.is_empty(), "no temp files left: {leftovers:?}");
}

#[test]
fn convert_never_overwrites_without_force() {
    let dir = tempfile::tempdir().expect("temp dir");
    let target = dir.path().join("precious.json");
    std::fs::write(&target, "my own notes").expect("write");
    let out = touchline(&["convert", SAMPLE, "-o", path_str(&target)]);
    assert_eq!(out.status.code(), Some(2));
    let err = text(&out.stderr);
    assert!(
        err.contains("already exists") && err.contains("--force"),
        "{err}"
    );
    assert_eq!(
        std::fs::read_to_string(&target).expect("read"),
        "my own notes"
    );

    let out = touchline(&["convert", SAMPLE, "-o", path_str(&target), "--force"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(
        std::fs::read_to_string(&target)
            .expect("read")
            .contains("touchline-match")
    );
}

#[test]
fn convert_defaults_to_the_input_name_with_json() {
    let dir = tempfile::tempdir().expect("temp dir");
    let report = dir.path().join("report.txt");
    std::fs::copy(SAMPLE, &report).expect("copy sample");
    let out = touchline(&["convert", path_str(&report)]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(dir.path().join("report.json").exists());
}

#[test]
fn every_kind_of_bad_input_gets_one_clear_line() {
    let dir = tempfile::tempdir().expect("temp dir");
    let write = |name: &str, bytes: &[u8]| {
        let p = dir.path().join(name);
        std::fs::write(&p, bytes).expect("write fixture");
        p
    };
    assert_bad_input(&dir.path().join("missing.txt"), "no such file");
    assert_bad_input(dir.path(), "is a directory");
    assert_bad_input(&write("empty.txt", b""), "file is empty");
    assert_bad_input(
        &write("junk.bin", &[0x7f, b'E', b'L', b'F', 2, 1, 0, 0, 0xff]),
        "binary",
    );
    assert_bad_input(
        &write("latin1.txt", b"Dortmund 3-2 M\xfcnchen"),
        "not UTF-8",
    );
    assert_bad_input(
        &write("other.json", br#"{"name": "not a match"}"#),
        "not a match file",
    );
    assert_bad_input(
        &write(
            "future.json",
            br#"{"format": "touchline-match", "version": 99}"#,
        ),
        "version 99",
    );
    assert_bad_input(&write("broken.json", b"{\"format\": "), "invalid JSON");
    assert_bad_input(
        &write(
            "recipe.txt",
            b"Whisk two eggs with sugar, then fold in the flour.",
        ),
        "no recognisable teams",
    );
}

#[test]
fn escape_sequences_from_a_file_never_reach_the_terminal() {
    let dir = tempfile::tempdir().expect("temp dir");
    let json = dir.path().join("match.json");
    assert!(
        touchline(&["convert", SAMPLE, "-o", path_str(&json)])
            .status
            .success()
    );
    let tainted = std::fs::read_to_string(&json).expect("read").replacen(
        "Borussia Dortmund",
        "Borussia\\u001b]0;pwned\\u0007 Dortmund\\u009b2J",
        1,
    );
    std::fs::write(&json, tainted).expect("write");
    let out = touchline(&["summary", path_str(&json)]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let s = text(&out.stdout);
    assert!(
        !s.contains('\x1b') && !s.contains('\x07') && !s.contains('\u{9b}'),
        "{s:?}"
    );
    assert!(s.starts_with("Borussia]0;pwned Dortmund2J 3-2"), "{s}");

    let name = dir.path().join("evil\x1b[2J.txt");
    let out = touchline(&["summary", path_str(&name)]);
    assert!(
        !text(&out.stderr).contains('\x1b'),
        "file names are cleaned too"
    );
}

#[test]
fn the_viewer_needs_a_terminal() {
    let out = touchline(&[SAMPLE]);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("not a terminal"));
}

#[test]
fn bad_arguments_are_refused_before_anything_opens() {
    let out = touchline(&[SAMPLE, "--at", "67+2"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("not a minute"));
    let out = touchline(&[SAMPLE, "--goal", "9"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains("no goal 9"),
        "{}",
        text(&out.stderr)
    );
}

/// The StatsBomb files of `../shared/data`, or `None` (with the reason printed) where this
/// checkout has no such folder beside it.
fn statsbomb_dir() -> Option<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/data/statsbomb");
    if dir.is_dir() {
        Some(dir)
    } else {
        eprintln!("skipping: {} is absent", dir.display());
        None
    }
}

#[test]
fn statsbomb_companion_files_can_be_named_on_the_command_line() {
    let Some(dir) = statsbomb_dir() else { return };
    let talk = dir.join("PySport-kloppy/docs/presentations/working_with_event_data");
    let events = talk.join("9880.json");
    let lineups = talk.join("lineup.json");
    let out = touchline(&[
        "summary",
        path_str(&events),
        "--lineups",
        path_str(&lineups),
    ]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let s = text(&out.stdout);
    assert!(s.starts_with("Barcelona 2-1 Valencia\n"), "{s}");
    assert!(s.contains("87'  Dani Parejo (pen)  2-1  Valencia"), "{s}");

    let other = dir.join("PySport-kloppy/kloppy/tests/files/statsbomb_3788741_lineup.json");
    let out = touchline(&["summary", path_str(&events), "--lineups", path_str(&other)]);
    assert_eq!(
        out.status.code(),
        Some(2),
        "line-ups of another match are refused"
    );
    let err = text(&out.stderr);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.contains("statsbomb_3788741_lineup.json"), "{err}");
}
