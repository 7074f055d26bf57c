//! Results of Rust futures handed to an asyncio event loop in batches. Workers
//! never take the GIL: a finished call goes into a queue, and the first one into
//! an empty queue writes a byte to a pipe the loop watches. The loop then sets
//! the results of the whole batch, holding the GIL it holds anyway.

use super::convert::to_py;
use super::errors::to_pyerr;
use crate::error::Result;
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use serde_json::Value;
use std::collections::HashMap;
use std::io::{Read, Write};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};

type Done = (u64, Result<Value>);

struct Queue {
    items: Mutex<Vec<Done>>,
    wake: std::io::PipeWriter,
}

impl Queue {
    fn push(&self, item: Done) {
        let was_empty = {
            let mut q = self.items.lock().unwrap_or_else(|p| p.into_inner());
            q.push(item);
            q.len() == 1
        };
        if was_empty {
            let _ = (&self.wake).write(&[1]);
        }
    }
}

/// One event loop's end of the bridge.
#[pyclass(frozen, module = "tidbcloud._core")]
pub struct Bridge {
    queue: Arc<Queue>,
    wake: std::io::PipeReader,
    pending: Mutex<HashMap<u64, (Py<PyAny>, tokio::task::AbortHandle)>>,
    next: AtomicU64,
}

#[pymethods]
impl Bridge {
    /// Set the results of every finished call (the loop calls this when woken).
    fn drain(&self, py: Python<'_>) -> PyResult<()> {
        let mut buf = [0u8; 64];
        let _ = (&self.wake).read(&mut buf);
        let items =
            std::mem::take(&mut *self.queue.items.lock().unwrap_or_else(|p| p.into_inner()));
        for (id, result) in items {
            let Some((fut, _)) = self
                .pending
                .lock()
                .unwrap_or_else(|p| p.into_inner())
                .remove(&id)
            else {
                continue;
            };
            let fut = fut.bind(py);
            if fut.call_method0("done")?.is_truthy()? {
                continue; // cancelled meanwhile
            }
            match result {
                Ok(v) => fut.call_method1("set_result", (to_py(py, &v)?,))?,
                Err(e) => fut.call_method1("set_exception", (to_pyerr(py, e).into_value(py),))?,
            };
        }
        Ok(())
    }

    /// Done-callback of each future: a cancelled future drops its request.
    fn forget(&self, id: u64, fut: &Bound<'_, PyAny>) -> PyResult<()> {
        if fut.call_method0("cancelled")?.is_truthy()? {
            if let Some((_, handle)) = self
                .pending
                .lock()
                .unwrap_or_else(|p| p.into_inner())
                .remove(&id)
            {
                handle.abort();
            }
        }
        Ok(())
    }
}

static ASYNCIO: PyOnceLock<Py<PyModule>> = PyOnceLock::new();
static FUNCTOOLS_PARTIAL: PyOnceLock<Py<PyAny>> = PyOnceLock::new();

thread_local! {
    /// The bridge of the loop last used on this thread, and a weak reference to
    /// that loop (so a new loop at the same address is never mistaken for it).
    static CURRENT: std::cell::RefCell<Option<(Py<PyAny>, Py<Bridge>)>> =
        const { std::cell::RefCell::new(None) };
}

/// The running loop and its bridge, or `None` when the loop cannot watch a pipe.
pub fn current(py: Python<'_>) -> PyResult<Option<(Bound<'_, PyAny>, Bound<'_, Bridge>)>> {
    let asyncio = ASYNCIO.get_or_try_init(py, || py.import("asyncio").map(Bound::unbind))?;
    let event_loop = asyncio.bind(py).call_method0("get_running_loop")?;
    let cached = CURRENT.with(|c| {
        c.borrow().as_ref().and_then(|(weak, bridge)| {
            let target = weak.bind(py).call0().ok()?;
            target.is(&event_loop).then(|| bridge.clone_ref(py))
        })
    });
    if let Some(b) = cached {
        return Ok(Some((event_loop, b.into_bound(py))));
    }
    #[cfg(not(unix))]
    return Ok(None);
    let (reader, writer) = std::io::pipe()?;
    let fd = std::os::fd::AsRawFd::as_raw_fd(&reader);
    let bridge = Bound::new(
        py,
        Bridge {
            queue: Arc::new(Queue {
                items: Mutex::new(Vec::new()),
                wake: writer,
            }),
            wake: reader,
            pending: Mutex::new(HashMap::new()),
            next: AtomicU64::new(0),
        },
    )?;
    if event_loop
        .call_method1("add_reader", (fd, bridge.getattr("drain")?))
        .is_err()
    {
        return Ok(None);
    }
    let weak = py
        .import("weakref")?
        .getattr("ref")?
        .call1((&event_loop,))?;
    CURRENT.with(|c| *c.borrow_mut() = Some((weak.unbind(), bridge.clone().unbind())));
    Ok(Some((event_loop, bridge)))
}

/// An asyncio future of `event_loop` that `fut` completes through `bridge`.
/// Cancelling it aborts the task, which drops the request.
pub fn spawn<'py, F>(
    py: Python<'py>,
    rt: &tokio::runtime::Runtime,
    event_loop: &Bound<'py, PyAny>,
    bridge: &Bound<'py, Bridge>,
    fut: F,
) -> PyResult<Bound<'py, PyAny>>
where
    F: std::future::Future<Output = Result<Value>> + Send + 'static,
{
    let b = bridge.get();
    let id = b.next.fetch_add(1, Ordering::Relaxed);
    let py_fut = event_loop.call_method0("create_future")?;
    let queue = b.queue.clone();
    let handle = rt.spawn(async move {
        let r = fut.await;
        queue.push((id, r));
    });
    b.pending
        .lock()
        .unwrap_or_else(|p| p.into_inner())
        .insert(id, (py_fut.clone().unbind(), handle.abort_handle()));
    let partial = FUNCTOOLS_PARTIAL.get_or_try_init(py, || {
        py.import("functools")?
            .getattr("partial")
            .map(Bound::unbind)
    })?;
    let callback = partial.bind(py).call1((bridge.getattr("forget")?, id))?;
    py_fut.call_method1("add_done_callback", (callback,))?;
    Ok(py_fut)
}
