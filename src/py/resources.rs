//! The resource classes (`Clusters` / `AsyncClusters`, ...). Each operation is
//! written once: its body builds the core future (or list recipe), and the
//! `resource!` macro gives it a blocking face and an awaitable face.

use super::convert::{dict_arg, from_py};
use super::pager::Recipe;
use super::serverless::*;
use crate::api::waiters::{self, WaitOptions};
use crate::api::{
    api_keys, audit_logs, backups, billing, clusters, imports, integrations, network,
    private_endpoints, projects, regions, sql_users, tidb_node_groups, Api,
};
use crate::config::{seconds, Secret};
use pyo3::prelude::*;
use pyo3::types::PyString;

/// Declares a resource class pair. Each operation is one entry:
///
/// ```text
/// /// docs
/// fn name(args: Types) (positional, /,) (keyword=None,) -> call "operationId" |api, py| { body }
/// ```
///
/// The first group is the positional part of the Python signature, the second
/// the keyword-only part; the per-call options (`timeout`, `extra_headers`,
/// `extra_query`, `extra_body`) are added to every `call` and `pager` entry and
/// already applied to `api` when the body runs. Entries after `waits` poll
/// until a state is reached: their `timeout` is the whole wait's, and they take
/// `extra_headers` and `extra_query` for their polls. `operations()` lists every
/// entry, which the stub generator and the tests read.
macro_rules! resource {
    ($sync:ident, $async_:ident, $doc:literal {
        $(
            $(#[$attr:meta])*
            fn $name:ident($($arg:ident : $ty:ty),*) ($($pos:tt)*) ($($kw:tt)*) -> $kind:ident $op:literal |$api:ident, $py:ident| $body:block
        )*
    } waits {
        $(
            $(#[$wattr:meta])*
            fn $wname:ident($($warg:ident : $wty:ty),*) ($($wpos:tt)*) ($($wkw:tt)*) |$wapi:ident, $wpy:ident| $wbody:block
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

        impl $sync {
            /// (method, operationId, kind) of every entry.
            pub const OPERATIONS: &'static [(&'static str, &'static str, &'static str)] = &[
                $((stringify!($name), $op, stringify!($kind)),)*
                $((stringify!($wname), "", "wait"),)*
            ];
        }

        #[pymethods]
        impl $sync {
            $(
                $(#[$attr])*
                #[pyo3(signature = ($($pos)* *, $($kw)* timeout=None, extra_headers=None, extra_query=None, extra_body=None))]
                #[allow(clippy::too_many_arguments)]
                fn $name(&self, $py: Python<'_> $(, $arg: $ty)*, timeout: Option<f64>, extra_headers: Option<&Bound<'_, PyAny>>, extra_query: Option<&Bound<'_, PyAny>>, extra_body: Option<&Bound<'_, PyAny>>) -> PyResult<Py<PyAny>> {
                    let $api = $crate::py::options::per_call(&self.api.observed($crate::py::logging::enabled($py)), timeout, extra_headers, extra_query, extra_body)?;
                    resource!(@sync $py, $kind, $body)
                }
            )*
            $(
                $(#[$wattr])*
                #[pyo3(signature = ($($wpos)* *, $($wkw)* extra_headers=None, extra_query=None))]
                #[allow(clippy::too_many_arguments)]
                fn $wname(&self, $wpy: Python<'_> $(, $warg: $wty)*, extra_headers: Option<&Bound<'_, PyAny>>, extra_query: Option<&Bound<'_, PyAny>>) -> PyResult<Py<PyAny>> {
                    let $wapi = $crate::py::options::per_call(&self.api.observed($crate::py::logging::enabled($wpy)), None, extra_headers, extra_query, None)?;
                    resource!(@sync $wpy, call, $wbody)
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
                #[pyo3(signature = ($($pos)* *, $($kw)* timeout=None, extra_headers=None, extra_query=None, extra_body=None))]
                #[allow(clippy::too_many_arguments)]
                fn $name<'py>(&self, $py: Python<'py> $(, $arg: $ty)*, timeout: Option<f64>, extra_headers: Option<&Bound<'_, PyAny>>, extra_query: Option<&Bound<'_, PyAny>>, extra_body: Option<&Bound<'_, PyAny>>) -> PyResult<Bound<'py, PyAny>> {
                    let $api = $crate::py::options::per_call(&self.api.observed($crate::py::logging::enabled($py)), timeout, extra_headers, extra_query, extra_body)?;
                    resource!(@async $py, $kind, $body)
                }
            )*
            $(
                $(#[$wattr])*
                #[pyo3(signature = ($($wpos)* *, $($wkw)* extra_headers=None, extra_query=None))]
                #[allow(clippy::too_many_arguments)]
                fn $wname<'py>(&self, $wpy: Python<'py> $(, $warg: $wty)*, extra_headers: Option<&Bound<'_, PyAny>>, extra_query: Option<&Bound<'_, PyAny>>) -> PyResult<Bound<'py, PyAny>> {
                    let $wapi = $crate::py::options::per_call(&self.api.observed($crate::py::logging::enabled($wpy)), None, extra_headers, extra_query, None)?;
                    resource!(@async $wpy, call, $wbody)
                }
            )*
            fn __repr__(&self) -> String {
                format!("<{}>", stringify!($async_))
            }
        }
    };
    (@sync $py:ident, call, $body:block) => { $crate::py::runtime::call_sync($py, $body) };
    (@async $py:ident, call, $body:block) => { $crate::py::coroutine::call_async($py, $body) };
    (@sync $py:ident, pager, $body:block) => { Ok(Py::new($py, $crate::py::pager::Pager::new($body)?)?.into_any()) };
    (@async $py:ident, pager, $body:block) => { Ok(Bound::new($py, $crate::py::pager::AsyncPager::new($body)?)?.into_any()) };
}
pub(super) use resource;

pub(super) fn wait_options(timeout: f64, poll_interval: Option<f64>) -> PyResult<WaitOptions> {
    Ok(WaitOptions {
        timeout: seconds("timeout", timeout)?,
        poll_interval: poll_interval
            .map(|p| seconds("poll_interval", p))
            .transpose()?,
    })
}

pub(super) fn opt_dict(
    obj: Option<&Bound<'_, PyAny>>,
    name: &str,
) -> PyResult<Option<serde_json::Value>> {
    obj.filter(|o| !o.is_none())
        .map(|o| dict_arg(o, name))
        .transpose()
}

/// A list of strings, or one comma-separated string.
pub(super) fn str_list(obj: Option<&Bound<'_, PyAny>>, name: &str) -> PyResult<Vec<String>> {
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
    fn list(project_id: Option<String>, states: Option<&Bound<'_, PyAny>>, cluster_ids: Option<&Bound<'_, PyAny>>, region_ids: Option<&Bound<'_, PyAny>>, skip: Option<i64>, page_size: Option<i64>, page_token: Option<String>) () (project_id=None, states=None, cluster_ids=None, region_ids=None, skip=None, page_size=None, page_token=None,) -> pager "listClusters" |api, _py| {
        let states = str_list(states, "states")?;
        let cluster_ids = str_list(cluster_ids, "cluster_ids")?;
        let region_ids = str_list(region_ids, "region_ids")?;
        Recipe { spec: clusters::list(project_id.as_deref(), &states, &cluster_ids, &region_ids, skip, page_size)?, api, page_token }
    }

    /// Create a cluster. Node settings are dicts in the API's camelCase:
    /// `tidb_node_setting={"nodeSpecKey": "8C16G", "tidbNodeGroups": [{"nodeCount": 2}]}`,
    /// `tikv_node_setting={"nodeSpecKey": "8C32G", "nodeCount": 3, "storageSizeGi": 500}`.
    /// `project_id` is a shorthand for `labels["tidb.cloud/project"]`.
    fn create(display_name: String, region_id: String, tidb_node_setting: &Bound<'_, PyAny>, tikv_node_setting: &Bound<'_, PyAny>, tiflash_node_setting: Option<&Bound<'_, PyAny>>, port: Option<i64>, labels: Option<&Bound<'_, PyAny>>, root_password: Option<String>, project_id: Option<String>, validate_only: bool) () (display_name, region_id, tidb_node_setting, tikv_node_setting, tiflash_node_setting=None, port=None, labels=None, root_password=None, project_id=None, validate_only=false,) -> call "createCluster" |api, _py| {
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

    /// One cluster by its id, as the service has it now.
    fn get(cluster_id: String) (cluster_id, /,) () -> call "getCluster" |api, _py| {
        clusters::get(&api, &cluster_id)?
    }

    /// Rename, relabel or resize a cluster. A node setting names what changes:
    /// `tidb_node_setting={"tidbNodeGroups": [{"tidbNodeGroupId": "...", "nodeCount": 3}]}`,
    /// `tikv_node_setting={"storageSizeGi": 1000}`.
    fn update(cluster_id: String, display_name: Option<String>, labels: Option<&Bound<'_, PyAny>>, tidb_node_setting: Option<&Bound<'_, PyAny>>, tikv_node_setting: Option<&Bound<'_, PyAny>>, tiflash_node_setting: Option<&Bound<'_, PyAny>>, validate_only: bool) (cluster_id, /,) (display_name=None, labels=None, tidb_node_setting=None, tikv_node_setting=None, tiflash_node_setting=None, validate_only=false,) -> call "updateCluster" |api, _py| {
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
    fn delete(cluster_id: String, validate_only: bool) (cluster_id, /,) (validate_only=false,) -> call "deleteCluster" |api, _py| {
        clusters::delete(&api, &cluster_id, validate_only)?
    }

    /// Pause an ACTIVE cluster; returns it (PAUSING).
    fn pause(cluster_id: String) (cluster_id, /,) () -> call "pauseCluster" |api, _py| {
        clusters::pause(&api, &cluster_id)?
    }

    /// Resume a PAUSED cluster; returns it (RESUMING).
    fn resume(cluster_id: String) (cluster_id, /,) () -> call "resumeCluster" |api, _py| {
        clusters::resume(&api, &cluster_id)?
    }

    /// Set a new root password (8 to 64 characters); it never appears in a
    /// repr, a log line or an error.
    fn reset_root_password(cluster_id: String, root_password: String) (cluster_id, /,) (root_password,) -> call "resetClusterRootPassword" |api, _py| {
        let root_password = Secret::new(root_password);
        clusters::reset_root_password(&api, &cluster_id, root_password)?
    }

    /// How many nodes of each component type (TIDB, TIKV, TIFLASH, ...) the
    /// organization may have.
    fn show_node_quota() () () -> call "showNodeQuota" |api, _py| {
        clusters::show_node_quota(&api)?
    }
} waits {

    /// Poll until the cluster is in `state` (`"DELETED"`: until it is gone) and
    /// return it. Transitional states (PAUSING, RESUMING, MODIFYING, UPGRADING,
    /// IMPORTING, RESTORING, MAINTENANCE) keep it waiting, and so does the old
    /// state straight after this client's pause, resume, update or delete.
    /// Raises `WaiterError` on timeout or when the state cannot be reached.
    ///
    /// `timeout`: seconds for the whole wait. `poll_interval`: seconds between
    /// polls (default 0.5 s, growing to 15 s). `progress`: `None` draws a
    /// display where someone watches (a terminal, Jupyter) and nothing in a
    /// pipe; `True` always draws one (tqdm when installed); `False` never; a
    /// callable receives every polled cluster. Every waiter follows these rules.
    fn wait(cluster_id: String, state: &str, timeout: f64, poll_interval: Option<f64>, progress: Option<&Bound<'_, PyAny>>) (cluster_id, /,) (state="ACTIVE", timeout=1800.0, poll_interval=None, progress=None,) |api, py| {
        waiters::check_cluster_target(state)?;
        let state = state.to_owned();
        let opts = wait_options(timeout, poll_interval)?;
        let display = super::progress::resolve(py, progress, "cluster", &cluster_id, &state)?;
        let waiting = waiters::wait_cluster(&api, &cluster_id, &state, opts, super::progress::hook(display.clone()))?;
        super::progress::closing(display, waiting)
    }
});

resource!(TidbNodeGroups, AsyncTidbNodeGroups, "TiDB node groups of a Dedicated cluster, with each group's public endpoint and private link service." {
    /// The cluster's TiDB node groups (the default one too), across all pages;
    /// `skip` passes over that many first.
    fn list(cluster_id: String, skip: Option<i64>, page_size: Option<i64>, page_token: Option<String>) (cluster_id, /,) (skip=None, page_size=None, page_token=None,) -> pager "listTidbNodeGroups" |api, _py| {
        Recipe { spec: tidb_node_groups::list(&cluster_id, skip, page_size)?, api, page_token }
    }

    /// Add a TiDB node group of `node_count` nodes (the cluster's TiDB node
    /// size unless `node_spec_key` says); `tiproxy_setting={"nodeSpecKey":
    /// "2C4G", "nodeCount": 2}` gives it TiProxy nodes. Returns it, MODIFYING.
    fn create(cluster_id: String, display_name: String, node_count: i64, node_spec_key: Option<String>, tiproxy_setting: Option<&Bound<'_, PyAny>>, validate_only: bool) (cluster_id, /,) (display_name, node_count, node_spec_key=None, tiproxy_setting=None, validate_only=false,) -> call "createTidbNodeGroup" |api, _py| {
        let g = tidb_node_groups::NewGroup {
            display_name, node_count, node_spec_key,
            tiproxy_setting: opt_dict(tiproxy_setting, "tiproxy_setting")?,
        };
        tidb_node_groups::create(&api, &cluster_id, g, validate_only)?
    }

    /// One TiDB node group of the cluster (the default one too).
    fn get(cluster_id: String, tidb_node_group_id: String) (cluster_id, tidb_node_group_id, /,) () -> call "getTidbNodeGroup" |api, _py| {
        tidb_node_groups::get(&api, &cluster_id, &tidb_node_group_id)?
    }

    /// Rename a group or change its node count or TiProxy setting; a new size
    /// makes it MODIFYING until it is ACTIVE again.
    fn update(cluster_id: String, tidb_node_group_id: String, display_name: Option<String>, node_count: Option<i64>, tiproxy_setting: Option<&Bound<'_, PyAny>>, validate_only: bool) (cluster_id, tidb_node_group_id, /,) (display_name=None, node_count=None, tiproxy_setting=None, validate_only=false,) -> call "updateTidbNodeGroup" |api, _py| {
        let change = tidb_node_groups::GroupChange {
            display_name, node_count,
            tiproxy_setting: opt_dict(tiproxy_setting, "tiproxy_setting")?,
        };
        tidb_node_groups::update(&api, &cluster_id, &tidb_node_group_id, change, validate_only)?
    }

    /// Delete a group (not the default one); returns `{}`.
    fn delete(cluster_id: String, tidb_node_group_id: String, validate_only: bool) (cluster_id, tidb_node_group_id, /,) (validate_only=false,) -> call "deleteTidbNodeGroup" |api, _py| {
        tidb_node_groups::delete(&api, &cluster_id, &tidb_node_group_id, validate_only)?
    }

    /// Whether the group's public endpoint is on, and who may reach it.
    fn get_public_endpoint_setting(cluster_id: String, tidb_node_group_id: String) (cluster_id, tidb_node_group_id, /,) () -> call "getPublicEndpointSetting" |api, _py| {
        tidb_node_groups::get_public_endpoint_setting(&api, &cluster_id, &tidb_node_group_id)?
    }

    /// Turn the public endpoint on or off (`enabled`), or replace its IP access
    /// list: `ip_access_list=[{"cidrNotation": "203.0.113.0/24", "description": "office"}]`.
    fn update_public_endpoint_setting(cluster_id: String, tidb_node_group_id: String, enabled: Option<bool>, ip_access_list: Option<&Bound<'_, PyAny>>, validate_only: bool) (cluster_id, tidb_node_group_id, /,) (enabled=None, ip_access_list=None, validate_only=false,) -> call "updatePublicEndpointSetting" |api, _py| {
        let list = ip_access_list.filter(|l| !l.is_none()).map(|l| from_py(l, "ip_access_list")).transpose()?;
        tidb_node_groups::update_public_endpoint_setting(&api, &cluster_id, &tidb_node_group_id, enabled, list, validate_only)?
    }

    /// The private link service private endpoints connect to.
    fn get_private_link_service(cluster_id: String, tidb_node_group_id: String) (cluster_id, tidb_node_group_id, /,) () -> call "getPrivateLinkService" |api, _py| {
        tidb_node_groups::get_private_link_service(&api, &cluster_id, &tidb_node_group_id)?
    }
} waits {
    /// Poll until the group is in `state` (`"DELETED"`: until it is gone) and
    /// return it; MODIFYING keeps it waiting, and so does the old state straight
    /// after this client's resize. Raises `WaiterError` on timeout or when the
    /// state cannot be reached.
    fn wait(cluster_id: String, tidb_node_group_id: String, state: &str, timeout: f64, poll_interval: Option<f64>, progress: Option<&Bound<'_, PyAny>>) (cluster_id, tidb_node_group_id, /,) (state="ACTIVE", timeout=1800.0, poll_interval=None, progress=None,) |api, py| {
        let opts = wait_options(timeout, poll_interval)?;
        let display = super::progress::resolve(py, progress, "TiDB node group", &tidb_node_group_id, state)?;
        let waiting = waiters::wait_tidb_node_group(&api, &cluster_id, &tidb_node_group_id, state, opts, super::progress::hook(display.clone()))?;
        super::progress::closing(display, waiting)
    }
});

resource!(PrivateEndpoints, AsyncPrivateEndpoints, "Private endpoint connections to a TiDB node group's private link service." {
    /// The group's private endpoint connections, across all pages. Filters:
    /// `project_id`, `cloud_provider`; `skip` passes over that many first.
    fn list(cluster_id: String, tidb_node_group_id: String, project_id: Option<String>, cloud_provider: Option<String>, skip: Option<i64>, page_size: Option<i64>, page_token: Option<String>) (cluster_id, tidb_node_group_id, /,) (project_id=None, cloud_provider=None, skip=None, page_size=None, page_token=None,) -> pager "listPrivateEndpointConnections" |api, _py| {
        let spec = private_endpoints::list(&cluster_id, &tidb_node_group_id, project_id.as_deref(), cloud_provider.as_deref(), skip, page_size)?;
        Recipe { spec, api, page_token }
    }

    /// Register a VPC endpoint you made to the group's private link service:
    /// `endpoint_id` is `vpce-...` on AWS, the endpoint's name on Google Cloud,
    /// its resource ID on Azure (with `private_ip_address`). Returns it, PENDING.
    fn create(cluster_id: String, tidb_node_group_id: String, endpoint_id: String, private_ip_address: Option<String>) (cluster_id, tidb_node_group_id, /,) (endpoint_id, private_ip_address=None,) -> call "createPrivateEndpointConnection" |api, _py| {
        private_endpoints::create(&api, &cluster_id, &tidb_node_group_id, &endpoint_id, private_ip_address)?
    }

    /// One private endpoint connection, with its `endpointState`.
    fn get(cluster_id: String, tidb_node_group_id: String, private_endpoint_connection_id: String) (cluster_id, tidb_node_group_id, private_endpoint_connection_id, /,) () -> call "getPrivateEndpointConnection" |api, _py| {
        private_endpoints::get(&api, &cluster_id, &tidb_node_group_id, &private_endpoint_connection_id)?
    }

    /// Remove the connection; returns `{}`.
    fn delete(cluster_id: String, tidb_node_group_id: String, private_endpoint_connection_id: String) (cluster_id, tidb_node_group_id, private_endpoint_connection_id, /,) () -> call "deletePrivateEndpointConnection" |api, _py| {
        private_endpoints::delete(&api, &cluster_id, &tidb_node_group_id, &private_endpoint_connection_id)?
    }
} waits {
    /// Poll until the connection's `endpointState` is `state` (ACTIVE unless
    /// said; `"DELETED"`: until it is gone) and return it. FAILED raises
    /// `WaiterError` with the connection's `message`.
    fn wait(cluster_id: String, tidb_node_group_id: String, private_endpoint_connection_id: String, state: &str, timeout: f64, poll_interval: Option<f64>, progress: Option<&Bound<'_, PyAny>>) (cluster_id, tidb_node_group_id, private_endpoint_connection_id, /,) (state="ACTIVE", timeout=1800.0, poll_interval=None, progress=None,) |api, py| {
        let opts = wait_options(timeout, poll_interval)?;
        let display = super::progress::resolve(py, progress, "private endpoint", &private_endpoint_connection_id, state)?;
        let ids = [cluster_id.as_str(), tidb_node_group_id.as_str(), private_endpoint_connection_id.as_str()];
        let waiting = waiters::wait_private_endpoint(&api, ids, state, opts, super::progress::hook(display.clone()))?;
        super::progress::closing(display, waiting)
    }
});

resource!(NetworkContainers, AsyncNetworkContainers, "Network containers: the CIDR a project's Dedicated clusters use in a region." {
    /// Network containers, across all pages. Filters: `project_id`,
    /// `cloud_provider`; `skip` passes over that many first.
    fn list(project_id: Option<String>, cloud_provider: Option<String>, skip: Option<i64>, page_size: Option<i64>, page_token: Option<String>) () (project_id=None, cloud_provider=None, skip=None, page_size=None, page_token=None,) -> pager "listNetworkContainers" |api, _py| {
        let spec = network::list_network_containers(project_id.as_deref(), cloud_provider.as_deref(), skip, page_size)?;
        Recipe { spec, api, page_token }
    }

    /// Set the CIDR for a region (`cidr_notation`, the region's default when
    /// absent), in the project of `labels["tidb.cloud/project"]` or
    /// `project_id` (the default project otherwise).
    fn create(region_id: String, cidr_notation: Option<String>, labels: Option<&Bound<'_, PyAny>>, project_id: Option<String>, validate_only: bool) () (region_id, cidr_notation=None, labels=None, project_id=None, validate_only=false,) -> call "createNetworkContainer" |api, _py| {
        network::create_network_container(&api, &region_id, cidr_notation, opt_dict(labels, "labels")?, project_id, validate_only)?
    }

    /// One network container by its id.
    fn get(network_container_id: String) (network_container_id, /,) () -> call "getNetworkContainer" |api, _py| {
        network::get_network_container(&api, &network_container_id)?
    }

    /// Delete a network container no cluster or VPC peering uses; returns `{}`.
    fn delete(network_container_id: String) (network_container_id, /,) () -> call "deleteNetworkContainer" |api, _py| {
        network::delete_network_container(&api, &network_container_id)?
    }
} waits {
});

resource!(VpcPeerings, AsyncVpcPeerings, "VPC peerings between your VPCs and a project's network container." {
    /// VPC peerings, across all pages. Filters: `project_id`, `cloud_provider`.
    fn list(project_id: Option<String>, cloud_provider: Option<String>, page_size: Option<i64>, page_token: Option<String>) () (project_id=None, cloud_provider=None, page_size=None, page_token=None,) -> pager "listVpcPeerings" |api, _py| {
        let spec = network::list_vpc_peerings(project_id.as_deref(), cloud_provider.as_deref(), page_size)?;
        Recipe { spec, api, page_token }
    }

    /// Peer your VPC (`customer_vpc_id`, `customer_vpc_cidr`, in
    /// `customer_account_id` and, on AWS, `customer_region_id`) with the
    /// network container of `tidb_cloud_region_id`. Returns it, PENDING until
    /// you accept it on your side.
    fn create(tidb_cloud_region_id: String, customer_account_id: String, customer_vpc_id: String, customer_vpc_cidr: String, customer_region_id: Option<String>) () (tidb_cloud_region_id, customer_account_id, customer_vpc_id, customer_vpc_cidr, customer_region_id=None,) -> call "createVpcPeering" |api, _py| {
        let p = network::NewPeering { tidb_cloud_region_id, customer_region_id, customer_account_id, customer_vpc_id, customer_vpc_cidr };
        network::create_vpc_peering(&api, p)?
    }

    /// One VPC peering by its id, with its `state`.
    fn get(vpc_peering_id: String) (vpc_peering_id, /,) () -> call "getVpcPeering" |api, _py| {
        network::get_vpc_peering(&api, &vpc_peering_id)?
    }

    /// Delete a peering; returns `{}`.
    fn delete(vpc_peering_id: String) (vpc_peering_id, /,) () -> call "deleteVpcPeering" |api, _py| {
        network::delete_vpc_peering(&api, &vpc_peering_id)?
    }
} waits {
    /// Poll until the peering is in `state` (ACTIVE unless said; `"DELETED"`:
    /// until it is gone) and return it. FAILED raises `WaiterError`.
    fn wait(vpc_peering_id: String, state: &str, timeout: f64, poll_interval: Option<f64>, progress: Option<&Bound<'_, PyAny>>) (vpc_peering_id, /,) (state="ACTIVE", timeout=1800.0, poll_interval=None, progress=None,) |api, py| {
        let opts = wait_options(timeout, poll_interval)?;
        let display = super::progress::resolve(py, progress, "VPC peering", &vpc_peering_id, state)?;
        let waiting = waiters::wait_vpc_peering(&api, &vpc_peering_id, state, opts, super::progress::hook(display.clone()))?;
        super::progress::closing(display, waiting)
    }
});

resource!(Regions, AsyncRegions, "Cloud regions and their node specifications." {
    /// Regions, across all pages. Filters: `cloud_provider` ("aws", "gcp",
    /// "azure", "alicloud") and `project_id`.
    fn list(cloud_provider: Option<String>, project_id: Option<String>, page_size: Option<i64>, page_token: Option<String>) () (cloud_provider=None, project_id=None, page_size=None, page_token=None,) -> pager "listRegions" |api, _py| {
        Recipe { spec: regions::list(cloud_provider.as_deref(), project_id.as_deref(), page_size)?, api, page_token }
    }

    /// One region by its id, such as "aws-us-east-1".
    fn get(region_id: String) (region_id, /,) () -> call "getRegion" |api, _py| {
        regions::get(&api, &region_id)?
    }

    /// The node specs a region offers, across all pages. Filters:
    /// `component_type` ("TIDB", "TIKV", "TIFLASH", "PD"), `cluster_id`, `project_id`.
    fn list_node_specs(region_id: String, component_type: Option<String>, cluster_id: Option<String>, project_id: Option<String>, page_size: Option<i64>, page_token: Option<String>) (region_id, /,) (component_type=None, cluster_id=None, project_id=None, page_size=None, page_token=None,) -> pager "listNodeSpecs" |api, _py| {
        let spec = regions::list_node_specs(&region_id, component_type.as_deref(), cluster_id.as_deref(), project_id.as_deref(), page_size)?;
        Recipe { spec, api, page_token }
    }

    /// The cloud providers Dedicated clusters can run on (`project_id`: in that project).
    fn show_cloud_providers(project_id: Option<String>) () (project_id=None,) -> call "showCloudProviders" |api, _py| {
        regions::show_cloud_providers(&api, project_id.as_deref())?
    }

    /// One node spec: `get_node_spec("aws-us-east-1", "TIKV", "8C32G")`.
    fn get_node_spec(region_id: String, component_type: String, node_spec_key: String) (region_id, component_type, node_spec_key, /,) () -> call "getNodeSpec" |api, _py| {
        regions::get_node_spec(&api, &region_id, &component_type, &node_spec_key)?
    }
} waits {
});

resource!(Imports, AsyncImports, "Data import tasks of a cluster." {
    /// The cluster's imports, across all pages (10 a page unless `page_size`
    /// says); `order_by="createTime desc"` lists the newest first.
    fn list(cluster_id: String, order_by: Option<String>, page_size: Option<i64>, page_token: Option<String>) (cluster_id, /,) (order_by=None, page_size=None, page_token=None,) -> pager "listImports" |api, _py| {
        Recipe { spec: imports::list(&cluster_id, order_by.as_deref(), page_size)?, api, page_token }
    }

    /// Start an import. `creation_details` is the service's object:
    /// `{"importOptions": {"fileType": "CSV"}, "source": {"type": "S3", "s3":
    /// {"uri": ..., "authType": "ROLE_ARN", "roleArn": ...}}}`.
    fn create(cluster_id: String, creation_details: &Bound<'_, PyAny>) (cluster_id, /,) (creation_details,) -> call "createImport" |api, _py| {
        imports::create(&api, &cluster_id, dict_arg(creation_details, "creation_details")?)?
    }

    /// One import of the cluster, with its `state`, `completePercent` and `message`.
    fn get(cluster_id: String, import_id: String) (cluster_id, import_id, /,) () -> call "getImport" |api, _py| {
        imports::get(&api, &cluster_id, &import_id)?
    }

    /// Cancel a PREPARING or IMPORTING import; it goes CANCELING, then CANCELED. Returns
    /// `{}`.
    fn cancel(cluster_id: String, import_id: String) (cluster_id, import_id, /,) () -> call "cancelImport" |api, _py| {
        imports::cancel(&api, &cluster_id, &import_id)?
    }
} waits {

    /// Poll until the import is COMPLETED and return it. FAILED or CANCELED
    /// raise `WaiterError` (with the import's `message`), as does a timeout;
    /// PREPARING, IMPORTING and CANCELING keep it waiting.
    fn wait(cluster_id: String, import_id: String, timeout: f64, poll_interval: Option<f64>, progress: Option<&Bound<'_, PyAny>>) (cluster_id, import_id, /,) (timeout=3600.0, poll_interval=None, progress=None,) |api, py| {
        let opts = wait_options(timeout, poll_interval)?;
        let display = super::progress::resolve(py, progress, "import", &import_id, "COMPLETED")?;
        let waiting = waiters::wait_import(&api, &cluster_id, &import_id, opts, super::progress::hook(display.clone()))?;
        super::progress::closing(display, waiting)
    }
});

resource!(Integrations, AsyncIntegrations, "Third-party integrations of a cluster." {
    /// The cluster's integrations, as a list.
    fn list(cluster_id: String) (cluster_id, /,) () -> call "listIntegrations" |api, _py| {
        integrations::list(&api, &cluster_id)?
    }

    /// Send the cluster's metrics to a provider: `type="DATADOG"` with
    /// `datadog={"apiKey": ..., "site": "US1"}`, `type="NEWRELIC"` with
    /// `newrelic={"apiKey": ..., "site": "US_OTLP"}`, or `type="PROMETHEUS"`.
    fn create(cluster_id: String, r#type: String, datadog: Option<&Bound<'_, PyAny>>, newrelic: Option<&Bound<'_, PyAny>>, prometheus: Option<&Bound<'_, PyAny>>) (cluster_id, /,) (r#type, datadog=None, newrelic=None, prometheus=None,) -> call "createIntegration" |api, _py| {
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

    /// Remove an integration (its `id`); returns `{}`.
    fn delete(cluster_id: String, id: String) (cluster_id, id, /,) () -> call "deleteIntegration" |api, _py| {
        integrations::delete(&api, &cluster_id, &id)?
    }
} waits {
});

resource!(Backups, AsyncBackups, "Backups of a Dedicated cluster (the older v1beta API: ids are the project's and the cluster's)." {
    /// The cluster's backups, manual and automatic, across all pages.
    fn list(project_id: String, cluster_id: String, page_size: Option<i64>) (project_id, cluster_id, /,) (page_size=None,) -> pager "listBackups" |api, _py| {
        Recipe { spec: backups::list_backups(&project_id, &cluster_id, page_size)?, api, page_token: None }
    }

    /// Take a manual backup; returns `{"id": ...}`. Wait for it with `wait`.
    fn create(project_id: String, cluster_id: String, name: String, description: Option<String>) (project_id, cluster_id, /,) (name, description=None,) -> call "createBackup" |api, _py| {
        backups::create_backup(&api, &project_id, &cluster_id, &name, description)?
    }

    /// One backup, with its `status` (PENDING, RUNNING, SUCCESS, FAILED).
    fn get(project_id: String, cluster_id: String, backup_id: String) (project_id, cluster_id, backup_id, /,) () -> call "getBackup" |api, _py| {
        backups::get_backup(&api, &project_id, &cluster_id, &backup_id)?
    }

    /// Delete a backup; returns `{}`.
    fn delete(project_id: String, cluster_id: String, backup_id: String) (project_id, cluster_id, backup_id, /,) () -> call "deleteBackup" |api, _py| {
        backups::delete_backup(&api, &project_id, &cluster_id, &backup_id)?
    }
} waits {
    /// Poll until the backup's `status` is `state` (SUCCESS unless said;
    /// `"DELETED"`: until it is gone) and return it. FAILED raises `WaiterError`.
    fn wait(project_id: String, cluster_id: String, backup_id: String, state: &str, timeout: f64, poll_interval: Option<f64>, progress: Option<&Bound<'_, PyAny>>) (project_id, cluster_id, backup_id, /,) (state="SUCCESS", timeout=3600.0, poll_interval=None, progress=None,) |api, py| {
        let opts = wait_options(timeout, poll_interval)?;
        let display = super::progress::resolve(py, progress, "backup", &backup_id, state)?;
        let ids = [project_id.as_str(), cluster_id.as_str(), backup_id.as_str()];
        let waiting = waiters::wait_backup(&api, ids, state, opts, super::progress::hook(display.clone()))?;
        super::progress::closing(display, waiting)
    }
});

resource!(Restores, AsyncRestores, "Restores of backups to new Dedicated clusters (the older v1beta API)." {
    /// The project's restore tasks, across all pages.
    fn list(project_id: String, page_size: Option<i64>) (project_id, /,) (page_size=None,) -> pager "listRestores" |api, _py| {
        Recipe { spec: backups::list_restores(&project_id, page_size)?, api, page_token: None }
    }

    /// Restore `backup_id` to a new cluster called `name`; returns `{"id",
    /// "cluster_id"}`. `config={"root_password": ..., "port": 4000,
    /// "components": {"tidb": {"node_size": "8C16G", "node_quantity": 2},
    /// "tikv": {"node_size": "8C32G", "storage_size_gib": 500, "node_quantity": 3}}}`.
    fn create(project_id: String, backup_id: String, name: String, config: &Bound<'_, PyAny>) (project_id, /,) (backup_id, name, config,) -> call "createRestore" |api, _py| {
        backups::create_restore(&api, &project_id, &backup_id, &name, dict_arg(config, "config")?)?
    }

    /// One restore task, with its `status` and the new cluster's id, name and state.
    fn get(project_id: String, restore_id: String) (project_id, restore_id, /,) () -> call "getRestore" |api, _py| {
        backups::get_restore(&api, &project_id, &restore_id)?
    }
} waits {
    /// Poll until the restore's `status` is `state` (SUCCESS unless said) and
    /// return it. FAILED raises `WaiterError` with its `error_message`.
    fn wait(project_id: String, restore_id: String, state: &str, timeout: f64, poll_interval: Option<f64>, progress: Option<&Bound<'_, PyAny>>) (project_id, restore_id, /,) (state="SUCCESS", timeout=3600.0, poll_interval=None, progress=None,) |api, py| {
        let opts = wait_options(timeout, poll_interval)?;
        let display = super::progress::resolve(py, progress, "restore", &restore_id, state)?;
        let waiting = waiters::wait_restore(&api, &project_id, &restore_id, state, opts, super::progress::hook(display.clone()))?;
        super::progress::closing(display, waiting)
    }
});

resource!(Projects, AsyncProjects, "Projects of the organization (IAM server)." {
    /// The organization's projects (`id`, `name`, `cluster_count`, ...), across all pages.
    fn list(page_size: Option<i64>, page_token: Option<String>) () (page_size=None, page_token=None,) -> pager "listProjects" |api, _py| {
        Recipe { spec: projects::list(page_size)?, api, page_token }
    }

    /// Create a project; returns `{"id": ...}` (through the older v1beta API).
    fn create(name: String, aws_cmek_enabled: Option<bool>) () (name, aws_cmek_enabled=None,) -> call "createProject" |api, _py| {
        backups::create_project(&api, &name, aws_cmek_enabled)?
    }
} waits {
});

resource!(SqlUsers, AsyncSqlUsers, "SQL users of a cluster (IAM server); passwords never appear in a repr, a log line or an error." {
    /// The cluster's SQL users, across all pages.
    fn list(cluster_id: String, page_size: Option<i64>, page_token: Option<String>) (cluster_id, /,) (page_size=None, page_token=None,) -> pager "listSqlUsers" |api, _py| {
        Recipe { spec: sql_users::list(&cluster_id, page_size)?, api, page_token }
    }

    /// Create a SQL user with a built-in role (`"role_admin"`, `"role_readwrite"`,
    /// `"role_readonly"`) and/or custom roles. `auto_prefix=True` (Starter and
    /// Essential) puts the cluster's user prefix before the name.
    fn create(cluster_id: String, user_name: String, password: String, builtin_role: Option<String>, custom_roles: Option<&Bound<'_, PyAny>>, auth_method: &str, auto_prefix: Option<bool>) (cluster_id, /,) (user_name, password, builtin_role=None, custom_roles=None, auth_method="mysql_native_password", auto_prefix=None,) -> call "createSqlUser" |api, _py| {
        let custom_roles = custom_roles.filter(|r| !r.is_none()).map(|r| str_list(Some(r), "custom_roles")).transpose()?;
        let u = sql_users::NewSqlUser { user_name, password: Secret::new(password), auth_method: auth_method.to_owned(), builtin_role, custom_roles, auto_prefix };
        sql_users::create(&api, &cluster_id, u)?
    }

    /// One SQL user of the cluster (never its password).
    fn get(cluster_id: String, user_name: String) (cluster_id, user_name, /,) () -> call "getSqlUser" |api, _py| {
        sql_users::get(&api, &cluster_id, &user_name)?
    }

    /// Change a SQL user's roles or password.
    fn update(cluster_id: String, user_name: String, builtin_role: Option<String>, custom_roles: Option<&Bound<'_, PyAny>>, password: Option<String>) (cluster_id, user_name, /,) (builtin_role=None, custom_roles=None, password=None,) -> call "updateSqlUser" |api, _py| {
        let custom_roles = custom_roles.filter(|r| !r.is_none()).map(|r| str_list(Some(r), "custom_roles")).transpose()?;
        sql_users::update(&api, &cluster_id, &user_name, builtin_role, custom_roles, password.map(Secret::new))?
    }

    /// Drop a SQL user.
    fn delete(cluster_id: String, user_name: String) (cluster_id, user_name, /,) () -> call "deleteSqlUser" |api, _py| {
        sql_users::delete(&api, &cluster_id, &user_name)?
    }
} waits {
});

resource!(ApiKeys, AsyncApiKeys, "API keys of the organization (IAM server)." {
    /// The organization's API keys (never their secrets), across all pages; `project_id`
    /// keeps those of one project.
    fn list(project_id: Option<i64>, page_size: Option<i64>, page_token: Option<String>) () (project_id=None, page_size=None, page_token=None,) -> pager "listApiKeys" |api, _py| {
        Recipe { spec: api_keys::list(project_id, page_size)?, api, page_token }
    }

    /// Create a key with an organization role (`"org:owner"`, `"org:member"`,
    /// `"org:billing_admin"`, ...) or, for `project_id`, a project role
    /// (`"project:owner"`, `"project:dev"`, ...). The result's `secretKey`, a
    /// `SecretStr`, is shown this once only.
    fn create(display_name: String, role: String, project_id: Option<i64>) () (display_name, role, project_id=None,) -> call "createApiKey" |api, _py| {
        api_keys::create(&api, &display_name, &role, project_id)?
    }

    /// One API key by its access key (never its secret).
    fn get(access_key: String) (access_key, /,) () -> call "getApiKey" |api, _py| {
        api_keys::get(&api, &access_key)?
    }

    /// Rename a key, or give it another role (`"org:member"`, `"project:dev"`,
    /// ...) or project (`project_id=0` for the organization).
    fn update(access_key: String, display_name: Option<String>, role: Option<String>, project_id: Option<i64>) (access_key, /,) (display_name=None, role=None, project_id=None,) -> call "updateApiKey" |api, _py| {
        api_keys::update(&api, &access_key, display_name, role, project_id)?
    }

    /// Delete an API key; it stops authenticating at once. Returns None.
    fn delete(access_key: String) (access_key, /,) () -> call "deleteApiKey" |api, _py| {
        api_keys::delete(&api, &access_key)?
    }
} waits {
});

resource!(AuditLogs, AsyncAuditLogs, "Console audit logs of the organization (IAM server)." {
    /// Audit log entries, newest first. Times are ISO 8601 strings or datetimes (naive means UTC).
    fn list(start_time: Option<&Bound<'_, PyAny>>, end_time: Option<&Bound<'_, PyAny>>, event_types: Option<&Bound<'_, PyAny>>, keyword: Option<String>, page_size: Option<i64>, page_token: Option<String>) () (start_time=None, end_time=None, event_types=None, keyword=None, page_size=None, page_token=None,) -> pager "listAuditLogs" |api, py| {
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

resource!(Billing, AsyncBilling, "Bills and costs (billing server)." {
    /// The month's bill. `billed_month` is "YYYY-MM", a date or a datetime.
    fn get_monthly_bill(billed_month: &Bound<'_, PyAny>) (billed_month, /,) () -> call "getMonthlyBill" |api, py| {
        let month = super::time::billed_month(py, billed_month)?;
        billing::get_monthly_bill(&api, &month)?
    }

    /// The month's bill line by line (`{"details": [...]}`): per day, project, cluster and
    /// service. `billed_month` as for `get_monthly_bill`.
    fn get_monthly_bill_details(billed_month: &Bound<'_, PyAny>) (billed_month, /,) () -> call "getMonthlyBillDetails" |api, py| {
        let month = super::time::billed_month(py, billed_month)?;
        billing::get_monthly_bill_details(&api, &month)?
    }

    /// Costs over time. `groups={"groupBy": ["cluster", "service"],
    /// "timeGranularity": "day"}` splits each period's cost; `filter={"timeRange":
    /// {"startDate": "2025-01-01", "endDate": "2025-01-31"}, "projects": [...],
    /// "clusters": [...], "providers": [...], "services": [...]}` narrows it.
    fn query_cost_explorer(groups: Option<&Bound<'_, PyAny>>, filter: Option<&Bound<'_, PyAny>>) () (groups=None, filter=None,) -> call "queryCostExplorer" |api, _py| {
        billing::query_cost_explorer(&api, opt_dict(groups, "groups")?, opt_dict(filter, "filter")?)?
    }
} waits {
});

/// Registers every resource pair with the module, and `_operations()`, the
/// list of their operations that the stub generator and the tests read.
macro_rules! all_resources {
    ($($sync:ident / $async_:ident),* $(,)?) => {
        pub fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
            $(
                m.add_class::<$sync>()?;
                m.add_class::<$async_>()?;
            )*
            super::serverless::register_namespaces(m)?;
            m.add_function(wrap_pyfunction!(_operations, m)?)
        }

        /// (class, method, operationId, kind) of every operation: kind is
        /// "call", "pager" or "wait"; a waiter has no operationId.
        #[pyfunction]
        fn _operations() -> Vec<(&'static str, &'static str, &'static str, &'static str)> {
            let mut out = Vec::new();
            $(
                for (method, op, kind) in $sync::OPERATIONS {
                    out.push((stringify!($sync), *method, *op, *kind));
                }
            )*
            out
        }
    };
}

all_resources!(
    Clusters / AsyncClusters,
    TidbNodeGroups / AsyncTidbNodeGroups,
    PrivateEndpoints / AsyncPrivateEndpoints,
    NetworkContainers / AsyncNetworkContainers,
    VpcPeerings / AsyncVpcPeerings,
    Regions / AsyncRegions,
    Imports / AsyncImports,
    Projects / AsyncProjects,
    Backups / AsyncBackups,
    Restores / AsyncRestores,
    SqlUsers / AsyncSqlUsers,
    Integrations / AsyncIntegrations,
    ApiKeys / AsyncApiKeys,
    AuditLogs / AsyncAuditLogs,
    Billing / AsyncBilling,
    ServerlessClusters / AsyncServerlessClusters,
    ServerlessBranches / AsyncServerlessBranches,
    ServerlessExports / AsyncServerlessExports,
    ServerlessImports / AsyncServerlessImports,
    ServerlessBackups / AsyncServerlessBackups,
    ServerlessRegions / AsyncServerlessRegions,
);
