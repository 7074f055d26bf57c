//! The resource classes (`Clusters` / `AsyncClusters`, ...). Each operation is
//! written once: its body builds the core future (or list recipe), and the
//! `resource!` macro gives it a blocking face and an awaitable face.

use super::convert::dict_arg;
use super::coroutine::call_async;
use super::options::per_call;
use super::pager::{AsyncPager, Pager, Recipe};
use super::runtime::call_sync;
use crate::api::waiters::{self, WaitOptions};
use crate::api::{api_keys, audit_logs, billing, clusters, imports, integrations, regions, Api};
use crate::config::{seconds, Secret};
use pyo3::prelude::*;
use pyo3::types::PyString;

macro_rules! resource {
    ($sync:ident, $async_:ident, $doc:literal {
        $(
            $(#[$attr:meta])*
            fn $name:ident($($arg:ident : $ty:ty),*) -> $kind:ident |$api:ident, $py:ident| $body:block
        )*
    }) => {
        #[doc = $doc]
        #[pyclass(frozen, module = "tidbcloud._core")]
        pub struct $sync {
            pub(crate) api: Api,
        }

        #[doc = $doc]
        #[pyclass(frozen, module = "tidbcloud._core")]
        pub struct $async_ {
            pub(crate) api: Api,
        }

        #[pymethods]
        impl $sync {
            $(
                $(#[$attr])*
                #[allow(clippy::too_many_arguments)]
                fn $name(&self, $py: Python<'_> $(, $arg: $ty)*) -> PyResult<Py<PyAny>> {
                    let $api = self.api.observed(super::logging::enabled($py));
                    resource!(@sync $py, $kind, $body)
                }
            )*
            fn __repr__(&self) -> String {
                format!("<{}>", stringify!($sync))
            }
        }

        #[pymethods]
        impl $async_ {
            $(
                $(#[$attr])*
                #[allow(clippy::too_many_arguments)]
                fn $name<'py>(&self, $py: Python<'py> $(, $arg: $ty)*) -> PyResult<Bound<'py, PyAny>> {
                    let $api = self.api.observed(super::logging::enabled($py));
                    resource!(@async $py, $kind, $body)
                }
            )*
            fn __repr__(&self) -> String {
                format!("<{}>", stringify!($async_))
            }
        }
    };
    (@sync $py:ident, call, $body:block) => { call_sync($py, $body) };
    (@async $py:ident, call, $body:block) => { call_async($py, $body) };
    (@sync $py:ident, pager, $body:block) => { Ok(Py::new($py, Pager::new($body)?)?.into_any()) };
    (@async $py:ident, pager, $body:block) => { Ok(Bound::new($py, AsyncPager::new($body)?)?.into_any()) };
}

fn wait_options(timeout: f64, poll_interval: Option<f64>) -> PyResult<WaitOptions> {
    Ok(WaitOptions {
        timeout: seconds("timeout", timeout)?,
        poll_interval: poll_interval
            .map(|p| seconds("poll_interval", p))
            .transpose()?,
    })
}

fn opt_dict(obj: Option<&Bound<'_, PyAny>>, name: &str) -> PyResult<Option<serde_json::Value>> {
    obj.filter(|o| !o.is_none())
        .map(|o| dict_arg(o, name))
        .transpose()
}

/// A list of strings, or one comma-separated string.
fn str_list(obj: Option<&Bound<'_, PyAny>>, name: &str) -> PyResult<Vec<String>> {
    let Some(obj) = obj.filter(|o| !o.is_none()) else {
        return Ok(Vec::new());
    };
    if let Ok(s) = obj.cast::<PyString>() {
        return Ok(s
            .to_str()?
            .split(',')
            .map(|p| p.trim().to_owned())
            .filter(|p| !p.is_empty())
            .collect());
    }
    obj.try_iter()
        .and_then(|it| it.map(|i| i?.extract::<String>()).collect())
        .map_err(|_| {
            pyo3::exceptions::PyTypeError::new_err(format!(
                "{name} must be a list of str or a comma-separated str"
            ))
        })
}

resource!(Clusters, AsyncClusters, "TiDB Cloud Dedicated clusters." {
    /// Clusters, across all pages (10 a page unless `page_size` says). Filters:
    /// `project_id`, `states`, `cluster_ids`, `region_ids` (lists, or
    /// comma-separated strings); `skip` passes over that many first.
    #[pyo3(signature = (*, project_id=None, states=None, cluster_ids=None, region_ids=None, skip=None, page_size=None, page_token=None, timeout=None, extra_headers=None, extra_query=None, extra_body=None))]
    fn list(project_id: Option<String>, states: Option<&Bound<'_, PyAny>>, cluster_ids: Option<&Bound<'_, PyAny>>, region_ids: Option<&Bound<'_, PyAny>>, skip: Option<i64>, page_size: Option<i64>, page_token: Option<String>, timeout: Option<f64>, extra_headers: Option<&Bound<'_, PyAny>>, extra_query: Option<&Bound<'_, PyAny>>, extra_body: Option<&Bound<'_, PyAny>>) -> pager |api, _py| {
        let api = per_call(&api, timeout, extra_headers, extra_query, extra_body)?;
        let states = str_list(states, "states")?;
        let cluster_ids = str_list(cluster_ids, "cluster_ids")?;
        let region_ids = str_list(region_ids, "region_ids")?;
        Recipe { spec: clusters::list(project_id.as_deref(), &states, &cluster_ids, &region_ids, skip, page_size)?, api, page_token }
    }

    /// Create a cluster. Node settings are dicts in the API's camelCase:
    /// `tidb_node_setting={"nodeSpecKey": "8C16G", "tidbNodeGroups": [{"nodeCount": 2}]}`,
    /// `tikv_node_setting={"nodeSpecKey": "8C32G", "nodeCount": 3, "storageSizeGi": 500}`.
    /// `project_id` is a shorthand for `labels["tidb.cloud/project"]`.
    #[pyo3(signature = (*, display_name, region_id, tidb_node_setting, tikv_node_setting, tiflash_node_setting=None, port=None, labels=None, root_password=None, project_id=None, validate_only=false, timeout=None, extra_headers=None, extra_query=None, extra_body=None))]
    fn create(display_name: String, region_id: String, tidb_node_setting: &Bound<'_, PyAny>, tikv_node_setting: &Bound<'_, PyAny>, tiflash_node_setting: Option<&Bound<'_, PyAny>>, port: Option<i64>, labels: Option<&Bound<'_, PyAny>>, root_password: Option<String>, project_id: Option<String>, validate_only: bool, timeout: Option<f64>, extra_headers: Option<&Bound<'_, PyAny>>, extra_query: Option<&Bound<'_, PyAny>>, extra_body: Option<&Bound<'_, PyAny>>) -> call |api, _py| {
        let api = per_call(&api, timeout, extra_headers, extra_query, extra_body)?;
        let c = clusters::NewCluster {
            display_name, region_id,
            tidb_node_setting: dict_arg(tidb_node_setting, "tidb_node_setting")?,
            tikv_node_setting: dict_arg(tikv_node_setting, "tikv_node_setting")?,
            tiflash_node_setting: opt_dict(tiflash_node_setting, "tiflash_node_setting")?,
            port, labels: opt_dict(labels, "labels")?, project_id,
            root_password: root_password.map(Secret::new),
        };
        clusters::create(&api, c, validate_only)?
    }

    #[pyo3(signature = (cluster_id, /, *, timeout=None, extra_headers=None, extra_query=None, extra_body=None))]
    fn get(cluster_id: String, timeout: Option<f64>, extra_headers: Option<&Bound<'_, PyAny>>, extra_query: Option<&Bound<'_, PyAny>>, extra_body: Option<&Bound<'_, PyAny>>) -> call |api, _py| {
        let api = per_call(&api, timeout, extra_headers, extra_query, extra_body)?;
        clusters::get(&api, &cluster_id)?
    }

    /// Rename, relabel or resize a cluster. A node setting names what changes:
    /// `tidb_node_setting={"tidbNodeGroups": [{"tidbNodeGroupId": "...", "nodeCount": 3}]}`,
    /// `tikv_node_setting={"storageSizeGi": 1000}`.
    #[pyo3(signature = (cluster_id, /, *, display_name=None, labels=None, tidb_node_setting=None, tikv_node_setting=None, tiflash_node_setting=None, validate_only=false, timeout=None, extra_headers=None, extra_query=None, extra_body=None))]
    fn update(cluster_id: String, display_name: Option<String>, labels: Option<&Bound<'_, PyAny>>, tidb_node_setting: Option<&Bound<'_, PyAny>>, tikv_node_setting: Option<&Bound<'_, PyAny>>, tiflash_node_setting: Option<&Bound<'_, PyAny>>, validate_only: bool, timeout: Option<f64>, extra_headers: Option<&Bound<'_, PyAny>>, extra_query: Option<&Bound<'_, PyAny>>, extra_body: Option<&Bound<'_, PyAny>>) -> call |api, _py| {
        let api = per_call(&api, timeout, extra_headers, extra_query, extra_body)?;
        let change = clusters::ClusterChange {
            display_name,
            labels: opt_dict(labels, "labels")?,
            tidb_node_setting: opt_dict(tidb_node_setting, "tidb_node_setting")?,
            tikv_node_setting: opt_dict(tikv_node_setting, "tikv_node_setting")?,
            tiflash_node_setting: opt_dict(tiflash_node_setting, "tiflash_node_setting")?,
        };
        clusters::update(&api, &cluster_id, change, validate_only)?
    }

    /// Delete a cluster; returns it, DELETING. `validate_only=True` checks only.
    #[pyo3(signature = (cluster_id, /, *, validate_only=false, timeout=None, extra_headers=None, extra_query=None, extra_body=None))]
    fn delete(cluster_id: String, validate_only: bool, timeout: Option<f64>, extra_headers: Option<&Bound<'_, PyAny>>, extra_query: Option<&Bound<'_, PyAny>>, extra_body: Option<&Bound<'_, PyAny>>) -> call |api, _py| {
        let api = per_call(&api, timeout, extra_headers, extra_query, extra_body)?;
        clusters::delete(&api, &cluster_id, validate_only)?
    }

    /// Pause an ACTIVE cluster; returns it (PAUSING).
    #[pyo3(signature = (cluster_id, /, *, timeout=None, extra_headers=None, extra_query=None, extra_body=None))]
    fn pause(cluster_id: String, timeout: Option<f64>, extra_headers: Option<&Bound<'_, PyAny>>, extra_query: Option<&Bound<'_, PyAny>>, extra_body: Option<&Bound<'_, PyAny>>) -> call |api, _py| {
        let api = per_call(&api, timeout, extra_headers, extra_query, extra_body)?;
        clusters::pause(&api, &cluster_id)?
    }

    /// Resume a PAUSED cluster; returns it (RESUMING).
    #[pyo3(signature = (cluster_id, /, *, timeout=None, extra_headers=None, extra_query=None, extra_body=None))]
    fn resume(cluster_id: String, timeout: Option<f64>, extra_headers: Option<&Bound<'_, PyAny>>, extra_query: Option<&Bound<'_, PyAny>>, extra_body: Option<&Bound<'_, PyAny>>) -> call |api, _py| {
        let api = per_call(&api, timeout, extra_headers, extra_query, extra_body)?;
        clusters::resume(&api, &cluster_id)?
    }

    /// Poll until the cluster is in `state` (`"DELETED"`: until it is gone) and
    /// return it. Transitional states (PAUSING, RESUMING, MODIFYING, UPGRADING,
    /// IMPORTING, RESTORING, MAINTENANCE) keep it waiting, and so does the old
    /// state straight after this client's pause, resume, update or delete.
    /// Raises `WaiterError` on timeout or when the state cannot be reached.
    #[pyo3(signature = (cluster_id, /, *, state="ACTIVE", timeout=1800.0, poll_interval=None, progress=None, extra_headers=None, extra_query=None))]
    fn wait(cluster_id: String, state: &str, timeout: f64, poll_interval: Option<f64>, progress: Option<&Bound<'_, PyAny>>, extra_headers: Option<&Bound<'_, PyAny>>, extra_query: Option<&Bound<'_, PyAny>>) -> call |api, py| {
        let api = per_call(&api, None, extra_headers, extra_query, None)?;
        waiters::check_cluster_target(state)?;
        let state = state.to_owned();
        let opts = wait_options(timeout, poll_interval)?;
        let display = super::progress::resolve(py, progress, false, "cluster", &cluster_id, &state)?;
        let waiting = waiters::wait_cluster(&api, &cluster_id, &state, opts, super::progress::hook(display.clone()))?;
        async move {
            let r = waiting.await;
            super::progress::close(&display);
            r
        }
    }

    /// Set a new root password (8 to 64 characters); it never appears in a
    /// repr, a log line or an error.
    #[pyo3(signature = (cluster_id, /, *, root_password, timeout=None, extra_headers=None, extra_query=None, extra_body=None))]
    fn reset_root_password(cluster_id: String, root_password: String, timeout: Option<f64>, extra_headers: Option<&Bound<'_, PyAny>>, extra_query: Option<&Bound<'_, PyAny>>, extra_body: Option<&Bound<'_, PyAny>>) -> call |api, _py| {
        let api = per_call(&api, timeout, extra_headers, extra_query, extra_body)?;
        let root_password = Secret::new(root_password);
        clusters::reset_root_password(&api, &cluster_id, root_password)?
    }
});

resource!(Regions, AsyncRegions, "Cloud regions and their node specifications." {
    /// Regions, across all pages. Filters: `cloud_provider` ("aws", "gcp",
    /// "azure", "alicloud") and `project_id`.
    #[pyo3(signature = (*, cloud_provider=None, project_id=None, page_size=None, page_token=None, timeout=None, extra_headers=None, extra_query=None, extra_body=None))]
    fn list(cloud_provider: Option<String>, project_id: Option<String>, page_size: Option<i64>, page_token: Option<String>, timeout: Option<f64>, extra_headers: Option<&Bound<'_, PyAny>>, extra_query: Option<&Bound<'_, PyAny>>, extra_body: Option<&Bound<'_, PyAny>>) -> pager |api, _py| {
        let api = per_call(&api, timeout, extra_headers, extra_query, extra_body)?;
        Recipe { spec: regions::list(cloud_provider.as_deref(), project_id.as_deref(), page_size)?, api, page_token }
    }

    /// One region by its id, such as "aws-us-east-1".
    #[pyo3(signature = (region_id, /, *, timeout=None, extra_headers=None, extra_query=None, extra_body=None))]
    fn get(region_id: String, timeout: Option<f64>, extra_headers: Option<&Bound<'_, PyAny>>, extra_query: Option<&Bound<'_, PyAny>>, extra_body: Option<&Bound<'_, PyAny>>) -> call |api, _py| {
        let api = per_call(&api, timeout, extra_headers, extra_query, extra_body)?;
        regions::get(&api, &region_id)?
    }

    /// The node specs a region offers, across all pages. Filters:
    /// `component_type` ("TIDB", "TIKV", "TIFLASH", "PD"), `cluster_id`, `project_id`.
    #[pyo3(signature = (region_id, /, *, component_type=None, cluster_id=None, project_id=None, page_size=None, page_token=None, timeout=None, extra_headers=None, extra_query=None, extra_body=None))]
    fn list_node_specs(region_id: String, component_type: Option<String>, cluster_id: Option<String>, project_id: Option<String>, page_size: Option<i64>, page_token: Option<String>, timeout: Option<f64>, extra_headers: Option<&Bound<'_, PyAny>>, extra_query: Option<&Bound<'_, PyAny>>, extra_body: Option<&Bound<'_, PyAny>>) -> pager |api, _py| {
        let api = per_call(&api, timeout, extra_headers, extra_query, extra_body)?;
        let spec = regions::list_node_specs(&region_id, component_type.as_deref(), cluster_id.as_deref(), project_id.as_deref(), page_size)?;
        Recipe { spec, api, page_token }
    }
});

resource!(Imports, AsyncImports, "Data import tasks of a cluster." {
    /// The cluster's imports, across all pages (10 a page unless `page_size`
    /// says); `order_by="createTime desc"` lists the newest first.
    #[pyo3(signature = (cluster_id, /, *, order_by=None, page_size=None, page_token=None, timeout=None, extra_headers=None, extra_query=None, extra_body=None))]
    fn list(cluster_id: String, order_by: Option<String>, page_size: Option<i64>, page_token: Option<String>, timeout: Option<f64>, extra_headers: Option<&Bound<'_, PyAny>>, extra_query: Option<&Bound<'_, PyAny>>, extra_body: Option<&Bound<'_, PyAny>>) -> pager |api, _py| {
        let api = per_call(&api, timeout, extra_headers, extra_query, extra_body)?;
        Recipe { spec: imports::list(&cluster_id, order_by.as_deref(), page_size)?, api, page_token }
    }

    /// Start an import. `creation_details` is the service's object:
    /// `{"importOptions": {"fileType": "CSV"}, "source": {"type": "S3", "s3":
    /// {"uri": ..., "authType": "ROLE_ARN", "roleArn": ...}}}`.
    #[pyo3(signature = (cluster_id, /, *, creation_details, timeout=None, extra_headers=None, extra_query=None, extra_body=None))]
    fn create(cluster_id: String, creation_details: &Bound<'_, PyAny>, timeout: Option<f64>, extra_headers: Option<&Bound<'_, PyAny>>, extra_query: Option<&Bound<'_, PyAny>>, extra_body: Option<&Bound<'_, PyAny>>) -> call |api, _py| {
        let api = per_call(&api, timeout, extra_headers, extra_query, extra_body)?;
        imports::create(&api, &cluster_id, dict_arg(creation_details, "creation_details")?)?
    }

    #[pyo3(signature = (cluster_id, import_id, /, *, timeout=None, extra_headers=None, extra_query=None, extra_body=None))]
    fn get(cluster_id: String, import_id: String, timeout: Option<f64>, extra_headers: Option<&Bound<'_, PyAny>>, extra_query: Option<&Bound<'_, PyAny>>, extra_body: Option<&Bound<'_, PyAny>>) -> call |api, _py| {
        let api = per_call(&api, timeout, extra_headers, extra_query, extra_body)?;
        imports::get(&api, &cluster_id, &import_id)?
    }

    /// Poll until the import is COMPLETED and return it. FAILED or CANCELED
    /// raise `WaiterError` (with the import's `message`), as does a timeout;
    /// PREPARING, IMPORTING and CANCELING keep it waiting.
    #[pyo3(signature = (cluster_id, import_id, /, *, timeout=3600.0, poll_interval=None, progress=None, extra_headers=None, extra_query=None))]
    fn wait(cluster_id: String, import_id: String, timeout: f64, poll_interval: Option<f64>, progress: Option<&Bound<'_, PyAny>>, extra_headers: Option<&Bound<'_, PyAny>>, extra_query: Option<&Bound<'_, PyAny>>) -> call |api, py| {
        let api = per_call(&api, None, extra_headers, extra_query, None)?;
        let opts = wait_options(timeout, poll_interval)?;
        let display = super::progress::resolve(py, progress, true, "import", &import_id, "COMPLETED")?;
        let waiting = waiters::wait_import(&api, &cluster_id, &import_id, opts, super::progress::hook(display.clone()))?;
        async move {
            let r = waiting.await;
            super::progress::close(&display);
            r
        }
    }

    #[pyo3(signature = (cluster_id, import_id, /, *, timeout=None, extra_headers=None, extra_query=None, extra_body=None))]
    fn cancel(cluster_id: String, import_id: String, timeout: Option<f64>, extra_headers: Option<&Bound<'_, PyAny>>, extra_query: Option<&Bound<'_, PyAny>>, extra_body: Option<&Bound<'_, PyAny>>) -> call |api, _py| {
        let api = per_call(&api, timeout, extra_headers, extra_query, extra_body)?;
        imports::cancel(&api, &cluster_id, &import_id)?
    }
});

resource!(Integrations, AsyncIntegrations, "Third-party integrations of a cluster." {
    /// The cluster's integrations, as a list.
    #[pyo3(signature = (cluster_id, /, *, timeout=None, extra_headers=None, extra_query=None, extra_body=None))]
    fn list(cluster_id: String, timeout: Option<f64>, extra_headers: Option<&Bound<'_, PyAny>>, extra_query: Option<&Bound<'_, PyAny>>, extra_body: Option<&Bound<'_, PyAny>>) -> call |api, _py| {
        let api = per_call(&api, timeout, extra_headers, extra_query, extra_body)?;
        integrations::list(&api, &cluster_id)?
    }

    /// Send the cluster's metrics to a provider: `type="DATADOG"` with
    /// `datadog={"apiKey": ..., "site": "US1"}`, `type="NEWRELIC"` with
    /// `newrelic={"apiKey": ..., "site": "US_OTLP"}`, or `type="PROMETHEUS"`.
    #[pyo3(signature = (cluster_id, /, *, r#type, datadog=None, newrelic=None, prometheus=None, timeout=None, extra_headers=None, extra_query=None, extra_body=None))]
    fn create(cluster_id: String, r#type: String, datadog: Option<&Bound<'_, PyAny>>, newrelic: Option<&Bound<'_, PyAny>>, prometheus: Option<&Bound<'_, PyAny>>, timeout: Option<f64>, extra_headers: Option<&Bound<'_, PyAny>>, extra_query: Option<&Bound<'_, PyAny>>, extra_body: Option<&Bound<'_, PyAny>>) -> call |api, _py| {
        let api = per_call(&api, timeout, extra_headers, extra_query, extra_body)?;
        let mut prometheus = opt_dict(prometheus, "prometheus")?;
        // The Prometheus settings are an empty object; `type` alone asks for them.
        if prometheus.is_none() && r#type == "PROMETHEUS" {
            prometheus = Some(serde_json::json!({}));
        }
        let i = integrations::NewIntegration {
            kind: r#type,
            datadog: opt_dict(datadog, "datadog")?,
            newrelic: opt_dict(newrelic, "newrelic")?,
            prometheus,
        };
        integrations::create(&api, &cluster_id, i)?
    }
});

