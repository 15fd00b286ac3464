//! The made-up matches the screen snapshots draw: a full match with a goal in stoppage time,
//! an own goal, a penalty, a red card and substitutions; the same with a shoot-out; the same
//! with playing positions, as event data gives them.

use touchline::model::{CardColour, Clock, Event, EventKind, Match, Player, Score, Side, Team};

fn player(name: &str, number: Option<u8>, starter: bool) -> Player {
    Player {
        number,
        starter,
        ..Player::named(name)
    }
}

fn event(clock: Clock, kind: EventKind, side: Side, players: &[&str], text: &str) -> Event {
    Event {
        players: players.iter().map(|&p| p.into()).collect(),
        text: text.to_string(),
        ..Event::new(clock, kind, side)
    }
}

/// A hand-built match with what the bundled report lacks: numbers, line-ups, cards, a
/// substitution, an own goal, a penalty, a stoppage-time winner and an approximate minute.
pub fn fixture() -> Match {
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
pub fn shootout_fixture() -> Match {
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

/// Event data gives playing positions: a column after the shirt numbers where the panel has
/// room (200x60), none where names would be cut to make room (80x24).
pub fn with_positions() -> Match {
    let mut m = fixture();
    let positions = ["GK", "RCB", "LCB", "CDM", "RW", "Center Forward"];
    for team in [&mut m.home, &mut m.away] {
        for (p, pos) in team.players.iter_mut().zip(positions.iter().cycle()) {
            p.position = Some((*pos).to_string());
        }
    }
    m
}
