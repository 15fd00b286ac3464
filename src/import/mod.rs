//! Reading match files of every supported format into the one `Match` model.
//!
//! The format is detected from the content, not the extension: a touchline match file is JSON
//! with `"format": "touchline-match"`, a StatsBomb events file is a JSON array of objects with
//! StatsBomb's event keys, anything else that is readable text is a prose report.

pub mod matchfile;
pub mod report;
pub mod statsbomb;

use crate::model::Match;
use std::fmt;
use std::io::Read;
use std::path::Path;

/// How much of a file is read to tell its format; a StatsBomb events file's first event (the
/// Starting XI, about 4 KB) fits well inside.
const HEAD: usize = statsbomb::WINDOW;

/// Why a file could not be read as a match. Each variant is one line a person can act on.
#[derive(Debug)]
pub enum ImportError {
    Io(std::io::Error),
    IsDirectory,
    Empty,
    Binary,
    NotUtf8 { offset: usize },
    MatchFile(matchfile::MatchFileError),
    Report(report::ReportError),
    StatsBomb(statsbomb::StatsBombError),
}

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            // The OS's wording ("No such file or directory (os error 2)") reads like a crash.
            ImportError::Io(e) => match e.kind() {
                std::io::ErrorKind::NotFound => f.write_str("no such file"),
                std::io::ErrorKind::PermissionDenied => f.write_str("permission denied"),
                _ => write!(f, "cannot read: {e}"),
            },
            ImportError::IsDirectory => f.write_str("is a directory, not a match file"),
            ImportError::Empty => f.write_str("file is empty"),
            ImportError::Binary => f.write_str("binary data, not a match report or match file"),
            ImportError::NotUtf8 { offset } => {
                write!(f, "not UTF-8 text (invalid byte at offset {offset})")
            }
            ImportError::MatchFile(e) => write!(f, "{e}"),
            ImportError::Report(e) => write!(f, "{e}"),
            ImportError::StatsBomb(e) => write!(f, "{e}"),
        }
    }
}

impl std::error::Error for ImportError {}

/// The formats touchline reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    MatchFile,
    Report,
    StatsBomb,
}

/// Files that belong with a match file, where the person names them rather than leaving
/// touchline to find them (StatsBomb line-ups and matches files).
#[derive(Debug, Clone, Copy, Default)]
pub struct Companions<'a> {
    pub lineups: Option<&'a Path>,
    pub matches: Option<&'a Path>,
}

/// Reads a file and imports it in whatever format its content shows.
pub fn load(path: &Path) -> Result<Match, ImportError> {
    load_with(path, Companions::default())
}

/// Like `load`, with companion files named by the person.
pub fn load_with(path: &Path, companions: Companions<'_>) -> Result<Match, ImportError> {
    if path.is_dir() {
        return Err(ImportError::IsDirectory);
    }
    let mut file = std::fs::File::open(path).map_err(ImportError::Io)?;
    // The format is told from the file's start; a StatsBomb events file (4 MB) is then read on
    // from there through a window rather than whole, and its line-ups and matches files are
    // looked for next to it.
    let mut head = Vec::with_capacity(HEAD);
    (&mut file)
        .take(HEAD as u64)
        .read_to_end(&mut head)
        .map_err(ImportError::Io)?;
    if statsbomb::looks_like_events(&head) {
        return statsbomb::load_open(path, head, &file, companions.lineups, companions.matches)
            .map_err(ImportError::StatsBomb);
    }
    let mut bytes = head;
    file.read_to_end(&mut bytes).map_err(ImportError::Io)?;
    parse_bytes(&bytes)
}

/// Imports a file's bytes, detecting the format from the content.
pub fn parse_bytes(bytes: &[u8]) -> Result<Match, ImportError> {
    let text = decode(bytes)?;
    match detect(text) {
        Format::MatchFile => matchfile::from_str(text).map_err(ImportError::MatchFile),
        Format::Report => report::parse(text).map_err(ImportError::Report),
        Format::StatsBomb => {
            statsbomb::parse(text.as_bytes(), None, None).map_err(ImportError::StatsBomb)
        }
    }
}

/// Checks the bytes are non-empty UTF-8 text rather than binary data.
fn decode(bytes: &[u8]) -> Result<&str, ImportError> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(ImportError::Empty);
    }
    if bytes.contains(&0) {
        return Err(ImportError::Binary);
    }
    let text = std::str::from_utf8(bytes).map_err(|e| ImportError::NotUtf8 {
        offset: e.valid_up_to(),
    })?;
    let controls = text
        .chars()
        .filter(|c| c.is_control() && !c.is_whitespace())
        .count();
    if controls * 20 > text.chars().count() {
        return Err(ImportError::Binary);
    }
    Ok(text)
}

/// JSON (an object or array) is a structured format; everything else is prose.
pub fn detect(text: &str) -> Format {
    if statsbomb::looks_like_events(text.as_bytes()) {
        return Format::StatsBomb;
    }
    match text.trim_start().chars().next() {
        Some('{') | Some('[') => Format::MatchFile,
        _ => Format::Report,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rejects_what_is_not_text() {
        assert!(matches!(parse_bytes(b""), Err(ImportError::Empty)));
        assert!(matches!(parse_bytes(b" \n\t "), Err(ImportError::Empty)));
        assert!(matches!(
            parse_bytes(b"\x7fELF\x02\x01\x01\x00\x00"),
            Err(ImportError::Binary)
        ));
        assert!(matches!(
            parse_bytes(b"Dortmund 3-2 \xff\xfe Atalanta"),
            Err(ImportError::NotUtf8 { offset: 13 })
        ));
    }

    #[test]
    fn detects_json_by_content() {
        assert_eq!(detect("  {\"format\": 1}"), Format::MatchFile);
        assert_eq!(detect("[1, 2]"), Format::MatchFile);
        assert_eq!(detect("Dortmund beat Atalanta 3-2"), Format::Report);
        let statsbomb = r#"[{"id": "x", "index": 1, "period": 1, "minute": 0,
            "type": {"id": 35, "name": "Starting XI"}, "possession": 1}]"#;
        assert_eq!(detect(statsbomb), Format::StatsBomb);
    }
}
