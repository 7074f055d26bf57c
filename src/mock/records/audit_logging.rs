//! Database audit logging of both tiers: each cluster's configuration and
//! filter rules, the log files written while logging is on, and the download
//! addresses handed out for them.
//!
//! Files follow from time alone: each time logging is turned on a run
//! starts, and a run writes one file at each step of the mock's transition
//! time, `FILES_PER_RUN` in all (at once when the pacing is zero), until
//! logging is turned off. A file's bytes come from `AuditLogFile::content`,
//! the same bytes every time, so its listed size is their length.

pub use super::audit_log_files::{download_url, AuditLogFile, DownloadAddress, LogFormat, Tier};
use crate::mock::context::Ctx;
use crate::mock::reply::Fail;
use crate::mock::state::rfc3339;
use chrono::{DateTime, Utc};
use serde_json::{json, Value};
use std::collections::BTreeMap;
use std::time::{Duration, Instant};

/// Files a run writes before it stops writing: enough for lists and pages,
/// few enough that `settle()` reaches the last one.
pub const FILES_PER_RUN: u32 = 4;

/// The family's records, kept in the mock's one state.
#[derive(Default)]
pub struct AuditLoggingData {
    /// Dedicated configurations, by cluster id; a cluster without one has the defaults.
    pub dedicated: BTreeMap<String, DedicatedAuditConfig>,
    pub dedicated_rules: Vec<DedicatedRuleRec>,
    /// Starter and Essential configurations, by cluster id.
    pub serverless: BTreeMap<String, ServerlessAuditConfig>,
    pub serverless_rules: Vec<ServerlessRuleRec>,
    /// Every period logging was on, oldest first.
    pub runs: Vec<LogRun>,
    /// Download addresses not yet expired.
    pub addresses: Vec<DownloadAddress>,
}

impl AuditLoggingData {
    /// Forget the addresses that have expired.
    pub fn settle(&mut self, now: Instant) {
        self.addresses.retain(|a| a.expires > now);
    }

    /// When each change now pending happens: the last file of each run
    /// still writing, and the end of each address.
    pub fn deadlines(&self) -> impl Iterator<Item = Instant> + '_ {
        let runs = self.runs.iter().filter_map(LogRun::last_file_at);
        runs.chain(self.addresses.iter().map(|a| a.expires))
    }

    /// What belonged to a deleted cluster goes with it.
    pub fn remove_cluster(&mut self, tier: Tier, cluster_id: &str) {
        match tier {
            Tier::Dedicated => {
                self.dedicated.remove(cluster_id);
                self.dedicated_rules.retain(|r| r.cluster_id != cluster_id);
            }
            Tier::Serverless => {
                self.serverless.remove(cluster_id);
                self.serverless_rules.retain(|r| r.cluster_id != cluster_id);
            }
        }
        let mine = |t: Tier, c: &str| t == tier && c == cluster_id;
        self.runs.retain(|r| !mine(r.tier, &r.cluster_id));
        self.addresses.retain(|a| !mine(a.tier, &a.cluster_id));
    }

    /// Start writing files for a cluster whose logging was just turned on.
    pub fn start_run(&mut self, mut run: LogRun, now: Instant) {
        run.first_number = self
            .runs
            .iter()
            .filter(|r| r.tier == run.tier && r.cluster_id == run.cluster_id)
            .map(|r| r.count(now))
            .sum::<u32>()
            + 1;
        self.runs.push(run);
    }

    /// Stop writing files for a cluster whose logging was turned off.
    pub fn end_run(&mut self, tier: Tier, cluster_id: &str, now: Instant) {
        for r in &mut self.runs {
            if r.tier == tier && r.cluster_id == cluster_id && r.ended.is_none() {
                r.ended = Some(now);
            }
        }
    }

    /// The cluster's files written by `now`, oldest first.
    pub fn files(&self, tier: Tier, cluster_id: &str, now: Instant) -> Vec<AuditLogFile> {
        self.runs
            .iter()
            .filter(|r| r.tier == tier && r.cluster_id == cluster_id)
            .flat_map(|r| (1..=r.count(now)).map(move |k| r.file(k)))
            .collect()
    }
}

