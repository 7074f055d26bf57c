//! Backups and restores of Dedicated clusters, and creating projects: the
//! older v1beta API, whose paths name the project and which pages by number.

use super::{
    check_page_size, object, require_object, require_text, segment, Api, ListSpec, Pending,
};
use crate::config::{Secret, Server};
use crate::error::{Error, Result};
use crate::http::Request;
use reqwest::Method;
use serde_json::{json, Value};

fn cluster_path(project_id: &str, cluster_id: &str) -> Result<String> {
    Ok(format!(
        "/projects/{}/clusters/{}/backups",
        segment("project_id", project_id)?,
        segment("cluster_id", cluster_id)?
    ))
}

/// Create a project (the older API answers its `id`).
pub fn create_project(api: &Api, name: &str, aws_cmek_enabled: Option<bool>) -> Result<Pending> {
    require_text("name", name)?;
    let body = object([
        ("name", Some(json!(name))),
        ("aws_cmek_enabled", aws_cmek_enabled.map(Value::from)),
    ]);
    api.call(Request::new(Method::POST, Server::V1beta, "/projects".into()).body(body))
}

pub fn list_backups(
    project_id: &str,
    cluster_id: &str,
    page_size: Option<i64>,
) -> Result<ListSpec> {
    Ok(ListSpec {
        request: Request::new(
            Method::GET,
            Server::V1beta,
            cluster_path(project_id, cluster_id)?,
        )
        .query_opt("page_size", check_page_size(page_size)?),
        items_key: "items",
    })
}

/// Take a manual backup named `name` (`description`: up to 256 characters).
pub fn create_backup(
    api: &Api,
    project_id: &str,
    cluster_id: &str,
    name: &str,
    description: Option<String>,
) -> Result<Pending> {
    let path = cluster_path(project_id, cluster_id)?;
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
    api.call(Request::new(Method::POST, Server::V1beta, path).body(body))
}

fn backup_path(project_id: &str, cluster_id: &str, backup_id: &str) -> Result<String> {
    Ok(format!(
        "{}/{}",
        cluster_path(project_id, cluster_id)?,
        segment("backup_id", backup_id)?
    ))
}

pub fn get_backup(
    api: &Api,
    project_id: &str,
    cluster_id: &str,
    backup_id: &str,
) -> Result<Pending> {
    api.call(Request::new(
        Method::GET,
        Server::V1beta,
        backup_path(project_id, cluster_id, backup_id)?,
    ))
}

pub fn delete_backup(
    api: &Api,
    project_id: &str,
    cluster_id: &str,
    backup_id: &str,
) -> Result<Pending> {
    api.call(Request::new(
        Method::DELETE,
        Server::V1beta,
        backup_path(project_id, cluster_id, backup_id)?,
    ))
}

fn restores_path(project_id: &str) -> Result<String> {
    Ok(format!(
        "/projects/{}/restores",
        segment("project_id", project_id)?
    ))
}

pub fn list_restores(project_id: &str, page_size: Option<i64>) -> Result<ListSpec> {
    Ok(ListSpec {
        request: Request::new(Method::GET, Server::V1beta, restores_path(project_id)?)
            .query_opt("page_size", check_page_size(page_size)?),
        items_key: "items",
    })
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
    let path = restores_path(project_id)?;
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
    let mut req = Request::new(Method::POST, Server::V1beta, path).body(body);
    if let Some(p) = password {
        req = req.secret(p);
    }
    api.call(req)
}

pub fn get_restore(api: &Api, project_id: &str, restore_id: &str) -> Result<Pending> {
    let path = format!(
        "{}/{}",
        restores_path(project_id)?,
        segment("restore_id", restore_id)?
    );
    api.call(Request::new(Method::GET, Server::V1beta, path))
}
