//! Node instances of a Dedicated cluster (Dedicated server): each TiDB, TiKV,
//! TiFlash, PD and TiProxy node, with its size, zone and state; and the
//! cluster's log redaction policy.

use super::{check_page_size, check_skip, list_request, object, request, Api, ListSpec, Pending};
use crate::error::{Error, Result};
use crate::operations as ops;
use serde_json::Value;

/// The component types a listing may be narrowed to.
const COMPONENTS: &[&str] = &["TIDB", "TIKV", "TIFLASH", "PD", "TIPROXY"];

pub fn list(
    cluster_id: &str,
    component_type: Option<&str>,
    skip: Option<i64>,
    page_size: Option<i64>,
) -> Result<ListSpec> {
    if let Some(c) = component_type.filter(|c| !COMPONENTS.contains(c)) {
        return Err(Error::invalid(format!(
            "component_type must be one of {}, got {c:?}",
            COMPONENTS.join(", ")
        )));
    }
    let mut spec = list_request(&ops::LIST_NODE_INSTANCES, &[("cluster_id", cluster_id)])?;
    spec.request = spec
        .request
        .query_opt("componentType", component_type)
        .query_opt("skip", check_skip(skip)?)
        .query_opt("pageSize", check_page_size(page_size)?);
    Ok(spec)
}

pub fn get(api: &Api, cluster_id: &str, instance_id: &str) -> Result<Pending> {
    api.call(request(
        &ops::GET_NODE_INSTANCE,
        &[("cluster_id", cluster_id), ("instance_id", instance_id)],
    )?)
}

pub fn get_log_redaction_policy(api: &Api, cluster_id: &str) -> Result<Pending> {
    api.call(request(
        &ops::GET_LOG_REDACTION_POLICY,
        &[("cluster_id", cluster_id)],
    )?)
}

/// Turn the redaction of sensitive data in the cluster's logs on or off.
pub fn update_log_redaction_policy(
    api: &Api,
    cluster_id: &str,
    redact_log: bool,
) -> Result<Pending> {
    let req = request(
        &ops::UPDATE_LOG_REDACTION_POLICY,
        &[("cluster_id", cluster_id)],
    )?;
    api.call(req.body(object([("redactLog", Some(Value::from(redact_log)))])))
}
