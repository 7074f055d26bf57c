//! Starter and Essential clusters: list (with the service's filter
//! expression), create, get, update with an update mask, delete, the root
//! password, and restore from a backup or a point in time.

use super::check_view;
use crate::api::{
    check_page_size, check_skip, clusters::check_password, list_request, object, request,
    require_object, require_text, Api, ListSpec, Pending,
};
use crate::config::Secret;
use crate::error::{Error, Result};
use crate::operations as ops;
use serde_json::{json, Map, Value};

const PROJECT_LABEL: &str = "tidb.cloud/project";

/// The filters `list` can turn into the service's filter expression
/// (`region.provider="aws" AND state="ACTIVE"`); `raw` is joined as given.
#[derive(Debug, Default)]
pub struct Filter {
    pub raw: Option<String>,
    pub project_ids: Vec<String>,
    pub cluster_ids: Vec<String>,
    pub display_name: Option<String>,
    pub state: Option<String>,
    pub cloud_provider: Option<String>,
    pub region_id: Option<String>,
    pub labels: Option<Value>,
}

fn quoted(name: &str, v: &str) -> Result<String> {
    require_text(name, v)?;
    if v.contains('"') || v.contains('\\') {
        return Err(Error::invalid(format!(
            "{name} must not contain quotes or backslashes, got {v:?}"
        )));
    }
    Ok(format!("\"{v}\""))
}

impl Filter {
    /// The expression, or `None` when nothing filters.
    pub fn expression(&self) -> Result<Option<String>> {
        let mut terms = Vec::new();
        if let Some(raw) = &self.raw {
            require_text("filter", raw)?;
            terms.push(raw.trim().to_owned());
        }
        if let Some(p) = &self.cloud_provider {
            terms.push(format!("region.provider={}", quoted("cloud_provider", p)?));
        }
        if let Some(r) = &self.region_id {
            let name = region_name(r)?;
            terms.push(format!("region.name={}", quoted("region_id", &name)?));
        }
        if let Some(s) = &self.state {
            terms.push(format!("state={}", quoted("state", s)?));
        }
        for (field, name, ids) in [
            ("projectId", "project_id", &self.project_ids),
            ("clusterId", "cluster_ids", &self.cluster_ids),
        ] {
            if !ids.is_empty() {
                for id in ids {
                    quoted(name, id)?;
                }
                terms.push(format!("{field}={}", ids.join(",")));
            }
        }
        if let Some(n) = &self.display_name {
            terms.push(format!("displayName={}", quoted("display_name", n)?));
        }
        if let Some(labels) = &self.labels {
            require_object("labels", labels)?;
            for (k, v) in labels.as_object().into_iter().flatten() {
                let v = v
                    .as_str()
                    .ok_or_else(|| Error::invalid(format!("labels[{k:?}] must be a str")))?;
                if k.is_empty() || k.contains(char::is_whitespace) || k.contains('=') {
                    return Err(Error::invalid(format!("labels: bad key {k:?}")));
                }
                terms.push(format!("labels.{k}={}", quoted("labels", v)?));
            }
        }
        Ok((!terms.is_empty()).then(|| terms.join(" AND ")))
    }
}

pub fn list(filter: &Filter, skip: Option<i64>, page_size: Option<i64>) -> Result<ListSpec> {
    let mut spec = list_request(&ops::LIST_SERVERLESS_CLUSTERS, &[])?;
    spec.request = spec
        .request
        .query_opt("filter", filter.expression()?)
        .query_opt("skip", check_skip(skip)?)
        .query_opt("pageSize", check_page_size(page_size)?);
    Ok(spec)
}

/// What a create sends, in the service's camelCase where it is a dict.
pub struct NewCluster {
    pub display_name: String,
    pub region_id: String,
    pub root_password: Option<Secret>,
    pub labels: Option<Value>,
    pub project_id: Option<String>,
    pub spending_limit: Option<Value>,
    pub auto_scaling: Option<Value>,
    pub automated_backup_policy: Option<Value>,
    pub endpoints: Option<Value>,
    pub encryption_config: Option<Value>,
    pub high_availability_type: Option<String>,
}

/// A cluster's name: 4 to 64 letters, digits and hyphens, starting and ending
/// with a letter or digit.
fn check_name(name: &str) -> Result<()> {
    let b = name.as_bytes();
    let ok = (4..=64).contains(&b.len())
        && b.iter().all(|c| c.is_ascii_alphanumeric() || *c == b'-')
        && b[0].is_ascii_alphanumeric()
        && b[b.len() - 1].is_ascii_alphanumeric();
    if ok {
        Ok(())
    } else {
        Err(Error::invalid(format!(
            "display_name must be 4 to 64 letters, digits and hyphens, starting and ending \
             with a letter or digit, got {name:?}"
        )))
    }
}

/// A region's resource name, `regions/aws-us-east-1`, from its id or from
/// that name itself, as `serverless.regions.list()` gives it.
fn region_name(region_id: &str) -> Result<String> {
    let id = region_id.strip_prefix("regions/").unwrap_or(region_id);
    require_text("region_id", id)?;
    Ok(format!("regions/{id}"))
}

fn dicts(pairs: &[(&str, &Option<Value>)]) -> Result<()> {
    for (name, v) in pairs {
        if let Some(v) = v {
            require_object(name, v)?;
        }
    }
    Ok(())
}

