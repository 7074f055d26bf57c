//! The async face of an operation: a coroutine object. `await` it, or hand it
//! to `asyncio.create_task`, `TaskGroup.create_task`, `gather`, `wait_for` or
//! `shield`, as with any `async def`. Nothing is sent until it first runs;
//! then the core future is spawned on the shared runtime and the coroutine
//! waits on an asyncio future that the bridge completes.

use super::bridge::{self, Finish};
use crate::api::Pending;
use crate::error::Result;
use crate::http::runtimes;
use crate::http::Body;
use pyo3::exceptions::{PyRuntimeError, PyStopIteration, PyTypeError};
use pyo3::intern;
use pyo3::prelude::*;
use pyo3::types::PyType;
use std::future::Future;
use std::pin::Pin;
use std::sync::Mutex;

type Boxed = Pin<Box<dyn Future<Output = Result<Body>> + Send>>;

enum State {
    /// Not started: dropping it sends nothing.
    Fresh(Boxed, Finish),
    /// Started: the asyncio future it waits on, and where its request runs.
    Waiting(Py<PyAny>, Py<bridge::Bridge>, u64),
    Done,
}

/// An awaitable call to the TiDB Cloud API (a coroutine).
#[pyclass(frozen, module = "tidbcloud._core", name = "Call")]
pub struct Call {
    state: Mutex<State>,
}

impl Call {
    pub fn new<F>(fut: F, finish: Finish) -> Self
    where
        F: Future<Output = Result<Body>> + Send + 'static,
    {
        Call {
            state: Mutex::new(State::Fresh(Box::pin(fut), finish)),
        }
    }

    fn take(&self) -> State {
        std::mem::replace(
            &mut *self.state.lock().unwrap_or_else(|p| p.into_inner()),
            State::Done,
        )
    }

    fn put(&self, s: State) {
        *self.state.lock().unwrap_or_else(|p| p.into_inner()) = s;
    }

    /// Cancel the request if it is in flight; forget it if it never started.
    fn stop(&self, py: Python<'_>) -> PyResult<()> {
        if let State::Waiting(f, bridge, id) = self.take() {
            bridge.get().cancel(id);
            f.bind(py).call_method0("cancel")?;
        }
        Ok(())
    }
}

impl Drop for Call {
    /// A call dropped while it waits (its task destroyed unfinished) drops its
    /// request too.
    fn drop(&mut self) {
        let state = self.state.get_mut().unwrap_or_else(|p| p.into_inner());
        if let State::Waiting(_, bridge, id) = state {
            bridge.get().cancel(*id);
        }
    }
}

/// Hand `fut` to the task that awaits us: asyncio's protocol for a future a
/// coroutine is blocked on.
fn block_on_future<'py>(fut: &Bound<'py, PyAny>) -> PyResult<Bound<'py, PyAny>> {
    fut.setattr(intern!(fut.py(), "_asyncio_future_blocking"), true)?;
    Ok(fut.clone())
}

#[pymethods]
impl Call {
    fn __await__(slf: PyRef<'_, Self>) -> PyRef<'_, Self> {
        slf
    }

    fn __next__<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.send(py, None)
    }

    #[pyo3(signature = (value=None, /))]
    fn send<'py>(
        &self,
        py: Python<'py>,
        value: Option<&Bound<'py, PyAny>>,
    ) -> PyResult<Bound<'py, PyAny>> {
        let _ = value; // asyncio sends None; the result comes from the future
        match self.take() {
            State::Fresh(fut, finish) => {
                let rt = runtimes::shared().map_err(|e| super::errors::to_pyerr(py, e))?;
                let (event_loop, bridge) = bridge::current(py)?;
                let (f, id) = bridge::spawn(rt, &event_loop, &bridge, fut, finish)?;
                self.put(State::Waiting(f.clone().unbind(), bridge.unbind(), id));
                block_on_future(&f)
            }
            State::Waiting(f, bridge, id) => {
                let fb = f.bind(py).clone();
                if fb.call_method0(intern!(py, "done"))?.is_truthy()? {
                    // Raises the call's exception, if it failed.
                    let result = fb.call_method0(intern!(py, "result"))?;
                    return Err(PyStopIteration::new_err((result.unbind(),)));
                }
                self.put(State::Waiting(f, bridge, id));
                block_on_future(&fb)
            }
            State::Done => Err(PyRuntimeError::new_err(
                "cannot reuse an already awaited tidbcloud call",
            )),
        }
    }

    #[pyo3(signature = (typ, val=None, tb=None, /))]
    fn throw(
        &self,
        py: Python<'_>,
        typ: &Bound<'_, PyAny>,
        val: Option<&Bound<'_, PyAny>>,
        tb: Option<&Bound<'_, PyAny>>,
    ) -> PyResult<()> {
        let _ = tb; // the traceback starts here
        self.stop(py)?;
        Err(exception(py, typ, val)?)
    }

    fn close(&self, py: Python<'_>) -> PyResult<()> {
        self.stop(py)
    }

    fn __repr__(&self) -> &'static str {
        "<tidbcloud call>"
    }
}

/// The exception `throw(typ, val)` asks to raise, as generators build it.
fn exception(
    py: Python<'_>,
    typ: &Bound<'_, PyAny>,
    val: Option<&Bound<'_, PyAny>>,
) -> PyResult<PyErr> {
    let base = py.get_type::<pyo3::exceptions::PyBaseException>();
    if typ.is_instance(&base)? {
        return Ok(PyErr::from_value(typ.clone()));
    }
    let Ok(t) = typ.cast::<PyType>() else {
        return Err(PyTypeError::new_err(
            "exceptions must be classes or instances deriving from BaseException",
        ));
    };
    if !t.is_subclass(&base)? {
        return Err(PyTypeError::new_err(
            "exceptions must be classes or instances deriving from BaseException",
        ));
    }
    let value = match val.filter(|v| !v.is_none()) {
        Some(v) if v.is_instance(t)? => v.clone(),
        Some(v) => t.call1((v,))?,
        None => t.call0()?,
    };
    Ok(PyErr::from_value(value))
}

/// The async face of an operation returning JSON.
pub fn call_async(py: Python<'_>, call: Pending) -> PyResult<Bound<'_, PyAny>> {
    Ok(Bound::new(py, Call::new(call.body(), bridge::plain()))?.into_any())
}

fn deliberate_panic() -> Result<serde_json::Value> {
    panic!("a deliberate panic, raised by tidbcloud._core._panicking_call")
}

/// A call whose core future panics, so the suite can show that a panic becomes
/// an exception on both faces, never a crash or a hang. Not part of the API.
#[pyfunction]
pub fn _panicking_call(py: Python<'_>, sync: bool) -> PyResult<Py<PyAny>> {
    let fut = || Pending::new(async { deliberate_panic() });
    if sync {
        super::runtime::call_sync(py, fut())
    } else {
        call_async(py, fut()).map(Bound::unbind)
    }
}
