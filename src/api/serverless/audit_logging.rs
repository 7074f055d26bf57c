//! Database audit logging of a Starter or Essential cluster: its audit-log
//! configuration and the cloud storage the logs go to, the filter rules that
//! choose which users' events are logged, and the log files TiDB Cloud keeps
//! with their download URLs.

use crate::api::{
    credentials, list_request, object, request, require_object, text_opt, Api, ListSpec, Pending,
};
use crate::error::{Error, Result};
use crate::http::Request;
use crate::operations::{self as ops, Operation};
use serde_json::{json, Value};

/// Fields of a cloud storage that carry credentials: kept out of errors and logs.
const CREDENTIALS: &[&str] = &["secret", "serviceAccountKey", "sasToken"];

/// Most files one download may name.
pub const MAX_DOWNLOADS: usize = 100;

fn on_cluster(op: &'static Operation, cluster_id: &str) -> Result<Request> {
    request(op, &[("cluster_id", cluster_id)])
}

fn on_rule(op: &'static Operation, cluster_id: &str, rule_id: &str) -> Result<Request> {
    request(
        op,
        &[("cluster_id", cluster_id), ("filter_rule_id", rule_id)],
    )
}

/// The body with every credential it holds marked secret on the request.
fn with_secrets(req: Request, body: Value) -> Request {
    let secrets = credentials(&body, CREDENTIALS);
    secrets.into_iter().fold(req.body(body), Request::secret)
}

/// A page size of the file list: 1 to 1000.
fn check_files_page_size(page_size: Option<i64>) -> Result<Option<String>> {
    match page_size {
        Some(n) if !(1..=1000).contains(&n) => Err(Error::invalid(format!(
            "page_size must be between 1 and 1000, got {n}"
        ))),
        n => Ok(n.map(|n| n.to_string())),
    }
}

pub fn get_config(api: &Api, cluster_id: &str) -> Result<Pending> {
    api.call(on_cluster(
        &ops::GET_SERVERLESS_DATABASE_AUDIT_LOG_CONFIG,
        cluster_id,
    )?)
}

/// What an update of the configuration changes; `None` leaves a field as it is.
#[derive(Debug, Default)]
pub struct ConfigChange {
    pub enabled: Option<bool>,
    pub unredacted: Option<bool>,
    pub cloud_storage: Option<Value>,
    pub rotation_interval_minutes: Option<i64>,
    pub rotation_size_mib: Option<i64>,
}

pub fn update_config(api: &Api, cluster_id: &str, c: ConfigChange) -> Result<Pending> {
    let req = on_cluster(
        &ops::UPDATE_SERVERLESS_DATABASE_AUDIT_LOG_CONFIG,
        cluster_id,
    )?;
    if let Some(s) = &c.cloud_storage {
        require_object("cloud_storage", s)?;
        if !s.get("type").is_some_and(Value::is_string) {
            return Err(Error::invalid(
                "cloud_storage needs \"type\": \"TIDB_CLOUD\", \"S3\", \"GCS\", \"AZURE_BLOB\" \
                 or \"OSS\", with the settings of a bucket under that type",
            ));
        }
    }
    for (name, n) in [
        ("rotation_interval_minutes", c.rotation_interval_minutes),
        ("rotation_size_mib", c.rotation_size_mib),
    ] {
        if let Some(n) = n.filter(|n| *n < 1) {
            return Err(Error::invalid(format!("{name} must be positive, got {n}")));
        }
    }
    let config = object([
        ("enabled", c.enabled.map(Value::from)),
        ("unredacted", c.unredacted.map(Value::from)),
        ("cloudStorage", c.cloud_storage),
        (
            "rotationIntervalMinutes",
            c.rotation_interval_minutes.map(Value::from),
        ),
        ("rotationSizeMib", c.rotation_size_mib.map(Value::from)),
    ]);
    if config.as_object().is_some_and(|m| m.is_empty()) {
        return Err(Error::invalid(
            "update_config needs something to change: enabled=, unredacted=, cloud_storage= \
             or a rotation setting",
        ));
    }
    api.call(with_secrets(req, json!({ "auditLogConfig": config })))
}

pub fn list_filter_rules(cluster_id: &str, page_size: Option<i64>) -> Result<ListSpec> {
    let mut spec = list_request(
        &ops::LIST_SERVERLESS_DATABASE_AUDIT_LOG_FILTER_RULES,
        &[("cluster_id", cluster_id)],
    )?;
    spec.request = spec
        .request
        .query_opt("pageSize", crate::api::check_page_size(page_size)?);
    Ok(spec)
}

