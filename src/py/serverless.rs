//! `client.serverless`: Starter and Essential clusters with their branches,
//! exports, imports and backups, and their regions, declared as the
//! Dedicated resources are (see `resources.rs`).

use super::convert::dict_arg;
use super::pager::Recipe;
use super::resources::{opt_dict, resource, str_list, wait_options};
use crate::api::serverless::{backups, branches, clusters, exports, imports, list_regions};
use crate::api::waiters;
use crate::api::Api;
use crate::config::Secret;
use pyo3::prelude::*;
use serde_json::{Map, Value};

resource!(ServerlessClusters, AsyncServerlessClusters, "TiDB Cloud Starter and Essential clusters." {
    /// Clusters, across all pages (10 a page unless `page_size` says). Filters,
    /// joined with AND: `cloud_provider` ("aws", "alicloud"), `region_id`,
    /// `state`, `project_id`, `cluster_ids` (a list or a comma-separated str),
    /// `display_name`, `labels` (a dict), and `filter`, the service's own
    /// expression such as `'labels.env="prod"'`; `skip` passes over that many first.
    fn list(filter: Option<String>, cloud_provider: Option<String>, region_id: Option<String>, state: Option<String>, project_id: Option<&Bound<'_, PyAny>>, cluster_ids: Option<&Bound<'_, PyAny>>, display_name: Option<String>, labels: Option<&Bound<'_, PyAny>>, skip: Option<i64>, page_size: Option<i64>, page_token: Option<String>) () (filter=None, cloud_provider=None, region_id=None, state=None, project_id=None, cluster_ids=None, display_name=None, labels=None, skip=None, page_size=None, page_token=None,) -> pager "listServerlessClusters" |api, _py| {
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
    fn create(display_name: String, region_id: String, root_password: Option<String>, labels: Option<&Bound<'_, PyAny>>, project_id: Option<String>, spending_limit: Option<&Bound<'_, PyAny>>, auto_scaling: Option<&Bound<'_, PyAny>>, automated_backup_policy: Option<&Bound<'_, PyAny>>, endpoints: Option<&Bound<'_, PyAny>>, encryption_config: Option<&Bound<'_, PyAny>>, high_availability_type: Option<String>) () (display_name, region_id, root_password=None, labels=None, project_id=None, spending_limit=None, auto_scaling=None, automated_backup_policy=None, endpoints=None, encryption_config=None, high_availability_type=None,) -> call "createServerlessCluster" |api, _py| {
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
    fn get(cluster_id: String, view: Option<String>) (cluster_id, /,) (view=None,) -> call "getServerlessCluster" |api, _py| {
        clusters::get(&api, &cluster_id, view.as_deref())?
    }

    /// Change what is given (`display_name`, `labels`, `spending_limit`,
    /// `automated_backup_policy`, `endpoints` such as `{"public": {"disabled":
    /// True}}`, `auto_scaling`); the update mask names those fields unless
    /// `update_mask` (such as "spendingLimit.monthly") says. Returns the cluster.
    fn update(cluster_id: String, display_name: Option<String>, labels: Option<&Bound<'_, PyAny>>, spending_limit: Option<&Bound<'_, PyAny>>, automated_backup_policy: Option<&Bound<'_, PyAny>>, endpoints: Option<&Bound<'_, PyAny>>, auto_scaling: Option<&Bound<'_, PyAny>>, update_mask: Option<String>) (cluster_id, /,) (display_name=None, labels=None, spending_limit=None, automated_backup_policy=None, endpoints=None, auto_scaling=None, update_mask=None,) -> call "updateServerlessCluster" |api, _py| {
        let mut fields = Map::new();
        if let Some(n) = display_name {
            fields.insert("displayName".into(), Value::String(n));
        }
        for (key, name, v) in [
            ("labels", "labels", labels),
            ("spendingLimit", "spending_limit", spending_limit),
            ("automatedBackupPolicy", "automated_backup_policy", automated_backup_policy),
            ("endpoints", "endpoints", endpoints),
            ("autoScaling", "auto_scaling", auto_scaling),
        ] {
            if let Some(d) = opt_dict(v, name)? {
                fields.insert(key.into(), d);
            }
        }
        clusters::update(&api, &cluster_id, fields, update_mask)?
    }

    /// Delete a cluster with its branches; returns it, DELETED.
    fn delete(cluster_id: String) (cluster_id, /,) () -> call "deleteServerlessCluster" |api, _py| {
        clusters::delete(&api, &cluster_id)?
    }

    /// Set a new root password (8 to 64 characters); answers `{}`. The
    /// password never appears in a repr, a log line or an error.
    fn reset_root_password(cluster_id: String, root_password: String) (cluster_id, /,) (root_password,) -> call "resetServerlessClusterRootPassword" |api, _py| {
        clusters::reset_root_password(&api, &cluster_id, Secret::new(root_password))?
    }

    /// Restore a backup (`backup_id`), or a cluster's data as it was at
    /// `backup_time` (`cluster_id` with a datetime or ISO 8601 str). Returns
    /// `{"clusterId": ...}`; the cluster is RESTORING until ACTIVE again.
    fn restore(backup_id: Option<String>, cluster_id: Option<String>, backup_time: Option<&Bound<'_, PyAny>>) () (backup_id=None, cluster_id=None, backup_time=None,) -> call "restoreServerlessCluster" |api, py| {
        let at = super::time::iso_time(py, backup_time, "backup_time")?;
        clusters::restore(&api, backup_id.as_deref(), cluster_id.as_deref(), at.as_deref())?
    }
} waits {
    /// Poll until the cluster is in `state` (`"DELETED"`: until it is gone) and
    /// return it; CREATING and RESTORING keep it waiting. Raises `WaiterError`
    /// on timeout or when the state cannot be reached. `timeout`,
    /// `poll_interval` and `progress` as for the Dedicated `clusters.wait`.
    fn wait(cluster_id: String, state: &str, timeout: f64, poll_interval: Option<f64>, progress: Option<&Bound<'_, PyAny>>) (cluster_id, /,) (state="ACTIVE", timeout=1800.0, poll_interval=None, progress=None,) |api, py| {
        let opts = wait_options(timeout, poll_interval)?;
        let display = super::progress::resolve(py, progress, "cluster", &cluster_id, state)?;
        let waiting = waiters::wait_serverless_cluster(&api, &cluster_id, state, opts, super::progress::hook(display.clone()))?;
        super::progress::closing(display, waiting)
    }
});

resource!(ServerlessBranches, AsyncServerlessBranches, "Branches of a Starter or Essential cluster." {
    /// The cluster's branches, across all pages.
    fn list(cluster_id: String, page_size: Option<i64>, page_token: Option<String>) (cluster_id, /,) (page_size=None, page_token=None,) -> pager "listBranches" |api, _py| {
        Recipe { spec: branches::list(&cluster_id, page_size)?, api, page_token }
    }

    /// Branch the cluster's data as it is now, or as it was at
    /// `parent_timestamp` (a datetime or ISO 8601 str); `parent_id` branches
    /// another branch instead. Returns the branch, CREATING.
    fn create(cluster_id: String, display_name: String, parent_id: Option<String>, parent_timestamp: Option<&Bound<'_, PyAny>>) (cluster_id, /,) (display_name, parent_id=None, parent_timestamp=None,) -> call "createBranch" |api, py| {
        let at = super::time::iso_time(py, parent_timestamp, "parent_timestamp")?;
        branches::create(&api, &cluster_id, &display_name, parent_id.as_deref(), at.as_deref())?
    }

    /// One branch; `view="BASIC"` answers less.
    fn get(cluster_id: String, branch_id: String, view: Option<String>) (cluster_id, branch_id, /,) (view=None,) -> call "getBranch" |api, _py| {
        branches::get(&api, &cluster_id, &branch_id, view.as_deref())?
    }

    /// Delete a branch; returns it, DELETED.
    fn delete(cluster_id: String, branch_id: String) (cluster_id, branch_id, /,) () -> call "deleteBranch" |api, _py| {
        branches::delete(&api, &cluster_id, &branch_id)?
    }

    /// Bring the branch back to its parent's data as it is now; returns it,
    /// RESTORING until ACTIVE again.
    fn reset(cluster_id: String, branch_id: String) (cluster_id, branch_id, /,) () -> call "resetBranch" |api, _py| {
        branches::reset(&api, &cluster_id, &branch_id)?
    }
} waits {
    /// Poll until the branch is in `state` (`"DELETED"`: until it is gone) and
    /// return it; CREATING and RESTORING keep it waiting.
    fn wait(cluster_id: String, branch_id: String, state: &str, timeout: f64, poll_interval: Option<f64>, progress: Option<&Bound<'_, PyAny>>) (cluster_id, branch_id, /,) (state="ACTIVE", timeout=1800.0, poll_interval=None, progress=None,) |api, py| {
        let opts = wait_options(timeout, poll_interval)?;
        let display = super::progress::resolve(py, progress, "branch", &branch_id, state)?;
        let waiting = waiters::wait_branch(&api, &cluster_id, &branch_id, state, opts, super::progress::hook(display.clone()))?;
        super::progress::closing(display, waiting)
    }
});

resource!(ServerlessExports, AsyncServerlessExports, "Exports of a Starter or Essential cluster's data." {
    /// The cluster's exports, across all pages; `order_by="createTime desc"`
    /// lists the newest first.
    fn list(cluster_id: String, order_by: Option<String>, page_size: Option<i64>, page_token: Option<String>) (cluster_id, /,) (order_by=None, page_size=None, page_token=None,) -> pager "listExports" |api, _py| {
        Recipe { spec: exports::list(&cluster_id, order_by.as_deref(), page_size)?, api, page_token }
    }

    /// Export the cluster's data. `target={"type": "S3", "s3": {"uri": ...,
    /// "authType": "ROLE_ARN", "roleArn": ...}}` (or GCS, AZURE_BLOB, OSS;
    /// LOCAL when absent); `export_options={"fileType": "PARQUET",
    /// "filter": {"table": {"patterns": ["db.*"]}}}`. Returns it, RUNNING.
    fn create(cluster_id: String, display_name: Option<String>, export_options: Option<&Bound<'_, PyAny>>, target: Option<&Bound<'_, PyAny>>) (cluster_id, /,) (display_name=None, export_options=None, target=None,) -> call "createExport" |api, _py| {
        exports::create(&api, &cluster_id, display_name, opt_dict(export_options, "export_options")?, opt_dict(target, "target")?)?
    }

    /// One export, with its `state` and, once done, `completeTime`.
    fn get(cluster_id: String, export_id: String) (cluster_id, export_id, /,) () -> call "getExport" |api, _py| {
        exports::get(&api, &cluster_id, &export_id)?
    }

    /// Delete an export and its files; returns it, DELETED.
    fn delete(cluster_id: String, export_id: String) (cluster_id, export_id, /,) () -> call "deleteExport" |api, _py| {
        exports::delete(&api, &cluster_id, &export_id)?
    }

    /// Stop a RUNNING export; returns it, CANCELED.
    fn cancel(cluster_id: String, export_id: String) (cluster_id, export_id, /,) () -> call "cancelExport" |api, _py| {
        exports::cancel(&api, &cluster_id, &export_id)?
    }
} waits {
    /// Poll until the export is in `state` (SUCCEEDED unless said) and return
    /// it. FAILED, CANCELED and EXPIRED raise `WaiterError` with its `reason`.
    fn wait(cluster_id: String, export_id: String, state: &str, timeout: f64, poll_interval: Option<f64>, progress: Option<&Bound<'_, PyAny>>) (cluster_id, export_id, /,) (state="SUCCEEDED", timeout=3600.0, poll_interval=None, progress=None,) |api, py| {
        let opts = wait_options(timeout, poll_interval)?;
        let display = super::progress::resolve(py, progress, "export", &export_id, state)?;
        let waiting = waiters::wait_export(&api, &cluster_id, &export_id, state, opts, super::progress::hook(display.clone()))?;
        super::progress::closing(display, waiting)
    }
});

resource!(ServerlessImports, AsyncServerlessImports, "Imports into a Starter or Essential cluster." {
    /// The cluster's imports, across all pages; `order_by="createTime desc"`
    /// lists the newest first.
    fn list(cluster_id: String, order_by: Option<String>, page_size: Option<i64>, page_token: Option<String>) (cluster_id, /,) (order_by=None, page_size=None, page_token=None,) -> pager "listServerlessImports" |api, _py| {
        Recipe { spec: imports::list(&cluster_id, order_by.as_deref(), page_size)?, api, page_token }
    }

    /// Start an import: `import_options={"fileType": "CSV"}`, `source={"type":
    /// "S3", "s3": {"uri": "s3://bucket/path/", "authType": "ROLE_ARN",
    /// "roleArn": ...}}` (or GCS, AZURE_BLOB, S3_COMPATIBLE, OSS).
    fn create(cluster_id: String, import_options: &Bound<'_, PyAny>, source: &Bound<'_, PyAny>) (cluster_id, /,) (import_options, source,) -> call "createServerlessImport" |api, _py| {
        imports::create(&api, &cluster_id, dict_arg(import_options, "import_options")?, dict_arg(source, "source")?)?
    }

    /// One import, with its `state` and `completePercent`.
    fn get(cluster_id: String, import_id: String) (cluster_id, import_id, /,) () -> call "getServerlessImport" |api, _py| {
        imports::get(&api, &cluster_id, &import_id)?
    }

    /// Stop a running import; returns `{}`.
    fn cancel(cluster_id: String, import_id: String) (cluster_id, import_id, /,) () -> call "cancelServerlessImport" |api, _py| {
        imports::cancel(&api, &cluster_id, &import_id)?
    }
} waits {
    /// Poll until the import is COMPLETED and return it, showing
    /// `completePercent`; FAILED or CANCELED raises `WaiterError` with its message.
    fn wait(cluster_id: String, import_id: String, timeout: f64, poll_interval: Option<f64>, progress: Option<&Bound<'_, PyAny>>) (cluster_id, import_id, /,) (timeout=3600.0, poll_interval=None, progress=None,) |api, py| {
        let opts = wait_options(timeout, poll_interval)?;
        let display = super::progress::resolve(py, progress, "import", &import_id, "COMPLETED")?;
        let waiting = waiters::wait_serverless_import(&api, &cluster_id, &import_id, opts, super::progress::hook(display.clone()))?;
        super::progress::closing(display, waiting)
    }
});

resource!(ServerlessBackups, AsyncServerlessBackups, "Backups of Starter and Essential clusters; `clusters.restore` brings one back." {
    /// The cluster's backups, across all pages.
    fn list(cluster_id: String, page_size: Option<i64>, page_token: Option<String>) (cluster_id, /,) (page_size=None, page_token=None,) -> pager "listServerlessBackups" |api, _py| {
        Recipe { spec: backups::list(&cluster_id, page_size)?, api, page_token }
    }

    /// One backup by its id.
    fn get(backup_id: String) (backup_id, /,) () -> call "getServerlessBackup" |api, _py| {
        backups::get(&api, &backup_id)?
    }

    /// Delete a backup; returns it.
    fn delete(backup_id: String) (backup_id, /,) () -> call "deleteServerlessBackup" |api, _py| {
        backups::delete(&api, &backup_id)?
    }
} waits {
});

resource!(ServerlessRegions, AsyncServerlessRegions, "Regions Starter and Essential clusters can run in." {
    /// The regions, each with the plans (`servicePlans`) it offers.
    fn list() () () -> pager "listServerlessRegions" |api, _py| {
        Recipe { spec: list_regions(), api, page_token: None }
    }
} waits {
});

/// `client.serverless`: the Starter/Essential resources, sharing the client's
/// connections, digest challenge and rate limiter.
macro_rules! namespace {
    ($name:ident, $doc:literal, { $($attr:ident: $res:ident),* $(,)? }) => {
        #[doc = $doc]
        #[pyclass(frozen, module = "tidbcloud._core")]
        pub struct $name {
            $(
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

namespace!(Serverless, "TiDB Cloud Starter and Essential (serverless.tidbapi.com); calls block until done.", {
    clusters: ServerlessClusters,
    branches: ServerlessBranches,
    exports: ServerlessExports,
    imports: ServerlessImports,
    backups: ServerlessBackups,
    regions: ServerlessRegions,
});
namespace!(AsyncServerless, "TiDB Cloud Starter and Essential (serverless.tidbapi.com); calls return awaitables.", {
    clusters: AsyncServerlessClusters,
    branches: AsyncServerlessBranches,
    exports: AsyncServerlessExports,
    imports: AsyncServerlessImports,
    backups: AsyncServerlessBackups,
    regions: AsyncServerlessRegions,
});

pub fn register_namespaces(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<Serverless>()?;
    m.add_class::<AsyncServerless>()
}
