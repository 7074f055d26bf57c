//! Mock handler for projects (IAM): the organization's two seeded projects,
//! with their cluster counts; a project key sees its own project only.

use super::reply::Reply;
use super::routes::{paged, Ctx, Listing};
use super::state::{project_name, State, DEFAULT_PROJECT, ORG_ID, OTHER_PROJECT};
use serde_json::json;

pub fn list(state: &mut State, ctx: &Ctx) -> Reply {
    let scope = ctx.key.project();
    let items: Vec<_> = [
        (DEFAULT_PROJECT, "1688460316"),
        (OTHER_PROJECT, "1690000000"),
    ]
    .into_iter()
    .filter(|(id, _)| scope.as_deref().is_none_or(|p| p == *id))
    .map(|(id, created)| {
        let clusters = state
            .clusters
            .values()
            .filter(|c| c.project_id == id)
            .count();
        json!({
            "id": id,
            "org_id": ORG_ID,
            "name": project_name(id),
            "cluster_count": clusters,
            "user_count": 1,
            "create_timestamp": created,
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
