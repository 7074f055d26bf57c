//! Mock handlers for the organization's members (IAM). The organization
//! starts with its owner and one member, both Active; an invitation adds a
//! Pending member, who stays Pending (nobody accepts mail in the mock) and
//! whose invitation may be sent again. Every operation needs an organization
//! owner's key; the last owner can be neither demoted nor removed.

use super::access::org_owner;
use super::context::{Ctx, Route};
use super::listing::{paged, Listing};
use super::reply::{empty, ok, one_of, Fail, Fields, Reply};
use super::state::{State, ORG_ID};
use crate::mock::records::MemberRec;
use chrono::{Duration as Span, Utc};
use serde_json::{json, Value};

const ORG_ROLES: &[&str] = &[
    "org:owner",
    "org:member",
    "org:billing_admin",
    "org:billing_viewer",
    "org:audit_admin",
];
const PROJECT_ROLES: &[&str] = &[
    "project:owner",
    "project:dev",
    "project:readonly",
    "project:ctl_plane_viewer",
];
const INSTANCE_ROLES: &[&str] = &["cluster:admin", "cluster:viewer"];
const ORDERS: &[&str] = &[
    "email asc",
    "email desc",
    "invite_time asc",
    "invite_time desc",
    "login_time asc",
    "login_time desc",
];

/// The owner and a member the organization was made with.
fn seed(st: &mut State) {
    if st.fleet.members_seeded {
        return;
    }
    st.fleet.members_seeded = true;
    let now = Utc::now();
    for (email, first, last, role, days) in [
        ("owner@tidbcloud.mock", "Olivia", "Owner", "org:owner", 400),
        ("member@tidbcloud.mock", "Mark", "Member", "org:member", 200),
    ] {
        let seq = st.next_seq();
        let at = now - Span::days(days);
        st.fleet.members.push(MemberRec {
            user_id: format!("{}", 1_370_000_000_000_000_000 + seq),
            email: email.into(),
            first_name: first.into(),
            last_name: last.into(),
            org_role: role.into(),
            project_roles: Vec::new(),
            instance_roles: Vec::new(),
            active: true,
            invite_time: at,
            last_login: Some(now - Span::days(1)),
        });
    }
}

fn start(st: &mut State, ctx: &Ctx) -> Result<(), Fail> {
    org_owner(ctx, "manage the organization's members")?;
    seed(st);
    Ok(())
}

fn find<'a>(st: &'a State, id: &str) -> Result<&'a MemberRec, Fail> {
    st.fleet
        .members
        .iter()
        .find(|m| m.user_id == id)
        .ok_or_else(|| Fail::not_found(format!("member {id} not found")))
}

pub fn list(st: &mut State, ctx: &Ctx) -> Reply {
    start(st, ctx)?;
    let q = &ctx.query;
    let roles = q.all("roles");
    let all_roles = [ORG_ROLES, PROJECT_ROLES, INSTANCE_ROLES].concat();
    for r in &roles {
        one_of("roles", r, &all_roles)?;
    }
    let statuses = q.all("statuses");
    for s in &statuses {
        one_of("statuses", s, &["Active", "Pending"])?;
    }
    let order = q.get("orderBy").unwrap_or("email asc");
    one_of("orderBy", order, ORDERS)?;
    let email = q.get("email").map(str::to_ascii_lowercase);
    let (project, instance) = (q.get("projectId"), q.get("instanceId"));
    let mut found: Vec<&MemberRec> = st
        .fleet
        .members
        .iter()
        .filter(|m| {
            email
                .as_ref()
                .is_none_or(|e| m.email.eq_ignore_ascii_case(e))
        })
        .filter(|m| roles.is_empty() || roles.iter().any(|r| m.has_role(r)))
        .filter(|m| statuses.is_empty() || statuses.contains(&m.status()))
        .filter(|m| project.is_none_or(|p| m.project_roles.iter().any(|(_, s)| s == p)))
        .filter(|m| instance.is_none_or(|i| m.instance_roles.iter().any(|(_, s)| s == i)))
        .collect();
    let (field, dir) = order.split_once(' ').unwrap_or((order, "asc"));
    found.sort_by(|a, b| match field {
        "invite_time" => a.invite_time.cmp(&b.invite_time),
        "login_time" => a.last_login.cmp(&b.last_login),
        _ => a.email.cmp(&b.email),
    });
    if dir == "desc" {
        found.reverse();
    }
    let listing =
        format!("members|{email:?}|{roles:?}|{statuses:?}|{order}|{project:?}|{instance:?}");
    paged(
        ctx,
        Listing::new(&listing, "users").counted(),
        (0u64..).zip(found),
        |m| m.json(ORG_ID),
    )
}

