//! Members of the organization (IAM server): list them, invite people by
//! email, change the roles of one or many, remove one, and send a pending
//! invitation again. Roles are dicts in the API's shape:
//! `{"rbacRole": "project:dev", "scopeId": "<project id>"}`.

use super::{
    check_page_size, fixed_request, list_request, object, request, require_text, text_opt, Api,
    ListSpec, Pending,
};
use crate::error::{Error, Result};
use crate::operations as ops;
use serde_json::{json, Value};

pub const ORG_ROLES: &[&str] = &[
    "org:owner",
    "org:member",
    "org:billing_admin",
    "org:billing_viewer",
    "org:audit_admin",
];
pub const PROJECT_ROLES: &[&str] = &[
    "project:owner",
    "project:dev",
    "project:readonly",
    "project:ctl_plane_viewer",
];
pub const INSTANCE_ROLES: &[&str] = &["cluster:admin", "cluster:viewer"];
const STATUSES: &[&str] = &["Active", "Pending"];
const ORDERS: &[&str] = &[
    "email asc",
    "email desc",
    "invite_time asc",
    "invite_time desc",
    "login_time asc",
    "login_time desc",
];

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

/// Members, filtered as the service does: by email, any of `roles`, any of
/// `statuses`, a project or a Starter/Essential instance, in `order_by`.
pub struct Filter<'a> {
    pub email: Option<&'a str>,
    pub roles: &'a [String],
    pub statuses: &'a [String],
    pub order_by: Option<&'a str>,
    pub project_id: Option<&'a str>,
    pub instance_id: Option<&'a str>,
}

pub fn list(f: Filter<'_>, page_size: Option<i64>) -> Result<ListSpec> {
    let all_roles = [ORG_ROLES, PROJECT_ROLES, INSTANCE_ROLES].concat();
    let mut spec = list_request(&ops::LIST_MEMBERS, &[])?;
    let mut req = spec.request;
    for r in f.roles {
        one_of("roles[]", r, &all_roles)?;
        req = req.query("roles", r.as_str());
    }
    for s in f.statuses {
        one_of("statuses[]", s, STATUSES)?;
        req = req.query("statuses", s.as_str());
    }
    if let Some(o) = f.order_by {
        one_of("order_by", o, ORDERS)?;
    }
    spec.request = req
        .query_opt("email", text_opt("email", f.email)?)
        .query_opt("orderBy", f.order_by)
        .query_opt("projectId", text_opt("project_id", f.project_id)?)
        .query_opt("instanceId", text_opt("instance_id", f.instance_id)?)
        .query_opt("pageSize", check_page_size(page_size)?);
    Ok(spec)
}

/// A role dict, `{"rbacRole", "scopeId"}`, with its role among `allowed`.
fn check_role(name: &str, v: &Value, allowed: &[&str], scoped: bool) -> Result<()> {
    let role = v.get("rbacRole").and_then(Value::as_str).ok_or_else(|| {
        Error::invalid(format!(
            "{name} must be a dict with \"rbacRole\" (one of {})",
            allowed.join(", ")
        ))
    })?;
    one_of(&format!("{name}[\"rbacRole\"]"), role, allowed)?;
    if scoped {
        let scope = v.get("scopeId").and_then(Value::as_str).unwrap_or("");
        require_text(&format!("{name}[\"scopeId\"]"), scope)?;
    }
    Ok(())
}

fn check_roles(name: &str, v: &Value, allowed: &[&str]) -> Result<()> {
    let items = v
        .as_array()
        .ok_or_else(|| Error::invalid(format!("{name} must be a list of role dicts")))?;
    for (i, r) in items.iter().enumerate() {
        check_role(&format!("{name}[{i}]"), r, allowed, true)?;
    }
    Ok(())
}

/// A member's roles, in the service's fields; what is absent stays.
#[derive(Debug, Clone, Default)]
pub struct Roles {
    pub org_role: Option<Value>,
    pub project_roles: Option<Value>,
    pub instance_roles: Option<Value>,
}

impl Roles {
    fn check(&self, at: &str) -> Result<()> {
        if let Some(r) = &self.org_role {
            check_role(&format!("{at}org_role"), r, ORG_ROLES, false)?;
        }
        if let Some(r) = &self.project_roles {
            check_roles(&format!("{at}project_roles"), r, PROJECT_ROLES)?;
        }
        if let Some(r) = &self.instance_roles {
            check_roles(&format!("{at}instance_roles"), r, INSTANCE_ROLES)?;
        }
        Ok(())
    }

    fn is_empty(&self) -> bool {
        self.org_role.is_none() && self.project_roles.is_none() && self.instance_roles.is_none()
    }

    fn fields(self) -> [(&'static str, Option<Value>); 3] {
        [
            ("orgRole", self.org_role),
            ("projectRoles", self.project_roles),
            ("instanceRoles", self.instance_roles),
        ]
    }
}

/// Invite people by email, each with `roles` (an organization role is required).
pub fn invite(api: &Api, emails: &[String], roles: Roles) -> Result<Pending> {
    if emails.is_empty() {
        return Err(Error::invalid("emails must list at least one address"));
    }
    for e in emails {
        let ok = e
            .split_once('@')
            .is_some_and(|(who, at)| !who.is_empty() && at.contains('.'));
        if !ok {
            return Err(Error::invalid(format!(
                "emails: {e:?} is not an email address"
            )));
        }
    }
    if roles.org_role.is_none() {
        return Err(Error::invalid(
            "invite needs org_role= ({\"rbacRole\": \"org:member\"}, ...)",
        ));
    }
    roles.check("")?;
    let [o, p, i] = roles.fields();
    let body = object([("emails", Some(json!(emails))), o, p, i]);
    api.call(fixed_request(&ops::INVITE_MEMBERS).body(body))
}

/// Change several members' roles at once: `users` is a list of
/// `{"userId", "orgRole"?, "projectRoles"?, "instanceRoles"?}`.
pub fn batch_update(api: &Api, users: &Value) -> Result<Pending> {
    let items = users
        .as_array()
        .filter(|u| !u.is_empty())
        .ok_or_else(|| Error::invalid("users must be a non-empty list of dicts with \"userId\""))?;
    for (i, u) in items.iter().enumerate() {
        let id = u.get("userId").and_then(Value::as_str).unwrap_or("");
        require_text(&format!("users[{i}][\"userId\"]"), id)?;
        let roles = Roles {
            org_role: u.get("orgRole").cloned(),
            project_roles: u.get("projectRoles").cloned(),
            instance_roles: u.get("instanceRoles").cloned(),
        };
        roles.check(&format!("users[{i}]."))?;
    }
    let body = json!({ "users": users });
    api.call(fixed_request(&ops::BATCH_UPDATE_MEMBERS).body(body))
}

pub fn update(api: &Api, user_id: &str, roles: Roles) -> Result<Pending> {
    let req = request(&ops::UPDATE_MEMBER, &[("user_id", user_id)])?;
    if roles.is_empty() {
        return Err(Error::invalid(
            "update needs org_role=, project_roles= or instance_roles= (nothing to change)",
        ));
    }
    roles.check("")?;
    let [o, p, i] = roles.fields();
    api.call(req.body(object([o, p, i])))
}

pub fn delete(api: &Api, user_id: &str) -> Result<Pending> {
    api.call(request(&ops::DELETE_MEMBER, &[("user_id", user_id)])?)
}

/// Send a pending member's invitation email again.
pub fn resend_invitation(api: &Api, user_id: &str) -> Result<Pending> {
    api.call(request(
        &ops::RESEND_MEMBER_INVITATION,
        &[("user_id", user_id)],
    )?)
}
