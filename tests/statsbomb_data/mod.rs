//! Where the five real StatsBomb matches are on this machine, for tests and benchmarks.
//!
//! StatsBomb's licence forbids redistributing its data, so nothing of it is in this repository:
//! the files are read from `../shared/data/statsbomb` next to the crate, and whoever uses them
//! skips with a printed reason when that folder is absent.
#![allow(dead_code)]

use std::path::{Path, PathBuf};

/// One real match: its events file, its line-ups file and its StatsBomb match id.
#[derive(Debug, Clone)]
pub struct RealMatch {
    pub id: u64,
    pub events: PathBuf,
    pub lineups: PathBuf,
}

/// The folder the data lives in.
pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/data/statsbomb")
}

/// The five matches, or `None` (with the reason printed) when the data is not on this machine.
pub fn real_matches() -> Option<Vec<RealMatch>> {
    let root = root();
    if !root.is_dir() {
        println!(
            "skipped: StatsBomb open data not found at {} (it may not be redistributed, so it \
             is not in the repository)",
            root.display()
        );
        return None;
    }
    let kloppy = root.join("PySport-kloppy/kloppy/tests/files");
    let talk = root.join("PySport-kloppy/docs/presentations/working_with_event_data");
    let open = root.join("ushisantoasobu-try-statsbomb/data");
    let m = |id: u64, events: PathBuf, lineups: PathBuf| RealMatch {
        id,
        events,
        lineups,
    };
    Some(vec![
        m(
            15986,
            kloppy.join("statsbomb_15986_event.json"),
            kloppy.join("statsbomb_15986_lineup.json"),
        ),
        m(
            3788741,
            kloppy.join("statsbomb_3788741_event.json"),
            kloppy.join("statsbomb_3788741_lineup.json"),
        ),
        m(9880, talk.join("9880.json"), talk.join("lineup.json")),
        m(
            18236,
            open.join("events/18236.json"),
            open.join("lineups/18236.json"),
        ),
        m(
            3773387,
            open.join("events/3773387.json"),
            open.join("lineups/3773387.json"),
        ),
    ])
}

/// The matches file of the 2011 Champions League final, the only one in the data.
pub fn matches_18236() -> PathBuf {
    root().join("ushisantoasobu-try-statsbomb/data/matches/22.json")
}
