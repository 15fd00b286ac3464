//! `App::update` fed action sequences on a made-up match, state asserted: no terminal involved.

mod fixture;

use fixture::{app, event, fixture, run};
use touchline::action::Action;
use touchline::app::{App, Mode};
use touchline::model::{Clock, EventKind, Score, Side};
use touchline::timeline::Timeline;

#[test]
fn opens_at_kick_off_with_nothing_spoiled() {
    let app = app();
    assert_eq!(app.cursor, 0);
    assert_eq!(app.state().score, Score::new(0, 0));
    assert!(!app.playing);
}

#[test]
fn cursor_clamps_at_both_ends() {
    let mut app = app();
    run(&mut app, &[Action::Prev, Action::Prev]);
    assert_eq!(app.cursor, 0);
    run(&mut app, &[Action::Last, Action::Next, Action::Next]);
    assert_eq!(app.cursor, 11);
    assert_eq!(app.state().score, Score::new(3, 1));
    run(&mut app, &[Action::First]);
    assert_eq!(app.cursor, 0);
}

#[test]
fn goal_jumps_follow_scoring_order() {
    let mut app = app();
    let mut seen = vec![];
    for _ in 0..5 {
        app.update(Action::NextGoal);
        seen.push((app.cursor, app.state().score));
    }
    assert_eq!(
        seen,
        vec![
            (2, Score::new(1, 0)),
            (4, Score::new(1, 1)),
            (7, Score::new(2, 1)),
            (10, Score::new(3, 1)),
            (10, Score::new(3, 1)),
        ]
    );
    assert_eq!(app.message.as_deref(), Some("no more goals"));
    app.update(Action::PrevGoal);
    assert_eq!(app.cursor, 7);
    app.update(Action::Goal(2));
    assert_eq!(app.cursor, 4);
    app.update(Action::Goal(9));
    assert_eq!(app.cursor, 4);
    assert_eq!(
        app.message.as_deref(),
        Some("no goal 9: this match has 4 goals")
    );
}

#[test]
fn minute_input_jumps_to_the_match_as_it_stood() {
    let mut app = app();
    let type_minute = |app: &mut App, text: &str| {
        app.update(Action::BeginMinuteInput);
        for c in text.chars() {
            app.update(Action::InputChar(c));
        }
        app.update(Action::SubmitInput);
    };
    type_minute(&mut app, "45+2");
    assert_eq!(app.cursor, 4, "the stoppage-time penalty");
    assert_eq!(app.mode, Mode::Browse);
    type_minute(&mut app, "46");
    assert_eq!(app.cursor, 6, "46' is after all of first-half stoppage");
    type_minute(&mut app, "90+4");
    assert_eq!(app.cursor, 10);
    type_minute(&mut app, "12x");
    assert_eq!(app.cursor, 1, "letters are not typed, so 12 is read");
    app.update(Action::BeginMinuteInput);
    app.update(Action::InputChar('7'));
    app.update(Action::InputBackspace);
    app.update(Action::SubmitInput);
    assert_eq!(app.cursor, 1, "an empty minute moves nothing");
    assert!(app.message.is_some());
    app.update(Action::BeginMinuteInput);
    app.update(Action::InputChar('8'));
    app.update(Action::CancelInput);
    assert_eq!((app.cursor, &app.mode), (1, &Mode::Browse));
}

#[test]
fn autoplay_advances_holds_goals_longer_and_stops_at_full_time() {
    let mut app = app();
    assert_eq!(app.autoplay_delay(), None);
    app.update(Action::ToggleAutoplay);
    let normal = app.autoplay_delay();
    app.update(Action::Tick);
    app.update(Action::Tick);
    assert_eq!(app.cursor, 2);
    let on_goal = app.autoplay_delay();
    assert!(on_goal > normal, "{on_goal:?} should exceed {normal:?}");
    app.update(Action::Faster);
    assert!(app.autoplay_delay() < on_goal);
    for _ in 0..20 {
        app.update(Action::Tick);
    }
    assert_eq!(app.cursor, 11);
    assert!(!app.playing);
    app.update(Action::ToggleAutoplay);
    assert_eq!(app.cursor, 0, "play from the end starts again at kick-off");
    app.update(Action::ToggleAutoplay);
    app.update(Action::Tick);
    assert_eq!(app.cursor, 0, "a paused app ignores the timer");
}

