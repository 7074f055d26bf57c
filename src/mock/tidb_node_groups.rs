//! Mock handlers for TiDB node groups: the cluster's default group and the
//! ones added to it, each MODIFYING for the transition time after a change and
//! PAUSED with its cluster; their public endpoint settings (a CIDR access
//! list) and private link services.

use super::access::{can_write, visible};
use super::context::{Ctx, Route};
use super::listing::{paged, Listing};
use super::reply::{check_display_name, ok, Fail, Fields, Reply};
use super::seed;
use super::state::{ClusterRec, GroupRec, PublicEndpoint, State};
use serde_json::{json, Value};
use std::time::Instant;

/// What a TiDB node group carries: the writable fields and the read-only ones
/// a client may echo back.
const FIELDS: &[&str] = &[
    "name",
    "tidbNodeGroupId",
    "clusterId",
    "displayName",
    "nodeCount",
    "endpoints",
    "nodeSpecKey",
    "nodeSpecVersion",
    "nodeSpecDisplayName",
    "isDefaultGroup",
    "state",
    "nodeChangingProgress",
    "tiproxySetting",
    "tiproxyNodeChangingProgress",
];
const UPDATABLE: &[&str] = &[
    "displayName",
    "nodeCount",
    "tiproxySetting",
    "clusterId",
    "tidbNodeGroupId",
];

/// The cluster, with rights checked: `write` for a change.
fn cluster<'a>(state: &'a State, ctx: &Ctx, id: &str, write: bool) -> Result<&'a ClusterRec, Fail> {
    if write {
        can_write(ctx)?;
    }
    visible(state, ctx, id)
}

/// One group of the cluster, as the service renders it.
fn find(c: &ClusterRec, group_id: &str, now: Instant) -> Result<Value, Fail> {
    c.groups_json(now)
        .into_iter()
        .find(|g| g["tidbNodeGroupId"] == group_id)
        .ok_or_else(|| {
            Fail::not_found(format!(
                "TiDB node group {group_id} not found in cluster {}",
                c.id
            ))
        })
}

fn node_count(b: &Fields<'_>, required: bool) -> Result<Option<i64>, Fail> {
    match b.opt_int("nodeCount")? {
        None if required => Err(Fail::bad("nodeCount is required")),
        Some(n) if n < 1 => Err(Fail::bad(format!("nodeCount must be at least 1, got {n}"))),
        n => Ok(n),
    }
}

fn tiproxy(b: &Fields<'_>) -> Result<Option<Value>, Fail> {
    let Some(t) = b.opt_obj("tiproxySetting")? else {
        return Ok(None);
    };
    let t = Fields(t);
    let key = t
        .req_str("nodeSpecKey")
        .map_err(|_| Fail::bad("tiproxySetting.nodeSpecKey is required"))?;
    let count = t.opt_int("nodeCount")?.unwrap_or(0);
    if count < 0 {
        return Err(Fail::bad(format!(
            "tiproxySetting.nodeCount must not be negative, got {count}"
        )));
    }
    let (vcpu, mem) = key
        .strip_suffix('G')
        .and_then(|k| k.split_once('C'))
        .and_then(|(c, m)| Some((c.parse::<u32>().ok()?, m.parse::<u32>().ok()?)))
        .ok_or_else(|| {
            Fail::bad(format!(
                "tiproxySetting.nodeSpecKey {key:?} is not a node spec such as 2C4G"
            ))
        })?;
    Ok(Some(json!({
        "nodeSpecKey": key,
        "nodeCount": count,
        "nodeSpecDisplayName": format!("{vcpu} vCPU, {mem} GiB"),
    })))
}

fn cluster_is_active(c: &ClusterRec, what: &str) -> Result<(), Fail> {
    if c.state == "ACTIVE" {
        Ok(())
    } else {
        Err(Fail::bad(format!(
            "cluster {} is {}; TiDB node groups can be {what} only while it is ACTIVE",
            c.id, c.state
        )))
    }
}

