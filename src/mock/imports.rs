//! Mock handlers for Imports: validation, then PENDING → RUNNING (progress rising
//! in steps of 25) → COMPLETED, paced by the transition time and computed from
//! the import's age. A bucket URI containing "fail" makes the import FAILED, so
//! that tests can meet that end too.

use super::clusters::{can_write, visible};
use super::reply::{empty, ok, Body, Fail, Reply};
use super::routes::{paged_by, Ctx};
use super::state::{rfc3339, State};
use chrono::{DateTime, Utc};
use serde_json::{json, Map, Value};
use std::time::{Duration, Instant};

const SOURCES: &[&str] = &["S3", "GCS", "LOCAL"];
const FORMATS: &[&str] = &["CSV", "SQL", "PARQUET", "AURORA_SNAPSHOT"];

#[derive(Debug, Clone)]
pub struct ImportRec {
    pub seq: u64,
    pub id: String,
    pub cluster_id: String,
    pub source_type: String,
    pub file_format: String,
    pub target_database: Option<String>,
    pub s3_source: Option<Value>,
    pub started: Instant,
    pub create_time: DateTime<Utc>,
    /// Set by cancel: the state and progress frozen at that moment.
    pub frozen: Option<(&'static str, f64)>,
    pub will_fail: bool,
}

impl ImportRec {
    /// State and progress at `now`, from the import's age.
    pub fn phase(&self, now: Instant, step: Duration) -> (&'static str, f64) {
        if let Some(f) = self.frozen {
            return f;
        }
        if step.is_zero() {
            return if self.will_fail {
                ("FAILED", 0.0)
            } else {
                ("COMPLETED", 100.0)
            };
        }
        let steps = (now.duration_since(self.started).as_secs_f64() / step.as_secs_f64()) as u32;
        match steps {
            0 => ("PENDING", 0.0),
            _ if self.will_fail => ("FAILED", 0.0),
            1..=4 => ("RUNNING", f64::from((steps - 1) * 25)),
            _ => ("COMPLETED", 100.0),
        }
    }

    pub fn to_json(&self, now: Instant, step: Duration) -> Value {
        let (state, progress) = self.phase(now, step);
        let mut v = json!({
            "importId": self.id,
            "clusterId": self.cluster_id,
            "state": state,
            "sourceType": self.source_type,
            "fileFormat": self.file_format,
            "progress": progress,
            "createTime": rfc3339(self.create_time),
        });
        if let Some(db) = &self.target_database {
            v["targetDatabase"] = json!(db);
        }
        if let Some(s3) = &self.s3_source {
            v["s3Source"] = s3.clone();
        }
        if state == "FAILED" {
            v["errorMessage"] =
                json!("access denied: the role cannot read the source bucket (s3:GetObject)");
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

fn check_s3(s3: &Map<String, Value>) -> Result<Value, Fail> {
    let b = Body(s3);
    let uri = b
        .req_str("bucketUri")
        .map_err(|_| Fail::bad("s3Source.bucketUri is required"))?;
    if !uri.starts_with("s3://") || uri.len() <= 5 {
        return Err(Fail::bad(format!(
            "s3Source.bucketUri must look like s3://bucket/path/, got {uri:?}"
        )));
    }
    let arn = b
        .req_str("roleArn")
        .map_err(|_| Fail::bad("s3Source.roleArn is required"))?;
    if !arn.starts_with("arn:aws:iam::") {
        return Err(Fail::bad(format!(
            "s3Source.roleArn must be an IAM role ARN, got {arn:?}"
        )));
    }
    Ok(json!({ "bucketUri": uri, "roleArn": arn }))
}

pub fn list(state: &mut State, ctx: &Ctx, cluster_id: &str) -> Reply {
    visible(state, ctx, cluster_id)?;
    let step = state.transition;
    let items = state
        .imports
        .values()
        .filter(|i| i.cluster_id == cluster_id)
        .map(|i| (i.seq, i));
    paged_by(
        ctx,
        &format!("imports|{cluster_id}"),
        "imports",
        items,
        |i| i.to_json(ctx.now, step),
    )
}

pub fn create(state: &mut State, ctx: &Ctx, cluster_id: &str) -> Reply {
    can_write(ctx)?;
    let cluster = visible(state, ctx, cluster_id)?;
    let project = cluster.project_id.clone();
    if cluster.state != "ACTIVE" {
        return Err(Fail::bad(format!(
            "cluster {cluster_id} is {}; imports need an ACTIVE cluster",
            cluster.state
        )));
    }
    let b = Body::parse(&ctx.body)?;
    let source = b.req_str("sourceType")?;
    if !SOURCES.contains(&source) {
        return Err(Fail::bad(format!(
            "sourceType {source:?} is not one of {}",
            SOURCES.join(", ")
        )));
    }
    let format = b.req_str("fileFormat")?;
    if !FORMATS.contains(&format) {
        return Err(Fail::bad(format!(
            "fileFormat {format:?} is not one of {}",
            FORMATS.join(", ")
        )));
    }
    let s3 = match (source, b.opt_obj("s3Source")?) {
        ("S3", Some(m)) => Some(check_s3(m)?),
        ("S3", None) => return Err(Fail::bad("an S3 import needs s3Source")),
        (_, Some(_)) => return Err(Fail::bad("s3Source is only for sourceType S3")),
        (_, None) => None,
    };
    if format == "AURORA_SNAPSHOT" && source != "S3" {
        return Err(Fail::bad("AURORA_SNAPSHOT imports come from S3"));
    }
    let target_database = b.opt_str("targetDatabase")?.map(str::to_owned);
    let will_fail = s3
        .as_ref()
        .and_then(|s| s["bucketUri"].as_str())
        .is_some_and(|u| u.contains("fail"));
    let seq = state.next_seq();
    let rec = ImportRec {
        seq,
        id: format!("import-{seq:06}"),
        cluster_id: cluster_id.to_owned(),
        source_type: source.to_owned(),
        file_format: format.to_owned(),
        target_database,
        s3_source: s3,
        started: ctx.now,
        create_time: Utc::now(),
        frozen: None,
        will_fail,
    };
    let out = rec.to_json(ctx.now, state.transition);
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
    let rec = find(state, cluster_id, import_id)?;
    let (phase, progress) = rec.phase(ctx.now, state.transition);
    if !matches!(phase, "PENDING" | "RUNNING") {
        return Err(Fail::bad(format!(
            "import {import_id} is {phase}; only PENDING or RUNNING imports can be cancelled"
        )));
    }
    let seq = rec.seq;
    if let Some(r) = state.imports.get_mut(&seq) {
        r.frozen = Some(("CANCELLED", progress));
    }
    state.audit(&ctx.key, "CancelImport", Some(cluster_id), Some(&project));
    empty()
}
