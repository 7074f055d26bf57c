//! The Dedicated API's core resources: clusters, their TiDB node groups,
//! regions and node specs, data imports and third-party integrations.

use super::convert::{dict_arg, from_py, opt_dict, str_list};
use super::declare::resource;
use super::pager::Recipe;
use crate::api::{
    clusters, imports, integrations, node_instances, regions, tidb_node_groups, waiters,
};
use crate::config::Secret;
use pyo3::prelude::*;

resource!(
/// TiDB Cloud Dedicated clusters.
Clusters, AsyncClusters {
    /// Clusters, across all pages (10 a page unless `page_size` says). Filters:
    /// `project_id`, `states`, `cluster_ids`, `region_ids` (lists, or
    /// comma-separated strings); `skip` passes over that many first.
    fn list(
        /;
        /// Only what belongs to this project.
        project_id: Option<String> = None,
        /// Only clusters in these states: a list, or one comma-separated str.
        states: Option<&Bound<'_, PyAny>> as "Sequence[str] | str" = None,
        /// Only these clusters: a list of ids, or one comma-separated str.
        cluster_ids: Option<&Bound<'_, PyAny>> as "Sequence[str] | str" = None,
        /// Only these regions: a list, or one comma-separated str.
        region_ids: Option<&Bound<'_, PyAny>> as "Sequence[str] | str" = None,
        /// Pass over that many items first.
        skip: Option<i64> = None,
        /// Items a page (the service's default when absent).
        page_size: Option<i64> = None,
        /// Start at this page, a token an earlier page gave.
        page_token: Option<String> = None,
    ) -> pager "listClusters" |api, _py| {
        let states = str_list(states, "states")?;
        let cluster_ids = str_list(cluster_ids, "cluster_ids")?;
        let region_ids = str_list(region_ids, "region_ids")?;
        let spec = clusters::list(
            project_id.as_deref(),
            &states,
            &cluster_ids,
            &region_ids,
            skip,
            page_size,
        )?;
        Recipe { spec, api, page_token }
    }

    /// Create a cluster. Node settings are dicts in the API's camelCase:
    /// `tidb_node_setting={"nodeSpecKey": "8C16G", "tidbNodeGroups": [{"nodeCount": 2}]}`,
    /// `tikv_node_setting={"nodeSpecKey": "8C32G", "nodeCount": 3, "storageSizeGi": 500}`.
    /// `project_id` is a shorthand for `labels["tidb.cloud/project"]`.
    fn create(
        /;
        /// The name people see.
        display_name: String,
        /// The region, such as `aws-us-east-1`.
        region_id: String,
        /// The TiDB nodes: `{"nodeSpecKey", "tidbNodeGroups": [{"nodeCount"}]}`.
        tidb_node_setting: &Bound<'_, PyAny>,
        /// The TiKV nodes: `{"nodeSpecKey", "nodeCount", "storageSizeGi"}`.
        tikv_node_setting: &Bound<'_, PyAny>,
        /// The TiFlash nodes: `{"nodeSpecKey", "nodeCount", "storageSizeGi"}`.
        tiflash_node_setting: Option<&Bound<'_, PyAny>> = None,
        /// The SQL port (4000 unless said).
        port: Option<i64> = None,
        /// Labels, a dict of str to str.
        labels: Option<&Bound<'_, PyAny>> = None,
        /// The root password, 8 to 64 characters; never shown.
        root_password: Option<String> = None,
        /// A shorthand for `labels["tidb.cloud/project"]`.
        project_id: Option<String> = None,
        /// Only check the request; change nothing.
        validate_only: bool = false,
    ) -> call "createCluster" |api, _py| {
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
    fn get(
        /// The cluster's id.
        cluster_id: String,
        /;
    ) -> call "getCluster" |api, _py| {
        clusters::get(&api, &cluster_id)?
    }

    /// Rename, relabel or resize a cluster. A node setting names what changes:
    /// `tidb_node_setting={"tidbNodeGroups": [{"tidbNodeGroupId": "...", "nodeCount": 3}]}`,
    /// `tikv_node_setting={"storageSizeGi": 1000}`.
    fn update(
        /// The cluster's id.
        cluster_id: String,
        /;
        /// The name people see.
        display_name: Option<String> = None,
        /// Labels, a dict of str to str.
        labels: Option<&Bound<'_, PyAny>> = None,
        /// The TiDB nodes: `{"nodeSpecKey", "tidbNodeGroups": [{"nodeCount"}]}`.
        tidb_node_setting: Option<&Bound<'_, PyAny>> = None,
        /// The TiKV nodes: `{"nodeSpecKey", "nodeCount", "storageSizeGi"}`.
        tikv_node_setting: Option<&Bound<'_, PyAny>> = None,
        /// The TiFlash nodes: `{"nodeSpecKey", "nodeCount", "storageSizeGi"}`.
        tiflash_node_setting: Option<&Bound<'_, PyAny>> = None,
        /// Only check the request; change nothing.
        validate_only: bool = false,
    ) -> call "updateCluster" |api, _py| {
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
    fn delete(
        /// The cluster's id.
        cluster_id: String,
        /;
        /// Only check the request; change nothing.
        validate_only: bool = false,
    ) -> call "deleteCluster" |api, _py| {
        clusters::delete(&api, &cluster_id, validate_only)?
    }

    /// Pause an ACTIVE cluster; returns it (PAUSING).
    fn pause(
        /// The cluster's id.
        cluster_id: String,
        /;
    ) -> call "pauseCluster" |api, _py| {
        clusters::pause(&api, &cluster_id)?
    }

    /// Resume a PAUSED cluster; returns it (RESUMING).
    fn resume(
        /// The cluster's id.
        cluster_id: String,
        /;
    ) -> call "resumeCluster" |api, _py| {
        clusters::resume(&api, &cluster_id)?
    }

    /// Set a new root password (8 to 64 characters); it never appears in a
    /// repr, a log line or an error.
    fn reset_root_password(
        /// The cluster's id.
        cluster_id: String,
        /;
        /// The new root password, 8 to 64 characters; never shown.
        root_password: String,
    ) -> call "resetClusterRootPassword" |api, _py| {
        let root_password = Secret::new(root_password);
        clusters::reset_root_password(&api, &cluster_id, root_password)?
    }

    /// Whether sensitive data is redacted from the cluster's logs:
    /// `{"clusterId", "redactLog"}` (true unless turned off).
    fn get_log_redaction_policy(
        /// The cluster's id.
        cluster_id: String,
        /;
    ) -> call "getLogRedactionPolicy" |api, _py| {
        node_instances::get_log_redaction_policy(&api, &cluster_id)?
    }

    /// Turn log redaction on or off (the cluster must be ACTIVE); turning it
    /// off exposes sensitive data in the logs, so turn it back on when done.
    fn update_log_redaction_policy(
        /// The cluster's id.
        cluster_id: String,
        /;
        /// True: redact sensitive data from the logs; False: keep it.
        redact_log: bool,
    ) -> call "updateLogRedactionPolicy" |api, _py| {
        node_instances::update_log_redaction_policy(&api, &cluster_id, redact_log)?
    }

    /// How many nodes of each component type (TIDB, TIKV, TIFLASH, ...) the
    /// organization may have.
    fn show_node_quota(
        /;
    ) -> call "showNodeQuota" |api, _py| {
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
    fn wait(
        /// The cluster's id.
        cluster_id: String,
        /;
        /// The state to wait for; `"DELETED"`: until it is gone.
        state: &str = "ACTIVE",
    ) until waiters::CLUSTER, timeout = 1800.0;
});

resource!(
/// TiDB node groups of a Dedicated cluster, with each group's public endpoint and private link
/// service.
TidbNodeGroups, AsyncTidbNodeGroups {
    /// The cluster's TiDB node groups (the default one too), across all pages;
    /// `skip` passes over that many first.
    fn list(
        /// The cluster's id.
        cluster_id: String,
        /;
        /// Pass over that many items first.
        skip: Option<i64> = None,
        /// Items a page (the service's default when absent).
        page_size: Option<i64> = None,
        /// Start at this page, a token an earlier page gave.
        page_token: Option<String> = None,
    ) -> pager "listTidbNodeGroups" |api, _py| {
        Recipe { spec: tidb_node_groups::list(&cluster_id, skip, page_size)?, api, page_token }
    }

    /// Add a TiDB node group of `node_count` nodes (the cluster's TiDB node
    /// size unless `node_spec_key` says); `tiproxy_setting={"nodeSpecKey":
    /// "2C4G", "nodeCount": 2}` gives it TiProxy nodes. Returns it, MODIFYING.
    fn create(
        /// The cluster's id.
        cluster_id: String,
        /;
        /// The name people see.
        display_name: String,
        /// How many TiDB nodes.
        node_count: i64,
        /// The node size; the cluster's TiDB node size when absent.
        node_spec_key: Option<String> = None,
        /// TiProxy nodes: `{"nodeSpecKey", "nodeCount"}`.
        tiproxy_setting: Option<&Bound<'_, PyAny>> = None,
        /// Only check the request; change nothing.
        validate_only: bool = false,
    ) -> call "createTidbNodeGroup" |api, _py| {
        let g = tidb_node_groups::NewGroup {
            display_name, node_count, node_spec_key,
            tiproxy_setting: opt_dict(tiproxy_setting, "tiproxy_setting")?,
        };
        tidb_node_groups::create(&api, &cluster_id, g, validate_only)?
    }

    /// One TiDB node group of the cluster (the default one too).
    fn get(
        /// The cluster's id.
        cluster_id: String,
        /// The TiDB node group's id.
        tidb_node_group_id: String,
        /;
    ) -> call "getTidbNodeGroup" |api, _py| {
        tidb_node_groups::get(&api, &cluster_id, &tidb_node_group_id)?
    }

    /// Rename a group or change its node count or TiProxy setting; a new size
    /// makes it MODIFYING until it is ACTIVE again.
    fn update(
        /// The cluster's id.
        cluster_id: String,
        /// The TiDB node group's id.
        tidb_node_group_id: String,
        /;
        /// The name people see.
        display_name: Option<String> = None,
        /// The new number of TiDB nodes.
        node_count: Option<i64> = None,
        /// TiProxy nodes: `{"nodeSpecKey", "nodeCount"}`.
        tiproxy_setting: Option<&Bound<'_, PyAny>> = None,
        /// Only check the request; change nothing.
        validate_only: bool = false,
    ) -> call "updateTidbNodeGroup" |api, _py| {
        let change = tidb_node_groups::GroupChange {
            display_name, node_count,
            tiproxy_setting: opt_dict(tiproxy_setting, "tiproxy_setting")?,
        };
        tidb_node_groups::update(&api, &cluster_id, &tidb_node_group_id, change, validate_only)?
    }

    /// Delete a group (not the default one); returns `{}`.
    fn delete(
        /// The cluster's id.
        cluster_id: String,
        /// The TiDB node group's id.
        tidb_node_group_id: String,
        /;
        /// Only check the request; change nothing.
        validate_only: bool = false,
    ) -> call "deleteTidbNodeGroup" |api, _py| {
        tidb_node_groups::delete(&api, &cluster_id, &tidb_node_group_id, validate_only)?
    }

    /// Whether the group's public endpoint is on, and who may reach it.
    fn get_public_endpoint_setting(
        /// The cluster's id.
        cluster_id: String,
        /// The TiDB node group's id.
        tidb_node_group_id: String,
        /;
    ) -> call "getPublicEndpointSetting" |api, _py| {
        tidb_node_groups::get_public_endpoint_setting(&api, &cluster_id, &tidb_node_group_id)?
    }

    /// Turn the public endpoint on or off (`enabled`), or replace its IP access
    /// list: `ip_access_list=[{"cidrNotation": "203.0.113.0/24", "description": "office"}]`.
    fn update_public_endpoint_setting(
        /// The cluster's id.
        cluster_id: String,
        /// The TiDB node group's id.
        tidb_node_group_id: String,
        /;
        /// Turn the public endpoint on (True) or off (False).
        enabled: Option<bool> = None,
        /// The addresses allowed in: `[{"cidrNotation", "description"}]`.
        ip_access_list: Option<&Bound<'_, PyAny>> = None,
        /// Only check the request; change nothing.
        validate_only: bool = false,
    ) -> call "updatePublicEndpointSetting" |api, _py| {
        let list = ip_access_list
            .filter(|l| !l.is_none())
            .map(|l| from_py(l, "ip_access_list"))
            .transpose()?;
        tidb_node_groups::update_public_endpoint_setting(
            &api,
            &cluster_id,
            &tidb_node_group_id,
            enabled,
            list,
            validate_only,
        )?
    }

    /// The private link service private endpoints connect to.
    fn get_private_link_service(
        /// The cluster's id.
        cluster_id: String,
        /// The TiDB node group's id.
        tidb_node_group_id: String,
        /;
    ) -> call "getPrivateLinkService" |api, _py| {
        tidb_node_groups::get_private_link_service(&api, &cluster_id, &tidb_node_group_id)?
    }
} waits {
    /// Poll until the group is in `state` (`"DELETED"`: until it is gone) and
    /// return it; MODIFYING keeps it waiting, and so does the old state straight
    /// after this client's resize. Raises `WaiterError` on timeout or when the
    /// state cannot be reached.
    fn wait(
        /// The cluster's id.
        cluster_id: String,
        /// The TiDB node group's id.
        tidb_node_group_id: String,
        /;
        /// The state to wait for; `"DELETED"`: until it is gone.
        state: &str = "ACTIVE",
    ) until waiters::TIDB_NODE_GROUP, timeout = 1800.0;
});

resource!(
/// Cloud regions and their node specifications.
Regions, AsyncRegions {
    /// Regions, across all pages. Filters: `cloud_provider` ("aws", "gcp",
    /// "azure", "alicloud") and `project_id`.
    fn list(
        /;
        /// Only this cloud provider's: `aws`, `gcp`, `azure` or `alicloud`.
        cloud_provider: Option<String> = None,
        /// Only the regions this project may use.
        project_id: Option<String> = None,
        /// Items a page (the service's default when absent).
        page_size: Option<i64> = None,
        /// Start at this page, a token an earlier page gave.
        page_token: Option<String> = None,
    ) -> pager "listRegions" |api, _py| {
        Recipe {
            spec: regions::list(cloud_provider.as_deref(), project_id.as_deref(), page_size)?,
            api,
            page_token,
        }
    }

    /// One region by its id, such as "aws-us-east-1".
    fn get(
        /// The region, such as `aws-us-east-1`.
        region_id: String,
        /;
    ) -> call "getRegion" |api, _py| {
        regions::get(&api, &region_id)?
    }

    /// The node specs a region offers, across all pages. Filters:
    /// `component_type` ("TIDB", "TIKV", "TIFLASH", "PD"), `cluster_id`, `project_id`.
    fn list_node_specs(
        /// The region, such as `aws-us-east-1`.
        region_id: String,
        /;
        /// Only this component's specs: `TIDB`, `TIKV`, `TIFLASH` or `PD`.
        component_type: Option<String> = None,
        /// Only the specs this cluster may use.
        cluster_id: Option<String> = None,
        /// Only the specs this project may use.
        project_id: Option<String> = None,
        /// Items a page (the service's default when absent).
        page_size: Option<i64> = None,
        /// Start at this page, a token an earlier page gave.
        page_token: Option<String> = None,
    ) -> pager "listNodeSpecs" |api, _py| {
        let spec = regions::list_node_specs(
            &region_id,
            component_type.as_deref(),
            cluster_id.as_deref(),
            project_id.as_deref(),
            page_size,
        )?;
        Recipe { spec, api, page_token }
    }

    /// The cloud providers Dedicated clusters can run on (`project_id`: in that project).
    fn show_cloud_providers(
        /;
        /// Only the providers this project may use.
        project_id: Option<String> = None,
    ) -> call "showCloudProviders" |api, _py| {
        regions::show_cloud_providers(&api, project_id.as_deref())?
    }

    /// One node spec: `get_node_spec("aws-us-east-1", "TIKV", "8C32G")`.
    fn get_node_spec(
        /// The region, such as `aws-us-east-1`.
        region_id: String,
        /// `TIDB`, `TIKV`, `TIFLASH` or `PD`.
        component_type: String,
        /// The node size, such as `8C16G`.
        node_spec_key: String,
        /;
    ) -> call "getNodeSpec" |api, _py| {
        regions::get_node_spec(&api, &region_id, &component_type, &node_spec_key)?
    }
} waits {
});

resource!(
/// Data import tasks of a cluster.
Imports, AsyncImports {
    /// The cluster's imports, across all pages (10 a page unless `page_size`
    /// says); `order_by="createTime desc"` lists the newest first.
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
    ) -> pager "listImports" |api, _py| {
        Recipe {
            spec: imports::list(&cluster_id, order_by.as_deref(), page_size)?,
            api,
            page_token,
        }
    }

    /// Start an import. `creation_details` is the service's object:
    /// `{"importOptions": {"fileType": "CSV"}, "source": {"type": "S3", "s3":
    /// {"uri": ..., "authType": "ROLE_ARN", "roleArn": ...}}}`.
    fn create(
        /// The cluster's id.
        cluster_id: String,
        /;
        /// The service's object: `importOptions` and `source`.
        creation_details: &Bound<'_, PyAny>,
    ) -> call "createImport" |api, _py| {
        imports::create(&api, &cluster_id, dict_arg(creation_details, "creation_details")?)?
    }

    /// One import of the cluster, with its `state`, `completePercent` and `message`.
    fn get(
        /// The cluster's id.
        cluster_id: String,
        /// The import's id.
        import_id: String,
        /;
    ) -> call "getImport" |api, _py| {
        imports::get(&api, &cluster_id, &import_id)?
    }

    /// Cancel a PREPARING or IMPORTING import; it goes CANCELING, then CANCELED. Returns
    /// `{}`.
    fn cancel(
        /// The cluster's id.
        cluster_id: String,
        /// The import's id.
        import_id: String,
        /;
    ) -> call "cancelImport" |api, _py| {
        imports::cancel(&api, &cluster_id, &import_id)?
    }
} waits {
    /// Poll until the import is COMPLETED and return it. FAILED or CANCELED
    /// raise `WaiterError` (with the import's `message`), as does a timeout;
    /// PREPARING, IMPORTING and CANCELING keep it waiting.
    fn wait(
        /// The cluster's id.
        cluster_id: String,
        /// The import's id.
        import_id: String,
        /;
    ) until waiters::IMPORT, timeout = 3600.0;
});

resource!(
/// Third-party integrations of a cluster.
Integrations, AsyncIntegrations {
    /// The cluster's integrations, as a list.
    fn list(
        /// The cluster's id.
        cluster_id: String,
        /;
    ) -> call "listIntegrations" |api, _py| {
        integrations::list(&api, &cluster_id)?
    }

    /// Send the cluster's metrics to a provider: `type="DATADOG"` with
    /// `datadog={"apiKey": ..., "site": "US1"}`, `type="NEWRELIC"` with
    /// `newrelic={"apiKey": ..., "site": "US_OTLP"}`, or `type="PROMETHEUS"`.
    fn create(
        /// The cluster's id.
        cluster_id: String,
        /;
        /// `DATADOG`, `NEWRELIC` or `PROMETHEUS`.
        r#type: String,
        /// `{"apiKey", "site"}` for a DATADOG integration.
        datadog: Option<&Bound<'_, PyAny>> = None,
        /// `{"apiKey", "site"}` for a NEWRELIC integration.
        newrelic: Option<&Bound<'_, PyAny>> = None,
        /// The Prometheus settings (an empty object unless the service adds some).
        prometheus: Option<&Bound<'_, PyAny>> = None,
    ) -> call "createIntegration" |api, _py| {
        let i = integrations::NewIntegration {
            kind: r#type,
            datadog: opt_dict(datadog, "datadog")?,
            newrelic: opt_dict(newrelic, "newrelic")?,
            prometheus: opt_dict(prometheus, "prometheus")?,
        };
        integrations::create(&api, &cluster_id, i)?
    }

    /// Remove an integration (its `id`); returns `{}`.
    fn delete(
        /// The cluster's id.
        cluster_id: String,
        /// The integration's id.
        id: String,
        /;
    ) -> call "deleteIntegration" |api, _py| {
        integrations::delete(&api, &cluster_id, &id)?
    }
} waits {
});
