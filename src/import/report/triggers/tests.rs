//! The scoring vocabulary on short sentences.

use super::*;

fn trigs(s: &str) -> Vec<Trig> {
    let words: Vec<String> = s.split_whitespace().map(|x| x.to_lowercase()).collect();
    let w: Vec<&str> = words.iter().map(String::as_str).collect();
    find(&w, 0, w.len())
}

#[test]
fn scoring_phrases() {
    assert_eq!(trigs("Cole tapped into an open goal").len(), 1);
    assert_eq!(trigs("Cole poked it in from close range").len(), 1);
    assert_eq!(trigs("Cole curled in across goal").len(), 1);
    assert_eq!(trigs("Rovers took the lead")[0].state, State::Lead);
    assert_eq!(trigs("Ray made it 2-1")[0].running, Some((2, 1)));
    assert_eq!(trigs("Ray made it four late on")[0].reach, Some(4));
    assert!(trigs("Ray turned it into his own net")[0].own_goal);
    assert_eq!(trigs("Ray added her fourth goal")[0].count, 1);
    assert_eq!(trigs("Ray grabbed a brace")[0].count, 2);
    assert_eq!(trigs("Ray opened the scoring")[0].state, State::Opener);
    assert!(trigs("Ray sent the goalkeeper the wrong way from the spot")[0].penalty);
    assert!(trigs("Ray sent Jon Moss the wrong way from the spot")[0].penalty);
    assert!(trigs("Ray sent Moss the wrong way with a dummy").is_empty());
}

#[test]
fn wanted_goals_are_not_scored_ones() {
    assert_eq!(
        trigs("and then set up patel for the winner with ten minutes to go")
            .first()
            .map(|t| t.state),
        Some(State::Winner)
    );
    assert!(trigs("rovers pushed for an equaliser").is_empty());
}

#[test]
fn near_misses_are_not_goals() {
    assert!(trigs("Ray hit the post and Cole headed in the rebound").len() <= 1);
    assert!(trigs("Ray could have scored").is_empty());
    assert!(trigs("Ray headed over the bar").is_empty());
    assert!(trigs("Ray fired wide of the far post").is_empty());
    assert!(trigs("only two players have scored twice").is_empty());
    assert!(trigs("the home side headed into the box").is_empty());
    assert!(trigs("Ray headed over from close range in stoppage time").is_empty());
    assert!(trigs("Ray fired over in added time").is_empty());
    assert_eq!(trigs("Ray fired in in stoppage time").len(), 1);
    assert_eq!(trigs("Ray lobbed over the keeper").len(), 1);
}
