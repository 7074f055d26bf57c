//! Starter and Essential clusters: the service's checks on create and on an
//! update mask, the filter expression of a list, CREATING → ACTIVE, restore
//! (RESTORING → ACTIVE, in place), delete with everything below; the regions;
//! and the backups the service takes of each cluster once it is ACTIVE.

use super::fields::{
    check_auto_scaling, check_backup_policy, check_endpoints, check_public, check_spending_limit,
    default_public, labels_of, merged_public,
};
use crate::mock::access::can_write;
use crate::mock::access::serverless_backup;
use crate::mock::access::{serverless_active, serverless_visible};
use crate::mock::auth::random_hex;
use crate::mock::context::{Ctx, Route};
use crate::mock::listing::{paged, Listing};
use crate::mock::records::Busy;
use crate::mock::records::{region_json, ServerlessBackupRec, ServerlessClusterRec, REGIONS};
use crate::mock::reply::{
    check_cluster_name, check_root_password, ok, one_of, Fail, Fields, Reply,
};
use crate::mock::state::{rfc3339, State};
use chrono::{DateTime, Utc};
use serde_json::{json, Value};
use std::time::Instant;

const WRITABLE: &[&str] = &[
    "displayName",
    "region",
    "spendingLimit",
    "automatedBackupPolicy",
    "endpoints",
    "rootPassword",
    "encryptionConfig",
    "highAvailabilityType",
    "labels",
    "autoScaling",
];
const READ_ONLY: &[&str] = &[
    "name",
    "clusterId",
    "version",
    "createdBy",
    "userPrefix",
    "state",
    "annotations",
    "createTime",
    "updateTime",
    "servicePlan",
];
/// What an update mask may name.
const MASKABLE: &[&str] = &[
    "displayName",
    "labels",
    "spendingLimit",
    "spendingLimit.monthly",
    "automatedBackupPolicy",
    "automatedBackupPolicy.startTime",
    "automatedBackupPolicy.retentionDays",
    "endpoints",
    "endpoints.public",
    "endpoints.public.disabled",
    "endpoints.public.authorizedNetworks",
    "autoScaling",
    "autoScaling.minRcu",
    "autoScaling.maxRcu",
    "rootPassword",
];

fn visible_mut<'a>(
    st: &'a mut State,
    ctx: &Ctx,
    id: &str,
) -> Result<&'a mut ServerlessClusterRec, Fail> {
    serverless_visible(st, ctx, id)?;
    st.serverless
        .clusters
        .iter_mut()
        .find(|c| c.id == id)
        .ok_or_else(|| Fail::not_found(format!("cluster {id} not found")))
}

pub fn create(st: &mut State, ctx: &Ctx) -> Reply {
    can_write(ctx)?;
    let c = build(st, ctx, &Fields::parse(&ctx.body)?)?;
    ok(insert(st, ctx, c))
}

