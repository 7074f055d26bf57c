//! Mock handler for projects (IAM): the organization's projects (two seeded,
//! and those made through the older API) with their cluster counts; a project
//! key sees its own project only.

use super::context::{Ctx, Route};
use super::listing::{paged, Listing};
use super::reply::Reply;
use super::state::{State, ORG_ID};
use serde_json::json;

pub fn list(state: &mut State, ctx: &Ctx) -> Reply {
    let scope = ctx.key.project();
    let items: Vec<_> = state
        .projects
        .iter()
        .filter(|p| scope.as_deref().is_none_or(|s| s == p.id))
        .map(|p| {
            let clusters = state
                .clusters
                .values()
                .filter(|c| c.project_id == p.id)
                .count();
            json!({
                "id": p.id,
                "org_id": ORG_ID,
                "name": p.name,
                "cluster_count": clusters,
                "user_count": 1,
                "create_timestamp": p.created,
                "aws_cmek_enabled": false,
            })
        })
        .collect();
    paged(
        ctx,
        Listing::new("projects", "projects"),
        (0u64..).zip(items),
        |v| v,
    )
}

/// The operations this module answers.
pub const ROUTES: &[Route] = &[("listProjects", |st, ctx, _| list(st, ctx))];
