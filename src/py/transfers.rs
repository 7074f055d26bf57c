//! The Python faces of the whole-file jobs of `crate::api::serverless::transfers`:
//! `serverless.imports.upload_file` and `serverless.exports.download`, on the
//! blocking and the async class alike, over the one core future. Progress
//! follows the waiters' rule (`progress.rs`), counting bytes.

use super::convert::{dict_arg, Positional};
use super::database_audit_logging::{
    AsyncDatabaseAuditLogs, AsyncServerlessDatabaseAuditLogs, DatabaseAuditLogs,
    ServerlessDatabaseAuditLogs,
};
use super::progress::{self, Shown};
use super::serverless::{AsyncServerlessExports, ServerlessExports};
use super::serverless_imports::{AsyncServerlessImports, ServerlessImports};
use crate::api::audit_log_downloads;
use crate::api::serverless::transfers::{self, Download, Upload};
use crate::api::transfer::{Destination, Report};
use crate::api::{Api, Pending};
use pyo3::prelude::*;
use serde_json::json;
use std::path::PathBuf;

/// Start a job: observed when logging is on, with its progress display
/// (`kind ident`, waiting for `target`) closed at the end. Arguments are
/// checked before a display appears: a bad one shows nothing.
fn start(
    py: Python<'_>,
    api: &Api,
    (kind, ident, target): (&str, &str, &str),
    progress: Option<&Bound<'_, PyAny>>,
    job: impl FnOnce(&Api, Report) -> crate::error::Result<Pending>,
) -> PyResult<Pending> {
    let api = api.observed(super::logging::enabled(py));
    let shown = Shown {
        kind,
        ident,
        target,
        state_field: "state",
        percent_field: Some("completePercent"),
    };
    let display = progress::resolve(py, progress, shown)?;
    let pending = job(&api, Box::new(progress::hook(display.clone())))?;
    Ok(progress::closing(display, pending))
}

#[allow(clippy::too_many_arguments)]
fn upload(
    py: Python<'_>,
    api: &Api,
    cluster_id: &Bound<'_, PyAny>,
    path: PathBuf,
    target_database: String,
    target_table: String,
    file_type: &str,
    csv_format: Option<&Bound<'_, PyAny>>,
    part_size: Option<u64>,
    concurrency: usize,
    progress: Option<&Bound<'_, PyAny>>,
) -> PyResult<Pending> {
    let cluster_id = String::take(cluster_id, "cluster_id")?;
    let mut import_options = json!({ "fileType": file_type });
    if let Some(c) = csv_format {
        import_options["csvFormat"] = dict_arg(c, "csv_format")?;
    }
    let ident = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let job = Upload {
        cluster_id,
        path,
        target_database,
        target_table,
        import_options,
        part_size,
        concurrency,
    };
    start(
        py,
        api,
        ("upload", &ident, "UPLOADED"),
        progress,
        |api, on| transfers::upload_file(api, job, on),
    )
}

#[allow(clippy::too_many_arguments)]
fn download(
    py: Python<'_>,
    api: &Api,
    cluster_id: &Bound<'_, PyAny>,
    export_id: &Bound<'_, PyAny>,
    dir: PathBuf,
    concurrency: usize,
    overwrite: bool,
    progress: Option<&Bound<'_, PyAny>>,
) -> PyResult<Pending> {
    let cluster_id = String::take(cluster_id, "cluster_id")?;
    let export_id = String::take(export_id, "export_id")?;
    let shown = ("export", export_id.as_str(), "DOWNLOADED");
    let job = Download {
        cluster_id,
        export_id: export_id.clone(),
        to: Destination {
            dir,
            concurrency,
            overwrite,
        },
    };
    start(py, api, shown, progress, |api, on| {
        transfers::download(api, job, on)
    })
}

/// An audit-log download: `tier` makes the job from the cluster's id and
/// where the files go.
#[allow(clippy::too_many_arguments)]
fn audit_logs(
    py: Python<'_>,
    api: &Api,
    cluster_id: &Bound<'_, PyAny>,
    dir: PathBuf,
    concurrency: usize,
    overwrite: bool,
    progress: Option<&Bound<'_, PyAny>>,
    tier: impl FnOnce(&Api, &str, Destination, Report) -> crate::error::Result<Pending>,
) -> PyResult<Pending> {
    let cluster_id = String::take(cluster_id, "cluster_id")?;
    let to = Destination {
        dir,
        concurrency,
        overwrite,
    };
    let shown = ("audit logs of", cluster_id.as_str(), "DOWNLOADED");
    start(py, api, shown, progress, |api, on| {
        tier(api, &cluster_id, to, on)
    })
}

