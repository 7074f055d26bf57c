//! Clusters (Dedicated server): list, create, get, update, delete, pause, resume,
//! reset the root password.

use super::{
    check_page_size, object, require_object, require_text, segment, Api, ListSpec, Pending,
};
use crate::config::{Secret, Server};
use crate::error::{Error, Result};
use crate::http::{Request, Safety};
use reqwest::Method;
use serde_json::{json, Value};

pub fn list(
    project_id: Option<&str>,
    states: &[String],
    page_size: Option<i64>,
) -> Result<ListSpec> {
    let mut req = Request::new(Method::GET, Server::Dedicated, "/clusters".into())
        .query_opt("pageSize", check_page_size(page_size)?);
    if let Some(p) = project_id {
        require_text("project_id", p)?;
        req = req.query("projectId", p);
    }
    for s in states {
        require_text("states", s)?;
        req = req.query("clusterStates", s.as_str());
    }
    Ok(ListSpec {
        request: req,
        items_key: "clusters",
    })
}

/// The body of a create, in the API's own field names.
#[derive(Debug, Clone)]
pub struct NewCluster {
    pub display_name: String,
    pub cloud_provider: String,
    pub region_id: String,
    pub components: Value,
    pub project_id: Option<String>,
    pub root_password: Option<Secret>,
    pub port: Option<i64>,
}

pub fn create(api: &Api, c: NewCluster, validate_only: bool) -> Result<Pending> {
    require_text("display_name", &c.display_name)?;
    require_text("cloud_provider", &c.cloud_provider)?;
    require_text("region_id", &c.region_id)?;
    require_object("components", &c.components)?;
    if let Some(p) = c.port {
        if !(1..=65535).contains(&p) {
            return Err(Error::invalid(format!(
                "port must be between 1 and 65535, got {p}"
            )));
        }
    }
    let body = object([
        ("displayName", Some(json!(c.display_name))),
        ("cloudProvider", Some(json!(c.cloud_provider))),
        ("regionId", Some(json!(c.region_id))),
        ("components", Some(c.components)),
        ("projectId", c.project_id.map(Value::from)),
        (
            "rootPassword",
            c.root_password.as_ref().map(|p| json!(p.expose())),
        ),
        ("port", c.port.map(Value::from)),
    ]);
    let mut req = Request::new(Method::POST, Server::Dedicated, "/clusters".into()).body(body);
    if validate_only {
        // A dry run changes nothing, so it may be retried like a read.
        req = req.query("validateOnly", "true").safety(Safety::Idempotent);
    }
    if let Some(p) = c.root_password {
        req = req.secret(p);
    }
    api.call(req)
}

pub fn get(api: &Api, cluster_id: &str) -> Result<Pending> {
    let path = format!("/clusters/{}", segment("cluster_id", cluster_id)?);
    api.call(Request::new(Method::GET, Server::Dedicated, path))
}

pub fn update(
    api: &Api,
    cluster_id: &str,
    display_name: Option<String>,
    components: Option<Value>,
) -> Result<Pending> {
    let path = format!("/clusters/{}", segment("cluster_id", cluster_id)?);
    if let Some(n) = &display_name {
        require_text("display_name", n)?;
    }
    if let Some(c) = &components {
        require_object("components", c)?;
    }
    if display_name.is_none() && components.is_none() {
        return Err(Error::invalid(
            "update needs display_name= or components= (nothing to change)",
        ));
    }
    let body = object([
        ("displayName", display_name.map(Value::from)),
        ("components", components),
    ]);
    let sent = api.call(Request::new(Method::PATCH, Server::Dedicated, path).body(body))?;
    Ok(moving(api, cluster_id, "ACTIVE", sent))
}

pub fn delete(api: &Api, cluster_id: &str) -> Result<Pending> {
    let path = format!("/clusters/{}", segment("cluster_id", cluster_id)?);
    let sent = api.call(Request::new(Method::DELETE, Server::Dedicated, path))?;
    Ok(moving(api, cluster_id, "DELETED", sent))
}

fn action(api: &Api, cluster_id: &str, verb: &str, target: &'static str) -> Result<Pending> {
    let path = format!("/clusters/{}:{verb}", segment("cluster_id", cluster_id)?);
    let sent = api.call(Request::new(Method::POST, Server::Dedicated, path))?;
    Ok(moving(api, cluster_id, target, sent))
}

/// Once `sent` succeeds, remember that the cluster is on its way to `target`
/// (a wait straight after may still see the old state), and give the Cluster
/// itself: the service wraps the answer of a pause or resume as `{"cluster": ...}`.
fn moving(api: &Api, cluster_id: &str, target: &'static str, sent: Pending) -> Pending {
    let (recent, id) = (api.recent().clone(), cluster_id.to_owned());
    Box::pin(async move {
        let mut v = sent.await?;
        recent.record(&id, target);
        if let Some(inner) = v.get_mut("cluster").filter(|c| c.is_object()) {
            v = inner.take();
        }
        Ok(v)
    })
}

pub fn pause(api: &Api, cluster_id: &str) -> Result<Pending> {
    action(api, cluster_id, "pauseCluster", "PAUSED")
}

pub fn resume(api: &Api, cluster_id: &str) -> Result<Pending> {
    action(api, cluster_id, "resumeCluster", "ACTIVE")
}

pub fn reset_root_password(api: &Api, cluster_id: &str, password: Secret) -> Result<Pending> {
    let path = format!(
        "/clusters/{}:resetRootPassword",
        segment("cluster_id", cluster_id)?
    );
    if password.expose().is_empty() {
        return Err(Error::invalid("password must be a non-empty string"));
    }
    let req = Request::new(Method::POST, Server::Dedicated, path)
        .body(json!({ "password": password.expose() }))
        .secret(password);
    api.call(req)
}
