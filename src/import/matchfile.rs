//! touchline's own saved match file: the model as JSON inside a format/version envelope.
//!
//! `{"format": "touchline-match", "version": 1, ...the Match fields...}`. Saving the result of
//! loading a file gives back the same bytes, so a converted report can be kept, shared and
//! replayed exactly.

use crate::model::Match;
use serde::{Deserialize, Serialize};
use std::fmt;
use std::io::Write;
use std::path::Path;

pub const FORMAT: &str = "touchline-match";
pub const VERSION: u32 = 1;

/// The file as written: the envelope then the match.
#[derive(Serialize)]
struct Envelope<'a> {
    format: &'static str,
    version: u32,
    #[serde(flatten)]
    the_match: &'a Match,
}

/// Just enough of a JSON file to tell whether it is ours before reading the rest.
#[derive(Deserialize)]
struct Header {
    format: Option<serde_json::Value>,
    version: Option<serde_json::Value>,
}

/// Why a JSON file is not a match file touchline can read.
#[derive(Debug)]
pub enum MatchFileError {
    Json(serde_json::Error),
    NotAMatchFile,
    UnknownFormat(String),
    UnsupportedVersion { format: String, version: String },
    Invalid(serde_json::Error),
}

impl fmt::Display for MatchFileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            MatchFileError::Json(e) => write!(f, "invalid JSON: {e}"),
            MatchFileError::NotAMatchFile => write!(
                f,
                "JSON but not a match file (neither a touchline match file with \"format\": \"{FORMAT}\" nor StatsBomb events)"
            ),
            MatchFileError::UnknownFormat(found) => write!(
                f,
                "unknown format {found}, expected \"{FORMAT}\" version {VERSION}"
            ),
            MatchFileError::UnsupportedVersion { format, version } => write!(
                f,
                "format \"{format}\" version {version} is not supported (this touchline reads version {VERSION})"
            ),
            MatchFileError::Invalid(e) => write!(f, "broken match file: {e}"),
        }
    }
}

impl std::error::Error for MatchFileError {}

/// Reads a match file, checking the envelope first so a wrong format or version is named.
pub fn from_str(text: &str) -> Result<Match, MatchFileError> {
    if !text.trim_start().starts_with('{') {
        return Err(MatchFileError::NotAMatchFile);
    }
    let header: Header = match serde_json::from_str(text) {
        Ok(h) => h,
        Err(e) if e.is_data() => return Err(MatchFileError::NotAMatchFile),
        Err(e) => return Err(MatchFileError::Json(e)),
    };
    let format = match header.format {
        Some(serde_json::Value::String(s)) if s == FORMAT => s,
        Some(other) => return Err(MatchFileError::UnknownFormat(other.to_string())),
        None => return Err(MatchFileError::NotAMatchFile),
    };
    match header.version {
        Some(serde_json::Value::Number(n)) if n.as_u64() == Some(u64::from(VERSION)) => {}
        other => {
            let version = other.map_or_else(|| "(missing)".to_string(), |v| v.to_string());
            return Err(MatchFileError::UnsupportedVersion { format, version });
        }
    }
    serde_json::from_str(text).map_err(MatchFileError::Invalid)
}

/// The match as the bytes of a match file. Every event is saved with its words, those of a
/// minor event made when shown included, so the file reads whole without touchline.
pub fn to_string(m: &Match) -> String {
    let mut worded;
    let m = if m
        .events
        .iter()
        .any(|e| e.text.is_empty() && e.words_when_shown)
    {
        worded = m.clone();
        for e in &mut worded.events {
            if e.text.is_empty() {
                e.text = e.words().into_owned();
            }
        }
        &worded
    } else {
        m
    };
    let envelope = Envelope {
        format: FORMAT,
        version: VERSION,
        the_match: m,
    };
    // A Match holds only strings, numbers and enums with string keys, which always serialise.
    let mut text = serde_json::to_string_pretty(&envelope).unwrap_or_default();
    text.push('\n');
    text
}

/// Why a match file could not be written.
#[derive(Debug)]
pub enum WriteError {
    Exists,
    Io(std::io::Error),
}

impl fmt::Display for WriteError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            WriteError::Exists => f.write_str("already exists (use --force to overwrite)"),
            WriteError::Io(e) => write!(f, "{e}"),
        }
    }
}

