//! The importer on made-up reports in `testdata/`: teams, result, and every goal's side, scorer
//! and stated minute, as `eval-reports` scores the real ones.

use super::parse;
use crate::model::{EventKind, Match, Side};
use serde_json::Value;
use std::path::Path;

fn surname(name: &str) -> String {
    crate::model::surname(&super::tokens::fold(name)).to_string()
}

/// Whether two names share a word that is not common to many clubs, as `eval-reports` judges
/// ("Blackwood Rovers" names "Rovers").
fn same_team(a: &str, b: &str) -> bool {
    const COMMON: &[&str] = &[
        "fc", "cf", "afc", "sc", "ac", "the", "club", "de", "united", "city", "town", "real",
    ];
    let words = |s: &str| -> Vec<String> {
        super::tokens::fold(s)
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty() && !COMMON.contains(w))
            .map(str::to_string)
            .collect()
    };
    let (x, y) = (words(a), words(b));
    a == b || x.iter().any(|w| y.contains(w))
}

/// The differences between what was read and the truth, one line each.
fn differences(m: &Match, truth: &Value) -> Vec<String> {
    let text = |v: &Value| v.as_str().unwrap_or_default().to_string();
    let mut out = Vec::new();
    let (home, away) = (text(&truth["home"]), text(&truth["away"]));
    if !same_team(&m.home.name, &home) || !same_team(&m.away.name, &away) {
        out.push(format!("teams {} v {}", m.home.name, m.away.name));
    }
    let want = (truth["home_score"].as_u64(), truth["away_score"].as_u64());
    let got = (
        Some(u64::from(m.final_score.home)),
        Some(u64::from(m.final_score.away)),
    );
    if got != want {
        out.push(format!("score {}", m.final_score));
    }
    let goals: Vec<_> = m
        .events
        .iter()
        .filter(|e| e.kind == EventKind::Goal && e.is_scoring_goal())
        .collect();
    let empty = Vec::new();
    let truth_goals = truth["goals"].as_array().unwrap_or(&empty);
    if goals.len() != truth_goals.len() {
        out.push(format!("{} goals", goals.len()));
    }
    for (k, (g, t)) in goals.iter().zip(truth_goals).enumerate() {
        let side = if text(&t["team"]) == home {
            Side::Home
        } else {
            Side::Away
        };
        let scorer = g.actor().map(surname).unwrap_or_default();
        let want_scorer = t["scorer"].as_str().map(surname).unwrap_or_default();
        let minute = g.clock.minute + g.clock.added;
        let stated = t["minute"].as_u64();
        let minute_ok = stated.is_none_or(|s| !g.clock.approximate && u64::from(minute) == s);
        let flags = (g.own_goal, g.penalty);
        let want_flags = (t["own_goal"] == true, t["penalty"] == true);
        if g.side != side || scorer != want_scorer || !minute_ok || flags != want_flags {
            out.push(format!(
                "goal {}: {:?} {scorer:?} {} {flags:?}",
                k + 1,
                g.side,
                g.clock
            ));
        }
    }
    out
}

#[test]
fn made_up_reports_read_as_their_truth() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/import/report/testdata");
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .into_iter()
        .flatten()
        .filter_map(Result::ok)
        .filter_map(|e| {
            let n = e.file_name().to_string_lossy().into_owned();
            n.strip_suffix(".txt").map(str::to_string)
        })
        .collect();
    names.sort();
    assert!(names.len() >= 62, "testdata missing: {names:?}");
    let mut failures = Vec::new();
    for name in &names {
        let read = |ext: &str| std::fs::read_to_string(dir.join(format!("{name}.{ext}")));
        let (Ok(text), Ok(truth)) = (read("txt"), read("truth.json")) else {
            failures.push(format!("{name}: unreadable"));
            continue;
        };
        let truth: Value = serde_json::from_str(&truth).unwrap_or(Value::Null);
        match parse(&text) {
            Ok(m) => {
                let diffs = differences(&m, &truth);
                if !diffs.is_empty() {
                    failures.push(format!("{name}: {}", diffs.join("; ")));
                }
            }
            Err(e) => failures.push(format!("{name}: {e}")),
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
