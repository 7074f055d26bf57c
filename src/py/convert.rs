//! JSON values to Python objects and back, directly (no intermediate formats).

use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::{PyBool, PyDict, PyFloat, PyInt, PyList, PyString, PyTuple};
use pyo3::IntoPyObjectExt;
use serde_json::{Map, Number, Value};

pub fn to_py<'py>(py: Python<'py>, v: &Value) -> PyResult<Bound<'py, PyAny>> {
    to_py_under(py, v, None)
}

/// Whether `key` (inside an object held under `parent`) is a credential the
/// service hands out: an API key's `secretKey`, a Prometheus read `key`.
fn is_credential(parent: Option<&str>, key: &str) -> bool {
    key == "secretKey" || key == "jwt" || (key == "key" && parent == Some("prometheus"))
}

/// `tidbcloud.SecretStr`: a str whose repr is masked.
pub(super) fn secret_str<'py>(py: Python<'py>, s: &str) -> PyResult<Bound<'py, PyAny>> {
    static CLASS: PyOnceLock<Py<PyAny>> = PyOnceLock::new();
    let class = CLASS.get_or_try_init(py, || {
        py.import("tidbcloud._secret")?
            .getattr("SecretStr")
            .map(Bound::unbind)
    })?;
    class.bind(py).call1((s,))
}

fn to_py_under<'py>(
    py: Python<'py>,
    v: &Value,
    parent: Option<&str>,
) -> PyResult<Bound<'py, PyAny>> {
    Ok(match v {
        Value::Null => py.None().into_bound(py),
        Value::Bool(b) => PyBool::new(py, *b).to_owned().into_any(),
        Value::Number(n) => {
            if let Some(i) = n.as_i64() {
                i.into_bound_py_any(py)?
            } else if let Some(u) = n.as_u64() {
                u.into_bound_py_any(py)?
            } else {
                n.as_f64().unwrap_or(f64::NAN).into_bound_py_any(py)?
            }
        }
        Value::String(s) => PyString::new(py, s).into_any(),
        Value::Array(items) => {
            let list = PyList::empty(py);
            for i in items {
                list.append(to_py_under(py, i, parent)?)?;
            }
            list.into_any()
        }
        Value::Object(map) => {
            let dict = PyDict::new(py);
            for (k, v) in map {
                let item = match v {
                    Value::String(s) if is_credential(parent, k) => secret_str(py, s)?,
                    _ => to_py_under(py, v, Some(k))?,
                };
                dict.set_item(k, item)?;
            }
            dict.into_any()
        }
    })
}

/// A Python value as JSON. `path` names the argument in error messages.
pub fn from_py(obj: &Bound<'_, PyAny>, path: &str) -> PyResult<Value> {
    if obj.is_none() {
        return Ok(Value::Null);
    }
    if let Ok(b) = obj.cast::<PyBool>() {
        return Ok(Value::Bool(b.is_true()));
    }
    if obj.is_instance_of::<PyInt>() {
        if let Ok(i) = obj.extract::<i64>() {
            return Ok(Value::from(i));
        }
        if let Ok(u) = obj.extract::<u64>() {
            return Ok(Value::from(u));
        }
        return Err(PyValueError::new_err(format!(
            "{path}: integer out of range"
        )));
    }
    if let Ok(f) = obj.cast::<PyFloat>() {
        let v = f.value();
        return Number::from_f64(v)
            .map(Value::Number)
            .ok_or_else(|| PyValueError::new_err(format!("{path}: {v} is not a finite number")));
    }
    if let Ok(s) = obj.cast::<PyString>() {
        return Ok(Value::String(s.to_str()?.to_owned()));
    }
    if let Ok(d) = obj.cast::<PyDict>() {
        let mut map = Map::new();
        for (k, v) in d.iter() {
            let key = k.cast::<PyString>().map_err(|_| {
                PyTypeError::new_err(format!(
                    "{path}: dict keys must be str, got {}",
                    type_name(&k)
                ))
            })?;
            let key = key.to_str()?.to_owned();
            let child = from_py(&v, &format!("{path}[{key:?}]"))?;
            map.insert(key, child);
        }
        return Ok(Value::Object(map));
    }
    if obj.is_instance_of::<PyList>() || obj.is_instance_of::<PyTuple>() {
        let mut items = Vec::new();
        for (i, item) in obj.try_iter()?.enumerate() {
            items.push(from_py(&item?, &format!("{path}[{i}]"))?);
        }
        return Ok(Value::Array(items));
    }
    Err(PyTypeError::new_err(format!(
        "{path}: expected a JSON-compatible value (dict, list, str, int, float, bool, None), got {}",
        type_name(obj)
    )))
}

