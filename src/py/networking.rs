//! Dedicated networking: private endpoint connections, network containers
//! and VPC peerings.

use super::convert::opt_dict;
use super::declare::resource;
use super::pager::Recipe;
use crate::api::{network, private_endpoints, waiters};
use pyo3::prelude::*;

resource!(
/// Private endpoint connections to a TiDB node group's private link service.
PrivateEndpoints, AsyncPrivateEndpoints {
    /// The group's private endpoint connections, across all pages. Filters:
    /// `project_id`, `cloud_provider`; `skip` passes over that many first.
    fn list(
        /// The cluster's id.
        cluster_id: String,
        /// The TiDB node group's id.
        tidb_node_group_id: String,
        /;
        /// Only what belongs to this project.
        project_id: Option<String> = None,
        /// Only this cloud provider's: `aws`, `gcp`, `azure` or `alicloud`.
        cloud_provider: Option<String> = None,
        /// Pass over that many items first.
        skip: Option<i64> = None,
        /// Items a page (the service's default when absent).
        page_size: Option<i64> = None,
        /// Start at this page, a token an earlier page gave.
        page_token: Option<String> = None,
    ) -> pager "listPrivateEndpointConnections" |api, _py| {
        let spec = private_endpoints::list(
            &cluster_id,
            &tidb_node_group_id,
            project_id.as_deref(),
            cloud_provider.as_deref(),
            skip,
            page_size,
        )?;
        Recipe { spec, api, page_token }
    }

    /// Register a VPC endpoint you made to the group's private link service:
    /// `endpoint_id` is `vpce-...` on AWS, the endpoint's name on Google Cloud,
    /// its resource ID on Azure (with `private_ip_address`). Returns it, PENDING.
    fn create(
        /// The cluster's id.
        cluster_id: String,
        /// The TiDB node group's id.
        tidb_node_group_id: String,
        /;
        /// Your endpoint: `vpce-...` on AWS, its name on GCP, its resource id on Azure.
        endpoint_id: String,
        /// The endpoint's private IP address (Azure).
        private_ip_address: Option<String> = None,
    ) -> call "createPrivateEndpointConnection" |api, _py| {
        private_endpoints::create(
            &api,
            &cluster_id,
            &tidb_node_group_id,
            &endpoint_id,
            private_ip_address,
        )?
    }

    /// One private endpoint connection, with its `endpointState`.
    fn get(
        /// The cluster's id.
        cluster_id: String,
        /// The TiDB node group's id.
        tidb_node_group_id: String,
        /// The private endpoint connection's id.
        private_endpoint_connection_id: String,
        /;
    ) -> call "getPrivateEndpointConnection" |api, _py| {
        private_endpoints::get(
            &api,
            &cluster_id,
            &tidb_node_group_id,
            &private_endpoint_connection_id,
        )?
    }

    /// Remove the connection; returns `{}`.
    fn delete(
        /// The cluster's id.
        cluster_id: String,
        /// The TiDB node group's id.
        tidb_node_group_id: String,
        /// The private endpoint connection's id.
        private_endpoint_connection_id: String,
        /;
    ) -> call "deletePrivateEndpointConnection" |api, _py| {
        private_endpoints::delete(
            &api,
            &cluster_id,
            &tidb_node_group_id,
            &private_endpoint_connection_id,
        )?
    }
} waits {
    /// Poll until the connection's `endpointState` is `state` (ACTIVE unless
    /// said; `"DELETED"`: until it is gone) and return it. FAILED raises
    /// `WaiterError` with the connection's `message`.
    fn wait(
        /// The cluster's id.
        cluster_id: String,
        /// The TiDB node group's id.
        tidb_node_group_id: String,
        /// The private endpoint connection's id.
        private_endpoint_connection_id: String,
        /;
        /// The state to wait for; `"DELETED"`: until it is gone.
        state: &str = "ACTIVE",
    ) until waiters::PRIVATE_ENDPOINT, timeout = 1800.0;
});

