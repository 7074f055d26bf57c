//! Client-side rate limiting, shared by every thread and task using one client:
//! the server's `X-Ratelimit-*` budget is honoured before sending, and an optional
//! requests-per-minute pace spaces requests out from the start.

use std::sync::Mutex;
use std::time::{Duration, Instant};

#[derive(Default)]
struct Budget {
    remaining: Option<u64>,
    reset_at: Option<Instant>,
    next_slot: Option<Instant>,
}

pub struct RateLimiter {
    interval: Option<Duration>,
    budget: Mutex<Budget>,
}

impl RateLimiter {
    pub fn new(per_minute: Option<f64>) -> Self {
        RateLimiter {
            interval: per_minute.map(|r| Duration::from_secs_f64(60.0 / r)),
            budget: Mutex::new(Budget::default()),
        }
    }

    /// How long to wait before sending one request; reserves its place when zero.
    pub fn reserve(&self, now: Instant) -> Duration {
        let mut b = self.budget.lock().unwrap_or_else(|p| p.into_inner());
        if let Some(reset) = b.reset_at {
            if now >= reset {
                b.remaining = None;
                b.reset_at = None;
            }
        }
        if let (Some(0), Some(reset)) = (b.remaining, b.reset_at) {
            return reset - now;
        }
        if let Some(interval) = self.interval {
            let slot = b.next_slot.map_or(now, |s| s.max(now));
            if slot > now {
                return slot - now;
            }
            b.next_slot = Some(slot + interval);
        }
        if let Some(r) = b.remaining.as_mut() {
            *r -= 1;
        }
        Duration::ZERO
    }

    /// Learn the budget from a response's `X-Ratelimit-Remaining-Minute` and
    /// `X-Ratelimit-Reset` (seconds until the window resets).
    pub fn observe(&self, now: Instant, remaining: Option<u64>, reset_secs: Option<f64>) {
        let (Some(remaining), Some(reset)) = (remaining, reset_secs) else {
            return;
        };
        let reset_at = now + Duration::from_secs_f64(reset.clamp(0.0, 3600.0));
        let mut b = self.budget.lock().unwrap_or_else(|p| p.into_inner());
        let same_window = b
            .reset_at
            .is_some_and(|old| old.max(reset_at) - old.min(reset_at) < Duration::from_secs(1));
        // Within one window, answers can arrive out of order: trust the smallest count.
        b.remaining = Some(match (same_window, b.remaining) {
            (true, Some(local)) => local.min(remaining),
            _ => remaining,
        });
        b.reset_at = Some(reset_at);
    }

    /// After a 429: nothing more goes out until `wait` has passed.
    pub fn block_for(&self, now: Instant, wait: Duration) {
        let mut b = self.budget.lock().unwrap_or_else(|p| p.into_inner());
        b.remaining = Some(0);
        b.reset_at = Some(now + wait);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spent_budget_waits_until_reset() {
        let rl = RateLimiter::new(None);
        let t0 = Instant::now();
        assert_eq!(rl.reserve(t0), Duration::ZERO);
        rl.observe(t0, Some(1), Some(10.0));
        assert_eq!(rl.reserve(t0), Duration::ZERO);
        let wait = rl.reserve(t0);
        assert!(
            wait > Duration::from_secs(9) && wait <= Duration::from_secs(10),
            "{wait:?}"
        );
        assert_eq!(rl.reserve(t0 + Duration::from_secs(11)), Duration::ZERO);
    }

    #[test]
    fn out_of_order_answers_keep_the_lower_count() {
        let rl = RateLimiter::new(None);
        let t0 = Instant::now();
        rl.observe(t0, Some(3), Some(30.0));
        rl.observe(t0, Some(7), Some(30.0));
        for _ in 0..3 {
            assert_eq!(rl.reserve(t0), Duration::ZERO);
        }
        assert!(rl.reserve(t0) > Duration::ZERO);
    }

    #[test]
    fn pace_spaces_requests() {
        let rl = RateLimiter::new(Some(120.0)); // one every 0.5 s
        let t0 = Instant::now();
        assert_eq!(rl.reserve(t0), Duration::ZERO);
        let w = rl.reserve(t0);
        assert_eq!(w, Duration::from_millis(500));
        assert_eq!(rl.reserve(t0 + w), Duration::ZERO);
    }

    #[test]
    fn block_after_429() {
        let rl = RateLimiter::new(None);
        let t0 = Instant::now();
        rl.block_for(t0, Duration::from_secs(2));
        assert_eq!(rl.reserve(t0), Duration::from_secs(2));
        assert_eq!(rl.reserve(t0 + Duration::from_secs(2)), Duration::ZERO);
    }
}
