//! The waiters, one row each: what is waited for, where its states go, what
//! ends a wait in failure, and how it is polled.

use super::Waiter;
use crate::api::{
    backups, changefeeds, clusters, imports, network, private_endpoints, serverless,
    tidb_node_groups,
};
use crate::error::{Error, Result};
/// The ids a fetch was given, when they are as many as it takes.
pub(super) fn take_ids<const N: usize>(noun: &str, ids: &[&str]) -> Result<[String; N]> {
    let owned: Vec<String> = ids.iter().map(|s| (*s).to_owned()).collect();
    owned
        .try_into()
        .map_err(|_| Error::invalid(format!("a {noun} takes {N} ids, got {}", ids.len())))
}

fn last(ids: &[&str]) -> String {
    ids.last().copied().unwrap_or_default().to_owned()
}

/// The service's Dedicated clusters.
pub const CLUSTER: Waiter = Waiter {
    noun: "cluster",
    field: "state",
    target: "ACTIVE",
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
    next: &[
        ("CREATING", "ACTIVE"),
        ("RESUMING", "ACTIVE"),
        ("MODIFYING", "ACTIVE"),
        ("UPGRADING", "ACTIVE"),
        ("IMPORTING", "ACTIVE"),
        ("RESTORING", "ACTIVE"),
        ("MAINTENANCE", "ACTIVE"),
        ("PAUSING", "PAUSED"),
        ("DELETING", "DELETED"),
    ],
    failure: &[],
    gone: Some(&["clusterId"]),
    fetch: |api, i| {
        let [c] = take_ids("cluster", i)?;
        clusters::get(api, &c)
    },
    key: last,
    percent: None,
};

/// TiDB node groups: a change is MODIFYING until it is ACTIVE; a group of a
/// paused cluster is PAUSED.
pub const TIDB_NODE_GROUP: Waiter = Waiter {
    noun: "TiDB node group",
    field: "state",
    target: "ACTIVE",
    states: &["ACTIVE", "MODIFYING", "PAUSED"],
    next: &[("MODIFYING", "ACTIVE")],
    failure: &[],
    gone: Some(&["clusterId", "tidbNodeGroupId"]),
    fetch: |api, i| {
        let [c, g] = take_ids("TiDB node group", i)?;
        tidb_node_groups::get(api, &c, &g)
    },
    key: |i| tidb_node_groups::recent_key(i.first().copied().unwrap_or_default(), &last(i)),
    percent: None,
};

/// VPC peerings: PENDING until the customer side accepts, then ACTIVE.
pub const VPC_PEERING: Waiter = Waiter {
    noun: "VPC peering",
    field: "state",
    target: "ACTIVE",
    states: &["PENDING", "FAILED", "ACTIVE"],
    next: &[("PENDING", "ACTIVE")],
    failure: &["FAILED"],
    gone: Some(&["vpcPeeringId"]),
    fetch: |api, i| {
        let [p] = take_ids("VPC peering", i)?;
        network::get_vpc_peering(api, &p)
    },
    key: last,
    percent: None,
};

/// Private endpoint connections: PENDING while the service accepts the
/// endpoint, then ACTIVE; FAILED says why in `message`.
pub const PRIVATE_ENDPOINT: Waiter = Waiter {
    noun: "private endpoint connection",
    field: "endpointState",
    target: "ACTIVE",
    states: &["PENDING", "ACTIVE", "DELETING", "FAILED", "DISCOVERED"],
    next: &[
        ("PENDING", "ACTIVE"),
        ("DISCOVERED", "ACTIVE"),
        ("DELETING", "DELETED"),
    ],
    failure: &["FAILED"],
    gone: Some(&["privateEndpointConnectionId"]),
    fetch: |api, i| {
        let [c, g, e] = take_ids("private endpoint connection", i)?;
        private_endpoints::get(api, &c, &g, &e)
    },
    key: last,
    percent: None,
};

/// Backups of the older API: PENDING, RUNNING, then SUCCESS (or FAILED), in `status`.
pub const BACKUP: Waiter = Waiter {
    noun: "backup",
    field: "status",
    target: "SUCCESS",
    states: &["PENDING", "RUNNING", "FAILED", "SUCCESS"],
    next: &[("PENDING", "RUNNING"), ("RUNNING", "SUCCESS")],
    failure: &["FAILED"],
    gone: Some(&["id"]),
    fetch: |api, i| {
        let [p, c, b] = take_ids("backup", i)?;
        backups::get_backup(api, &p, &c, &b)
    },
    key: last,
    percent: None,
};

/// Restore tasks of the older API, as backups.
pub const RESTORE: Waiter = Waiter {
    noun: "restore",
    fetch: |api, i| {
        let [p, r] = take_ids("restore", i)?;
        backups::get_restore(api, &p, &r)
    },
    ..BACKUP
};

/// Imports into a Dedicated cluster: COMPLETED, or FAILED or CANCELED with a
/// `message`; other states (PREPARING, IMPORTING, CANCELING, ...) go on.
pub const IMPORT: Waiter = Waiter {
    noun: "import",
    field: "state",
    target: "COMPLETED",
    states: &[
        "PREPARING",
        "IMPORTING",
        "COMPLETED",
        "FAILED",
        "CANCELING",
        "CANCELED",
    ],
    next: &[
        ("PREPARING", "IMPORTING"),
        ("IMPORTING", "COMPLETED"),
        ("CANCELING", "CANCELED"),
    ],
    // The service spells it CANCELED; older answers CANCELLED.
    failure: &["FAILED", "CANCELED", "CANCELLED"],
    gone: None,
    fetch: |api, i| {
        let [c, m] = take_ids("import", i)?;
        imports::get(api, &c, &m)
    },
    key: last,
    percent: Some("completePercent"),
};

