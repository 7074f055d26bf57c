//! Private link connections of a Starter or Essential cluster to an endpoint
//! service: CREATING, then PENDING_ACCEPTANCE while the service's owner
//! accepts it, then ACTIVE (FAILED when the service's name contains "fail");
//! delete → DELETING → gone. An AWS cluster connects to AWS endpoint services
//! only, an Alibaba Cloud one to Alibaba Cloud's. Domains attach to an ACTIVE
//! connection.

use crate::mock::access::{can_write, serverless_active, serverless_visible};
use crate::mock::auth::random_hex;
use crate::mock::checks::req_obj;
use crate::mock::context::{Ctx, Route};
use crate::mock::listing::{paged, Listing};
use crate::mock::records::{AttachDomainRec, PrivateLinkRec};
use crate::mock::reply::{check_display_name, ok, one_of, Fail, Fields, Reply};
use crate::mock::state::State;
use axum::http::StatusCode;
use chrono::Utc;
use serde_json::{json, Value};

const STATES: &[&str] = &[
    "CREATING",
    "ACTIVE",
    "FAILED",
    "PENDING_ACCEPTANCE",
    "DELETING",
];
const AWS: &str = "AWS_ENDPOINT_SERVICE";
const ALICLOUD: &str = "ALICLOUD_ENDPOINT_SERVICE";
const DOMAIN_TYPES: &[&str] = &["TIDBCLOUD_MANAGED", "CONFLUENT"];

/// Connections deleted long enough ago are gone.
fn purge(st: &mut State, ctx: &Ctx) {
    let step = st.transition;
    st.serverless_more
        .private_links
        .retain(|p| !p.gone(ctx.now, step));
}

fn find<'a>(
    st: &'a State,
    ctx: &Ctx,
    cluster_id: &str,
    id: &str,
) -> Result<&'a PrivateLinkRec, Fail> {
    serverless_visible(st, ctx, cluster_id)?;
    st.serverless_more
        .private_links
        .iter()
        .find(|p| p.id == id && p.cluster_id == cluster_id)
        .ok_or_else(|| {
            Fail::not_found(format!(
                "private link connection {id} not found in cluster {cluster_id}"
            ))
        })
}

fn find_mut<'a>(
    st: &'a mut State,
    cluster_id: &str,
    id: &str,
) -> Result<&'a mut PrivateLinkRec, Fail> {
    st.serverless_more
        .private_links
        .iter_mut()
        .find(|p| p.id == id && p.cluster_id == cluster_id)
        .ok_or_else(|| Fail::not_found(format!("private link connection {id} not found")))
}

/// A cluster's region as (provider, region code): `aws-us-east-1` →
/// (`aws`, `us-east-1`).
fn split_region(region: &str) -> (&str, &str) {
    region.split_once('-').unwrap_or(("aws", region))
}

/// AWS's zone ids of a region: `us-east-1` → `use1-az1`, ...
fn aws_zones(code: &str) -> Vec<String> {
    let parts: Vec<&str> = code.split('-').collect();
    let short: String = parts
        .iter()
        .enumerate()
        .map(|(i, p)| match (i, *p) {
            (0, p) => p.to_owned(),
            (_, "southeast") => "se".into(),
            (_, "northeast") => "ne".into(),
            (_, "southwest") => "sw".into(),
            (_, "northwest") => "nw".into(),
            (_, p) => p.chars().next().map(String::from).unwrap_or_default(),
        })
        .collect();
    [1, 2, 4].iter().map(|n| format!("{short}-az{n}")).collect()
}

/// (account, zones) the cluster's endpoints are in.
fn zones_of(region: &str) -> (&'static str, Vec<String>) {
    match split_region(region) {
        ("alicloud", code) => (
            "5135461957926347",
            ["a", "b"].iter().map(|z| format!("{code}{z}")).collect(),
        ),
        (_, code) => ("380838443567", aws_zones(code)),
    }
}

/// A DNS label: 1 to 63 lowercase letters, digits and hyphens.
fn dns_label(s: &str) -> bool {
    (1..=63).contains(&s.len())
        && s.bytes()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == b'-')
        && !s.starts_with('-')
        && !s.ends_with('-')
}

