//! The prose importer against the development reports in ../shared/reports (real reports with
//! known results), scored the way eval-reports scores them: teams, final score, goal lists
//! (team, scorer surname, order, own goal, penalty) and every minute the truth states.

use serde_json::Value;
use std::collections::HashSet;
use std::path::Path;
use touchline::import::{matchfile, report};

/// Lower case, accents dropped, punctuation as spaces, split into words.
fn fold(s: &str) -> Vec<String> {
    let mut out = String::new();
    for c in s.chars() {
        let c = match c {
            'á' | 'à' | 'â' | 'ä' | 'ã' | 'å' | 'Á' | 'À' | 'Â' | 'Ä' => 'a',
            'é' | 'è' | 'ê' | 'ë' | 'É' => 'e',
            'í' | 'ì' | 'î' | 'ï' | 'Í' => 'i',
            'ó' | 'ò' | 'ô' | 'ö' | 'õ' | 'Ó' | 'Ö' => 'o',
            'ú' | 'ù' | 'û' | 'ü' | 'Ú' | 'Ü' => 'u',
            'ç' | 'ć' | 'č' => 'c',
            'ñ' => 'n',
            's' if false => 's',
            c => c,
        };
        let c = c.to_ascii_lowercase();
        out.push(if c.is_ascii_alphanumeric() || c == ' ' {
            c
        } else {
            ' '
        });
    }
    out.split_whitespace().map(str::to_string).collect()
}

const STOP: &[&str] = &[
    "fc", "cf", "afc", "sc", "ac", "the", "club", "de", "united", "city", "town", "real",
];

fn content(s: &str) -> HashSet<String> {
    fold(s)
        .into_iter()
        .filter(|w| !STOP.contains(&w.as_str()))
        .collect()
}

fn overlap(a: &str, b: &str) -> usize {
    content(a).intersection(&content(b)).count()
}

fn initials(words: &[String]) -> String {
    words
        .iter()
        .filter(|w| !["de", "of", "the"].contains(&w.as_str()))
        .filter_map(|w| w.chars().next())
        .collect()
}

fn same_team(a: &str, b: &str, other: Option<&str>) -> bool {
    let (fa, fb) = (fold(a), fold(b));
    if fa.len() == 1 && fb.len() > 1 && fa[0] == initials(&fb)
        || fb.len() == 1 && fa.len() > 1 && fb[0] == initials(&fa)
    {
        return true;
    }
    if !fa.is_empty() && fa == fb {
        return true;
    }
    overlap(a, b) > 0 && other.is_none_or(|o| overlap(a, b) > overlap(a, o))
}

fn same_player(a: &str, b: Option<&str>) -> bool {
    let Some(b) = b else {
        return fold(a).is_empty();
    };
    let (a, b) = (fold(a), fold(b));
    if a.is_empty() || b.is_empty() {
        return false;
    }
    let (sa, sb): (HashSet<_>, HashSet<_>) = (a.iter().collect(), b.iter().collect());
    let common = sa.intersection(&sb).count();
    a.last() == b.last() || common == sb.len() || common == sa.len()
}

#[derive(Debug, Default)]
struct Tally {
    reports: usize,
    teams: usize,
    scores: usize,
    goals: usize,
    minutes: usize,
    minutes_total: usize,
}

