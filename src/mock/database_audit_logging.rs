//! Mock handlers for database audit logging of Dedicated clusters: the
//! configuration (off until enabled with a bucket, the customer's or the
//! service's), the IAM principal that writes to a customer's bucket, the log
//! files written while logging is on (a file each step of the transition
//! time, see `records::audit_logging`), download addresses good for 15
//! minutes, and filter rules, whose id is their user expression. Changes
//! need an ACTIVE cluster and a key that manages clusters; files and their
//! addresses need a key that may read audit logs.

use super::access::{can_write, visible};
use super::auth::random_hex;
use super::checks::{opt_bool, opt_enum, opt_str_list};
use super::context::{Ctx, Route};
use super::listing::{paged, Listing};
use super::records::can_read_logs;
use super::records::{
    download_url, user_problem, AuditLogFile, DedicatedAuditConfig, DedicatedRuleRec,
    DownloadAddress, Location, LogFormat, LogRun, Tier, AUDIT_EVENT_CLASSES,
};
use super::reply::{check_display_name, ok, Fail, Fields, Reply};
use super::state::{rfc3339, State};
use axum::http::StatusCode;
use chrono::{DateTime, Utc};
use serde_json::{json, Value};
use std::time::Duration;

/// How long a download address works: 15 minutes, as the service says.
const ADDRESS_SECONDS: u64 = 900;

/// The cluster's provider and region, if this key may see it.
fn cluster(st: &State, ctx: &Ctx, id: &str) -> Result<(String, String), Fail> {
    let c = visible(st, ctx, id)?;
    Ok((c.provider.clone(), c.region.clone()))
}

/// The cluster, which must be ACTIVE for a change, with a key that may make it.
fn changeable(st: &State, ctx: &Ctx, id: &str) -> Result<(String, String), Fail> {
    let c = visible(st, ctx, id)?;
    can_write(ctx)?;
    if c.state != "ACTIVE" {
        return Err(Fail::bad(format!(
            "cluster {id} is {}; its audit logging can be changed when it is ACTIVE",
            c.state
        )));
    }
    Ok((c.provider.clone(), c.region.clone()))
}

/// A `clusterId` in the body must be the path's.
fn same_cluster(b: &Fields<'_>, id: &str) -> Result<(), Fail> {
    match b.opt_str("clusterId")? {
        Some(other) if other != id => Err(Fail::bad(format!(
            "clusterId {other:?} is not the cluster of the path, {id}"
        ))),
        _ => Ok(()),
    }
}

/// The URI schemes of a bucket on each cloud.
fn schemes(provider: &str) -> &'static [&'static str] {
    match provider {
        "gcp" => &["gs://"],
        "azure" => &["https://", "azure://"],
        "alicloud" => &["oss://"],
        _ => &["s3://"],
    }
}

pub fn get_config(st: &mut State, ctx: &Ctx, id: &str) -> Reply {
    cluster(st, ctx, id)?;
    let c = st.audit_logging.dedicated.get(id).cloned();
    ok(c.unwrap_or_default().to_json(id))
}

/// `rotationPolicy` applied to `c`: maxSizeMib 1 to 100 (0 is 10), maxAgeSecond 0 to 30 days.
fn rotation(c: &mut DedicatedAuditConfig, p: &serde_json::Map<String, Value>) -> Result<(), Fail> {
    let p = Fields(p);
    p.only(&["maxSizeMib", "maxAgeSecond"], "rotationPolicy")?;
    match p.opt_int("maxSizeMib")? {
        Some(0) => c.max_size_mib = 10,
        Some(n @ 1..=100) => c.max_size_mib = n,
        Some(n) => {
            return Err(Fail::bad(format!(
                "rotationPolicy.maxSizeMib must be 1 to 100, got {n}"
            )))
        }
        None => {}
    }
    match p.opt_int("maxAgeSecond")? {
        Some(n @ 0..=2_592_000) => c.max_age_second = n,
        Some(n) => {
            return Err(Fail::bad(format!(
                "rotationPolicy.maxAgeSecond must be 0 to 2592000 (30 days), got {n}"
            )))
        }
        None => {}
    }
    Ok(())
}

