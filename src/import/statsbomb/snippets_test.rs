//! The conversion on small hand-written StatsBomb snippets: one rule per test, no real data.

use super::parse;
use crate::model::{CardColour, EventKind, Match, Name, Score, Side};
use serde_json::{Value, json};

const HOME: u64 = 1;
const AWAY: u64 = 2;

fn team(id: u64) -> Value {
    json!({"id": id, "name": if id == HOME { "Rovers" } else { "Athletic" }})
}

fn player(id: u64) -> Value {
    json!({"id": id, "name": format!("Full Name {id}")})
}

/// An event of `kind` by `team` at StatsBomb's elapsed `minute` of `period`.
fn ev(kind: &str, team_id: u64, period: u8, minute: u16, extra: Value) -> Value {
    let mut e = json!({"id": format!("{kind}-{period}-{minute}-{team_id}"), "period": period,
        "minute": minute, "second": 0, "type": {"id": 0, "name": kind}, "team": team(team_id),
        "possession": 1});
    if let (Some(e), Some(extra)) = (e.as_object_mut(), extra.as_object()) {
        e.extend(extra.clone());
    }
    e
}

fn starting_xi(team_id: u64, players: &[u64]) -> Value {
    let lineup: Vec<Value> = players
        .iter()
        .map(|&p| {
            json!({"player": player(p), "position": {"id": p % 25 + 1, "name": "x"},
                          "jersey_number": p})
        })
        .collect();
    ev(
        "Starting XI",
        team_id,
        1,
        0,
        json!({"tactics": {"formation": 442, "lineup": lineup}}),
    )
}

/// Line-ups that give player 10 the nickname "Ten" and list a substitute, 30.
fn lineups() -> Vec<u8> {
    let entry = |id: u64, nick: Option<&str>| {
        json!({"player_id": id, "player_name": format!("Full Name {id}"),
               "player_nickname": nick, "jersey_number": id})
    };
    let v = json!([
        {"team_id": HOME, "team_name": "Rovers", "lineup": [entry(10, Some("Ten")), entry(11, None), entry(30, None)]},
        {"team_id": AWAY, "team_name": "Athletic", "lineup": [entry(20, None), entry(21, Some("Twenty-One"))]},
    ]);
    v.to_string().into_bytes()
}

fn import(events: Vec<Value>) -> Match {
    let mut all = vec![starting_xi(HOME, &[10, 11]), starting_xi(AWAY, &[20, 21])];
    all.extend(events);
    let bytes = Value::Array(all).to_string().into_bytes();
    parse(&bytes, Some(&lineups()), None).unwrap_or_else(|e| panic!("{e}"))
}

fn key(m: &Match) -> Vec<&crate::model::Event> {
    m.events.iter().filter(|e| e.is_key()).collect()
}

#[test]
fn goal_with_assist_uses_squad_names_and_exact_minutes() {
    let pass = ev(
        "Pass",
        HOME,
        2,
        91,
        json!({"player": player(11), "id": "kp",
        "pass": {"recipient": player(10), "end_location": [110, 40]}, "location": [90, 40]}),
    );
    let shot = ev(
        "Shot",
        HOME,
        2,
        92,
        json!({"player": player(10), "location": [108, 40],
        "shot": {"statsbomb_xg": 0.5, "key_pass_id": "kp", "outcome": {"name": "Goal"},
                 "type": {"name": "Open Play"}, "body_part": {"name": "Head"},
                 "end_location": [120, 40, 1]}}),
    );
    let m = import(vec![pass, shot]);
    let goal = m.events.iter().find(|e| e.kind == EventKind::Goal).unwrap();
    assert_eq!(goal.players, ["Ten", "Full Name 11"]);
    assert_eq!(goal.clock.to_string(), "90+3'");
    assert_eq!(goal.xg, Some(0.5));
    assert_eq!(
        goal.text,
        "Ten scores with a header from 11 m, assisted by Full Name 11. xG 0.50."
    );
    assert_eq!(goal.location.map(|p| p.x), Some(0.9));
    assert_eq!(m.final_score, Score::new(1, 0));
    assert_eq!(m.home.player("Ten").and_then(|p| p.number), Some(10));
    let minor_pass = m
        .events
        .iter()
        .find(|e| e.label.as_deref() == Some("Pass"))
        .unwrap();
    assert!(minor_pass.minor);
    assert_eq!(minor_pass.players, ["Full Name 11", "Ten"]);
}

