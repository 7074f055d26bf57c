//! Mock handlers for Imports, in the service's shapes: a `creationDetails`
//! body checked as the service checks it, then PREPARING → IMPORTING
//! (`completePercent` rising in steps of 25) → COMPLETED, and cancel →
//! CANCELING → CANCELED, paced by the transition time and computed from the
//! import's age. A source URI containing "fail" makes the import FAILED, so
//! that tests can meet that end too. Credentials are never echoed.

use super::access::{can_write, visible};
use super::checks::{in_order, opt_enum, req_obj, req_str, without_credentials};
use super::context::{Ctx, Route};
use super::listing::{paged, Listing};
use super::records::ImportRec;
use super::reply::{ok, one_of, Fail, Fields, Reply};
use super::state::State;
use super::storage::{check_location, fails, AZURE_BLOB, GCS, S3};
use chrono::Utc;
use serde_json::{json, Value};

const FILE_TYPES: &[&str] = &["CSV", "SQL", "AURORA_SNAPSHOT", "PARQUET"];
const DUPLICATION: &[&str] = &["REPLACE", "IGNORE", "ERROR"];
const CHECK_ITEMS: &[&str] = &[
    "SOURCE_ACCESS_CHECK",
    "TARGET_ACCESS_CHECK",
    "FILTER_AND_RULE_CHECK",
    "IMPORT_PRECHECK",
    "TARGET_TABLE_EMPTY_CHECK",
    "ESTIMATE_SIZE",
    "IMPORT_DATA_ONLY_CHECK",
];

fn find<'a>(state: &'a State, cluster_id: &str, import_id: &str) -> Result<&'a ImportRec, Fail> {
    state
        .imports
        .values()
        .find(|i| i.id == import_id && i.cluster_id == cluster_id)
        .ok_or_else(|| {
            Fail::not_found(format!(
                "import {import_id} not found in cluster {cluster_id}"
            ))
        })
}

/// The request's `creationDetails`, checked.
fn check_details(d: &Fields<'_>) -> Result<(), Fail> {
    d.only(
        &["importOptions", "source", "targetTableInfos", "checkItems"],
        "creationDetails",
    )?;
    let opts = req_obj(d, "importOptions", "creationDetails.")?;
    let p = "creationDetails.importOptions.";
    opts.only(
        &[
            "fileType",
            "csvFormat",
            "duplicationHandling",
            "validateOnly",
        ],
        "creationDetails.importOptions",
    )?;
    one_of(
        &format!("{p}fileType"),
        req_str(&opts, "fileType", p)?,
        FILE_TYPES,
    )?;
    opt_enum(&opts, "duplicationHandling", p, DUPLICATION)?;
    if opts.opt_obj("csvFormat").is_err() {
        return Err(Fail::bad(format!("{p}csvFormat must be an object")));
    }
    check_location(
        &req_obj(d, "source", "creationDetails.")?,
        "creationDetails.source",
        &[S3, GCS, AZURE_BLOB],
    )?;
    for (field, each_is) in [("targetTableInfos", "object"), ("checkItems", "string")] {
        match d.0.get(field) {
            None | Some(Value::Null) => {}
            Some(Value::Array(items)) => {
                for i in items {
                    match (each_is, i) {
                        ("object", Value::Object(_)) => {}
                        ("string", Value::String(s)) => {
                            one_of(&format!("creationDetails.{field}[]"), s, CHECK_ITEMS)?
                        }
                        _ => {
                            return Err(Fail::bad(format!(
                                "creationDetails.{field} must be a list of {each_is}s"
                            )))
                        }
                    }
                }
            }
            Some(_) => return Err(Fail::bad(format!("creationDetails.{field} must be a list"))),
        }
    }
    Ok(())
}

pub fn list(state: &mut State, ctx: &Ctx, cluster_id: &str) -> Reply {
    visible(state, ctx, cluster_id)?;
    let step = state.transition;
    let mine = state
        .imports
        .values()
        .filter(|i| i.cluster_id == cluster_id)
        .map(|i| (i.seq, i));
    let (items, desc) = in_order(ctx.query.get("orderBy"), mine)?;
    let listing = format!("imports|{cluster_id}|{desc}");
    paged(
        ctx,
        Listing::new(&listing, "imports").default_size(10).counted(),
        items,
        |i| i.to_json(ctx.now, step),
    )
}

pub fn create(state: &mut State, ctx: &Ctx, cluster_id: &str) -> Reply {
    can_write(ctx)?;
    let cluster = visible(state, ctx, cluster_id)?;
    let project = cluster.project_id.clone();
    let b = Fields::parse(&ctx.body)?;
    // An Import: what may be sent, and what the service fills in itself.
    b.only(
        &[
            "creationDetails",
            "name",
            "clusterId",
            "totalSize",
            "createTime",
            "completeTime",
            "state",
            "completePercent",
            "message",
            "creator",
            "importId",
        ],
        "an Import",
    )?;
    let details = req_obj(&b, "creationDetails", "")?;
    check_details(&details)?;
    if cluster.state != "ACTIVE" {
        return Err(Fail::bad(format!(
            "cluster {cluster_id} is {}; imports need an ACTIVE cluster",
            cluster.state
        )));
    }
    let creation_details = without_credentials(&Value::Object(details.0.clone()));
    let will_fail = fails(&creation_details["source"]);
    let validate_only = details
        .opt_obj("importOptions")?
        .and_then(|o| o.get("validateOnly"))
        .and_then(Value::as_bool)
        .unwrap_or(false);
    let seq = state.next_seq();
    let rec = ImportRec {
        seq,
        id: seq.to_string(),
        cluster_id: cluster_id.to_owned(),
        creation_details,
        creator: ctx.key.email(),
        started: ctx.now,
        create_time: Utc::now(),
        canceled: None,
        will_fail,
        file: None,
    };
    let out = rec.to_json(ctx.now, state.transition);
    if validate_only {
        return ok(out);
    }
    state.imports.insert(seq, rec);
    state.audit(&ctx.key, "CreateImport", Some(cluster_id), Some(&project));
    ok(out)
}

pub fn get(state: &mut State, ctx: &Ctx, cluster_id: &str, import_id: &str) -> Reply {
    visible(state, ctx, cluster_id)?;
    ok(find(state, cluster_id, import_id)?.to_json(ctx.now, state.transition))
}

pub fn cancel(state: &mut State, ctx: &Ctx, cluster_id: &str, import_id: &str) -> Reply {
    can_write(ctx)?;
    let project = visible(state, ctx, cluster_id)?.project_id.clone();
    let step = state.transition;
    let rec = find(state, cluster_id, import_id)?;
    let p = rec.phase(ctx.now, step);
    if !rec.running(ctx.now, step) {
        return Err(Fail::bad(format!(
            "import {import_id} is {}; only a PREPARING or IMPORTING import can be canceled",
            p.state
        )));
    }
    let seq = rec.seq;
    if let Some(r) = state.imports.get_mut(&seq) {
        r.canceled = Some((ctx.now, p.percent));
    }
    state.audit(&ctx.key, "CancelImport", Some(cluster_id), Some(&project));
    ok(json!({}))
}

/// The operations this module answers.
pub const ROUTES: &[Route] = &[
    ("listImports", |st, ctx, p| list(st, ctx, p.at(0))),
    ("createImport", |st, ctx, p| create(st, ctx, p.at(0))),
    ("getImport", |st, ctx, p| get(st, ctx, p.at(0), p.at(1))),
    ("cancelImport", |st, ctx, p| {
        cancel(st, ctx, p.at(0), p.at(1))
    }),
];
