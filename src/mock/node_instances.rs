//! Mock handlers for a Dedicated cluster's node instances, derived from the
//! cluster as it is: `tidb-{i}` for the default TiDB node group,
//! `{group}-tidb-{i}` for the others, `{component}-{i}` for TiKV, TiFlash
//! and three PD nodes, spread over three zones. A node's component type, as
//! the published definitions give it, has no TIPROXY: a TiProxy filter is
//! accepted and finds nothing.
//! Nodes are CREATING while their cluster or group is being made or resized,
//! UNAVAILABLE while it is paused, DELETING with it, AVAILABLE otherwise.

use super::access::visible;
use super::context::{Ctx, Route};
use super::listing::{paged, Listing};
use super::reply::{ok, one_of, Fail, Reply};
use super::seed::NODE_SPECS;
use super::state::{ClusterRec, State};
use serde_json::{json, Value};
use std::time::Instant;

const COMPONENTS: &[&str] = &["TIDB", "TIKV", "TIFLASH", "PD", "TIPROXY"];
/// PD nodes are the service's to size: three of them, whatever the cluster.
const PD_NODES: i64 = 3;

/// vCPUs and GiB of a node spec key such as "8C32G".
fn size_of(key: &str) -> (i64, i64) {
    if let Some(s) = NODE_SPECS.iter().find(|s| s.1 == key) {
        return (i64::from(s.2), i64::from(s.3));
    }
    key.strip_suffix('G')
        .and_then(|k| k.split_once('C'))
        .and_then(|(c, m)| Some((c.parse().ok()?, m.parse().ok()?)))
        .unwrap_or((0, 0))
}

/// The zone of the `i`th node of a kind, in the cluster's region.
fn zone(c: &ClusterRec, i: i64) -> String {
    let code = c.region.split_once('-').map_or("", |(_, r)| r);
    let n = i.rem_euclid(3) as usize;
    match c.provider.as_str() {
        "aws" => format!("{code}{}", ["a", "b", "c"][n]),
        "gcp" => format!("{code}-{}", ["a", "b", "c"][n]),
        _ => format!("{code}-{}", n + 1),
    }
}

/// The state of a node whose own part of the cluster is `busy` or not.
fn node_state(c: &ClusterRec, busy: bool) -> &'static str {
    match c.state {
        "CREATING" | "RESTORING" => "CREATING",
        "DELETING" => "DELETING",
        "PAUSED" | "PAUSING" | "RESUMING" => "UNAVAILABLE",
        _ if busy => "CREATING",
        _ => "AVAILABLE",
    }
}

struct Node<'a> {
    id: String,
    component: &'static str,
    key: &'a str,
    index: i64,
    busy: bool,
}

fn render(c: &ClusterRec, n: Node<'_>, extra: Value) -> Value {
    let (cpu, mem) = size_of(n.key);
    let mut v = json!({
        "name": format!("clusters/{}/nodeInstances/{}", c.id, n.id),
        "clusterId": c.id,
        "instanceId": n.id,
        "componentType": n.component,
        "state": node_state(c, n.busy),
        "vCpu": cpu,
        "memorySizeGi": mem,
        "availabilityZone": zone(c, n.index),
        "nodeSpecKey": n.key,
        "nodeSpecDisplayName": format!("{cpu} vCPU, {mem} GiB"),
    });
    if let (Some(out), Value::Object(more)) = (v.as_object_mut(), extra) {
        out.extend(more);
    }
    v
}

/// Every node instance of the cluster, TiDB first.
fn instances(c: &ClusterRec, now: Instant) -> Vec<Value> {
    let mut out = Vec::new();
    for g in c.groups_json(now) {
        let default = g["isDefaultGroup"] == true;
        let name = g["displayName"].as_str().unwrap_or_default();
        let key = g["nodeSpecKey"].as_str().unwrap_or_default();
        let busy = g["state"] == "MODIFYING";
        let group = json!({
            "tidbNodeGroupId": g["tidbNodeGroupId"],
            "tidbNodeGroupDisplayName": name,
            "isDefaultTidbNodeGroup": default,
        });
        let prefix = if default {
            String::new()
        } else {
            format!("{name}-")
        };
        for i in 0..g["nodeCount"].as_i64().unwrap_or(0) {
            let id = format!("{prefix}tidb-{i}");
            let node = Node {
                id,
                component: "TIDB",
                key,
                index: i,
                busy,
            };
            out.push(render(c, node, group.clone()));
        }
    }
    for (part, component) in [("tikv", "TIKV"), ("tiflash", "TIFLASH")] {
        let Some(s) = c.components.get(part) else {
            continue;
        };
        let key = s["nodeSize"].as_str().unwrap_or_default();
        let mut storage = json!({
            "storageSizeGi": s["storageSize"],
            "storageType": s.get("storageType").cloned().unwrap_or_else(|| json!("Standard")),
        });
        if let Some(iops) = s.get("raftStoreIops") {
            storage["raftStoreIops"] = iops.clone();
        }
        for i in 0..s["nodeQuantity"].as_i64().unwrap_or(0) {
            let id = format!("{part}-{i}");
            let node = Node {
                id,
                component,
                key,
                index: i,
                busy: false,
            };
            out.push(render(c, node, storage.clone()));
        }
    }
    for i in 0..PD_NODES {
        let node = Node {
            id: format!("pd-{i}"),
            component: "PD",
            key: "4C16G",
            index: i,
            busy: false,
        };
        out.push(render(c, node, json!({})));
    }
    out
}

pub fn list(st: &mut State, ctx: &Ctx, cluster_id: &str) -> Reply {
    let c = visible(st, ctx, cluster_id)?;
    let component = ctx.query.get("componentType");
    if let Some(t) = component {
        one_of("componentType", t, COMPONENTS)?;
    }
    let skip = ctx.query.skip()?;
    let listing = format!(
        "nodeInstances|{cluster_id}|{}|{skip}",
        component.unwrap_or("")
    );
    let nodes = instances(c, ctx.now)
        .into_iter()
        .filter(|n| component.is_none_or(|t| n["componentType"] == t));
    paged(
        ctx,
        Listing::new(&listing, "nodeInstances").counted(),
        (0u64..).zip(nodes).skip(skip),
        |n| n,
    )
}

pub fn get(st: &mut State, ctx: &Ctx, cluster_id: &str, instance_id: &str) -> Reply {
    let c = visible(st, ctx, cluster_id)?;
    let found = instances(c, ctx.now)
        .into_iter()
        .find(|n| n["instanceId"] == instance_id);
    ok(found.ok_or_else(|| {
        Fail::not_found(format!(
            "node instance {instance_id} not found in cluster {cluster_id}"
        ))
    })?)
}

/// The operations this module answers.
pub const ROUTES: &[Route] = &[
    ("listNodeInstances", |st, ctx, p| list(st, ctx, p.at(0))),
    ("getNodeInstance", |st, ctx, p| {
        get(st, ctx, p.at(0), p.at(1))
    }),
];
