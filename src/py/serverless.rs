//! `client.serverless`: Starter and Essential clusters with their branches,
//! exports, imports and backups, and their regions, declared as the
//! Dedicated resources are (see `declare.rs`); their changefeeds, private
//! link connections and database audit logging are declared beside them.

use super::convert::{opt_dict, str_list};
use super::database_audit_logging::{
    AsyncServerlessDatabaseAuditLogs, ServerlessDatabaseAuditLogs,
};
use super::declare::resource;
use super::pager::Recipe;
use super::serverless_branches::{AsyncServerlessBranches, ServerlessBranches};
use super::serverless_changefeeds::{AsyncServerlessChangefeeds, ServerlessChangefeeds};
use super::serverless_imports::{AsyncServerlessImports, ServerlessImports};
use super::serverless_migrations::{
    AsyncServerlessMigrationPrechecks, AsyncServerlessMigrations, ServerlessMigrationPrechecks,
    ServerlessMigrations,
};
use super::serverless_private_link::{
    AsyncServerlessPrivateLinkConnections, ServerlessPrivateLinkConnections,
};
use crate::api::serverless::{
    backups, cluster_batches, clusters, export_files, exports, list_cloud_providers, list_regions,
};
use crate::api::waiters;
use crate::api::Api;
use crate::config::Secret;
use pyo3::prelude::*;

