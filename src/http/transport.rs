//! Sends one API request: rate limit, digest auth, timeouts, retries, decoding.

use super::body::Decode;
use super::digest::{Challenge, DigestCache};
use super::ratelimit::RateLimiter;
use super::retry::{backoff_delay, parse_retry_after};
use super::runtimes::LocalRuntime;
use crate::config::{Config, Secret, Server};
use crate::error::{ApiError, Error, Result};
use reqwest::header::{HeaderMap, HeaderValue, AUTHORIZATION, CONTENT_TYPE, WWW_AUTHENTICATE};
use reqwest::{Method, StatusCode};
use serde_json::Value;
use std::borrow::Cow;
use std::sync::{Arc, Mutex, RwLock, Weak};
use std::time::{Duration, Instant, SystemTime};

/// How long an idle connection stays pooled. Load balancers close idle
/// connections after a minute or more; a blocking call also lets its runtime
/// see closes that happened meanwhile before it reuses one.
const POOL_IDLE: Duration = Duration::from_secs(30);

/// Longest server-requested wait we sit out; beyond it the 429 goes to the caller.
const MAX_SERVER_WAIT: f64 = 60.0;

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
        }
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
}

/// Receives an event per HTTP exchange of calls made with `observe` set
/// (the Python layer forwards them to `logging`).
pub trait Observer: Send + Sync {
    fn on_exchange(&self, event: &RequestEvent<'_>);
}

pub struct Transport {
    config: Config,
    /// The pool of async calls (the shared runtime); `None` once closed.
    http: RwLock<Option<reqwest::Client>>,
    /// The pools of blocking calls, one per thread's runtime: connections
    /// belong to the runtime that opened them.
    local_pools: Mutex<Vec<(Weak<LocalRuntime>, reqwest::Client)>>,
    tls: Option<Arc<rustls::ClientConfig>>,
    /// The process that made this transport: its connections and runtimes do
    /// not exist in a forked child.
    pid: u32,
    digest: DigestCache,
    limiter: RateLimiter,
    observer: Option<Arc<dyn Observer>>,
}

/// What one attempt produced.
enum Outcome<T> {
    Done(T),
    Retry { error: Error, wait: Option<f64> },
    Fail(Error),
}

impl Transport {
    pub fn new(config: Config, observer: Option<Arc<dyn Observer>>) -> Result<Self> {
        let tls = super::tls::client_config(&config)?;
        let http = build_http(&config, tls.as_ref())?;
        Ok(Transport {
            limiter: RateLimiter::new(config.rate_limit).map_err(Error::invalid)?,
            config,
            http: RwLock::new(Some(http)),
            local_pools: Mutex::new(Vec::new()),
            tls,
            pid: std::process::id(),
            digest: DigestCache::default(),
            observer,
        })
    }
}

/// A connection pool for one runtime.
fn build_http(config: &Config, tls: Option<&Arc<rustls::ClientConfig>>) -> Result<reqwest::Client> {
    let mut builder = reqwest::Client::builder()
        .connect_timeout(config.connect_timeout)
        .timeout(config.timeout)
        .user_agent(concat!("tidbcloud-python/", env!("CARGO_PKG_VERSION")))
        .pool_idle_timeout(POOL_IDLE)
        .tcp_nodelay(true)
        // Never follow a redirect: it would carry a signed request to another host.
        .redirect(reqwest::redirect::Policy::none());
    match tls {
        // One verifier (and one load of the trusted roots) serves every pool.
        Some(tls) => builder = builder.tls_backend_preconfigured((**tls).clone()),
        None => builder = builder.danger_accept_invalid_certs(true),
    }
    builder
        .build()
        .map_err(|e| Error::Config(format!("cannot build the HTTP client: {e}")))
}

impl Transport {
    pub fn config(&self) -> &Config {
        &self.config
    }

    /// Drop every pooled connection, on every thread; later calls fail with a
    /// clear error.
    pub fn close(&self) {
        *self.http.write().unwrap_or_else(|p| p.into_inner()) = None;
        let pools =
            std::mem::take(&mut *self.local_pools.lock().unwrap_or_else(|p| p.into_inner()));
        for (rt, pool) in pools {
            drop(pool);
            // The sockets belong to tasks of that thread's runtime: let them
            // see that their pool is gone, unless the owner is driving it now.
            if let Some(rt) = rt.upgrade() {
                rt.drive_if_idle();
            }
        }
    }

    pub fn is_closed(&self) -> bool {
        self.http
            .read()
            .unwrap_or_else(|p| p.into_inner())
            .is_none()
    }

