//! Pagers: `for item in pager`, `for page in pager.pages()`, and their async twins.
//! A pager is a recipe; each iteration starts from the first page again.

use super::convert::to_py;
use super::errors::to_pyerr;
use super::runtime::{block_on, Ready};
use crate::api::{take_items, Api, ListSpec, Paginator};
use crate::error::Result;
use pyo3::exceptions::{PyRuntimeError, PyStopAsyncIteration};
use pyo3::prelude::*;
use serde_json::Value;
use std::collections::VecDeque;
use std::sync::{Arc, Mutex};

#[derive(Clone)]
pub struct Recipe {
    pub api: Api,
    pub spec: ListSpec,
    pub page_token: Option<String>,
}

impl Recipe {
    fn paginator(&self) -> Paginator {
        Paginator::new(self.spec.clone(), self.page_token.clone())
    }
}

/// Iteration state shared between Python calls. The paginator is taken out
/// while a page is being fetched, so one iterator is never advanced twice at once.
struct Cursor {
    api: Api,
    paginator: Option<Paginator>,
    buffer: VecDeque<Py<PyAny>>,
    /// Yield whole pages instead of items.
    pages: bool,
}

type Shared = Arc<Mutex<Cursor>>;

fn lock(c: &Shared) -> std::sync::MutexGuard<'_, Cursor> {
    c.lock().unwrap_or_else(|p| p.into_inner())
}

fn cursor(recipe: &Recipe, pages: bool) -> Shared {
    Arc::new(Mutex::new(Cursor {
        api: recipe.api.clone(),
        paginator: Some(recipe.paginator()),
        buffer: VecDeque::new(),
        pages,
    }))
}

/// Fetch the next page with an owned paginator; gives it back with the result.
async fn fetch(api: Api, mut p: Paginator) -> (Paginator, Result<Option<Value>>) {
    let r = p.next_page(&api).await;
    (p, r)
}

/// Put the page's items (or the page itself) into the buffer as Python objects.
fn fill(py: Python<'_>, c: &mut Cursor, key: &str, page: Option<Value>) -> PyResult<()> {
    let Some(mut page) = page else { return Ok(()) };
    if c.pages {
        c.buffer.push_back(to_py(py, &page)?.unbind());
        return Ok(());
    }
    let items = take_items(&mut page, key).map_err(|e| to_pyerr(py, e))?;
    for item in &items {
        c.buffer.push_back(to_py(py, item)?.unbind());
    }
    Ok(())
}

fn busy() -> PyErr {
    PyRuntimeError::new_err("this iterator is already fetching a page in another thread or task")
}

/// Next object from the cursor, fetching pages as needed (sync).
fn next_sync(py: Python<'_>, c: &Shared) -> PyResult<Option<Py<PyAny>>> {
    loop {
        let (api, paginator) = {
            let mut g = lock(c);
            if let Some(v) = g.buffer.pop_front() {
                return Ok(Some(v));
            }
            let p = g.paginator.take().ok_or_else(busy)?;
            (g.api.clone(), p)
        };
        let key = paginator.items_key();
        let (paginator, result) = block_on(py, async move { Ok(fetch(api, paginator).await) })?;
        let mut g = lock(c);
        g.paginator = Some(paginator);
        let page = result.map_err(|e| to_pyerr(py, e))?;
        let done = page.is_none();
        fill(py, &mut g, key, page)?;
        if done && g.buffer.is_empty() {
            return Ok(None);
        }
    }
}

/// Next object as an awaitable (async).
fn next_async<'py>(py: Python<'py>, c: &Shared) -> PyResult<Bound<'py, PyAny>> {
    let (api, paginator) = {
        let mut g = lock(c);
        if let Some(v) = g.buffer.pop_front() {
            return Ok(Bound::new(py, Ready::new(v))?.into_any());
        }
        let p = g.paginator.take().ok_or_else(busy)?;
        (g.api.clone(), p)
    };
    let c = c.clone();
    pyo3_async_runtimes::tokio::future_into_py(py, async move {
        let mut paginator = paginator;
        loop {
            let key = paginator.items_key();
            let (p, result) = fetch(api.clone(), paginator).await;
            let step = Python::attach(|py| -> PyResult<Option<Py<PyAny>>> {
                let page = result.map_err(|e| to_pyerr(py, e))?;
                let mut g = lock(&c);
                let done = page.is_none();
                fill(py, &mut g, key, page)?;
                match g.buffer.pop_front() {
                    Some(v) => Ok(Some(v)),
                    None if done => Err(PyStopAsyncIteration::new_err(())),
                    None => Ok(None),
                }
            });
            match step {
                Ok(None) => paginator = p,
                other => {
                    lock(&c).paginator = Some(p);
                    return other.map(|v| v.unwrap_or_else(|| Python::attach(|py| py.None())));
                }
            }
        }
    })
}

/// A list operation's result: iterate it for items (all pages), or `.pages()`.
#[pyclass(frozen, module = "tidbcloud._core")]
pub struct Pager {
    recipe: Recipe,
}

impl Pager {
    pub fn new(recipe: Recipe) -> Self {
        Pager { recipe }
    }
}

#[pymethods]
impl Pager {
    fn __iter__(&self) -> PageIterator {
        PageIterator {
            cursor: cursor(&self.recipe, false),
        }
    }
    /// Iterate over whole pages (dicts with the items and `nextPageToken`).
    fn pages(&self) -> PageIterator {
        PageIterator {
            cursor: cursor(&self.recipe, true),
        }
    }
    fn __repr__(&self) -> String {
        format!("<Pager of {}>", self.recipe.spec.items_key)
    }
}

#[pyclass(frozen, module = "tidbcloud._core")]
pub struct PageIterator {
    cursor: Shared,
}

#[pymethods]
impl PageIterator {
    fn __iter__(slf: PyRef<'_, Self>) -> PyRef<'_, Self> {
        slf
    }
    fn __next__(&self, py: Python<'_>) -> PyResult<Option<Py<PyAny>>> {
        next_sync(py, &self.cursor)
    }
}

/// The async twin of [`Pager`]: `async for item in pager`, `async for page in pager.pages()`.
#[pyclass(frozen, module = "tidbcloud._core")]
pub struct AsyncPager {
    recipe: Recipe,
}

impl AsyncPager {
    pub fn new(recipe: Recipe) -> Self {
        AsyncPager { recipe }
    }
}

#[pymethods]
impl AsyncPager {
    fn __aiter__(&self) -> AsyncPageIterator {
        AsyncPageIterator {
            cursor: cursor(&self.recipe, false),
        }
    }
    fn pages(&self) -> AsyncPageIterator {
        AsyncPageIterator {
            cursor: cursor(&self.recipe, true),
        }
    }
    fn __repr__(&self) -> String {
        format!("<AsyncPager of {}>", self.recipe.spec.items_key)
    }
}

#[pyclass(frozen, module = "tidbcloud._core")]
pub struct AsyncPageIterator {
    cursor: Shared,
}

#[pymethods]
impl AsyncPageIterator {
    fn __aiter__(slf: PyRef<'_, Self>) -> PyRef<'_, Self> {
        slf
    }
    fn __anext__<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        next_async(py, &self.cursor)
    }
}
