//! Private endpoint connections of a TiDB node group (Dedicated server): the
//! VPC endpoints a customer made to the group's private link service.

use super::{
    check_page_size, check_skip, object, require_text, segment, text_opt, Api, ListSpec, Pending,
};
use crate::config::Server;
use crate::error::Result;
use crate::http::Request;
use reqwest::Method;
use serde_json::{json, Value};

fn base(cluster_id: &str, group_id: &str) -> Result<String> {
    Ok(format!(
        "/clusters/{}/tidbNodeGroups/{}/privateEndpointConnections",
        segment("cluster_id", cluster_id)?,
        segment("tidb_node_group_id", group_id)?
    ))
}

fn one(cluster_id: &str, group_id: &str, id: &str) -> Result<String> {
    Ok(format!(
        "{}/{}",
        base(cluster_id, group_id)?,
        segment("private_endpoint_connection_id", id)?
    ))
}

pub fn list(
    cluster_id: &str,
    group_id: &str,
    project_id: Option<&str>,
    cloud_provider: Option<&str>,
    skip: Option<i64>,
    page_size: Option<i64>,
) -> Result<ListSpec> {
    Ok(ListSpec {
        request: Request::new(Method::GET, Server::Dedicated, base(cluster_id, group_id)?)
            .query_opt("projectId", text_opt("project_id", project_id)?)
            .query_opt("cloudProvider", text_opt("cloud_provider", cloud_provider)?)
            .query_opt("skip", check_skip(skip)?)
            .query_opt("pageSize", check_page_size(page_size)?),
        items_key: "privateEndpointConnections",
    })
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
    let path = base(cluster_id, group_id)?;
    require_text("endpoint_id", endpoint_id)?;
    if let Some(ip) = &private_ip_address {
        require_text("private_ip_address", ip)?;
    }
    let body = object([
        ("tidbNodeGroupId", Some(json!(group_id))),
        ("endpointId", Some(json!(endpoint_id))),
        ("privateIpAddress", private_ip_address.map(Value::from)),
    ]);
    api.call(Request::new(Method::POST, Server::Dedicated, path).body(body))
}

pub fn get(api: &Api, cluster_id: &str, group_id: &str, id: &str) -> Result<Pending> {
    api.call(Request::new(
        Method::GET,
        Server::Dedicated,
        one(cluster_id, group_id, id)?,
    ))
}

pub fn delete(api: &Api, cluster_id: &str, group_id: &str, id: &str) -> Result<Pending> {
    api.call(Request::new(
        Method::DELETE,
        Server::Dedicated,
        one(cluster_id, group_id, id)?,
    ))
}
