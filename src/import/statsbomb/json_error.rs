//! A JSON problem with its place, whoever found it: the events scanner, or serde_json for the
//! small line-ups and matches files.

use std::fmt;

/// What kind of problem stopped a read: a caller words a truncated file differently.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum JsonProblem {
    /// The text ends inside a value.
    Eof,
    /// Not JSON.
    Syntax,
    /// JSON, but a value of the wrong type or range where a field is read.
    Data,
}

/// A JSON problem with where it is, from this scanner or from serde_json (for the small
/// line-ups and matches files, which are still read with serde).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JsonError {
    pub problem: JsonProblem,
    /// One line, the place included ("expected `:` at line 3 column 9").
    pub message: String,
}

impl fmt::Display for JsonError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for JsonError {}

impl From<serde_json::Error> for JsonError {
    fn from(e: serde_json::Error) -> Self {
        let problem = if e.is_eof() {
            JsonProblem::Eof
        } else if e.is_syntax() {
            JsonProblem::Syntax
        } else {
            JsonProblem::Data
        };
        JsonError {
            problem,
            message: e.to_string(),
        }
    }
}