/// Check the endpoint service of type `kind` for a cluster in `region`;
/// the service as kept (name and region).
fn check_service(svc: &Fields<'_>, field: &str, kind: &str, region: &str) -> Result<Value, Fail> {
    let (provider, code) = split_region(region);
    let known: &[&str] = if kind == AWS {
        &["name", "region", "endpointId", "availabilityZoneIds"]
    } else {
        &["name", "endpointId", "availabilityZoneIds"]
    };
    svc.only(known, field)?;
    let name = svc
        .req_str("name")
        .map_err(|_| Fail::bad(format!("{field}.name is required")))?;
    let (want, prefix, marker) = if kind == AWS {
        ("aws", "com.amazonaws.vpce.", ".vpce-svc-")
    } else {
        ("alicloud", "com.aliyuncs.privatelink.", ".epsrv-")
    };
    if provider != want {
        return Err(Fail::bad(format!(
            "type {kind} needs a cluster on {want}; this cluster is on {provider}"
        )));
    }
    let svc_region = if kind == AWS {
        svc.opt_str("region")?.unwrap_or(code)
    } else {
        code
    };
    let well_formed = name
        .strip_prefix(prefix)
        .and_then(|rest| rest.split_once(marker))
        .is_some_and(|(r, id)| {
            r == svc_region && !id.is_empty() && id.bytes().all(|c| c.is_ascii_alphanumeric())
        });
    if !well_formed {
        return Err(Fail::bad(format!(
            "{field}.name {name:?} is not an endpoint service of {svc_region} \
             ({prefix}{svc_region}{marker}...)"
        )));
    }
    let mut kept = json!({ "name": name });
    if kind == AWS {
        kept["region"] = json!(svc_region);
    }
    Ok(kept)
}

pub fn list(st: &mut State, ctx: &Ctx, cluster_id: &str) -> Reply {
    purge(st, ctx);
    serverless_visible(st, ctx, cluster_id)?;
    let state = ctx.query.get("state");
    if let Some(s) = state {
        one_of("state", s, STATES)?;
    }
    let step = st.transition;
    let items = st
        .serverless_more
        .private_links
        .iter()
        .filter(|p| p.cluster_id == cluster_id)
        .filter(|p| state.is_none_or(|s| p.state(ctx.now, step) == s))
        .map(|p| (p.seq, p));
    let listing = format!("private-links|{cluster_id}|{}", state.unwrap_or(""));
    paged(
        ctx,
        Listing::new(&listing, "privateLinkConnections")
            .default_size(10)
            .counted(),
        items,
        |p| p.to_json(ctx.now, step, false),
    )
}