/// Whether `c`, enabled, can write logs where it says: a customer's bucket
/// needs its URI on the cluster's cloud and the access that cloud needs.
fn check_bucket(c: &DedicatedAuditConfig, provider: &str, region: &str) -> Result<(), Fail> {
    if let Some(r) = &c.bucket_region_id {
        let ok = r
            .split_once('-')
            .is_some_and(|(p, code)| p == provider && !code.is_empty());
        if !ok {
            return Err(Fail::bad(format!(
                "bucketRegionId {r:?} is not a region of the cluster's cloud, such as {region}"
            )));
        }
    }
    if !c.enabled || c.bucket_manager == "PINGCAP" {
        return Ok(());
    }
    let uri = c.bucket_uri.as_deref().ok_or_else(|| {
        Fail::bad("bucketUri is required to enable audit logging to the customer's bucket")
    })?;
    super::checks::check_uri(uri, "bucketUri", schemes(provider))?;
    if provider == "aws" && c.aws_role_arn.is_none() {
        return Err(Fail::bad(
            "awsRoleArn is required for an S3 bucket: the role that the IAM principal of \
             showObjectStorageAccessIamPrincipal assumes",
        ));
    }
    if provider == "azure" && !c.has_sas_token {
        return Err(Fail::bad(
            "azureSasToken is required for an Azure Blob container",
        ));
    }
    Ok(())
}

/// Where the files of `c` go.
fn location(c: &DedicatedAuditConfig, id: &str, provider: &str, region: &str) -> Location {
    match c
        .bucket_uri
        .as_deref()
        .filter(|_| c.bucket_manager == "CUSTOMER")
    {
        Some(uri) => {
            let rest = schemes(provider)
                .iter()
                .find_map(|s| uri.strip_prefix(s))
                .unwrap_or(uri);
            let base = uri.trim_end_matches('/');
            Location {
                bucket: rest.split('/').next().unwrap_or(rest).to_owned(),
                prefix: format!("{base}/{id}/"),
            }
        }
        None => {
            let bucket = format!("tidbcloud-audit-logs-{region}");
            Location {
                prefix: format!("{}{bucket}/{id}/", schemes(provider)[0]),
                bucket,
            }
        }
    }
}

pub fn update_config(st: &mut State, ctx: &Ctx, id: &str) -> Reply {
    let (provider, region) = changeable(st, ctx, id)?;
    let validate_only = ctx.query.flag("validateOnly")?;
    let b = Fields::parse(&ctx.body)?;
    b.only(
        &[
            "clusterId",
            "enabled",
            "bucketUri",
            "bucketRegionId",
            "awsRoleArn",
            "azureSasToken",
            "bucketManager",
            "unredacted",
            "format",
            "rotationPolicy",
        ],
        "an audit log config",
    )?;
    same_cluster(&b, id)?;
    if b.0.keys().all(|k| k == "clusterId") {
        return Err(Fail::bad(
            "nothing to update: give enabled, a bucket, unredacted, format or rotationPolicy",
        ));
    }
    opt_enum(&b, "bucketManager", "", &["CUSTOMER", "PINGCAP"])?;
    opt_enum(&b, "format", "", &["TEXT", "JSON"])?;
    let old = st
        .audit_logging
        .dedicated
        .get(id)
        .cloned()
        .unwrap_or_default();
    let mut c = old.clone();
    if let Some(m) = b.opt_str("bucketManager")? {
        c.bucket_manager = m.to_owned();
    }
    let given = |f: &str| b.0.get(f).is_some_and(|v| !v.is_null());
    if c.bucket_manager == "PINGCAP" {
        if let Some(f) = ["bucketUri", "awsRoleArn", "azureSasToken"]
            .into_iter()
            .find(|f| given(f))
        {
            return Err(Fail::bad(format!(
                "{f} is for a bucket of the customer's; with bucketManager PINGCAP the service keeps the logs"
            )));
        }
        (c.bucket_uri, c.aws_role_arn, c.has_sas_token) = (None, None, false);
    }
    for (field, slot) in [
        ("bucketUri", &mut c.bucket_uri),
        ("bucketRegionId", &mut c.bucket_region_id),
        ("awsRoleArn", &mut c.aws_role_arn),
    ] {
        if let Some(v) = b.opt_str(field)? {
            *slot = Some(v.to_owned()).filter(|v| !v.is_empty());
        }
    }
    if let Some(t) = b.opt_str("azureSasToken")? {
        c.has_sas_token = !t.is_empty();
    }
    if let Some(v) = opt_bool(&b, "enabled")? {
        c.enabled = v;
    }
    if let Some(v) = opt_bool(&b, "unredacted")? {
        c.unredacted = v;
    }
    if let Some(f) = b.opt_str("format")? {
        c.format = f.to_owned();
    }
    if let Some(p) = b.opt_obj("rotationPolicy")? {
        rotation(&mut c, p)?;
    }
    check_bucket(&c, &provider, &region)?;
    // A bucket whose name says so cannot be written to: the check fails and
    // no logs are written there.
    let unwritable = c.bucket_manager == "CUSTOMER"
        && c.bucket_uri
            .as_deref()
            .is_some_and(|u| u.contains("unwritable"));
    c.write_failure = (c.enabled && unwritable)
        .then(|| "AccessDenied: the role cannot write to the bucket".to_owned());
    if validate_only {
        return ok(c.to_json(id));
    }
    let writing = |c: &DedicatedAuditConfig| c.enabled && c.write_failure.is_none();
    let loc = location(&c, id, &provider, &region);
    let same_files = location(&old, id, &provider, &region).prefix == loc.prefix
        && old.format == c.format
        && old.unredacted == c.unredacted;
    let logs = &mut st.audit_logging;
    if writing(&old) && !(writing(&c) && same_files) {
        logs.end_run(Tier::Dedicated, id, ctx.now);
    }
    if writing(&c) && !(writing(&old) && same_files) {
        let mut run = LogRun::new(Tier::Dedicated, id, ctx.now, st.transition);
        run.format = if c.format == "JSON" {
            LogFormat::Json
        } else {
            LogFormat::Text
        };
        run.unredacted = c.unredacted;
        run.location = loc;
        logs.start_run(run, ctx.now);
    }
    let out = c.to_json(id);
    logs.dedicated.insert(id.to_owned(), c);
    st.audit(&ctx.key, "UpdateAuditLogConfig", Some(id), None);
    ok(out)
}

