//! Screen snapshots of a made-up match: the viewer drawn into a test terminal at each state a
//! person sees (kick-off, goals, cards, full time, help, shoot-out, tiny terminals).

// A test terminal or fixture that fails to load has nothing to show: failing loudly is right.
#![allow(clippy::expect_used)]

mod screen;

use screen::made_up::{fixture, shootout_fixture, with_positions};
use screen::{app, screen};
use touchline::action::Action;

#[test]
fn fixture_kick_off() {
    insta::assert_snapshot!(screen(&app(fixture(), &[]), 120, 40));
}

#[test]
fn fixture_positions_wide() {
    insta::assert_snapshot!(screen(&app(with_positions(), &[Action::NextGoal]), 200, 60));
}

#[test]
fn fixture_positions_80x24() {
    insta::assert_snapshot!(screen(&app(with_positions(), &[Action::NextGoal]), 80, 24));
}

#[test]
fn fixture_first_goal() {
    insta::assert_snapshot!(screen(&app(fixture(), &[Action::NextGoal]), 120, 40));
}

#[test]
fn fixture_own_goal() {
    let a = app(fixture(), &[Action::Goal(3)]);
    insta::assert_snapshot!(screen(&a, 120, 40));
}

#[test]
fn fixture_red_card() {
    let a = app(fixture(), &[Action::Goal(4), Action::Next]);
    insta::assert_snapshot!(screen(&a, 120, 40));
}

#[test]
fn fixture_full_time() {
    insta::assert_snapshot!(screen(&app(fixture(), &[Action::Last]), 120, 40));
}

#[test]
fn fixture_help() {
    insta::assert_snapshot!(screen(&app(fixture(), &[Action::ToggleHelp]), 120, 40));
}

#[test]
fn fixture_help_80x24() {
    insta::assert_snapshot!(screen(&app(fixture(), &[Action::ToggleHelp]), 80, 24));
}

#[test]
fn fixture_minute_input() {
    let typing = [
        Action::BeginMinuteInput,
        Action::InputChar('9'),
        Action::InputChar('0'),
        Action::InputChar('+'),
        Action::InputChar('2'),
    ];
    insta::assert_snapshot!(screen(&app(fixture(), &typing), 120, 40));
}

#[test]
fn fixture_autoplay_with_message() {
    let a = app(
        fixture(),
        &[
            Action::Faster,
            Action::ToggleAutoplay,
            Action::Goal(5),
            Action::NextGoal,
        ],
    );
    insta::assert_snapshot!(screen(&a, 120, 40));
}

#[test]
fn fixture_kick_off_80x24() {
    insta::assert_snapshot!(screen(&app(fixture(), &[]), 80, 24));
}

#[test]
fn fixture_winner_80x24() {
    insta::assert_snapshot!(screen(&app(fixture(), &[Action::Goal(5)]), 80, 24));
}

#[test]
fn fixture_red_card_80x24() {
    let a = app(fixture(), &[Action::Goal(4), Action::Next]);
    insta::assert_snapshot!(screen(&a, 80, 24));
}

#[test]
fn fixture_full_time_80x24() {
    insta::assert_snapshot!(screen(&app(fixture(), &[Action::Last]), 80, 24));
}

#[test]
fn shootout_at_the_end() {
    insta::assert_snapshot!(screen(&app(shootout_fixture(), &[Action::Last]), 100, 30));
}

#[test]
fn shootout_not_shown_before_it_starts() {
    let a = app(shootout_fixture(), &[Action::Goal(2)]);
    let text = screen(&a, 100, 30).to_string();
    let scoreboard: String = text.lines().take(4).collect();
    assert!(scoreboard.contains(" 1 - 1 "), "{text}");
    assert!(
        !scoreboard.contains("pens"),
        "shoot-out spoiled before it started:\n{text}"
    );
    assert!(
        !text.contains("4-3"),
        "shoot-out spoiled before it started:\n{text}"
    );
}

#[test]
fn empty_match() {
    let mut m = shootout_fixture();
    m.events.clear();
    m.shootout = None;
    insta::assert_snapshot!(screen(&app(m, &[]), 80, 24));
}

#[test]
fn too_small_40x12() {
    insta::assert_snapshot!(screen(&app(fixture(), &[]), 40, 12));
}

#[test]
fn no_panic_at_any_size() {
    let mut empty = fixture();
    empty.events.clear();
    let states = [
        app(empty, &[]),
        app(shootout_fixture(), &[Action::Last]),
        app(fixture(), &[]),
        app(fixture(), &[Action::Last]),
        app(fixture(), &[Action::ToggleHelp]),
        app(
            fixture(),
            &[Action::BeginMinuteInput, Action::InputChar('4')],
        ),
    ];
    for a in &states {
        for w in (0..=130).step_by(3).chain([1, 79, 80, 81]) {
            for h in (0..=45).step_by(2).chain([1, 23, 24, 25]) {
                screen(a, w, h);
            }
        }
    }
}

#[test]
fn report_pitch_asked_for_has_no_locations() {
    let a = app(fixture(), &[Action::Goal(2), Action::TogglePitch]);
    insta::assert_snapshot!(screen(&a, 120, 40));
}

/// More warnings than the screen has rows: the last row says how many are left out.
#[test]
fn many_warnings_80x24() {
    let mut m = fixture();
    m.warnings = (1..=30)
        .map(|n| format!("player number {n} is named but not in a line-up"))
        .collect();
    insta::assert_snapshot!(screen(&app(m, &[Action::ToggleWarnings]), 80, 24));
}
