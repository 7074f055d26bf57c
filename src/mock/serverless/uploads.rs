//! Uploads of a local file for an import: started with the number of parts
//! (one presigned URL each), completed with every part's ETag or cancelled.
//! A completed upload is read by one import of source type LOCAL.

use crate::mock::access::{can_write, serverless_active, serverless_visible};
use crate::mock::auth::random_hex;
use crate::mock::context::{Ctx, Route};
use crate::mock::objects::UPLOAD_URL_SECONDS;
use crate::mock::records::UploadRec;
use crate::mock::reply::{ok, Fail, Reply};
use crate::mock::state::State;
use serde_json::{json, Value};

const MAX_PARTS: u32 = 10_000;

fn required<'a>(ctx: &'a Ctx, key: &str) -> Result<&'a str, Fail> {
    ctx.query
        .get(key)
        .filter(|v| !v.trim().is_empty())
        .ok_or_else(|| Fail::bad(format!("{key} is required")))
}

fn find_mut<'a>(st: &'a mut State, ctx: &Ctx, cluster_id: &str) -> Result<&'a mut UploadRec, Fail> {
    serverless_visible(st, ctx, cluster_id)?;
    let id = required(ctx, "uploadId")?;
    st.serverless_more
        .uploads
        .iter_mut()
        .find(|u| u.id == id && u.cluster_id == cluster_id)
        .ok_or_else(|| Fail::not_found(format!("upload {id} not found in cluster {cluster_id}")))
}

pub fn start(st: &mut State, ctx: &Ctx, cluster_id: &str) -> Reply {
    can_write(ctx)?;
    let file_name = required(ctx, "fileName")?;
    let parts = required(ctx, "partNumber")?;
    let parts: u32 = parts
        .parse()
        .ok()
        .filter(|n| (1..=MAX_PARTS).contains(n))
        .ok_or_else(|| {
            Fail::bad(format!(
                "partNumber must be 1 to {MAX_PARTS}, got {parts:?}"
            ))
        })?;
    let database = required(ctx, "targetDatabase")?;
    let table = required(ctx, "targetTable")?;
    if file_name.contains('/') {
        return Err(Fail::bad("fileName is a file's name, without a path"));
    }
    serverless_active(st, ctx, cluster_id, "an upload")?;
    let id = format!("upload-{}", random_hex(12));
    let urls: Vec<String> = (1..=parts)
        .map(|n| {
            ctx.objects
                .signed_url("PUT", &format!("uploads/{id}/{n}"), UPLOAD_URL_SECONDS)
        })
        .collect();
    st.serverless_more.uploads.push(UploadRec {
        id: id.clone(),
        cluster_id: cluster_id.to_owned(),
        file_name: file_name.to_owned(),
        parts,
        database: database.to_owned(),
        table: table.to_owned(),
        state: "UPLOADING",
        import_id: None,
        received: vec![None; parts as usize],
    });
    st.audit(&ctx.key, "StartImportUpload", None, None);
    ok(json!({ "uploadUrl": urls, "uploadId": id }))
}

pub fn complete(st: &mut State, ctx: &Ctx, cluster_id: &str) -> Reply {
    can_write(ctx)?;
    let Some(Value::Array(given)) = &ctx.body else {
        return Err(Fail::bad("the body must be the list of parts"));
    };
    let u = find_mut(st, ctx, cluster_id)?;
    if u.state != "UPLOADING" {
        return Err(Fail::bad(format!(
            "upload {} is {}; only an upload in progress can be completed",
            u.id, u.state
        )));
    }
    let mut seen = vec![false; u.parts as usize];
    for (i, p) in given.iter().enumerate() {
        let n = p.get("partNumber").and_then(Value::as_u64).unwrap_or(0);
        let etag = p.get("etag").and_then(Value::as_str).unwrap_or("");
        if n == 0 || n > u64::from(u.parts) {
            return Err(Fail::bad(format!(
                "parts[{i}].partNumber must be 1 to {} (the upload's parts)",
                u.parts
            )));
        }
        if etag.trim().is_empty() {
            return Err(Fail::bad(format!("parts[{i}].etag is required")));
        }
        let slot = &mut seen[(n - 1) as usize];
        if *slot {
            return Err(Fail::bad(format!("part {n} is given twice")));
        }
        *slot = true;
        // As S3 does: the ETag must be the one the part's upload answered,
        // quoted or not.
        match &u.received[(n - 1) as usize] {
            None => return Err(Fail::bad(format!("part {n} was never uploaded"))),
            Some((stored, _)) if stored.trim_matches('"') != etag.trim_matches('"') => {
                return Err(Fail::bad(format!(
                    "parts[{i}].etag does not match the ETag of part {n} as uploaded"
                )))
            }
            Some(_) => {}
        }
    }
    if let Some(missing) = seen.iter().position(|s| !s) {
        return Err(Fail::bad(format!(
            "part {} of {} is missing",
            missing + 1,
            u.parts
        )));
    }
    u.state = "COMPLETED";
    st.audit(&ctx.key, "CompleteImportUpload", None, None);
    ok(json!({}))
}

pub fn cancel(st: &mut State, ctx: &Ctx, cluster_id: &str) -> Reply {
    can_write(ctx)?;
    let u = find_mut(st, ctx, cluster_id)?;
    match u.state {
        "UPLOADING" => {
            u.state = "CANCELED";
            // A cancelled upload leaves nothing in the storage.
            let received = std::mem::take(&mut u.received);
            ctx.objects.remove_parts(&u.id, received.len() as u32);
        }
        s => {
            return Err(Fail::bad(format!(
                "upload {} is {s}; only an upload in progress can be cancelled",
                u.id
            )))
        }
    }
    st.audit(&ctx.key, "CancelImportUpload", None, None);
    ok(json!({}))
}

/// The operations this module answers.
pub const ROUTES: &[Route] = &[
    ("startServerlessImportUpload", |st, ctx, p| {
        start(st, ctx, p.at(0))
    }),
    ("completeServerlessImportUpload", |st, ctx, p| {
        complete(st, ctx, p.at(0))
    }),
    ("cancelServerlessImportUpload", |st, ctx, p| {
        cancel(st, ctx, p.at(0))
    }),
];
