//! `App::update` on event data (locations, xG, thousands of minor events), state asserted: the
//! every-event view, player search, the pitch toggle, shot totals and minutes played.

mod fixture;
mod located;

use fixture::{event, fixture, search};
use touchline::action::Action;
use touchline::app::{App, Mode};
use touchline::model::{Clock, Event, EventKind, Side};
use touchline::timeline::Timeline;

fn located_app(minor_per_minute: usize) -> App {
    App::new(Timeline::new(located::located_match(minor_per_minute)))
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
            .is_some_and(|e| e.minor && e.players.iter().any(|p| p == "Luca Bianchi"))
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

/// A moment may name a player of the other side after its main actor (the keeper who saved):
/// a search for him lands there, while the goal tally stays with the right players.
#[test]
fn a_search_finds_the_keeper_a_shot_names() {
    let mut m = fixture();
    // The timeline puts events in match order.
    m.events.push(event(
        Clock::exact(2, 85, 0),
        EventKind::Shot,
        Side::Home,
        &["Dean", "Fry"],
    ));
    let mut app = App::new(Timeline::new(m));
    search(&mut app, "fry");
    assert_eq!(app.current().map(|e| e.kind), Some(EventKind::Substitution));
    search(&mut app, "fry");
    assert_eq!(app.current().map(|e| e.kind), Some(EventKind::Shot));
    assert_eq!(app.current().map(|e| e.clock), Some(Clock::exact(2, 85, 0)));
}
