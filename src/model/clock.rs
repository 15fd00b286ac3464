//! The match clock as broadcasters show it: period, minute and added (stoppage) minutes.
//!
//! Events are ordered by `(period, minute, added)` and then by their position in the match,
//! never by a single minute number: 45+2 belongs to the first half and comes before 46.

use serde::{Deserialize, Serialize};
use std::cmp::Ordering;
use std::fmt;

/// Period numbers as stored in match files: 1 and 2 are the halves, 3 and 4 extra time,
/// 5 a penalty shoot-out.
pub const FIRST_HALF: u8 = 1;
pub const SECOND_HALF: u8 = 2;
pub const EXTRA_FIRST: u8 = 3;
pub const EXTRA_SECOND: u8 = 4;
pub const SHOOTOUT: u8 = 5;

/// A point on the match clock.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Clock {
    /// 1, 2 (halves), 3, 4 (extra time), 5 (shoot-out).
    pub period: u8,
    /// The broadcaster's minute: 33 for "33'", 90 for "90+2'".
    pub minute: u16,
    /// Stoppage minutes past the end of the period: 2 for "90+2'".
    pub added: u16,
    /// True when the minute is inferred rather than stated by the source.
    pub approximate: bool,
}

impl Clock {
    /// An exact clock reading.
    pub fn exact(period: u8, minute: u16, added: u16) -> Self {
        Clock {
            period,
            minute,
            added,
            approximate: false,
        }
    }

    /// An inferred clock reading, shown with `~`.
    pub fn approx(period: u8, minute: u16, added: u16) -> Self {
        Clock {
            approximate: true,
            ..Clock::exact(period, minute, added)
        }
    }

    /// The regulation minute at which `period` ends (45, 90, 105, 120); stoppage counts past it.
    pub fn period_end_minute(period: u8) -> u16 {
        match period {
            FIRST_HALF => 45,
            SECOND_HALF => 90,
            EXTRA_FIRST => 105,
            _ => 120,
        }
    }

    /// The first minute of `period` as a broadcaster counts it (1, 46, 91, 106).
    pub fn period_start_minute(period: u8) -> u16 {
        match period {
            FIRST_HALF => 1,
            SECOND_HALF => 46,
            EXTRA_FIRST => 91,
            _ => 106,
        }
    }

    /// The clock for a broadcaster minute with no period given: 67 is the second half,
    /// 45+2 the first half, 105+1 the first period of extra time.
    pub fn from_minute(minute: u16, added: u16) -> Self {
        let period = match minute {
            0..=45 => FIRST_HALF,
            46..=90 => SECOND_HALF,
            91..=105 => EXTRA_FIRST,
            _ => EXTRA_SECOND,
        };
        Clock::exact(period, minute, added)
    }

    /// The ordering key: period first, so stoppage time sorts inside its half.
    pub fn key(&self) -> (u8, u16, u16) {
        (self.period, self.minute, self.added)
    }

    /// Compares two clocks by match order, ignoring whether they are approximate.
    pub fn cmp_time(&self, other: &Clock) -> Ordering {
        self.key().cmp(&other.key())
    }

    /// Minutes elapsed since kick-off, stoppage included, for laying events out on a bar.
    pub fn elapsed(&self) -> f64 {
        f64::from(self.minute) + f64::from(self.added)
    }

    /// The columns its label (`90+3'`) takes, without writing it: a timeline measures every
    /// event's clock once.
    pub fn label_width(&self) -> usize {
        if self.period == SHOOTOUT {
            return "pens".len();
        }
        let digits = |n: u16| n.checked_ilog10().map_or(1, |d| d as usize + 1);
        let added = if self.added > 0 {
            1 + digits(self.added)
        } else {
            0
        };
        usize::from(self.approximate) + digits(self.minute) + added + 1
    }
}

impl fmt::Display for Clock {
    /// `33'`, `45+2'`, `~67'`; a shoot-out shows as `pens`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.period == SHOOTOUT {
            return f.write_str("pens");
        }
        if self.approximate {
            f.write_str("~")?;
        }
        if self.added > 0 {
            write!(f, "{}+{}'", self.minute, self.added)
        } else {
            write!(f, "{}'", self.minute)
        }
    }
}

/// Why a minute typed by the user could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BadMinute(pub String);

impl fmt::Display for BadMinute {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "not a minute: {:?} (try 67 or 90+2)", self.0)
    }
}

impl std::error::Error for BadMinute {}

impl std::str::FromStr for Clock {
    type Err = BadMinute;

    /// Reads what a person types to jump: `67`, `90+2`, `45+1'`.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let bad = || BadMinute(s.to_string());
        let t = s.trim().trim_end_matches('\'');
        let (m, a) = match t.split_once('+') {
            Some((m, a)) => (m.trim(), Some(a.trim())),
            None => (t, None),
        };
        let minute: u16 = m.parse().map_err(|_| bad())?;
        let added: u16 = match a {
            Some(a) => a.parse().map_err(|_| bad())?,
            None => 0,
        };
        if minute > 130 || added > 30 {
            return Err(bad());
        }
        if added > 0 && ![45, 90, 105, 120].contains(&minute) {
            return Err(bad());
        }
        Ok(Clock::from_minute(minute, added))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn label_width_is_the_width_of_the_label() {
        for period in 1..=5 {
            for minute in [0, 1, 9, 10, 45, 99, 100, 120, 1000] {
                for added in [0, 1, 9, 10, 12, 100] {
                    for c in [
                        Clock::exact(period, minute, added),
                        Clock::approx(period, minute, added),
                    ] {
                        assert_eq!(c.label_width(), c.to_string().chars().count(), "{c}");
                    }
                }
            }
        }
    }

    #[test]
    fn displays_like_a_broadcaster() {
        assert_eq!(Clock::exact(1, 33, 0).to_string(), "33'");
        assert_eq!(Clock::exact(1, 45, 2).to_string(), "45+2'");
        assert_eq!(Clock::exact(2, 90, 4).to_string(), "90+4'");
        assert_eq!(Clock::exact(3, 105, 1).to_string(), "105+1'");
        assert_eq!(Clock::approx(2, 67, 0).to_string(), "~67'");
        assert_eq!(Clock::exact(5, 120, 0).to_string(), "pens");
    }

    #[test]
    fn stoppage_time_sorts_inside_its_half() {
        let first_half_stoppage = Clock::exact(1, 45, 2);
        let second_half_start = Clock::exact(2, 46, 0);
        assert!(first_half_stoppage.cmp_time(&second_half_start).is_lt());
        assert!(
            Clock::exact(2, 90, 1)
                .cmp_time(&Clock::exact(3, 91, 0))
                .is_lt()
        );
        assert!(
            Clock::exact(2, 90, 0)
                .cmp_time(&Clock::exact(2, 90, 3))
                .is_lt()
        );
    }

    #[test]
    fn parses_typed_minutes() {
        assert_eq!("67".parse::<Clock>(), Ok(Clock::exact(2, 67, 0)));
        assert_eq!("90+2".parse::<Clock>(), Ok(Clock::exact(2, 90, 2)));
        assert_eq!("45+1'".parse::<Clock>(), Ok(Clock::exact(1, 45, 1)));
        assert_eq!("105+1".parse::<Clock>(), Ok(Clock::exact(3, 105, 1)));
        assert!("abc".parse::<Clock>().is_err());
        assert!("67+2".parse::<Clock>().is_err());
        assert!("".parse::<Clock>().is_err());
        assert!("999".parse::<Clock>().is_err());
    }
}
