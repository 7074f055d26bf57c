//! The mock's front door: the request log, fault injection, digest auth and
//! the per-key rate limit, then the router; and the HTTP answer with the
//! service's headers.

use super::auth::{random_hex, Denied};
use super::context::{Ctx, Query};
use super::control;
use super::faults::FaultKind;
use super::log::Logged;
use super::object_serving;
use super::objects;
use super::ratelimit::Verdict;
use super::reply::{error_body, Fail};
use super::router::{dispatch, locate};
use super::shared::Shared;
use super::state::KeyRec;

/// How much of a body past the limit is still read, so that a client that
/// is still sending gets to read the 413.
const DRAIN_MAX: usize = 64 << 20;
use crate::config::Server;
use crate::operations::Match as Found;
use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::{header, HeaderValue, Method, StatusCode};
use axum::response::Response;
use bytes::Bytes;
use serde_json::Value;
use std::sync::Arc;
use std::time::{Duration, Instant};

fn json_response(status: StatusCode, body: Option<&Value>) -> Response {
    let mut resp = match body {
        Some(v) => {
            let bytes = serde_json::to_vec(v).unwrap_or_default();
            let mut r = Response::new(Body::from(bytes));
            r.headers_mut().insert(
                header::CONTENT_TYPE,
                HeaderValue::from_static("application/json"),
            );
            r
        }
        None => Response::new(Body::empty()),
    };
    *resp.status_mut() = status;
    resp
}

fn set(resp: &mut Response, name: &'static str, value: String) {
    if let Ok(v) = HeaderValue::from_str(&value) {
        resp.headers_mut().insert(name, v);
    }
}

fn ceil_secs(d: Duration) -> u64 {
    (d.as_secs_f64().ceil() as u64).max(1)
}

/// What the front door decided, before it becomes an HTTP response.
struct Outcome {
    status: StatusCode,
    body: Option<Value>,
    key: Option<String>,
    /// (limit, remaining, reset) for the `X-Ratelimit-*` headers.
    limits: Option<(u32, u32, Duration)>,
    challenge: Option<String>,
}

impl Outcome {
    fn denied(
        shared: &Shared,
        req: &Incoming,
        stale: bool,
        message: &str,
        now: Instant,
    ) -> Outcome {
        Outcome {
            status: StatusCode::UNAUTHORIZED,
            body: Some(error_body(req.server, StatusCode::UNAUTHORIZED, message)),
            key: None,
            limits: None,
            challenge: Some(shared.nonces().challenge(stale, now)),
        }
    }
}

fn authenticate(shared: &Shared, req: &Incoming, now: Instant) -> Result<KeyRec, Box<Outcome>> {
    let (header, method, target) = (req.authorization, req.method, req.target);
    let lookup = |user: &str| shared.state().keys.get(user).map(|k| k.secret.clone());
    let verdict = shared
        .nonces()
        .verify(header, method.as_str(), target, lookup, now);
    match verdict {
        Ok(user) => shared.state().keys.get(&user).cloned().ok_or_else(|| {
            Box::new(Outcome::denied(
                shared,
                req,
                false,
                "authentication failed: unknown API key",
                now,
            ))
        }),
        Err(Denied::Stale) => Err(Box::new(Outcome::denied(
            shared,
            req,
            true,
            "the nonce is stale; retry with the new challenge",
            now,
        ))),
        Err(Denied::Challenge(m)) => Err(Box::new(Outcome::denied(
            shared,
            req,
            false,
            &format!("authentication failed: {m}"),
            now,
        ))),
    }
}

fn rate_limit(
    shared: &Shared,
    req: &Incoming,
    key: &KeyRec,
    now: Instant,
) -> Result<Option<(u32, u32, Duration)>, Box<Outcome>> {
    let mut limiter = shared.limiter();
    let Some(l) = limiter.as_mut() else {
        return Ok(None);
    };
    let limit = l.limit();
    match l.check(&key.access_key, now) {
        Verdict::Allowed { remaining, reset } => Ok(Some((limit, remaining, reset))),
        Verdict::Limited { reset } => Err(Box::new(Outcome {
            status: StatusCode::TOO_MANY_REQUESTS,
            body: Some(error_body(
                req.server,
                StatusCode::TOO_MANY_REQUESTS,
                &format!(
                    "rate limit of {limit} requests exceeded; retry after {} s",
                    ceil_secs(reset)
                ),
            )),
            key: Some(key.access_key.clone()),
            limits: Some((limit, 0, reset)),
            challenge: None,
        })),
    }
}

fn parse_json(bytes: &[u8]) -> Result<Option<Value>, Fail> {
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Ok(None);
    }
    serde_json::from_slice(bytes)
        .map(Some)
        .map_err(|e| Fail::bad(format!("the request body is not valid JSON: {e}")))
}

struct Incoming<'a> {
    method: &'a Method,
    /// The server the path belongs to, for the shape of an error.
    server: Server,
    path: &'a str,
    target: &'a str,
    query: Option<&'a str>,
    authorization: Option<&'a str>,
    body: &'a [u8],
}

