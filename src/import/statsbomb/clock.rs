//! StatsBomb's elapsed-time minute turned into the minute a broadcaster shows.
//!
//! StatsBomb counts elapsed minutes from the start of the match (minute 32 is the 33rd
//! minute) and lets stoppage time run on (minute 47 of the first half is 45+3). The mapping is
//! exact: the source gives the second, so nothing here is approximate.

use crate::model::Clock;
use crate::model::clock::{EXTRA_FIRST, EXTRA_SECOND, FIRST_HALF, SECOND_HALF, SHOOTOUT};

/// The broadcaster's clock for an event of `period` at elapsed `minute`.
pub fn broadcast(period: u8, minute: u16) -> Clock {
    let cap = match period {
        FIRST_HALF => 45,
        SECOND_HALF => 90,
        EXTRA_FIRST => 105,
        EXTRA_SECOND => 120,
        // Kicks of a shoot-out have no minute of their own; they show as "pens".
        _ => return Clock::exact(SHOOTOUT, 120, 0),
    };
    if minute < cap {
        Clock::exact(period, minute + 1, 0)
    } else {
        Clock::exact(period, cap, minute - cap + 1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shown(period: u8, minute: u16) -> String {
        broadcast(period, minute).to_string()
    }

    #[test]
    fn elapsed_minutes_become_broadcast_minutes() {
        assert_eq!(shown(1, 0), "1'");
        assert_eq!(shown(1, 32), "33'");
        assert_eq!(shown(1, 44), "45'");
        assert_eq!(shown(1, 45), "45+1'");
        assert_eq!(shown(1, 46), "45+2'");
        assert_eq!(shown(2, 45), "46'");
        assert_eq!(shown(2, 89), "90'");
        assert_eq!(shown(2, 93), "90+4'");
        assert_eq!(shown(3, 90), "91'");
        assert_eq!(shown(3, 105), "105+1'");
        assert_eq!(shown(4, 119), "120'");
        assert_eq!(shown(4, 121), "120+2'");
        assert_eq!(shown(5, 125), "pens");
        assert!(!broadcast(2, 93).approximate);
    }

    #[test]
    fn stoppage_time_sorts_before_the_next_period() {
        assert!(broadcast(1, 47).cmp_time(&broadcast(2, 45)).is_lt());
        assert!(broadcast(2, 95).cmp_time(&broadcast(3, 90)).is_lt());
    }
}
