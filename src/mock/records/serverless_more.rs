//! More Starter and Essential records: private link connections and the
//! domains attached to them, and uploads of local files for imports.

use crate::mock::reply::{Fail, Fields};
use crate::mock::state::rfc3339;
use chrono::{DateTime, Utc};
use serde_json::{json, Value};
use std::time::{Duration, Instant};

/// The records of the server's later calls, kept in the mock's one state.
#[derive(Default)]
pub struct ServerlessMore {
    pub private_links: Vec<PrivateLinkRec>,
    pub uploads: Vec<UploadRec>,
}

impl ServerlessMore {
    /// When each change now pending happens: a connection becoming ACTIVE
    /// (or FAILED), going once deleted, and its domains becoming ACTIVE.
    pub fn deadlines(&self, step: Duration) -> impl Iterator<Item = Instant> + '_ {
        self.private_links.iter().flat_map(move |p| {
            let domains = p.domains.iter().map(move |d| d.started + step);
            let end = match p.deleting {
                Some(at) => at + step,
                None => p.started + step * 2,
            };
            std::iter::once(end).chain(domains)
        })
    }

    /// Forget what belongs to a cluster that is gone.
    pub fn forget_cluster(&mut self, cluster_id: &str) {
        self.private_links.retain(|p| p.cluster_id != cluster_id);
        self.uploads.retain(|u| u.cluster_id != cluster_id);
    }

    /// The upload a LOCAL import's `source` names: completed on this cluster,
    /// for the same table, and read by no other import. Its index, and the
    /// name of its file.
    pub fn local_upload(
        &self,
        cluster_id: &str,
        source: &Fields<'_>,
    ) -> Result<(usize, String), Fail> {
        source.only(&["type", "local"], "source")?;
        let local = source
            .opt_obj("local")?
            .map(Fields)
            .ok_or_else(|| Fail::bad("source.local is required for type LOCAL"))?;
        local.only(
            &["uploadId", "targetDatabase", "targetTable", "fileName"],
            "source.local",
        )?;
        let want = |f: &str| {
            local
                .req_str(f)
                .map_err(|_| Fail::bad(format!("source.local.{f} is required")))
        };
        let (id, database, table) = (
            want("uploadId")?,
            want("targetDatabase")?,
            want("targetTable")?,
        );
        let i = self
            .uploads
            .iter()
            .position(|u| u.id == id && u.cluster_id == cluster_id)
            .ok_or_else(|| {
                Fail::not_found(format!("upload {id} not found in cluster {cluster_id}"))
            })?;
        let u = &self.uploads[i];
        if u.state != "COMPLETED" {
            return Err(Fail::bad(format!(
                "upload {id} is {}; an import reads a COMPLETED upload",
                u.state
            )));
        }
        if let Some(other) = &u.import_id {
            return Err(Fail::bad(format!(
                "upload {id} was imported already, by {other}"
            )));
        }
        if (database, table) != (u.database.as_str(), u.table.as_str()) {
            return Err(Fail::bad(format!(
                "upload {id} was started for {}.{}, not {database}.{table}",
                u.database, u.table
            )));
        }
        Ok((i, u.file_name.clone()))
    }
}

#[derive(Debug, Clone)]
pub struct PrivateLinkRec {
    pub seq: u64,
    pub id: String,
    pub cluster_id: String,
    pub display_name: String,
    pub kind: &'static str,
    /// The endpoint service as given (`name`, `region`), without read-only fields.
    pub service: Value,
    /// Where the cluster's endpoint is, once created: its id and zones.
    pub endpoint_id: String,
    pub zones: Vec<String>,
    pub created_by: String,
    pub create_time: DateTime<Utc>,
    pub update_time: DateTime<Utc>,
    pub started: Instant,
    /// The endpoint service refuses the connection: FAILED after CREATING.
    pub will_fail: bool,
    pub deleting: Option<Instant>,
    pub domains: Vec<AttachDomainRec>,
}

