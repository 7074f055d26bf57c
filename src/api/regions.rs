//! Regions (Dedicated server): list regions, get one, list its node specs.

use super::{check_page_size, list_request, request, text_opt, Api, ListSpec, Pending};
use crate::error::Result;
use crate::operations as ops;

/// Regions, filtered by `cloud_provider` (aws, gcp, azure, alicloud) and
/// `project_id` as the service does.
pub fn list(
    cloud_provider: Option<&str>,
    project_id: Option<&str>,
    page_size: Option<i64>,
) -> Result<ListSpec> {
    let mut spec = list_request(&ops::LIST_REGIONS, &[])?;
    spec.request = spec
        .request
        .query_opt("cloudProvider", text_opt("cloud_provider", cloud_provider)?)
        .query_opt("projectId", text_opt("project_id", project_id)?)
        .query_opt("pageSize", check_page_size(page_size)?);
    Ok(spec)
}

pub fn get(api: &Api, region_id: &str) -> Result<Pending> {
    api.call(request(&ops::GET_REGION, &[("region_id", region_id)])?)
}

/// Node specs of a region, filtered by `component_type` (TIDB, TIKV, TIFLASH,
/// PD), `cluster_id` and `project_id` as the service does.
pub fn list_node_specs(
    region_id: &str,
    component_type: Option<&str>,
    cluster_id: Option<&str>,
    project_id: Option<&str>,
    page_size: Option<i64>,
) -> Result<ListSpec> {
    let mut spec = list_request(&ops::LIST_NODE_SPECS, &[("region_id", region_id)])?;
    spec.request = spec
        .request
        .query_opt("componentType", text_opt("component_type", component_type)?)
        .query_opt("clusterId", text_opt("cluster_id", cluster_id)?)
        .query_opt("projectId", text_opt("project_id", project_id)?)
        .query_opt("pageSize", check_page_size(page_size)?);
    Ok(spec)
}

/// The cloud providers Dedicated clusters can run on.
pub fn show_cloud_providers(api: &Api, project_id: Option<&str>) -> Result<Pending> {
    let req = request(&ops::SHOW_CLOUD_PROVIDERS, &[])?
        .query_opt("projectId", text_opt("project_id", project_id)?);
    api.call(req)
}

/// One node spec of a region, by component type and key.
pub fn get_node_spec(
    api: &Api,
    region_id: &str,
    component_type: &str,
    node_spec_key: &str,
) -> Result<Pending> {
    api.call(request(
        &ops::GET_NODE_SPEC,
        &[
            ("region_id", region_id),
            ("component_type", component_type),
            ("node_spec_key", node_spec_key),
        ],
    )?)
}
