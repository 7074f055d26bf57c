//! The Python face (`tidbcloud._core`). Only this module knows about pyo3.

mod backups;
mod billing;
mod bridge;
mod changefeeds;
mod client;
mod convert;
mod coroutine;
mod database_audit_logging;
mod declare;
mod decode;
mod dedicated;
mod errors;
mod iam;
mod logging;
mod maintenance;
mod members;
mod mock;
mod msp_customers;
mod networking;
mod node_instances;
mod options;
mod pager;
mod progress;
mod resources;
mod runtime;
mod serverless;
mod serverless_branches;
mod serverless_changefeeds;
mod serverless_imports;
mod serverless_migrations;
mod serverless_private_link;
mod time;
mod timing;
mod transfers;
mod waiting;

use pyo3::prelude::*;

impl From<crate::error::Error> for PyErr {
    fn from(e: crate::error::Error) -> PyErr {
        Python::attach(|py| errors::to_pyerr(py, e))
    }
}

#[pymodule]
fn _core(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    m.add_class::<client::TiDBCloud>()?;
    m.add_class::<client::AsyncTiDBCloud>()?;
    resources::register(m)?;
    m.add_class::<pager::Pager>()?;
    m.add_class::<pager::AsyncPager>()?;
    m.add_class::<pager::PageIterator>()?;
    m.add_class::<pager::AsyncPageIterator>()?;
    m.add_class::<runtime::Ready>()?;
    m.add_class::<coroutine::Call>()?;
    m.add_function(wrap_pyfunction!(runtime::_shutdown, m)?)?;
    m.add_function(wrap_pyfunction!(coroutine::_panicking_call, m)?)?;
    m.add_function(wrap_pyfunction!(timing::_conversion_timing, m)?)?;
    // Before the interpreter finalizes, our threads stop attaching to it.
    m.py()
        .import("atexit")?
        .call_method1("register", (m.getattr("_shutdown")?,))?;
    m.add_class::<bridge::Bridge>()?;
    m.add_class::<mock::MockServerHandle>()?;
    Ok(())
}