pub fn show_iam_principal(st: &mut State, ctx: &Ctx, id: &str) -> Reply {
    let (provider, _) = cluster(st, ctx, id)?;
    let tail: String = id
        .chars()
        .skip(id.chars().count().saturating_sub(6))
        .collect();
    let principal = match provider.as_str() {
        "gcp" => format!("tidbcloud-audit-{tail}@tidbcloud-prod.iam.gserviceaccount.com"),
        "azure" => format!("tidbcloud-audit-log-writer-{tail}"),
        "alicloud" => format!("acs:ram::5234818761826521:role/tidbcloud-audit-{tail}"),
        _ => format!("arn:aws:iam::380838443567:role/tidbcloud-audit-log-{tail}"),
    };
    ok(json!({ "iamPrincipal": principal }))
}

fn file_json(f: &AuditLogFile) -> Value {
    json!({
        "filename": f.name,
        "uri": f.uri,
        "bucket": f.bucket,
        "sizeByte": f.size(),
        "createTime": rfc3339(f.created),
    })
}

fn time_query(ctx: &Ctx, name: &str) -> Result<Option<DateTime<Utc>>, Fail> {
    ctx.query
        .get(name)
        .map(|raw| {
            DateTime::parse_from_rfc3339(raw)
                .map(|t| t.with_timezone(&Utc))
                .map_err(|_| Fail::bad(format!("{name} {raw:?} is not an RFC 3339 time")))
        })
        .transpose()
}

pub fn query_files(st: &mut State, ctx: &Ctx, id: &str) -> Reply {
    cluster(st, ctx, id)?;
    can_read_logs(ctx)?;
    let (start, end) = (time_query(ctx, "startTime")?, time_query(ctx, "endTime")?);
    if let (Some(s), Some(e)) = (start, end) {
        if s > e {
            return Err(Fail::bad("startTime is after endTime"));
        }
    }
    let skip = ctx.query.skip()?;
    let files: Vec<AuditLogFile> = st
        .audit_logging
        .files(Tier::Dedicated, id, ctx.now)
        .into_iter()
        .filter(|f| start.is_none_or(|s| f.created >= s) && end.is_none_or(|e| f.created <= e))
        .collect();
    let listing = format!("auditLogFiles|{id}|{start:?}|{end:?}|{skip}");
    let n = files.len().saturating_sub(skip);
    paged(
        ctx,
        Listing::new(&listing, "auditLogFiles")
            .default_size(10)
            .counted()
            .total_of(n),
        files
            .iter()
            .enumerate()
            .map(|(i, f)| (i as u64, f))
            .skip(skip),
        file_json,
    )
}

