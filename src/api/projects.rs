//! Projects of the organization (IAM server): list.

use super::{check_page_size, ListSpec};
use crate::config::Server;
use crate::error::Result;
use crate::http::Request;
use reqwest::Method;

pub fn list(page_size: Option<i64>) -> Result<ListSpec> {
    Ok(ListSpec {
        request: Request::new(Method::GET, Server::Iam, "/projects".into())
            .query_opt("pageSize", check_page_size(page_size)?),
        items_key: "projects",
    })
}
