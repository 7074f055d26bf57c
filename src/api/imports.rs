//! Imports (Dedicated server): list, create, get, cancel.

use super::{
    check_page_size, object, require_object, require_text, segment, Api, ListSpec, Pending,
};
use crate::config::Server;
use crate::error::Result;
use crate::http::Request;
use reqwest::Method;
use serde_json::{json, Value};

fn base(cluster_id: &str) -> Result<String> {
    Ok(format!(
        "/clusters/{}/imports",
        segment("cluster_id", cluster_id)?
    ))
}

pub fn list(cluster_id: &str, page_size: Option<i64>) -> Result<ListSpec> {
    Ok(ListSpec {
        request: Request::new(Method::GET, Server::Dedicated, base(cluster_id)?)
            .query_opt("pageSize", check_page_size(page_size)?),
        items_key: "imports",
    })
}

#[derive(Debug, Clone)]
pub struct NewImport {
    pub source_type: String,
    pub file_format: String,
    pub target_database: Option<String>,
    pub s3_source: Option<Value>,
}

pub fn create(api: &Api, cluster_id: &str, i: NewImport) -> Result<Pending> {
    let path = base(cluster_id)?;
    require_text("source_type", &i.source_type)?;
    require_text("file_format", &i.file_format)?;
    if let Some(s) = &i.s3_source {
        require_object("s3_source", s)?;
    }
    let body = object([
        ("sourceType", Some(json!(i.source_type))),
        ("fileFormat", Some(json!(i.file_format))),
        ("targetDatabase", i.target_database.map(Value::from)),
        ("s3Source", i.s3_source),
    ]);
    api.call(Request::new(Method::POST, Server::Dedicated, path).body(body))
}

pub fn get(api: &Api, cluster_id: &str, import_id: &str) -> Result<Pending> {
    let path = format!("{}/{}", base(cluster_id)?, segment("import_id", import_id)?);
    api.call(Request::new(Method::GET, Server::Dedicated, path))
}

pub fn cancel(api: &Api, cluster_id: &str, import_id: &str) -> Result<Pending> {
    let path = format!(
        "{}/{}:cancel",
        base(cluster_id)?,
        segment("import_id", import_id)?
    );
    api.call(Request::new(Method::POST, Server::Dedicated, path))
}
