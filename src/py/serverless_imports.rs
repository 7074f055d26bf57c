//! `client.serverless.imports`: imports into a Starter or Essential cluster
//! from a bucket or from a local file uploaded in parts, declared as the
//! other resources are (see `declare.rs`).

use super::convert::dict_arg;
use super::declare::resource;
use super::pager::Recipe;
use crate::api::serverless::{imports, uploads};
use crate::api::waiters;
use pyo3::prelude::*;

resource!(
/// Imports into a Starter or Essential cluster.
ServerlessImports, AsyncServerlessImports {
    /// The cluster's imports, across all pages; `order_by="createTime desc"`
    /// lists the newest first.
    fn list(
        /// The cluster's id.
        cluster_id: String,
        /;
        /// The sort order, such as `"createTime desc"`.
        order_by: Option<String> = None,
        /// Items a page (the service's default when absent).
        page_size: Option<i64> = None,
        /// Start at this page, a token an earlier page gave.
        page_token: Option<String> = None,
    ) -> pager "listServerlessImports" |api, _py| {
        Recipe {
            spec: imports::list(&cluster_id, order_by.as_deref(), page_size)?,
            api,
            page_token,
        }
    }

    /// Start an import: `import_options={"fileType": "CSV"}`, `source={"type":
    /// "S3", "s3": {"uri": "s3://bucket/path/", "authType": "ROLE_ARN",
    /// "roleArn": ...}}` (or GCS, AZURE_BLOB, S3_COMPATIBLE, OSS), or a file
    /// uploaded with `start_upload`: `{"type": "LOCAL", "local": {"uploadId",
    /// "targetDatabase", "targetTable"}}`.
    fn create(
        /// The cluster's id.
        cluster_id: String,
        /;
        /// `{"fileType": "CSV", ...}`: what the files are.
        import_options: &Bound<'_, PyAny>,
        /// Where the files are: `{"type": "S3", "s3": {...}}`, GCS, AZURE_BLOB, OSS, or LOCAL.
        source: &Bound<'_, PyAny>,
    ) -> call "createServerlessImport" |api, _py| {
        imports::create(
            &api,
            &cluster_id,
            dict_arg(import_options, "import_options")?,
            dict_arg(source, "source")?,
        )?
    }

    /// One import, with its `state` and `completePercent`.
    fn get(
        /// The cluster's id.
        cluster_id: String,
        /// The import's id.
        import_id: String,
        /;
    ) -> call "getServerlessImport" |api, _py| {
        imports::get(&api, &cluster_id, &import_id)?
    }

    /// Stop a running import; returns `{}`.
    fn cancel(
        /// The cluster's id.
        cluster_id: String,
        /// The import's id.
        import_id: String,
        /;
    ) -> call "cancelServerlessImport" |api, _py| {
        imports::cancel(&api, &cluster_id, &import_id)?
    }

    /// Start uploading a local file in `part_number` parts for an import into
    /// `target_database`.`target_table`. Returns `{"uploadId", "uploadUrl":
    /// [one presigned URL a part]}`: PUT each part to its URL, keep each
    /// answer's ETag, then `complete_upload`.
    fn start_upload(
        /// The cluster's id.
        cluster_id: String,
        /;
        /// The file's name, without a path.
        file_name: String,
        /// How many parts the file goes up in (1 to 10000).
        part_number: i64,
        /// The database to import into.
        target_database: String,
        /// The table to import into.
        target_table: String,
    ) -> call "startServerlessImportUpload" |api, _py| {
        uploads::start(&api, &cluster_id, &file_name, part_number, &target_database, &target_table)?
    }

    /// Finish an upload with every part's `{"partNumber", "etag"}`; returns
    /// `{}`. Then `create(..., source={"type": "LOCAL", "local": {"uploadId":
    /// ..., "targetDatabase": ..., "targetTable": ...}})` imports it.
    fn complete_upload(
        /// The cluster's id.
        cluster_id: String,
        /;
        /// The upload's id, as `start_upload` answered it.
        upload_id: String,
        /// Every part: `[{"partNumber": 1, "etag": "..."}, ...]`.
        parts: &Bound<'_, PyAny> as "Sequence[Mapping[str, Any]]",
    ) -> call "completeServerlessImportUpload" |api, _py| {
        let parts = super::convert::from_py(parts, "parts")?;
        if !parts.is_array() {
            return Err(pyo3::exceptions::PyTypeError::new_err(
                "parts must be a list of dicts",
            ));
        }
        uploads::complete(&api, &cluster_id, &upload_id, parts)?
    }

    /// Give up an upload in progress; returns `{}`.
    fn cancel_upload(
        /// The cluster's id.
        cluster_id: String,
        /;
        /// The upload's id, as `start_upload` answered it.
        upload_id: String,
    ) -> call "cancelServerlessImportUpload" |api, _py| {
        uploads::cancel(&api, &cluster_id, &upload_id)?
    }
} waits {
    /// Poll until the import is COMPLETED and return it, showing
    /// `completePercent`; FAILED or CANCELED raises `WaiterError` with its message.
    fn wait(
        /// The cluster's id.
        cluster_id: String,
        /// The import's id.
        import_id: String,
        /;
    ) until waiters::SERVERLESS_IMPORT, timeout = 3600.0;
});
