//! What a test does to the mock besides calling the API: move its clock on,
//! settle everything pending, seed resources straight into the store, and
//! reset the store to its first state. Both the Python face and the HTTP
//! control endpoints (`/_mock/...`, served only when asked for) come here.
//!
//! Seeding goes through the operation's own handler, as the organization
//! owner, so a seeded resource is valid by the same rules as a created one;
//! it then gets the asked state, and leaves no audit entry, no request in the
//! log and no mark on the rate limit.

use super::clock::{advance_by, Clock};
use super::context::{Ctx, Query};
use super::objects::Objects;
use super::paging::Tokens;
use super::records::Busy;
use super::router::{dispatch, locate};
use super::state::{KeyRec, State};
use axum::http::{Method, StatusCode};
use serde_json::{json, Map, Value};
use std::time::{Duration, Instant};

/// The controls of a running server, as the server provides them over its
/// shared parts (the store, the log, the faults, the rate windows).
pub trait Controls {
    fn advance(&self, seconds: f64) -> Result<f64, String>;
    fn settle(&self) -> f64;
    fn reset(&self);
    fn seed(&self, kind: &str, fields: Map<String, Value>) -> Result<Value, String>;
}

/// Who seeding acts as, and with what: the owner key and the page tokens.
pub struct Seeder<'a> {
    pub owner: &'a KeyRec,
    pub tokens: &'a Tokens,
    pub objects: &'a Objects,
}

/// Where the control endpoints live, apart from every API path.
pub const PREFIX: &str = "/_mock/";

/// Dedicated states a cluster may be seeded in, and what each moves on to.
const CLUSTER_STATES: &[(&str, &str)] = &[
    ("ACTIVE", "ACTIVE"),
    ("CREATING", "ACTIVE"),
    ("MODIFYING", "ACTIVE"),
    ("PAUSING", "PAUSED"),
    ("PAUSED", "PAUSED"),
    ("RESUMING", "ACTIVE"),
    ("DELETING", "GONE"),
];

/// Starter/Essential states a cluster may be seeded in (the busy ones end in ACTIVE).
const SERVERLESS_STATES: &[&str] = &["ACTIVE", "CREATING", "RESTORING"];

/// Move `clock` forward by `seconds` and apply every transition due by then.
pub fn advance(clock: &Clock, st: &mut State, seconds: f64) -> Result<f64, String> {
    let by = advance_by(seconds)?;
    let now = clock.advance(by);
    st.settle(now);
    Ok(by.as_secs_f64())
}

/// Move `clock` on until nothing in `st` is pending; returns how far it moved.
pub fn settle(clock: &Clock, st: &mut State) -> f64 {
    let now = clock.now();
    let by = st
        .last_deadline(now)
        .map_or(Duration::ZERO, |at| at.saturating_duration_since(now));
    let now = clock.advance(by);
    st.settle(now);
    by.as_secs_f64()
}

/// Put the store back to its first state, with the owner key alone.
pub fn reset_store(st: &mut State, owner: &KeyRec) {
    let size = st.export_file_size;
    *st = State::new(st.transition);
    st.export_file_size = size;
    st.add_key_with(
        &owner.display_name,
        &owner.role,
        owner.project_id,
        &owner.access_key,
        &owner.secret,
    );
}

/// Answer one call of an operation inside the mock, as the owner.
fn call(
    by: &Seeder,
    st: &mut State,
    now: Instant,
    method: Method,
    target: &str,
    body: Option<Value>,
) -> Result<Value, String> {
    let (path, query) = target.split_once('?').unwrap_or((target, ""));
    let ctx = Ctx {
        key: by.owner.clone(),
        now,
        query: Query::parse(Some(query)),
        body,
        tokens: by.tokens,
        objects: by.objects,
    };
    let route = locate(method.as_str(), path).route;
    match dispatch(st, &ctx, &method, path, route) {
        Ok(v) => Ok(v.unwrap_or(Value::Null)),
        Err(f) => Err(f.message),
    }
}

