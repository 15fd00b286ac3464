//! touchline: a terminal match replay viewer for football.
//!
//! Data flows one way: `import` (file formats) -> `model` (Match) -> `timeline` (state at
//! every moment) -> `app` (cursor, modes, actions) -> `ui` (drawing, read-only).

pub mod action;
pub mod app;
pub mod cli;
pub mod import;
pub mod keymap;
pub mod model;
pub mod sanitize;
pub mod summary;
pub mod terminal;
pub mod timeline;
pub mod tui;
pub mod ui;
