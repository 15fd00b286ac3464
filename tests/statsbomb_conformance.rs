//! The five real StatsBomb matches imported, and checked against facts this test works out
//! from the raw JSON itself (`serde_json::Value`, not the importer), and against the figures
//! in the data folder's README.

#![allow(clippy::unwrap_used)]

mod statsbomb_data;

use serde_json::Value;
use std::collections::{BTreeSet, HashMap};
use touchline::import::statsbomb;
use touchline::model::{CardColour, EventKind, Match, Side};

/// What a fan should see, worked out from the raw files with no help from the importer.
#[derive(Debug, Default)]
struct Facts {
    home: String,
    away: String,
    score: (u16, u16),
    /// (team, scorer, minute as shown, own goal, penalty), in match order.
    goals: Vec<(String, String, String, bool, bool)>,
    /// (team, off, on, minute)
    subs: Vec<(String, String, String, String)>,
    /// (team, player, colour, minute)
    cards: Vec<(String, String, String, String)>,
    starters: [BTreeSet<String>; 2],
    events: usize,
}

fn read(path: &std::path::Path) -> Value {
    let bytes = std::fs::read(path).unwrap();
    serde_json::from_slice(&bytes).unwrap()
}

fn s(v: &Value) -> String {
    v.as_str().unwrap_or_default().to_string()
}

/// The broadcaster's minute for StatsBomb's elapsed minute, written out case by case.
fn shown(period: u64, minute: u64) -> String {
    let end = [0, 45, 90, 105, 120][period as usize];
    if minute < end {
        format!("{}'", minute + 1)
    } else {
        format!("{end}+{}'", minute - end + 1)
    }
}

fn facts(events: &Value, lineups: &Value, home_from_matches: Option<u64>) -> Facts {
    let events = events.as_array().unwrap();
    let mut names: HashMap<u64, String> = HashMap::new();
    for team in lineups.as_array().unwrap() {
        for p in team["lineup"].as_array().unwrap() {
            let name = p["player_nickname"].as_str().or(p["player_name"].as_str());
            names.insert(p["player_id"].as_u64().unwrap(), name.unwrap().to_string());
        }
    }
    let name = |p: &Value| names[&p["id"].as_u64().unwrap()].clone();
    let xi: Vec<&Value> = events
        .iter()
        .filter(|e| e["type"]["name"] == "Starting XI")
        .collect();
    let home_id = home_from_matches.unwrap_or_else(|| xi[0]["team"]["id"].as_u64().unwrap());
    let mut f = Facts {
        events: events.len(),
        ..Facts::default()
    };
    let mut team_names: HashMap<u64, String> = HashMap::new();
    for e in &xi {
        let id = e["team"]["id"].as_u64().unwrap();
        team_names.insert(id, s(&e["team"]["name"]));
        let k = usize::from(id != home_id);
        for p in e["tactics"]["lineup"].as_array().unwrap() {
            f.starters[k].insert(name(&p["player"]));
        }
        if id == home_id {
            f.home = s(&e["team"]["name"]);
        } else {
            f.away = s(&e["team"]["name"]);
        }
    }
    let other = |team: &str| {
        if team == f.home {
            f.away.clone()
        } else {
            f.home.clone()
        }
    };
    let mut goals = Vec::new();
    for e in events {
        let (period, minute) = (e["period"].as_u64().unwrap(), e["minute"].as_u64().unwrap());
        let team = s(&e["team"]["name"]);
        let at = shown(period, minute);
        match e["type"]["name"].as_str().unwrap() {
            "Shot" if e["shot"]["outcome"]["name"] == "Goal" && period < 5 => {
                let pen = e["shot"]["type"]["name"] == "Penalty";
                goals.push((team, name(&e["player"]), at, false, pen));
            }
            "Own Goal Against" => goals.push((other(&team), name(&e["player"]), at, true, false)),
            "Substitution" => f.subs.push((
                team,
                name(&e["player"]),
                name(&e["substitution"]["replacement"]),
                at,
            )),
            "Foul Committed" | "Bad Behaviour" => {
                let card = e["foul_committed"]["card"]["name"]
                    .as_str()
                    .or(e["bad_behaviour"]["card"]["name"].as_str());
                if let Some(card) = card {
                    f.cards
                        .push((team, name(&e["player"]), card.to_string(), at));
                }
            }
            _ => {}
        }
    }
    for g in &goals {
        if g.0 == f.home {
            f.score.0 += 1;
        } else {
            f.score.1 += 1;
        }
    }
    // Own Goal For events must agree with the Own Goal Against ones: one goal, not two.
    let og_for = events
        .iter()
        .filter(|e| e["type"]["name"] == "Own Goal For")
        .count();
    assert_eq!(og_for, goals.iter().filter(|g| g.3).count());
    let _ = team_names;
    f.goals = goals;
    f
}

fn team(m: &Match, side: Side) -> String {
    m.team(side).map(|t| t.name.clone()).unwrap_or_default()
}

fn colour(c: Option<CardColour>) -> &'static str {
    match c {
        Some(CardColour::Yellow) => "Yellow Card",
        Some(CardColour::SecondYellow) => "Second Yellow",
        Some(CardColour::Red) => "Red Card",
        None => "none",
    }
}

