//! Data migrations into a Starter or Essential cluster from MySQL sources
//! (self-managed, Amazon RDS, Alibaba Cloud RDS): list, create, get, delete,
//! pause and resume; and the prechecks that try a migration's settings before
//! it is created.

use crate::api::{
    check_page_size, credentials, list_request, object, request, require_object, require_text,
    text_opt, Api, ListSpec, Pending,
};
use crate::error::{Error, Result};
use crate::http::Request;
use crate::operations::{self as ops, Operation};
use serde_json::{json, Value};

/// Fields of a source or target that carry credentials: kept out of errors and logs.
const CREDENTIALS: &[&str] = &["password", "sslKeyContent"];

/// Every state of a migration (its waiter's row).
pub const STATES: [&str; 5] = ["CREATING", "RUNNING", "PAUSED", "FAILED", "DELETING"];

/// Every status of a precheck (its waiter's row).
pub const PRECHECK_STATES: [&str; 5] = ["RUNNING", "FINISHED", "PENDING", "FAILED", "CANCELED"];

const SOURCE_TYPES: &[&str] = &["MYSQL", "ALICLOUD_RDS_MYSQL", "AWS_RDS_MYSQL"];
const MODES: &[&str] = &["ALL", "INCREMENTAL"];
const SHARD_MODES: &[&str] = &["PESSIMISTIC", "OPTIMISTIC"];

fn one_of(name: &str, v: &str, allowed: &[&str]) -> Result<()> {
    if allowed.contains(&v) {
        Ok(())
    } else {
        Err(Error::invalid(format!(
            "{name} must be one of {}, got {v:?}",
            allowed.join(", ")
        )))
    }
}

/// What a migration (or its precheck) moves, from where and how.
#[derive(Debug, Clone)]
pub struct Plan {
    pub display_name: String,
    /// `[{"sourceType": "MYSQL", "connProfile": {...}, ...}]`.
    pub sources: Value,
    /// `{"user", "password"}` of the cluster.
    pub target: Value,
    pub mode: String,
    pub shard_mode: Option<String>,
}

impl Plan {
    /// The body both creates send, checked as far as the definitions say
    /// without asking the service: each source's type and connection profile,
    /// the target's user and password, the modes.
    fn body(self) -> Result<Value> {
        require_text("display_name", &self.display_name)?;
        let sources = self
            .sources
            .as_array()
            .filter(|s| !s.is_empty())
            .ok_or_else(|| Error::invalid("sources must be a non-empty list of dicts"))?;
        for (i, s) in sources.iter().enumerate() {
            require_object(&format!("sources[{i}]"), s)?;
            let kind = s.get("sourceType").and_then(Value::as_str).ok_or_else(|| {
                Error::invalid(format!(
                    "sources[{i}] needs \"sourceType\": one of {}",
                    SOURCE_TYPES.join(", ")
                ))
            })?;
            one_of(&format!("sources[{i}].sourceType"), kind, SOURCE_TYPES)?;
            let conn = s.get("connProfile").unwrap_or(&Value::Null);
            require_object(&format!("sources[{i}].connProfile"), conn)?;
        }
        require_object("target", &self.target)?;
        for field in ["user", "password"] {
            let given = self.target.get(field).and_then(Value::as_str);
            if given.is_none_or(|v| v.is_empty()) {
                return Err(Error::invalid(format!("target needs {field:?}")));
            }
        }
        one_of("mode", &self.mode, MODES)?;
        if let Some(m) = text_opt("shard_mode", self.shard_mode.as_deref())? {
            one_of("shard_mode", m, SHARD_MODES)?;
        }
        Ok(object([
            ("displayName", Some(json!(self.display_name))),
            ("sources", Some(self.sources)),
            ("target", Some(self.target)),
            ("mode", Some(json!(self.mode))),
            ("shardMode", self.shard_mode.map(Value::from)),
        ]))
    }

    /// The request of `op` with this plan as its body, credentials marked secret.
    fn request(self, op: &'static Operation, cluster_id: &str) -> Result<Request> {
        let req = request(op, &[("cluster_id", cluster_id)])?;
        let body = self.body()?;
        let secrets = credentials(&body, CREDENTIALS);
        Ok(secrets.into_iter().fold(req.body(body), Request::secret))
    }
}

