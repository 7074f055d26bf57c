//! The API's operations, one file per tag. Each operation is one fn over
//! [`Api`] that checks its arguments at once and returns the [`Pending`] call:
//! nothing is sent until that future runs, and a bad argument is an error
//! before any future exists.

pub mod accounts;
pub mod api_keys;
pub mod audit_log_downloads;
pub mod audit_logging;
pub mod audit_logs;
pub mod backups;
pub mod billing;
pub mod changefeeds;
pub mod clusters;
pub mod extras;
pub mod imports;
pub mod integrations;
pub mod maintenance;
pub mod members;
pub mod msp_customers;
pub mod network;
pub mod node_instances;
mod paging;
pub mod private_endpoints;
pub mod projects;
pub mod recent;
pub mod regions;
pub mod serverless;
pub mod sql_users;
pub mod tidb_node_groups;
pub mod transfer;
pub mod waiters;

pub use paging::{take_items, ListSpec, Page, Paginator};

use crate::config::{Config, Settings};
use crate::error::{Error, Result};
use crate::http::{Body, CallOptions, Observer, Request, Safety, Transport};
use crate::operations::{Method as OpMethod, Operation};
pub use extras::Extras;
use percent_encoding::{AsciiSet, NON_ALPHANUMERIC};
use serde_json::Value;
use std::sync::Arc;

/// Characters left as they are in a path segment: RFC 3986 unreserved only, so
/// `/`, `?`, `#` and `%` in an id stay inside its segment. Dots are escaped
/// too, but a URL parser still reads `%2E` and `%2E%2E` as dot segments
/// (WHATWG), so [`segment`] refuses those ids outright.
const PATH_SEGMENT: &AsciiSet = &NON_ALPHANUMERIC.remove(b'-').remove(b'_').remove(b'~');
/// Characters escaped in a query value.
pub(crate) const QUERY_VALUE: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'_')
    .remove(b'.')
    .remove(b'~');

/// A future of some result, boxed.
pub type Boxed<T> = std::pin::Pin<Box<dyn std::future::Future<Output = Result<T>> + Send>>;

/// A checked call that sends its request when it runs. `.await` it for the
/// result as a `Value`, or take the body as it came with [`Pending::body`],
/// so that a caller converting JSON into its own objects parses it once.
pub struct Pending(Call);

enum Call {
    /// One request, whose answer is the result.
    Send {
        transport: Arc<Transport>,
        req: Box<Request>,
        opts: CallOptions,
    },
    /// A result built in some other way (several requests, a waiter).
    Other(Boxed<Value>),
}

impl Pending {
    pub fn new(fut: impl std::future::Future<Output = Result<Value>> + Send + 'static) -> Self {
        Pending(Call::Other(Box::pin(fut)))
    }

    /// The call, giving the body as it came (a checked JSON object) when it is
    /// one answer, or the built `Value`.
    pub fn body(self) -> Boxed<Body> {
        match self.0 {
            Call::Send {
                transport,
                req,
                opts,
            } => Box::pin(async move { transport.send_as::<Body>(&req, opts).await }),
            Call::Other(fut) => Box::pin(async move { fut.await.map(Body::Value) }),
        }
    }
}

impl std::future::IntoFuture for Pending {
    type Output = Result<Value>;
    type IntoFuture = Boxed<Value>;

    fn into_future(self) -> Self::IntoFuture {
        match self.0 {
            Call::Send {
                transport,
                req,
                opts,
            } => Box::pin(async move { transport.send(&req, opts).await }),
            Call::Other(fut) => fut,
        }
    }
}

/// A configured client of the whole API, cheap to clone and share.
#[derive(Clone)]
pub struct Api {
    transport: Arc<Transport>,
    opts: CallOptions,
    extras: Option<Arc<Extras>>,
    /// Shared by every copy: what was just asked of each cluster.
    recent: Arc<recent::Recent>,
}

impl Api {
    pub fn new(settings: Settings, observer: Option<Arc<dyn Observer>>) -> Result<Api> {
        Self::from_config(Config::from_settings(settings)?, observer)
    }

    pub fn from_config(config: Config, observer: Option<Arc<dyn Observer>>) -> Result<Api> {
        Ok(Api {
            transport: Arc::new(Transport::new(config, observer)?),
            opts: CallOptions::default(),
            extras: None,
            recent: Arc::default(),
        })
    }

