//! `App::update` fed action sequences, state asserted: no terminal involved.

use touchline::action::Action;
use touchline::app::{App, Mode};
use touchline::model::{CardColour, Clock, Event, EventKind, Match, Player, Score, Side, Team};
use touchline::timeline::Timeline;

fn event(clock: Clock, kind: EventKind, side: Side, players: &[&str]) -> Event {
    let mut e = Event::new(clock, kind, side);
    e.players = players.iter().map(|p| p.to_string()).collect();
    e
}

/// A match with a goal in first-half stoppage, an own goal, a red card and a late winner.
fn fixture() -> Match {
    let starter = |name: &str| Player {
        starter: true,
        ..Player::named(name)
    };
    let mut own_goal = event(
        Clock::exact(2, 67, 0),
        EventKind::Goal,
        Side::Home,
        &["Ake"],
    );
    own_goal.own_goal = true;
    let mut pen = event(
        Clock::exact(1, 45, 2),
        EventKind::Goal,
        Side::Away,
        &["Bale"],
    );
    pen.penalty = true;
    let mut red = event(
        Clock::exact(2, 80, 0),
        EventKind::Card,
        Side::Home,
        &["Cole"],
    );
    red.card = Some(CardColour::Red);
    let mut yellow = event(
        Clock::exact(1, 40, 0),
        EventKind::Card,
        Side::Away,
        &["Ake"],
    );
    yellow.card = Some(CardColour::Yellow);
    Match {
        date: None,
        competition: None,
        home: Team {
            name: "Rovers".into(),
            players: vec![starter("Cole"), starter("Dean"), Player::named("Eto")],
        },
        away: Team {
            name: "Athletic".into(),
            players: vec![starter("Ake"), starter("Bale"), Player::named("Fry")],
        },
        final_score: Score::new(3, 1),
        shootout: None,
        events: vec![
            event(
                Clock::exact(1, 0, 0),
                EventKind::PeriodStart,
                Side::None,
                &[],
            ),
            event(
                Clock::exact(1, 10, 0),
                EventKind::Shot,
                Side::Home,
                &["Dean"],
            ),
            event(
                Clock::exact(1, 33, 0),
                EventKind::Goal,
                Side::Home,
                &["Dean", "Cole"],
            ),
            yellow,
            pen,
            event(
                Clock::exact(1, 45, 3),
                EventKind::PeriodEnd,
                Side::None,
                &[],
            ),
            event(
                Clock::exact(2, 46, 0),
                EventKind::PeriodStart,
                Side::None,
                &[],
            ),
            own_goal,
            red,
            event(
                Clock::exact(2, 85, 0),
                EventKind::Substitution,
                Side::Away,
                &["Bale", "Fry"],
            ),
            event(
                Clock::exact(2, 90, 3),
                EventKind::Goal,
                Side::Home,
                &["Dean"],
            ),
            event(
                Clock::exact(2, 90, 5),
                EventKind::PeriodEnd,
                Side::None,
                &[],
            ),
        ],
        warnings: vec![],
        report: None,
    }
}

fn app() -> App {
    App::new(Timeline::new(fixture()))
}

fn run(app: &mut App, actions: &[Action]) {
    for &a in actions {
        app.update(a);
    }
}

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

mod located;

fn located_app(minor_per_minute: usize) -> App {
    App::new(Timeline::new(located::located_match(minor_per_minute)))
}

fn search(app: &mut App, name: &str) {
    app.update(Action::BeginPlayerSearch);
    for c in name.chars() {
        app.update(Action::InputChar(c));
    }
    app.update(Action::SubmitInput);
}