/// Where a run's files go: the bucket and the URI prefix of its files.
#[derive(Debug, Clone)]
pub struct Location {
    pub bucket: String,
    /// Ends with `/`; a file's URI is this and its name.
    pub prefix: String,
}

/// One period of logging being on.
#[derive(Debug, Clone)]
pub struct LogRun {
    pub tier: Tier,
    pub cluster_id: String,
    pub started: Instant,
    pub started_wall: DateTime<Utc>,
    pub ended: Option<Instant>,
    /// The mock's transition time when it started: a file each step.
    pub step: Duration,
    /// The number of its first file among the cluster's files (from 1).
    pub first_number: u32,
    pub format: LogFormat,
    pub unredacted: bool,
    pub location: Location,
}

impl LogRun {
    /// A run starting now, to be numbered by `start_run`.
    pub fn new(tier: Tier, cluster_id: &str, now: Instant, step: Duration) -> LogRun {
        LogRun {
            tier,
            cluster_id: cluster_id.to_owned(),
            started: now,
            started_wall: Utc::now(),
            ended: None,
            step,
            first_number: 1,
            format: LogFormat::Text,
            unredacted: false,
            location: Location {
                bucket: String::new(),
                prefix: String::new(),
            },
        }
    }

    /// How many files it has written by `now`.
    pub fn count(&self, now: Instant) -> u32 {
        let until = self.ended.map_or(now, |e| e.min(now));
        if until < self.started {
            return 0;
        }
        if self.step.is_zero() {
            return FILES_PER_RUN;
        }
        let steps = until.duration_since(self.started).as_secs_f64() / self.step.as_secs_f64();
        (steps.floor() as u32).min(FILES_PER_RUN)
    }

    /// When its last file comes, if it is still writing.
    fn last_file_at(&self) -> Option<Instant> {
        if self.ended.is_some() {
            return None;
        }
        Some(self.started + self.step * FILES_PER_RUN)
    }

    /// Its `k`th file (from 1).
    fn file(&self, k: u32) -> AuditLogFile {
        let number = self.first_number + k - 1;
        let offset =
            chrono::Duration::from_std(self.step * k).unwrap_or_else(|_| chrono::Duration::zero());
        let created = self.started_wall + offset;
        let stamp = created.format("%Y-%m-%dT%H-%M-%S");
        let name = format!("tidb-audit-{stamp}-{number:04}.log");
        AuditLogFile {
            uri: format!("{}{name}", self.location.prefix),
            bucket: self.location.bucket.clone(),
            name,
            number,
            created,
            format: self.format,
            unredacted: self.unredacted,
            user_seed: self.cluster_id.bytes().map(u32::from).sum(),
        }
    }
}

/// A Dedicated cluster's audit-log configuration.
#[derive(Debug, Clone)]
pub struct DedicatedAuditConfig {
    pub enabled: bool,
    pub bucket_uri: Option<String>,
    pub bucket_region_id: Option<String>,
    pub aws_role_arn: Option<String>,
    /// Whether an Azure SAS token was given; the token is never answered.
    pub has_sas_token: bool,
    pub bucket_manager: String,
    pub unredacted: bool,
    pub format: String,
    pub max_size_mib: i64,
    pub max_age_second: i64,
    /// Why the bucket could not be written to, when it could not.
    pub write_failure: Option<String>,
}

impl Default for DedicatedAuditConfig {
    fn default() -> Self {
        DedicatedAuditConfig {
            enabled: false,
            bucket_uri: None,
            bucket_region_id: None,
            aws_role_arn: None,
            has_sas_token: false,
            bucket_manager: "CUSTOMER".into(),
            unredacted: false,
            format: "TEXT".into(),
            max_size_mib: 10,
            max_age_second: 86_400,
            write_failure: None,
        }
    }
}

