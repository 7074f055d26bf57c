//! SQL users of a cluster (IAM server): list, create, get, update, delete.
//! Passwords are secrets: never in an error.

use super::{check_page_size, list_request, object, request, require_text, Api, ListSpec, Pending};
use crate::config::Secret;
use crate::error::{Error, Result};
use crate::http::Request;
use crate::operations::{self as ops, Operation};
use serde_json::{json, Value};

/// The request of `op` on one SQL user of a cluster.
fn on_user(op: &'static Operation, cluster_id: &str, user_name: &str) -> Result<Request> {
    request(op, &[("cluster_id", cluster_id), ("user_name", user_name)])
}

fn check_roles(builtin_role: &Option<String>, custom_roles: &Option<Vec<String>>) -> Result<()> {
    if let Some(r) = builtin_role {
        require_text("builtin_role", r)?;
    }
    for r in custom_roles.iter().flatten() {
        require_text("custom_roles[]", r)?;
    }
    Ok(())
}

pub fn list(cluster_id: &str, page_size: Option<i64>) -> Result<ListSpec> {
    let mut spec = list_request(&ops::LIST_SQL_USERS, &[("cluster_id", cluster_id)])?;
    spec.request = spec
        .request
        .query_opt("pageSize", check_page_size(page_size)?);
    Ok(spec)
}

/// A new SQL user, in the service's fields.
#[derive(Debug, Clone)]
pub struct NewSqlUser {
    pub user_name: String,
    pub password: Secret,
    pub auth_method: String,
    pub builtin_role: Option<String>,
    pub custom_roles: Option<Vec<String>>,
    pub auto_prefix: Option<bool>,
}

pub fn create(api: &Api, cluster_id: &str, u: NewSqlUser) -> Result<Pending> {
    let req = request(&ops::CREATE_SQL_USER, &[("cluster_id", cluster_id)])?;
    require_text("user_name", &u.user_name)?;
    require_text("password", u.password.expose())?;
    require_text("auth_method", &u.auth_method)?;
    check_roles(&u.builtin_role, &u.custom_roles)?;
    if u.builtin_role.is_none() && u.custom_roles.as_ref().is_none_or(Vec::is_empty) {
        return Err(Error::invalid(
            "a SQL user needs builtin_role= or custom_roles=",
        ));
    }
    let body = object([
        ("userName", Some(json!(u.user_name))),
        ("password", Some(json!(u.password.expose()))),
        ("authMethod", Some(json!(u.auth_method))),
        ("builtinRole", u.builtin_role.map(Value::from)),
        ("customRoles", u.custom_roles.map(Value::from)),
        ("autoPrefix", u.auto_prefix.map(Value::from)),
    ]);
    api.call(req.body(body).secret(u.password))
}

pub fn get(api: &Api, cluster_id: &str, user_name: &str) -> Result<Pending> {
    api.call(on_user(&ops::GET_SQL_USER, cluster_id, user_name)?)
}

pub fn update(
    api: &Api,
    cluster_id: &str,
    user_name: &str,
    builtin_role: Option<String>,
    custom_roles: Option<Vec<String>>,
    password: Option<Secret>,
) -> Result<Pending> {
    let req = on_user(&ops::UPDATE_SQL_USER, cluster_id, user_name)?;
    check_roles(&builtin_role, &custom_roles)?;
    if let Some(p) = &password {
        require_text("password", p.expose())?;
    }
    if builtin_role.is_none() && custom_roles.is_none() && password.is_none() {
        return Err(Error::invalid(
            "update needs builtin_role=, custom_roles= or password= (nothing to change)",
        ));
    }
    let body = object([
        ("builtinRole", builtin_role.map(Value::from)),
        ("customRoles", custom_roles.map(Value::from)),
        ("password", password.as_ref().map(|p| json!(p.expose()))),
    ]);
    let mut req = req.body(body);
    if let Some(p) = password {
        req = req.secret(p);
    }
    api.call(req)
}

pub fn delete(api: &Api, cluster_id: &str, user_name: &str) -> Result<Pending> {
    api.call(on_user(&ops::DELETE_SQL_USER, cluster_id, user_name)?)
}
