//! Mock handlers for SQL users (IAM): the cluster's root and the users made
//! through the API, with the service's built-in roles; passwords are kept and
//! never returned.

use super::access::{can_write, visible};
use super::context::{Ctx, Route};
use super::listing::{paged, Listing};
use super::reply::{ok, one_of, Fail, Fields, Reply};
use super::state::{SqlUserRec, State};
use axum::http::StatusCode;
use serde_json::{json, Value};

const BUILTIN_ROLES: &[&str] = &["role_admin", "role_readonly", "role_readwrite"];
const AUTH_METHODS: &[&str] = &["mysql_native_password"];

fn roles(b: &Fields<'_>) -> Result<(Option<String>, Option<Vec<String>>), Fail> {
    let builtin = b.opt_str("builtinRole")?;
    if let Some(r) = builtin {
        one_of("builtinRole", r, BUILTIN_ROLES)?;
    }
    let custom = match b.0.get("customRoles") {
        None | Some(Value::Null) => None,
        Some(Value::Array(items)) => Some(
            items
                .iter()
                .map(|r| {
                    r.as_str()
                        .filter(|s| !s.trim().is_empty())
                        .map(str::to_owned)
                        .ok_or_else(|| Fail::bad("customRoles must be a list of role names"))
                })
                .collect::<Result<Vec<_>, _>>()?,
        ),
        Some(_) => return Err(Fail::bad("customRoles must be a list of role names")),
    };
    Ok((builtin.map(str::to_owned), custom))
}

/// TiDB takes passwords of 8 characters or more here.
fn check_password(p: &str) -> Result<(), Fail> {
    if p.chars().count() < 8 {
        return Err(Fail::bad("password must be at least 8 characters long"));
    }
    Ok(())
}

pub fn list(state: &mut State, ctx: &Ctx, cluster_id: &str) -> Reply {
    let c = visible(state, ctx, cluster_id)?;
    let listing = format!("sqlUsers|{cluster_id}");
    let items: Vec<Value> = c.sql_users.iter().map(SqlUserRec::to_json).collect();
    paged(
        ctx,
        Listing::new(&listing, "sqlUsers"),
        (0u64..).zip(items),
        |v| v,
    )
}

pub fn get(state: &mut State, ctx: &Ctx, cluster_id: &str, name: &str) -> Reply {
    visible(state, ctx, cluster_id)?
        .sql_users
        .iter()
        .find(|u| u.user_name == name)
        .map(|u| Some(u.to_json()))
        .ok_or_else(|| {
            Fail::not_found(format!("SQL user {name} not found in cluster {cluster_id}"))
        })
}

pub fn create(state: &mut State, ctx: &Ctx, cluster_id: &str) -> Reply {
    can_write(ctx)?;
    let c = visible(state, ctx, cluster_id)?;
    let b = Fields::parse(&ctx.body)?;
    let name = b.req_str("userName")?;
    if name.chars().count() > 32 {
        return Err(Fail::bad("userName must be at most 32 characters long"));
    }
    let password = b.req_str("password")?;
    check_password(password)?;
    let auth = b.opt_str("authMethod")?.unwrap_or("mysql_native_password");
    one_of("authMethod", auth, AUTH_METHODS)?;
    let (builtin, custom) = roles(&b)?;
    if builtin.is_none() && custom.as_ref().is_none_or(Vec::is_empty) {
        return Err(Fail::bad("give builtinRole or customRoles"));
    }
    if c.sql_users.iter().any(|u| u.user_name == name) {
        return Err(Fail::new(
            StatusCode::CONFLICT,
            format!("SQL user {name} already exists in cluster {cluster_id}"),
        ));
    }
    let project = c.project_id.clone();
    let rec = SqlUserRec {
        user_name: name.to_owned(),
        auth_method: auth.to_owned(),
        builtin_role: builtin,
        custom_roles: custom.unwrap_or_default(),
        password: password.to_owned(),
    };
    let out = rec.to_json();
    if let Some(c) = state.cluster_mut(cluster_id) {
        c.sql_users.push(rec);
    }
    state.audit(&ctx.key, "CreateSqlUser", Some(cluster_id), Some(&project));
    ok(out)
}

pub fn update(state: &mut State, ctx: &Ctx, cluster_id: &str, name: &str) -> Reply {
    can_write(ctx)?;
    get(state, ctx, cluster_id, name)?;
    let b = Fields::parse(&ctx.body)?;
    let (builtin, custom) = roles(&b)?;
    let password = b.opt_str("password")?;
    if let Some(p) = password {
        check_password(p)?;
    }
    if builtin.is_none() && custom.is_none() && password.is_none() {
        return Err(Fail::bad(
            "nothing to update: give builtinRole, customRoles or password",
        ));
    }
    let project = visible(state, ctx, cluster_id)?.project_id.clone();
    let mut out = json!({});
    if let Some(c) = state.cluster_mut(cluster_id) {
        if let Some(u) = c.sql_users.iter_mut().find(|u| u.user_name == name) {
            if builtin.is_some() {
                u.builtin_role = builtin;
            }
            if let Some(r) = custom {
                u.custom_roles = r;
            }
            if let Some(p) = password {
                u.password = p.to_owned();
            }
            out = u.to_json();
        }
    }
    state.audit(&ctx.key, "UpdateSqlUser", Some(cluster_id), Some(&project));
    ok(out)
}

pub fn delete(state: &mut State, ctx: &Ctx, cluster_id: &str, name: &str) -> Reply {
    can_write(ctx)?;
    get(state, ctx, cluster_id, name)?;
    if name == "root" {
        return Err(Fail::bad("the root user cannot be deleted"));
    }
    let project = visible(state, ctx, cluster_id)?.project_id.clone();
    if let Some(c) = state.cluster_mut(cluster_id) {
        c.sql_users.retain(|u| u.user_name != name);
    }
    state.audit(&ctx.key, "DeleteSqlUser", Some(cluster_id), Some(&project));
    ok(json!({ "code": 200, "message": "success" }))
}

/// The operations this module answers.
pub const ROUTES: &[Route] = &[
    ("listSqlUsers", |st, ctx, p| list(st, ctx, p.at(0))),
    ("createSqlUser", |st, ctx, p| create(st, ctx, p.at(0))),
    ("getSqlUser", |st, ctx, p| get(st, ctx, p.at(0), p.at(1))),
    ("updateSqlUser", |st, ctx, p| {
        update(st, ctx, p.at(0), p.at(1))
    }),
    ("deleteSqlUser", |st, ctx, p| {
        delete(st, ctx, p.at(0), p.at(1))
    }),
];
