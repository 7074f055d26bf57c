//! Database audit logging of Dedicated clusters (Dedicated server): a
//! cluster's audit-log configuration and the bucket the logs go to, the IAM
//! principal that writes there, the log files with their download
//! addresses, and the filter rules that choose which users' events are
//! logged. Not the organization's console audit log (`audit_logs`).

use super::{
    check_page_size, check_skip, list_request, object, request, require_object, text_opt, Api,
    ListSpec, Pending,
};
use crate::config::Secret;
use crate::error::{Error, Result};
use crate::operations as ops;
use serde_json::{json, Value};

/// The kinds of events a filter rule may name.
pub const EVENT_TYPES: [&str; 15] = [
    "CONNECTION",
    "CONNECT",
    "DISCONNECT",
    "CHANGE_USER",
    "QUERY",
    "TRANSACTION",
    "EXECUTE",
    "QUERY_DML",
    "INSERT",
    "REPLACE",
    "UPDATE",
    "DELETE",
    "LOAD_DATA",
    "SELECT",
    "QUERY_DDL",
];

fn on_cluster(op: &'static ops::Operation, cluster_id: &str) -> Result<crate::http::Request> {
    request(op, &[("cluster_id", cluster_id)])
}

fn on_rule(
    op: &'static ops::Operation,
    cluster_id: &str,
    rule_id: &str,
) -> Result<crate::http::Request> {
    request(
        op,
        &[("cluster_id", cluster_id), ("filter_rule_id", rule_id)],
    )
}

/// `v`, if given, one of `allowed`.
pub(crate) fn one_of(name: &str, v: Option<&str>, allowed: &[&str]) -> Result<Option<Value>> {
    match v {
        Some(s) if !allowed.contains(&s) => Err(Error::invalid(format!(
            "{name} must be one of {}, got {s:?}",
            allowed.join(", ")
        ))),
        v => Ok(v.map(Value::from)),
    }
}

pub fn get_config(api: &Api, cluster_id: &str) -> Result<Pending> {
    api.call(on_cluster(&ops::GET_DATABASE_AUDIT_LOG_CONFIG, cluster_id)?)
}

/// What an update of the configuration changes; `None` leaves a field as it is.
#[derive(Debug, Default)]
pub struct ConfigChange {
    pub enabled: Option<bool>,
    pub bucket_uri: Option<String>,
    pub bucket_region_id: Option<String>,
    pub aws_role_arn: Option<String>,
    pub azure_sas_token: Option<Secret>,
    pub bucket_manager: Option<String>,
    pub unredacted: Option<bool>,
    pub format: Option<String>,
    pub rotation_policy: Option<Value>,
}

pub fn update_config(
    api: &Api,
    cluster_id: &str,
    c: ConfigChange,
    validate_only: bool,
) -> Result<Pending> {
    let req = on_cluster(&ops::UPDATE_DATABASE_AUDIT_LOG_CONFIG, cluster_id)?;
    if let Some(p) = &c.rotation_policy {
        require_object("rotation_policy", p)?;
    }
    let body = object([
        ("enabled", c.enabled.map(Value::from)),
        (
            "bucketUri",
            text_opt("bucket_uri", c.bucket_uri.as_deref())?.map(Value::from),
        ),
        (
            "bucketRegionId",
            text_opt("bucket_region_id", c.bucket_region_id.as_deref())?.map(Value::from),
        ),
        (
            "awsRoleArn",
            text_opt("aws_role_arn", c.aws_role_arn.as_deref())?.map(Value::from),
        ),
        (
            "azureSasToken",
            c.azure_sas_token.as_ref().map(|s| Value::from(s.expose())),
        ),
        (
            "bucketManager",
            one_of(
                "bucket_manager",
                c.bucket_manager.as_deref(),
                &["CUSTOMER", "PINGCAP"],
            )?,
        ),
        ("unredacted", c.unredacted.map(Value::from)),
        (
            "format",
            one_of("format", c.format.as_deref(), &["TEXT", "JSON"])?,
        ),
        ("rotationPolicy", c.rotation_policy),
    ]);
    if body.as_object().is_some_and(|m| m.is_empty()) {
        return Err(Error::invalid(
            "update_config needs something to change: enabled=, a bucket, unredacted=, \
             format= or rotation_policy=",
        ));
    }
    let mut req = req.body(body);
    if let Some(token) = c.azure_sas_token {
        req = req.secret(token);
    }
    if validate_only {
        req = req.query("validateOnly", "true");
    }
    api.call(req)
}

pub fn show_iam_principal(api: &Api, cluster_id: &str) -> Result<Pending> {
    api.call(on_cluster(
        &ops::SHOW_DATABASE_AUDIT_LOG_IAM_PRINCIPAL,
        cluster_id,
    )?)
}

