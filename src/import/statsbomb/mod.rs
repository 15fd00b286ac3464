//! StatsBomb open data: an events file, with its line-ups and matches files where they can be
//! found, imported into the one `Match` model.
//!
//! Two stages like every importer: `raw`/`raw_meta` mirror the files (borrowed, only the fields
//! used), `convert` builds the model. `locate` finds the companion files next to the events.

mod clock;
mod convert;
mod error;
mod events;
mod json_error;
mod keep;
mod locate;
mod moments;
mod narrative;
mod position;
pub mod raw;
mod raw_meta;
mod read;
mod scan;
mod scan_events;
mod scan_string;
#[cfg(test)]
mod scan_tests;
mod scan_usual;
#[cfg(test)]
mod scan_usual_tests;
#[cfg(test)]
mod snippets_test;
mod source;
mod split;
mod squad;
mod stream;
mod window;

pub use error::{EventPlace, FileKind, StatsBombError};
pub use json_error::{JsonError, JsonProblem};
pub use read::looks_like_events;
pub use stream::WINDOW;

use crate::model::Match;
use bumpalo::Bump;
use events::Events;
use raw_meta::{LineupTeam, MatchInfo};
use source::Source;
use std::fs::File;
use std::path::{Path, PathBuf};

/// Imports an events file. Line-ups and matches files are found next to it unless given; a
/// file given on purpose that is broken or for another match is an error, a found one a warning.
pub fn load(
    events: &Path,
    lineups: Option<&Path>,
    matches: Option<&Path>,
) -> Result<Match, StatsBombError> {
    let file = File::open(events).map_err(|source| StatsBombError::Io {
        path: events.to_path_buf(),
        source,
    })?;
    load_open(events, Vec::new(), &file, lineups, matches)
}

/// Like `load`, for an events file already open whose first bytes, `head`, are already read
/// (format detection reads them).
pub fn load_open(
    events_path: &Path,
    head: Vec<u8>,
    file: &File,
    lineups: Option<&Path>,
    matches: Option<&Path>,
) -> Result<Match, StatsBombError> {
    let mut arenas = Default::default();
    let events = read::events(events_path, head, Source::File(file), &mut arenas)?;
    let teams = team_ids(&events);
    let mut warnings = Vec::new();
    check_events(&events)?;

    // The companion files' bytes, which what is read from them borrows: each is read once.
    let store = Bump::new();
    let lineups = match lineups {
        Some(path) => {
            let parsed = read::lineups(read_into(&store, path)?).map_err(in_companion(path))?;
            if !covers(&parsed, &teams) {
                return Err(StatsBombError::OtherMatch {
                    file: FileKind::Lineups,
                    path: path.to_path_buf(),
                });
            }
            parsed
        }
        None => found_lineups(events_path, &teams, &mut warnings, &store).unwrap_or_default(),
    };

    let id = locate::match_id(events_path);
    let listed = match matches {
        Some(path) if path.is_dir() => {
            let found = id
                .map(|id| locate::files_mentioning(path, id))
                .unwrap_or_default();
            first_with_match(&found, id, &teams, &mut warnings, &store)
        }
        Some(path) => read::matches(read_into(&store, path)?).map_err(in_companion(path))?,
        None => {
            let found = id
                .map(|id| locate::matches_candidates(events_path, id))
                .unwrap_or_default();
            first_with_match(&found, id, &teams, &mut warnings, &store)
        }
    };
    let info = pick(&listed, id, &teams);
    match (matches, info) {
        (Some(path), None) if path.is_dir() => {
            return Err(StatsBombError::NotListed {
                folder: path.to_path_buf(),
            });
        }
        (Some(path), None) => {
            return Err(StatsBombError::OtherMatch {
                file: FileKind::Matches,
                path: path.to_path_buf(),
            });
        }
        _ => {}
    }
    missing(&lineups, info, &mut warnings);
    convert::to_match(&events, &lineups, info, warnings)
}

/// Names the line-ups or matches file an error is in, since the caller names only the events.
fn in_companion(path: &Path) -> impl FnOnce(StatsBombError) -> StatsBombError + '_ {
    |e| StatsBombError::Companion {
        path: path.to_path_buf(),
        source: Box::new(e),
    }
}

/// Imports from bytes alone, with no files to look for: tests and benchmarks use it.
pub fn parse(
    events: &[u8],
    lineups: Option<&[u8]>,
    matches: Option<&[u8]>,
) -> Result<Match, StatsBombError> {
    let mut arenas = Default::default();
    let events = read::events(
        Path::new(""),
        Vec::new(),
        Source::Bytes(events),
        &mut arenas,
    )?;
    check_events(&events)?;
    let teams = team_ids(&events);
    let lineups = lineups.map(read::lineups).transpose()?.unwrap_or_default();
    let listed = matches.map(read::matches).transpose()?.unwrap_or_default();
    let info = pick(&listed, None, &teams);
    let mut warnings = Vec::new();
    missing(&lineups, info, &mut warnings);
    convert::to_match(&events, &lineups, info, warnings)
}

