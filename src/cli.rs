//! The command line: what can be asked of touchline from a shell.

use crate::model::Clock;
use clap::{Parser, Subcommand};
use std::path::PathBuf;

/// Replay a football match in the terminal: step through its moments, jump to a goal, read
/// what happened with the score as it stood.
#[derive(Debug, Parser)]
#[command(
    name = "touchline",
    version,
    about,
    args_conflicts_with_subcommands = true
)]
pub struct Cli {
    /// A match report (text), a StatsBomb events file or a touchline match file (JSON); the
    /// bundled sample when absent.
    pub file: Option<PathBuf>,
    /// Open at this minute instead of kick-off (67, 45+2, 90+4).
    #[arg(long, value_name = "MINUTE", value_parser = parse_minute, conflicts_with = "goal")]
    pub at: Option<Clock>,
    /// Open at goal number N.
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u8).range(1..))]
    pub goal: Option<u8>,
    /// StatsBomb line-ups file for the events file (found next to it when absent).
    #[arg(long, value_name = "PATH", global = true)]
    pub lineups: Option<PathBuf>,
    /// StatsBomb matches file, or a folder to search, for the events file's date, competition
    /// and venue (found next to it when absent).
    #[arg(long, value_name = "PATH", global = true)]
    pub matches: Option<PathBuf>,
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Print the match as text (teams, score, goals with minutes, cards, warnings) and exit.
    Summary {
        /// A match report, StatsBomb events file or touchline match file.
        file: PathBuf,
    },
    /// Convert a match report or a StatsBomb events file into a touchline match file.
    Convert {
        /// A match report, StatsBomb events file or touchline match file.
        file: PathBuf,
        /// Where to write the match file ("-" for stdout); FILE with a .json extension when
        /// absent.
        #[arg(short, long, value_name = "OUT")]
        output: Option<PathBuf>,
        /// Replace OUT if it exists.
        #[arg(long)]
        force: bool,
    },
}

fn parse_minute(s: &str) -> Result<Clock, String> {
    s.parse::<Clock>().map_err(|e| e.to_string())
}