#[test]
fn own_goal_pair_is_one_goal_for_the_other_side() {
    let against = ev(
        "Own Goal Against",
        AWAY,
        2,
        52,
        json!({"player": player(21), "location": [3.0, 38.0]}),
    );
    let for_ = ev("Own Goal For", HOME, 2, 52, json!({}));
    // Either order in the file gives one goal.
    for events in [vec![against.clone(), for_.clone()], vec![for_, against]] {
        let m = import(events);
        let goals: Vec<_> = m
            .events
            .iter()
            .filter(|e| e.kind == EventKind::Goal)
            .collect();
        assert_eq!(goals.len(), 1);
        assert_eq!((goals[0].side, goals[0].own_goal), (Side::Home, true));
        assert_eq!(goals[0].players, ["Twenty-One"]);
        assert_eq!(m.final_score, Score::new(1, 0));
        // Three yards from the defender's own line is at the far end for the side credited.
        let at = goals[0].location.map(|p| (p.x, p.y));
        assert_eq!(at, Some((117.0 / 120.0, 42.0 / 80.0)));
    }
}

#[test]
fn cards_come_from_fouls_and_bad_behaviour() {
    let yellow = ev(
        "Foul Committed",
        AWAY,
        1,
        10,
        json!({"player": player(20),
        "foul_committed": {"card": {"name": "Yellow Card"}}}),
    );
    let second = ev(
        "Bad Behaviour",
        AWAY,
        1,
        46,
        json!({"player": player(20),
        "bad_behaviour": {"card": {"name": "Second Yellow"}}}),
    );
    let red = ev(
        "Foul Committed",
        HOME,
        2,
        60,
        json!({"player": player(10),
        "foul_committed": {"card": {"name": "Red Card"}}}),
    );
    let plain_foul = ev("Foul Committed", HOME, 2, 61, json!({"player": player(11)}));
    let m = import(vec![yellow, second, red, plain_foul]);
    let cards: Vec<_> = key(&m)
        .into_iter()
        .filter(|e| e.kind == EventKind::Card)
        .map(|e| (e.actor().unwrap_or(""), e.card, e.clock.to_string()))
        .collect();
    assert_eq!(
        cards,
        [
            ("Full Name 20", Some(CardColour::Yellow), "11'".to_string()),
            (
                "Full Name 20",
                Some(CardColour::SecondYellow),
                "45+2'".to_string()
            ),
            ("Ten", Some(CardColour::Red), "61'".to_string()),
        ]
    );
    assert!(
        m.events
            .iter()
            .any(|e| e.label.as_deref() == Some("Foul Committed") && e.minor)
    );
}

#[test]
fn substitutions_name_off_then_on_and_why() {
    let sub = ev(
        "Substitution",
        HOME,
        2,
        70,
        json!({"player": player(11),
        "substitution": {"replacement": player(30), "outcome": {"name": "Injury"}}}),
    );
    let tactical = ev(
        "Substitution",
        AWAY,
        2,
        75,
        json!({"player": player(20),
        "substitution": {"replacement": player(21), "outcome": {"name": "Tactical"}}}),
    );
    let m = import(vec![sub, tactical]);
    let subs: Vec<_> = m
        .events
        .iter()
        .filter(|e| e.kind == EventKind::Substitution)
        .collect();
    assert_eq!(subs[0].players, ["Full Name 11", "Full Name 30"]);
    assert_eq!(
        subs[0].text,
        "Rovers substitution: Full Name 30 on for Full Name 11 (injury)."
    );
    assert_eq!(
        subs[1].text,
        "Athletic substitution: Twenty-One on for Full Name 20 (tactical)."
    );
    let bench = m.home.player("Full Name 30").unwrap();
    assert!(!bench.starter);
}

#[test]
fn periods_injuries_saves_and_unknown_types() {
    let shot = ev(
        "Shot",
        AWAY,
        1,
        30,
        json!({"player": player(21), "location": [100, 40],
        "shot": {"statsbomb_xg": 0.4, "outcome": {"name": "Saved"}, "type": {"name": "Open Play"},
                 "body_part": {"name": "Right Foot"}}}),
    );
    let save = ev(
        "Goal Keeper",
        HOME,
        1,
        30,
        json!({"player": player(10),
        "goalkeeper": {"type": {"name": "Shot Saved"}}}),
    );
    let m = import(vec![
        ev("Half Start", HOME, 1, 0, json!({})),
        ev("Half Start", AWAY, 1, 0, json!({})),
        shot,
        save,
        ev(
            "Injury Stoppage",
            AWAY,
            1,
            40,
            json!({"player": player(20)}),
        ),
        ev("Half End", HOME, 1, 47, json!({})),
        ev("Half End", AWAY, 1, 47, json!({})),
        ev("Laser Show", HOME, 2, 50, json!({})),
    ]);
    let key: Vec<(EventKind, String)> = key(&m).iter().map(|e| (e.kind, e.text.clone())).collect();
    assert_eq!(
        key,
        [
            (EventKind::PeriodStart, "Kick-off.".to_string()),
            (
                EventKind::Shot,
                "Twenty-One shoots right-footed from 18 m — saved by Ten. xG 0.40.".into()
            ),
            (
                EventKind::Note,
                "Ten saves from Twenty-One. xG 0.40.".into()
            ),
            (
                EventKind::Note,
                "Play stops: Full Name 20 (Athletic) is injured.".into()
            ),
            (
                EventKind::PeriodEnd,
                "Half time: Rovers 0-0 Athletic.".into()
            ),
        ]
    );
    // Whoever a moment names can be found by name: the keeper who saved, the injured player.
    let keys = m.events.iter().filter(|e| e.is_key());
    let players: Vec<&[Name]> = keys.map(|e| e.players.as_slice()).collect();
    assert_eq!(players[1], ["Twenty-One", "Ten"]);
    assert_eq!(players[3], ["Full Name 20"]);
    let unknown = m
        .events
        .iter()
        .find(|e| e.label.as_deref() == Some("Laser Show"))
        .unwrap();
    assert!(unknown.minor);
    assert!(
        m.warnings.iter().any(|w| w.contains("\"Laser Show\" x1")),
        "{:?}",
        m.warnings
    );
}