/// A dict argument as a JSON object; anything else is a `TypeError`.
pub fn dict_arg(obj: &Bound<'_, PyAny>, name: &str) -> PyResult<Value> {
    if !obj.is_instance_of::<PyDict>() {
        return Err(PyTypeError::new_err(format!(
            "{name} must be a dict, got {}",
            type_name(obj)
        )));
    }
    from_py(obj, name)
}

pub fn type_name(obj: &Bound<'_, PyAny>) -> String {
    obj.get_type()
        .name()
        .map(|n| n.to_string())
        .unwrap_or_else(|_| "object".into())
}

/// An optional dict argument as JSON; None and absent are the same.
pub fn opt_dict(obj: Option<&Bound<'_, PyAny>>, name: &str) -> PyResult<Option<serde_json::Value>> {
    obj.filter(|o| !o.is_none())
        .map(|o| dict_arg(o, name))
        .transpose()
}

/// A list of strings, or one comma-separated string.
pub fn str_list(obj: Option<&Bound<'_, PyAny>>, name: &str) -> PyResult<Vec<String>> {
    let Some(obj) = obj.filter(|o| !o.is_none()) else {
        return Ok(Vec::new());
    };
    if let Ok(s) = obj.cast::<PyString>() {
        return Ok(s
            .to_str()?
            .split(',')
            .map(|p| p.trim().to_owned())
            .filter(|p| !p.is_empty())
            .collect());
    }
    obj.try_iter()
        .and_then(|it| it.map(|i| i?.extract::<String>()).collect())
        .map_err(|_| {
            pyo3::exceptions::PyTypeError::new_err(format!(
                "{name} must be a list of str or a comma-separated str"
            ))
        })
}

/// How a positional parameter (before `/;` in a declaration) is taken from
/// its Python argument. Ids are `String`: a str, or an int as its decimal
/// string, since ids look like numbers and `get(1234)` is the natural
/// mistake; anything else is a `TypeError` naming the parameter.
pub trait Positional<'a, 'py>: Sized {
    fn take(obj: &'a Bound<'py, PyAny>, name: &str) -> PyResult<Self>;
}

impl Positional<'_, '_> for String {
    fn take(obj: &Bound<'_, PyAny>, name: &str) -> PyResult<Self> {
        if let Ok(s) = obj.cast::<PyString>() {
            return Ok(s.to_str()?.to_owned());
        }
        // bool is an int to Python, but `True` is never an id.
        if obj.is_instance_of::<PyInt>() && !obj.is_instance_of::<PyBool>() {
            // Through int() first: an IntEnum's str is its name, not its value.
            let int = obj.py().get_type::<PyInt>().call1((obj,))?;
            return Ok(int.str()?.to_str()?.to_owned());
        }
        Err(PyTypeError::new_err(format!(
            "{name} must be a str (or an int), got {}",
            type_name(obj)
        )))
    }
}

/// A parameter the core takes as any object checks it itself.
impl<'a, 'py> Positional<'a, 'py> for &'a Bound<'py, PyAny> {
    fn take(obj: &'a Bound<'py, PyAny>, _name: &str) -> PyResult<Self> {
        Ok(obj)
    }
}
