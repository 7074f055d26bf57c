//! Changefeed records of Dedicated clusters, with their state machine: a state
//! now and, perhaps, the state it becomes when the pacing delay is over.

use crate::mock::state::rfc3339;
use chrono::{DateTime, Utc};
use serde_json::{json, Map, Value};
use std::time::Instant;

/// The capacities a changefeed can run at: (RCUs, rows a second).
pub const RCUS: &[(i64, i64)] = &[
    (2, 5_000),
    (4, 10_000),
    (8, 20_000),
    (16, 40_000),
    (32, 80_000),
    (64, 160_000),
];

/// The name of an RCU option, as the service spells it (`4rcu`).
pub fn rcu_name(n: i64) -> String {
    format!("{n}rcu")
}

/// Fields of a sink's settings that carry credentials: taken, never answered.
pub const SINK_SECRETS: &[&str] = &[
    "secretKey",
    "sasToken",
    "password",
    "basicAuthPassword",
    "secretAccessKey",
];

/// `v` without its credential fields, at any depth.
pub fn without_sink_secrets(v: &Value) -> Value {
    match v {
        Value::Object(m) => Value::Object(
            m.iter()
                .filter(|(k, _)| !SINK_SECRETS.contains(&k.as_str()))
                .map(|(k, v)| (k.clone(), without_sink_secrets(v)))
                .collect::<Map<_, _>>(),
        ),
        Value::Array(items) => Value::Array(items.iter().map(without_sink_secrets).collect()),
        other => other.clone(),
    }
}

/// The TSO of a moment: milliseconds since the epoch, shifted past the logical bits.
pub fn tso_of(t: DateTime<Utc>) -> u64 {
    (t.timestamp_millis().max(0) as u64) << 18
}

/// The family's records, kept in the mock's one state.
#[derive(Default)]
pub struct ChangefeedData {
    pub changefeeds: Vec<ChangefeedRec>,
    /// Changefeeds of Starter and Essential clusters.
    pub serverless: Vec<ServerlessChangefeedRec>,
    /// Endpoints of Starter and Essential clusters to sinks' private link services.
    pub endpoints: Vec<LinkEndpointRec>,
}

impl ChangefeedData {
    /// Move every changefeed whose transition is due on; the gone ones go.
    pub fn settle(&mut self, now: Instant) {
        for c in &mut self.changefeeds {
            c.settle(now);
        }
        self.changefeeds.retain(|c| c.state != "GONE");
        for c in &mut self.serverless {
            c.settle(now);
        }
    }

    /// When each change now pending in the family happens.
    pub fn deadlines(&self) -> impl Iterator<Item = Instant> + '_ {
        let feeds = self
            .changefeeds
            .iter()
            .filter_map(|c| c.pending.map(|(at, _)| at));
        let starter = self.serverless.iter().filter_map(|c| c.ready_at);
        let endpoints = self.endpoints.iter().map(|e| e.ready_at);
        feeds.chain(starter).chain(endpoints)
    }

    /// What belonged to a deleted cluster goes with it.
    pub fn remove_cluster(&mut self, cluster_id: &str) {
        self.changefeeds.retain(|c| c.cluster_id != cluster_id);
    }
}

#[derive(Debug, Clone)]
pub struct ChangefeedRec {
    pub seq: u64,
    pub id: String,
    pub cluster_id: String,
    pub project_id: String,
    pub name: String,
    pub capacity: String,
    pub downstream_type: String,
    /// The sink's settings (under `kafka`, `mysql`, ...), credentials left out.
    pub sink: Value,
    pub table_config: Value,
    pub start_position: Value,
    pub network_info: Option<Value>,
    pub create_time: DateTime<Utc>,
    pub state: &'static str,
    /// The state to come, and when.
    pub pending: Option<(Instant, &'static str)>,
    /// Why it failed, once it has.
    pub error: Option<String>,
    /// The error it meets when it starts: a sink it cannot reach.
    pub fails_with: Option<String>,
    /// Where replication stood when it last stopped moving.
    pub checkpoint: DateTime<Utc>,
}

impl ChangefeedRec {
    /// Put it in `state` now and move it to `then` after `delay` (at once
    /// when the delay is zero).
    pub fn go(
        &mut self,
        state: &'static str,
        then: &'static str,
        now: Instant,
        delay: std::time::Duration,
    ) {
        if self.replicating() {
            self.checkpoint = Utc::now();
        }
        self.state = state;
        self.pending = Some((now + delay, then));
        self.settle(now);
    }

    fn settle(&mut self, now: Instant) {
        let Some((at, next)) = self.pending else {
            return;
        };
        if at > now {
            return;
        }
        self.pending = None;
        if next == "RUNNING" {
            if let Some(e) = self.fails_with.clone() {
                self.state = "FAILED";
                self.error = Some(e);
                return;
            }
        }
        self.state = next;
    }

    /// Whether its checkpoint moves with time.
    fn replicating(&self) -> bool {
        matches!(self.state, "RUNNING" | "WARNING" | "SCALING")
    }

