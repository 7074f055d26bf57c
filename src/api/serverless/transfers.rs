//! The whole jobs behind `imports.upload_file` and `exports.download`: a
//! local file's upload in parallel parts and its import, and an export's
//! files brought to a directory. Each streams from or to disk in pieces, so
//! memory does not grow with the file, and reports bytes as it goes. An
//! upload that fails or is abandoned is cancelled on the server; a download
//! that fails leaves no partial file.

use super::{export_files, imports, uploads};
use crate::api::transfer::{
    check_concurrency, fetch_files, report, ticking, Count, Destination, Listed, Report,
};
use crate::api::{Api, Pending};
use crate::error::{Error, Result};
use futures_util::{StreamExt, TryStreamExt};
use serde_json::{json, Value};
use std::path::PathBuf;
use std::time::Duration;

/// The smallest part S3 takes (all but the last).
pub const MIN_PART: u64 = 5 << 20;
/// The largest part S3 takes.
pub const MAX_PART: u64 = 5 << 30;
/// The most parts an upload may have.
pub const MAX_PARTS: u64 = 10_000;
/// The part size when none is given; larger when the file needs it.
pub const DEFAULT_PART: u64 = 8 << 20;

/// What `upload_file` is asked.
pub struct Upload {
    pub cluster_id: String,
    pub path: PathBuf,
    pub target_database: String,
    pub target_table: String,
    pub import_options: Value,
    pub part_size: Option<u64>,
    pub concurrency: usize,
}

/// The file's name and size, and the part size to use: checked before any request.
fn plan(u: &Upload) -> Result<(String, u64, u64)> {
    check_concurrency(u.concurrency)?;
    let meta = std::fs::metadata(&u.path)
        .map_err(|e| Error::invalid(format!("cannot read {}: {e}", u.path.display())))?;
    if !meta.is_file() {
        return Err(Error::invalid(format!(
            "{} is not a file",
            u.path.display()
        )));
    }
    let size = meta.len();
    if size == 0 {
        return Err(Error::invalid(format!(
            "{} is empty: there is nothing to import",
            u.path.display()
        )));
    }
    let name = u
        .path
        .file_name()
        .and_then(|n| n.to_str())
        .ok_or_else(|| Error::invalid("the file's name must be valid UTF-8"))?
        .to_owned();
    let part = match u.part_size {
        Some(p) if !(MIN_PART..=MAX_PART).contains(&p) => {
            return Err(Error::invalid(format!(
                "part_size must be {MIN_PART} (5 MiB) to {MAX_PART} (5 GiB) bytes, got {p}"
            )))
        }
        Some(p) if size.div_ceil(p) > MAX_PARTS => {
            return Err(Error::invalid(format!(
            "part_size {p} makes {} parts of a {size}-byte file; at most {MAX_PARTS} are allowed",
            size.div_ceil(p)
        )))
        }
        Some(p) => p,
        None => DEFAULT_PART.max(size.div_ceil(MAX_PARTS)),
    };
    Ok((name, size, part))
}

/// Cancels an upload unless disarmed: the way an abandoned upload (Ctrl-C,
/// a cancelled task) is cleaned up, since its future is dropped mid-way.
struct Abandon {
    api: Api,
    cluster_id: String,
    upload_id: Option<String>,
}

impl Abandon {
    fn disarm(&mut self) {
        self.upload_id = None;
    }

    /// Cancel now, as part of the job (on an error it met).
    async fn cancel(&mut self) {
        if let Some(id) = self.upload_id.take() {
            if let Ok(p) = uploads::cancel(&self.api, &self.cluster_id, &id) {
                let _ = p.await;
            }
        }
    }
}

impl Drop for Abandon {
    fn drop(&mut self) {
        let Some(id) = self.upload_id.take() else {
            return;
        };
        let Ok(pending) = uploads::cancel(&self.api, &self.cluster_id, &id) else {
            return;
        };
        let Ok(rt) = crate::http::runtimes::shared() else {
            return;
        };
        let (tx, rx) = std::sync::mpsc::channel();
        rt.spawn(async move {
            let _ = pending.await;
            let _ = tx.send(());
        });
        // Dropped outside any runtime (a blocking call stopped by Ctrl-C):
        // wait a little for the cancel, so that it is sent before the
        // program goes on, and perhaps ends.
        if tokio::runtime::Handle::try_current().is_err() {
            let _ = rx.recv_timeout(Duration::from_secs(10));
        }
    }
}

