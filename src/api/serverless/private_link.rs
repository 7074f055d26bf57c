//! Private link connections of a Starter or Essential cluster: a way from the
//! cluster to an endpoint service of the user's (AWS or Alibaba Cloud), the
//! availability zones it can use, and the domains attached to it.

use crate::api::{
    check_page_size, list_request, object, request, require_object, require_text, Api, ListSpec,
    Pending,
};
use crate::error::{Error, Result};
use crate::http::Request;
use crate::operations::{self as ops, Operation};
use serde_json::{json, Value};

/// Every state a connection can be in.
pub const STATES: &[&str] = &[
    "CREATING",
    "ACTIVE",
    "FAILED",
    "PENDING_ACCEPTANCE",
    "DELETING",
];

/// The endpoint service types, each with the field that describes its service.
const TYPES: &[(&str, &str)] = &[
    ("AWS_ENDPOINT_SERVICE", "aws_endpoint_service"),
    ("ALICLOUD_ENDPOINT_SERVICE", "alicloud_endpoint_service"),
];

const DOMAIN_TYPES: &[&str] = &["TIDBCLOUD_MANAGED", "CONFLUENT"];

/// The request of `op` on one connection of a cluster.
fn on_connection(op: &'static Operation, cluster_id: &str, id: &str) -> Result<Request> {
    request(
        op,
        &[
            ("cluster_id", cluster_id),
            ("private_link_connection_id", id),
        ],
    )
}

fn one_of(name: &str, v: &str, allowed: &[&str]) -> Result<()> {
    if allowed.contains(&v) {
        Ok(())
    } else {
        Err(Error::invalid(format!(
            "{name} must be one of {}, got {v:?}",
            allowed.join(", ")
        )))
    }
}

pub fn list(cluster_id: &str, state: Option<&str>, page_size: Option<i64>) -> Result<ListSpec> {
    let mut spec = list_request(
        &ops::LIST_PRIVATE_LINK_CONNECTIONS,
        &[("cluster_id", cluster_id)],
    )?;
    if let Some(s) = state {
        one_of("state", s, STATES)?;
    }
    spec.request = spec
        .request
        .query_opt("state", state.map(str::to_owned))
        .query_opt("pageSize", check_page_size(page_size)?);
    Ok(spec)
}

/// What a create sends: the connection's writable fields.
pub struct NewConnection {
    pub display_name: String,
    /// `AWS_ENDPOINT_SERVICE` or `ALICLOUD_ENDPOINT_SERVICE`; `None`: the type
    /// of the one endpoint service given.
    pub r#type: Option<String>,
    pub aws_endpoint_service: Option<Value>,
    pub alicloud_endpoint_service: Option<Value>,
}

/// The connection's type, from `type` or from the one service described;
/// the service of the type must be there, and no other.
fn connection_type(c: &NewConnection) -> Result<&'static str> {
    let given: Vec<&str> = [
        (TYPES[0].0, &c.aws_endpoint_service),
        (TYPES[1].0, &c.alicloud_endpoint_service),
    ]
    .iter()
    .filter(|(_, v)| v.is_some())
    .map(|(t, _)| *t)
    .collect();
    let ty =
        match (&c.r#type, given.as_slice()) {
            (Some(t), _) => {
                one_of("type", t, &[TYPES[0].0, TYPES[1].0])?;
                TYPES
                    .iter()
                    .map(|(t, _)| *t)
                    .find(|x| x == t)
                    .unwrap_or(TYPES[0].0)
            }
            (None, [one]) => *one,
            (None, _) => return Err(Error::invalid(
                "create takes aws_endpoint_service= or alicloud_endpoint_service= (one of them)",
            )),
        };
    let field = TYPES.iter().find(|(t, _)| *t == ty).map_or("", |(_, f)| *f);
    if given != [ty] {
        return Err(Error::invalid(format!(
            "a connection of type {ty} takes {field}= and no other endpoint service"
        )));
    }
    Ok(ty)
}

