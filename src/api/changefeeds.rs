//! Changefeeds of Dedicated clusters (Dedicated server): replication out of a
//! cluster to Kafka, MySQL, S3, GCS or Azure Blob storage; list, create, get,
//! delete, pause, resume, scale, edit the downstream; and the capacity (RCU)
//! options a changefeed runs at.

use super::{
    check_page_size, credentials, list_request, object, request, require_object, require_text,
    take_items, Api, ListSpec, Pending,
};
use crate::error::{Error, Result};
use crate::http::{Request, Safety};
use crate::operations::{self as ops, Operation};
use serde_json::{json, Value};

/// The sink types the service takes, and the field each one's settings go in.
pub const DOWNSTREAMS: [(&str, &str); 5] = [
    ("KAFKA", "kafka"),
    ("MYSQL", "mysql"),
    ("S3", "s3"),
    ("GCS", "gcs"),
    ("AZURE_BLOB", "azureBlob"),
];

/// Every state of a changefeed (its waiter's row).
pub const STATES: [&str; 11] = [
    "RUNNING", "FAILED", "ERROR", "CREATING", "PAUSING", "PAUSED", "DELETING", "DELETED",
    "EDITING", "WARNING", "SCALING",
];

/// Where each passing state of a changefeed goes (its waiter's row): an
/// edit happens while paused, and a changefeed with warnings is running.
pub const STEPS: [(&str, &str); 6] = [
    ("CREATING", "RUNNING"),
    ("SCALING", "RUNNING"),
    ("WARNING", "RUNNING"),
    ("PAUSING", "PAUSED"),
    ("EDITING", "PAUSED"),
    ("DELETING", "DELETED"),
];

/// Fields of a sink's settings that carry credentials: kept out of errors and logs.
const CREDENTIALS: &[&str] = &["secretKey", "sasToken", "password", "basicAuthPassword"];

fn on_changefeed(op: &'static Operation, changefeed_id: &str) -> Result<Request> {
    request(op, &[("changefeed_id", changefeed_id)])
}

/// A dry run changes nothing, so it may be retried like a read.
fn dry(req: Request, dry_run: bool) -> Request {
    if dry_run {
        req.safety(Safety::Idempotent)
    } else {
        req
    }
}

fn check_downstream_type(t: &str) -> Result<()> {
    if DOWNSTREAMS.iter().any(|(k, _)| *k == t) {
        Ok(())
    } else {
        let names: Vec<&str> = DOWNSTREAMS.iter().map(|(k, _)| *k).collect();
        Err(Error::invalid(format!(
            "downstream_type must be one of {}, got {t:?}",
            names.join(", ")
        )))
    }
}

/// The body with every credential it holds marked secret on the request.
fn with_secrets(req: Request, body: Value) -> Request {
    let secrets = credentials(&body, CREDENTIALS);
    secrets.into_iter().fold(req.body(body), Request::secret)
}

/// A sink's settings: the object for its type, and no other type's.
#[derive(Debug, Clone, Default)]
pub struct Downstream {
    pub downstream_type: String,
    pub kafka: Option<Value>,
    pub mysql: Option<Value>,
    pub s3: Option<Value>,
    pub gcs: Option<Value>,
    pub azure_blob: Option<Value>,
}

