//! Screen snapshots: the viewer drawn into a test terminal at each state a person sees.

// A test terminal or fixture that fails to load has nothing to show: failing loudly is right.
#![allow(clippy::expect_used)]

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use touchline::action::Action;
use touchline::app::App;
use touchline::model::{CardColour, Clock, Event, EventKind, Match, Player, Score, Side, Team};
use touchline::timeline::Timeline;

fn player(name: &str, number: Option<u8>, starter: bool) -> Player {
    Player {
        number,
        starter,
        ..Player::named(name)
    }
}

fn event(clock: Clock, kind: EventKind, side: Side, players: &[&str], text: &str) -> Event {
    Event {
        players: players.iter().map(|p| p.to_string()).collect(),
        text: text.to_string(),
        ..Event::new(clock, kind, side)
    }
}

/// A hand-built match with what the bundled report lacks: numbers, line-ups, cards, a
/// substitution, an own goal, a penalty, a stoppage-time winner and an approximate minute.
fn fixture() -> Match {
    use EventKind::*;
    use Side::{Away, Home};
    let home = Team {
        name: "Borussia Dortmund".into(),
        players: vec![
            player("Roman Bürki", Some(38), true),
            player("Łukasz Piszczek", Some(26), true),
            player("Sokratis", Some(25), true),
            player("Manuel Akanji", Some(16), true),
            player("Marcel Schmelzer", Some(29), true),
            player("Julian Weigl", Some(33), true),
            player("Mahmoud Dahoud", Some(19), true),
            player("André Schürrle", Some(21), true),
            player("Marco Reus", Some(11), true),
            player("Christian Pulisic", Some(22), true),
            player("Michy Batshuayi", Some(44), true),
            player("Mario Götze", Some(10), false),
            player("Gonzalo Castro", None, false),
        ],
    };
    let away = Team {
        name: "Atalanta".into(),
        players: vec![
            player("Etrit Berisha", Some(1), true),
            player("Rafael Tolói", Some(3), true),
            player("Mattia Caldara", Some(13), true),
            player("Andrea Masiello", None, true),
            player("Hans Hateboer", None, true),
            player("Marten de Roon", Some(15), true),
            player("Remo Freuler", Some(11), true),
            player("Leonardo Spinazzola", Some(37), true),
            player("Bryan Cristante", Some(4), true),
            player("Josip Iličić", Some(72), true),
            player("Alejandro Gómez", Some(10), true),
            player("Andreas Cornelius", None, false),
        ],
    };
    let mut goal_pen = event(
        Clock::exact(2, 65, 0),
        Goal,
        Home,
        &["Marco Reus"],
        "Reus sends Berisha the wrong way from the spot after Tolói hauls down Pulisic.",
    );
    goal_pen.penalty = true;
    let mut own_goal = event(
        Clock::exact(2, 56, 0),
        Goal,
        Away,
        &["Sokratis"],
        "Cristante's cross takes a wicked deflection off Sokratis and loops over Bürki.",
    );
    own_goal.own_goal = true;
    let card = |clock, side, who: &str, colour, text: &str| {
        let mut e = event(clock, Card, side, &[who], text);
        e.card = Some(colour);
        e
    };
    let events = vec![
        event(
            Clock::exact(1, 1, 0),
            PeriodStart,
            Side::None,
            &[],
            "Dortmund get us under way.",
        ),
        event(
            Clock::exact(1, 8, 0),
            Chance,
            Home,
            &["Marco Reus", "Michy Batshuayi"],
            "Batshuayi slipped Marco Reus through and the German carried into the right-hand \
             channel of the box only to drag his effort wide of Etrit Berisha's far post.",
        ),
        event(
            Clock::exact(1, 10, 0),
            Shot,
            Away,
            &["Bryan Cristante"],
            "Josip Iličić charged down the wing and found Bryan Cristante whose effort was \
             blocked behind.",
        ),
        card(
            Clock::exact(1, 20, 0),
            Away,
            "Marten de Roon",
            CardColour::Yellow,
            "De Roon is booked for a cynical tug on Pulisic.",
        ),
        event(
            Clock::exact(1, 35, 0),
            Goal,
            Home,
            &["André Schürrle", "Michy Batshuayi"],
            "Batshuayi dispossessed Remo Freuler and broke. Schürrle found space in the box, \
             his first touch invited Berisha out and with his second he prodded under the \
             Albanian and into the net.",
        ),
        event(Clock::exact(1, 45, 2), PeriodEnd, Side::None, &[], ""),
        event(Clock::exact(2, 46, 0), PeriodStart, Side::None, &[], ""),
        event(
            Clock::exact(2, 51, 0),
            Goal,
            Away,
            &["Josip Iličić", "Leonardo Spinazzola"],
            "Spinazzola, coming in from the left, picked out Iličić beyond the far post, who \
             curled in across goal with his left from a tight angle.",
        ),
        own_goal,
        event(
            Clock::exact(2, 62, 0),
            Substitution,
            Home,
            &["André Schürrle", "Mario Götze"],
            "Götze replaces the goalscorer.",
        ),
        goal_pen,
        card(
            Clock::exact(2, 70, 0),
            Away,
            "Rafael Tolói",
            CardColour::Red,
            "Tolói, already on thin ice, lunges at Batshuayi and is shown a straight red.",
        ),
        event(
            Clock::approx(2, 75, 0),
            Note,
            Side::None,
            &[],
            "Dortmund pour forward against ten men as the rain starts to fall.",
        ),
        card(
            Clock::exact(2, 84, 0),
            Home,
            "Sokratis",
            CardColour::Yellow,
            "",
        ),
        event(
            Clock::exact(2, 90, 3),
            Goal,
            Home,
            &["Michy Batshuayi", "Mario Götze"],
            "Batshuayi delivers the day's decisive goal in stoppage time, finding space in \
             the box before emphatically firing into the bottom corner.",
        ),
        event(
            Clock::exact(2, 90, 5),
            PeriodEnd,
            Side::None,
            &[],
            "It's all over in Dortmund.",
        ),
    ];
    Match {
        date: chrono::NaiveDate::from_ymd_opt(2018, 2, 15),
        competition: Some("UEFA Europa League".into()),
        home,
        away,
        final_score: Score::new(3, 2),
        shootout: None,
        events,
        warnings: vec![],
        report: None,
    }
}