impl std::error::Error for WriteError {}

/// Writes the match file atomically: a temporary file beside the target, then a rename, so a
/// crash or full disk never leaves half a file. Refuses to replace an existing file unless
/// `overwrite` is set.
pub fn save(m: &Match, path: &Path, overwrite: bool) -> Result<(), WriteError> {
    if !overwrite && path.exists() {
        return Err(WriteError::Exists);
    }
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let name = path
        .file_name()
        .map_or_else(|| "match".into(), |n| n.to_string_lossy().into_owned());
    let tmp = dir.join(format!(".{name}.{}.tmp", std::process::id()));
    let result = (|| {
        let mut file = std::fs::File::create_new(&tmp)?;
        file.write_all(to_string(m).as_bytes())?;
        file.sync_all()?;
        if !overwrite {
            // Link instead of rename so a file that appeared meanwhile is not replaced.
            std::fs::hard_link(&tmp, path)?;
            std::fs::remove_file(&tmp)
        } else {
            std::fs::rename(&tmp, path)
        }
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result.map_err(|e| match e.kind() {
        std::io::ErrorKind::AlreadyExists => WriteError::Exists,
        _ => WriteError::Io(e),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Clock, Event, EventKind, Score, Side, Team};

    fn sample() -> Match {
        let mut goal = Event::new(Clock::approx(2, 90, 3), EventKind::Goal, Side::Away);
        goal.players = vec!["Schürrle".into()];
        goal.own_goal = true;
        Match {
            date: chrono::NaiveDate::from_ymd_opt(2018, 2, 15),
            competition: Some("Europa League".into()),
            home: Team::named("Home"),
            away: Team::named("Away"),
            final_score: Score::new(0, 1),
            shootout: Some(Score::new(4, 3)),
            events: vec![goal],
            warnings: vec!["a warning".into()],
            report: Some("text".into()),
        }
    }

    /// A minor event whose line is made when shown is saved with that line, and reads back
    /// the same.
    #[test]
    fn a_minor_line_is_saved_in_words() {
        let mut pass = Event::new(Clock::exact(1, 10, 0), EventKind::Note, Side::Home);
        pass.minor = true;
        pass.words_when_shown = true;
        pass.label = Some("Pass".into());
        pass.players = vec!["Xavi".into(), "Messi".into()];
        let mut m = sample();
        m.events.push(pass);
        let text = to_string(&m);
        assert!(
            text.contains(r#""text": "Xavi passes to Messi.""#),
            "{text}"
        );
        assert!(
            m.events[1].text.is_empty(),
            "the match itself is left as it was"
        );
        let back = from_str(&text).map_err(|e| e.to_string());
        let words = back.map(|b| b.events[1].words().into_owned());
        assert_eq!(words.as_deref(), Ok("Xavi passes to Messi."));
    }

    #[test]
    fn round_trip_is_byte_identical() {
        let text = to_string(&sample());
        let back = from_str(&text).map_err(|e| e.to_string());
        assert_eq!(back.as_ref().ok(), Some(&sample()));
        assert_eq!(back.map(|m| to_string(&m)), Ok(text));
    }

    #[test]
    fn names_unknown_format_and_version() {
        let wrong_format = r#"{"format": "other-tool", "version": 1}"#;
        let msg = from_str(wrong_format).map_err(|e| e.to_string()).err();
        assert_eq!(
            msg.as_deref(),
            Some("unknown format \"other-tool\", expected \"touchline-match\" version 1")
        );
        let wrong_version = r#"{"format": "touchline-match", "version": 7}"#;
        let msg = from_str(wrong_version).map_err(|e| e.to_string()).err();
        assert_eq!(
            msg.as_deref(),
            Some(
                "format \"touchline-match\" version 7 is not supported (this touchline reads version 1)"
            )
        );
        assert!(matches!(
            from_str(r#"{"name": "x"}"#),
            Err(MatchFileError::NotAMatchFile)
        ));
        assert!(matches!(
            from_str("[1, 2]"),
            Err(MatchFileError::NotAMatchFile)
        ));
        assert!(matches!(
            from_str("{\"format\": "),
            Err(MatchFileError::Json(_))
        ));
    }
}