impl Downstream {
    fn settings(&self) -> [(&'static str, &Option<Value>); 5] {
        [
            ("kafka", &self.kafka),
            ("mysql", &self.mysql),
            ("s3", &self.s3),
            ("gcs", &self.gcs),
            ("azure_blob", &self.azure_blob),
        ]
    }

    /// The type is known and the settings given are dicts (`needed`: the
    /// type's own are required). Settings of another type are the service's
    /// to refuse.
    fn check(&self, needed: bool) -> Result<()> {
        check_downstream_type(&self.downstream_type)?;
        let own = match self.downstream_type.as_str() {
            "KAFKA" => "kafka",
            "MYSQL" => "mysql",
            "S3" => "s3",
            "GCS" => "gcs",
            _ => "azure_blob",
        };
        for (name, v) in self.settings() {
            let Some(v) = v else {
                if needed && name == own {
                    return Err(Error::invalid(format!(
                        "downstream_type={:?} needs {own}=, a dict",
                        self.downstream_type
                    )));
                }
                continue;
            };
            require_object(name, v)?;
        }
        Ok(())
    }

    fn fields(self) -> [(&'static str, Option<Value>); 6] {
        [
            ("downstreamType", Some(json!(self.downstream_type))),
            ("kafka", self.kafka),
            ("mysql", self.mysql),
            ("s3", self.s3),
            ("gcs", self.gcs),
            ("azureBlob", self.azure_blob),
        ]
    }
}

pub fn list(
    cluster_id: &str,
    downstream_type: Option<&str>,
    page_size: Option<i64>,
) -> Result<ListSpec> {
    require_text("cluster_id", cluster_id)?;
    if let Some(t) = downstream_type {
        check_downstream_type(t)?;
    }
    let mut spec = list_request(&ops::LIST_CHANGEFEEDS, &[])?;
    spec.request = spec
        .request
        .query("clusterId", cluster_id)
        .query_opt("downstreamType", downstream_type)
        .query_opt("pageSize", check_page_size(page_size)?);
    Ok(spec)
}

/// A new changefeed's writable fields.
#[derive(Debug, Clone)]
pub struct NewChangefeed {
    pub cluster_id: String,
    pub name: String,
    pub replication_capacity: String,
    pub downstream: Downstream,
    pub table_config: Value,
    pub start_position: Value,
    pub network_info: Option<Value>,
}

pub fn create(api: &Api, c: NewChangefeed, dry_run: bool) -> Result<Pending> {
    require_text("cluster_id", &c.cluster_id)?;
    require_text("name", &c.name)?;
    require_text("replication_capacity", &c.replication_capacity)?;
    require_object("table_config", &c.table_config)?;
    require_object("start_position", &c.start_position)?;
    if !c.start_position.get("mode").is_some_and(Value::is_string) {
        return Err(Error::invalid(
            "start_position needs \"mode\": \"FROM_NOW\", \"FROM_TSO\" or \"FROM_UTC\"",
        ));
    }
    if let Some(n) = &c.network_info {
        require_object("network_info", n)?;
    }
    c.downstream.check(true)?;
    let [t, k, m, s3, g, a] = c.downstream.fields();
    let changefeed = object([
        ("clusterId", Some(json!(c.cluster_id))),
        ("name", Some(json!(c.name))),
        ("replicationCapacity", Some(json!(c.replication_capacity))),
        t,
        ("tableConfig", Some(c.table_config)),
        ("startPosition", Some(c.start_position)),
        ("networkInfo", c.network_info),
        k,
        m,
        s3,
        g,
        a,
    ]);
    let body = json!({ "changefeed": changefeed, "dryRun": dry_run });
    let req = with_secrets(fixed(&ops::CREATE_CHANGEFEED), body);
    api.call(dry(req, dry_run))
}

fn fixed(op: &'static Operation) -> Request {
    super::fixed_request(op)
}

/// `invalidate_cache`: read the changefeed's checkpoint afresh.
pub fn get(api: &Api, changefeed_id: &str, invalidate_cache: bool) -> Result<Pending> {
    let req = on_changefeed(&ops::GET_CHANGEFEED, changefeed_id)?;
    let req = if invalidate_cache {
        req.query("invalidateCache", "true")
    } else {
        req
    };
    api.call(req)
}

pub fn delete(api: &Api, changefeed_id: &str) -> Result<Pending> {
    api.call(on_changefeed(&ops::DELETE_CHANGEFEED, changefeed_id)?)
}

/// A waiter's poll: the changefeed of `ids`, `[changefeed_id]`.
pub fn poll(api: &Api, ids: &[&str]) -> Result<Pending> {
    match ids {
        [id] => get(api, id, false),
        _ => Err(Error::invalid("a changefeed takes 1 id")),
    }
}

/// Pause (`pause`) or resume a changefeed; the service takes an empty body.
pub fn pause_or_resume(api: &Api, changefeed_id: &str, pause: bool) -> Result<Pending> {
    let op = if pause {
        &ops::PAUSE_CHANGEFEED
    } else {
        &ops::RESUME_CHANGEFEED
    };
    api.call(on_changefeed(op, changefeed_id)?.body(json!({})))
}

/// Move the changefeed to another capacity, one of `list_rcus()`'s names.
pub fn scale(api: &Api, changefeed_id: &str, replication_capacity: &str) -> Result<Pending> {
    let req = on_changefeed(&ops::SCALE_CHANGEFEED, changefeed_id)?;
    require_text("replication_capacity", replication_capacity)?;
    api.call(req.body(json!({ "replicationCapacity": replication_capacity })))
}

/// Change a paused changefeed's sink settings or table filters; its type
/// stays what it is.
pub fn edit_downstream_config(
    api: &Api,
    changefeed_id: &str,
    downstream: Downstream,
    table_config: Option<Value>,
    dry_run: bool,
) -> Result<Pending> {
    let req = on_changefeed(&ops::EDIT_CHANGEFEED_DOWNSTREAM_CONFIG, changefeed_id)?;
    downstream.check(false)?;
    if let Some(t) = &table_config {
        require_object("table_config", t)?;
    }
    let [t, k, m, s3, g, a] = downstream.fields();
    let body = object([
        t,
        ("tableConfig", table_config),
        k,
        m,
        s3,
        g,
        a,
        ("dryRun", Some(json!(dry_run))),
    ]);
    api.call(dry(with_secrets(req, body), dry_run))
}

/// The capacity options, as a list (the service answers them all at once).
pub fn list_rcus(api: &Api) -> Result<Pending> {
    let sent = api.call(fixed(&ops::LIST_CHANGEFEED_RCUS))?;
    Ok(Pending::new(async move {
        let mut body = sent.await?;
        let key = ops::LIST_CHANGEFEED_RCUS.items_key.unwrap_or("rcus");
        Ok(Value::Array(take_items(&mut body, key)?))
    }))
}