#[test]
fn players_state_follows_the_cursor() {
    let mut app = app();
    let idx = |app: &App, side, name| app.timeline.roster_index(side, name).unwrap_or(usize::MAX);
    let (dean, ake, cole, bale, fry) = (
        idx(&app, Side::Home, "Dean"),
        idx(&app, Side::Away, "Ake"),
        idx(&app, Side::Home, "Cole"),
        idx(&app, Side::Away, "Bale"),
        idx(&app, Side::Away, "Fry"),
    );
    run(&mut app, &[Action::Last]);
    let players = &app.state().players;
    assert_eq!(players[dean].goals, 2);
    assert_eq!(players[cole].assists, 1);
    assert_eq!(
        players[ake].own_goals, 1,
        "an own goal is not the player's goal"
    );
    assert_eq!(players[ake].goals, 0);
    assert_eq!(players[ake].yellow_cards, 1);
    assert!(players[cole].sent_off && !players[cole].on_pitch);
    assert!(!players[bale].on_pitch && players[bale].subbed_off);
    assert!(players[fry].on_pitch && players[fry].subbed_on);
    app.update(Action::JumpTo(Clock::exact(2, 70, 0)));
    let players = &app.state().players;
    assert!(players[cole].on_pitch && !players[cole].sent_off);
    assert!(!players[fry].on_pitch);
}

#[test]
fn seeking_on_the_bar_lands_on_the_moment_at_that_time() {
    let mut app = app();
    app.update(Action::Seek(1.0));
    assert_eq!(app.cursor, 11);
    app.update(Action::Seek(0.0));
    assert_eq!(app.cursor, 0);
    let half_time = app.timeline.period_marks()[0];
    app.update(Action::Seek(half_time));
    assert_eq!(
        app.cursor, 5,
        "the half-time mark is the end of the first half"
    );
    let fraction = app.timeline.fraction(7);
    app.update(Action::Seek(fraction));
    assert_eq!(app.cursor, 7);
}

#[test]
fn an_empty_match_does_not_panic() {
    let mut m = fixture();
    m.events.clear();
    let mut app = App::new(Timeline::new(m));
    run(
        &mut app,
        &[
            Action::Next,
            Action::Last,
            Action::NextGoal,
            Action::Goal(1),
            Action::Seek(0.5),
            Action::Tick,
        ],
    );
    assert_eq!(app.cursor, 0);
    assert_eq!(app.state().score, Score::new(0, 0));
    assert!(app.current().is_none());
}

#[test]
fn a_typed_minute_lands_on_that_minutes_first_moment() {
    let mut m = fixture();
    // Full time at the same minute as the winner, as a report's inferred clocks can have it.
    m.events[11].clock = Clock::exact(2, 90, 3);
    let mut app = App::new(Timeline::new(m));
    app.update(Action::JumpTo(Clock::exact(2, 90, 3)));
    assert_eq!(
        app.cursor, 10,
        "the winner, not the full-time whistle after it"
    );
}

#[test]
fn a_shootout_stated_without_its_kicks_shows_from_the_shootout_on() {
    let mut m = fixture();
    m.final_score = Score::new(3, 1);
    m.shootout = Some(Score::new(4, 3));
    m.events[11].clock = Clock::exact(5, 120, 0);
    let app = App::new(Timeline::new(m));
    assert_eq!(app.timeline.state(10).shootout, Score::new(0, 0));
    assert_eq!(app.timeline.state(11).shootout, Score::new(4, 3));
    assert_eq!(
        app.timeline.state(11).score,
        Score::new(3, 1),
        "never added to the score"
    );
}

