//! Changefeeds of a Starter or Essential cluster: replication to Kafka or
//! MySQL; start, stop, a check of a sink that creates nothing, and which
//! tables a filter takes.

use crate::api::{
    check_page_size, credentials, list_request, object, request, require_object, text_opt, Api,
    ListSpec, Pending,
};
use crate::error::{Error, Result};
use crate::http::{Request, Safety};
use crate::operations::{self as ops, Operation};
use serde_json::{json, Value};

/// Fields of a sink that carry credentials: kept out of errors and logs.
const CREDENTIALS: &[&str] = &["password", "secretAccessKey"];

/// Every state of a changefeed (its waiter's row).
pub const STATES: [&str; 7] = [
    "RUNNING",
    "CREATE_FAILED",
    "RUNNING_FAILED",
    "CREATING",
    "PAUSED",
    "DELETED",
    "WARNING",
];

fn on_changefeed(op: &'static Operation, cluster_id: &str, id: &str) -> Result<Request> {
    request(op, &[("cluster_id", cluster_id), ("changefeed_id", id)])
}

/// The body with every credential it holds marked secret on the request.
fn with_secrets(req: Request, body: Value) -> Request {
    let secrets = credentials(&body, CREDENTIALS);
    secrets.into_iter().fold(req.body(body), Request::secret)
}

/// A sink: a dict with its `type`, `KAFKA` or `MYSQL`.
fn check_sink(sink: &Value) -> Result<()> {
    require_object("sink", sink)?;
    match sink.get("type").and_then(Value::as_str) {
        Some("KAFKA" | "MYSQL") => Ok(()),
        _ => Err(Error::invalid(
            "sink needs \"type\": \"KAFKA\" or \"MYSQL\", with the settings under that type",
        )),
    }
}

pub fn list(
    cluster_id: &str,
    changefeed_type: Option<&str>,
    page_size: Option<i64>,
) -> Result<ListSpec> {
    let mut spec = list_request(
        &ops::LIST_SERVERLESS_CHANGEFEEDS,
        &[("cluster_id", cluster_id)],
    )?;
    if let Some(t) = changefeed_type.filter(|t| !matches!(*t, "KAFKA" | "MYSQL")) {
        return Err(Error::invalid(format!(
            "changefeed_type must be \"KAFKA\" or \"MYSQL\", got {t:?}"
        )));
    }
    spec.request = spec
        .request
        .query_opt("changefeedType", changefeed_type)
        .query_opt("pageSize", check_page_size(page_size)?);
    Ok(spec)
}

/// What a changefeed replicates, and where to.
#[derive(Debug, Clone)]
pub struct Feed {
    pub display_name: Option<String>,
    pub sink: Value,
    pub filter: Value,
    pub start_position: Option<Value>,
}

impl Feed {
    fn body(self) -> Result<Value> {
        text_opt("display_name", self.display_name.as_deref())?;
        check_sink(&self.sink)?;
        require_object("filter", &self.filter)?;
        if let Some(s) = &self.start_position {
            require_object("start_position", s)?;
        }
        Ok(object([
            ("displayName", self.display_name.map(Value::from)),
            ("sink", Some(self.sink)),
            ("filter", Some(self.filter)),
            ("startPosition", self.start_position),
        ]))
    }
}

pub fn create(api: &Api, cluster_id: &str, feed: Feed) -> Result<Pending> {
    let req = request(
        &ops::CREATE_SERVERLESS_CHANGEFEED,
        &[("cluster_id", cluster_id)],
    )?;
    api.call(with_secrets(req, feed.body()?))
}

pub fn get(api: &Api, cluster_id: &str, id: &str) -> Result<Pending> {
    api.call(on_changefeed(
        &ops::GET_SERVERLESS_CHANGEFEED,
        cluster_id,
        id,
    )?)
}

/// A waiter's poll: the changefeed of `ids`, `[cluster_id, changefeed_id]`.
pub fn poll(api: &Api, ids: &[&str]) -> Result<Pending> {
    match ids {
        [cluster_id, id] => get(api, cluster_id, id),
        _ => Err(Error::invalid("a changefeed takes 2 ids")),
    }
}

/// Replace a changefeed's name, sink and filter (its start position stays).
pub fn update(api: &Api, cluster_id: &str, id: &str, mut feed: Feed) -> Result<Pending> {
    let req = on_changefeed(&ops::UPDATE_SERVERLESS_CHANGEFEED, cluster_id, id)?;
    feed.start_position = None;
    api.call(with_secrets(req, feed.body()?))
}

