//! Mock handlers for database audit logging of Starter and Essential
//! clusters: the configuration (off until enabled with a cloud storage:
//! TiDB Cloud's own, or a bucket of S3, GCS, Azure Blob or OSS), filter
//! rules with unique names, and the files TiDB Cloud keeps (a file each step
//! of the transition time while logging is on, see
//! `records::audit_logging`), with download URLs good for an hour. Changes
//! need an ACTIVE cluster and a key that manages clusters; files need a key
//! that may read audit logs.

use crate::mock::access::{can_write, serverless_active, serverless_visible};
use crate::mock::auth::random_hex;
use crate::mock::checks::{
    check_uri, opt_bool, opt_enum, opt_str_list, req_obj, without_credentials,
};
use crate::mock::context::{Ctx, Route};
use crate::mock::listing::{paged, Listing};
use crate::mock::records::{
    can_read_logs, download_url, user_problem, AuditLogFile, DownloadAddress, Location, LogRun,
    ServerlessAuditConfig, ServerlessRuleRec, Tier, AUDIT_EVENT_CLASSES,
};
use crate::mock::reply::{check_display_name, ok, one_of, Fail, Fields, Reply};
use crate::mock::state::{rfc3339, State};
use axum::http::StatusCode;
use chrono::{NaiveDate, Utc};
use serde_json::{json, Map, Value};
use std::time::Duration;

/// How long a download URL works, in seconds.
const URL_SECONDS: u64 = 3600;

/// Most files one download request may name.
const MAX_DOWNLOADS: usize = 100;

/// A kind of cloud storage: its type, the field of its settings, the URI
/// schemes it takes, its auth types, and the field each auth type needs.
type Storage = (
    &'static str,
    &'static str,
    &'static [&'static str],
    &'static [(&'static str, &'static str)],
);

const STORAGES: &[Storage] = &[
    (
        "S3",
        "s3",
        &["s3://"],
        &[("ROLE_ARN", "roleArn"), ("ACCESS_KEY", "accessKey")],
    ),
    (
        "GCS",
        "gcs",
        &["gs://"],
        &[("SERVICE_ACCOUNT_KEY", "serviceAccountKey")],
    ),
    (
        "AZURE_BLOB",
        "azureBlob",
        &["azure://", "https://"],
        &[("SAS_TOKEN", "")],
    ),
    (
        "OSS",
        "oss",
        &["oss://"],
        &[("ACCESS_KEY", "accessKey"), ("ROLE_ARN", "roleArn")],
    ),
];

/// Where TiDB Cloud keeps the logs it stores itself.
const SERVICE_BUCKET: &str = "tidbcloud-serverless-audit-logs";

fn changeable(st: &State, ctx: &Ctx, id: &str) -> Result<(), Fail> {
    serverless_visible(st, ctx, id)?;
    can_write(ctx)?;
    serverless_active(st, ctx, id, "changing its audit logging")?;
    Ok(())
}

fn config(st: &State, id: &str) -> ServerlessAuditConfig {
    st.audit_logging
        .serverless
        .get(id)
        .cloned()
        .unwrap_or_default()
}

pub fn get_config(st: &mut State, ctx: &Ctx, id: &str) -> Reply {
    serverless_visible(st, ctx, id)?;
    ok(config(st, id).to_json(id))
}

