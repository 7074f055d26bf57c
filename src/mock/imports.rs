//! Mock handlers for Imports, in the service's shapes: a `creationDetails`
//! body checked as the service checks it, then PREPARING → IMPORTING
//! (`completePercent` rising in steps of 25) → COMPLETED, and cancel →
//! CANCELING → CANCELED, paced by the transition time and computed from the
//! import's age. A source URI containing "fail" makes the import FAILED, so
//! that tests can meet that end too. Credentials are never echoed.

use super::clusters::{can_write, visible};
use super::reply::{ok, one_of, Body, Fail, Reply};
use super::routes::{paged, Ctx, Listing};
use super::state::{rfc3339, State};
use super::storage::{check_location, fails, AZURE_BLOB, GCS, S3};
use chrono::{DateTime, Utc};
use serde_json::{json, Map, Value};
use std::time::{Duration, Instant};

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
/// Fields that carry credentials: accepted, never returned.
const INPUT_ONLY: &[&str] = &["secret", "sasToken", "serviceAccountKey"];
/// What `orderBy` may name.
const ORDER_FIELDS: &[&str] = &["createTime", "create_time"];

#[derive(Debug, Clone)]
pub struct ImportRec {
    pub seq: u64,
    pub id: String,
    pub cluster_id: String,
    /// What was asked, with the credentials taken out.
    pub creation_details: Value,
    pub creator: String,
    pub started: Instant,
    pub create_time: DateTime<Utc>,
    /// Set by cancel: when, and the percentage reached by then.
    pub canceled: Option<(Instant, u32)>,
    pub will_fail: bool,
}

/// Where an import is at a moment: its state, percentage, and for an ended
/// one how long after its start it ended.
pub(crate) struct Phase {
    pub state: &'static str,
    pub percent: u32,
    pub ended_after: Option<Duration>,
}

impl ImportRec {
    pub(crate) fn phase(&self, now: Instant, step: Duration) -> Phase {
        let at = |state, percent, ended_after| Phase {
            state,
            percent,
            ended_after,
        };
        if let Some((when, percent)) = self.canceled {
            let since = now.saturating_duration_since(when);
            return if step.is_zero() || since >= step {
                at(
                    "CANCELED",
                    percent,
                    Some(when.duration_since(self.started) + step),
                )
            } else {
                at("CANCELING", percent, None)
            };
        }
        if step.is_zero() {
            return if self.will_fail {
                at("FAILED", 0, Some(Duration::ZERO))
            } else {
                at("COMPLETED", 100, Some(Duration::ZERO))
            };
        }
        let steps = (now.duration_since(self.started).as_secs_f64() / step.as_secs_f64()) as u32;
        match steps {
            0 => at("PREPARING", 0, None),
            _ if self.will_fail => at("FAILED", 0, Some(step)),
            1..=4 => at("IMPORTING", (steps - 1) * 25, None),
            _ => at("COMPLETED", 100, Some(step * 5)),
        }
    }

    /// Whether cancel may still stop it.
    pub fn running(&self, now: Instant, step: Duration) -> bool {
        matches!(self.phase(now, step).state, "PREPARING" | "IMPORTING")
    }

    pub fn to_json(&self, now: Instant, step: Duration) -> Value {
        let p = self.phase(now, step);
        let mut v = json!({
            "name": format!("clusters/{}/imports/{}", self.cluster_id, self.id),
            "importId": self.id,
            "clusterId": self.cluster_id,
            "state": p.state,
            "completePercent": p.percent,
            "totalSize": "0",
            "message": "",
            "creator": self.creator,
            "createTime": rfc3339(self.create_time),
            "creationDetails": self.creation_details,
        });
        if p.state != "PREPARING" {
            v["totalSize"] = Value::String(((self.seq % 97 + 1) * 1_048_576).to_string());
        }
        if let Some(after) = p.ended_after {
            let end = self.create_time
                + chrono::Duration::from_std(after).unwrap_or(chrono::Duration::zero());
            v["completeTime"] = json!(rfc3339(end));
        }
        if p.state == "FAILED" {
            v["message"] =
                json!("access denied: the credentials cannot read the source (s3:GetObject)");
        }
        v
    }
}

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

/// `field` of `b`, an object the service requires.
pub(crate) fn req_obj<'a>(b: &Body<'a>, field: &str, path: &str) -> Result<Body<'a>, Fail> {
    b.opt_obj(field)
        .map_err(|_| Fail::bad(format!("{path}{field} must be an object")))?
        .map(Body)
        .ok_or_else(|| Fail::bad(format!("{path}{field} is required")))
}

