//! touchline: a terminal match replay viewer for football.
//!
//! Data flows one way: `import` (file formats) -> `model` (Match) -> `timeline` (state at
//! every moment) -> `app` (cursor, modes, actions) -> `ui` (drawing, read-only).

pub mod import;
pub mod model;
pub mod sanitize;
pub mod timeline;
pub mod action;
pub mod app;
pub mod keymap;
pub mod ui;
