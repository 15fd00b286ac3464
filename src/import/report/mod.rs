//! Prose match reports (news-style text with no minute stamps) into the match model.
//!
//! The pipeline, one file per step: `clean` (what each line is) -> `result` (teams, score)
//! -> `doc` (sentences, people, team references, time expressions) -> `events` (goal
//! mentions) and `moments` (shots, chances, cards) -> `goals` (one goal per real goal) ->
//! `sides` and `attrib` (who scored for whom, who plays for whom) -> `order` (clocks) ->
//! `build` (the `Match`, with every sentence kept as an event or a note).

mod actor;
mod agents;
mod align;
mod assemble;
mod attrib;
mod build;
mod cancel;
mod cards;
mod clauses;
mod clean;
mod clock_arith;
mod clock_expr;
mod club_guess;
mod competition;
mod counted;
mod doc;
mod events;
mod evidence;
mod expand;
mod finish;
mod goal_nouns;
mod goal_order;
mod goals;
mod lineups;
mod live;
mod mention_time;
mod moments;
mod names;
mod nations;
mod noun_result;
mod numbers;
mod order;
mod periods;
mod players;
mod reconcile;
mod result;
mod result_checks;
mod result_sentence;
mod scoreline;
mod sentences;
mod shootout;
mod sides;
mod state_phrases;
mod stated_times;
mod teams;
mod tokens;
mod triggers;
mod unsaid;
mod vague_times;
mod venue;
mod vocab;

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
pub fn parse(text: &str) -> Result<Match, ReportError> {
    build::build(text)
}

#[cfg(test)]
mod dump;
#[cfg(test)]
mod general_tests;
#[cfg(test)]
mod made_up;
#[cfg(test)]
mod tests;