pub fn delete(api: &Api, cluster_id: &str, id: &str) -> Result<Pending> {
    api.call(on_changefeed(
        &ops::DELETE_SERVERLESS_CHANGEFEED,
        cluster_id,
        id,
    )?)
}

/// Start (`start`) or stop a changefeed; the service takes an empty body.
pub fn start_or_stop(api: &Api, cluster_id: &str, id: &str, start: bool) -> Result<Pending> {
    let op = if start {
        &ops::START_SERVERLESS_CHANGEFEED
    } else {
        &ops::STOP_SERVERLESS_CHANGEFEED
    };
    api.call(on_changefeed(op, cluster_id, id)?.body(json!({})))
}

/// Check that the cluster can reach `sink`; nothing is created, so it may
/// be retried like a read.
pub fn test(api: &Api, cluster_id: &str, sink: Value) -> Result<Pending> {
    let req = request(
        &ops::TEST_SERVERLESS_CHANGEFEED,
        &[("cluster_id", cluster_id)],
    )?;
    check_sink(&sink)?;
    let req = with_secrets(req, json!({ "sink": sink }));
    api.call(req.safety(Safety::Idempotent))
}

/// Which tables `filter_rules` (`["db.*"]`; none: all) takes, with and without a
/// handle key.
pub fn describe_schema_table(
    api: &Api,
    cluster_id: &str,
    filter_rules: Vec<String>,
) -> Result<Pending> {
    let req = request(
        &ops::DESCRIBE_SERVERLESS_CHANGEFEED_SCHEMA_TABLE,
        &[("cluster_id", cluster_id)],
    )?;
    if filter_rules.iter().any(|r| r.trim().is_empty()) {
        return Err(Error::invalid(
            "filter_rules must be rules such as \"db.*\"",
        ));
    }
    // No rules: every table, as the service takes an absent list.
    let body = if filter_rules.is_empty() {
        json!({})
    } else {
        json!({ "filterRules": filter_rules })
    };
    api.call(req.body(body).safety(Safety::Idempotent))
}

/// The request of `op` on the cluster's changefeed private link endpoint to
/// `service_name`.
fn on_endpoint(op: &'static Operation, cluster_id: &str, service_name: &str) -> Result<Request> {
    let req = request(op, &[("cluster_id", cluster_id)])?;
    crate::api::require_text("private_link_service_name", service_name)?;
    Ok(req.query("privateLinkServiceName", service_name))
}

pub fn get_private_link_endpoint(api: &Api, cluster_id: &str, service: &str) -> Result<Pending> {
    let op = &ops::GET_SERVERLESS_CHANGEFEED_PRIVATE_LINK_ENDPOINT;
    api.call(on_endpoint(op, cluster_id, service)?)
}

pub fn delete_private_link_endpoint(api: &Api, cluster_id: &str, service: &str) -> Result<Pending> {
    let op = &ops::DELETE_SERVERLESS_CHANGEFEED_PRIVATE_LINK_ENDPOINT;
    api.call(on_endpoint(op, cluster_id, service)?)
}

/// An endpoint from the cluster to the private link service `service` of a
/// sink of `changefeed_type` (`KAFKA` takes `kafka={"kafkaType",
/// "advertisedListenersPattern"}`).
pub fn create_private_link_endpoint(
    api: &Api,
    cluster_id: &str,
    service: &str,
    changefeed_type: &str,
    kafka: Option<Value>,
) -> Result<Pending> {
    let op = &ops::CREATE_SERVERLESS_CHANGEFEED_PRIVATE_LINK_ENDPOINT;
    let req = request(op, &[("cluster_id", cluster_id)])?;
    crate::api::require_text("private_link_service_name", service)?;
    if !matches!(changefeed_type, "KAFKA" | "MYSQL") {
        return Err(Error::invalid(format!(
            "changefeed_type must be \"KAFKA\" or \"MYSQL\", got {changefeed_type:?}"
        )));
    }
    if let Some(k) = &kafka {
        require_object("kafka", k)?;
    }
    let body = object([
        ("privateLinkServiceName", Some(json!(service))),
        ("changefeedType", Some(json!(changefeed_type))),
        ("kafka", kafka),
    ]);
    api.call(req.body(body))
}