resource!(
/// Network containers: the CIDR a project's Dedicated clusters use in a region.
NetworkContainers, AsyncNetworkContainers {
    /// Network containers, across all pages. Filters: `project_id`,
    /// `cloud_provider`; `skip` passes over that many first.
    fn list(
        /;
        /// Only what belongs to this project.
        project_id: Option<String> = None,
        /// Only this cloud provider's: `aws`, `gcp`, `azure` or `alicloud`.
        cloud_provider: Option<String> = None,
        /// Pass over that many items first.
        skip: Option<i64> = None,
        /// Items a page (the service's default when absent).
        page_size: Option<i64> = None,
        /// Start at this page, a token an earlier page gave.
        page_token: Option<String> = None,
    ) -> pager "listNetworkContainers" |api, _py| {
        let spec = network::list_network_containers(
            project_id.as_deref(),
            cloud_provider.as_deref(),
            skip,
            page_size,
        )?;
        Recipe { spec, api, page_token }
    }

    /// Set the CIDR for a region (`cidr_notation`, the region's default when
    /// absent), in the project of `labels["tidb.cloud/project"]` or
    /// `project_id` (the default project otherwise).
    fn create(
        /;
        /// The region, such as `aws-us-east-1`.
        region_id: String,
        /// The CIDR block, such as `172.16.0.0/21`; the region's default when absent.
        cidr_notation: Option<String> = None,
        /// Labels, a dict of str to str.
        labels: Option<&Bound<'_, PyAny>> = None,
        /// The project, when `labels` does not name it (the default project otherwise).
        project_id: Option<String> = None,
        /// Only check the request; change nothing.
        validate_only: bool = false,
    ) -> call "createNetworkContainer" |api, _py| {
        network::create_network_container(
            &api,
            &region_id,
            cidr_notation,
            opt_dict(labels, "labels")?,
            project_id,
            validate_only,
        )?
    }

    /// One network container by its id.
    fn get(
        /// The network container's id.
        network_container_id: String,
        /;
    ) -> call "getNetworkContainer" |api, _py| {
        network::get_network_container(&api, &network_container_id)?
    }

    /// Delete a network container no cluster or VPC peering uses; returns `{}`.
    fn delete(
        /// The network container's id.
        network_container_id: String,
        /;
    ) -> call "deleteNetworkContainer" |api, _py| {
        network::delete_network_container(&api, &network_container_id)?
    }
} waits {
});

resource!(
/// VPC peerings between your VPCs and a project's network container.
VpcPeerings, AsyncVpcPeerings {
    /// VPC peerings, across all pages. Filters: `project_id`, `cloud_provider`.
    fn list(
        /;
        /// Only what belongs to this project.
        project_id: Option<String> = None,
        /// Only this cloud provider's: `aws`, `gcp`, `azure` or `alicloud`.
        cloud_provider: Option<String> = None,
        /// Items a page (the service's default when absent).
        page_size: Option<i64> = None,
        /// Start at this page, a token an earlier page gave.
        page_token: Option<String> = None,
    ) -> pager "listVpcPeerings" |api, _py| {
        let spec = network::list_vpc_peerings(
            project_id.as_deref(),
            cloud_provider.as_deref(),
            page_size,
        )?;
        Recipe { spec, api, page_token }
    }

    /// Peer your VPC (`customer_vpc_id`, `customer_vpc_cidr`, in
    /// `customer_account_id` and, on AWS, `customer_region_id`) with the
    /// network container of `tidb_cloud_region_id`. Returns it, PENDING until
    /// you accept it on your side.
    fn create(
        /;
        /// The region of the project's network container.
        tidb_cloud_region_id: String,
        /// Your cloud account (AWS account, GCP project) id.
        customer_account_id: String,
        /// Your VPC's id (AWS) or network name (GCP).
        customer_vpc_id: String,
        /// Your VPC's CIDR block.
        customer_vpc_cidr: String,
        /// Your VPC's region (AWS only).
        customer_region_id: Option<String> = None,
    ) -> call "createVpcPeering" |api, _py| {
        let p = network::NewPeering {
            tidb_cloud_region_id,
            customer_region_id,
            customer_account_id,
            customer_vpc_id,
            customer_vpc_cidr,
        };
        network::create_vpc_peering(&api, p)?
    }

    /// One VPC peering by its id, with its `state`.
    fn get(
        /// The VPC peering's id.
        vpc_peering_id: String,
        /;
    ) -> call "getVpcPeering" |api, _py| {
        network::get_vpc_peering(&api, &vpc_peering_id)?
    }

    /// Delete a peering; returns `{}`.
    fn delete(
        /// The VPC peering's id.
        vpc_peering_id: String,
        /;
    ) -> call "deleteVpcPeering" |api, _py| {
        network::delete_vpc_peering(&api, &vpc_peering_id)?
    }
} waits {
    /// Poll until the peering is in `state` (ACTIVE unless said; `"DELETED"`:
    /// until it is gone) and return it. FAILED raises `WaiterError`.
    fn wait(
        /// The VPC peering's id.
        vpc_peering_id: String,
        /;
        /// The state to wait for; `"DELETED"`: until it is gone.
        state: &str = "ACTIVE",
    ) until waiters::VPC_PEERING, timeout = 1800.0;
});
