//! The mock's data: API keys, clusters and their state machine, the audit trail.
//! Transitions are settled lazily, on each request, against `transition` pacing.

use super::auth::random_hex;
use chrono::{DateTime, SecondsFormat, Utc};
use serde_json::{json, Map, Value};
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::time::{Duration, Instant};

pub const ORG_ID: &str = "1372813089187041280";
pub const DEFAULT_PROJECT: &str = "1372813089189561287";
pub const OTHER_PROJECT: &str = "1372813089189561288";
pub const TIDB_VERSION: &str = "v8.5.2";

/// The service's role names: organization roles, then project roles.
pub const ROLES: &[&str] = &[
    "org:owner",
    "org:member",
    "org:billing_admin",
    "org:billing_viewer",
    "org:audit_admin",
    "project:owner",
    "project:dev",
    "project:readonly",
    "project:ctl_plane_viewer",
];

pub fn rfc3339(t: DateTime<Utc>) -> String {
    t.to_rfc3339_opts(SecondsFormat::Secs, true)
}

#[derive(Debug, Clone)]
pub struct KeyRec {
    pub seq: u64,
    pub access_key: String,
    pub secret: String,
    pub display_name: String,
    pub role: String,
    /// 0 for an organization-level key.
    pub project_id: i64,
}

impl KeyRec {
    /// Metadata only: the secret is returned once, by the create handler.
    pub fn to_json(&self) -> Value {
        json!({
            "name": format!("orgs/{ORG_ID}/apiKeys/{}", self.seq),
            "accessKey": self.access_key,
            "displayName": self.display_name,
            "role": self.role,
        })
    }
    pub fn email(&self) -> String {
        format!(
            "apikey-{}@tidbcloud.mock",
            self.access_key.to_ascii_lowercase()
        )
    }
    pub fn is_org_level(&self) -> bool {
        self.project_id == 0
    }
    /// The project a project-level key is bound to.
    pub fn project(&self) -> Option<String> {
        (!self.is_org_level()).then(|| self.project_id.to_string())
    }
}

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
    pub private_endpoints: Vec<super::private_endpoints::EndpointRec>,
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

