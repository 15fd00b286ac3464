//! Every event converted, in file order, on two threads.
//!
//! Key moments must be converted in order: their words and the score depend on those before
//! (`Progress`). Every other event (passes, carries, pressures: nine in ten) depends on nothing
//! but itself. So while this thread converts the first half and the key moments of the second,
//! a second thread converts the second half's other events. Conversion ran alone after the two
//! readers and was a fifth of opening a match.

use super::convert::known_label;
use super::events::Events;
use super::moments::{self, At, Context, Progress};
use super::raw::Event as Raw;
use crate::model::Event;
use std::borrow::Cow;
use std::collections::BTreeMap;
use std::sync::atomic::{AtomicBool, Ordering};

/// Below this many events a second thread costs more than it saves.
pub const MIN_EVENTS_FOR_TWO: usize = 1000;

/// The events converted, and what the conversion noticed on the way.
#[derive(Debug)]
pub struct Converted<'r> {
    pub events: Vec<Event>,
    pub progress: Progress,
    /// Ids (or `#position`) of events with no type, period or minute, which are left out.
    pub skipped: Vec<String>,
    /// Event types touchline does not know, with how many of each.
    pub unknown: BTreeMap<&'r str, usize>,
}

/// Where an event is and its label, or `None` for an event with no type, period or minute.
fn place(i: usize, raw: &Raw<'_>) -> Option<(At, Cow<'static, str>)> {
    let (Some(period), Some(minute), false) = (raw.period, raw.minute, raw.kind().is_empty())
    else {
        return None;
    };
    let label =
        known_label(raw.kind()).map_or_else(|| Cow::Owned(raw.kind().to_string()), Cow::Borrowed);
    Some((At { i, period, minute }, label))
}

/// The events from `from` on that are not key moments, converted with their positions.
fn minor_from(ctx: &Context<'_, '_>, events: &Events<'_>, from: usize) -> Vec<(usize, Event)> {
    // Their conversion neither reads nor moves the running state.
    let mut unused = Progress::default();
    events
        .iter()
        .enumerate()
        .skip(from)
        .filter_map(|(i, raw)| Some((i, raw, place(i, raw)?)))
        .filter(|(_, _, (_, label))| !moments::may_be_key(label))
        .map(|(i, raw, (at, label))| (i, moments::convert(ctx, at, raw, label, &mut unused)))
        .collect()
}

/// Converts every event; a second thread helps from `min_for_two` events on.
pub fn convert_all<'r>(
    ctx: &Context<'_, '_>,
    events: &'r Events<'r>,
    min_for_two: usize,
) -> Converted<'r> {
    let n = events.len();
    let mid = if n >= min_for_two { n / 2 } else { n };
    // Whoever sets this converts the second half's minor events: the helper if it starts in
    // time, else this thread once its own part is done.
    let taken = AtomicBool::new(false);
    std::thread::scope(|scope| {
        let helper = (mid < n).then(|| {
            std::thread::Builder::new()
                .spawn_scoped(scope, || {
                    (!taken.swap(true, Ordering::AcqRel)).then(|| minor_from(ctx, events, mid))
                })
                .ok()
        });
        let mut done = Converted {
            events: Vec::with_capacity(n),
            progress: Progress::default(),
            skipped: Vec::new(),
            unknown: BTreeMap::new(),
        };
        let mut keys = Vec::new();
        for (i, raw) in events.iter().enumerate() {
            let Some((at, label)) = place(i, raw) else {
                done.skipped
                    .push(raw.id.map_or_else(|| format!("#{i}"), str::to_string));
                continue;
            };
            if matches!(label, Cow::Owned(_)) {
                *done.unknown.entry(raw.kind()).or_default() += 1;
            }
            if i < mid {
                done.events
                    .push(moments::convert(ctx, at, raw, label, &mut done.progress));
            } else if moments::may_be_key(&label) {
                keys.push((i, moments::convert(ctx, at, raw, label, &mut done.progress)));
            }
        }
        if mid == n {
            return done;
        }
        let minor = match helper.flatten() {
            Some(h) if taken.swap(true, Ordering::AcqRel) => h.join().ok().flatten(),
            _ => None,
        };
        // The helper took the work and then failed, or never took it: it is done here.
        let minor = minor.unwrap_or_else(|| minor_from(ctx, events, mid));
        merge(&mut done.events, keys, minor);
        done
    })
}

