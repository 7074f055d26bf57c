//! Running one core future from Python: the sync face blocks on it with the GIL
//! released and checks for signals every 50 ms; the async face hands the same
//! future to asyncio.

use super::convert::Json;
use super::errors::to_pyerr;
use crate::error::{Error, Result};
use futures_util::FutureExt;
use pyo3::exceptions::PyStopIteration;
use pyo3::prelude::*;
use serde_json::Value;
use std::future::Future;
use std::panic::AssertUnwindSafe;
use std::sync::OnceLock;
use std::time::Duration;

/// How often a blocking call wakes up to let Python handle Ctrl-C.
const SIGNAL_CHECK: Duration = Duration::from_millis(50);

thread_local! {
    /// Blocking calls drive their own I/O on this thread's single-threaded runtime:
    /// no hand-off to a worker thread and back on every answer.
    static LOCAL_RUNTIME: Option<tokio::runtime::Runtime> =
        tokio::runtime::Builder::new_current_thread().enable_all().build().ok();
}

/// The process that started the runtime. Its worker threads do not survive
/// `os.fork()`, so a child must not queue work on it: it would wait forever.
static RUNTIME_PID: OnceLock<u32> = OnceLock::new();

/// Refuse to run in a process forked after tidbcloud started doing I/O.
fn check_process() -> Result<()> {
    let pid = *RUNTIME_PID.get_or_init(std::process::id);
    if pid != std::process::id() {
        return Err(Error::Unusable(
            "tidbcloud was used before os.fork(); its I/O threads do not exist in this \
             child process. Create clients in the child only, or use the 'spawn' or \
             'forkserver' start method"
                .into(),
        ));
    }
    Ok(())
}

/// The shared multi-threaded runtime of the async face.
fn runtime() -> Result<&'static tokio::runtime::Runtime> {
    check_process()?;
    Ok(pyo3_async_runtimes::tokio::get_runtime())
}

/// Block on `fut` with the GIL released. Ctrl-C drops the request and raises
/// `KeyboardInterrupt` within `SIGNAL_CHECK`. The future runs on this thread (no
/// hand-off to a worker and back), and a panic in it becomes an error, not a crash.
pub fn block_on<F, T>(py: Python<'_>, fut: F) -> PyResult<T>
where
    F: Future<Output = Result<T>> + Send,
    T: Send,
{
    check_process().map_err(|e| to_pyerr(py, e))?;
    if tokio::runtime::Handle::try_current().is_ok() {
        return Err(to_pyerr(
            py,
            Error::Unusable(
                "a blocking TiDBCloud call cannot run on the client's own I/O thread \
                 (from a progress callback, say); use AsyncTiDBCloud there"
                    .into(),
            ),
        ));
    }
    let mut fut = std::pin::pin!(AssertUnwindSafe(fut).catch_unwind());
    loop {
        let step = py.detach(|| {
            LOCAL_RUNTIME.with(|local| {
                local.as_ref().map(|rt| {
                    rt.block_on(async {
                        tokio::select! {
                            biased;
                            done = &mut fut => Some(done),
                            _ = tokio::time::sleep(SIGNAL_CHECK) => None,
                        }
                    })
                })
            })
        });
        match step {
            None => {
                return Err(to_pyerr(
                    py,
                    Error::Unusable("cannot start an I/O runtime on this thread".into()),
                ))
            }
            Some(Some(Ok(result))) => return result.map_err(|e| to_pyerr(py, e)),
            Some(Some(Err(_panic))) => {
                return Err(to_pyerr(
                    py,
                    Error::Unusable("internal error: the request task panicked".into()),
                ))
            }
            // Dropping `fut` on return drops the request.
            Some(None) => py.check_signals()?,
        }
    }
}

/// The sync face of an operation returning JSON.
pub fn call_sync<F>(py: Python<'_>, fut: F) -> PyResult<Py<PyAny>>
where
    F: Future<Output = Result<Value>> + Send + 'static,
{
    let v = block_on(py, fut)?;
    Ok(super::convert::to_py(py, &v)?.unbind())
}

/// The async face of the same operation: an awaitable. Cancelling it drops the request.
pub fn call_async<'py, F>(py: Python<'py>, fut: F) -> PyResult<Bound<'py, PyAny>>
where
    F: Future<Output = Result<Value>> + Send + 'static,
{
    let rt = runtime().map_err(|e| to_pyerr(py, e))?;
    if let Some((event_loop, bridge)) = super::bridge::current(py)? {
        return super::bridge::spawn(py, rt, &event_loop, &bridge, fut);
    }
    // Loops that cannot watch a pipe (Windows' proactor) take the general path.
    pyo3_async_runtimes::tokio::future_into_py(py, async move {
        match fut.await {
            Ok(v) => Ok(Json(v)),
            Err(e) => Err(Python::attach(|py| to_pyerr(py, e))),
        }
    })
}

/// An awaitable that is already done: `await Ready(x)` gives `x` without a trip
/// through the event loop.
#[pyclass(module = "tidbcloud._core")]
pub struct Ready {
    value: Option<Py<PyAny>>,
}

impl Ready {
    pub fn new(value: Py<PyAny>) -> Self {
        Ready { value: Some(value) }
    }
}

#[pymethods]
impl Ready {
    fn __await__(slf: PyRef<'_, Self>) -> PyRef<'_, Self> {
        slf
    }
    fn __iter__(slf: PyRef<'_, Self>) -> PyRef<'_, Self> {
        slf
    }
    fn __next__(&mut self, py: Python<'_>) -> PyResult<()> {
        let v = self.value.take().unwrap_or_else(|| py.None());
        Err(PyStopIteration::new_err((v,)))
    }
}
