//! The event loop: read input, turn it into actions, update the app, draw. No tick thread:
//! the loop waits for input, and only while autoplay runs does it wait with a timeout.

use crate::action::Action;
use crate::app::App;
use crate::{keymap, terminal, ui};
use crossterm::event::{self, Event, MouseButton, MouseEventKind};
use ratatui::DefaultTerminal;
use ratatui::layout::{Position, Rect};
use std::time::Instant;

/// Runs the viewer until the person quits; the terminal is restored whatever happens.
pub fn run(app: &mut App) -> std::io::Result<()> {
    let mut term = terminal::enter()?;
    let result = event_loop(&mut term, app);
    terminal::leave();
    result
}

fn event_loop(term: &mut DefaultTerminal, app: &mut App) -> std::io::Result<()> {
    let mut deadline: Option<Instant> = None;
    let mut shown = app.cursor;
    while !app.quit {
        let frame = term.draw(|f| ui::draw(f, app))?;
        let size = frame.area;
        if app.cursor != shown || !app.playing {
            deadline = None;
            shown = app.cursor;
        }
        if deadline.is_none() {
            deadline = app.autoplay_delay().map(|d| Instant::now() + d);
        }
        let input = match deadline {
            Some(at) => {
                if event::poll(at.saturating_duration_since(Instant::now()))? {
                    Some(event::read()?)
                } else {
                    None
                }
            }
            None => Some(event::read()?),
        };
        let action = match input {
            Some(ev) => action_for(app, &ev, size),
            None => {
                deadline = None;
                Some(Action::Tick)
            }
        };
        if let Some(action) = action {
            app.update(action);
        }
    }
    Ok(())
}

/// The action a terminal event asks for: keys through the key table, a click on the timeline
/// bar seeks, the wheel steps.
fn action_for(app: &App, ev: &Event, size: Rect) -> Option<Action> {
    if let Some(key) = ev.as_key_press_event() {
        return keymap::action_for(&app.mode, key);
    }
    let Event::Mouse(mouse) = ev else {
        return None;
    };
    match mouse.kind {
        MouseEventKind::ScrollDown => Some(Action::Next),
        MouseEventKind::ScrollUp => Some(Action::Prev),
        MouseEventKind::Down(MouseButton::Left) => {
            let bar = ui::layout(app, size)?.timeline_bar;
            bar.contains(Position::new(mouse.column, mouse.row))
                .then(|| Action::Seek(ui::timeline_bar::fraction_at(mouse.column, bar)))
        }
        _ => None,
    }
}
