//! Whole-report tests on short made-up international reports, one general mechanism each:
//! teams from the whole text, nicknames, managers, shoot-outs, live text, disallowed goals.

use super::parse;
use crate::model::{EventKind, Match, Side};

fn read(text: &str) -> Match {
    match parse(text) {
        Ok(m) => m,
        Err(e) => panic!("did not parse: {e}"),
    }
}

/// (side, scorer, minute+added) of every goal outside a shoot-out.
fn goals(m: &Match) -> Vec<(Side, String, u16)> {
    m.events
        .iter()
        .filter(|e| e.kind == EventKind::Goal && e.clock.period != 5)
        .map(|e| {
            (
                e.side,
                e.actor().unwrap_or("").to_string(),
                e.clock.minute + e.clock.added,
            )
        })
        .collect()
}

#[test]
fn a_headline_with_no_result_still_names_the_teams() {
    let m = read(
        "Late goals rescue Italy as Austria push the Azzurri to the brink\n\n\
         The Azzurri were taken to extra time at Wembley before two substitutes settled it.\n\n\
         Federico Chiesa fired Italy ahead five minutes into extra time with a low shot.\n",
    );
    assert_eq!(
        (m.home.name.as_str(), m.away.name.as_str()),
        ("Italy", "Austria")
    );
}

#[test]
fn nicknames_and_managers_are_not_team_names() {
    let m = read(
        "France crowned champions\n\n\
         Les Bleus beat Croatia 2-0 in Moscow on Sunday to lift the trophy for a second time.\n\n\
         Antoine Griezmann scored in the 18th minute and Paul Pogba added a second on 59 minutes.\n",
    );
    assert_eq!(m.home.name, "France");
    let m = read(
        "Heartbreak for Wales\n\n\
         Wales's hopes are hanging by a thread after Rob Page's side were beaten 2-0 by Iran.\n\n\
         Roozbeh Cheshmi scored in the 98th minute and Ramin Rezaeian added a second in the \
         101st minute for Iran.\n",
    );
    assert_eq!(
        (m.home.name.as_str(), m.away.name.as_str()),
        ("Wales", "Iran")
    );
    assert_eq!((m.final_score.home, m.final_score.away), (0, 2));
}

#[test]
fn shootout_kicks_are_not_goals() {
    let m = read(
        "Italy beat England on penalties\n\n\
         England, the hosts, were beaten as Italy won the shoot-out 3-2 after a 1-1 draw.\n\n\
         Luke Shaw scored for England in the second minute. Leonardo Bonucci equalised for \
         Italy in the 67th minute.\n\n\
         Shoot-out: Domenico Berardi scores. Harry Kane scores. Andrea Belotti misses. Harry \
         Maguire scores. Bonucci scores. Marcus Rashford hits the post.\n",
    );
    assert_eq!(
        (m.home.name.as_str(), m.away.name.as_str()),
        ("England", "Italy")
    );
    assert_eq!((m.final_score.home, m.final_score.away), (1, 1));
    assert_eq!(goals(&m).len(), 2);
}

#[test]
fn live_text_goal_lines_are_goals_at_their_minute() {
    let m = read(
        "England v Italy - key moments\n\n\
         England and Italy drew 1-1 in the final at Wembley on Sunday night.\n\n\
         2' GOAL England. Kieran Trippier crosses and Luke Shaw meets it on the half-volley.\n\n\
         35' Federico Chiesa drags a low shot just wide of the far post.\n\n\
         67' GOAL Italy. Jordan Pickford saves from Marco Verratti but Leonardo Bonucci pokes \
         in the rebound.\n",
    );
    assert_eq!(
        goals(&m),
        [
            (Side::Home, "Luke Shaw".to_string(), 2),
            (Side::Away, "Leonardo Bonucci".to_string(), 67)
        ]
    );
}

#[test]
fn disallowed_goals_and_records_are_not_goals() {
    let m = read(
        "Iran beat Wales 1-0\n\n\
         Iran beat Wales 1-0 in Al Rayyan on Friday.\n\n\
         Ali Gholizadeh thought he had given Iran the lead in the 15th minute, only for VAR to \
         rule the goal out for offside.\n\n\
         Ramin Rezaeian, 32, became the oldest player to score for Iran at a finals when he \
         headed in a corner in the 90th minute.\n",
    );
    assert_eq!(goals(&m), [(Side::Home, "Ramin Rezaeian".to_string(), 90)]);
}

#[test]
fn the_player_whose_ball_is_turned_into_his_own_net_is_an_opponent() {
    let m = read(
        "France beat Croatia 2-1\n\n\
         France beat Croatia 2-1 in Moscow on Sunday evening.\n\n\
         Croatia fell behind in the 18th minute when Mario Mandzukic, challenging for Antoine \
         Griezmann's free-kick, glanced the ball into his own net.\n\n\
         Ivan Perisic levelled for the Croatians in the 28th minute, firing past Hugo Lloris.\n\n\
         Griezmann then curled in the winner in the 38th minute.\n",
    );
    let sides: Vec<Side> = goals(&m).into_iter().map(|g| g.0).collect();
    assert_eq!(sides, [Side::Home, Side::Away, Side::Home]);
}

#[test]
fn a_finish_that_puts_a_team_in_front_is_that_teams_goal() {
    let m = read(
        "Dale and Orr give Croatia bronze at Morocco's expense\n\n\
         Tom Dale headed Croatia in front in the seventh minute from a free-kick. Ali Dari \
         equalised for Morocco two minutes later with a header. Jim Orr curled in a superb shot \
         from the edge of the box in the 42nd minute to win it for the Croatians.\n",
    );
    assert_eq!(
        goals(&m),
        [
            (Side::Home, "Tom Dale".to_string(), 7),
            (Side::Away, "Ali Dari".to_string(), 9),
            (Side::Home, "Jim Orr".to_string(), 42)
        ]
    );
}