/// A rule's fields; `None` leaves one as it is in an update.
#[derive(Debug, Default)]
pub struct Rule {
    pub display_name: Option<String>,
    pub users: Option<Vec<String>>,
    pub filters: Option<Value>,
    pub disabled: Option<bool>,
}

impl Rule {
    fn fields(self) -> Result<Value> {
        if let Some(u) = &self.users {
            if u.is_empty() || u.iter().any(|u| u.trim().is_empty()) {
                return Err(Error::invalid(
                    "users must name at least one user, <user>@<host> or <user> (%@% for all)",
                ));
            }
        }
        if let Some(f) = &self.filters {
            let ok = f
                .as_array()
                .is_some_and(|items| !items.is_empty() && items.iter().all(Value::is_object));
            if !ok {
                return Err(Error::invalid(
                    "filters must be a non-empty list of dicts ([{}] logs every event)",
                ));
            }
        }
        Ok(object([
            (
                "displayName",
                text_opt("display_name", self.display_name.as_deref())?.map(Value::from),
            ),
            ("users", self.users.map(|u| json!(u))),
            ("filters", self.filters),
            ("disabled", self.disabled.map(Value::from)),
        ]))
    }
}

pub fn create_filter_rule(api: &Api, cluster_id: &str, rule: Rule) -> Result<Pending> {
    let req = on_cluster(
        &ops::CREATE_SERVERLESS_DATABASE_AUDIT_LOG_FILTER_RULE,
        cluster_id,
    )?;
    let rule = rule.fields()?;
    for (field, arg) in [
        ("displayName", "display_name"),
        ("users", "users"),
        ("filters", "filters"),
    ] {
        if rule.get(field).is_none() {
            return Err(Error::invalid(format!("{arg} is required")));
        }
    }
    api.call(req.body(json!({ "filterRule": rule })))
}

pub fn get_filter_rule(api: &Api, cluster_id: &str, rule_id: &str) -> Result<Pending> {
    api.call(on_rule(
        &ops::GET_SERVERLESS_DATABASE_AUDIT_LOG_FILTER_RULE,
        cluster_id,
        rule_id,
    )?)
}

pub fn update_filter_rule(
    api: &Api,
    cluster_id: &str,
    rule_id: &str,
    rule: Rule,
) -> Result<Pending> {
    let req = on_rule(
        &ops::UPDATE_SERVERLESS_DATABASE_AUDIT_LOG_FILTER_RULE,
        cluster_id,
        rule_id,
    )?;
    let body = rule.fields()?;
    if body.as_object().is_some_and(|m| m.is_empty()) {
        return Err(Error::invalid(
            "update_filter_rule needs something to change: display_name=, users=, filters= \
             or disabled=",
        ));
    }
    api.call(req.body(body))
}

pub fn delete_filter_rule(api: &Api, cluster_id: &str, rule_id: &str) -> Result<Pending> {
    api.call(on_rule(
        &ops::DELETE_SERVERLESS_DATABASE_AUDIT_LOG_FILTER_RULE,
        cluster_id,
        rule_id,
    )?)
}

/// The files TiDB Cloud keeps for the cluster, of one UTC day (`YYYY-MM-DD`) if given.
pub fn list_files(
    cluster_id: &str,
    date: Option<&str>,
    page_size: Option<i64>,
) -> Result<ListSpec> {
    if let Some(d) = date {
        if chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d").is_err() {
            return Err(Error::invalid(format!(
                "date must be a UTC day as YYYY-MM-DD, got {d:?}"
            )));
        }
    }
    let mut spec = list_request(
        &ops::LIST_SERVERLESS_DATABASE_AUDIT_LOG_FILES,
        &[("cluster_id", cluster_id)],
    )?;
    spec.request = spec
        .request
        .query_opt("date", date)
        .query_opt("pageSize", check_files_page_size(page_size)?);
    Ok(spec)
}

/// Download URLs of the named files (1 to 100 of them).
pub fn download_files(api: &Api, cluster_id: &str, names: Vec<String>) -> Result<Pending> {
    if names.is_empty() || names.len() > MAX_DOWNLOADS {
        return Err(Error::invalid(format!(
            "audit_log_file_names must name 1 to {MAX_DOWNLOADS} files, got {}",
            names.len()
        )));
    }
    if names.iter().any(|n| n.trim().is_empty()) {
        return Err(Error::invalid(
            "audit_log_file_names must not hold an empty name",
        ));
    }
    let req = on_cluster(
        &ops::DOWNLOAD_SERVERLESS_DATABASE_AUDIT_LOG_FILES,
        cluster_id,
    )?;
    api.call(req.body(json!({ "auditLogFileNames": names })))
}