/// A new cluster from a create's body, checked as the service does.
fn build(st: &mut State, ctx: &Ctx, b: &Fields<'_>) -> Result<ServerlessClusterRec, Fail> {
    let known: Vec<&str> = WRITABLE.iter().chain(READ_ONLY).copied().collect();
    b.only(&known, "a Cluster")?;
    let name = b.req_str("displayName")?;
    check_cluster_name(name)?;
    let region = b
        .opt_obj("region")?
        .ok_or_else(|| Fail::bad("region is required"))?;
    let region_name = Fields(region)
        .req_str("name")
        .map_err(|_| Fail::bad("region.name is required"))?;
    let rid = region_name.strip_prefix("regions/").unwrap_or("");
    let Some(reg) = REGIONS.iter().find(|r| r.0 == rid) else {
        return Err(Fail::bad(format!(
            "region.name {region_name:?} is not a region for Starter or Essential; \
             expected regions/<id>, such as regions/aws-us-east-1"
        )));
    };
    if let Some(p) = b.opt_str("rootPassword")? {
        check_root_password(p)?;
    }
    let auto_scaling = b.0.get("autoScaling").filter(|v| !v.is_null()).cloned();
    let spending_limit = b.0.get("spendingLimit").filter(|v| !v.is_null()).cloned();
    if let Some(a) = &auto_scaling {
        check_auto_scaling(a)?;
        if !reg.2.contains(&"Essential") {
            return Err(Fail::bad(format!("region {rid} does not offer Essential")));
        }
        if spending_limit.is_some() {
            return Err(Fail::bad(
                "spendingLimit is for Starter; an Essential cluster scales within autoScaling",
            ));
        }
    }
    if let Some(s) = &spending_limit {
        check_spending_limit(s)?;
    }
    let backup_policy = match b.0.get("automatedBackupPolicy").filter(|v| !v.is_null()) {
        Some(p) => {
            check_backup_policy(p)?;
            let mut out = json!({ "startTime": "07:00", "retentionDays": 14 });
            for (k, v) in p.as_object().into_iter().flatten() {
                out[k] = v.clone();
            }
            out
        }
        None => json!({ "startTime": "07:00", "retentionDays": 14 }),
    };
    let public = match b.0.get("endpoints").filter(|v| !v.is_null()) {
        Some(e) => merged_public(&check_endpoints(e)?),
        None => default_public(),
    };
    let ha = b.opt_str("highAvailabilityType")?.unwrap_or("ZONAL");
    one_of("highAvailabilityType", ha, &["ZONAL", "REGIONAL"])?;
    let encryption = match b.opt_obj("encryptionConfig")? {
        Some(e) => {
            Fields(e).only(&["enhancedEncryptionEnabled"], "encryptionConfig")?;
            json!({ "enhancedEncryptionEnabled": e.get("enhancedEncryptionEnabled").and_then(Value::as_bool).unwrap_or(false) })
        }
        None => json!({ "enhancedEncryptionEnabled": false }),
    };
    let labels = labels_of(st, ctx, b.opt_obj("labels")?)?;
    let (seq, id) = st.new_cluster_id();
    let now = Utc::now();
    let c = ServerlessClusterRec {
        seq,
        id: id.clone(),
        display_name: name.to_owned(),
        region: reg.0,
        labels,
        spending_limit,
        auto_scaling,
        backup_policy,
        public,
        encryption,
        ha: ha.to_owned(),
        password_set: b.opt_str("rootPassword")?.is_some(),
        user_prefix: random_hex(8)[..15].to_owned(),
        created_by: ctx.key.email(),
        create_time: now,
        update_time: now,
        busy: Some(Busy {
            until: ctx.now + st.transition,
            state: "CREATING",
        }),
    };
    Ok(c)
}

/// Keep a new cluster, with the backup the service takes of it once ACTIVE.
fn insert(st: &mut State, ctx: &Ctx, c: ServerlessClusterRec) -> Value {
    let (id, now) = (c.id.clone(), c.create_time);
    let out = c.to_json(ctx.now, true);
    let project = c.project().to_owned();
    // The service's first backup follows once the cluster is ACTIVE.
    let bseq = st.next_seq();
    st.serverless.backups.push(ServerlessBackupRec {
        id: format!("{}", 10_000_000 + bseq),
        seq: bseq,
        cluster_id: id.clone(),
        create_time: now,
        from: ctx.now + st.transition,
    });
    st.serverless.clusters.push(c);
    st.audit(&ctx.key, "CreateServerlessCluster", None, Some(&project));
    out
}

/// Many creates in one request, all or none: every cluster is checked before
/// any is kept.
pub fn batch_create(st: &mut State, ctx: &Ctx) -> Reply {
    can_write(ctx)?;
    let b = Fields::parse(&ctx.body)?;
    b.only(&["requests"], "the batch")?;
    let Some(Value::Array(requests)) = b.0.get("requests") else {
        return Err(Fail::bad("requests is required (a list)"));
    };
    if requests.is_empty() || requests.len() > 1000 {
        return Err(Fail::bad("requests must hold 1 to 1000 clusters"));
    }
    let mut made = Vec::with_capacity(requests.len());
    for (i, r) in requests.iter().enumerate() {
        let at = |f: Fail| Fail::new(f.status, format!("requests[{i}]: {}", f.message));
        let Some(r) = r.as_object() else {
            return Err(Fail::bad(format!("requests[{i}] must be an object")));
        };
        let r = Fields(r);
        r.only(&["cluster"], "a create request").map_err(at)?;
        let c = r
            .opt_obj("cluster")
            .map_err(at)?
            .ok_or_else(|| Fail::bad(format!("requests[{i}].cluster is required")))?;
        made.push(build(st, ctx, &Fields(c)).map_err(at)?);
    }
    let out: Vec<Value> = made.into_iter().map(|c| insert(st, ctx, c)).collect();
    ok(json!({ "clusters": out }))
}

