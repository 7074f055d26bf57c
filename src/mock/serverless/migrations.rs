//! Data migrations into Starter and Essential clusters, and their prechecks.
//!
//! Sources are checked as the definitions state them: a source type of
//! MYSQL, ALICLOUD_RDS_MYSQL or AWS_RDS_MYSQL; a connection profile with its
//! type, port, user and password, and a `host` (PUBLIC) or an `endpointId`
//! (PRIVATE_LINK); TLS contents in base64; migration rules with a schema
//! pattern and a target schema without wildcards. An INCREMENTAL migration
//! needs each source's start: `binlogGtid`, or `binlogName` with
//! `binlogPosition`. Passwords and TLS keys are taken, never answered.
//!
//! A source whose host (or private link endpoint) contains "fail" fails the
//! replication privilege check, so a precheck of it ends FAILED and a
//! migration from it ends FAILED; one containing "warn" gets a warning on the
//! primary key check, and its precheck still ends FINISHED.
//!
//! A migration is CREATING for one transition step, then RUNNING; pause
//! (RUNNING) and resume (PAUSED) take effect at once and answer `{}`; a
//! delete answers it DELETING, and it is gone a step later. A precheck is
//! RUNNING for one step; deleting a running one cancels it (CANCELED),
//! deleting one that has ended removes it.

use crate::mock::access::{can_write, serverless_active, serverless_visible};
use crate::mock::auth::random_hex;
use crate::mock::checks::{in_order, opt_enum, req_obj, req_str};
use crate::mock::context::{Ctx, Route};
use crate::mock::listing::{paged, Listing};
use crate::mock::records::{Findings, MigrationRec, PrecheckRec};
use crate::mock::reply::{ok, one_of, Fail, Fields, Reply};
use crate::mock::state::State;
use base64::Engine;
use chrono::Utc;
use serde_json::{json, Map, Value};

const SOURCE_FIELDS: &[&str] = &[
    "connProfile",
    "migrationRules",
    "binlogName",
    "binlogPosition",
    "binlogGtid",
    "sourceType",
];
const CONN_FIELDS: &[&str] = &[
    "connType",
    "endpointId",
    "host",
    "port",
    "user",
    "password",
    "security",
];
const SECURITY_FIELDS: &[&str] = &[
    "certAllowedCn",
    "sslCaContent",
    "sslCertContent",
    "sslKeyContent",
];

/// A create's or a precheck's body, checked.
struct Plan {
    display_name: String,
    /// The sources without their credentials.
    sources: Vec<Value>,
    findings: Vec<Findings>,
    target_user: String,
    mode: String,
}

fn check_security(s: &Fields<'_>, path: &str) -> Result<(), Fail> {
    s.only(SECURITY_FIELDS, path)?;
    for field in &SECURITY_FIELDS[1..] {
        if let Some(v) = s.opt_str(field)? {
            base64::engine::general_purpose::STANDARD
                .decode(v)
                .map_err(|_| Fail::bad(format!("{path}.{field} must be base64")))?;
        }
    }
    if s.opt_str("sslCertContent")?.is_some() != s.opt_str("sslKeyContent")?.is_some() {
        return Err(Fail::bad(format!(
            "{path}: sslCertContent and sslKeyContent go together"
        )));
    }
    match s.0.get("certAllowedCn") {
        None | Some(Value::Null) => Ok(()),
        Some(Value::Array(names)) if names.iter().all(Value::is_string) => Ok(()),
        Some(_) => Err(Fail::bad(format!(
            "{path}.certAllowedCn must be a list of strings"
        ))),
    }
}

/// A connection profile: (the address it names, for what the mock makes of
/// it, and the profile without its credentials).
fn check_conn(c: &Fields<'_>, path: &str) -> Result<(String, Value), Fail> {
    c.only(CONN_FIELDS, path)?;
    let p = format!("{path}.");
    let kind = req_str(c, "connType", &p)?;
    one_of(&format!("{p}connType"), kind, &["PUBLIC", "PRIVATE_LINK"])?;
    let port = c.opt_int("port")?;
    if !port.is_some_and(|n| (1..=65535).contains(&n)) {
        return Err(Fail::bad(format!("{p}port is required, 1 to 65535")));
    }
    req_str(c, "user", &p)?;
    req_str(c, "password", &p)?;
    let host = c.opt_str("host")?.filter(|h| !h.trim().is_empty());
    let endpoint = c.opt_str("endpointId")?.filter(|e| !e.trim().is_empty());
    let address = match (kind, host, endpoint) {
        ("PUBLIC", Some(h), _) => h,
        ("PRIVATE_LINK", _, Some(e)) => e,
        ("PUBLIC", None, _) => return Err(Fail::bad(format!("{p}host is required for PUBLIC"))),
        _ => {
            return Err(Fail::bad(format!(
                "{p}endpointId is required for PRIVATE_LINK"
            )))
        }
    };
    let mut kept: Map<String, Value> = c.0.clone();
    kept.remove("password");
    if let Some(s) = c.opt_obj("security")? {
        check_security(&Fields(s), &format!("{p}security"))?;
        let mut s = s.clone();
        s.remove("sslKeyContent");
        kept.insert("security".into(), Value::Object(s));
    }
    Ok((
        format!("{address}:{}", port.unwrap_or_default()),
        Value::Object(kept),
    ))
}