fn process(shared: &Shared, req: &Incoming, route: Found, now: Instant) -> Outcome {
    let key = match authenticate(shared, req, now) {
        Ok(k) => k,
        Err(denied) => return *denied,
    };
    let limits = match rate_limit(shared, req, &key, now) {
        Ok(l) => l,
        Err(limited) => return *limited,
    };
    let access_key = key.access_key.clone();
    let reply = parse_json(req.body).and_then(|body| {
        let ctx = Ctx {
            key,
            now: shared.clock.now(),
            query: Query::parse(req.query),
            body,
            tokens: &shared.tokens,
            objects: &shared.objects,
        };
        dispatch(&mut shared.state(), &ctx, req.method, req.path, route)
    });
    let (status, body) = match reply {
        Ok(b) => (StatusCode::OK, b),
        Err(f) => (f.status, Some(f.body(req.server))),
    };
    Outcome {
        status,
        body,
        key: Some(access_key),
        limits,
        challenge: None,
    }
}

/// Marks a response that must not be sent: the connection is closed instead.
#[derive(Clone, Copy)]
pub struct DropConnection;

/// A body that sends `bytes` and then fails, so the connection is cut mid-answer.
fn cut_body(bytes: Vec<u8>) -> Body {
    let chunks: Vec<Result<Bytes, std::io::Error>> = vec![
        Ok(Bytes::from(bytes)),
        Err(std::io::Error::new(
            std::io::ErrorKind::ConnectionReset,
            "fault: cut",
        )),
    ];
    Body::from_stream(futures_util::stream::iter(chunks))
}

fn raw_response(status: u16, content_type: Option<&str>, body: Vec<u8>) -> Response {
    let mut resp = Response::new(Body::from(body));
    *resp.status_mut() = StatusCode::from_u16(status).unwrap_or(StatusCode::OK);
    if let Some(ct) = content_type.and_then(|c| HeaderValue::from_str(c).ok()) {
        resp.headers_mut().insert(header::CONTENT_TYPE, ct);
    }
    resp
}

