//! Database audit logging of both tiers: `client.database_audit_logs` for
//! Dedicated clusters and `client.serverless.database_audit_logs` for
//! Starter and Essential ones. Each holds a cluster's configuration, its
//! filter rules and its log files, all named by the cluster's id first.

use super::convert::{from_py, opt_dict, str_list, type_name};
use super::declare::resource;
use super::pager::Recipe;
use crate::api::audit_logging::{self, ConfigChange, Rule};
use crate::api::serverless::audit_logging as serverless;
use crate::config::Secret;
use pyo3::exceptions::PyTypeError;
use pyo3::prelude::*;
use pyo3::types::{PyDate, PyList, PyString, PyTuple};
use serde_json::Value;

/// A list (or tuple) of dicts as JSON; anything else is a `TypeError`.
fn dict_list(obj: Option<&Bound<'_, PyAny>>, name: &str) -> PyResult<Option<Value>> {
    let Some(obj) = obj.filter(|o| !o.is_none()) else {
        return Ok(None);
    };
    if !(obj.is_instance_of::<PyList>() || obj.is_instance_of::<PyTuple>()) {
        return Err(PyTypeError::new_err(format!(
            "{name} must be a list of dicts, got {}",
            type_name(obj)
        )));
    }
    from_py(obj, name).map(Some)
}

/// A list of str, or one comma-separated str, when given.
fn opt_str_list(obj: Option<&Bound<'_, PyAny>>, name: &str) -> PyResult<Option<Vec<String>>> {
    match obj.filter(|o| !o.is_none()) {
        Some(o) => str_list(Some(o), name).map(Some),
        None => Ok(None),
    }
}

/// "YYYY-MM-DD" from a str, a date or a datetime.
fn day(obj: Option<&Bound<'_, PyAny>>) -> PyResult<Option<String>> {
    let Some(v) = obj.filter(|o| !o.is_none()) else {
        return Ok(None);
    };
    if let Ok(s) = v.cast::<PyString>() {
        return Ok(Some(s.to_str()?.to_owned()));
    }
    if v.is_instance_of::<PyDate>() {
        let (y, m, d): (i32, u32, u32) = (
            v.getattr("year")?.extract()?,
            v.getattr("month")?.extract()?,
            v.getattr("day")?.extract()?,
        );
        return Ok(Some(format!("{y:04}-{m:02}-{d:02}")));
    }
    Err(PyTypeError::new_err(format!(
        "date must be \"YYYY-MM-DD\", a date or a datetime, got {}",
        type_name(v)
    )))
}

