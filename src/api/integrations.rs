//! Integrations (Dedicated server): list and create.

use super::{object, require_object, require_text, segment, take_items, Api, Pending};
use crate::config::{Secret, Server};
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

/// The integrations of a cluster, as a list (the API does not page them).
pub fn list(api: &Api, cluster_id: &str) -> Result<Pending> {
    let sent = api.call(Request::new(
        Method::GET,
        Server::Dedicated,
        base(cluster_id)?,
    ))?;
    Ok(Box::pin(async move {
        let mut body = sent.await?;
        Ok(Value::Array(take_items(&mut body, "integrations")?))
    }))
}

pub fn create(
    api: &Api,
    cluster_id: &str,
    integration_type: &str,
    config: Option<Value>,
) -> Result<Pending> {
    let path = base(cluster_id)?;
    require_text("integration_type", integration_type)?;
    if let Some(c) = &config {
        require_object("config", c)?;
    }
    // Configuration values are credentials (API keys, tokens): keep them out of errors.
    let secrets: Vec<Secret> = config
        .as_ref()
        .and_then(Value::as_object)
        .map(|m| {
            m.values()
                .filter_map(Value::as_str)
                .filter(|s| s.len() >= 4)
                .map(Secret::new)
                .collect()
        })
        .unwrap_or_default();
    let body = object([
        ("integrationType", Some(json!(integration_type))),
        ("config", config),
    ]);
    let mut req = Request::new(Method::POST, Server::Dedicated, path).body(body);
    for s in secrets {
        req = req.secret(s);
    }
    api.call(req)
}