resource!(ApiKeys, AsyncApiKeys, "API keys of the organization (IAM server)." {
    #[pyo3(signature = (*, project_id=None, page_size=None, page_token=None, timeout=None, extra_headers=None, extra_query=None, extra_body=None))]
    fn list(project_id: Option<i64>, page_size: Option<i64>, page_token: Option<String>, timeout: Option<f64>, extra_headers: Option<&Bound<'_, PyAny>>, extra_query: Option<&Bound<'_, PyAny>>, extra_body: Option<&Bound<'_, PyAny>>) -> pager |api, _py| {
        let api = per_call(&api, timeout, extra_headers, extra_query, extra_body)?;
        Recipe { spec: api_keys::list(project_id, page_size)?, api, page_token }
    }

    /// Create a key with an organization role (`"org:owner"`, `"org:member"`,
    /// `"org:billing_admin"`, ...) or, for `project_id`, a project role
    /// (`"project:owner"`, `"project:dev"`, ...). The result's `secretKey`, a
    /// `SecretStr`, is shown this once only.
    #[pyo3(signature = (*, display_name, role, project_id=None, timeout=None, extra_headers=None, extra_query=None, extra_body=None))]
    fn create(display_name: String, role: String, project_id: Option<i64>, timeout: Option<f64>, extra_headers: Option<&Bound<'_, PyAny>>, extra_query: Option<&Bound<'_, PyAny>>, extra_body: Option<&Bound<'_, PyAny>>) -> call |api, _py| {
        let api = per_call(&api, timeout, extra_headers, extra_query, extra_body)?;
        api_keys::create(&api, &display_name, &role, project_id)?
    }

    #[pyo3(signature = (access_key, /, *, timeout=None, extra_headers=None, extra_query=None, extra_body=None))]
    fn get(access_key: String, timeout: Option<f64>, extra_headers: Option<&Bound<'_, PyAny>>, extra_query: Option<&Bound<'_, PyAny>>, extra_body: Option<&Bound<'_, PyAny>>) -> call |api, _py| {
        let api = per_call(&api, timeout, extra_headers, extra_query, extra_body)?;
        api_keys::get(&api, &access_key)?
    }

    /// Rename a key, or give it another role (`"org:member"`, `"project:dev"`,
    /// ...) or project (`project_id=0` for the organization).
    #[pyo3(signature = (access_key, /, *, display_name=None, role=None, project_id=None, timeout=None, extra_headers=None, extra_query=None, extra_body=None))]
    fn update(access_key: String, display_name: Option<String>, role: Option<String>, project_id: Option<i64>, timeout: Option<f64>, extra_headers: Option<&Bound<'_, PyAny>>, extra_query: Option<&Bound<'_, PyAny>>, extra_body: Option<&Bound<'_, PyAny>>) -> call |api, _py| {
        let api = per_call(&api, timeout, extra_headers, extra_query, extra_body)?;
        api_keys::update(&api, &access_key, display_name, role, project_id)?
    }

    #[pyo3(signature = (access_key, /, *, timeout=None, extra_headers=None, extra_query=None, extra_body=None))]
    fn delete(access_key: String, timeout: Option<f64>, extra_headers: Option<&Bound<'_, PyAny>>, extra_query: Option<&Bound<'_, PyAny>>, extra_body: Option<&Bound<'_, PyAny>>) -> call |api, _py| {
        let api = per_call(&api, timeout, extra_headers, extra_query, extra_body)?;
        api_keys::delete(&api, &access_key)?
    }
});