    /// The pool to send with: on a thread's own runtime (a blocking call),
    /// that runtime's pool, so the answer never has to cross threads.
    fn client(&self) -> Result<reqwest::Client> {
        if self.pid != std::process::id() {
            return Err(Error::Unusable(
                "this client was made before os.fork(); its connections belong to the \
                 parent process. Make a new client in the child"
                    .into(),
            ));
        }
        let shared = self
            .http
            .read()
            .unwrap_or_else(|p| p.into_inner())
            .clone()
            .ok_or_else(|| Error::Unusable("the client has been closed".into()))?;
        let Some(rt) = super::runtimes::current_local() else {
            return Ok(shared);
        };
        let mut pools = self.local_pools.lock().unwrap_or_else(|p| p.into_inner());
        if let Some((_, c)) = pools
            .iter()
            .find(|(r, _)| std::ptr::eq(r.as_ptr(), Arc::as_ptr(&rt)))
        {
            return Ok(c.clone());
        }
        // Forget the pools of threads that have ended.
        pools.retain(|(r, _)| r.strong_count() > 0);
        let c = build_http(&self.config, self.tls.as_ref())?;
        pools.push((Arc::downgrade(&rt), c.clone()));
        Ok(c)
    }

    /// Send `req` and return its JSON body (`Null` for an empty body).
    pub async fn send(&self, req: &Request, opts: CallOptions) -> Result<Value> {
        self.send_as(req, opts).await
    }

    /// Send `req` and return its body in the form `T` (see [`Decode`]).
    pub async fn send_as<T: Decode>(&self, req: &Request, opts: CallOptions) -> Result<T> {
        let secrets: Vec<&str> = req
            .secrets
            .iter()
            .map(Secret::expose)
            .chain(std::iter::once(self.config.private_key.expose()))
            .collect();
        self.send_inner(req, opts)
            .await
            .map_err(|e| e.redact(&secrets))
    }

    async fn send_inner<T: Decode>(&self, req: &Request, opts: CallOptions) -> Result<T> {
        let client = self.client()?;
        let url = self.url(req)?;
        let origin = url.origin().ascii_serialization();
        let uri = match url.query() {
            Some(q) => format!("{}?{}", url.path(), q),
            None => url.path().to_owned(),
        };
        let body = match &req.body {
            Some(v) => Some(bytes_of(v)?),
            None => None,
        };
        let max_retries = opts.max_retries.unwrap_or(self.config.max_retries);
        let observe = opts.observe;
        let timeout = opts.timeout.unwrap_or(self.config.timeout);
        let mut attempt = 0u32;
        // An earlier attempt may have been carried out even though its answer was lost.
        let mut may_have_landed = false;
        loop {
            let started = Instant::now();
            let mut outcome = self
                .attempt(&client, req, &url, &origin, &uri, body.as_ref(), timeout)
                .await;
            if may_have_landed && req.method == Method::DELETE {
                // The first delete went through: the resource is gone, as asked.
                if let (Outcome::Fail(Error::Status(e)), _) = &outcome {
                    if e.status == 404 {
                        outcome = (Outcome::Done(T::null()), 404);
                    }
                }
            }
            let (outcome, status) = outcome;
            if let Outcome::Retry { error, .. } = &outcome {
                may_have_landed |= matches!(error, Error::Connection(_) | Error::Timeout(_));
            }
            let (error, server_wait) = match outcome {
                Outcome::Retry { error, wait } if attempt < max_retries => (error, wait),
                // Done, failed, or out of retries: report once and return.
                terminal => {
                    let result = match terminal {
                        Outcome::Done(v) => Ok(v),
                        Outcome::Fail(e) | Outcome::Retry { error: e, .. } => Err(e),
                    };
                    let err = result.as_ref().err();
                    self.emit(
                        observe,
                        req,
                        status_opt(status),
                        started,
                        attempt,
                        None,
                        err,
                    );
                    return result;
                }
            };
            let delay = match server_wait {
                Some(w) => wait_duration(w),
                None => backoff_delay(attempt),
            };
            self.emit(
                observe,
                req,
                status_of(&error),
                started,
                attempt,
                Some(delay),
                Some(&error),
            );
            tokio::time::sleep(delay).await;
            attempt += 1;
        }
    }

