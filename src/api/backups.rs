//! Backups and restores of Dedicated clusters, and creating projects: the
//! older v1beta API, whose paths name the project and which pages by number.

use super::{
    check_page_size, list_request, object, request, require_object, require_text, Api, ListSpec,
    Pending,
};
use crate::config::Secret;
use crate::error::{Error, Result};
use crate::http::Request;
use crate::operations::{self as ops, Operation};
use serde_json::{json, Value};

/// The request of `op` on a backup of a cluster.
fn on_backup(
    op: &'static Operation,
    project_id: &str,
    cluster_id: &str,
    backup_id: &str,
) -> Result<Request> {
    request(
        op,
        &[
            ("project_id", project_id),
            ("cluster_id", cluster_id),
            ("backup_id", backup_id),
        ],
    )
}

/// Create a project (the older API answers its `id`).
pub fn create_project(api: &Api, name: &str, aws_cmek_enabled: Option<bool>) -> Result<Pending> {
    require_text("name", name)?;
    let body = object([
        ("name", Some(json!(name))),
        ("aws_cmek_enabled", aws_cmek_enabled.map(Value::from)),
    ]);
    api.call(request(&ops::CREATE_PROJECT, &[])?.body(body))
}

pub fn list_backups(
    project_id: &str,
    cluster_id: &str,
    page_size: Option<i64>,
) -> Result<ListSpec> {
    let mut spec = list_request(
        &ops::LIST_BACKUPS,
        &[("project_id", project_id), ("cluster_id", cluster_id)],
    )?;
    spec.request = spec
        .request
        .query_opt("page_size", check_page_size(page_size)?);
    Ok(spec)
}

/// Take a manual backup named `name` (`description`: up to 256 characters).
pub fn create_backup(
    api: &Api,
    project_id: &str,
    cluster_id: &str,
    name: &str,
    description: Option<String>,
) -> Result<Pending> {
    let req = request(
        &ops::CREATE_BACKUP,
        &[("project_id", project_id), ("cluster_id", cluster_id)],
    )?;
    require_text("name", name)?;
    if let Some(d) = &description {
        if d.chars().count() > 256 {
            return Err(Error::invalid("description must be at most 256 characters"));
        }
    }
    let body = object([
        ("name", Some(json!(name))),
        ("description", description.map(Value::from)),
    ]);
    api.call(req.body(body))
}

pub fn get_backup(
    api: &Api,
    project_id: &str,
    cluster_id: &str,
    backup_id: &str,
) -> Result<Pending> {
    api.call(on_backup(
        &ops::GET_BACKUP,
        project_id,
        cluster_id,
        backup_id,
    )?)
}

pub fn delete_backup(
    api: &Api,
    project_id: &str,
    cluster_id: &str,
    backup_id: &str,
) -> Result<Pending> {
    api.call(on_backup(
        &ops::DELETE_BACKUP,
        project_id,
        cluster_id,
        backup_id,
    )?)
}

pub fn list_restores(project_id: &str, page_size: Option<i64>) -> Result<ListSpec> {
    let mut spec = list_request(&ops::LIST_RESTORES, &[("project_id", project_id)])?;
    spec.request = spec
        .request
        .query_opt("page_size", check_page_size(page_size)?);
    Ok(spec)
}

/// Restore `backup_id` to a new cluster called `name`. `config` is the older
/// API's cluster configuration: `{"root_password": ..., "port": 4000,
/// "components": {"tidb": {"node_size", "node_quantity"}, "tikv": {...}}}`.
pub fn create_restore(
    api: &Api,
    project_id: &str,
    backup_id: &str,
    name: &str,
    config: Value,
) -> Result<Pending> {
    let req = request(&ops::CREATE_RESTORE, &[("project_id", project_id)])?;
    require_text("backup_id", backup_id)?;
    require_text("name", name)?;
    require_object("config", &config)?;
    let password = config
        .get("root_password")
        .and_then(Value::as_str)
        .map(Secret::new);
    if let Some(p) = &password {
        super::clusters::check_password("config[\"root_password\"]", p)?;
    }
    let body = json!({ "backup_id": backup_id, "name": name, "config": config });
    let mut req = req.body(body);
    if let Some(p) = password {
        req = req.secret(p);
    }
    api.call(req)
}

pub fn get_restore(api: &Api, project_id: &str, restore_id: &str) -> Result<Pending> {
    api.call(request(
        &ops::GET_RESTORE,
        &[("project_id", project_id), ("restore_id", restore_id)],
    )?)
}
