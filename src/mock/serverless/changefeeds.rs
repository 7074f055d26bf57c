//! Changefeeds of Starter and Essential clusters: CREATING, then RUNNING (or
//! CREATE_FAILED when the sink is out of reach); stop → PAUSED; start
//! (PAUSED) → RUNNING, or RUNNING_FAILED; an edit while PAUSED; delete
//! answers it DELETED and it is gone. `:test` checks a sink and creates
//! nothing; `:describeSchemaTable` says which of the cluster's tables a
//! filter takes.

use crate::mock::access::{can_write, serverless_active, serverless_visible};
use crate::mock::changefeed_sinks::{
    check_serverless_filter, check_serverless_sink, check_serverless_start,
};
use crate::mock::checks::req_obj;
use crate::mock::context::{Ctx, Route};
use crate::mock::listing::{paged, Listing};
use crate::mock::records::{without_sink_secrets, LinkEndpointRec, ServerlessChangefeedRec};
use crate::mock::reply::{ok, one_of, Fail, Fields, Reply};
use crate::mock::state::{rfc3339, State};
use axum::http::StatusCode;
use chrono::Utc;
use serde_json::{json, Value};

/// The changefeed's place in the state, if this key may see its cluster.
fn find(st: &mut State, ctx: &Ctx, cluster_id: &str, id: &str) -> Result<usize, Fail> {
    serverless_visible(st, ctx, cluster_id)?;
    st.changefeeds.settle(ctx.now);
    st.changefeeds
        .serverless
        .iter()
        .position(|c| c.id == id && c.cluster_id == cluster_id)
        .ok_or_else(|| {
            Fail::not_found(format!("changefeed {id} not found in cluster {cluster_id}"))
        })
}

pub fn list(st: &mut State, ctx: &Ctx, cluster_id: &str) -> Reply {
    serverless_visible(st, ctx, cluster_id)?;
    let kind = ctx.query.get("changefeedType");
    if let Some(k) = kind {
        one_of("changefeedType", k, &["KAFKA", "MYSQL"])?;
    }
    st.changefeeds.settle(ctx.now);
    let items = st
        .changefeeds
        .serverless
        .iter()
        .filter(|c| c.cluster_id == cluster_id && kind.is_none_or(|k| c.sink["type"] == k))
        .map(|c| (c.seq, c));
    let listing = format!("serverlessChangefeeds|{cluster_id}|{kind:?}");
    paged(
        ctx,
        Listing::new(&listing, "changefeeds")
            .default_size(10)
            .counted(),
        items,
        ServerlessChangefeedRec::to_json,
    )
}

/// The sink and filter of a create or an edit, checked: (sink without its
/// credentials, its type, its error when it starts, filter).
fn feed(b: &Fields<'_>) -> Result<(Value, String, Option<String>, Value), Fail> {
    let sink = req_obj(b, "sink", "")?;
    let (kind, fails_with) = check_serverless_sink(&sink)?;
    let filter = req_obj(b, "filter", "")?;
    check_serverless_filter(&filter)?;
    let name = b.opt_str("displayName")?.unwrap_or_default();
    if name.chars().count() > 64 || name.chars().any(char::is_control) {
        return Err(Fail::bad(
            "displayName must be at most 64 printable characters",
        ));
    }
    let stripped = without_sink_secrets(&Value::Object(sink.0.clone()));
    Ok((
        stripped,
        kind.to_owned(),
        fails_with,
        Value::Object(filter.0.clone()),
    ))
}

pub fn create(st: &mut State, ctx: &Ctx, cluster_id: &str) -> Reply {
    can_write(ctx)?;
    let b = Fields::parse(&ctx.body)?;
    b.only(
        &["displayName", "sink", "filter", "startPosition"],
        "a changefeed",
    )?;
    serverless_active(st, ctx, cluster_id, "a changefeed")?;
    let (sink, _, fails_with, filter) = feed(&b)?;
    let start = match b.opt_obj("startPosition")? {
        Some(s) => {
            check_serverless_start(&Fields(s))?;
            Value::Object(s.clone())
        }
        None => json!({"mode": "FROM_NOW"}),
    };
    let seq = st.next_seq();
    let now = Utc::now();
    let rec = ServerlessChangefeedRec {
        seq,
        id: format!("cfd-{seq:08}"),
        cluster_id: cluster_id.to_owned(),
        display_name: b.opt_str("displayName")?.unwrap_or("changefeed").to_owned(),
        sink,
        filter,
        start_position: start,
        create_time: now,
        update_time: now,
        state: "CREATING",
        ready_at: Some(ctx.now + st.transition),
        error: None,
        fails_with,
        checkpoint: now,
    };
    st.changefeeds.serverless.push(rec);
    st.changefeeds.settle(ctx.now);
    st.audit(&ctx.key, "CreateServerlessChangefeed", None, None);
    let i = st.changefeeds.serverless.len() - 1;
    ok(st.changefeeds.serverless[i].to_json())
}

