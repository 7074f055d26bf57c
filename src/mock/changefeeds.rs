//! Mock handlers for changefeeds of Dedicated clusters: CREATING, then
//! RUNNING (or FAILED when the sink is out of reach); pause (RUNNING, WARNING
//! or ERROR) → PAUSING → PAUSED; resume (PAUSED) → RUNNING; scale (RUNNING or
//! WARNING) → SCALING → RUNNING; edit (PAUSED) → EDITING → PAUSED; delete →
//! DELETING → gone. A changefeed goes with its cluster.

use super::access::{can_write, visible};
use super::changefeed_sinks::{
    check_network, check_sink, check_start_position, check_table_config, sink_field,
};
use super::checks::req_obj;
use super::context::{Ctx, Route};
use super::listing::{paged, Listing};
use super::records::{rcu_name, without_sink_secrets, ChangefeedRec, RCUS};
use super::reply::{ok, Fail, Fields, Reply};
use super::state::State;
use axum::http::StatusCode;
use chrono::Utc;
use serde_json::{json, Map, Value};

/// The Changefeed message's fields: what a create may carry (the read-only
/// ones too, so that an answer can be sent back).
const FIELDS: &[&str] = &[
    "id",
    "clusterId",
    "name",
    "networkInfo",
    "state",
    "createTime",
    "checkpointTso",
    "checkpointTs",
    "replicationCapacity",
    "downstreamType",
    "tableConfig",
    "startPosition",
    "kafka",
    "mysql",
    "s3",
    "gcs",
    "azureBlob",
    "error",
];

/// The changefeed's place in the state, if this key may see it.
fn find(st: &mut State, ctx: &Ctx, id: &str) -> Result<usize, Fail> {
    st.changefeeds.settle(ctx.now);
    st.changefeeds
        .changefeeds
        .iter()
        .position(|c| c.id == id && ctx.key.project().is_none_or(|p| p == c.project_id))
        .ok_or_else(|| Fail::not_found(format!("changefeed {id} not found")))
}

fn check_capacity(name: &str) -> Result<(), Fail> {
    if RCUS.iter().any(|(n, _)| rcu_name(*n) == name) {
        Ok(())
    } else {
        let names: Vec<String> = RCUS.iter().map(|(n, _)| rcu_name(*n)).collect();
        Err(Fail::bad(format!(
            "replicationCapacity {name:?} is not one of {}",
            names.join(", ")
        )))
    }
}

fn dry_run(b: &Fields<'_>) -> Result<bool, Fail> {
    match b.0.get("dryRun") {
        None | Some(Value::Null) => Ok(false),
        Some(Value::Bool(d)) => Ok(*d),
        Some(_) => Err(Fail::bad("dryRun must be true or false")),
    }
}

/// The sink's settings of `b`, credentials left out.
fn sink_of(b: &Fields<'_>, field: &str) -> Value {
    let mut m = Map::new();
    if let Some(v) = b.0.get(field) {
        m.insert(field.to_owned(), without_sink_secrets(v));
    }
    Value::Object(m)
}

pub fn list(st: &mut State, ctx: &Ctx) -> Reply {
    let cluster_id = ctx
        .query
        .get("clusterId")
        .filter(|c| !c.is_empty())
        .ok_or_else(|| Fail::bad("clusterId is required"))?;
    visible(st, ctx, cluster_id)?;
    let kind = ctx.query.get("downstreamType");
    if let Some(k) = kind {
        sink_field(k)?;
    }
    st.changefeeds.settle(ctx.now);
    let listing = format!("changefeeds|{cluster_id}|{kind:?}");
    let items = st
        .changefeeds
        .changefeeds
        .iter()
        .filter(|c| c.cluster_id == cluster_id && kind.is_none_or(|k| k == c.downstream_type))
        .map(|c| (c.seq, c));
    paged(
        ctx,
        Listing::new(&listing, "changefeeds")
            .default_size(10)
            .counted(),
        items,
        ChangefeedRec::to_json,
    )
}

