//! What the pitch view draws, as canvas shapes: the markings to scale, and rings and discs
//! for shots. Circles come from one table of angles computed once, and discs are filled by
//! rows of dots, because sine and cosine for every point of every circle on every frame cost
//! more than the rest of the frame together.

use ratatui::style::Color;
use ratatui::widgets::canvas::{Line, Painter, Points, Rectangle, Shape};
use std::f64::consts::TAU;
use std::sync::LazyLock;

/// A pitch in metres, as the laws suggest for international matches.
pub const LENGTH: f64 = 105.0;
pub const WIDTH: f64 = 68.0;
const CIRCLE_RADIUS: f64 = 9.15;
const PENALTY_DEPTH: f64 = 16.5;
const PENALTY_WIDTH: f64 = 40.32;
const SIX_DEPTH: f64 = 5.5;
const SIX_WIDTH: f64 = 18.32;
const SPOT: f64 = 11.0;
const GOAL_WIDTH: f64 = 7.32;
const GOAL_DEPTH: f64 = 2.0;

/// Points round a unit circle, enough for the largest circle drawn to look whole.
const STEPS: usize = 256;
static UNIT: LazyLock<Vec<(f64, f64)>> = LazyLock::new(|| {
    (0..STEPS)
        .map(|k| {
            let a = TAU * k as f64 / STEPS as f64;
            (a.cos(), a.sin())
        })
        .collect()
});

/// The centre circle, the arcs of both penalty areas and the three spots, in metres.
static CURVES: LazyLock<Vec<(f64, f64)>> = LazyLock::new(|| {
    let mid = WIDTH / 2.0;
    let mut points: Vec<(f64, f64)> = UNIT
        .iter()
        .map(|(c, s)| (LENGTH / 2.0 + CIRCLE_RADIUS * c, mid + CIRCLE_RADIUS * s))
        .collect();
    for (goal_line, inward) in [(0.0, 1.0), (LENGTH, -1.0)] {
        let spot = goal_line + inward * SPOT;
        let edge = goal_line + inward * PENALTY_DEPTH;
        // The arc is the part of the circle round the spot that lies outside the box.
        points.extend(
            UNIT.iter()
                .map(|(c, s)| (spot + CIRCLE_RADIUS * c, mid + CIRCLE_RADIUS * s))
                .filter(|&(x, _)| (x - edge) * inward > 0.0),
        );
        points.push((spot, mid));
    }
    points.push((LENGTH / 2.0, mid));
    points
});

/// Every marking of the pitch in one colour.
#[derive(Debug, Clone, Copy)]
pub struct Markings {
    pub color: Color,
}

impl Shape for Markings {
    fn draw(&self, painter: &mut Painter) {
        let color = self.color;
        let mid = WIDTH / 2.0;
        let rect = |x, y, width, height| Rectangle {
            x,
            y,
            width,
            height,
            color,
        };
        rect(0.0, 0.0, LENGTH, WIDTH).draw(painter);
        Line::new(LENGTH / 2.0, 0.0, LENGTH / 2.0, WIDTH, color).draw(painter);
        for left in [true, false] {
            let at = |depth: f64| if left { 0.0 } else { LENGTH - depth };
            rect(
                at(PENALTY_DEPTH),
                mid - PENALTY_WIDTH / 2.0,
                PENALTY_DEPTH,
                PENALTY_WIDTH,
            )
            .draw(painter);
            rect(at(SIX_DEPTH), mid - SIX_WIDTH / 2.0, SIX_DEPTH, SIX_WIDTH).draw(painter);
            let goal = if left { -GOAL_DEPTH } else { LENGTH };
            rect(goal, mid - GOAL_WIDTH / 2.0, GOAL_DEPTH, GOAL_WIDTH).draw(painter);
        }
        Points {
            coords: &CURVES,
            color,
        }
        .draw(painter);
    }
}

/// A circle of `radius` metres round (`x`, `y`), filled or not. `dot` is the size of one
/// Braille dot in metres, so a ring has just enough points and a disc just enough rows.
#[derive(Debug, Clone, Copy)]
pub struct Disc {
    pub x: f64,
    pub y: f64,
    pub radius: f64,
    pub filled: bool,
    pub dot: f64,
    pub color: Color,
}

impl Shape for Disc {
    fn draw(&self, painter: &mut Painter) {
        let mut paint = |x: f64, y: f64| {
            if let Some((px, py)) = painter.get_point(x, y) {
                painter.paint(px, py, self.color);
            }
        };
        let dot = self.dot.max(0.01);
        // Twice the dots round the circumference, so no gap shows between points.
        let wanted = (2.0 * TAU * self.radius / dot).ceil().max(8.0);
        let stride = (STEPS as f64 / wanted).floor().max(1.0) as usize;
        for (c, s) in UNIT.iter().step_by(stride) {
            paint(self.x + self.radius * c, self.y + self.radius * s);
        }
        if !self.filled {
            return;
        }
        let mut dy = -self.radius;
        while dy <= self.radius {
            let half = (self.radius * self.radius - dy * dy).max(0.0).sqrt();
            let mut dx = -half;
            while dx <= half {
                paint(self.x + dx, self.y + dy);
                dx += dot;
            }
            dy += dot;
        }
    }
}