pub fn get(st: &mut State, ctx: &Ctx, cluster_id: &str, id: &str) -> Reply {
    let i = find(st, ctx, cluster_id, id)?;
    ok(st.changefeeds.serverless[i].to_json())
}

pub fn update(st: &mut State, ctx: &Ctx, cluster_id: &str, id: &str) -> Reply {
    can_write(ctx)?;
    let b = Fields::parse(&ctx.body)?;
    b.only(&["displayName", "sink", "filter"], "the changefeed edit")?;
    let i = find(st, ctx, cluster_id, id)?;
    let (sink, kind, fails_with, filter) = feed(&b)?;
    let c = &mut st.changefeeds.serverless[i];
    if c.sink["type"] != kind.as_str() {
        return Err(Fail::bad(format!(
            "changefeed {id} goes to {}; its sink type cannot change",
            c.sink["type"].as_str().unwrap_or_default()
        )));
    }
    if c.state != "PAUSED" {
        return Err(Fail::bad(format!(
            "changefeed {id} is {}; it can be edited while PAUSED",
            c.state
        )));
    }
    if let Some(n) = b.opt_str("displayName")? {
        c.display_name = n.to_owned();
    }
    (c.sink, c.filter, c.fails_with) = (sink, filter, fails_with);
    c.update_time = Utc::now();
    let out = c.to_json();
    st.audit(&ctx.key, "EditServerlessChangefeed", None, None);
    ok(out)
}

pub fn delete(st: &mut State, ctx: &Ctx, cluster_id: &str, id: &str) -> Reply {
    can_write(ctx)?;
    let i = find(st, ctx, cluster_id, id)?;
    let mut out = st.changefeeds.serverless.remove(i).to_json();
    out["state"] = json!("DELETED");
    st.audit(&ctx.key, "DeleteServerlessChangefeed", None, None);
    ok(out)
}

/// Start (`start`) or stop a changefeed, when its state allows.
fn start_or_stop(st: &mut State, ctx: &Ctx, cluster_id: &str, id: &str, start: bool) -> Reply {
    can_write(ctx)?;
    Fields::parse(&ctx.body)?.only(&[], "the request")?;
    let i = find(st, ctx, cluster_id, id)?;
    let c = &mut st.changefeeds.serverless[i];
    let (allowed, verb): (&[&str], _) = if start {
        (&["PAUSED"], "start")
    } else {
        (&["RUNNING", "WARNING", "RUNNING_FAILED"], "stop")
    };
    if !allowed.contains(&c.state) {
        return Err(Fail::bad(format!(
            "changefeed {id} is {}; {verb} needs it {}",
            c.state,
            allowed.join(" or ")
        )));
    }
    if start {
        c.begin("RUNNING_FAILED");
    } else {
        c.stop();
    }
    let out = c.to_json();
    let event = if start {
        "StartServerlessChangefeed"
    } else {
        "StopServerlessChangefeed"
    };
    st.audit(&ctx.key, event, None, None);
    ok(out)
}

/// Check a sink as a create would, and whether the cluster can reach it.
pub fn test(st: &mut State, ctx: &Ctx, cluster_id: &str) -> Reply {
    can_write(ctx)?;
    let b = Fields::parse(&ctx.body)?;
    b.only(&["sink"], "the sink check")?;
    serverless_active(st, ctx, cluster_id, "a sink check")?;
    let sink = req_obj(&b, "sink", "")?;
    match check_serverless_sink(&sink)? {
        (_, Some(why)) => Err(Fail::bad(why)),
        (_, None) => ok(json!({})),
    }
}

