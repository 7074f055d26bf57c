//! Who may see and change what: the roles that manage clusters, and the
//! clusters a key may see (a project key sees its own project only).

use super::context::Ctx;
use super::records::{ServerlessBackupRec, ServerlessClusterRec};
use super::reply::Fail;
use super::state::{ClusterRec, State};

const WRITERS: &[&str] = &["org:owner", "project:owner"];

pub fn can_write(ctx: &Ctx) -> Result<(), Fail> {
    if WRITERS.contains(&ctx.key.role.as_str()) {
        Ok(())
    } else {
        Err(Fail::forbidden(format!(
            "the role {:?} of this API key cannot manage clusters",
            ctx.key.role
        )))
    }
}

/// Only an organization owner's key may `what`.
pub fn org_owner(ctx: &Ctx, what: &str) -> Result<(), Fail> {
    if ctx.key.role == "org:owner" {
        Ok(())
    } else {
        Err(Fail::forbidden(format!(
            "the role {:?} of this API key cannot {what}; it takes an organization owner",
            ctx.key.role
        )))
    }
}

/// The cluster, if this key may see it (a project key sees its own project only).
pub fn visible<'a>(state: &'a State, ctx: &Ctx, id: &str) -> Result<&'a ClusterRec, Fail> {
    state
        .cluster(id)
        .filter(|c| ctx.key.project().is_none_or(|p| p == c.project_id))
        .ok_or_else(|| Fail::not_found(format!("cluster {id} not found")))
}

/// The cluster, if this key may see it (a project key sees its project only).
pub fn serverless_visible<'a>(
    st: &'a State,
    ctx: &Ctx,
    id: &str,
) -> Result<&'a ServerlessClusterRec, Fail> {
    st.serverless
        .clusters
        .iter()
        .find(|c| c.id == id)
        .filter(|c| ctx.key.project().is_none_or(|p| p == c.project()))
        .ok_or_else(|| Fail::not_found(format!("cluster {id} not found")))
}

/// The cluster, which must be ACTIVE for `what`.
pub fn serverless_active<'a>(
    st: &'a State,
    ctx: &Ctx,
    id: &str,
    what: &str,
) -> Result<&'a ServerlessClusterRec, Fail> {
    let c = serverless_visible(st, ctx, id)?;
    match c.state(ctx.now) {
        "ACTIVE" => Ok(c),
        s => Err(Fail::bad(format!(
            "cluster {id} is {s}; {what} needs an ACTIVE cluster"
        ))),
    }
}

pub fn serverless_backup<'a>(
    st: &'a State,
    ctx: &Ctx,
    id: &str,
) -> Result<&'a ServerlessBackupRec, Fail> {
    st.serverless
        .backups
        .iter()
        .find(|b| {
            b.id == id && b.from <= ctx.now && serverless_visible(st, ctx, &b.cluster_id).is_ok()
        })
        .ok_or_else(|| Fail::not_found(format!("backup {id} not found")))
}
