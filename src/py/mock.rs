//! The mock server as a Python object (wrapped by `tidbcloud.testing.MockServer`).

use crate::mock::{Algorithm, Fault, FaultKind, MockOptions, MockServer};
use pyo3::exceptions::{PyOSError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::PyDict;
use std::sync::Mutex;
use std::time::Duration;

#[pyclass(frozen, module = "tidbcloud._core")]
pub struct MockServerHandle {
    server: Mutex<Option<MockServer>>,
    #[pyo3(get)]
    url: String,
    #[pyo3(get)]
    public_key: String,
    #[pyo3(get)]
    private_key: String,
    #[pyo3(get)]
    port: u16,
}

impl MockServerHandle {
    fn with<T>(&self, f: impl FnOnce(&MockServer) -> T) -> PyResult<T> {
        let g = self.server.lock().unwrap_or_else(|p| p.into_inner());
        g.as_ref()
            .map(f)
            .ok_or_else(|| PyValueError::new_err("the mock server has been stopped"))
    }
}

#[pymethods]
impl MockServerHandle {
    #[new]
    #[allow(clippy::too_many_arguments)]
    #[pyo3(signature = (*, host="127.0.0.1", port=0, rate_limit=None, transition_seconds=0.5,
        nonce_ttl=300.0, algorithm="MD5", record_bodies=false, public_key=None, private_key=None,
        request_log=None, max_body_bytes=None, manual_clock=false, control=false,
        export_file_size=None))]
    fn new(
        py: Python<'_>,
        host: &str,
        port: u16,
        rate_limit: Option<(u32, f64)>,
        transition_seconds: f64,
        nonce_ttl: f64,
        algorithm: &str,
        record_bodies: bool,
        public_key: Option<String>,
        private_key: Option<String>,
        request_log: Option<usize>,
        max_body_bytes: Option<usize>,
        manual_clock: bool,
        control: bool,
        export_file_size: Option<u64>,
    ) -> PyResult<Self> {
        let defaults = MockOptions::default();
        let request_log = request_log.unwrap_or(defaults.request_log);
        let max_body_bytes = max_body_bytes.unwrap_or(defaults.max_body_bytes);
        if max_body_bytes == 0 {
            return Err(PyValueError::new_err(
                "max_body_bytes must be a positive number of bytes",
            ));
        }
        let owner_key = match (public_key, private_key) {
            (Some(p), Some(k)) => Some((p, k)),
            (None, None) => None,
            _ => {
                return Err(PyValueError::new_err(
                    "give both public_key and private_key, or neither",
                ))
            }
        };
        let algorithm = match algorithm.to_ascii_uppercase().as_str() {
            "MD5" => Algorithm::Md5,
            "SHA-256" | "SHA256" => Algorithm::Sha256,
            other => {
                return Err(PyValueError::new_err(format!(
                    "algorithm must be MD5 or SHA-256, got {other:?}"
                )))
            }
        };
        let opts = MockOptions {
            host: host.to_owned(),
            port,
            rate_limit,
            transition_seconds,
            nonce_ttl_seconds: nonce_ttl,
            algorithm,
            record_bodies,
            owner_key,
            request_log,
            max_body_bytes,
            manual_clock,
            control,
            export_file_size,
        };
        let server = py
            .detach(|| MockServer::start(opts))
            .map_err(|e| match e.kind() {
                std::io::ErrorKind::InvalidInput => PyValueError::new_err(e.to_string()),
                _ => PyOSError::new_err(format!("cannot start the mock server: {e}")),
            })?;
        Ok(MockServerHandle {
            url: server.url(),
            public_key: server.public_key().to_owned(),
            private_key: server.private_key().to_owned(),
            port: server.addr().port(),
            server: Mutex::new(Some(server)),
        })
    }

    /// Stop serving and free the port. Safe to call twice.
    fn stop(&self, py: Python<'_>) {
        let server = self.server.lock().unwrap_or_else(|p| p.into_inner()).take();
        if let Some(mut s) = server {
            py.detach(move || s.stop());
        }
    }

    #[getter]
    fn running(&self) -> bool {
        self.server
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .is_some()
    }

    #[pyo3(signature = (method=None, path=None, *, authenticated=false))]
    fn request_count(
        &self,
        method: Option<&str>,
        path: Option<&str>,
        authenticated: bool,
    ) -> PyResult<usize> {
        self.with(|s| s.request_count(method, path, authenticated))
    }

    /// Requests seen so far: dicts with method, path, query, status, access_key.
    fn requests<'py>(&self, py: Python<'py>) -> PyResult<Vec<Bound<'py, PyDict>>> {
        let log = self.with(|s| s.requests())?;
        log.into_iter()
            .map(|r| {
                let d = PyDict::new(py);
                d.set_item("method", r.method)?;
                d.set_item("path", r.path)?;
                d.set_item("query", r.query)?;
                d.set_item("status", r.status)?;
                d.set_item("access_key", r.key)?;
                d.set_item("user_agent", r.user_agent)?;
                d.set_item("request_body", r.request_body)?;
                d.set_item("response_body", r.response_body)?;
                d.set_item("fault", r.fault)?;
                Ok(d)
            })
            .collect()
    }

    fn reset_requests(&self) -> PyResult<()> {
        self.with(|s| s.reset_log())
    }

    /// Spoil the next `times` requests matching `path` (a prefix when it ends
    /// in `*`) and `method`. Give exactly one of `status`, `delay`, `drop`
    /// ("before_headers" / "after_headers"), `body` ("truncated" / "malformed"),
    /// `content_type="wrong"`, or `raw_body` (with `status` and `content_type`).
    #[pyo3(signature = (path, *, method=None, times=1, status=None, retry_after=None, delay=None,
        drop=None, body=None, content_type=None, raw_body=None))]
    #[allow(clippy::too_many_arguments)]
    fn inject_fault(
        &self,
        path: &str,
        method: Option<String>,
        times: u32,
        status: Option<u16>,
        retry_after: Option<String>,
        delay: Option<f64>,
        drop: Option<&str>,
        body: Option<&str>,
        content_type: Option<String>,
        raw_body: Option<Vec<u8>>,
    ) -> PyResult<()> {
        let bad = |m: &str| Err(PyValueError::new_err(m.to_owned()));
        if let Some(s) = status {
            if !(100..=599).contains(&s) {
                return bad("status must be an HTTP status code");
            }
        }
        let with_retry_after = retry_after.is_some();
        let kind = match (status, delay, drop, body, content_type.as_deref(), raw_body) {
            (status, None, None, None, content_type, Some(raw)) => FaultKind::Raw {
                status: status.unwrap_or(200),
                content_type: content_type.map(str::to_owned),
                body: raw,
            },
            (Some(status), None, None, None, None, None) => FaultKind::Status {
                status,
                retry_after,
            },
            (None, Some(d), None, None, None, None) => {
                if !(d.is_finite() && (0.0..=600.0).contains(&d)) {
                    return bad("delay must be between 0 and 600 seconds");
                }
                FaultKind::Delay(Duration::from_secs_f64(d))
            }
            (None, None, Some("before_headers"), None, None, None) => FaultKind::DropBeforeHeaders,
            (None, None, Some("after_headers"), None, None, None) => FaultKind::DropAfterHeaders,
            (None, None, None, Some("truncated"), None, None) => FaultKind::Truncated,
            (None, None, None, Some("malformed"), None, None) => FaultKind::Malformed,
            (None, None, None, None, Some("wrong"), None) => FaultKind::WrongContentType,
            _ => {
                return bad(
                    "give one fault: status=, delay=, drop='before_headers'|'after_headers', \
                     body='truncated'|'malformed', content_type='wrong', or raw_body=",
                )
            }
        };
        if with_retry_after && !matches!(kind, FaultKind::Status { .. }) {
            return bad("retry_after goes with status=");
        }
        self.with(|s| {
            s.inject(Fault {
                method,
                path: path.to_owned(),
                remaining: times,
                kind,
            })
        })
    }

    fn clear_faults(&self) -> PyResult<()> {
        self.with(|s| s.clear_faults())
    }

    #[getter]
    fn faults_injected(&self) -> PyResult<u64> {
        self.with(|s| s.faults_injected())
    }

    fn expire_nonces(&self) -> PyResult<()> {
        self.with(|s| s.expire_nonces())
    }

    /// A new API key with `role`; returns (public_key, private_key).
    #[pyo3(signature = (role, *, display_name="test key", project_id=0))]
    fn create_api_key(
        &self,
        role: &str,
        display_name: &str,
        project_id: i64,
    ) -> PyResult<(String, String)> {
        self.with(|s| s.create_key(display_name, role, project_id))?
            .map_err(PyValueError::new_err)
    }

    fn __repr__(&self) -> String {
        format!(
            "<MockServerHandle url={:?} public_key={:?}>",
            self.url, self.public_key
        )
    }
}