resource!(
/// TiDB Cloud Starter and Essential clusters.
ServerlessClusters, AsyncServerlessClusters {
    /// Clusters, across all pages (10 a page unless `page_size` says). Filters,
    /// joined with AND: `cloud_provider` ("aws", "alicloud"), `region_id`,
    /// `state`, `project_id`, `cluster_ids` (a list or a comma-separated str),
    /// `display_name`, `labels` (a dict), and `filter`, the service's own
    /// expression such as `'labels.env="prod"'`; `skip` passes over that many first.
    fn list(
        /;
        /// The service's filter expression, such as `'labels.env="prod"'`.
        filter: Option<String> = None,
        /// Only this cloud provider's: `aws`, `gcp`, `azure` or `alicloud`.
        cloud_provider: Option<String> = None,
        /// Only clusters in this region.
        region_id: Option<String> = None,
        /// Only clusters in this state.
        state: Option<String> = None,
        /// Only these projects' clusters: a list, or one comma-separated str.
        project_id: Option<&Bound<'_, PyAny>> as "Sequence[str] | str" = None,
        /// Only these clusters: a list of ids, or one comma-separated str.
        cluster_ids: Option<&Bound<'_, PyAny>> as "Sequence[str] | str" = None,
        /// Only clusters of this name.
        display_name: Option<String> = None,
        /// Only clusters with these labels (a dict).
        labels: Option<&Bound<'_, PyAny>> as "Mapping[str, str]" = None,
        /// Pass over that many items first.
        skip: Option<i64> = None,
        /// Items a page (the service's default when absent).
        page_size: Option<i64> = None,
        /// Start at this page, a token an earlier page gave.
        page_token: Option<String> = None,
    ) -> pager "listServerlessClusters" |api, _py| {
        let f = clusters::Filter {
            raw: filter, cloud_provider, region_id, state, display_name,
            project_ids: str_list(project_id, "project_id")?,
            cluster_ids: str_list(cluster_ids, "cluster_ids")?,
            labels: opt_dict(labels, "labels")?,
        };
        Recipe { spec: clusters::list(&f, skip, page_size)?, api, page_token }
    }

    /// Create a Starter cluster, or an Essential one when `auto_scaling`
    /// (`{"minRcu": 2000, "maxRcu": 4000}`) is given. `region_id` is like
    /// "aws-us-east-1"; `spending_limit={"monthly": 1000}` caps a Starter
    /// cluster's monthly spend in US cents; `project_id` is a shorthand for
    /// `labels["tidb.cloud/project"]`. Returns the cluster, CREATING.
    fn create(
        /;
        /// The name people see.
        display_name: String,
        /// The region, such as `aws-us-east-1`.
        region_id: String,
        /// The root password, 8 to 64 characters; never shown.
        root_password: Option<String> = None,
        /// Labels, a dict of str to str.
        labels: Option<&Bound<'_, PyAny>> = None,
        /// A shorthand for `labels["tidb.cloud/project"]`.
        project_id: Option<String> = None,
        /// `{"monthly": cents}`: the most a Starter cluster may cost a month.
        spending_limit: Option<&Bound<'_, PyAny>> = None,
        /// `{"minRcu", "maxRcu"}`: makes the cluster an Essential one.
        auto_scaling: Option<&Bound<'_, PyAny>> = None,
        /// When automatic backups run and how long they are kept.
        automated_backup_policy: Option<&Bound<'_, PyAny>> = None,
        /// The public and private endpoints' settings, such as `{"public": {"disabled": True}}`.
        endpoints: Option<&Bound<'_, PyAny>> = None,
        /// Encryption at rest: the service's object.
        encryption_config: Option<&Bound<'_, PyAny>> = None,
        /// `ZONAL` or `REGIONAL` (Essential).
        high_availability_type: Option<String> = None,
    ) -> call "createServerlessCluster" |api, _py| {
        let c = clusters::NewCluster {
            display_name, region_id, project_id, high_availability_type,
            root_password: root_password.map(Secret::new),
            labels: opt_dict(labels, "labels")?,
            spending_limit: opt_dict(spending_limit, "spending_limit")?,
            auto_scaling: opt_dict(auto_scaling, "auto_scaling")?,
            automated_backup_policy: opt_dict(automated_backup_policy, "automated_backup_policy")?,
            endpoints: opt_dict(endpoints, "endpoints")?,
            encryption_config: opt_dict(encryption_config, "encryption_config")?,
        };
        clusters::create(&api, c)?
    }

    /// One cluster by its id; `view="BASIC"` answers less.
    fn get(
        /// The cluster's id.
        cluster_id: String,
        /;
        /// `BASIC` answers less, `FULL` (the default) everything.
        view: Option<String> = None,
    ) -> call "getServerlessCluster" |api, _py| {
        clusters::get(&api, &cluster_id, view.as_deref())?
    }

    /// Change what is given (`display_name`, `labels`, `spending_limit`,
    /// `automated_backup_policy`, `endpoints` such as `{"public": {"disabled":
    /// True}}`, `auto_scaling`); the update mask names those fields unless
    /// `update_mask` (such as "spendingLimit.monthly") says. Returns the cluster.
    fn update(
        /// The cluster's id.
        cluster_id: String,
        /;
        /// The name people see.
        display_name: Option<String> = None,
        /// Labels, a dict of str to str.
        labels: Option<&Bound<'_, PyAny>> as "Mapping[str, str]" = None,
        /// `{"monthly": cents}`: the most a Starter cluster may cost a month.
        spending_limit: Option<&Bound<'_, PyAny>>
            as "ServerlessClusterSpendingLimit | Mapping[str, Any]" = None,
        /// When automatic backups run and how long they are kept.
        automated_backup_policy: Option<&Bound<'_, PyAny>>
            as "ServerlessClusterAutomatedBackupPolicy | Mapping[str, Any]" = None,
        /// The public and private endpoints' settings, such as `{"public": {"disabled": True}}`.
        endpoints: Option<&Bound<'_, PyAny>>
            as "ServerlessClusterEndpoints | Mapping[str, Any]" = None,
        /// `{"minRcu", "maxRcu"}`: makes the cluster an Essential one.
        auto_scaling: Option<&Bound<'_, PyAny>>
            as "ServerlessClusterAutoScaling | Mapping[str, Any]" = None,
        /// The fields to change, such as `spendingLimit.monthly`; those given unless said.
        update_mask: Option<String> = None,
    ) -> call "updateServerlessCluster" |api, _py| {
        let change = clusters::ClusterChange {
            display_name,
            labels: opt_dict(labels, "labels")?,
            spending_limit: opt_dict(spending_limit, "spending_limit")?,
            automated_backup_policy: opt_dict(automated_backup_policy, "automated_backup_policy")?,
            endpoints: opt_dict(endpoints, "endpoints")?,
            auto_scaling: opt_dict(auto_scaling, "auto_scaling")?,
        };
        clusters::update(&api, &cluster_id, change.fields(), update_mask)?
    }

    /// Delete a cluster with its branches; returns it, DELETED.
    fn delete(
        /// The cluster's id.
        cluster_id: String,
        /;
    ) -> call "deleteServerlessCluster" |api, _py| {
        clusters::delete(&api, &cluster_id)?
    }

    /// Set a new root password (8 to 64 characters); answers `{}`. The
    /// password never appears in a repr, a log line or an error.
    fn reset_root_password(
        /// The cluster's id.
        cluster_id: String,
        /;
        /// The new root password, 8 to 64 characters; never shown.
        root_password: String,
    ) -> call "resetServerlessClusterRootPassword" |api, _py| {
        clusters::reset_root_password(&api, &cluster_id, Secret::new(root_password))?
    }

    /// Restore a backup (`backup_id`), or a cluster's data as it was at
    /// `backup_time` (`cluster_id` with a datetime or ISO 8601 str). Returns
    /// `{"clusterId": ...}`; the cluster is RESTORING until ACTIVE again.
    fn restore(
        /;
        /// The backup to restore.
        backup_id: Option<String> = None,
        /// The cluster whose data to restore as of `backup_time`.
        cluster_id: Option<String> = None,
        /// The moment to restore, a datetime or an ISO 8601 str.
        backup_time: Option<&Bound<'_, PyAny>> as "_Time" = None,
    ) -> call "restoreServerlessCluster" |api, py| {
        let at = super::time::iso_time(py, backup_time, "backup_time")?;
        clusters::restore(&api, backup_id.as_deref(), cluster_id.as_deref(), at.as_deref())?
    }

    /// Create many clusters with one request, all or none: `clusters` is a
    /// list of clusters as the API takes them (`{"displayName": ..., "region":
    /// {"name": "regions/aws-us-east-1"}, ...}`). Returns `{"clusters": [...]}`,
    /// each CREATING.
    fn batch_create(
        /;
        /// The clusters to create (up to 1000), each a dict in the API's camelCase.
        clusters: &Bound<'_, PyAny> as "Sequence[ServerlessCluster | Mapping[str, Any]]",
    ) -> call "batchCreateServerlessClusters" |api, _py| {
        let list = match super::convert::from_py(clusters, "clusters")? {
            serde_json::Value::Array(items) => items,
            _ => {
                return Err(pyo3::exceptions::PyTypeError::new_err(
                    "clusters must be a list of dicts",
                ))
            }
        };
        cluster_batches::batch_create(&api, list)?
    }

    /// Several clusters by id with one request: `{"clusters": [...]}`, in
    /// the order asked; `view="BASIC"` answers less.
    fn batch_get(
        /;
        /// The clusters' ids: a list, or one comma-separated str.
        cluster_ids: &Bound<'_, PyAny> as "Sequence[str] | str",
        /// `BASIC` answers less, `FULL` (the default) everything.
        view: Option<String> = None,
    ) -> call "batchGetServerlessClusters" |api, _py| {
        let ids = str_list(Some(cluster_ids), "cluster_ids")?;
        cluster_batches::batch_get(&api, &ids, view.as_deref())?
    }
} waits {
    /// Poll until the cluster is in `state` (`"DELETED"`: until it is gone) and
    /// return it; CREATING and RESTORING keep it waiting. Raises `WaiterError`
    /// on timeout or when the state cannot be reached. `timeout`,
    /// `poll_interval` and `progress` as for the Dedicated `clusters.wait`.
    fn wait(
        /// The cluster's id.
        cluster_id: String,
        /;
        /// The state to wait for; `"DELETED"`: until it is gone.
        state: &str = "ACTIVE",
    ) until waiters::SERVERLESS_CLUSTER, timeout = 1800.0;
});