/// Several clusters by id, in the order asked; any unknown one is a 404.
pub fn batch_get(st: &mut State, ctx: &Ctx) -> Reply {
    let full = super::full_view(ctx)?;
    let ids = ctx.query.all("clusterIds");
    if ids.is_empty() {
        return Err(Fail::bad("clusterIds is required"));
    }
    let found = ids
        .iter()
        .map(|id| serverless_visible(st, ctx, id).map(|c| c.to_json(ctx.now, full)))
        .collect::<Result<Vec<_>, _>>()?;
    ok(json!({ "clusters": found }))
}

pub fn get(st: &mut State, ctx: &Ctx, id: &str) -> Reply {
    let full = super::full_view(ctx)?;
    ok(serverless_visible(st, ctx, id)?.to_json(ctx.now, full))
}

/// One term of a filter: `key=value` (value quoted or not).
fn term(t: &str) -> Result<(&str, String), Fail> {
    let (k, v) = t
        .split_once('=')
        .ok_or_else(|| Fail::bad(format!("filter: {t:?} is not field=value")))?;
    let v = v.trim();
    let v = v
        .strip_prefix('"')
        .and_then(|v| v.strip_suffix('"'))
        .unwrap_or(v);
    Ok((k.trim(), v.to_owned()))
}

fn matches(c: &ServerlessClusterRec, now: Instant, key: &str, value: &str) -> Result<bool, Fail> {
    let any = |actual: &str| value.split(',').any(|v| v.trim() == actual);
    Ok(match key {
        "region.provider" => c.region.split('-').next() == Some(value),
        "region.name" => value == format!("regions/{}", c.region),
        "state" => value == c.state(now),
        "projectId" => any(c.project()),
        "clusterId" => any(&c.id),
        "displayName" => value == c.display_name,
        _ => match key.strip_prefix("labels.") {
            Some(l) => c.labels.get(l).and_then(Value::as_str) == Some(value),
            None => {
                return Err(Fail::bad(format!(
                    "filter: unknown field {key:?}; expected region.provider, region.name, \
                     state, projectId, clusterId, displayName or labels.<key>"
                )))
            }
        },
    })
}

pub fn list(st: &mut State, ctx: &Ctx) -> Reply {
    let terms = match ctx
        .query
        .get("filter")
        .map(str::trim)
        .filter(|f| !f.is_empty())
    {
        Some(f) => f.split(" AND ").map(term).collect::<Result<Vec<_>, _>>()?,
        None => Vec::new(),
    };
    let skip = ctx.query.skip()?;
    let mut items = Vec::new();
    for c in &st.serverless.clusters {
        if ctx.key.project().is_some_and(|p| p != c.project()) {
            continue;
        }
        let mut keep = true;
        for (k, v) in &terms {
            keep &= matches(c, ctx.now, k, v)?;
        }
        if keep {
            items.push((c.seq, c));
        }
    }
    let listing = format!("serverless-clusters|{:?}|{skip}", ctx.query.get("filter"));
    paged(
        ctx,
        Listing::new(&listing, "clusters")
            .default_size(10)
            .counted(),
        items.into_iter().skip(skip),
        |c| c.to_json(ctx.now, true),
    )
}

/// The value at a dotted `path` of `v`.
fn at<'a>(v: &'a Value, path: &str) -> Option<&'a Value> {
    path.split('.').try_fold(v, |v, k| v.get(k))
}

