//! Starter and Essential clusters: the service's checks on create and on an
//! update mask, the filter expression of a list, CREATING → ACTIVE, restore
//! (RESTORING → ACTIVE, in place), delete with everything below; the regions;
//! and the backups the service takes of each cluster once it is ACTIVE.

use super::{state_at, Busy};
use crate::mock::auth::random_hex;
use crate::mock::clusters::can_write;
use crate::mock::reply::{check_cluster_name, check_root_password, ok, one_of, Body, Fail, Reply};
use crate::mock::routes::{paged, Ctx, Listing};
use crate::mock::state::{rfc3339, State, DEFAULT_PROJECT, ORG_ID, PROJECT_LABEL};
use chrono::{DateTime, Utc};
use serde_json::{json, Map, Value};
use std::time::Instant;

const ORG_LABEL: &str = "tidb.cloud/organization";
pub const VERSION: &str = "v7.5.6-serverless";
/// (regionId, display name, plans offered).
pub const REGIONS: &[(&str, &str, &[&str])] = &[
    (
        "aws-us-east-1",
        "N. Virginia (us-east-1)",
        &["Starter", "Essential"],
    ),
    (
        "aws-us-west-2",
        "Oregon (us-west-2)",
        &["Starter", "Essential"],
    ),
    (
        "aws-eu-central-1",
        "Frankfurt (eu-central-1)",
        &["Starter", "Essential"],
    ),
    (
        "aws-ap-southeast-1",
        "Singapore (ap-southeast-1)",
        &["Starter", "Essential"],
    ),
    ("aws-ap-northeast-1", "Tokyo (ap-northeast-1)", &["Starter"]),
    (
        "alicloud-ap-southeast-1",
        "Singapore (ap-southeast-1)",
        &["Starter"],
    ),
];
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

#[derive(Debug, Clone)]
pub struct SlCluster {
    pub seq: u64,
    pub id: String,
    pub display_name: String,
    pub region: &'static str,
    pub labels: Map<String, Value>,
    pub spending_limit: Option<Value>,
    pub auto_scaling: Option<Value>,
    pub backup_policy: Value,
    pub public: Value,
    pub encryption: Value,
    pub ha: String,
    pub password_set: bool,
    pub user_prefix: String,
    pub created_by: String,
    pub create_time: DateTime<Utc>,
    pub update_time: DateTime<Utc>,
    pub busy: Option<Busy>,
}

fn region_json(id: &str) -> Value {
    let (rid, display, plans) = REGIONS.iter().find(|r| r.0 == id).copied().unwrap_or((
        REGIONS[0].0,
        REGIONS[0].1,
        REGIONS[0].2,
    ));
    let provider = rid.split('-').next().unwrap_or("aws");
    json!({
        "name": format!("regions/{rid}"),
        "regionId": rid,
        "cloudProvider": provider,
        "displayName": display,
        "provider": provider,
        "servicePlans": plans,
    })
}

impl SlCluster {
    pub fn state(&self, now: Instant) -> &'static str {
        state_at(self.busy, now)
    }
    pub fn project(&self) -> &str {
        self.labels
            .get(PROJECT_LABEL)
            .and_then(Value::as_str)
            .unwrap_or(DEFAULT_PROJECT)
    }
    pub fn plan(&self) -> &'static str {
        if self.auto_scaling.is_some() {
            "Essential"
        } else {
            "Starter"
        }
    }
    /// The host of its public (`private`: private link) endpoint.
    pub fn host(&self, private: bool) -> String {
        let (provider, code) = self.region.split_once('-').unwrap_or(("aws", self.region));
        let kind = if private { "-privatelink" } else { "" };
        format!("gateway01{kind}.{code}.prod.{provider}.tidbcloud.com")
    }
    pub fn to_json(&self, now: Instant, full: bool) -> Value {
        let mut v = json!({
            "name": format!("clusters/{}", self.id),
            "clusterId": self.id,
            "displayName": self.display_name,
            "region": region_json(self.region),
            "state": self.state(now),
            "labels": self.labels,
            "createTime": rfc3339(self.create_time),
            "servicePlan": self.plan(),
        });
        if !full {
            return v;
        }
        let mut public = self.public.clone();
        public["host"] = json!(self.host(false));
        public["port"] = json!(4000);
        let Some(o) = v.as_object_mut() else {
            return v;
        };
        o.insert("automatedBackupPolicy".into(), self.backup_policy.clone());
        o.insert(
            "endpoints".into(),
            json!({
                "public": public,
                "private": {
                    "host": self.host(true), "port": 4000,
                    "aws": {
                        "serviceName": format!("com.amazonaws.vpce.{}.vpce-svc-{}", self.region.trim_start_matches("aws-"), &self.user_prefix[..8]),
                        "availabilityZone": ["use1-az1"],
                    },
                },
            }),
        );
        o.insert("encryptionConfig".into(), self.encryption.clone());
        o.insert("highAvailabilityType".into(), json!(self.ha));
        o.insert("version".into(), json!(VERSION));
        o.insert("createdBy".into(), json!(self.created_by));
        o.insert("userPrefix".into(), json!(self.user_prefix));
        o.insert(
            "annotations".into(),
            json!({
                "tidb.cloud/has-set-password": self.password_set.to_string(),
                "tidb.cloud/available-features": "DELEGATE_USER,DISABLE_PUBLIC_LB,PRIVATE_LINK",
            }),
        );
        o.insert("updateTime".into(), json!(rfc3339(self.update_time)));
        if let Some(s) = &self.spending_limit {
            o.insert("spendingLimit".into(), s.clone());
        }
        if let Some(a) = &self.auto_scaling {
            o.insert("autoScaling".into(), a.clone());
        }
        v
    }
}

