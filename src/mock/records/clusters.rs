//! Dedicated clusters with their TiDB node groups, public endpoints and SQL
//! users, and the spans a bill is made from.

use super::EndpointRec;
use crate::mock::state::{rfc3339, PROJECT_LABEL, TIDB_VERSION};
use chrono::{DateTime, Utc};
use serde_json::{json, Map, Value};
use std::time::Instant;

fn spec_display(key: &Value) -> String {
    crate::mock::seed::NODE_SPECS
        .iter()
        .find(|s| Some(s.1) == key.as_str())
        .map(|s| format!("{} vCPU, {} GiB", s.2, s.3))
        .unwrap_or_default()
}

/// A storage component (TiKV, TiFlash) as the service renders its setting.
fn storage_json(c: &Value) -> Value {
    let mut out = json!({
        "nodeSpecKey": c["nodeSize"],
        "nodeCount": c["nodeQuantity"],
        "storageSizeGi": c["storageSize"],
        "storageType": c.get("storageType").cloned().unwrap_or_else(|| json!("Standard")),
        "nodeSpecDisplayName": spec_display(&c["nodeSize"]),
    });
    if let Some(iops) = c.get("raftStoreIops") {
        out["raftStoreIops"] = iops.clone();
    }
    out
}

/// One span of a cluster's life with a fixed shape, for billing.
#[derive(Debug, Clone)]
pub struct Span {
    pub from: DateTime<Utc>,
    pub running: bool,
    pub components: Value,
}

#[derive(Debug, Clone)]
pub struct ClusterRec {
    pub seq: u64,
    pub id: String,
    pub project_id: String,
    pub display_name: String,
    /// Lower case, from the region: aws, gcp, azure.
    pub provider: String,
    pub region: String,
    /// Per component (tidb, tikv, tiflash): nodeSize, nodeQuantity, and for
    /// storage nodes storageSize, storageType, raftStoreIops. Billing reads it.
    pub components: Value,
    /// Labels as given; the project label is added when rendered.
    pub labels: Map<String, Value>,
    pub created_by: String,
    pub port: i64,
    pub state: &'static str,
    /// The state to move to, and when.
    pub pending: Option<(Instant, &'static str)>,
    pub create_time: DateTime<Utc>,
    pub update_time: DateTime<Utc>,
    pub history: Vec<Span>,
    /// The default TiDB node group's name and public endpoint.
    pub default_group_name: String,
    pub default_public: PublicEndpoint,
    /// TiDB node groups besides the default one.
    pub groups: Vec<GroupRec>,
    /// Private endpoint connections to the cluster's groups.
    pub private_endpoints: Vec<EndpointRec>,
    /// Its SQL users, root first.
    pub sql_users: Vec<SqlUserRec>,
}

/// A SQL user of a cluster. The password is kept, never returned.
#[derive(Debug, Clone)]
pub struct SqlUserRec {
    pub user_name: String,
    pub auth_method: String,
    pub builtin_role: Option<String>,
    pub custom_roles: Vec<String>,
    pub password: String,
}

impl SqlUserRec {
    pub fn root(password: Option<&str>) -> Self {
        SqlUserRec {
            user_name: "root".into(),
            auth_method: "mysql_native_password".into(),
            builtin_role: Some("role_admin".into()),
            custom_roles: Vec::new(),
            password: password.unwrap_or_default().to_owned(),
        }
    }

    pub fn to_json(&self) -> Value {
        let mut v = json!({
            "userName": self.user_name,
            "authMethod": self.auth_method,
            "customRoles": self.custom_roles,
        });
        if let Some(r) = &self.builtin_role {
            v["builtinRole"] = json!(r);
        }
        v
    }
}

/// A TiDB node group's public endpoint: on or off, and who may reach it.
#[derive(Debug, Clone)]
pub struct PublicEndpoint {
    pub enabled: bool,
    pub ip_access_list: Vec<Value>,
}

/// A TiDB node group added to a cluster.
#[derive(Debug, Clone)]
pub struct GroupRec {
    pub id: String,
    pub display_name: String,
    pub node_count: i64,
    pub node_spec_key: String,
    pub tiproxy: Option<Value>,
    /// MODIFYING until then.
    pub ready_at: Instant,
    pub public: PublicEndpoint,
}

impl ClusterRec {
    /// The id of the cluster's one (default) TiDB node group.
    pub fn tidb_group_id(&self) -> String {
        format!("{}0", self.id)
    }

    /// The endpoints of one of the cluster's TiDB node groups.
    fn endpoints(&self, host: &str, public: &PublicEndpoint) -> Vec<Value> {
        [
            ("PUBLIC", host.to_owned()),
            ("VPC_PEERING", format!("private-{host}")),
            ("PRIVATE_ENDPOINT", format!("privatelink-{host}")),
        ]
        .into_iter()
        .filter(|(kind, _)| *kind != "PUBLIC" || public.enabled)
        .map(|(kind, h)| json!({ "host": h, "port": self.port, "connectionType": kind }))
        .collect()
    }

