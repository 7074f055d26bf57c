//! Exports of a Starter or Essential cluster's data to files, locally or to
//! a bucket.

use super::{cluster_path, request};
use crate::api::{
    check_page_size, credentials, object, require_object, segment, text_opt, Api, ListSpec, Pending,
};
use crate::error::Result;
use reqwest::Method;
use serde_json::Value;

fn export_path(cluster_id: &str, export_id: &str, verb: &str) -> Result<String> {
    cluster_path(
        cluster_id,
        &format!("/exports/{}{verb}", segment("export_id", export_id)?),
    )
}

pub fn list(cluster_id: &str, order_by: Option<&str>, page_size: Option<i64>) -> Result<ListSpec> {
    Ok(ListSpec {
        request: request(Method::GET, cluster_path(cluster_id, "/exports")?)
            .query_opt(
                "orderBy",
                text_opt("order_by", order_by)?.map(str::to_owned),
            )
            .query_opt("pageSize", check_page_size(page_size)?),
        items_key: "exports",
    })
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
    let path = cluster_path(cluster_id, "/exports")?;
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
    let mut req = request(Method::POST, path).body(body);
    for s in secrets {
        req = req.secret(s);
    }
    api.call(req)
}

pub fn get(api: &Api, cluster_id: &str, export_id: &str) -> Result<Pending> {
    api.call(request(
        Method::GET,
        export_path(cluster_id, export_id, "")?,
    ))
}

pub fn delete(api: &Api, cluster_id: &str, export_id: &str) -> Result<Pending> {
    api.call(request(
        Method::DELETE,
        export_path(cluster_id, export_id, "")?,
    ))
}

pub fn cancel(api: &Api, cluster_id: &str, export_id: &str) -> Result<Pending> {
    api.call(request(
        Method::POST,
        export_path(cluster_id, export_id, ":cancel")?,
    ))
}
