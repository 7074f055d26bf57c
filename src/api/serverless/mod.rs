//! Starter and Essential clusters (the serverless server): clusters with their
//! branches, exports, imports and backups, and the regions they run in.

pub mod audit_logging;
pub mod backups;
pub mod branches;
pub mod changefeeds;
pub mod cluster_batches;
pub mod clusters;
pub mod export_files;
pub mod exports;
pub mod imports;
pub mod migrations;
pub mod private_link;
pub mod transfers;
pub mod uploads;

use super::{fixed_request, Api, ListSpec, Pending};
use crate::error::{Error, Result};
use crate::operations as ops;

/// `view`: how much of a cluster or branch to answer (`"BASIC"` or `"FULL"`).
fn check_view(view: Option<&str>) -> Result<Option<String>> {
    match view {
        None => Ok(None),
        Some(v @ ("BASIC" | "FULL")) => Ok(Some(v.to_owned())),
        Some(v) => Err(Error::invalid(format!(
            "view must be \"BASIC\" or \"FULL\", got {v:?}"
        ))),
    }
}

/// The regions Starter and Essential clusters can run in.
pub fn list_regions() -> ListSpec {
    let op = &ops::LIST_SERVERLESS_REGIONS;
    ListSpec::of(op, fixed_request(op))
}

/// The cloud providers Starter and Essential clusters run on.
pub fn list_cloud_providers(api: &Api) -> Result<Pending> {
    api.call(fixed_request(&ops::LIST_SERVERLESS_CLOUD_PROVIDERS))
}
