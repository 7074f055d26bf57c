//! Waiters: poll a resource until it reaches a state, fail fast when it cannot,
//! ride out transient errors, back off between polls.

use super::{clusters, imports, Api, Pending};
use crate::error::{Error, Result};
use serde_json::{json, Value};
use std::time::{Duration, Instant};

#[derive(Debug, Clone, Copy)]
pub struct WaitOptions {
    pub timeout: Duration,
    /// Fixed interval between polls; `None` starts at 0.5 s and backs off to 15 s.
    pub poll_interval: Option<Duration>,
}

/// Where a cluster in `state` goes without anyone acting on it.
fn cluster_next(state: &str) -> Option<&'static str> {
    match state {
        "CREATING" | "RESUMING" | "MODIFYING" | "UPGRADING" | "IMPORTING" | "RESTORING"
        | "MAINTENANCE" => Some("ACTIVE"),
        "PAUSING" => Some("PAUSED"),
        "DELETING" => Some("DELETED"),
        _ => None,
    }
}

/// The service's cluster states.
const CLUSTER_STATES: &[&str] = &[
    "CREATING",
    "DELETING",
    "ACTIVE",
    "RESTORING",
    "MAINTENANCE",
    "DELETED",
    "INACTIVE",
    "UPGRADING",
    "IMPORTING",
    "MODIFYING",
    "PAUSING",
    "PAUSED",
    "RESUMING",
];

/// Can `target` still be reached from `state` without outside action? Unknown
/// states (a newer service) get the benefit of the doubt.
fn cluster_can_reach(state: &str, target: &str) -> bool {
    if !CLUSTER_STATES.contains(&state) {
        return true;
    }
    let mut s = state;
    for _ in 0..4 {
        if s == target {
            return true;
        }
        match cluster_next(s) {
            Some(n) => s = n,
            None => return false,
        }
    }
    false
}

pub fn check_cluster_target(target: &str) -> Result<()> {
    if CLUSTER_STATES.contains(&target) {
        Ok(())
    } else {
        Err(Error::invalid(format!(
            "state must be one of {}, got {target:?}",
            CLUSTER_STATES.join(", ")
        )))
    }
}

/// Errors worth polling through: the service is busy or briefly unreachable.
fn transient(e: &Error) -> bool {
    match e {
        Error::Connection(_) | Error::Timeout(_) | Error::Decode { .. } => true,
        Error::Status(a) => a.status == 429 || a.status == 408 || a.status >= 500,
        _ => false,
    }
}

struct Poller {
    started: Instant,
    opts: WaitOptions,
    next: Duration,
}

impl Poller {
    fn new(opts: WaitOptions) -> Self {
        Poller {
            started: Instant::now(),
            next: opts.poll_interval.unwrap_or(Duration::from_millis(500)),
            opts,
        }
    }

    /// The error of a wait that ran out of time, naming the target and the last state.
    fn timed_out(&self, what: &str, target: &str, last: Option<Value>) -> Error {
        let state = last.as_ref().and_then(state_of);
        Error::Waiter {
            message: format!(
                "timed out after {:.1} s waiting for {what} to be {target}; last state {}",
                self.started.elapsed().as_secs_f64(),
                state.as_deref().unwrap_or("unknown")
            ),
            last_state: state,
            last_response: last,
        }
    }

    /// One poll, cut off at the deadline (retries inside it included); `None`
    /// when time ran out.
    async fn within<T>(&self, poll: impl std::future::Future<Output = T>) -> Option<T> {
        let left = self.opts.timeout.saturating_sub(self.started.elapsed());
        tokio::time::timeout(left, poll).await.ok()
    }

    /// Sleep before the next poll; `false` when the deadline has passed.
    async fn pause(&mut self) -> bool {
        let left = self.opts.timeout.saturating_sub(self.started.elapsed());
        if left.is_zero() {
            return false;
        }
        tokio::time::sleep(self.next.min(left)).await;
        if self.opts.poll_interval.is_none() {
            self.next = (self.next.mul_f64(1.5)).min(Duration::from_secs(15));
        }
        true
    }
}

fn state_of(v: &Value) -> Option<String> {
    v.get("state").and_then(Value::as_str).map(str::to_owned)
}

/// Wait until the cluster is in `target` (`"DELETED"`: until it is gone).
/// `on_poll` sees every polled cluster; an error from it stops the wait.
pub fn wait_cluster(
    api: &Api,
    cluster_id: &str,
    target: &str,
    opts: WaitOptions,
    on_poll: impl FnMut(&Value) -> Result<()> + Send + 'static,
) -> Result<Pending> {
    check_cluster_target(target)?;
    drop(clusters::get(api, cluster_id)?); // checks the id; sends nothing
    let (api, cluster_id, target) = (api.clone(), cluster_id.to_owned(), target.to_owned());
    Ok(Box::pin(async move {
        cluster_loop(&api, &cluster_id, &target, opts, on_poll).await
    }))
}

