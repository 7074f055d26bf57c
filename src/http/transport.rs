//! Sends one API request: rate limit, digest auth, timeouts, retries, decoding.

use super::body::Decode;
use super::connecting::Connecting;
pub use super::describe::kind_of;
use super::describe::{chain, request_id, status_of, status_opt};
use super::digest::{Challenge, DigestCache};
use super::pool::build_http;
use super::ratelimit::RateLimiter;
use super::reading::{drain, read_capped, ReadFail};
pub use super::request::{CallOptions, Observer, Request, RequestEvent, Safety, WaitEvent};
use super::retry::{backoff_delay, header_str, server_wait, wait_duration, MAX_SERVER_WAIT};
use super::runtimes::LocalRuntime;
use crate::config::{Config, Secret, Server};
use crate::error::{clip, ApiError, Error, Redactor, Result, MESSAGE_CAP};
use reqwest::header::{HeaderMap, HeaderValue, AUTHORIZATION, CONTENT_TYPE, WWW_AUTHENTICATE};
use reqwest::{Method, StatusCode};
use serde_json::Value;
use std::sync::{Arc, Mutex, RwLock, Weak};
use std::time::{Duration, Instant};

/// Time given to the pool to take a connection back before its permit goes.
const HANDBACK: Duration = Duration::from_millis(1);
/// A wait for the rate limit longer than this is told (at INFO in Python).
const LONG_WAIT: Duration = Duration::from_secs(1);

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
    /// One permit per exchange in flight, `max_connections` in all, shared by
    /// every pool: calls beyond it wait instead of opening more sockets.
    pub(super) conns: Arc<tokio::sync::Semaphore>,
    /// Connects under way in any of the pools.
    connecting: Arc<Connecting>,
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
        let connecting = Arc::new(Connecting::default());
        let http = build_http(&config, tls.as_ref(), &connecting)?;
        Ok(Transport {
            limiter: RateLimiter::new(config.rate_limit).map_err(Error::invalid)?,
            conns: Arc::new(tokio::sync::Semaphore::new(config.max_connections)),
            connecting,
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
    pub(super) fn client(&self) -> Result<reqwest::Client> {
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
        let c = build_http(&self.config, self.tls.as_ref(), &self.connecting)?;
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
        let redactor = Redactor::new(&secrets);
        self.send_inner(req, opts, &redactor)
            .await
            .map_err(|e| e.redact_with(&redactor))
    }

    async fn send_inner<T: Decode>(
        &self,
        req: &Request,
        opts: CallOptions,
        redactor: &Redactor,
    ) -> Result<T> {
        let client = self.client()?;
        let url = req.url(self.config.endpoints.base(req.server))?;
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
            let mut paced = Duration::ZERO;
            let mut answered_as: Option<String> = None;
            let mut outcome = self
                .attempt(
                    &client,
                    req,
                    (&url, &origin, &uri),
                    body.as_ref(),
                    timeout,
                    (observe, &mut paced, &mut answered_as),
                )
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
                        (started, attempt, paced, answered_as.as_deref()),
                        None,
                        err,
                        redactor,
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
                (started, attempt, paced, answered_as.as_deref()),
                Some(delay),
                Some(&error),
                redactor,
            );
            if status_of(&error) == Some(429) && delay > LONG_WAIT {
                super::pacing::tell(delay, super::ratelimit::TOO_MANY);
            }
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
        (url, origin, uri): (&reqwest::Url, &str, &str),
        body: Option<&Vec<u8>>,
        timeout: Duration,
        (observe, paced, answered_as): (bool, &mut Duration, &mut Option<String>),
    ) -> (Outcome<T>, u16) {
        let mut answered_challenge = false;
        loop {
            *paced += self.pace(req, observe).await;
            // Held until the body is read: the connection is in use until then.
            let permit =
                match tokio::time::timeout(timeout, self.conns.clone().acquire_owned()).await {
                    Ok(Ok(p)) => p,
                    Ok(Err(_)) => {
                        return (
                            Outcome::Fail(Error::Unusable("the client has been closed".into())),
                            0,
                        )
                    }
                    Err(_) => {
                        let err = Error::Timeout(format!(
                            "{} {}: timed out after {:.1} s waiting for a free connection \
                             (max_connections={})",
                            req.method,
                            req.path,
                            timeout.as_secs_f64(),
                            self.config.max_connections
                        ));
                        // Nothing was sent: safe to try again, even a create.
                        return (self.retry_if(true, err, None), 0);
                    }
                };
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
            *answered_as = request_id(&headers);
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
                        // Drain a small body so the connection goes back to the pool.
                        drain(resp).await;
                        continue;
                    }
                }
            }
            let cap = self.config.max_response_bytes;
            let bytes = match read_capped(resp, cap).await {
                Ok(b) => b,
                Err(ReadFail::TooLarge) => {
                    let err = Error::Decode {
                        message: format!(
                            "{} {}: the answer is larger than max_response_bytes ({cap} bytes); \
                             it was not read",
                            req.method, req.path
                        ),
                        status: status.as_u16(),
                        request_id: request_id(&headers),
                    };
                    return (Outcome::Fail(err), status.as_u16());
                }
                Err(ReadFail::Timeout(e)) => {
                    let err = Error::Timeout(format!(
                        "{} {}: timed out while the answer arrived: {}",
                        req.method,
                        req.path,
                        chain(&e)
                    ));
                    return (
                        self.retry_if(req.safety == Safety::Idempotent, err, None),
                        status.as_u16(),
                    );
                }
                Err(ReadFail::Cut(e)) => {
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
            self.release_after_handback(permit).await;
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
        let request_id = request_id(headers);
        if status.is_success() {
            if body.iter().all(u8::is_ascii_whitespace) && !req.may_answer_nothing {
                return Outcome::Fail(Error::Decode {
                    message: format!(
                        "{} {}: the answer is empty, but this operation returns a body",
                        req.method, req.path
                    ),
                    status: status.as_u16(),
                    request_id,
                });
            }
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

    /// Wait for the rate limit; how long it took. A wait over a second is
    /// told to the observer first, with its cause, so that it does not pass
    /// for a slow server or a hang.
    async fn pace(&self, req: &Request, observe: bool) -> Duration {
        let started = Instant::now();
        let mut told = false;
        loop {
            let now = Instant::now();
            let wait = self.limiter.reserve(now);
            if wait.is_zero() {
                return started.elapsed();
            }
            if !told && wait > LONG_WAIT {
                told = true;
                let cause = self.limiter.cause(now);
                super::pacing::tell(wait, &cause);
                if let Some(obs) = self.observer.as_ref().filter(|_| observe) {
                    obs.on_wait(&WaitEvent {
                        method: req.method.as_str(),
                        path: &req.path,
                        wait,
                        cause: &cause,
                    });
                }
            }
            tokio::time::sleep(wait).await;
        }
    }

    fn observe_limits(&self, headers: &HeaderMap) {
        self.limiter.observe_limit(
            header_str(headers, "x-ratelimit-limit-minute").and_then(|v| v.trim().parse().ok()),
        );
        let remaining = header_str(headers, "x-ratelimit-remaining-minute")
            .and_then(|v| v.trim().parse::<u64>().ok());
        let reset =
            header_str(headers, "x-ratelimit-reset").and_then(|v| v.trim().parse::<f64>().ok());
        self.limiter.observe(Instant::now(), remaining, reset);
    }

    /// Report one exchange, with no secret and no endless text in it.
    #[allow(clippy::too_many_arguments)]
    fn emit(
        &self,
        observe: bool,
        req: &Request,
        status: Option<u16>,
        (started, attempt, paced, request_id): (Instant, u32, Duration, Option<&str>),
        retry_in: Option<Duration>,
        error: Option<&Error>,
        redactor: &Redactor,
    ) {
        let Some(obs) = self.observer.as_ref().filter(|_| observe) else {
            return;
        };
        let error_text = error.map(|e| {
            let mut text = e.to_string();
            redactor.scrub(&mut text);
            clip(&text, MESSAGE_CAP).into_owned()
        });
        obs.on_exchange(&RequestEvent {
            method: req.method.as_str(),
            path: &req.path,
            status,
            elapsed: started.elapsed(),
            attempt,
            retry_in,
            error: error_text.as_deref(),
            paced,
            request_id,
        });
    }

    /// Let a connection permit go once the pool has its connection back and
    /// no connect is under way. The pool takes a connection back on a task
    /// of its own after the body ended, and a connect that lost the race to a
    /// freed connection still adds its socket; a call let in before either
    /// settles would open a socket beside them. On a thread's own runtime
    /// (blocking calls) the hand-back runs while this task yields; on the
    /// shared runtime it may run on another worker, so the permit goes a
    /// moment later, off the caller's path. With plenty of permits free no
    /// call is near the limit, so the permit goes at once, at no cost.
    async fn release_after_handback(&self, permit: tokio::sync::OwnedSemaphorePermit) {
        let margin = (self.config.max_connections / 10).max(2);
        if self.conns.available_permits() >= margin {
            drop(permit);
            return;
        }
        if super::runtimes::current_local().is_some() {
            for _ in 0..3 {
                tokio::task::yield_now().await;
            }
            drop(permit);
            return;
        }
        let connecting = self.connecting.clone();
        let limit = self.config.connect_timeout;
        tokio::spawn(async move {
            tokio::time::sleep(HANDBACK).await;
            connecting.settled(limit).await;
            drop(permit);
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