/// Warnings are announced as a count when the match opens (never their text, which names
/// scorers) and `w` opens and closes them.
#[test]
fn warnings_are_counted_at_opening_and_listed_on_request() {
    let quiet = App::new(Timeline::new(fixture()));
    assert_eq!(quiet.message, None);

    let mut m = fixture();
    m.warnings = vec!["goal by Scorer at ~30': no minute".into(), "second".into()];
    let mut app = App::new(Timeline::new(m));
    assert_eq!(
        app.message.as_deref(),
        Some("2 import warnings: press w to read them")
    );
    app.update(Action::ToggleWarnings);
    assert_eq!(app.mode, Mode::Warnings);
    assert_eq!(app.message, None);
    app.update(Action::ToggleWarnings);
    assert_eq!(app.mode, Mode::Browse);
}

/// A half-time substitution is shown 46' but counts from the 45th minute: the player off and
/// the player on have 45 minutes each at the end.
#[test]
fn a_half_time_substitution_splits_the_match_in_two_halves() {
    let mut m = fixture();
    // The timeline puts events in match order.
    m.events.push(event(
        Clock::exact(2, 46, 0),
        EventKind::Substitution,
        Side::Home,
        &["Dean", "Eto"],
    ));
    let mut app = App::new(Timeline::new(m));
    app.update(Action::Last);
    let now = app.timeline.minute_at(app.cursor);
    let minutes = |name| {
        let i = app
            .timeline
            .roster_index(Side::Home, name)
            .unwrap_or(usize::MAX);
        app.state().players.get(i).and_then(|p| p.minutes(now))
    };
    assert_eq!(now, 90);
    assert_eq!((minutes("Dean"), minutes("Eto")), (Some(45), Some(45)));
}

/// Esc first dismisses a message the footer shows, as it cancels a prompt; only then does it
/// leave. `q` leaves at once.
#[test]
fn esc_dismisses_a_message_before_it_quits() {
    let mut app = app();
    app.update(Action::NextGoal);
    app.update(Action::Goal(9));
    assert!(app.message.is_some());
    app.update(Action::Back);
    assert!(app.message.is_none() && !app.quit);
    app.update(Action::Back);
    assert!(app.quit);
    let mut app = fixture::app();
    app.update(Action::Goal(9));
    app.update(Action::Quit);
    assert!(app.quit);
}

/// Namesakes on both sides, named through one shared copy of the name: each event is found as
/// the player of its own side, however the copies are shared.
#[test]
fn namesakes_on_both_sides_are_each_found_for_their_own_events() {
    use touchline::model::Name;
    let silva = Name::from("Silva");
    let mut m = fixture::fixture();
    m.home
        .players
        .push(touchline::model::Player::named("Silva"));
    m.away
        .players
        .push(touchline::model::Player::named("Silva"));
    let mut home = fixture::event(Clock::exact(1, 5, 0), EventKind::Shot, Side::Home, &[]);
    let mut away = fixture::event(Clock::exact(1, 6, 0), EventKind::Shot, Side::Away, &[]);
    home.players = vec![silva.clone()];
    away.players = vec![silva];
    m.events.extend([home, away]);
    let timeline = Timeline::new(m);
    let view = timeline.view(true);
    let first = timeline
        .next_involving("silva", 0, view)
        .map(|f| (f.event, f.player));
    let (event, player) = first.unwrap_or((usize::MAX, usize::MAX));
    let second = timeline
        .next_involving("silva", event, view)
        .map(|f| (f.event, f.player));
    let (next_event, next_player) = second.unwrap_or((usize::MAX, usize::MAX));
    assert_ne!(event, next_event, "both events are found");
    let listed = |side| timeline.roster_index(side, "Silva");
    assert_eq!(
        [Some(player), Some(next_player)],
        [listed(Side::Home), listed(Side::Away)],
        "each as the player of its own side"
    );
}
