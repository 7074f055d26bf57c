//! Mock handlers for API keys (IAM): only an organization owner manages keys;
//! a created key authenticates at once, a deleted one is refused; the secret is
//! in the create response and nowhere else.

use super::context::{Ctx, Route};
use super::listing::paged_by;
use super::reply::{check_display_name, empty, ok, Fail, Fields, Reply};
use super::state::{KeyRec, State, DEFAULT_PROJECT, ROLES};
use serde_json::Value;

fn owner_only(ctx: &Ctx) -> Result<(), Fail> {
    if ctx.key.role == "org:owner" {
        Ok(())
    } else {
        Err(Fail::forbidden(format!(
            "the role {:?} of this API key cannot manage API keys",
            ctx.key.role
        )))
    }
}

/// The project a key with `role` belongs to: an organization role takes no
/// project (0); a project role without one goes to the default project.
fn project_for(state: &State, role: &str, project_id: Option<i64>) -> Result<i64, Fail> {
    if !ROLES.contains(&role) {
        return Err(Fail::bad(format!(
            "role {role:?} is not one of {}",
            ROLES.join(", ")
        )));
    }
    let project_role = role.starts_with("project:");
    let project_id = match project_id {
        Some(p) => p,
        None if project_role => DEFAULT_PROJECT.parse().unwrap_or(0),
        None => 0,
    };
    if project_role && project_id == 0 {
        return Err(Fail::bad(format!(
            "the project role {role:?} needs a projectId other than 0"
        )));
    }
    if !project_role && project_id != 0 {
        return Err(Fail::bad(format!(
            "the organization role {role:?} takes no projectId"
        )));
    }
    if project_id != 0 && !state.is_project(&project_id.to_string()) {
        return Err(Fail::bad(format!(
            "projectId {project_id} is not a project of this organization"
        )));
    }
    Ok(project_id)
}

pub fn list(state: &mut State, ctx: &Ctx) -> Reply {
    owner_only(ctx)?;
    let project = match ctx.query.get("projectId") {
        None => None,
        Some(p) => Some(
            p.parse::<i64>()
                .map_err(|_| Fail::bad(format!("projectId must be an integer, got {p:?}")))?,
        ),
    };
    // Keys are stored by access key; pages go in creation order.
    let mut items: Vec<_> = state
        .keys
        .values()
        .filter(|k| project.is_none_or(|p| k.project_id == p))
        .map(|k| (k.seq, k))
        .collect();
    items.sort_by_key(|(seq, _)| *seq);
    let listing = format!(
        "apikeys|{}",
        project.map(|p| p.to_string()).unwrap_or_default()
    );
    paged_by(ctx, &listing, "apiKeys", items, KeyRec::to_json)
}

pub fn create(state: &mut State, ctx: &Ctx) -> Reply {
    owner_only(ctx)?;
    let b = Fields::parse(&ctx.body)?;
    let name = b.req_str("displayName")?;
    check_display_name(name)?;
    let role = b.req_str("role")?;
    let project_id = project_for(state, role, b.opt_int("projectId")?)?;
    let key = state.add_key(name, role, project_id);
    let mut out = key.to_json();
    out["secretKey"] = Value::String(key.secret.clone());
    state.audit(&ctx.key, "CreateApiKey", None, None);
    ok(out)
}

pub fn get(state: &mut State, ctx: &Ctx, access_key: &str) -> Reply {
    owner_only(ctx)?;
    let k = state
        .keys
        .get(access_key)
        .ok_or_else(|| Fail::not_found(format!("API key {access_key} not found")))?;
    ok(k.to_json())
}

pub fn update(state: &mut State, ctx: &Ctx, access_key: &str) -> Reply {
    owner_only(ctx)?;
    let b = Fields::parse(&ctx.body)?;
    let name = b.opt_str("displayName")?;
    let role = b.opt_str("role")?;
    let project = b.opt_int("projectId")?;
    if name.is_none() && role.is_none() && project.is_none() {
        return Err(Fail::bad(
            "nothing to update: give displayName, role or projectId",
        ));
    }
    let current = state
        .keys
        .get(access_key)
        .ok_or_else(|| Fail::not_found(format!("API key {access_key} not found")))?;
    if let Some(n) = name {
        check_display_name(n)?;
    }
    let role = role.unwrap_or(&current.role).to_owned();
    let project_id = project_for(state, &role, project.or(Some(current.project_id)))?;
    if let Some(k) = state.keys.get_mut(access_key) {
        if let Some(n) = name {
            k.display_name = n.to_owned();
        }
        k.role = role;
        k.project_id = project_id;
    }
    state.audit(&ctx.key, "UpdateApiKey", None, None);
    empty()
}

pub fn delete(state: &mut State, ctx: &Ctx, access_key: &str) -> Reply {
    owner_only(ctx)?;
    state
        .keys
        .remove(access_key)
        .ok_or_else(|| Fail::not_found(format!("API key {access_key} not found")))?;
    state.audit(&ctx.key, "DeleteApiKey", None, None);
    empty()
}

/// The operations this module answers.
pub const ROUTES: &[Route] = &[
    ("listApiKeys", |st, ctx, _| list(st, ctx)),
    ("createApiKey", |st, ctx, _| create(st, ctx)),
    ("getApiKey", |st, ctx, p| get(st, ctx, p.at(0))),
    ("updateApiKey", |st, ctx, p| update(st, ctx, p.at(0))),
    ("deleteApiKey", |st, ctx, p| delete(st, ctx, p.at(0))),
];
