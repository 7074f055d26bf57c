//! Waiters as data: each waiter is one row (`Waiter`) naming the resource, the
//! field that holds its state, its default target, where its transitional
//! states go, which states are failures, how it is fetched, what stands for it
//! once it is gone and which field tells how far it got. One loop (`wait`)
//! runs them all: it fails fast when the target cannot be reached, rides out
//! transient errors and backs off.

mod rows;

pub use rows::*;

use super::{Api, Pending};
use crate::error::{Error, Result};
use serde_json::{Map, Value};
use std::future::IntoFuture;
use std::time::{Duration, Instant};

#[derive(Debug, Clone, Copy)]
pub struct WaitOptions {
    pub timeout: Duration,
    /// Fixed interval between polls; `None` starts at 0.5 s and backs off to 15 s.
    pub poll_interval: Option<Duration>,
}

/// One waiter.
pub struct Waiter {
    /// "cluster", "TiDB node group": how errors and progress displays name it.
    pub noun: &'static str,
    /// The field that holds the state.
    pub field: &'static str,
    /// The state waited for unless the caller names another.
    pub target: &'static str,
    /// Every state the service documents; a target must be one (or DELETED).
    pub states: &'static [&'static str],
    /// Transitional states and where each goes without anyone acting on it.
    pub next: &'static [(&'static str, &'static str)],
    /// States that end the wait with an error, saying why when the resource does.
    pub failure: &'static [&'static str],
    /// The id fields of the stand-in once the service answers 404 (a wait for
    /// DELETED ends there); `None`: a 404 is an error like any other.
    pub gone: Option<&'static [&'static str]>,
    /// The request that polls it, from its ids (in the declaration's order).
    pub fetch: fn(&Api, &[&str]) -> Result<Pending>,
    /// What this client's recent actions on it are recorded under.
    pub key: fn(&[&str]) -> String,
    /// The field that says how far it got, in percent, if it has one.
    pub percent: Option<&'static str>,
}

