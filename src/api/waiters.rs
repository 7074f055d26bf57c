//! Waiters: poll a resource until it reaches a state, fail fast when it cannot,
//! ride out transient errors, back off between polls.

use super::{
    backups, clusters, imports, network, private_endpoints, serverless, tidb_node_groups, Api,
    Pending,
};
use crate::error::{Error, Result};
use serde_json::{json, Value};
use std::future::IntoFuture;
use std::time::{Duration, Instant};

#[derive(Debug, Clone, Copy)]
pub struct WaitOptions {
    pub timeout: Duration,
    /// Fixed interval between polls; `None` starts at 0.5 s and backs off to 15 s.
    pub poll_interval: Option<Duration>,
}

/// A resource's states and where each goes without anyone acting on it.
pub struct Machine {
    /// "cluster", "TiDB node group": how errors name it.
    pub noun: &'static str,
    /// The field that holds the state.
    pub field: &'static str,
    pub states: &'static [&'static str],
    pub next: fn(&str) -> Option<&'static str>,
}

impl Machine {
    /// Can `target` still be reached from `state` without outside action?
    /// Unknown states (a newer service) get the benefit of the doubt.
    fn can_reach(&self, state: &str, target: &str) -> bool {
        if !self.states.contains(&state) {
            return true;
        }
        let mut s = state;
        for _ in 0..4 {
            if s == target {
                return true;
            }
            match (self.next)(s) {
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
}

/// The service's clusters.
pub const CLUSTER: Machine = Machine {
    noun: "cluster",
    field: "state",
    states: &[
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
    ],
    next: |state| match state {
        "CREATING" | "RESUMING" | "MODIFYING" | "UPGRADING" | "IMPORTING" | "RESTORING"
        | "MAINTENANCE" => Some("ACTIVE"),
        "PAUSING" => Some("PAUSED"),
        "DELETING" => Some("DELETED"),
        _ => None,
    },
};

/// TiDB node groups: a change is MODIFYING until it is ACTIVE; a group of a
/// paused cluster is PAUSED.
pub const TIDB_NODE_GROUP: Machine = Machine {
    noun: "TiDB node group",
    field: "state",
    states: &["ACTIVE", "MODIFYING", "PAUSED"],
    next: |state| match state {
        "MODIFYING" => Some("ACTIVE"),
        _ => None,
    },
};

/// VPC peerings: PENDING until the customer side accepts, then ACTIVE.
pub const VPC_PEERING: Machine = Machine {
    noun: "VPC peering",
    field: "state",
    states: &["PENDING", "FAILED", "ACTIVE"],
    next: |state| match state {
        "PENDING" => Some("ACTIVE"),
        _ => None,
    },
};

/// Private endpoint connections: PENDING while the service accepts the
/// endpoint, then ACTIVE; FAILED says why in `message`.
pub const PRIVATE_ENDPOINT: Machine = Machine {
    noun: "private endpoint connection",
    field: "endpointState",
    states: &["PENDING", "ACTIVE", "DELETING", "FAILED", "DISCOVERED"],
    next: |state| match state {
        "PENDING" | "DISCOVERED" => Some("ACTIVE"),
        "DELETING" => Some("DELETED"),
        _ => None,
    },
};

/// Backups and restore tasks of the older API: PENDING, RUNNING, then SUCCESS
/// (or FAILED), in `status`.
pub const TASK: Machine = Machine {
    noun: "task",
    field: "status",
    states: &["PENDING", "RUNNING", "FAILED", "SUCCESS"],
    next: |state| match state {
        "PENDING" => Some("RUNNING"),
        "RUNNING" => Some("SUCCESS"),
        _ => None,
    },
};
pub const BACKUP: Machine = Machine {
    noun: "backup",
    ..TASK
};
pub const RESTORE: Machine = Machine {
    noun: "restore",
    ..TASK
};

/// A Starter or Essential cluster.
pub const SERVERLESS_CLUSTER: Machine = Machine {
    noun: "cluster",
    field: "state",
    states: &["CREATING", "ACTIVE", "RESTORING", "DELETED"],
    next: |state| match state {
        "CREATING" | "RESTORING" => Some("ACTIVE"),
        _ => None,
    },
};

pub const BRANCH: Machine = Machine {
    noun: "branch",
    ..SERVERLESS_CLUSTER
};

pub const EXPORT: Machine = Machine {
    noun: "export",
    field: "state",
    states: &[
        "RUNNING",
        "SUCCEEDED",
        "FAILED",
        "CANCELED",
        "DELETED",
        "EXPIRED",
    ],
    next: |state| match state {
        "RUNNING" => Some("SUCCEEDED"),
        _ => None,
    },
};

pub fn check_cluster_target(target: &str) -> Result<()> {
    CLUSTER.check_target(target)
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

/// Wait until the cluster is in `target` (`"DELETED"`: until it is gone).
/// `on_poll` sees every polled cluster; an error from it stops the wait.
pub fn wait_cluster(
    api: &Api,
    cluster_id: &str,
    target: &str,
    opts: WaitOptions,
    on_poll: impl FnMut(&Value) -> Result<()> + Send + 'static,
) -> Result<Pending> {
    CLUSTER.check_target(target)?;
    drop(clusters::get(api, cluster_id)?); // checks the id; sends nothing
    let id = cluster_id.to_owned();
    let fetch = move |api: &Api| clusters::get(api, &id);
    let gone = json!({ "clusterId": cluster_id, "state": "DELETED" });
    Ok(state_loop(
        api, &CLUSTER, cluster_id, target, opts, fetch, gone, on_poll,
    ))
}

/// Wait until the TiDB node group is in `target` (`"DELETED"`: until it is gone).
pub fn wait_tidb_node_group(
    api: &Api,
    cluster_id: &str,
    group_id: &str,
    target: &str,
    opts: WaitOptions,
    on_poll: impl FnMut(&Value) -> Result<()> + Send + 'static,
) -> Result<Pending> {
    TIDB_NODE_GROUP.check_target(target)?;
    drop(tidb_node_groups::get(api, cluster_id, group_id)?); // checks the ids
    let (c, g) = (cluster_id.to_owned(), group_id.to_owned());
    let fetch = move |api: &Api| tidb_node_groups::get(api, &c, &g);
    let gone = json!({ "clusterId": cluster_id, "tidbNodeGroupId": group_id, "state": "DELETED" });
    let key = tidb_node_groups::recent_key(cluster_id, group_id);
    Ok(state_loop(
        api,
        &TIDB_NODE_GROUP,
        &key,
        target,
        opts,
        fetch,
        gone,
        on_poll,
    ))
}

/// Wait until the VPC peering is in `target` (`"DELETED"`: until it is gone).
pub fn wait_vpc_peering(
    api: &Api,
    id: &str,
    target: &str,
    opts: WaitOptions,
    on_poll: impl FnMut(&Value) -> Result<()> + Send + 'static,
) -> Result<Pending> {
    VPC_PEERING.check_target(target)?;
    drop(network::get_vpc_peering(api, id)?); // checks the id
    let owned = id.to_owned();
    let fetch = move |api: &Api| network::get_vpc_peering(api, &owned);
    let gone = json!({ "vpcPeeringId": id, "state": "DELETED" });
    Ok(state_loop(
        api,
        &VPC_PEERING,
        id,
        target,
        opts,
        fetch,
        gone,
        on_poll,
    ))
}

/// Wait until the private endpoint connection's `endpointState` is `target`.
pub fn wait_private_endpoint(
    api: &Api,
    ids: [&str; 3],
    target: &str,
    opts: WaitOptions,
    on_poll: impl FnMut(&Value) -> Result<()> + Send + 'static,
) -> Result<Pending> {
    PRIVATE_ENDPOINT.check_target(target)?;
    let [cluster, group, id] = ids;
    drop(private_endpoints::get(api, cluster, group, id)?); // checks the ids
    let (c, g, i) = (cluster.to_owned(), group.to_owned(), id.to_owned());
    let fetch = move |api: &Api| private_endpoints::get(api, &c, &g, &i);
    let gone = json!({ "privateEndpointConnectionId": id, "endpointState": "DELETED" });
    Ok(state_loop(
        api,
        &PRIVATE_ENDPOINT,
        id,
        target,
        opts,
        fetch,
        gone,
        on_poll,
    ))
}

/// Wait until the backup's `status` is `target` (SUCCESS; `"DELETED"`: gone).
pub fn wait_backup(
    api: &Api,
    ids: [&str; 3],
    target: &str,
    opts: WaitOptions,
    on_poll: impl FnMut(&Value) -> Result<()> + Send + 'static,
) -> Result<Pending> {
    BACKUP.check_target(target)?;
    let [project, cluster, id] = ids;
    drop(backups::get_backup(api, project, cluster, id)?); // checks the ids
    let (p, c, i) = (project.to_owned(), cluster.to_owned(), id.to_owned());
    let fetch = move |api: &Api| backups::get_backup(api, &p, &c, &i);
    let gone = json!({ "id": id, "status": "DELETED" });
    Ok(state_loop(
        api, &BACKUP, id, target, opts, fetch, gone, on_poll,
    ))
}

/// Wait until the restore task's `status` is `target` (SUCCESS unless said).
pub fn wait_restore(
    api: &Api,
    project_id: &str,
    id: &str,
    target: &str,
    opts: WaitOptions,
    on_poll: impl FnMut(&Value) -> Result<()> + Send + 'static,
) -> Result<Pending> {
    RESTORE.check_target(target)?;
    drop(backups::get_restore(api, project_id, id)?); // checks the ids
    let (p, i) = (project_id.to_owned(), id.to_owned());
    let fetch = move |api: &Api| backups::get_restore(api, &p, &i);
    let gone = json!({ "id": id, "status": "DELETED" });
    Ok(state_loop(
        api, &RESTORE, id, target, opts, fetch, gone, on_poll,
    ))
}

/// Poll `fetch` until the resource is in `target`. `key` names it (in errors,
/// and in what this client just asked of it); `gone` stands for it once the
/// service answers 404.
pub fn wait_serverless_cluster(
    api: &Api,
    cluster_id: &str,
    target: &str,
    opts: WaitOptions,
    on_poll: impl FnMut(&Value) -> Result<()> + Send + 'static,
) -> Result<Pending> {
    SERVERLESS_CLUSTER.check_target(target)?;
    drop(serverless::clusters::get(api, cluster_id, None)?); // checks the id
    let id = cluster_id.to_owned();
    let fetch = move |api: &Api| serverless::clusters::get(api, &id, None);
    let gone = json!({ "clusterId": cluster_id, "state": "DELETED" });
    Ok(state_loop(
        api,
        &SERVERLESS_CLUSTER,
        cluster_id,
        target,
        opts,
        fetch,
        gone,
        on_poll,
    ))
}

pub fn wait_branch(
    api: &Api,
    cluster_id: &str,
    branch_id: &str,
    target: &str,
    opts: WaitOptions,
    on_poll: impl FnMut(&Value) -> Result<()> + Send + 'static,
) -> Result<Pending> {
    BRANCH.check_target(target)?;
    drop(serverless::branches::get(api, cluster_id, branch_id, None)?); // checks the ids
    let (c, b) = (cluster_id.to_owned(), branch_id.to_owned());
    let fetch = move |api: &Api| serverless::branches::get(api, &c, &b, None);
    let gone = json!({ "clusterId": cluster_id, "branchId": branch_id, "state": "DELETED" });
    Ok(state_loop(
        api, &BRANCH, branch_id, target, opts, fetch, gone, on_poll,
    ))
}

pub fn wait_export(
    api: &Api,
    cluster_id: &str,
    export_id: &str,
    target: &str,
    opts: WaitOptions,
    on_poll: impl FnMut(&Value) -> Result<()> + Send + 'static,
) -> Result<Pending> {
    EXPORT.check_target(target)?;
    drop(serverless::exports::get(api, cluster_id, export_id)?); // checks the ids
    let (c, e) = (cluster_id.to_owned(), export_id.to_owned());
    let fetch = move |api: &Api| serverless::exports::get(api, &c, &e);
    let gone = json!({ "clusterId": cluster_id, "exportId": export_id, "state": "DELETED" });
    Ok(state_loop(
        api, &EXPORT, export_id, target, opts, fetch, gone, on_poll,
    ))
}

#[allow(clippy::too_many_arguments)]
fn state_loop(
    api: &Api,
    machine: &'static Machine,
    key: &str,
    target: &str,
    opts: WaitOptions,
    fetch: impl Fn(&Api) -> Result<Pending> + Send + 'static,
    gone: Value,
    mut on_poll: impl FnMut(&Value) -> Result<()> + Send + 'static,
) -> Pending {
    let (api, key, target) = (api.clone(), key.to_owned(), target.to_owned());
    Pending::new(async move {
        let mut poller = Poller::new(opts);
        let mut last: Option<Value> = None;
        let what = format!("{} {key}", machine.noun);
        loop {
            let Some(polled) = poller.within(fetch(&api)?.into_future()).await else {
                return Err(poller.timed_out(&what, &target, last, machine.field));
            };
            match polled {
                Ok(found) => {
                    on_poll(&found)?;
                    let state = state_of(&found, machine.field).unwrap_or_default();
                    if state == target {
                        return Ok(found);
                    }
                    // Straight after this client asked for `target`, the old
                    // state may still show: keep polling through it.
                    let settling = api.recent().expects(&key, &target);
                    if !settling && !machine.can_reach(&state, &target) {
                        // A failed resource may say why.
                        let why = ["message", "error_message", "reason"]
                            .iter()
                            .find_map(|k| found.get(*k).and_then(Value::as_str))
                            .filter(|m| !m.is_empty())
                            .map(|m| format!(": {m}"))
                            .unwrap_or_default();
                        return Err(Error::Waiter {
                            message: format!(
                                "{what} is {state} and cannot become {target} without \
                                 another action{why}"
                            ),
                            last_state: Some(state),
                            last_response: Some(found),
                        });
                    }
                    last = Some(found);
                }
                Err(Error::Status(e)) if e.status == 404 => {
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
                return Err(poller.timed_out(&what, &target, last, machine.field));
            }
        }
    })
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
    let (c, i) = (cluster_id.to_owned(), import_id.to_owned());
    let fetch = move |api: &Api| imports::get(api, &c, &i);
    let (api, import_id) = (api.clone(), import_id.to_owned());
    Ok(Pending::new(async move {
        import_loop(&api, &import_id, fetch, opts, on_poll).await
    }))
}

/// The same for an import into a Starter or Essential cluster.
pub fn wait_serverless_import(
    api: &Api,
    cluster_id: &str,
    import_id: &str,
    opts: WaitOptions,
    on_poll: impl FnMut(&Value) -> Result<()> + Send + 'static,
) -> Result<Pending> {
    drop(serverless::imports::get(api, cluster_id, import_id)?); // checks the ids
    let (c, i) = (cluster_id.to_owned(), import_id.to_owned());
    let fetch = move |api: &Api| serverless::imports::get(api, &c, &i);
    let (api, import_id) = (api.clone(), import_id.to_owned());
    Ok(Pending::new(async move {
        import_loop(&api, &import_id, fetch, opts, on_poll).await
    }))
}

async fn import_loop(
    api: &Api,
    import_id: &str,
    fetch: impl Fn(&Api) -> Result<Pending> + Send,
    opts: WaitOptions,
    mut on_poll: impl FnMut(&Value) -> Result<()> + Send,
) -> Result<Value> {
    let mut poller = Poller::new(opts);
    let mut last: Option<Value> = None;
    let what = format!("import {import_id}");
    loop {
        let Some(polled) = poller.within(fetch(api)?.into_future()).await else {
            return Err(poller.timed_out(&what, "COMPLETED", last, "state"));
        };
        match polled {
            Ok(imp) => {
                on_poll(&imp)?;
                let state = state_of(&imp, "state").unwrap_or_default();
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
            return Err(poller.timed_out(&what, "COMPLETED", last, "state"));
        }
    }
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
        assert!(check_cluster_target("ACTIVE").is_ok());
        assert!(check_cluster_target("active").is_err());
        assert!(TIDB_NODE_GROUP.can_reach("MODIFYING", "ACTIVE"));
        assert!(!TIDB_NODE_GROUP.can_reach("PAUSED", "ACTIVE"));
        assert!(TIDB_NODE_GROUP.check_target("CREATING").is_err());
    }
}
