//! Putting clocks on everything: relative times ("three minutes later") read against the moment
//! before them in the text, stated minutes kept, and unstated ones guessed between their
//! neighbours so approximate minutes keep the text's order and stay in the right period.

use super::clock_expr::When;
use super::doc::Sent;
use crate::model::Clock;

/// Adds `minutes` to a clock, staying in its period (past the end is stoppage time).
pub fn add_minutes(c: Clock, minutes: u16, exact: bool) -> Clock {
    let end = Clock::period_end_minute(c.period);
    let total = c.minute + c.added + minutes;
    let (minute, added) = if total > end && c.minute <= end {
        (end, total - end)
    } else {
        (total, 0)
    };
    Clock {
        period: c.period,
        minute,
        added,
        approximate: c.approximate || !exact,
    }
}

/// Replaces every "N minutes later" with a clock, reading the text in order and counting from
/// the last moment it timed.
pub fn resolve_relative(sents: &mut [Sent]) {
    let mut last: Option<Clock> = None;
    let mut last_block = usize::MAX;
    for s in sents.iter_mut() {
        if s.block != last_block
            && matches!(
                s.kind,
                super::clean::BlockKind::Headline | super::clean::BlockKind::Heading
            )
        {
            last = None;
        }
        last_block = s.block;
        for t in &mut s.times {
            match t.when {
                When::At(c) => last = Some(c),
                When::After { minutes, exact } => {
                    if let Some(prev) = last {
                        let guess = if exact {
                            minutes
                        } else {
                            minutes.saturating_sub(1).max(1)
                        };
                        let c = add_minutes(prev, guess, exact);
                        t.when = When::At(c);
                        last = Some(c);
                    }
                }
            }
        }
    }
}

/// A point on a single line through the match, for interpolating between two clocks.
fn line(c: &Clock) -> f32 {
    f32::from(c.minute) + f32::from(c.added) * 0.1 + f32::from(c.period.saturating_sub(1)) * 0.01
}

/// A clock at line position `x`, approximate, in the period that minute belongs to.
fn at_line(x: f32, lo: &Clock, hi: &Clock) -> Clock {
    let minute = x.round().clamp(1.0, 120.0) as u16;
    let mut c = Clock::from_minute(minute, 0);
    if c.period < lo.period {
        c = Clock::exact(lo.period, Clock::period_end_minute(lo.period), 1);
    }
    if c.period > hi.period {
        c = Clock::exact(hi.period, Clock::period_end_minute(hi.period), 0);
    }
    Clock {
        approximate: true,
        ..c
    }
}

/// Fills the gaps in a sequence of optional clocks (in match order): known ones stay, unknown
/// ones go evenly between their neighbours; approximate ones are pulled into order.
/// `floor` gives, per item, the latest clock the text stated before it.
pub fn fill(clocks: &mut [Option<Clock>], floor: &[Option<Clock>], end: Clock) {
    let n = clocks.len();
    let start = Clock::exact(1, 1, 0);
    for k in 0..n {
        if clocks[k].is_some() {
            continue;
        }
        let prev = (0..k).rev().find_map(|j| clocks[j]).unwrap_or(start);
        let (next_k, next) = (k + 1..n)
            .find_map(|j| clocks[j].map(|c| (j, c)))
            .unwrap_or((n, end));
        let lo = floor
            .get(k)
            .copied()
            .flatten()
            .filter(|f| f.cmp_time(&prev).is_gt() && f.cmp_time(&next).is_lt())
            .unwrap_or(prev);
        let gaps = (next_k - k + 1) as f32;
        let x = line(&lo) + (line(&next) - line(&lo)) / gaps;
        clocks[k] = Some(at_line(x, &lo, &next));
    }
    for k in 1..n {
        // An approximate clock never sorts before (or ties with) the moment it follows.
        if let (Some(p), Some(c)) = (clocks[k - 1], clocks[k])
            && c.approximate
            && c.cmp_time(&p).is_le()
        {
            clocks[k] = Some(add_minutes(p, 1, false));
        }
    }
    for k in (0..n.saturating_sub(1)).rev() {
        if let (Some(c), Some(nx)) = (clocks[k], clocks[k + 1])
            && c.approximate
            && c.cmp_time(&nx).is_gt()
        {
            clocks[k] = Some(Clock {
                approximate: true,
                ..nx
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn later_stays_in_its_period() {
        assert_eq!(
            add_minutes(Clock::exact(2, 64, 0), 7, true),
            Clock::exact(2, 71, 0)
        );
        assert_eq!(
            add_minutes(Clock::exact(1, 44, 0), 3, true),
            Clock::exact(1, 45, 2)
        );
        assert!(add_minutes(Clock::exact(2, 50, 0), 5, false).approximate);
    }

    #[test]
    fn gaps_are_filled_in_order_and_inside_periods() {
        let mut c = vec![
            Some(Clock::exact(1, 10, 0)),
            None,
            Some(Clock::approx(2, 51, 0)),
            None,
        ];
        fill(&mut c, &[None, None, None, None], Clock::exact(2, 90, 0));
        let c: Vec<Clock> = c.into_iter().flatten().collect();
        assert_eq!(c.len(), 4);
        assert_eq!(c[1].period, 1);
        assert!(c[1].approximate && c[1].minute > 10 && c[1].minute <= 45);
        assert!(c[3].period == 2 && c[3].minute > 51);
    }
}
