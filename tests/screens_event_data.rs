//! Screen snapshots of event data: the pitch and shot map, every event, player search.

mod screen;

use screen::{app, screen};
use touchline::action::Action;
use touchline::model::Clock;

mod located;

#[test]
fn located_pitch_200x60() {
    // The cursor on a shot off the post, after a goal at each end: shot map, the shot's line
    // to goal, shot totals in the scoreboard, minutes played.
    let a = app(
        located::located_match(3),
        &[Action::JumpTo(Clock::exact(2, 63, 0))],
    );
    insta::assert_snapshot!(screen(&a, 200, 60));
}

#[test]
fn located_every_event_on_a_pass_200x60() {
    let a = app(
        located::located_match(3),
        &[
            Action::JumpTo(Clock::exact(2, 63, 0)),
            Action::ToggleAllEvents,
            Action::Prev,
        ],
    );
    insta::assert_snapshot!(screen(&a, 200, 60));
}

#[test]
fn located_player_search_input_120x40() {
    let mut typing = vec![Action::Goal(1), Action::BeginPlayerSearch];
    typing.extend("sala".chars().map(Action::InputChar));
    insta::assert_snapshot!(screen(&app(located::located_match(3), &typing), 120, 40));
}

#[test]
fn located_pitch_asked_for_at_80x24() {
    let a = app(
        located::located_match(3),
        &[Action::Goal(3), Action::TogglePitch],
    );
    insta::assert_snapshot!(screen(&a, 80, 24));
}

#[test]
fn located_no_panic_at_any_size() {
    let m = located::located_match(2);
    let states = [
        app(m.clone(), &[Action::Last]),
        app(m.clone(), &[Action::TogglePitch, Action::Goal(2)]),
        app(m, &[Action::ToggleAllEvents, Action::BeginPlayerSearch]),
    ];
    for a in &states {
        for w in (0..=210).step_by(7).chain([79, 80, 139, 140]) {
            for h in (0..=64).step_by(5).chain([23, 24, 35, 36]) {
                screen(a, w, h);
            }
        }
    }
}
