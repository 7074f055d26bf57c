//! The Python side of every waiter: its options, its progress display and the
//! core's one wait loop (`crate::api::waiters`), set up in one place.

use super::progress;
use crate::api::waiters::{self, WaitOptions, Waiter};
use crate::api::{Api, Pending};
use crate::config::seconds;
use pyo3::prelude::*;

/// Start waiting for the resource of `ids` (the declaration's positional ids)
/// to reach `target`, or the row's own target.
#[allow(clippy::too_many_arguments)]
pub fn start(
    py: Python<'_>,
    api: &Api,
    row: &'static Waiter,
    ids: &[&str],
    target: Option<&str>,
    timeout: f64,
    poll_interval: Option<f64>,
    progress: Option<&Bound<'_, PyAny>>,
) -> PyResult<Pending> {
    let opts = WaitOptions {
        timeout: seconds("timeout", timeout)?,
        poll_interval: poll_interval
            .map(|p| seconds("poll_interval", p))
            .transpose()?,
    };
    let target = target.unwrap_or(row.target);
    // A bad target is refused before a display appears.
    row.check_target(target)?;
    let ident = ids.last().copied().unwrap_or_default();
    let shown = progress::Shown {
        kind: row.noun,
        ident,
        target,
        state_field: row.field,
        percent_field: row.percent,
    };
    let display = progress::resolve(py, progress, shown)?;
    let waiting = waiters::wait(
        api,
        row,
        ids,
        Some(target),
        opts,
        progress::hook(display.clone()),
    )?;
    Ok(progress::closing(display, waiting))
}