resource!(AuditLogs, AsyncAuditLogs, "Console audit logs of the organization (IAM server)." {
    /// Audit log entries, newest first. Times are ISO 8601 strings or datetimes (naive means UTC).
    #[pyo3(signature = (*, start_time=None, end_time=None, event_types=None, keyword=None, page_size=None, page_token=None, timeout=None, extra_headers=None, extra_query=None, extra_body=None))]
    fn list(start_time: Option<&Bound<'_, PyAny>>, end_time: Option<&Bound<'_, PyAny>>, event_types: Option<&Bound<'_, PyAny>>, keyword: Option<String>, page_size: Option<i64>, page_token: Option<String>, timeout: Option<f64>, extra_headers: Option<&Bound<'_, PyAny>>, extra_query: Option<&Bound<'_, PyAny>>, extra_body: Option<&Bound<'_, PyAny>>) -> pager |api, py| {
        let api = per_call(&api, timeout, extra_headers, extra_query, extra_body)?;
        let filter = audit_logs::Filter {
            start_time: super::time::iso_time(py, start_time, "start_time")?,
            end_time: super::time::iso_time(py, end_time, "end_time")?,
            event_types: str_list(event_types, "event_types")?,
            keyword,
        };
        Recipe { spec: audit_logs::list(filter, page_size)?, api, page_token }
    }
});

