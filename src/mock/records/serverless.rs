//! Starter and Essential records: clusters, branches, exports, backups, and
//! the busy state that ends with ACTIVE.

use super::ImportRec;
use crate::mock::export_content::{FileContent, Kind};
use crate::mock::state::{rfc3339, DEFAULT_PROJECT, PROJECT_LABEL};
use chrono::{DateTime, Utc};
use serde_json::{json, Map, Value};
use std::time::{Duration, Instant};

/// The server's records, kept in the mock's one state.
#[derive(Default)]
pub struct ServerlessData {
    pub clusters: Vec<ServerlessClusterRec>,
    pub branches: Vec<BranchRec>,
    pub exports: Vec<ExportRec>,
    pub imports: Vec<ImportRec>,
    pub backups: Vec<ServerlessBackupRec>,
}

/// A state that lasts until a moment, then gives way to ACTIVE.
#[derive(Debug, Clone, Copy)]
pub struct Busy {
    pub until: Instant,
    pub state: &'static str,
}

pub fn state_at(busy: Option<Busy>, now: Instant) -> &'static str {
    match busy {
        Some(b) if now < b.until => b.state,
        _ => "ACTIVE",
    }
}

#[derive(Debug, Clone)]
pub struct ServerlessClusterRec {
    pub seq: u64,
    pub id: String,
    pub display_name: String,
    pub region: &'static str,
    pub labels: Map<String, Value>,
    pub spending_limit: Option<Value>,
    pub auto_scaling: Option<Value>,
    pub backup_policy: Value,
    pub public: Value,
    pub encryption: Value,
    pub ha: String,
    pub password_set: bool,
    pub user_prefix: String,
    pub created_by: String,
    pub create_time: DateTime<Utc>,
    pub update_time: DateTime<Utc>,
    pub busy: Option<Busy>,
}

impl ServerlessClusterRec {
    pub fn state(&self, now: Instant) -> &'static str {
        state_at(self.busy, now)
    }
    pub fn project(&self) -> &str {
        self.labels
            .get(PROJECT_LABEL)
            .and_then(Value::as_str)
            .unwrap_or(DEFAULT_PROJECT)
    }
    pub fn plan(&self) -> &'static str {
        if self.auto_scaling.is_some() {
            "Essential"
        } else {
            "Starter"
        }
    }
    /// The host of its public (`private`: private link) endpoint.
    pub fn host(&self, private: bool) -> String {
        let (provider, code) = self.region.split_once('-').unwrap_or(("aws", self.region));
        let kind = if private { "-privatelink" } else { "" };
        format!("gateway01{kind}.{code}.prod.{provider}.tidbcloud.com")
    }
    pub fn to_json(&self, now: Instant, full: bool) -> Value {
        let mut v = json!({
            "name": format!("clusters/{}", self.id),
            "clusterId": self.id,
            "displayName": self.display_name,
            "region": region_json(self.region),
            "state": self.state(now),
            "labels": self.labels,
            "createTime": rfc3339(self.create_time),
            "servicePlan": self.plan(),
        });
        if !full {
            return v;
        }
        let mut public = self.public.clone();
        public["host"] = json!(self.host(false));
        public["port"] = json!(4000);
        let Some(o) = v.as_object_mut() else {
            return v;
        };
        o.insert("automatedBackupPolicy".into(), self.backup_policy.clone());
        o.insert(
            "endpoints".into(),
            json!({
                "public": public,
                "private": {
                    "host": self.host(true), "port": 4000,
                    "aws": {
                        "serviceName": format!("com.amazonaws.vpce.{}.vpce-svc-{}", self.region.trim_start_matches("aws-"), &self.user_prefix[..8]),
                        "availabilityZone": ["use1-az1"],
                    },
                },
            }),
        );
        o.insert("encryptionConfig".into(), self.encryption.clone());
        o.insert("highAvailabilityType".into(), json!(self.ha));
        o.insert("version".into(), json!(VERSION));
        o.insert("createdBy".into(), json!(self.created_by));
        o.insert("userPrefix".into(), json!(self.user_prefix));
        o.insert(
            "annotations".into(),
            json!({
                "tidb.cloud/has-set-password": self.password_set.to_string(),
                "tidb.cloud/available-features": "DELEGATE_USER,DISABLE_PUBLIC_LB,PRIVATE_LINK",
            }),
        );
        o.insert("updateTime".into(), json!(rfc3339(self.update_time)));
        if let Some(s) = &self.spending_limit {
            o.insert("spendingLimit".into(), s.clone());
        }
        if let Some(a) = &self.auto_scaling {
            o.insert("autoScaling".into(), a.clone());
        }
        v
    }
}