pub fn list(state: &mut State, ctx: &Ctx, cluster_id: &str) -> Reply {
    let c = cluster(state, ctx, cluster_id, false)?;
    let skip = ctx.query.skip()?;
    let listing = format!("tidbNodeGroups|{cluster_id}|{skip}");
    let groups = c.groups_json(ctx.now);
    paged(
        ctx,
        Listing::new(&listing, "tidbNodeGroups")
            .default_size(10)
            .counted(),
        (0u64..).zip(groups).skip(skip),
        |g| g,
    )
}

pub fn get(state: &mut State, ctx: &Ctx, cluster_id: &str, group_id: &str) -> Reply {
    ok(find(
        cluster(state, ctx, cluster_id, false)?,
        group_id,
        ctx.now,
    )?)
}

pub fn create(state: &mut State, ctx: &Ctx, cluster_id: &str) -> Reply {
    let c = cluster(state, ctx, cluster_id, true)?;
    let validate_only = ctx.query.flag("validateOnly")?;
    let b = Fields::parse(&ctx.body)?;
    b.only(FIELDS, "a TiDB node group")?;
    if let Some(other) = b.opt_str("clusterId")?.filter(|id| *id != cluster_id) {
        return Err(Fail::bad(format!(
            "clusterId {other:?} is not the cluster of the path, {cluster_id}"
        )));
    }
    let name = b.req_str("displayName")?;
    check_display_name(name)?;
    let count = node_count(&b, true)?.unwrap_or(1);
    let key = match b.opt_str("nodeSpecKey")? {
        Some(k) => {
            if seed::hourly_price("tidb", k).is_none() {
                return Err(Fail::bad(format!(
                    "nodeSpecKey {k:?} is not a TiDB node spec offered in {}",
                    c.region
                )));
            }
            k.to_owned()
        }
        None => c.components["tidb"]["nodeSize"]
            .as_str()
            .unwrap_or_default()
            .to_owned(),
    };
    let tiproxy = tiproxy(&b)?;
    cluster_is_active(c, "added")?;
    let project = c.project_id.clone();
    let seq = state.next_seq();
    let group = GroupRec {
        id: format!("{cluster_id}{seq}"),
        display_name: name.to_owned(),
        node_count: count,
        node_spec_key: key,
        tiproxy,
        ready_at: ctx.now + state.transition,
        public: PublicEndpoint::default(),
    };
    let gid = group.id.clone();
    let mut preview = state
        .cluster(cluster_id)
        .cloned()
        .ok_or_else(|| Fail::not_found(format!("cluster {cluster_id} not found")))?;
    preview.groups.push(group.clone());
    if validate_only {
        return ok(find(&preview, &gid, ctx.now)?);
    }
    if let Some(rec) = state.cluster_mut(cluster_id) {
        rec.groups.push(group);
        rec.sync_groups();
    }
    state.audit(
        &ctx.key,
        "CreateTidbNodeGroup",
        Some(cluster_id),
        Some(&project),
    );
    get(state, ctx, cluster_id, &gid)
}

pub fn update(state: &mut State, ctx: &Ctx, cluster_id: &str, group_id: &str) -> Reply {
    let c = cluster(state, ctx, cluster_id, true)?;
    find(c, group_id, ctx.now)?;
    let validate_only = ctx.query.flag("validateOnly")?;
    let b = Fields::parse(&ctx.body)?;
    b.only(UPDATABLE, "a TiDB node group update")?;
    let name = b.opt_str("displayName")?;
    if let Some(n) = name {
        check_display_name(n)?;
    }
    let count = node_count(&b, false)?;
    let tiproxy = tiproxy(&b)?;
    if name.is_none() && count.is_none() && tiproxy.is_none() {
        return Err(Fail::bad(
            "nothing to update: give displayName, nodeCount or tiproxySetting",
        ));
    }
    let resizes = count.is_some() || tiproxy.is_some();
    if resizes {
        cluster_is_active(c, "resized")?;
    }
    let project = c.project_id.clone();
    let mut rec = c.clone();
    let is_default = group_id == rec.tidb_group_id();
    if is_default {
        if let Some(n) = name {
            rec.default_group_name = n.to_owned();
        }
        if let Some(n) = count {
            rec.components["tidb"]["nodeQuantity"] = json!(n);
        }
    } else if let Some(g) = rec.groups.iter_mut().find(|g| g.id == group_id) {
        if let Some(n) = name {
            g.display_name = n.to_owned();
        }
        if let Some(n) = count {
            g.node_count = n;
        }
        if tiproxy.is_some() {
            g.tiproxy = tiproxy;
        }
        if resizes {
            g.ready_at = ctx.now + state.transition;
        }
    }
    if validate_only {
        return ok(find(&rec, group_id, ctx.now)?);
    }
    rec.sync_groups();
    if let Some(stored) = state.cluster_mut(cluster_id) {
        *stored = rec;
    }
    if is_default && count.is_some() {
        // The default group is the cluster's TiDB: resizing it modifies the cluster.
        state.transition(cluster_id, "MODIFYING", "ACTIVE", ctx.now);
    }
    state.audit(
        &ctx.key,
        "UpdateTidbNodeGroup",
        Some(cluster_id),
        Some(&project),
    );
    get(state, ctx, cluster_id, group_id)
}