impl DedicatedAuditConfig {
    pub fn to_json(&self, cluster_id: &str) -> Value {
        let mut v = json!({
            "name": format!("clusters/{cluster_id}/auditLogConfig"),
            "clusterId": cluster_id,
            "enabled": self.enabled,
            "bucketManager": self.bucket_manager,
            "unredacted": self.unredacted,
            "format": self.format,
            "rotationPolicy": {
                "maxSizeMib": self.max_size_mib,
                "maxAgeSecond": self.max_age_second,
            },
        });
        for (k, val) in [
            ("bucketUri", &self.bucket_uri),
            ("bucketRegionId", &self.bucket_region_id),
            ("awsRoleArn", &self.aws_role_arn),
        ] {
            if let Some(s) = val {
                v[k] = json!(s);
            }
        }
        if let Some(reason) = &self.write_failure {
            v["bucketWriteCheck"] = json!({ "writable": false, "errorReason": reason });
        }
        v
    }
}

/// A filter rule of a Dedicated cluster: its id is its user expression.
#[derive(Debug, Clone)]
pub struct DedicatedRuleRec {
    pub seq: u64,
    pub cluster_id: String,
    pub user_expr: String,
    pub display_name: String,
    pub disabled: bool,
    pub event_types: Vec<String>,
}

impl DedicatedRuleRec {
    pub fn to_json(&self) -> Value {
        json!({
            "name": format!("auditLogFilterRules/{}", self.user_expr),
            "auditLogFilterRuleId": self.user_expr,
            "clusterId": self.cluster_id,
            "userExpr": self.user_expr,
            "displayName": self.display_name,
            "disabled": self.disabled,
            "eventTypes": self.event_types,
        })
    }
}

/// A Starter or Essential cluster's audit-log configuration.
#[derive(Debug, Clone)]
pub struct ServerlessAuditConfig {
    pub enabled: bool,
    pub unredacted: bool,
    /// Where the logs go, credentials left out; none until set.
    pub cloud_storage: Option<Value>,
    pub rotation_interval_minutes: i64,
    pub rotation_size_mib: i64,
}

impl Default for ServerlessAuditConfig {
    fn default() -> Self {
        ServerlessAuditConfig {
            enabled: false,
            unredacted: false,
            cloud_storage: None,
            rotation_interval_minutes: 60,
            rotation_size_mib: 100,
        }
    }
}

impl ServerlessAuditConfig {
    /// The kind of storage the logs go to, if set.
    pub fn storage_type(&self) -> Option<&str> {
        self.cloud_storage.as_ref()?.get("type")?.as_str()
    }

    pub fn to_json(&self, cluster_id: &str) -> Value {
        let mut v = json!({
            "clusterId": cluster_id,
            "enabled": self.enabled,
            "unredacted": self.unredacted,
            "rotationIntervalMinutes": self.rotation_interval_minutes,
            "rotationSizeMib": self.rotation_size_mib,
        });
        if let Some(s) = &self.cloud_storage {
            v["cloudStorage"] = s.clone();
        }
        v
    }
}

/// A filter rule of a Starter or Essential cluster.
#[derive(Debug, Clone)]
pub struct ServerlessRuleRec {
    pub seq: u64,
    pub id: String,
    pub cluster_id: String,
    pub display_name: String,
    pub users: Vec<String>,
    pub filters: Value,
    pub disabled: bool,
    pub create_time: DateTime<Utc>,
    pub update_time: Option<DateTime<Utc>>,
}

impl ServerlessRuleRec {
    pub fn to_json(&self) -> Value {
        let mut v = json!({
            "filterRuleId": self.id,
            "clusterId": self.cluster_id,
            "displayName": self.display_name,
            "users": self.users,
            "filters": self.filters,
            "disabled": self.disabled,
            "createTime": rfc3339(self.create_time),
        });
        if let Some(t) = self.update_time {
            v["updateTime"] = json!(rfc3339(t));
        }
        v
    }
}

/// The classes of events a rule may name: every kind of event, and the
/// kinds within each (`QUERY_DML` holds `INSERT`, `REPLACE`, `UPDATE`,
/// `DELETE` and `LOAD_DATA`).
pub const AUDIT_EVENT_CLASSES: &[&str] = &[
    "CONNECTION",
    "CONNECT",
    "DISCONNECT",
    "CHANGE_USER",
    "QUERY",
    "TRANSACTION",
    "EXECUTE",
    "QUERY_DML",
    "INSERT",
    "REPLACE",
    "UPDATE",
    "DELETE",
    "LOAD_DATA",
    "SELECT",
    "QUERY_DDL",
];

