//! Integrations (Dedicated server): list and create.

use super::{object, require_object, require_text, segment, take_items, Api};
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
pub async fn list(api: &Api, cluster_id: &str) -> Result<Value> {
    let path = base(cluster_id)?;
    let mut body = api
        .send(Request::new(Method::GET, Server::Dedicated, path))
        .await?;
    Ok(Value::Array(take_items(&mut body, "integrations")?))
}

pub async fn create(
    api: &Api,
    cluster_id: &str,
    integration_type: &str,
    config: Option<Value>,
) -> Result<Value> {
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
    api.send(req).await
}
