//! Starter and Essential clusters (the serverless server): clusters with their
//! branches, exports, imports and backups, and the regions they run in.

pub mod backups;
pub mod branches;
pub mod clusters;
pub mod exports;
pub mod imports;

use super::{segment, ListSpec};
use crate::config::Server;
use crate::error::{Error, Result};
use crate::http::Request;
use reqwest::Method;

fn request(method: Method, path: String) -> Request {
    Request::new(method, Server::Serverless, path)
}

/// `/clusters/{id}` and what lies below it.
fn cluster_path(cluster_id: &str, rest: &str) -> Result<String> {
    Ok(format!(
        "/clusters/{}{rest}",
        segment("cluster_id", cluster_id)?
    ))
}

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
    ListSpec {
        request: request(Method::GET, "/regions".into()),
        items_key: "regions",
    }
}