    /// Every TiDB node group of the cluster, the default one first, as the
    /// service renders them.
    pub fn groups_json(&self, now: Instant) -> Vec<Value> {
        let tidb = &self.components["tidb"];
        let paused = matches!(self.state, "PAUSED" | "PAUSING");
        let gid = self.tidb_group_id();
        let mut out = vec![json!({
            "name": format!("tidbNodeGroups/{gid}"),
            "tidbNodeGroupId": gid,
            "clusterId": self.id,
            "displayName": self.default_group_name,
            "nodeCount": tidb["nodeQuantity"],
            "endpoints": self.endpoints(
                &format!("tidb.{}.clusters.tidbcloud.mock", self.id),
                &self.default_public,
            ),
            "nodeSpecKey": tidb["nodeSize"],
            "nodeSpecDisplayName": spec_display(&tidb["nodeSize"]),
            "isDefaultGroup": true,
            "state": match self.state {
                "MODIFYING" => "MODIFYING",
                _ if paused => "PAUSED",
                _ => "ACTIVE",
            },
        })];
        for g in &self.groups {
            let mut v = json!({
                "name": format!("tidbNodeGroups/{}", g.id),
                "tidbNodeGroupId": g.id,
                "clusterId": self.id,
                "displayName": g.display_name,
                "nodeCount": g.node_count,
                "endpoints": self.endpoints(
                    &format!("tidb.{}.{}.clusters.tidbcloud.mock", g.id, self.id),
                    &g.public,
                ),
                "nodeSpecKey": g.node_spec_key,
                "nodeSpecDisplayName": spec_display(&json!(g.node_spec_key)),
                "isDefaultGroup": false,
                "state": if paused {
                    "PAUSED"
                } else if now < g.ready_at {
                    "MODIFYING"
                } else {
                    "ACTIVE"
                },
            });
            if let Some(t) = &g.tiproxy {
                v["tiproxySetting"] = t.clone();
            }
            out.push(v);
        }
        out
    }

    /// The public endpoint of one of the cluster's TiDB node groups.
    pub fn public_endpoint(&self, group_id: &str) -> Option<&PublicEndpoint> {
        if group_id == self.tidb_group_id() {
            return Some(&self.default_public);
        }
        self.groups
            .iter()
            .find(|g| g.id == group_id)
            .map(|g| &g.public)
    }

    pub fn public_endpoint_mut(&mut self, group_id: &str) -> Option<&mut PublicEndpoint> {
        if group_id == self.tidb_group_id() {
            return Some(&mut self.default_public);
        }
        self.groups
            .iter_mut()
            .find(|g| g.id == group_id)
            .map(|g| &mut g.public)
    }

    /// The billed shape follows the groups: their nodes are TiDB compute too.
    pub fn sync_groups(&mut self) {
        let groups: Vec<Value> = self
            .groups
            .iter()
            .map(|g| json!({ "nodeSize": g.node_spec_key, "nodeQuantity": g.node_count }))
            .collect();
        if let Some(c) = self.components.as_object_mut() {
            if groups.is_empty() {
                c.remove("tidbGroups");
            } else {
                c.insert("tidbGroups".into(), Value::Array(groups));
            }
        }
        self.update_time = Utc::now();
        let t = self.update_time;
        self.record_span(t);
    }

    /// The cluster as the service renders it at `now` (the mock's clock).
    pub fn to_json(&self, now: Instant) -> Value {
        let tidb = &self.components["tidb"];
        let mut labels = self.labels.clone();
        labels.insert(PROJECT_LABEL.into(), Value::from(self.project_id.clone()));
        let mut out = json!({
            "name": format!("clusters/{}", self.id),
            "clusterId": self.id,
            "displayName": self.display_name,
            "regionId": self.region,
            "labels": labels,
            "tidbNodeSetting": {
                "nodeSpecKey": tidb["nodeSize"],
                "nodeSpecDisplayName": spec_display(&tidb["nodeSize"]),
                "tidbNodeGroups": self.groups_json(now),
            },
            "tikvNodeSetting": storage_json(&self.components["tikv"]),
            "port": self.port,
            "state": self.state,
            "version": TIDB_VERSION,
            "createdBy": self.created_by,
            "createTime": rfc3339(self.create_time),
            "updateTime": rfc3339(self.update_time),
            "regionDisplayName": crate::mock::seed::region(&self.region).map_or("", |r| r.name),
            "cloudProvider": self.provider,
            "annotations": {},
        });
        if let Some(tf) = self.components.get("tiflash") {
            out["tiflashNodeSetting"] = storage_json(tf);
        }
        out
    }

    /// Start a new billing span, unless the billed shape is unchanged.
    pub fn record_span(&mut self, now: DateTime<Utc>) {
        let running = !matches!(self.state, "PAUSED" | "DELETING");
        if self
            .history
            .last()
            .is_some_and(|s| s.running == running && s.components == self.components)
        {
            return;
        }
        self.history.push(Span {
            from: now,
            running,
            components: self.components.clone(),
        });
    }
}

impl Default for PublicEndpoint {
    fn default() -> Self {
        PublicEndpoint {
            enabled: true,
            ip_access_list: Vec::new(),
        }
    }
}