    pub fn to_json(&self) -> Value {
        let checkpoint = if self.replicating() {
            Utc::now() - chrono::Duration::seconds(1)
        } else {
            self.checkpoint
        };
        let mut v = json!({
            "id": self.id,
            "clusterId": self.cluster_id,
            "name": self.name,
            "state": self.state,
            "createTime": rfc3339(self.create_time),
            "checkpointTso": tso_of(checkpoint).to_string(),
            "checkpointTs": rfc3339(checkpoint),
            "replicationCapacity": self.capacity,
            "downstreamType": self.downstream_type,
            "tableConfig": self.table_config,
            "startPosition": self.start_position,
        });
        if let (Value::Object(m), Value::Object(sink)) = (&mut v, &self.sink) {
            for (k, s) in sink {
                m.insert(k.clone(), s.clone());
            }
            if let Some(n) = &self.network_info {
                m.insert("networkInfo".into(), n.clone());
            }
            if let Some(e) = &self.error {
                m.insert("error".into(), Value::String(e.clone()));
            }
        }
        v
    }
}

/// A changefeed of a Starter or Essential cluster: CREATING, then RUNNING or
/// CREATE_FAILED; stopped it is PAUSED; started again it is RUNNING, or
/// RUNNING_FAILED when its sink is out of reach.
#[derive(Debug, Clone)]
pub struct ServerlessChangefeedRec {
    pub seq: u64,
    pub id: String,
    pub cluster_id: String,
    pub display_name: String,
    /// `{type, kafka | mysql}`, credentials left out.
    pub sink: Value,
    pub filter: Value,
    pub start_position: Value,
    pub create_time: DateTime<Utc>,
    pub update_time: DateTime<Utc>,
    pub state: &'static str,
    /// When CREATING ends.
    pub ready_at: Option<Instant>,
    pub error: Option<String>,
    /// The error it meets when it starts: a sink it cannot reach.
    pub fails_with: Option<String>,
    pub checkpoint: DateTime<Utc>,
}

impl ServerlessChangefeedRec {
    fn settle(&mut self, now: Instant) {
        if self.ready_at.is_some_and(|at| at <= now) {
            self.ready_at = None;
            self.begin("CREATE_FAILED");
        }
    }

    /// Replicate from now on, or fail as `failed` when the sink is out of reach.
    pub fn begin(&mut self, failed: &'static str) {
        self.update_time = Utc::now();
        match self.fails_with.clone() {
            Some(e) => {
                self.state = failed;
                self.error = Some(e);
            }
            None => {
                self.state = "RUNNING";
                self.error = None;
            }
        }
    }

    pub fn stop(&mut self) {
        if matches!(self.state, "RUNNING" | "WARNING") {
            self.checkpoint = Utc::now();
        }
        self.state = "PAUSED";
        self.update_time = Utc::now();
    }

    pub fn to_json(&self) -> Value {
        let at = if matches!(self.state, "RUNNING" | "WARNING") {
            Utc::now() - chrono::Duration::seconds(1)
        } else {
            self.checkpoint
        };
        let mut v = json!({
            "clusterId": self.cluster_id,
            "changefeedId": self.id,
            "state": self.state,
            "displayName": self.display_name,
            "sink": self.sink,
            "filter": self.filter,
            "startPosition": self.start_position,
            "checkpoint": {"tso": tso_of(at).to_string(), "time": rfc3339(at)},
            "createTime": rfc3339(self.create_time),
            "updateTime": rfc3339(self.update_time),
        });
        if let (Value::Object(m), Some(e)) = (&mut v, &self.error) {
            m.insert("error".into(), Value::String(e.clone()));
        }
        v
    }
}

/// An endpoint from a Starter or Essential cluster to a sink's private link
/// service: PENDING until the service accepts it, then AVAILABLE; a service
/// whose name says "reject" refuses it (REJECTED, with a message).
#[derive(Debug, Clone)]
pub struct LinkEndpointRec {
    pub id: String,
    pub cluster_id: String,
    pub service: String,
    pub kind: String,
    pub kafka: Option<Value>,
    pub create_time: DateTime<Utc>,
    pub ready_at: Instant,
}

impl LinkEndpointRec {
    pub fn state(&self, now: Instant) -> &'static str {
        if now < self.ready_at {
            "PENDING"
        } else if self.service.contains("reject") {
            "REJECTED"
        } else {
            "AVAILABLE"
        }
    }

    pub fn to_json(&self, now: Instant) -> Value {
        let state = self.state(now);
        let mut v = json!({
            "endpointId": self.id,
            "clusterId": self.cluster_id,
            "privateLinkServiceName": self.service,
            "changefeedType": self.kind,
            "state": state,
            "endpointUrl": format!("{}.cdc-endpoint.tidbcloud.internal", self.id),
            "createTime": rfc3339(self.create_time),
            "updateTime": rfc3339(self.create_time),
        });
        if let Value::Object(m) = &mut v {
            if let Some(k) = &self.kafka {
                m.insert("kafka".into(), k.clone());
            }
            if state == "REJECTED" {
                let why = "the private link service did not accept the endpoint";
                m.insert("message".into(), Value::String(why.into()));
            }
        }
        v
    }
}
