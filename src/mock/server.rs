//! Starting and stopping the mock: it serves on its own thread and runtime, so a
//! test (sync or async) can use it without sharing an event loop.

use super::auth::{random_hex, Algorithm, NonceStore};
use super::clock::Clock;
use super::control::{self, Controls, Seeder};
use super::faults::{Fault, Faults};
use super::front::{handle, DropConnection};
use super::log::Logged;
use super::paging::Tokens;
use super::ratelimit::KeyLimiter;
use super::state::{KeyRec, State, ROLES};
use axum::Router;
use serde_json::{Map, Value};
use std::net::SocketAddr;
use std::sync::{Arc, Mutex, MutexGuard};
use std::thread::JoinHandle;
use std::time::Duration;
use tokio::sync::oneshot;

#[derive(Debug, Clone)]
pub struct MockOptions {
    pub host: String,
    pub port: u16,
    /// (requests, window in seconds) per API key; `None` turns the limit off.
    pub rate_limit: Option<(u32, f64)>,
    pub transition_seconds: f64,
    pub nonce_ttl_seconds: f64,
    pub algorithm: Algorithm,
    /// Keep request and response bodies in the request log.
    pub record_bodies: bool,
    /// The Organization Owner key pair; random when `None`.
    pub owner_key: Option<(String, String)>,
    /// Transitions wait for the test to move the clock (`advance`, `settle`).
    pub manual_clock: bool,
    /// Serve the control endpoints below `/_mock/`.
    pub control: bool,
}

impl Default for MockOptions {
    fn default() -> Self {
        MockOptions {
            host: "127.0.0.1".into(),
            port: 0,
            rate_limit: Some((100, 60.0)),
            transition_seconds: 0.5,
            nonce_ttl_seconds: 300.0,
            algorithm: Algorithm::Md5,
            record_bodies: false,
            owner_key: None,
            manual_clock: false,
            control: false,
        }
    }
}

/// Everything the request handlers share. Each part has its own lock, taken
/// briefly and never across an await.
pub struct Shared {
    state: Mutex<State>,
    nonces: Mutex<NonceStore>,
    limiter: Mutex<Option<KeyLimiter>>,
    log: Mutex<Vec<Logged>>,
    faults: Mutex<Faults>,
    pub tokens: Tokens,
    pub record_bodies: bool,
    /// The clock every transition is measured against.
    pub clock: Clock,
    /// Whether the control endpoints below `/_mock/` answer.
    pub control_endpoints: bool,
    /// The Organization Owner key, kept through a reset.
    owner: KeyRec,
}

fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|p| p.into_inner())
}

impl Shared {
    pub fn state(&self) -> MutexGuard<'_, State> {
        lock(&self.state)
    }
    pub fn nonces(&self) -> MutexGuard<'_, NonceStore> {
        lock(&self.nonces)
    }
    pub fn limiter(&self) -> MutexGuard<'_, Option<KeyLimiter>> {
        lock(&self.limiter)
    }
    pub fn faults(&self) -> MutexGuard<'_, Faults> {
        lock(&self.faults)
    }
    pub fn log(&self, entry: Logged) {
        let mut log = lock(&self.log);
        // Bounded so that a long benchmark cannot grow it without end.
        if log.len() >= 1_000_000 {
            log.drain(..500_000);
        }
        log.push(entry);
    }
    pub fn clear_log(&self) {
        lock(&self.log).clear();
    }
}

pub struct MockServer {
    addr: SocketAddr,
    owner: KeyRec,
    shared: Arc<Shared>,
    shutdown: Option<oneshot::Sender<()>>,
    thread: Option<JoinHandle<()>>,
    /// The process serving: a forked child has a copy of this handle but not
    /// the thread, and must leave the parent's server alone.
    pid: u32,
}

fn check_seconds(name: &str, v: f64, allow_zero: bool) -> std::io::Result<Duration> {
    let ok = v.is_finite() && (v > 0.0 || (allow_zero && v == 0.0)) && v <= 86_400.0;
    if ok {
        Ok(Duration::from_secs_f64(v))
    } else {
        Err(std::io::Error::new(
            std::io::ErrorKind::InvalidInput,
            format!("{name} must be a number of seconds from 0 to 86400, got {v}"),
        ))
    }
}

