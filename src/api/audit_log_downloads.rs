//! Audit-log files of a cluster, brought to a directory, on either tier: the
//! files are listed (all pages), their download URLs asked for (a URL a
//! file on Dedicated, up to 100 a request on Starter and Essential), and
//! the bytes fetched by the shared transfer (`transfer::fetch_files`).

use super::paging::{take_items, Paginator};
use super::transfer::{fetch_files, Destination, Listed, Report};
use super::{audit_logging, serverless, Api, Pending};
use crate::error::Result;
use serde_json::{json, Value};

/// Every item of a listing.
async fn all_items(api: &Api, spec: super::ListSpec) -> Result<Vec<Value>> {
    let key = spec.items_key;
    let mut pages = Paginator::new(spec, None);
    let mut out = Vec::new();
    while let Some(mut page) = pages.next_page(api).await? {
        out.extend(take_items(&mut page, key)?);
    }
    Ok(out)
}

/// A Dedicated cluster's files, created between `start_time` and `end_time`
/// when given.
pub fn dedicated(
    api: &Api,
    cluster_id: &str,
    (start_time, end_time): (Option<&str>, Option<&str>),
    to: Destination,
    on: Report,
) -> Result<Pending> {
    to.check()?;
    let listing = audit_logging::query_files(cluster_id, start_time, end_time, None, None)?;
    let (api, cluster_id) = (api.clone(), cluster_id.to_owned());
    Ok(Pending::new(async move {
        let mut files = Vec::new();
        for mut f in all_items(&api, listing).await? {
            let uri = f["uri"].as_str().unwrap_or_default();
            let mut address =
                audit_logging::generate_download_address(&api, &cluster_id, uri)?.await?;
            f["url"] = address["downloadAddress"].take();
            files.push(Listed::read(&f, "filename", "sizeByte", "url")?);
        }
        fetch_files(&api, files, &to, on, json!({ "clusterId": cluster_id })).await
    }))
}

/// A Starter or Essential cluster's files (of one UTC day `date`, when given).
pub fn serverless(
    api: &Api,
    cluster_id: &str,
    date: Option<&str>,
    to: Destination,
    on: Report,
) -> Result<Pending> {
    to.check()?;
    let listing = serverless::audit_logging::list_files(cluster_id, date, None)?;
    let (api, cluster_id) = (api.clone(), cluster_id.to_owned());
    Ok(Pending::new(async move {
        let names: Vec<String> = all_items(&api, listing)
            .await?
            .iter()
            .filter_map(|f| f["name"].as_str().map(str::to_owned))
            .collect();
        let mut files = Vec::new();
        for chunk in names.chunks(serverless::audit_logging::MAX_DOWNLOADS) {
            let answer =
                serverless::audit_logging::download_files(&api, &cluster_id, chunk.to_vec())?
                    .await?;
            for f in answer["auditLogFiles"].as_array().into_iter().flatten() {
                files.push(Listed::read(f, "name", "sizeBytes", "url")?);
            }
        }
        fetch_files(&api, files, &to, on, json!({ "clusterId": cluster_id })).await
    }))
}