/// Take `state` out of `fields`: a string, `default` when absent.
fn take_state(fields: &mut Map<String, Value>, default: &'static str) -> Result<String, String> {
    match fields.remove("state") {
        None | Some(Value::Null) => Ok(default.to_owned()),
        Some(Value::String(s)) => Ok(s),
        Some(v) => Err(format!("state must be a string, got {v}")),
    }
}

fn merged(defaults: Value, fields: Map<String, Value>) -> Value {
    let mut out = match defaults {
        Value::Object(m) => m,
        _ => Map::new(),
    };
    out.extend(fields);
    Value::Object(out)
}

/// A Dedicated cluster in `state` (default ACTIVE) with the create body's
/// `fields` over a small default; returns the cluster as a get does.
fn seed_cluster(
    by: &Seeder,
    st: &mut State,
    now: Instant,
    mut fields: Map<String, Value>,
) -> Result<Value, String> {
    let state = take_state(&mut fields, "ACTIVE")?;
    let Some(&(state, then)) = CLUSTER_STATES.iter().find(|(s, _)| *s == state) else {
        let known: Vec<&str> = CLUSTER_STATES.iter().map(|s| s.0).collect();
        return Err(format!(
            "state {state:?} is not one a cluster can be seeded in: {}",
            known.join(", ")
        ));
    };
    let defaults = json!({
        "displayName": format!("seeded-{}", st.clusters.len() + 1),
        "regionId": "aws-us-east-1",
        "tidbNodeSetting": {"nodeSpecKey": "8C16G", "tidbNodeGroups": [{"nodeCount": 2}]},
        "tikvNodeSetting": {"nodeSpecKey": "8C32G", "nodeCount": 3, "storageSizeGi": 500},
    });
    let body = merged(defaults, fields);
    let out = call(by, st, now, Method::POST, "/v1beta1/clusters", Some(body))?;
    let id = out["clusterId"].as_str().unwrap_or_default().to_owned();
    st.transition(&id, state, then, now);
    if state == "DELETING" {
        // Rendered before it goes: with no pacing it is gone at once.
        let mut v = out;
        v["state"] = json!("DELETING");
        return Ok(v);
    }
    call(
        by,
        st,
        now,
        Method::GET,
        &format!("/v1beta1/clusters/{id}"),
        None,
    )
}

/// A Starter (or, with `autoScaling`, Essential) cluster in `state` (default
/// ACTIVE); returns the cluster as a get does.
fn seed_serverless_cluster(
    by: &Seeder,
    st: &mut State,
    now: Instant,
    mut fields: Map<String, Value>,
) -> Result<Value, String> {
    let state = take_state(&mut fields, "ACTIVE")?;
    let Some(&state) = SERVERLESS_STATES.iter().find(|s| **s == state) else {
        return Err(format!(
            "state {state:?} is not one a Starter/Essential cluster can be seeded in: {}",
            SERVERLESS_STATES.join(", ")
        ));
    };
    let defaults = json!({
        "displayName": format!("seeded-{}", st.serverless.clusters.len() + 1),
        "region": {"name": "regions/aws-us-east-1"},
    });
    let body = merged(defaults, fields);
    let out = call(
        by,
        st,
        now,
        Method::POST,
        "/v1beta1/serverless/clusters",
        Some(body),
    )?;
    let id = out["clusterId"].as_str().unwrap_or_default().to_owned();
    let until = now + st.transition;
    if let Some(c) = st.serverless.clusters.iter_mut().find(|c| c.id == id) {
        c.busy = (state != "ACTIVE").then_some(Busy { until, state });
    }
    if state == "ACTIVE" {
        // Its first backup is there already, as for a cluster long ACTIVE.
        for b in st
            .serverless
            .backups
            .iter_mut()
            .filter(|b| b.cluster_id == id)
        {
            b.from = b.from.min(now);
        }
    }
    call(
        by,
        st,
        now,
        Method::GET,
        &format!("/v1beta1/serverless/clusters/{id}"),
        None,
    )
}

