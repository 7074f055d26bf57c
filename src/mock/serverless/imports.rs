//! Imports into a Starter or Essential cluster: the Dedicated import's
//! progress (PREPARING → IMPORTING by 25 % steps → COMPLETED; cancel →
//! CANCELING → CANCELED; "fail" in the URI → FAILED) with this server's body
//! (`importOptions` and `source` at the top) and sources.

use crate::mock::access::can_write;
use crate::mock::access::{serverless_active, serverless_visible};
use crate::mock::checks::{check_uri, in_order, req_obj, req_str, without_credentials};
use crate::mock::context::{Ctx, Route};
use crate::mock::csv_scan::{count_records, Format};
use crate::mock::listing::{paged, Listing};
use crate::mock::records::{FileRead, ImportRec};
use crate::mock::reply::{ok, one_of, Fail, Fields, Reply};
use crate::mock::state::{rfc3339, State};
use crate::mock::storage::{
    check_location, fails, Location, AZURE_BLOB, GCS, OSS, S3, S3_COMPATIBLE,
};
use chrono::Utc;
use serde_json::{json, Value};
use std::io::Read;
use std::time::{Duration, Instant};

const SOURCES: &[Location] = &[S3, GCS, AZURE_BLOB, S3_COMPATIBLE, OSS];

fn render(i: &ImportRec, now: Instant, step: Duration) -> Value {
    let p = i.phase(now, step);
    let mut v = json!({
        "id": i.id,
        "importId": i.id,
        "name": format!("clusters/{}/imports/{}", i.cluster_id, i.id),
        "clusterId": i.cluster_id,
        "totalSize": "0",
        "createTime": rfc3339(i.create_time),
        "state": p.state,
        "completePercent": p.percent,
        "message": "",
        "createdBy": i.creator,
        "creationDetails": i.creation_details,
    });
    if p.state != "PREPARING" {
        v["totalSize"] = json!(((i.seq % 97 + 1) * 1_048_576).to_string());
    }
    if let Some(after) = p.ended_after {
        let end = i.create_time + chrono::Duration::from_std(after).unwrap_or_default();
        v["completeTime"] = json!(rfc3339(end));
    }
    if p.state == "FAILED" {
        v["message"] = json!("access denied: the credentials cannot read the source");
    }
    if let Some(f) = &i.file {
        v["totalSize"] = json!(f.size.to_string());
        match (&f.error, f.rows) {
            (Some(e), _) if p.state == "FAILED" => v["message"] = json!(e),
            (None, Some(rows)) if p.state == "COMPLETED" => {
                v["message"] = json!(format!("imported {rows} rows"))
            }
            _ => {}
        }
    }
    v
}

/// Read the uploaded file an import takes, as the service would: its size,
/// and for CSV the rows it holds (the header not counted, unless the format
/// says there is none) or why it cannot be parsed.
fn read_upload(st: &State, ctx: &Ctx, i: usize, opts: &Fields) -> FileRead {
    let Some(u) = st.serverless_more.uploads.get(i) else {
        return FileRead {
            size: 0,
            rows: None,
            error: None,
        };
    };
    let size = u.size();
    if opts.0.get("fileType").and_then(Value::as_str) != Some("CSV") {
        return FileRead {
            size,
            rows: None,
            error: None,
        };
    }
    let csv = opts.0.get("csvFormat");
    let text = |k: &str| csv.and_then(|c| c.get(k)).and_then(Value::as_str);
    let flag = |k: &str, default: bool| {
        csv.and_then(|c| c.get(k))
            .and_then(Value::as_bool)
            .unwrap_or(default)
    };
    let format = Format {
        separator: text("separator")
            .filter(|s| !s.is_empty())
            .unwrap_or(",")
            .as_bytes()
            .to_vec(),
        delimiter: match text("delimiter") {
            Some(d) => d.bytes().next(),
            None => Some(b'"'),
        },
        backslash_escape: flag("backslashEscape", true),
    };
    let mut files = Vec::new();
    for n in 1..=u.parts {
        match std::fs::File::open(ctx.objects.part_path(&u.id, n)) {
            Ok(f) => files.push(f),
            Err(e) => {
                return FileRead {
                    size,
                    rows: None,
                    error: Some(format!("part {n} cannot be read: {e}")),
                }
            }
        }
    }
    let whole = files
        .into_iter()
        .fold(Box::new(std::io::empty()) as Box<dyn Read>, |acc, f| {
            Box::new(acc.chain(f))
        });
    match count_records(whole, &format) {
        Ok(records) => {
            let header = u64::from(flag("header", true));
            FileRead {
                size,
                rows: Some(records.saturating_sub(header)),
                error: None,
            }
        }
        Err(e) => FileRead {
            size,
            rows: None,
            error: Some(format!("{}: {e}", u.file_name)),
        },
    }
}

