//! Paging with the same filters on every page. The current servers page by
//! token: follow `nextPageToken` until it is empty; a token that comes back
//! twice is an error, not a loop. The older v1beta API pages by number
//! (`page`, `page_size`, and `total` in each answer): ask for the next page
//! until `total` items have come or a page comes back short.

use super::Api;
use crate::error::{Error, Result};
use crate::http::Request;
use serde_json::Value;
use std::collections::HashSet;

/// A list operation: its first-page request and the key of the items in each page.
#[derive(Debug, Clone)]
pub struct ListSpec {
    pub request: Request,
    pub items_key: &'static str,
}

#[derive(Clone)]
pub struct Paginator {
    spec: ListSpec,
    next: Option<String>,
    seen: HashSet<String>,
    done: bool,
    /// For numbered paging: the next page, and how many items came so far.
    page: u64,
    received: u64,
}

/// The v1beta API's default page size.
const V1BETA_PAGE_SIZE: u64 = 10;

impl Paginator {
    pub fn new(spec: ListSpec, page_token: Option<String>) -> Self {
        let mut seen = HashSet::new();
        if let Some(t) = &page_token {
            seen.insert(t.clone());
        }
        Paginator {
            spec,
            next: page_token.filter(|t| !t.is_empty()),
            seen,
            done: false,
            page: 1,
            received: 0,
        }
    }

    fn numbered(&self) -> bool {
        self.spec.request.server == crate::config::Server::V1beta
    }

    async fn next_numbered(&mut self, api: &Api) -> Result<Option<Value>> {
        let mut req = self.spec.request.clone();
        let size = req
            .query
            .iter()
            .find(|(k, _)| k == "page_size")
            .and_then(|(_, v)| v.parse::<u64>().ok())
            .unwrap_or(V1BETA_PAGE_SIZE);
        req.query.push(("page".into(), self.page.to_string()));
        let mut page = api.send(req).await?;
        if !page.is_object() {
            self.done = true;
            return Err(Error::Decode {
                message: format!("a page of {} is not a JSON object", self.spec.items_key),
                status: 200,
                request_id: None,
            });
        }
        let count = match page.get(self.spec.items_key) {
            Some(Value::Array(items)) => items.len() as u64,
            _ => 0,
        };
        let total = page.get("total").and_then(|t| {
            t.as_u64()
                .or_else(|| t.as_str().and_then(|s| s.parse().ok()))
        });
        self.received += count;
        self.page += 1;
        self.done = count < size || total.is_some_and(|t| self.received >= t);
        if page.get(self.spec.items_key).is_none() {
            if let Some(o) = page.as_object_mut() {
                o.insert(self.spec.items_key.into(), Value::Array(Vec::new()));
            }
        }
        Ok(Some(page))
    }

    pub fn items_key(&self) -> &'static str {
        self.spec.items_key
    }

    /// The next page's body, or `None` once the last page has been returned.
    pub async fn next_page(&mut self, api: &Api) -> Result<Option<Value>> {
        if self.done {
            return Ok(None);
        }
        if self.numbered() {
            return self.next_numbered(api).await;
        }
        let mut req = self.spec.request.clone();
        if let Some(t) = &self.next {
            req.query.push(("pageToken".into(), t.clone()));
        }
        let page = api.send(req).await?;
        if !page.is_object() {
            self.done = true;
            return Err(Error::Decode {
                message: format!("a page of {} is not a JSON object", self.spec.items_key),
                status: 200,
                request_id: None,
            });
        }
        let token = page
            .get("nextPageToken")
            .and_then(Value::as_str)
            .filter(|t| !t.is_empty())
            .map(str::to_owned);
        match token {
            None => {
                self.done = true;
                self.next = None;
            }
            Some(t) => {
                if !self.seen.insert(t.clone()) {
                    self.done = true;
                    return Err(Error::Pagination(format!(
                        "the server returned page token {t:?} twice while listing {}; \
                         stopping instead of looping",
                        self.spec.items_key
                    )));
                }
                self.next = Some(t);
            }
        }
        Ok(Some(page))
    }
}

/// Take the items out of a page body; a missing key is an empty page.
pub fn take_items(page: &mut Value, key: &str) -> Result<Vec<Value>> {
    match page.get_mut(key).map(Value::take) {
        None | Some(Value::Null) => Ok(Vec::new()),
        Some(Value::Array(items)) => Ok(items),
        Some(other) => Err(Error::Decode {
            message: format!(
                "{key} in a page should be a list, got {}",
                crate::http::kind_of(&other)
            ),
            status: 200,
            request_id: None,
        }),
    }
}