/// A role dict's role, checked against `allowed`, and its scope.
fn role(v: &Value, at: &str, allowed: &[&str]) -> Result<(String, String), Fail> {
    let f = v
        .as_object()
        .map(Fields)
        .ok_or_else(|| Fail::bad(format!("{at} must be an object")))?;
    f.only(&["rbacRole", "scopeId"], at)?;
    let r = f
        .req_str("rbacRole")
        .map_err(|_| Fail::bad(format!("{at}.rbacRole is required")))?;
    one_of(&format!("{at}.rbacRole"), r, allowed)?;
    let scope = f.opt_str("scopeId")?.unwrap_or_default();
    Ok((r.to_owned(), scope.to_owned()))
}

/// New roles from a body: Some for each field given.
struct Change {
    org: Option<String>,
    projects: Option<Vec<(String, String)>>,
    instances: Option<Vec<(String, String)>>,
}

fn change(st: &State, b: &Fields<'_>, at: &str) -> Result<Change, Fail> {
    let org = match b.0.get("orgRole") {
        None | Some(Value::Null) => None,
        Some(v) => {
            let (r, scope) = role(v, &format!("{at}orgRole"), ORG_ROLES)?;
            if !scope.is_empty() && scope != ORG_ID {
                return Err(Fail::bad(format!(
                    "{at}orgRole.scopeId {scope:?} is not this organization"
                )));
            }
            Some(r)
        }
    };
    let scoped = |field: &str, allowed: &[&str]| -> Result<Option<Vec<(String, String)>>, Fail> {
        match b.0.get(field) {
            None | Some(Value::Null) => Ok(None),
            Some(Value::Array(items)) => items
                .iter()
                .enumerate()
                .map(|(i, v)| {
                    let at = format!("{at}{field}[{i}]");
                    let (r, scope) = role(v, &at, allowed)?;
                    let known = if field == "projectRoles" {
                        st.is_project(&scope)
                    } else {
                        st.serverless.clusters.iter().any(|c| c.id == scope)
                    };
                    if known {
                        Ok((r, scope))
                    } else {
                        Err(Fail::bad(format!("{at}.scopeId {scope:?} is not found")))
                    }
                })
                .collect::<Result<Vec<_>, Fail>>()
                .map(Some),
            Some(_) => Err(Fail::bad(format!("{at}{field} must be a list"))),
        }
    };
    Ok(Change {
        org,
        projects: scoped("projectRoles", PROJECT_ROLES)?,
        instances: scoped("instanceRoles", INSTANCE_ROLES)?,
    })
}

fn owners(st: &State) -> usize {
    st.fleet
        .members
        .iter()
        .filter(|m| m.active && m.org_role == "org:owner")
        .count()
}

/// Apply `c` to member `id`, unless it would leave the organization without
/// an Active owner.
fn apply(st: &mut State, id: &str, c: Change) -> Result<(), Fail> {
    let m = find(st, id)?;
    let demoted =
        m.active && m.org_role == "org:owner" && c.org.as_deref().is_some_and(|r| r != "org:owner");
    if demoted && owners(st) == 1 {
        return Err(Fail::bad(format!(
            "member {id} is the organization's last owner; make another owner first"
        )));
    }
    if let Some(m) = st.fleet.members.iter_mut().find(|m| m.user_id == id) {
        if let Some(r) = c.org {
            m.org_role = r;
        }
        if let Some(p) = c.projects {
            m.project_roles = p;
        }
        if let Some(i) = c.instances {
            m.instance_roles = i;
        }
    }
    Ok(())
}

pub fn invite(st: &mut State, ctx: &Ctx) -> Reply {
    start(st, ctx)?;
    let b = Fields::parse(&ctx.body)?;
    b.only(
        &["emails", "orgRole", "projectRoles", "instanceRoles"],
        "an invitation",
    )?;
    let emails: Vec<String> = match b.0.get("emails") {
        Some(Value::Array(items)) if !items.is_empty() => items
            .iter()
            .map(|e| e.as_str().map(str::to_owned))
            .collect::<Option<_>>()
            .ok_or_else(|| Fail::bad("emails must be a list of strings"))?,
        _ => return Err(Fail::bad("emails is required (a non-empty list)")),
    };
    for (i, e) in emails.iter().enumerate() {
        let valid = e
            .split_once('@')
            .is_some_and(|(who, at)| !who.is_empty() && at.contains('.') && !at.contains('@'));
        if !valid {
            return Err(Fail::bad(format!(
                "emails[{i}] {e:?} is not an email address"
            )));
        }
        if emails[..i].iter().any(|o| o.eq_ignore_ascii_case(e)) {
            return Err(Fail::bad(format!("emails[{i}] {e:?} is given twice")));
        }
        if st
            .fleet
            .members
            .iter()
            .any(|m| m.email.eq_ignore_ascii_case(e))
        {
            return Err(Fail::new(
                axum::http::StatusCode::CONFLICT,
                format!("{e} is already a member of the organization"),
            ));
        }
    }
    let c = change(st, &b, "")?;
    let org = c.org.ok_or_else(|| Fail::bad("orgRole is required"))?;
    let now = Utc::now();
    let mut users = Vec::new();
    for e in emails {
        let seq = st.next_seq();
        let id = format!("{}", 1_370_000_000_000_000_000 + seq);
        users.push(json!({ "email": e, "userId": id }));
        st.fleet.members.push(MemberRec {
            user_id: id,
            email: e,
            first_name: String::new(),
            last_name: String::new(),
            org_role: org.clone(),
            project_roles: c.projects.clone().unwrap_or_default(),
            instance_roles: c.instances.clone().unwrap_or_default(),
            active: false,
            invite_time: now,
            last_login: None,
        });
    }
    st.audit(&ctx.key, "InviteMembers", None, None);
    ok(json!({
        "success": true,
        "message": format!("{} invitation(s) sent", users.len()),
        "users": users,
    }))
}

