//! Integrations (Dedicated server): list and create.

use super::{credentials, object, require_object, require_text, segment, take_items, Api, Pending};
use crate::config::Server;
use crate::error::Result;
use crate::http::Request;
use reqwest::Method;
use serde_json::{json, Value};

fn base(cluster_id: &str) -> Result<String> {
    Ok(format!(
        "/clusters/{}/integrations",
        segment("cluster_id", cluster_id)?
    ))
}

/// The integrations of a cluster, as a list (the service answers them all
/// at once, under `items`).
pub fn list(api: &Api, cluster_id: &str) -> Result<Pending> {
    let sent = api.call(Request::new(
        Method::GET,
        Server::Dedicated,
        base(cluster_id)?,
    ))?;
    Ok(Pending::new(async move {
        let mut body = sent.await?;
        Ok(Value::Array(take_items(&mut body, "items")?))
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
    let path = base(cluster_id)?;
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
    let mut req = Request::new(Method::POST, Server::Dedicated, path).body(body);
    for s in secrets {
        req = req.secret(s);
    }
    api.call(req)
}

/// Remove an integration; the service answers `{}`.
pub fn delete(api: &Api, cluster_id: &str, id: &str) -> Result<Pending> {
    let path = format!("{}/{}", base(cluster_id)?, segment("id", id)?);
    api.call(Request::new(Method::DELETE, Server::Dedicated, path))
}