/// The mock's tables of every cluster: (table, whether it has a handle key).
const TABLES: &[(&str, bool)] = &[
    ("test.orders", true),
    ("test.customers", true),
    ("test.events", false),
    ("shop.items", true),
    ("shop.audit_trail", false),
];

/// Whether `table` (`db.tbl`) matches `rule` (`db.*`, `*.*`, `db.tbl`).
fn matches(rule: &str, table: &str) -> bool {
    let (rd, rt) = rule.split_once('.').unwrap_or((rule, "*"));
    let (td, tt) = table.split_once('.').unwrap_or((table, ""));
    let part = |r: &str, t: &str| match r.strip_suffix('*') {
        Some(prefix) => t.starts_with(prefix),
        None => r == t,
    };
    part(rd, td) && part(rt, tt)
}

pub fn describe_schema_table(st: &mut State, ctx: &Ctx, cluster_id: &str) -> Reply {
    let b = Fields::parse(&ctx.body)?;
    b.only(&["filterRules"], "the request")?;
    serverless_visible(st, ctx, cluster_id)?;
    let rules: Vec<&str> = match b.0.get("filterRules") {
        None | Some(Value::Null) => vec!["*.*"],
        Some(Value::Array(r)) => r
            .iter()
            .map(|x| x.as_str().filter(|s| !s.trim().is_empty()))
            .collect::<Option<_>>()
            .ok_or_else(|| Fail::bad("filterRules must be rules such as \"db.*\""))?,
        Some(_) => return Err(Fail::bad("filterRules must be a list")),
    };
    // A rule starting with "!" leaves out what it matches.
    let taken = |t: &str| {
        rules.iter().any(|r| !r.starts_with('!') && matches(r, t))
            && !rules
                .iter()
                .any(|r| r.strip_prefix('!').is_some_and(|r| matches(r, t)))
    };
    let pick = |handle: bool| -> Vec<&str> {
        TABLES
            .iter()
            .filter(|(t, h)| *h == handle && taken(t))
            .map(|(t, _)| *t)
            .collect()
    };
    ok(json!({
        "clusterId": cluster_id,
        "handleKeyTables": pick(true),
        "nonHandleKeyTables": pick(false),
        "gcSafePoint": rfc3339(Utc::now() - chrono::Duration::hours(24)),
    }))
}

/// The endpoint of the cluster to the service the query names.
fn endpoint(st: &State, ctx: &Ctx, cluster_id: &str) -> Result<usize, Fail> {
    serverless_visible(st, ctx, cluster_id)?;
    let service = ctx
        .query
        .get("privateLinkServiceName")
        .filter(|s| !s.trim().is_empty())
        .ok_or_else(|| Fail::bad("privateLinkServiceName is required"))?;
    st.changefeeds
        .endpoints
        .iter()
        .position(|e| e.cluster_id == cluster_id && e.service == service)
        .ok_or_else(|| {
            Fail::not_found(format!(
                "cluster {cluster_id} has no private link endpoint to {service}"
            ))
        })
}

pub fn get_endpoint(st: &mut State, ctx: &Ctx, cluster_id: &str) -> Reply {
    let i = endpoint(st, ctx, cluster_id)?;
    ok(st.changefeeds.endpoints[i].to_json(ctx.now))
}

/// A Kafka endpoint's settings: its kind and its listeners' pattern.
fn check_kafka_endpoint(
    kind: &str,
    kafka: Option<&serde_json::Map<String, Value>>,
) -> Result<(), Fail> {
    match (kind, kafka) {
        ("KAFKA", Some(k)) => {
            let k = Fields(k);
            let kafka_type = k
                .req_str("kafkaType")
                .map_err(|_| Fail::bad("kafka.kafkaType is required"))?;
            one_of(
                "kafka.kafkaType",
                kafka_type,
                &["SELF_HOSTED", "MSK", "CONFLUENT"],
            )?;
            let pattern = k.opt_obj("advertisedListenersPattern")?;
            if !pattern.is_some_and(|p| p.values().all(Value::is_string)) {
                return Err(Fail::bad(
                    "kafka.advertisedListenersPattern is required, an object of strings",
                ));
            }
            Ok(())
        }
        ("KAFKA", None) => Err(Fail::bad("kafka is required for a KAFKA endpoint")),
        (_, Some(_)) => Err(Fail::bad("kafka does not go with changefeedType MYSQL")),
        _ => Ok(()),
    }
}