resource!(
/// Exports of a Starter or Essential cluster's data.
ServerlessExports, AsyncServerlessExports {
    /// The cluster's exports, across all pages; `order_by="createTime desc"`
    /// lists the newest first.
    fn list(
        /// The cluster's id.
        cluster_id: String,
        /;
        /// The sort order, such as `"createTime desc"`.
        order_by: Option<String> = None,
        /// Items a page (the service's default when absent).
        page_size: Option<i64> = None,
        /// Start at this page, a token an earlier page gave.
        page_token: Option<String> = None,
    ) -> pager "listExports" |api, _py| {
        Recipe {
            spec: exports::list(&cluster_id, order_by.as_deref(), page_size)?,
            api,
            page_token,
        }
    }

    /// Export the cluster's data. `target={"type": "S3", "s3": {"uri": ...,
    /// "authType": "ROLE_ARN", "roleArn": ...}}` (or GCS, AZURE_BLOB, OSS;
    /// LOCAL when absent); `export_options={"fileType": "PARQUET",
    /// "filter": {"table": {"patterns": ["db.*"]}}}`. Returns it, RUNNING.
    fn create(
        /// The cluster's id.
        cluster_id: String,
        /;
        /// The name people see.
        display_name: Option<String> = None,
        /// The file type, compression and table filter of the export.
        export_options: Option<&Bound<'_, PyAny>>
            as "ServerlessExportOptions | Mapping[str, Any]" = None,
        /// The destination: `{"type": "S3", "s3": {...}}`, GCS, AZURE_BLOB or OSS; LOCAL if absent.
        target: Option<&Bound<'_, PyAny>> as "ServerlessExportTarget | Mapping[str, Any]" = None,
    ) -> call "createExport" |api, _py| {
        exports::create(
            &api,
            &cluster_id,
            display_name,
            opt_dict(export_options, "export_options")?,
            opt_dict(target, "target")?,
        )?
    }

    /// One export, with its `state` and, once done, `completeTime`.
    fn get(
        /// The cluster's id.
        cluster_id: String,
        /// The export's id.
        export_id: String,
        /;
    ) -> call "getExport" |api, _py| {
        exports::get(&api, &cluster_id, &export_id)?
    }

    /// Delete an export and its files; returns it, DELETED.
    fn delete(
        /// The cluster's id.
        cluster_id: String,
        /// The export's id.
        export_id: String,
        /;
    ) -> call "deleteExport" |api, _py| {
        exports::delete(&api, &cluster_id, &export_id)?
    }

    /// Stop a RUNNING export; returns it, CANCELED.
    fn cancel(
        /// The cluster's id.
        cluster_id: String,
        /// The export's id.
        export_id: String,
        /;
    ) -> call "cancelExport" |api, _py| {
        exports::cancel(&api, &cluster_id, &export_id)?
    }

    /// The files a finished LOCAL export left with the service, across all
    /// pages: `name` and `size`, and a download `url` each when `generate_url`.
    fn list_files(
        /// The cluster's id.
        cluster_id: String,
        /// The export's id.
        export_id: String,
        /;
        /// Also give each file an expiring download URL.
        generate_url: bool = false,
        /// Items a page (the service's default when absent).
        page_size: Option<i64> = None,
        /// Start at this page, a token an earlier page gave.
        page_token: Option<String> = None,
    ) -> pager "listExportFiles" |api, _py| {
        Recipe {
            spec: export_files::list_files(&cluster_id, &export_id, generate_url, page_size)?,
            api,
            page_token,
        }
    }

    /// Expiring download URLs of the files named: `{"files": [{"name",
    /// "size", "url"}]}`, in the order asked.
    fn download_files(
        /// The cluster's id.
        cluster_id: String,
        /// The export's id.
        export_id: String,
        /;
        /// The names of the files, as `list_files` gives them.
        file_names: Vec<String>,
    ) -> call "downloadExportFiles" |api, _py| {
        export_files::download_files(&api, &cluster_id, &export_id, file_names)?
    }

    /// Expiring download URLs of every file of the export: `{"downloads":
    /// [{"name", "size", "url"}]}`.
    fn download_urls(
        /// The cluster's id.
        cluster_id: String,
        /// The export's id.
        export_id: String,
        /;
    ) -> call "downloadExport" |api, _py| {
        export_files::download_urls(&api, &cluster_id, &export_id)?
    }
} waits {
    /// Poll until the export is in `state` (SUCCEEDED unless said) and return
    /// it. FAILED, CANCELED and EXPIRED raise `WaiterError` with its `reason`.
    fn wait(
        /// The cluster's id.
        cluster_id: String,
        /// The export's id.
        export_id: String,
        /;
        /// The state to wait for; `"DELETED"`: until it is gone.
        state: &str = "SUCCEEDED",
    ) until waiters::EXPORT, timeout = 3600.0;
});