pub fn update(st: &mut State, ctx: &Ctx, id: &str) -> Reply {
    can_write(ctx)?;
    let b = Fields::parse(&ctx.body)?;
    b.only(&["cluster", "updateMask"], "the update")?;
    let mask = b.req_str("updateMask")?;
    let given = Value::Object(b.opt_obj("cluster")?.cloned().unwrap_or_default());
    let c = serverless_visible(st, ctx, id)?.clone();
    if c.state(ctx.now) != "ACTIVE" {
        return Err(Fail::bad(format!(
            "cluster {id} is {}; it can be updated once ACTIVE",
            c.state(ctx.now)
        )));
    }
    let mut next = c.clone();
    for path in mask.split(',').map(str::trim) {
        if !MASKABLE.contains(&path) {
            return Err(Fail::bad(format!(
                "updateMask: {path:?} cannot be updated; expected one of {}",
                MASKABLE.join(", ")
            )));
        }
        let value = at(&given, path)
            .filter(|v| !v.is_null())
            .cloned()
            .ok_or_else(|| {
                Fail::bad(format!(
                    "updateMask names {path} but the cluster does not give it"
                ))
            })?;
        let root = path.split('.').next().unwrap_or(path);
        match root {
            "displayName" => {
                let n = value
                    .as_str()
                    .ok_or_else(|| Fail::bad("displayName must be a string"))?;
                check_cluster_name(n)?;
                next.display_name = n.to_owned();
            }
            "labels" => {
                let m = value
                    .as_object()
                    .ok_or_else(|| Fail::bad("labels must be an object"))?;
                next.labels = labels_of(st, ctx, Some(m))?;
            }
            "spendingLimit" => {
                if next.auto_scaling.is_some() {
                    return Err(Fail::bad("spendingLimit is for Starter clusters"));
                }
                let v = if path == "spendingLimit" {
                    value
                } else {
                    json!({ "monthly": value })
                };
                check_spending_limit(&v)?;
                next.spending_limit = Some(v);
            }
            "automatedBackupPolicy" => {
                let mut p = next.backup_policy.clone();
                match path.split_once('.') {
                    Some((_, f)) => p[f] = value,
                    None => p = value,
                }
                check_backup_policy(&p)?;
                next.backup_policy = p;
            }
            "endpoints" => {
                let mut public = next.public.clone();
                let new_public = match path {
                    "endpoints" => check_endpoints(&value)?,
                    "endpoints.public" => {
                        check_public(&value)?;
                        value
                    }
                    _ => {
                        let f = path.rsplit('.').next().unwrap_or(path);
                        let mut p = public.clone();
                        p[f] = value;
                        check_public(&p)?;
                        p
                    }
                };
                for k in ["disabled", "authorizedNetworks"] {
                    if let Some(v) = new_public.get(k).filter(|v| !v.is_null()) {
                        public[k] = v.clone();
                    }
                }
                next.public = public;
            }
            "autoScaling" => {
                let Some(mut a) = next.auto_scaling.clone() else {
                    return Err(Fail::bad("autoScaling is for Essential clusters"));
                };
                match path.split_once('.') {
                    Some((_, f)) => a[f] = value,
                    None => a = value,
                }
                check_auto_scaling(&a)?;
                next.auto_scaling = Some(a);
            }
            _ => {
                let p = value
                    .as_str()
                    .ok_or_else(|| Fail::bad("rootPassword must be a string"))?;
                check_root_password(p)?;
                next.password_set = true;
            }
        }
    }
    next.update_time = Utc::now();
    let out = next.to_json(ctx.now, true);
    let project = next.project().to_owned();
    *visible_mut(st, ctx, id)? = next;
    st.audit(&ctx.key, "UpdateServerlessCluster", None, Some(&project));
    ok(out)
}

pub fn delete(st: &mut State, ctx: &Ctx, id: &str) -> Reply {
    can_write(ctx)?;
    let c = serverless_visible(st, ctx, id)?.clone();
    let mut out = c.to_json(ctx.now, true);
    out["state"] = json!("DELETED");
    let sl = &mut st.serverless;
    sl.clusters.retain(|x| x.id != id);
    // Its branches, exports, imports, backups, changefeeds and migrations go with it.
    sl.branches.retain(|b| b.cluster_id != id);
    sl.exports.retain(|e| e.cluster_id != id);
    sl.imports.retain(|i| i.cluster_id != id);
    sl.backups.retain(|b| b.cluster_id != id);
    st.serverless_more.forget_cluster(id);
    st.changefeeds.serverless.retain(|f| f.cluster_id != id);
    st.changefeeds.endpoints.retain(|e| e.cluster_id != id);
    st.migrations.remove_cluster(id);
    let tier = crate::mock::records::Tier::Serverless;
    st.audit_logging.remove_cluster(tier, id);
    st.audit(&ctx.key, "DeleteServerlessCluster", None, Some(c.project()));
    ok(out)
}

