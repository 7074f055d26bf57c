//! Backups of Starter and Essential clusters, which the service takes on its
//! schedule; `clusters::restore` brings one back.

use crate::api::{check_page_size, list_request, request, require_text, Api, ListSpec, Pending};
use crate::error::Result;
use crate::operations as ops;

pub fn list(cluster_id: &str, page_size: Option<i64>) -> Result<ListSpec> {
    require_text("cluster_id", cluster_id)?;
    let mut spec = list_request(&ops::LIST_SERVERLESS_BACKUPS, &[])?;
    spec.request = spec
        .request
        .query("clusterId", cluster_id)
        .query_opt("pageSize", check_page_size(page_size)?);
    Ok(spec)
}

pub fn get(api: &Api, backup_id: &str) -> Result<Pending> {
    api.call(request(
        &ops::GET_SERVERLESS_BACKUP,
        &[("backup_id", backup_id)],
    )?)
}

pub fn delete(api: &Api, backup_id: &str) -> Result<Pending> {
    api.call(request(
        &ops::DELETE_SERVERLESS_BACKUP,
        &[("backup_id", backup_id)],
    )?)
}
