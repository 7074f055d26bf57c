//! Migrations into Starter and Essential clusters and their prechecks, with
//! their state machines. A migration is CREATING for one transition step,
//! then RUNNING (FAILED when a source fails, with the reason in that
//! subtask's `errorMsg`); pause and resume move it between RUNNING and PAUSED
//! at once; a delete makes it DELETING for one step, then it is gone. A
//! precheck is RUNNING for one step, then FINISHED, or FAILED when one of its
//! items failed.

use crate::mock::state::rfc3339;
use chrono::{DateTime, Utc};
use serde_json::{json, Map, Value};
use std::time::Instant;

/// The family's records, kept in the mock's one state.
#[derive(Default)]
pub struct MigrationData {
    pub migrations: Vec<MigrationRec>,
    pub prechecks: Vec<PrecheckRec>,
}

impl MigrationData {
    /// Move every migration whose transition is due on; the gone ones go.
    pub fn settle(&mut self, now: Instant) {
        for m in &mut self.migrations {
            m.settle(now);
        }
        self.migrations.retain(|m| m.state != "GONE");
    }

    /// When each change now pending in the family happens.
    pub fn deadlines(&self) -> impl Iterator<Item = Instant> + '_ {
        let moves = self
            .migrations
            .iter()
            .filter_map(|m| m.pending.map(|(at, _)| at));
        let checks = self
            .prechecks
            .iter()
            .filter(|p| p.canceled.is_none())
            .map(|p| p.done_at);
        moves.chain(checks)
    }

    /// What belonged to a deleted cluster goes with it.
    pub fn remove_cluster(&mut self, cluster_id: &str) {
        self.migrations.retain(|m| m.cluster_id != cluster_id);
        self.prechecks.retain(|p| p.cluster_id != cluster_id);
    }
}

/// What a source's trial found: a check that fails (with its reason) or
/// warns. Decided from the source's address, so that tests reach each path.
#[derive(Debug, Clone, Default)]
pub struct Findings {
    pub failure: Option<String>,
    pub warning: Option<String>,
}

#[derive(Debug, Clone)]
pub struct MigrationRec {
    pub seq: u64,
    pub id: String,
    pub cluster_id: String,
    pub display_name: String,
    /// The sources as given, their credentials left out.
    pub sources: Vec<Value>,
    /// What each source's trial found, in the order of `sources`.
    pub findings: Vec<Findings>,
    pub target_user: String,
    pub mode: String,
    pub create_time: DateTime<Utc>,
    pub state: &'static str,
    /// The state to come, and when ("GONE": removed).
    pub pending: Option<(Instant, &'static str)>,
}

impl MigrationRec {
    fn settle(&mut self, now: Instant) {
        let Some((at, next)) = self.pending else {
            return;
        };
        if at > now {
            return;
        }
        self.pending = None;
        let failed = self.findings.iter().any(|f| f.failure.is_some());
        self.state = match next {
            "RUNNING" if failed => "FAILED",
            other => other,
        };
    }

    /// Put it in `state` now and move it to `then` when `at` comes.
    pub fn go(&mut self, state: &'static str, then: Option<(Instant, &'static str)>) {
        self.state = state;
        self.pending = then;
    }

    fn sub_task(&self, source: &Value, found: &Findings) -> Value {
        let full = self.mode == "ALL";
        let (stage, step) = match (self.state, &found.failure) {
            ("CREATING" | "DELETING", _) => ("UNKNOWN", if full { "DUMP" } else { "SYNC" }),
            ("FAILED", Some(_)) => ("FAILED", if full { "DUMP" } else { "SYNC" }),
            ("PAUSED", _) => ("PAUSED", "SYNC"),
            _ => ("RUNNING", "SYNC"),
        };
        let mut t = Map::new();
        t.insert("source".into(), source.clone());
        t.insert("currentStep".into(), json!(step));
        t.insert("stage".into(), json!(stage));
        // The full phase is over by the time a migration runs: the mock's
        // sources are small.
        if full && step == "SYNC" {
            t.insert(
                "dumpDetail".into(),
                json!({"bps": "0", "progress": 100.0, "totalTables": "12",
                       "completedTables": "12", "finishedBytes": "104857600",
                       "finishedRows": "250000"}),
            );
            t.insert(
                "loadDetail".into(),
                json!({"bps": "0", "progress": 100.0, "finishedBytes": "104857600",
                       "totalBytes": "104857600"}),
            );
        }
        if step == "SYNC" && stage != "UNKNOWN" {
            let name = source["binlogName"].as_str().unwrap_or("mysql-bin.000001");
            let position = source["binlogPosition"].as_i64().unwrap_or(4);
            let rps = if stage == "RUNNING" { "120" } else { "0" };
            let checkpoint = format!("({name}, {position})");
            t.insert(
                "syncDetail".into(),
                json!({"rps": rps, "latency": "1", "checkpoint": checkpoint}),
            );
        }
        if let (Some(why), "FAILED") = (&found.failure, stage) {
            t.insert("errorMsg".into(), json!(why));
        }
        Value::Object(t)
    }