fn check(m: &Match, f: &Facts, id: u64) {
    assert_eq!(
        (team(m, Side::Home), team(m, Side::Away)),
        (f.home.clone(), f.away.clone()),
        "{id}"
    );
    assert_eq!((m.final_score.home, m.final_score.away), f.score, "{id}");
    assert_eq!(m.shootout, None, "{id}");
    let goals: Vec<_> = m
        .events
        .iter()
        .filter(|e| e.is_scoring_goal())
        .map(|e| {
            let who = e.actor().unwrap_or("").to_string();
            (
                team(m, e.side),
                who,
                e.clock.to_string(),
                e.own_goal,
                e.penalty,
            )
        })
        .collect();
    assert_eq!(goals, f.goals, "{id}");
    let subs: Vec<_> = m
        .events
        .iter()
        .filter(|e| e.kind == EventKind::Substitution)
        .map(|e| {
            (
                team(m, e.side),
                e.players[0].to_string(),
                e.players[1].to_string(),
                e.clock.to_string(),
            )
        })
        .collect();
    assert_eq!(subs, f.subs, "{id}");
    let cards: Vec<_> = m
        .events
        .iter()
        .filter(|e| e.kind == EventKind::Card)
        .map(|e| {
            let who = e.actor().unwrap_or("").to_string();
            (
                team(m, e.side),
                who,
                colour(e.card).to_string(),
                e.clock.to_string(),
            )
        })
        .collect();
    assert_eq!(cards, f.cards, "{id}");
    for (k, t) in [&m.home, &m.away].into_iter().enumerate() {
        let starters: BTreeSet<String> = t
            .players
            .iter()
            .filter(|p| p.starter)
            .map(|p| p.name.clone())
            .collect();
        assert_eq!(starters, f.starters[k], "{id} {}", t.name);
        assert!(
            t.players.iter().all(|p| p.number.is_some()),
            "{id}: a player without a number"
        );
        assert!(
            t.players.iter().all(|p| p.position.is_some() || !p.starter),
            "{id}"
        );
    }
    // Nothing is dropped, and every name an event uses is a squad name the timeline can match.
    assert_eq!(m.events.len(), f.events, "{id}");
    for e in &m.events {
        for p in &e.players {
            let listed = m.home.player(p).is_some() || m.away.player(p).is_some();
            assert!(
                listed,
                "{id}: {p:?} ({:?} at {}) is in no squad",
                e.label, e.clock
            );
        }
        assert!(!e.words().is_empty(), "{id}: event with no words: {e:?}");
    }
}

#[test]
fn five_real_matches_agree_with_the_raw_files() {
    let Some(matches) = statsbomb_data::real_matches() else {
        return;
    };
    for r in matches {
        let m = statsbomb::load(&r.events, Some(&r.lineups), None).unwrap();
        let home = (r.id == 18236).then_some(217);
        let f = facts(&read(&r.events), &read(&r.lineups), home);
        check(&m, &f, r.id);
    }
}

/// (scorer's surname, minute as shown) for each goal.
type Scorers = &'static [(&'static str, &'static str)];

/// The README's figures use StatsBomb's elapsed minute; the viewer shows the next minute.
#[test]
fn readme_figures_hold() {
    let Some(matches) = statsbomb_data::real_matches() else {
        return;
    };
    let expected: [(u64, &str, Scorers); 5] = [
        (
            15986,
            "2-2",
            &[
                ("Messi", "19'"),
                ("Stuani", "45'"),
                ("Stuani", "51'"),
                ("Piqué", "63'"),
            ],
        ),
        (
            3788741,
            "0-3",
            &[("Demiral", "53'"), ("Immobile", "66'"), ("Insigne", "79'")],
        ),
        (
            9880,
            "2-1",
            &[("Suárez", "15'"), ("Umtiti", "51'"), ("Parejo", "87'")],
        ),
        (
            18236,
            "3-1",
            &[
                ("Pedro", "27'"),
                ("Rooney", "34'"),
                ("Messi", "54'"),
                ("Villa", "69'"),
            ],
        ),
        (
            3773387,
            "3-3",
            &[
                ("Messi", "26'"),
                ("Pedri", "34'"),
                ("Melero", "57'"),
                ("Morales", "60'"),
                ("Dembélé", "64'"),
                ("León", "83'"),
            ],
        ),
    ];
    for (r, (id, score, goals)) in matches.iter().zip(expected) {
        assert_eq!(r.id, id);
        let m = touchline::import::load(&r.events).unwrap();
        assert_eq!(m.final_score.to_string(), score, "{id}");
        let got: Vec<(String, String)> = m
            .events
            .iter()
            .filter(|e| e.is_scoring_goal())
            .map(|e| (e.actor().unwrap_or("").to_string(), e.clock.to_string()))
            .collect();
        assert_eq!(got.len(), goals.len(), "{id}: {got:?}");
        for ((who, at), (surname, minute)) in got.iter().zip(goals) {
            assert!(who.contains(surname), "{id}: {who} is not {surname}");
            assert_eq!(at, minute, "{id}: {who}");
        }
        let by = |flag: fn(&touchline::model::Event) -> bool| {
            m.events
                .iter()
                .filter(|e| flag(e))
                .filter_map(|e| e.actor())
                .collect::<Vec<_>>()
        };
        match id {
            15986 => {
                let red = m
                    .events
                    .iter()
                    .find(|e| e.card == Some(CardColour::Red))
                    .unwrap();
                assert_eq!(
                    (red.actor(), red.clock.to_string().as_str()),
                    (Some("Clément Lenglet"), "33'")
                );
                assert_eq!(red.side, Side::Home);
            }
            3788741 => assert_eq!(by(|e| e.own_goal), ["Merih Demiral"]),
            9880 => assert_eq!(by(|e| e.penalty && e.is_scoring_goal()), ["Dani Parejo"]),
            _ => {}
        }
    }
}
