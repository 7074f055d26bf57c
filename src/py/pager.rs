//! Pagers: `for item in pager`, `for page in pager.pages()`, and their async twins.
//! A pager is a recipe; each iteration starts from the first page again.
//! Pages stay bytes until their items are needed, and become Python objects in
//! one pass. A sync iteration asks for the next page as soon as it has one,
//! so that the server and the I/O thread work while Python goes through the
//! items it has; at most one page is read ahead, and it is dropped (its
//! request cancelled) with the iterator.

use super::bridge::Finish;
use super::coroutine::Call;
use super::decode;
use super::errors::to_pyerr;
use super::runtime::{block_on, panicked, Ready};
use crate::api::{Api, ListSpec, Page, Paginator};
use crate::error::Result;
use crate::http::{runtimes, Body};
use pyo3::exceptions::{PyRuntimeError, PyStopAsyncIteration, PyTypeError};
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList};
use pyo3::PyTypeInfo;
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
    /// Sync: the next page, asked for while the items of this one are used.
    ahead: Option<Ahead>,
}

/// A fetch running ahead on the shared runtime; dropping it cancels it.
struct Ahead(tokio::task::JoinHandle<Result<(Paginator, Option<Page>)>>);

impl Drop for Ahead {
    fn drop(&mut self) {
        self.0.abort();
    }
}

/// Fetch the page `paginator` is at; the paginator as that leaves it.
async fn fetch(api: Api, mut paginator: Paginator) -> Result<(Paginator, Option<Page>)> {
    let page = paginator.next_body(&api).await?;
    Ok((paginator, page))
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
        ahead: None,
    }))
}

/// Put the page's items (or the page itself) into the buffer as Python objects.
fn fill(py: Python<'_>, c: &mut Cursor, key: &str, page: Option<Body>) -> PyResult<()> {
    let Some(page) = page else { return Ok(()) };
    let page = decode::body(py, page)?;
    if c.pages {
        c.buffer.push_back(page.unbind());
        return Ok(());
    }
    // Paging checked that the items are a list, or absent.
    let items = page.cast::<PyDict>()?.get_item(key)?;
    if let Some(items) = items.filter(|i| !i.is_none()) {
        let items = items
            .cast::<PyList>()
            .map_err(|_| PyTypeError::new_err(format!("{key} in a page should be a list")))?;
        c.buffer.extend(items.iter().map(Bound::unbind));
    }
    Ok(())
}

fn busy() -> PyErr {
    PyRuntimeError::new_err("this iterator is already fetching a page in another thread or task")
}

type Fetch = (Api, Paginator, Option<Ahead>);

/// Start a fetch: the next buffered object, or what a fetch needs.
fn start(c: &Shared) -> PyResult<std::result::Result<Py<PyAny>, Fetch>> {
    let mut g = lock(c);
    if let Some(v) = g.buffer.pop_front() {
        return Ok(Ok(v));
    }
    if g.fetching {
        return Err(busy());
    }
    g.fetching = true;
    let ahead = g.ahead.take();
    Ok(Err((g.api.clone(), g.paginator.clone(), ahead)))
}

/// Clears `fetching` however the fetch ends (done, failed, interrupted, cancelled).
struct Fetching(Shared);

impl Drop for Fetching {
    fn drop(&mut self) {
        lock(&self.0).fetching = false;
    }
}

/// Next object from the cursor, fetching pages as needed (sync). An
/// interrupted fetch leaves the cursor where it was.
fn next_sync(py: Python<'_>, c: &Shared) -> PyResult<Option<Py<PyAny>>> {
    loop {
        let (api, paginator, ahead) = match start(c)? {
            Ok(v) => return Ok(Some(v)),
            Err(fetch) => fetch,
        };
        let _fetching = Fetching(c.clone());
        let key = paginator.items_key();
        let (paginator, page) = match ahead {
            Some(mut ahead) => block_on(py, async move {
                (&mut ahead.0).await.unwrap_or_else(|_| Err(panicked()))
            })?,
            None => block_on(py, fetch(api.clone(), paginator))?,
        };
        let mut g = lock(c);
        if page.is_some() && !paginator.is_done() {
            let rt = runtimes::shared().map_err(|e| to_pyerr(py, e))?;
            g.ahead = Some(Ahead(rt.spawn(fetch(api, paginator.clone()))));
        }
        g.paginator = paginator;
        let done = page.is_none();
        fill(py, &mut g, key, page.map(|p| p.body))?;
        if done && g.buffer.is_empty() {
            return Ok(None);
        }
    }
}

/// Next object as a coroutine (async). The page is fetched on the runtime;
/// its items become Python objects on the loop's thread.
fn next_async<'py>(py: Python<'py>, c: &Shared) -> PyResult<Bound<'py, PyAny>> {
    let (api, mut paginator, _) = match start(c)? {
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
        let mut found = Body::Value(Value::Null);
        while let Some(page) = paginator.next_body(&api).await? {
            if whole_pages || page.items > 0 {
                found = page.body;
                break;
            }
        }
        lock(&shared).advanced = Some((number, paginator));
        Ok(found)
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
        if !matches!(pages, Body::Value(Value::Null)) {
            fill(py, &mut g, key, Some(pages))?;
        }
        match g.buffer.pop_front() {
            Some(v) => Ok(v),
            None => Err(PyStopAsyncIteration::new_err(())),
        }
    });
    Ok(Bound::new(py, Call::new(fut, finish))?.into_any())
}

/// A helper of `tidbcloud._frames`, where the DataFrame conversions live
/// (pandas is optional, so the core never imports it).
fn frames<'py>(py: Python<'py>, name: &str) -> PyResult<Bound<'py, PyAny>> {
    py.import("tidbcloud._frames")?.getattr(name)
}

/// A list result: iterate for items across all pages, `.pages()` for pages,
/// `.to_list()` or `.to_pandas()` for all items at once.
///
/// Each iteration starts from the first page. While you go through a page, the
/// next one is already being fetched (one page ahead, no more; a dropped
/// iterator cancels it), and only one page is held at a time.
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
    /// Every item across all pages, as one list.
    fn to_list<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        PyList::type_object(slf.py()).call1((slf,))
    }
    /// Every item across all pages as a `pandas.DataFrame`, one row an item
    /// (nested objects stay dicts). Needs pandas (`pip install
    /// "tidbcloud[pandas]"`); without it, an `ImportError` says so before
    /// any page is asked for.
    fn to_pandas<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        frames(slf.py(), "pager_to_pandas")?.call1((slf,))
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

/// The async twin of [`Pager`]: `async for item in pager`, `async for page in
/// pager.pages()`, `await pager.to_list()`, `await pager.to_pandas()`.
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
    /// Every item across all pages, as one list (awaitable).
    fn to_list<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        frames(slf.py(), "async_to_list")?.call1((slf,))
    }
    /// Every item across all pages as a `pandas.DataFrame` (awaitable). Needs
    /// pandas; without it, an `ImportError` says so at once.
    fn to_pandas<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        frames(slf.py(), "async_to_pandas")?.call1((slf,))
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
