//! Projects of the organization (IAM server): list.

use super::{check_page_size, list_request, ListSpec};
use crate::error::Result;
use crate::operations as ops;

pub fn list(page_size: Option<i64>) -> Result<ListSpec> {
    let mut spec = list_request(&ops::LIST_PROJECTS, &[])?;
    spec.request = spec
        .request
        .query_opt("pageSize", check_page_size(page_size)?);
    Ok(spec)
}
