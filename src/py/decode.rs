//! JSON bytes straight to Python objects, in one pass and with no
//! `serde_json::Value` in between. Keys repeat across the items of a page (a
//! hundred clusters share some forty keys), so each distinct key becomes one
//! Python string, shared by every dict that has it: fewer allocations, and
//! its hash is computed once.

use super::convert::secret_str;
use super::errors::to_pyerr;
use crate::error::Error;
use crate::http::Body;
use pyo3::prelude::*;
use pyo3::types::{PyBool, PyDict, PyList, PyString};
use pyo3::IntoPyObjectExt;
use serde::de::{self, DeserializeSeed, MapAccess, SeqAccess, Visitor};
use std::collections::HashMap;
use std::fmt;
use std::hash::{BuildHasherDefault, Hasher};

/// A body as Python objects: bytes in one pass, a built `Value` as it is.
pub fn body(py: Python<'_>, body: Body) -> PyResult<Bound<'_, PyAny>> {
    match body {
        Body::Value(v) => super::convert::to_py(py, &v),
        Body::Json(bytes) => to_py(py, &bytes).map_err(|f| match f {
            Failure::Python(e) => e,
            // The transport checked these bytes already; kept for any it did not.
            Failure::Json(e) => to_pyerr(
                py,
                Error::Decode {
                    message: format!("the body is not valid JSON ({e})"),
                    status: 200,
                    request_id: None,
                },
            ),
        }),
    }
}

/// The Python objects of the JSON document `bytes`, with credentials the
/// service hands out as `SecretStr` (as `convert::to_py` does).
pub fn to_py<'py>(py: Python<'py>, bytes: &[u8]) -> Result<Bound<'py, PyAny>, Failure> {
    let mut cx = Cx {
        py,
        keys: HashMap::default(),
        err: None,
    };
    let mut de = serde_json::Deserializer::from_slice(bytes);
    let node = Node {
        cx: &mut cx,
        under_prometheus: false,
        secret: false,
    };
    match node.deserialize(&mut de).and_then(|v| de.end().map(|()| v)) {
        Ok(v) => Ok(v),
        Err(e) => Err(match cx.err.take() {
            Some(py_err) => Failure::Python(py_err),
            None => Failure::Json(e),
        }),
    }
}

/// Why a conversion stopped: the bytes were not JSON, or Python refused.
pub enum Failure {
    Json(serde_json::Error),
    Python(PyErr),
}

/// FNV-1a: keys are short and come from the service, so a simple hash serves.
#[derive(Default)]
struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for b in bytes {
            h ^= u64::from(*b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

struct Cx<'de, 'py> {
    py: Python<'py>,
    /// Keys seen so far in this document, by their text in the input.
    keys: HashMap<&'de str, Bound<'py, PyString>, BuildHasherDefault<Fnv>>,
    /// A Python error, kept while serde unwinds with a placeholder.
    err: Option<PyErr>,
}

impl<'py> Cx<'_, 'py> {
    fn fail<E: de::Error>(&mut self, e: PyErr) -> E {
        self.err = Some(e);
        E::custom("a Python error")
    }
}

/// One value, and where it sits: under the key `prometheus`, or under a
/// credential key (whose string is masked).
struct Node<'a, 'de, 'py> {
    cx: &'a mut Cx<'de, 'py>,
    under_prometheus: bool,
    secret: bool,
}

impl<'de, 'py> DeserializeSeed<'de> for Node<'_, 'de, 'py> {
    type Value = Bound<'py, PyAny>;

    fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de, 'py> Node<'_, 'de, 'py> {
    fn string<E: de::Error>(self, s: &str) -> Result<Bound<'py, PyAny>, E> {
        if self.secret {
            let py = self.cx.py;
            return secret_str(py, s).map_err(|e| self.cx.fail(e));
        }
        Ok(PyString::new(self.cx.py, s).into_any())
    }