pub fn delete(state: &mut State, ctx: &Ctx, cluster_id: &str, group_id: &str) -> Reply {
    let c = cluster(state, ctx, cluster_id, true)?;
    find(c, group_id, ctx.now)?;
    let validate_only = ctx.query.flag("validateOnly")?;
    if group_id == c.tidb_group_id() {
        return Err(Fail::bad(
            "the default TiDB node group cannot be deleted; delete the cluster instead",
        ));
    }
    cluster_is_active(c, "deleted")?;
    let project = c.project_id.clone();
    if validate_only {
        return ok(json!({}));
    }
    if let Some(rec) = state.cluster_mut(cluster_id) {
        rec.groups.retain(|g| g.id != group_id);
        rec.sync_groups();
    }
    state.audit(
        &ctx.key,
        "DeleteTidbNodeGroup",
        Some(cluster_id),
        Some(&project),
    );
    ok(json!({}))
}

fn public_json(group_id: &str, p: &PublicEndpoint) -> Value {
    json!({
        "name": format!("tidbNodeGroups/{group_id}/publicEndpointSetting"),
        "tidbNodeGroupId": group_id,
        "enabled": p.enabled,
        "ipAccessList": p.ip_access_list,
    })
}

pub fn get_public(state: &mut State, ctx: &Ctx, cluster_id: &str, group_id: &str) -> Reply {
    let c = cluster(state, ctx, cluster_id, false)?;
    find(c, group_id, ctx.now)?;
    let p = c.public_endpoint(group_id).cloned().unwrap_or_default();
    ok(public_json(group_id, &p))
}

/// An IPv4 CIDR such as "203.0.113.0/24".
fn check_cidr(cidr: &str, at: &str) -> Result<(), Fail> {
    let ok = cidr.split_once('/').is_some_and(|(ip, bits)| {
        ip.parse::<std::net::Ipv4Addr>().is_ok() && bits.parse::<u8>().is_ok_and(|b| b <= 32)
    });
    if ok {
        Ok(())
    } else {
        Err(Fail::bad(format!(
            "{at}.cidrNotation {cidr:?} is not an IPv4 CIDR such as 203.0.113.0/24"
        )))
    }
}

