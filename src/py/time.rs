//! Python dates and times as the strings the API takes.

use pyo3::exceptions::PyTypeError;
use pyo3::prelude::*;
use pyo3::types::{PyDate, PyDateTime, PyString};

/// A datetime (naive means UTC) or an ISO 8601 string, as an ISO 8601 string.
pub fn iso_time(
    py: Python<'_>,
    v: Option<&Bound<'_, PyAny>>,
    name: &str,
) -> PyResult<Option<String>> {
    let Some(v) = v.filter(|v| !v.is_none()) else {
        return Ok(None);
    };
    if let Ok(s) = v.cast::<PyString>() {
        return Ok(Some(s.to_str()?.to_owned()));
    }
    if v.is_instance_of::<PyDateTime>() {
        let dt = if v.getattr("tzinfo")?.is_none() {
            let utc = py.import("datetime")?.getattr("timezone")?.getattr("utc")?;
            let kw = pyo3::types::PyDict::new(py);
            kw.set_item("tzinfo", utc)?;
            v.call_method("replace", (), Some(&kw))?
        } else {
            v.clone()
        };
        return Ok(Some(dt.call_method0("isoformat")?.extract()?));
    }
    Err(PyTypeError::new_err(format!(
        "{name} must be a datetime or an ISO 8601 string, got {}",
        super::convert::type_name(v)
    )))
}

/// "YYYY-MM" from a string, a date or a datetime.
pub fn billed_month(_py: Python<'_>, v: &Bound<'_, PyAny>) -> PyResult<String> {
    if let Ok(s) = v.cast::<PyString>() {
        return Ok(s.to_str()?.to_owned());
    }
    if v.is_instance_of::<PyDate>() {
        let year: i32 = v.getattr("year")?.extract()?;
        let month: u32 = v.getattr("month")?.extract()?;
        return Ok(format!("{year:04}-{month:02}"));
    }
    Err(PyTypeError::new_err(format!(
        "billed_month must be \"YYYY-MM\", a date or a datetime, got {}",
        super::convert::type_name(v)
    )))
}