resource!(
/// Backups of Starter and Essential clusters; `clusters.restore` brings one back.
ServerlessBackups, AsyncServerlessBackups {
    /// The cluster's backups, across all pages.
    fn list(
        /// The cluster's id.
        cluster_id: String,
        /;
        /// Items a page (the service's default when absent).
        page_size: Option<i64> = None,
        /// Start at this page, a token an earlier page gave.
        page_token: Option<String> = None,
    ) -> pager "listServerlessBackups" |api, _py| {
        Recipe { spec: backups::list(&cluster_id, page_size)?, api, page_token }
    }

    /// One backup by its id.
    fn get(
        /// The backup's id.
        backup_id: String,
        /;
    ) -> call "getServerlessBackup" |api, _py| {
        backups::get(&api, &backup_id)?
    }

    /// Delete a backup; returns it.
    fn delete(
        /// The backup's id.
        backup_id: String,
        /;
    ) -> call "deleteServerlessBackup" |api, _py| {
        backups::delete(&api, &backup_id)?
    }
} waits {
});

resource!(
/// Regions Starter and Essential clusters can run in.
ServerlessRegions, AsyncServerlessRegions {
    /// The regions, each with the plans (`servicePlans`) it offers.
    fn list(
        /;
    ) -> pager "listServerlessRegions" |api, _py| {
        Recipe { spec: list_regions(), api, page_token: None }
    }

    /// The cloud providers Starter and Essential clusters run on:
    /// `{"cloudProviders": ["aws", ...]}`.
    fn list_cloud_providers(
        /;
    ) -> call "listServerlessCloudProviders" |api, _py| {
        list_cloud_providers(&api)?
    }
} waits {
});