#[derive(Debug, Clone)]
pub struct ServerlessBackupRec {
    pub seq: u64,
    pub id: String,
    pub cluster_id: String,
    pub create_time: DateTime<Utc>,
    /// Taken once the cluster is ACTIVE: invisible before.
    pub from: Instant,
}

impl ServerlessBackupRec {
    pub fn to_json(&self) -> Value {
        json!({
            "name": format!("backups/{}", self.id),
            "backupId": self.id,
            "clusterId": self.cluster_id,
            "createTime": rfc3339(self.create_time),
        })
    }
}

pub fn region_json(id: &str) -> Value {
    let (rid, display, plans) = REGIONS.iter().find(|r| r.0 == id).copied().unwrap_or((
        REGIONS[0].0,
        REGIONS[0].1,
        REGIONS[0].2,
    ));
    let provider = rid.split('-').next().unwrap_or("aws");
    json!({
        "name": format!("regions/{rid}"),
        "regionId": rid,
        "cloudProvider": provider,
        "displayName": display,
        "provider": provider,
        "servicePlans": plans,
    })
}

/// (regionId, display name, plans offered).
pub const REGIONS: &[(&str, &str, &[&str])] = &[
    (
        "aws-us-east-1",
        "N. Virginia (us-east-1)",
        &["Starter", "Essential"],
    ),
    (
        "aws-us-west-2",
        "Oregon (us-west-2)",
        &["Starter", "Essential"],
    ),
    (
        "aws-eu-central-1",
        "Frankfurt (eu-central-1)",
        &["Starter", "Essential"],
    ),
    (
        "aws-ap-southeast-1",
        "Singapore (ap-southeast-1)",
        &["Starter", "Essential"],
    ),
    ("aws-ap-northeast-1", "Tokyo (ap-northeast-1)", &["Starter"]),
    (
        "alicloud-ap-southeast-1",
        "Singapore (ap-southeast-1)",
        &["Starter"],
    ),
];

pub const VERSION: &str = "v7.5.6-serverless";

pub const ORG_LABEL: &str = "tidb.cloud/organization";

#[derive(Debug, Clone)]
pub struct BranchRec {
    pub seq: u64,
    pub id: String,
    pub cluster_id: String,
    pub display_name: String,
    pub parent_id: String,
    pub parent_display_name: String,
    pub parent_timestamp: DateTime<Utc>,
    pub created_by: String,
    pub user_prefix: String,
    pub host: String,
    pub create_time: DateTime<Utc>,
    pub update_time: DateTime<Utc>,
    pub busy: Option<Busy>,
}

impl BranchRec {
    pub fn to_json(&self, now: Instant, full: bool) -> Value {
        let mut v = json!({
            "name": format!("clusters/{}/branches/{}", self.cluster_id, self.id),
            "branchId": self.id,
            "displayName": self.display_name,
            "clusterId": self.cluster_id,
            "parentId": self.parent_id,
            "state": state_at(self.busy, now),
            "createTime": rfc3339(self.create_time),
        });
        if full {
            for (k, x) in [
                ("createdBy", json!(self.created_by)),
                (
                    "endpoints",
                    json!({
                        "public": { "host": self.host, "port": 4000, "disabled": false, "authorizedNetworks": [] },
                    }),
                ),
                ("userPrefix", json!(self.user_prefix)),
                ("updateTime", json!(rfc3339(self.update_time))),
                ("annotations", json!({})),
                ("parentDisplayName", json!(self.parent_display_name)),
                ("parentTimestamp", json!(rfc3339(self.parent_timestamp))),
            ] {
                v[k] = x;
            }
        }
        v
    }
}