pub fn create(st: &mut State, ctx: &Ctx) -> Reply {
    can_write(ctx)?;
    let b = Fields::parse(&ctx.body)?;
    b.only(&["changefeed", "dryRun"], "the create changefeed request")?;
    let dry = dry_run(&b)?;
    let cf = req_obj(&b, "changefeed", "")?;
    cf.only(FIELDS, "a changefeed")?;
    let cluster_id = cf.req_str("clusterId")?;
    let cluster = visible(st, ctx, cluster_id)?;
    if cluster.state != "ACTIVE" {
        return Err(Fail::bad(format!(
            "cluster {cluster_id} is {}; a changefeed needs an ACTIVE cluster",
            cluster.state
        )));
    }
    let project_id = cluster.project_id.clone();
    let name = cf.req_str("name")?;
    if name.chars().count() > 64 || name.chars().any(char::is_control) {
        return Err(Fail::bad("name must be 1 to 64 printable characters"));
    }
    let capacity = cf.req_str("replicationCapacity")?;
    check_capacity(capacity)?;
    let kind = cf.req_str("downstreamType")?;
    let fails_with = check_sink(&cf, kind)?;
    let tables = req_obj(&cf, "tableConfig", "")?;
    check_table_config(&tables)?;
    let start = req_obj(&cf, "startPosition", "")?;
    check_start_position(&start)?;
    let network = match cf.opt_obj("networkInfo")? {
        Some(n) => {
            check_network(&Fields(n))?;
            Some(Value::Object(n.clone()))
        }
        None => None,
    };
    st.changefeeds.settle(ctx.now);
    let taken = st
        .changefeeds
        .changefeeds
        .iter()
        .any(|c| c.cluster_id == cluster_id && c.name == name && c.state != "DELETING");
    if taken {
        return Err(Fail::new(
            StatusCode::CONFLICT,
            format!("cluster {cluster_id} already has a changefeed named {name:?}"),
        ));
    }
    let seq = st.next_seq();
    let now = Utc::now();
    let mut rec = ChangefeedRec {
        seq,
        id: format!("{}", 1_390_000_000_000_000_000u64 + seq),
        cluster_id: cluster_id.to_owned(),
        project_id,
        name: name.to_owned(),
        capacity: capacity.to_owned(),
        downstream_type: kind.to_owned(),
        sink: sink_of(&cf, sink_field(kind)?),
        table_config: Value::Object(tables.0.clone()),
        start_position: Value::Object(start.0.clone()),
        network_info: network,
        create_time: now,
        state: "CREATING",
        pending: None,
        error: None,
        fails_with,
        checkpoint: now,
    };
    if dry {
        // What would be created: no id, no state, nothing kept.
        let mut v = rec.to_json();
        if let Value::Object(m) = &mut v {
            for k in ["id", "state", "createTime", "checkpointTso", "checkpointTs"] {
                m.remove(k);
            }
        }
        return ok(v);
    }
    rec.go("CREATING", "RUNNING", ctx.now, st.transition);
    let out = rec.to_json();
    st.changefeeds.changefeeds.push(rec);
    st.audit(&ctx.key, "CreateChangefeed", Some(cluster_id), None);
    ok(out)
}

pub fn get(st: &mut State, ctx: &Ctx, id: &str) -> Reply {
    ctx.query.flag("invalidateCache")?;
    let i = find(st, ctx, id)?;
    ok(st.changefeeds.changefeeds[i].to_json())
}

/// Move changefeed `id` on, when its state is one of `from`: it is `state`
/// now and `then` after the pacing delay. Audited as `event`.
fn change(
    st: &mut State,
    ctx: &Ctx,
    id: &str,
    from: &[&str],
    (state, then): (&'static str, &'static str),
    event: &str,
) -> Result<usize, Fail> {
    can_write(ctx)?;
    let i = find(st, ctx, id)?;
    let delay = st.transition;
    let c = &mut st.changefeeds.changefeeds[i];
    if !from.contains(&c.state) {
        return Err(Fail::bad(format!(
            "changefeed {id} is {}; {} needs it {}",
            c.state,
            event,
            from.join(" or ")
        )));
    }
    c.go(state, then, ctx.now, delay);
    let cluster = c.cluster_id.clone();
    st.audit(&ctx.key, event, Some(&cluster), None);
    Ok(i)
}

/// The empty body pause and resume take.
fn no_fields(ctx: &Ctx) -> Result<(), Fail> {
    Fields::parse(&ctx.body)?.only(&[], "the request")
}

pub fn delete(st: &mut State, ctx: &Ctx, id: &str) -> Reply {
    let states = [
        "RUNNING", "FAILED", "ERROR", "CREATING", "PAUSED", "WARNING", "PAUSING", "EDITING",
        "SCALING",
    ];
    change(
        st,
        ctx,
        id,
        &states,
        ("DELETING", "GONE"),
        "DeleteChangefeed",
    )?;
    st.changefeeds.settle(ctx.now);
    ok(json!({}))
}

pub fn pause(st: &mut State, ctx: &Ctx, id: &str) -> Reply {
    no_fields(ctx)?;
    let from = ["RUNNING", "WARNING", "ERROR"];
    change(st, ctx, id, &from, ("PAUSING", "PAUSED"), "PauseChangefeed")?;
    ok(json!({}))
}

pub fn resume(st: &mut State, ctx: &Ctx, id: &str) -> Reply {
    no_fields(ctx)?;
    change(
        st,
        ctx,
        id,
        &["PAUSED"],
        ("RUNNING", "RUNNING"),
        "ResumeChangefeed",
    )?;
    ok(json!({}))
}

