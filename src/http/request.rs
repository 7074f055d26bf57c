//! What a call asks of the transport: the request, per-call options, and the
//! events it reports for logging.

use crate::config::{Secret, Server};
use crate::error::{clip, Error, Result, MESSAGE_CAP};
use reqwest::header::HeaderValue;
use reqwest::Method;
use serde_json::Value;
use std::borrow::Cow;
use std::time::Duration;

/// The longest URL a request may have (`http::Uri` refuses from 65534 bytes).
const MAX_URL: usize = 65_534;

/// Whether a request may be sent again once it may have reached the server.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Safety {
    /// GET, PATCH, DELETE, read-only POST: any transient failure may be retried.
    Idempotent,
    /// Creates and state changes: resent only when it surely never arrived
    /// (connection refused) or the server said 429.
    Once,
}

#[derive(Debug, Clone)]
pub struct Request {
    pub method: Method,
    pub server: Server,
    /// Percent-encoded path below the server's base URL, starting with `/`.
    pub path: String,
    pub query: Vec<(Cow<'static, str>, String)>,
    /// Headers sent as given (a caller's `extra_headers`), replacing ours.
    pub headers: Vec<(reqwest::header::HeaderName, HeaderValue)>,
    pub body: Option<Value>,
    pub safety: Safety,
    /// Values from the request (passwords) that must never show in an error.
    pub secrets: Vec<Secret>,
    /// Whether the operation may answer with no body; when not, an empty
    /// answer (or a 204) is an error rather than a silent `None`.
    pub may_answer_nothing: bool,
}

impl Request {
    pub fn new(method: Method, server: Server, path: String) -> Self {
        let safety = if method == Method::POST {
            Safety::Once
        } else {
            Safety::Idempotent
        };
        Request {
            method,
            server,
            path,
            query: Vec::new(),
            headers: Vec::new(),
            body: None,
            safety,
            secrets: Vec::new(),
            may_answer_nothing: false,
        }
    }
    pub fn may_answer_nothing(mut self, yes: bool) -> Self {
        self.may_answer_nothing = yes;
        self
    }
    pub fn query(mut self, key: &'static str, value: impl Into<String>) -> Self {
        self.query.push((key.into(), value.into()));
        self
    }
    pub fn query_opt(self, key: &'static str, value: Option<impl Into<String>>) -> Self {
        match value {
            Some(v) => self.query(key, v),
            None => self,
        }
    }
    pub fn body(mut self, body: Value) -> Self {
        self.body = Some(body);
        self
    }
    pub fn safety(mut self, safety: Safety) -> Self {
        self.safety = safety;
        self
    }
    pub fn secret(mut self, s: Secret) -> Self {
        self.secrets.push(s);
        self
    }

    /// The full URL below `base`, refused now if the connection would refuse it.
    pub fn url(&self, base: &str) -> Result<reqwest::Url> {
        let req = self;
        let mut s = String::with_capacity(base.len() + req.path.len() + 32);
        s.push_str(base);
        s.push_str(&req.path);
        if !req.query.is_empty() {
            s.push('?');
            for (i, (k, v)) in req.query.iter().enumerate() {
                if i > 0 {
                    s.push('&');
                }
                s.extend(percent_encoding::utf8_percent_encode(
                    k,
                    crate::api::QUERY_VALUE,
                ));
                s.push('=');
                s.extend(percent_encoding::utf8_percent_encode(
                    v,
                    crate::api::QUERY_VALUE,
                ));
            }
        }
        let url = reqwest::Url::parse(&s).map_err(|e| {
            Error::invalid(format!(
                "cannot build a URL from {:?}: {e}",
                clip(&s, MESSAGE_CAP / 4)
            ))
        })?;
        // HTTP/1 and HTTP/2 request targets stop short of 64 kB: refuse now
        // what the connection would refuse later, after pointless retries.
        if url.as_str().len() >= MAX_URL || url.as_str().parse::<hyper::Uri>().is_err() {
            return Err(Error::invalid(format!(
                "{} {}: the URL would be {} bytes long; an HTTP request allows less than {MAX_URL} \
                 (check the ids and extra_query values)",
                req.method,
                clip(&req.path, 200),
                url.as_str().len()
            )));
        }
        Ok(url)
    }
}

/// Per-call overrides of the client's settings.
#[derive(Debug, Clone, Copy, Default)]
pub struct CallOptions {
    pub timeout: Option<Duration>,
    pub max_retries: Option<u32>,
    /// Report each exchange to the observer (decided by the caller, per call).
    pub observe: bool,
}

/// One finished HTTP exchange, for logging.
#[derive(Debug, Clone)]
pub struct RequestEvent<'a> {
    pub method: &'a str,
    pub path: &'a str,
    /// `None` when no response came back.
    pub status: Option<u16>,
    pub elapsed: Duration,
    pub attempt: u32,
    /// Set when another attempt follows, with the wait before it.
    pub retry_in: Option<Duration>,
    pub error: Option<&'a str>,
    /// Of `elapsed`, the time spent waiting for the rate limit.
    pub paced: Duration,
    /// The service's id for the last answer, to quote when asking about it.
    pub request_id: Option<&'a str>,
}

/// A wait for the rate limit long enough to tell (over a second), before
/// the request it holds back.
pub struct WaitEvent<'a> {
    pub method: &'a str,
    pub path: &'a str,
    pub wait: Duration,
    pub cause: &'a str,
}

/// Receives an event per HTTP exchange of calls made with `observe` set
/// (the Python layer forwards them to `logging`).
pub trait Observer: Send + Sync {
    fn on_exchange(&self, event: &RequestEvent<'_>);
    /// A long wait for the rate limit is starting.
    fn on_wait(&self, _event: &WaitEvent<'_>) {}
}
