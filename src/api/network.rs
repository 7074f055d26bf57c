//! Network containers and VPC peerings (Dedicated server): the CIDR a
//! project's clusters use in a region, and peerings from a customer VPC to it.

use super::{
    check_page_size, check_skip, clusters::labels_with_project, list_request, object, request,
    require_text, text_opt, Api, ListSpec, Pending,
};
use crate::error::Result;
use crate::http::Safety;
use crate::operations::{self as ops, Operation};
use serde_json::{json, Value};

fn listing(
    op: &'static Operation,
    project_id: Option<&str>,
    cloud_provider: Option<&str>,
    skip: Option<i64>,
    page_size: Option<i64>,
) -> Result<ListSpec> {
    let mut spec = list_request(op, &[])?;
    spec.request = spec
        .request
        .query_opt("projectId", text_opt("project_id", project_id)?)
        .query_opt("cloudProvider", text_opt("cloud_provider", cloud_provider)?)
        .query_opt("skip", check_skip(skip)?)
        .query_opt("pageSize", check_page_size(page_size)?);
    Ok(spec)
}

pub fn list_network_containers(
    project_id: Option<&str>,
    cloud_provider: Option<&str>,
    skip: Option<i64>,
    page_size: Option<i64>,
) -> Result<ListSpec> {
    listing(
        &ops::LIST_NETWORK_CONTAINERS,
        project_id,
        cloud_provider,
        skip,
        page_size,
    )
}

/// A network container for `region_id`: `cidr_notation` (the region's
/// default when absent), in the project `labels["tidb.cloud/project"]` names
/// (`project_id` is a shorthand for it).
pub fn create_network_container(
    api: &Api,
    region_id: &str,
    cidr_notation: Option<String>,
    labels: Option<Value>,
    project_id: Option<String>,
    validate_only: bool,
) -> Result<Pending> {
    require_text("region_id", region_id)?;
    if let Some(c) = &cidr_notation {
        require_text("cidr_notation", c)?;
    }
    let body = object([
        ("regionId", Some(json!(region_id))),
        ("cidrNotation", cidr_notation.map(Value::from)),
        ("labels", labels_with_project(labels, project_id)?),
    ]);
    let mut req = request(&ops::CREATE_NETWORK_CONTAINER, &[])?.body(body);
    if validate_only {
        req = req.query("validateOnly", "true").safety(Safety::Idempotent);
    }
    api.call(req)
}

pub fn get_network_container(api: &Api, id: &str) -> Result<Pending> {
    api.call(request(
        &ops::GET_NETWORK_CONTAINER,
        &[("network_container_id", id)],
    )?)
}

pub fn delete_network_container(api: &Api, id: &str) -> Result<Pending> {
    api.call(request(
        &ops::DELETE_NETWORK_CONTAINER,
        &[("network_container_id", id)],
    )?)
}

pub fn list_vpc_peerings(
    project_id: Option<&str>,
    cloud_provider: Option<&str>,
    page_size: Option<i64>,
) -> Result<ListSpec> {
    listing(
        &ops::LIST_VPC_PEERINGS,
        project_id,
        cloud_provider,
        None,
        page_size,
    )
}

/// A peering request, in the service's fields.
#[derive(Debug, Clone)]
pub struct NewPeering {
    pub tidb_cloud_region_id: String,
    pub customer_region_id: Option<String>,
    pub customer_account_id: String,
    pub customer_vpc_id: String,
    pub customer_vpc_cidr: String,
}

pub fn create_vpc_peering(api: &Api, p: NewPeering) -> Result<Pending> {
    require_text("tidb_cloud_region_id", &p.tidb_cloud_region_id)?;
    require_text("customer_account_id", &p.customer_account_id)?;
    require_text("customer_vpc_id", &p.customer_vpc_id)?;
    require_text("customer_vpc_cidr", &p.customer_vpc_cidr)?;
    if let Some(r) = &p.customer_region_id {
        require_text("customer_region_id", r)?;
    }
    let body = object([
        ("tidbCloudRegionId", Some(json!(p.tidb_cloud_region_id))),
        ("customerRegionId", p.customer_region_id.map(Value::from)),
        ("customerAccountId", Some(json!(p.customer_account_id))),
        ("customerVpcId", Some(json!(p.customer_vpc_id))),
        ("customerVpcCidr", Some(json!(p.customer_vpc_cidr))),
    ]);
    api.call(request(&ops::CREATE_VPC_PEERING, &[])?.body(body))
}

pub fn get_vpc_peering(api: &Api, id: &str) -> Result<Pending> {
    api.call(request(&ops::GET_VPC_PEERING, &[("vpc_peering_id", id)])?)
}

pub fn delete_vpc_peering(api: &Api, id: &str) -> Result<Pending> {
    api.call(request(
        &ops::DELETE_VPC_PEERING,
        &[("vpc_peering_id", id)],
    )?)
}
