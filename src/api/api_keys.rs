//! API keys (IAM server): list, create, get, update, delete.

use super::{check_page_size, list_request, object, request, require_text, Api, ListSpec, Pending};
use crate::error::{Error, Result};
use crate::operations as ops;
use serde_json::{json, Value};

pub fn list(project_id: Option<i64>, page_size: Option<i64>) -> Result<ListSpec> {
    let mut spec = list_request(&ops::LIST_API_KEYS, &[])?;
    spec.request = spec
        .request
        .query_opt("projectId", project_id.map(|p| p.to_string()))
        .query_opt("pageSize", check_page_size(page_size)?);
    Ok(spec)
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
    api.call(request(&ops::CREATE_API_KEY, &[])?.body(body))
}

pub fn get(api: &Api, access_key: &str) -> Result<Pending> {
    api.call(request(&ops::GET_API_KEY, &[("access_key", access_key)])?)
}

/// Change a key's name, role or project; the service answers nothing.
pub fn update(
    api: &Api,
    access_key: &str,
    display_name: Option<String>,
    role: Option<String>,
    project_id: Option<i64>,
) -> Result<Pending> {
    let req = request(&ops::UPDATE_API_KEY, &[("access_key", access_key)])?;
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
    api.call(req.body(body))
}

pub fn delete(api: &Api, access_key: &str) -> Result<Pending> {
    api.call(request(
        &ops::DELETE_API_KEY,
        &[("access_key", access_key)],
    )?)
}