pub fn create_endpoint(st: &mut State, ctx: &Ctx, cluster_id: &str) -> Reply {
    can_write(ctx)?;
    let b = Fields::parse(&ctx.body)?;
    b.only(
        &[
            "endpointId",
            "privateLinkServiceName",
            "changefeedType",
            "state",
            "kafka",
            "message",
            "endpointUrl",
            "createTime",
            "updateTime",
        ],
        "a private link endpoint",
    )?;
    serverless_active(st, ctx, cluster_id, "a private link endpoint")?;
    let service = b.req_str("privateLinkServiceName")?;
    let kind = b.req_str("changefeedType")?;
    one_of("changefeedType", kind, &["KAFKA", "MYSQL"])?;
    let kafka = b.opt_obj("kafka")?;
    check_kafka_endpoint(kind, kafka)?;
    let taken = st.changefeeds.endpoints.iter();
    if taken
        .clone()
        .any(|e| e.cluster_id == cluster_id && e.service == service)
    {
        return Err(Fail::new(
            StatusCode::CONFLICT,
            format!("cluster {cluster_id} already has an endpoint to {service}"),
        ));
    }
    let seq = st.next_seq();
    let rec = LinkEndpointRec {
        id: format!("cdcep-{seq:08}"),
        cluster_id: cluster_id.to_owned(),
        service: service.to_owned(),
        kind: kind.to_owned(),
        kafka: kafka.map(|k| Value::Object(k.clone())),
        create_time: Utc::now(),
        ready_at: ctx.now + st.transition,
    };
    let out = rec.to_json(ctx.now);
    st.changefeeds.endpoints.push(rec);
    st.audit(&ctx.key, "CreateChangefeedPrivateLinkEndpoint", None, None);
    ok(out)
}

pub fn delete_endpoint(st: &mut State, ctx: &Ctx, cluster_id: &str) -> Reply {
    can_write(ctx)?;
    let i = endpoint(st, ctx, cluster_id)?;
    let mut out = st.changefeeds.endpoints.remove(i).to_json(ctx.now);
    out["state"] = json!("DELETING");
    if let Some(m) = out.as_object_mut() {
        m.remove("message");
    }
    st.audit(&ctx.key, "DeleteChangefeedPrivateLinkEndpoint", None, None);
    ok(out)
}

/// The operations this module answers.
pub const ROUTES: &[Route] = &[
    ("listServerlessChangefeeds", |st, ctx, p| {
        list(st, ctx, p.at(0))
    }),
    ("createServerlessChangefeed", |st, ctx, p| {
        create(st, ctx, p.at(0))
    }),
    ("getServerlessChangefeed", |st, ctx, p| {
        get(st, ctx, p.at(0), p.at(1))
    }),
    ("updateServerlessChangefeed", |st, ctx, p| {
        update(st, ctx, p.at(0), p.at(1))
    }),
    ("deleteServerlessChangefeed", |st, ctx, p| {
        delete(st, ctx, p.at(0), p.at(1))
    }),
    ("startServerlessChangefeed", |st, ctx, p| {
        start_or_stop(st, ctx, p.at(0), p.at(1), true)
    }),
    ("stopServerlessChangefeed", |st, ctx, p| {
        start_or_stop(st, ctx, p.at(0), p.at(1), false)
    }),
    ("testServerlessChangefeed", |st, ctx, p| {
        test(st, ctx, p.at(0))
    }),
    ("describeServerlessChangefeedSchemaTable", |st, ctx, p| {
        describe_schema_table(st, ctx, p.at(0))
    }),
    (
        "getServerlessChangefeedPrivateLinkEndpoint",
        |st, ctx, p| get_endpoint(st, ctx, p.at(0)),
    ),
    (
        "createServerlessChangefeedPrivateLinkEndpoint",
        |st, ctx, p| create_endpoint(st, ctx, p.at(0)),
    ),
    (
        "deleteServerlessChangefeedPrivateLinkEndpoint",
        |st, ctx, p| delete_endpoint(st, ctx, p.at(0)),
    ),
];
