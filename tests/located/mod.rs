//! A made-up match with locations, as event data gives them: key moments (shots with xG, goals,
//! cards, a substitution) among as many minor passes and carries as asked for. Used by the
//! screen tests and the frame bench, so neither depends on third-party data.

use touchline::model::{
    CardColour, Clock, Event, EventKind, Match, PitchPoint, Player, Score, Side, Team,
};

const HOME: [&str; 14] = [
    "Tomás Ferreira",
    "Jonas Lindqvist",
    "Mateo Álvarez",
    "Kwame Mensah",
    "Luca Bianchi",
    "Sven Øberg",
    "Yusuf Demir",
    "Pierre Lefèvre",
    "Hugo Salas",
    "Niall Byrne",
    "Ivan Petrović",
    "Emre Çelik",
    "Dario Conti",
    "Owen Price",
];
const AWAY: [&str; 14] = [
    "Marek Nowak",
    "Aaron Walsh",
    "Bruno Costa",
    "Felix Braun",
    "Samuel Okafor",
    "Jules Moreau",
    "Lars Eriksen",
    "Andrés Salazar",
    "Kenji Sato",
    "Rui Gonçalves",
    "Zoltán Kovács",
    "Theo Martin",
    "Ciaran Doyle",
    "Pavel Novák",
];

fn team(name: &str, players: &[&str]) -> Team {
    Team {
        name: name.into(),
        players: players
            .iter()
            .enumerate()
            .map(|(k, n)| Player {
                number: u8::try_from(k + 1).ok(),
                starter: k < 11,
                ..Player::named(*n)
            })
            .collect(),
    }
}

/// A small linear congruential generator: the same "random" match every run.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> f64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        // The top 53 bits as a fraction in 0..1.
        (self.0 >> 11) as f64 / (1u64 << 53) as f64
    }
}

fn at(x: f64, y: f64) -> Option<PitchPoint> {
    Some(PitchPoint { x, y })
}

fn clock(minute: u16) -> Clock {
    Clock::from_minute(minute.min(90), minute.saturating_sub(90))
}

fn event(minute: u16, kind: EventKind, side: Side, players: &[&str], text: &str) -> Event {
    Event {
        players: players.iter().map(|&p| p.into()).collect(),
        text: text.into(),
        ..Event::new(clock(minute), kind, side)
    }
}