#[allow(clippy::too_many_arguments)]
fn dedicated_logs(
    py: Python<'_>,
    api: &Api,
    cluster_id: &Bound<'_, PyAny>,
    dir: PathBuf,
    start_time: Option<String>,
    end_time: Option<String>,
    concurrency: usize,
    overwrite: bool,
    progress: Option<&Bound<'_, PyAny>>,
) -> PyResult<Pending> {
    let window = (start_time.as_deref(), end_time.as_deref());
    audit_logs(
        py,
        api,
        cluster_id,
        dir,
        concurrency,
        overwrite,
        progress,
        |api, id, to, on| audit_log_downloads::dedicated(api, id, window, to, on),
    )
}

#[allow(clippy::too_many_arguments)]
fn serverless_logs(
    py: Python<'_>,
    api: &Api,
    cluster_id: &Bound<'_, PyAny>,
    dir: PathBuf,
    date: Option<String>,
    concurrency: usize,
    overwrite: bool,
    progress: Option<&Bound<'_, PyAny>>,
) -> PyResult<Pending> {
    audit_logs(
        py,
        api,
        cluster_id,
        dir,
        concurrency,
        overwrite,
        progress,
        |api, id, to, on| audit_log_downloads::serverless(api, id, date.as_deref(), to, on),
    )
}

/// One method on both faces of a class pair, each wrapping the same future
/// that `$make` starts from the method's arguments, in their order.
macro_rules! both_faces {
    ($sync:ident, $async_:ident, $doc:literal, fn $name:ident($($sig:tt)*)
        => $make:ident($($arg:ident: $ty:ty),* $(,)?)) => {
        #[pymethods]
        impl $sync {
            #[doc = $doc]
            #[pyo3(signature = ($($sig)*))]
            #[allow(clippy::too_many_arguments)]
            fn $name(&self, py: Python<'_>, $($arg: $ty),*) -> PyResult<Py<PyAny>> {
                let pending = $make(py, &self.api, $($arg),*)?;
                super::runtime::call_sync(py, pending)
            }
        }

        #[pymethods]
        impl $async_ {
            #[doc = $doc]
            #[pyo3(signature = ($($sig)*))]
            #[allow(clippy::too_many_arguments)]
            fn $name<'py>(&self, py: Python<'py>, $($arg: $ty),*) -> PyResult<Bound<'py, PyAny>> {
                let pending = $make(py, &self.api, $($arg),*)?;
                super::coroutine::call_async(py, pending)
            }
        }
    };
}

both_faces!(
    ServerlessImports,
    AsyncServerlessImports,
    "Import a local file into `target_database`.`target_table`: upload it in
parts of `part_size` bytes (8 MiB by default, more for a file over 78 GiB),
`concurrency` at a time, straight from disk, each part retried on a lost
connection or a 5xx; complete the upload; and start an import of it. Returns
the import, to `wait` on as any other.

If the upload fails, or is stopped (Ctrl-C, a cancelled task), it is
cancelled on the service, so nothing is left behind. `progress` follows the
waiters' rule (a display where someone watches) and counts bytes; a callable
receives `{\"state\", \"bytes\", \"totalBytes\", \"completePercent\", \"file\",
\"uploadId\"}` about ten times a second.

Args:
    cluster_id: The Starter or Essential cluster's id.
    path: The local file to import.
    target_database: The database to import into.
    target_table: The table to import into.
    file_type: The file's format: CSV, SQL, AURORA_SNAPSHOT or PARQUET.
    csv_format: For a CSV file, its format in the API's camelCase (`{\"separator\": \",\", \"header\": true}`).
    part_size: Bytes per uploaded part, 5 MiB to 5 GiB (8 MiB, or more for a file over 78 GiB).
    concurrency: Parts uploaded at a time, 1 to 64.
    progress: None: a display where someone watches, nothing in a pipe; True: always one; False: never; a callable: fed the byte counts.",
    fn upload_file(cluster_id, path, /, *, target_database, target_table, file_type="CSV",
        csv_format=None, part_size=None, concurrency=4, progress=None)
    => upload(
        cluster_id: &Bound<'_, PyAny>,
        path: PathBuf,
        target_database: String,
        target_table: String,
        file_type: &str,
        csv_format: Option<&Bound<'_, PyAny>>,
        part_size: Option<u64>,
        concurrency: usize,
        progress: Option<&Bound<'_, PyAny>>
    )
);