impl MockServer {
    pub fn start(opts: MockOptions) -> std::io::Result<MockServer> {
        let transition = check_seconds("transition_seconds", opts.transition_seconds, true)?;
        let ttl = check_seconds("nonce_ttl_seconds", opts.nonce_ttl_seconds, false)?;
        let limiter = match opts.rate_limit {
            None => None,
            Some((n, w)) => {
                if n == 0 {
                    return Err(std::io::Error::new(
                        std::io::ErrorKind::InvalidInput,
                        "rate_limit needs at least 1 request per window",
                    ));
                }
                Some(KeyLimiter::new(
                    n,
                    check_seconds("rate_limit window", w, false)?,
                ))
            }
        };
        let mut state = State::new(transition);
        let owner = match &opts.owner_key {
            Some((public, private)) => {
                if public.is_empty() || private.is_empty() || public.contains([':', '"']) {
                    return Err(std::io::Error::new(
                        std::io::ErrorKind::InvalidInput,
                        "the mock's keys must be non-empty, without ':' or '\"'",
                    ));
                }
                state.add_key_with("mock owner", "org:owner", 0, public, private)
            }
            None => state.add_key("mock owner", "org:owner", 0),
        };
        let shared = Arc::new(Shared {
            state: Mutex::new(state),
            nonces: Mutex::new(NonceStore::new("tidb.cloud", opts.algorithm, ttl)),
            limiter: Mutex::new(limiter),
            log: Mutex::new(Vec::new()),
            faults: Mutex::new(Faults::default()),
            tokens: Tokens::new(random_hex(16)),
            record_bodies: opts.record_bodies,
            clock: Clock::new(opts.manual_clock),
            control_endpoints: opts.control,
            owner: owner.clone(),
        });
        let listener = std::net::TcpListener::bind((opts.host.as_str(), opts.port))?;
        listener.set_nonblocking(true)?;
        let addr = listener.local_addr()?;
        // One thread serves everything: on a small machine, fewer hand-offs
        // between threads make each answer quicker.
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()?;
        let (tx, rx) = oneshot::channel::<()>();
        let app = Router::new().fallback(handle).with_state(shared.clone());
        let thread = std::thread::Builder::new()
            .name("tidbcloud-mock".into())
            .spawn(move || {
                runtime.block_on(async move {
                    let Ok(listener) = tokio::net::TcpListener::from_std(listener) else {
                        return;
                    };
                    tokio::select! {
                        _ = serve(listener, app) => {}
                        _ = rx => {}
                    }
                });
                // Open keep-alive connections must not hold the thread.
                runtime.shutdown_timeout(Duration::from_millis(200));
            })?;
        Ok(MockServer {
            addr,
            owner,
            shared,
            shutdown: Some(tx),
            thread: Some(thread),
            pid: std::process::id(),
        })
    }

    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// The base URL for all three servers, `/v1beta1` included.
    pub fn url(&self) -> String {
        format!("http://{}/v1beta1", self.addr)
    }

    pub fn public_key(&self) -> &str {
        &self.owner.access_key
    }

    pub fn private_key(&self) -> &str {
        &self.owner.secret
    }

    /// A new API key with `role`, usable at once. Returns (public, private).
    pub fn create_key(
        &self,
        display_name: &str,
        role: &str,
        project_id: i64,
    ) -> Result<(String, String), String> {
        if !ROLES.contains(&role) {
            return Err(format!(
                "unknown role {role:?}; known roles: {}",
                ROLES.join(", ")
            ));
        }
        let k = self.shared.state().add_key(display_name, role, project_id);
        Ok((k.access_key, k.secret))
    }

    /// Make every issued nonce stale: the next authenticated request gets
    /// 401 with `stale=true`.
    pub fn expire_nonces(&self) {
        self.shared.nonces().expire_all();
    }

    /// Requests seen so far, oldest first.
    pub fn requests(&self) -> Vec<Logged> {
        lock(&self.shared.log).clone()
    }

    /// How many requests match `method` and `path` (either may be `None`);
    /// `path` may end in `*` to match a prefix. `authenticated`: only those
    /// that passed digest auth (the API calls, not the challenges).
    pub fn request_count(
        &self,
        method: Option<&str>,
        path: Option<&str>,
        authenticated: bool,
    ) -> usize {
        let log = lock(&self.shared.log);
        log.iter()
            .filter(|r| !authenticated || r.key.is_some())
            .filter(|r| method.is_none_or(|m| r.method.eq_ignore_ascii_case(m)))
            .filter(|r| path.is_none_or(|p| path_matches(p, &r.path)))
            .count()
    }

    pub fn reset_log(&self) {
        lock(&self.shared.log).clear();
    }

    /// Add a fault for the next `fault.remaining` matching requests.
    pub fn inject(&self, fault: Fault) {
        self.shared.faults().add(fault);
    }

