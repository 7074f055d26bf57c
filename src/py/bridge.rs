//! Results of Rust futures handed to an asyncio event loop in batches. Workers
//! never take the GIL on the fast path: a finished call goes into a queue, and
//! the first one into an empty queue wakes the loop, by a byte on a pipe the
//! loop watches (Unix selector loops, uvloop) or else by
//! `call_soon_threadsafe` (loops that cannot watch a pipe, such as Windows'
//! proactor). The loop then finishes the whole batch, holding the GIL it holds
//! anyway.

use super::decode;
use super::errors::to_pyerr;
use super::runtime::{attach_unless_exiting, panicked};
use crate::error::Result;
use crate::http::Body;
use futures_util::FutureExt;
use pyo3::intern;
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use std::collections::HashMap;
use std::panic::AssertUnwindSafe;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};

/// Turns a call's result into the Python object its awaiter gets. Runs on the
/// loop's thread with the GIL.
pub type Finish = Box<dyn FnOnce(Python<'_>, Result<Body>) -> PyResult<Py<PyAny>> + Send>;

/// The usual finish: the JSON as Python objects, or the typed exception.
pub fn plain() -> Finish {
    Box::new(|py, r| match r {
        Ok(b) => Ok(decode::body(py, b)?.unbind()),
        Err(e) => Err(to_pyerr(py, e)),
    })
}

type Done = (u64, Result<Body>);

enum Wake {
    #[cfg(unix)]
    Pipe(std::io::PipeWriter),
    /// `loop.call_soon_threadsafe` and the bridge's `drain`.
    Loop(Py<PyAny>, Py<PyAny>),
}

struct Queue {
    items: Mutex<Vec<Done>>,
    wake: Wake,
}

impl Queue {
    fn push(&self, item: Done) {
        let was_empty = {
            let mut q = self.items.lock().unwrap_or_else(|p| p.into_inner());
            q.push(item);
            q.len() == 1
        };
        if !was_empty {
            return;
        }
        match &self.wake {
            #[cfg(unix)]
            Wake::Pipe(w) => {
                use std::io::Write;
                let _ = (&*w).write(&[1]);
            }
            Wake::Loop(call_soon, drain) => {
                // A closed loop refuses; its calls are abandoned with it.
                attach_unless_exiting(|py| call_soon.call1(py, (drain,)).ok());
            }
        }
    }
}

/// A call handed to the runtime whose Python future awaits its result.
struct InFlight {
    fut: Py<PyAny>,
    abort: tokio::task::AbortHandle,
    finish: Finish,
}

/// One event loop's end of the bridge.
#[pyclass(frozen, module = "tidbcloud._core")]
pub struct Bridge {
    queue: Arc<Queue>,
    #[cfg(unix)]
    reader: Option<std::io::PipeReader>,
    pending: Mutex<HashMap<u64, InFlight>>,
    next: AtomicU64,
}

#[pymethods]
impl Bridge {
    /// Finish every call that is done (the loop calls this when woken). One
    /// item's failure never strands the rest of the batch.
    fn drain(&self, py: Python<'_>) {
        #[cfg(unix)]
        if let Some(r) = &self.reader {
            use std::io::Read;
            let mut buf = [0u8; 64];
            let _ = (&*r).read(&mut buf);
        }
        let items =
            std::mem::take(&mut *self.queue.items.lock().unwrap_or_else(|p| p.into_inner()));
        for (id, result) in items {
            if let Some(p) = self.take(id) {
                complete(py, p, result);
            }
        }
    }
}

impl Bridge {
    fn take(&self, id: u64) -> Option<InFlight> {
        self.pending
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .remove(&id)
    }

    /// Drop call `id`'s request, if it is still in flight. Its awaiting
    /// coroutine calls this when it is cancelled, closed or dropped, which
    /// spares every call a done-callback on its future.
    pub fn cancel(&self, id: u64) {
        if let Some(p) = self.take(id) {
            p.abort.abort();
        }
    }
}

/// Set the future's result (or exception) unless it was cancelled meanwhile.
fn complete(py: Python<'_>, p: InFlight, result: Result<Body>) {
    let fut = p.fut.bind(py);
    if fut
        .call_method0(intern!(py, "done"))
        .and_then(|d| d.is_truthy())
        .unwrap_or(true)
    {
        return;
    }
    let set = match (p.finish)(py, result) {
        Ok(v) => fut.call_method1(intern!(py, "set_result"), (v,)),
        Err(e) => fut.call_method1(intern!(py, "set_exception"), (e.into_value(py),)),
    };
    if let Err(e) = set {
        // Only a future finished behind our back can refuse; tell the loop.
        e.write_unraisable(py, Some(fut));
    }
}

static ASYNCIO: PyOnceLock<Py<PyModule>> = PyOnceLock::new();

thread_local! {
    /// The bridge of the loop last used on this thread, and a weak reference to
    /// that loop (so a new loop at the same address is never mistaken for it).
    static CURRENT: std::cell::RefCell<Option<(Py<PyAny>, Py<Bridge>)>> =
        const { std::cell::RefCell::new(None) };
}

/// The running loop and its bridge.
pub fn current(py: Python<'_>) -> PyResult<(Bound<'_, PyAny>, Bound<'_, Bridge>)> {
    let asyncio = ASYNCIO.get_or_try_init(py, || py.import("asyncio").map(Bound::unbind))?;
    let event_loop = asyncio
        .bind(py)
        .call_method0(intern!(py, "get_running_loop"))?;
    let cached = CURRENT.with(|c| {
        c.borrow().as_ref().and_then(|(weak, bridge)| {
            let target = weak.bind(py).call0().ok()?;
            target.is(&event_loop).then(|| bridge.clone_ref(py))
        })
    });
    if let Some(b) = cached {
        return Ok((event_loop, b.into_bound(py)));
    }
    let bridge = match watched_pipe(py, &event_loop)? {
        Some(b) => b,
        None => called_soon(py, &event_loop)?,
    };
    let weak = py
        .import("weakref")?
        .getattr("ref")?
        .call1((&event_loop,))?;
    CURRENT.with(|c| *c.borrow_mut() = Some((weak.unbind(), bridge.clone().unbind())));
    Ok((event_loop, bridge))
}

fn new_bridge(
    py: Python<'_>,
    wake: Wake,
    #[allow(unused)] reader: Option<std::io::PipeReader>,
) -> PyResult<Bound<'_, Bridge>> {
    Bound::new(
        py,
        Bridge {
            queue: Arc::new(Queue {
                items: Mutex::new(Vec::new()),
                wake,
            }),
            #[cfg(unix)]
            reader,
            pending: Mutex::new(HashMap::new()),
            next: AtomicU64::new(0),
        },
    )
}

