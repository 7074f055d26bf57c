//! Starting and stopping the mock: it serves on its own thread and runtime, so a
//! test (sync or async) can use it without sharing an event loop.

use super::auth::NonceStore;
use super::control::Controls;
use super::faults::Fault;
use super::front::{handle, DropConnection};
use super::log::Logged;
use super::objects::Objects;
use super::options::MockOptions;
use super::ratelimit::KeyLimiter;
use super::shared::Shared;
use super::state::{KeyRec, State, ROLES};
use axum::Router;
use serde_json::{Map, Value};
use std::net::SocketAddr;
use std::sync::Arc;
use std::thread::JoinHandle;
use std::time::Duration;
use tokio::sync::oneshot;

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
        state.export_file_size = opts.export_file_size;
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
        let listener = std::net::TcpListener::bind((opts.host.as_str(), opts.port))?;
        listener.set_nonblocking(true)?;
        let addr = listener.local_addr()?;
        let shared = Arc::new(Shared::new(
            state,
            NonceStore::new("tidb.cloud", opts.algorithm, ttl),
            limiter,
            owner.clone(),
            &opts,
            Objects::new(format!("http://{addr}"))?,
        ));
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

    /// Requests seen so far, oldest first: the last `request_log` of them.
    pub fn requests(&self) -> Vec<Logged> {
        self.shared.entries()
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
        self.shared.count(method, path, authenticated)
    }

    pub fn reset_log(&self) {
        self.shared.reset_log();
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

impl Drop for MockServer {
    fn drop(&mut self) {
        self.stop();
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
