//! Mock handlers for Integrations: known types, required credentials, one
//! integration per type and cluster (a second is 409), configuration never echoed.

use super::clusters::{can_write, visible};
use super::reply::{ok, Body, Fail, Reply};
use super::routes::Ctx;
use super::state::State;
use axum::http::StatusCode;
use serde_json::{json, Value};

/// (type, configuration keys it needs)
const TYPES: &[(&str, &[&str])] = &[
    ("DATADOG", &["apiKey"]),
    ("NEW_RELIC", &["apiKey"]),
    ("PROMETHEUS", &[]),
];

#[derive(Debug, Clone)]
pub struct IntegrationRec {
    pub id: String,
    pub cluster_id: String,
    pub integration_type: String,
}

impl IntegrationRec {
    pub fn to_json(&self) -> Value {
        json!({ "id": self.id, "integrationType": self.integration_type, "active": true })
    }
}

pub fn list(state: &mut State, ctx: &Ctx, cluster_id: &str) -> Reply {
    visible(state, ctx, cluster_id)?;
    let items: Vec<Value> = state
        .integrations
        .iter()
        .filter(|i| i.cluster_id == cluster_id)
        .map(IntegrationRec::to_json)
        .collect();
    ok(json!({ "integrations": items }))
}

pub fn create(state: &mut State, ctx: &Ctx, cluster_id: &str) -> Reply {
    can_write(ctx)?;
    let project = visible(state, ctx, cluster_id)?.project_id.clone();
    let b = Body::parse(&ctx.body)?;
    let kind = b.req_str("integrationType")?;
    let needs = TYPES
        .iter()
        .find(|(t, _)| *t == kind)
        .map(|(_, n)| *n)
        .ok_or_else(|| {
            let known: Vec<&str> = TYPES.iter().map(|(t, _)| *t).collect();
            Fail::bad(format!(
                "integrationType {kind:?} is not one of {}",
                known.join(", ")
            ))
        })?;
    let config = b.opt_obj("config")?;
    for key in needs {
        let present = config
            .and_then(|c| c.get(*key))
            .and_then(Value::as_str)
            .is_some_and(|v| !v.is_empty());
        if !present {
            return Err(Fail::bad(format!(
                "a {kind} integration needs config.{key}"
            )));
        }
    }
    if state
        .integrations
        .iter()
        .any(|i| i.cluster_id == cluster_id && i.integration_type == kind)
    {
        return Err(Fail::new(
            StatusCode::CONFLICT,
            format!("cluster {cluster_id} already has a {kind} integration"),
        ));
    }
    let seq = state.next_seq();
    let rec = IntegrationRec {
        id: format!("integration-{seq:06}"),
        cluster_id: cluster_id.to_owned(),
        integration_type: kind.to_owned(),
    };
    let out = rec.to_json();
    state.integrations.push(rec);
    state.audit(
        &ctx.key,
        "CreateIntegration",
        Some(cluster_id),
        Some(&project),
    );
    ok(out)
}
