//! Why a StatsBomb file could not be imported, with the file and the event where possible.

use super::scan::{JsonError, JsonProblem};
use std::fmt;
use std::path::PathBuf;

/// Which of the three StatsBomb files a problem is in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileKind {
    Events,
    Lineups,
    Matches,
}

impl fmt::Display for FileKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            FileKind::Events => "events file",
            FileKind::Lineups => "line-ups file",
            FileKind::Matches => "matches file",
        })
    }
}

/// Where in an events file reading stopped: the event's position in the array (0-based) and
/// the id of the last event read whole, since the broken one has no id we can trust.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EventPlace {
    pub position: usize,
    pub after_id: Option<String>,
}

/// Why a StatsBomb import failed. A caller can branch on the variant; each prints as one line
/// a person can act on.
#[derive(Debug)]
pub enum StatsBombError {
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    /// Valid or broken JSON, but not a StatsBomb array of events (or line-ups, or matches).
    NotStatsBomb { file: FileKind, reason: String },
    /// The JSON is broken (truncated, a wrong type where a field is expected).
    Json {
        file: FileKind,
        error: JsonError,
        event: Option<EventPlace>,
    },
    /// A line-ups or matches file given on purpose is broken: the error names that file, since
    /// the caller names only the events file.
    Companion {
        path: PathBuf,
        source: Box<StatsBombError>,
    },
    /// A folder of matches files given on purpose has none that lists this match.
    NotListed { folder: PathBuf },
    /// A line-ups or matches file given on purpose describes other teams or another match.
    OtherMatch { file: FileKind, path: PathBuf },
    /// No Starting XI and no line-ups: there is no telling who played.
    NoTeams,
}

impl fmt::Display for StatsBombError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StatsBombError::Io { path, source } => write!(f, "{}: {source}", path.display()),
            StatsBombError::NotStatsBomb { file, reason } => {
                write!(f, "not a StatsBomb {file}: {reason}")
            }
            StatsBombError::Json { file, error, event } => {
                let what = match error.problem {
                    JsonProblem::Eof => "JSON ends early (truncated file?)",
                    JsonProblem::Syntax => "invalid JSON",
                    JsonProblem::Data => "unexpected data",
                };
                write!(f, "StatsBomb {file}: {what}")?;
                if let Some(place) = event {
                    write!(f, " in event #{}", place.position)?;
                    if let Some(id) = &place.after_id {
                        write!(f, " (after event id {id})")?;
                    }
                }
                write!(f, ": {error}")
            }
            StatsBombError::Companion { path, source } => write!(f, "{}: {source}", path.display()),
            StatsBombError::NotListed { folder } => write!(
                f,
                "no matches file under {} lists this match",
                folder.display()
            ),
            StatsBombError::OtherMatch { file, path } => write!(
                f,
                "{file} {} is for other teams than the events file",
                path.display()
            ),
            StatsBombError::NoTeams => f.write_str(
                "StatsBomb events file has no Starting XI events and no line-ups were found: \
                 cannot tell the teams apart",
            ),
        }
    }
}

impl std::error::Error for StatsBombError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            StatsBombError::Io { source, .. } => Some(source),
            StatsBombError::Json { error, .. } => Some(error),
            StatsBombError::Companion { source, .. } => Some(source.as_ref()),
            _ => None,
        }
    }
}
