//! The audit-log files of a cluster: each one's name, place and time, the
//! bytes it holds (the same every time, so its listed size is their
//! length), and the download addresses handed out for it.

use crate::mock::objects::Objects;
use chrono::{DateTime, SecondsFormat, Utc};
use serde_json::json;
use std::time::Instant;

/// Where a cluster lives: the two tiers' ids are not one name space.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Tier {
    Dedicated,
    Serverless,
}

/// How a run's lines are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LogFormat {
    Text,
    Json,
}

/// One audit-log file of a cluster.
#[derive(Debug, Clone)]
pub struct AuditLogFile {
    pub name: String,
    pub uri: String,
    pub bucket: String,
    /// Its place among the cluster's files, from 1.
    pub number: u32,
    pub created: DateTime<Utc>,
    pub format: LogFormat,
    pub unredacted: bool,
    /// Varies the clients' addresses from cluster to cluster.
    pub(super) user_seed: u32,
}

/// What the files record: (event class, subclass, database, table, the
/// statement as run, the statement with its literals redacted).
const EVENTS: &[(&str, &str, &str, &str, &str, &str)] = &[
    ("CONNECTION", "CONNECT", "", "", "", ""),
    (
        "QUERY",
        "QUERY_DDL",
        "shop",
        "orders",
        "CREATE TABLE orders (id BIGINT PRIMARY KEY, amount DECIMAL(10,2))",
        "CREATE TABLE orders (id BIGINT PRIMARY KEY, amount DECIMAL(10,2))",
    ),
    (
        "QUERY",
        "INSERT",
        "shop",
        "orders",
        "INSERT INTO orders VALUES (1001, 25.50)",
        "INSERT INTO orders VALUES (?, ?)",
    ),
    (
        "QUERY",
        "SELECT",
        "shop",
        "orders",
        "SELECT * FROM orders WHERE id = 1001",
        "SELECT * FROM orders WHERE id = ?",
    ),
    (
        "QUERY",
        "UPDATE",
        "shop",
        "orders",
        "UPDATE orders SET amount = 30.00 WHERE id = 1001",
        "UPDATE orders SET amount = ? WHERE id = ?",
    ),
    (
        "QUERY",
        "DELETE",
        "shop",
        "orders",
        "DELETE FROM orders WHERE id = 1001",
        "DELETE FROM orders WHERE id = ?",
    ),
    ("CONNECTION", "DISCONNECT", "", "", "", ""),
];

impl AuditLogFile {
    /// Its bytes: a line per audited event, the same every time.
    pub fn content(&self) -> Vec<u8> {
        let lines = 6 + (self.number as usize % 5);
        let mut out = String::new();
        for i in 0..lines {
            out.push_str(&self.line(i, lines));
            out.push('\n');
        }
        out.into_bytes()
    }

    /// Its size in bytes: its content's length.
    pub fn size(&self) -> u64 {
        self.content().len() as u64
    }

    fn line(&self, i: usize, lines: usize) -> String {
        let (class, sub, db, table, sql, redacted) = EVENTS[i % EVENTS.len()];
        let sql = if self.unredacted { sql } else { redacted };
        let back = chrono::Duration::milliseconds(((lines - i) * 1500) as i64);
        let at = self.created - back;
        let connection = 3_000_000 + u64::from(self.number) * 100 + (i / EVENTS.len()) as u64;
        let client = format!("10.0.{}.{}", self.user_seed % 250, 10 + self.number % 200);
        let cost = 250 + (i as u64 * 137 + u64::from(self.number) * 61) % 4000;
        match self.format {
            LogFormat::Json => json!({
                "TIME": at.to_rfc3339_opts(SecondsFormat::Millis, true),
                "EVENT_CLASS": class,
                "EVENT_SUBCLASS": sub,
                "STATUS_CODE": 0,
                "COST_TIME": cost,
                "USER": "app_user",
                "HOST": "%",
                "CLIENT_IP": client,
                "CONNECTION_ID": connection,
                "DATABASES": if db.is_empty() { vec![] } else { vec![db] },
                "TABLES": if table.is_empty() { vec![] } else { vec![table] },
                "SQL_TEXT": sql,
            })
            .to_string(),
            LogFormat::Text => format!(
                "[{}] [INFO] [EVENT_CLASS={class}] [EVENT_SUBCLASS={sub}] [STATUS_CODE=0] \
                 [COST_TIME={cost}] [USER=app_user] [HOST=%] [CLIENT_IP={client}] \
                 [CONNECTION_ID={connection}] [DATABASES=\"[{db}]\"] [TABLES=\"[{table}]\"] \
                 [SQL_TEXT={sql:?}]",
                at.format("%Y/%m/%d %H:%M:%S%.3f +00:00")
            ),
        }
    }
}

/// A download address handed out for a file, good until `expires`.
#[derive(Debug, Clone)]
pub struct DownloadAddress {
    pub token: String,
    pub tier: Tier,
    pub cluster_id: String,
    pub file_name: String,
    pub expires: Instant,
}

/// The URL of a download address: where a file's bytes can be had, from the
/// mock's object storage, until it expires `seconds` after it was made.
pub fn download_url(
    objects: &Objects,
    tier: Tier,
    cluster_id: &str,
    file_name: &str,
    seconds: u64,
) -> String {
    let key = format!("{}/{cluster_id}/{file_name}", tier.storage_key());
    objects.signed_url("GET", &key, seconds)
}

impl Tier {
    /// The tier's folder in the object storage.
    pub fn storage_key(self) -> &'static str {
        match self {
            Tier::Dedicated => "auditlogs/dedicated",
            Tier::Serverless => "auditlogs/serverless",
        }
    }
}