    /// A copy sharing the connection pool, challenge cache and rate limiter,
    /// with other per-call options.
    pub fn with_options(&self, opts: CallOptions) -> Api {
        Api {
            transport: self.transport.clone(),
            opts: CallOptions {
                timeout: opts.timeout.or(self.opts.timeout),
                max_retries: opts.max_retries.or(self.opts.max_retries),
                observe: self.opts.observe,
            },
            extras: self.extras.clone(),
            recent: self.recent.clone(),
        }
    }

    pub fn recent(&self) -> &Arc<recent::Recent> {
        &self.recent
    }

    /// A copy whose calls also send `extras`.
    pub fn with_extras(&self, extras: Extras) -> Api {
        let mut api = self.clone();
        api.extras = (!extras.is_empty()).then(|| Arc::new(extras));
        api
    }

    /// `req` with this copy's extras merged in, checked.
    pub fn prepare(&self, req: Request) -> Result<Request> {
        match &self.extras {
            Some(x) => x.apply(req),
            None => Ok(req),
        }
    }

    /// A copy whose calls report each exchange to the observer, or not.
    pub fn observed(&self, on: bool) -> Api {
        let mut api = self.clone();
        api.opts.observe = on;
        api
    }

    pub fn options(&self) -> CallOptions {
        self.opts
    }

    pub fn config(&self) -> &Config {
        self.transport.config()
    }

    pub fn transport(&self) -> &Transport {
        &self.transport
    }

    /// Send `req` (with this copy's extras) now.
    pub async fn send(&self, req: Request) -> Result<Value> {
        self.send_as(req).await
    }

    /// Send `req` (with this copy's extras) now; the body in the form `T`.
    pub async fn send_as<T: crate::http::Decode>(&self, req: Request) -> Result<T> {
        let req = self.prepare(req)?;
        self.transport.send_as(&req, self.opts).await
    }

    /// The call that sends `req` when it runs; it owns what it needs. The
    /// extras are merged and checked now.
    pub fn call(&self, req: Request) -> Result<Pending> {
        Ok(Pending(Call::Send {
            req: Box::new(self.prepare(req)?),
            transport: self.transport.clone(),
            opts: self.opts,
        }))
    }
}

/// The request of `op`, its path parameters filled from `ids` (the Python
/// name of each, for errors, and its value), in the table's order. Method,
/// server, path and retry safety all come from the operation table.
pub fn request(op: &'static Operation, ids: &[(&str, &str)]) -> Result<Request> {
    if ids.len() != op.params.len() {
        return Err(Error::invalid(format!(
            "{} takes {} path parameters, got {}",
            op.id,
            op.params.len(),
            ids.len()
        )));
    }
    let segments = ids
        .iter()
        .map(|(name, id)| segment(name, id))
        .collect::<Result<Vec<_>>>()?;
    let segments: Vec<&str> = segments.iter().map(String::as_str).collect();
    Ok(build(op, op.fill(&segments)))
}

/// The request of `op` when its path has no parameters.
pub fn fixed_request(op: &'static Operation) -> Request {
    debug_assert!(op.params.is_empty(), "{} has path parameters", op.id);
    build(op, op.path.to_owned())
}

fn build(op: &'static Operation, path: String) -> Request {
    let method = match op.method {
        OpMethod::Get => reqwest::Method::GET,
        OpMethod::Post => reqwest::Method::POST,
        OpMethod::Put => reqwest::Method::PUT,
        OpMethod::Patch => reqwest::Method::PATCH,
        OpMethod::Delete => reqwest::Method::DELETE,
    };
    let safety = if op.idempotent {
        Safety::Idempotent
    } else {
        Safety::Once
    };
    Request::new(method, op.server, path)
        .safety(safety)
        .may_answer_nothing(op.answers_nothing)
}

/// The call of `op` with only its path parameters: an operation with nothing
/// else to check or send needs no request builder of its own.
pub fn call_op(api: &Api, op: &'static Operation, ids: &[(&str, &str)]) -> Result<Pending> {
    api.call(request(op, ids)?)
}

/// A list's first-page request, with the items key and paging kind of `op`.
pub fn list_request(op: &'static Operation, ids: &[(&str, &str)]) -> Result<ListSpec> {
    Ok(ListSpec::of(op, request(op, ids)?))
}