pub fn create(api: &Api, c: NewCluster) -> Result<Pending> {
    check_name(&c.display_name)?;
    let region = region_name(&c.region_id)?;
    if let Some(p) = &c.root_password {
        check_password("root_password", p)?;
    }
    dicts(&[
        ("labels", &c.labels),
        ("spending_limit", &c.spending_limit),
        ("auto_scaling", &c.auto_scaling),
        ("automated_backup_policy", &c.automated_backup_policy),
        ("endpoints", &c.endpoints),
        ("encryption_config", &c.encryption_config),
    ])?;
    let mut labels = c.labels.clone().unwrap_or_else(|| json!({}));
    if let Some(p) = &c.project_id {
        require_text("project_id", p)?;
        match labels.get(PROJECT_LABEL).and_then(Value::as_str) {
            Some(given) if given != p => {
                return Err(Error::invalid(format!(
                    "project_id {p:?} and labels[{PROJECT_LABEL:?}] {given:?} disagree"
                )))
            }
            _ => labels[PROJECT_LABEL] = json!(p),
        }
    }
    let labels = labels
        .as_object()
        .filter(|m| !m.is_empty())
        .map(|_| labels.clone());
    let body = object([
        ("displayName", Some(json!(c.display_name))),
        ("region", Some(json!({ "name": region }))),
        ("labels", labels),
        (
            "rootPassword",
            c.root_password.as_ref().map(|p| json!(p.expose())),
        ),
        ("spendingLimit", c.spending_limit),
        ("autoScaling", c.auto_scaling),
        ("automatedBackupPolicy", c.automated_backup_policy),
        ("endpoints", c.endpoints),
        ("encryptionConfig", c.encryption_config),
        (
            "highAvailabilityType",
            c.high_availability_type.map(Value::from),
        ),
    ]);
    let mut req = request(&ops::CREATE_SERVERLESS_CLUSTER, &[])?.body(body);
    if let Some(p) = c.root_password {
        req = req.secret(p);
    }
    api.call(req)
}

pub fn get(api: &Api, cluster_id: &str, view: Option<&str>) -> Result<Pending> {
    let req = request(&ops::GET_SERVERLESS_CLUSTER, &[("cluster_id", cluster_id)])?
        .query_opt("view", check_view(view)?);
    api.call(req)
}

pub fn delete(api: &Api, cluster_id: &str) -> Result<Pending> {
    api.call(request(
        &ops::DELETE_SERVERLESS_CLUSTER,
        &[("cluster_id", cluster_id)],
    )?)
}

/// What a partial update of a cluster changes; `None` leaves a field as it is.
#[derive(Debug, Clone, Default)]
pub struct ClusterChange {
    pub display_name: Option<String>,
    pub labels: Option<Value>,
    pub spending_limit: Option<Value>,
    pub automated_backup_policy: Option<Value>,
    pub endpoints: Option<Value>,
    pub auto_scaling: Option<Value>,
}

impl ClusterChange {
    /// The fields given, top-level and camelCase, as `update` takes them.
    pub fn fields(self) -> Map<String, Value> {
        let mut fields = Map::new();
        if let Some(n) = self.display_name {
            fields.insert("displayName".into(), Value::String(n));
        }
        for (key, v) in [
            ("labels", self.labels),
            ("spendingLimit", self.spending_limit),
            ("automatedBackupPolicy", self.automated_backup_policy),
            ("endpoints", self.endpoints),
            ("autoScaling", self.auto_scaling),
        ] {
            if let Some(v) = v {
                fields.insert(key.into(), v);
            }
        }
        fields
    }
}

/// A partial update: the fields given (top-level, camelCase) and the mask
/// that names them, unless `mask` says otherwise.
pub fn update(
    api: &Api,
    cluster_id: &str,
    fields: Map<String, Value>,
    mask: Option<String>,
) -> Result<Pending> {
    let req = request(
        &ops::UPDATE_SERVERLESS_CLUSTER,
        &[("cluster_id", cluster_id)],
    )?;
    if fields.is_empty() {
        return Err(Error::invalid("update needs at least one field to change"));
    }
    if let Some(Value::String(n)) = fields.get("displayName") {
        check_name(n)?;
    }
    for (k, v) in &fields {
        if k != "displayName" && !v.is_object() {
            return Err(Error::invalid(format!(
                "{k} must be a dict, got {}",
                crate::http::kind_of(v)
            )));
        }
    }
    let mask = match mask {
        Some(m) => {
            require_text("update_mask", &m)?;
            m
        }
        None => fields.keys().cloned().collect::<Vec<_>>().join(","),
    };
    let body = json!({ "cluster": fields, "updateMask": mask });
    api.call(req.body(body))
}

/// Set a new root password (8 to 64 characters), with the service's own call
/// for it.
pub fn reset_root_password(api: &Api, cluster_id: &str, password: Secret) -> Result<Pending> {
    let req = request(
        &ops::RESET_SERVERLESS_CLUSTER_ROOT_PASSWORD,
        &[("cluster_id", cluster_id)],
    )?;
    check_password("root_password", &password)?;
    let body = json!({ "password": password.expose() });
    api.call(req.body(body).secret(password))
}

/// Restore from a backup (`backup_id`) or from a cluster's history
/// (`cluster_id` at `backup_time`, ISO 8601): exactly one of the two.
pub fn restore(
    api: &Api,
    backup_id: Option<&str>,
    cluster_id: Option<&str>,
    backup_time: Option<&str>,
) -> Result<Pending> {
    let body = match (backup_id, cluster_id, backup_time) {
        (Some(b), None, None) => {
            require_text("backup_id", b)?;
            json!({ "snapshot": { "backupId": b } })
        }
        (None, Some(c), Some(t)) => {
            require_text("cluster_id", c)?;
            let t = crate::api::audit_logs::normalize_time("backup_time", t)?;
            json!({ "pointInTime": { "clusterId": c, "backupTime": t } })
        }
        _ => {
            return Err(Error::invalid(
                "restore takes backup_id=, or cluster_id= with backup_time=",
            ))
        }
    };
    api.call(request(&ops::RESTORE_SERVERLESS_CLUSTER, &[])?.body(body))
}
