//! The files of a finished LOCAL export: listed with their sizes, and handed
//! out as URLs that expire an hour after they are made. An export to a
//! bucket leaves its files there, not with the service.

use crate::mock::access::serverless_visible;
use crate::mock::context::{Ctx, Route};
use crate::mock::listing::{paged, Listing};
use crate::mock::objects::DOWNLOAD_URL_SECONDS;
use crate::mock::records::ExportRec;
use crate::mock::reply::{ok, Fail, Fields, Reply};
use crate::mock::state::State;
use serde_json::{json, Value};

/// (name, size) of the export's files.
fn files(st: &State, e: &ExportRec) -> Vec<(String, u64)> {
    e.files(st.export_file_size)
        .into_iter()
        .map(|(name, c)| (name, c.size()))
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

/// An expiring URL of one file, served by the mock's object storage.
fn url(ctx: &Ctx, e: &ExportRec, name: &str) -> String {
    let key = format!("exports/{}/{}/{name}", e.cluster_id, e.id);
    ctx.objects.signed_url("GET", &key, DOWNLOAD_URL_SECONDS)
}

fn file_json(ctx: &Ctx, e: &ExportRec, name: &str, size: u64, with_url: bool) -> Value {
    let mut v = json!({ "name": name, "size": size });
    if with_url {
        v["url"] = json!(url(ctx, e, name));
    }
    v
}

pub fn list(st: &mut State, ctx: &Ctx, cluster_id: &str, id: &str) -> Reply {
    let with_url = ctx.query.flag("generateUrl")?;
    let e = finished(st, ctx, cluster_id, id)?;
    let all = files(st, e);
    let listing = format!("export-files|{cluster_id}|{id}|{with_url}");
    paged(
        ctx,
        Listing::new(&listing, "files"),
        all.iter().enumerate().map(|(i, f)| (i as u64, f)),
        |(name, size)| file_json(ctx, e, name, *size, with_url),
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
    let all = files(st, e);
    let out = names
        .iter()
        .map(|n| {
            all.iter()
                .find(|(name, _)| name == n)
                .map(|(name, size)| file_json(ctx, e, name, *size, true))
                .ok_or_else(|| Fail::not_found(format!("export {id} has no file {n:?}")))
        })
        .collect::<Result<Vec<_>, _>>()?;
    ok(json!({ "files": out }))
}

pub fn download(st: &mut State, ctx: &Ctx, cluster_id: &str, id: &str) -> Reply {
    let b = Fields::parse(&ctx.body)?;
    b.only(&[], "the request")?;
    let e = finished(st, ctx, cluster_id, id)?;
    let out: Vec<Value> = files(st, e)
        .iter()
        .map(|(name, size)| file_json(ctx, e, name, *size, true))
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