/// One percent-encoded path segment from an id. An empty id is refused, and
/// so is one that a URL parser would resolve as `.` or `..` (as given, or once
/// decoded: `%2e`, `.%2E`, ...), since it would leave its segment.
pub fn segment(name: &str, id: &str) -> Result<String> {
    if id.trim().is_empty() {
        return Err(Error::invalid(format!("{name} must be a non-empty string")));
    }
    let decoded = percent_encoding::percent_decode_str(id).collect::<Vec<u8>>();
    if matches!(id, "." | "..") || matches!(&decoded[..], b"." | b"..") {
        return Err(Error::invalid(format!(
            "{name} must not be {id:?}: a URL would read it as a relative path step"
        )));
    }
    Ok(percent_encoding::utf8_percent_encode(id, PATH_SEGMENT).to_string())
}

pub fn check_page_size(page_size: Option<i64>) -> Result<Option<String>> {
    match page_size {
        None => Ok(None),
        Some(n) if (1..=100).contains(&n) => Ok(Some(n.to_string())),
        Some(n) => Err(Error::invalid(format!(
            "page_size must be between 1 and 100, got {n}"
        ))),
    }
}

/// `skip`, as a query value: absent, or how many items to pass over.
pub fn check_skip(skip: Option<i64>) -> Result<Option<String>> {
    match skip {
        Some(n) if n < 0 => Err(Error::invalid(format!(
            "skip must not be negative, got {n}"
        ))),
        n => Ok(n.map(|n| n.to_string())),
    }
}

pub fn require_text(name: &str, v: &str) -> Result<()> {
    if v.trim().is_empty() {
        Err(Error::invalid(format!("{name} must be a non-empty string")))
    } else {
        Ok(())
    }
}

/// An optional filter: absent, or a non-empty string.
pub fn text_opt<'a>(name: &str, v: Option<&'a str>) -> Result<Option<&'a str>> {
    match v {
        Some(t) => require_text(name, t).map(|()| Some(t)),
        None => Ok(None),
    }
}

pub fn require_object(name: &str, v: &Value) -> Result<()> {
    if v.is_object() {
        Ok(())
    } else {
        Err(Error::invalid(format!(
            "{name} must be a dict, got {}",
            crate::http::kind_of(v)
        )))
    }
}

/// The string values of `fields` anywhere inside `v`, as secrets a request
/// keeps out of its errors.
pub fn credentials(v: &Value, fields: &[&str]) -> Vec<crate::config::Secret> {
    fn walk(v: &Value, fields: &[&str], out: &mut Vec<crate::config::Secret>) {
        match v {
            Value::Object(m) => {
                for (k, v) in m {
                    match v.as_str() {
                        Some(s) if fields.contains(&k.as_str()) && !s.is_empty() => {
                            out.push(crate::config::Secret::new(s.to_owned()))
                        }
                        _ => walk(v, fields, out),
                    }
                }
            }
            Value::Array(items) => items.iter().for_each(|i| walk(i, fields, out)),
            _ => {}
        }
    }
    let mut out = Vec::new();
    walk(v, fields, &mut out);
    out
}

/// A JSON object from key/value pairs, leaving out the `None`s.
pub fn object<const N: usize>(pairs: [(&str, Option<Value>); N]) -> Value {
    Value::Object(
        pairs
            .into_iter()
            .filter_map(|(k, v)| v.map(|v| (k.to_owned(), v)))
            .collect(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_stay_in_their_segment() {
        assert_eq!(segment("id", "123").unwrap(), "123");
        assert_eq!(segment("id", "../apikeys").unwrap(), "%2E%2E%2Fapikeys");
        assert_eq!(segment("id", "a?b#c%d e").unwrap(), "a%3Fb%23c%25d%20e");
        assert_eq!(segment("id", "a:b").unwrap(), "a%3Ab");
        assert_eq!(segment("id", "...").unwrap(), "%2E%2E%2E");
        for dots in [".", "..", "%2e", "%2E", ".%2e", "%2E.", "%2e%2E"] {
            let e = segment("cluster_id", dots).unwrap_err();
            assert!(matches!(e, Error::InvalidArgument(_)), "{dots}");
            assert!(e.to_string().contains("cluster_id"), "{e}");
        }
        assert!(segment("cluster_id", " ")
            .unwrap_err()
            .to_string()
            .contains("cluster_id"));
    }

    #[test]
    fn page_size_bounds() {
        assert_eq!(check_page_size(Some(1)).unwrap().as_deref(), Some("1"));
        assert_eq!(check_page_size(Some(100)).unwrap().as_deref(), Some("100"));
        assert!(check_page_size(Some(0)).is_err());
        assert!(check_page_size(Some(101)).is_err());
        assert_eq!(check_page_size(None).unwrap(), None);
    }
}
