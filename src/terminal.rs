//! Taking over the terminal and always giving it back: raw mode off, alternate screen left,
//! mouse released and cursor shown, on a normal exit, on an error and on a panic.

use crossterm::cursor::{Hide, Show};
use crossterm::event::{DisableMouseCapture, EnableMouseCapture};
use crossterm::execute;
use crossterm::terminal::{
    EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode,
};
use ratatui::DefaultTerminal;
use ratatui::backend::CrosstermBackend;
use std::io::stdout;

/// Puts the terminal in full-screen mode; `leave` must follow (the panic hook covers panics).
pub fn enter() -> std::io::Result<DefaultTerminal> {
    install_panic_hook();
    let entered = (|| {
        enable_raw_mode()?;
        execute!(stdout(), EnterAlternateScreen, EnableMouseCapture, Hide)?;
        ratatui::Terminal::new(CrosstermBackend::new(stdout()))
    })();
    if entered.is_err() {
        leave();
    }
    entered
}

/// Gives the terminal back. Every step is tried even if one fails: a half-restored terminal is
/// worse than an error message.
pub fn leave() {
    let _ = disable_raw_mode();
    let _ = execute!(stdout(), DisableMouseCapture, LeaveAlternateScreen, Show);
}

fn install_panic_hook() {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        leave();
        previous(info);
    }));
}
