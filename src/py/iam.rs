//! The IAM server's resources: projects, SQL users, API keys and the console
//! audit log.

use super::convert::str_list;
use super::declare::resource;
use super::pager::Recipe;
use crate::api::{accounts, api_keys, audit_logs, backups, projects, sql_users};
use crate::config::Secret;
use pyo3::prelude::*;

resource!(
/// Projects of the organization (IAM server).
Projects, AsyncProjects {
    /// The organization's projects (`id`, `name`, `cluster_count`, ...), across all pages.
    fn list(
        /;
        /// Items a page (the service's default when absent).
        page_size: Option<i64> = None,
        /// Start at this page, a token an earlier page gave.
        page_token: Option<String> = None,
    ) -> pager "listProjects" |api, _py| {
        Recipe { spec: projects::list(page_size)?, api, page_token }
    }

    /// Create a project; returns `{"id": ...}` (through the older v1beta API).
    fn create(
        /;
        /// The project's name.
        name: String,
        /// Encrypt the project's AWS clusters with your own key.
        aws_cmek_enabled: Option<bool> = None,
    ) -> call "createProject" |api, _py| {
        backups::create_project(&api, &name, aws_cmek_enabled)?
    }

    /// The project's AWS customer-managed encryption keys (the older v1beta
    /// API): `{"items": [{"region", "kms_arn"}]}`.
    fn get_aws_cmek(
        /// The project's id.
        project_id: String,
        /;
    ) -> call "getAwsCmek" |api, _py| {
        accounts::get_aws_cmek(&api, &project_id)?
    }

    /// Configure the project's AWS customer-managed encryption keys, one a
    /// region; a region's key cannot be replaced once set. Returns `{}`.
    fn create_aws_cmek(
        /// The project's id.
        project_id: String,
        /;
        /// `[{"region": "us-west-2", "kms_arn": "arn:aws:kms:..."}]`.
        specs: &Bound<'_, PyAny> as "Sequence[Mapping[str, str]]",
    ) -> call "createAwsCmek" |api, _py| {
        accounts::create_aws_cmek(&api, &project_id, &super::convert::from_py(specs, "specs")?)?
    }
} waits {
});

resource!(
/// SQL users of a cluster (IAM server); passwords never appear in a repr, a log line or an error.
SqlUsers, AsyncSqlUsers {
    /// The cluster's SQL users, across all pages.
    fn list(
        /// The cluster's id.
        cluster_id: String,
        /;
        /// Items a page (the service's default when absent).
        page_size: Option<i64> = None,
        /// Start at this page, a token an earlier page gave.
        page_token: Option<String> = None,
    ) -> pager "listSqlUsers" |api, _py| {
        Recipe { spec: sql_users::list(&cluster_id, page_size)?, api, page_token }
    }

    /// Create a SQL user with a built-in role (`"role_admin"`, `"role_readwrite"`,
    /// `"role_readonly"`) and/or custom roles. `auto_prefix=True` (Starter and
    /// Essential) puts the cluster's user prefix before the name.
    fn create(
        /// The cluster's id.
        cluster_id: String,
        /;
        /// The SQL user's name.
        user_name: String,
        /// The password; never shown in a repr, a log line or an error.
        password: String,
        /// `role_admin`, `role_readwrite` or `role_readonly`.
        builtin_role: Option<String> = None,
        /// Custom roles: a list, or one comma-separated str.
        custom_roles: Option<&Bound<'_, PyAny>> = None,
        /// How the user signs in: `mysql_native_password` unless said.
        auth_method: &str = "mysql_native_password",
        /// Put the cluster's user prefix before the name (Starter and Essential).
        auto_prefix: Option<bool> = None,
    ) -> call "createSqlUser" |api, _py| {
        let custom_roles = custom_roles
            .filter(|r| !r.is_none())
            .map(|r| str_list(Some(r), "custom_roles"))
            .transpose()?;
        let u = sql_users::NewSqlUser {
            user_name,
            password: Secret::new(password),
            auth_method: auth_method.to_owned(),
            builtin_role,
            custom_roles,
            auto_prefix,
        };
        sql_users::create(&api, &cluster_id, u)?
    }

    /// One SQL user of the cluster (never its password).
    fn get(
        /// The cluster's id.
        cluster_id: String,
        /// The SQL user's name.
        user_name: String,
        /;
    ) -> call "getSqlUser" |api, _py| {
        sql_users::get(&api, &cluster_id, &user_name)?
    }

    /// Change a SQL user's roles or password.
    fn update(
        /// The cluster's id.
        cluster_id: String,
        /// The SQL user's name.
        user_name: String,
        /;
        /// `role_admin`, `role_readwrite` or `role_readonly`.
        builtin_role: Option<String> = None,
        /// Custom roles: a list, or one comma-separated str.
        custom_roles: Option<&Bound<'_, PyAny>> = None,
        /// A new password; never shown in a repr, a log line or an error.
        password: Option<String> = None,
    ) -> call "updateSqlUser" |api, _py| {
        let custom_roles = custom_roles
            .filter(|r| !r.is_none())
            .map(|r| str_list(Some(r), "custom_roles"))
            .transpose()?;
        sql_users::update(
            &api,
            &cluster_id,
            &user_name,
            builtin_role,
            custom_roles,
            password.map(Secret::new),
        )?
    }

    /// Drop a SQL user.
    fn delete(
        /// The cluster's id.
        cluster_id: String,
        /// The SQL user's name.
        user_name: String,
        /;
    ) -> call "deleteSqlUser" |api, _py| {
        sql_users::delete(&api, &cluster_id, &user_name)?
    }

    /// The database user this API key signs in to the cluster as, with a
    /// JWT to sign in with (a `SecretStr`): `{"dbuser", "jwt"}`.
    fn get_db_user(
        /// The cluster's id.
        cluster_id: String,
        /;
    ) -> call "getDbUser" |api, _py| {
        accounts::get_db_user(&api, &cluster_id)?
    }
} waits {
});