fn find<'a>(st: &'a State, ctx: &Ctx, cluster_id: &str, id: &str) -> Result<&'a ImportRec, Fail> {
    serverless_visible(st, ctx, cluster_id)?;
    st.serverless
        .imports
        .iter()
        .find(|i| i.id == id && i.cluster_id == cluster_id)
        .ok_or_else(|| Fail::not_found(format!("import {id} not found in cluster {cluster_id}")))
}

pub fn list(st: &mut State, ctx: &Ctx, cluster_id: &str) -> Reply {
    serverless_visible(st, ctx, cluster_id)?;
    let step = st.transition;
    let mine = st
        .serverless
        .imports
        .iter()
        .filter(|i| i.cluster_id == cluster_id)
        .map(|i| (i.seq, i));
    let (items, desc) = in_order(ctx.query.get("orderBy"), mine)?;
    let listing = format!("serverless-imports|{cluster_id}|{desc}");
    paged(
        ctx,
        Listing::new(&listing, "imports").default_size(10).counted(),
        items,
        |i| render(i, ctx.now, step),
    )
}

pub fn create(st: &mut State, ctx: &Ctx, cluster_id: &str) -> Reply {
    can_write(ctx)?;
    let b = Fields::parse(&ctx.body)?;
    b.only(&["importOptions", "source"], "the import")?;
    let opts = req_obj(&b, "importOptions", "")?;
    opts.only(&["fileType", "csvFormat"], "importOptions")?;
    one_of(
        "importOptions.fileType",
        req_str(&opts, "fileType", "importOptions.")?,
        &["CSV", "SQL", "AURORA_SNAPSHOT", "PARQUET"],
    )?;
    if let Some(c) = opts.opt_obj("csvFormat")? {
        Fields(c).only(
            &[
                "separator",
                "delimiter",
                "header",
                "notNull",
                "null",
                "backslashEscape",
                "trimLastSeparator",
            ],
            "importOptions.csvFormat",
        )?;
    }
    let source = req_obj(&b, "source", "")?;
    let upload = if source.opt_str("type")? == Some("LOCAL") {
        Some(st.serverless_more.local_upload(cluster_id, &source)?)
    } else {
        check_location(&source, "source", SOURCES)?;
        None
    };
    if let Some(cfg) = source.opt_obj("s3Compatible")? {
        if let Some(ep) = Fields(cfg).opt_str("endpoint")? {
            check_uri(ep, "source.s3Compatible.endpoint", &["https://"])?;
        }
    }
    let project = serverless_active(st, ctx, cluster_id, "an import")?
        .project()
        .to_owned();
    let mut details = without_credentials(&json!({ "importOptions": opts.0, "source": source.0 }));
    if let Some((_, file)) = &upload {
        details["source"]["local"]["fileName"] = json!(file);
    }
    let file = upload
        .as_ref()
        .map(|(i, _)| read_upload(st, ctx, *i, &opts));
    let seq = st.next_seq();
    let rec = ImportRec {
        seq,
        id: format!("import-{}", 20_000_000 + seq),
        cluster_id: cluster_id.to_owned(),
        will_fail: fails(&details["source"]) || file.as_ref().is_some_and(|f| f.error.is_some()),
        creation_details: details,
        creator: ctx.key.email(),
        started: ctx.now,
        create_time: Utc::now(),
        canceled: None,
        file,
    };
    let out = render(&rec, ctx.now, st.transition);
    if let Some(u) = upload.and_then(|(i, _)| st.serverless_more.uploads.get_mut(i)) {
        u.import_id = Some(rec.id.clone());
    }
    st.serverless.imports.push(rec);
    st.audit(&ctx.key, "CreateImport", None, Some(&project));
    ok(out)
}

pub fn get(st: &mut State, ctx: &Ctx, cluster_id: &str, id: &str) -> Reply {
    ok(render(
        find(st, ctx, cluster_id, id)?,
        ctx.now,
        st.transition,
    ))
}

pub fn cancel(st: &mut State, ctx: &Ctx, cluster_id: &str, id: &str) -> Reply {
    can_write(ctx)?;
    let step = st.transition;
    let rec = find(st, ctx, cluster_id, id)?;
    let p = rec.phase(ctx.now, step);
    if !rec.running(ctx.now, step) {
        return Err(Fail::bad(format!(
            "import {id} is {}; only a PREPARING or IMPORTING import can be canceled",
            p.state
        )));
    }
    if let Some(r) = st
        .serverless
        .imports
        .iter_mut()
        .find(|i| i.id == id && i.cluster_id == cluster_id)
    {
        r.canceled = Some((ctx.now, p.percent));
    }
    st.audit(&ctx.key, "CancelImport", None, None);
    ok(json!({}))
}

/// The operations this module answers.
pub const ROUTES: &[Route] = &[
    ("listServerlessImports", |st, ctx, p| list(st, ctx, p.at(0))),
    ("createServerlessImport", |st, ctx, p| {
        create(st, ctx, p.at(0))
    }),
    ("getServerlessImport", |st, ctx, p| {
        get(st, ctx, p.at(0), p.at(1))
    }),
    ("cancelServerlessImport", |st, ctx, p| {
        cancel(st, ctx, p.at(0), p.at(1))
    }),
];
