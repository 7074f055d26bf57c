//! The files of a finished LOCAL export: listed with their sizes, and handed
//! out as URLs that expire an hour after they are made. An export to a
//! bucket leaves its files there, not with the service.

use crate::mock::access::serverless_visible;
use crate::mock::auth::random_hex;
use crate::mock::context::{Ctx, Route};
use crate::mock::listing::{paged, Listing};
use crate::mock::records::ExportRec;
use crate::mock::reply::{ok, Fail, Fields, Reply};
use crate::mock::state::State;
use serde_json::{json, Value};

/// How long a download URL works, in seconds.
const URL_SECONDS: u32 = 3600;

/// (name, size) of the export's files: two tables, the first in two parts,
/// named as the export's file type and compression make them.
fn files(e: &ExportRec) -> Vec<(String, u64)> {
    let ext = match e.options["fileType"].as_str() {
        Some("SQL") => "sql",
        Some("PARQUET") => "parquet",
        _ => "csv",
    };
    let zip = match e.options["compression"].as_str() {
        Some("GZIP") if ext != "parquet" => ".gz",
        Some("SNAPPY") if ext != "parquet" => ".snappy",
        Some("ZSTD") if ext != "parquet" => ".zst",
        _ => "",
    };
    let base = 4096 + (e.seq % 61) * 1024;
    [
        ("app.orders", 0, 7),
        ("app.orders", 1, 3),
        ("app.users", 0, 1),
    ]
    .iter()
    .map(|(table, part, scale)| (format!("{table}.{part:09}.{ext}{zip}"), base * scale))
    .collect()
}

/// The export, which must have finished with its files kept by the service.
fn finished<'a>(
    st: &'a State,
    ctx: &Ctx,
    cluster_id: &str,
    id: &str,
) -> Result<&'a ExportRec, Fail> {
    serverless_visible(st, ctx, cluster_id)?;
    let e = st
        .serverless
        .exports
        .iter()
        .find(|e| e.id == id && e.cluster_id == cluster_id)
        .ok_or_else(|| Fail::not_found(format!("export {id} not found in cluster {cluster_id}")))?;
    let (state, _) = e.phase(ctx.now, st.transition);
    if state != "SUCCEEDED" {
        return Err(Fail::bad(format!(
            "export {id} is {state}; its files can be had once it SUCCEEDED"
        )));
    }
    if e.target["type"] != "LOCAL" {
        return Err(Fail::bad(format!(
            "export {id} went to {}; its files are there, not with the service",
            e.target["type"].as_str().unwrap_or("a bucket")
        )));
    }
    Ok(e)
}

/// An expiring URL of one file.
fn url(e: &ExportRec, name: &str) -> String {
    format!(
        "https://tidbcloud-export.s3.amazonaws.com/{}/{}/{name}?X-Amz-Expires={URL_SECONDS}&X-Amz-Signature={}",
        e.cluster_id,
        e.id,
        random_hex(16)
    )
}

fn file_json(e: &ExportRec, name: &str, size: u64, with_url: bool) -> Value {
    let mut v = json!({ "name": name, "size": size });
    if with_url {
        v["url"] = json!(url(e, name));
    }
    v
}

pub fn list(st: &mut State, ctx: &Ctx, cluster_id: &str, id: &str) -> Reply {
    let with_url = ctx.query.flag("generateUrl")?;
    let e = finished(st, ctx, cluster_id, id)?;
    let all = files(e);
    let listing = format!("export-files|{cluster_id}|{id}|{with_url}");
    paged(
        ctx,
        Listing::new(&listing, "files"),
        all.iter().enumerate().map(|(i, f)| (i as u64, f)),
        |(name, size)| file_json(e, name, *size, with_url),
    )
}

pub fn download_files(st: &mut State, ctx: &Ctx, cluster_id: &str, id: &str) -> Reply {
    let b = Fields::parse(&ctx.body)?;
    b.only(&["fileNames"], "the request")?;
    let names: Vec<&str> = match b.0.get("fileNames") {
        Some(Value::Array(items)) if !items.is_empty() => items
            .iter()
            .map(|v| {
                v.as_str()
                    .ok_or_else(|| Fail::bad("fileNames must be strings"))
            })
            .collect::<Result<_, _>>()?,
        _ => return Err(Fail::bad("fileNames is required (a non-empty list)")),
    };
    let e = finished(st, ctx, cluster_id, id)?;
    let all = files(e);
    let out = names
        .iter()
        .map(|n| {
            all.iter()
                .find(|(name, _)| name == n)
                .map(|(name, size)| file_json(e, name, *size, true))
                .ok_or_else(|| Fail::not_found(format!("export {id} has no file {n:?}")))
        })
        .collect::<Result<Vec<_>, _>>()?;
    ok(json!({ "files": out }))
}

pub fn download(st: &mut State, ctx: &Ctx, cluster_id: &str, id: &str) -> Reply {
    let b = Fields::parse(&ctx.body)?;
    b.only(&[], "the request")?;
    let e = finished(st, ctx, cluster_id, id)?;
    let out: Vec<Value> = files(e)
        .iter()
        .map(|(name, size)| file_json(e, name, *size, true))
        .collect();
    ok(json!({ "downloads": out }))
}

/// The operations this module answers.
pub const ROUTES: &[Route] = &[
    ("listExportFiles", |st, ctx, p| {
        list(st, ctx, p.at(0), p.at(1))
    }),
    ("downloadExportFiles", |st, ctx, p| {
        download_files(st, ctx, p.at(0), p.at(1))
    }),
    ("downloadExport", |st, ctx, p| {
        download(st, ctx, p.at(0), p.at(1))
    }),
];