async fn cluster_loop(
    api: &Api,
    cluster_id: &str,
    target: &str,
    opts: WaitOptions,
    mut on_poll: impl FnMut(&Value) -> Result<()> + Send,
) -> Result<Value> {
    let mut poller = Poller::new(opts);
    let mut last: Option<Value> = None;
    let what = format!("cluster {cluster_id}");
    loop {
        let Some(polled) = poller.within(clusters::get(api, cluster_id)?).await else {
            return Err(poller.timed_out(&what, target, last));
        };
        match polled {
            Ok(cluster) => {
                on_poll(&cluster)?;
                let state = state_of(&cluster).unwrap_or_default();
                if state == target {
                    return Ok(cluster);
                }
                // Straight after this client asked for `target`, the old state
                // may still show: keep polling through it.
                let settling = api.recent().expects(cluster_id, target);
                if !settling && !cluster_can_reach(&state, target) {
                    return Err(Error::Waiter {
                        message: format!(
                            "cluster {cluster_id} is {state} and cannot become {target} without \
                             another action"
                        ),
                        last_state: Some(state),
                        last_response: Some(cluster),
                    });
                }
                last = Some(cluster);
            }
            Err(Error::Status(e)) if e.status == 404 => {
                let gone = json!({ "clusterId": cluster_id, "state": "DELETED" });
                on_poll(&gone)?;
                if target == "DELETED" {
                    return Ok(gone);
                }
                return Err(Error::Waiter {
                    message: format!(
                        "cluster {cluster_id} no longer exists; it cannot become {target}"
                    ),
                    last_state: Some("DELETED".into()),
                    last_response: last,
                });
            }
            Err(e) if transient(&e) => {}
            Err(e) => return Err(e),
        }
        if !poller.pause().await {
            return Err(poller.timed_out(&what, target, last));
        }
    }
}

/// Wait until the import is COMPLETED; FAILED and CANCELED end the wait with an
/// error carrying the import's `message`. Other states (PREPARING, IMPORTING,
/// CANCELING, ...) keep it going.
pub fn wait_import(
    api: &Api,
    cluster_id: &str,
    import_id: &str,
    opts: WaitOptions,
    on_poll: impl FnMut(&Value) -> Result<()> + Send + 'static,
) -> Result<Pending> {
    drop(imports::get(api, cluster_id, import_id)?); // checks the ids; sends nothing
    let (api, cluster_id, import_id) = (api.clone(), cluster_id.to_owned(), import_id.to_owned());
    Ok(Box::pin(async move {
        import_loop(&api, &cluster_id, &import_id, opts, on_poll).await
    }))
}

async fn import_loop(
    api: &Api,
    cluster_id: &str,
    import_id: &str,
    opts: WaitOptions,
    mut on_poll: impl FnMut(&Value) -> Result<()> + Send,
) -> Result<Value> {
    let mut poller = Poller::new(opts);
    let mut last: Option<Value> = None;
    let what = format!("import {import_id}");
    loop {
        let Some(polled) = poller
            .within(imports::get(api, cluster_id, import_id)?)
            .await
        else {
            return Err(poller.timed_out(&what, "COMPLETED", last));
        };
        match polled {
            Ok(imp) => {
                on_poll(&imp)?;
                let state = state_of(&imp).unwrap_or_default();
                match state.as_str() {
                    "COMPLETED" => return Ok(imp),
                    // The service spells it CANCELED; older answers CANCELLED.
                    "FAILED" | "CANCELED" | "CANCELLED" => {
                        let why = ["message", "errorMessage"]
                            .iter()
                            .find_map(|k| imp.get(*k).and_then(Value::as_str))
                            .filter(|m| !m.is_empty())
                            .map(|m| format!(": {m}"))
                            .unwrap_or_default();
                        return Err(Error::Waiter {
                            message: format!(
                                "import {import_id} ended {state} instead of COMPLETED{why}"
                            ),
                            last_state: Some(state),
                            last_response: Some(imp),
                        });
                    }
                    _ => last = Some(imp),
                }
            }
            Err(e) if transient(&e) => {}
            Err(e) => return Err(e),
        }
        if !poller.pause().await {
            return Err(poller.timed_out(&what, "COMPLETED", last));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reachability() {
        assert!(cluster_can_reach("CREATING", "ACTIVE"));
        assert!(cluster_can_reach("ACTIVE", "ACTIVE"));
        assert!(cluster_can_reach("DELETING", "DELETED"));
        assert!(!cluster_can_reach("PAUSED", "ACTIVE"));
        assert!(!cluster_can_reach("DELETING", "ACTIVE"));
        assert!(!cluster_can_reach("ACTIVE", "PAUSED"));
        assert!(cluster_can_reach("PAUSING", "PAUSED"));
        assert!(cluster_can_reach("SOMETHING_NEW", "ACTIVE"));
        assert!(check_cluster_target("ACTIVE").is_ok());
        assert!(check_cluster_target("active").is_err());
    }
}
