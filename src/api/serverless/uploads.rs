//! A local file's way into a Starter or Essential cluster: its upload in
//! parts to presigned URLs, completed with the parts' ETags or cancelled; an
//! import with source `{"type": "LOCAL", "local": {"uploadId", ...}}` then
//! reads it.

use crate::api::{request, require_text, Api, Pending};
use crate::error::{Error, Result};
use crate::operations as ops;
use serde_json::Value;

/// The most parts one upload may have (S3's multipart limit).
const MAX_PARTS: i64 = 10_000;

/// Start uploading `file_name` in `part_number` parts, for
/// `target_database`.`target_table`: answers the upload's id and one URL a
/// part.
pub fn start(
    api: &Api,
    cluster_id: &str,
    file_name: &str,
    part_number: i64,
    target_database: &str,
    target_table: &str,
) -> Result<Pending> {
    let req = request(
        &ops::START_SERVERLESS_IMPORT_UPLOAD,
        &[("cluster_id", cluster_id)],
    )?;
    require_text("file_name", file_name)?;
    require_text("target_database", target_database)?;
    require_text("target_table", target_table)?;
    if !(1..=MAX_PARTS).contains(&part_number) {
        return Err(Error::invalid(format!(
            "part_number (how many parts) must be 1 to {MAX_PARTS}, got {part_number}"
        )));
    }
    let req = req
        .query("fileName", file_name.to_owned())
        .query("partNumber", part_number.to_string())
        .query("targetDatabase", target_database.to_owned())
        .query("targetTable", target_table.to_owned());
    api.call(req)
}

/// Finish an upload: `parts` is every part's `{"partNumber", "etag"}`.
pub fn complete(api: &Api, cluster_id: &str, upload_id: &str, parts: Value) -> Result<Pending> {
    let req = request(
        &ops::COMPLETE_SERVERLESS_IMPORT_UPLOAD,
        &[("cluster_id", cluster_id)],
    )?;
    require_text("upload_id", upload_id)?;
    let items = parts
        .as_array()
        .ok_or_else(|| Error::invalid("parts must be a list of {\"partNumber\", \"etag\"}"))?;
    if items.is_empty() {
        return Err(Error::invalid("parts must hold at least one part"));
    }
    for (i, p) in items.iter().enumerate() {
        let number = p.get("partNumber").and_then(Value::as_i64);
        let etag = p.get("etag").and_then(Value::as_str);
        if number.is_none_or(|n| !(1..=MAX_PARTS).contains(&n))
            || etag.is_none_or(|e| e.trim().is_empty())
        {
            return Err(Error::invalid(format!(
                "parts[{i}] must be {{\"partNumber\": 1 to {MAX_PARTS}, \"etag\": a non-empty str}}"
            )));
        }
    }
    api.call(req.query("uploadId", upload_id.to_owned()).body(parts))
}

/// Give up an upload; its parts are dropped.
pub fn cancel(api: &Api, cluster_id: &str, upload_id: &str) -> Result<Pending> {
    let req = request(
        &ops::CANCEL_SERVERLESS_IMPORT_UPLOAD,
        &[("cluster_id", cluster_id)],
    )?;
    require_text("upload_id", upload_id)?;
    api.call(req.query("uploadId", upload_id.to_owned()))
}
