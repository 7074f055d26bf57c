//! Private endpoint connections of a TiDB node group (Dedicated server): the
//! VPC endpoints a customer made to the group's private link service.

use super::{
    check_page_size, check_skip, list_request, object, request, require_text, text_opt, Api,
    ListSpec, Pending,
};
use crate::error::Result;
use crate::http::Request;
use crate::operations::{self as ops, Operation};
use serde_json::{json, Value};

/// The request of `op` on one connection of a group.
fn on_connection(
    op: &'static Operation,
    cluster_id: &str,
    group_id: &str,
    id: &str,
) -> Result<Request> {
    request(
        op,
        &[
            ("cluster_id", cluster_id),
            ("tidb_node_group_id", group_id),
            ("private_endpoint_connection_id", id),
        ],
    )
}

pub fn list(
    cluster_id: &str,
    group_id: &str,
    project_id: Option<&str>,
    cloud_provider: Option<&str>,
    skip: Option<i64>,
    page_size: Option<i64>,
) -> Result<ListSpec> {
    let mut spec = list_request(
        &ops::LIST_PRIVATE_ENDPOINT_CONNECTIONS,
        &[("cluster_id", cluster_id), ("tidb_node_group_id", group_id)],
    )?;
    spec.request = spec
        .request
        .query_opt("projectId", text_opt("project_id", project_id)?)
        .query_opt("cloudProvider", text_opt("cloud_provider", cloud_provider)?)
        .query_opt("skip", check_skip(skip)?)
        .query_opt("pageSize", check_page_size(page_size)?);
    Ok(spec)
}

/// Register the VPC endpoint `endpoint_id` (`vpce-...` on AWS) with the group;
/// on Azure, `private_ip_address` is the endpoint's address in the VNet.
pub fn create(
    api: &Api,
    cluster_id: &str,
    group_id: &str,
    endpoint_id: &str,
    private_ip_address: Option<String>,
) -> Result<Pending> {
    let req = request(
        &ops::CREATE_PRIVATE_ENDPOINT_CONNECTION,
        &[("cluster_id", cluster_id), ("tidb_node_group_id", group_id)],
    )?;
    require_text("endpoint_id", endpoint_id)?;
    if let Some(ip) = &private_ip_address {
        require_text("private_ip_address", ip)?;
    }
    let body = object([
        ("endpointId", Some(json!(endpoint_id))),
        ("privateIpAddress", private_ip_address.map(Value::from)),
    ]);
    api.call(req.body(body))
}

pub fn get(api: &Api, cluster_id: &str, group_id: &str, id: &str) -> Result<Pending> {
    api.call(on_connection(
        &ops::GET_PRIVATE_ENDPOINT_CONNECTION,
        cluster_id,
        group_id,
        id,
    )?)
}

pub fn delete(api: &Api, cluster_id: &str, group_id: &str, id: &str) -> Result<Pending> {
    api.call(on_connection(
        &ops::DELETE_PRIVATE_ENDPOINT_CONNECTION,
        cluster_id,
        group_id,
        id,
    )?)
}