resource!(Billing, AsyncBilling, "Bills and costs (billing server)." {
    /// The month's bill. `billed_month` is "YYYY-MM", a date or a datetime.
    #[pyo3(signature = (billed_month, /, *, timeout=None, extra_headers=None, extra_query=None, extra_body=None))]
    fn get_monthly_bill(billed_month: &Bound<'_, PyAny>, timeout: Option<f64>, extra_headers: Option<&Bound<'_, PyAny>>, extra_query: Option<&Bound<'_, PyAny>>, extra_body: Option<&Bound<'_, PyAny>>) -> call |api, py| {
        let api = per_call(&api, timeout, extra_headers, extra_query, extra_body)?;
        let month = super::time::billed_month(py, billed_month)?;
        billing::get_monthly_bill(&api, &month)?
    }

    #[pyo3(signature = (billed_month, /, *, timeout=None, extra_headers=None, extra_query=None, extra_body=None))]
    fn get_monthly_bill_details(billed_month: &Bound<'_, PyAny>, timeout: Option<f64>, extra_headers: Option<&Bound<'_, PyAny>>, extra_query: Option<&Bound<'_, PyAny>>, extra_body: Option<&Bound<'_, PyAny>>) -> call |api, py| {
        let api = per_call(&api, timeout, extra_headers, extra_query, extra_body)?;
        let month = super::time::billed_month(py, billed_month)?;
        billing::get_monthly_bill_details(&api, &month)?
    }

    /// Costs over time. `groups={"groupBy": ["cluster", "service"],
    /// "timeGranularity": "day"}` splits each period's cost; `filter={"timeRange":
    /// {"startDate": "2025-01-01", "endDate": "2025-01-31"}, "projects": [...],
    /// "clusters": [...], "providers": [...], "services": [...]}` narrows it.
    #[pyo3(signature = (*, groups=None, filter=None, timeout=None, extra_headers=None, extra_query=None, extra_body=None))]
    fn query_cost_explorer(groups: Option<&Bound<'_, PyAny>>, filter: Option<&Bound<'_, PyAny>>, timeout: Option<f64>, extra_headers: Option<&Bound<'_, PyAny>>, extra_query: Option<&Bound<'_, PyAny>>, extra_body: Option<&Bound<'_, PyAny>>) -> call |api, _py| {
        let api = per_call(&api, timeout, extra_headers, extra_query, extra_body)?;
        billing::query_cost_explorer(&api, opt_dict(groups, "groups")?, opt_dict(filter, "filter")?)?
    }
});
