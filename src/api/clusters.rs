//! Clusters (Dedicated server): list, create, get, update, delete, pause, resume,
//! reset the root password.

use super::{
    check_page_size, check_skip, object, request, require_object, require_text, text_opt, Api,
    ListSpec, Pending,
};
use crate::config::Secret;
use crate::error::{Error, Result};
use crate::http::Safety;
use crate::operations::{self as ops, Operation};
use serde_json::{json, Value};

/// Clusters, filtered as the service does: by project, states, ids and regions.
pub fn list(
    project_id: Option<&str>,
    states: &[String],
    cluster_ids: &[String],
    region_ids: &[String],
    skip: Option<i64>,
    page_size: Option<i64>,
) -> Result<ListSpec> {
    let skip = check_skip(skip)?;
    let mut req = request(&ops::LIST_CLUSTERS, &[])?
        .query_opt("projectId", text_opt("project_id", project_id)?);
    for (key, name, values) in [
        ("clusterIds", "cluster_ids", cluster_ids),
        ("regionIds", "region_ids", region_ids),
        ("clusterStates", "states", states),
    ] {
        for v in values {
            require_text(name, v)?;
            req = req.query(key, v.as_str());
        }
    }
    Ok(ListSpec::of(
        &ops::LIST_CLUSTERS,
        req.query_opt("skip", skip)
            .query_opt("pageSize", check_page_size(page_size)?),
    ))
}

/// The label the service keeps a Dedicated cluster's project in.
pub const PROJECT_LABEL: &str = "tidb.cloud/project";

/// A new cluster, in the service's fields. `project_id` is a shorthand for the
/// project label.
#[derive(Debug, Clone)]
pub struct NewCluster {
    pub display_name: String,
    pub region_id: String,
    pub tidb_node_setting: Value,
    pub tikv_node_setting: Value,
    pub tiflash_node_setting: Option<Value>,
    pub port: Option<i64>,
    pub labels: Option<Value>,
    pub project_id: Option<String>,
    pub root_password: Option<Secret>,
}

pub(crate) fn check_password(name: &str, p: &Secret) -> Result<()> {
    let n = p.expose().chars().count();
    if (8..=64).contains(&n) {
        Ok(())
    } else {
        Err(Error::invalid(format!(
            "{name} must be 8 to 64 characters, got {n}"
        )))
    }
}

pub(crate) fn labels_with_project(
    labels: Option<Value>,
    project_id: Option<String>,
) -> Result<Option<Value>> {
    if let Some(l) = &labels {
        require_object("labels", l)?;
        if let Some((k, _)) = l
            .as_object()
            .into_iter()
            .flatten()
            .find(|(_, v)| !v.is_string())
        {
            return Err(Error::invalid(format!("labels[{k:?}] must be a str")));
        }
    }
    let Some(p) = project_id else {
        return Ok(labels);
    };
    require_text("project_id", &p)?;
    let mut l = labels.unwrap_or_else(|| json!({}));
    if let Some(other) = l
        .get(PROJECT_LABEL)
        .and_then(Value::as_str)
        .filter(|o| *o != p)
    {
        return Err(Error::invalid(format!(
            "project_id {p:?} and labels[{PROJECT_LABEL:?}] {other:?} disagree"
        )));
    }
    l[PROJECT_LABEL] = Value::from(p);
    Ok(Some(l))
}

pub fn create(api: &Api, c: NewCluster, validate_only: bool) -> Result<Pending> {
    require_text("display_name", &c.display_name)?;
    require_text("region_id", &c.region_id)?;
    require_object("tidb_node_setting", &c.tidb_node_setting)?;
    require_object("tikv_node_setting", &c.tikv_node_setting)?;
    if let Some(t) = &c.tiflash_node_setting {
        require_object("tiflash_node_setting", t)?;
    }
    if let Some(p) = c.port {
        if !(1..=65535).contains(&p) {
            return Err(Error::invalid(format!(
                "port must be between 1 and 65535, got {p}"
            )));
        }
    }
    if let Some(p) = &c.root_password {
        check_password("root_password", p)?;
    }
    let labels = labels_with_project(c.labels, c.project_id)?;
    let body = object([
        ("displayName", Some(json!(c.display_name))),
        ("regionId", Some(json!(c.region_id))),
        ("labels", labels),
        ("tidbNodeSetting", Some(c.tidb_node_setting)),
        ("tikvNodeSetting", Some(c.tikv_node_setting)),
        ("tiflashNodeSetting", c.tiflash_node_setting),
        ("port", c.port.map(Value::from)),
        (
            "rootPassword",
            c.root_password.as_ref().map(|p| json!(p.expose())),
        ),
    ]);
    let mut req = request(&ops::CREATE_CLUSTER, &[])?.body(body);
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
    api.call(request(&ops::GET_CLUSTER, &[("cluster_id", cluster_id)])?)
}

