//! Core errors as the Python exceptions defined in `tidbcloud._exceptions`.

use crate::error::{clip, Error, MESSAGE_CAP};
use pyo3::exceptions::{PyRuntimeError, PyValueError};
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::{PyDict, PyModule};

static MODULE: PyOnceLock<Py<PyModule>> = PyOnceLock::new();

fn class<'py>(py: Python<'py>, name: &str) -> PyResult<Bound<'py, PyAny>> {
    let m = MODULE.get_or_try_init(py, || {
        PyModule::import(py, "tidbcloud._exceptions").map(Bound::unbind)
    })?;
    m.bind(py).getattr(name)
}

fn status_class(status: u16) -> &'static str {
    match status {
        400 | 422 => "BadRequestError",
        401 => "AuthenticationError",
        403 => "PermissionDeniedError",
        404 => "NotFoundError",
        409 => "ConflictError",
        429 => "RateLimitError",
        500.. => "InternalServerError",
        _ => "APIStatusError",
    }
}

fn build(py: Python<'_>, name: &str, message: String, kwargs: Option<Bound<'_, PyDict>>) -> PyErr {
    match class(py, name).and_then(|cls| cls.call((message.clone(),), kwargs.as_ref())) {
        Ok(exc) => PyErr::from_value(exc),
        // The package is broken if its own exception module is missing: say so.
        Err(e) => {
            PyRuntimeError::new_err(format!("{message} (and tidbcloud._exceptions failed: {e})"))
        }
    }
}

/// The exception for `err`. Its text is capped (a server may send megabytes
/// of message); the body stays whole on `.body`.
pub fn to_pyerr(py: Python<'_>, err: Error) -> PyErr {
    let message = clip(&err.to_string(), MESSAGE_CAP).into_owned();
    let kw = PyDict::new(py);
    let attempt = (|| -> PyResult<PyErr> {
        Ok(match err {
            Error::InvalidArgument(_) => PyValueError::new_err(message),
            Error::Callback(inner) => match inner.downcast_ref::<PyErr>() {
                Some(original) => original.clone_ref(py),
                None => build(py, "TiDBCloudError", message, None),
            },
            Error::Config(_) | Error::Unusable(_) => build(py, "TiDBCloudError", message, None),
            Error::Connection(_) => build(py, "APIConnectionError", message, None),
            Error::Timeout(_) => build(py, "APITimeoutError", message, None),
            Error::Decode {
                status, request_id, ..
            } => {
                kw.set_item("status_code", status)?;
                kw.set_item("request_id", request_id)?;
                build(py, "APIResponseError", message, Some(kw))
            }
            Error::Pagination(_) => build(py, "APIResponseError", message, None),
            Error::Waiter {
                last_state,
                last_response,
                ..
            } => {
                kw.set_item("last_state", last_state)?;
                let resp = match &last_response {
                    Some(v) => super::convert::to_py(py, v)?,
                    None => py.None().into_bound(py),
                };
                kw.set_item("last_response", resp)?;
                build(py, "WaiterError", message, Some(kw))
            }
            Error::Status(api) => {
                kw.set_item("status_code", api.status)?;
                let code = match &api.code {
                    Some(c) => super::convert::to_py(py, c)?,
                    None => py.None().into_bound(py),
                };
                kw.set_item("code", code)?;
                kw.set_item("error", api.error.as_deref())?;
                kw.set_item("api_message", clip(&api.message, MESSAGE_CAP))?;
                kw.set_item("request_id", api.request_id.as_deref())?;
                let body = match &api.body {
                    Some(b) => super::convert::to_py(py, b)?,
                    None => py.None().into_bound(py),
                };
                kw.set_item("body", body)?;
                kw.set_item("retry_after", api.retry_after)?;
                build(py, status_class(api.status), message, Some(kw))
            }
        })
    })();
    attempt.unwrap_or_else(|e| e)
}