resource!(
/// API keys of the organization (IAM server).
ApiKeys, AsyncApiKeys {
    /// The organization's API keys (never their secrets), across all pages; `project_id`
    /// keeps those of one project.
    fn list(
        /;
        /// Only this project's keys.
        project_id: Option<i64> = None,
        /// Items a page (the service's default when absent).
        page_size: Option<i64> = None,
        /// Start at this page, a token an earlier page gave.
        page_token: Option<String> = None,
    ) -> pager "listApiKeys" |api, _py| {
        Recipe { spec: api_keys::list(project_id, page_size)?, api, page_token }
    }

    /// Create a key with an organization role (`"org:owner"`, `"org:member"`,
    /// `"org:billing_admin"`, ...) or, for `project_id`, a project role
    /// (`"project:owner"`, `"project:dev"`, ...). The result's `secretKey`, a
    /// `SecretStr`, is shown this once only.
    fn create(
        /;
        /// The name people see.
        display_name: String,
        /// The key's role: `org:owner`, `org:member`, ..., `project:owner`, `project:dev`, ...
        role: String,
        /// The project of a project role.
        project_id: Option<i64> = None,
    ) -> call "createApiKey" |api, _py| {
        api_keys::create(&api, &display_name, &role, project_id)?
    }

    /// One API key by its access key (never its secret).
    fn get(
        /// The API key's access key (its public part).
        access_key: String,
        /;
    ) -> call "getApiKey" |api, _py| {
        api_keys::get(&api, &access_key)?
    }

    /// Rename a key, or give it another role (`"org:member"`, `"project:dev"`,
    /// ...) or project (`project_id=0` for the organization).
    fn update(
        /// The API key's access key (its public part).
        access_key: String,
        /;
        /// The name people see.
        display_name: Option<String> = None,
        /// The key's role: `org:owner`, `org:member`, ..., `project:owner`, `project:dev`, ...
        role: Option<String> = None,
        /// Move the key to this project (0: the organization).
        project_id: Option<i64> = None,
    ) -> call "updateApiKey" |api, _py| {
        api_keys::update(&api, &access_key, display_name, role, project_id)?
    }

    /// Delete an API key; it stops authenticating at once. Returns None.
    fn delete(
        /// The API key's access key (its public part).
        access_key: String,
        /;
    ) -> call "deleteApiKey" |api, _py| {
        api_keys::delete(&api, &access_key)?
    }
} waits {
});

resource!(
/// Console audit logs of the organization (IAM server).
AuditLogs, AsyncAuditLogs {
    /// Audit log entries, newest first. Times are ISO 8601 strings or datetimes (naive means UTC).
    fn list(
        /;
        /// Entries from this time: ISO 8601 or a datetime (naive means UTC).
        start_time: Option<&Bound<'_, PyAny>> as "_Time" = None,
        /// Entries before this time: ISO 8601 or a datetime (naive means UTC).
        end_time: Option<&Bound<'_, PyAny>> as "_Time" = None,
        /// Only these event types: a list, or one comma-separated str.
        event_types: Option<&Bound<'_, PyAny>> as "Sequence[str] | str" = None,
        /// Only entries that mention this word.
        keyword: Option<String> = None,
        /// Items a page (the service's default when absent).
        page_size: Option<i64> = None,
        /// Start at this page, a token an earlier page gave.
        page_token: Option<String> = None,
    ) -> pager "listAuditLogs" |api, py| {
        let filter = audit_logs::Filter {
            start_time: super::time::iso_time(py, start_time, "start_time")?,
            end_time: super::time::iso_time(py, end_time, "end_time")?,
            event_types: str_list(event_types, "event_types")?,
            keyword,
        };
        Recipe { spec: audit_logs::list(filter, page_size)?, api, page_token }
    }
} waits {
});
