//! The touchline binary: the command line at the edge, everything else in the library.

use anyhow::{Context, bail};
use clap::Parser;
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use touchline::action::Action;
use touchline::app::App;
use touchline::cli::{Cli, Command};
use touchline::import::{self, Companions, ImportError, matchfile};
use touchline::model::Match;
use touchline::sanitize::clean;
use touchline::timeline::Timeline;

/// The sample match that ships inside the binary, so `touchline` alone opens something.
const SAMPLE: &str = include_str!("../assets/dortmund-atalanta-2018.txt");
const SAMPLE_NAME: &str = "bundled sample (assets/dortmund-atalanta-2018.txt)";

/// An error caused by what the person asked for or gave us, not by the machine: exit 2.
#[derive(Debug)]
struct BadRequest(String);

impl std::fmt::Display for BadRequest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for BadRequest {}

fn main() -> ExitCode {
    match run(Cli::parse()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("touchline: {}", clean(&format!("{e:#}")));
            let bad_input = e.chain().any(|c| {
                c.is::<ImportError>()
                    || c.is::<BadRequest>()
                    || matches!(
                        c.downcast_ref::<matchfile::WriteError>(),
                        Some(matchfile::WriteError::Exists)
                    )
            });
            ExitCode::from(if bad_input { 2 } else { 1 })
        }
    }
}

fn run(cli: Cli) -> anyhow::Result<()> {
    let companions = Companions {
        lineups: cli.lineups.as_deref(),
        matches: cli.matches.as_deref(),
    };
    let load = |path: &Path| -> anyhow::Result<Match> {
        import::load_with(path, companions).with_context(|| path.display().to_string())
    };
    match cli.command {
        Some(Command::Summary { file }) => {
            let timeline = Timeline::new(load(&file)?);
            print!("{}", touchline::summary::render(&timeline));
            // The process ends now and the system takes its memory back whole: freeing 4,000
            // events one by one first was a twentieth of a `summary` (callgrind).
            std::mem::forget(timeline);
            Ok(())
        }
        Some(Command::Convert {
            file,
            output,
            force,
        }) => convert(load(&file)?, &file, output, force),
        None => {
            let m = match cli.file.as_deref() {
                Some(path) => load(path)?,
                None => import::parse_bytes(SAMPLE.as_bytes()).context(SAMPLE_NAME)?,
            };
            view(m, cli.at, cli.goal)
        }
    }
}

fn convert(m: Match, file: &Path, output: Option<PathBuf>, force: bool) -> anyhow::Result<()> {
    let out = output.unwrap_or_else(|| file.with_extension("json"));
    if out.as_os_str() == "-" {
        std::io::stdout()
            .write_all(matchfile::to_string(&m).as_bytes())
            .context("writing to standard output")?;
        return Ok(());
    }
    if out == file {
        bail!(BadRequest(format!(
            "{}: output would replace the input; choose another with -o",
            out.display()
        )));
    }
    matchfile::save(&m, &out, force).with_context(|| out.display().to_string())?;
    eprintln!(
        "wrote {} ({} events)",
        clean(&out.display().to_string()),
        m.events.len()
    );
    Ok(())
}

fn view(m: Match, at: Option<touchline::model::Clock>, goal: Option<u8>) -> anyhow::Result<()> {
    let mut app = App::new(Timeline::new(m));
    if let Some(clock) = at {
        app.update(Action::JumpTo(clock));
    }
    if let Some(n) = goal {
        app.update(Action::Goal(n));
        if let Some(message) = app.message.take() {
            bail!(BadRequest(message));
        }
    }
    if !std::io::stdout().is_terminal() {
        bail!(BadRequest(
            "standard output is not a terminal; use `touchline summary FILE` for text".into()
        ));
    }
    touchline::tui::run(&mut app).context("terminal")
}
