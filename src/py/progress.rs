//! Waiter progress: `progress=False`, `True` (a display from `tidbcloud._progress`)
//! or a callable that receives every polled resource.

use super::convert::to_py;
use super::runtime::attach_unless_exiting;
use crate::api::Pending;
use crate::error::{Error, Result};
use crate::http::pacing::{self, PacedHook};
use pyo3::prelude::*;
use pyo3::types::PyBool;
use serde_json::Value;
use std::future::IntoFuture;
use std::sync::Arc;
use std::time::Duration;

/// A Python callable shared between the hook and the final `close`.
pub type Shared = Arc<Py<PyAny>>;

/// What a display shows: the resource's noun and id, the state waited for,
/// the field that holds the state and the one that says how far it got.
pub struct Shown<'a> {
    pub kind: &'a str,
    pub ident: &'a str,
    pub target: &'a str,
    pub state_field: &'a str,
    pub percent_field: Option<&'a str>,
}

/// The callable to feed, if any: `None` means a display where someone watches
/// (see `tidbcloud._progress`).
pub fn resolve(
    py: Python<'_>,
    progress: Option<&Bound<'_, PyAny>>,
    shown: Shown<'_>,
) -> PyResult<Option<Shared>> {
    let module = py.import("tidbcloud._progress")?;
    let on = match progress {
        // One rule for every waiter: a display where someone is watching.
        None => module.getattr("watched")?.call0()?.extract::<bool>()?,
        Some(p) if p.is_instance_of::<PyBool>() => p.extract::<bool>()?,
        Some(p) if p.is_callable() => return Ok(Some(Arc::new(p.clone().unbind()))),
        Some(p) => {
            return Err(pyo3::exceptions::PyTypeError::new_err(format!(
                "progress must be True, False or a callable, got {}",
                super::convert::type_name(p)
            )))
        }
    };
    if !on {
        return Ok(None);
    }
    let display = module.getattr("display")?.call1((
        shown.kind,
        shown.ident,
        shown.target,
        shown.state_field,
        shown.percent_field,
    ))?;
    Ok(Some(Arc::new(display.unbind())))
}

/// The per-poll hook for the core waiter. A Python error from the callable stops
/// the wait and comes back out unchanged.
pub fn hook(callable: Option<Shared>) -> impl FnMut(&Value) -> Result<()> + Send {
    move |v: &Value| {
        let Some(cb) = &callable else { return Ok(()) };
        attach_unless_exiting(|py| {
            let arg = to_py(py, v)?;
            cb.call1(py, (arg,)).map(|_| ())
        })
        .unwrap_or(Ok(()))
        .map_err(|e| Error::Callback(Arc::new(e)))
    }
}

/// `waiting`, letting the display finish once the wait ends, however it ends.
/// A display with a `paced(seconds, cause)` method hears of every poll the
/// rate limit holds back for more than a second, so a slow poll does not
/// look like a hang.
pub fn closing(display: Option<Shared>, waiting: Pending) -> Pending {
    let paced = paced_hook(&display);
    Pending::new(async move {
        let r = match paced {
            Some(hook) => pacing::telling(hook, waiting.into_future()).await,
            None => waiting.await,
        };
        close(&display);
        r
    })
}

fn paced_hook(display: &Option<Shared>) -> Option<PacedHook> {
    let cb = display.as_ref()?.clone();
    let has = attach_unless_exiting(|py| cb.bind(py).hasattr("paced").unwrap_or(false));
    if !has.unwrap_or(false) {
        return None;
    }
    Some(Arc::new(move |wait: Duration, cause: &str| {
        // A display that fails to draw must not stop the wait.
        attach_unless_exiting(|py| {
            let _ = cb
                .bind(py)
                .call_method1("paced", (wait.as_secs_f64(), cause));
        });
    }))
}

/// Let a display finish its line or bar (only displays have `close`).
fn close(callable: &Option<Shared>) {
    if let Some(cb) = callable {
        attach_unless_exiting(|py| {
            let b = cb.bind(py);
            if b.hasattr("close").unwrap_or(false) {
                let _ = b.call_method0("close");
            }
        });
    }
}