/// The cluster, if this key may see it (a project key sees its project only).
pub fn visible<'a>(st: &'a State, ctx: &Ctx, id: &str) -> Result<&'a SlCluster, Fail> {
    st.serverless
        .clusters
        .iter()
        .find(|c| c.id == id)
        .filter(|c| ctx.key.project().is_none_or(|p| p == c.project()))
        .ok_or_else(|| Fail::not_found(format!("cluster {id} not found")))
}

fn visible_mut<'a>(st: &'a mut State, ctx: &Ctx, id: &str) -> Result<&'a mut SlCluster, Fail> {
    visible(st, ctx, id)?;
    st.serverless
        .clusters
        .iter_mut()
        .find(|c| c.id == id)
        .ok_or_else(|| Fail::not_found(format!("cluster {id} not found")))
}

/// The cluster, which must be ACTIVE for `what`.
pub fn active<'a>(st: &'a State, ctx: &Ctx, id: &str, what: &str) -> Result<&'a SlCluster, Fail> {
    let c = visible(st, ctx, id)?;
    match c.state(ctx.now) {
        "ACTIVE" => Ok(c),
        s => Err(Fail::bad(format!(
            "cluster {id} is {s}; {what} needs an ACTIVE cluster"
        ))),
    }
}

fn check_spending_limit(v: &Value) -> Result<(), Fail> {
    let b = Body(
        v.as_object()
            .ok_or_else(|| Fail::bad("spendingLimit must be an object"))?,
    );
    b.only(&["monthly"], "spendingLimit")?;
    match b.opt_int("monthly")? {
        Some(n) if !(0..=i64::from(i32::MAX)).contains(&n) => Err(Fail::bad(format!(
            "spendingLimit.monthly must be 0 or more US cents, got {n}"
        ))),
        _ => Ok(()),
    }
}

fn check_auto_scaling(v: &Value) -> Result<(), Fail> {
    let b = Body(
        v.as_object()
            .ok_or_else(|| Fail::bad("autoScaling must be an object"))?,
    );
    b.only(&["minRcu", "maxRcu"], "autoScaling")?;
    let min = b
        .opt_int("minRcu")?
        .ok_or_else(|| Fail::bad("autoScaling.minRcu is required"))?;
    let max = b
        .opt_int("maxRcu")?
        .ok_or_else(|| Fail::bad("autoScaling.maxRcu is required"))?;
    if min < 2000 || max > 100_000 || min > max {
        return Err(Fail::bad(format!(
            "autoScaling needs 2000 <= minRcu <= maxRcu <= 100000, got minRcu {min}, maxRcu {max}"
        )));
    }
    Ok(())
}

fn check_backup_policy(v: &Value) -> Result<(), Fail> {
    let b = Body(
        v.as_object()
            .ok_or_else(|| Fail::bad("automatedBackupPolicy must be an object"))?,
    );
    b.only(&["startTime", "retentionDays"], "automatedBackupPolicy")?;
    if let Some(t) = b.opt_str("startTime")? {
        let ok = chrono::NaiveTime::parse_from_str(t, "%H:%M").is_ok() && t.len() == 5;
        if !ok {
            return Err(Fail::bad(format!(
                "automatedBackupPolicy.startTime must be HH:mm (UTC), got {t:?}"
            )));
        }
    }
    match b.opt_int("retentionDays")? {
        Some(d) if !(1..=30).contains(&d) => Err(Fail::bad(format!(
            "automatedBackupPolicy.retentionDays must be 1 to 30, got {d}"
        ))),
        _ => Ok(()),
    }
}