/// A cup tie that goes to extra time and penalties, for the shoot-out score and period marks.
fn shootout_fixture() -> Match {
    use EventKind::*;
    use Side::{Away, Home};
    let mut events = vec![
        event(Clock::exact(1, 1, 0), PeriodStart, Side::None, &[], ""),
        event(
            Clock::exact(1, 30, 0),
            Goal,
            Home,
            &["Marco Reus"],
            "Reus curls one in.",
        ),
        event(
            Clock::exact(2, 80, 0),
            Goal,
            Away,
            &["Josip Iličić"],
            "Iličić levels.",
        ),
        event(Clock::exact(2, 90, 4), PeriodEnd, Side::None, &[], ""),
        event(Clock::exact(3, 91, 0), PeriodStart, Side::None, &[], ""),
        event(Clock::exact(4, 120, 1), PeriodEnd, Side::None, &[], ""),
        event(Clock::exact(5, 120, 0), PeriodStart, Side::None, &[], ""),
    ];
    let kicks = [
        (Home, "Marco Reus", true),
        (Away, "Josip Iličić", true),
        (Home, "Michy Batshuayi", true),
        (Away, "Alejandro Gómez", true),
        (Home, "Mario Götze", true),
        (Away, "Bryan Cristante", true),
        (Home, "Sokratis", true),
        (Away, "Rafael Tolói", false),
    ];
    for (side, who, scored) in kicks {
        let kind = if scored { Goal } else { Shot };
        let mut e = event(Clock::exact(5, 120, 0), kind, side, &[who], "");
        e.penalty = true;
        events.push(e);
    }
    Match {
        competition: Some("Cup".into()),
        date: None,
        home: Team::named("Borussia Dortmund"),
        away: Team::named("Atalanta"),
        final_score: Score::new(1, 1),
        shootout: Some(Score::new(4, 3)),
        events,
        warnings: vec![],
        report: None,
    }
}

fn app(m: Match, actions: &[Action]) -> App {
    let mut app = App::new(Timeline::new(m));
    for &a in actions {
        app.update(a);
    }
    app
}

fn screen(app: &App, width: u16, height: u16) -> TestBackend {
    let mut terminal = Terminal::new(TestBackend::new(width, height)).expect("test terminal");
    terminal
        .draw(|frame| touchline::ui::draw(frame, app))
        .expect("draw");
    terminal.backend().clone()
}

#[test]
fn fixture_kick_off() {
    insta::assert_snapshot!(screen(&app(fixture(), &[]), 120, 40));
}

/// Event data gives playing positions: a column after the shirt numbers where the panel has
/// room (200x60), none where names would be cut to make room (80x24).
fn with_positions() -> Match {
    let mut m = fixture();
    let positions = ["GK", "RCB", "LCB", "CDM", "RW", "Center Forward"];
    for team in [&mut m.home, &mut m.away] {
        for (p, pos) in team.players.iter_mut().zip(positions.iter().cycle()) {
            p.position = Some((*pos).to_string());
        }
    }
    m
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

/// The bundled report as a saved match file, so these screens test drawing and do not move
/// each time the report importer improves (its own tests cover it). Regenerate with
/// `cargo run --release -- convert assets/dortmund-atalanta-2018.txt -o tests/fixtures/dortmund-atalanta-2018.json --force`.
fn seed() -> Match {
    touchline::import::matchfile::from_str(include_str!("fixtures/dortmund-atalanta-2018.json"))
        .expect("the seed fixture loads")
}

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
fn report_pitch_asked_for_has_no_locations() {
    let a = app(fixture(), &[Action::Goal(2), Action::TogglePitch]);
    insta::assert_snapshot!(screen(&a, 120, 40));
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
