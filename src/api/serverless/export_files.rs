//! The files a finished export left with the service (a LOCAL export), and
//! expiring URLs to download them.

use crate::api::{check_page_size, list_request, request, require_text, Api, ListSpec, Pending};
use crate::error::{Error, Result};
use crate::http::Request;
use crate::operations::{self as ops, Operation};
use serde_json::json;

/// The request of `op` on one export of a cluster.
fn on_export(op: &'static Operation, cluster_id: &str, export_id: &str) -> Result<Request> {
    request(op, &[("cluster_id", cluster_id), ("export_id", export_id)])
}

/// The export's files (name and size), with a download URL each when
/// `generate_url`.
pub fn list_files(
    cluster_id: &str,
    export_id: &str,
    generate_url: bool,
    page_size: Option<i64>,
) -> Result<ListSpec> {
    let mut spec = list_request(
        &ops::LIST_EXPORT_FILES,
        &[("cluster_id", cluster_id), ("export_id", export_id)],
    )?;
    spec.request = spec
        .request
        .query_opt("generateUrl", generate_url.then_some("true"))
        .query_opt("pageSize", check_page_size(page_size)?);
    Ok(spec)
}

/// Download URLs of the files named.
pub fn download_files(
    api: &Api,
    cluster_id: &str,
    export_id: &str,
    file_names: Vec<String>,
) -> Result<Pending> {
    let req = on_export(&ops::DOWNLOAD_EXPORT_FILES, cluster_id, export_id)?;
    if file_names.is_empty() {
        return Err(Error::invalid("file_names must name at least one file"));
    }
    for n in &file_names {
        require_text("file_names", n)?;
    }
    api.call(req.body(json!({ "fileNames": file_names })))
}

/// Download URLs of every file of the export.
pub fn download_urls(api: &Api, cluster_id: &str, export_id: &str) -> Result<Pending> {
    let req = on_export(&ops::DOWNLOAD_EXPORT, cluster_id, export_id)?;
    api.call(req.body(json!({})))
}
