//! Client-side rate limiting, shared by every thread and task using one client:
//! the server's `X-Ratelimit-*` budget is honoured before sending, and an optional
//! requests-per-minute pace spaces requests out from the start. Every number
//! read from a header is checked: a value that is not a sane count of seconds
//! is ignored, never trusted to size a wait.

use std::sync::Mutex;
use std::time::{Duration, Instant};

#[derive(Default)]
struct Budget {
    remaining: Option<u64>,
    reset_at: Option<Instant>,
    next_slot: Option<Instant>,
    /// The service's limit a minute, as its last answer said.
    limit: Option<u64>,
    /// The budget is spent because the service answered 429.
    after_429: bool,
}

/// The longest window the client honours from `X-Ratelimit-Reset`: the service's
/// window is one minute, so anything longer is a broken header, not a plan.
pub const MAX_RESET: f64 = 60.0;

/// The cause of a wait the service asked for with a 429.
pub const TOO_MANY: &str = "the service answered 429 Too Many Requests for this key";

/// The longest pause `rate_limit=` may ask for between two requests.
const MAX_INTERVAL: Duration = Duration::from_secs(86_400);

pub struct RateLimiter {
    interval: Option<Duration>,
    budget: Mutex<Budget>,
}

impl RateLimiter {
    /// `per_minute` must be a positive rate of at least one request a day.
    pub fn new(per_minute: Option<f64>) -> Result<Self, String> {
        let interval = match per_minute {
            None => None,
            Some(r) => Some(pace_interval(r)?),
        };
        Ok(RateLimiter {
            interval,
            budget: Mutex::new(Budget::default()),
        })
    }

    /// How long to wait before sending one request; reserves its place when zero.
    pub fn reserve(&self, now: Instant) -> Duration {
        let mut b = self.budget.lock().unwrap_or_else(|p| p.into_inner());
        if let Some(reset) = b.reset_at {
            if now >= reset {
                b.remaining = None;
                b.reset_at = None;
                b.after_429 = false;
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
        let (Some(remaining), Some(reset)) = (remaining, reset_secs.and_then(reset_window)) else {
            return;
        };
        let reset_at = now + reset;
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
        b.after_429 = true;
    }

    /// Remember the service's limit a minute (`X-Ratelimit-Limit-Minute`),
    /// to say it when a wait is for it.
    pub fn observe_limit(&self, limit: Option<u64>) {
        if let Some(n) = limit.filter(|n| *n > 0) {
            self.budget.lock().unwrap_or_else(|p| p.into_inner()).limit = Some(n);
        }
    }

    /// Why a request waits now: the service's spent budget or its 429, or
    /// the client's own `rate_limit` pacing.
    pub fn cause(&self, now: Instant) -> String {
        let b = self.budget.lock().unwrap_or_else(|p| p.into_inner());
        let spent = b.remaining == Some(0) && b.reset_at.is_some_and(|r| r > now);
        if spent && b.after_429 {
            return TOO_MANY.to_owned();
        }
        if spent {
            return match b.limit {
                Some(n) => format!("{n} requests per minute for this key, all used"),
                None => "the service's requests per minute for this key, all used".to_owned(),
            };
        }
        match self.interval {
            Some(i) => {
                let rate = 60.0 / i.as_secs_f64();
                let shown = if (rate - rate.round()).abs() < 1e-6 {
                    format!("{}", rate.round() as u64)
                } else {
                    format!("{rate:.2}")
                };
                format!("rate_limit={shown} requests per minute (this client's own pacing)")
            }
            None => "the rate limit".to_owned(),
        }
    }
}

/// The pause between requests for a rate in requests per minute.
pub fn pace_interval(per_minute: f64) -> Result<Duration, String> {
    if per_minute.is_finite() && per_minute > 0.0 {
        if let Ok(d) = Duration::try_from_secs_f64(60.0 / per_minute) {
            if d <= MAX_INTERVAL {
                return Ok(d);
            }
        }
    }
    Err(format!(
        "rate_limit must be a positive number of requests per minute, at least one a day \
         ({:.6}), got {per_minute}",
        60.0 / MAX_INTERVAL.as_secs_f64()
    ))
}

/// `X-Ratelimit-Reset` as a wait: finite, not negative, at most [`MAX_RESET`].
fn reset_window(secs: f64) -> Option<Duration> {
    (secs.is_finite() && (0.0..=MAX_RESET).contains(&secs))
        .then(|| Duration::try_from_secs_f64(secs).ok())
        .flatten()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn broken_reset_headers_are_ignored() {
        let rl = RateLimiter::new(None).unwrap();
        let t0 = Instant::now();
        for bad in [
            f64::NAN,
            f64::INFINITY,
            f64::NEG_INFINITY,
            1e20,
            -1.0,
            3600.0,
        ] {
            rl.observe(t0, Some(0), Some(bad));
            assert_eq!(rl.reserve(t0), Duration::ZERO, "{bad}");
        }
        rl.observe(t0, Some(0), Some(MAX_RESET));
        assert_eq!(rl.reserve(t0), Duration::from_secs(60));
    }

    #[test]
    fn pace_bounds() {
        for bad in [0.0, -1.0, 1e-18, f64::NAN, f64::INFINITY] {
            assert!(RateLimiter::new(Some(bad)).is_err(), "{bad}");
        }
        assert!(RateLimiter::new(Some(60.0 / 86_400.0)).is_ok());
        assert!(RateLimiter::new(Some(1e9)).is_ok());
    }

    #[test]
    fn spent_budget_waits_until_reset() {
        let rl = RateLimiter::new(None).unwrap();
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
        let rl = RateLimiter::new(None).unwrap();
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
        let rl = RateLimiter::new(Some(120.0)).unwrap(); // one every 0.5 s
        let t0 = Instant::now();
        assert_eq!(rl.reserve(t0), Duration::ZERO);
        let w = rl.reserve(t0);
        assert_eq!(w, Duration::from_millis(500));
        assert_eq!(rl.reserve(t0 + w), Duration::ZERO);
    }

    #[test]
    fn block_after_429() {
        let rl = RateLimiter::new(None).unwrap();
        let t0 = Instant::now();
        rl.block_for(t0, Duration::from_secs(2));
        assert_eq!(rl.reserve(t0), Duration::from_secs(2));
        assert_eq!(rl.reserve(t0 + Duration::from_secs(2)), Duration::ZERO);
    }
}