/// The log files created between `start_time` and `end_time` (ISO 8601
/// times with a zone), oldest first.
pub fn query_files(
    cluster_id: &str,
    start_time: Option<&str>,
    end_time: Option<&str>,
    skip: Option<i64>,
    page_size: Option<i64>,
) -> Result<ListSpec> {
    let norm = |name: &str, t: Option<&str>| {
        t.map(|t| super::audit_logs::normalize_time(name, t))
            .transpose()
    };
    let (start, end) = (norm("start_time", start_time)?, norm("end_time", end_time)?);
    if let (Some(s), Some(e)) = (&start, &end) {
        let parse = |t: &str| chrono::DateTime::parse_from_rfc3339(t).ok();
        if parse(s) > parse(e) {
            return Err(Error::invalid("start_time must not be after end_time"));
        }
    }
    let mut spec = list_request(
        &ops::LIST_DATABASE_AUDIT_LOG_FILES,
        &[("cluster_id", cluster_id)],
    )?;
    spec.request = spec
        .request
        .query_opt("startTime", start)
        .query_opt("endTime", end)
        .query_opt("skip", check_skip(skip)?)
        .query_opt("pageSize", check_page_size(page_size)?);
    Ok(spec)
}

/// A URL the file of `audit_log_file_uri` (as `query_files` gives it) can
/// be fetched from for 15 minutes.
pub fn generate_download_address(
    api: &Api,
    cluster_id: &str,
    audit_log_file_uri: &str,
) -> Result<Pending> {
    super::require_text("audit_log_file_uri", audit_log_file_uri)?;
    let req = on_cluster(
        &ops::GENERATE_DATABASE_AUDIT_LOG_DOWNLOAD_ADDRESS,
        cluster_id,
    )?;
    api.call(req.query("auditLogFileUri", audit_log_file_uri))
}

pub fn list_filter_rules(
    cluster_id: &str,
    skip: Option<i64>,
    page_size: Option<i64>,
) -> Result<ListSpec> {
    let mut spec = list_request(
        &ops::LIST_DATABASE_AUDIT_LOG_FILTER_RULES,
        &[("cluster_id", cluster_id)],
    )?;
    spec.request = spec
        .request
        .query_opt("skip", check_skip(skip)?)
        .query_opt("pageSize", check_page_size(page_size)?);
    Ok(spec)
}

/// A rule: the user it is for (`<user>@<host>`), the events it logs (all
/// when none), its name, and whether it is off.
#[derive(Debug, Default)]
pub struct Rule {
    pub user_expr: Option<String>,
    pub event_types: Vec<String>,
    pub display_name: Option<String>,
    pub disabled: Option<bool>,
}

impl Rule {
    fn body(self) -> Result<Value> {
        for t in &self.event_types {
            one_of("event_types", Some(t), &EVENT_TYPES)?;
        }
        Ok(object([
            (
                "userExpr",
                text_opt("user_expr", self.user_expr.as_deref())?.map(Value::from),
            ),
            (
                "eventTypes",
                (!self.event_types.is_empty()).then(|| json!(self.event_types)),
            ),
            (
                "displayName",
                text_opt("display_name", self.display_name.as_deref())?.map(Value::from),
            ),
            ("disabled", self.disabled.map(Value::from)),
        ]))
    }
}

pub fn create_filter_rule(api: &Api, cluster_id: &str, rule: Rule) -> Result<Pending> {
    if rule.user_expr.is_none() {
        return Err(Error::invalid(
            "user_expr is required: the user the rule is for, <user>@<host>",
        ));
    }
    let req = on_cluster(&ops::CREATE_DATABASE_AUDIT_LOG_FILTER_RULE, cluster_id)?;
    api.call(req.body(rule.body()?))
}

pub fn get_filter_rule(api: &Api, cluster_id: &str, rule_id: &str) -> Result<Pending> {
    api.call(on_rule(
        &ops::GET_DATABASE_AUDIT_LOG_FILTER_RULE,
        cluster_id,
        rule_id,
    )?)
}

/// Every field of the rule takes the given value, or its default.
pub fn replace_filter_rule(
    api: &Api,
    cluster_id: &str,
    rule_id: &str,
    rule: Rule,
) -> Result<Pending> {
    let req = on_rule(
        &ops::REPLACE_DATABASE_AUDIT_LOG_FILTER_RULE,
        cluster_id,
        rule_id,
    )?;
    api.call(req.body(rule.body()?))
}

pub fn delete_filter_rule(api: &Api, cluster_id: &str, rule_id: &str) -> Result<Pending> {
    api.call(on_rule(
        &ops::DELETE_DATABASE_AUDIT_LOG_FILTER_RULE,
        cluster_id,
        rule_id,
    )?)
}
