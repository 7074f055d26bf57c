//! What a handler sees of a request: the caller's key, the time, the decoded
//! query and JSON body, the path parameters, and the page tokens.

use super::objects::Objects;
use super::paging::Tokens;
use super::reply::{Fail, Reply};
use super::state::{KeyRec, State};
use serde_json::Value;
use std::time::Instant;

/// The query string, decoded.
pub struct Query(Vec<(String, String)>);

impl Query {
    pub fn parse(raw: Option<&str>) -> Query {
        Query(
            form_urlencoded::parse(raw.unwrap_or("").as_bytes())
                .map(|(k, v)| (k.into_owned(), v.into_owned()))
                .collect(),
        )
    }
    pub fn get(&self, key: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
    }
    pub fn all(&self, key: &str) -> Vec<&str> {
        self.0
            .iter()
            .filter(|(k, _)| k == key)
            .flat_map(|(_, v)| v.split(','))
            .filter(|v| !v.is_empty())
            .collect()
    }
    /// `pageSize` from 1 to `max`, or `default` when the request gives none.
    pub fn page_size_within(&self, default: usize, max: usize) -> Result<usize, Fail> {
        match self.get("pageSize") {
            None => Ok(default),
            Some(v) => match v.parse::<usize>() {
                Ok(n) if (1..=max).contains(&n) => Ok(n),
                _ => Err(Fail::bad(format!(
                    "pageSize must be an integer from 1 to {max}, got {v:?}"
                ))),
            },
        }
    }
    /// `skip`: how many items to pass over before the first page.
    pub fn skip(&self) -> Result<usize, Fail> {
        match self.get("skip") {
            None => Ok(0),
            Some(v) => v
                .parse::<usize>()
                .map_err(|_| Fail::bad(format!("skip must be a whole number, got {v:?}"))),
        }
    }
    pub fn flag(&self, key: &str) -> Result<bool, Fail> {
        match self.get(key) {
            None => Ok(false),
            Some("true") | Some("1") => Ok(true),
            Some("false") | Some("0") => Ok(false),
            Some(v) => Err(Fail::bad(format!("{key} must be true or false, got {v:?}"))),
        }
    }
}

/// What a handler sees of the request.
pub struct Ctx<'a> {
    pub key: KeyRec,
    pub now: Instant,
    pub query: Query,
    pub body: Option<Value>,
    pub tokens: &'a Tokens,
    /// The server's object storage: presigned URLs, upload parts.
    pub objects: &'a Objects,
}

/// A path's parameters, percent-decoded, in the operation's order.
pub struct Params(pub Vec<String>);

impl Params {
    /// The `i`th parameter; the router gives an operation as many as its
    /// path template has.
    pub fn at(&self, i: usize) -> &str {
        self.0.get(i).map_or("", String::as_str)
    }
}

/// What answers one operation.
pub type Handler = fn(&mut State, &Ctx, &Params) -> Reply;

/// An operation id and its handler: each handler module lists its own.
pub type Route = (&'static str, Handler);
