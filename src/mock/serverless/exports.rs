//! Exports: RUNNING for two transition steps, then SUCCEEDED (FAILED when the
//! target's URI contains "fail"); cancel → CANCELED. Credentials are taken,
//! never returned.

use crate::mock::access::can_write;
use crate::mock::access::{serverless_active, serverless_visible};
use crate::mock::checks::{in_order, opt_enum, without_credentials};
use crate::mock::context::{Ctx, Route};
use crate::mock::listing::{paged, Listing};
use crate::mock::records::ExportRec;
use crate::mock::reply::{ok, Fail, Fields, Reply};
use crate::mock::state::{rfc3339, State};
use crate::mock::storage::{check_location, fails, Location, AZURE_BLOB, GCS, LOCAL, OSS, S3};
use chrono::Utc;
use serde_json::{json, Value};

const TARGETS: &[Location] = &[LOCAL, S3, GCS, AZURE_BLOB, OSS];
const COMPRESSION: &[&str] = &["GZIP", "SNAPPY", "ZSTD", "NONE"];

fn find<'a>(st: &'a State, ctx: &Ctx, cluster_id: &str, id: &str) -> Result<&'a ExportRec, Fail> {
    serverless_visible(st, ctx, cluster_id)?;
    st.serverless
        .exports
        .iter()
        .find(|e| e.id == id && e.cluster_id == cluster_id)
        .ok_or_else(|| Fail::not_found(format!("export {id} not found in cluster {cluster_id}")))
}

fn check_options(o: &Fields<'_>) -> Result<(), Fail> {
    let p = "exportOptions.";
    o.only(
        &[
            "fileType",
            "compression",
            "filter",
            "csvFormat",
            "parquetFormat",
        ],
        "exportOptions",
    )?;
    opt_enum(o, "fileType", p, &["SQL", "CSV", "PARQUET"])?;
    opt_enum(o, "compression", p, COMPRESSION)?;
    if let Some(f) = o.opt_obj("filter")? {
        let f = Fields(f);
        f.only(&["sql", "table"], "exportOptions.filter")?;
        if f.opt_str("sql")?.is_some() && f.opt_obj("table")?.is_some() {
            return Err(Fail::bad(
                "exportOptions.filter takes sql or table, not both",
            ));
        }
        if let Some(t) = f.opt_obj("table")? {
            Fields(t).only(&["patterns", "where"], "exportOptions.filter.table")?;
        }
    }
    if let Some(c) = o.opt_obj("csvFormat")? {
        Fields(c).only(
            &["separator", "delimiter", "nullValue", "skipHeader"],
            "exportOptions.csvFormat",
        )?;
    }
    if let Some(pq) = o.opt_obj("parquetFormat")? {
        let pq = Fields(pq);
        pq.only(&["compression"], "exportOptions.parquetFormat")?;
        opt_enum(
            &pq,
            "compression",
            "exportOptions.parquetFormat.",
            COMPRESSION,
        )?;
    }
    Ok(())
}

pub fn list(st: &mut State, ctx: &Ctx, cluster_id: &str) -> Reply {
    serverless_visible(st, ctx, cluster_id)?;
    let step = st.transition;
    let mine = st
        .serverless
        .exports
        .iter()
        .filter(|e| e.cluster_id == cluster_id)
        .map(|e| (e.seq, e));
    let (items, desc) = in_order(ctx.query.get("orderBy"), mine)?;
    let listing = format!("exports|{cluster_id}|{desc}");
    paged(
        ctx,
        Listing::new(&listing, "exports").default_size(10).counted(),
        items,
        |e| e.to_json(ctx.now, step),
    )
}

/// The mock writes a LOCAL export's files itself (see `export_content`): as
/// CSV or SQL, uncompressed or gzipped. Parquet, Snappy and Zstandard would
/// need codecs it does not carry, so it refuses those, in the service's shape.
fn local_writable(options: &Value) -> Result<(), Fail> {
    let file_type = options["fileType"].as_str().unwrap_or("CSV");
    let compression = options["compression"].as_str().unwrap_or("GZIP");
    if file_type == "PARQUET" || matches!(compression, "SNAPPY" | "ZSTD") {
        return Err(Fail::bad(format!(
            "this mock writes LOCAL exports as CSV or SQL, with GZIP or NONE compression; \
             got fileType {file_type} with compression {compression}. Export to a bucket \
             for other formats"
        )));
    }
    Ok(())
}

