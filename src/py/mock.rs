//! The mock server as a Python object (wrapped by `tidbcloud.testing.MockServer`).

use crate::mock::{Algorithm, MockOptions, MockServer};
use pyo3::exceptions::{PyOSError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::PyDict;
use std::sync::Mutex;

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
        nonce_ttl=300.0, algorithm="MD5", record_bodies=false))]
    fn new(
        py: Python<'_>,
        host: &str,
        port: u16,
        rate_limit: Option<(u32, f64)>,
        transition_seconds: f64,
        nonce_ttl: f64,
        algorithm: &str,
        record_bodies: bool,
    ) -> PyResult<Self> {
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

    #[pyo3(signature = (method=None, path=None))]
    fn request_count(&self, method: Option<&str>, path: Option<&str>) -> PyResult<usize> {
        self.with(|s| s.request_count(method, path))
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
                Ok(d)
            })
            .collect()
    }

    fn reset_requests(&self) -> PyResult<()> {
        self.with(|s| s.reset_log())
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