/// A cloud storage as the definitions state it: its type, and the settings
/// of that type (none for TiDB Cloud's own) with a URI and the credential
/// its auth type needs.
fn check_storage(s: &Map<String, Value>) -> Result<(), Fail> {
    let s = Fields(s);
    s.only(&["type", "s3", "gcs", "azureBlob", "oss"], "cloudStorage")?;
    let kind = s
        .req_str("type")
        .map_err(|_| Fail::bad("cloudStorage.type is required"))?;
    let kinds: Vec<&str> = std::iter::once("TIDB_CLOUD")
        .chain(STORAGES.iter().map(|k| k.0))
        .collect();
    one_of("cloudStorage.type", kind, &kinds)?;
    let field = STORAGES.iter().find(|k| k.0 == kind).map(|k| k.1);
    if let Some(other) = ["s3", "gcs", "azureBlob", "oss"]
        .into_iter()
        .find(|f| Some(*f) != field && s.0.get(*f).is_some_and(|v| !v.is_null()))
    {
        return Err(Fail::bad(format!(
            "cloudStorage.{other} does not go with type {kind}"
        )));
    }
    let Some((_, field, schemes, auths)) = STORAGES.iter().find(|k| k.0 == kind) else {
        return Ok(());
    };
    let at = format!("cloudStorage.{field}.");
    let b = req_obj(&s, field, "cloudStorage.")?;
    b.only(
        &[
            "uri",
            "authType",
            "roleArn",
            "accessKey",
            "serviceAccountKey",
            "sasToken",
        ],
        &format!("cloudStorage.{field}"),
    )?;
    let uri = crate::mock::checks::req_str(&b, "uri", &at)?;
    check_uri(uri, &format!("{at}uri"), schemes)?;
    let auth_types: Vec<&str> = auths.iter().map(|a| a.0).collect();
    let auth = crate::mock::checks::req_str(&b, "authType", &at)?;
    opt_enum(&b, "authType", &at, &auth_types)?;
    let needs = auths.iter().find(|a| a.0 == auth).map_or("", |a| a.1);
    match needs {
        "" => Ok(()),
        "accessKey" => {
            let key = req_obj(&b, "accessKey", &at)?;
            key.only(&["id", "secret"], &format!("{at}accessKey"))?;
            crate::mock::checks::req_str(&key, "id", &format!("{at}accessKey."))?;
            crate::mock::checks::req_str(&key, "secret", &format!("{at}accessKey."))?;
            Ok(())
        }
        f => crate::mock::checks::req_str(&b, f, &at).map(|_| ()),
    }
}

/// `field` of `b`, if given, from 1 to `max`.
fn positive(b: &Fields<'_>, field: &str, max: i64) -> Result<Option<i64>, Fail> {
    match b.opt_int(field)? {
        Some(n) if !(1..=max).contains(&n) => {
            Err(Fail::bad(format!("{field} must be 1 to {max}, got {n}")))
        }
        n => Ok(n),
    }
}

pub fn update_config(st: &mut State, ctx: &Ctx, id: &str) -> Reply {
    changeable(st, ctx, id)?;
    let body = Fields::parse(&ctx.body)?;
    body.only(&["auditLogConfig"], "the request")?;
    let b = req_obj(&body, "auditLogConfig", "")?;
    b.only(
        &[
            "clusterId",
            "enabled",
            "unredacted",
            "cloudStorage",
            "rotationIntervalMinutes",
            "rotationSizeMib",
        ],
        "auditLogConfig",
    )?;
    if let Some(other) = b.opt_str("clusterId")?.filter(|o| *o != id) {
        return Err(Fail::bad(format!(
            "auditLogConfig.clusterId {other:?} is not the cluster of the path, {id}"
        )));
    }
    if b.0.iter().all(|(k, v)| k == "clusterId" || v.is_null()) {
        return Err(Fail::bad(
            "nothing to update: give enabled, unredacted, cloudStorage or a rotation setting",
        ));
    }
    let old = config(st, id);
    let mut c = old.clone();
    if let Some(s) = b.opt_obj("cloudStorage")? {
        check_storage(s)?;
        c.cloud_storage = Some(without_credentials(&Value::Object(s.clone())));
    }
    if let Some(v) = opt_bool(&b, "enabled")? {
        c.enabled = v;
    }
    if let Some(v) = opt_bool(&b, "unredacted")? {
        c.unredacted = v;
    }
    if let Some(n) = positive(&b, "rotationIntervalMinutes", 1440)? {
        c.rotation_interval_minutes = n;
    }
    if let Some(n) = positive(&b, "rotationSizeMib", 1024)? {
        c.rotation_size_mib = n;
    }
    if c.enabled && c.cloud_storage.is_none() {
        return Err(Fail::bad(
            "auditLogConfig.cloudStorage is required to enable audit logging: \
             {\"type\": \"TIDB_CLOUD\"} or a bucket",
        ));
    }
    // Files are seen only where TiDB Cloud keeps them.
    let kept = |c: &ServerlessAuditConfig| c.enabled && c.storage_type() == Some("TIDB_CLOUD");
    let same = old.unredacted == c.unredacted && old.cloud_storage == c.cloud_storage;
    let logs = &mut st.audit_logging;
    if kept(&old) && !(kept(&c) && same) {
        logs.end_run(Tier::Serverless, id, ctx.now);
    }
    if kept(&c) && !(kept(&old) && same) {
        let mut run = LogRun::new(Tier::Serverless, id, ctx.now, st.transition);
        run.unredacted = c.unredacted;
        run.location = Location {
            bucket: SERVICE_BUCKET.into(),
            prefix: format!("{SERVICE_BUCKET}/{id}/"),
        };
        logs.start_run(run, ctx.now);
    }
    let out = c.to_json(id);
    logs.serverless.insert(id.to_owned(), c);
    let project = serverless_visible(st, ctx, id)?.project().to_owned();
    st.audit(&ctx.key, "UpdateAuditLogConfig", None, Some(&project));
    ok(out)
}

