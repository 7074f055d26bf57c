//! JSON bytes straight to Python objects, in one pass and with no
//! `serde_json::Value` in between. Keys repeat across the items of a page (a
//! hundred clusters share some forty keys), so each distinct key becomes one
//! Python string, shared by every dict that has it: fewer allocations, and
//! its hash is computed once. The cache uses a keyed hash and holds a bounded
//! number of keys, so a body whose keys were chosen to collide stays linear.

use super::convert::secret_str;
use super::errors::to_pyerr;
use crate::error::Error;
use crate::http::Body;
use pyo3::prelude::*;
use pyo3::types::{PyBool, PyDict, PyList, PyString};
use pyo3::IntoPyObjectExt;
use serde::de::{self, DeserializeSeed, MapAccess, SeqAccess, Visitor};
use std::collections::hash_map::RandomState;
use std::collections::HashMap;
use std::fmt;

/// Distinct keys cached per document; real pages have a few dozen. Beyond
/// it, a key becomes a new string each time.
const KEY_CACHE: usize = 4096;

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
/// service hands out as `SecretStr` (as `convert::to_py` does), and numbers
/// as `json.loads` makes them.
pub fn to_py<'py>(py: Python<'py>, bytes: &[u8]) -> Result<Bound<'py, PyAny>, Failure> {
    let mut inexact = false;
    let first = run(py, bytes, None, &mut inexact);
    if !inexact {
        return first;
    }
    // A number serde_json cannot give exactly: read again, numbers from their text.
    match crate::http::numbers::zero_numbers(bytes) {
        Some(z) => {
            let texts = z.numbers.iter().map(|r| &bytes[r.clone()]).collect();
            run(py, &z.bytes, Some(texts), &mut inexact)
        }
        None => first,
    }
}

fn run<'py>(
    py: Python<'py>,
    bytes: &[u8],
    numbers: Option<std::collections::VecDeque<&[u8]>>,
    inexact: &mut bool,
) -> Result<Bound<'py, PyAny>, Failure> {
    let mut cx = Cx {
        py,
        keys: HashMap::default(),
        err: None,
        numbers,
        inexact: false,
    };
    let mut de = serde_json::Deserializer::from_slice(bytes);
    let node = Node {
        cx: &mut cx,
        under_prometheus: false,
        secret: false,
    };
    let out = match node.deserialize(&mut de).and_then(|v| de.end().map(|()| v)) {
        Ok(v) => Ok(v),
        Err(e) => Err(match cx.err.take() {
            Some(py_err) => Failure::Python(py_err),
            None => {
                cx.inexact |= e.to_string().starts_with("number out of range");
                Failure::Json(e)
            }
        }),
    };
    *inexact = cx.inexact && cx.numbers.is_none();
    out
}

/// Why a conversion stopped: the bytes were not JSON, or Python refused.
pub enum Failure {
    Json(serde_json::Error),
    Python(PyErr),
}

struct Cx<'de, 'py> {
    py: Python<'py>,
    /// Keys seen so far in this document, by their text in the input.
    /// SipHash with a random key: keys come from the server, so their hashes
    /// must not be predictable.
    keys: HashMap<&'de str, Bound<'py, PyString>, RandomState>,
    /// A Python error, kept while serde unwinds with a placeholder.
    err: Option<PyErr>,
    /// The text of each number still to come, when reading numbers exactly.
    numbers: Option<std::collections::VecDeque<&'de [u8]>>,
    /// A number serde_json may have read inexactly was met: read again.
    inexact: bool,
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
        if let Some(texts) = self.cx.numbers.as_mut() {
            let text = texts.pop_front().unwrap_or(b"0");
            return exact_number(py, text).map_err(|e| self.cx.fail(e));
        }
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
        // An integer past 64 bits arrives as a float, and `-0` as `-0.0`:
        // the text alone says what it was.
        let may_be_integer =
            n.fract() == 0.0 && (n.abs() >= 9.2e18 || (n == 0.0 && n.is_sign_negative()));
        if may_be_integer && self.cx.numbers.is_none() {
            self.cx.inexact = true;
            return Err(E::custom("a number to read exactly"));
        }
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

/// A number from its JSON text, as `json.loads` makes it: an `int` of any
/// size for an integer, else the nearest float (`inf` past the range).
fn exact_number<'py>(py: Python<'py>, text: &[u8]) -> PyResult<Bound<'py, PyAny>> {
    let s = std::str::from_utf8(text).unwrap_or("0");
    if crate::http::numbers::is_integer(text) {
        if let Ok(n) = s.parse::<i64>() {
            return n.into_bound_py_any(py);
        }
        return py.get_type::<pyo3::types::PyInt>().call1((s,));
    }
    s.parse::<f64>().unwrap_or(f64::NAN).into_bound_py_any(py)
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
                if self.cx.keys.len() < KEY_CACHE {
                    self.cx.keys.insert(s, k.clone());
                }
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
