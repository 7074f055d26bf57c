//! The mock's data: API keys, clusters and their state machine, the audit trail.
//! Transitions are settled lazily, on each request, against `transition` pacing.

use super::auth::random_hex;
use super::records::ServerlessMore;
use super::records::{
    AuditLoggingData, BackupRec, ChangefeedData, ContainerRec, FleetData, ImportRec,
    IntegrationRec, MigrationData, PeeringRec, RestoreRec, ServerlessData,
};
pub use super::records::{
    AuditRec, ClusterRec, GroupRec, KeyRec, ProjectRec, PublicEndpoint, SqlUserRec,
};
use chrono::{DateTime, SecondsFormat, Utc};
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

/// The label the service keeps a Dedicated cluster's project in.
pub const PROJECT_LABEL: &str = "tidb.cloud/project";

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
    pub imports: BTreeMap<u64, ImportRec>,
    pub integrations: Vec<IntegrationRec>,
    pub network_containers: Vec<ContainerRec>,
    pub vpc_peerings: Vec<PeeringRec>,
    pub projects: Vec<ProjectRec>,
    pub backups: Vec<BackupRec>,
    pub restores: Vec<RestoreRec>,
    /// Starter and Essential clusters and what belongs to them.
    pub serverless: ServerlessData,
    /// Maintenance windows and tasks, and the rest of operating a fleet.
    pub fleet: FleetData,
    /// Their private link connections and the server's later calls' records.
    pub serverless_more: ServerlessMore,
    /// Changefeeds of Dedicated clusters.
    pub changefeeds: ChangefeedData,
    /// The size in bytes of a LOCAL export's largest file, when set (the
    /// mock's `export_file_size`); kept through a reset.
    pub export_file_size: Option<u64>,
    /// Migrations into Starter and Essential clusters, and their prechecks.
    pub migrations: MigrationData,
    /// Database audit logging of both tiers.
    pub audit_logging: AuditLoggingData,
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
            fleet: Default::default(),
            serverless_more: Default::default(),
            changefeeds: Default::default(),
            export_file_size: None,
            migrations: Default::default(),
            audit_logging: Default::default(),
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
                    self.fleet.redact_log.remove(&c.id);
                    self.changefeeds.remove_cluster(&c.id);
                    let tier = super::records::Tier::Dedicated;
                    self.audit_logging.remove_cluster(tier, &c.id);
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
        self.audit_logging.settle(now);
    }

    /// When the last change now pending happens: the end of every cluster
    /// transition, busy Starter/Essential state, import, export, backup,
    /// restore, endpoint, private link connection, changefeed, migration and
    /// migration precheck in the store, the last audit-log file of each run
    /// and the end of each download address; `None` when nothing is pending.
    pub fn last_deadline(&self, now: Instant) -> Option<Instant> {
        let step = self.transition;
        let sl = &self.serverless;
        let import_end = |i: &ImportRec| match i.canceled {
            Some((when, _)) => when + step,
            None => i.started + step * 5,
        };
        let ends = self
            .due
            .iter()
            .map(|(at, _)| *at)
            .chain(self.clusters.values().flat_map(|c| {
                c.groups
                    .iter()
                    .map(|g| g.ready_at)
                    .chain(c.private_endpoints.iter().map(|e| e.ready_at))
            }))
            .chain(self.vpc_peerings.iter().map(|p| p.ready_at))
            .chain(self.imports.values().chain(&sl.imports).map(import_end))
            .chain(self.backups.iter().map(|b| b.started + step * 2))
            .chain(self.restores.iter().map(|r| r.started + step * 2))
            .chain(sl.clusters.iter().filter_map(|c| c.busy.map(|b| b.until)))
            .chain(sl.branches.iter().filter_map(|b| b.busy.map(|b| b.until)))
            .chain(sl.backups.iter().map(|b| b.from))
            .chain(
                sl.exports
                    .iter()
                    .filter(|e| e.canceled.is_none())
                    .map(|e| e.started + step * 2),
            )
            .chain(self.serverless_more.deadlines(step))
            .chain(self.changefeeds.deadlines())
            .chain(self.migrations.deadlines())
            .chain(self.audit_logging.deadlines());
        ends.filter(|&at| at > now).max()
    }

    pub fn new_cluster_id(&mut self) -> (u64, String) {
        let seq = self.next_seq();
        (seq, format!("10{:017}", 4_871_223_000_000u64 + seq))
    }
}
