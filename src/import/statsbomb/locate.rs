//! Finding the line-ups and matches files that belong to an events file.
//!
//! Two layouts are common: StatsBomb's open-data tree (`data/events/ID.json`,
//! `data/lineups/ID.json`, `data/matches/COMPETITION/SEASON.json`, sometimes flattened) and
//! kloppy-style siblings (`..._event.json` next to `..._lineup.json`). Candidates are only
//! guesses: the caller checks a line-ups file names the same teams before using it.

use std::path::{Path, PathBuf};

/// How deep and how wide a matches folder is searched, so pointing at a big tree stays quick.
const MAX_DEPTH: usize = 4;
const MAX_FILES: usize = 5000;

/// The match id in an events file's name: the longest run of digits in "15986.json" or
/// "statsbomb_15986_event.json".
pub fn match_id(events: &Path) -> Option<u64> {
    let stem = events.file_stem()?.to_str()?;
    stem.split(|c: char| !c.is_ascii_digit())
        .filter(|run| !run.is_empty())
        .max_by_key(|run| run.len())
        .and_then(|run| run.parse().ok())
}

/// "statsbomb_15986_event.json" -> "statsbomb_15986_lineup.json", "events.json" ->
/// "lineups.json": the last "event" in a file name replaced by `with`.
fn renamed(name: &str, with: &str) -> Option<String> {
    let at = name.rfind("event")?;
    Some(format!(
        "{}{with}{}",
        &name[..at],
        &name[at + "event".len()..]
    ))
}

/// The folder holding `events`, with its name: `18236.json` or `./18236.json`, opened from
/// inside `data/events`, must still be seen to sit in `events`, beside `lineups` and `matches`.
fn folder_of(events: &Path) -> PathBuf {
    let dir = events.parent().unwrap_or(Path::new(""));
    if dir.file_name().is_some() {
        return dir.to_path_buf();
    }
    let here = if dir.as_os_str().is_empty() {
        Path::new(".")
    } else {
        dir
    };
    // Made absolute without following links, so a linked `events` folder keeps its name;
    // only a `..` needs the folder looked up.
    match std::path::absolute(here) {
        Ok(dir) if dir.file_name().is_some() => dir,
        _ => std::fs::canonicalize(here).unwrap_or_else(|_| here.to_path_buf()),
    }
}

/// Existing files where line-ups for `events` may be, most likely first.
pub fn lineups_candidates(events: &Path) -> Vec<PathBuf> {
    let dir = &folder_of(events);
    let name = events.file_name().and_then(|n| n.to_str()).unwrap_or("");
    let mut guesses = Vec::new();
    if dir.file_name().is_some_and(|d| d == "events")
        && let Some(data) = dir.parent()
    {
        guesses.push(data.join("lineups").join(name));
    }
    if let Some(sibling) = renamed(name, "lineup") {
        guesses.push(dir.join(&sibling));
        if !sibling.contains("lineups") {
            guesses.extend(renamed(name, "lineups").map(|s| dir.join(s)));
        }
    }
    if let Some(id) = match_id(events) {
        for pattern in [
            "{}_lineup.json",
            "{}_lineups.json",
            "lineup_{}.json",
            "lineups_{}.json",
        ] {
            guesses.push(dir.join(pattern.replace("{}", &id.to_string())));
        }
        guesses.push(dir.join("lineups").join(format!("{id}.json")));
    }
    guesses.push(dir.join("lineup.json"));
    guesses.push(dir.join("lineups.json"));
    keep_existing(guesses, events)
}

/// Existing files that may hold the match's entry in a matches file, most likely first.
pub fn matches_candidates(events: &Path, id: u64) -> Vec<PathBuf> {
    let dir = &folder_of(events);
    let name = events.file_name().and_then(|n| n.to_str()).unwrap_or("");
    let mut guesses = Vec::new();
    if let Some(sibling) = renamed(name, "match") {
        guesses.push(dir.join(sibling));
    }
    let mut folders = vec![dir.join("matches")];
    if dir.file_name().is_some_and(|d| d == "events")
        && let Some(data) = dir.parent()
    {
        folders.insert(0, data.join("matches"));
    }
    for folder in folders {
        guesses.extend(files_mentioning(&folder, id));
    }
    keep_existing(guesses, events)
}

/// JSON files under `dir` (recursively, bounded) whose bytes contain `id` as a whole number.
pub fn files_mentioning(dir: &Path, id: u64) -> Vec<PathBuf> {
    let needle = id.to_string();
    let mut found = Vec::new();
    let mut seen = 0usize;
    let mut stack = vec![(dir.to_path_buf(), 0usize)];
    while let Some((folder, depth)) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&folder) else {
            continue;
        };
        let mut entries: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
        entries.sort();
        for path in entries {
            seen += 1;
            if seen > MAX_FILES {
                return found;
            }
            if path.is_dir() {
                if depth < MAX_DEPTH {
                    stack.push((path, depth + 1));
                }
            } else if path.extension().is_some_and(|e| e == "json")
                && std::fs::read(&path).is_ok_and(|bytes| mentions(&bytes, needle.as_bytes()))
            {
                found.push(path);
            }
        }
    }
    found
}

/// Whether `number` occurs in `bytes` with no digit on either side.
fn mentions(bytes: &[u8], number: &[u8]) -> bool {
    let mut from = 0;
    while let Some(at) = bytes[from..]
        .windows(number.len())
        .position(|w| w == number)
        .map(|p| p + from)
    {
        let before = at.checked_sub(1).and_then(|i| bytes.get(i));
        let after = bytes.get(at + number.len());
        if !before.is_some_and(u8::is_ascii_digit) && !after.is_some_and(u8::is_ascii_digit) {
            return true;
        }
        from = at + 1;
    }
    false
}

fn keep_existing(guesses: Vec<PathBuf>, events: &Path) -> Vec<PathBuf> {
    let mut kept: Vec<PathBuf> = Vec::new();
    for g in guesses {
        if g.is_file() && g != events && !kept.contains(&g) {
            kept.push(g);
        }
    }
    kept
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn match_ids_come_from_the_file_name() {
        assert_eq!(match_id(Path::new("data/events/15986.json")), Some(15986));
        assert_eq!(
            match_id(Path::new("statsbomb_3788741_event.json")),
            Some(3788741)
        );
        assert_eq!(match_id(Path::new("events.json")), None);
    }

    #[test]
    fn finds_both_layouts_and_matches_recursively() -> std::io::Result<()> {
        let root = tempfile::tempdir()?;
        let data = root.path().join("data");
        for d in ["events", "lineups", "matches/16"] {
            std::fs::create_dir_all(data.join(d))?;
        }
        let events = data.join("events/18236.json");
        std::fs::write(&events, "[]")?;
        std::fs::write(data.join("lineups/18236.json"), "[]")?;
        std::fs::write(data.join("matches/16/22.json"), r#"[{"match_id": 18236}]"#)?;
        std::fs::write(data.join("matches/16/23.json"), r#"[{"match_id": 182360}]"#)?;
        assert_eq!(
            lineups_candidates(&events),
            vec![data.join("lineups/18236.json")]
        );
        assert_eq!(
            matches_candidates(&events, 18236),
            vec![data.join("matches/16/22.json")]
        );

        let kloppy = root.path().join("statsbomb_15986_event.json");
        std::fs::write(&kloppy, "[]")?;
        std::fs::write(root.path().join("statsbomb_15986_lineup.json"), "[]")?;
        assert_eq!(
            lineups_candidates(&kloppy),
            vec![root.path().join("statsbomb_15986_lineup.json")]
        );
        Ok(())
    }
}
