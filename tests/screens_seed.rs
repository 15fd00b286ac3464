//! Screen snapshots of the bundled report (as a saved match file): kick-off, goals, full time,
//! help, warnings, the minute prompt and the reader.

mod screen;

use screen::{app, screen, seed};
use touchline::action::Action;

#[test]
fn seed_kick_off() {
    insta::assert_snapshot!(screen(&app(seed(), &[]), 120, 40));
}

#[test]
fn seed_first_goal() {
    insta::assert_snapshot!(screen(&app(seed(), &[Action::NextGoal]), 120, 40));
}

#[test]
fn seed_full_time() {
    insta::assert_snapshot!(screen(&app(seed(), &[Action::Last]), 120, 40));
}

#[test]
fn seed_help() {
    insta::assert_snapshot!(screen(&app(seed(), &[Action::ToggleHelp]), 120, 40));
}

/// The seed's warnings (minutes the report does not state) listed over the screen, wrapped.
#[test]
fn seed_warnings() {
    insta::assert_snapshot!(screen(&app(seed(), &[Action::ToggleWarnings]), 120, 40));
}

#[test]
fn seed_warnings_80x24() {
    insta::assert_snapshot!(screen(&app(seed(), &[Action::ToggleWarnings]), 80, 24));
}

#[test]
fn seed_minute_input() {
    let typing = [
        Action::BeginMinuteInput,
        Action::InputChar('6'),
        Action::InputChar('7'),
    ];
    insta::assert_snapshot!(screen(&app(seed(), &typing), 120, 40));
}

#[test]
fn seed_kick_off_80x24() {
    insta::assert_snapshot!(screen(&app(seed(), &[]), 80, 24));
}

#[test]
fn seed_full_time_80x24() {
    insta::assert_snapshot!(screen(&app(seed(), &[Action::Last]), 80, 24));
}

#[test]
fn seed_too_small_40x12() {
    insta::assert_snapshot!(screen(&app(seed(), &[]), 40, 12));
}

#[test]
fn seed_reader_at_first_goal() {
    insta::assert_snapshot!(screen(
        &app(seed(), &[Action::NextGoal, Action::ToggleReader]),
        120,
        40
    ));
}

#[test]
fn seed_reader_80x24_follows_the_cursor_to_full_time() {
    insta::assert_snapshot!(screen(
        &app(seed(), &[Action::ToggleReader, Action::Last, Action::Prev]),
        80,
        24
    ));
}
