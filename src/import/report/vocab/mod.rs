//! Word lists the reader matches against, kept apart from the logic so the vocabulary can grow
//! without touching the code that uses it. General football language only: nothing here may
//! name a particular team, player or report.

pub mod calendar;
pub mod function_words;
pub mod nationalities;
pub mod people;
pub mod relations;
pub mod results;
pub mod scoring;
