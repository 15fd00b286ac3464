//! Whole-report tests on short made-up reports, one reporting pattern each.

use super::parse;
use crate::model::{EventKind, Match, Side};

fn read(text: &str) -> Match {
    match parse(text) {
        Ok(m) => m,
        Err(e) => panic!("did not parse: {e}"),
    }
}

/// (side, scorer, minute+added, exact) of every goal.
fn goals(m: &Match) -> Vec<(Side, String, u16, bool)> {
    m.events
        .iter()
        .filter(|e| e.kind == EventKind::Goal)
        .map(|e| {
            (
                e.side,
                e.actor().unwrap_or("").to_string(),
                e.clock.minute + e.clock.added,
                !e.clock.approximate,
            )
        })
        .collect()
}

fn scorers(m: &Match) -> Vec<String> {
    goals(m).into_iter().map(|g| g.1).collect()
}

#[test]
fn listed_minutes_with_an_elided_verb_are_one_goal_each_in_clock_order() {
    let m = read(
        "Rovers 4-0 Athletic\n\nRovers thrashed Athletic 4-0 on Saturday.\n\n\
         Tom Hale struck in the 12th and 70th minutes, Ben Cole in the 30th and 55th, as Rovers \
         cruised to a comfortable victory over their rivals.\n",
    );
    let g = goals(&m);
    let mins: Vec<u16> = g.iter().map(|g| g.2).collect();
    assert_eq!(mins, [12, 30, 55, 70]);
    assert_eq!(
        scorers(&m),
        ["Tom Hale", "Ben Cole", "Ben Cole", "Tom Hale"]
    );
    assert!(g.iter().all(|g| g.0 == Side::Home && g.3));
}

#[test]
fn a_team_put_ahead_is_not_the_scorer_and_a_levelling_header_is_a_second_goal() {
    let m = read(
        "Rovers 1-1 Athletic\n\nRovers and Athletic drew 1-1 on Sunday afternoon in the league.\n\n\
         Tom Hale put Rovers ahead in the 18th minute with a low shot, but centre back Ben Cole \
         headed the visitors level soon after that.\n",
    );
    let g = goals(&m);
    assert_eq!(scorers(&m), ["Tom Hale", "Ben Cole"]);
    assert_eq!((g[0].0, g[1].0), (Side::Home, Side::Away));
    assert_eq!((g[0].2, g[0].3), (18, true));
}

#[test]
fn an_ordinal_goal_phrase_names_its_scorer() {
    let m = read(
        "Rovers 2-1 Athletic\n\nRovers beat Athletic 2-1 in a tight game on Friday night.\n\n\
         The first goal was of the Brazilian Tom Hale, in the 21st minute, and not long after the \
         French left winger Ben Cole made the tie, in the 30th minute. Jim Bell scored the winner \
         in the 80th minute from a cross of Tom Hale.\n",
    );
    let g = goals(&m);
    assert_eq!(scorers(&m), ["Tom Hale", "Ben Cole", "Jim Bell"]);
    assert_eq!(
        g.iter().map(|g| (g.0, g.2)).collect::<Vec<_>>(),
        [(Side::Home, 21), (Side::Away, 30), (Side::Home, 80)]
    );
}

#[test]
fn a_summary_paragraph_and_the_body_tell_the_same_goals_once() {
    let m = read(
        "Rovers 2-2 Athletic\n\nRovers and Athletic drew 2-2 in an entertaining game on Sunday.\n\n\
         Rovers went in front through Tom Hale in the 20th minute; Ben Cole equalised from the \
         penalty spot before half-time. In the second half an own goal by Jim Bell restored \
         Rovers' lead, but Cole scored another penalty to earn Athletic a point.\n\n\
         The opening minutes produced little. Then a loose ball dropped to Hale, who tucked it \
         away.\n\n\
         Athletic kept pushing and were level in the 41st minute when Cole sent the goalkeeper \
         the wrong way from the spot.\n\n\
         Rovers went ahead again in the 80th minute. A corner was headed goalwards and Bell, \
         attempting to block, turned it into his own net.\n",
    );
    let g = goals(&m);
    assert_eq!(
        scorers(&m),
        ["Tom Hale", "Ben Cole", "Jim Bell", "Ben Cole"]
    );
    assert_eq!(
        g.iter().map(|g| g.0).collect::<Vec<_>>(),
        [Side::Home, Side::Away, Side::Home, Side::Away]
    );
    let exact: Vec<u16> = g.iter().filter(|g| g.3).map(|g| g.2).collect();
    assert_eq!(exact, [20, 41, 80]);
    let og: Vec<bool> = m
        .events
        .iter()
        .filter(|e| e.kind == EventKind::Goal)
        .map(|e| e.own_goal)
        .collect();
    assert_eq!(og, [false, false, true, false]);
}

