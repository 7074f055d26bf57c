//! Regions (Dedicated server): list regions, get one, list its node specs.

use super::{check_page_size, segment, Api, ListSpec, Pending};
use crate::config::Server;
use crate::error::Result;
use crate::http::Request;
use reqwest::Method;

pub fn list(page_size: Option<i64>) -> Result<ListSpec> {
    Ok(ListSpec {
        request: Request::new(Method::GET, Server::Dedicated, "/regions".into())
            .query_opt("pageSize", check_page_size(page_size)?),
        items_key: "regions",
    })
}

pub fn get(api: &Api, region_id: &str) -> Result<Pending> {
    let path = format!("/regions/{}", segment("region_id", region_id)?);
    api.call(Request::new(Method::GET, Server::Dedicated, path))
}

pub fn list_node_specs(region_id: &str, page_size: Option<i64>) -> Result<ListSpec> {
    let path = format!("/regions/{}/nodeSpecs", segment("region_id", region_id)?);
    Ok(ListSpec {
        request: Request::new(Method::GET, Server::Dedicated, path)
            .query_opt("pageSize", check_page_size(page_size)?),
        items_key: "nodeSpecs",
    })
}