/// The cluster's files, which TiDB Cloud must keep: logs sent to a bucket
/// are there, not with the service.
fn kept_files(st: &State, ctx: &Ctx, id: &str) -> Result<Vec<AuditLogFile>, Fail> {
    serverless_visible(st, ctx, id)?;
    can_read_logs(ctx)?;
    match config(st, id).storage_type() {
        None | Some("TIDB_CLOUD") => Ok(st.audit_logging.files(Tier::Serverless, id, ctx.now)),
        Some(other) => Err(Fail::bad(format!(
            "the audit logs of cluster {id} go to {other}; only logs stored in TiDB Cloud \
             are listed and downloaded here"
        ))),
    }
}

fn file_json(f: &AuditLogFile, url: Option<String>) -> Value {
    let mut v = json!({
        "name": f.name,
        "sizeBytes": f.size(),
        "createTime": rfc3339(f.created),
    });
    if let Some(u) = url {
        v["url"] = json!(u);
    }
    v
}

pub fn list_files(st: &mut State, ctx: &Ctx, id: &str) -> Reply {
    let date =
        match ctx.query.get("date") {
            None => None,
            Some(d) => Some(NaiveDate::parse_from_str(d, "%Y-%m-%d").map_err(|_| {
                Fail::bad(format!("date {d:?} is not a date of the form YYYY-MM-DD"))
            })?),
        };
    let files: Vec<AuditLogFile> = kept_files(st, ctx, id)?
        .into_iter()
        .filter(|f| date.is_none_or(|d| f.created.date_naive() == d))
        .collect();
    let listing = format!("serverless-audit-files|{id}|{date:?}");
    paged(
        ctx,
        Listing::new(&listing, "auditLogFiles").max_size(1000),
        files.iter().enumerate().map(|(i, f)| (i as u64, f)),
        |f| file_json(f, None),
    )
}

pub fn download_files(st: &mut State, ctx: &Ctx, id: &str) -> Reply {
    let b = Fields::parse(&ctx.body)?;
    b.only(&["auditLogFileNames"], "the request")?;
    let names = opt_str_list(&b, "auditLogFileNames")?.unwrap_or_default();
    if names.is_empty() || names.len() > MAX_DOWNLOADS {
        return Err(Fail::bad(format!(
            "auditLogFileNames must name 1 to {MAX_DOWNLOADS} files, got {}",
            names.len()
        )));
    }
    let files = kept_files(st, ctx, id)?;
    let expires = ctx.now + Duration::from_secs(URL_SECONDS);
    let mut out = Vec::new();
    for n in names {
        let f = files
            .iter()
            .find(|f| f.name == n)
            .ok_or_else(|| Fail::not_found(format!("cluster {id} has no audit log file {n:?}")))?;
        let token = random_hex(16);
        out.push((f.clone(), token));
    }
    let mut answered = Vec::new();
    for (f, token) in out {
        answered.push(file_json(
            &f,
            Some(download_url(
                ctx.objects,
                Tier::Serverless,
                id,
                &f.name,
                URL_SECONDS,
            )),
        ));
        st.audit_logging.addresses.push(DownloadAddress {
            token,
            tier: Tier::Serverless,
            cluster_id: id.to_owned(),
            file_name: f.name,
            expires,
        });
    }
    ok(json!({ "auditLogFiles": answered }))
}