pub fn scale(st: &mut State, ctx: &Ctx, id: &str) -> Reply {
    can_write(ctx)?;
    let b = Fields::parse(&ctx.body)?;
    b.only(&["replicationCapacity"], "the scale changefeed request")?;
    let capacity = b.req_str("replicationCapacity")?;
    check_capacity(capacity)?;
    let i = find(st, ctx, id)?;
    if st.changefeeds.changefeeds[i].capacity == capacity {
        // Already there: nothing to do, as the service's own sample expects.
        return ok(st.changefeeds.changefeeds[i].to_json());
    }
    let from = ["RUNNING", "WARNING"];
    let i = change(
        st,
        ctx,
        id,
        &from,
        ("SCALING", "RUNNING"),
        "ScaleChangefeed",
    )?;
    let c = &mut st.changefeeds.changefeeds[i];
    c.capacity = capacity.to_owned();
    ok(c.to_json())
}

pub fn edit(st: &mut State, ctx: &Ctx, id: &str) -> Reply {
    can_write(ctx)?;
    let b = Fields::parse(&ctx.body)?;
    b.only(
        &[
            "dryRun",
            "tableConfig",
            "downstreamType",
            "kafka",
            "mysql",
            "s3",
            "gcs",
            "azureBlob",
        ],
        "the edit changefeed request",
    )?;
    let dry = dry_run(&b)?;
    let kind = b.req_str("downstreamType")?;
    let field = sink_field(kind)?;
    let i = find(st, ctx, id)?;
    let c = &st.changefeeds.changefeeds[i];
    if c.downstream_type != kind {
        return Err(Fail::bad(format!(
            "changefeed {id} goes to {}; its downstreamType cannot change",
            c.downstream_type
        )));
    }
    if c.state != "PAUSED" {
        return Err(Fail::bad(format!(
            "changefeed {id} is {}; its downstream can be edited while PAUSED",
            c.state
        )));
    }
    let new_sink = b.0.get(field).is_some_and(|v| !v.is_null());
    let fails_with = if new_sink {
        Some(check_sink(&b, kind)?)
    } else {
        check_sink_absent(&b, field)?;
        None
    };
    let tables = b.opt_obj("tableConfig")?;
    if let Some(t) = tables {
        check_table_config(&Fields(t))?;
    }
    let mut edited = st.changefeeds.changefeeds[i].clone();
    if let Some(f) = fails_with {
        edited.sink = sink_of(&b, field);
        edited.fails_with = f;
    }
    if let Some(t) = tables {
        edited.table_config = Value::Object(t.clone());
    }
    if dry {
        return ok(edited.to_json());
    }
    edited.go("EDITING", "PAUSED", ctx.now, st.transition);
    let out = edited.to_json();
    let cluster = edited.cluster_id.clone();
    st.changefeeds.changefeeds[i] = edited;
    st.audit(&ctx.key, "EditChangefeed", Some(&cluster), None);
    ok(out)
}

/// No other sink type's settings in an edit that leaves the sink as it is.
fn check_sink_absent(b: &Fields<'_>, own: &str) -> Result<(), Fail> {
    for f in ["kafka", "mysql", "s3", "gcs", "azureBlob"] {
        if f != own && b.0.get(f).is_some_and(|v| !v.is_null()) {
            return Err(Fail::bad(format!(
                "{f} does not go with this changefeed's sink"
            )));
        }
    }
    Ok(())
}

pub fn list_rcus(_st: &mut State, _ctx: &Ctx) -> Reply {
    let rcus: Vec<Value> = RCUS
        .iter()
        .map(|(n, rps)| {
            json!({
                "name": rcu_name(*n),
                "displayName": format!("{n} RCUs"),
                "rcuNum": n,
                "rpsLimit": rps,
            })
        })
        .collect();
    ok(json!({ "rcus": rcus }))
}

/// The operations this module answers.
pub const ROUTES: &[Route] = &[
    ("listChangefeeds", |st, ctx, _| list(st, ctx)),
    ("createChangefeed", |st, ctx, _| create(st, ctx)),
    ("getChangefeed", |st, ctx, p| get(st, ctx, p.at(0))),
    ("deleteChangefeed", |st, ctx, p| delete(st, ctx, p.at(0))),
    ("pauseChangefeed", |st, ctx, p| pause(st, ctx, p.at(0))),
    ("resumeChangefeed", |st, ctx, p| resume(st, ctx, p.at(0))),
    ("scaleChangefeed", |st, ctx, p| scale(st, ctx, p.at(0))),
    ("editChangefeedDownstreamConfig", |st, ctx, p| {
        edit(st, ctx, p.at(0))
    }),
    ("listChangefeedRcus", |st, ctx, _| list_rcus(st, ctx)),
];