#[test]
fn stepping_and_autoplay_skip_minor_events() {
    let mut app = located_app(3);
    let keys = app.timeline.key_indices().to_vec();
    assert!(keys.len() < app.timeline.len() / 5, "mostly minor events");
    let mut seen = vec![app.cursor];
    for _ in 0..keys.len() + 3 {
        app.update(Action::Next);
        if seen.last() != Some(&app.cursor) {
            seen.push(app.cursor);
        }
    }
    assert_eq!(seen, keys, "Next visits every key event and nothing else");
    app.update(Action::Prev);
    assert_eq!(app.cursor, keys[keys.len() - 2]);
    app.update(Action::First);
    app.update(Action::ToggleAutoplay);
    app.update(Action::Tick);
    assert_eq!(app.cursor, keys[1]);
    app.update(Action::JumpTo(Clock::exact(2, 60, 0)));
    assert!(
        app.current().is_some_and(|e| e.is_key()),
        "a jump lands on a key event"
    );
}

#[test]
fn toggling_every_event_keeps_the_same_moment() {
    let mut app = located_app(3);
    app.update(Action::Goal(1));
    let goal = app.cursor;
    app.update(Action::ToggleAllEvents);
    assert!(app.all_events);
    assert_eq!(app.cursor, goal, "same moment in the other view");
    assert!(
        app.message
            .as_deref()
            .is_some_and(|m| m.starts_with("every event"))
    );
    app.update(Action::Prev);
    let pass = app.cursor;
    assert!(pass == goal - 1 && app.current().is_some_and(|e| e.minor));
    app.update(Action::ToggleAllEvents);
    assert!(!app.all_events);
    let before = app.timeline.view(false).prev(goal);
    assert_eq!(
        Some(app.cursor),
        before,
        "a minor event gives way to the key moment before it"
    );
    assert!(app.cursor < pass);

    let mut report = App::new(Timeline::new(fixture()));
    report.update(Action::Next);
    report.update(Action::ToggleAllEvents);
    assert!(!report.all_events);
    assert_eq!(report.cursor, 1);
    assert_eq!(
        report.message.as_deref(),
        Some("this match has only key moments")
    );
}

#[test]
fn player_search_jumps_to_the_next_involvement_and_wraps() {
    let mut app = located_app(3);
    let minute = |app: &App| app.current().map(|e| e.clock.minute);
    search(&mut app, "SALAS");
    assert_eq!(minute(&app), Some(6), "case does not matter");
    assert_eq!(app.message.as_deref(), Some("Hugo Salas"));
    search(&mut app, "salas");
    assert_eq!(minute(&app), Some(19));
    search(&mut app, "salas");
    assert_eq!(minute(&app), Some(77));
    search(&mut app, "salas");
    assert_eq!(minute(&app), Some(6), "round to the start");
    assert!(
        app.message
            .as_deref()
            .is_some_and(|m| m.contains("back to the first"))
    );
    search(&mut app, "petrovic");
    assert_eq!(minute(&app), Some(38), "accents do not matter");
    let at = app.cursor;
    search(&mut app, "zzz");
    assert_eq!(app.cursor, at);
    assert_eq!(app.message.as_deref(), Some("no player called \"zzz\""));
    assert_eq!(app.mode, Mode::Browse);
    search(&mut app, "Luca Bianchi");
    assert_eq!(app.cursor, at, "only passes involve him");
    assert!(
        app.message
            .as_deref()
            .is_some_and(|m| m.contains("press a"))
    );
    app.update(Action::ToggleAllEvents);
    search(&mut app, "bianchi");
    assert!(
        app.current()
            .is_some_and(|e| e.minor && e.players.contains(&"Luca Bianchi".to_string()))
    );
    app.update(Action::BeginPlayerSearch);
    app.update(Action::InputChar('x'));
    app.update(Action::InputBackspace);
    app.update(Action::CancelInput);
    assert_eq!(app.mode, Mode::Browse);
}

#[test]
fn pitch_toggle_flips_what_the_terminal_size_chooses() {
    use ratatui::layout::Rect;
    use touchline::ui::pitch_shown;
    let mut app = located_app(1);
    let (wide, narrow) = (Rect::new(0, 0, 200, 60), Rect::new(0, 0, 100, 30));
    assert!(pitch_shown(&app, wide) && !pitch_shown(&app, narrow));
    app.update(Action::TogglePitch);
    assert!(!pitch_shown(&app, wide) && pitch_shown(&app, narrow));
    app.update(Action::TogglePitch);
    assert!(pitch_shown(&app, wide));
    let report = App::new(Timeline::new(fixture()));
    assert!(
        !pitch_shown(&report, wide),
        "no locations: not shown unasked"
    );
}

