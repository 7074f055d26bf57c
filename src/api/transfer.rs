//! What every whole-file transfer shares: progress reports counting bytes
//! (at most every `TICK`), and the download of listed files into a
//! directory, several at a time, each streamed to a temporary name and
//! renamed once whole and of its listed size, never over a file unless asked.

use crate::api::Api;
use crate::error::{Error, Result};
use crate::http::{Moved, Transport};
use futures_util::{StreamExt, TryStreamExt};
use serde_json::{json, Value};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::Arc;
use std::time::Duration;

/// What a progress report is handed: a dict of the transfer so far.
pub type Report = Box<dyn FnMut(&Value) -> Result<()> + Send>;

/// How often progress is reported while bytes move.
const TICK: Duration = Duration::from_millis(100);
/// Bytes moved so far, shared by the parts that move them.
#[derive(Clone, Default)]
pub struct Count(Arc<AtomicI64>);

impl Count {
    pub fn moved(&self) -> Moved {
        let c = self.0.clone();
        Arc::new(move |n| {
            c.fetch_add(n, Ordering::Relaxed);
        })
    }

    pub fn get(&self) -> u64 {
        self.0.load(Ordering::Relaxed).max(0) as u64
    }
}

pub fn report(state: &str, done: u64, total: u64, extra: Value) -> Value {
    let percent = (done.min(total) * 100).checked_div(total).unwrap_or(100) as i64;
    let mut v = json!({
        "state": state,
        "bytes": done,
        "totalBytes": total,
        "completePercent": percent,
    });
    if let (Value::Object(m), Value::Object(e)) = (&mut v, extra) {
        m.extend(e);
    }
    v
}

/// Drive `work` to its end, reporting the count every `TICK`.
pub async fn ticking<T>(
    work: impl std::future::Future<Output = Result<T>>,
    on: &mut Report,
    snapshot: impl Fn() -> Value,
) -> Result<T> {
    let mut work = std::pin::pin!(work);
    let mut tick = tokio::time::interval(TICK);
    tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Skip);
    loop {
        tokio::select! {
            done = &mut work => return done,
            _ = tick.tick() => on(&snapshot())?,
        }
    }
}

pub fn check_concurrency(n: usize) -> Result<()> {
    if !(1..=64).contains(&n) {
        return Err(Error::invalid(format!(
            "concurrency must be 1 to 64, got {n}"
        )));
    }
    Ok(())
}

/// Where downloads go, and how.
pub struct Destination {
    pub dir: PathBuf,
    pub concurrency: usize,
    pub overwrite: bool,
}

impl Destination {
    /// Checked before any request.
    pub fn check(&self) -> Result<()> {
        check_concurrency(self.concurrency)?;
        if self.dir.exists() && !self.dir.is_dir() {
            return Err(Error::invalid(format!(
                "{} is not a directory",
                self.dir.display()
            )));
        }
        Ok(())
    }
}

/// A file the service listed: its name, where to get it, and its size.
pub struct Listed {
    pub name: String,
    pub url: String,
    pub size: u64,
}

impl Listed {
    /// From an answer's item, its fields named as that answer names them
    /// (a size may come as a number or a decimal string). A name that is not
    /// a plain file name is refused: it comes from a server.
    pub fn read(item: &Value, name: &str, size: &str, url: &str) -> Result<Listed> {
        let n = item[name].as_str().unwrap_or_default();
        let u = item[url].as_str().unwrap_or_default();
        let s = item[size]
            .as_u64()
            .or_else(|| item[size].as_str().and_then(|s| s.parse().ok()));
        match s {
            Some(size) if safe_name(n) && !u.is_empty() => Ok(Listed {
                name: n.to_owned(),
                url: u.to_owned(),
                size,
            }),
            _ => Err(Error::Decode {
                message: format!(
                    "the service listed a file that cannot be downloaded safely: {n:?}"
                ),
                status: 200,
                request_id: None,
            }),
        }
    }
}

/// Fetch `files` into `to.dir` (made if missing); answers the paths, sorted.
pub async fn fetch_files(
    api: &Api,
    files: Vec<Listed>,
    to: &Destination,
    mut on: Report,
    extra: Value,
) -> Result<Value> {
    std::fs::create_dir_all(&to.dir)
        .map_err(|e| Error::invalid(format!("cannot create {}: {e}", to.dir.display())))?;
    if !to.overwrite {
        if let Some(f) = files.iter().find(|f| to.dir.join(&f.name).exists()) {
            return Err(Error::invalid(format!(
                "{} exists; pass overwrite=True to replace it",
                to.dir.join(&f.name).display()
            )));
        }
    }
    let total: u64 = files.iter().map(|f| f.size).sum();
    let count = Count::default();
    let mut extra = extra;
    extra["files"] = json!(files.len());
    let snapshot = || report("DOWNLOADING", count.get(), total, extra.clone());
    on(&snapshot())?;
    let transport = api.transport();
    let (dir, overwrite) = (to.dir.as_path(), to.overwrite);
    let fetch = futures_util::stream::iter(files)
        .map(|f| {
            let moved = count.moved();
            async move { fetch_one(transport, dir, &f, overwrite, moved).await }
        })
        .buffer_unordered(to.concurrency)
        .try_collect::<Vec<PathBuf>>();
    let mut paths = ticking(fetch, &mut on, snapshot).await?;
    on(&report("DOWNLOADED", total, total, extra.clone()))?;
    paths.sort();
    Ok(Value::Array(
        paths
            .into_iter()
            .map(|p| Value::String(p.to_string_lossy().into_owned()))
            .collect(),
    ))
}

/// Whether `name`, from the service, is a plain file name to write under a
/// directory: no separator, no `..`, nothing hidden from view.
fn safe_name(name: &str) -> bool {
    !name.is_empty()
        && name != "."
        && name != ".."
        && !name.contains(['/', '\\', '\0'])
        && !name.starts_with('.')
}

/// Removes a partial download unless it was kept.
struct Partial(Option<PathBuf>);

impl Drop for Partial {
    fn drop(&mut self) {
        if let Some(p) = self.0.take() {
            let _ = std::fs::remove_file(p);
        }
    }
}

async fn fetch_one(
    transport: &Transport,
    dir: &Path,
    f: &Listed,
    overwrite: bool,
    moved: Moved,
) -> Result<PathBuf> {
    let (name, url, size) = (f.name.as_str(), f.url.as_str(), f.size);
    let dest = dir.join(name);
    let tmp = dir.join(format!(".{name}.{}.partial", std::process::id()));
    let mut partial = Partial(Some(tmp.clone()));
    transport
        .get_to_file(url, &tmp, size, &format!("downloading {name}"), moved)
        .await?;
    if !overwrite && dest.exists() {
        return Err(Error::invalid(format!(
            "{} appeared while downloading; it was left as it is",
            dest.display()
        )));
    }
    std::fs::rename(&tmp, &dest).map_err(|e| {
        Error::invalid(format!(
            "cannot move the download to {}: {e}",
            dest.display()
        ))
    })?;
    partial.0 = None;
    Ok(dest)
}