/// Roles that may list and download a cluster's audit logs.
const LOG_READERS: &[&str] = &["org:owner", "org:audit_admin", "project:owner"];

/// Only a key of those roles may list or download audit logs.
pub fn can_read_logs(ctx: &Ctx) -> Result<(), Fail> {
    if LOG_READERS.contains(&ctx.key.role.as_str()) {
        Ok(())
    } else {
        Err(Fail::forbidden(format!(
            "the role {:?} of this API key cannot read database audit logs",
            ctx.key.role
        )))
    }
}

/// A database user as a rule names it, `<user>@<host>` or `<user>` (the
/// host is then any), each part an identifier with `%` and `_` wildcards:
/// why it is not one, if it is not.
pub fn user_problem(u: &str) -> Option<String> {
    let (user, host) = match u.split_once('@') {
        Some((user, host)) => (user, Some(host)),
        None => (u, None),
    };
    let bad = |p: &str| {
        p.is_empty()
            || p.chars()
                .any(|c| c.is_whitespace() || c.is_control() || c == '@')
    };
    if bad(user) || user.chars().count() > 32 {
        return Some(format!(
            "{u:?} is not <user>@<host> or <user>: the user must be 1 to 32 characters, \
             without spaces or another @"
        ));
    }
    if host.is_some_and(|h| bad(h) || h.chars().count() > 255) {
        return Some(format!(
            "{u:?} is not <user>@<host>: the host after the @ must be 1 to 255 characters, \
             without spaces"
        ));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(step: Duration) -> (AuditLoggingData, Instant) {
        let now = Instant::now();
        let mut d = AuditLoggingData::default();
        d.start_run(LogRun::new(Tier::Dedicated, "c1", now, step), now);
        (d, now)
    }

    #[test]
    fn files_come_one_a_step_up_to_the_run_s_count() {
        let step = Duration::from_secs(1);
        let (mut d, t0) = run(step);
        assert!(d.files(Tier::Dedicated, "c1", t0).is_empty());
        assert_eq!(d.files(Tier::Dedicated, "c1", t0 + step * 2).len(), 2);
        assert_eq!(d.deadlines().max(), Some(t0 + step * FILES_PER_RUN));
        let all = d.files(Tier::Dedicated, "c1", t0 + step * 60);
        assert_eq!(all.len(), FILES_PER_RUN as usize);
        d.end_run(Tier::Dedicated, "c1", t0 + step * 60);
        assert_eq!(d.deadlines().count(), 0);
        // A second run numbers on from the first.
        d.start_run(
            LogRun::new(Tier::Dedicated, "c1", t0 + step * 61, Duration::ZERO),
            t0 + step * 61,
        );
        let both = d.files(Tier::Dedicated, "c1", t0 + step * 61);
        let numbers: Vec<u32> = both.iter().map(|f| f.number).collect();
        assert_eq!(numbers, (1..=2 * FILES_PER_RUN).collect::<Vec<_>>());
        assert!(d.files(Tier::Serverless, "c1", t0 + step * 61).is_empty());
    }

    #[test]
    fn a_file_s_size_is_its_content_s_length_every_time() {
        let (d, t0) = run(Duration::ZERO);
        for f in d.files(Tier::Dedicated, "c1", t0) {
            let bytes = f.content();
            assert_eq!(bytes, f.content());
            assert_eq!(f.size(), bytes.len() as u64);
            assert!(String::from_utf8(bytes).is_ok_and(|s| s.contains("SQL_TEXT")));
        }
    }

    #[test]
    fn users_are_checked() {
        for ok in [
            "%@%",
            "app",
            "app@10.0.%",
            "4C3z3cdMX8iXks5.root",
            "a_b@localhost",
        ] {
            assert_eq!(user_problem(ok), None, "{ok}");
        }
        for bad in ["", "@%", "app@", "a b", "a@b@c", &"x".repeat(33)] {
            assert!(user_problem(bad).is_some(), "{bad}");
        }
    }
}
