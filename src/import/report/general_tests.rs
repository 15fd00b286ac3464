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
        "Late goals rescue Spain as Greece push La Roja to the brink\n\n\
         La Roja were taken to extra time in Seville before two substitutes settled it.\n\n\
         Pablo Mora fired Spain ahead five minutes into extra time with a low shot.\n",
    );
    assert_eq!(
        (m.home.name.as_str(), m.away.name.as_str()),
        ("Spain", "Greece")
    );
}

#[test]
fn nicknames_and_managers_are_not_team_names() {
    let m = read(
        "France crowned champions\n\n\
         Les Bleus beat Peru 2-0 in Lyon on Sunday to lift the trophy for a second time.\n\n\
         Luc Roux scored in the 18th minute and Remi Blanc added a second on 59 minutes.\n",
    );
    assert_eq!(m.home.name, "France");
    let m = read(
        "Heartbreak for Scotland\n\n\
         Scotland's hopes are hanging by a thread after Ian Hart's side were beaten 2-0 by Chile.\n\n\
         Diego Soto scored in the 88th minute and Raul Vega added a second in the 90th \
         minute for Chile.\n",
    );
    assert_eq!(
        (m.home.name.as_str(), m.away.name.as_str()),
        ("Scotland", "Chile")
    );
    assert_eq!((m.final_score.home, m.final_score.away), (0, 2));
}

#[test]
fn shootout_kicks_are_not_goals() {
    let m = read(
        "Norway beat Japan on penalties\n\n\
         Japan, the hosts, were beaten as Norway won the shoot-out 3-2 after a 1-1 draw.\n\n\
         Ken Sato scored for Japan in the second minute. Ola Berg equalised for \
         Norway in the 67th minute.\n\n\
         Shoot-out: Per Lund scores. Jun Ito scores. Erik Dahl misses. Taro \
         Mori scores. Berg scores. Yuki Abe hits the post.\n",
    );
    assert_eq!(
        (m.home.name.as_str(), m.away.name.as_str()),
        ("Japan", "Norway")
    );
    assert_eq!((m.final_score.home, m.final_score.away), (1, 1));
    assert_eq!(goals(&m).len(), 2);
}

#[test]
fn live_text_goal_lines_are_goals_at_their_minute() {
    let m = read(
        "Ghana v Peru - key moments\n\n\
         Ghana and Peru drew 1-1 in the final in Accra on Sunday night.\n\n\
         2' GOAL Ghana. Kofi Mensah crosses and Ama Owusu meets it on the half-volley.\n\n\
         35' Juan Rios drags a low shot just wide of the far post.\n\n\
         67' GOAL Peru. Kwame Ofori saves from Luis Paz but Carlos Ruiz pokes \
         in the rebound.\n",
    );
    assert_eq!(
        goals(&m),
        [
            (Side::Home, "Ama Owusu".to_string(), 2),
            (Side::Away, "Carlos Ruiz".to_string(), 67)
        ]
    );
}

#[test]
fn disallowed_goals_and_records_are_not_goals() {
    let m = read(
        "Egypt beat Mali 1-0\n\n\
         Egypt beat Mali 1-0 in Cairo on Friday.\n\n\
         Omar Said thought he had given Egypt the lead in the 15th minute, only for VAR to \
         rule the goal out for offside.\n\n\
         Hany Fawzi, 32, became the oldest player to score for Egypt at a finals when he \
         headed in a corner in the 90th minute.\n",
    );
    assert_eq!(goals(&m), [(Side::Home, "Hany Fawzi".to_string(), 90)]);
}

#[test]
fn the_player_whose_ball_is_turned_into_his_own_net_is_an_opponent() {
    let m = read(
        "Sweden beat Serbia 2-1\n\n\
         Sweden beat Serbia 2-1 in Malmo on Sunday evening.\n\n\
         Serbia fell behind in the 18th minute when Nikola Ilic, challenging for Jonas \
         Lind's free-kick, glanced the ball into his own net.\n\n\
         Marko Peric levelled for the Serbs in the 28th minute, firing past Anders Holm.\n\n\
         Lind then curled in the winner in the 38th minute.\n",
    );
    let sides: Vec<Side> = goals(&m).into_iter().map(|g| g.0).collect();
    assert_eq!(sides, [Side::Home, Side::Away, Side::Home]);
}

