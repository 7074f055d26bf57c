//! Pagers: `for item in pager`, `for page in pager.pages()`, and their async twins.
//! A pager is a recipe; each iteration starts from the first page again.

use super::bridge::Finish;
use super::convert::to_py;
use super::coroutine::Call;
use super::errors::to_pyerr;
use super::runtime::{block_on, Ready};
use crate::api::{take_items, Api, ListSpec, Paginator};
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
    fn check(&self) -> PyResult<()> {
        self.api.prepare(self.spec.request.clone())?;
        Ok(())
    }

    fn paginator(&self) -> Paginator {
        Paginator::new(self.spec.clone(), self.page_token.clone())
    }
}

/// Iteration state shared between Python calls. A fetch works on the
/// paginator without taking it for good: an interrupted or cancelled fetch
/// leaves the iterator where it was, ready for the next `next()`.
struct Cursor {
    api: Api,
    paginator: Paginator,
    fetching: bool,
    /// Async: the paginator as a finished fetch left it, with that fetch's
    /// number; taken over only when the fetch's result is delivered, so a
    /// cancelled fetch never moves the iterator on.
    advanced: Option<(u64, Paginator)>,
    fetches: u64,
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
        paginator: recipe.paginator(),
        fetching: false,
        advanced: None,
        fetches: 0,
        buffer: VecDeque::new(),
        pages,
    }))
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

/// Start a fetch: the next buffered object, or what a fetch needs.
fn start(c: &Shared) -> PyResult<std::result::Result<Py<PyAny>, (Api, Paginator)>> {
    let mut g = lock(c);
    if let Some(v) = g.buffer.pop_front() {
        return Ok(Ok(v));
    }
    if g.fetching {
        return Err(busy());
    }
    g.fetching = true;
    Ok(Err((g.api.clone(), g.paginator.clone())))
}

/// Clears `fetching` however the fetch ends (done, failed, interrupted, cancelled).
struct Fetching(Shared);

impl Drop for Fetching {
    fn drop(&mut self) {
        lock(&self.0).fetching = false;
    }
}

/// Next object from the cursor, fetching pages as needed (sync).
fn next_sync(py: Python<'_>, c: &Shared) -> PyResult<Option<Py<PyAny>>> {
    loop {
        let (api, mut paginator) = match start(c)? {
            Ok(v) => return Ok(Some(v)),
            Err(fetch) => fetch,
        };
        let _fetching = Fetching(c.clone());
        let key = paginator.items_key();
        let page = block_on(py, paginator.next_page(&api))?;
        let mut g = lock(c);
        g.paginator = paginator;
        let done = page.is_none();
        fill(py, &mut g, key, page)?;
        if done && g.buffer.is_empty() {
            return Ok(None);
        }
    }
}

/// Next object as a coroutine (async). The page is fetched on the runtime;
/// its items become Python objects on the loop's thread.
fn next_async<'py>(py: Python<'py>, c: &Shared) -> PyResult<Bound<'py, PyAny>> {
    let (api, mut paginator) = match start(c)? {
        Ok(v) => return Ok(Bound::new(py, Ready::new(v))?.into_any()),
        Err(fetch) => fetch,
    };
    // Owned by the finish, which is dropped at once when the call is
    // cancelled or dropped unstarted, or after it has run.
    let fetching = Fetching(c.clone());
    let key = paginator.items_key();
    let (whole_pages, number) = {
        let mut g = lock(c);
        g.fetches += 1;
        (g.pages, g.fetches)
    };
    let shared = c.clone();
    let fut = async move {
        // Pages without items are skipped here, so the loop's thread only
        // ever converts a page that yields something.
        let mut found = Vec::new();
        while let Some(page) = paginator.next_page(&api).await? {
            let empty = match page.get(key) {
                None | Some(Value::Null) => true,
                Some(Value::Array(a)) => a.is_empty(),
                Some(_) => false, // not a list: `fill` says so
            };
            if whole_pages || !empty {
                found.push(page);
                break;
            }
        }
        lock(&shared).advanced = Some((number, paginator));
        Ok(Value::Array(found))
    };
    let finish: Finish = Box::new(move |py, r| {
        let c = &fetching.0;
        let pages = r.map_err(|e| to_pyerr(py, e))?;
        let mut g = lock(c);
        if let Some((n, p)) = g.advanced.take() {
            if n == number {
                g.paginator = p;
            }
        }
        if let Value::Array(pages) = pages {
            for page in pages {
                fill(py, &mut g, key, Some(page))?;
            }
        }
        match g.buffer.pop_front() {
            Some(v) => Ok(v),
            None => Err(PyStopAsyncIteration::new_err(())),
        }
    });
    Ok(Bound::new(py, Call::new(fut, finish))?.into_any())
}

/// A list operation's result: iterate it for items (all pages), or `.pages()`.
#[pyclass(frozen, module = "tidbcloud._core")]
pub struct Pager {
    recipe: Recipe,
}

impl Pager {
    /// Checked now: a bad `extra_*` option is an error before any page is asked for.
    pub fn new(recipe: Recipe) -> PyResult<Self> {
        recipe.check()?;
        Ok(Pager { recipe })
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
    pub fn new(recipe: Recipe) -> PyResult<Self> {
        recipe.check()?;
        Ok(AsyncPager { recipe })
    }
}

#[pymethods]
impl AsyncPager {
    fn __aiter__(&self) -> AsyncPageIterator {
        AsyncPageIterator {
            cursor: cursor(&self.recipe, false),
        }
    }
    /// Iterate (`async for`) over whole pages: dicts with the items and what
    /// else each page says (`nextPageToken`, `totalSize`, ...).
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