    pub fn to_json(&self) -> Value {
        let tasks: Vec<Value> = self
            .sources
            .iter()
            .zip(&self.findings)
            .map(|(s, f)| self.sub_task(s, f))
            .collect();
        json!({
            "migrationId": self.id,
            "displayName": self.display_name,
            "subTasks": tasks,
            "targetUser": self.target_user,
            "createTime": rfc3339(self.create_time),
            "mode": self.mode,
            "state": self.state,
        })
    }
}

/// The checks a precheck makes, with what each looks at.
const CHECKS: &[(&str, &str)] = &[
    (
        "DUMP_PRIVILEGE_CHECKING",
        "the source user may read the data for the full phase",
    ),
    (
        "REPLICATION_PRIVILEGE_CHECKING",
        "the source user may read the binlog",
    ),
    (
        "VERSION_CHECKING",
        "the source's MySQL version is supported",
    ),
    ("SERVER_ID_CHECKING", "the source has a server_id"),
    ("BINLOG_ENABLE_CHECKING", "the source writes a binlog"),
    ("BINLOG_FORMAT_CHECKING", "the binlog format is ROW"),
    ("BINLOG_ROW_IMAGE_CHECKING", "binlog_row_image is FULL"),
    (
        "TABLE_SCHEMA_CHECKING",
        "the tables' definitions suit the cluster",
    ),
    (
        "BINLOG_DB_CHECKING",
        "no binlog filter leaves out a migrated database",
    ),
    (
        "CONN_NUMBER_CHECKING",
        "the source takes enough connections",
    ),
    (
        "TARGET_DB_PRIVILEGE_CHECKING",
        "the target user may write the tables",
    ),
    (
        "META_POSITION_CHECKING",
        "the binlog start position exists on the source",
    ),
    (
        "LIGHTNING_TABLE_EMPTY_CHECKING",
        "the target tables are empty",
    ),
    (
        "PRIMARY_KEY_CHECKING",
        "every table has a primary or unique key",
    ),
];

/// The check a failing source fails, and the one a warning source warns on.
pub const FAILING_CHECK: &str = "REPLICATION_PRIVILEGE_CHECKING";
pub const WARNING_CHECK: &str = "PRIMARY_KEY_CHECKING";

/// Where the mock's solutions point.
const SOLUTION_DOC: &str =
    "https://docs.pingcap.com/tidbcloud/migrate-from-mysql-using-data-migration";

/// A migration's precheck; its status follows from the time.
#[derive(Debug, Clone)]
pub struct PrecheckRec {
    pub id: String,
    pub cluster_id: String,
    pub mode: String,
    pub findings: Vec<Findings>,
    /// When its checks are done.
    pub done_at: Instant,
    /// When it was canceled, if it was before it was done.
    pub canceled: Option<Instant>,
}

impl PrecheckRec {
    pub fn status(&self, now: Instant) -> &'static str {
        if self.canceled.is_some() {
            "CANCELED"
        } else if now < self.done_at {
            "RUNNING"
        } else if self.findings.iter().any(|f| f.failure.is_some()) {
            "FAILED"
        } else {
            "FINISHED"
        }
    }

    /// The checks of its mode: the full phase's, or the binlog start position's.
    fn checks(&self) -> impl Iterator<Item = &'static (&'static str, &'static str)> + '_ {
        let full = self.mode == "ALL";
        CHECKS.iter().filter(move |(kind, _)| match *kind {
            "DUMP_PRIVILEGE_CHECKING" | "LIGHTNING_TABLE_EMPTY_CHECKING" => full,
            "META_POSITION_CHECKING" => !full,
            _ => true,
        })
    }

    fn item(&self, kind: &str, about: &str) -> Value {
        let said = |pick: fn(&Findings) -> &Option<String>| {
            self.findings.iter().find_map(|f| pick(f).clone())
        };
        let (status, reason, solution) = match kind {
            FAILING_CHECK => match said(|f| &f.failure) {
                Some(r) => (
                    "FAILED",
                    Some(r),
                    "GRANT REPLICATION SLAVE, REPLICATION CLIENT ON *.* TO the source user",
                ),
                None => ("SUCCESS", None, ""),
            },
            WARNING_CHECK => match said(|f| &f.warning) {
                Some(r) => (
                    "WARNING",
                    Some(r),
                    "add a primary or unique key to the table",
                ),
                None => ("SUCCESS", None, ""),
            },
            _ => ("SUCCESS", None, ""),
        };
        let mut v = json!({"type": kind, "description": format!("Checks that {about}."),
                           "status": status});
        if let (Some(r), Value::Object(m)) = (reason, &mut v) {
            m.insert("reason".into(), json!(r));
            m.insert("solution".into(), json!(solution));
            m.insert("solutionDocUrl".into(), json!(SOLUTION_DOC));
        }
        v
    }

    pub fn to_json(&self, now: Instant) -> Value {
        let status = self.status(now);
        let total = self.checks().count();
        let items: Vec<Value> = if matches!(status, "FINISHED" | "FAILED") {
            self.checks()
                .map(|(k, about)| self.item(k, about))
                .collect()
        } else {
            Vec::new()
        };
        let count = |s: &str| items.iter().filter(|i| i["status"] == s).count();
        json!({
            "precheckId": self.id,
            "total": total,
            "failedCnt": count("FAILED"),
            "warnCnt": count("WARNING"),
            "successCnt": count("SUCCESS"),
            "status": status,
            "items": items,
        })
    }
}