#[test]
fn shot_totals_and_minutes_played_follow_the_cursor() {
    let mut app = located_app(2);
    app.update(Action::Last);
    let (home, away) = (app.state().shots(Side::Home), app.state().shots(Side::Away));
    assert_eq!((home.shots, home.on_target), (6, 3));
    assert!((home.xg - 1.45).abs() < 1e-9, "{}", home.xg);
    assert_eq!((away.shots, away.on_target), (4, 3));
    assert!((away.xg - 0.91).abs() < 1e-9, "{}", away.xg);
    let minutes = |app: &App, side, name| {
        let i = app.timeline.roster_index(side, name).unwrap_or(usize::MAX);
        app.state().players[i].minutes(app.timeline.minute_at(app.cursor))
    };
    assert_eq!(
        minutes(&app, Side::Away, "Felix Braun"),
        Some(70),
        "sent off at 70'"
    );
    assert_eq!(minutes(&app, Side::Home, "Niall Byrne"), Some(58));
    assert_eq!(
        minutes(&app, Side::Home, "Emre Çelik"),
        Some(32),
        "on at 58', to 90'"
    );
    assert_eq!(
        minutes(&app, Side::Home, "Owen Price"),
        None,
        "never came on"
    );
    app.update(Action::JumpTo(Clock::exact(2, 63, 0)));
    assert_eq!(minutes(&app, Side::Home, "Emre Çelik"), Some(5));
    assert_eq!(minutes(&app, Side::Home, "Hugo Salas"), Some(63));
    assert_eq!(app.state().shots(Side::Home).shots, 4);
}

#[test]
fn opens_on_the_first_key_moment_past_line_ups() {
    let mut m = located::located_match(1);
    let mut line_up = Event::new(Clock::exact(1, 0, 0), EventKind::Note, Side::Home);
    line_up.minor = true;
    m.events.insert(0, line_up);
    let app = App::new(Timeline::new(m));
    assert_eq!(app.cursor, 1);
    assert_eq!(app.current().map(|e| e.kind), Some(EventKind::PeriodStart));
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

/// A moment may name a player of the other side after its main actor (the keeper who saved):
/// a search for him lands there, while the goal tally stays with the right players.
#[test]
fn a_search_finds_the_keeper_a_shot_names() {
    let mut m = fixture();
    let later = |e: &Event| (e.clock.period, e.clock.minute) > (2, 85);
    let at = m.events.iter().position(later).unwrap_or(m.events.len());
    m.events.insert(
        at,
        event(
            Clock::exact(2, 85, 0),
            EventKind::Shot,
            Side::Home,
            &["Dean", "Fry"],
        ),
    );
    let mut app = App::new(Timeline::new(m));
    search(&mut app, "fry");
    assert_eq!(app.current().map(|e| e.kind), Some(EventKind::Substitution));
    search(&mut app, "fry");
    assert_eq!(app.current().map(|e| e.kind), Some(EventKind::Shot));
    assert_eq!(app.current().map(|e| e.clock), Some(Clock::exact(2, 85, 0)));
}

/// A half-time substitution is shown 46' but counts from the 45th minute: the player off and
/// the player on have 45 minutes each at the end.
#[test]
fn a_half_time_substitution_splits_the_match_in_two_halves() {
    let mut m = fixture();
    let later = |e: &Event| (e.clock.period, e.clock.minute) > (2, 46);
    let at = m.events.iter().position(later).unwrap_or(m.events.len());
    m.events.insert(
        at,
        event(
            Clock::exact(2, 46, 0),
            EventKind::Substitution,
            Side::Home,
            &["Dean", "Eto"],
        ),
    );
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
