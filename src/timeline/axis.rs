//! The match's time axis: periods laid end to end, for the timeline bar and seeking.

use crate::model::{Clock, Match, clock};

/// Lays the periods end to end, each as long as its regulation time plus the longest stoppage
/// seen in it, so 45+3 sits before the second half rather than on top of its 48th minute.
#[derive(Debug, Clone)]
pub struct Axis {
    /// `ends[p]` is where period `p` (1..=5) ends on the axis, in minutes; `ends[0]` is 0.
    ends: [f64; 6],
}

impl Axis {
    pub fn new(m: &Match) -> Self {
        let mut stoppage = [0u16; 6];
        let mut last_period = clock::SECOND_HALF;
        for e in &m.events {
            let p = e.clock.period.clamp(1, 5);
            stoppage[usize::from(p)] = stoppage[usize::from(p)].max(e.clock.added);
            last_period = last_period.max(p);
        }
        let mut ends = [0.0; 6];
        for p in 1..=5u8 {
            let regulation = match p {
                _ if p > last_period => 0.0,
                clock::FIRST_HALF | clock::SECOND_HALF => 45.0,
                clock::EXTRA_FIRST | clock::EXTRA_SECOND => 15.0,
                _ => 5.0,
            };
            let i = usize::from(p);
            ends[i] = ends[i - 1] + regulation + f64::from(stoppage[i]);
        }
        Axis { ends }
    }

    fn total(&self) -> f64 {
        self.ends[5].max(1.0)
    }

    pub fn fraction(&self, c: &Clock) -> f64 {
        let p = usize::from(c.period.clamp(1, 5));
        let into = if c.period == clock::SHOOTOUT {
            2.5
        } else {
            let before = Clock::period_start_minute(c.period).saturating_sub(1);
            f64::from(c.minute.saturating_sub(before)) + f64::from(c.added)
        };
        ((self.ends[p - 1] + into) / self.total()).clamp(0.0, 1.0)
    }

    /// Where periods 2.. start, as fractions: the half-time mark, then extra time, shoot-out.
    pub fn period_marks(&self) -> Vec<f64> {
        self.ends[1..5]
            .iter()
            .filter(|&&end| end > 0.0 && end < self.ends[5])
            .map(|end| end / self.total())
            .collect()
    }
}
