//! TiDB node groups of a Dedicated cluster (Dedicated server): list, create,
//! get, update, delete; each group's public endpoint setting and private link
//! service.

use super::{
    check_page_size, check_skip, list_request, object, request, require_object, require_text, Api,
    ListSpec, Pending,
};
use crate::error::{Error, Result};
use crate::http::{Request, Safety};
use crate::operations::{self as ops, Operation};
use serde_json::{json, Value};

/// The request of `op` on one group of a cluster.
fn on_group(op: &'static Operation, cluster_id: &str, group_id: &str) -> Result<Request> {
    request(
        op,
        &[("cluster_id", cluster_id), ("tidb_node_group_id", group_id)],
    )
}

/// How a group is named in what this client just asked (see `recent`).
pub fn recent_key(cluster_id: &str, group_id: &str) -> String {
    format!("{cluster_id}/{group_id}")
}

fn positive(name: &str, n: Option<i64>) -> Result<()> {
    match n {
        Some(n) if n < 1 => Err(Error::invalid(format!(
            "{name} must be at least 1, got {n}"
        ))),
        _ => Ok(()),
    }
}

fn dry_run(req: Request, validate_only: bool) -> Request {
    if validate_only {
        // A dry run changes nothing, so it may be retried like a read.
        req.query("validateOnly", "true").safety(Safety::Idempotent)
    } else {
        req
    }
}

pub fn list(cluster_id: &str, skip: Option<i64>, page_size: Option<i64>) -> Result<ListSpec> {
    let mut spec = list_request(&ops::LIST_TIDB_NODE_GROUPS, &[("cluster_id", cluster_id)])?;
    spec.request = spec
        .request
        .query_opt("skip", check_skip(skip)?)
        .query_opt("pageSize", check_page_size(page_size)?);
    Ok(spec)
}

/// A new group's settings, in the service's fields.
#[derive(Debug, Clone)]
pub struct NewGroup {
    pub display_name: String,
    pub node_count: i64,
    pub node_spec_key: Option<String>,
    pub tiproxy_setting: Option<Value>,
}

pub fn create(api: &Api, cluster_id: &str, g: NewGroup, validate_only: bool) -> Result<Pending> {
    let req = request(&ops::CREATE_TIDB_NODE_GROUP, &[("cluster_id", cluster_id)])?;
    require_text("display_name", &g.display_name)?;
    positive("node_count", Some(g.node_count))?;
    if let Some(k) = &g.node_spec_key {
        require_text("node_spec_key", k)?;
    }
    if let Some(t) = &g.tiproxy_setting {
        require_object("tiproxy_setting", t)?;
    }
    let body = object([
        ("displayName", Some(json!(g.display_name))),
        ("nodeCount", Some(json!(g.node_count))),
        ("nodeSpecKey", g.node_spec_key.map(Value::from)),
        ("tiproxySetting", g.tiproxy_setting),
    ]);
    api.call(dry_run(req.body(body), validate_only))
}

pub fn get(api: &Api, cluster_id: &str, group_id: &str) -> Result<Pending> {
    api.call(on_group(&ops::GET_TIDB_NODE_GROUP, cluster_id, group_id)?)
}

/// What an update changes.
#[derive(Debug, Clone, Default)]
pub struct GroupChange {
    pub display_name: Option<String>,
    pub node_count: Option<i64>,
    pub tiproxy_setting: Option<Value>,
}

pub fn update(
    api: &Api,
    cluster_id: &str,
    group_id: &str,
    change: GroupChange,
    validate_only: bool,
) -> Result<Pending> {
    let req = on_group(&ops::UPDATE_TIDB_NODE_GROUP, cluster_id, group_id)?;
    if let Some(n) = &change.display_name {
        require_text("display_name", n)?;
    }
    positive("node_count", change.node_count)?;
    if let Some(t) = &change.tiproxy_setting {
        require_object("tiproxy_setting", t)?;
    }
    let resizes = change.node_count.is_some() || change.tiproxy_setting.is_some();
    let body = object([
        ("displayName", change.display_name.map(Value::from)),
        ("nodeCount", change.node_count.map(Value::from)),
        ("tiproxySetting", change.tiproxy_setting),
    ]);
    if body.as_object().is_some_and(|m| m.is_empty()) {
        return Err(Error::invalid(
            "update needs display_name=, node_count= or tiproxy_setting= (nothing to change)",
        ));
    }
    let sent = api.call(dry_run(req.body(body), validate_only))?;
    if validate_only || !resizes {
        return Ok(sent);
    }
    // A new size moves the group (MODIFYING, then ACTIVE).
    let (recent, key) = (api.recent().clone(), recent_key(cluster_id, group_id));
    Ok(Pending::new(async move {
        let v = sent.await?;
        recent.record(&key, "ACTIVE");
        Ok(v)
    }))
}

pub fn delete(api: &Api, cluster_id: &str, group_id: &str, validate_only: bool) -> Result<Pending> {
    let req = on_group(&ops::DELETE_TIDB_NODE_GROUP, cluster_id, group_id)?;
    api.call(dry_run(req, validate_only))
}

pub fn get_public_endpoint_setting(api: &Api, cluster_id: &str, group_id: &str) -> Result<Pending> {
    api.call(on_group(
        &ops::GET_PUBLIC_ENDPOINT_SETTING,
        cluster_id,
        group_id,
    )?)
}

/// Turn the group's public endpoint on or off, or replace its IP access list
/// (`[{"cidrNotation": "203.0.113.0/24", "description": "office"}]`).
pub fn update_public_endpoint_setting(
    api: &Api,
    cluster_id: &str,
    group_id: &str,
    enabled: Option<bool>,
    ip_access_list: Option<Value>,
    validate_only: bool,
) -> Result<Pending> {
    let req = on_group(&ops::UPDATE_PUBLIC_ENDPOINT_SETTING, cluster_id, group_id)?;
    if let Some(list) = &ip_access_list {
        let entries = list.as_array().ok_or_else(|| {
            Error::invalid("ip_access_list must be a list of {\"cidrNotation\", \"description\"}")
        })?;
        for (i, e) in entries.iter().enumerate() {
            if !e.get("cidrNotation").is_some_and(Value::is_string) {
                return Err(Error::invalid(format!(
                    "ip_access_list[{i}] needs \"cidrNotation\", a string such as \"203.0.113.0/24\""
                )));
            }
        }
    }
    if enabled.is_none() && ip_access_list.is_none() {
        return Err(Error::invalid(
            "update_public_endpoint_setting needs enabled= or ip_access_list= (nothing to change)",
        ));
    }
    let body = object([
        ("enabled", enabled.map(Value::from)),
        ("ipAccessList", ip_access_list),
    ]);
    api.call(dry_run(req.body(body), validate_only))
}

pub fn get_private_link_service(api: &Api, cluster_id: &str, group_id: &str) -> Result<Pending> {
    api.call(on_group(
        &ops::GET_PRIVATE_LINK_SERVICE,
        cluster_id,
        group_id,
    )?)
}