impl PrivateLinkRec {
    /// CREATING for a step, then FAILED, or PENDING_ACCEPTANCE for a step
    /// (its owner accepting it) and ACTIVE; DELETING once deleted.
    pub fn state(&self, now: Instant, step: Duration) -> &'static str {
        let age = now.saturating_duration_since(self.started);
        if self.deleting.is_some() {
            "DELETING"
        } else if age < step {
            "CREATING"
        } else if self.will_fail {
            "FAILED"
        } else if age < step * 2 {
            "PENDING_ACCEPTANCE"
        } else {
            "ACTIVE"
        }
    }

    /// Deleted long enough ago to be gone.
    pub fn gone(&self, now: Instant, step: Duration) -> bool {
        self.deleting.is_some_and(|at| now >= at + step)
    }

    pub fn to_json(&self, now: Instant, step: Duration, with_domains: bool) -> Value {
        let state = self.state(now, step);
        let mut service = self.service.clone();
        if state != "CREATING" && state != "FAILED" {
            service["endpointId"] = json!(self.endpoint_id);
            service["availabilityZoneIds"] = json!(self.zones);
        }
        let field = if self.kind == "AWS_ENDPOINT_SERVICE" {
            "awsEndpointService"
        } else {
            "alicloudEndpointService"
        };
        let mut v = json!({
            "privateLinkConnectionId": self.id,
            "clusterId": self.cluster_id,
            "displayName": self.display_name,
            "state": state,
            "message": "",
            "createdBy": self.created_by,
            "createTime": rfc3339(self.create_time),
            "updateTime": rfc3339(self.update_time),
            "type": self.kind,
            field: service,
        });
        if state == "FAILED" {
            v["message"] = json!(format!(
                "the endpoint service {} does not accept connections from this cluster's account",
                self.service["name"].as_str().unwrap_or_default()
            ));
        }
        if with_domains {
            v["attachedDomains"] = self.domains.iter().map(|d| d.to_json(now, step)).collect();
        }
        v
    }
}

#[derive(Debug, Clone)]
pub struct AttachDomainRec {
    pub id: String,
    pub cluster_id: String,
    pub connection_id: String,
    pub kind: String,
    pub unique_name: String,
    pub domains: Vec<String>,
    pub created_by: String,
    pub create_time: DateTime<Utc>,
    pub started: Instant,
}

impl AttachDomainRec {
    pub fn to_json(&self, now: Instant, step: Duration) -> Value {
        let state = if now.saturating_duration_since(self.started) < step {
            "CREATING"
        } else {
            "ACTIVE"
        };
        let domains: Vec<Value> = self
            .domains
            .iter()
            .map(|d| json!({ "name": d, "state": state, "message": "" }))
            .collect();
        let mut v = json!({
            "clusterId": self.cluster_id,
            "privateLinkConnectionId": self.connection_id,
            "type": self.kind,
            "uniqueName": self.unique_name,
            "domains": domains,
            "createdBy": self.created_by,
            "createTime": rfc3339(self.create_time),
        });
        // A dry run's attachment has no id: nothing was attached.
        if !self.id.is_empty() {
            v["attachDomainId"] = json!(self.id);
        }
        v
    }
}

/// A local file's upload: UPLOADING, then COMPLETED or CANCELED.
#[derive(Debug, Clone)]
pub struct UploadRec {
    pub id: String,
    pub cluster_id: String,
    pub file_name: String,
    pub parts: u32,
    pub database: String,
    pub table: String,
    pub state: &'static str,
    /// The import that read it, once one did.
    pub import_id: Option<String>,
    /// Each part the storage has taken: its ETag and size.
    pub received: Vec<Option<(String, u64)>>,
}

impl UploadRec {
    /// Bytes taken so far.
    pub fn size(&self) -> u64 {
        self.received.iter().flatten().map(|(_, n)| n).sum()
    }
}
