//! Branches of a Starter or Essential cluster: copies of its data at a
//! moment, each with its own endpoint.

use super::check_view;
use crate::api::{
    check_page_size, list_request, object, request, require_text, Api, ListSpec, Pending,
};
use crate::error::Result;
use crate::http::Request;
use crate::operations::{self as ops, Operation};
use serde_json::{json, Value};

/// The request of `op` on one branch of a cluster.
fn on_branch(op: &'static Operation, cluster_id: &str, branch_id: &str) -> Result<Request> {
    request(op, &[("cluster_id", cluster_id), ("branch_id", branch_id)])
}

pub fn list(cluster_id: &str, page_size: Option<i64>) -> Result<ListSpec> {
    let mut spec = list_request(&ops::LIST_BRANCHES, &[("cluster_id", cluster_id)])?;
    spec.request = spec
        .request
        .query_opt("pageSize", check_page_size(page_size)?);
    Ok(spec)
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
    let req = request(&ops::CREATE_BRANCH, &[("cluster_id", cluster_id)])?;
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
    api.call(req.body(body))
}

pub fn get(api: &Api, cluster_id: &str, branch_id: &str, view: Option<&str>) -> Result<Pending> {
    let req =
        on_branch(&ops::GET_BRANCH, cluster_id, branch_id)?.query_opt("view", check_view(view)?);
    api.call(req)
}

pub fn delete(api: &Api, cluster_id: &str, branch_id: &str) -> Result<Pending> {
    api.call(on_branch(&ops::DELETE_BRANCH, cluster_id, branch_id)?)
}

/// Bring the branch back to its parent's data as it is now.
pub fn reset(api: &Api, cluster_id: &str, branch_id: &str) -> Result<Pending> {
    api.call(on_branch(&ops::RESET_BRANCH, cluster_id, branch_id)?)
}

/// Set a new password (8 to 64 characters) for one of the branch's SQL users.
pub fn update_sql_user(
    api: &Api,
    cluster_id: &str,
    branch_id: &str,
    user_name: &str,
    password: crate::config::Secret,
) -> Result<Pending> {
    let req = request(
        &ops::UPDATE_BRANCH_SQL_USER,
        &[
            ("cluster_id", cluster_id),
            ("branch_id", branch_id),
            ("user_name", user_name),
        ],
    )?;
    crate::api::clusters::check_password("password", &password)?;
    let body = json!({ "password": password.expose() });
    api.call(req.body(body).secret(password))
}
