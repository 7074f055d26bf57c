//! Per-call options every method takes, as in openai-python: `timeout=` (per
//! attempt) and the escape hatches `extra_headers=`, `extra_query=`,
//! `extra_body=` for what the service accepts before this client knows it.

use super::convert::{dict_arg, type_name};
use crate::api::{Api, Extras};
use crate::config::seconds;
use crate::http::CallOptions;
use pyo3::exceptions::PyTypeError;
use pyo3::prelude::*;
use pyo3::types::{PyBool, PyDict, PyList, PyString, PyTuple};
use serde_json::Value;

/// `api` with this call's options; the same `api` when none is given.
pub fn per_call<'py>(
    api: &Api,
    timeout: Option<f64>,
    extra_headers: Option<&Bound<'py, PyAny>>,
    extra_query: Option<&Bound<'py, PyAny>>,
    extra_body: Option<&Bound<'py, PyAny>>,
) -> PyResult<Api> {
    fn given<'a, 'py>(o: Option<&'a Bound<'py, PyAny>>) -> Option<&'a Bound<'py, PyAny>> {
        o.filter(|o| !o.is_none())
    }
    let (headers, query, body) = (given(extra_headers), given(extra_query), given(extra_body));
    if timeout.is_none() && headers.is_none() && query.is_none() && body.is_none() {
        return Ok(api.clone());
    }
    let mut api = api.clone();
    if let Some(t) = timeout {
        api = api.with_options(CallOptions {
            timeout: Some(seconds("timeout", t)?),
            ..Default::default()
        });
    }
    if headers.is_some() || query.is_some() || body.is_some() {
        let headers = match headers {
            Some(h) => pairs(h, "extra_headers", false)?,
            None => Vec::new(),
        };
        let query = match query {
            Some(q) => pairs(q, "extra_query", true)?,
            None => Vec::new(),
        };
        let body = match body {
            Some(b) => match dict_arg(b, "extra_body")? {
                Value::Object(m) => Some(m),
                _ => None,
            },
            None => None,
        };
        api = api.with_extras(Extras::new(headers, query, body)?);
    }
    Ok(api)
}

/// A dict of str to str as pairs; for query parameters, numbers and booleans
/// become their text and a list repeats its key.
fn pairs(obj: &Bound<'_, PyAny>, name: &str, query: bool) -> PyResult<Vec<(String, String)>> {
    let dict = obj.cast::<PyDict>().map_err(|_| {
        PyTypeError::new_err(format!("{name} must be a dict, got {}", type_name(obj)))
    })?;
    let mut out = Vec::with_capacity(dict.len());
    for (k, v) in dict.iter() {
        let key: String = k.extract().map_err(|_| {
            PyTypeError::new_err(format!("{name} keys must be str, got {}", type_name(&k)))
        })?;
        if query && (v.is_instance_of::<PyList>() || v.is_instance_of::<PyTuple>()) {
            for item in v.try_iter()? {
                out.push((key.clone(), text(&item?, name, &key)?));
            }
        } else if query || v.is_instance_of::<PyString>() {
            out.push((key.clone(), text(&v, name, &key)?));
        } else {
            return Err(PyTypeError::new_err(format!(
                "{name}[{key:?}] must be a str, got {}",
                type_name(&v)
            )));
        }
    }
    Ok(out)
}

fn text(v: &Bound<'_, PyAny>, name: &str, key: &str) -> PyResult<String> {
    if let Ok(s) = v.cast::<PyString>() {
        return Ok(s.to_str()?.to_owned());
    }
    if v.is_instance_of::<PyBool>() {
        return Ok(if v.is_truthy()? { "true" } else { "false" }.into());
    }
    if let Ok(i) = v.extract::<i64>() {
        return Ok(i.to_string());
    }
    if let Ok(f) = v.extract::<f64>() {
        if f.is_finite() {
            return Ok(f.to_string());
        }
    }
    Err(PyTypeError::new_err(format!(
        "{name}[{key:?}] must be a str, int, float or bool, got {}",
        type_name(v)
    )))
}
