//! Page-token paging: follow `nextPageToken` until it is empty, with the same
//! filters on every page; a token that comes back twice is an error, not a loop.

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
}

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
        }
    }

    pub fn items_key(&self) -> &'static str {
        self.spec.items_key
    }

    /// The next page's body, or `None` once the last page has been returned.
    pub async fn next_page(&mut self, api: &Api) -> Result<Option<Value>> {
        if self.done {
            return Ok(None);
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