/// The test's controls: the clock, seeding and reset.
#[pymethods]
impl MockServerHandle {
    /// Move the mock's clock forward by `seconds`; every transition due by
    /// then happens. Returns the seconds moved.
    fn advance(&self, seconds: f64) -> PyResult<f64> {
        self.with(|s| s.advance(seconds))?
            .map_err(PyValueError::new_err)
    }

    /// Move the clock on until nothing is pending; returns the seconds moved.
    fn settle(&self) -> PyResult<f64> {
        self.with(|s| s.settle())
    }

    /// Empty the store back to its first state and forget the requests seen.
    fn reset(&self) -> PyResult<()> {
        self.with(|s| s.reset())
    }

    /// Put a resource of `kind` (`clusters`, `serverless/clusters`,
    /// `projects`) into the store; `fields` and the result are JSON text.
    fn seed(&self, py: Python<'_>, kind: &str, fields: &str) -> PyResult<String> {
        let fields = match serde_json::from_str(fields) {
            Ok(serde_json::Value::Object(m)) => m,
            _ => return Err(PyValueError::new_err("fields must be a JSON object")),
        };
        let out = py.detach(|| self.with(|s| s.seed(kind, fields)))?;
        out.map(|v| v.to_string()).map_err(PyValueError::new_err)
    }

    #[getter]
    fn manual_clock(&self) -> PyResult<bool> {
        self.with(|s| s.manual_clock())
    }
}