fn score(model: &Value, truth: &Value, diffs: &mut Vec<String>, t: &mut Tally) {
    let s = |v: &Value| v.as_str().unwrap_or_default().to_string();
    let home = s(&model["home"]["name"]);
    let away = s(&model["away"]["name"]);
    let (th, ta) = (s(&truth["home"]), s(&truth["away"]));
    let teams_ok = same_team(&home, &th, Some(&ta)) && same_team(&away, &ta, Some(&th));
    let swapped = !teams_ok && same_team(&home, &ta, Some(&th)) && same_team(&away, &th, Some(&ta));
    if !teams_ok {
        diffs.push(format!("teams {home:?} v {away:?}, want {th:?} v {ta:?}"));
    }
    let got = (
        model["final_score"]["home"].as_u64(),
        model["final_score"]["away"].as_u64(),
    );
    let mut want = (truth["home_score"].as_u64(), truth["away_score"].as_u64());
    if swapped {
        want = (want.1, want.0);
    }
    let score_ok = got == want;
    if !score_ok {
        diffs.push(format!("final score {got:?}, want {want:?}"));
    }
    let empty = Vec::new();
    let goals: Vec<&Value> = model["events"]
        .as_array()
        .unwrap_or(&empty)
        .iter()
        .filter(|e| e["kind"] == "goal" && e["period"].as_u64().unwrap_or(1) != 5)
        .collect();
    let tg = truth["goals"].as_array().unwrap_or(&empty);
    let mut goals_ok = goals.len() == tg.len();
    if !goals_ok {
        diffs.push(format!("{} goals, want {}", goals.len(), tg.len()));
    }
    for (i, (g, w)) in goals.iter().zip(tg).enumerate() {
        let team = match g["side"].as_str() {
            Some("home") => home.clone(),
            Some("away") => away.clone(),
            _ => String::new(),
        };
        let wt = s(&w["team"]);
        let other = if wt == th { ta.clone() } else { th.clone() };
        let scorer = g["players"]
            .as_array()
            .and_then(|p| p.first())
            .and_then(Value::as_str)
            .unwrap_or_default();
        if !same_team(&team, &wt, Some(&other)) {
            goals_ok = false;
            diffs.push(format!("goal {}: team {team:?}, want {wt:?}", i + 1));
        }
        if !same_player(scorer, w["scorer"].as_str()) {
            goals_ok = false;
            diffs.push(format!(
                "goal {}: scorer {scorer:?}, want {:?}",
                i + 1,
                w["scorer"]
            ));
        }
        let flags = (
            g["own_goal"].as_bool().unwrap_or(false),
            g["penalty"].as_bool().unwrap_or(false),
        );
        if flags
            != (
                w["own_goal"].as_bool().unwrap_or(false),
                w["penalty"].as_bool().unwrap_or(false),
            )
        {
            goals_ok = false;
            diffs.push(format!(
                "goal {}: own_goal/penalty {flags:?}, want {}/{}",
                i + 1,
                w["own_goal"],
                w["penalty"]
            ));
        }
        if let Some(m) = w["minute"].as_u64() {
            t.minutes_total += 1;
            let got = g["minute"].as_u64().unwrap_or(0) + g["added"].as_u64().unwrap_or(0);
            if got == m && !g["approximate"].as_bool().unwrap_or(false) {
                t.minutes += 1;
            } else {
                diffs.push(format!(
                    "goal {}: minute {}+{} approx={}, want {m} stated",
                    i + 1,
                    g["minute"],
                    g["added"],
                    g["approximate"]
                ));
            }
        }
    }
    t.minutes_total += tg
        .iter()
        .skip(goals.len())
        .filter(|w| w["minute"].as_u64().is_some())
        .count();
    t.reports += 1;
    t.teams += usize::from(teams_ok);
    t.scores += usize::from(score_ok);
    t.goals += usize::from(goals_ok);
}

#[test]
fn development_reports_meet_the_targets() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/reports");
    let Ok(entries) = std::fs::read_dir(&dir) else {
        eprintln!("skipping: {} is not there", dir.display());
        return;
    };
    let mut names: Vec<String> = entries
        .filter_map(|e| e.ok())
        .filter_map(|e| {
            e.file_name()
                .to_str()
                .and_then(|n| n.strip_suffix(".txt"))
                .map(str::to_string)
        })
        .collect();
    names.sort();
    if let Ok(only) = std::env::var("TOUCHLINE_ONLY") {
        names.retain(|n| *n == only);
    }
    let mut t = Tally::default();
    for name in &names {
        let text = std::fs::read_to_string(dir.join(format!("{name}.txt"))).unwrap_or_default();
        let truth: Value = serde_json::from_str(
            &std::fs::read_to_string(dir.join(format!("{name}.truth.json"))).unwrap_or_default(),
        )
        .unwrap_or(Value::Null);
        let mut diffs = Vec::new();
        match report::parse(&text) {
            Ok(m) => {
                let json = matchfile::to_string(&m);
                if let Ok(out) = std::env::var("TOUCHLINE_DUMP") {
                    let _ = std::fs::write(Path::new(&out).join(format!("{name}.json")), &json);
                }
                let model: Value = serde_json::from_str(&json).unwrap_or(Value::Null);
                score(&model, &truth, &mut diffs, &mut t);
            }
            Err(e) => {
                t.reports += 1;
                t.minutes_total += truth["goals"].as_array().map_or(0, |g| {
                    g.iter().filter(|w| w["minute"].as_u64().is_some()).count()
                });
                diffs.push(format!("parse failed: {e}"));
            }
        }
        eprintln!(
            "{name}: {}",
            if diffs.is_empty() {
                "ok"
            } else {
                "differences"
            }
        );
        for d in diffs {
            eprintln!("    {d}");
        }
    }
    eprintln!(
        "reports {}: teams {}/{0}, final score {}/{0}, goal lists {}/{0}, stated minutes {}/{}",
        t.reports, t.teams, t.scores, t.goals, t.minutes, t.minutes_total
    );
    assert_eq!(t.teams, t.reports, "teams");
    assert_eq!(t.scores, t.reports, "final scores");
    assert_eq!(t.goals, t.reports, "goal lists");
    assert!(t.minutes >= 24, "stated minutes");
}
