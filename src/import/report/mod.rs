//! Prose match reports (news-style text with no minute stamps) into the match model.

use crate::model::Match;
use std::fmt;

/// Why a report could not be read as a match.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReportError {
    /// No two teams could be found in the text.
    NoTeams,
}

impl fmt::Display for ReportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ReportError::NoTeams => f.write_str("no recognisable teams in this report"),
        }
    }
}

impl std::error::Error for ReportError {}

/// Reads a report into a match.
pub fn parse(_text: &str) -> Result<Match, ReportError> {
    Err(ReportError::NoTeams)
}
