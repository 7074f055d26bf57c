//! Starter and Essential clusters in batches: many created with one request,
//! many read with one request.

use super::check_view;
use crate::api::{credentials, request, require_object, require_text, Api, Pending};
use crate::error::{Error, Result};
use crate::operations as ops;
use serde_json::{json, Value};

/// The most clusters one batch may hold, as the service documents.
const MAX_BATCH: usize = 1000;

/// Create every cluster of `clusters` (each a Cluster as `clusters.create`
/// sends it, in the API's camelCase), all or none. Root passwords in them
/// are kept out of errors.
pub fn batch_create(api: &Api, clusters: Vec<Value>) -> Result<Pending> {
    let req = request(&ops::BATCH_CREATE_SERVERLESS_CLUSTERS, &[])?;
    if clusters.is_empty() || clusters.len() > MAX_BATCH {
        return Err(Error::invalid(format!(
            "clusters must hold 1 to {MAX_BATCH} clusters, got {}",
            clusters.len()
        )));
    }
    let mut secrets = Vec::new();
    for (i, c) in clusters.iter().enumerate() {
        let name = format!("clusters[{i}]");
        require_object(&name, c)?;
        let display = c.get("displayName").and_then(Value::as_str);
        require_text(&format!("{name}[\"displayName\"]"), display.unwrap_or(""))?;
        if !c.get("region").is_some_and(Value::is_object) {
            return Err(Error::invalid(format!(
                "{name} needs \"region\": {{\"name\": \"regions/<region id>\"}}"
            )));
        }
        if let Some(p) = c.get("rootPassword") {
            let p = p
                .as_str()
                .ok_or_else(|| Error::invalid(format!("{name}[\"rootPassword\"] must be a str")))?;
            let secret = crate::config::Secret::new(p.to_owned());
            crate::api::clusters::check_password(&format!("{name}[\"rootPassword\"]"), &secret)?;
        }
        secrets.extend(credentials(c, &["rootPassword"]));
    }
    let requests: Vec<Value> = clusters
        .into_iter()
        .map(|c| json!({ "cluster": c }))
        .collect();
    let mut req = req.body(json!({ "requests": requests }));
    for s in secrets {
        req = req.secret(s);
    }
    api.call(req)
}

/// Read the clusters of `cluster_ids` in one request; `view` as for `get`.
pub fn batch_get(api: &Api, cluster_ids: &[String], view: Option<&str>) -> Result<Pending> {
    let mut req = request(&ops::BATCH_GET_SERVERLESS_CLUSTERS, &[])?;
    if cluster_ids.is_empty() {
        return Err(Error::invalid("cluster_ids must name at least one cluster"));
    }
    for id in cluster_ids {
        require_text("cluster_ids", id)?;
        req = req.query("clusterIds", id.clone());
    }
    api.call(req.query_opt("view", check_view(view)?))
}
