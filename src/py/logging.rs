//! Core request events into Python's `logging` (logger "tidbcloud"): each
//! exchange at DEBUG (with any time spent waiting for the rate limit), each
//! retry and each wait for the rate limit over a second, with its cause, at
//! INFO. Nothing secret is in an event.

use crate::http::{Observer, RequestEvent, WaitEvent};
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use std::sync::Arc;

static LOGGER: PyOnceLock<Py<PyAny>> = PyOnceLock::new();
const DEBUG: i32 = 10;
const INFO: i32 = 20;
/// Pacing shorter than this is not worth a word on the timing line.
const PACED_SHOWN: std::time::Duration = std::time::Duration::from_millis(1);

struct PyLogger;

fn with_logger<T>(f: impl FnOnce(&Bound<'_, PyAny>) -> PyResult<T>) -> Option<T> {
    super::runtime::attach_unless_exiting(|py| f(logger(py)?.bind(py)).ok()).flatten()
}

/// Whether the "tidbcloud" logger wants our records; asked once per call, while
/// the caller holds the GIL anyway, so the I/O threads never wait for it.
pub fn enabled(py: Python<'_>) -> bool {
    logger(py)
        .and_then(|l| l.bind(py).call_method1("isEnabledFor", (INFO,)).ok())
        .and_then(|v| v.extract::<bool>().ok())
        .unwrap_or(false)
}

fn logger(py: Python<'_>) -> Option<&Py<PyAny>> {
    LOGGER
        .get_or_try_init(py, || {
            py.import("logging")?
                .call_method1("getLogger", ("tidbcloud",))
                .map(Bound::unbind)
        })
        .ok()
}

impl Observer for PyLogger {
    fn on_wait(&self, e: &WaitEvent<'_>) {
        self.wait(e);
    }

    fn on_exchange(&self, e: &RequestEvent<'_>) {
        let status = e.status.map_or_else(|| "-".to_owned(), |s| s.to_string());
        let ms = e.elapsed.as_secs_f64() * 1000.0;
        let _ = with_logger(|l| {
            match e.retry_in {
                Some(wait) => l.call_method1(
                    "log",
                    (
                        INFO,
                        "retrying %s %s after %s (attempt %d, waiting %.2f s): %s",
                        e.method,
                        e.path,
                        status,
                        e.attempt + 1,
                        wait.as_secs_f64(),
                        e.error.unwrap_or(""),
                    ),
                )?,
                None if e.paced >= PACED_SHOWN => l.call_method1(
                    "log",
                    (
                        DEBUG,
                        "%s %s -> %s in %.1f ms, %.1f ms of it waiting for the rate limit (%s)",
                        e.method,
                        e.path,
                        status,
                        ms,
                        e.paced.as_secs_f64() * 1000.0,
                        trailer(e),
                    ),
                )?,
                None => l.call_method1(
                    "log",
                    (
                        DEBUG,
                        "%s %s -> %s in %.1f ms (%s)",
                        e.method,
                        e.path,
                        status,
                        ms,
                        trailer(e),
                    ),
                )?,
            };
            Ok(())
        });
    }
}

/// `request 5f2c..., retries: 0`: the service's id for the answer, when it
/// gave one (cut short: it comes from the server), and the retries.
fn trailer(e: &RequestEvent<'_>) -> String {
    match e.request_id {
        Some(id) => {
            let id: String = id.chars().take(64).collect();
            format!("request {id}, retries: {}", e.attempt)
        }
        None => format!("retries: {}", e.attempt),
    }
}

impl PyLogger {
    fn wait(&self, e: &WaitEvent<'_>) {
        let _ = with_logger(|l| {
            l.call_method1(
                "log",
                (
                    INFO,
                    "waiting %.1f s before %s %s: %s",
                    e.wait.as_secs_f64(),
                    e.method,
                    e.path,
                    e.cause,
                ),
            )
            .map(|_| ())
        });
    }
}

pub fn observer() -> Option<Arc<dyn Observer>> {
    Some(Arc::new(PyLogger))
}