/// What an update changes, in the service's fields.
#[derive(Debug, Clone, Default)]
pub struct ClusterChange {
    pub display_name: Option<String>,
    pub labels: Option<Value>,
    pub tidb_node_setting: Option<Value>,
    pub tikv_node_setting: Option<Value>,
    pub tiflash_node_setting: Option<Value>,
}

pub fn update(
    api: &Api,
    cluster_id: &str,
    change: ClusterChange,
    validate_only: bool,
) -> Result<Pending> {
    let req = request(&ops::UPDATE_CLUSTER, &[("cluster_id", cluster_id)])?;
    if let Some(n) = &change.display_name {
        require_text("display_name", n)?;
    }
    for (name, v) in [
        ("labels", &change.labels),
        ("tidb_node_setting", &change.tidb_node_setting),
        ("tikv_node_setting", &change.tikv_node_setting),
        ("tiflash_node_setting", &change.tiflash_node_setting),
    ] {
        if let Some(v) = v {
            require_object(name, v)?;
        }
    }
    let resizes = change.tidb_node_setting.is_some()
        || change.tikv_node_setting.is_some()
        || change.tiflash_node_setting.is_some();
    let body = object([
        ("displayName", change.display_name.map(Value::from)),
        ("labels", change.labels),
        ("tidbNodeSetting", change.tidb_node_setting),
        ("tikvNodeSetting", change.tikv_node_setting),
        ("tiflashNodeSetting", change.tiflash_node_setting),
    ]);
    if body.as_object().is_some_and(|m| m.is_empty()) {
        return Err(Error::invalid(
            "update needs display_name=, labels= or a node setting (nothing to change)",
        ));
    }
    let mut req = req.body(body);
    if validate_only {
        req = req.query("validateOnly", "true");
        return api.call(req);
    }
    let sent = api.call(req)?;
    // Only a new size moves the cluster (to MODIFYING, then ACTIVE).
    Ok(if resizes {
        moving(api, cluster_id, "ACTIVE", sent)
    } else {
        sent
    })
}

pub fn delete(api: &Api, cluster_id: &str, validate_only: bool) -> Result<Pending> {
    let req = request(&ops::DELETE_CLUSTER, &[("cluster_id", cluster_id)])?;
    if validate_only {
        return api.call(req.query("validateOnly", "true"));
    }
    let sent = api.call(req)?;
    Ok(moving(api, cluster_id, "DELETED", sent))
}

fn action(
    api: &Api,
    cluster_id: &str,
    op: &'static Operation,
    target: &'static str,
) -> Result<Pending> {
    let sent = api.call(request(op, &[("cluster_id", cluster_id)])?)?;
    Ok(moving(api, cluster_id, target, sent))
}

/// Once `sent` succeeds, remember that the cluster is on its way to `target`
/// (a wait straight after may still see the old state), and give the Cluster
/// itself: the service wraps the answer of a pause or resume as `{"cluster": ...}`.
fn moving(api: &Api, cluster_id: &str, target: &'static str, sent: Pending) -> Pending {
    let (recent, id) = (api.recent().clone(), cluster_id.to_owned());
    Pending::new(async move {
        let mut v = sent.await?;
        recent.record(&id, target);
        if let Some(inner) = v.get_mut("cluster").filter(|c| c.is_object()) {
            v = inner.take();
        }
        Ok(v)
    })
}

pub fn pause(api: &Api, cluster_id: &str) -> Result<Pending> {
    action(api, cluster_id, &ops::PAUSE_CLUSTER, "PAUSED")
}

pub fn resume(api: &Api, cluster_id: &str) -> Result<Pending> {
    action(api, cluster_id, &ops::RESUME_CLUSTER, "ACTIVE")
}

/// Set a new root password (8 to 64 characters).
pub fn reset_root_password(api: &Api, cluster_id: &str, root_password: Secret) -> Result<Pending> {
    let req = request(
        &ops::RESET_CLUSTER_ROOT_PASSWORD,
        &[("cluster_id", cluster_id)],
    )?;
    check_password("root_password", &root_password)?;
    let req = req
        .body(json!({ "rootPassword": root_password.expose() }))
        .secret(root_password);
    api.call(req)
}

/// How many nodes of each component the organization may still have.
pub fn show_node_quota(api: &Api) -> Result<Pending> {
    api.call(request(&ops::SHOW_NODE_QUOTA, &[])?)
}