pub fn update_public(state: &mut State, ctx: &Ctx, cluster_id: &str, group_id: &str) -> Reply {
    let c = cluster(state, ctx, cluster_id, true)?;
    find(c, group_id, ctx.now)?;
    let validate_only = ctx.query.flag("validateOnly")?;
    let b = Fields::parse(&ctx.body)?;
    b.only(
        &["name", "tidbNodeGroupId", "enabled", "ipAccessList"],
        "a public endpoint setting",
    )?;
    let enabled = match b.0.get("enabled") {
        None | Some(Value::Null) => None,
        Some(Value::Bool(v)) => Some(*v),
        Some(_) => return Err(Fail::bad("enabled must be true or false")),
    };
    let list = match b.0.get("ipAccessList") {
        None | Some(Value::Null) => None,
        Some(Value::Array(items)) => {
            let mut out = Vec::new();
            for (i, item) in items.iter().enumerate() {
                let at = format!("ipAccessList[{i}]");
                let e = item
                    .as_object()
                    .map(Fields)
                    .ok_or_else(|| Fail::bad(format!("{at} must be an object")))?;
                e.only(&["cidrNotation", "description"], &at)?;
                let cidr = e
                    .req_str("cidrNotation")
                    .map_err(|_| Fail::bad(format!("{at}.cidrNotation is required")))?;
                check_cidr(cidr, &at)?;
                let mut entry = json!({ "cidrNotation": cidr });
                if let Some(d) = e.opt_str("description")? {
                    entry["description"] = json!(d);
                }
                out.push(entry);
            }
            Some(out)
        }
        Some(_) => return Err(Fail::bad("ipAccessList must be a list")),
    };
    if enabled.is_none() && list.is_none() {
        return Err(Fail::bad("nothing to update: give enabled or ipAccessList"));
    }
    let mut p = c.public_endpoint(group_id).cloned().unwrap_or_default();
    if let Some(e) = enabled {
        p.enabled = e;
    }
    if let Some(l) = list {
        p.ip_access_list = l;
    }
    let project = c.project_id.clone();
    if validate_only {
        return ok(public_json(group_id, &p));
    }
    if let Some(slot) = state
        .cluster_mut(cluster_id)
        .and_then(|rec| rec.public_endpoint_mut(group_id))
    {
        *slot = p.clone();
    }
    state.audit(
        &ctx.key,
        "UpdatePublicEndpointSetting",
        Some(cluster_id),
        Some(&project),
    );
    ok(public_json(group_id, &p))
}

pub fn private_link_service(
    state: &mut State,
    ctx: &Ctx,
    cluster_id: &str,
    group_id: &str,
) -> Reply {
    let c = cluster(state, ctx, cluster_id, false)?;
    find(c, group_id, ctx.now)?;
    let region = seed::region(&c.region);
    let code = c.region.split_once('-').map_or("", |(_, r)| r);
    let (service, zones): (String, Vec<String>) = match c.provider.as_str() {
        "aws" => (
            format!("com.amazonaws.vpce.{code}.vpce-svc-{group_id}"),
            ["a", "b", "c"].iter().map(|z| format!("{code}{z}")).collect(),
        ),
        "gcp" => (
            format!("projects/tidbcloud-mock/regions/{code}/serviceAttachments/sa-{group_id}"),
            Vec::new(),
        ),
        _ => (
            format!("/subscriptions/mock/resourceGroups/tidbcloud/providers/Microsoft.Network/privateLinkServices/pls-{group_id}"),
            Vec::new(),
        ),
    };
    let mut v = json!({
        "name": format!("tidbNodeGroups/{group_id}/privateLinkService"),
        "tidbNodeGroupId": group_id,
        "serviceName": service,
        "serviceDnsName": format!("privatelink-{}.clusters.tidbcloud.mock", c.id),
        "state": "ACTIVE",
        "regionId": c.region,
        "regionDisplayName": region.map_or("", |r| r.name),
        "cloudProvider": c.provider,
    });
    if !zones.is_empty() {
        v["availableZones"] = json!(zones);
    }
    ok(v)
}

/// The operations this module answers.
pub const ROUTES: &[Route] = &[
    ("listTidbNodeGroups", |st, ctx, p| list(st, ctx, p.at(0))),
    ("createTidbNodeGroup", |st, ctx, p| create(st, ctx, p.at(0))),
    ("getTidbNodeGroup", |st, ctx, p| {
        get(st, ctx, p.at(0), p.at(1))
    }),
    ("updateTidbNodeGroup", |st, ctx, p| {
        update(st, ctx, p.at(0), p.at(1))
    }),
    ("deleteTidbNodeGroup", |st, ctx, p| {
        delete(st, ctx, p.at(0), p.at(1))
    }),
    ("getPublicEndpointSetting", |st, ctx, p| {
        get_public(st, ctx, p.at(0), p.at(1))
    }),
    ("updatePublicEndpointSetting", |st, ctx, p| {
        update_public(st, ctx, p.at(0), p.at(1))
    }),
    ("getPrivateLinkService", |st, ctx, p| {
        private_link_service(st, ctx, p.at(0), p.at(1))
    }),
];
