//! Running one core future from Python: the sync face blocks on it with the GIL
//! released and checks for signals every 50 ms; the async face hands the same
//! future to asyncio.

use super::convert::Json;
use super::errors::to_pyerr;
use crate::error::{Error, Result};
use pyo3::exceptions::PyStopIteration;
use pyo3::prelude::*;
use serde_json::Value;
use std::future::Future;
use std::sync::OnceLock;
use std::time::Duration;

/// How often a blocking call wakes up to let Python handle Ctrl-C.
const SIGNAL_CHECK: Duration = Duration::from_millis(50);

/// The process that started the runtime. Its worker threads do not survive
/// `os.fork()`, so a child must not queue work on it: it would wait forever.
static RUNTIME_PID: OnceLock<u32> = OnceLock::new();

fn runtime() -> Result<&'static tokio::runtime::Runtime> {
    let pid = *RUNTIME_PID.get_or_init(std::process::id);
    if pid != std::process::id() {
        return Err(Error::Unusable(
            "tidbcloud was used before os.fork(); its I/O threads do not exist in this \
             child process. Create clients in the child only, or use the 'spawn' or \
             'forkserver' start method"
                .into(),
        ));
    }
    Ok(pyo3_async_runtimes::tokio::get_runtime())
}

/// Block on `fut` with the GIL released. Ctrl-C drops the request and raises
/// `KeyboardInterrupt` within `SIGNAL_CHECK`.
pub fn block_on<F, T>(py: Python<'_>, fut: F) -> PyResult<T>
where
    F: Future<Output = Result<T>> + Send + 'static,
    T: Send + 'static,
{
    let rt = runtime().map_err(|e| to_pyerr(py, e))?;
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
    let mut task = rt.spawn(fut);
    loop {
        let waited = py
            .detach(|| rt.block_on(async { tokio::time::timeout(SIGNAL_CHECK, &mut task).await }));
        match waited {
            Ok(Ok(result)) => return result.map_err(|e| to_pyerr(py, e)),
            Ok(Err(join)) => {
                return Err(to_pyerr(
                    py,
                    Error::Unusable(format!("internal error in the request task: {join}")),
                ))
            }
            Err(_elapsed) => {
                if let Err(interrupt) = py.check_signals() {
                    task.abort();
                    return Err(interrupt);
                }
            }
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
    runtime().map_err(|e| to_pyerr(py, e))?;
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