/// An array of objects none of which has an event type is some other JSON (a line-ups file
/// given as events, say), not a match with every event broken.
fn check_events(events: &Events<'_>) -> Result<(), StatsBombError> {
    if !events.is_empty() && events.iter().all(|e| e.kind.is_none()) {
        return Err(StatsBombError::NotStatsBomb {
            file: FileKind::Events,
            reason: "no object in the array has an event \"type\"".into(),
        });
    }
    Ok(())
}

/// A file's bytes, kept in `store` for what is read from them to borrow.
fn read_into<'s>(store: &'s Bump, path: &Path) -> Result<&'s [u8], StatsBombError> {
    match std::fs::read(path) {
        Ok(bytes) => Ok(store.alloc_slice_copy(&bytes)),
        Err(source) => Err(StatsBombError::Io {
            path: path.to_path_buf(),
            source,
        }),
    }
}

/// The teams the events are about: those of the Starting XI events, else of any event.
fn team_ids(events: &Events<'_>) -> Vec<u64> {
    let mut ids: Vec<u64> = Vec::with_capacity(2);
    let starting = events.iter().filter(|e| e.kind() == "Starting XI");
    for id in starting
        .chain(events.iter())
        .filter_map(raw::Event::team_id)
    {
        if !ids.contains(&id) {
            ids.push(id);
            if ids.len() == 2 {
                break;
            }
        }
    }
    ids
}

/// Whether a line-ups file lists every team of the events.
fn covers(lineups: &[LineupTeam<'_>], teams: &[u64]) -> bool {
    teams
        .iter()
        .all(|t| lineups.iter().any(|l| l.team_id == Some(*t)))
}

/// The first line-ups file next to the events that is for the same teams, its bytes kept in
/// `store`.
fn found_lineups<'s>(
    events: &Path,
    teams: &[u64],
    warnings: &mut Vec<String>,
    store: &'s Bump,
) -> Option<Vec<LineupTeam<'s>>> {
    for path in locate::lineups_candidates(events) {
        let Ok(bytes) = read_into(store, &path) else {
            continue;
        };
        match read::lineups(bytes) {
            Ok(parsed) if covers(&parsed, teams) => return Some(parsed),
            Ok(_) => warnings.push(format!(
                "ignored {}: its line-ups are for other teams",
                path.display()
            )),
            Err(e) => warnings.push(format!("ignored {}: {e}", path.display())),
        }
    }
    None
}

/// What the first matches file among `candidates` that lists this match lists (none when no
/// file does), its bytes kept in `store`.
fn first_with_match<'s>(
    candidates: &[PathBuf],
    id: Option<u64>,
    teams: &[u64],
    warnings: &mut Vec<String>,
    store: &'s Bump,
) -> Vec<MatchInfo<'s>> {
    for path in candidates {
        let Ok(bytes) = read_into(store, path) else {
            continue;
        };
        match read::matches(bytes) {
            Ok(listed) if pick(&listed, id, teams).is_some() => return listed,
            Ok(_) => {}
            Err(e) => warnings.push(format!("ignored {}: {e}", path.display())),
        }
    }
    Vec::new()
}

/// This match's entry in a matches file: by id where the file name gives one, else the only
/// entry between the same two teams.
fn pick<'m, 'a>(
    listed: &'m [MatchInfo<'a>],
    id: Option<u64>,
    teams: &[u64],
) -> Option<&'m MatchInfo<'a>> {
    let same_teams = |m: &&MatchInfo<'_>| {
        let home = m.home_team.as_ref().and_then(|t| t.home_team_id);
        let away = m.away_team.as_ref().and_then(|t| t.away_team_id);
        teams.iter().all(|t| Some(*t) == home || Some(*t) == away)
    };
    match id {
        Some(id) => listed
            .iter()
            .find(|m| m.match_id == Some(id))
            .filter(same_teams),
        None => {
            let mut found = listed.iter().filter(same_teams);
            let first = found.next();
            if found.next().is_some() { None } else { first }
        }
    }
}

/// Says what the import goes without, so a viewer knows why names or the venue are missing.
fn missing(lineups: &[LineupTeam<'_>], info: Option<&MatchInfo<'_>>, warnings: &mut Vec<String>) {
    if lineups.is_empty() {
        warnings.push(
            "no StatsBomb line-ups file: squads come from the Starting XI and substitution \
             events, with full names instead of the names fans use and no numbers for \
             substitutes (give one with --lineups)"
                .into(),
        );
    }
    if info.is_none() {
        warnings.push(
            "no StatsBomb matches file lists this match: date, competition, stadium and \
             referee are unknown, and the home side is taken to be the first Starting XI \
             (give one with --matches)"
                .into(),
        );
    }
}
