//! The seed report (Dortmund 3-2 Atalanta, 2018) read by the prose importer: teams, result,
//! goals in order with scorers and clocks, structural events, notes and players.

use chrono::NaiveDate;
use touchline::import::report;
use touchline::model::{Clock, Event, EventKind, Match, Score, Side, Team};

const SEED: &str = include_str!("../assets/dortmund-atalanta-2018.txt");

fn seed() -> Match {
    match report::parse(SEED) {
        Ok(m) => m,
        Err(e) => panic!("seed did not parse: {e}"),
    }
}

fn goals(m: &Match) -> Vec<&Event> {
    m.events
        .iter()
        .filter(|e| e.kind == EventKind::Goal)
        .collect()
}

fn team_of(m: &Match, name: &str) -> Side {
    let has = |t: &Team| t.players.iter().any(|p| p.name == name);
    match (has(&m.home), has(&m.away)) {
        (true, false) => Side::Home,
        (false, true) => Side::Away,
        _ => Side::None,
    }
}

#[test]
fn date_competition_teams_and_result() {
    let m = seed();
    assert_eq!(m.date, NaiveDate::from_ymd_opt(2018, 2, 15));
    assert_eq!(m.competition.as_deref(), Some("Europa League"));
    assert_eq!(m.home.name, "Borussia Dortmund");
    assert_eq!(m.away.name, "Atalanta");
    assert_eq!(m.final_score, Score::new(3, 2));
    assert_eq!(m.shootout, None);
    assert_eq!(m.report.as_deref(), Some(SEED));
}

#[test]
fn five_goals_in_order_with_scorers_and_sides() {
    let m = seed();
    let g = goals(&m);
    let got: Vec<(Side, &str)> = g
        .iter()
        .map(|e| (e.side, e.actor().unwrap_or("")))
        .collect();
    assert_eq!(
        got,
        [
            (Side::Home, "Andre Schurrle"),
            (Side::Away, "Josip Ilicic"),
            (Side::Away, "Josip Ilicic"),
            (Side::Home, "Michy Batshuayi"),
            (Side::Home, "Michy Batshuayi"),
        ]
    );
    assert!(g.iter().all(|e| !e.own_goal && !e.penalty));
    // Running score from the goals matches the result.
    let mut s = Score::default();
    for e in &g {
        s.add(e.side);
    }
    assert_eq!(s, m.final_score);
}

#[test]
fn goal_clocks_follow_the_text() {
    let m = seed();
    let c: Vec<Clock> = goals(&m).iter().map(|e| e.clock).collect();
    assert!(
        c.iter().all(|c| c.approximate),
        "no goal minute is stated: {c:?}"
    );
    assert_eq!(c[0].period, 1, "first goal in the first half");
    assert_eq!(c[1].period, 2, "equaliser early in the second half");
    assert!(c[1].minute <= 60, "early in the second half: {}", c[1]);
    let gap = c[2].elapsed() - c[1].elapsed();
    assert!(
        gap > 0.0 && gap <= 6.0,
        "not six minutes later: {} then {}",
        c[1],
        c[2]
    );
    assert!(c[3].cmp_time(&c[2]).is_gt() && c[3].period == 2);
    assert_eq!(
        (c[4].period, c[4].minute),
        (2, 90),
        "winner in stoppage time"
    );
    assert!(c[4].added > 0);
    assert!(c.windows(2).all(|w| w[0].cmp_time(&w[1]).is_le()));
}

#[test]
fn stated_minute_is_exact_and_text_order_is_kept() {
    let m = seed();
    let ten = m
        .events
        .iter()
        .find(|e| e.text.contains("after ten minutes"));
    let ten = ten.map(|e| e.clock);
    assert_eq!(ten, Some(Clock::exact(1, 10, 0)));
    let narrative: Vec<&Event> = m.events.iter().filter(|e| e.span.is_some()).collect();
    assert!(
        narrative
            .windows(2)
            .all(|w| w[0].clock.cmp_time(&w[1].clock).is_le())
    );
    // Notes aside, the body is in text order.
    let body: Vec<usize> = m
        .events
        .iter()
        .filter(|e| e.kind != EventKind::Note)
        .filter_map(|e| e.span.map(|s| s.start))
        .collect();
    assert!(body.windows(2).all(|w| w[0] < w[1]), "{body:?}");
}