#[derive(Debug, Clone)]
pub struct ExportRec {
    pub seq: u64,
    pub id: String,
    pub cluster_id: String,
    pub display_name: String,
    pub options: Value,
    pub target: Value,
    pub created_by: String,
    pub started: Instant,
    pub create_time: DateTime<Utc>,
    pub canceled: Option<Instant>,
    pub will_fail: bool,
}

impl ExportRec {
    /// Its files, by name: two tables, the first in two parts, named and
    /// written as its file type and compression (GZIP unless told) make them.
    /// `largest` sets the first file's size in bytes (the mock's
    /// `export_file_size`); the others are smaller.
    pub fn files(&self, largest: Option<u64>) -> Vec<(String, FileContent)> {
        let (ext, kind) = match self.options["fileType"].as_str() {
            Some("SQL") => ("sql", Kind::Sql),
            _ => ("csv", Kind::Csv),
        };
        let gzip = matches!(self.options["compression"].as_str(), None | Some("GZIP"));
        let zip = if gzip { ".gz" } else { "" };
        let rows = |table: &str, bytes: u64| {
            let row = FileContent {
                kind,
                table: table.to_owned(),
                rows: 1,
                gzip: false,
            };
            let per_row = row.plain_size() - FileContent { rows: 0, ..row }.plain_size();
            bytes / per_row.max(1)
        };
        let first = largest.unwrap_or(4096 + (self.seq % 61) * 1024 * 7);
        [
            ("app.orders", 0, 1),
            ("app.orders", 1, 3),
            ("app.users", 0, 7),
        ]
        .iter()
        .map(|(table, part, div)| {
            let content = FileContent {
                kind,
                table: (*table).to_owned(),
                rows: rows(table, first / div),
                gzip,
            };
            (format!("{table}.{part:09}.{ext}{zip}"), content)
        })
        .collect()
    }

    /// Its state, and how long after its start it ended.
    pub fn phase(&self, now: Instant, step: Duration) -> (&'static str, Option<Duration>) {
        if let Some(at) = self.canceled {
            return ("CANCELED", Some(at.duration_since(self.started)));
        }
        let took = step * 2;
        if now.duration_since(self.started) < took {
            ("RUNNING", None)
        } else if self.will_fail {
            ("FAILED", Some(took))
        } else {
            ("SUCCEEDED", Some(took))
        }
    }

    pub fn to_json(&self, now: Instant, step: Duration) -> Value {
        let (state, ended) = self.phase(now, step);
        let mut v = json!({
            "exportId": self.id,
            "name": format!("clusters/{}/exports/{}", self.cluster_id, self.id),
            "clusterId": self.cluster_id,
            "createdBy": self.created_by,
            "state": state,
            "exportOptions": self.options,
            "target": self.target,
            "reason": "",
            "displayName": self.display_name,
            "createTime": rfc3339(self.create_time),
            "updateTime": rfc3339(self.create_time),
            "snapshotTime": rfc3339(self.create_time),
        });
        if let Some(after) = ended {
            let end = self.create_time + chrono::Duration::from_std(after).unwrap_or_default();
            v["completeTime"] = json!(rfc3339(end));
            v["updateTime"] = json!(rfc3339(end));
            if self.target["type"] == "LOCAL" && state == "SUCCEEDED" {
                v["expireTime"] = json!(rfc3339(end + chrono::Duration::days(2)));
            }
        }
        if state == "FAILED" {
            v["reason"] = json!("access denied: the credentials cannot write to the target");
        }
        v
    }
}
