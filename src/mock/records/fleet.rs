//! Records of operating a fleet of Dedicated clusters: each project's
//! maintenance window and the maintenance tasks scheduled into it, each
//! cluster's log redaction, the organization's members, and each project's
//! AWS encryption keys.

use crate::mock::state::rfc3339;
use chrono::{DateTime, Datelike, Duration as Span, TimeZone, Timelike, Utc};
use serde_json::{json, Value};
use std::collections::{BTreeMap, BTreeSet};

/// The family's records, kept in the mock's one state.
#[derive(Default)]
pub struct FleetData {
    /// Maintenance windows by project id; a project without one has the default.
    pub windows: BTreeMap<String, WindowRec>,
    pub tasks: Vec<TaskRec>,
    /// Projects whose tasks have been planned.
    pub planned: BTreeSet<String>,
    /// Each Dedicated cluster's log redaction (true unless turned off).
    pub redact_log: BTreeMap<String, bool>,
    /// The organization's members, and whether its first ones were made.
    pub members: Vec<MemberRec>,
    pub members_seeded: bool,
    /// Each project's AWS KMS keys, as (region, key ARN).
    pub cmek: BTreeMap<String, Vec<(String, String)>>,
}

/// When a project's weekly maintenance window opens, in UTC.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct WindowRec {
    /// 0 (Sunday) to 6.
    pub week_day: i64,
    pub day_hour: i64,
    pub hour_minute: i64,
}

impl Default for WindowRec {
    /// Tuesday 03:00 UTC, a quiet hour, until the project moves it.
    fn default() -> Self {
        WindowRec {
            week_day: 2,
            day_hour: 3,
            hour_minute: 0,
        }
    }
}

impl WindowRec {
    /// The first opening of the window after `now`.
    pub fn next_after(&self, now: DateTime<Utc>) -> DateTime<Utc> {
        let today = now.weekday().num_days_from_sunday() as i64;
        let midnight = Utc
            .with_ymd_and_hms(now.year(), now.month(), now.day(), 0, 0, 0)
            .single()
            .unwrap_or(now);
        let days = (self.week_day - today).rem_euclid(7);
        let at = midnight
            + Span::days(days)
            + Span::hours(self.day_hour)
            + Span::minutes(self.hour_minute);
        if at > now {
            at
        } else {
            at + Span::days(7)
        }
    }
}

#[derive(Debug, Clone)]
pub struct TaskRec {
    pub id: String,
    pub project_id: String,
    pub description: String,
    pub created: DateTime<Utc>,
    pub scheduled: DateTime<Utc>,
    pub deadline: DateTime<Utc>,
    /// Rescheduled by hand: a new window leaves it where it was put.
    pub deferred: bool,
}

impl TaskRec {
    /// PENDING until its time, RUNNING for `run` after it, then DONE.
    pub fn state(&self, now: DateTime<Utc>, run: Span) -> &'static str {
        if now < self.scheduled {
            "PENDING"
        } else if now < self.scheduled + run {
            "RUNNING"
        } else {
            "DONE"
        }
    }

    pub fn json(&self, now: DateTime<Utc>, run: Span) -> Value {
        json!({
            "name": format!("maintenanceTasks/{}", self.id),
            "maintenanceTaskId": self.id,
            "projectId": self.project_id,
            "description": self.description,
            "state": self.state(now, run),
            "createTime": rfc3339(self.created),
            "scheduledApplyTime": rfc3339(self.scheduled),
            "deadline": rfc3339(self.deadline),
        })
    }
}

/// A second's precision, as the service writes times.
pub fn whole_seconds(t: DateTime<Utc>) -> DateTime<Utc> {
    t.with_nanosecond(0).unwrap_or(t)
}

/// A member of the organization: an organization role, roles in projects and
/// instances as (role, scope id), and whether the invitation was accepted.
#[derive(Debug, Clone)]
pub struct MemberRec {
    pub user_id: String,
    pub email: String,
    pub first_name: String,
    pub last_name: String,
    pub org_role: String,
    pub project_roles: Vec<(String, String)>,
    pub instance_roles: Vec<(String, String)>,
    pub active: bool,
    pub invite_time: DateTime<Utc>,
    pub last_login: Option<DateTime<Utc>>,
}

impl MemberRec {
    pub fn status(&self) -> &'static str {
        if self.active {
            "Active"
        } else {
            "Pending"
        }
    }

    /// Every role the member holds, whatever its scope.
    pub fn has_role(&self, role: &str) -> bool {
        self.org_role == role
            || self.project_roles.iter().any(|(r, _)| r == role)
            || self.instance_roles.iter().any(|(r, _)| r == role)
    }

    pub fn json(&self, org_id: &str) -> Value {
        let scoped = |roles: &[(String, String)]| -> Vec<Value> {
            roles
                .iter()
                .map(|(r, s)| json!({ "rbacRole": r, "scopeId": s }))
                .collect()
        };
        let mut v = json!({
            "userId": self.user_id,
            "email": self.email,
            "firstName": self.first_name,
            "lastName": self.last_name,
            "orgRole": { "rbacRole": self.org_role, "scopeId": org_id },
            "projectRoles": scoped(&self.project_roles),
            "instanceRoles": scoped(&self.instance_roles),
            "status": self.status(),
            "inviteTime": rfc3339(self.invite_time),
        });
        if let Some(t) = self.last_login {
            v["lastLoginTime"] = json!(rfc3339(t));
        }
        v
    }
}