/// One key moment of the script: (minute, side, what).
enum Key {
    Shot(&'static str, f64, f64, f64, &'static str),
    Goal(&'static str, &'static str, f64, f64, f64),
    Card(&'static str, CardColour),
    Sub(&'static str, &'static str),
}

fn script() -> Vec<(u16, Side, Key)> {
    use Key::*;
    use Side::{Away, Home};
    vec![
        (
            6,
            Home,
            Shot("Hugo Salas", 0.84, 0.40, 0.07, "saved by Marek Nowak"),
        ),
        (11, Away, Shot("Andrés Salazar", 0.78, 0.62, 0.04, "wide")),
        (
            19,
            Home,
            Goal("Hugo Salas", "Pierre Lefèvre", 0.91, 0.46, 0.38),
        ),
        (24, Away, Card("Felix Braun", CardColour::Yellow)),
        (
            31,
            Away,
            Shot("Kenji Sato", 0.88, 0.55, 0.21, "saved by Tomás Ferreira"),
        ),
        (38, Home, Shot("Ivan Petrović", 0.74, 0.30, 0.03, "blocked")),
        (
            52,
            Away,
            Goal("Kenji Sato", "Rui Gonçalves", 0.94, 0.52, 0.61),
        ),
        (58, Home, Sub("Niall Byrne", "Emre Çelik")),
        (
            63,
            Home,
            Shot("Emre Çelik", 0.82, 0.58, 0.12, "off the woodwork"),
        ),
        (70, Away, Card("Felix Braun", CardColour::SecondYellow)),
        (77, Home, Goal("Hugo Salas", "", 0.885, 0.5, 0.76)),
        (
            84,
            Away,
            Shot("Zoltán Kovács", 0.70, 0.42, 0.05, "saved by Tomás Ferreira"),
        ),
        (89, Home, Shot("Pierre Lefèvre", 0.86, 0.36, 0.09, "wide")),
    ]
}

/// The match, with `minor_per_minute` passes and carries each minute between its key moments:
/// 3 gives a few hundred events, 43 about 4,000 (a real match's count).
pub fn located_match(minor_per_minute: usize) -> Match {
    let mut rng = Lcg(7);
    let mut events = vec![event(
        0,
        EventKind::PeriodStart,
        Side::None,
        &[],
        "Kick-off.",
    )];
    let mut keys = script().into_iter().peekable();
    let mut score = Score::default();
    for minute in 1..=92u16 {
        if minute == 46 {
            events.push(event(
                45,
                EventKind::PeriodEnd,
                Side::None,
                &[],
                "Half time.",
            ));
            let mut start = event(46, EventKind::PeriodStart, Side::None, &[], "");
            start.clock = Clock::exact(2, 46, 0);
            events.push(start);
        }
        for k in 0..minor_per_minute {
            let side = if (usize::from(minute) + k / 5) % 2 == 0 {
                Side::Home
            } else {
                Side::Away
            };
            let squad = if side == Side::Home { &HOME } else { &AWAY };
            let from = (k * 7 + usize::from(minute)) % 10;
            let who = squad[1 + from];
            let to = squad[1 + (from + 1 + k % 9) % 10];
            let (x, y) = (rng.next(), rng.next());
            let carry = k % 3 == 2;
            let (players, text) = if carry {
                (vec![who], format!("{who} carries the ball."))
            } else {
                (vec![who, to], format!("{who} passes to {to}."))
            };
            let mut e = event(minute, EventKind::Note, side, &players, &text);
            e.minor = true;
            e.label = Some(if carry { "Carry" } else { "Pass" }.into());
            e.location = at(x, y);
            e.end_location = at((x + 0.25 * rng.next() - 0.05).clamp(0.0, 1.0), rng.next());
            events.push(e);
        }
        while keys.peek().is_some_and(|(m, _, _)| *m == minute) {
            let Some((_, side, key)) = keys.next() else {
                break;
            };
            events.push(key_event(minute, side, key, &mut score));
        }
    }
    events.push(event(
        92,
        EventKind::PeriodEnd,
        Side::None,
        &[],
        "Full time.",
    ));
    Match {
        date: None,
        competition: Some("Made-up League".into()),
        home: team("Northside", &HOME),
        away: team("Southport", &AWAY),
        final_score: score,
        shootout: None,
        events,
        warnings: vec![],
        report: None,
    }
}

fn key_event(minute: u16, side: Side, key: Key, score: &mut Score) -> Event {
    match key {
        Key::Shot(who, x, y, xg, outcome) => {
            let mut e = event(
                minute,
                EventKind::Shot,
                side,
                &[who],
                &format!("{who} shoots — {outcome}. xG {xg:.2}."),
            );
            e.label = Some("Shot".into());
            e.location = at(x, y);
            e.end_location = at(1.0, 0.5 + (y - 0.5) / 4.0);
            e.xg = Some(xg);
            e
        }
        Key::Goal(who, assist, x, y, xg) => {
            score.add(side);
            let players: Vec<&str> = [who, assist]
                .into_iter()
                .filter(|p| !p.is_empty())
                .collect();
            let mut e = event(
                minute,
                EventKind::Goal,
                side,
                &players,
                &format!("{who} scores. xG {xg:.2}."),
            );
            e.label = Some("Shot".into());
            e.penalty = (x - 0.885).abs() < 1e-9;
            e.location = at(x, y);
            e.end_location = at(1.0, 0.47);
            e.xg = Some(xg);
            e
        }
        Key::Card(who, colour) => {
            let mut e = event(
                minute,
                EventKind::Card,
                side,
                &[who],
                &format!("Card for {who}."),
            );
            e.card = Some(colour);
            e
        }
        Key::Sub(off, on) => event(
            minute,
            EventKind::Substitution,
            side,
            &[off, on],
            &format!("{on} replaces {off}."),
        ),
    }
}
