//! What this client just asked of each cluster. A pause, resume, update or
//! delete takes a moment to show: the first poll of a wait straight after it
//! may still see the old state. The waiter keeps polling through that moment
//! instead of calling the target unreachable.

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// How long after an action its old state still counts as "not yet moved".
pub const SETTLE: Duration = Duration::from_secs(120);

#[derive(Default)]
pub struct Recent {
    by_cluster: Mutex<HashMap<String, (&'static str, Instant)>>,
}

impl Recent {
    /// `cluster_id` was just asked to end up in `target`.
    pub fn record(&self, cluster_id: &str, target: &'static str) {
        let mut m = self.by_cluster.lock().unwrap_or_else(|p| p.into_inner());
        let now = Instant::now();
        m.retain(|_, (_, at)| now.duration_since(*at) < SETTLE);
        m.insert(cluster_id.to_owned(), (target, now));
    }

    /// Whether `cluster_id` was asked to end up in `target` within [`SETTLE`].
    pub fn expects(&self, cluster_id: &str, target: &str) -> bool {
        let m = self.by_cluster.lock().unwrap_or_else(|p| p.into_inner());
        m.get(cluster_id)
            .is_some_and(|(t, at)| *t == target && at.elapsed() < SETTLE)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn remembers_the_last_action_per_cluster() {
        let r = Recent::default();
        assert!(!r.expects("1", "PAUSED"));
        r.record("1", "PAUSED");
        assert!(r.expects("1", "PAUSED"));
        assert!(!r.expects("1", "ACTIVE"));
        assert!(!r.expects("2", "PAUSED"));
        r.record("1", "ACTIVE");
        assert!(!r.expects("1", "PAUSED"));
        assert!(r.expects("1", "ACTIVE"));
    }
}
