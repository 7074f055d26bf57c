//! Mock handlers for a Dedicated cluster's log redaction policy: sensitive
//! data is redacted from its logs unless the policy is turned off, which an
//! owner may do while the cluster is ACTIVE.

use super::access::{can_write, visible};
use super::context::{Ctx, Route};
use super::reply::{ok, Fail, Fields, Reply};
use super::state::State;
use serde_json::{json, Value};

fn policy(st: &State, cluster_id: &str) -> Value {
    let redact = st.fleet.redact_log.get(cluster_id).copied().unwrap_or(true);
    json!({ "clusterId": cluster_id, "redactLog": redact })
}

pub fn get(st: &mut State, ctx: &Ctx, cluster_id: &str) -> Reply {
    visible(st, ctx, cluster_id)?;
    ok(policy(st, cluster_id))
}

pub fn update(st: &mut State, ctx: &Ctx, cluster_id: &str) -> Reply {
    let c = visible(st, ctx, cluster_id)?;
    can_write(ctx)?;
    let b = Fields::parse(&ctx.body)?;
    b.only(&["clusterId", "redactLog"], "a log redaction policy")?;
    if let Some(other) = b.opt_str("clusterId")?.filter(|o| *o != cluster_id) {
        return Err(Fail::bad(format!(
            "clusterId {other:?} is not the cluster of the path, {cluster_id}"
        )));
    }
    let redact = match b.0.get("redactLog") {
        Some(Value::Bool(v)) => *v,
        None | Some(Value::Null) => return Err(Fail::bad("redactLog is required")),
        Some(_) => return Err(Fail::bad("redactLog must be true or false")),
    };
    if c.state != "ACTIVE" {
        return Err(Fail::bad(format!(
            "cluster {cluster_id} is {}; its log redaction policy can change only while it is ACTIVE",
            c.state
        )));
    }
    let project = c.project_id.clone();
    st.fleet.redact_log.insert(cluster_id.to_owned(), redact);
    st.audit(
        &ctx.key,
        "UpdateLogRedactionPolicy",
        Some(cluster_id),
        Some(&project),
    );
    ok(policy(st, cluster_id))
}

/// The operations this module answers.
pub const ROUTES: &[Route] = &[
    ("getLogRedactionPolicy", |st, ctx, p| get(st, ctx, p.at(0))),
    ("updateLogRedactionPolicy", |st, ctx, p| {
        update(st, ctx, p.at(0))
    }),
];
