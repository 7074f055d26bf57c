//! Integrations (Dedicated server): list and create.

use super::{credentials, object, request, require_object, require_text, take_items, Api, Pending};
use crate::error::Result;
use crate::operations as ops;
use serde_json::{json, Value};

/// The integrations of a cluster, as a list (the service answers them all
/// at once, under `items`).
pub fn list(api: &Api, cluster_id: &str) -> Result<Pending> {
    let sent = api.call(request(
        &ops::LIST_INTEGRATIONS,
        &[("cluster_id", cluster_id)],
    )?)?;
    Ok(Pending::new(async move {
        let mut body = sent.await?;
        let key = ops::LIST_INTEGRATIONS.items_key.unwrap_or("items");
        Ok(Value::Array(take_items(&mut body, key)?))
    }))
}

/// One integration's settings: its `type` and the object for that type.
#[derive(Debug, Clone, Default)]
pub struct NewIntegration {
    pub kind: String,
    pub datadog: Option<Value>,
    pub newrelic: Option<Value>,
    pub prometheus: Option<Value>,
}

pub fn create(api: &Api, cluster_id: &str, mut i: NewIntegration) -> Result<Pending> {
    let req = request(&ops::CREATE_INTEGRATION, &[("cluster_id", cluster_id)])?;
    require_text("type", &i.kind)?;
    // The Prometheus settings are an empty object; `type` alone asks for them.
    if i.prometheus.is_none() && i.kind == "PROMETHEUS" {
        i.prometheus = Some(json!({}));
    }
    for (name, v) in [
        ("datadog", &i.datadog),
        ("newrelic", &i.newrelic),
        ("prometheus", &i.prometheus),
    ] {
        if let Some(v) = v {
            require_object(name, v)?;
        }
    }
    let body = object([
        ("type", Some(json!(i.kind))),
        ("datadog", i.datadog),
        ("newrelic", i.newrelic),
        ("prometheus", i.prometheus),
    ]);
    // The providers' API keys stay out of errors.
    let secrets = credentials(&body, &["apiKey", "api_key"]);
    let mut req = req.body(body);
    for s in secrets {
        req = req.secret(s);
    }
    api.call(req)
}

/// Remove an integration; the service answers `{}`.
pub fn delete(api: &Api, cluster_id: &str, id: &str) -> Result<Pending> {
    api.call(request(
        &ops::DELETE_INTEGRATION,
        &[("cluster_id", cluster_id), ("id", id)],
    )?)
}
