//! `client.node_instances`: the nodes a Dedicated cluster runs on.

use super::declare::resource;
use super::pager::Recipe;
use crate::api::node_instances;
use pyo3::prelude::*;

resource!(
/// The node instances of a Dedicated cluster: one per TiDB, TiKV, TiFlash,
/// PD and TiProxy node.
NodeInstances, AsyncNodeInstances {
    /// The cluster's node instances, across all pages; `component_type`
    /// keeps one kind, `skip` passes over that many first.
    fn list(
        /// The cluster's id.
        cluster_id: String,
        /;
        /// Only nodes of this kind: `TIDB`, `TIKV`, `TIFLASH`, `PD` or `TIPROXY`.
        component_type: Option<String> = None,
        /// Pass over that many items first.
        skip: Option<i64> = None,
        /// Items a page (the service's default when absent).
        page_size: Option<i64> = None,
        /// Start at this page, a token an earlier page gave.
        page_token: Option<String> = None,
    ) -> pager "listNodeInstances" |api, _py| {
        let spec = node_instances::list(&cluster_id, component_type.as_deref(), skip, page_size)?;
        Recipe { spec, api, page_token }
    }

    /// One node instance: its kind, size, zone and state (`AVAILABLE`, ...).
    fn get(
        /// The cluster's id.
        cluster_id: String,
        /// The node's id, such as `tidb-0` or `tikv-2`.
        instance_id: String,
        /;
    ) -> call "getNodeInstance" |api, _py| {
        node_instances::get(&api, &cluster_id, &instance_id)?
    }
} waits {
});