/// Spoil a served answer as the fault says.
fn spoil(mut resp: Response, fault: &FaultKind, body: Option<&Value>) -> Response {
    let bytes = body.map(|b| b.to_string().into_bytes()).unwrap_or_default();
    match fault {
        FaultKind::DropBeforeHeaders => {
            resp.extensions_mut().insert(DropConnection);
        }
        FaultKind::DropAfterHeaders => *resp.body_mut() = cut_body(Vec::new()),
        FaultKind::Truncated => {
            let half = bytes[..bytes.len() / 2].to_vec();
            if let Ok(v) = HeaderValue::from_str(&bytes.len().to_string()) {
                resp.headers_mut().insert(header::CONTENT_LENGTH, v);
            }
            *resp.body_mut() = cut_body(half);
        }
        FaultKind::Malformed => {
            resp.headers_mut().remove(header::CONTENT_LENGTH);
            *resp.body_mut() = Body::from(r#"{"clusters": [{"clusterId": "1", "#);
        }
        FaultKind::WrongContentType => {
            resp.headers_mut().remove(header::CONTENT_LENGTH);
            resp.headers_mut()
                .insert(header::CONTENT_TYPE, HeaderValue::from_static("text/html"));
            *resp.body_mut() = Body::from("<html><body>Service is under maintenance</body></html>");
        }
        FaultKind::Status { .. } | FaultKind::Delay(_) | FaultKind::Raw { .. } => {}
    }
    resp
}

pub async fn handle(State(shared): State<Arc<Shared>>, req: Request) -> Response {
    let (parts, body) = req.into_parts();
    let path = parts.uri.path();
    let target = parts.uri.path_and_query().map_or(path, |p| p.as_str());
    // Presigned URLs of the object storage: streamed, signed, no digest auth.
    if path.starts_with(objects::PREFIX) {
        return object_serving::serve(&shared, &parts, body).await;
    }
    let bytes = match read_body(&shared, &parts, body).await {
        Ok(b) => b,
        Err(too_large) => return too_large,
    };
    if shared.control_endpoints && path.starts_with(control::PREFIX) {
        let (status, body) = control::answer(shared.as_ref(), &parts.method, path, &bytes);
        return json_response(status, Some(&body));
    }
    let fault = shared.faults().take(parts.method.as_str(), path);
    // Digest nonces and rate windows run on real time; the store's
    // transitions on the mock's clock, which a test may hold still.
    let now = Instant::now();
    let located = locate(parts.method.as_str(), path);
    // Bodies are written out for the log only when it keeps them.
    let log = |status: StatusCode, key: Option<String>, response_body: Option<&Value>| {
        shared.log(Logged {
            method: parts.method.to_string(),
            path: path.to_owned(),
            query: parts.uri.query().unwrap_or("").to_owned(),
            status: status.as_u16(),
            key,
            user_agent: parts
                .headers
                .get(header::USER_AGENT)
                .and_then(|v| v.to_str().ok())
                .map(str::to_owned),
            request_body: (shared.record_bodies && !bytes.is_empty())
                .then(|| String::from_utf8_lossy(&bytes).into_owned()),
            response_body: response_body
                .filter(|_| shared.record_bodies)
                .map(Value::to_string),
            fault: fault.is_some(),
        })
    };
    match &fault {
        Some(FaultKind::Status {
            status,
            retry_after,
        }) => {
            let code = StatusCode::from_u16(*status).unwrap_or(StatusCode::SERVICE_UNAVAILABLE);
            let body = error_body(
                located.server,
                code,
                &format!("injected fault: HTTP {status}"),
            );
            log(code, None, Some(&body));
            let mut resp = json_response(code, Some(&body));
            if let Some(ra) = retry_after {
                set(&mut resp, "retry-after", ra.clone());
            }
            return resp;
        }
        Some(FaultKind::Raw {
            status,
            content_type,
            body,
        }) => {
            let code = StatusCode::from_u16(*status).unwrap_or(StatusCode::OK);
            log(code, None, None);
            return raw_response(*status, content_type.as_deref(), body.clone());
        }
        _ => {}
    }
    let incoming = Incoming {
        method: &parts.method,
        server: located.server,
        path,
        target,
        query: parts.uri.query(),
        authorization: parts
            .headers
            .get(header::AUTHORIZATION)
            .and_then(|v| v.to_str().ok()),
        body: &bytes,
    };
    let out = process(&shared, &incoming, located.route, now);
    log(out.status, out.key.clone(), out.body.as_ref());
    let mut resp = json_response(out.status, out.body.as_ref());
    set(&mut resp, "x-debug-trace-id", random_hex(8));
    if let Some(c) = out.challenge {
        set(&mut resp, "www-authenticate", c);
    }
    if let Some((limit, remaining, reset)) = out.limits {
        set(&mut resp, "x-ratelimit-limit-minute", limit.to_string());
        set(
            &mut resp,
            "x-ratelimit-remaining-minute",
            remaining.to_string(),
        );
        // As the service does, a 429 says when to come back in these
        // headers only: there is no `Retry-After`.
        set(&mut resp, "x-ratelimit-reset", ceil_secs(reset).to_string());
    }
    match &fault {
        // The work is done; the answer is late (and lost if the client gives up).
        Some(FaultKind::Delay(d)) => {
            tokio::time::sleep(*d).await;
            resp
        }
        Some(f) if f.serves() => spoil(resp, f, out.body.as_ref()),
        _ => resp,
    }
}

/// A request's body, or the 413 answer (in the server's error shape) when it
/// is larger than the mock accepts.
pub async fn read_body(
    shared: &Shared,
    parts: &axum::http::request::Parts,
    body: axum::body::Body,
) -> Result<bytes::Bytes, axum::response::Response> {
    use futures_util::StreamExt;
    let limit = shared.max_body_bytes;
    let declared = parts
        .headers
        .get(axum::http::header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok());
    // A body past the limit is still read (and dropped) up to DRAIN_MAX, so
    // that the client, still sending, gets to read the 413.
    let mut total = 0usize;
    if declared.is_none_or(|n| n <= DRAIN_MAX as u64) {
        let mut buf = bytes::BytesMut::new();
        let mut stream = body.into_data_stream();
        while let Some(chunk) = stream.next().await {
            // A client gone mid-body: what came is not a request to act on.
            let Ok(chunk) = chunk else {
                return Ok(bytes::Bytes::new());
            };
            total += chunk.len();
            if total <= limit {
                buf.extend_from_slice(&chunk);
            } else if total > DRAIN_MAX {
                break;
            }
        }
        if total <= limit {
            return Ok(buf.freeze());
        }
    }
    let close = total > DRAIN_MAX || declared.is_some_and(|n| n > DRAIN_MAX as u64);
    let path = parts.uri.path();
    let status = axum::http::StatusCode::PAYLOAD_TOO_LARGE;
    let message = format!("the request body is larger than the mock accepts ({limit} bytes)");
    let body = error_body(locate(parts.method.as_str(), path).server, status, &message);
    shared.log(Logged {
        method: parts.method.to_string(),
        path: path.to_owned(),
        query: parts.uri.query().unwrap_or("").to_owned(),
        status: status.as_u16(),
        key: None,
        user_agent: None,
        request_body: None,
        response_body: shared.record_bodies.then(|| body.to_string()),
        fault: false,
    });
    let mut resp = axum::response::Response::new(axum::body::Body::from(body.to_string()));
    *resp.status_mut() = status;
    resp.headers_mut().insert(
        axum::http::header::CONTENT_TYPE,
        axum::http::HeaderValue::from_static("application/json"),
    );
    if close {
        // The rest of the body is not read: the connection cannot serve again.
        resp.headers_mut().insert(
            axum::http::header::CONNECTION,
            axum::http::HeaderValue::from_static("close"),
        );
    }
    Err(resp)
}
