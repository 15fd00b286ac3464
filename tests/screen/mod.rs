//! Drawing the viewer into a test terminal, for the screen snapshot tests.
#![allow(dead_code)]
// A test terminal or fixture that fails to load has nothing to show: failing loudly is right.
#![allow(clippy::expect_used)]

pub mod made_up;

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use touchline::action::Action;
use touchline::app::App;
use touchline::model::Match;
use touchline::timeline::Timeline;

pub fn app(m: Match, actions: &[Action]) -> App {
    let mut app = App::new(Timeline::new(m));
    for &a in actions {
        app.update(a);
    }
    app
}

pub fn screen(app: &App, width: u16, height: u16) -> TestBackend {
    let mut terminal = Terminal::new(TestBackend::new(width, height)).expect("test terminal");
    terminal
        .draw(|frame| touchline::ui::draw(frame, app))
        .expect("draw");
    terminal.backend().clone()
}

/// The bundled report as a saved match file, so these screens test drawing and do not move
/// each time the report importer improves (its own tests cover it). Regenerate with
/// `cargo run --release -- convert assets/dortmund-atalanta-2018.txt -o tests/fixtures/dortmund-atalanta-2018.json --force`.
pub fn seed() -> Match {
    touchline::import::matchfile::from_str(include_str!("../fixtures/dortmund-atalanta-2018.json"))
        .expect("the seed fixture loads")
}
