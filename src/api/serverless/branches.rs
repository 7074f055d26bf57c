//! Branches of a Starter or Essential cluster: copies of its data at a
//! moment, each with its own endpoint.

use super::{check_view, cluster_path, request};
use crate::api::{check_page_size, object, require_text, segment, Api, ListSpec, Pending};
use crate::error::Result;
use reqwest::Method;
use serde_json::{json, Value};

fn branch_path(cluster_id: &str, branch_id: &str, verb: &str) -> Result<String> {
    cluster_path(
        cluster_id,
        &format!("/branches/{}{verb}", segment("branch_id", branch_id)?),
    )
}

pub fn list(cluster_id: &str, page_size: Option<i64>) -> Result<ListSpec> {
    Ok(ListSpec {
        request: request(Method::GET, cluster_path(cluster_id, "/branches")?)
            .query_opt("pageSize", check_page_size(page_size)?),
        items_key: "branches",
    })
}

/// Branch `cluster_id` (or `parent_id`, another of its branches) as it is now,
/// or as it was at `parent_timestamp` (ISO 8601).
pub fn create(
    api: &Api,
    cluster_id: &str,
    display_name: &str,
    parent_id: Option<&str>,
    parent_timestamp: Option<&str>,
) -> Result<Pending> {
    let path = cluster_path(cluster_id, "/branches")?;
    require_text("display_name", display_name)?;
    if let Some(p) = parent_id {
        require_text("parent_id", p)?;
    }
    let at = parent_timestamp
        .map(|t| crate::api::audit_logs::normalize_time("parent_timestamp", t))
        .transpose()?;
    let body = object([
        ("displayName", Some(json!(display_name))),
        ("parentId", parent_id.map(Value::from)),
        ("parentTimestamp", at.map(Value::from)),
    ]);
    api.call(request(Method::POST, path).body(body))
}

pub fn get(api: &Api, cluster_id: &str, branch_id: &str, view: Option<&str>) -> Result<Pending> {
    let req = request(Method::GET, branch_path(cluster_id, branch_id, "")?)
        .query_opt("view", check_view(view)?);
    api.call(req)
}

pub fn delete(api: &Api, cluster_id: &str, branch_id: &str) -> Result<Pending> {
    api.call(request(
        Method::DELETE,
        branch_path(cluster_id, branch_id, "")?,
    ))
}

/// Bring the branch back to its parent's data as it is now.
pub fn reset(api: &Api, cluster_id: &str, branch_id: &str) -> Result<Pending> {
    api.call(request(
        Method::POST,
        branch_path(cluster_id, branch_id, ":reset")?,
    ))
}
