//! Mock handlers for API keys (IAM): only an Organization Owner manages keys;
//! a created key authenticates at once, a deleted one is refused; the secret is
//! in the create response and nowhere else.

use super::reply::{check_display_name, empty, ok, Body, Fail, Reply};
use super::routes::{paged_by, Ctx};
use super::state::{KeyRec, State, DEFAULT_PROJECT, OTHER_PROJECT, ROLES};
use serde_json::Value;

fn owner_only(ctx: &Ctx) -> Result<(), Fail> {
    if ctx.key.role == "Organization Owner" {
        Ok(())
    } else {
        Err(Fail::forbidden(format!(
            "the role {:?} of this API key cannot manage API keys",
            ctx.key.role
        )))
    }
}

fn check_role(role: &str, project_id: i64) -> Result<(), Fail> {
    if !ROLES.contains(&role) {
        return Err(Fail::bad(format!(
            "role {role:?} is not one of {}",
            ROLES.join(", ")
        )));
    }
    let project_role = role.starts_with("Project ");
    if project_role && project_id == 0 {
        return Err(Fail::bad(format!("the role {role:?} needs a projectId")));
    }
    if !project_role && project_id != 0 {
        return Err(Fail::bad(format!(
            "the organization role {role:?} takes no projectId"
        )));
    }
    if project_id != 0
        && ![DEFAULT_PROJECT, OTHER_PROJECT].contains(&project_id.to_string().as_str())
    {
        return Err(Fail::bad(format!(
            "projectId {project_id} is not a project of this organization"
        )));
    }
    Ok(())
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
    let b = Body::parse(&ctx.body)?;
    let name = b.req_str("displayName")?;
    check_display_name(name)?;
    let role = b.req_str("role")?;
    let project_id = b.opt_int("projectId")?.unwrap_or(0);
    check_role(role, project_id)?;
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
    let b = Body::parse(&ctx.body)?;
    let name = b.opt_str("displayName")?;
    let role = b.opt_str("role")?;
    if name.is_none() && role.is_none() {
        return Err(Fail::bad("nothing to update: give displayName or role"));
    }
    let current = state
        .keys
        .get(access_key)
        .ok_or_else(|| Fail::not_found(format!("API key {access_key} not found")))?;
    if let Some(n) = name {
        check_display_name(n)?;
    }
    if let Some(r) = role {
        check_role(r, current.project_id)?;
    }
    if let Some(k) = state.keys.get_mut(access_key) {
        if let Some(n) = name {
            k.display_name = n.to_owned();
        }
        if let Some(r) = role {
            k.role = r.to_owned();
        }
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
