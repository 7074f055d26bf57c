//! Dedicated records kept beside the clusters: imports, integrations,
//! network containers, VPC peerings, private endpoints, backups, restores.

use crate::mock::seed;
use crate::mock::state::{rfc3339, ClusterRec, State, PROJECT_LABEL};
use chrono::{DateTime, Utc};
use serde_json::{json, Map, Value};
use std::time::{Duration, Instant};

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
    /// An uploaded local file, as read: its size, the rows it holds (CSV),
    /// or why it cannot be imported.
    pub file: Option<FileRead>,
}

#[derive(Debug, Clone)]
pub struct FileRead {
    pub size: u64,
    pub rows: Option<u64>,
    pub error: Option<String>,
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

#[derive(Debug, Clone)]
pub struct IntegrationRec {
    pub id: String,
    pub cluster_id: String,
    pub kind: String,
    /// Datadog or New Relic: the site and the key's last four characters.
    pub site: Option<(String, String)>,
    pub key_tail: String,
    pub creator: String,
    pub create_time: DateTime<Utc>,
}

impl IntegrationRec {
    pub fn settings(&self) -> Value {
        match &self.site {
            Some((site, url)) => json!({
                "state": "ACTIVE",
                "statusReason": "",
                "site": site,
                "siteUrl": url,
                "dashboardUrl": format!("{url}/dashboard/tidbcloud-{}", self.cluster_id),
                "maskedApiKey": format!("****{}", self.key_tail),
            }),
            None => json!({
                "queryEndpoint": format!(
                    "https://prometheus.tidbcloud.mock/clusters/{}/api/v1/query",
                    self.cluster_id
                ),
            }),
        }
    }

    pub fn to_json(&self) -> Value {
        let mut v = json!({
            "id": self.id,
            "type": self.kind,
            "createTime": rfc3339(self.create_time),
            "updateTime": rfc3339(self.create_time),
            "creator": self.creator,
        });
        v[self.kind.to_ascii_lowercase()] = self.settings();
        v
    }
}

#[derive(Debug, Clone)]
pub struct ContainerRec {
    pub seq: u64,
    pub id: String,
    pub project_id: String,
    pub region: String,
    pub provider: String,
    pub cidr: String,
    pub labels: Map<String, Value>,
}

#[derive(Debug, Clone)]
pub struct PeeringRec {
    pub seq: u64,
    pub id: String,
    pub project_id: String,
    pub container: String,
    pub body: Map<String, Value>,
    pub ready_at: Instant,
    pub fails: bool,
}

impl ContainerRec {
    pub fn vpc_id(&self) -> String {
        format!("vpc-{:017x}", self.seq * 7919)
    }

