//! Imports into a Starter or Essential cluster from a bucket.

use crate::api::{
    check_page_size, credentials, list_request, request, require_object, text_opt, Api, ListSpec,
    Pending,
};
use crate::error::{Error, Result};
use crate::operations as ops;
use serde_json::{json, Value};

pub fn list(cluster_id: &str, order_by: Option<&str>, page_size: Option<i64>) -> Result<ListSpec> {
    let mut spec = list_request(&ops::LIST_SERVERLESS_IMPORTS, &[("cluster_id", cluster_id)])?;
    spec.request = spec
        .request
        .query_opt(
            "orderBy",
            text_opt("order_by", order_by)?.map(str::to_owned),
        )
        .query_opt("pageSize", check_page_size(page_size)?);
    Ok(spec)
}

/// Start an import: `import_options` (with `fileType`) and `source` (with
/// `type` and its settings), as the service takes them.
pub fn create(
    api: &Api,
    cluster_id: &str,
    import_options: Value,
    source: Value,
) -> Result<Pending> {
    let req = request(
        &ops::CREATE_SERVERLESS_IMPORT,
        &[("cluster_id", cluster_id)],
    )?;
    require_object("import_options", &import_options)?;
    require_object("source", &source)?;
    if !import_options.get("fileType").is_some_and(Value::is_string) {
        return Err(Error::invalid("import_options needs \"fileType\", a str"));
    }
    if !source.get("type").is_some_and(Value::is_string) {
        return Err(Error::invalid("source needs \"type\", a str"));
    }
    let secrets = credentials(&source, crate::api::imports::CREDENTIALS);
    let body = json!({ "importOptions": import_options, "source": source });
    let mut req = req.body(body);
    for s in secrets {
        req = req.secret(s);
    }
    api.call(req)
}

pub fn get(api: &Api, cluster_id: &str, import_id: &str) -> Result<Pending> {
    api.call(request(
        &ops::GET_SERVERLESS_IMPORT,
        &[("cluster_id", cluster_id), ("import_id", import_id)],
    )?)
}

pub fn cancel(api: &Api, cluster_id: &str, import_id: &str) -> Result<Pending> {
    api.call(request(
        &ops::CANCEL_SERVERLESS_IMPORT,
        &[("cluster_id", cluster_id), ("import_id", import_id)],
    )?)
}
