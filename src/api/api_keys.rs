//! API keys (IAM server): list, create, get, update, delete.

use super::{check_page_size, object, require_text, segment, Api, ListSpec, Pending};
use crate::config::Server;
use crate::error::{Error, Result};
use crate::http::Request;
use reqwest::Method;
use serde_json::{json, Value};

pub fn list(project_id: Option<i64>, page_size: Option<i64>) -> Result<ListSpec> {
    Ok(ListSpec {
        request: Request::new(Method::GET, Server::Iam, "/apikeys".into())
            .query_opt("projectId", project_id.map(|p| p.to_string()))
            .query_opt("pageSize", check_page_size(page_size)?),
        items_key: "apiKeys",
    })
}

pub fn create(
    api: &Api,
    display_name: &str,
    role: &str,
    project_id: Option<i64>,
) -> Result<Pending> {
    require_text("display_name", display_name)?;
    require_text("role", role)?;
    let body = object([
        ("displayName", Some(json!(display_name))),
        ("role", Some(json!(role))),
        ("projectId", project_id.map(Value::from)),
    ]);
    api.call(Request::new(Method::POST, Server::Iam, "/apikeys".into()).body(body))
}

fn path(access_key: &str) -> Result<String> {
    Ok(format!("/apikeys/{}", segment("access_key", access_key)?))
}

pub fn get(api: &Api, access_key: &str) -> Result<Pending> {
    api.call(Request::new(Method::GET, Server::Iam, path(access_key)?))
}

/// Change a key's name, role or project; the service answers nothing.
pub fn update(
    api: &Api,
    access_key: &str,
    display_name: Option<String>,
    role: Option<String>,
    project_id: Option<i64>,
) -> Result<Pending> {
    let p = path(access_key)?;
    if display_name.is_none() && role.is_none() && project_id.is_none() {
        return Err(Error::invalid(
            "update needs display_name=, role= or project_id= (nothing to change)",
        ));
    }
    for (name, v) in [("display_name", &display_name), ("role", &role)] {
        if let Some(v) = v {
            require_text(name, v)?;
        }
    }
    let body = object([
        ("displayName", display_name.map(Value::from)),
        ("role", role.map(Value::from)),
        ("projectId", project_id.map(Value::from)),
    ]);
    api.call(Request::new(Method::PATCH, Server::Iam, p).body(body))
}

pub fn delete(api: &Api, access_key: &str) -> Result<Pending> {
    api.call(Request::new(Method::DELETE, Server::Iam, path(access_key)?))
}