resource!(
/// Database audit logging of Dedicated clusters: what each cluster logs,
/// where the logs go, and the log files.
DatabaseAuditLogs, AsyncDatabaseAuditLogs {
    /// The cluster's audit-log configuration: whether logging is on, the
    /// bucket, the format and the rotation policy.
    fn get_config(
        /// The cluster's id.
        cluster_id: String,
        /;
    ) -> call "getDatabaseAuditLogConfig" |api, _py| {
        audit_logging::get_config(&api, &cluster_id)?
    }

    /// Change the configuration; what is not given stays. Enabling needs a
    /// bucket: the customer's (`bucket_uri`, with `aws_role_arn` on AWS or
    /// `azure_sas_token` on Azure) or, with `bucket_manager="PINGCAP"`, the
    /// service's. Returns the configuration; `validate_only=True` only checks.
    fn update_config(
        /// The cluster's id.
        cluster_id: String,
        /;
        /// Turn audit logging on or off.
        enabled: Option<bool> = None,
        /// The customer's bucket folder, such as `s3://bucket/audit/`.
        bucket_uri: Option<String> = None,
        /// The bucket's region, such as `aws-us-west-2`.
        bucket_region_id: Option<String> = None,
        /// The AWS role the service assumes to write to an S3 bucket.
        aws_role_arn: Option<String> = None,
        /// The SAS token that writes to an Azure Blob container; never answered.
        azure_sas_token: Option<String> = None,
        /// Who manages the bucket: `CUSTOMER` (the default) or `PINGCAP`.
        bucket_manager: Option<String> = None,
        /// Log statements with their literal values rather than redacted.
        unredacted: Option<bool> = None,
        /// The log format: `TEXT` (the default) or `JSON`.
        format: Option<String> = None,
        /// When a file is rotated: `{"maxSizeMib": 10, "maxAgeSecond": 86400}`.
        rotation_policy: Option<&Bound<'_, PyAny>> as "dict[str, Any]" = None,
        /// Only check the request; change nothing.
        validate_only: bool = false,
    ) -> call "updateDatabaseAuditLogConfig" |api, _py| {
        let change = ConfigChange {
            enabled,
            bucket_uri,
            bucket_region_id,
            aws_role_arn,
            azure_sas_token: azure_sas_token.map(Secret::new),
            bucket_manager,
            unredacted,
            format,
            rotation_policy: opt_dict(rotation_policy, "rotation_policy")?,
        };
        audit_logging::update_config(&api, &cluster_id, change, validate_only)?
    }

    /// The IAM principal that writes the cluster's logs to a customer's
    /// bucket: the one to grant access to the bucket (or to trust in the
    /// AWS role).
    fn show_iam_principal(
        /// The cluster's id.
        cluster_id: String,
        /;
    ) -> call "showDatabaseAuditLogIamPrincipal" |api, _py| {
        audit_logging::show_iam_principal(&api, &cluster_id)?
    }

    /// The cluster's audit-log files, oldest first, across all pages; each
    /// has its `filename`, `uri`, `bucket`, `sizeByte` and `createTime`.
    fn query_files(
        /// The cluster's id.
        cluster_id: String,
        /;
        /// Files created at or after this time: ISO 8601 or a datetime (naive means UTC).
        start_time: Option<&Bound<'_, PyAny>> as "_Time" = None,
        /// Files created at or before this time: ISO 8601 or a datetime (naive means UTC).
        end_time: Option<&Bound<'_, PyAny>> as "_Time" = None,
        /// Pass over that many items first.
        skip: Option<i64> = None,
        /// Items a page (the service's default when absent).
        page_size: Option<i64> = None,
        /// Start at this page, a token an earlier page gave.
        page_token: Option<String> = None,
    ) -> pager "listDatabaseAuditLogFiles" |api, py| {
        let start = super::time::iso_time(py, start_time, "start_time")?;
        let end = super::time::iso_time(py, end_time, "end_time")?;
        let spec = audit_logging::query_files(
            &cluster_id, start.as_deref(), end.as_deref(), skip, page_size,
        )?;
        Recipe { spec, api, page_token }
    }

    /// A URL to fetch one file from, good for 15 minutes:
    /// `{"downloadAddress": ...}`.
    fn generate_download_address(
        /// The cluster's id.
        cluster_id: String,
        /;
        /// The file's `uri`, as `query_files` gives it.
        audit_log_file_uri: String,
    ) -> call "generateDatabaseAuditLogDownloadAddress" |api, _py| {
        audit_logging::generate_download_address(&api, &cluster_id, &audit_log_file_uri)?
    }

    /// The cluster's filter rules, across all pages.
    fn list_filter_rules(
        /// The cluster's id.
        cluster_id: String,
        /;
        /// Pass over that many items first.
        skip: Option<i64> = None,
        /// Items a page (the service's default when absent).
        page_size: Option<i64> = None,
        /// Start at this page, a token an earlier page gave.
        page_token: Option<String> = None,
    ) -> pager "listDatabaseAuditLogFilterRules" |api, _py| {
        let spec = audit_logging::list_filter_rules(&cluster_id, skip, page_size)?;
        Recipe { spec, api, page_token }
    }

    /// Log the events of the users `user_expr` matches; returns the rule,
    /// whose id is its `user_expr`.
    fn create_filter_rule(
        /// The cluster's id.
        cluster_id: String,
        /;
        /// The users: `<user>@<host>`, `%` and `_` as wildcards, such as `app@%`.
        user_expr: String,
        /// The events to log (every event when absent): a list, or one comma-separated str.
        event_types: Option<&Bound<'_, PyAny>> as "Sequence[str] | str" = None,
        /// The rule's name (its `user_expr` when absent).
        display_name: Option<String> = None,
        /// Create the rule turned off.
        disabled: Option<bool> = None,
    ) -> call "createDatabaseAuditLogFilterRule" |api, _py| {
        let rule = Rule {
            user_expr: Some(user_expr),
            event_types: str_list(event_types, "event_types")?,
            display_name,
            disabled,
        };
        audit_logging::create_filter_rule(&api, &cluster_id, rule)?
    }

    /// One filter rule.
    fn get_filter_rule(
        /// The cluster's id.
        cluster_id: String,
        /// The rule's id: its user expression.
        filter_rule_id: String,
        /;
    ) -> call "getDatabaseAuditLogFilterRule" |api, _py| {
        audit_logging::get_filter_rule(&api, &cluster_id, &filter_rule_id)?
    }

    /// Replace a rule whole: what is not given takes its default (every
    /// event, turned on, named after its user). Returns `{"auditLogFilterRule": ...}`.
    fn replace_filter_rule(
        /// The cluster's id.
        cluster_id: String,
        /// The rule's id: its user expression.
        filter_rule_id: String,
        /;
        /// The rule's user expression, which is its id and stays.
        user_expr: Option<String> = None,
        /// The events to log (every event when absent): a list, or one comma-separated str.
        event_types: Option<&Bound<'_, PyAny>> as "Sequence[str] | str" = None,
        /// The rule's name (its user expression when absent).
        display_name: Option<String> = None,
        /// Turn the rule off.
        disabled: Option<bool> = None,
    ) -> call "replaceDatabaseAuditLogFilterRule" |api, _py| {
        let rule = Rule {
            user_expr,
            event_types: str_list(event_types, "event_types")?,
            display_name,
            disabled,
        };
        audit_logging::replace_filter_rule(&api, &cluster_id, &filter_rule_id, rule)?
    }

    /// Delete a filter rule.
    fn delete_filter_rule(
        /// The cluster's id.
        cluster_id: String,
        /// The rule's id: its user expression.
        filter_rule_id: String,
        /;
    ) -> call "deleteDatabaseAuditLogFilterRule" |api, _py| {
        audit_logging::delete_filter_rule(&api, &cluster_id, &filter_rule_id)?
    }
} waits {
});