    fn number<E: de::Error, T>(self, n: T) -> Result<Bound<'py, PyAny>, E>
    where
        T: for<'a> IntoPyObject<'a>,
    {
        let py = self.cx.py;
        n.into_bound_py_any(py).map_err(|e| self.cx.fail(e))
    }
}

impl<'de, 'py> Visitor<'de> for Node<'_, 'de, 'py> {
    type Value = Bound<'py, PyAny>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a JSON value")
    }

    fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(self.cx.py.None().into_bound(self.cx.py))
    }

    fn visit_bool<E: de::Error>(self, b: bool) -> Result<Self::Value, E> {
        Ok(PyBool::new(self.cx.py, b).to_owned().into_any())
    }

    fn visit_i64<E: de::Error>(self, n: i64) -> Result<Self::Value, E> {
        self.number(n)
    }

    fn visit_u64<E: de::Error>(self, n: u64) -> Result<Self::Value, E> {
        self.number(n)
    }

    fn visit_f64<E: de::Error>(self, n: f64) -> Result<Self::Value, E> {
        self.number(n)
    }

    fn visit_str<E: de::Error>(self, s: &str) -> Result<Self::Value, E> {
        self.string(s)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
        let mut items = Vec::with_capacity(seq.size_hint().unwrap_or(0));
        while let Some(v) = seq.next_element_seed(Node {
            cx: &mut *self.cx,
            under_prometheus: self.under_prometheus,
            secret: false,
        })? {
            items.push(v);
        }
        let py = self.cx.py;
        match PyList::new(py, items) {
            Ok(list) => Ok(list.into_any()),
            Err(e) => Err(self.cx.fail(e)),
        }
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let dict = PyDict::new(self.cx.py);
        while let Some(key) = map.next_key_seed(Key {
            cx: &mut *self.cx,
            under_prometheus: self.under_prometheus,
        })? {
            let value = map.next_value_seed(Node {
                cx: &mut *self.cx,
                under_prometheus: key.prometheus,
                secret: key.credential,
            })?;
            if let Err(e) = dict.set_item(key.name, value) {
                return Err(self.cx.fail(e));
            }
        }
        Ok(dict.into_any())
    }
}

/// An object key: its Python string, and what it says of its value.
struct KeyOut<'py> {
    name: Bound<'py, PyString>,
    /// An API key's `secretKey`, a Prometheus read `key`.
    credential: bool,
    prometheus: bool,
}

struct Key<'a, 'de, 'py> {
    cx: &'a mut Cx<'de, 'py>,
    under_prometheus: bool,
}

impl<'de, 'py> Key<'_, 'de, 'py> {
    fn out(&self, s: &str, name: Bound<'py, PyString>) -> KeyOut<'py> {
        KeyOut {
            name,
            credential: s == "secretKey" || s == "jwt" || (s == "key" && self.under_prometheus),
            prometheus: s == "prometheus",
        }
    }
}

impl<'de, 'py> DeserializeSeed<'de> for Key<'_, 'de, 'py> {
    type Value = KeyOut<'py>;

    fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_str(self)
    }
}

impl<'de, 'py> Visitor<'de> for Key<'_, 'de, 'py> {
    type Value = KeyOut<'py>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an object key")
    }

    /// A key read straight from the input: made once per document.
    fn visit_borrowed_str<E: de::Error>(self, s: &'de str) -> Result<Self::Value, E> {
        let name = match self.cx.keys.get(s) {
            Some(k) => k.clone(),
            None => {
                let k = PyString::new(self.cx.py, s);
                self.cx.keys.insert(s, k.clone());
                k
            }
        };
        Ok(self.out(s, name))
    }

    /// A key with escapes, unescaped into a buffer: made each time.
    fn visit_str<E: de::Error>(self, s: &str) -> Result<Self::Value, E> {
        let name = PyString::new(self.cx.py, s);
        Ok(self.out(s, name))
    }
}
