//! Backups of Starter and Essential clusters, which the service takes on its
//! schedule; `clusters::restore` brings one back.

use super::request;
use crate::api::{check_page_size, require_text, segment, Api, ListSpec, Pending};
use crate::error::Result;
use reqwest::Method;

pub fn list(cluster_id: &str, page_size: Option<i64>) -> Result<ListSpec> {
    require_text("cluster_id", cluster_id)?;
    Ok(ListSpec {
        request: request(Method::GET, "/backups".into())
            .query("clusterId", cluster_id)
            .query_opt("pageSize", check_page_size(page_size)?),
        items_key: "backups",
    })
}

fn path(backup_id: &str) -> Result<String> {
    Ok(format!("/backups/{}", segment("backup_id", backup_id)?))
}

pub fn get(api: &Api, backup_id: &str) -> Result<Pending> {
    api.call(request(Method::GET, path(backup_id)?))
}

pub fn delete(api: &Api, backup_id: &str) -> Result<Pending> {
    api.call(request(Method::DELETE, path(backup_id)?))
}
