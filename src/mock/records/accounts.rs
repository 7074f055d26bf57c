//! Accounts: API keys, projects and the audit trail.

use crate::mock::state::{rfc3339, ORG_ID};
use chrono::{DateTime, Utc};
use serde_json::{json, Value};

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
