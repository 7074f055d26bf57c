//! `resource!`: how a resource class pair (`Clusters` / `AsyncClusters`, ...)
//! is declared: its docs, its two names, then one entry per operation, in
//! which each parameter is written once, with its doc line:
//!
//! ```text
//! /// What the method does.
//! fn name(
//!     /// The cluster's id.
//!     cluster_id: String,
//!     /;
//!     /// Only check the request; change nothing.
//!     validate_only: bool = false,
//!     /// Only clusters in these states: a list, or one comma-separated str.
//!     states: Option<&Bound<'_, PyAny>> as "Sequence[str] | str" = None,
//! ) -> call "operationId" |api, py| { body }
//! ```
//!
//! `as "..."` gives the Python type of a parameter the core takes as any
//! object, where the spec's type of the field it fills is not the one to show.
//!
//! Parameters before `/;` are the positional-only ids, those after it are
//! keyword-only (required unless they have a default). A positional `String`
//! also takes an int, as its decimal string, and any other type is a
//! `TypeError` naming the parameter (`convert::Positional`), so every id of
//! every family behaves alike. From that one list the
//! macro writes the Rust arguments, the Python signature of both faces and the
//! rows of `PARAMS`, which `_params()`, the stub generator and the docs read.
//! The per-call options (`timeout`, `extra_headers`, `extra_query`,
//! `extra_body`) are added to every `call` and `pager` entry and already
//! applied to `api` when the body runs.
//!
//! A waiter is a row of `crate::api::waiters` and needs no body:
//!
//! ```text
//! /// What it waits for.
//! fn wait(
//!     /// The cluster's id.
//!     cluster_id: String,
//!     /;
//!     /// The state to wait for.
//!     state: &str = "ACTIVE",
//! ) until waiters::CLUSTER, timeout = 1800.0;
//! ```
//!
//! Its ids are the positional parameters; its one keyword parameter, if any,
//! is the target state (a waiter with none waits for the row's own target).
//!
//! It also takes `timeout` (for the whole wait), `poll_interval`, `progress`,
//! `extra_headers` and `extra_query` (for its polls).

use crate::api::Api;
use pyo3::prelude::*;

/// One row of a class's `PARAMS`: (method, parameter, "positional" or
/// "keyword", its Rust type, its Python type when the Rust type does not say
/// it (`Option<&Bound<PyAny>>` takes many), its default as Rust spells it, its
/// doc line).
pub type Param = (
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    Option<&'static str>,
    Option<&'static str>,
    &'static str,
);

/// The parameters the macro gives every waiter after `timeout`: (name, Rust
/// type, Python type, doc line).
const WAIT_TAIL: [(&str, &str, Option<&str>, &str); 2] = [
    (
        "poll_interval",
        "Option<f64>",
        None,
        "Seconds between polls (default 0.5 s, growing to 15 s).",
    ),
    (
        "progress",
        "Option<&Bound<'_, PyAny>>",
        Some("_Progress"),
        "None: a display where someone watches (a terminal, Jupyter), nothing in a pipe; \
         True: always one; False: never; a callable: fed every polled resource.",
    ),
];

/// The `PARAMS` row of a waiter's `i`th parameter after `timeout`.
pub const fn wait_tail(method: &'static str, i: usize) -> Param {
    let (name, ty, py_type, doc) = WAIT_TAIL[i];
    (method, name, "keyword", ty, py_type, Some("None"), doc)
}

/// The client's `Api` for one call: observed when logging is on, with the
/// call's own options.
pub fn prepare(
    py: Python<'_>,
    api: &Api,
    timeout: Option<f64>,
    extra_headers: Option<&Bound<'_, PyAny>>,
    extra_query: Option<&Bound<'_, PyAny>>,
    extra_body: Option<&Bound<'_, PyAny>>,
) -> PyResult<Api> {
    let api = api.observed(super::logging::enabled(py));
    super::options::per_call(&api, timeout, extra_headers, extra_query, extra_body)
}

