//! The mock's front door: request log, fault injection, digest auth, the per-key
//! rate limit, then dispatch by method and path to the handlers of each tag.

use super::auth::{random_hex, Denied};
use super::faults::FaultKind;
use super::paging::Tokens;
use super::ratelimit::Verdict;
use super::reply::{error_body, Fail, Reply};
use super::server::Shared;
use super::state::KeyRec;
use super::{
    api_keys, audit_logs, backups, billing, clusters, imports, integrations, network,
    private_endpoints, projects, regions, sql_users, tidb_node_groups,
};
use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::{header, HeaderValue, Method, StatusCode};
use axum::response::Response;
use bytes::Bytes;
use serde_json::{Map, Value};
use std::sync::Arc;
use std::time::{Duration, Instant};

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
    /// `pageSize`, or `default` when the request gives none.
    pub fn page_size(&self, default: usize) -> Result<usize, Fail> {
        match self.get("pageSize") {
            None => Ok(default),
            Some(v) => match v.parse::<i64>() {
                Ok(n) if (1..=100).contains(&n) => Ok(n as usize),
                _ => Err(Fail::bad(format!(
                    "pageSize must be an integer from 1 to 100, got {v:?}"
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
}

/// A page of `items` (in key order) as `{<key>: [...], nextPageToken}`,
/// rendering only the items that land on the page.
pub fn paged_by<T>(
    ctx: &Ctx,
    listing: &str,
    key: &str,
    items: impl IntoIterator<Item = (u64, T)>,
    render: impl Fn(T) -> Value,
) -> Reply {
    paged(ctx, Listing::new(listing, key), items, render)
}

/// What a list answers besides its items.
pub struct Listing<'a> {
    /// The path and filters: a page token is good for this listing only.
    pub listing: &'a str,
    /// The key the items go under.
    pub key: &'a str,
    /// Items on a page unless the request says `pageSize`.
    pub default_size: usize,
    /// Whether the answer carries `totalSize`, as some of the service's lists do.
    pub total: bool,
    /// How many items the listing has, when the caller knows without counting.
    pub known_total: Option<usize>,
}

impl<'a> Listing<'a> {
    pub fn new(listing: &'a str, key: &'a str) -> Self {
        Listing {
            listing,
            key,
            default_size: 100,
            total: false,
            known_total: None,
        }
    }
    pub fn counted(self) -> Self {
        Listing {
            total: true,
            ..self
        }
    }
    /// The listing's size, known already: the items past the page are not counted.
    pub fn total_of(self, n: usize) -> Self {
        Listing {
            known_total: Some(n),
            ..self
        }
    }
    pub fn default_size(self, n: usize) -> Self {
        Listing {
            default_size: n,
            ..self
        }
    }
}

/// One page of `items` as `{<key>: [...], nextPageToken, totalSize?}`,
/// rendering only the items that land on the page.
pub fn paged<T>(
    ctx: &Ctx,
    l: Listing<'_>,
    items: impl IntoIterator<Item = (u64, T)>,
    render: impl Fn(T) -> Value,
) -> Reply {
    let page_size = ctx.query.page_size(l.default_size)?;
    let page = ctx
        .tokens
        .page(
            l.listing,
            items,
            page_size,
            ctx.query.get("pageToken"),
            l.known_total,
            render,
        )
        .map_err(Fail::bad)?;
    let mut out = Map::new();
    out.insert(l.key.into(), Value::Array(page.items));
    if let Some(t) = page.next_token {
        out.insert("nextPageToken".into(), Value::String(t));
    }
    if l.total {
        out.insert("totalSize".into(), Value::from(page.total));
    }
    Ok(Some(Value::Object(out)))
}

/// One entry of the request log kept for tests.
#[derive(Debug, Clone)]
pub struct Logged {
    pub method: String,
    pub path: String,
    pub query: String,
    pub status: u16,
    pub key: Option<String>,
    pub user_agent: Option<String>,
    /// Bodies, kept only when the mock records them (for contract checks).
    pub request_body: Option<String>,
    pub response_body: Option<String>,
    /// Set when an injected fault shaped this exchange.
    pub fault: bool,
}

/// Path segments after `/v1beta1`, with a `:verb` suffix split off the last one.
fn split_path(path: &str) -> Option<(Vec<String>, Option<String>)> {
    let rest = path.strip_prefix("/v1beta1/")?;
    let mut raw: Vec<&str> = rest.split('/').collect();
    let mut verb = None;
    if let Some(last) = raw.last_mut() {
        if let Some((seg, v)) = last.split_once(':') {
            verb = Some(v.to_owned());
            *last = seg;
        }
    }
    let segs = raw
        .into_iter()
        .map(|s| {
            percent_encoding::percent_decode_str(s)
                .decode_utf8()
                .map(|c| c.into_owned())
        })
        .collect::<Result<Vec<_>, _>>()
        .ok()?;
    if segs.iter().any(String::is_empty) {
        return None;
    }
    Some((segs, verb))
}

fn dispatch(shared: &Shared, ctx: &Ctx, method: &Method, path: &str) -> Reply {
    let (segs, verb) =
        split_path(path).ok_or_else(|| Fail::not_found(format!("no such path {path}")))?;
    let s: Vec<&str> = segs.iter().map(String::as_str).collect();
    let mut st = shared.state();
    if *method != Method::GET {
        st.touch();
    }
    st.settle(ctx.now);
    let not_allowed = || {
        Fail::new(
            StatusCode::METHOD_NOT_ALLOWED,
            format!("{method} is not allowed on {path}"),
        )
    };
    match (s.as_slice(), verb.as_deref()) {
        (["serverless", rest @ ..], verb) => {
            super::serverless::dispatch(&mut st, ctx, method, rest, verb, path)
        }
        (["clusters"], None) => match *method {
            Method::GET => clusters::list(&mut st, ctx),
            Method::POST => clusters::create(&mut st, ctx),
            _ => Err(not_allowed()),
        },
        (["clusters"], Some("showNodeQuota")) if method == Method::GET => clusters::node_quota(),
        (["clusters", id], None) => match *method {
            Method::GET => clusters::get(&mut st, ctx, id),
            Method::PATCH => clusters::update(&mut st, ctx, id),
            Method::DELETE => clusters::delete(&mut st, ctx, id),
            _ => Err(not_allowed()),
        },
        (["clusters", id], Some(v)) => match (method, v) {
            (&Method::POST, "pauseCluster") => clusters::pause(&mut st, ctx, id),
            (&Method::POST, "resumeCluster") => clusters::resume(&mut st, ctx, id),
            (&Method::POST, "resetRootPassword") => clusters::reset_root_password(&mut st, ctx, id),
            (_, "pauseCluster" | "resumeCluster" | "resetRootPassword") => Err(not_allowed()),
            _ => Err(Fail::not_found(format!("no such action :{v}"))),
        },
        (["clusters", id, "imports"], None) => match *method {
            Method::GET => imports::list(&mut st, ctx, id),
            Method::POST => imports::create(&mut st, ctx, id),
            _ => Err(not_allowed()),
        },
        (["clusters", id, "imports", iid], None) if method == Method::GET => {
            imports::get(&mut st, ctx, id, iid)
        }
        (["clusters", id, "imports", iid], Some("cancel")) if method == Method::POST => {
            imports::cancel(&mut st, ctx, id, iid)
        }
        (["clusters", _, "imports", ..], _) => Err(not_allowed()),
        (["clusters", id, "integrations"], None) => match *method {
            Method::GET => integrations::list(&mut st, ctx, id),
            Method::POST => integrations::create(&mut st, ctx, id),
            _ => Err(not_allowed()),
        },
        (["clusters", id, "integrations", iid], None) if method == Method::DELETE => {
            integrations::delete(&mut st, ctx, id, iid)
        }
        (["clusters", id, "tidbNodeGroups"], None) => match *method {
            Method::GET => tidb_node_groups::list(&mut st, ctx, id),
            Method::POST => tidb_node_groups::create(&mut st, ctx, id),
            _ => Err(not_allowed()),
        },
        (["clusters", id, "tidbNodeGroups", gid], None) => match *method {
            Method::GET => tidb_node_groups::get(&mut st, ctx, id, gid),
            Method::PATCH => tidb_node_groups::update(&mut st, ctx, id, gid),
            Method::DELETE => tidb_node_groups::delete(&mut st, ctx, id, gid),
            _ => Err(not_allowed()),
        },
        (["clusters", id, "tidbNodeGroups", gid, "publicEndpointSetting"], None) => match *method {
            Method::GET => tidb_node_groups::get_public(&mut st, ctx, id, gid),
            Method::PATCH => tidb_node_groups::update_public(&mut st, ctx, id, gid),
            _ => Err(not_allowed()),
        },
        (["clusters", id, "tidbNodeGroups", gid, "privateLinkService"], None)
            if method == Method::GET =>
        {
            tidb_node_groups::private_link_service(&mut st, ctx, id, gid)
        }
        (["clusters", id, "tidbNodeGroups", gid, "privateEndpointConnections"], None) => {
            match *method {
                Method::GET => private_endpoints::list(&mut st, ctx, id, gid),
                Method::POST => private_endpoints::create(&mut st, ctx, id, gid),
                _ => Err(not_allowed()),
            }
        }
        (["clusters", id, "tidbNodeGroups", gid, "privateEndpointConnections", eid], None) => {
            match *method {
                Method::GET => private_endpoints::get(&mut st, ctx, id, gid, eid),
                Method::DELETE => private_endpoints::delete(&mut st, ctx, id, gid, eid),
                _ => Err(not_allowed()),
            }
        }
        (["networkContainers"], None) => match *method {
            Method::GET => network::list_containers(&mut st, ctx),
            Method::POST => network::create_container(&mut st, ctx),
            _ => Err(not_allowed()),
        },
        (["networkContainers", nid], None) => match *method {
            Method::GET => network::get_container(&mut st, ctx, nid),
            Method::DELETE => network::delete_container(&mut st, ctx, nid),
            _ => Err(not_allowed()),
        },
        (["vpcPeerings"], None) => match *method {
            Method::GET => network::list_peerings(&mut st, ctx),
            Method::POST => network::create_peering(&mut st, ctx),
            _ => Err(not_allowed()),
        },
        (["vpcPeerings", pid], None) => match *method {
            Method::GET => network::get_peering(&mut st, ctx, pid),
            Method::DELETE => network::delete_peering(&mut st, ctx, pid),
            _ => Err(not_allowed()),
        },
        (["apikeys"], None) => match *method {
            Method::GET => api_keys::list(&mut st, ctx),
            Method::POST => api_keys::create(&mut st, ctx),
            _ => Err(not_allowed()),
        },
        (["apikeys", key], None) => match *method {
            Method::GET => api_keys::get(&mut st, ctx, key),
            Method::PATCH => api_keys::update(&mut st, ctx, key),
            Method::DELETE => api_keys::delete(&mut st, ctx, key),
            _ => Err(not_allowed()),
        },
        (["auditLogs"], None) if method == Method::GET => audit_logs::list(&mut st, ctx),
        (["projects"], None) => match *method {
            Method::GET => projects::list(&mut st, ctx),
            Method::POST => backups::create_project(&mut st, ctx),
            _ => Err(not_allowed()),
        },
        (["projects", pid, "clusters", cid, "backups"], None) => match *method {
            Method::GET => backups::list(&mut st, ctx, pid, cid),
            Method::POST => backups::create(&mut st, ctx, pid, cid),
            _ => Err(not_allowed()),
        },
        (["projects", pid, "clusters", cid, "backups", bid], None) => match *method {
            Method::GET => backups::get(&mut st, ctx, pid, cid, bid),
            Method::DELETE => backups::delete(&mut st, ctx, pid, cid, bid),
            _ => Err(not_allowed()),
        },
        (["projects", pid, "restores"], None) => match *method {
            Method::GET => backups::list_restores(&mut st, ctx, pid),
            Method::POST => backups::create_restore(&mut st, ctx, pid),
            _ => Err(not_allowed()),
        },
        (["projects", pid, "restores", rid], None) if method == Method::GET => {
            backups::get_restore(&mut st, ctx, pid, rid)
        }
        (["clusters", id, "sqlUsers"], None) => match *method {
            Method::GET => sql_users::list(&mut st, ctx, id),
            Method::POST => sql_users::create(&mut st, ctx, id),
            _ => Err(not_allowed()),
        },
        (["clusters", id, "sqlUsers", name], None) => match *method {
            Method::GET => sql_users::get(&mut st, ctx, id, name),
            Method::PATCH => sql_users::update(&mut st, ctx, id, name),
            Method::DELETE => sql_users::delete(&mut st, ctx, id, name),
            _ => Err(not_allowed()),
        },
        (["bills", m], None) if method == Method::GET => billing::monthly(&mut st, ctx, m),
        (["billsDetails", m], None) if method == Method::GET => billing::details(&mut st, ctx, m),
        (["billsCostExplorer"], None) if method == Method::POST => {
            billing::cost_explorer(&mut st, ctx)
        }
        (["auditLogs" | "bills" | "billsDetails" | "billsCostExplorer", ..], None) => {
            Err(not_allowed())
        }
        (["regions"], None) if method == Method::GET => regions::list(ctx),
        (["regions"], Some("showCloudProviders")) if method == Method::GET => {
            regions::cloud_providers(ctx)
        }
        (["regions", id, "componentTypes", kind, "nodeSpecs", key], None)
            if method == Method::GET =>
        {
            regions::node_spec(id, kind, key)
        }
        (["regions", id], None) if method == Method::GET => regions::get(id),
        (["regions", id, "nodeSpecs"], None) if method == Method::GET => {
            regions::node_specs(&st, ctx, id)
        }
        (["regions", ..], None) => Err(not_allowed()),
        _ => Err(Fail::not_found(format!("no such path {path}"))),
    }
}

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
            body: Some(error_body(
                req.method.as_str(),
                req.path,
                StatusCode::UNAUTHORIZED,
                message,
            )),
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
                req.method.as_str(),
                req.path,
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
    path: &'a str,
    target: &'a str,
    query: Option<&'a str>,
    authorization: Option<&'a str>,
    body: &'a [u8],
}

fn process(shared: &Shared, req: &Incoming, now: Instant) -> Outcome {
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
            now,
            query: Query::parse(req.query),
            body,
            tokens: &shared.tokens,
        };
        dispatch(shared, &ctx, req.method, req.path)
    });
    let (status, body) = match reply {
        Ok(b) => (StatusCode::OK, b),
        Err(f) => (f.status, Some(f.body(req.method.as_str(), req.path))),
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
    let bytes = match super::server::read_body(&shared, &parts, body).await {
        Ok(b) => b,
        Err(too_large) => return too_large,
    };
    let fault = shared.faults().take(parts.method.as_str(), path);
    let now = Instant::now();
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
                parts.method.as_str(),
                path,
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
        path,
        target,
        query: parts.uri.query(),
        authorization: parts
            .headers
            .get(header::AUTHORIZATION)
            .and_then(|v| v.to_str().ok()),
        body: &bytes,
    };
    let out = process(&shared, &incoming, now);
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
