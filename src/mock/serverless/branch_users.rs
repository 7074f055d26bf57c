//! A branch's SQL users: a new password for one of them. A branch's users
//! carry its user prefix (`<userPrefix>.root`, and those made in SQL); the
//! password is taken, never returned.

use crate::mock::access::{can_write, serverless_visible};
use crate::mock::context::{Ctx, Route};
use crate::mock::records::state_at;
use crate::mock::reply::{check_root_password, ok, Fail, Fields, Reply};
use crate::mock::state::State;
use serde_json::json;

pub fn update(st: &mut State, ctx: &Ctx, cluster_id: &str, branch_id: &str, user: &str) -> Reply {
    can_write(ctx)?;
    serverless_visible(st, ctx, cluster_id)?;
    let b = Fields::parse(&ctx.body)?;
    b.only(&["password"], "the SQL user change")?;
    let password = b.req_str("password")?;
    check_root_password(password).map_err(|_| Fail::bad("password must be 8 to 64 characters"))?;
    let branch = st
        .serverless
        .branches
        .iter()
        .find(|x| x.id == branch_id && x.cluster_id == cluster_id)
        .ok_or_else(|| {
            Fail::not_found(format!(
                "branch {branch_id} not found in cluster {cluster_id}"
            ))
        })?;
    let s = state_at(branch.busy, ctx.now);
    if s != "ACTIVE" {
        return Err(Fail::bad(format!(
            "branch {branch_id} is {s}; its SQL users change once it is ACTIVE"
        )));
    }
    let ok_name = user
        .strip_prefix(&branch.user_prefix)
        .and_then(|rest| rest.strip_prefix('.'))
        .is_some_and(|rest| !rest.is_empty());
    if !ok_name {
        return Err(Fail::not_found(format!(
            "SQL user {user:?} not found in branch {branch_id}: its users are named {}.<name>",
            branch.user_prefix
        )));
    }
    st.audit(&ctx.key, "UpdateBranchSqlUser", None, None);
    ok(json!({ "username": user }))
}

/// The operations this module answers.
pub const ROUTES: &[Route] = &[("updateBranchSqlUser", |st, ctx, p| {
    update(st, ctx, p.at(0), p.at(1), p.at(2))
})];
