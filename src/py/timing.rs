//! A timing hook for `benches/run.py`, not part of the API: how long JSON
//! bytes take to become Python objects by each path the client could take.

use super::{convert, decode};
use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use pyo3::types::PyDict;
use std::time::Instant;

/// Seconds for `rounds` conversions of `data`: through a `serde_json::Value`
/// (`"value"`), straight from the bytes (`"direct"`), and the syntax check
/// the I/O thread makes before the direct path (`"check"`).
#[pyfunction]
pub fn _conversion_timing<'py>(
    py: Python<'py>,
    data: &[u8],
    rounds: u32,
) -> PyResult<Bound<'py, PyDict>> {
    let bad = |e: serde_json::Error| PyValueError::new_err(e.to_string());
    let out = PyDict::new(py);
    let t = Instant::now();
    for _ in 0..rounds {
        let v: serde_json::Value = serde_json::from_slice(data).map_err(bad)?;
        drop(convert::to_py(py, &v)?);
    }
    out.set_item("value", t.elapsed().as_secs_f64())?;
    let t = Instant::now();
    for _ in 0..rounds {
        match decode::to_py(py, data) {
            Ok(v) => drop(v),
            Err(decode::Failure::Json(e)) => return Err(bad(e)),
            Err(decode::Failure::Python(e)) => return Err(e),
        }
    }
    out.set_item("direct", t.elapsed().as_secs_f64())?;
    let t = Instant::now();
    for _ in 0..rounds {
        serde_json::from_slice::<serde::de::IgnoredAny>(data).map_err(bad)?;
    }
    out.set_item("check", t.elapsed().as_secs_f64())?;
    Ok(out)
}