fn check_public(v: &Value) -> Result<(), Fail> {
    let b = Body(
        v.as_object()
            .ok_or_else(|| Fail::bad("endpoints.public must be an object"))?,
    );
    b.only(
        &["host", "port", "disabled", "authorizedNetworks"],
        "endpoints.public",
    )?;
    if !matches!(
        b.0.get("disabled"),
        None | Some(Value::Bool(_)) | Some(Value::Null)
    ) {
        return Err(Fail::bad("endpoints.public.disabled must be true or false"));
    }
    match b.0.get("authorizedNetworks") {
        None | Some(Value::Null) => Ok(()),
        Some(Value::Array(nets)) => {
            for n in nets {
                let nb = Body(n.as_object().ok_or_else(|| {
                    Fail::bad("endpoints.public.authorizedNetworks[] must be objects")
                })?);
                for f in ["startIpAddress", "endIpAddress"] {
                    let ip = nb.req_str(f).map_err(|_| {
                        Fail::bad(format!(
                            "endpoints.public.authorizedNetworks[].{f} is required"
                        ))
                    })?;
                    if ip.parse::<std::net::Ipv4Addr>().is_err() {
                        return Err(Fail::bad(format!(
                            "endpoints.public.authorizedNetworks[].{f} {ip:?} is not an IPv4 address"
                        )));
                    }
                }
                nb.req_str("displayName").map_err(|_| {
                    Fail::bad("endpoints.public.authorizedNetworks[].displayName is required")
                })?;
            }
            Ok(())
        }
        Some(_) => Err(Fail::bad(
            "endpoints.public.authorizedNetworks must be a list",
        )),
    }
}

fn check_endpoints(v: &Value) -> Result<Value, Fail> {
    let b = Body(
        v.as_object()
            .ok_or_else(|| Fail::bad("endpoints must be an object"))?,
    );
    b.only(&["public", "private"], "endpoints")?;
    let public = v.get("public").cloned().unwrap_or_else(|| json!({}));
    check_public(&public)?;
    Ok(public)
}

fn default_public() -> Value {
    json!({ "disabled": false, "authorizedNetworks": [] })
}

/// The public settings with what `given` says: hosts and ports stay the service's.
fn merged_public(given: &Value) -> Value {
    let mut p = default_public();
    for k in ["disabled", "authorizedNetworks"] {
        if let Some(v) = given.get(k).filter(|v| !v.is_null()) {
            p[k] = v.clone();
        }
    }
    p
}

fn labels_of(
    st: &State,
    ctx: &Ctx,
    given: Option<&Map<String, Value>>,
) -> Result<Map<String, Value>, Fail> {
    let mut labels = given.cloned().unwrap_or_default();
    if labels.values().any(|v| !v.is_string()) {
        return Err(Fail::bad("labels must map strings to strings"));
    }
    let project = match labels.get(PROJECT_LABEL).and_then(Value::as_str) {
        Some(p) => p.to_owned(),
        None => ctx
            .key
            .project()
            .unwrap_or_else(|| DEFAULT_PROJECT.to_owned()),
    };
    if !st.is_project(&project) {
        return Err(Fail::bad(format!("project {project} not found")));
    }
    if ctx.key.project().is_some_and(|p| p != project) {
        return Err(Fail::forbidden(format!(
            "this API key cannot manage project {project}"
        )));
    }
    labels.insert(PROJECT_LABEL.into(), json!(project));
    labels.insert(ORG_LABEL.into(), json!(ORG_ID));
    Ok(labels)
}

pub fn create(st: &mut State, ctx: &Ctx) -> Reply {
    can_write(ctx)?;
    let b = Body::parse(&ctx.body)?;
    let known: Vec<&str> = WRITABLE.iter().chain(READ_ONLY).copied().collect();
    b.only(&known, "a Cluster")?;
    let name = b.req_str("displayName")?;
    check_cluster_name(name)?;
    let region = b
        .opt_obj("region")?
        .ok_or_else(|| Fail::bad("region is required"))?;
    let region_name = Body(region)
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
            Body(e).only(&["enhancedEncryptionEnabled"], "encryptionConfig")?;
            json!({ "enhancedEncryptionEnabled": e.get("enhancedEncryptionEnabled").and_then(Value::as_bool).unwrap_or(false) })
        }
        None => json!({ "enhancedEncryptionEnabled": false }),
    };
    let labels = labels_of(st, ctx, b.opt_obj("labels")?)?;
    let (seq, id) = st.new_cluster_id();
    let now = Utc::now();
    let c = SlCluster {
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
    let out = c.to_json(ctx.now, true);
    let project = c.project().to_owned();
    // The service's first backup follows once the cluster is ACTIVE.
    let bseq = st.next_seq();
    st.serverless.backups.push(BackupRec {
        id: format!("{}", 10_000_000 + bseq),
        seq: bseq,
        cluster_id: id.clone(),
        create_time: now,
        from: ctx.now + st.transition,
    });
    st.serverless.clusters.push(c);
    st.audit(&ctx.key, "CreateServerlessCluster", None, Some(&project));
    ok(out)
}

