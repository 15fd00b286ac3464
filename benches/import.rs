//! How fast a StatsBomb match opens: the import (events + line-ups), the timeline, and both
//! together, each against `serde_json::from_slice::<Value>` of the same events bytes, the
//! cheapest way to merely read the file. Run with `cargo bench --bench import`.
//!
//! The five matches are read from `../shared/data/statsbomb` (their licence forbids shipping
//! them); without that folder every benchmark prints why and measures nothing. The bytes are
//! read once, outside the timings: this measures parsing and building, not the disk.

#![allow(clippy::unwrap_used, clippy::expect_used)]

#[path = "../tests/statsbomb_data/mod.rs"]
mod statsbomb_data;

use divan::counter::BytesCount;
use divan::{Bencher, black_box};
use std::sync::LazyLock;
use touchline::import::statsbomb;
use touchline::model::Match;
use touchline::timeline::Timeline;

const IDS: [u64; 5] = [15986, 3788741, 9880, 18236, 3773387];

struct Files {
    id: u64,
    events: Vec<u8>,
    lineups: Vec<u8>,
}

static FILES: LazyLock<Option<Vec<Files>>> = LazyLock::new(|| {
    let real = statsbomb_data::real_matches()?;
    Some(
        real.into_iter()
            .map(|r| Files {
                id: r.id,
                events: std::fs::read(&r.events).expect("events file"),
                lineups: std::fs::read(&r.lineups).expect("line-ups file"),
            })
            .collect(),
    )
});

fn files(id: u64) -> Option<&'static Files> {
    FILES.as_ref()?.iter().find(|f| f.id == id)
}

fn import(f: &Files) -> Match {
    statsbomb::parse(&f.events, Some(&f.lineups), None).expect("real match imports")
}

fn main() {
    divan::main();
}

/// The reference: a generic parse of the events file into a JSON tree.
#[divan::bench(args = IDS)]
fn value_parse(bencher: Bencher, id: u64) {
    let Some(f) = files(id) else { return };
    bencher
        .counter(BytesCount::new(f.events.len()))
        .bench(|| serde_json::from_slice::<serde_json::Value>(black_box(&f.events)).unwrap());
}

/// Events and line-ups into the model.
#[divan::bench(args = IDS)]
fn import_match(bencher: Bencher, id: u64) {
    let Some(f) = files(id) else { return };
    bencher
        .counter(BytesCount::new(f.events.len()))
        .bench(|| import(black_box(f)));
}

/// `Timeline::new` on an imported match (the clone it consumes is made outside the timing).
#[divan::bench(args = IDS)]
fn timeline(bencher: Bencher, id: u64) {
    let Some(f) = files(id) else { return };
    let m = import(f);
    bencher
        .with_inputs(|| m.clone())
        .bench_values(|m| Timeline::new(black_box(m)));
}

/// What opening a match costs after the read: import then timeline.
#[divan::bench(args = IDS)]
fn import_and_timeline(bencher: Bencher, id: u64) {
    let Some(f) = files(id) else { return };
    bencher
        .counter(BytesCount::new(f.events.len()))
        .bench(|| Timeline::new(import(black_box(f))));
}