/// Connect the cluster to an endpoint service of the user's.
pub fn create(api: &Api, cluster_id: &str, c: NewConnection) -> Result<Pending> {
    let req = request(
        &ops::CREATE_PRIVATE_LINK_CONNECTION,
        &[("cluster_id", cluster_id)],
    )?;
    require_text("display_name", &c.display_name)?;
    for (name, v) in [
        ("aws_endpoint_service", &c.aws_endpoint_service),
        ("alicloud_endpoint_service", &c.alicloud_endpoint_service),
    ] {
        if let Some(v) = v {
            require_object(name, v)?;
            let named = v.get("name").and_then(Value::as_str);
            if named.is_none_or(|n| n.trim().is_empty()) {
                return Err(Error::invalid(format!(
                    "{name} needs \"name\", the endpoint service's name"
                )));
            }
        }
    }
    let ty = connection_type(&c)?;
    let connection = object([
        ("clusterId", Some(json!(cluster_id))),
        ("displayName", Some(json!(c.display_name))),
        ("type", Some(json!(ty))),
        ("awsEndpointService", c.aws_endpoint_service),
        ("alicloudEndpointService", c.alicloud_endpoint_service),
    ]);
    api.call(req.body(json!({ "privateLinkConnection": connection })))
}

pub fn get(api: &Api, cluster_id: &str, id: &str) -> Result<Pending> {
    api.call(on_connection(
        &ops::GET_PRIVATE_LINK_CONNECTION,
        cluster_id,
        id,
    )?)
}

pub fn delete(api: &Api, cluster_id: &str, id: &str) -> Result<Pending> {
    api.call(on_connection(
        &ops::DELETE_PRIVATE_LINK_CONNECTION,
        cluster_id,
        id,
    )?)
}

/// The account and availability zones an endpoint service must offer for the
/// cluster to connect to it.
pub fn get_availability_zones(api: &Api, cluster_id: &str) -> Result<Pending> {
    api.call(request(
        &ops::GET_PRIVATE_LINK_AVAILABILITY_ZONES,
        &[("cluster_id", cluster_id)],
    )?)
}

/// Attach domains of `type` (named by `unique_name`) to a connection;
/// `validate_only` answers the domains without attaching them.
pub fn attach_domains(
    api: &Api,
    cluster_id: &str,
    id: &str,
    r#type: &str,
    unique_name: Option<&str>,
    validate_only: bool,
) -> Result<Pending> {
    let req = on_connection(&ops::ATTACH_PRIVATE_LINK_DOMAINS, cluster_id, id)?;
    one_of("type", r#type, DOMAIN_TYPES)?;
    match unique_name {
        Some(n) => require_text("unique_name", n)?,
        // Only the service's own domains can be named by the service, and
        // only in a dry run.
        None if r#type == "TIDBCLOUD_MANAGED" && validate_only => {}
        None => {
            return Err(Error::invalid(format!(
                "unique_name is required (it may be left out only for TIDBCLOUD_MANAGED \
                 with validate_only=True), type {type}",
                type = r#type
            )))
        }
    }
    let domain = object([
        ("type", Some(json!(r#type))),
        ("uniqueName", unique_name.map(Value::from)),
    ]);
    let body = object([
        ("attachDomain", Some(domain)),
        ("validateOnly", validate_only.then_some(json!(true))),
    ]);
    api.call(req.body(body))
}

/// Detach the domains attached as `attach_domain_id`.
pub fn detach_domains(
    api: &Api,
    cluster_id: &str,
    id: &str,
    attach_domain_id: &str,
) -> Result<Pending> {
    let req = on_connection(&ops::DETACH_PRIVATE_LINK_DOMAINS, cluster_id, id)?;
    require_text("attach_domain_id", attach_domain_id)?;
    api.call(req.body(json!({ "attachDomainId": attach_domain_id })))
}
