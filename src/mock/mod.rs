//! A mock of the TiDB Cloud API that behaves like the service: digest auth,
//! validation, state machines, paging, the per-key rate limit. It shares no code
//! with the client beyond plain data, so that it catches the client's mistakes.

mod access;
mod api_keys;
mod audit_logs;
mod auth;
mod aws_cmek;
mod backups;
mod billing;
mod changefeed_sinks;
mod changefeeds;
mod checks;
mod clock;
mod cluster_settings;
mod clusters;
mod context;
mod control;
mod csv_scan;
mod database_audit_logging;
mod db_user;
mod export_content;
mod faults;
mod front;
mod imports;
mod integrations;
mod listing;
mod log;
mod log_redaction;
mod maintenance;
mod members;
mod network;
mod node_instances;
mod object_serving;
mod objects;
mod options;
mod paging;
mod private_endpoints;
mod projects;
mod ratelimit;
mod records;
mod regions;
mod reply;
mod router;
mod seed;
mod server;
mod serverless;
mod shared;
mod sql_users;
mod state;
mod storage;
mod tidb_node_groups;

pub use auth::Algorithm;
pub use faults::{Fault, FaultKind};
pub use log::Logged;
pub use options::MockOptions;
pub use server::MockServer;
