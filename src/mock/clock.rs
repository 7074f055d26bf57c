//! The mock's clock, which every state transition is measured against: real
//! time, or a manual time that stands still until a test moves it on. Either
//! way a test may move it forward; it never goes back.

use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

/// The longest single move of the clock: a year.
pub const MAX_ADVANCE_SECONDS: f64 = 366.0 * 86_400.0;

pub struct Clock {
    /// When the server started; a manual clock reads this plus the moves.
    start: Instant,
    manual: bool,
    /// Nanoseconds the test has moved the clock forward, in all.
    moved: AtomicU64,
}

impl Clock {
    pub fn new(manual: bool) -> Clock {
        Clock {
            start: Instant::now(),
            manual,
            moved: AtomicU64::new(0),
        }
    }

    /// Whether time stands still between moves.
    pub fn is_manual(&self) -> bool {
        self.manual
    }

    /// The mock's time now.
    pub fn now(&self) -> Instant {
        let moved = Duration::from_nanos(self.moved.load(Ordering::Acquire));
        let base = if self.manual {
            self.start
        } else {
            Instant::now()
        };
        base.checked_add(moved).unwrap_or(base)
    }

    /// Move the clock forward by `by`; returns the new time.
    pub fn advance(&self, by: Duration) -> Instant {
        let nanos = u64::try_from(by.as_nanos()).unwrap_or(u64::MAX);
        self.moved
            .fetch_update(Ordering::AcqRel, Ordering::Acquire, |m| {
                Some(m.saturating_add(nanos))
            })
            .ok();
        self.now()
    }
}

/// `seconds` as a move of the clock: finite, not negative, at most a year.
pub fn advance_by(seconds: f64) -> Result<Duration, String> {
    if seconds.is_finite() && (0.0..=MAX_ADVANCE_SECONDS).contains(&seconds) {
        Ok(Duration::from_secs_f64(seconds))
    } else {
        Err(format!(
            "seconds must be a number from 0 to {MAX_ADVANCE_SECONDS}, got {seconds}"
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_manual_clock_moves_only_when_told() {
        let c = Clock::new(true);
        let t0 = c.now();
        std::thread::sleep(Duration::from_millis(5));
        assert_eq!(c.now(), t0);
        assert_eq!(
            c.advance(Duration::from_millis(500)),
            t0 + Duration::from_millis(500)
        );
    }

    #[test]
    fn a_real_clock_runs_and_can_be_moved_on() {
        let c = Clock::new(false);
        let t0 = c.now();
        let t1 = c.advance(Duration::from_secs(60));
        assert!(t1 >= t0 + Duration::from_secs(60));
    }

    #[test]
    fn bad_moves_are_refused() {
        assert!(advance_by(-1.0).is_err());
        assert!(advance_by(f64::NAN).is_err());
        assert!(advance_by(1e12).is_err());
        assert_eq!(advance_by(0.5), Ok(Duration::from_millis(500)));
    }
}