pub(crate) fn req_str<'a>(b: &Body<'a>, field: &str, path: &str) -> Result<&'a str, Fail> {
    b.req_str(field)
        .map_err(|_| Fail::bad(format!("{path}{field} is required (a non-empty string)")))
}

pub(crate) fn opt_enum(
    b: &Body<'_>,
    field: &str,
    path: &str,
    allowed: &[&str],
) -> Result<(), Fail> {
    match b.opt_str(field) {
        Ok(None) => Ok(()),
        Ok(Some(v)) => one_of(&format!("{path}{field}"), v, allowed),
        Err(_) => Err(Fail::bad(format!("{path}{field} must be a string"))),
    }
}

pub(crate) fn check_uri(uri: &str, field: &str, schemes: &[&str]) -> Result<(), Fail> {
    let ok = schemes
        .iter()
        .any(|s| uri.strip_prefix(s).is_some_and(|rest| !rest.is_empty()));
    if ok {
        Ok(())
    } else {
        Err(Fail::bad(format!(
            "{field} {uri:?} must start with {}",
            schemes.join(" or ")
        )))
    }
}

/// The request's `creationDetails`, checked.
fn check_details(d: &Body<'_>) -> Result<(), Fail> {
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

/// `v` without its credential fields, at any depth.
pub(crate) fn without_credentials(v: &Value) -> Value {
    match v {
        Value::Object(m) => Value::Object(
            m.iter()
                .filter(|(k, _)| !INPUT_ONLY.contains(&k.as_str()))
                .map(|(k, v)| (k.clone(), without_credentials(v)))
                .collect::<Map<_, _>>(),
        ),
        Value::Array(items) => Value::Array(items.iter().map(without_credentials).collect()),
        other => other.clone(),
    }
}

/// Whether `orderBy` asks for the newest first; anything it cannot order by is refused.
pub(crate) fn newest_first(order_by: Option<&str>) -> Result<bool, Fail> {
    let Some(o) = order_by.map(str::trim).filter(|o| !o.is_empty()) else {
        return Ok(false);
    };
    let mut words = o.split_whitespace();
    let field = words.next().unwrap_or_default();
    let dir = words.next();
    if !ORDER_FIELDS.contains(&field) || words.next().is_some() {
        return Err(Fail::bad(format!(
            "orderBy {o:?}: the list can be ordered by createTime, optionally followed by asc or desc"
        )));
    }
    match dir.map(str::to_ascii_lowercase).as_deref() {
        None | Some("asc") => Ok(false),
        Some("desc") => Ok(true),
        Some(d) => Err(Fail::bad(format!(
            "orderBy {o:?}: the direction {d:?} is neither asc nor desc"
        ))),
    }
}

/// `items`, keyed by their sequence, in the order `orderBy` asks (creation
/// order, or newest first), and whether that is newest first.
pub(crate) fn in_order<T>(
    order_by: Option<&str>,
    items: impl Iterator<Item = (u64, T)>,
) -> Result<(Vec<(u64, T)>, bool), Fail> {
    let desc = newest_first(order_by)?;
    let mut out: Vec<(u64, T)> = items
        .map(|(seq, t)| (if desc { u64::MAX - seq } else { seq }, t))
        .collect();
    out.sort_unstable_by_key(|(k, _)| *k);
    Ok((out, desc))
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
    let b = Body::parse(&ctx.body)?;
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn credentials_are_taken_out_at_any_depth() {
        let v = json!({"source": {"s3": {"uri": "s3://b/", "accessKey": {"id": "AK", "secret": "S"}},
                       "azureBlob": {"sasToken": "T"}, "gcs": {"serviceAccountKey": "K"}}});
        let out = without_credentials(&v).to_string();
        assert!(out.contains("AK") && out.contains("s3://b/"));
        assert!(!out.contains("\"S\"") && !out.contains("\"T\"") && !out.contains("\"K\""));
    }

    #[test]
    fn order_by_is_checked() {
        assert!(!newest_first(None).unwrap());
        assert!(newest_first(Some("createTime desc")).unwrap());
        assert!(!newest_first(Some("create_time ASC")).unwrap());
        assert!(newest_first(Some("state")).is_err());
        assert!(newest_first(Some("createTime sideways")).is_err());
    }
}