    pub fn clear_faults(&self) {
        self.shared.faults().clear();
    }

    /// How many requests met a fault so far.
    pub fn faults_injected(&self) -> u64 {
        self.shared.faults().injected()
    }

    pub fn shared(&self) -> &Arc<Shared> {
        &self.shared
    }

    pub fn stop(&mut self) {
        if self.pid != std::process::id() {
            // Not ours to stop, and its thread does not exist here.
            std::mem::forget(self.shutdown.take());
            std::mem::forget(self.thread.take());
            return;
        }
        if let Some(tx) = self.shutdown.take() {
            let _ = tx.send(());
        }
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

/// How long the accept loop rests after an error such as EMFILE.
const ACCEPT_BACKOFF: Duration = Duration::from_millis(50);

/// Accept connections and serve each with HTTP/1.1 keep-alive. A response marked
/// `DropConnection` becomes a service error, which makes hyper close the
/// connection without sending anything: a fault axum alone cannot produce.
async fn serve(listener: tokio::net::TcpListener, app: Router) {
    use tower::ServiceExt;
    loop {
        let stream = match listener.accept().await {
            Ok((stream, _)) => stream,
            // A connection that died in the queue: take the next one.
            Err(e)
                if matches!(
                    e.kind(),
                    std::io::ErrorKind::ConnectionAborted | std::io::ErrorKind::ConnectionReset
                ) =>
            {
                continue
            }
            // Out of descriptors or memory: the same error would come back at
            // once, so pause instead of spinning on a core.
            Err(_) => {
                tokio::time::sleep(ACCEPT_BACKOFF).await;
                continue;
            }
        };
        let _ = stream.set_nodelay(true);
        let app = app.clone();
        tokio::spawn(async move {
            let service =
                hyper::service::service_fn(move |req: hyper::Request<hyper::body::Incoming>| {
                    let app = app.clone();
                    async move {
                        let resp = app
                            .oneshot(req.map(axum::body::Body::new))
                            .await
                            .unwrap_or_else(|never| match never {});
                        if resp.extensions().get::<DropConnection>().is_some() {
                            return Err(std::io::Error::other("fault: connection dropped"));
                        }
                        Ok(resp)
                    }
                });
            let io = hyper_util::rt::TokioIo::new(stream);
            let _ = hyper::server::conn::http1::Builder::new()
                .serve_connection(io, service)
                .await;
        });
    }
}

fn path_matches(pattern: &str, path: &str) -> bool {
    match pattern.strip_suffix('*') {
        Some(prefix) => path.starts_with(prefix),
        None => pattern == path,
    }
}

impl Drop for MockServer {
    fn drop(&mut self) {
        self.stop();
    }
}

/// A test's controls, over the shared parts: the clock and the store first,
/// then what a reset also clears.
impl Controls for Shared {
    fn advance(&self, seconds: f64) -> Result<f64, String> {
        control::advance(&self.clock, &mut self.state(), seconds)
    }

    fn settle(&self) -> f64 {
        control::settle(&self.clock, &mut self.state())
    }

    fn reset(&self) {
        control::reset_store(&mut self.state(), &self.owner);
        self.clear_log();
        self.faults().clear();
        if let Some(l) = self.limiter().as_mut() {
            l.forget();
        }
    }

    fn seed(&self, kind: &str, fields: Map<String, Value>) -> Result<Value, String> {
        let by = Seeder {
            owner: &self.owner,
            tokens: &self.tokens,
        };
        let mut st = self.state();
        control::seed(&by, &mut st, self.clock.now(), kind, fields)
    }
}

/// The same controls on the Rust face of the server.
impl MockServer {
    /// Move the mock's clock forward by `seconds`; every transition due by
    /// then happens. Returns the seconds moved.
    pub fn advance(&self, seconds: f64) -> Result<f64, String> {
        self.shared.advance(seconds)
    }

    /// Move the clock on until nothing is pending; returns the seconds moved.
    pub fn settle(&self) -> f64 {
        self.shared.settle()
    }

    /// Empty the store back to its first state and forget the requests seen,
    /// the faults not yet fired and every key's rate window.
    pub fn reset(&self) {
        self.shared.reset()
    }

    /// Put a resource of `kind` (`clusters`, `serverless/clusters`,
    /// `projects`) straight into the store; returns it as a get does.
    pub fn seed(&self, kind: &str, fields: Map<String, Value>) -> Result<Value, String> {
        self.shared.seed(kind, fields)
    }

    /// Whether the clock stands still until the test moves it.
    pub fn manual_clock(&self) -> bool {
        self.shared.clock.is_manual()
    }
}