#[test]
fn a_finish_that_puts_a_team_in_front_is_that_teams_goal() {
    let m = read(
        "Dale and Orr give Canada bronze at Mexico's expense\n\n\
         Tom Dale headed Canada in front in the seventh minute from a free-kick. Ali Ruiz \
         equalised for Mexico two minutes later with a header. Jim Orr curled in a superb shot \
         from the edge of the box in the 42nd minute to win it for the Canadians.\n",
    );
    assert_eq!(
        goals(&m),
        [
            (Side::Home, "Tom Dale".to_string(), 7),
            (Side::Away, "Ali Ruiz".to_string(), 9),
            (Side::Home, "Jim Orr".to_string(), 42)
        ]
    );
}

#[test]
fn each_goal_keeps_the_sentence_that_tells_it() {
    // A trophy "treble" is no hat-trick: it must not be counted, nor take the goals' sentences.
    let m = read(
        "Rovers 2-1 Athletic\n\n\
         Rovers beat Athletic 2-1 in the cup semi-final on Sunday.\n\n\
         It was Athletic who went ahead when Tom Price fired in from a free-kick.\n\n\
         Sam Hale headed home from a cross for the equaliser with 12 minutes of normal time remaining.\n\n\
         Joe Ward curled in the winner in the 88th minute.\n\n\
         It also ended Athletic's bid for a fifth domestic treble in six years.\n",
    );
    let told: Vec<(String, bool)> = m
        .events
        .iter()
        .filter(|e| e.kind == EventKind::Goal)
        .map(|e| {
            let who = e.actor().unwrap_or("").to_string();
            let own = e.text.contains(&who);
            (who, own)
        })
        .collect();
    assert_eq!(
        told,
        [
            ("Tom Price".to_string(), true),
            ("Sam Hale".to_string(), true),
            ("Joe Ward".to_string(), true)
        ]
    );
}

#[test]
fn asides_about_chances_and_flags_do_not_cancel_goals() {
    let m = read(
        "Rovers 4-0 Athletic\n\n\
         Rovers beat Athletic 4-0 on Saturday.\n\n\
         Rovers took the lead in the 20th minute when Tom Price reacted quickest, and Sam Hale \
         headed in a second in the 60th minute.\n\n\
         The offside flag stayed down as Joe Ward fired in the third in the 70th minute.\n\n\
         Dan Cole, who had struggled to find form all season, curled in the fourth in the 80th \
         minute.\n",
    );
    let scorers: Vec<(String, u16)> = goals(&m).into_iter().map(|g| (g.1, g.2)).collect();
    assert_eq!(
        scorers,
        [
            ("Tom Price".to_string(), 20),
            ("Sam Hale".to_string(), 60),
            ("Joe Ward".to_string(), 70),
            ("Dan Cole".to_string(), 80)
        ]
    );
}

#[test]
fn goals_told_in_one_sentence_all_show_it() {
    let m = read(
        "Rovers 3-0 Athletic\n\n\
         Rovers beat Athletic 3-0 on Saturday.\n\n\
         Tom Price struck in the 33rd and 52nd minutes, and Sam Hale added a third in the 79th \
         minute.\n",
    );
    let texts: Vec<bool> = m
        .events
        .iter()
        .filter(|e| e.kind == EventKind::Goal)
        .map(|e| e.text.starts_with("Tom Price struck") && e.span.is_some())
        .collect();
    assert_eq!(texts, [true, true, true]);
}

#[test]
fn a_win_over_a_ten_man_side_names_it() {
    let m = read(
        "Red mist falls on the derby\n\n\
         A first-half goal from Tom Price gave nine-man Rovers a 1-0 win over 10-man Athletic \
         on Saturday.\n",
    );
    assert_eq!(
        (m.home.name.as_str(), m.away.name.as_str()),
        ("Rovers", "Athletic")
    );
    assert_eq!(m.final_score, crate::model::Score::new(1, 0));
    let scorers: Vec<String> = goals(&m).into_iter().map(|g| g.1).collect();
    assert_eq!(scorers, ["Tom Price"]);
}

#[test]
fn an_agent_named_after_the_goal_is_its_scorer() {
    let m = read(
        "Corinthians 1-0 Flamengo\n\n\
         Corinthians beat Flamengo 1-0 on Sunday. Timao's goal was an own goal, scored by \
         Rodinei.\n",
    );
    let scorers: Vec<String> = goals(&m).into_iter().map(|g| g.1).collect();
    assert_eq!(scorers, ["Rodinei"]);
}