pub fn generate_download_address(st: &mut State, ctx: &Ctx, id: &str) -> Reply {
    cluster(st, ctx, id)?;
    can_read_logs(ctx)?;
    let uri = ctx
        .query
        .get("auditLogFileUri")
        .filter(|u| !u.is_empty())
        .ok_or_else(|| Fail::bad("auditLogFileUri is required"))?;
    let files = st.audit_logging.files(Tier::Dedicated, id, ctx.now);
    let file = files
        .iter()
        .find(|f| f.uri == uri)
        .ok_or_else(|| Fail::not_found(format!("cluster {id} has no audit log file {uri}")))?;
    let token = random_hex(16);
    st.audit_logging.addresses.push(DownloadAddress {
        token: token.clone(),
        tier: Tier::Dedicated,
        cluster_id: id.to_owned(),
        file_name: file.name.clone(),
        expires: ctx.now + Duration::from_secs(ADDRESS_SECONDS),
    });
    let address = download_url(
        ctx.objects,
        Tier::Dedicated,
        id,
        &file.name,
        ADDRESS_SECONDS,
    );
    st.audit(
        &ctx.key,
        "GenerateAuditLogFileDownloadAddress",
        Some(id),
        None,
    );
    ok(json!({ "downloadAddress": address }))
}

pub fn list_rules(st: &mut State, ctx: &Ctx, id: &str) -> Reply {
    cluster(st, ctx, id)?;
    let skip = ctx.query.skip()?;
    let listing = format!("auditLogFilterRules|{id}|{skip}");
    let rules = st
        .audit_logging
        .dedicated_rules
        .iter()
        .filter(|r| r.cluster_id == id)
        .map(|r| (r.seq, r))
        .skip(skip);
    paged(
        ctx,
        Listing::new(&listing, "auditLogFilterRules")
            .default_size(10)
            .counted(),
        rules,
        DedicatedRuleRec::to_json,
    )
}

/// The rule's place in the state.
fn rule(st: &State, id: &str, rule_id: &str) -> Result<usize, Fail> {
    st.audit_logging
        .dedicated_rules
        .iter()
        .position(|r| r.cluster_id == id && r.user_expr == rule_id)
        .ok_or_else(|| {
            Fail::not_found(format!(
                "audit log filter rule {rule_id} not found in cluster {id}"
            ))
        })
}

/// What a rule's body says, past the user expression: its display name
/// (the user expression when absent), whether it is off, and its event
/// types (every event when none).
fn rule_fields(b: &Fields<'_>, user_expr: &str) -> Result<(String, bool, Vec<String>), Fail> {
    let name = match b.opt_str("displayName")? {
        Some(n) => {
            check_display_name(n)?;
            n.to_owned()
        }
        None => user_expr.to_owned(),
    };
    let types = opt_str_list(b, "eventTypes")?.unwrap_or_default();
    let mut seen = Vec::new();
    for t in types {
        super::reply::one_of("eventTypes", t, AUDIT_EVENT_CLASSES)?;
        if seen.iter().any(|s| s == t) {
            return Err(Fail::bad(format!("eventTypes names {t} twice")));
        }
        seen.push(t.to_owned());
    }
    Ok((name, opt_bool(b, "disabled")?.unwrap_or(false), seen))
}

fn user_expr<'a>(b: &Fields<'a>) -> Result<&'a str, Fail> {
    let u = b
        .req_str("userExpr")
        .map_err(|_| Fail::bad("userExpr is required: the user the rule is for, <user>@<host>"))?;
    match user_problem(u) {
        Some(p) => Err(Fail::bad(format!("userExpr {p}"))),
        None => Ok(u),
    }
}