pub fn list(cluster_id: &str, order_by: Option<&str>, page_size: Option<i64>) -> Result<ListSpec> {
    let mut spec = list_request(&ops::LIST_MIGRATIONS, &[("cluster_id", cluster_id)])?;
    spec.request = spec
        .request
        .query_opt("orderBy", text_opt("order_by", order_by)?)
        .query_opt("pageSize", check_page_size(page_size)?);
    Ok(spec)
}

pub fn create(api: &Api, cluster_id: &str, plan: Plan) -> Result<Pending> {
    api.call(plan.request(&ops::CREATE_MIGRATION, cluster_id)?)
}

fn on_migration(op: &'static Operation, cluster_id: &str, id: &str) -> Result<Request> {
    request(op, &[("cluster_id", cluster_id), ("migration_id", id)])
}

pub fn get(api: &Api, cluster_id: &str, id: &str) -> Result<Pending> {
    api.call(on_migration(&ops::GET_MIGRATION, cluster_id, id)?)
}

/// A waiter's poll: the migration of `ids`, `[cluster_id, migration_id]`.
pub fn poll(api: &Api, ids: &[&str]) -> Result<Pending> {
    match ids {
        [cluster_id, id] => get(api, cluster_id, id),
        _ => Err(Error::invalid("a migration takes 2 ids")),
    }
}

pub fn delete(api: &Api, cluster_id: &str, id: &str) -> Result<Pending> {
    api.call(on_migration(&ops::DELETE_MIGRATION, cluster_id, id)?)
}

/// Pause (`pause`) or resume a migration; the service takes an empty body.
pub fn pause_or_resume(api: &Api, cluster_id: &str, id: &str, pause: bool) -> Result<Pending> {
    let op = if pause {
        &ops::PAUSE_MIGRATION
    } else {
        &ops::RESUME_MIGRATION
    };
    api.call(on_migration(op, cluster_id, id)?.body(json!({})))
}

/// Try `plan` against its sources and the cluster; answers `{"precheckId"}`.
pub fn create_precheck(api: &Api, cluster_id: &str, plan: Plan) -> Result<Pending> {
    api.call(plan.request(&ops::CREATE_MIGRATION_PRECHECK, cluster_id)?)
}

fn on_precheck(op: &'static Operation, cluster_id: &str, id: &str) -> Result<Request> {
    request(op, &[("cluster_id", cluster_id), ("precheck_id", id)])
}

pub fn get_precheck(api: &Api, cluster_id: &str, id: &str) -> Result<Pending> {
    api.call(on_precheck(&ops::GET_MIGRATION_PRECHECK, cluster_id, id)?)
}

/// A waiter's poll: the precheck of `ids`, `[cluster_id, precheck_id]`.
pub fn poll_precheck(api: &Api, ids: &[&str]) -> Result<Pending> {
    match ids {
        [cluster_id, id] => get_precheck(api, cluster_id, id),
        _ => Err(Error::invalid("a migration precheck takes 2 ids")),
    }
}

pub fn delete_precheck(api: &Api, cluster_id: &str, id: &str) -> Result<Pending> {
    api.call(on_precheck(
        &ops::DELETE_MIGRATION_PRECHECK,
        cluster_id,
        id,
    )?)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plan() -> Plan {
        Plan {
            display_name: "m".into(),
            sources: json!([{"sourceType": "MYSQL", "connProfile": {"connType": "PUBLIC"}}]),
            target: json!({"user": "u", "password": "p"}),
            mode: "ALL".into(),
            shard_mode: None,
        }
    }

    #[test]
    fn a_plan_is_checked_before_it_is_sent() {
        assert!(plan().body().is_ok());
        let bad = |f: fn(&mut Plan)| {
            let mut p = plan();
            f(&mut p);
            p.body().unwrap_err().to_string()
        };
        assert!(bad(|p| p.sources = json!([])).contains("sources"));
        assert!(
            bad(|p| p.sources = json!([{"sourceType": "PG", "connProfile": {}}]))
                .contains("sourceType")
        );
        assert!(bad(|p| p.sources = json!([{"sourceType": "MYSQL"}])).contains("connProfile"));
        assert!(bad(|p| p.target = json!({"user": "u"})).contains("password"));
        assert!(bad(|p| p.mode = "FULL".into()).contains("mode"));
        assert!(bad(|p| p.shard_mode = Some("x".into())).contains("shard_mode"));
        assert!(bad(|p| p.display_name = " ".into()).contains("display_name"));
    }
}