pub fn create(st: &mut State, ctx: &Ctx, cluster_id: &str) -> Reply {
    can_write(ctx)?;
    purge(st, ctx);
    let b = Fields::parse(&ctx.body)?;
    b.only(&["privateLinkConnection"], "the request")?;
    let p = req_obj(&b, "privateLinkConnection", "")?;
    p.only(
        &[
            "privateLinkConnectionId",
            "clusterId",
            "displayName",
            "state",
            "message",
            "createdBy",
            "createTime",
            "updateTime",
            "type",
            "attachedDomains",
            "awsEndpointService",
            "alicloudEndpointService",
        ],
        "privateLinkConnection",
    )?;
    let given_cluster = p
        .req_str("clusterId")
        .map_err(|_| Fail::bad("privateLinkConnection.clusterId is required"))?;
    if given_cluster != cluster_id {
        return Err(Fail::bad(format!(
            "privateLinkConnection.clusterId {given_cluster:?} is not the cluster of the path \
             ({cluster_id})"
        )));
    }
    let name = p
        .req_str("displayName")
        .map_err(|_| Fail::bad("privateLinkConnection.displayName is required"))?;
    check_display_name(name)?;
    let kind = p
        .req_str("type")
        .map_err(|_| Fail::bad("privateLinkConnection.type is required"))?;
    one_of("privateLinkConnection.type", kind, &[AWS, ALICLOUD])?;
    let (field, other) = if kind == AWS {
        ("awsEndpointService", "alicloudEndpointService")
    } else {
        ("alicloudEndpointService", "awsEndpointService")
    };
    if p.opt_obj(other)?.is_some() {
        return Err(Fail::bad(format!(
            "privateLinkConnection.{other} does not go with type {kind}"
        )));
    }
    let svc = p.opt_obj(field)?.map(Fields).ok_or_else(|| {
        Fail::bad(format!(
            "privateLinkConnection.{field} is required for type {kind}"
        ))
    })?;
    let c = serverless_active(st, ctx, cluster_id, "a private link connection")?;
    let region = c.region;
    let project = c.project().to_owned();
    let service = check_service(
        &svc,
        &format!("privateLinkConnection.{field}"),
        kind,
        region,
    )?;
    let step = st.transition;
    let taken = st.serverless_more.private_links.iter().any(|x| {
        x.cluster_id == cluster_id
            && x.service["name"] == service["name"]
            && x.state(ctx.now, step) != "DELETING"
    });
    if taken {
        return Err(Fail::new(
            StatusCode::CONFLICT,
            format!(
                "cluster {cluster_id} already has a connection to {}",
                service["name"].as_str().unwrap_or_default()
            ),
        ));
    }
    let (_, zones) = zones_of(region);
    let endpoint_id = if kind == AWS {
        format!("vpce-{}", &random_hex(9)[..17])
    } else {
        format!("ep-{}", random_hex(10))
    };
    let now = Utc::now();
    let seq = st.next_seq();
    let rec = PrivateLinkRec {
        seq,
        id: format!("plc-{}", &random_hex(10)[..18]),
        cluster_id: cluster_id.to_owned(),
        display_name: name.to_owned(),
        kind: if kind == AWS { AWS } else { ALICLOUD },
        will_fail: service["name"].as_str().is_some_and(|n| n.contains("fail")),
        service,
        endpoint_id,
        zones: zones.into_iter().take(2).collect(),
        created_by: ctx.key.email(),
        create_time: now,
        update_time: now,
        started: ctx.now,
        deleting: None,
        domains: Vec::new(),
    };
    let out = rec.to_json(ctx.now, step, true);
    st.serverless_more.private_links.push(rec);
    st.audit(
        &ctx.key,
        "CreatePrivateLinkConnection",
        None,
        Some(&project),
    );
    ok(out)
}

pub fn get(st: &mut State, ctx: &Ctx, cluster_id: &str, id: &str) -> Reply {
    purge(st, ctx);
    ok(find(st, ctx, cluster_id, id)?.to_json(ctx.now, st.transition, true))
}

pub fn delete(st: &mut State, ctx: &Ctx, cluster_id: &str, id: &str) -> Reply {
    can_write(ctx)?;
    purge(st, ctx);
    let step = st.transition;
    if find(st, ctx, cluster_id, id)?.deleting.is_some() {
        return Err(Fail::bad(format!(
            "private link connection {id} is already DELETING"
        )));
    }
    let rec = find_mut(st, cluster_id, id)?;
    rec.deleting = Some(ctx.now);
    rec.update_time = Utc::now();
    let out = rec.to_json(ctx.now, step, true);
    st.audit(&ctx.key, "DeletePrivateLinkConnection", None, None);
    ok(out)
}

pub fn availability_zones(st: &mut State, ctx: &Ctx, cluster_id: &str) -> Reply {
    let c = serverless_visible(st, ctx, cluster_id)?;
    let (account, zones) = zones_of(c.region);
    ok(json!({ "accountId": account, "azIds": zones }))
}

/// The domains an attachment of `kind` named `unique` gives a connection of
/// a cluster in `region`.
fn domains_of(kind: &str, unique: &str, region: &str) -> Vec<String> {
    let (provider, code) = split_region(region);
    if kind == "CONFLUENT" {
        let base = format!("{unique}.{code}.{provider}.confluent.cloud");
        vec![format!("*.{base}"), base]
    } else {
        vec![format!("*.{unique}.{provider}.plc.tidbcloud.com")]
    }
}