/// A project of the organization; returns it as the project listing shows it.
fn seed_project(
    by: &Seeder,
    st: &mut State,
    now: Instant,
    fields: Map<String, Value>,
) -> Result<Value, String> {
    let defaults = json!({ "name": format!("seeded project {}", st.projects.len() + 1) });
    let body = merged(defaults, fields);
    let out = call(
        by,
        st,
        now,
        Method::POST,
        "/api/v1beta/projects",
        Some(body),
    )?;
    let id = out["id"].clone();
    let mut target = "/v1beta1/projects?pageSize=100".to_owned();
    loop {
        let page = call(by, st, now, Method::GET, &target, None)?;
        let items = page["projects"].as_array().into_iter().flatten();
        if let Some(p) = items.into_iter().find(|p| p["id"] == id) {
            return Ok(p.clone());
        }
        match page["nextPageToken"].as_str().filter(|t| !t.is_empty()) {
            Some(t) => target = format!("/v1beta1/projects?pageSize=100&pageToken={t}"),
            None => return Err(format!("the seeded project {id} is not listed")),
        }
    }
}

/// What can be seeded, by the name the control endpoints use.
pub const KINDS: &[&str] = &["clusters", "serverless/clusters", "projects"];

/// Put a resource of `kind` (one of `KINDS`) straight into the store at `now`.
pub fn seed(
    by: &Seeder,
    st: &mut State,
    now: Instant,
    kind: &str,
    fields: Map<String, Value>,
) -> Result<Value, String> {
    st.settle(now);
    let audited = st.audit.len();
    let out = match kind {
        "clusters" => seed_cluster(by, st, now, fields),
        "serverless/clusters" => seed_serverless_cluster(by, st, now, fields),
        "projects" => seed_project(by, st, now, fields),
        _ => Err(format!(
            "cannot seed {kind:?}; one of: {}",
            KINDS.join(", ")
        )),
    };
    st.audit.truncate(audited);
    st.touch();
    out
}

fn body_object(body: &[u8]) -> Result<Map<String, Value>, String> {
    if body.iter().all(u8::is_ascii_whitespace) {
        return Ok(Map::new());
    }
    match serde_json::from_slice(body) {
        Ok(Value::Object(m)) => Ok(m),
        Ok(_) => Err("the body must be a JSON object".into()),
        Err(e) => Err(format!("the body is not valid JSON: {e}")),
    }
}

/// Answer a request to a control endpoint: `POST /_mock/reset`,
/// `/_mock/advance` (`{"seconds": n}`), `/_mock/settle`, and
/// `/_mock/seed/{clusters,serverless/clusters,projects}` (the fields).
pub fn answer(c: &dyn Controls, method: &Method, path: &str, body: &[u8]) -> (StatusCode, Value) {
    let name = path.strip_prefix(PREFIX).unwrap_or("");
    let known = matches!(name, "reset" | "advance" | "settle")
        || name
            .strip_prefix("seed/")
            .is_some_and(|k| KINDS.contains(&k));
    if !known {
        return (
            StatusCode::NOT_FOUND,
            json!({ "error": format!("no control endpoint at {path}") }),
        );
    }
    if method != Method::POST {
        return (
            StatusCode::METHOD_NOT_ALLOWED,
            json!({ "error": format!("{path} takes POST") }),
        );
    }
    let fields = match body_object(body) {
        Ok(f) => f,
        Err(e) => return (StatusCode::BAD_REQUEST, json!({ "error": e })),
    };
    let result = match name {
        "reset" => {
            c.reset();
            Ok(json!({ "reset": true }))
        }
        "advance" => match fields.get("seconds").and_then(Value::as_f64) {
            Some(s) => c.advance(s).map(|by| json!({ "advanced": by })),
            None => Err("give the seconds to move the clock by: {\"seconds\": 1.5}".into()),
        },
        "settle" => Ok(json!({ "advanced": c.settle() })),
        _ => c.seed(name.trim_start_matches("seed/"), fields),
    };
    match result {
        Ok(v) => (StatusCode::OK, v),
        Err(e) => (StatusCode::BAD_REQUEST, json!({ "error": e })),
    }
}