both_faces!(
    ServerlessExports,
    AsyncServerlessExports,
    "Download every file of a finished LOCAL export into `dest_dir` (made
if missing), `concurrency` files at a time, each streamed to a temporary
name and renamed once whole and of the size the service listed. Returns the
paths, sorted. An existing file is an error (before anything is downloaded)
unless `overwrite=True`; a failed or stopped download leaves no partial file.
`progress` follows the waiters' rule and counts bytes; a callable receives
`{\"state\", \"bytes\", \"totalBytes\", \"completePercent\", \"exportId\",
\"files\"}` about ten times a second.

Args:
    cluster_id: The Starter or Essential cluster's id.
    export_id: The export's id; it must have SUCCEEDED, with a LOCAL target.
    dest_dir: The folder the files go to, made if missing.
    concurrency: Files downloaded at a time, 1 to 64.
    overwrite: Replace files that already exist in `dest_dir`.
    progress: None: a display where someone watches, nothing in a pipe; True: always one; False: never; a callable: fed the byte counts.",
    fn download(cluster_id, export_id, dest_dir, /, *, concurrency=4, overwrite=false,
        progress=None)
    => download(
        cluster_id: &Bound<'_, PyAny>,
        export_id: &Bound<'_, PyAny>,
        dest_dir: PathBuf,
        concurrency: usize,
        overwrite: bool,
        progress: Option<&Bound<'_, PyAny>>
    )
);

both_faces!(
    DatabaseAuditLogs,
    AsyncDatabaseAuditLogs,
    "Download the cluster's audit-log files (those created between
`start_time` and `end_time`, when given) into `dest_dir` (made if missing),
`concurrency` at a time: each gets a download address, is streamed to a
temporary name and renamed once whole and of its listed size. Returns the
paths, sorted. An existing file is an error (before anything is downloaded)
unless `overwrite=True`; a failed or stopped download leaves no partial file.
`progress` follows the waiters' rule and counts bytes.

Args:
    cluster_id: The Dedicated cluster's id.
    dest_dir: The folder the files go to, made if missing.
    start_time: Only files created at or after this time (ISO 8601).
    end_time: Only files created at or before this time (ISO 8601).
    concurrency: Files downloaded at a time, 1 to 64.
    overwrite: Replace files that already exist in `dest_dir`.
    progress: None: a display where someone watches, nothing in a pipe; True: always one; False: never; a callable: fed the byte counts.",
    fn download(cluster_id, dest_dir, /, *, start_time=None, end_time=None, concurrency=4,
        overwrite=false, progress=None)
    => dedicated_logs(
        cluster_id: &Bound<'_, PyAny>,
        dest_dir: PathBuf,
        start_time: Option<String>,
        end_time: Option<String>,
        concurrency: usize,
        overwrite: bool,
        progress: Option<&Bound<'_, PyAny>>
    )
);

both_faces!(
    ServerlessDatabaseAuditLogs,
    AsyncServerlessDatabaseAuditLogs,
    "Download the cluster's audit-log files that TiDB Cloud keeps (those of
one UTC day `date`, `YYYY-MM-DD`, when given) into `dest_dir` (made if
missing), `concurrency` at a time, each streamed to a temporary name and
renamed once whole and of its listed size. Returns the paths, sorted. An
existing file is an error (before anything is downloaded) unless
`overwrite=True`; a failed or stopped download leaves no partial file.
`progress` follows the waiters' rule and counts bytes.

Args:
    cluster_id: The Starter or Essential cluster's id.
    dest_dir: The folder the files go to, made if missing.
    date: Only the files of this UTC day, `YYYY-MM-DD`.
    concurrency: Files downloaded at a time, 1 to 64.
    overwrite: Replace files that already exist in `dest_dir`.
    progress: None: a display where someone watches, nothing in a pipe; True: always one; False: never; a callable: fed the byte counts.",
    fn download(cluster_id, dest_dir, /, *, date=None, concurrency=4, overwrite=false,
        progress=None)
    => serverless_logs(
        cluster_id: &Bound<'_, PyAny>,
        dest_dir: PathBuf,
        date: Option<String>,
        concurrency: usize,
        overwrite: bool,
        progress: Option<&Bound<'_, PyAny>>
    )
);