fn check_rules(rules: &Value, path: &str) -> Result<(), Fail> {
    let rules = match rules {
        Value::Null => return Ok(()),
        Value::Array(r) => r,
        _ => return Err(Fail::bad(format!("{path} must be a list"))),
    };
    for (i, rule) in rules.iter().enumerate() {
        let p = format!("{path}[{i}]");
        let rule = rule
            .as_object()
            .map(Fields)
            .ok_or_else(|| Fail::bad(format!("{p} must be an object")))?;
        rule.only(&["sourceTable", "targetTable"], &p)?;
        let source = req_obj(&rule, "sourceTable", &format!("{p}."))?;
        source.only(
            &["schemaPattern", "tablePattern"],
            &format!("{p}.sourceTable"),
        )?;
        req_str(&source, "schemaPattern", &format!("{p}.sourceTable."))?;
        source.opt_str("tablePattern")?;
        if let Some(t) = rule.opt_obj("targetTable")? {
            let (t, tp) = (Fields(t), format!("{p}.targetTable"));
            t.only(&["schema", "table"], &tp)?;
            let schema = req_str(&t, "schema", &format!("{tp}."))?;
            let table = t.opt_str("table")?.unwrap_or_default();
            if [schema, table].iter().any(|n| n.contains(['*', '?'])) {
                return Err(Fail::bad(format!("{tp} takes names, not wildcards")));
            }
        }
    }
    Ok(())
}

/// One source: its findings and itself without credentials.
fn check_source(v: &Value, i: usize, mode: &str) -> Result<(Findings, Value), Fail> {
    let path = format!("sources[{i}]");
    let s = v
        .as_object()
        .map(Fields)
        .ok_or_else(|| Fail::bad(format!("{path} must be an object")))?;
    s.only(SOURCE_FIELDS, &path)?;
    let kind = req_str(&s, "sourceType", &format!("{path}."))?;
    one_of(
        &format!("{path}.sourceType"),
        kind,
        &["MYSQL", "ALICLOUD_RDS_MYSQL", "AWS_RDS_MYSQL"],
    )?;
    let conn = req_obj(&s, "connProfile", &format!("{path}."))?;
    let (address, kept_conn) = check_conn(&conn, &format!("{path}.connProfile"))?;
    check_rules(
        s.0.get("migrationRules").unwrap_or(&Value::Null),
        &format!("{path}.migrationRules"),
    )?;
    let name = s.opt_str("binlogName")?.filter(|n| !n.is_empty());
    let position = s.opt_int("binlogPosition")?;
    let gtid = s.opt_str("binlogGtid")?.filter(|g| !g.is_empty());
    if position.is_some_and(|p| p < 0) || (position.is_some() && name.is_none()) {
        return Err(Fail::bad(format!(
            "{path}.binlogPosition goes with a binlogName and is not negative"
        )));
    }
    if mode == "INCREMENTAL" && gtid.is_none() && (name.is_none() || position.is_none()) {
        return Err(Fail::bad(format!(
            "{path}: an INCREMENTAL migration starts at binlogGtid, or at binlogName and binlogPosition"
        )));
    }
    let user = conn.opt_str("user")?.unwrap_or_default();
    let findings = Findings {
        failure: address.contains("fail").then(|| {
            format!("user {user:?} on {address} lacks the REPLICATION SLAVE and REPLICATION CLIENT privileges")
        }),
        warning: address
            .contains("warn")
            .then(|| format!("table shop.audit_trail on {address} has no primary or unique key")),
    };
    let mut kept = s.0.clone();
    kept.insert("connProfile".into(), kept_conn);
    Ok((findings, Value::Object(kept)))
}