    /// One attempt: at most two HTTP exchanges, the second only to answer a fresh
    /// or stale digest challenge.
    #[allow(clippy::too_many_arguments)]
    async fn attempt<T: Decode>(
        &self,
        client: &reqwest::Client,
        req: &Request,
        url: &reqwest::Url,
        origin: &str,
        uri: &str,
        body: Option<&Vec<u8>>,
        timeout: Duration,
    ) -> (Outcome<T>, u16) {
        let mut answered_challenge = false;
        loop {
            self.pace().await;
            let authorization = self.digest.authorize(
                origin,
                req.method.as_str(),
                uri,
                &self.config.public_key,
                self.config.private_key.expose(),
            );
            let sent_nonce = authorization.as_ref().map(|a| a.nonce.clone());
            let mut rb = client
                .request(req.method.clone(), url.clone())
                .timeout(timeout)
                .header(reqwest::header::ACCEPT, "application/json");
            if let Some(a) = authorization {
                match HeaderValue::from_str(&a.header) {
                    Ok(mut v) => {
                        v.set_sensitive(true);
                        rb = rb.header(AUTHORIZATION, v);
                    }
                    Err(_) => {
                        return (
                            Outcome::Fail(Error::invalid(
                                "the public key contains characters not allowed in an HTTP header",
                            )),
                            0,
                        )
                    }
                }
            }
            if let Some(b) = body {
                rb = rb.header(CONTENT_TYPE, "application/json").body(b.clone());
            }
            if !req.headers.is_empty() {
                rb = rb.headers(req.headers.iter().cloned().collect());
            }
            let resp = match rb.send().await {
                Ok(r) => r,
                Err(e) => return (self.transport_failure(req, e), 0),
            };
            let status = resp.status();
            let headers = resp.headers().clone();
            self.observe_limits(&headers);
            if status == StatusCode::UNAUTHORIZED && !answered_challenge {
                let challenge = Challenge::find(
                    headers
                        .get_all(WWW_AUTHENTICATE)
                        .iter()
                        .filter_map(|v| v.to_str().ok()),
                );
                if let Some(ch) = challenge {
                    // Answer once: a first challenge, a stale nonce, or a cached
                    // nonce the server has replaced without saying `stale` (Twisted
                    // and some proxies do). A wrong key gets the same 401 again.
                    let replaced = sent_nonce.as_deref().is_some_and(|n| n != ch.nonce());
                    if sent_nonce.is_none() || ch.stale() || replaced {
                        self.digest.store(origin, ch);
                        answered_challenge = true;
                        // Drain the body so the connection goes back to the pool.
                        let _ = resp.bytes().await;
                        continue;
                    }
                }
            }
            let bytes = match resp.bytes().await {
                Ok(b) => b,
                Err(e) => {
                    let err = Error::Connection(format!(
                        "{} {}: the response body was cut off: {}",
                        req.method,
                        req.path,
                        chain(&e)
                    ));
                    return (
                        self.retry_if(req.safety == Safety::Idempotent, err, None),
                        status.as_u16(),
                    );
                }
            };
            return (self.finish(req, status, &headers, bytes), status.as_u16());
        }
    }

    fn finish<T: Decode>(
        &self,
        req: &Request,
        status: StatusCode,
        headers: &HeaderMap,
        body: bytes::Bytes,
    ) -> Outcome<T> {
        let request_id = header_str(headers, "x-debug-trace-id")
            .or_else(|| header_str(headers, "x-request-id"))
            .map(str::to_owned);
        if status.is_success() {
            return match T::decode(headers, body) {
                Ok(v) => Outcome::Done(v),
                Err(message) => Outcome::Fail(Error::Decode {
                    message: format!("{} {}: {message}", req.method, req.path),
                    status: status.as_u16(),
                    request_id,
                }),
            };
        }
        let mut api = ApiError::from_body(status.as_u16(), &body, request_id);
        let code = status.as_u16();
        if code == 429 {
            let wait = server_wait(headers);
            api.retry_after = wait;
            let err = Error::Status(Box::new(api));
            return match wait {
                Some(w) if w > MAX_SERVER_WAIT => Outcome::Fail(err),
                Some(w) => {
                    self.limiter.block_for(Instant::now(), wait_duration(w));
                    Outcome::Retry {
                        error: err,
                        wait: Some(w),
                    }
                }
                None => Outcome::Retry {
                    error: err,
                    wait: None,
                },
            };
        }
        let transient = code == 408 || code >= 500;
        let err = Error::Status(Box::new(api));
        if transient {
            let wait = server_wait(headers).filter(|w| *w <= MAX_SERVER_WAIT);
            self.retry_if(req.safety == Safety::Idempotent, err, wait)
        } else {
            Outcome::Fail(err)
        }
    }

    fn retry_if<T>(&self, allowed: bool, error: Error, wait: Option<f64>) -> Outcome<T> {
        if allowed {
            Outcome::Retry { error, wait }
        } else {
            Outcome::Fail(error)
        }
    }

    fn transport_failure<T>(&self, req: &Request, e: reqwest::Error) -> Outcome<T> {
        let what = format!("{} {}", req.method, req.path);
        // A failed connect never reached the server: safe to resend even a create.
        let never_arrived = e.is_connect();
        if e.is_timeout() {
            let err = Error::Timeout(format!("{what}: timed out: {}", chain(&e)));
            return self.retry_if(never_arrived || req.safety == Safety::Idempotent, err, None);
        }
        let err = Error::Connection(format!("{what}: {}", chain(&e)));
        self.retry_if(never_arrived || req.safety == Safety::Idempotent, err, None)
    }