/// Upload `u.path` in parts and import it; answers the import.
pub fn upload_file(api: &Api, u: Upload, mut on: Report) -> Result<Pending> {
    let (name, size, part) = plan(&u)?;
    let parts = size.div_ceil(part);
    // The start request is checked now, so that bad ids fail before anything moves.
    let start = uploads::start(
        api,
        &u.cluster_id,
        &name,
        parts as i64,
        &u.target_database,
        &u.target_table,
    )?;
    crate::api::require_object("import_options", &u.import_options)?;
    let api = api.clone();
    Ok(Pending::new(async move {
        let started = start.await?;
        let id = started["uploadId"].as_str().unwrap_or_default().to_owned();
        let mut guard = Abandon {
            api: api.clone(),
            cluster_id: u.cluster_id.clone(),
            upload_id: (!id.is_empty()).then(|| id.clone()),
        };
        let urls: Vec<String> = started["uploadUrl"]
            .as_array()
            .map(|a| {
                a.iter()
                    .filter_map(|v| v.as_str().map(str::to_owned))
                    .collect()
            })
            .unwrap_or_default();
        if id.is_empty() || urls.len() as u64 != parts {
            guard.cancel().await;
            return Err(Error::Decode {
                message: format!(
                    "the service answered the upload's start with {} URLs for {parts} parts",
                    urls.len()
                ),
                status: 200,
                request_id: None,
            });
        }
        // Any error on the way (a part, the progress callback) cancels the upload.
        let sent = async {
            let count = Count::default();
            let extra = json!({ "file": name, "uploadId": id });
            let snapshot = || report("UPLOADING", count.get(), size, extra.clone());
            on(&snapshot())?;
            let transport = api.transport();
            let path = u.path.as_path();
            let send = futures_util::stream::iter(urls.into_iter().enumerate())
                .map(|(i, url)| {
                    let offset = i as u64 * part;
                    let len = part.min(size - offset);
                    let what = format!("part {} of {parts} of {name}", i + 1);
                    let moved = count.moved();
                    async move {
                        let etag = transport
                            .put_part(&url, path, (offset, len), &what, moved)
                            .await?;
                        Ok::<_, Error>(json!({ "partNumber": i + 1, "etag": etag }))
                    }
                })
                .buffer_unordered(u.concurrency)
                .try_collect::<Vec<Value>>();
            let sent = ticking(send, &mut on, snapshot).await;
            let mut etags = sent?;
            etags.sort_by_key(|p| p["partNumber"].as_u64());
            uploads::complete(&api, &u.cluster_id, &id, Value::Array(etags))?.await?;
            Ok(extra)
        };
        let extra = match sent.await {
            Ok(extra) => extra,
            Err(e) => {
                guard.cancel().await;
                return Err(e);
            }
        };
        guard.disarm();
        on(&report("UPLOADED", size, size, extra.clone()))?;
        let source = json!({
            "type": "LOCAL",
            "local": {
                "uploadId": id,
                "targetDatabase": u.target_database,
                "targetTable": u.target_table,
            }
        });
        imports::create(&api, &u.cluster_id, u.import_options, source)?.await
    }))
}

/// What `download` is asked.
pub struct Download {
    pub cluster_id: String,
    pub export_id: String,
    pub to: Destination,
}

/// Bring every file of a finished LOCAL export to a directory; answers the paths.
pub fn download(api: &Api, d: Download, on: Report) -> Result<Pending> {
    d.to.check()?;
    let listing = export_files::download_urls(api, &d.cluster_id, &d.export_id)?;
    let api = api.clone();
    Ok(Pending::new(async move {
        let answer = listing.await?;
        let files = answer["downloads"]
            .as_array()
            .into_iter()
            .flatten()
            .map(|f| Listed::read(f, "name", "size", "url"))
            .collect::<Result<Vec<_>>>()?;
        let extra = json!({ "exportId": d.export_id });
        fetch_files(&api, files, &d.to, on, extra).await
    }))
}