fn plan(ctx: &Ctx, what: &str) -> Result<Plan, Fail> {
    let b = Fields::parse(&ctx.body)?;
    b.only(
        &[
            "displayName",
            "name",
            "sources",
            "target",
            "mode",
            "shardMode",
        ],
        what,
    )?;
    // The service's own samples call it `name`.
    let display_name = match (b.opt_str("displayName")?, b.opt_str("name")?) {
        (Some(n), _) | (None, Some(n)) if !n.trim().is_empty() => n,
        _ => return Err(Fail::bad("displayName is required")),
    };
    if display_name.chars().count() > 64 || display_name.chars().any(char::is_control) {
        return Err(Fail::bad(
            "displayName must be at most 64 printable characters",
        ));
    }
    let mode = req_str(&b, "mode", "")?;
    one_of("mode", mode, &["ALL", "INCREMENTAL"])?;
    opt_enum(&b, "shardMode", "", &["PESSIMISTIC", "OPTIMISTIC"])?;
    let target = req_obj(&b, "target", "")?;
    target.only(&["user", "password"], "target")?;
    let target_user = req_str(&target, "user", "target.")?;
    req_str(&target, "password", "target.")?;
    let given = match b.0.get("sources") {
        Some(Value::Array(s)) if !s.is_empty() => s,
        _ => return Err(Fail::bad("sources is required: a non-empty list")),
    };
    let (findings, sources) = given
        .iter()
        .enumerate()
        .map(|(i, s)| check_source(s, i, mode))
        .collect::<Result<Vec<_>, _>>()?
        .into_iter()
        .unzip();
    Ok(Plan {
        display_name: display_name.to_owned(),
        sources,
        findings,
        target_user: target_user.to_owned(),
        mode: mode.to_owned(),
    })
}

/// The migration's place in the state, if this key may see its cluster.
fn find(st: &mut State, ctx: &Ctx, cluster_id: &str, id: &str) -> Result<usize, Fail> {
    serverless_visible(st, ctx, cluster_id)?;
    st.migrations.settle(ctx.now);
    st.migrations
        .migrations
        .iter()
        .position(|m| m.id == id && m.cluster_id == cluster_id)
        .ok_or_else(|| Fail::not_found(format!("migration {id} not found in cluster {cluster_id}")))
}

pub fn list(st: &mut State, ctx: &Ctx, cluster_id: &str) -> Reply {
    serverless_visible(st, ctx, cluster_id)?;
    st.migrations.settle(ctx.now);
    let mine = st
        .migrations
        .migrations
        .iter()
        .filter(|m| m.cluster_id == cluster_id)
        .map(|m| (m.seq, m));
    let (items, desc) = in_order(ctx.query.get("orderBy"), mine)?;
    let listing = format!("migrations|{cluster_id}|{desc}");
    paged(
        ctx,
        Listing::new(&listing, "migrations")
            .default_size(10)
            .counted(),
        items,
        MigrationRec::to_json,
    )
}

pub fn create(st: &mut State, ctx: &Ctx, cluster_id: &str) -> Reply {
    can_write(ctx)?;
    let p = plan(ctx, "the migration")?;
    let project = serverless_active(st, ctx, cluster_id, "a migration")?
        .project()
        .to_owned();
    let seq = st.next_seq();
    let rec = MigrationRec {
        seq,
        id: format!("mig-{}", random_hex(10)),
        cluster_id: cluster_id.to_owned(),
        display_name: p.display_name,
        sources: p.sources,
        findings: p.findings,
        target_user: p.target_user,
        mode: p.mode,
        create_time: Utc::now(),
        state: "CREATING",
        pending: Some((ctx.now + st.transition, "RUNNING")),
    };
    let out = rec.to_json();
    st.migrations.migrations.push(rec);
    st.audit(&ctx.key, "CreateMigration", None, Some(&project));
    ok(out)
}

pub fn get(st: &mut State, ctx: &Ctx, cluster_id: &str, id: &str) -> Reply {
    let i = find(st, ctx, cluster_id, id)?;
    ok(st.migrations.migrations[i].to_json())
}

pub fn delete(st: &mut State, ctx: &Ctx, cluster_id: &str, id: &str) -> Reply {
    can_write(ctx)?;
    let i = find(st, ctx, cluster_id, id)?;
    let gone_at = ctx.now + st.transition;
    let m = &mut st.migrations.migrations[i];
    if m.state == "DELETING" {
        return Err(Fail::bad(format!("migration {id} is already DELETING")));
    }
    m.go("DELETING", Some((gone_at, "GONE")));
    let out = m.to_json();
    st.migrations.settle(ctx.now);
    st.audit(&ctx.key, "DeleteMigration", None, None);
    ok(out)
}