    async fn pace(&self) {
        loop {
            let wait = self.limiter.reserve(Instant::now());
            if wait.is_zero() {
                return;
            }
            tokio::time::sleep(wait).await;
        }
    }

    fn observe_limits(&self, headers: &HeaderMap) {
        let remaining = header_str(headers, "x-ratelimit-remaining-minute")
            .and_then(|v| v.trim().parse::<u64>().ok());
        let reset =
            header_str(headers, "x-ratelimit-reset").and_then(|v| v.trim().parse::<f64>().ok());
        self.limiter.observe(Instant::now(), remaining, reset);
    }

    fn url(&self, req: &Request) -> Result<reqwest::Url> {
        let base = self.config.endpoints.base(req.server);
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
        reqwest::Url::parse(&s)
            .map_err(|e| Error::invalid(format!("cannot build a URL from {s:?}: {e}")))
    }

    #[allow(clippy::too_many_arguments)]
    fn emit(
        &self,
        observe: bool,
        req: &Request,
        status: Option<u16>,
        started: Instant,
        attempt: u32,
        retry_in: Option<Duration>,
        error: Option<&Error>,
    ) {
        let Some(obs) = self.observer.as_ref().filter(|_| observe) else {
            return;
        };
        let error_text = error.map(|e| e.to_string());
        obs.on_exchange(&RequestEvent {
            method: req.method.as_str(),
            path: &req.path,
            status,
            elapsed: started.elapsed(),
            attempt,
            retry_in,
            error: error_text.as_deref(),
        });
    }

    /// How many times the cached challenge of `server` has been used (for tests).
    pub fn nonce_count(&self, server: Server) -> Option<u32> {
        let url = reqwest::Url::parse(self.config.endpoints.base(server)).ok()?;
        self.digest.nonce_count(&url.origin().ascii_serialization())
    }
}

fn bytes_of(v: &Value) -> Result<Vec<u8>> {
    serde_json::to_vec(v)
        .map_err(|e| Error::invalid(format!("cannot encode the request body: {e}")))
}

fn status_opt(s: u16) -> Option<u16> {
    (s != 0).then_some(s)
}

fn status_of(e: &Error) -> Option<u16> {
    match e {
        Error::Status(a) => Some(a.status),
        _ => None,
    }
}

fn header_str<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
    headers.get(name).and_then(|v| v.to_str().ok())
}

/// A server-requested wait as a duration, bounded by [`MAX_SERVER_WAIT`]; a
/// value that is no number of seconds waits not at all.
fn wait_duration(w: f64) -> Duration {
    Duration::try_from_secs_f64(w.clamp(0.0, MAX_SERVER_WAIT)).unwrap_or_default()
}

/// The server's requested wait: `Retry-After`, else `X-Ratelimit-Reset`.
fn server_wait(headers: &HeaderMap) -> Option<f64> {
    header_str(headers, "retry-after")
        .and_then(|v| parse_retry_after(v, SystemTime::now()))
        .or_else(|| {
            header_str(headers, "x-ratelimit-reset").and_then(|v| v.trim().parse::<f64>().ok())
        })
        .filter(|w| w.is_finite() && *w >= 0.0)
}

pub fn kind_of(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

/// An error with its sources, since reqwest's top-level message is terse.
fn chain(e: &dyn std::error::Error) -> String {
    let mut s = e.to_string();
    let mut cur = e.source();
    while let Some(c) = cur {
        let t = c.to_string();
        if !s.contains(&t) {
            s.push_str(": ");
            s.push_str(&t);
        }
        cur = c.source();
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(pairs: &[(&'static str, &str)]) -> HeaderMap {
        let mut h = HeaderMap::new();
        for (k, v) in pairs {
            h.insert(*k, HeaderValue::from_str(v).unwrap());
        }
        h
    }

    #[test]
    fn server_wait_prefers_retry_after_then_ratelimit_reset() {
        assert_eq!(server_wait(&headers(&[("retry-after", "3")])), Some(3.0));
        assert_eq!(
            server_wait(&headers(&[
                ("retry-after", "2"),
                ("x-ratelimit-reset", "9")
            ])),
            Some(2.0)
        );
        assert_eq!(
            server_wait(&headers(&[("x-ratelimit-reset", "7")])),
            Some(7.0)
        );
        assert_eq!(
            server_wait(&headers(&[("x-ratelimit-reset", "soon")])),
            None
        );
        assert_eq!(server_wait(&HeaderMap::new()), None);
    }
}