pub fn create_rule(st: &mut State, ctx: &Ctx, id: &str) -> Reply {
    changeable(st, ctx, id)?;
    let b = Fields::parse(&ctx.body)?;
    b.only(
        &[
            "name",
            "auditLogFilterRuleId",
            "clusterId",
            "userExpr",
            "disabled",
            "eventTypes",
            "displayName",
            "dbExpr",
            "tableExpr",
            "accessTypeList",
        ],
        "an audit log filter rule",
    )?;
    same_cluster(&b, id)?;
    if let Some(f) = ["dbExpr", "tableExpr", "accessTypeList"]
        .into_iter()
        .find(|f| b.0.get(*f).is_some_and(|v| !v.is_null()))
    {
        return Err(Fail::bad(format!(
            "{f} is for legacy audit logging only, which cluster {id} does not use"
        )));
    }
    let user = user_expr(&b)?;
    let (display_name, disabled, event_types) = rule_fields(&b, user)?;
    if rule(st, id, user).is_ok() {
        return Err(Fail::new(
            StatusCode::CONFLICT,
            format!("cluster {id} already has an audit log filter rule for {user}"),
        ));
    }
    let rec = DedicatedRuleRec {
        seq: st.next_seq(),
        cluster_id: id.to_owned(),
        user_expr: user.to_owned(),
        display_name,
        disabled,
        event_types,
    };
    let out = rec.to_json();
    st.audit_logging.dedicated_rules.push(rec);
    st.audit(&ctx.key, "CreateAuditLogFilterRule", Some(id), None);
    ok(out)
}

pub fn get_rule(st: &mut State, ctx: &Ctx, id: &str, rule_id: &str) -> Reply {
    cluster(st, ctx, id)?;
    let i = rule(st, id, rule_id)?;
    ok(st.audit_logging.dedicated_rules[i].to_json())
}

pub fn delete_rule(st: &mut State, ctx: &Ctx, id: &str, rule_id: &str) -> Reply {
    changeable(st, ctx, id)?;
    let i = rule(st, id, rule_id)?;
    st.audit_logging.dedicated_rules.remove(i);
    st.audit(&ctx.key, "DeleteAuditLogFilterRule", Some(id), None);
    ok(json!({}))
}

/// Every field of the rule but its user expression, which is its id, takes
/// the body's value or its default.
pub fn replace_rule(st: &mut State, ctx: &Ctx, id: &str, rule_id: &str) -> Reply {
    changeable(st, ctx, id)?;
    let i = rule(st, id, rule_id)?;
    let b = Fields::parse(&ctx.body)?;
    b.only(
        &[
            "clusterId",
            "auditLogFilterRuleId",
            "userExpr",
            "disabled",
            "eventTypes",
            "displayName",
        ],
        "an audit log filter rule",
    )?;
    same_cluster(&b, id)?;
    for field in ["auditLogFilterRuleId", "userExpr"] {
        if let Some(other) = b.opt_str(field)?.filter(|o| *o != rule_id) {
            return Err(Fail::bad(format!(
                "{field} {other:?} is not the rule's, {rule_id:?}: a rule's user expression \
                 is its id; create a rule for another user"
            )));
        }
    }
    let (display_name, disabled, event_types) = rule_fields(&b, rule_id)?;
    let r = &mut st.audit_logging.dedicated_rules[i];
    (r.display_name, r.disabled, r.event_types) = (display_name, disabled, event_types);
    let out = r.to_json();
    st.audit(&ctx.key, "ReplaceAuditLogFilterRule", Some(id), None);
    ok(json!({ "auditLogFilterRule": out }))
}

/// The operations this module answers.
pub const ROUTES: &[Route] = &[
    ("getDatabaseAuditLogConfig", |st, ctx, p| {
        get_config(st, ctx, p.at(0))
    }),
    ("updateDatabaseAuditLogConfig", |st, ctx, p| {
        update_config(st, ctx, p.at(0))
    }),
    ("showDatabaseAuditLogIamPrincipal", |st, ctx, p| {
        show_iam_principal(st, ctx, p.at(0))
    }),
    ("listDatabaseAuditLogFiles", |st, ctx, p| {
        query_files(st, ctx, p.at(0))
    }),
    ("generateDatabaseAuditLogDownloadAddress", |st, ctx, p| {
        generate_download_address(st, ctx, p.at(0))
    }),
    ("listDatabaseAuditLogFilterRules", |st, ctx, p| {
        list_rules(st, ctx, p.at(0))
    }),
    ("createDatabaseAuditLogFilterRule", |st, ctx, p| {
        create_rule(st, ctx, p.at(0))
    }),
    ("getDatabaseAuditLogFilterRule", |st, ctx, p| {
        get_rule(st, ctx, p.at(0), p.at(1))
    }),
    ("deleteDatabaseAuditLogFilterRule", |st, ctx, p| {
        delete_rule(st, ctx, p.at(0), p.at(1))
    }),
    ("replaceDatabaseAuditLogFilterRule", |st, ctx, p| {
        replace_rule(st, ctx, p.at(0), p.at(1))
    }),
];
