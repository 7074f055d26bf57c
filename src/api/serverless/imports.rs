//! Imports into a Starter or Essential cluster from a bucket.

use super::{cluster_path, request};
use crate::api::{
    check_page_size, credentials, require_object, segment, text_opt, Api, ListSpec, Pending,
};
use crate::error::{Error, Result};
use reqwest::Method;
use serde_json::{json, Value};

fn import_path(cluster_id: &str, import_id: &str, verb: &str) -> Result<String> {
    cluster_path(
        cluster_id,
        &format!("/imports/{}{verb}", segment("import_id", import_id)?),
    )
}

pub fn list(cluster_id: &str, order_by: Option<&str>, page_size: Option<i64>) -> Result<ListSpec> {
    Ok(ListSpec {
        request: request(Method::GET, cluster_path(cluster_id, "/imports")?)
            .query_opt(
                "orderBy",
                text_opt("order_by", order_by)?.map(str::to_owned),
            )
            .query_opt("pageSize", check_page_size(page_size)?),
        items_key: "imports",
    })
}

/// Start an import: `import_options` (with `fileType`) and `source` (with
/// `type` and its settings), as the service takes them.
pub fn create(
    api: &Api,
    cluster_id: &str,
    import_options: Value,
    source: Value,
) -> Result<Pending> {
    let path = cluster_path(cluster_id, "/imports")?;
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
    let mut req = request(Method::POST, path).body(body);
    for s in secrets {
        req = req.secret(s);
    }
    api.call(req)
}

pub fn get(api: &Api, cluster_id: &str, import_id: &str) -> Result<Pending> {
    api.call(request(
        Method::GET,
        import_path(cluster_id, import_id, "")?,
    ))
}

pub fn cancel(api: &Api, cluster_id: &str, import_id: &str) -> Result<Pending> {
    api.call(request(
        Method::POST,
        import_path(cluster_id, import_id, ":cancel")?,
    ))
}