resource!(
/// Database audit logging of Starter and Essential clusters: what each
/// cluster logs, where the logs go, and the files TiDB Cloud keeps.
ServerlessDatabaseAuditLogs, AsyncServerlessDatabaseAuditLogs {
    /// The cluster's audit-log configuration: whether logging is on, the
    /// cloud storage and the rotation settings.
    fn get_config(
        /// The cluster's id.
        cluster_id: String,
        /;
    ) -> call "getServerlessDatabaseAuditLogConfig" |api, _py| {
        serverless::get_config(&api, &cluster_id)?
    }

    /// Change the configuration; what is not given stays. Enabling needs a
    /// cloud storage: `{"type": "TIDB_CLOUD"}` keeps the files with the
    /// service, or a bucket (`S3`, `GCS`, `AZURE_BLOB`, `OSS`). Returns it.
    fn update_config(
        /// The cluster's id.
        cluster_id: String,
        /;
        /// Turn audit logging on or off.
        enabled: Option<bool> = None,
        /// Log statements with their literal values rather than redacted.
        unredacted: Option<bool> = None,
        /// Where the logs go: `{"type": "S3", "s3": {"uri", "authType", "roleArn"}}`, ...
        cloud_storage: Option<&Bound<'_, PyAny>> as "dict[str, Any]" = None,
        /// Minutes before a file is rotated (60 unless set).
        rotation_interval_minutes: Option<i64> = None,
        /// MiB before a file is rotated (100 unless set).
        rotation_size_mib: Option<i64> = None,
    ) -> call "updateServerlessDatabaseAuditLogConfig" |api, _py| {
        let change = serverless::ConfigChange {
            enabled,
            unredacted,
            cloud_storage: opt_dict(cloud_storage, "cloud_storage")?,
            rotation_interval_minutes,
            rotation_size_mib,
        };
        serverless::update_config(&api, &cluster_id, change)?
    }

    /// The cluster's filter rules, across all pages.
    fn list_filter_rules(
        /// The cluster's id.
        cluster_id: String,
        /;
        /// Items a page (the service's default when absent).
        page_size: Option<i64> = None,
        /// Start at this page, a token an earlier page gave.
        page_token: Option<String> = None,
    ) -> pager "listServerlessDatabaseAuditLogFilterRules" |api, _py| {
        let spec = serverless::list_filter_rules(&cluster_id, page_size)?;
        Recipe { spec, api, page_token }
    }

    /// Log the events of `users` that `filters` take; returns the rule.
    fn create_filter_rule(
        /// The cluster's id.
        cluster_id: String,
        /;
        /// The rule's name, unique within the cluster.
        display_name: String,
        /// The users: `<user>@<host>` or `<user>`, `%@%` for all; a list, or one comma-separated str.
        users: &Bound<'_, PyAny> as "Sequence[str] | str",
        /// Which events, any filter taking one: `[{"classes": ["QUERY_DDL"], "tables": ["app.*"]}]`; `[{}]` takes all.
        filters: &Bound<'_, PyAny> as "Sequence[dict[str, Any]]",
    ) -> call "createServerlessDatabaseAuditLogFilterRule" |api, _py| {
        let rule = serverless::Rule {
            display_name: Some(display_name),
            users: Some(str_list(Some(users), "users")?),
            filters: dict_list(Some(filters), "filters")?,
            disabled: None,
        };
        serverless::create_filter_rule(&api, &cluster_id, rule)?
    }

    /// One filter rule.
    fn get_filter_rule(
        /// The cluster's id.
        cluster_id: String,
        /// The rule's id.
        filter_rule_id: String,
        /;
    ) -> call "getServerlessDatabaseAuditLogFilterRule" |api, _py| {
        serverless::get_filter_rule(&api, &cluster_id, &filter_rule_id)?
    }

    /// Change a rule; what is not given stays. Returns it.
    fn update_filter_rule(
        /// The cluster's id.
        cluster_id: String,
        /// The rule's id.
        filter_rule_id: String,
        /;
        /// The rule's name, unique within the cluster.
        display_name: Option<String> = None,
        /// The users: `<user>@<host>` or `<user>`; a list, or one comma-separated str.
        users: Option<&Bound<'_, PyAny>> as "Sequence[str] | str" = None,
        /// Which events, any filter taking one; `[{}]` takes all.
        filters: Option<&Bound<'_, PyAny>> as "Sequence[dict[str, Any]]" = None,
        /// Turn the rule off, or on again.
        disabled: Option<bool> = None,
    ) -> call "updateServerlessDatabaseAuditLogFilterRule" |api, _py| {
        let rule = serverless::Rule {
            display_name,
            users: opt_str_list(users, "users")?,
            filters: dict_list(filters, "filters")?,
            disabled,
        };
        serverless::update_filter_rule(&api, &cluster_id, &filter_rule_id, rule)?
    }

    /// Delete a filter rule; returns it.
    fn delete_filter_rule(
        /// The cluster's id.
        cluster_id: String,
        /// The rule's id.
        filter_rule_id: String,
        /;
    ) -> call "deleteServerlessDatabaseAuditLogFilterRule" |api, _py| {
        serverless::delete_filter_rule(&api, &cluster_id, &filter_rule_id)?
    }

    /// The audit-log files TiDB Cloud keeps for the cluster, oldest first,
    /// across all pages; each has its `name`, `sizeBytes` and `createTime`.
    fn list_files(
        /// The cluster's id.
        cluster_id: String,
        /;
        /// Only the files of this UTC day: "YYYY-MM-DD", a date or a datetime.
        date: Option<&Bound<'_, PyAny>> as "str | datetime.date" = None,
        /// Items a page, up to 1000 (the service's default when absent).
        page_size: Option<i64> = None,
        /// Start at this page, a token an earlier page gave.
        page_token: Option<String> = None,
    ) -> pager "listServerlessDatabaseAuditLogFiles" |api, _py| {
        let spec = serverless::list_files(&cluster_id, day(date)?.as_deref(), page_size)?;
        Recipe { spec, api, page_token }
    }

    /// Download URLs of up to 100 files, good for an hour:
    /// `{"auditLogFiles": [{"name", "sizeBytes", "url", "createTime"}]}`.
    fn download_files(
        /// The cluster's id.
        cluster_id: String,
        /;
        /// The files' names, as `list_files` gives them: a list, or one comma-separated str.
        audit_log_file_names: &Bound<'_, PyAny> as "Sequence[str] | str",
    ) -> call "downloadServerlessDatabaseAuditLogFiles" |api, _py| {
        let names = str_list(Some(audit_log_file_names), "audit_log_file_names")?;
        serverless::download_files(&api, &cluster_id, names)?
    }
} waits {
});
