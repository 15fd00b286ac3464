//! How long one full frame of the viewer takes to draw at 200x60 into a `TestBackend`: for a
//! made-up event-data match of about 4,000 located events (pitch open, as it is by default at
//! that size) and for the bundled report. Run with `cargo bench --bench frame`; the target is
//! under 200 µs a frame, so autoplay and scrubbing never wait on drawing.
//!
//! "stepping" moves the cursor before each frame, as scrubbing does, so every frame differs
//! from the last and the terminal's diff has work to do. "draw" is `Terminal::draw`: the
//! viewer's drawing plus ratatui's own work on every cell (clearing the back buffer, diffing it
//! against the front one), which `blank_frame` measures alone; "render" is the viewer's
//! drawing into the terminal's buffer, then the buffer cleared for the next frame.

#![allow(clippy::unwrap_used, clippy::expect_used)]

#[path = "../tests/located/mod.rs"]
mod located;

use divan::Bencher;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use touchline::action::Action;
use touchline::app::App;
use touchline::model::{Clock, Match};
use touchline::timeline::Timeline;

const WIDTH: u16 = 200;
const HEIGHT: u16 = 60;
/// Passes and carries a minute: about 4,000 events in all, a real match's count.
const MINOR_PER_MINUTE: usize = 43;

fn main() {
    divan::main();
}

fn synthetic() -> Match {
    located::located_match(MINOR_PER_MINUTE)
}

fn seed() -> Match {
    touchline::import::matchfile::from_str(include_str!(
        "../tests/fixtures/dortmund-atalanta-2018.json"
    ))
    .expect("the seed fixture loads")
}

fn app_at(m: Match, actions: &[Action]) -> App {
    let mut app = App::new(Timeline::new(m));
    for &a in actions {
        app.update(a);
    }
    app
}

fn terminal() -> Terminal<TestBackend> {
    Terminal::new(TestBackend::new(WIDTH, HEIGHT)).expect("test terminal")
}

/// The same frame drawn again and again: the cost of drawing alone.
fn redraw(bencher: Bencher, app: &App) {
    let mut terminal = terminal();
    bencher.bench_local(|| {
        terminal
            .draw(|f| touchline::ui::draw(f, app))
            .expect("draw");
    });
}

/// The viewer's drawing alone, into the terminal's buffer.
fn render(bencher: Bencher, app: &App) {
    let mut terminal = terminal();
    bencher.bench_local(|| {
        touchline::ui::draw(&mut terminal.get_frame(), app);
        terminal.current_buffer_mut().reset();
    });
}

/// The cursor moves one moment before every frame, going round at the end.
fn stepping(bencher: Bencher, mut app: App) {
    let mut terminal = terminal();
    bencher.bench_local(|| {
        let before = app.cursor;
        app.update(Action::Next);
        if app.cursor == before {
            app.update(Action::First);
        }
        terminal
            .draw(|f| touchline::ui::draw(f, &app))
            .expect("draw");
    });
}

fn synthetic_at_63() -> App {
    let m = synthetic();
    assert!(m.events.len() > 3900, "{} events", m.events.len());
    app_at(m, &[Action::JumpTo(Clock::exact(2, 63, 0))])
}

#[divan::bench]
fn synthetic_key_moments_draw(bencher: Bencher) {
    redraw(bencher, &synthetic_at_63());
}

#[divan::bench]
fn synthetic_key_moments_render(bencher: Bencher) {
    render(bencher, &synthetic_at_63());
}

fn synthetic_every_event_at_80() -> App {
    app_at(
        synthetic(),
        &[
            Action::JumpTo(Clock::exact(2, 80, 0)),
            Action::ToggleAllEvents,
        ],
    )
}

#[divan::bench]
fn synthetic_every_event_draw(bencher: Bencher) {
    redraw(bencher, &synthetic_every_event_at_80());
}

#[divan::bench]
fn synthetic_every_event_render(bencher: Bencher) {
    render(bencher, &synthetic_every_event_at_80());
}

#[divan::bench]
fn synthetic_every_event_stepping(bencher: Bencher) {
    let app = app_at(
        synthetic(),
        &[
            Action::JumpTo(Clock::exact(2, 60, 0)),
            Action::ToggleAllEvents,
        ],
    );
    stepping(bencher, app);
}

#[divan::bench]
fn seed_report_draw(bencher: Bencher) {
    redraw(bencher, &app_at(seed(), &[Action::Goal(3)]));
}

#[divan::bench]
fn seed_report_render(bencher: Bencher) {
    render(bencher, &app_at(seed(), &[Action::Goal(3)]));
}

/// Ratatui's floor: `Terminal::draw` of a frame that draws nothing.
#[divan::bench]
fn blank_frame(bencher: Bencher) {
    let mut terminal = terminal();
    bencher.bench_local(|| {
        terminal.draw(|_| {}).expect("draw");
    });
}

#[divan::bench]
fn seed_report_stepping(bencher: Bencher) {
    stepping(bencher, app_at(seed(), &[]));
}