/// `client.serverless`: the Starter/Essential resources, sharing the client's
/// connections, digest challenge and rate limiter.
macro_rules! namespace {
    ($(#[doc = $doc:literal])+ $name:ident { $($(#[doc = $adoc:literal])* $attr:ident: $res:ident),* $(,)? }) => {
        $(#[doc = $doc])+
        #[pyclass(frozen, module = "tidbcloud._core")]
        pub struct $name {
            $(
                $(#[doc = $adoc])*
                #[pyo3(get)]
                $attr: Py<$res>,
            )*
        }

        impl $name {
            pub(crate) fn new(py: Python<'_>, api: &Api) -> PyResult<Self> {
                Ok($name { $($attr: Py::new(py, $res { api: api.clone() })?,)* })
            }
        }

        #[pymethods]
        impl $name {
            fn __repr__(&self) -> String {
                format!("<{}>", stringify!($name))
            }
        }
    };
}

namespace!(
/// TiDB Cloud Starter and Essential (serverless.tidbapi.com); calls block until done.
Serverless {
    /// TiDB Cloud Starter and Essential clusters.
    clusters: ServerlessClusters,
    /// Branches of a Starter or Essential cluster.
    branches: ServerlessBranches,
    /// Exports of a Starter or Essential cluster's data.
    exports: ServerlessExports,
    /// Imports into a Starter or Essential cluster.
    imports: ServerlessImports,
    /// Backups of Starter and Essential clusters.
    backups: ServerlessBackups,
    /// Regions Starter and Essential clusters can run in.
    regions: ServerlessRegions,
    /// Private link connections of Starter and Essential clusters to endpoint services.
    private_link_connections: ServerlessPrivateLinkConnections,
    /// Changefeeds of a Starter or Essential cluster: replication to Kafka or MySQL.
    changefeeds: ServerlessChangefeeds,
    /// Data migrations from MySQL into a Starter or Essential cluster.
    migrations: ServerlessMigrations,
    /// Prechecks: a migration's settings tried against its sources and the cluster before the migration is created.
    migration_prechecks: ServerlessMigrationPrechecks,
    /// Database audit logging of Starter and Essential clusters: what each cluster logs, where the logs go, and the files TiDB Cloud keeps.
    database_audit_logs: ServerlessDatabaseAuditLogs,
});
namespace!(
/// TiDB Cloud Starter and Essential (serverless.tidbapi.com); calls return awaitables.
AsyncServerless {
    /// TiDB Cloud Starter and Essential clusters.
    clusters: AsyncServerlessClusters,
    /// Branches of a Starter or Essential cluster.
    branches: AsyncServerlessBranches,
    /// Exports of a Starter or Essential cluster's data.
    exports: AsyncServerlessExports,
    /// Imports into a Starter or Essential cluster.
    imports: AsyncServerlessImports,
    /// Backups of Starter and Essential clusters.
    backups: AsyncServerlessBackups,
    /// Regions Starter and Essential clusters can run in.
    regions: AsyncServerlessRegions,
    /// Private link connections of Starter and Essential clusters to endpoint services.
    private_link_connections: AsyncServerlessPrivateLinkConnections,
    /// Changefeeds of a Starter or Essential cluster: replication to Kafka or MySQL.
    changefeeds: AsyncServerlessChangefeeds,
    /// Data migrations from MySQL into a Starter or Essential cluster.
    migrations: AsyncServerlessMigrations,
    /// Prechecks: a migration's settings tried against its sources and the cluster before the migration is created.
    migration_prechecks: AsyncServerlessMigrationPrechecks,
    /// Database audit logging of Starter and Essential clusters: what each cluster logs, where the logs go, and the files TiDB Cloud keeps.
    database_audit_logs: AsyncServerlessDatabaseAuditLogs,
});

pub fn register_namespaces(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<Serverless>()?;
    m.add_class::<AsyncServerless>()
}