impl Default for PublicEndpoint {
    fn default() -> Self {
        PublicEndpoint {
            enabled: true,
            ip_access_list: Vec::new(),
        }
    }
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

/// The label the service keeps a Dedicated cluster's project in.
pub const PROJECT_LABEL: &str = "tidb.cloud/project";

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
    pub fn groups_json(&self) -> Vec<Value> {
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
        let now = Instant::now();
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

    /// The cluster as the service renders it.
    pub fn to_json(&self) -> Value {
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
                "tidbNodeGroups": self.groups_json(),
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

#[derive(Debug, Clone)]
pub struct AuditRec {
    pub seq: u64,
    pub event_type: String,
    pub email: String,
    pub result: &'static str,
    pub time: DateTime<Utc>,
    pub cluster: Option<(String, String)>,
    /// (id, name)
    pub project: Option<(String, String)>,
}

/// A project of the organization: the two seeded, and those created.
#[derive(Debug, Clone)]
pub struct ProjectRec {
    pub id: String,
    pub name: String,
    /// Seconds since the epoch, as the service gives it.
    pub created: String,
}

impl AuditRec {
    pub fn to_json(&self) -> Value {
        let mut v = json!({
            "id": self.seq.to_string(),
            "eventType": self.event_type,
            "operationEmail": self.email,
            "operationType": "API",
            "operationId": format!("op-{:010}", self.seq),
            "operationIp": "127.0.0.1",
            "operationLoginMethod": "api_key",
            "result": self.result,
            "endTime": rfc3339(self.time),
            "organizationId": ORG_ID,
            "organizationName": "mock organization",
            "details": "{}",
            "tranceId": format!("{:032x}", self.seq),
        });
        if let Some((id, name)) = &self.cluster {
            v["clusterId"] = json!(id);
            v["clusterName"] = json!(name);
            v["clusterType"] = json!("Dedicated");
            v["details"] = json!(json!({ "cluster_name": name }).to_string());
        }
        if let Some((id, name)) = &self.project {
            v["projectId"] = json!(id);
            v["projectName"] = json!(name);
        }
        v
    }
}

pub struct State {
    pub transition: Duration,
    seq: u64,
    pub keys: BTreeMap<String, KeyRec>,
    pub clusters: BTreeMap<u64, ClusterRec>,
    cluster_index: HashMap<String, u64>,
    /// Transitions to come, by when they are due: settling takes what is due
    /// without looking at every cluster.
    due: BTreeSet<(Instant, u64)>,
    /// Moves on whenever clusters may have changed; counts of a listing taken
    /// at an older version are taken again.
    version: u64,
    counts: HashMap<String, (u64, usize)>,
    pub audit: Vec<AuditRec>,
    /// Clusters gone for good, kept for billing.
    pub deleted: Vec<(ClusterRec, DateTime<Utc>)>,
    pub imports: BTreeMap<u64, super::imports::ImportRec>,
    pub integrations: Vec<super::integrations::IntegrationRec>,
    pub network_containers: Vec<super::network::ContainerRec>,
    pub vpc_peerings: Vec<super::network::PeeringRec>,
    pub projects: Vec<ProjectRec>,
    pub backups: Vec<super::backups::BackupRec>,
    pub restores: Vec<super::backups::RestoreRec>,
    /// Starter and Essential clusters and what belongs to them.
    pub serverless: super::serverless::Data,
}

impl State {
    pub fn new(transition: Duration) -> Self {
        State {
            transition,
            seq: 0,
            keys: BTreeMap::new(),
            clusters: BTreeMap::new(),
            cluster_index: HashMap::new(),
            due: BTreeSet::new(),
            version: 0,
            counts: HashMap::new(),
            audit: Vec::new(),
            deleted: Vec::new(),
            imports: BTreeMap::new(),
            integrations: Vec::new(),
            network_containers: Vec::new(),
            vpc_peerings: Vec::new(),
            projects: vec![
                ProjectRec {
                    id: DEFAULT_PROJECT.into(),
                    name: "default project".into(),
                    created: "1688460316".into(),
                },
                ProjectRec {
                    id: OTHER_PROJECT.into(),
                    name: "analytics".into(),
                    created: "1690000000".into(),
                },
            ],
            backups: Vec::new(),
            restores: Vec::new(),
            serverless: Default::default(),
        }
    }

    /// Whether `id` is a project of the organization.
    pub fn is_project(&self, id: &str) -> bool {
        self.projects.iter().any(|p| p.id == id)
    }

    pub fn project_name(&self, id: &str) -> String {
        self.projects
            .iter()
            .find(|p| p.id == id)
            .map(|p| p.name.clone())
            .unwrap_or_default()
    }

    pub fn next_seq(&mut self) -> u64 {
        self.seq += 1;
        self.seq
    }

    pub fn add_key(&mut self, display_name: &str, role: &str, project_id: i64) -> KeyRec {
        let public = random_hex(4).to_ascii_uppercase();
        let private = random_hex(16);
        self.add_key_with(display_name, role, project_id, &public, &private)
    }

    pub fn add_key_with(
        &mut self,
        display_name: &str,
        role: &str,
        project_id: i64,
        public: &str,
        private: &str,
    ) -> KeyRec {
        let seq = self.next_seq();
        let key = KeyRec {
            seq,
            access_key: public.to_owned(),
            secret: private.to_owned(),
            display_name: display_name.to_owned(),
            role: role.to_owned(),
            project_id,
        };
        self.keys.insert(key.access_key.clone(), key.clone());
        key
    }

    pub fn audit(
        &mut self,
        key: &KeyRec,
        event: &str,
        cluster: Option<&str>,
        project: Option<&str>,
    ) {
        let seq = self.next_seq();
        let cluster = cluster.map(|id| {
            let name = self.cluster(id).map(|c| c.display_name.clone());
            (id.to_owned(), name.unwrap_or_default())
        });
        let project = project
            .map(str::to_owned)
            .or_else(|| key.project())
            .map(|id| {
                let name = self.project_name(&id);
                (id, name)
            });
        self.audit.push(AuditRec {
            seq,
            event_type: event.to_owned(),
            email: key.email(),
            result: "Success",
            time: Utc::now(),
            cluster,
            project,
        });
    }

    pub fn insert_cluster(&mut self, mut c: ClusterRec, now: Instant) -> &ClusterRec {
        c.record_span(c.create_time);
        let seq = c.seq;
        self.cluster_index.insert(c.id.clone(), seq);
        self.clusters.insert(seq, c);
        self.schedule(seq, "ACTIVE", now);
        &self.clusters[&seq]
    }

    pub fn cluster(&self, id: &str) -> Option<&ClusterRec> {
        self.cluster_index
            .get(id)
            .and_then(|s| self.clusters.get(s))
    }

    pub fn cluster_mut(&mut self, id: &str) -> Option<&mut ClusterRec> {
        let seq = *self.cluster_index.get(id)?;
        self.clusters.get_mut(&seq)
    }

    /// Put a cluster in `state` now and move it on to `then` after the pacing delay
    /// (at once when the pacing is zero).
    pub fn transition(&mut self, id: &str, state: &'static str, then: &'static str, now: Instant) {
        let Some(seq) = self.cluster_index.get(id).copied() else {
            return;
        };
        if let Some(c) = self.clusters.get_mut(&seq) {
            if let Some((at, _)) = c.pending.take() {
                self.due.remove(&(at, seq));
            }
            c.state = state;
            c.update_time = Utc::now();
            let t = c.update_time;
            c.record_span(t);
        }
        self.schedule(seq, then, now);
    }

    fn schedule(&mut self, seq: u64, then: &'static str, now: Instant) {
        if let Some(c) = self.clusters.get_mut(&seq) {
            if c.state == then {
                return;
            }
            let at = now + self.transition;
            c.pending = Some((at, then));
            self.due.insert((at, seq));
        }
        if self.transition.is_zero() {
            self.settle(now);
        }
    }

    /// Note that clusters may have changed (any request but a read does so).
    pub fn touch(&mut self) {
        self.version += 1;
    }

    /// How many items `listing` has: counted once per version of the state,
    /// so that paging through a long listing is not counting it on every page.
    pub fn count_of(&mut self, listing: &str, count: impl FnOnce(&State) -> usize) -> usize {
        if let Some(&(v, n)) = self.counts.get(listing) {
            if v == self.version {
                return n;
            }
        }
        let n = count(self);
        if self.counts.len() > 1000 {
            self.counts.clear();
        }
        self.counts.insert(listing.to_owned(), (self.version, n));
        n
    }

    /// Apply every transition that is due.
    pub fn settle(&mut self, now: Instant) {
        while let Some(&(at, seq)) = self.due.first() {
            if at > now {
                break;
            }
            self.due.pop_first();
            self.touch();
            let Some(c) = self.clusters.get_mut(&seq) else {
                continue;
            };
            let Some((_, next)) = c.pending.take() else {
                continue;
            };
            if next == "GONE" {
                if let Some(c) = self.clusters.remove(&seq) {
                    // What hangs off the cluster goes with it (its node
                    // groups and private endpoints live inside it).
                    self.imports.retain(|_, i| i.cluster_id != c.id);
                    self.integrations.retain(|i| i.cluster_id != c.id);
                    self.cluster_index.remove(&c.id);
                    self.deleted.push((c, Utc::now()));
                }
            } else {
                c.state = next;
                c.update_time = Utc::now();
                let t = c.update_time;
                c.record_span(t);
            }
        }
    }

    pub fn new_cluster_id(&mut self) -> (u64, String) {
        let seq = self.next_seq();
        (seq, format!("10{:017}", 4_871_223_000_000u64 + seq))
    }
}