#[test]
fn a_result_without_a_score_is_counted_from_running_scores_ordinals_and_replies() {
    let m = read(
        "Rovers overpower Athletic in the derby\n\n\
         [Photo caption: Tom Hale beats Jim Kay for Rovers' second goal.]\n\n\
         Rovers were too strong for their neighbours on a cold night at home, and the crowd \
         enjoyed every minute of it.\n\n\
         The game was settled before the break, when Rovers went 3-0 up. Deep into first-half \
         stoppage time Ben Cole chased a long ball and hammered the third goal in off a \
         defender.\n\n\
         Athletic's only reply came late, from the penalty spot: Hale tripped Sam Ray and Dan \
         Fox scored a consolation.\n",
    );
    assert_eq!(m.final_score, crate::model::Score::new(3, 1));
    let g = goals(&m);
    assert_eq!(scorers(&m), ["", "Tom Hale", "Ben Cole", "Dan Fox"]);
    assert_eq!(
        g.iter().map(|g| g.0).collect::<Vec<_>>(),
        [Side::Home, Side::Home, Side::Home, Side::Away]
    );
    let keeper = m.away.players.iter().any(|p| p.name == "Jim Kay");
    assert!(keeper, "beaten keeper is an opponent: {:?}", m.away.players);
}

#[test]
fn a_late_equaliser_told_first_goes_last_and_for_the_second_takes_the_next_scorer() {
    let m = read(
        "Rovers 3-3 Athletic: late drama\n\n\
         A 95th-minute equaliser gave Rovers a 3-3 draw with Athletic at the Vale.\n\n\
         Tom Hale volleyed in right at the end to earn the hosts a point.\n\n\
         Rovers went 2-0 up inside the first 20 minutes. Sam Ray headed down and Jim Bell \
         bundled the first goal over the line; for the second, the goalkeeper could only push a \
         cross into the air and Dan Fox was quickest to head it in.\n\n\
         Athletic pulled one back on the half-hour, Ben Cole looping a header over the \
         goalkeeper, and on 42 minutes Cole converted a cross to make it 2-2.\n\n\
         After the interval Ian Lee scored to put Athletic ahead.\n",
    );
    let g = goals(&m);
    assert_eq!(
        scorers(&m),
        [
            "Jim Bell", "Dan Fox", "Ben Cole", "Ben Cole", "Ian Lee", "Tom Hale"
        ]
    );
    assert_eq!(
        g.iter().map(|g| g.0).collect::<Vec<_>>(),
        [
            Side::Home,
            Side::Home,
            Side::Away,
            Side::Away,
            Side::Away,
            Side::Home
        ]
    );
    let last = g.last().map(|g| (g.2, g.3));
    assert_eq!(last, Some((95, true)));
}

#[test]
fn cards_are_events_on_the_right_player_with_their_minutes() {
    let m = read(
        "Rovers 1-0 Athletic\n\nRovers beat Athletic 1-0 at home on Saturday.\n\n\
         Tom Hale scored the only goal in the 30th minute.\n\n\
         Athletic had Ben Cole booked for dissent in the 50th minute and finished with ten men \
         when Jim Bell was shown a straight red card in the 80th minute.\n\n\
         Rovers' Sam Ray was sent off for a second bookable offence late on.\n",
    );
    let cards: Vec<_> = m
        .events
        .iter()
        .filter(|e| e.kind == EventKind::Card)
        .map(|e| {
            (
                e.actor().unwrap_or("").to_string(),
                e.side,
                e.card,
                e.clock.minute,
                e.clock.approximate,
            )
        })
        .collect();
    use crate::model::CardColour::{Red, SecondYellow, Yellow};
    assert_eq!(cards.len(), 3, "{cards:?}");
    assert_eq!(
        cards[..2],
        [
            ("Ben Cole".to_string(), Side::Away, Some(Yellow), 50, false),
            ("Jim Bell".to_string(), Side::Away, Some(Red), 80, false),
        ]
    );
    assert_eq!(
        (cards[2].0.as_str(), cards[2].1, cards[2].2, cards[2].4),
        ("Sam Ray", Side::Home, Some(SecondYellow), true)
    );
}

#[test]
fn a_shootout_is_beside_the_score_and_its_kicks_are_not_goals() {
    let m = read(
        "Rovers win cup on penalties after 1-1 draw with Athletic\n\n\
         Rovers won the cup on Saturday, beating Athletic 5-4 on penalties after a 1-1 draw.\n\n\
         Athletic led through a Ben Cole header in the 34th minute, but Rovers captain Tom \
         Hale equalised 12 minutes from time.\n\n\
         In the shootout, goalkeeper Sam Ray saved from Cole and Hale scored the decisive kick.\n",
    );
    assert_eq!(m.final_score, crate::model::Score::new(1, 1));
    assert_eq!(m.shootout, Some(crate::model::Score::new(5, 4)));
    assert_eq!(scorers(&m), ["Ben Cole", "Tom Hale"]);
    let kicks = m
        .events
        .iter()
        .find(|e| e.text.starts_with("In the shootout"))
        .map(|e| (e.kind, e.clock.period));
    assert!(
        matches!(kicks, Some((k, 5)) if k != EventKind::Goal),
        "{kicks:?}"
    );
}