impl Waiter {
    fn step(&self, state: &str) -> Option<&'static str> {
        self.next.iter().find(|(s, _)| *s == state).map(|(_, n)| *n)
    }

    /// Can `target` still be reached from `state` without outside action?
    /// Unknown states (a newer service) get the benefit of the doubt.
    fn can_reach(&self, state: &str, target: &str) -> bool {
        self.leads(state, |s| s == target)
    }

    /// Does `state` go on to one of `pred`'s states within a few steps?
    fn leads(&self, state: &str, pred: impl Fn(&str) -> bool) -> bool {
        if !self.states.contains(&state) {
            return true;
        }
        let mut s = state;
        for _ in 0..4 {
            if pred(s) {
                return true;
            }
            match self.step(s) {
                Some(n) => s = n,
                None => return false,
            }
        }
        false
    }

    /// `target` must be one of the states (or DELETED: gone).
    pub fn check_target(&self, target: &str) -> Result<()> {
        if self.states.contains(&target) || target == "DELETED" {
            Ok(())
        } else {
            Err(Error::invalid(format!(
                "state must be one of {}, got {target:?}",
                self.states.join(", ")
            )))
        }
    }

    /// The stand-in for a resource that is gone: its ids and DELETED.
    fn gone_value(&self, ids: &[String]) -> Option<Value> {
        let fields = self.gone?;
        let mut m = Map::new();
        for (f, id) in fields.iter().zip(ids.iter().rev().take(fields.len()).rev()) {
            m.insert((*f).into(), Value::String(id.clone()));
        }
        m.insert(self.field.into(), Value::String("DELETED".into()));
        Some(Value::Object(m))
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
    fn timed_out(&self, what: &str, target: &str, last: Option<Value>, field: &str) -> Error {
        let state = last.as_ref().and_then(|v| state_of(v, field));
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

fn state_of(v: &Value, field: &str) -> Option<String> {
    v.get(field).and_then(Value::as_str).map(str::to_owned)
}

/// Fields a resource in a failure state may say why in.
const WHY: &str = "message error_message errorMessage reason error";

fn why(found: &Value) -> String {
    WHY.split(' ')
        .find_map(|k| found.get(k).and_then(Value::as_str))
        .filter(|m| !m.is_empty())
        .map(str::to_owned)
        .or_else(|| failed_parts(found))
        .map(|m| format!(": {m}"))
        .unwrap_or_default()
}

/// What the parts of a resource that has no message of its own say went
/// wrong: the checks it lists (`items`) that FAILED, and the `errorMsg` of
/// its `subTasks`.
fn failed_parts(found: &Value) -> Option<String> {
    let text = |v: &Value, k: &str| v.get(k).and_then(Value::as_str).map(str::to_owned);
    let list = |k: &str| found.get(k).and_then(Value::as_array).into_iter().flatten();
    let checks = list("items")
        .filter(|i| text(i, "status").as_deref() == Some("FAILED"))
        .map(|i| {
            let kind = text(i, "type").unwrap_or_else(|| "a check".into());
            match text(i, "reason").filter(|r| !r.is_empty()) {
                Some(r) => format!("{kind} failed ({r})"),
                None => format!("{kind} failed"),
            }
        });
    let tasks = list("subTasks").filter_map(|t| text(t, "errorMsg").filter(|m| !m.is_empty()));
    let all: Vec<String> = checks.chain(tasks).collect();
    (!all.is_empty()).then(|| all.join("; "))
}

/// Wait until the resource of `ids` is in `target` (the row's own unless
/// given; `"DELETED"`: until it is gone). `on_poll` sees every polled
/// resource; an error from it stops the wait. The ids are checked here, before
/// anything is sent.
pub fn wait(
    api: &Api,
    row: &'static Waiter,
    ids: &[&str],
    target: Option<&str>,
    opts: WaitOptions,
    mut on_poll: impl FnMut(&Value) -> Result<()> + Send + 'static,
) -> Result<Pending> {
    let target = target.unwrap_or(row.target).to_owned();
    row.check_target(&target)?;
    drop((row.fetch)(api, ids)?); // checks the ids; sends nothing
    let key = (row.key)(ids);
    let owned: Vec<String> = ids.iter().map(|s| (*s).to_owned()).collect();
    let gone = row.gone_value(&owned);
    let api = api.clone();
    Ok(Pending::new(async move {
        let ids: Vec<&str> = owned.iter().map(String::as_str).collect();
        let mut poller = Poller::new(opts);
        let mut last: Option<Value> = None;
        let what = format!("{} {key}", row.noun);
        loop {
            let Some(polled) = poller.within((row.fetch)(&api, &ids)?.into_future()).await else {
                return Err(poller.timed_out(&what, &target, last, row.field));
            };
            match polled {
                Ok(found) => {
                    on_poll(&found)?;
                    let state = state_of(&found, row.field).unwrap_or_default();
                    if state == target {
                        return Ok(found);
                    }
                    // Straight after this client asked for `target`, the old
                    // state may still show: keep polling through it.
                    let settling = api.recent().expects(&key, &target);
                    if !settling && row.failure.contains(&state.as_str()) {
                        return Err(Error::Waiter {
                            message: format!(
                                "{what} ended {state} instead of {target}{}",
                                why(&found)
                            ),
                            last_state: Some(state),
                            last_response: Some(found),
                        });
                    }
                    // A state that leads to a failure is waited through, so
                    // that the error can say why.
                    let failing = row.leads(&state, |s| row.failure.contains(&s));
                    if !settling && !failing && !row.can_reach(&state, &target) {
                        return Err(Error::Waiter {
                            message: format!(
                                "{what} is {state} and cannot become {target} without \
                                 another action{}",
                                why(&found)
                            ),
                            last_state: Some(state),
                            last_response: Some(found),
                        });
                    }
                    last = Some(found);
                }
                Err(Error::Status(e)) if e.status == 404 && gone.is_some() => {
                    let gone = gone.clone().unwrap_or_default();
                    on_poll(&gone)?;
                    if target == "DELETED" {
                        return Ok(gone);
                    }
                    let message = if last.is_some() {
                        format!("{what} no longer exists; it cannot become {target}")
                    } else {
                        format!("{what} does not exist: {}", e.message)
                    };
                    return Err(Error::Waiter {
                        message,
                        last_state: Some("DELETED".into()),
                        last_response: last,
                    });
                }
                Err(e) if transient(&e) => {}
                Err(e) => return Err(e),
            }
            if !poller.pause().await {
                return Err(poller.timed_out(&what, &target, last, row.field));
            }
        }
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reachability() {
        let reach = |s, t| CLUSTER.can_reach(s, t);
        assert!(reach("CREATING", "ACTIVE"));
        assert!(reach("ACTIVE", "ACTIVE"));
        assert!(reach("DELETING", "DELETED"));
        assert!(!reach("PAUSED", "ACTIVE"));
        assert!(!reach("DELETING", "ACTIVE"));
        assert!(!reach("ACTIVE", "PAUSED"));
        assert!(reach("PAUSING", "PAUSED"));
        assert!(reach("SOMETHING_NEW", "ACTIVE"));
        assert!(CLUSTER.check_target("ACTIVE").is_ok());
        assert!(CLUSTER.check_target("active").is_err());
        assert!(TIDB_NODE_GROUP.can_reach("MODIFYING", "ACTIVE"));
        assert!(!TIDB_NODE_GROUP.can_reach("PAUSED", "ACTIVE"));
        assert!(TIDB_NODE_GROUP.check_target("CREATING").is_err());
    }

    #[test]
    fn every_row_is_consistent() {
        for w in ALL {
            assert!(w.check_target(w.target).is_ok(), "{}", w.noun);
            for (from, to) in w.next {
                assert!(w.states.contains(from), "{} {from}", w.noun);
                assert!(w.check_target(to).is_ok(), "{} {to}", w.noun);
            }
            for f in w.failure {
                assert!(w.step(f).is_none(), "{} {f} is final", w.noun);
            }
        }
    }

    #[test]
    fn a_cancelling_import_is_waited_through_to_its_reason() {
        assert!(!IMPORT.can_reach("CANCELING", "COMPLETED"));
        assert!(IMPORT.leads("CANCELING", |s| IMPORT.failure.contains(&s)));
        assert!(!CLUSTER.leads("PAUSING", |s| CLUSTER.failure.contains(&s)));
    }

    #[test]
    fn a_failure_without_a_message_says_which_parts_failed() {
        let precheck = serde_json::json!({"status": "FAILED", "items": [
            {"type": "VERSION_CHECKING", "status": "SUCCESS"},
            {"type": "BINLOG_ENABLE_CHECKING", "status": "FAILED", "reason": "log_bin is OFF"},
        ]});
        assert_eq!(
            why(&precheck),
            ": BINLOG_ENABLE_CHECKING failed (log_bin is OFF)"
        );
        let migration = serde_json::json!({"subTasks": [{"errorMsg": "access denied"}]});
        assert_eq!(why(&migration), ": access denied");
        assert_eq!(
            why(&serde_json::json!({"message": "m", "items": []})),
            ": m"
        );
        assert_eq!(
            why(&serde_json::json!({"items": [{"status": "SUCCESS"}]})),
            ""
        );
    }

    #[test]
    fn the_stand_in_for_a_gone_resource_names_its_ids() {
        let v = TIDB_NODE_GROUP.gone_value(&["c".into(), "g".into()]);
        assert_eq!(
            v,
            Some(serde_json::json!({"clusterId": "c", "tidbNodeGroupId": "g", "state": "DELETED"}))
        );
        let v = PRIVATE_ENDPOINT.gone_value(&["c".into(), "g".into(), "e".into()]);
        assert_eq!(
            v,
            Some(
                serde_json::json!({"privateEndpointConnectionId": "e", "endpointState": "DELETED"})
            )
        );
        assert_eq!(IMPORT.gone_value(&["c".into(), "i".into()]), None);
        assert!(take_ids::<1>("cluster", &["a", "b"]).is_err());
    }
}