/// Pause (`pause`) or resume a migration, when its state allows.
fn pause_or_resume(st: &mut State, ctx: &Ctx, cluster_id: &str, id: &str, pause: bool) -> Reply {
    can_write(ctx)?;
    // The service's samples send no body; an empty object is the same.
    if ctx.body.is_some() {
        Fields::parse(&ctx.body)?.only(&[], "the request")?;
    }
    let i = find(st, ctx, cluster_id, id)?;
    let m = &mut st.migrations.migrations[i];
    let (from, to, verb, event) = if pause {
        ("RUNNING", "PAUSED", "pause", "PauseMigration")
    } else {
        ("PAUSED", "RUNNING", "resume", "ResumeMigration")
    };
    if m.state != from {
        return Err(Fail::bad(format!(
            "migration {id} is {}; {verb} needs it {from}",
            m.state
        )));
    }
    m.go(to, None);
    st.audit(&ctx.key, event, None, None);
    ok(json!({}))
}

pub fn create_precheck(st: &mut State, ctx: &Ctx, cluster_id: &str) -> Reply {
    can_write(ctx)?;
    let p = plan(ctx, "the precheck")?;
    let project = serverless_active(st, ctx, cluster_id, "a migration precheck")?
        .project()
        .to_owned();
    let rec = PrecheckRec {
        id: format!("pck-{}", random_hex(10)),
        cluster_id: cluster_id.to_owned(),
        mode: p.mode,
        findings: p.findings,
        done_at: ctx.now + st.transition,
        canceled: None,
    };
    let out = json!({ "precheckId": rec.id });
    st.migrations.prechecks.push(rec);
    st.audit(&ctx.key, "CreateMigrationPrecheck", None, Some(&project));
    ok(out)
}

fn find_precheck(st: &State, ctx: &Ctx, cluster_id: &str, id: &str) -> Result<usize, Fail> {
    serverless_visible(st, ctx, cluster_id)?;
    st.migrations
        .prechecks
        .iter()
        .position(|p| p.id == id && p.cluster_id == cluster_id)
        .ok_or_else(|| Fail::not_found(format!("precheck {id} not found in cluster {cluster_id}")))
}

pub fn get_precheck(st: &mut State, ctx: &Ctx, cluster_id: &str, id: &str) -> Reply {
    let i = find_precheck(st, ctx, cluster_id, id)?;
    ok(st.migrations.prechecks[i].to_json(ctx.now))
}

/// Cancel a running precheck (it stays, CANCELED), or remove one that has ended.
pub fn delete_precheck(st: &mut State, ctx: &Ctx, cluster_id: &str, id: &str) -> Reply {
    can_write(ctx)?;
    let i = find_precheck(st, ctx, cluster_id, id)?;
    let checks = &mut st.migrations.prechecks;
    let event = if checks[i].status(ctx.now) == "RUNNING" {
        checks[i].canceled = Some(ctx.now);
        "CancelMigrationPrecheck"
    } else {
        checks.remove(i);
        "DeleteMigrationPrecheck"
    };
    st.audit(&ctx.key, event, None, None);
    ok(json!({}))
}

/// The operations this module answers.
pub const ROUTES: &[Route] = &[
    ("listMigrations", |st, ctx, p| list(st, ctx, p.at(0))),
    ("createMigration", |st, ctx, p| create(st, ctx, p.at(0))),
    ("getMigration", |st, ctx, p| get(st, ctx, p.at(0), p.at(1))),
    ("deleteMigration", |st, ctx, p| {
        delete(st, ctx, p.at(0), p.at(1))
    }),
    ("pauseMigration", |st, ctx, p| {
        pause_or_resume(st, ctx, p.at(0), p.at(1), true)
    }),
    ("resumeMigration", |st, ctx, p| {
        pause_or_resume(st, ctx, p.at(0), p.at(1), false)
    }),
    ("createMigrationPrecheck", |st, ctx, p| {
        create_precheck(st, ctx, p.at(0))
    }),
    ("getMigrationPrecheck", |st, ctx, p| {
        get_precheck(st, ctx, p.at(0), p.at(1))
    }),
    ("deleteMigrationPrecheck", |st, ctx, p| {
        delete_precheck(st, ctx, p.at(0), p.at(1))
    }),
];