pub fn create(st: &mut State, ctx: &Ctx, cluster_id: &str) -> Reply {
    can_write(ctx)?;
    let b = Fields::parse(&ctx.body)?;
    b.only(&["exportOptions", "target", "displayName"], "the export")?;
    let mut options = json!({ "fileType": "CSV", "compression": "GZIP" });
    if let Some(o) = b.opt_obj("exportOptions")? {
        check_options(&Fields(o))?;
        for (k, v) in o {
            options[k] = v.clone();
        }
    }
    let target = match b.opt_obj("target")? {
        Some(t) => {
            check_location(&Fields(t), "target", TARGETS)?;
            without_credentials(&Value::Object(t.clone()))
        }
        None => json!({ "type": "LOCAL" }),
    };
    if target["type"] == "LOCAL" {
        local_writable(&options)?;
    }
    let c = serverless_active(st, ctx, cluster_id, "an export")?;
    let project = c.project().to_owned();
    let now = Utc::now();
    let display_name = match b.opt_str("displayName")? {
        Some(n) => n.to_owned(),
        None => format!("SNAPSHOT_{}", rfc3339(now)),
    };
    let seq = st.next_seq();
    let rec = ExportRec {
        seq,
        id: format!("exp-{}", crate::mock::auth::random_hex(13)),
        cluster_id: cluster_id.to_owned(),
        display_name,
        will_fail: fails(&target),
        options,
        target,
        created_by: ctx.key.email(),
        started: ctx.now,
        create_time: now,
        canceled: None,
    };
    let out = rec.to_json(ctx.now, st.transition);
    st.serverless.exports.push(rec);
    st.audit(&ctx.key, "CreateExport", None, Some(&project));
    ok(out)
}

pub fn get(st: &mut State, ctx: &Ctx, cluster_id: &str, id: &str) -> Reply {
    ok(find(st, ctx, cluster_id, id)?.to_json(ctx.now, st.transition))
}

pub fn cancel(st: &mut State, ctx: &Ctx, cluster_id: &str, id: &str) -> Reply {
    can_write(ctx)?;
    let (state, _) = find(st, ctx, cluster_id, id)?.phase(ctx.now, st.transition);
    if state != "RUNNING" {
        return Err(Fail::bad(format!(
            "export {id} is {state}; only a RUNNING export can be canceled"
        )));
    }
    let step = st.transition;
    let rec = st
        .serverless
        .exports
        .iter_mut()
        .find(|e| e.id == id && e.cluster_id == cluster_id)
        .ok_or_else(|| Fail::not_found(format!("export {id} not found")))?;
    rec.canceled = Some(ctx.now);
    let out = rec.to_json(ctx.now, step);
    st.audit(&ctx.key, "CancelExport", None, None);
    ok(out)
}

pub fn delete(st: &mut State, ctx: &Ctx, cluster_id: &str, id: &str) -> Reply {
    can_write(ctx)?;
    let rec = find(st, ctx, cluster_id, id)?;
    if rec.phase(ctx.now, st.transition).0 == "RUNNING" {
        return Err(Fail::bad(format!(
            "export {id} is RUNNING; cancel it before deleting it"
        )));
    }
    let mut out = rec.to_json(ctx.now, st.transition);
    out["state"] = json!("DELETED");
    st.serverless
        .exports
        .retain(|e| !(e.id == id && e.cluster_id == cluster_id));
    st.audit(&ctx.key, "DeleteExport", None, None);
    ok(out)
}

/// The operations this module answers.
pub const ROUTES: &[Route] = &[
    ("listExports", |st, ctx, p| list(st, ctx, p.at(0))),
    ("createExport", |st, ctx, p| create(st, ctx, p.at(0))),
    ("getExport", |st, ctx, p| get(st, ctx, p.at(0), p.at(1))),
    ("deleteExport", |st, ctx, p| {
        delete(st, ctx, p.at(0), p.at(1))
    }),
    ("cancelExport", |st, ctx, p| {
        cancel(st, ctx, p.at(0), p.at(1))
    }),
];