pub fn batch_update(st: &mut State, ctx: &Ctx) -> Reply {
    start(st, ctx)?;
    let b = Fields::parse(&ctx.body)?;
    b.only(&["users"], "a batch update")?;
    let Some(Value::Array(users)) =
        b.0.get("users")
            .filter(|u| u.as_array().is_some_and(|a| !a.is_empty()))
    else {
        return Err(Fail::bad("users is required (a non-empty list)"));
    };
    let mut results = Vec::new();
    for (i, u) in users.iter().enumerate() {
        let at = format!("users[{i}]");
        let f = u
            .as_object()
            .map(Fields)
            .ok_or_else(|| Fail::bad(format!("{at} must be an object")))?;
        f.only(&["userId", "orgRole", "projectRoles", "instanceRoles"], &at)?;
        let id = f
            .req_str("userId")
            .map_err(|_| Fail::bad(format!("{at}.userId is required")))?;
        // Each member succeeds or fails alone; a bad entry fails only itself.
        let done = change(st, &f, &format!("{at}.")).and_then(|c| apply(st, id, c));
        results.push(match done {
            Ok(()) => json!({ "userId": id, "success": true }),
            Err(e) => json!({
                "userId": id,
                "success": false,
                "error": { "code": e.status.as_u16().to_string(), "message": e.message },
            }),
        });
    }
    st.audit(&ctx.key, "BatchUpdateMembers", None, None);
    ok(json!({ "results": results }))
}

pub fn update(st: &mut State, ctx: &Ctx, id: &str) -> Reply {
    start(st, ctx)?;
    find(st, id)?;
    let b = Fields::parse(&ctx.body)?;
    b.only(
        &["orgRole", "projectRoles", "instanceRoles"],
        "a member update",
    )?;
    let c = change(st, &b, "")?;
    if c.org.is_none() && c.projects.is_none() && c.instances.is_none() {
        return Err(Fail::bad(
            "nothing to update: give orgRole, projectRoles or instanceRoles",
        ));
    }
    apply(st, id, c)?;
    st.audit(&ctx.key, "UpdateMember", None, None);
    empty()
}

pub fn delete(st: &mut State, ctx: &Ctx, id: &str) -> Reply {
    start(st, ctx)?;
    let m = find(st, id)?;
    if m.active && m.org_role == "org:owner" && owners(st) == 1 {
        return Err(Fail::bad(format!(
            "member {id} is the organization's last owner and cannot be removed"
        )));
    }
    st.fleet.members.retain(|m| m.user_id != id);
    st.audit(&ctx.key, "DeleteMember", None, None);
    empty()
}

pub fn resend(st: &mut State, ctx: &Ctx, id: &str) -> Reply {
    start(st, ctx)?;
    let m = find(st, id)?;
    if m.active {
        return Err(Fail::bad(format!(
            "member {id} accepted the invitation already (Active); nothing to resend"
        )));
    }
    let now = Utc::now();
    if let Some(m) = st.fleet.members.iter_mut().find(|m| m.user_id == id) {
        m.invite_time = now;
    }
    st.audit(&ctx.key, "ResendInvitation", None, None);
    empty()
}

/// The operations this module answers.
pub const ROUTES: &[Route] = &[
    ("listMembers", |st, ctx, _| list(st, ctx)),
    ("inviteMembers", |st, ctx, _| invite(st, ctx)),
    ("batchUpdateMembers", |st, ctx, _| batch_update(st, ctx)),
    ("updateMember", |st, ctx, p| update(st, ctx, p.at(0))),
    ("deleteMember", |st, ctx, p| delete(st, ctx, p.at(0))),
    ("resendMemberInvitation", |st, ctx, p| {
        resend(st, ctx, p.at(0))
    }),
];
