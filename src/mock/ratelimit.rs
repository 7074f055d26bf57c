//! The mock's per-key rate limit: a fixed window per API key, like the service's
//! 100 requests per minute.

use std::collections::HashMap;
use std::time::{Duration, Instant};

pub struct KeyLimiter {
    limit: u32,
    window: Duration,
    windows: HashMap<String, (Instant, u32)>,
}

pub enum Verdict {
    /// Let in; `remaining` requests left, window resets in `reset`.
    Allowed { remaining: u32, reset: Duration },
    /// Over the limit until `reset` has passed.
    Limited { reset: Duration },
}

impl KeyLimiter {
    pub fn new(limit: u32, window: Duration) -> Self {
        KeyLimiter {
            limit,
            window,
            windows: HashMap::new(),
        }
    }

    /// Forget every key's window: each starts afresh.
    pub fn forget(&mut self) {
        self.windows.clear();
    }

    pub fn limit(&self) -> u32 {
        self.limit
    }

    pub fn check(&mut self, key: &str, now: Instant) -> Verdict {
        let window = self.window;
        let entry = self.windows.entry(key.to_owned()).or_insert((now, 0));
        if now.duration_since(entry.0) >= window {
            *entry = (now, 0);
        }
        let reset = window.saturating_sub(now.duration_since(entry.0));
        if entry.1 >= self.limit {
            return Verdict::Limited { reset };
        }
        entry.1 += 1;
        Verdict::Allowed {
            remaining: self.limit - entry.1,
            reset,
        }
    }
}