/// A rule's filters: a non-empty list, each joining its conditions with
/// AND (`[{}]` takes every event).
fn check_filters(v: &Value) -> Result<(), Fail> {
    let items = v
        .as_array()
        .filter(|a| !a.is_empty())
        .ok_or_else(|| Fail::bad("filters must be a non-empty list ([{}] logs every event)"))?;
    for (i, f) in items.iter().enumerate() {
        let f = f
            .as_object()
            .map(Fields)
            .ok_or_else(|| Fail::bad(format!("filters[{i}] must be an object")))?;
        f.only(
            &["classes", "tables", "statusCodes"],
            &format!("filters[{i}]"),
        )?;
        for c in opt_str_list(&f, "classes")?.unwrap_or_default() {
            one_of(&format!("filters[{i}].classes"), c, AUDIT_EVENT_CLASSES)?;
        }
        for t in opt_str_list(&f, "tables")?.unwrap_or_default() {
            let ok = t.split_once('.').is_some_and(|(db, table)| {
                !db.is_empty() && !table.is_empty() && !t.chars().any(char::is_whitespace)
            });
            if !ok {
                return Err(Fail::bad(format!(
                    "filters[{i}].tables: {t:?} is not <database>.<table> (* for any)"
                )));
            }
        }
        match f.0.get("statusCodes") {
            None | Some(Value::Null) => {}
            Some(Value::Array(codes))
                if codes.iter().all(|c| matches!(c.as_i64(), Some(0 | 1))) => {}
            Some(_) => {
                return Err(Fail::bad(format!(
                    "filters[{i}].statusCodes must be a list of 0 (succeeded) and 1 (failed)"
                )))
            }
        }
    }
    Ok(())
}

fn check_users(users: &[&str]) -> Result<(), Fail> {
    if users.is_empty() {
        return Err(Fail::bad("users must name at least one user (%@% for all)"));
    }
    match users.iter().find_map(|u| user_problem(u)) {
        Some(p) => Err(Fail::bad(format!("users: {p}"))),
        None => Ok(()),
    }
}

/// A name no other rule of the cluster has.
fn check_unique(st: &State, id: &str, name: &str, except: Option<&str>) -> Result<(), Fail> {
    check_display_name(name)?;
    let taken = st
        .audit_logging
        .serverless_rules
        .iter()
        .any(|r| r.cluster_id == id && r.display_name == name && Some(r.id.as_str()) != except);
    if taken {
        return Err(Fail::new(
            StatusCode::CONFLICT,
            format!("cluster {id} already has an audit log filter rule named {name:?}"),
        ));
    }
    Ok(())
}

fn rule(st: &State, id: &str, rule_id: &str) -> Result<usize, Fail> {
    st.audit_logging
        .serverless_rules
        .iter()
        .position(|r| r.cluster_id == id && r.id == rule_id)
        .ok_or_else(|| {
            Fail::not_found(format!(
                "audit log filter rule {rule_id} not found in cluster {id}"
            ))
        })
}

fn project(st: &State, ctx: &Ctx, id: &str) -> Result<String, Fail> {
    Ok(serverless_visible(st, ctx, id)?.project().to_owned())
}

pub fn list_rules(st: &mut State, ctx: &Ctx, id: &str) -> Reply {
    serverless_visible(st, ctx, id)?;
    let listing = format!("serverless-audit-rules|{id}");
    let rules = st
        .audit_logging
        .serverless_rules
        .iter()
        .filter(|r| r.cluster_id == id)
        .map(|r| (r.seq, r));
    paged(
        ctx,
        Listing::new(&listing, "filterRules")
            .default_size(10)
            .counted(),
        rules,
        ServerlessRuleRec::to_json,
    )
}

pub fn create_rule(st: &mut State, ctx: &Ctx, id: &str) -> Reply {
    changeable(st, ctx, id)?;
    let body = Fields::parse(&ctx.body)?;
    body.only(&["filterRule"], "the request")?;
    let b = req_obj(&body, "filterRule", "")?;
    // The read-only fields of an answer sent back are let be.
    b.only(
        &[
            "filterRuleId",
            "clusterId",
            "displayName",
            "users",
            "filters",
            "disabled",
            "createTime",
            "updateTime",
        ],
        "filterRule",
    )?;
    let name = b
        .req_str("displayName")
        .map_err(|_| Fail::bad("filterRule.displayName is required"))?;
    check_unique(st, id, name, None)?;
    let users = opt_str_list(&b, "users")?.unwrap_or_default();
    check_users(&users)?;
    let filters = b.0.get("filters").cloned().unwrap_or(Value::Null);
    check_filters(&filters)?;
    let seq = st.next_seq();
    let rec = ServerlessRuleRec {
        seq,
        id: format!("{}", 1_420_000_000_000_000_000u64 + seq),
        cluster_id: id.to_owned(),
        display_name: name.to_owned(),
        users: users.iter().map(|u| (*u).to_owned()).collect(),
        filters,
        disabled: false,
        create_time: Utc::now(),
        update_time: None,
    };
    let out = rec.to_json();
    st.audit_logging.serverless_rules.push(rec);
    let p = project(st, ctx, id)?;
    st.audit(&ctx.key, "CreateAuditLogFilterRule", None, Some(&p));
    ok(out)
}