/// Imports into a Starter or Essential cluster, as Dedicated ones.
pub const SERVERLESS_IMPORT: Waiter = Waiter {
    fetch: |api, i| {
        let [c, m] = take_ids("import", i)?;
        serverless::imports::get(api, &c, &m)
    },
    ..IMPORT
};

/// A Starter or Essential cluster.
pub const SERVERLESS_CLUSTER: Waiter = Waiter {
    noun: "cluster",
    field: "state",
    target: "ACTIVE",
    states: &["CREATING", "ACTIVE", "RESTORING", "DELETED"],
    next: &[("CREATING", "ACTIVE"), ("RESTORING", "ACTIVE")],
    failure: &[],
    gone: Some(&["clusterId"]),
    fetch: |api, i| {
        let [c] = take_ids("cluster", i)?;
        serverless::clusters::get(api, &c, None)
    },
    key: last,
    percent: None,
};

/// A branch of a Starter or Essential cluster, with the cluster's states.
pub const BRANCH: Waiter = Waiter {
    noun: "branch",
    gone: Some(&["clusterId", "branchId"]),
    fetch: |api, i| {
        let [c, b] = take_ids("branch", i)?;
        serverless::branches::get(api, &c, &b, None)
    },
    ..SERVERLESS_CLUSTER
};

/// An export of a Starter or Essential cluster: RUNNING, then SUCCEEDED, or
/// FAILED, CANCELED or EXPIRED with a `reason`.
pub const EXPORT: Waiter = Waiter {
    noun: "export",
    field: "state",
    target: "SUCCEEDED",
    states: &[
        "RUNNING",
        "SUCCEEDED",
        "FAILED",
        "CANCELED",
        "DELETED",
        "EXPIRED",
    ],
    next: &[("RUNNING", "SUCCEEDED")],
    failure: &["FAILED", "CANCELED", "EXPIRED"],
    gone: Some(&["clusterId", "exportId"]),
    fetch: |api, i| {
        let [c, e] = take_ids("export", i)?;
        serverless::exports::get(api, &c, &e)
    },
    key: last,
    percent: None,
};

/// A private link connection of a Starter or Essential cluster: CREATING,
/// then PENDING_ACCEPTANCE until the endpoint service's owner accepts it,
/// then ACTIVE; FAILED says why in `message`.
pub const PRIVATE_LINK_CONNECTION: Waiter = Waiter {
    noun: "private link connection",
    field: "state",
    target: "ACTIVE",
    states: serverless::private_link::STATES,
    next: &[
        ("CREATING", "PENDING_ACCEPTANCE"),
        ("PENDING_ACCEPTANCE", "ACTIVE"),
        ("DELETING", "DELETED"),
    ],
    failure: &["FAILED"],
    gone: Some(&["clusterId", "privateLinkConnectionId"]),
    fetch: |api, i| {
        let [c, p] = take_ids("private link connection", i)?;
        serverless::private_link::get(api, &c, &p)
    },
    key: last,
    percent: None,
};

/// Changefeeds of Dedicated clusters; FAILED and ERROR say why in `error`.
pub const CHANGEFEED: Waiter = Waiter {
    noun: "changefeed",
    field: "state",
    target: "RUNNING",
    states: &changefeeds::STATES,
    next: &changefeeds::STEPS,
    failure: &["FAILED", "ERROR"],
    gone: Some(&["id"]),
    fetch: changefeeds::poll,
    key: last,
    percent: None,
};

/// Changefeeds of a Starter or Essential cluster, as Dedicated ones.
pub const SERVERLESS_CHANGEFEED: Waiter = Waiter {
    states: &serverless::changefeeds::STATES,
    next: &[("CREATING", "RUNNING")],
    failure: &["CREATE_FAILED", "RUNNING_FAILED"],
    gone: Some(&["clusterId", "changefeedId"]),
    fetch: serverless::changefeeds::poll,
    ..CHANGEFEED
};

/// A migration into a Starter or Essential cluster: CREATING, then RUNNING;
/// FAILED says why in its subtasks' `errorMsg`.
pub const MIGRATION: Waiter = Waiter {
    noun: "migration",
    field: "state",
    target: "RUNNING",
    states: &serverless::migrations::STATES,
    next: &[("CREATING", "RUNNING"), ("DELETING", "DELETED")],
    failure: &["FAILED"],
    gone: Some(&["migrationId"]),
    fetch: serverless::migrations::poll,
    key: last,
    percent: None,
};

/// A migration's precheck, in `status`: PENDING and RUNNING, then FINISHED;
/// FAILED (its failed `items` say why) and CANCELED end a wait in error.
pub const MIGRATION_PRECHECK: Waiter = Waiter {
    noun: "migration precheck",
    field: "status",
    target: "FINISHED",
    states: &serverless::migrations::PRECHECK_STATES,
    next: &[("PENDING", "RUNNING"), ("RUNNING", "FINISHED")],
    failure: &["FAILED", "CANCELED"],
    gone: Some(&["precheckId"]),
    fetch: serverless::migrations::poll_precheck,
    key: last,
    percent: None,
};

/// Every waiter, for the checks that walk them all.
pub const ALL: [&Waiter; 16] = [
    &CLUSTER,
    &TIDB_NODE_GROUP,
    &VPC_PEERING,
    &PRIVATE_ENDPOINT,
    &BACKUP,
    &RESTORE,
    &IMPORT,
    &SERVERLESS_IMPORT,
    &SERVERLESS_CLUSTER,
    &BRANCH,
    &EXPORT,
    &PRIVATE_LINK_CONNECTION,
    &CHANGEFEED,
    &SERVERLESS_CHANGEFEED,
    &MIGRATION,
    &MIGRATION_PRECHECK,
];