pub fn attach(st: &mut State, ctx: &Ctx, cluster_id: &str, id: &str) -> Reply {
    can_write(ctx)?;
    purge(st, ctx);
    let b = Fields::parse(&ctx.body)?;
    b.only(&["attachDomain", "validateOnly"], "the request")?;
    let validate_only = match b.0.get("validateOnly") {
        None | Some(Value::Null) => false,
        Some(Value::Bool(v)) => *v,
        Some(_) => return Err(Fail::bad("validateOnly must be a boolean")),
    };
    let d = req_obj(&b, "attachDomain", "")?;
    d.only(
        &[
            "attachDomainId",
            "clusterId",
            "privateLinkConnectionId",
            "type",
            "uniqueName",
            "domains",
            "createdBy",
            "createTime",
        ],
        "attachDomain",
    )?;
    let kind = d
        .req_str("type")
        .map_err(|_| Fail::bad("attachDomain.type is required"))?;
    one_of("attachDomain.type", kind, DOMAIN_TYPES)?;
    let unique = match d.opt_str("uniqueName")?.filter(|u| !u.is_empty()) {
        Some(u) => {
            if !dns_label(u) {
                return Err(Fail::bad(format!(
                    "attachDomain.uniqueName {u:?} must be 1 to 63 lowercase letters, digits \
                     and hyphens"
                )));
            }
            u.to_owned()
        }
        // The service proposes a name for its own domains in a dry run.
        None if kind == "TIDBCLOUD_MANAGED" && validate_only => random_hex(6),
        None => {
            return Err(Fail::bad(
                "attachDomain.uniqueName is required, unless type is TIDBCLOUD_MANAGED and \
                 validateOnly is true",
            ))
        }
    };
    let region = serverless_visible(st, ctx, cluster_id)?.region;
    let step = st.transition;
    let conn = find(st, ctx, cluster_id, id)?;
    let state = conn.state(ctx.now, step);
    if state != "ACTIVE" {
        return Err(Fail::bad(format!(
            "private link connection {id} is {state}; domains attach to an ACTIVE one"
        )));
    }
    if conn
        .domains
        .iter()
        .any(|x| x.kind == kind && x.unique_name == unique)
    {
        return Err(Fail::new(
            StatusCode::CONFLICT,
            format!("{kind} domains named {unique:?} are already attached to {id}"),
        ));
    }
    let mut rec = AttachDomainRec {
        id: String::new(),
        cluster_id: cluster_id.to_owned(),
        connection_id: id.to_owned(),
        kind: kind.to_owned(),
        domains: domains_of(kind, &unique, region),
        unique_name: unique,
        created_by: ctx.key.email(),
        create_time: Utc::now(),
        started: ctx.now,
    };
    if validate_only {
        return ok(rec.to_json(ctx.now, step));
    }
    rec.id = format!("ad-{}", random_hex(8));
    let out = rec.to_json(ctx.now, step);
    find_mut(st, cluster_id, id)?.domains.push(rec);
    st.audit(&ctx.key, "AttachPrivateLinkDomains", None, None);
    ok(out)
}

pub fn detach(st: &mut State, ctx: &Ctx, cluster_id: &str, id: &str) -> Reply {
    can_write(ctx)?;
    purge(st, ctx);
    let b = Fields::parse(&ctx.body)?;
    b.only(&["attachDomainId"], "the request")?;
    let attach_id = b.req_str("attachDomainId")?;
    find(st, ctx, cluster_id, id)?;
    let step = st.transition;
    let conn = find_mut(st, cluster_id, id)?;
    let at = conn
        .domains
        .iter()
        .position(|d| d.id == attach_id)
        .ok_or_else(|| {
            Fail::not_found(format!(
                "no domains attached as {attach_id} to private link connection {id}"
            ))
        })?;
    let out = conn.domains.remove(at).to_json(ctx.now, step);
    st.audit(&ctx.key, "DetachPrivateLinkDomains", None, None);
    ok(out)
}

/// The operations this module answers.
pub const ROUTES: &[Route] = &[
    ("listPrivateLinkConnections", |st, ctx, p| {
        list(st, ctx, p.at(0))
    }),
    ("createPrivateLinkConnection", |st, ctx, p| {
        create(st, ctx, p.at(0))
    }),
    ("getPrivateLinkConnection", |st, ctx, p| {
        get(st, ctx, p.at(0), p.at(1))
    }),
    ("deletePrivateLinkConnection", |st, ctx, p| {
        delete(st, ctx, p.at(0), p.at(1))
    }),
    ("getPrivateLinkAvailabilityZones", |st, ctx, p| {
        availability_zones(st, ctx, p.at(0))
    }),
    ("attachPrivateLinkDomains", |st, ctx, p| {
        attach(st, ctx, p.at(0), p.at(1))
    }),
    ("detachPrivateLinkDomains", |st, ctx, p| {
        detach(st, ctx, p.at(0), p.at(1))
    }),
];