#[test]
fn chances_and_shots_are_events_of_their_own() {
    let m = seed();
    let post = m
        .events
        .iter()
        .find(|e| e.text.contains("onto the upright"));
    assert_eq!(post.map(|e| e.kind), Some(EventKind::Shot));
    assert!(post.is_some_and(|e| e.players.iter().any(|p| p == "Andre Schurrle")));
    let kinds: Vec<EventKind> = m.events.iter().map(|e| e.kind).collect();
    assert!(
        kinds
            .iter()
            .filter(|k| matches!(k, EventKind::Shot | EventKind::Chance))
            .count()
            >= 3
    );
    // Each shot's main actor is the one who shot, not the one who passed to him.
    let shooter = |words: &str| {
        m.events
            .iter()
            .find(|e| e.kind == EventKind::Shot && e.text.contains(words))
            .and_then(|e| e.players.first().cloned())
    };
    assert_eq!(
        shooter("drag his effort wide").as_deref(),
        Some("Marco Reus")
    );
    assert_eq!(
        shooter("whose effort was blocked").as_deref(),
        Some("Bryan Cristante")
    );
    assert_eq!(
        shooter("onto the upright").as_deref(),
        Some("Andre Schurrle")
    );
}

#[test]
fn structural_events_frame_the_match() {
    let m = seed();
    let first = &m.events[0];
    assert_eq!(
        (first.kind, first.clock),
        (EventKind::PeriodStart, Clock::exact(1, 0, 0))
    );
    assert_eq!(first.text, "Kick-off");
    let last = m.events.last().map(|e| (e.kind, e.text.as_str()));
    assert_eq!(last, Some((EventKind::PeriodEnd, "Full time")));
    let ht = m
        .events
        .iter()
        .position(|e| e.kind == EventKind::PeriodEnd && e.clock.period == 1);
    let second = m
        .events
        .iter()
        .position(|e| e.kind == EventKind::PeriodStart && e.clock.period == 2);
    assert!(ht.is_some() && second.is_some() && ht < second);
    // The second half starts at 46' so it never shows as "45'" beside half-time.
    let start = second.map(|k| m.events[k].clock);
    assert_eq!(start, Some(Clock::exact(2, 46, 0)));
    let mut sorted = m.clone();
    sorted.sort_events();
    assert_eq!(sorted.events, m.events, "events are in match order");
}

#[test]
fn every_sentence_is_kept_and_embeds_are_not() {
    let m = seed();
    for e in m.events.iter().filter(|e| e.span.is_some()) {
        assert!(!e.text.is_empty());
        let s = e.span.map(|s| &SEED[s.start..s.end]).unwrap_or_default();
        assert!(!s.is_empty());
    }
    let all: String = m
        .events
        .iter()
        .map(|e| e.text.as_str())
        .collect::<Vec<_>>()
        .join(" ");
    assert!(!all.contains("pic.twitter.com"));
    for probe in [
        "Michy Batshuayi scored a late winner",
        "Mapei Stadium",
        "Once Dortmund were back on terms",
        "La Dea breathed",
    ] {
        assert!(all.contains(probe), "{probe} lost");
    }
    let lede = m
        .events
        .iter()
        .find(|e| e.text.starts_with("Michy Batshuayi scored a late winner"));
    assert_eq!(
        lede.map(|e| e.kind),
        Some(EventKind::Note),
        "the lede's goal is not counted twice"
    );
}

#[test]
fn players_are_on_the_right_teams() {
    let m = seed();
    for name in [
        "Michy Batshuayi",
        "Marco Reus",
        "Andre Schurrle",
        "Sokratis",
        "Roman Burki",
        "Mario Gotze",
    ] {
        assert_eq!(team_of(&m, name), Side::Home, "{name}");
    }
    for name in [
        "Etrit Berisha",
        "Josip Ilicic",
        "Bryan Cristante",
        "Mattia Caldara",
        "Marten de Roon",
        "Alejandro Gomez",
        "Remo Freuler",
        "Leonardo Spinazzola",
        "Rafael Toloi",
    ] {
        assert_eq!(team_of(&m, name), Side::Away, "{name}");
    }
    assert!(
        m.home
            .players
            .iter()
            .chain(&m.away.players)
            .all(|p| !p.starter)
    );
    assert!(
        !m.home
            .players
            .iter()
            .any(|p| p.name.contains("Schürrle") || p.name == "Shurrle")
    );
    assert!(
        m.warnings.iter().all(|w| !w.contains("team unknown")),
        "{:?}",
        m.warnings
    );
}

#[test]
fn a_lede_that_states_the_result_is_told_at_full_time_not_kick_off() {
    let m = seed();
    let at = |words: &str| m.events.iter().position(|e| e.text.contains(words));
    let lede = at("narrowly defeated Atalanta 3-2");
    let last_goal = m.events.iter().rposition(|e| e.kind == EventKind::Goal);
    assert!(
        lede > last_goal,
        "lede at {lede:?}, last goal at {last_goal:?}"
    );
    assert!(
        at("third favourites") < at("best chance of the opening"),
        "context that spoils nothing stays at kick-off"
    );
}