/// Appends two lists of converted events, each in file order, in file order.
fn merge(out: &mut Vec<Event>, a: Vec<(usize, Event)>, b: Vec<(usize, Event)>) {
    let (mut a, mut b) = (a.into_iter().peekable(), b.into_iter().peekable());
    loop {
        let next = match (a.peek(), b.peek()) {
            (Some((i, _)), Some((j, _))) if i < j => a.next(),
            (Some(_), Some(_)) => b.next(),
            (Some(_), None) => a.next(),
            (None, _) => b.next(),
        };
        match next {
            Some((_, e)) => out.push(e),
            None => return,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::read;
    use super::super::source::Source;
    use super::super::squad;
    use super::*;
    use serde_json::{Value, json};
    use std::path::Path;

    /// A long match: passes, carries and pressures, with goals, saves, cards, half starts and
    /// ends (two of each, as StatsBomb writes), an unknown type and events with no minute in
    /// both halves of the file.
    fn long_match() -> Vec<u8> {
        let team = |t: u64| json!({"id": t, "name": format!("Team {t}")});
        let player = |p: u64| json!({"id": p, "name": format!("Player {p}")});
        let mut events: Vec<Value> = Vec::new();
        for t in [1, 2] {
            let lineup: Vec<Value> = (0..11)
                .map(|k| json!({"player": player(t * 100 + k), "jersey_number": k + 1}))
                .collect();
            events.push(json!({"id": format!("xi{t}"), "period": 1, "minute": 0,
                "type": {"id": 35, "name": "Starting XI"}, "team": team(t),
                "tactics": {"formation": 442, "lineup": lineup}}));
        }
        for i in 0..3000u64 {
            let period = if i < 1500 { 1 } else { 2 };
            let minute = if period == 1 {
                i / 34
            } else {
                45 + (i - 1500) / 34
            };
            let t = 1 + i % 2;
            let p = t * 100 + i % 11;
            let kind = match i % 500 {
                0 | 1 => "Half Start",
                7 => "Shot",
                8 => "Goal Keeper",
                9 => "Foul Committed",
                10 => "Fancy Trick",
                498 | 499 => "Half End",
                k if k % 3 == 0 => "Carry",
                k if k % 3 == 1 => "Pressure",
                _ => "Pass",
            };
            let mut e = json!({"id": format!("e{i}"), "period": period, "minute": minute,
                "type": {"id": 0, "name": kind}, "team": team(t), "player": player(p),
                "location": [60.0, 40.0]});
            match kind {
                "Shot" => {
                    e["shot"] = json!({"statsbomb_xg": 0.3, "outcome": {"id": 97,
                        "name": if i % 1000 == 7 { "Goal" } else { "Saved" }}});
                }
                "Goal Keeper" => {
                    e["team"] = team(3 - t);
                    e["goalkeeper"] = json!({"type": {"id": 1, "name": "Shot Saved"}});
                }
                "Foul Committed" => {
                    e["foul_committed"] = json!({"card": {"id": 7, "name": "Yellow Card"}});
                }
                "Pass" => {
                    e["pass"] = json!({"recipient": player(t * 100 + (i + 1) % 11),
                        "end_location": [70.0, 30.0]});
                }
                _ => {}
            }
            if i % 777 == 5 {
                e.as_object_mut().map(|o| o.remove("minute"));
            }
            events.push(e);
        }
        Value::Array(events).to_string().into_bytes()
    }

    #[test]
    fn two_threads_convert_as_one_does() {
        let text = long_match();
        let mut arenas = Default::default();
        let events = read::events(Path::new(""), Vec::new(), Source::Bytes(&text), &mut arenas);
        let Ok(events) = events else {
            panic!("the made-up match reads: {events:?}");
        };
        let Some(squads) = squad::build(&events, &[], None) else {
            panic!("two teams make squads");
        };
        let ctx = Context {
            events: &events,
            squads: &squads,
            assists: Default::default(),
            own_goals_against: Vec::new(),
            last_period: 2,
            kick_off: None,
        };
        let one = convert_all(&ctx, &events, usize::MAX);
        let two = convert_all(&ctx, &events, 0);
        assert_eq!(two.events, one.events);
        assert_eq!(two.skipped, one.skipped);
        assert_eq!(two.unknown, one.unknown);
        assert_eq!(
            (two.progress.score, two.progress.shootout),
            (one.progress.score, one.progress.shootout)
        );
        // The made-up match has what the halves must agree on.
        assert_eq!(one.events.len(), 3002 - one.skipped.len());
        assert_eq!(one.skipped.len(), 4);
        assert_eq!(one.unknown.get("Fancy Trick"), Some(&6));
        assert_eq!(one.progress.score.home + one.progress.score.away, 3);
        let key_periods = |c: &Converted<'_>| {
            c.events
                .iter()
                .filter(|e| !e.minor && e.label.as_deref() == Some("Half Start"))
                .count()
        };
        assert_eq!(
            key_periods(&two),
            2,
            "one kick-off a period, not one a team"
        );
    }
}