pub fn get(st: &mut State, ctx: &Ctx, id: &str) -> Reply {
    let full = super::full_view(ctx)?;
    ok(visible(st, ctx, id)?.to_json(ctx.now, full))
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

fn matches(c: &SlCluster, now: Instant, key: &str, value: &str) -> Result<bool, Fail> {
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
    let b = Body::parse(&ctx.body)?;
    b.only(&["cluster", "updateMask"], "the update")?;
    let mask = b.req_str("updateMask")?;
    let given = Value::Object(b.opt_obj("cluster")?.cloned().unwrap_or_default());
    let c = visible(st, ctx, id)?.clone();
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
    let c = visible(st, ctx, id)?.clone();
    let mut out = c.to_json(ctx.now, true);
    out["state"] = json!("DELETED");
    let sl = &mut st.serverless;
    sl.clusters.retain(|x| x.id != id);
    // Its branches, exports, imports and backups go with it.
    sl.branches.retain(|b| b.cluster_id != id);
    sl.exports.retain(|e| e.cluster_id != id);
    sl.imports.retain(|i| i.cluster_id != id);
    sl.backups.retain(|b| b.cluster_id != id);
    st.audit(&ctx.key, "DeleteServerlessCluster", None, Some(c.project()));
    ok(out)
}

pub fn restore(st: &mut State, ctx: &Ctx) -> Reply {
    can_write(ctx)?;
    let b = Body::parse(&ctx.body)?;
    b.only(&["snapshot", "pointInTime"], "the restore request")?;
    let cluster_id = match (b.opt_obj("snapshot")?, b.opt_obj("pointInTime")?) {
        (Some(s), None) => {
            let backup_id = Body(s)
                .req_str("backupId")
                .map_err(|_| Fail::bad("snapshot.backupId is required"))?;
            let bk = find_backup(st, ctx, backup_id)?;
            bk.cluster_id.clone()
        }
        (None, Some(p)) => {
            let p = Body(p);
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
            let c = visible(st, ctx, cid)?;
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
    active(st, ctx, &cluster_id, "a restore")?;
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

pub fn regions() -> Reply {
    ok(json!({ "regions": REGIONS.iter().map(|r| region_json(r.0)).collect::<Vec<_>>() }))
}

#[derive(Debug, Clone)]
pub struct BackupRec {
    pub seq: u64,
    pub id: String,
    pub cluster_id: String,
    pub create_time: DateTime<Utc>,
    /// Taken once the cluster is ACTIVE: invisible before.
    pub from: Instant,
}

impl BackupRec {
    fn to_json(&self) -> Value {
        json!({
            "name": format!("backups/{}", self.id),
            "backupId": self.id,
            "clusterId": self.cluster_id,
            "createTime": rfc3339(self.create_time),
        })
    }
}

fn find_backup<'a>(st: &'a State, ctx: &Ctx, id: &str) -> Result<&'a BackupRec, Fail> {
    st.serverless
        .backups
        .iter()
        .find(|b| b.id == id && b.from <= ctx.now && visible(st, ctx, &b.cluster_id).is_ok())
        .ok_or_else(|| Fail::not_found(format!("backup {id} not found")))
}

pub fn list_backups(st: &mut State, ctx: &Ctx) -> Reply {
    let cid = ctx
        .query
        .get("clusterId")
        .filter(|c| !c.is_empty())
        .ok_or_else(|| Fail::bad("clusterId is required"))?;
    visible(st, ctx, cid)?;
    let items = st
        .serverless
        .backups
        .iter()
        .filter(|b| b.cluster_id == cid && b.from <= ctx.now)
        .map(|b| (b.seq, b));
    let listing = format!("serverless-backups|{cid}");
    paged(
        ctx,
        Listing::new(&listing, "backups").default_size(10).counted(),
        items,
        BackupRec::to_json,
    )
}

pub fn get_backup(st: &mut State, ctx: &Ctx, id: &str) -> Reply {
    ok(find_backup(st, ctx, id)?.to_json())
}

pub fn delete_backup(st: &mut State, ctx: &Ctx, id: &str) -> Reply {
    can_write(ctx)?;
    let out = find_backup(st, ctx, id)?.to_json();
    st.serverless.backups.retain(|b| b.id != id);
    st.audit(&ctx.key, "DeleteServerlessBackup", None, None);
    ok(out)
}