    pub fn to_json(&self, state: &State) -> Value {
        let used = state
            .clusters
            .values()
            .any(|c| c.project_id == self.project_id && c.region == self.region);
        let mut labels = self.labels.clone();
        labels.insert(PROJECT_LABEL.into(), json!(self.project_id));
        json!({
            "name": format!("networkContainers/{}", self.id),
            "networkContainerId": self.id,
            "labels": labels,
            "regionId": self.region,
            "cidrNotation": self.cidr,
            "cloudProvider": self.provider,
            "state": if used { "ACTIVE" } else { "INACTIVE" },
            "regionDisplayName": seed::region(&self.region).map_or("", |r| r.name),
            "vpcId": self.vpc_id(),
        })
    }
}

impl PeeringRec {
    pub fn to_json(&self, state: &State, now: Instant) -> Value {
        let c = state
            .network_containers
            .iter()
            .find(|c| c.id == self.container);
        let st = if self.fails {
            "FAILED"
        } else if now < self.ready_at {
            "PENDING"
        } else {
            "ACTIVE"
        };
        let mut v = Value::Object(self.body.clone());
        v["name"] = json!(format!("vpcPeerings/{}", self.id));
        v["vpcPeeringId"] = json!(self.id);
        v["labels"] = json!({ PROJECT_LABEL: self.project_id });
        v["state"] = json!(st);
        if let Some(c) = c {
            v["tidbCloudCloudProvider"] = json!(c.provider);
            v["tidbCloudAccountId"] = json!(TIDB_CLOUD_ACCOUNT);
            v["tidbCloudVpcId"] = json!(c.vpc_id());
            v["tidbCloudVpcCidr"] = json!(c.cidr);
            if c.provider == "aws" {
                v["awsVpcPeeringConnectionId"] = json!(format!("pcx-{:017x}", self.seq * 104_729));
            }
        }
        v
    }
}

#[derive(Debug, Clone)]
pub struct EndpointRec {
    pub id: String,
    pub group_id: String,
    pub endpoint_id: String,
    pub private_ip: Option<String>,
    pub ready_at: Instant,
}

impl EndpointRec {
    pub fn to_json(&self, c: &ClusterRec, now: Instant) -> Value {
        let failed = self.endpoint_id.contains("dead");
        let state = if failed {
            "FAILED"
        } else if now < self.ready_at {
            "PENDING"
        } else {
            "ACTIVE"
        };
        let group = c
            .groups_json(now)
            .into_iter()
            .find(|g| g["tidbNodeGroupId"] == self.group_id)
            .unwrap_or_default();
        let mut v = json!({
            "name": format!(
                "tidbNodeGroups/{}/privateEndpointConnections/{}",
                self.group_id, self.id
            ),
            "tidbNodeGroupId": self.group_id,
            "privateEndpointConnectionId": self.id,
            "clusterId": c.id,
            "clusterDisplayName": c.display_name,
            "labels": { PROJECT_LABEL: c.project_id },
            "endpointId": self.endpoint_id,
            "endpointState": state,
            "message": if failed {
                "the endpoint was not found in the customer's account, or it points at another service"
            } else {
                ""
            },
            "regionId": c.region,
            "regionDisplayName": seed::region(&c.region).map_or("", |r| r.name),
            "cloudProvider": c.provider,
            "privateLinkServiceName": format!("privatelink-{}", self.group_id),
            "privateLinkServiceState": "ACTIVE",
            "tidbNodeGroupDisplayName": group["displayName"],
            "host": format!("privatelink-{}.{}.clusters.tidbcloud.mock", self.group_id, c.id),
            "port": c.port,
        });
        if let Some(ip) = &self.private_ip {
            v["privateIpAddress"] = json!(ip);
        }
        if c.provider == "gcp" {
            v["accountId"] = json!("tidbcloud-mock");
        }
        v
    }
}

#[derive(Debug, Clone)]
pub struct BackupRec {
    pub id: String,
    pub project_id: String,
    pub cluster_id: String,
    pub name: String,
    pub description: String,
    pub created: DateTime<Utc>,
    pub started: Instant,
    pub size: u64,
}

#[derive(Debug, Clone)]
pub struct RestoreRec {
    pub id: String,
    pub project_id: String,
    pub backup_id: String,
    pub cluster_id: String,
    pub cluster_name: String,
    pub created: DateTime<Utc>,
    pub started: Instant,
}

impl BackupRec {
    pub fn to_json(&self, now: Instant, step: Duration) -> Value {
        json!({
            "id": self.id,
            "name": self.name,
            "description": self.description,
            "type": "MANUAL",
            "create_timestamp": crate::mock::state::rfc3339(self.created),
            "size": self.size.to_string(),
            "status": task_status(self.started, now, step),
        })
    }
}

impl RestoreRec {
    pub fn to_json(&self, state: &State, now: Instant) -> Value {
        let status = task_status(self.started, now, state.transition);
        let cluster_status = state
            .cluster(&self.cluster_id)
            .map_or("DELETED", |c| c.state);
        json!({
            "id": self.id,
            "create_timestamp": crate::mock::state::rfc3339(self.created),
            "backup_id": self.backup_id,
            "cluster_id": self.cluster_id,
            "status": status,
            "cluster": {
                "id": self.cluster_id,
                "name": self.cluster_name,
                "status": cluster_status,
            },
        })
    }
}

/// Where an import is at a moment: its state, percentage, and for an ended
/// one how long after its start it ended.
pub(crate) struct Phase {
    pub state: &'static str,
    pub percent: u32,
    pub ended_after: Option<Duration>,
}

/// PENDING, RUNNING, then SUCCESS, a step per transition time.
pub fn task_status(started: Instant, now: Instant, step: Duration) -> &'static str {
    if step.is_zero() {
        return "SUCCESS";
    }
    match (now.saturating_duration_since(started).as_secs_f64() / step.as_secs_f64()) as u32 {
        0 => "PENDING",
        1 => "RUNNING",
        _ => "SUCCESS",
    }
}

/// The account the mock's TiDB Cloud VPCs live in.
pub const TIDB_CLOUD_ACCOUNT: &str = "380838443567";