pub fn get_rule(st: &mut State, ctx: &Ctx, id: &str, rule_id: &str) -> Reply {
    serverless_visible(st, ctx, id)?;
    let i = rule(st, id, rule_id)?;
    ok(st.audit_logging.serverless_rules[i].to_json())
}

pub fn update_rule(st: &mut State, ctx: &Ctx, id: &str, rule_id: &str) -> Reply {
    changeable(st, ctx, id)?;
    let i = rule(st, id, rule_id)?;
    let b = Fields::parse(&ctx.body)?;
    b.only(
        &["filters", "users", "disabled", "displayName"],
        "the request",
    )?;
    if b.0.values().all(Value::is_null) {
        return Err(Fail::bad(
            "nothing to update: give displayName, users, filters or disabled",
        ));
    }
    let name = b.opt_str("displayName")?;
    if let Some(n) = name {
        check_unique(st, id, n, Some(rule_id))?;
    }
    let users = opt_str_list(&b, "users")?;
    if let Some(u) = &users {
        check_users(u)?;
    }
    let filters = b.0.get("filters").filter(|v| !v.is_null());
    if let Some(f) = filters {
        check_filters(f)?;
    }
    let disabled = opt_bool(&b, "disabled")?;
    let r = &mut st.audit_logging.serverless_rules[i];
    if let Some(n) = name {
        r.display_name = n.to_owned();
    }
    if let Some(u) = users {
        r.users = u.iter().map(|u| (*u).to_owned()).collect();
    }
    if let Some(f) = filters {
        r.filters = f.clone();
    }
    if let Some(d) = disabled {
        r.disabled = d;
    }
    r.update_time = Some(Utc::now());
    let out = r.to_json();
    let p = project(st, ctx, id)?;
    st.audit(&ctx.key, "UpdateAuditLogFilterRule", None, Some(&p));
    ok(out)
}

pub fn delete_rule(st: &mut State, ctx: &Ctx, id: &str, rule_id: &str) -> Reply {
    changeable(st, ctx, id)?;
    let i = rule(st, id, rule_id)?;
    let gone = st.audit_logging.serverless_rules.remove(i);
    let p = project(st, ctx, id)?;
    st.audit(&ctx.key, "DeleteAuditLogFilterRule", None, Some(&p));
    ok(gone.to_json())
}

/// The operations this module answers.
pub const ROUTES: &[Route] = &[
    ("getServerlessDatabaseAuditLogConfig", |st, ctx, p| {
        get_config(st, ctx, p.at(0))
    }),
    ("updateServerlessDatabaseAuditLogConfig", |st, ctx, p| {
        update_config(st, ctx, p.at(0))
    }),
    ("listServerlessDatabaseAuditLogFilterRules", |st, ctx, p| {
        list_rules(st, ctx, p.at(0))
    }),
    (
        "createServerlessDatabaseAuditLogFilterRule",
        |st, ctx, p| create_rule(st, ctx, p.at(0)),
    ),
    ("getServerlessDatabaseAuditLogFilterRule", |st, ctx, p| {
        get_rule(st, ctx, p.at(0), p.at(1))
    }),
    (
        "updateServerlessDatabaseAuditLogFilterRule",
        |st, ctx, p| update_rule(st, ctx, p.at(0), p.at(1)),
    ),
    (
        "deleteServerlessDatabaseAuditLogFilterRule",
        |st, ctx, p| delete_rule(st, ctx, p.at(0), p.at(1)),
    ),
    ("listServerlessDatabaseAuditLogFiles", |st, ctx, p| {
        list_files(st, ctx, p.at(0))
    }),
    ("downloadServerlessDatabaseAuditLogFiles", |st, ctx, p| {
        download_files(st, ctx, p.at(0))
    }),
];
