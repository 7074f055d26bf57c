//! Running one core future from Python. The sync face blocks on it on the
//! calling thread's own runtime with the GIL released (the main thread wakes
//! every 50 ms to let Python handle Ctrl-C); the async face hands the same
//! future to asyncio as a coroutine (see `coroutine.rs`).

use super::errors::to_pyerr;
use crate::api::Pending;
use crate::error::{Error, Result};
use crate::http::runtimes::{self, LocalRuntime};
use futures_util::FutureExt;
use pyo3::exceptions::PyStopIteration;
use pyo3::prelude::*;
use std::future::Future;
use std::panic::AssertUnwindSafe;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

/// How often a blocking call on the main thread wakes up to let Python handle Ctrl-C.
const SIGNAL_CHECK: Duration = Duration::from_millis(50);

/// Block on `fut` with the GIL released. On the main thread Ctrl-C drops the
/// request and raises `KeyboardInterrupt` within `SIGNAL_CHECK`; other threads
/// sleep until the answer (Python delivers signals to the main thread only).
/// A panic in the future becomes an error, not a crash.
pub fn block_on<F, T>(py: Python<'_>, fut: F) -> PyResult<T>
where
    F: Future<Output = Result<T>> + Send,
    T: Send,
{
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
    let rt = runtimes::local().map_err(|e| to_pyerr(py, e))?;
    let mut fut = std::pin::pin!(AssertUnwindSafe(fut).catch_unwind());
    let on_main = is_main_thread(py)?;
    let mut first = true;
    loop {
        let catch_up = std::mem::take(&mut first);
        let step = detached(py, on_main, || {
            rt.block_on(async {
                if catch_up {
                    LocalRuntime::catch_up().await;
                }
                if !on_main {
                    return Some((&mut fut).await);
                }
                tokio::select! {
                    biased;
                    done = &mut fut => Some(done),
                    _ = tokio::time::sleep(SIGNAL_CHECK) => None,
                }
            })
        });
        match step {
            Some(Ok(result)) => return result.map_err(|e| to_pyerr(py, e)),
            Some(Err(_panic)) => return Err(to_pyerr(py, panicked())),
            // Dropping `fut` on return drops the request.
            None => py.check_signals()?,
        }
    }
}

pub fn panicked() -> Error {
    Error::Unusable("internal error: the request task panicked".into())
}

/// Whether this is the thread Python runs signal handlers on (remembered per
/// thread; a forked child's forking thread becomes its main thread).
fn is_main_thread(py: Python<'_>) -> PyResult<bool> {
    thread_local! {
        static MAIN: std::cell::Cell<Option<(u32, bool)>> = const { std::cell::Cell::new(None) };
    }
    let pid = std::process::id();
    if let Some((p, main)) = MAIN.with(|m| m.get()) {
        if p == pid {
            return Ok(main);
        }
    }
    let threading = py.import("threading")?;
    let main_ident = threading.call_method0("main_thread")?.getattr("ident")?;
    let main = main_ident.eq(threading.call_method0("get_ident")?)?;
    MAIN.with(|m| m.set(Some((pid, main))));
    Ok(main)
}

/// The sync face of an operation returning JSON.
pub fn call_sync(py: Python<'_>, call: Pending) -> PyResult<Py<PyAny>> {
    let body = block_on(py, call.body())?;
    Ok(super::decode::body(py, body)?.unbind())
}

// Interpreter exit. A thread that attaches to Python while the interpreter
// finalizes is ended by CPython (or crashes it), so threads of ours attach
// only through `attach_unless_exiting`, and `shutdown` (run by `atexit`) closes
// that door and waits for those inside to leave.
const EXITING: usize = 1 << (usize::BITS - 1);
static ATTACHING: AtomicUsize = AtomicUsize::new(0);

/// A place among the threads allowed to attach; `None` once Python is exiting.
struct Pass;

impl Pass {
    fn enter() -> Option<Pass> {
        let mut cur = ATTACHING.load(Ordering::Acquire);
        loop {
            if cur & EXITING != 0 {
                return None;
            }
            match ATTACHING.compare_exchange_weak(cur, cur + 1, Ordering::AcqRel, Ordering::Acquire)
            {
                Ok(_) => return Some(Pass),
                Err(now) => cur = now,
            }
        }
    }
}

impl Drop for Pass {
    fn drop(&mut self) {
        ATTACHING.fetch_sub(1, Ordering::AcqRel);
    }
}

/// Run `f` attached to Python from a thread of ours, unless Python is exiting.
pub fn attach_unless_exiting<R>(f: impl FnOnce(Python<'_>) -> R) -> Option<R> {
    let _pass = Pass::enter()?;
    Python::try_attach(f)
}

/// Run `f` with the GIL released. If Python began to exit meanwhile, a thread
/// other than the main one does not come back: it sleeps until the process
/// ends, as a daemon thread would, instead of attaching to a finalizing
/// interpreter. The main thread is the one finalizing (a call from an
/// `atexit` handler, say): it always comes back.
fn detached<R: Send>(py: Python<'_>, on_main: bool, f: impl FnOnce() -> R + Send) -> R {
    if on_main {
        return py.detach(f);
    }
    let (r, _pass) = py.detach(|| {
        let r = f();
        match Pass::enter() {
            Some(pass) => (r, pass),
            None => loop {
                std::thread::park();
            },
        }
    });
    r
}

/// Called by `atexit`: from now on no thread of ours attaches to Python.
#[pyfunction]
pub fn _shutdown(py: Python<'_>) {
    ATTACHING.fetch_or(EXITING, Ordering::AcqRel);
    // Threads inside may be waiting for the GIL we hold: release it while they
    // finish, but never wait long for a callback that does not return.
    py.detach(|| {
        let deadline = std::time::Instant::now() + Duration::from_secs(2);
        while ATTACHING.load(Ordering::Acquire) & !EXITING != 0
            && std::time::Instant::now() < deadline
        {
            std::thread::sleep(Duration::from_millis(1));
        }
    });
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
