//! Mock handlers for private endpoint connections: a customer's VPC endpoint
//! registered with a TiDB node group's private link service. PENDING for the
//! transition time, then ACTIVE; an endpoint id containing "dead" makes it
//! FAILED with a message. They live in their cluster and go with it.

use super::access::{can_write, visible};
use super::checks::provider_filter;
use super::context::{Ctx, Route};
use super::listing::{paged, Listing};
use super::records::EndpointRec;
use super::reply::{ok, Fail, Fields, Reply};
use super::state::{ClusterRec, State};
use axum::http::StatusCode;
use serde_json::{json, Value};

/// The cluster and its group, if this key may see them.
fn group<'a>(
    state: &'a State,
    ctx: &Ctx,
    cluster_id: &str,
    group_id: &str,
) -> Result<&'a ClusterRec, Fail> {
    let c = visible(state, ctx, cluster_id)?;
    if !c
        .groups_json(ctx.now)
        .iter()
        .any(|g| g["tidbNodeGroupId"] == group_id)
    {
        return Err(Fail::not_found(format!(
            "TiDB node group {group_id} not found in cluster {cluster_id}"
        )));
    }
    Ok(c)
}

pub fn list(state: &mut State, ctx: &Ctx, cluster_id: &str, group_id: &str) -> Reply {
    let c = group(state, ctx, cluster_id, group_id)?;
    let keep = ctx.query.get("projectId").is_none_or(|p| p == c.project_id)
        && provider_filter(ctx)?.is_none_or(|p| p == c.provider);
    let skip = ctx.query.skip()?;
    let listing = format!("privateEndpoints|{cluster_id}|{group_id}|{keep}|{skip}");
    let items: Vec<Value> = c
        .private_endpoints
        .iter()
        .filter(|e| keep && e.group_id == group_id)
        .skip(skip)
        .map(|e| e.to_json(c, ctx.now))
        .collect();
    paged(
        ctx,
        Listing::new(&listing, "privateEndpointConnections")
            .default_size(10)
            .counted(),
        (0u64..).zip(items),
        |v| v,
    )
}

/// What an endpoint id looks like on each provider.
fn check_endpoint_id(provider: &str, id: &str) -> Result<(), Fail> {
    let ok = match provider {
        "aws" => id
            .strip_prefix("vpce-")
            .is_some_and(|rest| !rest.is_empty() && rest.bytes().all(|b| b.is_ascii_hexdigit())),
        "azure" => id.starts_with("/subscriptions/"),
        _ => !id.trim().is_empty(),
    };
    if ok {
        Ok(())
    } else {
        Err(Fail::bad(format!(
            "endpointId {id:?} is not a {provider} endpoint id{}",
            if provider == "aws" {
                " such as vpce-0a1b2c3d4e5f6a7b8"
            } else {
                ""
            }
        )))
    }
}

pub fn create(state: &mut State, ctx: &Ctx, cluster_id: &str, group_id: &str) -> Reply {
    can_write(ctx)?;
    let c = group(state, ctx, cluster_id, group_id)?;
    let b = Fields::parse(&ctx.body)?;
    b.only(
        &[
            "name",
            "tidbNodeGroupId",
            "privateEndpointConnectionId",
            "clusterId",
            "clusterDisplayName",
            "labels",
            "endpointId",
            "privateIpAddress",
            "endpointState",
            "message",
            "regionId",
            "regionDisplayName",
            "cloudProvider",
            "privateLinkServiceName",
            "privateLinkServiceState",
            "tidbNodeGroupDisplayName",
            "accountId",
            "host",
            "port",
        ],
        "a private endpoint connection",
    )?;
    if let Some(other) = b.opt_str("tidbNodeGroupId")?.filter(|g| *g != group_id) {
        return Err(Fail::bad(format!(
            "tidbNodeGroupId {other:?} is not the group of the path, {group_id}"
        )));
    }
    let endpoint_id = b.req_str("endpointId")?;
    check_endpoint_id(&c.provider, endpoint_id)?;
    let ip = b.opt_str("privateIpAddress")?;
    if let Some(ip) = ip {
        if ip.parse::<std::net::IpAddr>().is_err() {
            return Err(Fail::bad(format!(
                "privateIpAddress {ip:?} is not an IP address"
            )));
        }
    }
    if c.provider == "azure" && ip.is_none() {
        return Err(Fail::bad("privateIpAddress is required on Azure"));
    }
    if c.private_endpoints
        .iter()
        .any(|e| e.endpoint_id == endpoint_id)
    {
        return Err(Fail::new(
            StatusCode::CONFLICT,
            format!("endpoint {endpoint_id} is already connected to cluster {cluster_id}"),
        ));
    }
    let project = c.project_id.clone();
    let seq = state.next_seq();
    let rec = EndpointRec {
        id: format!("{seq}"),
        group_id: group_id.to_owned(),
        endpoint_id: endpoint_id.to_owned(),
        private_ip: ip.map(str::to_owned),
        ready_at: ctx.now + state.transition,
    };
    let id = rec.id.clone();
    if let Some(c) = state.cluster_mut(cluster_id) {
        c.private_endpoints.push(rec);
    }
    state.audit(
        &ctx.key,
        "CreatePrivateEndpointConnection",
        Some(cluster_id),
        Some(&project),
    );
    get(state, ctx, cluster_id, group_id, &id)
}

pub fn get(state: &mut State, ctx: &Ctx, cluster_id: &str, group_id: &str, id: &str) -> Reply {
    let c = group(state, ctx, cluster_id, group_id)?;
    c.private_endpoints
        .iter()
        .find(|e| e.id == id && e.group_id == group_id)
        .map(|e| Some(e.to_json(c, ctx.now)))
        .ok_or_else(|| Fail::not_found(format!("private endpoint connection {id} not found")))
}

pub fn delete(state: &mut State, ctx: &Ctx, cluster_id: &str, group_id: &str, id: &str) -> Reply {
    can_write(ctx)?;
    get(state, ctx, cluster_id, group_id, id)?;
    let project = visible(state, ctx, cluster_id)?.project_id.clone();
    if let Some(c) = state.cluster_mut(cluster_id) {
        c.private_endpoints.retain(|e| e.id != id);
    }
    state.audit(
        &ctx.key,
        "DeletePrivateEndpointConnection",
        Some(cluster_id),
        Some(&project),
    );
    ok(json!({}))
}

/// The operations this module answers.
pub const ROUTES: &[Route] = &[
    ("listPrivateEndpointConnections", |st, ctx, p| {
        list(st, ctx, p.at(0), p.at(1))
    }),
    ("createPrivateEndpointConnection", |st, ctx, p| {
        create(st, ctx, p.at(0), p.at(1))
    }),
    ("getPrivateEndpointConnection", |st, ctx, p| {
        get(st, ctx, p.at(0), p.at(1), p.at(2))
    }),
    ("deletePrivateEndpointConnection", |st, ctx, p| {
        delete(st, ctx, p.at(0), p.at(1), p.at(2))
    }),
];