macro_rules! resource {
    ($(#[doc = $doc:literal])+ $sync:ident, $async_:ident {
        $(
            $(#[$attr:meta])*
            fn $name:ident(
                $( $(#[doc = $pdoc:literal])+ $pname:ident : $pty:ty $(as $ppy:literal)?, )*
                /;
                $(
                    $(#[doc = $kdoc:literal])+
                    $kname:ident : $kty:ty $(as $kpy:literal)? $(= $kdef:tt)?,
                )*
            ) -> $kind:ident $op:literal |$api:ident, $py:ident| $body:block
        )*
    } waits {
        $(
            $(#[$wattr:meta])*
            fn $wname:ident(
                $( $(#[doc = $wpdoc:literal])+ $wpname:ident : $wpty:ty, )*
                /;
                $( $(#[doc = $wkdoc:literal])+ $wkname:ident : $wkty:ty $(= $wkdef:tt)?, )*
            ) until $row:path, timeout = $wtimeout:tt;
        )*
    }) => {
        $(#[doc = $doc])+
        #[pyclass(frozen, module = "tidbcloud._core")]
        pub struct $sync {
            pub(crate) api: $crate::api::Api,
        }

        $(#[doc = $doc])+
        #[pyclass(frozen, module = "tidbcloud._core")]
        pub struct $async_ {
            pub(crate) api: $crate::api::Api,
        }

        impl $sync {
            /// (method, operationId, kind) of every entry.
            pub const OPERATIONS: &'static [(&'static str, &'static str, &'static str)] = &[
                $((stringify!($name), $op, stringify!($kind)),)*
                $((stringify!($wname), "", "wait"),)*
            ];

            /// Every declared parameter of every entry, in signature order.
            pub const PARAMS: &'static [$crate::py::declare::Param] = &[
                $(
                    $((
                        stringify!($name), resource!(@name $pname), "positional",
                        stringify!($pty), resource!(@some $($ppy)?), None, concat!($($pdoc),+),
                    ),)*
                    $((
                        stringify!($name), resource!(@name $kname), "keyword",
                        stringify!($kty), resource!(@some $($kpy)?),
                        resource!(@default $($kdef)?), concat!($($kdoc),+),
                    ),)*
                )*
                $(
                    $((
                        stringify!($wname), resource!(@name $wpname), "positional",
                        stringify!($wpty), None, None, concat!($($wpdoc),+),
                    ),)*
                    $((
                        stringify!($wname), resource!(@name $wkname), "keyword",
                        stringify!($wkty), None, resource!(@default $($wkdef)?),
                        concat!($($wkdoc),+),
                    ),)*
                    (
                        stringify!($wname), "timeout", "keyword", "f64", None,
                        Some(stringify!($wtimeout)), "Seconds for the whole wait.",
                    ),
                    $crate::py::declare::wait_tail(stringify!($wname), 0),
                    $crate::py::declare::wait_tail(stringify!($wname), 1),
                )*
            ];
        }

        #[pymethods]
        impl $sync {
            $(
                $(#[$attr])*
                #[doc = resource!(@args $($pname [$($pdoc),+])* $($kname [$($kdoc),+])* ;)]
                #[pyo3(signature = (
                    $($pname,)* /, *, $($kname $(= $kdef)?,)*
                    timeout=None, extra_headers=None, extra_query=None, extra_body=None
                ))]
                #[allow(clippy::too_many_arguments)]
                fn $name(
                    &self, $py: Python<'_> $(, $pname: &Bound<'_, PyAny>)* $(, $kname: $kty)*,
                    timeout: Option<f64>,
                    extra_headers: Option<&Bound<'_, PyAny>>,
                    extra_query: Option<&Bound<'_, PyAny>>,
                    extra_body: Option<&Bound<'_, PyAny>>,
                ) -> PyResult<Py<PyAny>> {
                    $(let $pname: $pty = resource!(@take $pname);)*
                    let $api = $crate::py::declare::prepare(
                        $py, &self.api, timeout, extra_headers, extra_query, extra_body,
                    )?;
                    resource!(@sync $py, $kind, $body)
                }
            )*
            $(
                $(#[$wattr])*
                #[pyo3(signature = (
                    $($wpname,)* /, *, $($wkname $(= $wkdef)?,)* timeout=$wtimeout,
                    poll_interval=None, progress=None, extra_headers=None, extra_query=None
                ))]
                #[allow(clippy::too_many_arguments)]
                fn $wname(
                    &self, py: Python<'_> $(, $wpname: &Bound<'_, PyAny>)* $(, $wkname: $wkty)*,
                    timeout: f64,
                    poll_interval: Option<f64>,
                    progress: Option<&Bound<'_, PyAny>>,
                    extra_headers: Option<&Bound<'_, PyAny>>,
                    extra_query: Option<&Bound<'_, PyAny>>,
                ) -> PyResult<Py<PyAny>> {
                    $(let $wpname: $wpty = resource!(@take $wpname);)*
                    let api = $crate::py::declare::prepare(
                        py, &self.api, None, extra_headers, extra_query, None,
                    )?;
                    let waiting = $crate::py::waiting::start(
                        py, &api, &$row, &[$($wpname.as_str()),*],
                        resource!(@target $($wkname)*), timeout, poll_interval, progress,
                    )?;
                    $crate::py::runtime::call_sync(py, waiting)
                }
            )*
            fn __repr__(&self) -> String {
                format!("<{}>", stringify!($sync))
            }
        }

        #[pymethods]
        impl $async_ {
            $(
                $(#[$attr])*
                #[doc = resource!(@args $($pname [$($pdoc),+])* $($kname [$($kdoc),+])* ;)]
                #[pyo3(signature = (
                    $($pname,)* /, *, $($kname $(= $kdef)?,)*
                    timeout=None, extra_headers=None, extra_query=None, extra_body=None
                ))]
                #[allow(clippy::too_many_arguments)]
                fn $name<'py>(
                    &self, $py: Python<'py> $(, $pname: &Bound<'_, PyAny>)* $(, $kname: $kty)*,
                    timeout: Option<f64>,
                    extra_headers: Option<&Bound<'_, PyAny>>,
                    extra_query: Option<&Bound<'_, PyAny>>,
                    extra_body: Option<&Bound<'_, PyAny>>,
                ) -> PyResult<Bound<'py, PyAny>> {
                    $(let $pname: $pty = resource!(@take $pname);)*
                    let $api = $crate::py::declare::prepare(
                        $py, &self.api, timeout, extra_headers, extra_query, extra_body,
                    )?;
                    resource!(@async $py, $kind, $body)
                }
            )*
            $(
                $(#[$wattr])*
                #[pyo3(signature = (
                    $($wpname,)* /, *, $($wkname $(= $wkdef)?,)* timeout=$wtimeout,
                    poll_interval=None, progress=None, extra_headers=None, extra_query=None
                ))]
                #[allow(clippy::too_many_arguments)]
                fn $wname<'py>(
                    &self, py: Python<'py> $(, $wpname: &Bound<'_, PyAny>)* $(, $wkname: $wkty)*,
                    timeout: f64,
                    poll_interval: Option<f64>,
                    progress: Option<&Bound<'_, PyAny>>,
                    extra_headers: Option<&Bound<'_, PyAny>>,
                    extra_query: Option<&Bound<'_, PyAny>>,
                ) -> PyResult<Bound<'py, PyAny>> {
                    $(let $wpname: $wpty = resource!(@take $wpname);)*
                    let api = $crate::py::declare::prepare(
                        py, &self.api, None, extra_headers, extra_query, None,
                    )?;
                    let waiting = $crate::py::waiting::start(
                        py, &api, &$row, &[$($wpname.as_str()),*],
                        resource!(@target $($wkname)*), timeout, poll_interval, progress,
                    )?;
                    $crate::py::coroutine::call_async(py, waiting)
                }
            )*
            fn __repr__(&self) -> String {
                format!("<{}>", stringify!($async_))
            }
        }
    };
    // A positional parameter from its Python argument: see `convert::Positional`.
    (@take $name:ident) => {
        $crate::py::convert::Positional::take($name, stringify!($name))?
    };
    // The declared parameters' doc lines as the docstring's `Args:` section,
    // so that help() lists them as editors and the reference do.
    (@args ;) => { "" };
    (@args $($name:ident [$($doc:literal),+])+ ;) => {
        concat!("\nArgs:", $("\n    ", resource!(@name $name), ":", $($doc),+),+)
    };
    // A parameter's Python name, for `PARAMS` and the docstring: a raw
    // identifier loses its `r#`. `type` is the only one declared; another
    // needs its line here (until then the reference pages find it undescribed).
    (@name r#type) => { "type" };
    (@name $name:ident) => { stringify!($name) };
    (@some) => { None };
    (@some $x:literal) => { Some($x) };
    (@default) => { None };
    (@default $def:tt) => { Some(stringify!($def)) };
    // A waiter's only keyword parameter, when it has one, is the target state.
    (@target) => { None };
    (@target $state:ident) => { Some($state) };
    (@sync $py:ident, call, $body:block) => { $crate::py::runtime::call_sync($py, $body) };
    (@async $py:ident, call, $body:block) => { $crate::py::coroutine::call_async($py, $body) };
    (@sync $py:ident, pager, $body:block) => {
        Ok(Py::new($py, $crate::py::pager::Pager::new($body)?)?.into_any())
    };
    (@async $py:ident, pager, $body:block) => {
        Ok(Bound::new($py, $crate::py::pager::AsyncPager::new($body)?)?.into_any())
    };
}
pub(super) use resource;
