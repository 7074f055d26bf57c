//! Exports of a Starter or Essential cluster's data to files, locally or to
//! a bucket.

use crate::api::{
    check_page_size, credentials, list_request, object, request, require_object, text_opt, Api,
    ListSpec, Pending,
};
use crate::error::Result;
use crate::http::Request;
use crate::operations::{self as ops, Operation};
use serde_json::Value;

/// The request of `op` on one export of a cluster.
fn on_export(op: &'static Operation, cluster_id: &str, export_id: &str) -> Result<Request> {
    request(op, &[("cluster_id", cluster_id), ("export_id", export_id)])
}

pub fn list(cluster_id: &str, order_by: Option<&str>, page_size: Option<i64>) -> Result<ListSpec> {
    let mut spec = list_request(&ops::LIST_EXPORTS, &[("cluster_id", cluster_id)])?;
    spec.request = spec
        .request
        .query_opt(
            "orderBy",
            text_opt("order_by", order_by)?.map(str::to_owned),
        )
        .query_opt("pageSize", check_page_size(page_size)?);
    Ok(spec)
}

/// Start an export. Without a `target` the files stay with the service for
/// download (`LOCAL`); `export_options` picks the file type, compression and
/// what to export.
pub fn create(
    api: &Api,
    cluster_id: &str,
    display_name: Option<String>,
    export_options: Option<Value>,
    target: Option<Value>,
) -> Result<Pending> {
    let req = request(&ops::CREATE_EXPORT, &[("cluster_id", cluster_id)])?;
    if let Some(t) = &target {
        require_object("target", t)?;
    }
    if let Some(o) = &export_options {
        require_object("export_options", o)?;
    }
    let secrets = target
        .as_ref()
        .map(|t| credentials(t, crate::api::imports::CREDENTIALS))
        .unwrap_or_default();
    let body = object([
        ("displayName", display_name.map(Value::from)),
        ("exportOptions", export_options),
        ("target", target),
    ]);
    let mut req = req.body(body);
    for s in secrets {
        req = req.secret(s);
    }
    api.call(req)
}

pub fn get(api: &Api, cluster_id: &str, export_id: &str) -> Result<Pending> {
    api.call(on_export(&ops::GET_EXPORT, cluster_id, export_id)?)
}

pub fn delete(api: &Api, cluster_id: &str, export_id: &str) -> Result<Pending> {
    api.call(on_export(&ops::DELETE_EXPORT, cluster_id, export_id)?)
}

pub fn cancel(api: &Api, cluster_id: &str, export_id: &str) -> Result<Pending> {
    api.call(on_export(&ops::CANCEL_EXPORT, cluster_id, export_id)?)
}