/// A save of a poor chance is no key moment, but a search for either player still finds it.
#[test]
fn a_routine_save_names_its_keeper_then_its_shooter() {
    let shot = ev(
        "Shot",
        AWAY,
        1,
        30,
        json!({"player": player(21), "location": [100, 40],
        "shot": {"statsbomb_xg": 0.05, "outcome": {"name": "Saved"}}}),
    );
    let save = ev(
        "Goal Keeper",
        HOME,
        1,
        30,
        json!({"player": player(10), "goalkeeper": {"type": {"name": "Shot Saved"}}}),
    );
    let m = import(vec![shot, save]);
    let saved = m.events.iter().find(|e| e.label.as_deref() == Some("Save"));
    assert_eq!(saved.map(|e| e.minor), Some(true));
    assert_eq!(
        saved.map(|e| e.players.clone()),
        Some(vec!["Ten".into(), "Twenty-One".into()])
    );
}

#[test]
fn a_shot_names_the_keeper_only_after_its_shooter_and_only_for_a_save() {
    let shot = |shooter: Option<u64>, outcome: &str| {
        let mut extra = json!({"location": [100, 40],
            "shot": {"outcome": {"name": outcome}, "type": {"name": "Open Play"}}});
        if let (Some(p), Some(o)) = (shooter, extra.as_object_mut()) {
            o.insert("player".into(), player(p));
        }
        ev("Shot", AWAY, 1, 30, extra)
    };
    let keeper = ev(
        "Goal Keeper",
        HOME,
        1,
        30,
        json!({"player": player(10), "goalkeeper": {"type": {"name": "Shot Faced"}}}),
    );
    for (s, want) in [
        (shot(Some(21), "Saved"), vec!["Twenty-One", "Ten"]),
        (shot(Some(21), "Off T"), vec!["Twenty-One"]),
        (shot(None, "Saved"), vec![]),
    ] {
        let m = import(vec![s, keeper.clone()]);
        let found = m.events.iter().find(|e| e.kind == EventKind::Shot);
        let names: Option<Vec<&str>> = found.map(|e| e.players.iter().map(Name::as_str).collect());
        assert_eq!(names, Some(want));
    }
}

/// Every minor event reads as a line: one naming a player made when shown, one naming none
/// written as the match is read, and a routine save's own.
#[test]
fn minor_events_read_as_lines_of_who_did_what() {
    let m = import(vec![
        ev(
            "Pass",
            HOME,
            0,
            5,
            json!({"player": player(11), "pass": {"recipient": player(10)}}),
        ),
        ev(
            "Pass",
            HOME,
            0,
            6,
            json!({"pass": {"recipient": player(10)}}),
        ),
        ev(
            "Carry",
            HOME,
            0,
            7,
            json!({"player": player(10), "carry": {}}),
        ),
        ev("Hologram Replay", AWAY, 0, 8, json!({"player": player(21)})),
        ev("Ball Out", AWAY, 0, 9, json!({})),
        ev(
            "Shot",
            AWAY,
            0,
            10,
            json!({"player": player(21), "shot": {"statsbomb_xg": 0.05, "outcome": {"name": "Saved"}}}),
        ),
        ev(
            "Goal Keeper",
            HOME,
            0,
            10,
            json!({"player": player(10), "goalkeeper": {"type": {"name": "Shot Saved"}}}),
        ),
    ]);
    let lines: Vec<(bool, String)> = m
        .events
        .iter()
        .filter(|e| e.minor && e.label.as_deref() != Some("Starting XI"))
        .map(|e| (e.words_when_shown, e.words().into_owned()))
        .collect();
    assert_eq!(
        lines,
        [
            (true, "Full Name 11 passes to Ten.".into()),
            (false, "Pass (Rovers).".into()),
            (true, "Ten carries the ball.".into()),
            (true, "Hologram Replay: Twenty-One.".into()),
            (false, "Ball Out (Athletic).".into()),
            (false, "Ten saves from Twenty-One. xG 0.05.".into()),
        ]
    );
}