/// A bridge woken through a pipe the loop watches, if the loop can watch one.
#[cfg(unix)]
fn watched_pipe<'py>(
    py: Python<'py>,
    event_loop: &Bound<'py, PyAny>,
) -> PyResult<Option<Bound<'py, Bridge>>> {
    let (reader, writer) = std::io::pipe()?;
    let fd = std::os::fd::AsRawFd::as_raw_fd(&reader);
    let bridge = new_bridge(py, Wake::Pipe(writer), Some(reader))?;
    match event_loop.call_method1("add_reader", (fd, bridge.getattr("drain")?)) {
        Ok(_) => Ok(Some(bridge)),
        Err(_) => Ok(None),
    }
}

#[cfg(not(unix))]
fn watched_pipe<'py>(
    _py: Python<'py>,
    _event_loop: &Bound<'py, PyAny>,
) -> PyResult<Option<Bound<'py, Bridge>>> {
    Ok(None)
}

/// A bridge woken by `call_soon_threadsafe`, for any loop.
fn called_soon<'py>(
    py: Python<'py>,
    event_loop: &Bound<'py, PyAny>,
) -> PyResult<Bound<'py, Bridge>> {
    // The drain callable is set once the bridge exists; a tiny cell breaks the knot.
    let cell = py.import("types")?.getattr("SimpleNamespace")?.call0()?;
    let trampoline = py
        .eval(c"lambda cell: lambda: cell.drain()", None, None)?
        .call1((&cell,))?;
    let bridge = new_bridge(
        py,
        Wake::Loop(
            event_loop.getattr("call_soon_threadsafe")?.unbind(),
            trampoline.unbind(),
        ),
        None,
    )?;
    cell.setattr("drain", bridge.getattr("drain")?)?;
    Ok(bridge)
}

/// An asyncio future of `event_loop` that `fut` completes through `bridge`,
/// and the call's id there (for [`Bridge::cancel`]). A panic in `fut`
/// completes it with an error.
pub fn spawn<'py, F>(
    rt: &tokio::runtime::Runtime,
    event_loop: &Bound<'py, PyAny>,
    bridge: &Bound<'py, Bridge>,
    fut: F,
    finish: Finish,
) -> PyResult<(Bound<'py, PyAny>, u64)>
where
    F: std::future::Future<Output = Result<Body>> + Send + 'static,
{
    let b = bridge.get();
    let id = b.next.fetch_add(1, Ordering::Relaxed);
    let py_fut = event_loop.call_method0(intern!(event_loop.py(), "create_future"))?;
    let queue = b.queue.clone();
    // Registered before the task starts, so that a fast answer finds it.
    let mut pending = b.pending.lock().unwrap_or_else(|p| p.into_inner());
    let handle = rt.spawn(async move {
        let r = AssertUnwindSafe(fut)
            .catch_unwind()
            .await
            .unwrap_or_else(|_| Err(panicked()));
        queue.push((id, r));
    });
    pending.insert(
        id,
        InFlight {
            fut: py_fut.clone().unbind(),
            abort: handle.abort_handle(),
            finish,
        },
    );
    drop(pending);
    Ok((py_fut, id))
}