/// A new root password: the service's own call for it, which answers `{}`.
pub fn reset_root_password(st: &mut State, ctx: &Ctx, id: &str) -> Reply {
    can_write(ctx)?;
    let b = Fields::parse(&ctx.body)?;
    b.only(&["password"], "the password change")?;
    let password = b.req_str("password")?;
    check_root_password(password).map_err(|_| Fail::bad("password must be 8 to 64 characters"))?;
    let c = visible_mut(st, ctx, id)?;
    c.password_set = true;
    c.update_time = Utc::now();
    let project = c.project().to_owned();
    st.audit(
        &ctx.key,
        "ChangeServerlessRootPassword",
        None,
        Some(&project),
    );
    ok(json!({}))
}

pub fn restore(st: &mut State, ctx: &Ctx) -> Reply {
    can_write(ctx)?;
    let b = Fields::parse(&ctx.body)?;
    b.only(&["snapshot", "pointInTime"], "the restore request")?;
    let cluster_id = match (b.opt_obj("snapshot")?, b.opt_obj("pointInTime")?) {
        (Some(s), None) => {
            let backup_id = Fields(s)
                .req_str("backupId")
                .map_err(|_| Fail::bad("snapshot.backupId is required"))?;
            let bk = serverless_backup(st, ctx, backup_id)?;
            bk.cluster_id.clone()
        }
        (None, Some(p)) => {
            let p = Fields(p);
            let cid = p
                .req_str("clusterId")
                .map_err(|_| Fail::bad("pointInTime.clusterId is required"))?;
            let t = p
                .req_str("backupTime")
                .map_err(|_| Fail::bad("pointInTime.backupTime is required"))?;
            let t = DateTime::parse_from_rfc3339(t)
                .map_err(|_| {
                    Fail::bad(format!(
                        "pointInTime.backupTime {t:?} is not an RFC 3339 time"
                    ))
                })?
                .with_timezone(&Utc);
            let c = serverless_visible(st, ctx, cid)?;
            let days = c.backup_policy["retentionDays"].as_i64().unwrap_or(14);
            let earliest = c.create_time.max(Utc::now() - chrono::Duration::days(days));
            if t > Utc::now() || t < earliest - chrono::Duration::seconds(1) {
                return Err(Fail::bad(format!(
                    "pointInTime.backupTime must be between {} and now",
                    rfc3339(earliest)
                )));
            }
            cid.to_owned()
        }
        _ => return Err(Fail::bad("give exactly one of snapshot and pointInTime")),
    };
    serverless_active(st, ctx, &cluster_id, "a restore")?;
    let until = ctx.now + st.transition;
    let c = visible_mut(st, ctx, &cluster_id)?;
    c.busy = Some(Busy {
        until,
        state: "RESTORING",
    });
    c.update_time = Utc::now();
    let project = c.project().to_owned();
    st.audit(&ctx.key, "RestoreServerlessCluster", None, Some(&project));
    ok(json!({ "clusterId": cluster_id }))
}

/// The providers of the regions, in the order first seen.
pub fn cloud_providers() -> Reply {
    let mut out: Vec<&str> = Vec::new();
    for r in REGIONS {
        let p = r.0.split('-').next().unwrap_or("aws");
        if !out.contains(&p) {
            out.push(p);
        }
    }
    ok(json!({ "cloudProviders": out }))
}

pub fn regions() -> Reply {
    ok(json!({ "regions": REGIONS.iter().map(|r| region_json(r.0)).collect::<Vec<_>>() }))
}

/// The operations this module answers.
pub const ROUTES: &[Route] = &[
    ("listServerlessClusters", |st, ctx, _| list(st, ctx)),
    ("createServerlessCluster", |st, ctx, _| create(st, ctx)),
    ("restoreServerlessCluster", |st, ctx, _| restore(st, ctx)),
    ("getServerlessCluster", |st, ctx, p| get(st, ctx, p.at(0))),
    ("updateServerlessCluster", |st, ctx, p| {
        update(st, ctx, p.at(0))
    }),
    ("resetServerlessClusterRootPassword", |st, ctx, p| {
        reset_root_password(st, ctx, p.at(0))
    }),
    ("deleteServerlessCluster", |st, ctx, p| {
        delete(st, ctx, p.at(0))
    }),
    ("listServerlessRegions", |_, _, _| regions()),
    ("listServerlessCloudProviders", |_, _, _| cloud_providers()),
    ("batchCreateServerlessClusters", |st, ctx, _| {
        batch_create(st, ctx)
    }),
    ("batchGetServerlessClusters", |st, ctx, _| {
        batch_get(st, ctx)
    }),
];
